"""Relevance, session 29: a council's minutes that put the CTG item off (adjourned, its vote postponed, withdrawn
from the agenda) tell no adoption, while a council that adopts the CTG and puts off another item still does
(examples written for these tests)."""

from __future__ import annotations

import pytest

from ctgminer.classify.relevance.component import score_relevance

HEAD = ("Communauté de communes des Monts du Lyonnais – Compte rendu du conseil communautaire du 14 mai 2024\n"
        "Point 5 – Convention territoriale globale 2024-2028 avec la Caf du Rhône\n"
        "La vice-présidente à la petite enfance présente le projet de CTG issu du diagnostic partagé de 2023. "
        "Plusieurs maires regrettent que les fiches actions sur l'accueil périscolaire n'aient pas été discutées "
        "avec les communes.\n")
NEXT = "Point 6 – Voirie : programme de travaux 2024.\nLe conseil approuve le programme à l'unanimité.\n"

# class: the CTG's item adjourned, told in the ways minutes tell it; the start code read the council's "décide" or
# its show of hands as the CTG's adoption
ADJOURNED = [
    "Le Président propose de reporter le vote. Le conseil, à la majorité (38 pour, 6 contre), décide d'ajourner ce "
    "point à une séance ultérieure.\n",
    "Après débat, le vote de la convention est reporté à la séance de septembre, à l'unanimité.\n",
    "Le Président retire le point de l'ordre du jour ; le conseil en prend acte.\n",
]


@pytest.mark.parametrize("close", ADJOURNED)
def test_a_ctg_item_adjourned_is_no_adoption(close):
    assert score_relevance(HEAD + close + NEXT).label == "related"


def test_a_ctg_adopted_beside_another_item_adjourned_is_still_an_announcement():
    # guard: the adjournment of the next item does not undo the CTG's vote
    text = (HEAD + "Le conseil communautaire, à l'unanimité, approuve la convention territoriale globale 2024-2028 et "
            "autorise le Président à la signer.\nPoint 6 – Voirie : programme de travaux 2024.\nLe conseil décide "
            "d'ajourner ce point à la prochaine séance.\n")
    assert score_relevance(text).label == "announcement"
