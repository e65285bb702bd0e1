"""Money component, session 26: classes of figure errors seen on read_cb, read_cc and read_cd (checked across the older
read sets), each with an inline example written for these tests, on a blank French pipeline (ctg_dates and
ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # the counts and sums of other stories listed under a related-articles heading after the page's own story are
    # none of its figures (regional dailies' articles: "Sur le même sujet", "À lire aussi")
    "related articles after the story": "Vallée de l'Ance : la communauté de communes et la Caf signent leur CTG\n"
                                        "Les <fig v='19' k='communes'>19 communes</fig> du territoire sont concernées par "
                                        "la convention signée lundi à Craponne, qui vise "
                                        "<fig v='24' k='places'>24 places</fig> de crèche de plus d'ici 2027 et donne "
                                        "la priorité à la jeunesse et à l'accès aux droits des familles isolées.\n"
                                        "Sur le même sujet\n"
                                        "Crèches : il manque 800 places dans l'agglomération, selon une étude\n"
                                        "Yssingeaux : un centre social pour 3 000 habitants\n",
    # a coverage count's whole of the same kind frames it, as after "des" ("14 des 16 intercommunalités"): the 12 CTG
    # count, the département's 15 intercommunalités do not
    "coverage out of a whole of its kind": "Dans l'Aude, <fig v='12' k='other'>12 CTG</fig> sur 15 intercommunalités "
                                           "sont désormais signées.",
    # guard: a whole of another kind after "sur" is a count of its own ("répartis sur")
    "whole of another kind": "Le Pays de Lure, c'est <fig v='52000' k='habitants'>52 000 habitants</fig> répartis sur "
                             "<fig v='64' k='communes'>64 communes</fig>.",
    # a round-up's four signings count as a coverage count does (Caf news on a year's signings); three stay the news
    "four conventions signed": "En 2024, <fig v='4' k='other'>quatre nouvelles conventions territoriales globales</fig> "
                               "ont été signées dans le département ; trois nouvelles conventions le seront en 2025.",
    # the sites of a service named as places of care are equipment (fiches actions, signing reports); the sites one
    # action reaches are not
    "sites d'accueil": "La communauté gère <fig v='6' k='equipements'>six sites d'accueil périscolaire</fig> ; le LAEP "
                       "itinérant s'installera sur trois sites.",
    # a diagnostic's indicator table, one row a line with bars: the territory's cell counts, the département's and the
    # nation's after it are comparison columns
    "comparison cells in a bar row": "Indicateur | CC des Trois Rivières | Indre | France\n"
                                     "Part des moins de 20 ans | <fig v='22.4' k='percent'>22,4 %</fig> | 20,9 % | 23,7 %\n"
                                     "Familles monoparentales | <fig v='28' k='percent'>28 %</fig> | 26 % | 25 %\n",
    # a need told with "manquer de": an approximate count of places is a target, as after "il manque" (officials'
    # quotes in interviews)
    "need told with manquer de": "« Sur le secteur, on manque d'<fig v='40' k='places'>une quarantaine de places</fig> "
                                 "pour les tout-petits », reconnaît l'élue.",
    # guard: the size of one crèche stays an order of magnitude
    "size of one crèche": "La micro-crèche, d'une dizaine de places, ouvrira en septembre.",
    # the bound a share of communes stays under is no count of residents (departmental conventions, officials'
    # quotes); the territory's own population stays one
    "communes under a size": "Dans ce département de <fig v='76000' k='habitants'>76 000 habitants</fig>, où "
                             "<fig v='90' k='communes'>90 communes</fig> comptent moins de 300 habitants, la proximité "
                             "des services est un enjeu ; la moitié des communes comptent moins de 150 habitants.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])


def test_related_articles_sums_are_no_amounts(blank_pipeline):
    # a teaser's sum under "À lire aussi" is another story's; the story's own stays
    text = ("Montbrison : la Caf et Loire Forez signent leur convention territoriale globale\nLa Caf de la Loire "
            "consacrera 1,4 million d'euros par an aux actions de la convention, signée mardi par le président de la "
            "communauté d'agglomération, pour la petite enfance, la jeunesse et la parentalité.\nÀ lire aussi\n"
            "Saint-Étienne : 2 millions d'euros pour rénover la crèche du centre\n")
    amounts, _ = classes.analyse(blank_pipeline, text)
    assert [a.value for a in amounts] == [1400000]
