"""Fields named by the page's structure rather than after an introduction word: enumerations that open a clause,
headings naming a field over a paragraph about the convention, and fields given in the sentence after the one
that announces them. Inline examples written for these tests."""

from __future__ import annotations

import pytest
import spacy
from conftest import parse_annotated

from ctgminer.extract.components.base import register_extensions


@pytest.fixture(scope="module")
def finder():
    register_extensions()
    nlp = spacy.blank("fr")
    nlp.add_pipe("ctg_themes")
    return nlp


FOUND = [
    # an enumeration at the start of a sentence, before its verb
    ("La commune a signé sa convention territoriale globale avec la Caf. <t>Les micro-crèches</t>, <t>les relais "
     "petite enfance</t> et <t>les accueils de loisirs</t> bénéficient de nouveaux financements."),
    # the same after a clause that names no field, whose own verb is not the enumeration's
    ("La CTG a été signée mardi. Dans ce territoire rural, où les familles bénéficient de peu de services, "
     "<t>l'accès aux droits</t>, <t>le logement des jeunes</t> et <t>la mobilité</t> figurent en bonne place."),
    # a heading naming a field over a paragraph about the convention, between paragraphs
    ("La convention territoriale globale a été signée le 12 mars entre la communauté de communes et la Caf.\n\n"
     "<t>Des actions pour la petite enfance</t>\n\n"
     "Cette convention prévoit l'ouverture d'une micro-crèche de dix places et un relais petite enfance itinérant."),
    # fields given in the sentence after the one announcing the axes, opening on a pronoun
    ("Après un diagnostic partagé, trois axes ont été retenus dans cette convention. Ils concernent notamment "
     "<t>une meilleure lisibilité de l'offre</t>, <t>un soutien aux initiatives des habitants</t> et "
     "<t>l'accompagnement des familles monoparentales</t>."),
    # a 'Qu'est-ce que la CTG ?' section on a territory's page that goes on about its own convention, naming
    # its partners: the generic section ends there
    ("Qu'est-ce que la CTG ?\nC'est une convention de partenariat qui vise à renforcer la cohérence des actions.\n"
     "Elle repose sur un diagnostic partagé entre la communauté de communes et la Caf de la Meuse, qui ont défini "
     "des axes prioritaires sur des champs partagés (<t>petite enfance</t>, <t>jeunesse</t>, <t>logement</t>).\n"),
    # axes given one per sentence by their rank, each naming a single field
    ("La convention a été signée jeudi. Le premier axe porte sur <t>l'accueil des tout-petits</t>. Le deuxième "
     "axe concerne <t>l'accompagnement des familles monoparentales</t>."),
    # one item in other words inside an enumeration of three fields
    ("Les actions de la CTG portent sur <t>les horaires décalés du matin</t>, <t>les centres sociaux</t>, "
     "<t>l'accès aux droits</t> et <t>le logement</t>."),
    # a colon list of priorities in an official's quote, only one of its items in the taxonomy's words
    ("« Avec cette convention, nous travaillons selon des axes prioritaires, expliquait l'adjointe : <t>mobiliser les "
     "habitants</t>, <t>favoriser l'intégration</t>, <t>agir pour l'accès au droit</t>, <t>ouvrir une crèche</t>. »"),
]


@pytest.mark.parametrize("source", FOUND)
def test_structural_fields_are_found(finder, source):
    text, tags = parse_annotated(source)
    doc = finder(text)
    found = {(s.start_char, s.end_char) for s in doc.spans["theme_phrases"]}
    for tag in tags:
        assert (tag["start"], tag["end"]) in found, (tag["text"], [s.text for s in doc.spans["theme_phrases"]])


TRAPS = [
    # a site menu: a run of short lines naming fields, no paragraph around them
    "Accueil\nPetite enfance\nEnfance\nJeunesse\nSolidarités\n\nLa Ville a signé sa CTG avec la Caf le 4 juin.",
    # a heading naming a field over a paragraph about another scheme
    ("La convention territoriale globale a été signée le 12 mars entre la communauté de communes et la Caf.\n\n"
     "Petite enfance\n\nLe schéma départemental des services aux familles prévoit depuis 2019 de nouvelles places."),
    # an enumeration opening a sentence about CTGs in general
    ("Qu'est-ce qu'une CTG ? La petite enfance, la jeunesse et le logement figurent dans les champs que les "
     "conventions territoriales globales peuvent couvrir."),
    # an explainer naming a Caf but no one territory: still generic
    ("Qu'est-ce que la CTG ?\nC'est une convention signée entre la Caf de la Meuse et la commune ou "
     "l'intercommunalité.\nElle couvre des champs (petite enfance, jeunesse, logement).\n"),
    # a colon list of three items none of which names a field
    "Les axes de la réunion : accueil des élus, présentation du calendrier, questions diverses.",
    # a pronoun continuing a sentence that announces nothing
    ("Le maire a remercié les agents de la Caf présents. Ils concernent notamment le calendrier "
     "des réunions, la date de la prochaine visite et le compte rendu."),
]


@pytest.mark.parametrize("text", TRAPS)
def test_structural_traps_give_no_phrase(finder, text):
    doc = finder(text)
    assert [s.text for s in doc.spans["theme_phrases"]] == []
