"""Parsing of French numerals: digits with French separators and number words."""

from __future__ import annotations

import re

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
# Digits with French thousand separators (space, no-break spaces, dot) and decimal comma.
DIGITS = r"(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?(?!\.\d{3})(?:\.\d+)?)"


def parse_digits(text: str) -> float | None:
    """Parse '24 000', '1,2', '1.963', '3.5' into a float."""
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?", s):
        s = re.sub(r"[ .]", "", s)
    s = s.replace(" ", "").replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def parse_words(text: str) -> int | None:
    """Parse French number words: 'cinq' -> 5, 'vingt-cinq' -> 25, 'deux mille' -> 2000."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower().strip()) if t and t != "et"]
    if not tokens:
        return None
    total, current = 0, 0
    for i, tok in enumerate(tokens):
        if tok not in UNITS:
            return None
        val = UNITS[tok]
        if val == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif val == 100:
            current = max(current, 1) * 100
        elif val == 20 and current and current % 100 == 4 and i > 0 and tokens[i - 1] == "quatre":
            current = current - 4 + 80  # quatre-vingt(s)
        elif val >= 10 and current % 100 == 60 and val < 20:
            current += val  # soixante-dix..dix-neuf
        else:
            current += val
    return total + current


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
