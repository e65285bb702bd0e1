"""Themes, session 32 (second round): recall classes that recur across writers (each seen in pages of three read sets
or more).
- An age range with no noun of people before it ("un parcours éducatif continu de 3 à 17 ans", "chaque enfant de 0 à
  17 ans", an item opening "0-11 ans : ...") or in capitals ("POUR LES 3-17 ANS") names the fields of those ages; a
  duration or an experience ("de 4 à 5 ans", "2 à 10 ans d'expérience") does not.
- A list whose every bullet opens on a field's name and a colon ("- petite enfance : développer les places en crèche")
  names its items as an axis label does ("Axe 1 : ..."): it needs only an introduction that is not generic.
Examples written for these tests."""

from __future__ import annotations

import pytest

from ctgminer.extract.components.themes.component import _field_headed
from ctgminer.extract.components.themes.lexicon import age_ranges, labels_named


# -- age ranges told by their span alone -----------------------------------------------------------------------------
# class: a public's ages with no noun of people before them, or in a heading in capitals (read_bn, read_bp, read_co,
# read_cv, read_ch); the start code read no field in them
@pytest.mark.parametrize("phrase, expected", [
    ("Orientation 3 – Bâtir un parcours éducatif cohérent de 3 à 17 ans", {"enfance", "jeunesse"}),
    ("Le deuxième axe vise à suivre chaque enfant de 0 à 17 ans", {"petite_enfance", "enfance", "jeunesse"}),
    ("Commission « 0-11 ans : accueil et loisirs »", {"petite_enfance", "enfance"}),
    ("AXE 3 — DES VACANCES ÉDUCATIVES POUR LES 12-17 ANS", {"jeunesse"}),
    ("Garantir à chaque enfant de 3 à 11 ans une solution le mercredi", {"enfance"}),
])
def test_a_bare_age_range_names_its_fields(phrase, expected):
    assert expected <= set(labels_named(phrase))
    assert age_ranges(phrase)


@pytest.mark.parametrize("phrase", [
    "La convention est conclue pour une durée de 4 à 5 ans.",
    "Poste ouvert aux candidats justifiant de 3 à 10 ans d'expérience dans le développement local.",
    "Un délai de 2 à 3 ans est prévu pour les travaux.",
    "Le bâtiment, rénové il y a 10-15 ans, accueille la mairie.",
])
def test_a_duration_is_no_age_range(phrase):
    assert not {"petite_enfance", "enfance", "jeunesse"} & set(labels_named(phrase))


def test_the_whole_analysis_reads_a_bare_age_range(analyse_text):
    record = analyse_text(
        "CONVENTION TERRITORIALE GLOBALE – COMMUNE DE VALMONT\nPériode 2024-2027\n"
        "Article 3 – Les orientations retenues\nLes parties retiennent les orientations suivantes.\n"
        "Orientation n°1 – Soutenir les parents dans leur rôle éducatif\n"
        "Développer les actions du LAEP et les cafés des parents.\n"
        "Orientation n°2 – Bâtir un parcours éducatif continu de 3 à 17 ans\n"
        "Articuler les temps périscolaires, le CLAS et les projets des collèges.\n"
        "Orientation n°3 – Faciliter l'accès aux droits\nOuvrir une permanence France services au centre-bourg.\n")
    assert {"parentalite", "acces_aux_droits", "enfance"} <= set(record.themes)
    item = next(p for p in record.theme_phrases if "3 à 17 ans" in p.text)
    assert "enfance" in item.labels


# -- items headed by their field -------------------------------------------------------------------------------------
# class: bullets each opening on a field's name and a colon, under an introduction the list readers did not read
# ("partagent une trame commune :", "Les principaux enseignements") (read_cn, read_cs, read_bl); the start code found
# no item
@pytest.mark.parametrize("line", [
    "- petite enfance : créer des places en micro-crèche",
    "• Jeunesse : un bilan contrasté, le foyer des jeunes attire peu les lycéens ;",
    "– Accès aux droits : une France services itinérante dans les villages",
    "- Enfance-jeunesse : harmoniser les tarifs des accueils de loisirs",
])
def test_an_item_headed_by_its_field(line):
    assert _field_headed(line)


@pytest.mark.parametrize("line", [
    "- Public : 12-17 ans",
    "- Pilote : service jeunesse de la commune",
    "• Calendrier : dès la rentrée, ouverture de la crèche",
    "- Le comité de pilotage de la convention : deux réunions par an",
    "Petite enfance : créer des places en micro-crèche",  # (no bullet: a heading, read elsewhere)
])
def test_other_lines_are_not_headed_by_a_field(line):
    assert not _field_headed(line)


def test_the_whole_analysis_reads_items_headed_by_their_field(analyse_text):
    record = analyse_text(
        "OUEST – Trois conventions signées le même soir\nJeudi 12 octobre 2023\n"
        "Les communes de Valmont, Saint-Aubin et Les Hauts ont signé hier leur convention territoriale globale avec "
        "la Caf, chacune pour ce qui la concerne.\n"
        "Les trois textes, valables jusqu'en 2027, partagent une trame commune :\n"
        "- petite enfance : créer des places en micro-crèche\n"
        "- jeunesse : rénover les foyers des jeunes\n"
        "- parentalité : ouvrir un lieu d'accueil enfants-parents\n"
        "- vie sociale : soutenir le centre social intercommunal\n"
        "« Trois communes, un même projet », a résumé le maire de Valmont.\n")
    assert {"petite_enfance", "jeunesse", "parentalite", "animation_vie_sociale"} <= set(record.themes)


def test_field_headed_items_under_a_general_introduction_stay_out(analyse_text):
    # guard: bullets headed by fields under what any convention may cover are no one convention's fields
    record = analyse_text(
        "Qu'est-ce qu'une convention territoriale globale ?\n"
        "La CTG est un accord entre la Caf et une collectivité. Une CTG peut couvrir tous les domaines suivants :\n"
        "- petite enfance : les crèches et les assistantes maternelles\n"
        "- jeunesse : les espaces jeunes\n"
        "- logement : la lutte contre la non-décence\n")
    assert not {"petite_enfance", "jeunesse", "logement"} & set(record.themes)
