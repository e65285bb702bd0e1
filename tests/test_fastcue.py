"""FastCue: a case-insensitive cue run case-sensitively on lower-cased text finds exactly the same matches."""

from __future__ import annotations

import re

import pytest

from ctgminer.text.fastcue import FastCue, fast_pattern

# written for this test: capitals, accents, word boundaries, a cue inside a longer word, several lines
TEXT = (
    "La CAF du Lot et la Ville ont SIGNÉ la convention. Le Conseil Municipal l'a approuvée.\n"
    "Consignes : aucune (la « consignation » n'est pas une signature). Offre d'emploi (H/F) : Recrutement.\n"
    "Q : pourquoi une CTG ?\nR. Parce que ...\nİstanbul n'est pas en cause."
)
PATTERNS = [
    (r"\bsign(?:e|é|ée|ature)\b|\bcosign\w*", 0),  # leading \b moved behind the first letter
    (r"\bcaf\b|caisses?\s+d['’]\s*allocations?\s+familiales?|\bCSSM\b", 0),
    (r"conseil\s+(?:municipal|communautaire)|\bdélibér\w+", 0),
    (r"^\s*(?:Q|R)\s*[:.–—-]\s", re.MULTILINE),  # anchors and an upper-case class stay right
    (r"\(?[hf]\s*/\s*[hf]\)?(?=\W)|recrute\b|\bS\w+", 0),  # \S-like escapes are not lower-cased
    (r"\bpas\b(?!\s+une)|[A-ZÀ-Þ]\w+\s+n['’]est", 0),
    (r"(?P<Verb>\bsign\w+)|\b(?P<w>Q)\s*(?P=w)?", 0),  # named groups and back-references keep their names
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_same_matches_as_case_insensitive_regex(pattern, flags):
    expected = [m.span() for m in re.finditer(pattern, TEXT, flags | re.IGNORECASE)]
    cue = FastCue(pattern, flags)
    assert [m.span() for m in cue.finditer(TEXT)] == expected
    assert bool(cue.search(TEXT)) == bool(expected) and cue.count(TEXT) == len(expected)
    same_length = TEXT.split("\nİ")[0]  # groups read on the lower-cased text: lower-cased values, same names
    assert [m.groupdict() for m in cue.finditer(same_length)] == [
        {k: v and v.lower() for k, v in m.groupdict().items()}
        for m in re.finditer(pattern, same_length, flags | re.IGNORECASE)]


def test_fast_pattern_moves_leading_boundary_and_keeps_escapes():
    assert fast_pattern(r"\bSign\w*|\bCaf\b") == r"s(?<!\w.)ign\w*|c(?<!\w.)af\b"
    assert fast_pattern(r"\bs?igne|\S+\W") == r"\bs?igne|\S+\W"  # an optional first letter keeps its \b


def test_text_that_changes_length_when_lowered_uses_the_original_regex():
    text = "İl a SIGNÉ."  # 'İ' lower-cases to two characters: offsets would shift
    assert len(text.lower()) != len(text)
    assert [m.span() for m in FastCue(r"\bsigné").finditer(text)] == [(5, 10)]
