"""Money component, session 20: classes of figure errors recurring over pages (read_bi and read_bj first, the older
read sets too), each with an inline example written for these tests, on a blank French pipeline (ctg_dates and
ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # the Caf's or a service's permanences a plan opens or a review counts (pages: mid-term reviews, fiches actions,
    # steering committees); a pair of them spelt out names the content of one action, not a count
    "permanences": "Accès aux droits : <fig v='5' k='other'>5 nouvelles permanences</fig> Caf dans les mairies et "
                   "<fig v='2' k='other'>2 permanences</fig> de plus au centre social ; la France services tiendra "
                   "deux permanences par semaine.",
    # the students of a university town are a count of its population (pages: diagnostics, officials' quotes)
    "students": "La ville compte <fig v='52000' k='habitants'>52 000 habitants</fig>, dont près de "
                "<fig v='9500' k='other'>9 500 étudiants</fig>.",
    # a whole broken down into its parts ("N sont réalisées, M en cours et P abandonnées") counts the whole only
    # (pages: mid-term reviews, steering committees, activity reports); one part stated alone is a count
    "breakdown of a whole": "Sur les <fig v='30' k='actions'>30 fiches actions</fig>, 17 sont réalisées, 9 sont en "
                            "cours et 4 ont été abandonnées. Sur les <fig v='12' k='places'>12 places</fig> prévues, "
                            "<fig v='7' k='places'>7</fig> sont ouvertes.",
    # the whole of a département's (or an island's) communes in a count of those a CTG covers frames the coverage,
    # as the département's intercommunalités do (pages: Caf news, coverage notes of signing reports); the part is
    # the count, and a territory's whole outside a CTG coverage statement still counts
    "communes covered across a département": "Avec cette signature, <fig v='31' k='communes'>31</fig> des 40 "
                                             "communes de l'île sont couvertes par une CTG ; "
                                             "<fig v='12' k='communes'>12 communes</fig> sur 20 disposent d'une convention. "
                                             "Le relais itinérant dessert <fig v='6' k='communes'>6</fig> des "
                                             "<fig v='9' k='communes'>9</fig> communes du canton.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
