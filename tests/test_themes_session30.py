"""Themes, session 30: a body that hosts or runs a field's action, named after "au", "du" or "par" (the centre
social where the parents' workshops take place, the network a centre social runs), is where the field happens, not
a field of its own (taxonomy "places"), as it already was after "dans", "avec" or "au sein de". The class recurs
across writers (pages of eleven read sets). Examples written for these tests."""

from __future__ import annotations

import pytest

from ctgminer.extract.components.themes.lexicon import labels_named


# -- a body after "au", "du" or "par" is where the field happens -------------------------------------------------
# class: a field's action hosted or run by a centre social or a neighbourhood house; the start code read the body's
# name as a second field (animation_vie_sociale) of the item
@pytest.mark.parametrize("item, field", [
    ("des ateliers parents-enfants au centre social de la Croix-Rouge", "parentalite"),
    ("un réseau d'écoute des parents animé par le centre socioculturel", "parentalite"),
    ("les cafés des parents du centre social Jean-Moulin", "parentalite"),
    ("l'accompagnement à la scolarité porté par les centres sociaux de la ville", "parentalite"),
    ("des permanences d'accès aux droits au centre social du Bourg", "acces_aux_droits"),
])
def test_body_hosting_a_fields_action_is_no_field(item, field):
    named = labels_named(item)
    assert field in named
    assert "animation_vie_sociale" not in named


def test_the_whole_analysis_keeps_the_hosted_field_only(analyse_text):
    text = ("Le conseil communautaire de la Communauté de communes du Val d'Orne a approuvé le 14 mars 2024 la "
            "convention territoriale globale signée avec la Caf de l'Orne pour 2024-2028.\n"
            "Les actions retenues :\n"
            "- développer les places en micro-crèche dans les bourgs ;\n"
            "- des ateliers parents-enfants au centre social de Putanges ;\n"
            "- un réseau d'écoute des parents animé par le centre socioculturel.\n"
            "La convention sera présentée aux communes en avril.")
    record = analyse_text(text)
    assert "parentalite" in record.themes and "petite_enfance" in record.themes
    assert "animation_vie_sociale" not in record.themes


# -- guards: the body stays a field where it is the field ----------------------------------------------------------
@pytest.mark.parametrize("item", [
    "soutenir les centres sociaux et les espaces de vie sociale",  # the bodies are the field
    "l'espace jeunes et le soutien au centre socioculturel",  # the support given to the body is the field
    "le renouvellement du projet du centre social",  # no other field before it
    "Animation de la vie sociale : développer les actions du centre social",
])
def test_body_that_is_the_field_stays_one(item):
    assert "animation_vie_sociale" in labels_named(item)


def test_places_after_dans_still_blanked():
    assert "animation_vie_sociale" not in labels_named("des ateliers parents-enfants dans les maisons de quartier")
