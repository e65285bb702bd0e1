"""Session 27 backlog (relevance helper): the amendment flag is the page's, passed down the list readers (not state on
the shared themes component); label lines and ballot boxes of an annex that mark fields retained or not; ...
Each class with examples written for these tests."""

from __future__ import annotations

import pytest
from conftest import found_labels, phrase_labels

from ctgminer.extract.components.themes.component import ThemesComponent

# -- the amendment flag belongs to the page -------------------------------------------------------------------------
# class: an amendment's page ("Avenant ... à la CTG") tells the amended convention's content in the imperfect, which is
# still this convention's; on any other page the imperfect is the former convention's. The start code kept the flag
# on the shared component, set by `find_phrases`: `list_phrases` read on its own used the last doc's flag.
AMENDMENT_PAGE = ("Avenant n°1 à la convention territoriale globale 2020-2024\n\n"
                  "Le conseil communautaire approuve la prolongation d'un an de la convention signée avec la Caf.\n"
                  "La convention portait sur :\n- la petite enfance\n- la jeunesse\n- l'accès aux droits\n")
FORMER_PAGE = ("Convention territoriale globale 2025-2029 : le diagnostic est lancé\n\n"
               "La communauté de communes prépare avec la Caf sa nouvelle convention.\n"
               "La convention portait sur :\n- la petite enfance\n- la jeunesse\n- l'accès aux droits\n")


def test_an_amendments_list_in_the_imperfect_is_this_conventions_when_the_lists_are_read_alone():
    items = [p.text for p in ThemesComponent().list_phrases(AMENDMENT_PAGE, [])]
    assert items == ["la petite enfance", "la jeunesse", "l'accès aux droits"]


def test_the_last_pages_amendment_does_not_carry_to_the_next_page(finder):
    component = finder.get_pipe("ctg_themes")
    assert phrase_labels(finder(AMENDMENT_PAGE)) >= {"petite_enfance", "jeunesse", "acces_aux_droits"}
    # (the former convention's list, on a page that amends nothing, read right after the amendment's page)
    assert component.list_phrases(FORMER_PAGE, []) == []
    assert not phrase_labels(finder(FORMER_PAGE))


def test_the_component_keeps_no_amendment_flag(finder):
    component = finder.get_pipe("ctg_themes")
    finder(AMENDMENT_PAGE)
    assert not hasattr(component, "_amended")


# -- label lines, ballot boxes and tick columns that mark fields retained or not ------------------------------------
# class: an annex or a deliberation sums up, field by field, which fields the convention retains: label lines valued
# "Oui" / "Non" (as a status column's cells), a form's ballot boxes, or a status column of ticks. The start code read the
# fields marked "Non" (or left unticked) as themes, and missed some marked "Oui".
SIGNED = ("Convention territoriale globale 2024-2028 de la communauté de communes du Haut-Vallespir\n\n"
          "La Caf des Pyrénées-Orientales et la communauté de communes ont signé le 5 avril 2024 leur convention.\n\n")
LABEL_LINES = SIGNED + ("Annexe 3 – Synthèse des champs d'intervention\n"
                        "Petite enfance : Oui\nEnfance : Oui\nJeunesse : Non\nParentalité : oui\n"
                        "Logement : Non (relève du PLH)\nAccès aux droits : Oui\n")
BULLETED_LABEL_LINES = SIGNED + ("Les champs retenus :\n- Petite enfance : oui\n- Jeunesse : non, le PEDT en tient lieu\n"
                                 "- Parentalité : oui\n- Logement : non\n")
BALLOTS = SIGNED + ("Champs d'intervention retenus par le comité de pilotage :\n"
                    "☒ Petite enfance\n☒ Parentalité\n☐ Jeunesse\n☐ Logement\n☒ Animation de la vie sociale\n")
BALLOTS_AFTER = SIGNED + ("Formulaire de la Caf – champs couverts\n"
                          "Petite enfance : ☑\nJeunesse : ☐\nAccès aux droits : ☑\nInsertion : ☐\n")
TICKS = SIGNED + ("Tableau des champs d'intervention\n"
                  "| Champ d'intervention | Retenu dans la CTG | Observations |\n|---|---|---|\n"
                  "| Petite enfance | X | Deux fiches actions |\n| Jeunesse |  | Relève du PEDT |\n"
                  "| Parentalité | X | Fiche 3 |\n| Logement |  | Relève du PLH |\n| Accès aux droits | X | Fiche 4 |\n")


@pytest.mark.parametrize("text, retained, left_out", [
    (LABEL_LINES, {"petite_enfance", "enfance", "parentalite", "acces_aux_droits"}, {"jeunesse", "logement"}),
    (BULLETED_LABEL_LINES, {"petite_enfance", "parentalite"}, {"jeunesse", "logement"}),
    (BALLOTS, {"petite_enfance", "parentalite", "animation_vie_sociale"}, {"jeunesse", "logement"}),
    (BALLOTS_AFTER, {"petite_enfance", "acces_aux_droits"}, {"jeunesse", "insertion"}),
    (TICKS, {"petite_enfance", "parentalite", "acces_aux_droits"}, {"jeunesse", "logement"}),
])
def test_fields_marked_retained_count_and_fields_marked_not_retained_do_not(finder, text, retained, left_out):
    labels = found_labels(finder(text))
    assert retained <= phrase_labels(finder(text))
    assert not labels & left_out


def test_the_label_of_a_field_marked_oui_is_the_item(finder):
    doc = finder(LABEL_LINES)
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert {"Petite enfance", "Enfance", "Parentalité", "Accès aux droits"} <= set(phrases)
    assert not any("Jeunesse" in p or "Logement" in p for p in phrases)


# guards: a list bulleted with empty boxes alone keeps its items (the boxes are its bullets); a calendar's columns tick
# years, not fields; label lines whose labels name no field, or a survey's questions, mark no field
@pytest.mark.parametrize("text, kept", [
    (SIGNED + "La convention porte sur :\n☐ la petite enfance\n☐ la jeunesse\n☐ l'accès aux droits\n",
     {"petite_enfance", "jeunesse", "acces_aux_droits"}),
    (SIGNED + "Les fiches actions et leur calendrier :\n| Fiche | 2024 | 2025 | 2026 |\n|---|---|---|---|\n"
     "| Petite enfance : ouvrir une micro-crèche | X |  |  |\n| Jeunesse : créer un espace jeunes |  | X | X |\n"
     "| Parentalité : un lieu d'accueil parents-enfants | X | X |  |\n", {"petite_enfance", "jeunesse", "parentalite"}),
])
def test_empty_boxes_as_bullets_and_a_calendars_ticks_keep_their_fields(finder, text, kept):
    assert kept <= phrase_labels(finder(text))


def test_status_lines_need_two_fields_and_no_question():
    from ctgminer.extract.components.themes.spoken import status_lines

    component = ThemesComponent()
    for text in ("Accès PMR : oui\nRestauration : non\nPetite enfance : Non\n",  # one field only
                 "Êtes-vous satisfait de l'offre petite enfance ? : Non\nAvez-vous recours à un accueil jeunesse ? : Oui\n"):
        left_out: list[tuple[int, int]] = []
        assert status_lines(component, text, [], left_out) == [] and left_out == []
