"""Dates component on a blank French pipeline: session 19b (the error classes read in the new written sets
read_be..read_bh). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of

# -- the page's own date -------------------------------------------------------------------------------------------


def test_news_section_stamp_dates_the_page_under_a_meeting_headline(dates_nlp):
    # the headline names the meeting it reports; the site's news section stamps the item's own date on the next line
    text = ("Conseil municipal du 4 mars 2025 : l'essentiel\nVille – Actualités – 7 mars 2025\nLes élus ont approuvé "
            "la convention territoriale globale avec la Caf de l'Orne pour 2025-2029.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == "2025-03-07"


def test_news_section_stamp_alone_still_dates_the_page(dates_nlp):
    text = ("Actualité | 12/09/2024\nLa Caf et la Communauté de communes signent leur CTG\nLa convention territoriale "
            "globale a été signée lundi.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == "2024-09-12"


def test_dateline_with_its_time_then_its_writer_dates_the_page(dates_nlp):
    # "Le <date> à <time> – Par <writer>": a press page's dateline and byline, not an agenda line
    text = ("Vallée d'Aspe : une CTG pour cinq ans\nLe 02/03/2024 à 06h30 – Par Rédaction Vallée\nLes élus de la "
            "communauté de communes ont signé vendredi la convention territoriale globale avec la Caf.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == "2024-03-02"


def test_agenda_line_with_its_time_and_venue_stays_no_page_date(dates_nlp):
    # an event's date, its hour, then its venue: still no page date (the byline exception is narrow)
    text = ("Signature de la convention territoriale globale\nLe 4 avril 2025 à 18h30 – Salle des fêtes, organisée par "
            "la mairie\nLa Caf et la commune signeront la CTG.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] != "2025-04-04"


# -- the signing -----------------------------------------------------------------------------------------------------


def test_neighbours_signing_their_own_convention_is_not_this_pages_signing(dates_nlp):
    # "voisines ... ont signé les leurs en 2021": the neighbours' conventions, not the one the page reports
    text = ("Lisieux Normandie et la Caf signent une convention pour les familles\nPublié le 12 juin 2024\nLa cérémonie "
            "s'est tenue ce mardi 11 juin à l'hôtel de ville, avec le directeur de la Caf.\nEt ailleurs ?\nPays d'Auge "
            "et Terre d'Auge, voisines, ont signé les leurs en 2021 : deux conventions territoriales globales centrées "
            "sur la petite enfance.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] != "2021"


def test_own_signing_told_with_a_possessive_pronoun_still_dates_the_signing(dates_nlp):
    # no neighbour named: "ont signé la leur le 14 décembre 2023" is a signing the page reports
    text = ("Les conventions territoriales globales du Calvados\nPublié le 20 décembre 2023\nÀ Caen, la Ville et la Caf "
            "du Calvados ont signé la leur le 14 décembre 2023, pour cinq ans (2024-2028).\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2023-12-14"


# -- the period --------------------------------------------------------------------------------------------------------


def test_period_then_an_imperfect_relative_clause_is_an_earlier_conventions(dates_nlp):
    # "la CTG 2019-2023, qui portait sur ...": told in the imperfect, an earlier convention; the new one's period wins
    text = ("COMMUNAUTÉ D'AGGLOMÉRATION DU BASSIN DE THAU\nRapport sur les orientations budgétaires 2024\nSolidarités "
            "et petite enfance\nLa Convention territoriale globale 2019-2023, qui portait principalement sur les crèches "
            "et les accueils de loisirs intercommunaux, est arrivée à échéance au 31 décembre 2023. La nouvelle "
            "convention, en cours de finalisation avec la Caf de l'Hérault, sera signée au printemps 2024 pour la "
            "période 2024-2028.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2024, 2028)


def test_period_then_a_present_relative_clause_stays_the_conventions(dates_nlp):
    # "qui fait suite au diagnostic": present tense, the convention the page reports
    text = ("La Caf propose au territoire une convention territoriale globale pour 2024-2027, qui fait suite au "
            "diagnostic mené en 2023 avec les communes.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2024, 2027)
