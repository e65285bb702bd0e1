"""Money component, session 29: figure classes read in the written sets read_ch, read_ci, read_cj, read_ce, read_cf
and read_cg (checked across every read set), each with an inline example written for these tests, on a blank French
pipeline (ctg_dates and ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # a key-figures box lists the territory's offer: a single structure in digits is no count, the others are
    "single equipment in a key-figures box": "Repères\n<fig v='14' k='communes'>14 communes</fig> – "
                                             "<fig v='3' k='equipements'>3 multi-accueils</fig> – 1 micro-crèche – "
                                             "1 centre social\n",
    # a diagnostic's sentence on the offer: the one ludothèque and the one relais are no counts
    "single equipment in prose": "Le territoire dispose de <fig v='2' k='equipements'>2 crèches</fig>, d'1 relais "
                                 "petite enfance et de 1 ludothèque intercommunale ouverte le samedi.",
    # guard: two and more in digits still count, and so do places in the single structure
    "pair in digits with its places": "La commune gère 1 multi-accueil de <fig v='30' k='places'>30 places</fig> et "
                                      "<fig v='2' k='equipements'>2 accueils de loisirs</fig>.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes_session29(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
