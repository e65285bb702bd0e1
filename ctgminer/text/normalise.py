"""Folding text for comparison: case, accents, punctuation."""

from __future__ import annotations

import re
import unicodedata


def strip_accents(text: str) -> str:
    """'Élan' -> 'Elan' (combining marks removed, case kept)."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lowercase, no accents, no punctuation: 'L’Étrat' -> 'l etrat'."""
    text = strip_accents(text).lower()
    text = text.replace("œ", "oe").replace("æ", "ae")
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


CITATION_WORDS = 12  # a citation of third-party text: at most 12 words...
CITATION_CHARS = 80  # ...and at most 80 characters (a short phrase, never a sentence)


def citation(text: str, max_words: int = CITATION_WORDS, max_chars: int = CITATION_CHARS) -> tuple[str, bool]:
    """A short citation of `text` (whitespace folded) and whether it was cut (then it ends with '…')."""
    words = " ".join(text.split()).split(" ")
    cut = words[:max_words]
    while len(cut) > 1 and len(" ".join(cut)) > max_chars:
        cut = cut[:-1]
    short = " ".join(cut)[:max_chars]
    return (short, False) if len(cut) == len(words) and short == " ".join(words) else (short + "…", True)
