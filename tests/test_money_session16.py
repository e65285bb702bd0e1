"""Money component, session 16: classes of figure and amount errors seen on the written read sets aw to az (and the
others), each with an inline example written for these tests, on a blank French pipeline (ctg_dates and
ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # a consultation's or a meeting's work and attendance counted in digits (pages: diagnostics, signing reports,
    # activity reports); in words ("quatre signataires", "trois ateliers ouverts à tous") they name the news or a
    # programme, not a count
    "consultation in digits": "Le diagnostic a mobilisé <fig v='75' k='other'>75 acteurs</fig> : "
                              "<fig v='410' k='other'>410 questionnaires</fig> retournés, "
                              "<fig v='7' k='other'>7 ateliers</fig> et <fig v='12' k='other'>12 comités</fig> de "
                              "pilotage. Trois ateliers ouverts à tous suivront ; quatre signataires ont paraphé le "
                              "texte devant <fig v='64' k='other'>64 élus</fig>.",
    "meetings in digits": "La soirée a réuni <fig v='95' k='other'>95 participants</fig> ; le point d'accueil a tenu "
                          "<fig v='2300' k='other'>2 300 rendez-vous</fig> en "
                          "<fig v='48' k='other'>48 séances</fig>, et la convention compte "
                          "<fig v='11' k='other'>11 signataires</fig>.",
    # the length of the convention's document (pages: signing reports): "un document de 72 pages"; a form's page
    # limit is no count
    "document pages": "Un document de <fig v='72' k='other'>72 pages</fig> engage la commune. Dossier : une note "
                      "de 4 pages maximum.",
    # the two or three actions a plan names or a commune pilots are its content (pages: press, deliberations,
    # tables of axes); from four they count the plan's work
    "few actions": "Le plan compte <fig v='17' k='actions'>17 fiches actions</fig> ; la commune pilote deux fiches "
                   "actions, et l'axe jeunesse réunit trois actions : un espace jeunes, un forum et des chantiers.",
    # a section's number over its heading is no count (pages: reports, fiches actions)
    "section number": "2.3 Rendez-vous des droits\nLa Caf a tenu <fig v='640' k='other'>640 rendez-vous</fig>.",
    # respondents told after their verb and a waiting list are no beneficiaries (pages: diagnostics, officials'
    # quotes, fiches actions)
    "respondents and waiting lists": "Une enquête à laquelle ont répondu <fig v='870' k='other'>870 familles</fig> "
                                     "; la crèche a une liste d'attente de <fig v='45' k='other'>45 familles</fig> et "
                                     "accueille <fig v='130' k='beneficiaires'>130 familles</fig>.",
}

AMOUNTS = {
    # "pas un euro" denies any sum (pages: officials' quotes, council debates)
    "no euro": "« Pas un euro de plus pour les crèches », regrette l'opposition ; la Caf apporte "
               "<eur v='250000'>250 000 €</eur>, sans un euro d'investissement.",
    # a paywall's offer under the last paragraph says nothing of the sum that paragraph ends on (pages: local press);
    # the offer's own price is no amount of the convention
    "paywall below": "Le conseil a voté l'achat d'un minibus (<eur v='42000'>42 000 €</eur>).\n"
                     "Cet article vous a plu ? Abonnez-vous pour 1 € le premier mois.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])


@pytest.mark.parametrize("name", list(AMOUNTS))
def test_amount_classes(blank_pipeline, name):
    classes.check_amounts(blank_pipeline, AMOUNTS[name])
