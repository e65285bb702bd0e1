"""The theme taxonomy and its vocabularies (synonyms, acronyms), loaded once from package data.

Extract uses them to tell an enumeration of fields from other prose; classify reuses them as features.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=8)
def load_json(name: str) -> dict:
    """A JSON file of resources/themes/, read once."""
    path = resources.files("ctgminer.resources").joinpath(f"themes/{name}")
    return json.loads(path.read_text(encoding="utf-8"))


def taxonomy() -> dict:
    return load_json("taxonomy.json")


def acronyms() -> dict[str, str]:
    """Acronym -> its expansion (with the field words it implies)."""
    return {k: v for k, v in load_json("acronyms.json").items() if not k.startswith("_")}


def labels() -> list[str]:
    return list(taxonomy()["labels"])


# where a word of a term may take its plural: after a word of 4+ letters not already ending in s or x, e.g.
# "assistante maternelle" also finds "assistantes maternelles", "périscolaire" "périscolaires"
_PLURAL_SLOT = re.compile(r"(?<=[^\W\d_]{3}[^\W\d_sxSX])(?=$|[\s-])")
# ... and a word of a plural term its singular, in words of 5+ letters: "bébés" also finds "son bébé", "places
# d'accueil" "une place d'accueil" (spoken words name one child, one parent); not "jeune" (an adjective: "un jeune
# couple") nor "droit" ("de plein droit") nor "aidant" (a participle: "en les aidant à trouver un emploi")
_SINGULAR_SLOT = re.compile(r"(?<=[^\W\d_]{4})(?<!jeune)(?<!droit)(?<!aidant)s(?=$|[\s-])", re.IGNORECASE)


# an accented letter also matches its bare form: pages typed without accents, capitals typed bare ("ACCES AUX
# DROITS", "parentalite")
_ACCENTED = {"é": "eé", "è": "eè", "ê": "eê", "ë": "eë", "à": "aà", "â": "aâ", "î": "iî", "ï": "iï", "ô": "oô",
             "û": "uû", "ù": "uù", "ü": "uü", "ç": "cç"}
_BARE = {bare: "".join(sorted({k for k, v in _ACCENTED.items() if v[0] == bare})) for bare in "eaiouc"}


def _loose_accents(escaped: str) -> str:
    return "".join(f"[{_ACCENTED[c.lower()]}]" if c.lower() in _ACCENTED else c for c in escaped)


def _first_letter(term: str) -> str:
    """The class of characters a term may start with, accented or bare: 'é' and 'e' both start 'éducation'."""
    first = term[:1].lower()
    bare = _ACCENTED.get(first, first)[0]
    return bare + _BARE.get(bare, "")


def lexicon_regex(terms: list[str]) -> re.Pattern:
    """One regex over terms: acronyms case-sensitive, words case-insensitive and accents optional,
    spaces/hyphens/apostrophes loose, each word of 4+ letters in the singular or the plural."""
    groups: dict[str, list[str]] = {}  # by first letter: a position tries only the terms that may start there
    for term in sorted(set(terms), key=len, reverse=True):
        body = re.escape(term if term.isupper() else _SINGULAR_SLOT.sub("\x01", _PLURAL_SLOT.sub("\x00", term)))
        body = body.replace("\\ ", r"[\s-]+").replace("'", "['’]").replace("\\-", r"[\s-]").replace("\x00", "(?:s|x)?")
        body = body.replace("\x01", "s?")
        if not term.isupper():
            body = _loose_accents(body)
        groups.setdefault(_first_letter(term), []).append(f"(?:{body})" if term.isupper() else f"(?i:{body})")
    # the same matches as one alternation of all terms longest first (only terms of one letter can match at a
    # position, in the same order), several times faster on long sentences
    alternation = "|".join(f"(?=(?i:[{first}]))(?:{'|'.join(parts)})" for first, parts in groups.items())
    # "enfance" alone is not "petite enfance"
    return re.compile(r"(?<!\w)(?<!petite\s)(?<!petite-)(?<!Petite\s)(?<!Petite-)(?<!PETITE\s)(?<!PETITE-)(?:"
                      + alternation + r")(?![\w])")


# (one entry per exclusion set in use: none, the words weak in prose, the method words, the words naming no field)
@lru_cache(maxsize=6)
def label_lexicons(exclude: frozenset[str] = frozenset()) -> dict[str, re.Pattern]:
    """Per label, a regex over its synonyms and the acronyms whose expansion names it (minus `exclude`)."""
    out = {}
    for label, spec in taxonomy()["labels"].items():
        terms = [s for s in spec["synonyms"] if s.lower() not in exclude]
        out[label] = lexicon_regex(terms)
    return out


@lru_cache(maxsize=6)
def any_term_regex(exclude: frozenset[str] = frozenset()) -> re.Pattern:
    """One regex over every label's terms (minus `exclude`): finds where some field is named in one pass."""
    terms = [s for spec in taxonomy()["labels"].values() for s in spec["synonyms"] if s.lower() not in exclude]
    return lexicon_regex(terms)


# an age range of the people a field serves: "pour les 3-17 ans", "des jeunes de 16 à 25 ans", "enfants âgés de 0 à
# 6 ans" (after an article or a noun of people, so that "une durée de 4 à 5 ans" is no age), or from birth: "l'éducation
# de leurs enfants, de la naissance à 18 ans"
AGE_RANGE = re.compile(r"\b(?:(?:les|des|aux|enfants|jeunes|adolescents|mineurs|âgé(?:e|s|es)?)\s+(?:âgé(?:e|s|es)?\s+)?"
                       r"(?:de\s+)?(?P<low>\d{1,2})\s*(?:-|–|à)|de\s+la\s+naissance\s+(?:à|jusqu['’]\s*à))"
                       r"\s*(?P<high>\d{1,2})\s*ans\b", re.IGNORECASE)


# ... and a range of ages with no noun of people before it, told by its span alone, a span no duration or experience
# has: "Construire un parcours éducatif continu de 3 à 17 ans", "accompagner chaque enfant de 0 à 17 ans", an item
# opening on its public, "0-11 ans : accueil et loisirs" (BARE_AGE_MIN_HIGH, BARE_AGE_MIN_SPAN; not "une durée de 4 à 5
# ans", "de 2 à 5 ans d'expérience", a job offer's)
BARE_AGE_RANGE = re.compile(r"(?:\bde\s+(?P<low>\d{1,2})\s*à"
                            # (the hyphened span opens a line, a bracket or a quote, a public's: "0-11 ans : ...", "Enfance
                            # (3-11 ans)"; not "rénové il y a 10-15 ans")
                            r"|(?:(?<=[(«])|(?<=«\s)|(?m:^)[^\w\n]{0,3})(?P<low2>\d{1,2})\s*[-–])"
                            r"\s*(?P<high>\d{1,2})\s*ans\b(?!\s+(?:d['’]\s*(?:expérience|ancienneté)|de\s+(?:durée|travail|mandat)))",
                            re.IGNORECASE)
BARE_AGE_MIN_HIGH = 6  # the oldest of a bare range: a public's ages reach school age at least
BARE_AGE_MIN_SPAN = 3  # and span more years than a duration's "4 à 5 ans"


def age_ranges(text: str) -> list[tuple[int, int]]:
    """The (first, last) ages of the age ranges of `text` (AGE_RANGE, and BARE_AGE_RANGE when its span tells ages)."""
    out = [tuple(sorted((int(m.group("low") or 0), int(m.group("high"))))) for m in AGE_RANGE.finditer(text)]
    for m in BARE_AGE_RANGE.finditer(text):
        low, high = int(m.group("low") or m.group("low2")), int(m.group("high"))
        if high >= BARE_AGE_MIN_HIGH and high - low >= BARE_AGE_MIN_SPAN:
            out.append((low, high))
    return out


@lru_cache(maxsize=1)
def age_bands() -> dict[str, tuple[int, int]]:
    """Label -> the ages (first, last) it serves, from the taxonomy ("ages")."""
    return {label: tuple(spec["ages"]) for label, spec in taxonomy()["labels"].items() if "ages" in spec}


def age_labels(text: str) -> set[str]:
    """The labels whose ages an age range of the text shares two years with, or the most years: "les 3-17 ans" ->
    enfance and jeunesse; "les 11-17 ans" -> jeunesse only (11 is enfance's last year), "les 0-3 ans" ->
    petite_enfance only, "les 11-12 ans" -> enfance and jeunesse."""
    out: set[str] = set()
    for low, high in age_ranges(text):
        shared = {label: min(high, last) - max(low, first) + 1 for label, (first, last) in age_bands().items()}
        most = max(shared.values())
        out.update(label for label, years in shared.items() if years >= 2 or years == most > 0)
    return out


# a young person named in the singular, "jeune" a noun by its quantifier, is the youth field's public (the terms keep
# "jeune" out, an adjective: "un jeune couple"): "Offrir à chaque enfant et à chaque jeune des loisirs", "ne laisser
# aucun jeune sans solution", "qu'un jeune de 17 ans sache où aller" (not "chaque jeune parent", "un jeune médecin")
YOUNG_ONE = re.compile(r"\b(?:(?:chaque|aucun|tout)\s+jeune\b(?![\s-]+(?:enfant|parent|couple|ménage|maman|papa|mère|père"
                       r"|public|retraité|actif|travailleur|salarié|citoyen)s?\b)|un\s+jeune\s+(?=de\s+\d{1,2}\s+ans\b|qui\b))",
                       re.IGNORECASE)


# a place or a body after a preposition of place or company (taxonomy "places") is where a field happens, not a field:
# "développer le soutien à la parentalité dans les quartiers prioritaires" (no autre), "des ateliers parents-enfants
# dans les maisons de quartier" (no animation_vie_sociale), "l'enfance sur l'ensemble du territoire" (no autre)
# (and a body after the contractions "au"/"du" or the agent's "par", where it hosts or runs the field's action: "des
# ateliers parents-enfants au centre social", "un réseau parentalité animé par le centre social", "les sorties familles
# du centre socioculturel"; not after "et"/"ou", which add a field, "l'accueil des enfants et au centre social", nor
# after the support given to the body, which is the field: "l'espace jeunes et le soutien au centre social")
_PLACE_INTRO = (r"(?i:(?:\b(?:dans|en|sur|avec|via|aupr[eè]s|au\s+sein|avec\s+l['’]\s*appui)|(?<!\bet\s)(?<!\bou\s)"
                r"(?<!soutien\s)(?<!aide\s)(?<!appui\s)\b(?:au|du|par))\s+"
                r"(?:(?:de|d['’])\s*)?"
                r"(?:(?:les|le|la|l['’]|des|du|de|d['’]|un|une|chaque|nos|leurs?|ses|tou(?:te)?s\s+les|tout\s+le"
                r"|l['’]ensemble\s+d(?:u|es|e\s+la|e\s+l['’])|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})\s*)*)")


@lru_cache(maxsize=1)
def place_complements() -> re.Pattern:
    """Where a field happens: a preposition of place or company, then a place or a body of taxonomy "places"."""
    return re.compile(_PLACE_INTRO + "(?:" + lexicon_regex(taxonomy()["places"]["terms"]).pattern + ")")


@lru_cache(maxsize=1)
def false_friends() -> re.Pattern:
    """A field's word naming another public (taxonomy "false_friends"): "les plus jeunes", "les jeunes ménages"."""
    return lexicon_regex(taxonomy()["false_friends"]["terms"])


# the training of a field's staff is no insertion of the public: "formation commune des animateurs", "la formation
# croisée des agents d'accueil", "Fidéliser les professionnels de la petite enfance (prime d'installation, formation)"
# (the word "formation" alone is blanked, unless a longer term of the taxonomy starts with it: "formation des
# animateurs" names childhood)
_STAFF = (r"(?:animat(?:eur|rice)s?|assistant\w*\s+maternel\w*|agents?|professionnel\w*|personnels?|équipes|salariés"
          r"|encadrants?|bénévoles|intervenants?|accueillant\w*|éducat(?:eur|rice)s?)")
_STAFF_TRAINING = re.compile(
    rf"\bformations?\b(?=(?:\s+(?:commune|croisée|continue|partagée)s?)?\s+(?:des|de\s+l['’]|d['’]|aux|du)\s*"
    rf"(?:\w+\s+)?{_STAFF}\b)", re.I)
_STAFF_PARENS = re.compile(rf"\b{_STAFF}\b[^()\n.;]{{0,80}}\((?P<inside>[^()\n]*)\)", re.I)
_TRAINING = re.compile(r"\bformations?\b", re.I)


def _without_staff_training(text: str) -> str:
    """`text` with the word "formation" blanked where it trains a field's staff (same length)."""
    spans = [m.span() for m in _STAFF_TRAINING.finditer(text)]
    for m in _STAFF_PARENS.finditer(text):
        spans += [w.span() for w in _TRAINING.finditer(text, m.start("inside"), m.end("inside"))]
    any_term = any_term_regex()
    for a, b in spans:
        longer = any_term.match(text, a)
        if not (longer and longer.end() > b):
            text = text[:a] + " " * (b - a) + text[b:]
    return text


# a body a field works with, set off by a comma, still completes the clause before it (pages: Départements' and
# Caf's conventions): "le soutien à la parentalité dès la grossesse, en lien avec les services de PMI" (no health)
# (and the body it leans on or that carries it, set off the same way: "accompagner les parents, en s'appuyant sur les
# associations de quartier", "le soutien à la parentalité, avec l'appui du centre social", "un cycle de conférences
# pour les parents, porté par le centre socioculturel": the field is the parents', not the social centre's)
_COMPANY_AFTER_COMMA = re.compile(r"\s*(?:(?:en\s+(?:lien|partenariat|articulation)\s+)?(?:avec|aupr[eè]s)\b"
                                  r"|en\s+s['’]\s*appuyant\s+(?:\w+\s+)?sur\b|(?:porté|animé|piloté)e?s?\s+par\b).*",
                                  re.IGNORECASE | re.DOTALL)


@lru_cache(maxsize=8192)
def without_places(text: str) -> str:
    """`text` with its false friends blanked, and its place complements where the words before them, in the same item
    (since the last comma, semicolon, colon or parenthesis), name a field; otherwise the place is the field: "Dans les
    quartiers prioritaires" alone, "..., et le développement social des quartiers avec nos centres socioculturels".
    Same length, so offsets hold."""
    def blank(m: re.Match) -> str:
        item_start = max(text.rfind(c, 0, m.start()) for c in ",;:(\n") + 1
        if _COMPANY_AFTER_COMMA.fullmatch(text, item_start, m.end()) and text[item_start - 1:item_start] == ",":
            item_start = max(text.rfind(c, 0, item_start - 1) for c in ";:(\n") + 1  # the clause the comma ends
        return " " * len(m.group()) if any_term_regex().search(text, item_start, m.start()) else m.group()

    text = false_friends().sub(lambda m: " " * len(m.group()), text)
    if "ormation" in text:
        text = _without_staff_training(text)
    return place_complements().sub(blank, text)


_WORD_START = re.compile(r"(?<![\w-])\w")


@lru_cache(maxsize=8192)
def labels_named(text: str, exclude: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The labels whose terms `text` names, in taxonomy order: one pass to find the terms, then each label's
    regex only over what was found (the same result as searching each label over the whole text, 12x fewer
    passes over long sentences); memoised, as the items of one enumeration are read for several intros. The
    longest term found decides: "jeunes enfants" names petite_enfance, not also jeunesse by its word "jeunes"; a
    term overlapping it past its end counts too: "l'aide aux démarches en ligne" names access to rights ("aide aux
    démarches") and digital inclusion ("démarches en ligne")."""
    lex = label_lexicons(exclude)
    text = without_places(text)
    found: set[str] = age_labels(text) if "ans" in text.lower() else set()  # ("POUR LES 3-17 ANS", a heading in capitals)
    if "jeune" in text.lower() and YOUNG_ONE.search(text):
        found.add("jeunesse")
    any_term = any_term_regex(exclude)
    covered = 0  # the end of the last term read: the words of an overlapping term are not read again on their own
    for m in any_term.finditer(text):
        if m.start() < covered:
            continue  # ("un soutien aux parents d'adolescents": "adolescents" is the overlapping term's, no youth)
        spans = [(m.start(), m.end())]
        for word in _WORD_START.finditer(text, m.start() + 1, m.end()):
            if (over := any_term.match(text, word.start())) and over.end() > m.end():
                spans.append((over.start(), over.end()))
        covered = max(b for _a, b in spans)
        for a, b in spans:
            found.update(label for label, rx in lex.items() if label not in found and rx.fullmatch(text, a, b))
    return tuple(label for label in lex if label in found)
