"""Theme phrases told in spoken style (session 20b): an official's words repeating one verb for each field, "on
parle aussi des ados, on parle des parents, on parle de l'accès aux services", as a local paper quotes them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

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
    for s, e, sentence, general, _other in finder.sentences_in_context(text, sents):
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
