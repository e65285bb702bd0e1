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
