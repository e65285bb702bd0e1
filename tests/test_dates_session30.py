"""Dates component on a blank French pipeline: session 30 (a survey's deadline read as the convention's end, seen in
the written sets read_bf, read_bi and read_cg and checked across every read set). Every example is written for the
test."""

from __future__ import annotations

from conftest import date_fields_of


def _period(nlp, text: str) -> tuple:
    fields = date_fields_of(nlp, text)[0]
    return fields["period_start"], fields["period_end"]


def test_survey_deadline_as_headline_is_no_end(dates_nlp):
    # a town's consultation page: the deadline stands alone under the headline, over the CTG's sentence
    text = ("Ville de Saint-Médard – Participez !\nEnquête auprès des familles\nJusqu'au 20 avril 2025\n"
            "La Ville et la Caf de la Gironde préparent ensemble leur future convention territoriale globale. Donnez "
            "votre avis sur la garde des enfants, les loisirs et l'accès aux services.\n")
    assert _period(dates_nlp, text) == (None, None)


def test_survey_deadline_opening_the_sentence_is_no_end(dates_nlp):
    # the deadline opens the sentence that names the partners preparing the CTG
    text = ("Communauté de communes du Val d'Ay – Actualités\nFamilles : donnez votre avis !\n"
            "Jusqu'au 15 octobre 2024, la communauté de communes et la Caf de l'Ardèche invitent les habitants à "
            "répondre à un questionnaire pour préparer leur convention territoriale globale.\n")
    assert _period(dates_nlp, text) == (None, None)


def test_year_end_stays_the_convention_end(dates_nlp):
    # guard: a term told to the last day of a year is the convention's
    text = ("Le Teil – Actualités\nLa commune et la Caf de l'Ardèche ont signé le 3 mars 2023 leur convention "
            "territoriale globale, qui court jusqu'au 31 décembre 2026.\n")
    assert _period(dates_nlp, text)[1] == 2026


def test_extended_term_to_mid_year_stays_an_end(dates_nlp):
    # guard: an amendment that extends the convention to the end of June tells its new end
    text = ("Délibération n°2025-014\nLe conseil approuve l'avenant n°1 à la convention territoriale globale signée "
            "avec la Caf de la Manche, qui prolonge la convention jusqu'au 30 juin 2025.\n")
    assert _period(dates_nlp, text)[1] == 2025
