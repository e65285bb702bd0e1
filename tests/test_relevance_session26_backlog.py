"""Relevance, session 26: a signing told as the circumstance of what was said there, and a first CTG still being
prepared beside a neighbour's signed one (examples written for these tests)."""

from __future__ import annotations

import pytest

from ctgminer.classify.relevance import patterns as P
from ctgminer.classify.relevance.component import relevance_features

# class: the press tells the signing as the circumstance of a speech ("Lors de la signature, le 20 juin, la
# présidente a détaillé ..."), never with a verb of signing: the start code found no event and read "related"
CIRCUMSTANCE = (
    "Publié le 24 juin 2025\n"
    "Solidarités : la communauté de communes et la Caf fixent leurs chantiers\n"
    "Lors de la signature, le 20 juin, la présidente de la communauté de communes du Pays fléchois a détaillé les "
    "chantiers ouverts par la convention territoriale globale avec la Caf de la Sarthe : l'accueil du jeune enfant, "
    "la jeunesse et l'accès aux droits.\n"
    "« Nous voulons que chaque famille trouve une réponse près de chez elle », a-t-elle souligné.\n")
OCCASION = (
    "Famille : un cap commun pour les quatre ans à venir\n"
    "À l'occasion de cette signature, mardi à l'hôtel de ville, le maire de Laval a salué le travail mené avec la "
    "Caf de la Mayenne pour la convention territoriale globale. Les centres sociaux et les accueils de loisirs en "
    "seront les premiers bénéficiaires.\n")

# class: a first CTG still being built (the diagnostic given back to the inhabitants, the signing hoped for next
# year), beside a neighbour that signed its own the year before: related, not the neighbour's announcement
PREPARED = (
    "Redon : l'agglomération prépare sa convention avec la Caf\n"
    "Publié le 12/05/2025\n"
    "Quatre-vingts personnes ont assisté mardi soir à la restitution du diagnostic de territoire, première étape vers "
    "la future convention territoriale globale de Redon Agglomération.\n"
    "Trois enjeux ressortent : l'accueil des tout-petits, les loisirs des adolescents et le non-recours aux aides.\n"
    "« Rien n'est encore arbitré », a prévenu la vice-présidente. La signature est espérée au début de l'année 2026.\n"
    "Voisine, la communauté de communes de Questembert a signé sa CTG l'an dernier avec la Caf du Morbihan.\n")


@pytest.mark.parametrize("sentence", [
    "Lors de la signature, le 20 juin, la présidente a détaillé les chantiers ouverts par la convention.",
    "À l'occasion de cette signature, le maire a salué le travail des services.",
    "Au moment de la signature, la directrice de la Caf a rappelé les moyens engagés.",
    "La cérémonie de signature a réuni une cinquantaine d'élus.",
])
def test_a_signing_told_as_a_circumstance_is_an_event(sentence):
    assert P.EVENT.search(sentence)


def test_a_page_opening_on_the_signings_circumstance_is_an_announcement(analyse_text):
    for text in (CIRCUMSTANCE, OCCASION):
        features = relevance_features(text)
        assert features["event_near_ctg"] >= 1 and features["event_with_caf"] >= 1
        assert analyse_text(text).relevance == "announcement"


@pytest.mark.parametrize("sentence", [
    "Voisine, la communauté de communes a signé sa CTG l'an dernier.",
    "La ville avait signé la sienne l'année dernière avec la Caf.",
])
def test_a_signing_of_the_year_before_is_recalled(sentence):
    assert P.RECALLED.search(sentence)


def test_a_ctg_on_its_way_is_a_preparation_or_a_process():
    # a signing hoped for is no event of the sentence; the steps of a first CTG tell the page's process
    assert P.PREPARATION.search("La signature est espérée au début de l'année 2026.")
    for sentence in ("Les habitants sont invités à construire la future convention territoriale globale.",
                     "La restitution du diagnostic a réuni quatre-vingts personnes.",
                     "Ce diagnostic est la première étape vers une convention territoriale globale."):
        assert P.PROCESS.search(sentence)


def test_a_first_ctg_being_prepared_beside_a_neighbours_is_related(analyse_text):
    features = relevance_features(PREPARED)
    assert features["process"] == 1.0 and features["event_near_ctg"] == 0.0
    assert analyse_text(PREPARED).relevance == "related"


def test_guards_the_news_of_a_signing_stays_an_event():
    # a signing dated this week, and one announced with its date, are still the page's events
    assert P.EVENT.search("La commune et la Caf ont signé mardi leur convention territoriale globale.")
    assert not P.RECALLED.search("La commune et la Caf ont signé mardi leur convention territoriale globale.")
    assert P.EVENT.search("La signature est prévue le 14 mars à la mairie.")
    assert not P.PREPARATION.search("La signature est prévue le 14 mars à la mairie.")
    # ... and so is a signing dated in the sentence that tells the convention prepared
    prepared = "La commune et la Caf préparent leur future convention : la signature est prévue le 3 juin 2025."
    assert P.EVENT.search(prepared) and not P.PREPARATION.search(prepared)
    # "la signature" alone, in a caption's place, names no circumstance
    assert not P.EVENT.search("Le calendrier de la signature reste à fixer.")
