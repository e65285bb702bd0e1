"""The French base model loaded without spaCy's French module (see ctgminer/extract/french.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ctgminer.extract.french import NAME_COMPOUND, french_stop_words
from ctgminer.extract.pipeline import load_pipeline

# written for this test: hyphenated first names and places, an elided compound, a signing sentence
TEXT = ("Le 3 mars 2025, Jean-Pierre Lenoir, maire de Villeneuve-la-Garenne, et Marie-Hélène Durand, présidente "
        "de la Caf des Hauts-de-Seine, ont signé la convention territoriale globale 2025-2029. Aujourd'hui, "
        "peut-être plus qu'hier, la petite enfance et la jeunesse sont au cœur de ce partenariat.")


def test_the_pipeline_loads_without_spacys_french_module():
    code = ("import sys; from ctgminer.extract.pipeline import load_pipeline; load_pipeline(); "
            "print('spacy.lang.fr' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_stop_words_are_spacys_french_list():
    from spacy.lang.fr.stop_words import STOP_WORDS

    assert french_stop_words() == frozenset(STOP_WORDS) and "leur" in french_stop_words()


@pytest.mark.parametrize("word,whole", [("Jean-Pierre", True), ("Marie-Hélène", True), ("Saint-Étienne", True),
                                        ("peut-être", False), ("Villeneuve-la-Garenne", False), ("Jean", False)])
def test_capitalised_compounds_stay_one_token(word, whole):
    assert bool(NAME_COMPOUND.match(word)) is whole


def test_extraction_as_good_as_with_the_stock_french_tokenizer():
    ours, stock = load_pipeline()(TEXT), load_pipeline(french_module=True)(TEXT)
    for group in ("partners", "theme_phrases", "dates"):
        assert [(s.start_char, s.end_char) for s in ours.spans.get(group, [])] == \
               [(s.start_char, s.end_char) for s in stock.spans.get(group, [])], group
    # with the stock tokenizer the NER may read a place and the next name as one entity and miss a signatory
    assert {s.text for s in stock.spans["signatories"]} <= {s.text for s in ours.spans["signatories"]}
    assert [s.text for s in ours.spans["signatories"]] == ["Jean-Pierre Lenoir", "Marie-Hélène Durand"]
    assert ours._.themes.themes == stock._.themes.themes and str(ours._.signature) == str(stock._.signature)
