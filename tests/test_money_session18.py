"""Money component, session 18: classes of figure errors recurring over the written read sets, each with an inline
example written for these tests, on a blank French pipeline (ctg_dates and ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # a pair of equipment spelt out names the places a plan opens or a text lists, not a count (pages: signing
    # reports, plans, reviews of a first convention; in the written gold 27 of 93 such pairs are figures); from
    # three on, and in digits, equipment counts
    "pair of equipment in words": "La première convention avait permis d'ouvrir deux crèches, à Brion et à Lusset. "
                                  "La nouvelle soutiendra <fig v='3' k='equipements'>trois centres sociaux</fig> et "
                                  "<fig v='2' k='equipements'>2 multi-accueils</fig> de plus.",
    # two or three communes spelt out are the ones a text names or a service reaches, not a count of the territory's
    # (pages: signing reports, plans; 7 of 32 in the written gold); from four on, and in digits, communes count
    "two or three communes in words": "Le relais sera étendu à trois nouvelles communes, Arbas et Salles. Le territoire "
                                      "compte <fig v='9' k='communes'>neuf communes</fig>, dont "
                                      "<fig v='3' k='communes'>3 communes</fig> rurales.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
