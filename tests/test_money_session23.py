"""Money component, session 23: classes of figure errors recurring over pages (read_bs, read_bt and read_bu first,
the older read sets too), each with an inline example written for these tests, on a blank French pipeline
(ctg_dates and ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # families waiting for a place are a need, not beneficiaries, wherever the waiting is said (pages: officials'
    # quotes, signing reports); children waiting stay children
    "families waiting": "Le maire l'a rappelé : « <fig v='320' k='other'>320 familles</fig> sont sur liste "
                        "d'attente. » Et <fig v='75' k='other'>75 familles</fig> sont toujours en attente d'une "
                        "place, comme <fig v='140' k='enfants'>140 enfants</fig> sur liste d'attente.",
    # a crowd whose roles follow in brackets is of participants, as after a comma or a dash (pages: forums,
    # mid-term reviews)
    "participants in brackets": "Près de <fig v='90' k='other'>90 personnes</fig> (élus, animateurs, parents) ont "
                                "débattu des priorités.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
