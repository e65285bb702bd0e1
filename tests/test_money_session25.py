"""Money component, session 25: classes of amount and figure errors seen on read_by, read_bz and read_ca (checked
across the older read sets), each with an inline example written for these tests, on a blank French pipeline
(ctg_dates and ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

AMOUNTS = {
    # a table of sums whose caption states the currency once, flattened one cell a line (pages: conventions' and
    # reviews' financial annexes from PDFs): every cell is a sum, the rows' years and the page number before the
    # caption are none, and the table ends at the first line of prose
    "table captioned in euros": "CTG Val de Meuse – Bilan à mi-parcours\n7\nTableau 2 – Aides de la Caf au titre de "
                                "la convention (en €)\nAnnée\nPrestation de service\nBonus territoire\n2022\n"
                                "<eur v='310500'>310 500</eur>\n<eur v='14500'>14 500</eur>\n2023\n"
                                "<eur v='325000'>325 000</eur>\n<eur v='16200'>16 200</eur>\n"
                                "Ces aides ont permis l'ouverture d'une micro-crèche à Dieulouard.\n3\n2024\n",
    # ... its cells joined by bars on one line, in thousands of euros, a row's index no sum
    "table in thousands of euros": "Plan de financement (montants en milliers d'euros)\nAxe | 2025 | 2026\n"
                                   "1 | <eur v='120000'>120</eur> | <eur v='135000'>135</eur>\n"
                                   "2 | <eur v='48000'>48</eur> | <eur v='52500'>52,5</eur>\n",
    # guard: a table with no currency in its caption states counts, no sums; a sum in euros in the prose stays one
    "table with no currency": "Tableau 3 – Places d'accueil par commune\nCommune\nPlaces\nSaint-Mihiel\n124\n"
                              "Commercy\n210\nLa Caf y consacre <eur v='80000'>80 000 €</eur> par an.",
    # guard: a table whose header names a count beside the sums mixes columns a flattened text no longer tells apart:
    # no cell is read (the sum in euros in the prose stays one)
    "mixed table": "Financements 2024 (en €)\nStructure\nNombre de places\nMontant\nCrèche Les Lutins\n24\n45 000\n"
                   "Micro-crèche Pirouette\n10\n18 500\nLe total atteint <eur v='63500'>63 500 €</eur>.",
}


@pytest.mark.parametrize("name", list(AMOUNTS))
def test_amount_classes(blank_pipeline, name):
    classes.check_amounts(blank_pipeline, AMOUNTS[name])


FIGURES = {
    # a key-figures row flattened to two lines whose label bounds an age or dates its count in brackets (pages:
    # projects' and diagnostics' key figures from PDFs)
    "flattened row with an age or a year": "Le territoire en chiffres\n"
                                           "<fig v='18950' k='habitants'>Habitants (2021)\n18 950</fig>\n"
                                           "<fig v='2480' k='enfants'>Enfants de moins de 6 ans\n2 480</fig>\n"
                                           "<fig v='1530' k='allocataires'>Foyers allocataires\n1 530</fig>\n",
    # a flattened comparison table: the territory's percentage first, the département's under it no figure (as a
    # count's second column is none); a percentage under its own label stays
    "comparison column of percentages": "Indicateurs clés\nIndicateur\nCC du Val de Meuse\nMeuse\n"
                                        "Taux de couverture accueil jeune enfant\n<fig v='48' k='percent'>48 %</fig>\n"
                                        "61 %\nPart des familles monoparentales\n<fig v='19' k='percent'>19 %</fig>\n"
                                        "22 %\nPart des moins de 25 ans\n<fig v='27.5' k='percent'>27,5 %</fig>\n",
    # a density is no count of residents (the GUIDE's other counts); the population stays residents
    "density": "Avec <fig v='8400' k='habitants'>8 400 habitants</fig> et une densité de "
               "<fig v='22' k='other'>22 habitants au km²</fig>, le territoire est très rural ; à peine "
               "<fig v='9' k='other'>9 habitants par km2</fig> sur le plateau.",
    # a territory's count of a noun said in its sentence, told with "n'en compte que" (pages: signing reports,
    # plans' diagnostics); a count before is its kind's, as "en créer" reads it
    "count told with n'en compte que": "- développer l'offre de places en crèche, alors que la commune n'en compte que "
                                       "<fig v='42' k='places'>42</fig> ;\nIl faudrait "
                                       "<fig v='300' k='places'>300 places</fig> : le secteur n'en propose que "
                                       "<fig v='120' k='places'>120</fig>.",
    # collective holiday centres counted by their full name or acronym are equipment (pages: fiches actions, PEDT)
    "accueils collectifs de mineurs": "Les <fig v='14' k='equipements'>14 accueils collectifs de mineurs</fig> du "
                                      "territoire et ses <fig v='6' k='equipements'>6 ACM</fig> d'été sont gérés par "
                                      "des associations.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])


def test_en_compte_without_noun_is_no_figure(blank_pipeline):
    # guard: "n'en compte que" with no counted noun in its sentence states nothing
    _, figures = classes.analyse(blank_pipeline, "Le projet a du retard : la commune n'en compte que 3 à ce jour.")
    assert figures == []
