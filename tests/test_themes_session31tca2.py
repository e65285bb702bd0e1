"""Themes, session 31 (precision): classes of document-theme false positives that recur across writers (each seen in
pages of three read sets or more).
- A field an official says outright is not the convention's ("Cela ne relève pas directement de la convention",
  "..., pas dans la CTG", "non pas comme un axe de la convention", "reste du ressort du CCAS") names no field of it.
Examples written for these tests."""

from __future__ import annotations

import pytest

from ctgminer.extract.components.themes import patterns as P

_SIGNING = ("La Communauté de communes du Pays de Vire et la Caf du Calvados ont signé le 12 mars 2025 leur convention "
            "territoriale globale pour 2025-2029.\n"
            "Elle porte sur trois priorités : l'accueil des jeunes enfants, les loisirs des enfants le mercredi et "
            "le soutien aux parents.\n")


# -- a field said outright not to be the convention's --------------------------------------------------------------
# class: an official's aside at a signing or in an interview on a field worked on elsewhere; the start code read the
# field in the aside as one of the convention's
@pytest.mark.parametrize("sentence", [
    "Le logement des saisonniers inquiète les élus : « Cela ne relève pas directement de la convention, mais nous y "
    "travaillons avec l'État », a répondu le directeur de la Caf.",
    "Sur le logement, il a précisé que la Caf agit dans le cadre du plan départemental, pas dans la CTG.",
    "« Les actions pour les aidants continuent, mais elles seront suivies par le Département, et non par la convention ».",
    "La directrice a insisté sur l'habitat, « non pas comme un axe de la convention, mais parce que nos équipes y "
    "travaillent ».",
    "Quant à l'aide aux personnes âgées, elle reste du ressort du CCAS.",
    "Le Département versera 1,2 million d'euros à la protection de l'enfance, un budget qui ne relève pas de la CTG.",
])
def test_field_said_not_the_conventions_is_left_out(sentence):
    assert P.LEFT_OUT.search(sentence)


@pytest.mark.parametrize("aside, label", [
    ("Interrogée sur le logement des jeunes, la présidente a répondu : « Cela ne relève pas directement de la "
     "convention, mais nous le gardons en tête. »", "logement"),
    ("Quant à l'accompagnement des personnes âgées isolées, il reste du ressort du CCAS et du Département.", "autre"),
    ("Le directeur de la Caf a évoqué la précarité énergétique et le logement, « non pas comme une priorité de la "
     "convention, mais parce que nos équipes s'y mobilisent avec l'État ».", "logement"),
])
def test_the_whole_analysis_leaves_the_aside_out(analyse_text, aside, label):
    record = analyse_text(_SIGNING + aside)
    assert {"petite_enfance", "enfance", "parentalite"} <= set(record.themes)
    assert label not in record.themes


# -- guards: what the convention covers stays ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Le logement des jeunes relève de la convention, qui y consacre une fiche action.",
    "La convention, et non le contrat de ville, porte désormais l'accès aux droits.",
    "Ce volet relève directement de la convention territoriale globale.",
    "Le ressort de la convention s'étend aux dix communes.",
])
def test_what_is_in_the_convention_is_not_left_out(sentence):
    assert not P.LEFT_OUT.search(sentence)


def test_the_whole_analysis_keeps_a_field_said_to_be_in_it(analyse_text):
    record = analyse_text(_SIGNING + "Le logement des jeunes relève aussi de la convention, avec une fiche action sur "
                                      "l'hébergement des apprentis.")
    assert "logement" in record.themes


# -- a body named with the facilities it runs, to say why it signs or sits in the bodies -----------------------------
# class: a long article's signatories or steering members, each with the services it runs; the start code read the
# services as fields of the convention
@pytest.mark.parametrize("sentence", [
    "Les communes de Rieux et de Lavelanet, qui portent des services périscolaires et une crèche, ont également signé.",
    "Les communes de Saint-Lys et de Fonsorbes, qui gèrent encore en direct des accueils de loisirs, ont apposé leur "
    "signature aux côtés de l'agglomération.",
    "La ville de Gap, qui gère son propre centre social, a toutefois été associée au comité de pilotage.",
    "Le SIVU du Haut-Allier, gestionnaire de l'accueil de loisirs, sera associé aux groupes de travail.",
])
def test_body_named_with_the_facilities_it_runs_is_no_field(sentence):
    assert P.SIGNATORY_MANAGER.search(sentence)


def test_the_whole_analysis_leaves_the_managers_facilities_out(analyse_text):
    record = analyse_text(_SIGNING + "La commune de Condé, qui gère en direct un espace jeunes, a toutefois été "
                                     "associée au comité de pilotage.")
    assert {"petite_enfance", "enfance", "parentalite"} <= set(record.themes)
    assert "jeunesse" not in record.themes


@pytest.mark.parametrize("sentence", [
    "La commune, qui porte le projet, développera des crèches et un espace jeunes.",
    "Le centre social, qui gère le LAEP, sera renforcé par la convention.",
    "Les communes qui gèrent des accueils de loisirs verront leurs horaires élargis.",
])
def test_a_body_that_acts_for_the_convention_is_not_a_signatory_aside(sentence):
    assert not P.SIGNATORY_MANAGER.search(sentence)


# -- the next meeting, or a workshop's topic dated after a dash, is an agenda row -----------------------------------
# class: a network's or a consultation's page closing on its next dates; the start code read the meetings' topics as
# fields of the convention
@pytest.mark.parametrize("line", [
    "Prochaine rencontre : mars 2026, sur le thème de la parentalité.",
    "Prochain atelier : mardi 3 juin, à 18 h, à l'espace jeunes de Saint-Méen.",
    "Prochains rendez-vous : une matinée consacrée à la petite enfance, à l'automne.",
    "Jeunesse et mobilité – 14 avril",
    "Logement et accès aux droits – jeudi 22 mai 2025",
])
def test_next_meeting_or_dated_workshop_is_an_agenda_row(line):
    assert P.AGENDA_ROW.match(line)


@pytest.mark.parametrize("line", [
    "Prochaine étape : la signature de la convention en juin.",
    "Axe 2 – Jeunesse",
    "Ouverture d'une micro-crèche à Plélan – septembre 2025",
    "Signée le 14 avril, la convention porte sur la jeunesse et la mobilité – un choix des élus.",
])
def test_what_is_no_meeting_is_no_agenda_row(line):
    assert not P.AGENDA_ROW.match(line)


def test_the_whole_analysis_leaves_the_workshops_calendar_out(analyse_text):
    text = ("La Communauté de communes de Brocéliande prépare sa convention territoriale globale avec la Caf "
            "d'Ille-et-Vilaine. Les habitants sont invités aux ateliers du diagnostic, à la salle des fêtes de "
            "Plélan-le-Grand.\n"
            "Calendrier des ateliers :\n"
            "Petite enfance et parentalité – 5 mars\n"
            "Logement et accès aux droits – 19 mars\n"
            "Inscriptions auprès du service enfance-jeunesse.\n"
            "Prochaine rencontre : avril 2025, sur le thème de l'inclusion numérique.")
    record = analyse_text(text)
    assert not {"logement", "inclusion_numerique", "parentalite"} & set(record.themes)


# -- a co-signatory's competences, told as why it joins --------------------------------------------------------------
# class: a departmental or three-party convention whose article says why the Département signs; the start code read
# its competence (PMI) as a field of the convention
@pytest.mark.parametrize("sentence", [
    "Une signature à trois : le Département s'y engage au titre de la protection maternelle et infantile.",
    "Les deux institutions suivent les mêmes familles : l'un au titre de la PMI et de l'aide sociale à l'enfance, "
    "l'autre au titre des prestations familiales.",
    "Le Département a été invité à devenir cosignataire au titre de ses compétences en matière de protection "
    "maternelle et infantile.",
    "La Métropole exerce sur son territoire les compétences d'un département, notamment la protection maternelle et "
    "infantile.",
])
def test_cosignatorys_competence_is_no_field(sentence):
    assert P.HELD_ELSEWHERE.search(sentence)


@pytest.mark.parametrize("sentence", [
    "La Caf participe au titre de la convention au financement de la micro-crèche.",
    "Le Département s'y engage au titre de la convention territoriale globale sur la prévention précoce.",
    "La convention renforce la protection maternelle et infantile et l'accueil du jeune enfant.",
])
def test_what_the_convention_does_is_no_cosignatory_competence(sentence):
    assert not P.HELD_ELSEWHERE.search(sentence)


def test_the_whole_analysis_leaves_the_cosignatorys_competence_out(analyse_text):
    record = analyse_text(_SIGNING + "Le Département de la Manche, signataire lui aussi, s'y engage au titre de la "
                                     "protection maternelle et infantile.")
    assert {"petite_enfance", "enfance", "parentalite"} <= set(record.themes)
    assert "autre" not in record.themes


# -- a council agenda's bare titles around the convention's item ---------------------------------------------------
# class: an agenda (ordre du jour) listing its items one a line, the convention's item alone followed by its text; the
# start code read the other items' subjects (habitat, environment, culture) as fields
_AGENDA = ("COMMUNAUTÉ DE COMMUNES DU PAYS DE LAMBALLE\n"
           "Conseil communautaire du 14 octobre 2025\n"
           "ORDRE DU JOUR\n"
           "1. Désignation du secrétaire de séance\n"
           "2. Finances – Décision modificative n°3\n"
           "3. Habitat – Programme d'intérêt général pour la rénovation des logements anciens\n"
           "4. Solidarités – Avenant n°1 à la convention territoriale globale 2023-2027\n"
           "Rapporteur : la vice-présidente chargée des familles\n"
           "La convention territoriale globale signée avec la Caf des Côtes-d'Armor en 2023 porte sur la petite "
           "enfance et la parentalité. L'avenant ajoute au bonus territoire la crèche de Plestan.\n"
           "Il est proposé d'approuver l'avenant n°1.\n"
           "5. Logement – Aide aux jeunes ménages pour l'accession à la propriété\n"
           "6. Culture – Tarifs de l'école de musique et de la médiathèque\n"
           "7. Questions diverses\n")


def test_agenda_bare_titles_are_other_matters(analyse_text):
    record = analyse_text(_AGENDA)
    assert {"petite_enfance", "parentalite"} <= set(record.themes)
    assert "logement" not in record.themes and "autre" not in record.themes


def test_numbered_fields_naming_the_convention_in_one_stay():
    from ctgminer.extract.components.themes.component import ThemesComponent
    text = ("PROCÈS-VERBAL DU CONSEIL MUNICIPAL\n"
            "La convention comprend quatre axes :\n"
            "1. Petite enfance – ouvrir une micro-crèche\n"
            "2. Jeunesse – créer un point information jeunesse\n"
            "3. Parentalité – soutenir le LAEP\n"
            "4. Pilotage de la CTG – un comité annuel\n")
    assert ThemesComponent().agenda_zones(text) == []


@pytest.mark.parametrize("title, act", [
    ("4. Solidarités – Avenant n°1 à la convention territoriale globale", True),
    ("6. Convention territoriale globale 2025-2028 – approbation et autorisation de signature", True),
    ("4. Pilotage de la CTG – un comité annuel", False),
])
def test_an_act_on_the_convention(title, act):
    assert bool(P.AGENDA_ACT.search(title)) is act


# -- a field the convention may take in later ---------------------------------------------------------------------
# class: a signing's or a review's closing words on what could be added; the start code read the field as one of the
# convention's
@pytest.mark.parametrize("sentence", [
    "La prochaine CTG, à partir de 2028, pourrait aussi intégrer l'accès aux droits.",
    "La convention pourra être modifiée par avenant, notamment pour intégrer le logement des saisonniers.",
    "Les élus ont demandé que le bilan prépare la future convention en intégrant davantage le handicap.",
])
def test_field_taken_in_later_is_an_aside(sentence):
    assert P.LATER_ADDITION.search(sentence)


@pytest.mark.parametrize("sentence", [
    "La convention intègre un volet logement.",
    "Un avenant a intégré en 2024 la crèche de Plestan au bonus territoire.",
    "La convention pourra financer de nouvelles places en crèche.",
])
def test_what_the_convention_takes_in_now_is_no_later_addition(sentence):
    assert not P.LATER_ADDITION.search(sentence)


def test_the_whole_analysis_leaves_the_later_addition_out(analyse_text):
    record = analyse_text(_SIGNING + "La convention pourra être modifiée par avenant, notamment pour intégrer le "
                                     "logement des jeunes saisonniers, a précisé le président.")
    assert {"petite_enfance", "enfance", "parentalite"} <= set(record.themes)
    assert "logement" not in record.themes
