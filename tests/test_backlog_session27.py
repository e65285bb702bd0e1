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


# -- relevance: the CTG's own text, signed by a table of blocks or concluded by its first article --------------------
# class: a convention's signature page flattened with "|" (one party a column), with no "Fait à" line; and an excerpt of
# the convention whose one legal mark is its first article, told concluded by its own formula. Both report the CTG
# concluded (GUIDE: announcement); the start code read them related.
SIGNATURE_TABLE = ("Convention territoriale globale 2024-2028 – Commune de Limoux\n\n"
                   "Le comité de pilotage se réunit une fois par an au moins. Il est co-présidé par le maire et par la "
                   "présidente du conseil d'administration de la Caf.\n\n"
                   "Pour la Caisse d'allocations familiales de l'Aude | Pour la Commune de Limoux\n"
                   "La directrice | Le maire\nAnne Roux | Paul Vidal\n")
SIGNATURE_TABLE_RULED = ("CONVENTION TERRITORIALE GLOBALE DU PAYS DE QUILLAN 2023-2027\n\n"
                         "Les signataires s'engagent à mettre en œuvre le plan d'actions annexé.\n\n"
                         "| Pour la Caf de l'Aude, | Pour la Communauté de communes des Pyrénées audoises, | "
                         "Pour le Département de l'Aude, |\n|---|---|---|\n"
                         "| Le directeur | Le président | La présidente |\n")
FIRST_ARTICLE = ("Convention territoriale globale 2024-2028 – Commune de Limoux\n\n"
                 "Article 1er – Objet\nLa convention a pour objet de définir le projet social du territoire. Elle est "
                 "conclue entre la Caf de l'Aude et la commune de Limoux pour la période 2024-2028.\n"
                 "Les champs d'intervention retenus sont la petite enfance, la jeunesse et l'accès aux droits.\n")
FIRST_ARTICLE_BY_THIS = ("Extrait de la convention territoriale globale de la commune de Limoux\n\n"
                         "Article premier – Engagement des parties\nLa Caf de l'Aude et la commune de Limoux s'engagent, "
                         "par la présente, dans une convention territoriale globale pour les années 2024 à 2028.\n")


@pytest.mark.parametrize("text", [SIGNATURE_TABLE, SIGNATURE_TABLE_RULED, FIRST_ARTICLE, FIRST_ARTICLE_BY_THIS])
def test_the_ctgs_own_text_signed_by_a_table_or_concluded_by_its_first_article_is_an_announcement(analyse_text, text):
    assert analyse_text(text).relevance == "announcement"


def test_a_signature_table_is_read_column_by_column():
    from ctgminer.classify.relevance.component import signature_page, signature_table

    assert signature_table(SIGNATURE_TABLE) and not signature_page(SIGNATURE_TABLE)
    # (one party's column alone, or columns of another kind, are no signature table)
    assert not signature_table("Pour la Caf de l'Aude | Calendrier\nLe directeur | 2025\n")
    assert not signature_table("| Action | Pilote |\n|---|---|\n| Crèche | Le président |\n| Espace jeunes | La directrice |\n")


# guards: an excerpt of one article that tells no conclusion (its governance) stays related; a funding agreement's
# signature table is another convention's; a draft's blanks are no signing
@pytest.mark.parametrize("text", [
    ("Article 5 – Pilotage de la convention\nLe pilotage de la convention territoriale globale repose sur un comité "
     "réuni chaque année.\nComposition : le maire de Limoux, la directrice de la Caf de l'Aude, un représentant du "
     "Département.\nLa commune s'engage à financer un poste de coordination à mi-temps.\n"),
    ("CONVENTION D'OBJECTIFS ET DE FINANCEMENT – Lieu d'accueil enfants-parents de Limoux\n"
     "Cette convention s'inscrit dans la convention territoriale globale de la commune.\n\n"
     "Pour la Caisse d'allocations familiales de l'Aude | Pour l'association Les Petits Pas\n"
     "La directrice | La présidente\n"),
    ("Modèle de convention territoriale globale\nArticle 1er – Objet\nLa convention est conclue entre la Caf et "
     "la commune de [nom de la commune] pour la période ………….\n"),
])
def test_an_article_without_conclusion_another_conventions_table_or_a_template_is_no_announcement(analyse_text, text):
    assert analyse_text(text).relevance != "announcement"


# -- "jeune" a noun by its quantifier names the youth field -----------------------------------------------------------
# class: an item or a quote that names the young in the singular ("à chaque enfant et à chaque jeune", "aucun jeune",
# "un jeune de 17 ans"): the terms keep the singular "jeune" out (an adjective, "un jeune couple"), so the start code
# read only the children's field, or none
@pytest.mark.parametrize("text, labels", [
    ("Garantir à chaque enfant et à chaque jeune une place en accueil de loisirs", {"enfance", "jeunesse"}),
    ("Ne laisser aucun jeune sans solution après le lycée", {"jeunesse"}),
    ("Qu'un jeune de 19 ans trouve sans peine un stage ou une formation", {"jeunesse", "insertion"}),
])
def test_a_young_one_named_by_a_quantifier_is_youth(text, labels):
    from ctgminer.extract.components.themes.lexicon import labels_named

    assert labels <= set(labels_named(text))


@pytest.mark.parametrize("text", [
    "Soutenir chaque jeune parent dans ses premiers mois", "Aider un jeune couple à trouver un logement",
    "Un jeune médecin s'installe à la maison de santé", "Accueillir les plus jeunes le mercredi",
    "Offrir à chaque jeune enfant une place en crèche",
])
def test_jeune_as_an_adjective_names_no_youth(text):
    from ctgminer.extract.components.themes.lexicon import labels_named

    assert "jeunesse" not in labels_named(text)


def test_a_listed_axis_for_each_child_and_each_young_one_counts_youth(finder):
    text = ("La convention territoriale globale signée mardi avec la Caf retient trois axes :\n"
            "- Garantir à chaque enfant et à chaque jeune une place en accueil de loisirs\n"
            "- Soutenir les parents dès la naissance\n- Rompre l'isolement des habitants des hameaux\n")
    assert {"enfance", "jeunesse"} <= phrase_labels(finder(text))
