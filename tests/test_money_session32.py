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
    # a one-line teaser for another story inside the page counts nothing of this territory (pages: regional dailies
    # and town news; three written sets, four of the five counts on such lines left out)
    "teaser line": "Saint-Brieuc Armor Agglomération et la Caf ont signé leur CTG pour les "
                   "<fig v='32' k='communes'>32 communes</fig> du territoire.\n"
                   "Lire aussi : Lannion : 150 places de crèche supplémentaires d'ici 2027\n"
                   "La convention prévoit aussi <fig v='60' k='places'>60 places</fig> nouvelles à Plérin.",
    "teaser line with a page": "La Ville compte <fig v='5' k='equipements'>5 centres sociaux</fig>.\n"
                               "À lire aussi p. 12 : les 40 associations du forum de septembre",
    "teaser then the same count": "Lire aussi : Morlaix : la crèche de 24 places rouvre\nLa nouvelle "
                                  "micro-crèche de Plouigneau offre <fig v='24' k='places'>24 places</fig>.",
    # guards: the heading of the related box alone on its line ends the story; a line that only mentions reading
    # is the story's own
    "story counts, then a related box": "La CTG couvre <fig v='18' k='communes'>18 communes</fig>.\n"
                                        "À lire aussi\nQuimper : 200 places de crèche en projet",
    "reading in the story": "Les familles peuvent aussi lire le guide ; il recense "
                            "<fig v='45' k='other'>45 assistantes maternelles</fig>.",
    # a counted noun in brackets or before "au nombre de" is a whole word: a comment counter holds no count
    # (pages: regional dailies' comment boxes, three written sets)
    "comment counter": "La CTG prévoit <fig v='40' k='places'>40 places</fig> de crèche.\nVos réactions (9)\n"
                       "Connectez-vous pour commenter.",
    "reactions au nombre de": "Les interactions, au nombre de cinq, ont été riches.",
    # guard: the noun as a word in brackets still counts
    "whole noun in brackets": "Projets soutenus : <fig v='6' k='actions'>actions (6)</fig>, "
                              "<fig v='3' k='equipements'>centres sociaux (3)</fig>.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes_session32(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])


def test_teaser_sum_stays_an_amount(blank_pipeline):
    """A teaser's sum is still an amount stated on the page (the GUIDE lists every amount stated), while its count
    is no figure of this territory."""
    source = ("La Caf consacrera <eur v='2400000'>2,4 millions d'euros</eur> au territoire.\n"
              "Lire aussi : Guingamp : 12 associations se partagent <eur v='300000'>300 000 €</eur>")
    classes.check_amounts(blank_pipeline, source)
    classes.check_figures(blank_pipeline, source.replace("<eur v='2400000'>", "").replace("<eur v='300000'>", "")
                          .replace("</eur>", ""))
