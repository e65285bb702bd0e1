"""Parties: classes of unseen pages read in session 13 (written sets read_ak to read_an), one example each, written
for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

import pytest
import spacy

import ctgminer.extract.components  # noqa: F401  (registers the factories)

# a convention whose parties block is one sentence opening on the State, right after "Entre"
ONE_SENTENCE_BLOCK = (
    "CONVENTION TERRITORIALE GLOBALE 2025-2028\n"
    "Entre l'État, représenté par le préfet de l'Aude, M. Paul Durand, la Caisse d'allocations familiales de "
    "l'Aude, représentée par sa directrice, Mme Anne Roux, et la commune de Limoux, représentée par son maire, "
    "M. Jean Petit,\n"
    "Il est convenu ce qui suit :\n"
    "Article 1 - Objet\nLa présente convention définit le projet social du territoire.\n"
    "Article 5 - Durée\nLa présente convention est conclue pour une durée de quatre ans.\n"
    "Fait à Limoux, le 3 juillet 2025\n")


@pytest.fixture(scope="module")
def genre_nlp():
    nlp = spacy.blank("fr")
    nlp.add_pipe("ctg_genre")
    return nlp


def test_state_right_after_entre_is_a_party(genre_nlp):
    parties = {p.type: p for p in genre_nlp(ONE_SENTENCE_BLOCK)._.genre.parties}
    assert set(parties) == {"etat", "caf", "commune"}
    assert parties["etat"].representative == "Paul Durand"
    assert parties["commune"].code == "11206"  # Limoux, linked with the Caf's département
