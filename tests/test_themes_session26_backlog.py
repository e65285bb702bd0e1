"""Themes, session 26 (backlog): the cut of an enumeration's last item holding two 'et', complements of one head noun
kept together; fiche titles under an "Intitulé" label line; an annex table whose status column marks fields "Non".
Each class with examples written for these tests."""

from __future__ import annotations

import pytest
from conftest import found_labels, phrase_labels, theme_phrases_of


def split(finder, text: str) -> list[str]:
    component = finder.get_pipe("ctg_themes")
    return [p.text for p in component._split(text, 0, len(text))]


# -- the cut of a last item holding two 'et' ------------------------------------------------------------------------
# class: an enumeration whose last piece holds two 'et': the start code counted the second cut from the first one's
# end, so it fell in the middle of a word ("l'autonomie et l'accès aux" + "its")
@pytest.mark.parametrize("text, items", [
    ("l'enfance, la jeunesse et l'autonomie et l'accès aux droits",
     ["l'enfance", "la jeunesse", "l'autonomie", "l'accès aux droits"]),
    ("la petite enfance, le soutien aux parents et aux grands-parents et l'accès aux droits",
     ["la petite enfance", "le soutien aux parents et aux grands-parents", "l'accès aux droits"]),
    # complements of one head noun, their contracted preposition repeated, stay one item
    ("la petite enfance, la jeunesse et l'accès aux droits et aux loisirs",
     ["la petite enfance", "la jeunesse", "l'accès aux droits et aux loisirs"]),
    ("l'accueil des tout-petits, les loisirs des enfants et des jeunes et l'accès aux droits des saisonniers",
     ["l'accueil des tout-petits", "les loisirs des enfants et des jeunes", "l'accès aux droits des saisonniers"]),
    # a bare list's last item keeps its paired adjectives
    ("petite enfance, parentalité, logement, vie sociale et insertion sociale et professionnelle",
     ["petite enfance", "parentalité", "logement", "vie sociale", "insertion sociale et professionnelle"]),
])
def test_a_last_item_with_two_et_is_cut_where_its_items_meet(finder, text, items):
    assert split(finder, text) == items


@pytest.mark.parametrize("text, items", [
    # guards: the items' own "de" repeated after 'et' opens another item, as does an article after the head noun
    ("l'accueil des familles mais aussi de l'insertion des jeunes et de la vie sociale",
     ["l'accueil des familles", "l'insertion des jeunes", "la vie sociale"]),
    ("la petite enfance, la jeunesse et des actions pour les seniors",
     ["la petite enfance", "la jeunesse", "des actions pour les seniors"]),
    # ("des" after a complement in "des" is as often the next item's article: it pairs only a short public)
    ("la petite enfance, un accompagnement des familles monoparentales et des ateliers numériques à la médiathèque",
     ["la petite enfance", "un accompagnement des familles monoparentales", "des ateliers numériques à la médiathèque"]),
    ("les crèches, les accueils de loisirs et l'aide aux devoirs et la parentalité",
     ["les crèches", "les accueils de loisirs", "l'aide aux devoirs", "la parentalité"]),
])
def test_other_et_still_open_items(finder, text, items):
    assert split(finder, text) == items


def test_a_long_item_closed_by_its_relative_clause_is_still_an_item(finder):
    # class: a prose enumeration whose last item runs long only by the relative clause on its last noun
    text = ("La communauté de communes et la Caf de l'Aveyron ont signé lundi la convention territoriale globale. "
            "Après des mois de concertation, des axes ont été définis au sein de cette convention. Ils concernent "
            "notamment une meilleure lisibilité de l'offre d'accueil du jeune enfant et un soutien concret aux centres "
            "sociaux et aux associations dans le portage d'initiatives nouvelles dont les familles ont besoin.\n")
    phrases = theme_phrases_of(finder, text)
    assert any(p.startswith("un soutien concret") and p.endswith("ont besoin") for p in phrases), phrases


# -- fiche titles under an "Intitulé" label line --------------------------------------------------------------------
# class: an annex of fiches actions laid out as a form, one label per line, the title on the line under "Intitulé"
FICHES = ("Convention territoriale globale 2024-2028 – Communauté de communes du Pays de Mormal\n"
          "Annexe 3 : fiches actions\n"
          "Fiche action n° 1.1\nIntitulé :\nDévelopper l'offre d'accueil du jeune enfant sur les communes rurales\n"
          "Constat\nDouze communes n'ont aucune place d'accueil collectif.\nObjectif\nOuvrir deux micro-crèches.\n"
          "Public visé\nFamilles avec enfants de moins de 3 ans\nPilote\nCommunauté de communes\nIndicateurs\n"
          "Nombre de places créées\n"
          "Fiche action n° 1.2\nIntitulé :\nCréer un lieu d'accueil enfants-parents itinérant\n"
          "Constat\nAucun lieu d'échange hors de Landrecies.\nObjectif\nDeux séances par semaine dans les villages.\n"
          "Public visé\nParents et futurs parents\nPilote\nCentre social de Landrecies\nIndicateurs\n"
          "Nombre de familles accueillies\n"
          "Fiche action n° 1.3\nIntitulé de l'action\nAccompagner les habitants dans leurs démarches en ligne\n"
          "Pilote\nFrance services\n")


def test_fiche_titles_under_an_intitule_label_line_are_items(finder):
    phrases = theme_phrases_of(finder, FICHES)
    assert "Développer l'offre d'accueil du jeune enfant sur les communes rurales" in phrases
    assert "Créer un lieu d'accueil enfants-parents itinérant" in phrases
    assert "Accompagner les habitants dans leurs démarches en ligne" in phrases
    assert not any(p.startswith("Intitulé") for p in phrases)


def test_fiche_titles_on_their_label_line_follow_each_other_over_their_fields(finder):
    text = FICHES.replace("Intitulé :\n", "Intitulé : ").replace("Intitulé de l'action\n", "Intitulé : ")
    phrases = theme_phrases_of(finder, text)
    assert "Créer un lieu d'accueil enfants-parents itinérant" in phrases  # (the title, without its label)
    assert "Accompagner les habitants dans leurs démarches en ligne" in phrases
    assert not any(p.startswith("Intitulé") for p in phrases), phrases


def test_guard_fiches_whose_numbers_do_not_follow_are_not_one_list(finder):
    # a fiche alone, then another from elsewhere in the document: no list of the convention's actions
    text = FICHES.replace("Fiche action n° 1.2", "Fiche action n° 4.5").replace("Fiche action n° 1.3", "Fiche action n° 7.2")
    assert "Créer un lieu d'accueil enfants-parents itinérant" not in theme_phrases_of(finder, text)


# -- an annex table whose status column marks fields "Non" ----------------------------------------------------------
# class: a table of the diagnostic's fields with a column saying whether the convention retains each one; the start
# code read every field, the ones marked "Non" too
INTRO = ("Communauté de communes du Val d'Amboise\nConvention territoriale globale 2025-2029\n"
         "Annexe 2 – Champs d'intervention retenus\n"
         "À l'issue du diagnostic partagé, la Caf d'Indre-et-Loire et la communauté de communes ont examiné chaque champ "
         "d'intervention et indiqué s'il est retenu dans la convention.\n")
FLAT_TABLE = INTRO + ("Champ d'intervention\nRetenu dans la CTG\nObservations\n"
                      "Petite enfance\nOui\nFiches 1 et 2\nEnfance\nOui\nFiche 3\nJeunesse\nNon\nPorté par le contrat de ville\n"
                      "Parentalité\nOui\nFiche 4\nLogement\nNon\nRelève du programme local de l'habitat\n"
                      "Accès aux droits\nOui\nFiche 5\n")
PIPE_TABLE = INTRO + ("Champ d'intervention | Retenu dans la CTG | Observations\n"
                      "Petite enfance | Oui | Fiches 1 et 2\nEnfance | Oui | Fiche 3\n"
                      "Jeunesse | Non | Porté par le contrat de ville\nParentalité | Oui | Fiche 4\n"
                      "Logement | Non | Relève du programme local de l'habitat\nAccès aux droits | Oui | Fiche 5\n")


@pytest.mark.parametrize("text", [FLAT_TABLE, PIPE_TABLE])
def test_fields_marked_non_in_an_annex_table_are_not_covered(finder, text):
    doc = finder(text)
    assert {"petite_enfance", "enfance", "parentalite", "acces_aux_droits"} <= phrase_labels(doc)
    assert not {"jeunesse", "logement"} & found_labels(doc)


def test_a_column_of_oui_and_non_under_another_header_is_read_as_the_status(finder):
    text = PIPE_TABLE.replace("Retenu dans la CTG", "Décision du comité")
    doc = finder(text)
    assert "parentalite" in phrase_labels(doc)
    assert not {"jeunesse", "logement"} & phrase_labels(doc)


def test_a_non_with_its_remark_is_still_a_non(finder):
    text = FLAT_TABLE.replace("Jeunesse\nNon\n", "Jeunesse\nNon (report à mi-parcours)\n")
    assert "jeunesse" not in found_labels(finder(text))


def test_guard_a_table_without_status_keeps_every_field(finder):
    text = PIPE_TABLE.replace(" | Non | ", " | Oui | ")
    assert {"jeunesse", "logement", "petite_enfance"} <= phrase_labels(finder(text))


# -- a heading naming the convention over objectives as long as a sentence's items -------------------------------------
# class: "Les objectifs de la CTG" over unmarked objectives, one of which runs past 14 words with its place names; the
# start code stopped the list at that line and kept none
def test_a_heading_naming_the_convention_takes_its_long_objectives(finder):
    text = ("La communauté de communes et la Caf de l'Isère ont signé la convention pour 2024-2027.\n"
            "Pour les familles, un seul guichet : le service enfance de la communauté de communes à Villard.\n"
            "Les objectifs de la CTG\n"
            "Harmoniser les tarifs et les horaires des accueils de loisirs de Villard-de-Lans, Lans-en-Vercors, "
            "Autrans-Méaudre et Corrençon-en-Vercors pendant les vacances\n"
            "Développer l'accueil du jeune enfant dans les villages du plateau\n"
            "Accompagner les parents dans leur rôle éducatif\n")
    phrases = theme_phrases_of(finder, text)
    assert any(p.startswith("Harmoniser les tarifs") for p in phrases), phrases
    assert "Accompagner les parents dans leur rôle éducatif" in phrases


def test_guard_a_general_heading_keeps_the_short_limit(finder):
    # a heading about CTGs in general over long lines: no list of this convention's objectives
    text = ("Qu'est-ce qu'une convention territoriale globale ?\n"
            "Elle permet à la Caf et aux collectivités de mieux coordonner l'accueil du jeune enfant sur tout le territoire "
            "concerné\n"
            "Elle renforce l'accompagnement des parents et des jeunes dans les communes de plus petite taille du département\n")
    assert not theme_phrases_of(finder, text)
