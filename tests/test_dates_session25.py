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
