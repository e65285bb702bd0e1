"""Dates component on a blank French pipeline: session 18 (the error classes read in the written sets' lowest
signature and publication figures). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of

# -- the signing -----------------------------------------------------------------------------------------------------


def test_signing_noun_dated_then_ctg_signed_in_the_next_undated_sentence(dates_nlp):
    # the dated sentence names the signing by its noun only; the next sentence, undated, tells the CTG signed: the
    # weekday dates the CTG's signing
    text = ("Vesoul et la Caf scellent leur alliance\nL'Écho de la Haute-Saône\n14 mars 2024\nDix-huit mois de "
            "diagnostic, des ateliers avec les parents et enfin une signature, mardi, dans la salle des fêtes. La Caf "
            "de la Haute-Saône et la Ville ont officialisé leur convention territoriale globale.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-03-12"


def test_signing_noun_dated_then_another_scheme_signed_stays_unread(dates_nlp):
    # the next sentence signs another scheme: the weekday is not taken as the CTG's signing on that ground
    text = ("Vesoul et l'ARS scellent leur alliance\nL'Écho de la Haute-Saône\n14 mars 2024\nDix-huit mois de "
            "travail et enfin une signature, mardi, dans la salle des fêtes. La Ville et l'ARS ont officialisé leur "
            "contrat local de santé.\nLa convention territoriale globale avec la Caf sera renouvelée en 2025.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] != "2024-03-12"
