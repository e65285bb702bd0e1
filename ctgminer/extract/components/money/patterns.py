"""Patterns for monetary amounts and counted figures."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ctgminer.text.fastcue import FastCue
from ctgminer.text.numbers import APPROX, DIGITS, NUMBER_WORDS

# Scale words, advert cues and figure nouns are data (cues.json), compiled once here; the case-insensitive figure
# patterns are FastCues, run on the doc's lower-cased text.
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
# an amount ends at its currency: AMOUNT is tried only in the reach before each currency sign or word (one fast
# literal scan of the text instead of the number patterns at every character); no written amount is longer
CURRENCY = re.compile(r"€|euros?\b|EUR\b|EUROS?\b")
AMOUNT_REACH = 120


def anchored(pattern: re.Pattern, anchor: re.Pattern, text: str, reach: int, after: int = 0):
    """The matches of `pattern` in `text` that hold a match of `anchor` (a short literal, fast to scan for), as
    `pattern.finditer(text)` gives them: the pattern is tried only from `reach` characters before each anchor to
    `after` characters past it, instead of at every character of the text."""
    last_end = 0
    for a in anchor.finditer(text):
        if a.end() <= last_end:
            continue
        for m in pattern.finditer(text, max(last_end, a.start() - reach), a.end() + after):
            if m.start() <= a.start() and m.end() >= a.end():
                last_end = m.end()
                yield m
                break


def amount_matches(text: str):
    """The matches of AMOUNT in `text`, as `AMOUNT.finditer(text)` gives them, found around each currency."""
    return anchored(AMOUNT, CURRENCY, text, AMOUNT_REACH)


# The sign before its number on one line, and no sign that closes a number before it (session 27; pages: financial
# annexes flattened one cell a line, "Bonus territoire – EAJE\n412 000 €\n418 000 €\n425 000 €": the sign that ends
# 412 000 € is not the head of "€\n418 000", a reading that cost the row its first cell)
AMOUNT_PREFIX = re.compile(
    rf"(?<!\d)(?<!\d[ \u00a0\u202f\u2009])(?P<cur>€|EUR)[^\S\n]?(?P<num>{DIGITS})(?:\s*(?P<scale>millions?|milliards?))?")
# "2,8 millions (...) et 2,6 millions d'euros", "et plus de 20 millions": a bare scaled number in a sentence that
# states an amount in euros (the euro is implicit in the series)
# A budget's part named by its section is a sum too (pages: council summaries, "Budget primitif : 68 millions
# d'euros votés, dont 14 millions d'investissement"); "2 millions d'habitants" stays no amount
BUDGET_PARTS = "|".join(CUES["budget_parts"])
BARE_SCALED = re.compile(
    rf"(?<![\w,.])(?P<num>{DIGITS})\s+(?P<scale>milliards?|millions?)\b"
    rf"(?!\s+(?:d['’]|de)\s*+(?!euros|(?:{BUDGET_PARTS})\b))"
)
NOT_ABOUT_CONVENTION = re.compile("|".join(CUES["not_about_convention"]), FLAGS)
# an order of magnitude, not a sum (GUIDE: vague amounts are not listed): "la Caf verse plus d'un milliard d'euros
# par an" (but "une enveloppe d'un million d'euros" states one); nor is a denial ("pas un euro de plus", "sans un
# euro d'investissement": officials' quotes, council debates)
VAGUE_ONE_BEFORE = re.compile(r"(?:(?:plus|moins|près)\s+d['’]|\b(?:pas|sans|ni)\s+(?:même\s+)?)\s*$", FLAGS)


# --- figures: a number and the noun it counts ------------------------------------------------------------------
@dataclass(frozen=True)
class NounGroup:
    """Counted nouns of one kind (cues.json "figure_nouns"); counts under ``min_value`` are no figure."""

    kind: str
    pattern: str
    min_value: float = 0
    digits_only: bool = False  # counts in words or approximate ("une quarantaine de") are no figure
    min_word_value: float = 0  # counts spelt out in words under it are no figure ("deux crèches")
    # a noun that counts only in a context: the service it belongs to named in the CONTEXT_REACH characters before
    # the count (its line and the line before), and no word right before the count that makes it the places one
    # action reaches ("Accueils périscolaires (14 sites)" counts; "un accueil de loisirs sur 3 sites" does not)
    context_before: re.Pattern | None = None
    not_before: re.Pattern | None = None

    def out_of_context(self, text: str, start: int) -> bool:
        """Whether a count of this group's noun at `start` lacks the context the group asks for."""
        if self.context_before is None:
            return False
        line = text.rfind("\n", 0, start)
        lo = max(start - CONTEXT_REACH, text.rfind("\n", 0, line) + 1 if line >= 0 else 0)
        return (self.context_before.search(text, lo, start) is None
                or (self.not_before is not None and self.not_before.search(text[lo:start]) is not None))


CONTEXT_REACH = 80


def _compiled(pattern: str | None) -> re.Pattern | None:
    return re.compile(pattern, FLAGS) if pattern else None


NOUN_GROUPS: list[NounGroup] = [NounGroup(g["kind"], "|".join(g["alternatives"]), g.get("min_value", 0),
                                          g.get("digits_only", False), g.get("min_word_value", 0),
                                          _compiled(g.get("context_before")), _compiled(g.get("not_before")))
                                for g in CUES["figure_nouns"]]


def nouns(prefix: str = "n") -> str:
    """The counted nouns as one alternation, a named group per noun group (``n0``, ``n1``...): the first group that
    matches at a place wins, so a longer noun stands in its group before a shorter one ("fiches actions")."""
    return "|".join(f"(?P<{prefix}{i}>{g.pattern})" for i, g in enumerate(NOUN_GROUPS))


def noun_group(m: re.Match, prefix: str = "n") -> int:
    """The index of the noun group a match of ``nouns()`` went through."""
    return next(i for i in range(len(NOUN_GROUPS)) if m[f"{prefix}{i}"] is not None)


APPROX_WORDS = rf"(?:{'|'.join(APPROX)})s?"  # the shared table of approximate counts ("une cinquantaine")
# an approximate count is a figure only for the kinds of cues.json "approximate_kinds" (pages: diagnostics and
# reviews, "une cinquantaine d'actions" counts the plan's work, but "une vingtaine de places" or "une quarantaine de
# maires" gives an order of magnitude, not a stated count)
APPROX_COUNT = re.compile(rf"une?\s+{APPROX_WORDS}\b", FLAGS)
APPROXIMATE_KINDS: frozenset[str] = frozenset(CUES["approximate_kinds"])
# ... and for the kinds of cues.json "approximate_targets" where a need or a target precedes it (pages: officials'
# quotes, plans): "il manque une cinquantaine de places", "créer une trentaine de places"
APPROXIMATE_TARGET_KINDS: frozenset[str] = frozenset(CUES["approximate_targets"]["kinds"])
APPROXIMATE_TARGET_BEFORE = re.compile(CUES["approximate_targets"]["before"], FLAGS)
# the number and its noun on one line ("01 60 00 00 00\nRelais petite enfance" is a phone number and a heading)
FIGURE = FastCue(
    rf"(?<![\w,.-])(?:(?<!['’])|(?=une?\s+{APPROX_WORDS}\s))"  # "d'une centaine de places" (not "l'un des")
    rf"(?P<num>{DIGITS}|{NUMBER_WORDS}|une?\s+{APPROX_WORDS}\s+(?:d['’]\s*|de\s+))"
    rf"[^\S\n]*(?:(?:nouvelles?|nouveaux|premiers?|premières?|grands?|grandes?|autres|principaux|principales"
    rf"|membres)[^\S\n]+)?(?:{nouns()})(?![\w-])",
    FLAGS,
)
# a count stated with a scale word (pages: key figures, départements' schemes): "1,4 million d'habitants"
SCALED_FIGURE = FastCue(
    rf"(?<![\w,.])(?P<num>{DIGITS})[^\S\n]+(?P<scale>millions?|milliards?)[^\S\n]+(?:d['’][^\S\n]*|de[^\S\n]+)"
    rf"(?:{nouns()})(?![\w-])",
    FLAGS,
)
# "Centres Sociaux (4)", "espaces de vie sociale (11)"; the words between are lower-case: "Communauté de communes
# du Haut-Pays (62)" brackets a département's code after a name; the noun is a whole word (session 32, pages: news
# sites' comment counters in three written sets: "Vos réactions (7)" holds no count of "actions")
FIGURE_PAREN = re.compile(rf"(?<!\w)(?:{nouns()})(?:\s+(?-i:[a-zà-ÿ'’-]+)){{0,4}}\s*\((?P<num>\d{{1,4}})\)", FLAGS)
# the count after its noun: "Les centres sociaux de la ville, au nombre de sept, ..." (run where "au nombre de" stands)
FIGURE_AFTER = re.compile(
    rf"(?<!\w)(?:{nouns()})(?:\s+(?-i:[a-zà-ÿ'’-]+)){{0,4}}\s*,\s*au\s+nombre\s+de\s+(?P<num>{DIGITS}|{NUMBER_WORDS})\b",
    FLAGS,
)
# a target in brackets after its counted noun (pages: fiches actions, indicator lists, plans): "nombre de places
# créées (objectif : 12)", "plus de places en crèche (objectif : +45 d'ici 2026)"; the noun is the first counted one
# of the clause before the brackets (after CLAUSE_MARK), on their line and within TARGET_REACH characters
TARGET_PAREN = re.compile(
    rf"\((?:objectif|cible)\s*:?\s*\+?(?P<num>{DIGITS})(?![^\S\n]*(?:%|pour\s*cent\b|\d))(?=[\s),;])", FLAGS)
TARGET_REACH = 60
CLAUSE_MARK = re.compile(r"[,;:.!?]")
# a town's people named by its demonym after a determiner, in thousands (cues.json "demonyms"): "au service des
# 95 000 Nancéiens"; the capital letter is read on the text as written
DEMONYM_FIGURE = re.compile(
    rf"(?<![\w,.])(?P<num>\d{{1,3}}(?:[  .]\d{{3}})+)[^\S\n]+[A-ZÉÈ][a-zéèêëàâîïôöûüç-]+(?:{CUES['demonyms']['suffixes']})\b")
DEMONYM_BEFORE = re.compile(CUES["demonyms"]["before"], FLAGS)
# a number in brackets: FIGURE_PAREN (slow: its nouns are tried at every character) runs only before one
PAREN_NUMBER = re.compile(r"\(\d{1,5}\)")
PAREN_REACH = 200  # the noun and four words before the brackets
# the short literals that every match of a figure pattern holds, and the reach before (and after) them that the
# pattern is tried in (see anchored): "des 16" in "14 des 16 intercommunalités", "%" in "45 %", "commune" in
# "la 14e commune"
FIGURE_OF_ANCHOR = re.compile(r"des\s+\d")
PERCENT_ANCHOR = re.compile(r"%|pour\s*cent\b|p\.\s*100")
ORDINAL_ANCHOR = re.compile(r"communes?\b|ctg\b|territoriales?\s+globales?\b", FLAGS)
NUMBER_REACH = 30  # a number in digits and its spaces
# a part of a whole: "14 des 16 intercommunalités" counts the 14 (the whole is the frame of the statement, except
# for the kinds of WHOLE_KINDS: "30 des 43 communes" counts the 43 too)
FIGURE_OF = FastCue(rf"(?<![\w,.])(?P<num>\d{{1,5}})\s+des\s+(?P<whole>\d{{1,5}})\s+(?:{nouns()})\b", FLAGS)
# the whole after "sur": "9 communes sur 26", "110 places créées sur les 180 prévues", "4 familles avec enfants
# sur 10" (tried only before each "sur" + number, see anchored: the noun, an age bound and up to three words after
# it: "1 enfant de moins de 3 ans sur 3" is a proportion, pages: diagnostics, key figures)
AGE_BOUND = r"(?:[^\S\n]+(?:de[^\S\n]+)?(?:moins|plus)[^\S\n]+de[^\S\n]+\d{1,2}[^\S\n]+ans)"
FIGURE_OUT_OF = re.compile(
    rf"(?<![\w,.])(?P<num>{DIGITS})[^\S\n]+(?:{nouns()}){AGE_BOUND}?(?:[^\S\n]+(?-i:[a-zà-ÿ'’-]+)){{0,3}}"
    r"[^\S\n]+sur[^\S\n]+"
    r"(?:les[^\S\n]+)?(?P<whole>\d{1,5})\b(?![^\S\n]*(?:%|pour\s*cent\b|ans\b))",
    FLAGS,
)
# the kinds whose whole is a count too when a part of it is stated (cues.json "whole_kinds")
WHOLE_KINDS: frozenset[str] = frozenset(CUES["whole_kinds"])
# the whole of a count of communes covered by CTGs across a département is no figure (cues.json "coverage_whole")
COVERAGE_WHOLE_KINDS: frozenset[str] = frozenset(CUES["coverage_whole"]["kinds"])
COVERAGE_AFTER = re.compile(CUES["coverage_whole"]["after"], FLAGS)
# a share of people out of a small base is a proportion, no count: "1 enfant sur 4" (cues.json "proportion")
PROPORTION_KINDS: frozenset[str] = frozenset(CUES["proportion"]["kinds"])
PROPORTION_MAX_BASE: float = CUES["proportion"]["max_base"]
OUT_OF_ANCHOR = re.compile(r"\bsur\s+(?:les\s+)?\d")
OUT_OF_REACH = 100
# a table or key-figures row, the noun first and the number alone at the end of its line or cell:
# "Foyers allocataires | 3 050", "Places en crèche : 96"; a diagnostic's indicator names the noun after "Nombre de"
# (pages: diagnostics, social projects, indicator tables): "Nombre de places en EAJE : 640"
# An indicator table's row may open on its field's cell ("Parentalité | Nombre d'actions REAAP | 46"), and a line of
# key figures may hold several rows, each ended by a dash, a semicolon or the line's full stop (pages: conventions'
# diagnostics and indicator annexes from PDFs): "Places en EAJE : 412 – Assistants maternels en activité : 196",
# "Foyers allocataires Caf : 4 980, soit 11 240 personnes couvertes."; a plan's total row names its noun after "Total
# des" (session 24, pages: action plans' summary tables): "Total des fiches actions retenues : 21 – Axe 3 inclus"; a
# row whose number is followed by another cell (a baseline and a target: "Places en EAJE | 0 | 16") stays no key
# figure
KEY_ROW = FastCue(
    rf"(?:^|(?<=[–—|] ))[ \t•·*–—-]*(?:(?:nombre|nb)[^\S\n]+(?:de|d['’])[^\S\n]*|total[^\S\n]+(?:des|de|d['’])[^\S\n]*)?"
    rf"(?:{nouns()})"
    rf"[^\n|:]{{0,60}}?[ \t]*[|:][ \t]*(?P<num>{DIGITS})(?=[ \t]*(?:$|[–—][ \t]|\.[ \t]*$|,[ \t]*soit\b|;))",
    FLAGS | re.MULTILINE,
)
# a key-figures row flattened to two lines, its label over its number, as PDFs' tables come out as text (session 24;
# pages: diagnostics and social projects from PDFs): "Foyers allocataires\n5 240\nTaux de couverture\n54 %"; the
# label is a counted noun and two words at most, the number alone on its line and the next line no other number (a
# comparison column: "Familles allocataires\n3 410\n28 900" stays out, as KEY_ROW leaves a row with a second cell)
# The label may bound an age or date its count in brackets (session 25; pages: projects' and diagnostics' key figures
# from PDFs): "Enfants de moins de 6 ans\n2 480", "Habitants (2021)\n18 950"
FLAT_ROW = FastCue(
    rf"^[ \t•·*–—-]*(?:(?:nombre|nb)[^\S\n]+(?:de|d['’])[^\S\n]*)?(?:{nouns()}){AGE_BOUND}?(?:[^\S\n]+[\w'’-]+){{0,2}}"
    r"(?:[^\S\n]*\((?:19|20)\d\d\))?[ \t]*\n"
    rf"[ \t]*(?P<num>{DIGITS})[ \t]*$(?!\n[ \t]*\d)",
    FLAGS | re.MULTILINE,
)
# ... and a number of tens at least: a flattened table's small numbers are as often its index, axis or rank cells
# ("LAEP itinérant\n3\nCentre social": the action's axis)
FLAT_ROW_MIN = 10
# a town's civil register (births, marriages, deaths) under its heading is no key figure of the convention (pages: town
# bulletins, council minutes): "État civil 2023\nNaissances : 19 – Mariages : 6 – Décès : 22"
CIVIL_REGISTER_BEFORE = re.compile(r"[ée]tat[^\S\n]+civil[^\n]{0,20}\n?[^\n]*\Z", FLAGS)
CIVIL_REGISTER_REACH = 60
# the base of a rate is no figure: "12 places d'accueil pour 100 enfants" counts the 12 places, not the 100 children;
# nor is the base of any rate stated per hundred or per thousand people after its number (pages: diagnostics, key
# figures): "un taux de couverture de 55,2 pour 100 enfants", "11 naissances pour 1 000 habitants"
RATE_BASE = FastCue(
    r"\bplaces?\b[^.;\n]{0,40}?\bpour\s+(?P<base>100|cent|deux|trois|quatre|dix|mille|1 ?000)\s+(?:enfants?|habitants)\b"
    r"|\d[^.;\n]{0,40}?\bpour\s+(?P<per>100|cent|mille|1 ?000|10 ?000)\s+"
    r"(?:enfants|habitants|familles|allocataires|jeunes|ménages|personnes|actifs)\b",
    FLAGS,
)
# a count whose noun is left unsaid, read from the count or the noun before it in its sentence: "1 150 places, dont
# 900 en crèches municipales, et 60 supplémentaires", "5 500 habitants à l'année, mais près de 35 000 en été",
# "Notre commune, comme les 13 autres membres de l'intercommunalité"; a count coordinated with one before it (pages:
# local news, explainers): "14 communes dans l'Ain, 6 en Saône-et-Loire", "12 000 habitants à l'année et plus de
# 60 000 l'été". The number comes after "dont", "mais", "et", a comma or a definite article and before "autres",
# "supplémentaires", "l'été" / "l'hiver" or "en"/"à"/"dans" + words (never "de 10 à 12 places"; pages: conventions'
# preambles, "42 000 habitants, dont 18 000 dans la ville-centre")
# ... and a count qualified by its state or its date after it (session 33; pages: mid-term reviews, steering
# committees, diagnostics, in nine written sets): the whole planned after a part, "36 places ont été créées sur les
# 55 prévues"; a part done or new, "42 actions engagées, dont 30 réalisées", "1 900 places, dont 70 nouvelles en
# 2024"; a total, "déclinée en fiches actions, 21 au total"; today's count in brackets after its noun, "une commune
# qui gagne des habitants (environ 9 800 aujourd'hui)"
ELIDED_STATE = (r"prévu(?:e|s|es)?\b|réalisé(?:e|s|es)?\b|(?:nouvelles|nouveaux)(?=\s*(?:[,.;:)]|en\s+\d))"
                r"|au\s+total\b|aujourd['’]hui\b")
ELIDED = FastCue(
    rf"(?:(?:\b(?:(?P<part>dont)|mais|et|les|des|aux|promet|prévoit)|,)\s+|\(\s*)"
    rf"(?:près\s+de\s+|plus\s+de\s+|environ\s+)?"
    rf"(?P<num>{DIGITS})(?=\s+(?:autres\b|supplémentaires\b|(?:en|à|dans)\s+(?![\d(])[a-zà-ÿ]|l['’](?:été|hiver)\b"
    rf"|(?P<state>{ELIDED_STATE})))",
    FLAGS,
)
# the counted noun nearest before an elided count, in its sentence (singular too: "la commune ... les 43 autres")
NOUN_BEFORE = re.compile(rf"\b(?:{nouns()})(?![\w-])", FLAGS)
# the counted noun right after a number (its spaces between): the noun of the whole in "16 CTG sur 18 intercommunalités"
NOUN_AFTER = re.compile(rf"[^\S\n]+(?:{nouns()})(?![\w-])", FLAGS)
ELIDED_REACH = 120  # characters searched before an elided count for its noun
SENTENCE_END = re.compile(r"[.!?;\n]")
# a part of a stated whole, its noun left unsaid, as the subject of its clause (pages: mid-term reviews, steering
# committees, coverage news): "Sur les 19 actions du plan, 11 sont engagées", "... des 18 fiches actions. Treize sont
# réalisées", "Et les intercommunalités ? Huit d'entre elles ont leur CTG"; the whole is read in the count's sentence
# or the one before (PART_REACH characters at most)
PART_SUBJECT = FastCue(
    rf"(?:^|[.;:,!?])[^\S\n]*(?P<num>{DIGITS}|{NUMBER_WORDS})[^\S\n]+"
    r"(?:sont|ont|l['’]ont|d['’]\s*entre\s+(?:eux|elles))\b",
    FLAGS | re.MULTILINE,
)
PART_REACH = 240
# one part of a whole broken down into its parts in one sentence (pages: mid-term reviews, steering committees,
# activity reports): "Sur les 27 fiches actions, 15 sont réalisées, 8 sont en cours et 4 ont été abandonnées" counts
# the whole only, while "Sur les 22 actions, 15 sont engagées" counts the part; a part is a count at the head of a
# clause with its verb or participle
BREAKDOWN_PART = re.compile(
    rf"(?:^|[,:]|\bet\b)[^\S\n]*(?:{DIGITS}|{NUMBER_WORDS})[^\S\n]+(?:sont\b|ont\b|non\b|en\s+cours\b|à\s+"
    r"(?:relancer|venir|engager)\b|[a-zà-ÿ]+(?:é|ée|és|ées)\b)",
    FLAGS,
)
# PART_SUBJECT is tried only around its verb (see anchored): the number in words and the punctuation before it,
# "d'entre elles" after it
PART_SUBJECT_ANCHOR = re.compile(r"\b(?:sont|ont|l['’]ont|d['’]\s*entre)\b")
PART_SUBJECT_REACH = 40
# a count of a noun said before, through the pronoun "en" (pages: officials' quotes, plans): "Il manque 500 places.
# La convention doit nous permettre d'en créer au moins 250", "L'objectif est d'en ouvrir 120 de plus"; in digits
# (read as PART_SUBJECT's parts are); and the count a territory has of it, told with "n'en ... que" (session 25; pages:
# signing reports, plans' diagnostics): "Il faudrait 300 places d'accueil ; la commune n'en compte que 85", and with no
# count before, the first counted noun of its sentence ("développer les places d'accueil, alors que la commune n'en
# compte que 85")
EN_COUNT = FastCue(
    rf"\b(?:[dnl]['’]\s*)?en[^\S\n]+(?:créer|ouvrir|accueillir|former|recruter|financer|ajouter|construire"
    rf"|(?<=n['’]en\s)(?P<have>compte|dénombre|recense|propose|offre)(?:nt)?[^\S\n]+que)"
    rf"[^\S\n]+(?:au\s+moins\s+|plus\s+de\s+|près\s+de\s+|environ\s+|encore\s+)?(?P<num>{DIGITS})(?![\w%]|[,.]\d)",
    FLAGS,
)
# the count a number of things reaches (pages: diagnostics, reviews, plans): "le nombre d'enfants accompagnés est passé
# de 620 à 810", "porter le nombre de places en crèche de 1 150 à 1 400", "le nombre d'enfants de moins de 3 ans
# atteint 1 900" count 810, 1 400 and 1 900 (the start of a change is no figure); the noun is the first counted one
# after "nombre de"
NUMBER_REACHED = FastCue(
    rf"\bnombre\s+(?:de|d['’])\s*(?P<zone>[^.;:\n]{{0,60}}?)\s+(?:(?:(?:est|a\s+été)\s+passée?|passe|passera|passant)"
    rf"\s+)?(?:de\s+(?P<low>{DIGITS})\s+(?:à|a)|(?:a\s+)?(?:atteint|atteindra|atteignant))\s+(?P<num>{DIGITS})"
    r"(?![^\S\n]*(?:%|pour\s*cent\b|ans\b|\d))",
    FLAGS,
)
# the count a number of things is brought to, the number before its noun (session 24; pages: coverage news, Caf
# press releases, mid-term reviews): "Ces deux signatures portent à 23 le nombre de territoires couverts par une CTG",
# "L'ouverture de la micro-crèche porte à six le nombre d'équipements"; the noun is the first counted one after
# "le nombre de" (its group's kind, least count and least count in words)
NUMBER_BROUGHT = FastCue(
    rf"\b(?:port|élev)(?:e|ent|er|ant|ée?s?|era|eront|ait|aient)\s+à\s+(?P<num>{DIGITS}|{NUMBER_WORDS})\s+le\s+nombre"
    rf"\s+(?:de|d['’])\s*(?P<zone>[^.;:\n]{{0,60}})",
    FLAGS,
)
# "la 14ème commune"
# ... and "la 14e CTG signée dans le département", a coverage count (session 24, pages: Caf press releases, local news:
# "C'est la 17e convention territoriale globale signée en Gironde"), of the kind and least count of its noun's group
# (a CTG's rank under five is the news: "la 2e CTG du territoire" renews its first)
FIGURE_ORDINAL = FastCue(
    r"\b(?P<num>\d{1,4})(?:e|è|ème|eme|ᵉ)\s+(?P<noun>communes?|CTG|conventions?\s+territoriales?\s+globales?)\b", FLAGS)
PERCENT = FastCue(rf"(?<![\w,.])(?P<num>{DIGITS})\s*(?:%|pour\s*cent\b|p\.\s*100)", FLAGS)
# a percentage that bounds a class in an indicator's definition is no figure (pages: diagnostics, key figures):
# "allocataires dont les ressources dépendent à 50 % ou plus des prestations : 22 %" counts the 22 %, not the 50 %
# a percentage alone on its line under another one alone on its line is a flattened table's comparison column (session
# 25; pages: diagnostics from PDFs, "Indicateur\nLe territoire\nLe département\nTaux de couverture\n58 %\n66 %"): the
# territory's cell comes first, the département's or the nation's after it stays out, as FLAT_ROW leaves a count's
COMPARISON_CELL_BEFORE = re.compile(rf"(?:^|\n)[ \t]*{DIGITS}[ \t]*(?:%|pour\s*cent)[ \t]*\n[ \t]*$", FLAGS)
# ... and a percentage in a table row's cell right after another percentage's cell is such a column too (session 26;
# pages: diagnostics' indicator tables, one row a line with bars): "Indicateur | CC du Val | Cher | France" then "Part
# des moins de 20 ans | 21,8 % | 21,1 % | 23,7 %" counts the territory's 21,8 % only
COMPARISON_BAR_BEFORE = re.compile(rf"\|[ \t]*{DIGITS}[ \t]*(?:%|pour\s*cent)[ \t]*\|[ \t]*$", FLAGS)
PERCENT_BOUND_AFTER = re.compile(r"[^\S\n]+ou[^\S\n]+(?:plus|moins)\b", FLAGS)
# (the high end of a change stated as a range is a count: "la crèche passe de 30 à 40 places", pages: signing
# reports, council minutes, plans; its low end, with no noun, is none)
FIGURE_EXCLUDE_BEFORE = re.compile(r"(?:n°|numéro|article|page|axe|tome)\s*$", FLAGS)
YEAR = re.compile(r"(?:19|20)\d\d")
# a section's number is no count: "2.2 Rendez-vous des droits" (a count is whole, and a French decimal has a comma)
SECTION_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}")
# a small count right after a definite or possessive determiner refers back ("les deux partenaires")
ANAPHORIC_BEFORE = re.compile(rf"\b{CUES['anaphoric_determiners']}\s+$", FLAGS)
# a family's size ("mère de deux enfants")
FAMILY_SIZE_KIND: str = CUES["family_size"]["kind"]
FAMILY_SIZE_MAX: float = CUES["family_size"]["max_value"]
FAMILY_SIZE_BEFORE = re.compile(CUES["family_size"]["before"], FLAGS)
# where a number is no figure at all ("Vous avez lu 60 % de l'article")
NOT_A_FIGURE_BEFORE = re.compile(rf"(?:{'|'.join(CUES['not_a_figure_before'])})$", FLAGS)


@dataclass(frozen=True)
class KindByContext:
    """A noun whose kind its context changes (cues.json "kind_by_context")."""

    kind: str
    nouns: re.Pattern
    after: re.Pattern | None
    before: re.Pattern | None


KIND_BY_CONTEXT: list[KindByContext] = [
    KindByContext(c["kind"], re.compile(c["nouns"], FLAGS),
                  re.compile(c["after"], FLAGS) if c.get("after") else None,
                  re.compile(c["before"], FLAGS) if c.get("before") else None)
    for c in CUES["kind_by_context"]
]

# communes named as a group of signatories (cues.json "signing_communes")
SIGNING_AFTER = re.compile(CUES["signing_communes"]["after"], FLAGS)
DETERMINER_BEFORE = re.compile(CUES["signing_communes"]["determiner_before"], FLAGS)
# the steps a text is told in ("la CTG en 5 étapes") are its outline, no count (cues.json "steps_of_a_text")
STEPS_NOUN = re.compile(CUES["steps_of_a_text"]["nouns"], FLAGS)
STEPS_BEFORE = re.compile(CUES["steps_of_a_text"]["before"], FLAGS)
# a street address is no count (cues.json "address": its noun and the square's name after it, case-sensitive)
ADDRESS_NOUN = re.compile(CUES["address"]["nouns"], FLAGS)
ADDRESS_AFTER = re.compile(CUES["address"]["after"])
# a party's designation in a convention's preamble: "Ci-après dénommées « les cinq communes du Val de Saône »"
DESIGNATION_BEFORE = re.compile(CUES["designation_before"], FLAGS)
# the low end of a range of sums takes the currency and scale of its high end: "passer de 1,6 à 2,4 millions
# d'euros", "entre 3 et 5 millions d'euros", "de 6 à 12 € par jour"
RANGE_LOW_BEFORE = re.compile(rf"\b(?:de|entre)\s+(?P<num>{DIGITS})\s+(?:à|et)\s+$", FLAGS)
RANGE_REACH = 40
# a table of sums whose currency is stated once, in its caption or a header cell, its cells numbers alone (session
# 25; pages: conventions' and reviews' financial annexes from PDFs, flattened one cell a line): "Tableau 2 – Aides de
# la Caf (en €)\nAnnée\nPrestation de service\nTotal\n2022\n310 500\n325 000" states 310 500 € and 325 000 €, and
# "Montants en milliers d'euros" scales its cells; the table runs until a line of prose (TABLE_PROSE_LINE) or
# TABLE_REACH lines
TABLE_CURRENCY = re.compile(
    r"\((?:montants?\s+)?en\s+(?:(?P<k>k€|milliers\s+d['’]\s*euros)|€|euros)\)|\((?:(?P<k2>k€)|€)\)"
    r"|\bmontants?\s+en\s+(?:(?P<k3>k€|milliers\s+d['’]\s*euros)|€|euros)\b",
    FLAGS,
)
# a cell: a number alone, or several joined by bars or tabs ("2022 | 310 500 | 14 500")
TABLE_CELL = re.compile(rf"[ \t]*(?P<num>{DIGITS})[ \t]*")
TABLE_CELL_SPLIT = re.compile(r"[|\t]")
# a line of prose ends the table: six words or more, or a sentence's end (a header cell is a few words)
TABLE_PROSE_LINE = re.compile(r"(?:\S+\s+){5,}\S|[.:;!?]\s*$")
TABLE_REACH = 80
# a header cell that names a count or a rate makes a mixed table, whose columns a flattened text no longer tells apart:
# no cell is read ("Structure\nNombre de places\nMontant (€)\nCrèche Les Lutins\n24\n45 000")
TABLE_COUNT_HEADER = re.compile(r"^[ \t]*(?:nombre|nb|effectifs?|places|taux|part)\b", FLAGS)
# a cell in euros under it is no sum: a page's or a row's index ("4", "12"); nor is a row's first cell of several, its
# label ("2 | 48 | 52,5" in thousands of euros: axis 2)
TABLE_MIN_SUM = 100
