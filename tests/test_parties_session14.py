"""Parties: classes of unseen pages read in session 14 (written sets read_ao to read_ar), one example each, written
for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

import pytest
import spacy

import ctgminer.extract.components  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def parties_nlp():
    nlp = spacy.blank("fr")
    nlp.add_pipe("ctg_parties")
    return nlp


def partner_names(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {span._.value.name: span._.value.type for span in doc.spans["partners"]}


def test_capitalised_article_before_a_common_noun_is_no_town(parties_nlp):
    # a quote opening on "Les maisons de ..." reads as the commune "Maisons" with its article: a lowercase word
    # that official names never keep lowercase is no town's name
    text = ("Le maire de Rodez et la directrice de la Caf de l'Aveyron ont signé hier la convention territoriale "
            "globale. « Les maisons des familles et les centres sociaux seront au cœur de cette convention », "
            "a dit la directrice de la Caf.")
    names = partner_names(parties_nlp, text)
    assert names == {"Rodez": "commune"}


def test_communes_of_a_departement_are_no_list(parties_nlp):
    # "l'une des N communes de la Loire-Atlantique": the département the communes lie in, not a town listed
    text = ("La Ville de Rezé et la Caf de Loire-Atlantique ont signé mardi leur convention territoriale globale. "
            "Rezé devient ainsi l'une des 60 communes de la Loire-Atlantique à disposer d'une CTG.")
    names = partner_names(parties_nlp, text)
    assert names == {"Rezé": "commune"}


def test_generic_departement_opening_a_sentence_said_to_sign_too(parties_nlp):
    # "Le Département et la MSA ... ont également apposé leur signature": a sentence opening on the Département,
    # both said to have signed too
    text = ("La convention territoriale globale a été signée hier entre la Caf de l'Ariège et la Communauté de "
            "communes du Pays de Tarascon. Le Département et la MSA, associés à la démarche, ont également apposé "
            "leur signature. Elle court jusqu'en 2028.")
    names = partner_names(parties_nlp, text)
    assert names.get("Ariège") == "departement"
    assert names.get("MSA") == "msa"


def test_common_noun_metropole_takes_no_name_from_the_next_line(parties_nlp):
    # a headline ending on "la métropole", the next line a newspaper's masthead: no EPCI named after the paper
    text = ("Toulon : une convention pour les familles de la métropole\n"
            "Var-Presse | Publié le 04/03/2025\n"
            "La Métropole Toulon Provence Méditerranée et la Caf du Var ont signé mardi une convention territoriale "
            "globale qui couvre les douze communes de la métropole jusqu'en 2029.")
    names = partner_names(parties_nlp, text)
    assert "Métropole Var-Presse" not in names
    assert list(names.values()) == ["epci"]
