"""Money component, session 13: classes of figure and amount errors seen on the written read sets ak to an, each
with an inline example written for these tests, on a blank French pipeline (ctg_dates and ctg_money)."""

from __future__ import annotations

import pytest
import test_dates_forms as blank
from conftest import parse_annotated

from ctgminer.extract.components.money.component import money_fields

blank_pipeline = blank.nlp  # the module's fixture "nlp": a blank French pipeline with ctg_dates and ctg_money


def analyse(nlp, text: str):
    return money_fields(blank.run(nlp, text))


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
    text, tags = parse_annotated(AMOUNTS[name])
    amounts, _ = analyse(blank_pipeline, text)
    assert [a.value for a in amounts] == [float(t["v"]) for t in tags]
    assert [(a.start, a.end) for a in amounts] == [(t["start"], t["end"]) for t in tags]


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    text, tags = parse_annotated(FIGURES[name])
    _, figures = analyse(blank_pipeline, text)
    found = [(f.value, f.kind) for f in figures]
    assert found == [(float(t["v"]), t["k"]) for t in tags], found
    for figure, tag in zip(figures, tags, strict=True):
        assert figure.start < tag["end"] and tag["start"] < figure.end
