"""Dates component on a blank French pipeline: the error classes read in the written sets read_ag to read_aj
(session 12). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of


def test_signed_since_its_day(dates_nlp):
    # a signing told in force since its day is the signing, not another time
    text = ("Lettre d'infos n°7\nBrèves\n• Enfance : la Convention territoriale globale avec la Caf de l'Aube est "
            "signée depuis le 12 mars 2024. Pour 2024-2028, elle prévoit un nouveau relais petite enfance.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-03-12"


def test_signed_since_a_year_stays_another_time(dates_nlp):
    text = ("La Caf a présenté jeudi le bilan des conventions territoriales globales signées depuis 2020 avec "
            "les intercommunalités du département.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_interview_answer_dates_what_its_question_named(dates_nlp):
    text = ("LE MAG n°40 – avril 2024\nTrois questions au maire\nVous venez de signer la convention territoriale "
            "globale avec la Caf du Jura. De quoi s'agit-il ?\nC'est un engagement de quatre ans, de 2024 à 2027, "
            "signé le 3 mars dernier.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-03-03"


def test_interview_opening_line_is_not_the_question(dates_nlp):
    text = ("Entretien. Publié le 05/06/2024\nLa directrice de la Caf fait le point sur les conventions "
            "territoriales globales.\nOù en est-on ?\nNous avons aujourd'hui des conventions signées avec huit "
            "intercommunalités.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_list_row_in_header_is_no_publication(dates_nlp):
    text = ("Rapport d'activité de la Caf\nEn 2023, trois conventions territoriales globales ont été signées :\n"
            "• Pays de Vire, le 2 février 2023 ;\n• Bocage, le 14 avril 2023 ;\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] is None
