"""Themes, session 30: classes of errors that recur across writers (each seen in pages of three read sets or more).
- A body that hosts or runs a field's action, named after "au", "du" or "par" (the centre social where the parents'
  workshops take place, the network a centre social runs), is where the field happens, not a field of its own
  (taxonomy "places"), as it already was after "dans", "avec" or "au sein de".
- An event's programme bulleted under "Au programme :", after the sentence telling the meeting, lists the day's
  sessions, not the convention's fields.
- Children's leisure or free time told with words between ("l'accès des enfants ... aux loisirs", "l'accueil des
  enfants le mercredi") names childhood.
- In prose, access to digital coordinated with access to rights ("l'accès aux droits et au numérique") names digital
  inclusion, and the rights the public knows or claims ("faire valoir leurs droits") name access to rights.
Examples written for these tests."""

from __future__ import annotations

import pytest
from conftest import theme_phrases_of

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


# -- an event's bulleted programme is no list of fields ------------------------------------------------------------
# class: "Au programme :" over bullets after a sentence telling a meeting, a day or a morning (or a body that "a réuni"
# the coordinators); the start code took the sessions' subjects (a relais petite enfance's guide, the end of the
# contrats enfance jeunesse) as the convention's fields
@pytest.mark.parametrize("event", [
    "Le 4 avril, la Caf du Cantal a réuni à Aurillac les coordinateurs des conventions territoriales globales.",
    "La Caf de la Meuse organise le 12 octobre une matinée d'information sur la convention territoriale globale.",
])
def test_event_programme_lists_no_fields(finder, event):
    text = (f"{event}\nAu programme :\n"
            "- un atelier sur les indicateurs de suivi ;\n"
            "- la présentation du guide des relais petite enfance ;\n"
            "- la fin des contrats enfance jeunesse et les bonus territoire ;\n"
            "- un temps d'échange sur l'accueil des jeunes en situation de handicap.\n"
            "Les supports seront envoyés aux participants.")
    phrases = theme_phrases_of(finder, text)
    assert not any("relais petite enfance" in p or "handicap" in p for p in phrases)


def test_signing_programme_still_lists_fields(finder):
    # guard: a signing's "Au programme :" keeps its fields
    text = ("La Communauté de communes et la Caf ont signé le 3 juin leur convention territoriale globale 2024-2028.\n"
            "Au programme :\n"
            "- créer une micro-crèche à Riom ;\n"
            "- ouvrir un accueil de loisirs le mercredi ;\n"
            "- soutenir les parents d'adolescents.\n")
    phrases = theme_phrases_of(finder, text)
    assert any("micro-crèche" in p for p in phrases) and any("accueil de loisirs" in p for p in phrases)


def test_public_meeting_questions_unchanged(finder):
    # guard: a public meeting's programme whose line above names no event keeps its numbered questions
    text = ("La Communauté de communes prépare sa convention territoriale globale avec la Caf. Les élus veulent "
            "entendre les habitants.\n"
            "Au programme de ces soirées : ateliers en petits groupes sur trois questions :\n"
            "1. Comment mieux accueillir les tout-petits quand on travaille en saison ?\n"
            "2. Que proposer aux ados de nos villages le samedi ?\n"
            "3. Où faire vos démarches administratives près de chez vous ?\n")
    assert len(theme_phrases_of(finder, text)) == 3


# -- children's leisure told with words between names childhood ---------------------------------------------------
# class: an objective giving children access to leisure ("l'accès des enfants ... aux loisirs", "aux enfants des
# activités de loisirs"); the start code named youth, culture or disability from the item's other words, never
# childhood, and the page lost enfance
@pytest.fixture(scope="module")
def themes_finder():
    from ctgminer.extract.components.themes.component import ThemesComponent

    return ThemesComponent()


@pytest.mark.parametrize("item", [
    "Favoriser l'accès des enfants et des adolescents aux loisirs, au sport et à la culture",
    "Proposer aux enfants des activités de loisirs variées, y compris aux enfants porteurs de handicap",
    "Garantir à chaque enfant un accès aux loisirs, quel que soit son village",
    "Développer une offre de loisirs pour les enfants des hameaux",
    # (or their free time out of school, in prose too)
    "La convention doit améliorer l'accueil des enfants le mercredi.",
    "Les élus veulent mieux accueillir les enfants l'été, quand les parents font la saison.",
])
def test_childrens_leisure_names_childhood(themes_finder, item):
    assert "enfance" in themes_finder._lexicon_labels(item)
    assert "enfance" in themes_finder._lexicon_labels(item, prose=True)


@pytest.mark.parametrize("item", [
    "Accueillir les jeunes enfants et développer les loisirs des adolescents",  # the under-threes and the teenagers
    "des sorties parents-enfants et des loisirs en famille",  # a family outing
    "Offrir aux adolescents des loisirs le samedi",
    "un manque de places pour les enfants de moins de trois ans l'été",  # the under-threes
])
def test_other_leisure_names_no_childhood(themes_finder, item):
    assert "enfance" not in themes_finder._lexicon_labels(item, prose=True)


# -- access to digital coordinated with access to rights, said in prose ---------------------------------------------
# class: a council's or an official's sentence giving the convention "l'accès aux droits et au numérique" (or the
# online services, or the procedures "administratives et numériques"); "numérique" is weak in prose and the start code
# named access to rights only
@pytest.mark.parametrize("sentence", [
    "La convention doit garantir l'accès aux droits, au numérique et aux services publics dans les villages.",
    "Le maire veut que chaque famille ait accès à ses droits et au numérique.",
    "L'agglomération veut faciliter l'accès aux droits et aux services numériques.",
    "Un agent accompagnera les habitants dans leurs démarches administratives et numériques.",
])
def test_digital_access_in_prose(themes_finder, sentence):
    assert "inclusion_numerique" in themes_finder._lexicon_labels(sentence, prose=True)


@pytest.mark.parametrize("sentence", [
    "La version numérique du guide et l'accès aux droits sont présentés en mairie.",
    "L'accès aux droits et à la culture est une priorité.",
])
def test_numerique_elsewhere_stays_weak_in_prose(themes_finder, sentence):
    assert "inclusion_numerique" not in themes_finder._lexicon_labels(sentence, prose=True)


# -- rights the public knows, claims or is entitled to, said in prose ----------------------------------------------
# class: an official's or a council's sentence on families who do not know their rights, or on helping them claim
# what they are entitled to; "droits" is weak in prose and the start code named no access to rights
@pytest.mark.parametrize("sentence", [
    "Nous irons chercher les familles qui ne connaissent pas leurs droits.",
    "La convention prévoit d'aider les habitants à faire valoir leurs droits.",
    "Il faut mieux informer les familles sur leurs droits.",
    "Trop de foyers ne touchent pas les aides auxquelles ils ont droit.",
])
def test_rights_claimed_in_prose(themes_finder, sentence):
    assert "acces_aux_droits" in themes_finder._lexicon_labels(sentence, prose=True)


@pytest.mark.parametrize("sentence", [
    "La semaine des droits de l'enfant aura lieu en novembre.",
    "Les agents peuvent faire valoir leurs droits à la retraite.",
    "Les familles peuvent prétendre à une place en crèche.",
])
def test_other_rights_stay_weak_in_prose(themes_finder, sentence):
    assert "acces_aux_droits" not in themes_finder._lexicon_labels(sentence, prose=True)
