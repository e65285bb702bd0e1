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


# class: a magazine's questions to an official, whose answer tells the signing with a pronoun one sentence after the
# CTG's name; the start code read the questions as an interview about CTGs in general (related)
QUESTIONS = ("Le journal de Lamballe Terre & Mer – n°31 – hiver 2024\n"
             "Trois questions au vice-président chargé des familles\n"
             "La CTG, qu'est-ce que c'est ?\n"
             "C'est un engagement de quatre ans, 2024-2028, entre l'agglomération et la Caf des Côtes-d'Armor. Nous "
             "l'avons signé le 9 octobre dernier, après dix-huit mois de travail avec les 38 communes.\n"
             "Et concrètement ?\n"
             "Un relais petite enfance de plus à Plénée-Jugon, un espace jeunes à Moncontour et des ateliers pour les "
             "parents dans les centres sociaux. Nous voulons aussi rapprocher les démarches des habitants.\n"
             "Et après ?\n"
             "Un comité de pilotage se réunira chaque année pour suivre les actions avec les communes et la Caf.\n")


def test_questions_whose_answer_tells_the_signing_are_an_announcement():
    relevance = score_relevance(QUESTIONS, {"signature_date": "2024-10-09", "period_end": "2028"})
    assert relevance.features["interview"] == 0.0  # the questions report the signing
    assert relevance.label == "announcement"


def test_questions_about_ctgs_in_general_stay_related():
    # guard: the same questions, the answer defining CTGs without telling a signing
    text = QUESTIONS.replace(" Nous l'avons signé le 9 octobre dernier, après dix-huit mois de travail avec les 38 "
                             "communes.", " Elle se prépare avec les communes pendant dix-huit mois.")
    assert text != QUESTIONS
    relevance = score_relevance(text)
    assert relevance.features["interview"] == 1.0
    assert relevance.label == "related"
