"""Dates component on a blank French pipeline: session 13 (the per-doc CTG mentions cache shared by the dates,
parties and relevance components, and the error classes read in the written sets read_ak to read_an).
Every example is written for the test."""

from __future__ import annotations

import spacy
from conftest import date_fields_of

from ctgminer.extract.components import base
from ctgminer.text.cues import ctg_mentions


def test_ctg_mentions_found_once_per_doc(monkeypatch):
    text = "La Caf du Cantal et la commune d'Aurillac signent leur convention territoriale globale (CTG)."
    doc = spacy.blank("fr")(text)
    calls = []
    monkeypatch.setattr(base, "ctg_mentions", lambda t: calls.append(t) or ctg_mentions(t))
    first = base.ctg_mentions_of(doc)
    assert first == ctg_mentions(text) and len(first) == 2
    assert base.ctg_mentions_of(doc) is first
    assert base.ctg_mentions_in(base.doc_text(doc)) is first  # the relevance judge reads the same text object
    assert len(calls) == 1


def test_ctg_mentions_cache_follows_the_text():
    # another doc (or the collector's bare text) is never answered from the last doc's mentions
    first = spacy.blank("fr")("Signature de la convention territoriale globale à Vichy.")
    assert base.ctg_mentions_of(first)
    assert base.ctg_mentions_in("Le conseil municipal a voté le budget primitif 2024.") == []
    other = spacy.blank("fr")("Le relais petite enfance ouvre ses portes à Cusset.")
    assert base.ctg_mentions_of(other) == []


def test_pipeline_dates_unchanged_by_the_cache(dates_nlp):
    text = ("Publié le 14/03/2024\nLa commune de Riom et la Caf du Puy-de-Dôme ont signé le 12 mars 2024 la "
            "convention territoriale globale pour 2024-2028.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["signature_date"] == "2024-03-12"


def test_signing_block_ending_its_line_is_the_signing(dates_nlp):
    # a convention read from its PDF: the signatures are images, the running page header follows the block; the
    # first convention the text recalls is history
    text = ("Communauté de communes du Pays de Mauléon – Convention territoriale globale 2024-2028      1/12\n"
            "La communauté a signé une première convention en 2019, pour la période 2019-2022. Celle-ci portait "
            "sur la petite enfance.\nARTICLE 5 – DURÉE\nLa convention est conclue pour cinq ans, du 1er janvier "
            "2024 au 31 décembre 2028.\nFait à Mauléon, le 4 juin 2024\n"
            "Communauté de communes du Pays de Mauléon – Convention territoriale globale 2024-2028      7/12\n"
            "ANNEXE 1 – FICHES ACTIONS\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-06-04"


def test_made_at_line_in_a_letter_is_no_signing(dates_nlp):
    # the line's end alone makes no block: the words before the date must be a signing block's
    text = ("Compte rendu du comité de pilotage de la convention territoriale globale\nRéunion tenue à Mauléon, "
            "le 4 juin 2024\nLes partenaires ont examiné le diagnostic.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_deliberation_close_is_no_signing(dates_nlp):
    # a council deliberation closes with the same words: its date is the vote's, not the signing's
    text = ("Délibération n° 2023-41 – Convention territoriale globale avec la Caf de la Sarthe\n"
            "Le conseil communautaire décide :\n- d'approuver la convention territoriale globale 2023-2027 ;\n"
            "- d'autoriser le Président à la signer.\nAdopté à l'unanimité.\nFait à Sablé-sur-Sarthe, le 21 mars 2023\n"
            "Le Président\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None
