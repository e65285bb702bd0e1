"""Dates component on a blank French pipeline: session 18 (the error classes read in the written sets' lowest
signature and publication figures). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of

# -- the signing -----------------------------------------------------------------------------------------------------


def test_signing_noun_dated_then_another_scheme_signed_stays_unread(dates_nlp):
    # the next sentence signs another scheme: the weekday is not taken as the CTG's signing on that ground
    text = ("Vesoul et l'ARS scellent leur alliance\nL'Écho de la Haute-Saône\n14 mars 2024\nDix-huit mois de "
            "travail et enfin une signature, mardi, dans la salle des fêtes. La Ville et l'ARS ont officialisé leur "
            "contrat local de santé.\nLa convention territoriale globale avec la Caf sera renouvelée en 2025.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] != "2024-03-12"


def test_date_apposed_to_the_signing_noun_after_apres_dates_the_signing(dates_nlp):
    # "après la signature de ..., le 14 mai": the date stands in apposition to the signing noun, not in a later clause
    text = ("Haute-Loire\nEntretien avec le président de l'agglomération, après la signature de la convention "
            "territoriale globale avec la Caf de la Haute-Loire, le 14 mai au Puy-en-Velay.\nL'Éveil – 17 mai 2024\n"
            "Pourquoi cette convention ?\nPour remplacer le contrat enfance jeunesse.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-05-14"


def test_date_in_a_later_clause_after_the_signing_reference_is_not_the_signing(dates_nlp):
    # the date's clause has its own subject and verb: a meeting after the signing, not the signing
    text = ("Haute-Loire\nUn an après la signature de la convention territoriale globale avec la Caf, les élus se "
            "sont retrouvés le 14 mai pour un premier bilan.\nL'Éveil – 17 mai 2024\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] != "2024-05-14"


def test_answer_to_a_why_question_dates_no_signing(dates_nlp):
    # a question on the reasons for signing is answered by reasons: the date told there is another event
    text = ("Rodez Agglomération : 4 questions sur la nouvelle CTG\nPourquoi avoir signé une CTG ?\nParce que le "
            "contrat enfance jeunesse a pris fin le 31 décembre 2023, et la Caf de l'Aveyron nous l'a proposé.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] != "2023-12-31"


def test_site_item_dated_after_a_separator_in_its_header_line(dates_nlp):
    # a site's breadcrumb then "Actualité du <date>" on one long header line: the page's own date
    text = ("Caf de la Guadeloupe – Espace partenaires – Actualité du 14/05/2024\nLa CTG de Cap Excellence est signée\n"
            "Les trois communes disposent désormais d'une convention territoriale globale avec la Caf.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == "2024-05-14"


def test_an_article_cited_in_the_story_gives_no_page_date(dates_nlp):
    # "notre article du 3 mars" in the running text dates another article, not this page
    text = ("La CTG de Cap Excellence est signée\nComme l'annonçait notre article du 3 mars 2024, les trois communes "
            "disposent désormais d'une convention territoriale globale avec la Caf de la Guadeloupe.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] != "2024-03-03"


def test_masthead_bar_then_le_and_a_time_dates_the_page(dates_nlp):
    # a paper's masthead, a bar, then "Le <date> à <time>": the page's own date (the "Le" kept after the bar)
    text = ("Val-de-Marne\nIvry signe avec la Caf une convention\nLe Quotidien de Paris – Édition Val-de-Marne | Le 8 mars 2023 "
            "à 07h15\nAnne Durand\nLa Ville et la Caf ont signé mardi la convention territoriale globale.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == "2023-03-08"
