"""Money component, session 24: classes of figure errors seen on read_bv, read_bw and read_bx (checked across the
older read sets), each with an inline example written for these tests, on a blank French pipeline (ctg_dates and
ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # the share of an article a paywall leaves to read is no figure, as the share read is not (pages: regional
    # dailies' articles cut by their paywall); the article's own percentages stay
    "paywall's share left": "Le taux de couverture atteint <fig v='41' k='percent'>41 %</fig> sur l'agglomération.\n"
                            "Il vous reste 70 % de cet article à lire. Abonnez-vous pour lire la suite.",
    # the count a number of things is brought to, the number before its noun (pages: coverage news, Caf press
    # releases, reviews); in words as the noun's group allows, never a year, never under the group's least count
    "count brought to": "Ces deux signatures portent à <fig v='23' k='other'>23</fig> le nombre de territoires "
                        "couverts par une CTG dans le département. L'ouverture de la micro-crèche porte à "
                        "<fig v='6' k='equipements'>six</fig> le nombre d'équipements de la commune, et celle du "
                        "relais porte à deux le nombre de crèches aidées. La réforme porte à 2026 le nombre de places "
                        "prévues ; l'avenant porte à 3 le nombre de CTG du secteur.",
    # a plan's total row names its noun after "Total des" (pages: action plans' summary tables); a total row of
    # numbers alone stays out, its percentage in
    "total row": "Synthèse du plan d'actions\n"
                 "<fig v='21' k='actions'>Total des fiches actions retenues : 21</fig> – Axe 3 inclus\n"
                 "Total | 27 | 21 | <fig v='78' k='percent'>78 %</fig>",
    # residents who took part in a workshop or a meeting are participants, as families and people are (pages:
    # diagnostics, signing reports, newsletters' thanks); the town's population stays residents, and residents who
    # answered a survey are read both ways by the gold files (left as residents)
    "residents who took part": "Merci aux <fig v='75' k='other'>75 habitants</fig>, parents et bénévoles qui ont "
                               "pris part aux ateliers ! Plus de <fig v='90' k='other'>90 habitants</fig> ont "
                               "participé aux réunions publiques et <fig v='520' k='habitants'>520 habitants</fig> "
                               "ont répondu au questionnaire. La commune compte "
                               "<fig v='4500' k='habitants'>4 500 habitants</fig> qui ont vu arriver la crèche.",
    # a key-figures row flattened to two lines, its label over its number (pages: diagnostics from PDFs); a second
    # number under it is a comparison column, a small number an index or an axis cell, a year no count
    "flattened key figures": "Le territoire en chiffres\nPopulation\n<fig v='24300' k='habitants'>24 300 "
                             "habitants</fig>\n<fig v='5240' k='allocataires'>Foyers allocataires\n5 240</fig>\n"
                             "Taux de couverture\n<fig v='54' k='percent'>54 %</fig>\nFamilles allocataires\n3 410\n"
                             "28 900\nFiche 5\nLAEP itinérant\n3\nCentre social\nPlaces en crèche\n2024\n",
    # the EPCI of a département counted spelt out, as by their acronym (pages: departmental conventions' preambles);
    # the seasonal workers a territory hosts counted in digits (pages: diagnostics, fiches actions), in words no count
    "EPCI spelt out, seasonal workers": "La convention s'articule avec les CTG signées avec chacun des "
                                        "<fig v='9' k='other'>neuf établissements publics de coopération "
                                        "intercommunale</fig> du département. Chaque hiver, près de "
                                        "<fig v='800' k='other'>800 saisonniers</fig> travaillent dans les stations, "
                                        "où deux saisonniers sur trois sont logés loin.",
    # a CTG's rank in its département is a coverage count, as a commune's is (pages: Caf press releases, local news);
    # a rank under five is the news of a renewal
    "rank of a CTG": "Pour la Caf, c'est la <fig v='17' k='other'>17ème convention territoriale globale</fig> signée "
                     "en Gironde ; Le Teil devient la <fig v='12' k='communes'>12e commune</fig> couverte. Dans la "
                     "vallée, la 2e CTG du territoire prend la suite de la première.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])


# thousands set apart by a thin space (U+2009) or a figure space (U+2007), as typographic tools and some publishing
# systems write them (pages: magazines, Caf press releases), are one number, as with a no-break space
THIN = "\u2009"
FIGURE_SPACE = "\u2007"


def test_thin_spaces_in_figures(blank_pipeline):
    classes.check_figures(blank_pipeline, f"Le territoire compte <fig v='12400' k='habitants'>12{THIN}400 habitants"
                                          f"</fig> et <fig v='3200' k='allocataires'>3{FIGURE_SPACE}200 familles "
                                          "allocataires</fig>.")


def test_thin_spaces_in_amounts(blank_pipeline):
    classes.check_amounts(blank_pipeline, f"La Caf versera <eur v='2500000'>2{THIN}500{THIN}000 €</eur> sur cinq ans, "
                                          f"dont <eur v='480000'>480{FIGURE_SPACE}000 euros</eur> en 2025.")
