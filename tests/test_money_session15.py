"""Money component, session 15: classes of figure errors seen on the written read sets as to av (and the real
gold), each with an inline example written for these tests, on a blank French pipeline (ctg_dates and ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # the France services named as "espaces France services" are equipment too
    "espaces France services": "Le territoire s'appuie sur <fig v='5' k='equipements'>5 espaces France services</fig> "
                               "et <fig v='12' k='communes'>12 communes</fig>.",
    # a part of a stated whole, its noun left unsaid, as the subject of its clause (pages: mid-term reviews,
    # steering committees): in the whole's sentence or the next one
    "part as subject": "Sur les <fig v='24' k='actions'>24 actions</fig> du plan, <fig v='15' k='actions'>15</fig> "
                       "sont lancées. Le bilan porte sur <fig v='17' k='communes'>17 communes</fig>. "
                       "<fig v='12' k='communes'>Douze</fig> ont déjà délibéré.",
    "part of a noun": "Les intercommunalités du département ont été consultées ; "
                      "<fig v='9' k='other'>neuf d'entre elles</fig> ont une convention.",
    # the whole is the sentence's first counted noun (its subject), not the last one before the part
    "part of the subject": "Les communes gardent leurs équipements ; <fig v='40' k='communes'>40 d'entre elles</fig> "
                           "ont délibéré.",
    # no counted noun before: no figure ("En mars, 40 ont répondu" counts nothing it names); a noun's least count
    # holds (the two or three conventions of a signing are the news; from four on, session 26, a round-up's count)
    "part with no whole": "Le questionnaire a circulé en mairie. En mars, 40 ont répondu. Les premières conventions "
                          "arrivent à échéance. Trois d'entre elles ont été renouvelées.",
    # a count of a noun said before, through "en" (officials' quotes, plans), in digits
    "count through en": "Il manque <fig v='300' k='places'>300 places</fig> sur le territoire. La convention doit "
                        "permettre d'en créer au moins <fig v='150' k='places'>150</fig>, et d'en ouvrir deux autres.",
    # the count a number of things reaches is a figure, not the start of the change (pages: reviews, diagnostics)
    "number reached": "Le nombre d'enfants inscrits au CLAS est passé de 410 à <fig v='530' k='enfants'>530</fig> ; "
                      "l'objectif est de porter le nombre de places en crèche de 900 à "
                      "<fig v='1100' k='places'>1 100</fig>. Le nombre de familles allocataires atteint "
                      "<fig v='5200' k='allocataires'>5 200</fig>. Le nombre de naissances de 2015 à 2020 a baissé.",
    # a share of people out of a small base is a proportion, even with a complement after the noun
    "proportion with complement": "Le quartier compte <fig v='3200' k='habitants'>3 200 habitants</fig> ; "
                                  "4 familles avec enfants sur 10 sont monoparentales.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
