"""Themes, session 30 (prose): fields a short, plain page says loosely (a mayor's word, a brief, a local paper's
story), which the start code missed because their words are weak in prose.
Classes: the children's free time named by the children and the time ("rien pour les enfants le mercredi", "les
mercredis de nos enfants", "accueillir les enfants l'été") -> enfance; the young named as one of the publics a
sentence sets beside other fields ("des places en crèche et des solutions pour les jeunes", "trop de jeunes restent
sans solution") or as the public received ("l'accueil des jeunes le week-end") -> jeunesse. Examples written for
these tests."""

from __future__ import annotations

import pytest
from conftest import found_labels

from ctgminer.text.normalise import unwrap_lines


def labels_of(finder, text: str) -> set[str]:
    return found_labels(finder(unwrap_lines(text)))


# -- the children's free time: the children and the Wednesday, the holidays, the summer --------------------------
# class: a mayor's editorial or a brief names childhood's leisure by the children and the time, no "loisirs" word
@pytest.mark.parametrize("sentence", [
    "« Dans nos hameaux, il n'y a plus rien pour les enfants le mercredi, et les crèches sont loin. »",
    "Concrètement, qu'il s'agisse de la garde des bébés, des mercredis de nos enfants ou du logement, les "
    "financements sont assurés.",
    "Pendant quatre ans, elles s'engagent à mieux accueillir les enfants pendant l'été et à développer les crèches.",
    "La convention doit permettre d'ouvrir un accueil pour les enfants pendant les vacances, à côté de la crèche.",
])
def test_children_at_leisure_times_name_childhood(finder, sentence):
    text = ("Le Val d'Aurence signe avec la Caf\nLa communauté de communes du Val d'Aurence et la Caf de la Creuse ont "
            "signé mardi leur convention territoriale globale. " + sentence)
    assert "enfance" in labels_of(finder, text)


def test_the_cafs_holiday_aid_is_no_childhood_field(finder):
    # guard: the Caf's aid to children's holidays, told on a convention's page, names no leisure of the children
    text = ("La commune de Guéret a signé sa convention territoriale globale avec la Caf de la Creuse. Elle porte sur "
            "le logement. Les familles peuvent aussi demander l'aide aux vacances enfants pour les séjours labellisés.")
    assert "enfance" not in labels_of(finder, text)


# -- the young as one of a sentence's publics ----------------------------------------------------------------------
# class: "jeunes", weak in prose, set beside a field named outright in the same sentence of a brief or a quote
@pytest.mark.parametrize("sentence", [
    "« Il faut des places en crèche, qui manquent partout, et des solutions pour les jeunes qui quittent le lycée. »",
    "La priorité va aux modes d'accueil du jeune enfant, aux jeunes et à l'accès aux droits.",
    "« Les familles attendent des places en crèche, et trop de jeunes restent sans rien après le collège », a dit le "
    "président.",
])
def test_the_young_beside_other_fields_name_youth(finder, sentence):
    text = ("Convention territoriale globale : Marie-Galante s'engage\nLa communauté de communes et la Caf de la "
            "Guadeloupe ont signé vendredi leur convention territoriale globale pour 2024-2027. " + sentence)
    assert "jeunesse" in labels_of(finder, text)


def test_the_reception_of_the_young_names_youth(finder):
    # class: the young as the public received ("l'accueil des jeunes"), a brief's loose prose
    text = ("Enfance – Jeunesse\nLe 5 mars, la communauté de communes du Pays de Saint-Pourçain et la Caf de l'Allier ont "
            "signé la CTG du territoire. Elle prévoit une étude sur l'accueil des jeunes pendant le week-end.")
    assert "jeunesse" in labels_of(finder, text)


@pytest.mark.parametrize("sentence", [
    # guards: the young of another public, and the young alone in a sentence naming no other field
    "Elle soutient les crèches et les jeunes parents du territoire.",
    "La convention prévoit des places en crèche pour les jeunes couples qui s'installent.",
    "Les jeunes élus du conseil municipal ont assisté à la signature.",
])
def test_the_young_of_another_public_name_no_youth(finder, sentence):
    text = ("La commune de Bastia et la Caf de la Haute-Corse ont signé leur convention territoriale globale. "
            + sentence)
    assert "jeunesse" not in labels_of(finder, text)


def test_the_reception_of_young_children_is_no_youth(finder):
    # guard: "l'accueil des jeunes enfants" is the under-3s' field
    text = ("La commune de Corte et la Caf de la Haute-Corse ont signé leur convention territoriale globale. Elle "
            "renforce l'accueil des jeunes enfants dans les villages.")
    labels = labels_of(finder, text)
    assert "jeunesse" not in labels and "petite_enfance" in labels


# -- the non-take-up told loosely: what people are entitled to and do not claim ---------------------------------
# class: an official's quote or a brief tells access to rights by the non-take-up, in the negative or with "peuvent
# prétendre", no "accès aux droits" words (the start code blanked the negation, or read "peuvent" as a possibility)
@pytest.mark.parametrize("sentence", [
    "« Trop de familles ne touchent pas ce à quoi elles ont droit », a rappelé la directrice de la Caf.",
    "La convention prévoit des permanences en mairie, car beaucoup d'habitants ignorent les aides auxquelles ils "
    "peuvent prétendre.",
    "Elle prévoit aussi des permanences pour que les familles connaissent leurs droits.",
    "La Caf tiendra une permanence mensuelle pour aider les habitants à faire valoir leurs droits.",
])
def test_the_non_take_up_names_access_to_rights(finder, sentence):
    text = ("Saint-Georges : la CTG est signée\nPublié le 4 mars 2024\nLa commune de Saint-Georges et la Caf de la Guyane "
            "ont signé lundi une convention territoriale globale pour 2024-2027. " + sentence)
    assert "acces_aux_droits" in labels_of(finder, text)


@pytest.mark.parametrize("sentence", [
    # guards: the rights of the child, the fees' "droits", and a convention that does not deal with claims
    "Le centre social organisera une exposition sur les droits de l'enfant.",
    "Les droits d'inscription à l'accueil de loisirs restent inchangés.",
    "Les parents peuvent inscrire leurs enfants en ligne.",
])
def test_other_rights_name_no_access_to_rights(finder, sentence):
    text = ("La commune de Mana et la Caf de la Guyane ont signé leur convention territoriale globale. " + sentence)
    assert "acces_aux_droits" not in labels_of(finder, text)


# -- the young out of work, school and training, said in words ------------------------------------------------------
# class: a brief's priorities or an official's quote tell insertion by the young's situation ("sans emploi ni
# formation", "faute de formation", "qui sortent du système scolaire"), "emploi" and "formation" being weak in prose
@pytest.mark.parametrize("sentence", [
    "Priorités : les tout-petits, et la jeunesse, qui quitte la vallée faute de formation.",
    "La convention met l'accent sur les crèches et sur les jeunes sans emploi ni formation.",
    "« Il faut un vrai suivi de nos ados qui sortent du système scolaire sans rien », a dit le maire.",
    "Elle vise aussi les 16-25 ans qui ne sont ni en emploi, ni en formation.",
])
def test_the_young_out_of_training_name_insertion(finder, sentence):
    text = ("Grand-Bourg : la convention est signée\nLa communauté de communes et la Caf de la Guadeloupe ont signé "
            "vendredi leur convention territoriale globale pour 2024-2027. " + sentence)
    assert "insertion" in labels_of(finder, text)


@pytest.mark.parametrize("sentence", [
    # guards: the training of the staff and a timetable name no insertion
    "Elle finance la formation des animateurs de l'accueil de loisirs.",
    "L'emploi du temps des enfants sera revu à la rentrée.",
])
def test_staff_training_names_no_insertion(finder, sentence):
    text = ("La commune de Capesterre et la Caf de la Guadeloupe ont signé leur convention territoriale globale. "
            + sentence)
    assert "insertion" not in labels_of(finder, text)
