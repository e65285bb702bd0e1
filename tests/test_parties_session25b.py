"""Parties of a convention's preamble (genre component), session 25: a party line naming an EPCI in words its official
name does not hold, its acronym in brackets. Example written for this test."""

from __future__ import annotations

import pytest
import spacy

import ctgminer.extract.components  # noqa: F401  (registers the factories)

CONVENTION = """CONVENTION TERRITORIALE GLOBALE 2023-2027
ENTRE LES SOUSSIGNÉS :
La Caisse d'allocations familiales de La Réunion, représentée par sa directrice, ci-après dénommée « la Caf »,
ET
La Communauté intercommunale de la Réunion Est (CIREST), représentée par son président,
La Commune de Saint-Benoît, représentée par son maire,
ci-après dénommées « les partenaires ».
PRÉAMBULE
La présente convention définit le projet social du territoire.
Fait à Saint-Benoît, le 6 juin 2023.
"""


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("fr")
    nlp.add_pipe("ctg_genre")
    return nlp


def test_preamble_epci_linked_by_its_acronym_in_brackets(nlp):
    parties = nlp(CONVENTION)._.genre.parties
    epci = [p for p in parties if p.type == "epci"]
    assert len(epci) == 1 and "CIREST" in epci[0].name and epci[0].code == "249740093", parties
    assert any(p.type == "commune" and p.name == "Saint-Benoît" for p in parties), parties


def test_preamble_party_with_a_gloss_in_brackets_is_not_read_as_an_acronym(nlp):
    # guard: "(12 communes)" is no acronym; a line the gazetteer cannot link stays out
    text = CONVENTION.replace("La Communauté intercommunale de la Réunion Est (CIREST)",
                              "Le Groupement des Hauts (12 communes)")
    parties = nlp(text)._.genre.parties
    assert not any(p.type == "epci" for p in parties), parties
