"""Parsing of French numerals: digits with French separators and number words (the one shared table of
number words, used by the dates and money patterns; the words are read by text2num)."""

from __future__ import annotations

import re

from text_to_num import text2num

UNITS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}
APPROX = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}

# A regex alternative matching a French number written in words ("vingt-cinq", "trente et un").
_WORD = "|".join(sorted((re.escape(w) for w in UNITS if w not in {"zéro", "zero"}), key=len, reverse=True))
NUMBER_WORDS = rf"(?:(?:{_WORD})(?:(?:-|\s+et\s+|\s+)(?:{_WORD}))*)"
# Digits with French thousand separators (space, no-break spaces, thin and figure spaces, dot) and decimal comma; the
# thin space (U+2009) and the figure space (U+2007) are what typographic tools and some publishing systems put between
# thousands (session 24: "12\u2009400 habitants" was read as "400 habitants", "2\u2009500\u2009000 €" as "000 €")
THOUSANDS_SPACES = "\u00a0\u202f\u2009\u2007"
DIGITS = rf"(?:\d{{1,3}}(?:[ {THOUSANDS_SPACES}.]\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?(?!\.\d{{3}})(?:\.\d+)?)"


def parse_digits(text: str) -> float | None:
    """Parse '24 000', '1,2', '1.963', '3.5' into a float."""
    s = text.strip()
    for space in THOUSANDS_SPACES:
        s = s.replace(space, " ")
    if re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?", s):
        s = re.sub(r"[ .]", "", s)
    s = s.replace(" ", "").replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def parse_words(text: str) -> int | None:
    """Parse French number words with text2num: 'cinq' -> 5, 'vingt-cinq' -> 25, 'deux mille' -> 2000."""
    try:
        return text2num(text.lower().strip(), "fr")
    except ValueError:
        return None


def parse_number(text: str) -> float | None:
    """Parse digits or number words."""
    s = text.strip()
    if not s:
        return None
    if s[0].isdigit():
        return parse_digits(s)
    low = s.lower()
    for word, val in APPROX.items():
        if word in low:
            return float(val)
    v = parse_words(low)
    return float(v) if v is not None else None


def as_int(value: float | None) -> int | float | None:
    """Return an int when the float has no fractional part."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
