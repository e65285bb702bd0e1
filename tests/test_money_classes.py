"""Money component on a blank French pipeline: one inline example per class of figure or amount errors seen on
pages (texts written for these tests). Each example lists every figure (or amount) the component must find,
with its offsets, so a figure too many fails as well as one missed."""

from __future__ import annotations

import pytest
import test_dates_forms as blank
from conftest import parse_annotated

from ctgminer.extract.components.money.component import money_fields

blank_pipeline = blank.nlp  # the module's fixture "nlp": a blank French pipeline with ctg_dates and ctg_money


def analyse(nlp, text: str):
    return money_fields(blank.run(nlp, text))


FIGURES = {
    # each stated count once, at its first mention
    "repeated": "La CTG engage <fig v='31' k='communes'>31 communes</fig>. Les élus des 31 communes ont signé.",
    # the parts of the convention itself are no counts; nor the partners named just before
    "convention parts": "La convention, qui lie les deux partenaires, s'articule autour de cinq axes, quatre "
                        "orientations, six enjeux, trois volets et sept thématiques.",
    # a small count after a definite or possessive determiner refers back; a large one is still a count
    "reference back": "La Caf, l'agglomération et ses trois communes membres ont signé ; la convention couvre "
                      "<fig v='18' k='communes'>les 18 communes</fig> du bassin.",
    # coverage counts of CTGs are figures; the two or three conventions of the signing are the news
    "coverage": "Trois nouvelles conventions territoriales globales signées. Dans l'Orne, "
                "<fig v='19' k='other'>19 conventions</fig> couvrent le département.",
    # a part of a whole counts the part
    "part of a whole": "Désormais, <fig v='12' k='other'>12</fig> des 15 intercommunalités du département ont signé.",
    # counted nouns of other kinds
    "other nouns": "Le relais suit <fig v='130' k='other'>130 assistantes maternelles</fig> ; l'enquête a reçu "
                   "<fig v='1500' k='other'>1 500 réponses</fig> ; le parc compte "
                   "<fig v='2300' k='other'>2 300 logements sociaux</fig>.",
    "towns are communes": "Les maires des <fig v='5' k='communes'>cinq villes</fig> ont signé.",
    "socio-cultural centres": "La CTG soutient <fig v='4' k='equipements'>quatre centres socioculturels</fig>.",
    "communes by their town halls": "Les permanences ont lieu dans <fig v='9' k='communes'>9 mairies</fig>.",
    "cradles are places": "La crèche de <fig v='30' k='places'>30 berceaux</fig> ouvrira en mai.",
    "households are allocataires": "Ici, <fig v='7200' k='allocataires'>7 200 foyers</fig> perçoivent une aide.",
    "residents": "La commune et ses <fig v='8350' k='habitants'>8 350 administrés</fig>.",
    "fiches count actions": "Le plan compte <fig v='16' k='actions'>16 fiches</fig>.",
    "families on benefits": "<fig v='4100' k='allocataires'>4 100 familles</fig> sont allocataires de la Caf.",
    # respondents and participants are no beneficiaries nor equipment
    "respondents": "<fig v='1300' k='other'>1 300 familles</fig> ont répondu au questionnaire et des entretiens "
                   "avec <fig v='30' k='other'>30 structures</fig> ont suivi.",
    # participants: a crowd whose roles follow
    "participants": "Près de <fig v='120' k='other'>120 personnes</fig>, élus, professionnels et parents, ont "
                    "débattu ; puis <fig v='70' k='other'>70 habitants</fig> – élus et bénévoles compris – ont voté. "
                    "Le bourg compte <fig v='2900' k='habitants'>2 900 habitants</fig>, la crèche "
                    "<fig v='24' k='places'>24 places</fig>.",
    # a key-figures table: the noun first, the number alone at the end of its row
    "key-figure rows": "Chiffres clés\nCommunes | <fig v='14' k='communes'>14</fig>\n"
                       "Places en crèche : <fig v='96' k='places'>96</fig>",
    # "à" before a count
    "to N households": "La Caf verse des prestations à <fig v='2400' k='allocataires'>2 400 foyers allocataires</fig>.",
    # a rate's base is no figure
    "rate": "Le territoire offre <fig v='8' k='places'>8 places</fig> d'accueil pour 100 enfants de moins de 3 ans.",
    # a paywall's reading progress
    "paywall": "Vous avez lu 70 % de cet article. La suite est réservée aux abonnés.",
    # a phone number over a heading is no count
    "number and noun on two lines": "Contact : 04 00 00 00 00\nRelais petite enfance : rpe@exemple.fr",
    # a département's code in brackets after a name; a count in brackets after a lower-case noun
    "brackets": "Communauté de communes du Val-Vert (58). Création de centres sociaux (3).".replace(
        "centres sociaux (3)", "<fig v='3' k='equipements'>centres sociaux (3)</fig>"),
    # the count after its noun
    "au nombre de": "<fig v='5' k='equipements'>Les centres sociaux du quartier, au nombre de cinq</fig>, ouvrent.",
    # a count whose noun is left unsaid takes the kind of the count (else the noun) before it in its sentence
    "elided noun": "La ville dispose de <fig v='1300' k='places'>1 300 places</fig>, dont "
                   "<fig v='850' k='places'>850</fig> en crèches collectives, et en prévoit "
                   "<fig v='45' k='places'>45</fig> supplémentaires. L'île compte "
                   "<fig v='4200' k='habitants'>4 200 habitants</fig> l'hiver, mais près de "
                   "<fig v='28000' k='habitants'>28 000</fig> en août.",
    "elided noun after a singular": "Notre commune, comme les <fig v='21' k='communes'>21</fig> autres membres "
                                    "de l'agglomération, a signé. Ouvert de 9 à 12 heures ; en 2025, dont 3 à venir.",
    # a family's size
    "family size": "Une mère de trois enfants a témoigné pendant la signature.",
    # communes that sign, named as a group, are the signatories; "ses N communes" counts all the members
    "signing communes": "Trois communes du haut Vivarais s'unissent autour d'une CTG. Ailleurs, l'agglomération, "
                        "<fig v='17' k='communes'>ses 17 communes</fig> et la Caf ont signé.",
    # a département's social offices are equipment; a diagnostic's many partners are a count, the convention's
    # two partners are not
    "solidarity offices and partners": "L'accueil a lieu dans <fig v='7' k='equipements'>les 7 maisons "
                                       "départementales des solidarités</fig> ; le diagnostic, mené avec "
                                       "<fig v='45' k='other'>45 partenaires</fig> (une trentaine de partenaires "
                                       "en 2019), engage les deux partenaires.",
    # a party's designation in a preamble is no count, nor its later mentions
    "designation": "Ci-après dénommées « les cinq communes du Val de Saône ». Les cinq communes du Val de Saône "
                   "comptent <fig v='9800' k='habitants'>9 800 habitants</fig>.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    check_figures(blank_pipeline, FIGURES[name])


def check_figures(nlp, source: str) -> None:
    """The figures found in an annotated example are its tagged ones, in order, each over its tagged words."""
    text, tags = parse_annotated(source)
    _, figures = analyse(nlp, text)
    found = [(f.value, f.kind, f.start, f.end) for f in figures]
    expected = [(float(t["v"]), t["k"], t["start"], t["end"]) for t in tags]
    assert [(v, k) for v, k, _, _ in found] == [(v, k) for v, k, _, _ in expected], found
    # each figure's span covers its tagged words (a key-figure row's span is the whole row)
    for (_, _, start, end), (_, _, t_start, t_end) in zip(found, expected, strict=True):
        assert start < t_end and t_start < end


AMOUNTS = {
    # a heading and the sentence under it state one sum (read where its euro is written)
    "once": "Un budget de 3,2 millions\nLa Caf consacrera <eur v='3200000'>3,2 millions d'euros</eur> au territoire.",
    # the euro of the sentence before holds for a bare "N million" in the next
    # "plus d'un milliard" is an order of magnitude; "d'un million" after a noun states one sum
    "order of magnitude": "La Caf verse plus d'un milliard d'euros par an ; la CTG ouvre une enveloppe "
                          "d'<eur v='1000000'>un million d'euros</eur>.",
    "next sentence": "La Caf a versé <eur v='640000'>640 000 €</eur> en 2022. Elle vise "
                     "<eur v='1100000'>1,1 million</eur> par an d'ici 2028.",
    # the low end of a range of sums takes the currency and scale of its high end; years and rising ranges
    # of other things are left alone
    "range": "La prestation passera de <eur v='1300000'>1,3</eur> à <eur v='2100000'>2,1 millions d'euros</eur> ; "
             "l'aide va de <eur v='5'>5</eur> à <eur v='15'>15 €</eur> par jour. De 2020 à 2024, "
             "<eur v='800000'>800 000 €</eur> ont été versés.",
}


@pytest.mark.parametrize("name", list(AMOUNTS))
def test_amount_classes(blank_pipeline, name):
    check_amounts(blank_pipeline, AMOUNTS[name])


def check_amounts(nlp, source: str) -> None:
    """The amounts found in an annotated example are its tagged ones, with their offsets."""
    text, tags = parse_annotated(source)
    amounts, _ = analyse(nlp, text)
    assert [a.value for a in amounts] == [float(t["v"]) for t in tags]
    assert [(a.start, a.end) for a in amounts] == [(t["start"], t["end"]) for t in tags]


def test_bare_millions_far_from_euros(blank_pipeline):
    amounts, _ = analyse(blank_pipeline, "Le territoire compte 1,2 million de visiteurs. La Caf versera 40 000 €.\n\n"
                                         "Autre sujet. Le projet vise 2 millions de repas.")
    assert [a.value for a in amounts] == [40000]
