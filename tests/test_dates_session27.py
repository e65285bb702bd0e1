"""Dates component on a blank French pipeline: session 27 (the duration and publication error classes read in the
written sets read_ce, read_cf and read_cg, checked across the older read sets). Every example is written for the
test."""

from __future__ import annotations

from conftest import date_fields_of


def test_length_told_with_pendant_in_the_signing_sentence(dates_nlp):
    # local news on a signing: "la CTG qui liera les deux institutions pendant cinq ans", its end in the headline
    text = ("Convention territoriale globale : Millau et la Caf engagées jusqu'en 2028\nPublié le 14/03/2024\n"
            "Lundi 11 mars, le maire et le directeur de la Caf de l'Aveyron ont signé la convention territoriale "
            "globale qui liera les deux institutions pendant cinq ans.\nElle remplace le contrat enfance jeunesse.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2024, 2028, 5)


def test_length_with_pendant_naming_the_ctg(dates_nlp):
    # a Caf's news: "La CTG organise pendant quatre ans l'action ..." with no year range
    text = ("Caf du Gers > Actualités\nLa CTG organise pendant quatre ans l'action de la Caf et de la communauté de "
            "communes de la Lomagne gersoise autour de six objectifs.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] == 4


def test_length_with_pendant_of_a_subsidy_stays_none(dates_nlp):
    # guard: a sum guaranteed "pendant cinq ans" in a mayor's quote, its sentence naming no convention
    text = ("Publié le 02/05/2023\n« Avec le bonus territoire, on nous garantit le même montant pendant cinq ans, puis "
            "plus rien », regrette le maire.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] is None


def test_length_with_pendant_of_the_former_contract_stays_none(dates_nlp):
    # guard: the former contract's years told in the past, the page's convention named in the sentence before
    text = ("Publié le 02/05/2023\nLa commune a signé sa convention territoriale globale avec la Caf.\nPendant six ans, "
            "le contrat enfance jeunesse avait financé la crèche et le centre de loisirs.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] is None
