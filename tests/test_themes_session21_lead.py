"""Session 21 (lead), document themes: classes found by running the analyser over announcements written for these
tests in the style of real pages, each with its inline example, on a blank French pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels, theme_phrases_of

from ctgminer.text.normalise import unwrap_lines


# -- a town's news item answering "Pourquoi une CTG ?" on the same line, with what CTGs cover everywhere -------------
def test_what_ctgs_cover_everywhere_in_france_is_no_field(finder):
    text = ("Ville de Murat – Actualités\nLa ville et la Caf du Cantal signent leur CTG\nLe 4 avril, le maire et la Caf "
            "ont signé la Convention territoriale globale 2025-2029.\nPourquoi une CTG ? Elle remplace peu à peu les "
            "contrats enfance jeunesse partout en France et coordonne l'action en faveur des familles : petite "
            "enfance, jeunesse, logement, handicap, accès aux droits.\nÀ Murat, le diagnostic a retenu deux "
            "priorités : l'accueil des tout-petits et le soutien aux parents.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite"} <= labels
    assert not labels & {"logement", "handicap"}


def test_the_same_fields_on_the_national_scale(finder):
    # (the national level named in other words: "sur l'ensemble du territoire national", "dans toute la France")
    for where in ("sur l'ensemble du territoire national", "dans toute la France"):
        text = ("Communauté de communes du Pays de Salers\nLa CTG est signée pour 2024-2028. Ce contrat, déployé "
                f"{where}, rassemble l'action en faveur des familles : petite enfance, jeunesse, logement et "
                "handicap.\nIci, la convention porte sur l'accueil du jeune enfant, la parentalité et l'accès aux "
                "droits.\n")
        labels = found_labels(finder(unwrap_lines(text)))
        assert {"petite_enfance", "parentalite", "acces_aux_droits"} <= labels, where
        assert not labels & {"logement", "handicap"}, where


def test_like_everywhere_in_france_the_town_signs_its_own_fields(finder):
    # (the national scale in one sentence does not blank the next, which names this convention's fields)
    text = ("Ville de Riom\nComme partout en France, le contrat enfance jeunesse laisse place à la CTG.\nLa convention "
            "signée le 2 mai porte sur la petite enfance, la jeunesse et le logement des jeunes actifs.\n")
    assert {"petite_enfance", "jeunesse", "logement"} <= phrase_labels(finder(unwrap_lines(text)))


# -- a press article's two fields in prose, one of them help to young parents --------------------------------------
def test_help_to_young_parents_is_a_field_in_prose(finder):
    # ("jeunes parents" alone is weak in prose; help to them, or to parents-to-be, names parenting support)
    for public in ("l'aide aux jeunes parents", "l'accompagnement des futurs parents"):
        text = ("Le Journal de l'Est\nLa commune et la Caf ont signé mardi leur convention territoriale globale pour "
                f"2024-2028. La convention mettra l'accent sur {public} et sur le logement.\n")
        labels = phrase_labels(finder(unwrap_lines(text)))
        assert {"parentalite", "logement"} <= labels, public


# -- a press article's paragraph list, its last item after "; et" -------------------------------------------------
def test_the_last_item_of_a_paragraph_list_drops_its_conjunction(finder):
    text = ("Midi Libre – 28/06/2024\nLe conseil municipal a adopté jeudi la convention territoriale globale. Le texte "
            "fixe quatre priorités : la petite enfance ; les loisirs des 6-11 ans ; l'accompagnement des parents ; et "
            "l'inclusion numérique.\n")
    found = theme_phrases_of(finder, text)
    assert "l'inclusion numérique" in found and not any(p.startswith("et ") for p in found)
