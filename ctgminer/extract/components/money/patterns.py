"""Patterns for monetary amounts and counted figures."""

from __future__ import annotations

import re

from ctgminer.text.numbers import DIGITS, NUMBER_WORDS

FLAGS = re.IGNORECASE

SCALES = {"milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "million": 1e6, "millions": 1e6,
          "m": 1e6, "mio": 1e6, "k": 1e3, "mille": 1e3}

# "24 000 €", "430 millions d'euros", "1,2 M€", "3 millions €", "850 000 euros", "€ 1 200", "2 Md€"
AMOUNT = re.compile(
    rf"(?<![\w,.])(?P<num>{DIGITS}|(?i:{NUMBER_WORDS}))\s*"
    r"(?:(?P<scale>milliards?|millions?|mille)\s*(?:d['’]\s*|de\s+)?|(?P<abbr>Mds?|Mrd|Mio|M|k|K)\s*(?:d['’]\s*)?)?"
    r"(?P<cur>€|euros?\b|EUR\b|EUROS?\b)",
)
AMOUNT_PREFIX = re.compile(rf"(?P<cur>€|EUR)\s?(?P<num>{DIGITS})(?:\s*(?P<scale>millions?|milliards?))?")
# "2,8 millions (...) et 2,6 millions d'euros", "et plus de 20 millions": a bare scaled number in a sentence that
# states an amount in euros (the euro is implicit in the series)
BARE_SCALED = re.compile(
    rf"(?<![\w,.])(?P<num>{DIGITS})\s+(?P<scale>milliards?|millions?)\b(?!\s+(?:d['’]|de)\s*(?!euros))"
)
VAGUE = re.compile(r"\b(?:plusieurs|quelques|des|de\s+nombreux)\s+(?:millions|milliards|milliers)", FLAGS)
NOT_ABOUT_CONVENTION = re.compile(
    r"abonn|sans\s+engagement|offre\s+(?:d['’]essai|découverte|spéciale)|illimit|premium|1er\s+mois|premier\s+mois"
    r"|je\s+m['’]abonne|newsletter|prix\s+de\s+vente|tarif\s+(?:du\s+)?numéro",
    FLAGS,
)

# Figures: number + counted noun. Order matters: longer nouns first.
FIGURE_NOUNS: dict[str, str] = {
    r"foyers?\s+(?:sont\s+)?allocataires|allocataires?|familles\s+allocataires": "allocataires",
    r"habitant(?:e|·e)?s?|résident(?:e)?s": "habitants",
    r"enfants?|bébés?|nourrissons?": "enfants",
    r"communes?|municipalités?": "communes",
    r"fiches?[- ]actions?|actions?|projets?": "actions",
    r"places?": "places",
    r"micro[- ]crèches?|crèches?|multi[- ]accueils?|centres?\s+sociaux|centres?\s+social|espaces?\s+de\s+(?:la\s+)?vie\s+sociale"
    r"|EVS|EAJE|établissements?\s+d['’]accueil\s+du\s+jeune\s+enfant|relais\s+(?:petite\s+enfance|assistant\w*\s+maternel\w*)"
    r"|RPE|RAM|lieux?\s+d['’]accueil\s+enfants?[- ]parents?|LAEP|accueils?\s+de\s+loisirs(?:\s+sans\s+hébergement)?|ALSH"
    r"|accueils?\s+jeunes|structures?|équipements?|maisons?\s+(?:de\s+la\s+famille|France\s+services?)"
    r"|France\s+services?|ludothèques?|médiathèques?": "equipements",
    r"personnes|familles|bénéficiaires|usagers|jeunes|parents|foyers|ménages|Dionysien\w*": "beneficiaires",
    r"axes|thèmes|thématiques|enjeux|étapes|phases|territoires|hameaux|médiateurs?|accompagnements|orientations"
    r"|conventions?|quartiers|agents|partenaires|volets|champs": "other",
}
APPROX_WORDS = r"(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)s?"
_NOUNS = "|".join(f"(?:{k})" for k in FIGURE_NOUNS)
FIGURE = re.compile(
    rf"(?<![\w,.'’-])(?P<num>{DIGITS}|{NUMBER_WORDS}|une?\s+{APPROX_WORDS}\s+(?:d['’]\s*|de\s+))"
    rf"\s*(?:(?:nouvelles?|nouveaux|premiers?|premières?|grands?|grandes?|autres|principaux|principales"
    rf"|grands\s+axes|membres)\s+)?(?P<noun>{_NOUNS})(?![\w-])",
    FLAGS,
)
# "Centres Sociaux (4)"
FIGURE_PAREN = re.compile(rf"(?P<noun>{_NOUNS})(?:\s+[\wÀ-ÿ'’-]+){{0,4}}\s*\((?P<num>\d{{1,5}})\)", FLAGS)
# "30 des 43 communes"
FIGURE_OF = re.compile(rf"(?<![\w,.])(?P<num>\d{{1,5}})\s+des\s+(?P<num2>\d{{1,5}})\s+(?P<noun>{_NOUNS})\b", FLAGS)
# "la 14ème commune"
FIGURE_ORDINAL = re.compile(r"\b(?P<num>\d{1,4})(?:e|è|ème|eme|ᵉ)\s+(?P<noun>communes?)\b", FLAGS)
PERCENT = re.compile(rf"(?<![\w,.])(?P<num>{DIGITS})\s*(?:%|pour\s*cent\b|p\.\s*100)", FLAGS)
FIGURE_EXCLUDE_BEFORE = re.compile(r"(?:n°|numéro|article|page|axe|tome|\bà|de\s+\d+\s+à)\s*$", FLAGS)
