"""Themes recall, session 33: fields the gold has and the start code missed, in classes that recur across writers
(each seen in pages of three read sets or more).
- One more field told in a sentence of its own after the enumeration, by a word that goes on with it ("Sans oublier
  le numérique : ...", "Il y a aussi la question du logement des jeunes apprentis, qui ...", "Un volet porte aussi
  sur la mobilité des jeunes, ..."): sequences.CONTINUED_FIELD, read with the fields a partner adds.
- An objective told with "mieux" before its verb ("... et de mieux accompagner les familles les plus modestes") is an
  infinitive item like the others (text.cues.INFINITIVE_START), so an enumeration of objectives keeps it, and keeps
  the items in other words beside it.
Examples written for these tests."""

from __future__ import annotations

import pytest
from conftest import theme_phrases_of

from ctgminer.extract.components.themes.sequences import CONTINUED_FIELD, item_form
from ctgminer.text.cues import INFINITIVE_START

_SIGNED = ("La communauté de communes du Val de Brenne et la Caf de l'Indre ont signé mardi leur convention "
           "territoriale globale pour 2024-2028. ")


def _phrases(record) -> list[str]:
    return [p.text if hasattr(p, "text") else p["text"] for p in record.theme_phrases]


# -- one more field after the enumeration ------------------------------------------------------------------------------
# class: a speaker's or a journalist's enumeration followed by one more field in its own sentence (read_ae, read_bh,
# read_cb, read_ck); the start code read no phrase there and missed its label
@pytest.mark.parametrize("sentence", [
    "Sans oublier le numérique : beaucoup de familles n'ont pas d'ordinateur.",
    "Et sans oublier l'accès aux droits.",
    "Il y a aussi la question du logement des jeunes apprentis, qui revient souvent.",
    "« Il y a également le soutien aux aidants familiaux.",
    "Un volet porte aussi sur la mobilité des jeunes, qui peinent à rejoindre les lycées.",
    "Le dernier axe est également consacré à la lutte contre l'isolement des aînés.",
])
def test_one_more_field_goes_on_with_the_enumeration(sentence):
    assert CONTINUED_FIELD.match(sentence)


@pytest.mark.parametrize("sentence", [
    "Il y a des bénévoles dans chaque village.",
    "La convention porte sur la petite enfance et la jeunesse.",
    "Il y avait aussi des élus des communes voisines.",
    "Ce volet porte sur quatre années.",
])
def test_other_sentences_do_not_go_on_with_an_enumeration(sentence):
    assert not CONTINUED_FIELD.match(sentence)


def test_the_whole_analysis_reads_the_field_told_after_sans_oublier(analyse_text):
    record = analyse_text(
        "Signature de la CTG du Val de Sarre\n" + _SIGNED + "Pour le directeur de la Caf, la nouvelle convention "
        "tient en quelques mots : « les crèches, les ados, l'accès aux droits, et le lien social dans les villages. "
        "Sans oublier le numérique : beaucoup de familles n'ont pas d'ordinateur. »")
    assert "inclusion_numerique" in record.themes
    assert "le numérique" in _phrases(record)


def test_the_whole_analysis_reads_the_field_told_after_il_y_a_aussi(analyse_text):
    record = analyse_text(
        "Le Pays de Brie signe sa convention territoriale globale\n" + _SIGNED + "Le président a présenté les "
        "priorités : « Nous allons travailler à augmenter les places en crèche, à accompagner les parents qui se "
        "séparent, et à soutenir les centres sociaux. Il y a aussi la question du logement des jeunes apprentis, "
        "qui revient souvent chez les artisans. »")
    assert {"jeunesse", "logement"} <= set(record.themes)
    assert "la question du logement des jeunes apprentis" in _phrases(record)


def test_the_whole_analysis_reads_a_part_that_also_covers_a_field(analyse_text):
    record = analyse_text(
        "Convention territoriale globale : la Haute-Vallée s'engage\n" + _SIGNED + "La convention prévoit de "
        "soutenir le métier d'assistante maternelle, d'ouvrir un second accueil de loisirs l'été et de créer un lieu "
        "d'accueil enfants-parents. Un volet porte aussi sur la mobilité des jeunes, qui peinent à rejoindre les "
        "lycées.")
    assert "la mobilité des jeunes" in _phrases(record)
    assert "jeunesse" in record.themes


def test_the_whole_analysis_takes_no_continued_sentence_naming_no_field(analyse_text):
    record = analyse_text(
        "Le Pays de Brie signe sa convention territoriale globale\n" + _SIGNED + "Elle porte sur la petite enfance, "
        "la jeunesse et le soutien aux parents. Il y a aussi un comité de suivi, qui se réunira chaque année.")
    assert not any("comité" in p for p in _phrases(record))


def test_the_whole_analysis_takes_only_the_first_item_after_sans_oublier(analyse_text):
    # (a layout's comma after the noun does not make the rest of the sentence items: "le soutien, à la parentalité,
    # en transversalité avec les réseaux")
    record = analyse_text(
        "Le Pays de Brie signe sa convention territoriale globale\n" + _SIGNED + "Les axes porteront sur la petite "
        "enfance, l'enfance et la jeunesse ! Sans oublier le soutien, à la parentalité, en lien avec les réseaux.")
    assert not any("réseaux" in p for p in _phrases(record))
    assert "autre" not in record.themes


# -- an objective told with "mieux" -----------------------------------------------------------------------------------
# class: an enumeration of objectives whose item opens on "mieux" (read_bt, read_br, read_u, read_w); the start code
# did not take it for an infinitive, so the enumeration was not one of objectives throughout and its items in other
# words were dropped
@pytest.mark.parametrize("text", [
    "mieux accompagner les familles les plus modestes",
    "Mieux informer les parents sur les modes d'accueil",
    "développer l'aide aux devoirs",
])
def test_an_objective_with_mieux_is_an_infinitive(text):
    assert INFINITIVE_START.match(text + " ")
    assert item_form(text) == "infinitive"


@pytest.mark.parametrize("text", ["mieux que les années précédentes", "Mieux vaut tard que jamais", "le centre social"])
def test_other_starts_are_no_infinitive(text):
    assert not INFINITIVE_START.match(text + " ")


def test_the_whole_analysis_keeps_the_objective_told_with_mieux(analyse_text):
    record = analyse_text(
        "La commune de Bellac signe sa convention territoriale globale\n" + _SIGNED + "« Cette convention va "
        "permettre de garder notre crèche ouverte, de créer un lieu pour les ados et de mieux accompagner les "
        "familles les plus modestes, qui sont nombreuses ici », a expliqué le maire.")
    assert "mieux accompagner les familles les plus modestes" in _phrases(record)
    assert "accompagnement_social" in record.themes


def test_the_finder_keeps_the_item_in_other_words_beside_mieux(finder):
    phrases = theme_phrases_of(finder, "La commune de Bellac signe sa convention territoriale globale\n" + _SIGNED +
                               "Au-delà des modes de garde, la convention prévoit de renforcer l'offre pour les "
                               "adolescents, de développer l'aide aux devoirs avec les Clas et de mieux accompagner les "
                               "parents d'enfants handicapés.")
    assert "développer l'aide aux devoirs avec les Clas" in phrases
    assert "mieux accompagner les parents d'enfants handicapés" in phrases
