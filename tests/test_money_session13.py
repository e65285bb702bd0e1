"""Money component, session 13: classes of figure and amount errors seen on the written read sets ak to an, each
with an inline example written for these tests, on a blank French pipeline (ctg_dates and ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

AMOUNTS = {
    # council summaries: a budget's section after "dont" is a sum, in the euros of its sentence
    "budget part": "Budget primitif : <eur v='42500000'>42,5 millions d'euros</eur> votés, dont "
                   "<eur v='9000000'>9 millions</eur> d'investissement et <eur v='31000000'>31 millions</eur> "
                   "de fonctionnement.",
    # a population in millions is still no sum, even in a sentence with euros
    "not a budget part": "La Caf verse <eur v='3000000'>3 millions d'euros</eur> pour 2 millions d'habitants.",
}

FIGURES = {
    # an approximate count is an order of magnitude, except the convention's actions
    "approximate": "Le plan compte <fig v='40' k='actions'>une quarantaine d'actions</fig> ; une vingtaine de "
                   "places seront créées et une trentaine de maires étaient invités.",
    # a crowd that spoke up or was present, and a survey panel, are participants
    "participants": "Lors des ateliers, <fig v='120' k='other'>plus de 120 habitants</fig> se sont exprimés ; à la "
                    "soirée, <fig v='300' k='other'>300 personnes</fig> présentes. Un panel de "
                    "<fig v='180' k='other'>180 familles</fig> a été interrogé.",
    # a count of residents or beneficiaries stays as it is
    "residents": "Le territoire compte <fig v='12400' k='habitants'>12 400 habitants</fig> et les relais "
                 "accompagnent <fig v='350' k='beneficiaires'>350 familles</fig>.",
}


@pytest.mark.parametrize("name", list(AMOUNTS))
def test_amount_classes(blank_pipeline, name):
    classes.check_amounts(blank_pipeline, AMOUNTS[name])


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
