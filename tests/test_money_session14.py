"""Money component, session 14: classes of figure and amount errors seen on the written read sets ao to ar (and the
real gold), each with an inline example written for these tests, on a blank French pipeline (ctg_dates and
ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # a part of the territory's communes, of the plan's actions or places counts the whole too
    "whole of communes": "La convention concerne <fig v='12' k='communes'>12</fig> des "
                         "<fig v='35' k='communes'>35</fig> communes de l'agglomération.",
    "whole after sur": "Constat : <fig v='7' k='communes'>7 communes</fig> sur <fig v='22' k='communes'>22</fig> "
                       "n'ont aucune crèche ; <fig v='85' k='places'>85 places</fig> ouvertes sur les "
                       "<fig v='140' k='places'>140</fig> prévues.",
    "whole of actions": "À mi-parcours, <fig v='15' k='actions'>15</fig> des <fig v='33' k='actions'>33</fig> "
                        "actions sont lancées.",
    # the intercommunalités of a département frame a coverage count
    "coverage frame": "Désormais, <fig v='12' k='other'>12</fig> des 15 intercommunalités sont couvertes et "
                      "<fig v='8' k='other'>8 intercommunalités</fig> sur 10 ont un relais.",
    # a share of people out of a small base is a proportion, no count
    "proportion": "Le bassin compte <fig v='9400' k='habitants'>9 400 habitants</fig> ; 1 enfant sur 5 vit dans "
                  "une famille monoparentale et 3 familles sur 10 sont allocataires du RSA.",
    # the staff a convention or a Caf puts to work is a count; a pair of posts named among the plan's actions is not
    "staff": "La Caf compte <fig v='6' k='other'>6 chargés de coopération</fig> et finance "
             "<fig v='14' k='other'>quatorze conseillers numériques</fig> ; l'inclusion numérique, avec deux "
             "conseillers numériques dans les mairies.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
