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
    # the high end of a change stated as a range counts what there will be (pages: signing reports, council minutes,
    # plans); its low end has no noun
    "range of a change": "Le multi-accueil passera de 24 à <fig v='32' k='places'>32 places</fig> en 2026.",
    # a percentage that bounds a class in an indicator's name is no figure (pages: conventions' diagnostics)
    "bound of a class": "Part des allocataires dont les revenus dépendent à 75 % ou plus des prestations : "
                        "<fig v='17' k='percent'>17 %</fig>.",
    # an indicator table's row opening on its field's cell, and several key figures on one line, each ended by a
    # dash or the line's full stop (pages: conventions' diagnostics and indicator annexes from PDFs); a row with a
    # baseline and a target stays out, and so does a town's civil register
    "key-figure rows in tables and lines": (
        "Jeunesse | Nombre de jeunes accompagnés | <fig v='85' k='beneficiaires'>85</fig>\n"
        "<fig v='230' k='places'>Places en crèche : 230</fig> – <fig v='57' k='other'>Assistants maternels "
        "agréés : 57</fig>\n<fig v='3120' k='allocataires'>Foyers allocataires : 3 120</fig>.\n"
        "Places en EAJE | 10 | 25\nÉtat civil 2024\nNaissances : 41 – Mariages : 9 – Décès : 30"),
    # the size that defines a class of communes is no count, as in the plural (pages: departmental conventions,
    # officials' quotes)
    "a commune's size class": "Un habitant sur trois vit dans une commune de moins de 500 habitants.",
    # a count coordinated after "dont ... dans" takes the noun before (pages: conventions' preambles)
    "elided after dans": "Le territoire compte <fig v='42000' k='habitants'>42 000 habitants</fig>, dont "
                         "<fig v='18000' k='habitants'>18 000</fig> dans la ville-centre.",
    # a town's life and a service's activity counted in digits are other counts (pages: town bulletins, council
    # minutes, activity reports); spelt out they stay words of the news
    "town life and activity": "Cantine : <fig v='240' k='other'>240 repas</fig> servis par jour ; "
                              "<fig v='30' k='other'>30 exposants</fig> attendus. La France services a reçu "
                              "<fig v='5100' k='other'>5 100 visites</fig> et <fig v='280' k='other'>280 "
                              "signalements</fig> ont été traités. Trois réunions ont suivi.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
