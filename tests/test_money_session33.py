"""Money component, session 33: classes of figure errors seen in at least three written sets (examples written for
these tests), on a blank French pipeline (ctg_dates and ctg_money). Each example lists every figure the component
must find, so a figure too many fails as well as one missed."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # a count whose noun is said before it, qualified by its state or its date after it (pages: mid-term reviews,
    # steering committees, diagnostics; nine written sets): the whole planned after a part
    "whole planned after a part": "Axe petite enfance : <fig v='36' k='places'>36 places</fig> nouvelles ont été "
                                  "créées (micro-crèches de Lanvollon et de Plouha) sur les "
                                  "<fig v='55' k='places'>55 prévues</fig>.",
    "planned posts": "Inclusion numérique : <fig v='7' k='other'>7 conseillers numériques</fig> en poste sur les "
                     "<fig v='12' k='other'>12 prévus</fig>.",
    # a part done, or new in a year
    "part done": "Sur la période, <fig v='42' k='actions'>42 actions</fig> ont été engagées, dont "
                 "<fig v='30' k='actions'>30 réalisées</fig> (<fig v='71' k='percent'>71 %</fig>).",
    "part new in a year, a smaller count between": "Petite enfance : <fig v='2200' k='places'>2 200 places</fig> "
                                                   "sur les <fig v='40' k='communes'>40 communes</fig>, dont "
                                                   "<fig v='65' k='places'>65 nouvelles</fig> en 2024.",
    "part new in a year": "Petite enfance : <fig v='1900' k='places'>1 900 places</fig> d'accueil du jeune enfant, "
                          "dont <fig v='70' k='places'>70 nouvelles</fig> en 2024.",
    # a total after its noun
    "total after the noun": "Chaque orientation est déclinée en fiches actions, "
                            "<fig v='21' k='actions'>21 au total</fig>, suivies par un comité technique.",
    # today's count in brackets after its noun
    "today in brackets": "Le bourg gagne des habitants (<fig v='9800' k='habitants'>9 800 aujourd'hui</fig>) et "
                         "les familles s'y installent.",
    "today in brackets, approximate": "La vallée perd des habitants (environ "
                                      "<fig v='12500' k='habitants'>12 500 aujourd'hui</fig>, contre 14 000 il y a "
                                      "vingt ans).",
    # guards: new things named after the count stay the noun's count; a pair referred back to is no count; a year
    # after "prévues en" is no count; a breakdown of a whole into its parts counts the whole only
    "new things named": "La convention prévoit <fig v='12' k='places'>12 nouvelles places</fig> à Plouha.",
    "pair referred back": "Le RPE et les deux LAEP, dont les 2 nouveaux, seront soutenus.",
    "breakdown with states": "Bilan : sur les <fig v='14' k='actions'>14 fiches actions</fig>, 8 sont engagées, "
                             "4 réalisées, 2 reportées.",
    "breakdown": "Sur les <fig v='24' k='actions'>24 fiches actions</fig>, 9 sont réalisées, 11 engagées et 4 non "
                 "démarrées.",
    "no noun before": "Les travaux, dont 3 prévus cet été, commencent.",
    # equipment named by a generic noun or as a network of places, counted in digits (pages: key figures, plans'
    # domains, financial annexes, fiches actions; six written sets, all counted)
    "establishments in key figures": "Crèches : <fig v='5' k='equipements'>5 établissements</fig> – "
                                     "<fig v='130' k='places'>130 places</fig>",
    "establishments of care": "Petite enfance | <fig v='48' k='equipements'>48 établissements d'accueil</fig> | "
                              "objectif : <fig v='90' k='places'>90 places</fig> nouvelles",
    "relays in brackets": "Relais petite enfance (<fig v='4' k='equipements'>4 relais</fig>) : 118 000 €",
    "places of welcome": "Objectifs opérationnels : <fig v='4' k='equipements'>4 lieux d'accueil</fig>, deux "
                         "demi-journées par semaine",
    "network of digital points": "L'inclusion numérique, avec un réseau de "
                                 "<fig v='9' k='equipements'>9 points numériques</fig> dans les mairies.",
    "network of reading points": "La médiathèque et son réseau de <fig v='15' k='equipements'>15 points lecture</fig>.",
    # guards: the full names stay in their group; a single one, words and the EPCI are no such count
    "full names": "Le territoire compte <fig v='3' k='equipements'>3 relais petite enfance</fig> et "
                  "<fig v='2' k='equipements'>2 lieux d'accueil enfants-parents</fig>.",
    "single relay": "RPE : 1 relais, 3 antennes",
    "in words": "Les trois établissements scolaires et cinq relais du secteur.",
    "EPCI": "La CTG est signée avec chacun des <fig v='9' k='other'>9 établissements publics de coopération "
            "intercommunale</fig>.",
    # the visits a service records, counted in digits (pages: activity reports, mid-term reviews, signing reports;
    # three written sets, all counted)
    "visits of a LAEP": "Le lieu d'accueil enfants-parents itinérant : <fig v='38' k='other'>38 séances</fig>, "
                        "<fig v='290' k='other'>290 passages</fig>.",
    "visits in a season": "La maison des saisonniers a enregistré <fig v='2100' k='other'>2 100 passages</fig> cet "
                          "hiver.",
    # guard: no count, no figure
    "crossings": "Des passages piétons seront créés devant l'école.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes_session33(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
