"""Session 27 backlog (relevance helper): the amendment flag is the page's, passed down the list readers (not state on
the shared themes component); label lines and ballot boxes of an annex that mark fields retained or not; ...
Each class with examples written for these tests."""

from __future__ import annotations

from conftest import phrase_labels

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
