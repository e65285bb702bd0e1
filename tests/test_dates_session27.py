"""Dates component on a blank French pipeline: session 27 (the duration and date-shaped number error classes read in
the written sets read_ce, read_cf and read_cg, checked across the older read sets). Every example is written for the
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


def test_number_shaped_like_a_date_is_no_date(dates_nlp):
    # a deliberation's number in ISO form at the head of its extract is neither the page's date nor a signing
    text = ("Communauté d'agglomération du Pays de Laval\nDÉLIBÉRATION DU CONSEIL COMMUNAUTAIRE\nN° 2024-03-11\n"
            "Renouvellement de la convention territoriale globale avec la Caf de la Mayenne (2024-2028)\n"
            "La convention sera signée par le président après le vote.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["publication_date"], fields["signature_date"]) == (None, None)


def test_report_number_under_a_session_header_leaves_the_session_date(dates_nlp):
    # a council report's number under the session's header: the session stays the page's date (session 15's reading)
    text = ("Conseil communautaire du 18 mars 2024\nRapport n° 2024-03-17\nConvention territoriale globale avec la Caf "
            "de la Mayenne (2024-2028) : le président est autorisé à la signer.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["publication_date"], fields["signature_date"]) == ("2024-03-18", None)


def test_numbered_deliberation_date_after_its_number_stays_a_date(dates_nlp):
    # guard: "Délibération n° 2022-45 du 30 juin 2022" dates the vote after its number ("du"), the number stays none
    text = ("Publié le 04/07/2022\nVu la délibération n° 2022-45 du 30 juin 2022, la commune a signé le 1er juillet "
            "2022 la convention territoriale globale avec la Caf de l'Orne.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2022-07-01"

