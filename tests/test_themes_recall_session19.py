"""Session 19, document themes the finder missed (false negatives): classes of pages whose fields it found no phrase
for, each with an inline example written for these tests, on a blank French pipeline."""

from __future__ import annotations

import pytest
import spacy

from ctgminer.extract.components.base import register_extensions
from ctgminer.text.normalise import unwrap_lines


@pytest.fixture(scope="module")
def finder():
    register_extensions()
    nlp = spacy.blank("fr")
    nlp.add_pipe("ctg_themes")
    return nlp


@pytest.fixture(scope="module")
def labeller():
    register_extensions()
    nlp = spacy.blank("fr")
    nlp.add_pipe("ctg_themes")
    nlp.add_pipe("ctg_theme_labels")
    return nlp


def _phrases(nlp, text: str) -> list[str]:
    doc = nlp(unwrap_lines(text))
    return [span.text for span in doc.spans["theme_phrases"]]


# -- fields given one per sentence, the sentences ordered by words of order ----------------------------------------
def test_sentences_ordered_by_words_of_order_give_one_field_each(finder):
    # a mayor's answer in a town magazine, after the colon of the sentence that introduces it
    text = ("Le 12 mars, la commune de Vals et la Caf ont signé leur convention territoriale globale.\nQuelles "
            "priorités ?\nLe maire les énumère : « D'abord rouvrir une halte-garderie au bourg, parce que les familles "
            "font vingt kilomètres. Ensuite, donner aux collégiens un local à eux le samedi. Puis épauler les parents "
            "débordés. Enfin, tenir une permanence pour les papiers à la mairie. »")
    assert _phrases(finder, text) == [
        "rouvrir une halte-garderie au bourg", "donner aux collégiens un local à eux le samedi",
        "épauler les parents débordés", "tenir une permanence pour les papiers à la mairie"]


def test_a_first_field_before_its_word_of_order(finder):
    # a radio report: the first field stands before "d'abord", after the colon of the sentence
    text = ("La CTG de la vallée a été signée hier. La directrice de la Caf a cité trois urgences : « Les places en "
            "crèche, d'abord, car il en manque cinquante. Ensuite les adolescents des villages. Enfin le soutien aux "
            "parents séparés. »")
    assert _phrases(finder, text) == ["Les places en crèche", "les adolescents des villages",
                                      "le soutien aux parents séparés"]


def test_a_ceremony_told_in_order_gives_no_field(finder):
    text = ("La CTG a été signée vendredi à la mairie. D'abord, le maire a accueilli les invités. Ensuite, la "
            "directrice de la Caf a pris la parole. Enfin, un vin d'honneur a clos la cérémonie.")
    assert _phrases(finder, text) == []
