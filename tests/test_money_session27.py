"""Money component, session 27: classes of amount errors seen on read_ce, read_cf and read_cg (checked across the
older read sets), each with an inline example written for these tests, on a blank French pipeline (ctg_dates and
ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

AMOUNTS = {
    # a financial annex flattened one cell a line: the euro sign that closes one cell is not the head of the next
    # cell's number ("€\n96 400" read as a prefixed sum took the row's first cell away)
    "annex cells one a line": "Annexe 3 – Financements prévisionnels de la Caf\nAction\n2024\n2025\n2026\n"
                              "Relais petite enfance\n<eur v='94800'>94 800 €</eur>\n<eur v='96400'>96 400 €</eur>\n"
                              "<eur v='98100'>98 100 €</eur>\nCoordination CTG (0,5 ETP)\n"
                              "<eur v='21000'>21 000 €</eur>\n21 000 €\n21 000 €\n",
    # guard: a flattened row of cells on one line, each closed by its sign, each read once
    "row of cells on a line": "Bonus territoire ALSH : <eur v='152000'>152 000 €</eur> "
                              "<eur v='158500'>158 500 €</eur> <eur v='161000'>161 000 €</eur>",
    # guard: a sum closing a line over a numbered heading: no "€\n4" sum
    "sum over a numbered heading": "Subvention au centre social : <eur v='62000'>62 000 €</eur>\n4. Questions "
                                   "diverses",
    # guard: a sign written before its number still heads it (a page typed in the English order)
    "sign before its number": "Le budget de la convention s'élève à <eur v='1200000'>€ 1 200 000</eur> sur quatre "
                              "ans, dont <eur v='300000'>EUR 300 000</eur> pour la jeunesse.",
}


@pytest.mark.parametrize("name", list(AMOUNTS))
def test_amount_classes(blank_pipeline, name):
    classes.check_amounts(blank_pipeline, AMOUNTS[name])
