"""Session 19, document themes the finder missed (false negatives): classes of pages whose fields it found no phrase
for, each with an inline example written for these tests, on a blank French pipeline."""

from __future__ import annotations

import pytest
from conftest import theme_phrases_of


# -- fields given one per sentence, the sentences ordered by words of order ----------------------------------------
def test_sentences_ordered_by_words_of_order_give_one_field_each(finder):
    # a mayor's answer in a town magazine, after the colon of the sentence that introduces it
    text = ("Le 12 mars, la commune de Vals et la Caf ont signé leur convention territoriale globale.\nQuelles "
            "priorités ?\nLe maire les énumère : « D'abord rouvrir une halte-garderie au bourg, parce que les familles "
            "font vingt kilomètres. Ensuite, donner aux collégiens un local à eux le samedi. Puis épauler les parents "
            "débordés. Enfin, tenir une permanence pour les papiers à la mairie. »")
    assert theme_phrases_of(finder, text) == [
        "rouvrir une halte-garderie au bourg", "donner aux collégiens un local à eux le samedi",
        "épauler les parents débordés", "tenir une permanence pour les papiers à la mairie"]


def test_a_first_field_before_its_word_of_order(finder):
    # a radio report: the first field stands before "d'abord", after the colon of the sentence
    text = ("La CTG de la vallée a été signée hier. La directrice de la Caf a cité trois urgences : « Les places en "
            "crèche, d'abord, car il en manque cinquante. Ensuite les adolescents des villages. Enfin le soutien aux "
            "parents séparés. »")
    assert theme_phrases_of(finder, text) == ["Les places en crèche", "les adolescents des villages",
                                              "le soutien aux parents séparés"]


def test_a_ceremony_told_in_order_gives_no_field(finder):
    text = ("La CTG a été signée vendredi à la mairie. D'abord, le maire a accueilli les invités. Ensuite, la "
            "directrice de la Caf a pris la parole. Enfin, un vin d'honneur a clos la cérémonie.")
    assert theme_phrases_of(finder, text) == []


# -- enumerations whose items have one form, some fields told in other words ----------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a local paper: three definite noun phrases, the last one a field in the page's own words
    ("Le bourg et la Caf ont signé leur CTG lundi. Elle porte sur la petite enfance, la jeunesse et la vie des "
     "hameaux.", ["la petite enfance", "la jeunesse", "la vie des hameaux"]),
    # a deliberation: objectives in the infinitive, one of them in no taxonomy word
    ("Le conseil approuve la convention territoriale globale. Elle vise à ouvrir une micro-crèche, à soutenir les "
     "parents et à garder les collégiens au village le samedi.",
     ["ouvrir une micro-crèche", "soutenir les parents", "garder les collégiens au village le samedi"]),
])
def test_an_enumeration_of_one_form_keeps_its_items_in_other_words(finder, text, expected):
    assert theme_phrases_of(finder, text) == expected


def test_the_second_half_of_a_pair_is_no_item_of_its_own(finder):
    text = ("La CTG a été signée. Elle mise sur l'accueil du jeune enfant et sur le logement des jeunes ménages et "
            "des saisonniers.")
    assert "des saisonniers" not in theme_phrases_of(finder, text)


# -- a post the convention creates names its field (an official's title does not) ----------------------------------
def test_a_post_created_names_its_field_an_official_does_not(labeller):
    doc = labeller("La CTG a été signée jeudi. La Caf financera un poste de coordinateur parentalité, chargé de fédérer "
                   "les écoles et les associations.")
    assert "parentalite" in doc._.themes.themes
    doc = labeller("La CTG a été signée jeudi en présence de la coordinatrice parentalité de la ville.")
    assert "parentalite" not in doc._.themes.themes


# -- a review half-way lists the convention's actions done and to do -------------------------------------------------
def test_actions_done_and_to_do_on_a_review_are_its_fields(finder):
    text = ("Notre CTG à mi-parcours\nSignée en 2022 avec la Caf, la convention territoriale globale a fait l'objet d'un "
            "point d'étape en comité de pilotage.\nCe qui a été fait :\n- une micro-crèche de dix places au bourg\n- un "
            "accueil ados le samedi\nCe qui reste à faire\n- un lieu d'accueil enfants-parents itinérant\n- des "
            "permanences numériques dans les mairies\n")
    assert theme_phrases_of(finder, text) == [
        "une micro-crèche de dix places au bourg", "un accueil ados le samedi",
        "un lieu d'accueil enfants-parents itinérant", "des permanences numériques dans les mairies"]


# -- a field a partner adds to the convention, the object of the clause -----------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("La CTG du Haut-Jura a été signée lundi. La commune de Morez y ajoute un volet consacré à la mobilité des "
     "apprentis, en lien avec le lycée.", ["la mobilité des apprentis"]),
    ("La CTG du Haut-Jura a été signée lundi. Le Département a obtenu d'y inscrire le maintien à domicile des aînés, "
     "à la demande des maires.", ["le maintien à domicile des aînés"]),
])
def test_a_field_added_to_the_convention_is_a_phrase(finder, text, expected):
    assert theme_phrases_of(finder, text) == expected


def test_a_field_that_could_be_added_is_none(finder):
    text = "La CTG du Haut-Jura a été signée lundi. Un avenant pourrait y ajouter un volet sur la mobilité des apprentis."
    assert theme_phrases_of(finder, text) == []


# -- a public's relative clause tells the item --------------------------------------------------------------------
def test_a_public_relative_clause_stays_in_its_item(finder):
    text = ("La CTG a été signée mardi. Elle vise à ouvrir une crèche à Saugues, à soutenir les parents et à "
            "accompagner les jeunes qui quittent le lycée sans diplôme.")
    assert theme_phrases_of(finder, text)[-1] == "accompagner les jeunes qui quittent le lycée sans diplôme"


# -- objectives the convention lets the partners reach ---------------------------------------------------------------
def test_objectives_after_what_the_convention_lets_us_do(finder):
    text = ("Le maire a signé la CTG avec la Caf. Elle nous donne les moyens d'agrandir la crèche, d'ouvrir un local "
            "pour les ados et de tenir une permanence pour les démarches de la Caf.")
    assert theme_phrases_of(finder, text) == ["agrandir la crèche", "ouvrir un local pour les ados",
                                              "tenir une permanence pour les démarches de la Caf"]


# -- a colon line in the text's own words heads the objectives under it -----------------------------------------------
@pytest.mark.parametrize("intro", ["Le texte engage la commune et la Caf à :",
                                   "Les signataires s'engagent en faveur :", "Il s'agit désormais de :",
                                   "Dans le détail, le texte liste plusieurs objectifs :"])
def test_objectives_under_a_colon_line_in_the_texts_own_words(finder, intro):
    text = (f"La commune de Riom et la Caf ont signé leur convention territoriale globale mardi.\nLes élus ont voulu "
            f"aller plus loin que l'ancien contrat.\n{intro}\n"
            "Ouvrir une micro-crèche au centre-bourg\nProposer un accueil de loisirs le mercredi\nSoutenir les parents "
            "d'adolescents\n")
    assert theme_phrases_of(finder, text) == ["Ouvrir une micro-crèche au centre-bourg",
                                              "Proposer un accueil de loisirs le mercredi", "Soutenir les parents d'adolescents"]


# -- unmarked objectives under a heading that says what the convention plans ------------------------------------------
def test_unmarked_objectives_under_what_the_convention_plans(finder):
    text = ("Le 4 mars, la commune d'Ornans et la Caf du Doubs ont signé leur convention territoriale globale pour "
            "quatre ans.\nCe que la convention prévoit\nOuvrir dix places de crèche à la gare\nDonner aux collégiens un "
            "foyer ouvert le samedi\nAider les habitants à faire leurs démarches en ligne\nLe mot du maire\n« Une "
            "convention, c'est un engagement que nous tiendrons jusqu'au bout, avec chacun de vous. »\n")
    assert theme_phrases_of(finder, text) == ["Ouvrir dix places de crèche à la gare",
                                              "Donner aux collégiens un foyer ouvert le samedi",
                                              "Aider les habitants à faire leurs démarches en ligne"]


def test_paragraphs_under_sub_headings_are_no_planned_list(finder):
    text = ("La Ville est engagée avec la Caf dans une convention territoriale globale.\nNos engagements\nPetite enfance"
            "\nLa crèche municipale et le relais petite enfance accueillent les familles et les assistantes maternelles "
            "du bourg.\nJeunesse\nLe point information jeunesse accompagne les 15-25 ans dans leurs projets.\n")
    assert "La crèche municipale et le relais petite enfance accueillent les familles et les assistantes maternelles " \
        "du bourg" not in theme_phrases_of(finder, text)


def test_axes_given_by_their_rank_as_a_pronoun(finder):
    text = ("La CTG de la vallée fixe trois priorités. La première est d'agrandir la halte-garderie du bourg. La "
            "deuxième, c'est un foyer pour les collégiens le samedi. La dernière porte sur le soutien aux parents "
            "séparés.")
    assert theme_phrases_of(finder, text) == ["agrandir la halte-garderie du bourg", "un foyer pour les collégiens le samedi",
                                              "le soutien aux parents séparés"]


# -- what the convention provides for, as noun phrases ---------------------------------------------------------------
def test_noun_phrases_the_convention_provides_for(finder):
    text = ("Le bourg et la Caf ont signé leur CTG jeudi. La convention, valable quatre ans, prévoit l'agrandissement "
            "de la crèche, l'ouverture d'un accueil de loisirs le mercredi et la rénovation du foyer des anciens.")
    assert theme_phrases_of(finder, text) == ["l'agrandissement de la crèche", "l'ouverture d'un accueil de loisirs le mercredi",
                                              "la rénovation du foyer des anciens"]
