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
