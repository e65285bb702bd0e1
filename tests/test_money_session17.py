"""Money component, session 17: classes of figure errors seen on the written read sets ba to bd (and the others),
each with an inline example written for these tests, on a blank French pipeline (ctg_dates and ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # a part of a stated whole is a coverage count even when "ont signé" follows it (pages: Caf news, press): the
    # rule that reads "Quatre communes signent" as the signatories named as a group does not apply to "N des M"
    # (session 20: the whole of the communes a CTG covers across a département frames the coverage, no figure)
    "part of a whole that signed": "Dans le département, <fig v='27' k='communes'>27</fig> des "
                                   "35 communes ont signé une CTG.",
    # a need or a target of places told as an approximate count is a figure (pages: officials' quotes, plans):
    # "il manque une quarantaine de places", "créer une vingtaine de places"; the size of one crèche or a loss
    # stays an order of magnitude
    "approximate places needed": "Il manque encore <fig v='60' k='places'>une soixantaine de places</fig>, "
                                 "et la commune veut créer <fig v='20' k='places'>une vingtaine de places</fig> ; "
                                 "la crèche d'une trentaine de places a perdu une dizaine de places.",
    # the size that defines a class of communes is no count (pages: departmental conventions, explainers); one
    # territory's size is
    "class of communes by size": "Le département compte <fig v='180' k='communes'>180 communes</fig>, dont beaucoup "
                                 "de moins de 300 habitants ; un fonds aide les communes de moins de 3 500 habitants. "
                                 "Aubenas, une commune de plus de <fig v='12000' k='habitants'>12 000 habitants</fig>, "
                                 "a signé.",
    # a number before a square's name is a street address (pages: job offers, contact blocks, France services
    # notices); a count of places is not
    "street address": "Le poste est basé à la mairie, 3 place Jean-Jaurès. La micro-crèche ouvrira "
                      "<fig v='10' k='places'>10 places</fig> au 4 place de la République.",
    # points of access to services are equipment (pages: plans, council reports)
    "access points": "La convention prévoit d'ouvrir <fig v='3' k='equipements'>trois points d'accès aux droits</fig> "
                     "et compte déjà <fig v='12' k='equipements'>12 points d'accueil</fig> numérique.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
