"""Money component, session 32: classes of figure errors seen in at least three written sets (examples written for
these tests), on a blank French pipeline (ctg_dates and ctg_money). Each example lists every figure the component
must find, so a figure too many fails as well as one missed."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # the steps an explainer is told in are its outline, no count (pages: Caf explainers and guides for elected
    # officials; three written sets, none counted)
    "guide in steps": "GUIDE À L'USAGE DES ÉLUS\nLA CONVENTION TERRITORIALE GLOBALE EN 6 ÉTAPES\nÉtape 1 – Décider "
                      "de s'engager avec la Caf.",
    "explainer in steps": "Comment se construit une CTG ? En trois étapes : un diagnostic partagé, un plan "
                          "d'actions, puis la signature par la Caf et la collectivité.",
    "title in steps": "Tout comprendre de la convention territoriale globale en 4 étapes",
    # guards: the steps or phases a process runs through stay a count
    "process via steps": "La démarche se déroulera via <fig v='4' k='other'>4 étapes</fig> : mobilisation, "
                         "diagnostic, plan d'actions, évaluation.",
    "phases as a subject": "<fig v='5' k='other'>Cinq phases</fig> s'étaleront de septembre à juin.",
    # the sites of a periscolaire or leisure service named just before, counted in digits, are its places of care
    # (pages: financial annexes, bulletins' key figures, social projects; four written sets, all counted)
    "sites in brackets after the service": "Accueils périscolaires et extrascolaires "
                                           "(<fig v='16' k='equipements'>16 sites</fig>) : 212 000 € par an.",
    "sites in key figures": "L'accueil périscolaire en chiffres\n<fig v='240' k='enfants'>240 enfants</fig> "
                            "inscrits – <fig v='5' k='equipements'>5 sites</fig> – "
                            "<fig v='18' k='other'>18 animateurs</fig>",
    "sites as the subject": "Le temps périscolaire est une compétence de la communauté : "
                            "<fig v='9' k='equipements'>9 sites</fig> accueillent les enfants matin et soir.",
    # guards: the sites one action reaches, sites of another service, sites spelt out
    "sites an action reaches": "Un accueil de loisirs itinérant tournera sur 3 sites chaque mercredi.",
    "sites of another service": "Déchets : 12 nouveaux sites de compostage installés cet automne.",
    "sites spelt out": "Les accueils de loisirs ouvriront le mercredi sur trois sites du territoire.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes_session32(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
