"""Dates component on a blank French pipeline: session 33 (tby). Classes seen across at least three written sets.
Every example is written for the test.

1. A convention signed in the past whose term is told as "pour les N prochaines années" ("ont signé le 4 mars la
   convention qui les lie pour les cinq prochaines années"): the coming years are the convention's term, not a
   signing to come, so the day without a year is placed before the page's date (read_cm, read_cw, read_cx)."""

from __future__ import annotations

from conftest import date_fields_of


def _fields(nlp, text: str) -> dict:
    return date_fields_of(nlp, text)[0]


def test_past_signing_with_coming_years_term(dates_nlp):
    text = ("Accueil > Actualités > Familles\nLa Ville et la Caf s'engagent pour les familles\n"
            "Publié le 12 mars 2025\n"
            "Le maire de Saint-Amand et la directrice de la Caf du Cher ont signé le 4 mars la convention "
            "territoriale globale qui liera la Ville et la Caf pour les cinq prochaines années (2025-2029).\n"
            "Elle remplace le contrat enfance jeunesse et ouvre de nouveaux champs : accès aux droits, jeunesse.\n")
    fields = _fields(dates_nlp, text)
    assert fields["signature_date"] == "2025-03-04"
    assert fields["publication_date"] == "2025-03-12"


def test_past_weekday_signing_with_coming_years_term(dates_nlp):
    # a weekday and a day opening the sentence, the term told after the signing verb
    text = ("Ville de Saint-Amand – Actualités\nPublié le 9 octobre 2024\n"
            "Mardi 1er octobre, la maire et le directeur de la Caf du Cher ont signé la convention territoriale "
            "globale de la Ville pour les quatre prochaines années.\n"
            "Cette convention fixe les priorités communes en matière de petite enfance et de parentalité.\n")
    assert _fields(dates_nlp, text)["signature_date"] == "2024-10-01"


def test_guard_announced_signing_still_after_page_date(dates_nlp):
    # guard: a signing announced for a coming day stays in the future ("prochain" still announces)
    text = ("Communauté de communes du Val de Loire – Actualités\nPublié le 20 mars 2025\n"
            "La convention territoriale globale sera signée le 3 avril prochain avec la Caf du Loiret, "
            "pour les cinq années à venir.\n")
    assert _fields(dates_nlp, text)["signature_date"] == "2025-04-03"


def test_guard_coming_signing_in_coming_months(dates_nlp):
    # guard: "dans les prochains mois" still announces: a day and month told with it is not placed before the page
    text = ("Communauté de communes du Val de Loire – Actualités\nPublié le 20 mars 2025\n"
            "Le comité de pilotage s'est réuni le 18 mars. La convention territoriale globale sera signée dans les "
            "prochains mois, le 12 février, avec la Caf du Loiret.\n")
    assert _fields(dates_nlp, text)["signature_date"] != "2025-02-12"


# 2. A press page's stamp closing its dateline: its writer ("| Par Maite E.", the initial's full stop closing the line)
#    or its reading time ("– Temps de lecture : 2 min") after the date, whatever place or paper leads it: the page's
#    date (read_cn, read_cy, read_co), which also places the story's weekday.
def test_dateline_with_place_and_byline_initial(dates_nlp):
    text = ("Pays d'Auch\nLa communauté d'agglomération et la Caf signent leur convention\n"
            "Auch | 16 mai 2024 | Par Paul R.\n"
            "La Caf du Gers et Grand Auch Cœur de Gascogne ont signé mardi 14 mai la convention territoriale globale "
            "qui les lie jusqu'en 2028.\n")
    fields = _fields(dates_nlp, text)
    assert fields["publication_date"] == "2024-05-16"
    assert fields["signature_date"] == "2024-05-14"


def test_dateline_with_paper_time_and_reading_time(dates_nlp):
    text = ("Mirande / Masseube\nLa communauté de communes renouvelle sa convention avec la Caf\n"
            "Le Courrier du Gers – 14 janvier 2025 à 06:00 – Temps de lecture : 2 min\n"
            "La communauté de communes Astarac Arros en Gascogne a renouvelé vendredi sa convention territoriale "
            "globale avec la Caisse d'allocations familiales du Gers.\n")
    fields = _fields(dates_nlp, text)
    assert fields["publication_date"] == "2025-01-14"
    assert fields["signature_date"] == "2025-01-10"


def test_guard_headline_signing_date_with_byline_is_no_page_date(dates_nlp):
    # guard: a headline's date after a signing word stays the event's, byline or not
    text = ("La convention territoriale globale signée le 3 juillet 2024 – Par la rédaction\n"
            "Publié le 5 juillet 2024\n"
            "La Ville et la Caf du Gers ont signé la convention territoriale globale pour 2024-2028.\n")
    assert _fields(dates_nlp, text)["publication_date"] == "2024-07-05"
