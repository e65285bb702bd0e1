"""Dates component on a blank French pipeline: session 25 (the error classes read in the written sets read_by, read_bz
and read_ca, checked across the older read sets). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of


def test_press_apposition_on_the_convention_tells_its_end(dates_nlp):
    # local news on a signing: the sentence after it opens on the press's apposition "Un document qui ...", whose end
    # year is the convention's
    text = ("La Voix du Causse | 14/03/2023\nLa communauté de communes du Causse et la Caf du Lot ont signé lundi leur "
            "convention territoriale globale. Un document qui trace jusqu'en 2027 les actions à mener auprès des familles des "
            "douze communes.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] == 2027


def test_apposition_on_another_document_tells_no_end(dates_nlp):
    # guard: the same apposition after a sentence that names no CTG (a school's project) gives no convention's end
    text = ("La Voix du Causse | 14/03/2023\nLe collège a présenté son projet d'établissement aux parents. Un document "
            "qui trace jusqu'en 2027 les actions à mener auprès des élèves.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] is None


def test_departements_coverage_since_a_year_is_no_period(dates_nlp):
    # a Caf's explainer: the département's territories counted as the subject bound "depuis 2022" each have their
    # own convention, no period of this page's
    for subject in ("les 17 intercommunalités de l'Orne sont engagées", "toutes les intercommunalités du département "
                    "sont liées à la Caf par"):
        text = ("Caf de l'Orne – La CTG, comment ça marche ?\nLa convention territoriale globale est un cadre de "
                f"partenariat.\nDepuis 2022, {subject} une CTG.\n")
        assert date_fields_of(dates_nlp, text)[0]["period_start"] is None


def test_one_territory_bound_since_a_year_keeps_its_start(dates_nlp):
    # guard: one territory and its communes bound since a year tell their convention's first year
    text = ("Projet social de territoire\nDepuis 2022, la communauté de communes du Pays d'Argentan et ses 24 communes "
            "sont engagées dans une convention territoriale globale avec la Caf de l'Orne.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_start"] == 2022
