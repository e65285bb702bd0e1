"""Folding text for comparison (case, accents, punctuation), and repairing text read through the wrong encoding."""

from __future__ import annotations

import re
import unicodedata

# UTF-8 read as a one-byte Western or Central European encoding: "MĂ©tropole", "signÃ©", "lâ€™accÃ¨s" (French never
# writes Ã or Ă before such a character); a cheap test so that clean text never goes through the repair
MOJIBAKE = re.compile(r"[ÃĂÂ][\u0080-\u00bf\u0102-\u0103\u015e-\u0163\u02c7-\u02dd\u2013-\u203a\u20ac\u2122]|â€")


def repair_text(text: str) -> str:
    """Undo mojibake with ftfy: a page mirrored through the wrong encoding reads "Valenciennes MĂ©tropole" for
    "Valenciennes Métropole". Only such a page is touched (ftfy's full fix: its encoding repair needs the curly
    quotes of the page straightened to find the encoding back); any other text is returned as it is."""
    if not MOJIBAKE.search(text):
        return text
    import ftfy  # only for the rare page that needs it

    return ftfy.fix_text(text)


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
