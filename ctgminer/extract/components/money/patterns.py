"""Patterns for monetary amounts and counted figures."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ctgminer.text.numbers import APPROX, DIGITS, NUMBER_WORDS

# Scale words, advert cues and figure nouns are data (cues.json), compiled once here.
CUES: dict = json.loads((Path(__file__).with_name("cues.json")).read_text(encoding="utf-8"))

FLAGS = re.IGNORECASE

SCALES: dict[str, float] = CUES["scales"]

# "24 000 €", "430 millions d'euros", "1,2 M€", "3 millions €", "850 000 euros", "€ 1 200", "2 Md€"
AMOUNT = re.compile(
    rf"(?<![\w,.])(?P<num>{DIGITS}|(?i:{NUMBER_WORDS}))\s*"
    # "4 000 000 d'euros": a large sum in digits also takes "d'euros"
    r"(?:(?P<scale>milliards?|millions?|mille)\s*(?:d['’]\s*|de\s+)?|(?P<abbr>Mds?|Mrd|Mio|M|k|K)\s*(?:d['’]\s*)?"
    r"|d['’]\s*(?=euros?\b|EUROS?\b))?"
    r"(?P<cur>€|euros?\b|EUR\b|EUROS?\b)",
)
AMOUNT_PREFIX = re.compile(rf"(?P<cur>€|EUR)\s?(?P<num>{DIGITS})(?:\s*(?P<scale>millions?|milliards?))?")
# "2,8 millions (...) et 2,6 millions d'euros", "et plus de 20 millions": a bare scaled number in a sentence that
# states an amount in euros (the euro is implicit in the series)
BARE_SCALED = re.compile(
    rf"(?<![\w,.])(?P<num>{DIGITS})\s+(?P<scale>milliards?|millions?)\b(?!\s+(?:d['’]|de)\s*(?!euros))"
)
NOT_ABOUT_CONVENTION = re.compile("|".join(CUES["not_about_convention"]), FLAGS)

# Figures: number + counted noun. Order matters: longer nouns first.
FIGURE_NOUNS: dict[str, str] = {"|".join(e["alternatives"]): e["kind"] for e in CUES["figure_nouns"]}
APPROX_WORDS = rf"(?:{'|'.join(APPROX)})s?"  # the shared table of approximate counts ("une cinquantaine")
_NOUNS = "|".join(f"(?:{k})" for k in FIGURE_NOUNS)
FIGURE = re.compile(
    rf"(?<![\w,.'’-])(?P<num>{DIGITS}|{NUMBER_WORDS}|une?\s+{APPROX_WORDS}\s+(?:d['’]\s*|de\s+))"
    rf"\s*(?:(?:nouvelles?|nouveaux|premiers?|premières?|grands?|grandes?|autres|principaux|principales"
    rf"|grands\s+axes|membres)\s+)?(?P<noun>{_NOUNS})(?![\w-])",
    FLAGS,
)
# "Centres Sociaux (4)"
FIGURE_PAREN = re.compile(rf"(?P<noun>{_NOUNS})(?:\s+[\wÀ-ÿ'’-]+){{0,4}}\s*\((?P<num>\d{{1,5}})\)", FLAGS)
# a number in brackets: FIGURE_PAREN (slow: its nouns are tried at every character) runs only where one stands
PAREN_NUMBER = re.compile(r"\(\d{1,5}\)")
# "30 des 43 communes"
FIGURE_OF = re.compile(rf"(?<![\w,.])(?P<num>\d{{1,5}})\s+des\s+(?P<num2>\d{{1,5}})\s+(?P<noun>{_NOUNS})\b", FLAGS)
# "la 14ème commune"
FIGURE_ORDINAL = re.compile(r"\b(?P<num>\d{1,4})(?:e|è|ème|eme|ᵉ)\s+(?P<noun>communes?)\b", FLAGS)
PERCENT = re.compile(rf"(?<![\w,.])(?P<num>{DIGITS})\s*(?:%|pour\s*cent\b|p\.\s*100)", FLAGS)
FIGURE_EXCLUDE_BEFORE = re.compile(r"(?:n°|numéro|article|page|axe|tome|\bà|de\s+\d+\s+à)\s*$", FLAGS)
