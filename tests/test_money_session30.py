"""Money component, session 30: classes of figure errors seen in at least three written sets (examples written for
these tests), on a blank French pipeline (ctg_dates and ctg_money). Each example lists every figure the component
must find, so a figure too many fails as well as one missed."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # the agenda of a consultation's workshops is no count: the themes its participants worked on (pages: news of a
    # diagnostic's kick-off meeting or seminar; five written sets, none counted)
    "workshops worked on themes": "Le 14 mars, à la salle des fêtes de Ribérac, une soixantaine d'élus et de "
                                  "professionnels ont lancé le diagnostic de la future convention territoriale "
                                  "globale. Les participants ont ensuite travaillé en ateliers sur quatre thèmes : "
                                  "garde des tout-petits, loisirs, soutien aux parents et isolement des aînés.",
    "working groups on themes": "Trois groupes de travail sur cinq thèmes se réuniront d'ici juin ; ils associeront "
                                "les <fig v='22' k='communes'>22 communes</fig> du territoire.",
    "themes planned on in round tables": "Répartis en tables rondes, les habitants ont planché sur six thèmes.",
    # guards: the themes a convention is built around stay a count, and so does a count of workshops
    "convention built around themes": "La convention a été co-construite avec les acteurs du territoire autour de "
                                      "<fig v='7' k='other'>sept thèmes</fig> : petite enfance, jeunesse, "
                                      "parentalité, vie sociale, accès aux droits, logement et mobilité.",
    "themes as a subject": "« <fig v='12' k='other'>Douze thèmes</fig>, c'est ambitieux », reconnaît le "
                           "président.",
    "workshops counted": "Le diagnostic s'est appuyé sur <fig v='9' k='other'>9 ateliers</fig> et "
                         "<fig v='450' k='other'>450 questionnaires</fig>.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes_session30(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
