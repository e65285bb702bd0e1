"""Money component, session 19: classes of figure errors recurring over pages, each with an inline example written
for these tests, on a blank French pipeline (ctg_dates and ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # a diagnostic's indicator rows name their noun after "Nombre de" (pages: diagnostics, social projects,
    # indicator tables); the row still needs a counted noun ("Nombre de conseillers en exercice : 33" is no figure)
    "indicator rows after 'Nombre de'": "Indicateurs du territoire\n"
                                        "<fig v='85' k='places'>Nombre de places en crèche : 85</fig>\n"
                                        "<fig v='210' k='other'>Nombre d'assistantes maternelles agréées : 210</fig>\n"
                                        "Nombre de conseillers en exercice : 33",
    # the base of a rate per hundred or per thousand people is no count, whatever the rate counts (pages:
    # diagnostics, key figures)
    "base of a rate per 100 or 1 000": "Le taux de couverture atteint 55,2 pour 100 enfants de moins de 3 ans ; on "
                                       "compte <fig v='11' k='other'>11 naissances</fig> pour 1 000 habitants et "
                                       "<fig v='2400' k='habitants'>2 400 habitants</fig> au total.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
