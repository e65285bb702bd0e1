"""Money component: amounts and figures, inline annotated examples (written for these tests)."""

from __future__ import annotations

import pytest
from conftest import parse_annotated

PREFIX = "La convention territoriale globale signée avec la Caf prévoit "

AMOUNT_EXAMPLES = [
    "un financement de <eur v='24000'>24 000 €</eur> pour le poste de coordinateur.",
    "des prestations annuelles de <eur v='430000000'>430 millions d'euros</eur>.",
    "une enveloppe de <eur v='1200000'>1,2 M€</eur> sur la durée.",
    "une aide de <eur v='850000'>850 000 euros</eur> à l'investissement.",
    "une dotation de <eur v='3000000'>3 millions €</eur>.",
    "<eur v='2500000'>2,5 millions d'euros</eur> par an pour l'action sociale.",
    "plus de <eur v='2000000'>2 M€</eur> pour les crèches.",
    "plus de <eur v='3700000'>3,7 millions d'euros</eur> pour la commune et plus de "
    "<eur v='20000000'>20 millions</eur> pour la Caf.",
    "un budget de <eur v='557608'>557 608 €</eur> versé en 2023 et <eur v='472'>472 euros</eur> par mois.",
    "une subvention de <eur v='15000'>15 000 EUR</eur>.",
    "un total de <eur v='1500000000'>1,5 milliard d'euros</eur> au niveau national.",
    # a large sum in digits followed by "d'euros"
    "un fonds de <eur v='4000000'>4 000 000 d'euros</eur> sur cinq ans.",
    # the euro implicit in a series: "2,8 millions ... et 2,6 millions d'euros"
    "<eur v='2800000'>2,8 millions</eur> pour la petite enfance et <eur v='2600000'>2,6 millions d'euros</eur> "
    "pour la jeunesse.",
    "<eur v='150000'>150 k€</eur> de bonus territoire.",
]


@pytest.mark.parametrize("source", AMOUNT_EXAMPLES)
def test_amounts(analyse_text, source):
    text, tags = parse_annotated(PREFIX + source)
    record = analyse_text(text)
    assert [a.value for a in record.amounts] == [float(t["v"]) for t in tags]
    for amount, tag in zip(record.amounts, tags, strict=True):
        assert (amount.start, amount.end) == (tag["start"], tag["end"])
        assert amount.currency == "EUR"


NO_AMOUNT = [
    "Plusieurs millions d'euros permettront le développement de places d'accueil.",
    "Abonnez-vous : 1 € le premier mois, sans engagement. La convention territoriale globale est signée.",
]


@pytest.mark.parametrize("text", NO_AMOUNT)
def test_no_amount(analyse_text, text):
    assert analyse_text(PREFIX + text).amounts == []


FIGURE_EXAMPLES = [
    ("La commune compte <fig v='51700' k='allocataires'>51 700 allocataires</fig>.", None),
    ("Le territoire compte <fig v='28252' k='habitants'>28 252 habitants</fig>.", None),
    ("<fig v='44000' k='enfants'>44 000 enfants</fig> sont concernés.", None),
    ("La CTG réunit <fig v='6' k='communes'>six communes</fig>.", None),
    ("Elle se décline en <fig v='50' k='actions'>une cinquantaine d'actions</fig>.", None),
    ("Le projet prévoit <fig v='205' k='places'>205 nouvelles places</fig> en crèche.", None),
    ("Le territoire compte <fig v='9' k='equipements'>9 crèches</fig>.", None),
    ("Soit <fig v='49' k='percent'>49%</fig> de la population.", None),
    ("Le bassin compte <fig v='140' k='other'>140 assistantes maternelles</fig>.", None),
]


@pytest.mark.parametrize("source,_", FIGURE_EXAMPLES)
def test_figures(analyse_text, source, _):
    text, tags = parse_annotated(PREFIX + source)
    record = analyse_text(text)
    tag = tags[0]
    match = [f for f in record.figures if f.start == tag["start"]]
    assert match, record.figures
    assert match[0].value == float(tag["v"]) and match[0].kind == tag["k"]


def test_years_are_not_figures(analyse_text):
    record = analyse_text(PREFIX + "un plan d'actions 2023-2027 signé le 3 mars 2023.")
    assert record.figures == []


@pytest.mark.parametrize("name", ["AMOUNT", "FIGURE_PAREN", "FIGURE_OF", "PERCENT", "FIGURE_ORDINAL"])
def test_anchored_search_finds_what_a_full_scan_finds(name):
    """Each pattern tried only around its anchors finds the matches a scan of the whole text finds."""
    from ctgminer.extract.components.money import patterns as P

    text = ("Le plan de 2,5 millions d'euros finance les centres sociaux (4) et 3 200 € d'aide ; 14 des 16 "
            "communes, soit 87,5 % du territoire (62), signent. La 14ème commune suivra, 45 pour cent des "
            "familles et des 12 structures (dont 3 crèches (2)) aussi ; 1 000 000 EUR et 12 p. 100.")
    pattern = {"AMOUNT": P.AMOUNT, "FIGURE_PAREN": P.FIGURE_PAREN}.get(name) or getattr(P, name).regex
    anchor, reach, after = {
        "AMOUNT": (P.CURRENCY, P.AMOUNT_REACH, 0), "FIGURE_PAREN": (P.PAREN_NUMBER, P.PAREN_REACH, 0),
        "FIGURE_OF": (P.FIGURE_OF_ANCHOR, P.NUMBER_REACH, P.PAREN_REACH),
        "PERCENT": (P.PERCENT_ANCHOR, P.NUMBER_REACH, 0), "FIGURE_ORDINAL": (P.ORDINAL_ANCHOR, P.NUMBER_REACH, 0),
    }[name]
    full = [m.span() for m in pattern.finditer(text)]
    assert full, name  # the text holds at least one match of each pattern
    assert [m.span() for m in P.anchored(pattern, anchor, text, reach, after)] == full
