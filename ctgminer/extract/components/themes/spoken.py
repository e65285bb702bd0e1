"""Theme phrases two readings of the finder missed (session 20b): fields told in spoken style, an official's words
repeating one verb for each field ("on parle aussi des ados, on parle des parents, on parle de l'accès aux
services"), and an inline list whose items a slash separates ("Au programme : parentalité / accès aux droits")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ctgminer.extract.components.themes import patterns as P
from ctgminer.extract.components.themes.patterns import FLAGS

if TYPE_CHECKING:
    from ctgminer.extract.components.themes.component import Phrase, ThemesComponent
    from ctgminer.text.sentences import Sentences

# the repeated lead, in the present ("on parlait de ..." tells the past), and its item up to the next clause
SPOKEN_ITEM = re.compile(
    r"\bon\s+(?:parle|travaille|s['’]\s*occupe|met\s+l['’]\s*accent|agit)\s+(?:aussi\s+|également\s+|encore\s+|enfin\s+)?"
    r"(?:sur\s+|pour\s+|de\s+(?=l['’]|la\b)|d['’](?=\s*[aeiouéèêh]))?"
    r"(?P<item>(?:des|du|la|le|les|l['’]|de|d['’])\s*[^,;.!?«»()\n]+?)"
    r"(?=\s*(?:[,;.!?»()\n]|\bet\s+on\b|\bparce\b|\bmais\b|$))", FLAGS)
SPOKEN_MIN_ITEMS = 2  # one verb repeated over two fields at least
SPOKEN_ITEM_MAX_WORDS = 10


def spoken_phrases(finder: ThemesComponent, text: str, sents: Sentences, excluded) -> list[Phrase]:
    """The items of a lead repeated in one sentence ("on parle des ados, on parle des parents"), when two of them at
    least name a field; in a quote or a sentence naming the convention, not in general ones (a past clause before it,
    "on avait un CEJ depuis 2008, là on passe à autre chose", does not make it the past)."""
    out: list[Phrase] = []
    for s, _e, sentence, general, _other in finder.sentences_in_context(text, sents):
        quoted = "«" in sentence or text.rfind("«", 0, s) > text.rfind("»", 0, s)
        if general or any(zs <= s < ze for zs, ze in excluded) or not (quoted or finder.about_convention(text, s, sentence)):
            continue
        items = [m for m in SPOKEN_ITEM.finditer(sentence) if len(m.group("item").split()) <= SPOKEN_ITEM_MAX_WORDS]
        if len(items) < SPOKEN_MIN_ITEMS:
            continue
        parts = [finder._clean(text, s + m.start("item"), s + m.end("item"), "prose") for m in items]
        if sum(bool(finder._lexicon_labels(p.text, prose=True)) for p in parts) >= SPOKEN_MIN_ITEMS:
            out += parts
    return out


# -- an inline list whose items a slash separates --------------------------------------------------------------------
# a label, its colon, then items separated by " / " (a brief on a web page: "Au programme : modes d'accueil petite
# enfance / accueils de loisirs (espaces ados de Figeac, Capdenac) / parentalité / accès aux droits")
SLASH_LINE = re.compile(r"^(?P<lead>[^:\n]{2,80}):[ \t]*(?P<body>[^\n]+)$", re.MULTILINE)
SLASH = re.compile(r"[ \t]+/[ \t]+")
SLASH_MIN_ITEMS = 3
SLASH_ITEM_MAX_WORDS = 20


def _top_level(body: str) -> list[tuple[int, int]]:
    """The spans of a body's items between slashes outside brackets (a bracket's commas and slashes stay inside)."""
    depth, cuts = 0, [0]
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[()]|[ \t]+/[ \t]+", body):
        if m.group() == "(":
            depth += 1
        elif m.group() == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            spans.append((cuts[-1], m.start()))
            cuts.append(m.end())
    spans.append((cuts[-1], len(body)))
    return spans


def slash_list_phrases(finder: ThemesComponent, text: str, excluded) -> list[Phrase]:
    """The items of a slash-separated line under a label announcing the convention's fields or plan ("Au
    programme :", "Les axes :"), when two of them at least name a field; not in general or other schemes' lines."""
    out: list[Phrase] = []
    if " / " not in text:
        return out
    for m in SLASH_LINE.finditer(text):
        lead, body = m.group("lead"), m.group("body")
        if len(SLASH.findall(body)) < SLASH_MIN_ITEMS - 1 or any(zs <= m.start() < ze for zs, ze in excluded) \
                or not (P.INTRO.search(lead) or P.LIST_ONLY_INTRO.search(lead)) \
                or finder.is_general(m.group()) or finder.other_scheme(lead):
            continue
        spans = _top_level(body)
        parts = [finder._clean(text, m.start("body") + a, m.start("body") + b, "list") for a, b in spans]
        parts = [p for p in parts if p.text]
        if len(parts) >= SLASH_MIN_ITEMS and all(len(p.text.split()) <= SLASH_ITEM_MAX_WORDS for p in parts) \
                and sum(bool(finder._lexicon_labels(p.text)) for p in parts) >= 2:
            out += parts
    return out
