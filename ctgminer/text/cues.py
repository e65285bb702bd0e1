"""Cues shared by every stage, each defined once: what makes a text about a CTG."""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE

# Full written forms (case-insensitive) and acronyms (case-sensitive, to avoid 'ctg' inside words).
CTG_LONG = re.compile(
    r"conventions?\s+territoriales?\s+globales?|conventions?\s+territoriales?\s+globalisées?"
    r"|conventions?\s+globales?\s+(?:de\s+)?territoire|conventions?\s+globales?\s+territoriales?",
    FLAGS,
)
CTG_ACRONYM = re.compile(r"(?<![\w-])(?:CTG|Ctg|C\.T\.G\.?)(?![\w-])")
CGT_AS_CTG = re.compile(r"\b(?:la|une|cette|les|des)\s+CGT\b")
# 'CTG' as the Collectivité territoriale de Guyane
GUYANE = re.compile(r"collectivité\s+territoriale\s+de\s+(?:la\s+)?guyane|\bCTG\b[^.\n]{0,60}guyan|guyan[^.\n]{0,80}\bCTG\b",
                    FLAGS)

# Any mention, for a sentence-level test (the Guyane check is ctg_mentions' job)
CTG_CUE = re.compile(rf"(?i:{CTG_LONG.pattern})|{CTG_ACRONYM.pattern}")


def ctg_mentions(text: str) -> list[tuple[int, int]]:
    """Offsets of the mentions of a Convention territoriale globale (not the Collectivité de Guyane)."""
    spans = [m.span() for m in CTG_LONG.finditer(text)]
    guyane = bool(GUYANE.search(text))
    if not guyane or spans:
        spans += [m.span() for m in CTG_ACRONYM.finditer(text)]
        if spans:
            spans += [m.span() for m in CGT_AS_CTG.finditer(text)]
    return sorted(spans)


def mentions_ctg(text: str) -> bool:
    """True when the text names a CTG (the convention, not the Collectivité de Guyane)."""
    return bool(ctg_mentions(text))
