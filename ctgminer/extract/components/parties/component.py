"""Parties component: the Caf, the territorial signatories (typed, linked to INSEE/SIREN codes), persons."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from spacy.tokens import Doc

from ctgminer.extract.components.base import Mention, ctg_mentions_in, doc_text, sentences, write_spans
from ctgminer.extract.components.parties import features as F
from ctgminer.extract.components.parties import patterns as P
from ctgminer.extract.components.parties.model import load_common_words, load_model
from ctgminer.extract.french import french_stop_words
from ctgminer.gazetteer import (
    Gazetteer,
    Place,
    PlaceMatch,
    get_gazetteer,
    match_places,
    name_key,
    spells_acronym,
    split_camel,
)
from ctgminer.text.cues import CAF, CTG_CUE, PARAGRAPH, RELATED_HEADING, story_end
from ctgminer.text.normalise import fold
from ctgminer.text.sentences import Sentences

FR_STOP_WORDS = frozenset(fold(w) for w in french_stop_words())
DEP_PREPOSITION = {"0": "de ", "1": "d'", "2": "du ", "3": "de la ", "4": "des ", "5": "de l'"}
ARTICLE_FROM_PREP = {"du": "Le ", "des": "Les ", "de la": "La ", "de l'": "L'", "de l’": "L'"}
# the small patterns of the code below, compiled once
_SLASH_ET = re.compile(r"\s*(?:/|et\b)")
_PREP_START = re.compile(r"\s*(?:de|du|d['’])")
_LEADING_BLANK = re.compile(r"\s*")
_PREP_ANY_CASE = re.compile(r"\s*(?:de|du|d['’])", re.I)
_COMMUNE_NAME = re.compile(P.COMMUNE_NAME)
_SPACES = re.compile(r"\s+")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÀ-Þ]")
_TOWN_COUNCIL = re.compile(r"\bconseil\s+municipal\b", re.I)
_SENTENCE_CUT = re.compile(r"(?<=[.!?])\s+|\n")  # a text's sentences, roughly (one split, no model)
_LIST_STOP = re.compile(r"[.;:!?\n(]|\s+(?:pour|qui|dont|afin|sur|ont|a|sont|reconduisent|signent|en\s+présence)\s")
_NOT_COMMA = re.compile(r"[^,]+")
_ET_SPLIT = re.compile(r"\s+et\s+(?:de\s+|d['’]\s*)?")
_SUBJECT = re.compile(rf"({P.COMMUNE_NAME})\s+(?:est|sont)\s*$")
_ADJOINTE = re.compile(r"adjointe?\s+à\s+la\s*$", re.I)
_SYNDICAT_HEAD = re.compile(r"(?i)syndicat|sivom|sivos|sivu")
_VOCATION = re.compile(r"(?i)^syndicat\s+intercommunal\s+à\s+vocations?\s+(unique|multiples?)\b")
_CAP = re.compile(P.CAP)
_CONVENTION = re.compile(r"convention", re.I)
_FIRST_LINE = re.compile(r"\S[^\n]*")
_DEMONYMS = [(re.compile(pattern), code) for pattern, code in P.DEMONYMS.items()]
_GUILLEMETS = re.compile(r"\s*«.*»\s*")
_ROLE_AFTER = re.compile(r"\s*,?\s*(?:le\s+|la\s+)?" + P.ROLE.pattern, re.I)
_ROLE_BEFORE = re.compile(P.ROLE.pattern + r"\s*,?\s*$", re.I)
_CAF_INST = re.compile(r"\bcaf\b|caisse|allocations")
# the next capitalised word of a name, after linking words ("Grand Paris| Sud", "Pays| de Mormal")
_NEXT_NAME_WORD = re.compile(r"[ \t\u00a0]+(?:(?:de|du|des|la|le|les|l['’]|et|en|sur)[ \t\u00a0]*)*[A-ZÀ-ÖØ-Þ][\wÀ-ÿ'’]*")
# a lowercase word inside a name that is none of the particles official commune names keep lowercase ("Les maisons"
# is no "Maisons"; "Bourg-en-Bresse", "Saint-Paul-lès-Dax", "Ville-d'Avray" keep theirs)
_LOWER_WORD = re.compile(r"[\s\u00a0](?!(?:sur|sous|de|du|des|en|et|le|la|les|lès|lez|ès|aux|au|près|devant|di|à)"
                         r"(?![\wÀ-ÿ'’]))(?![ld]['’])[a-zà-ÿ]")
# one capitalised word after an article, not followed by another capitalised word ("du Grésivaudan,")
_ARTICLE_WORD = re.compile(r"\b(?:[Ll]e|[Ll]a|du|au)[ \t\u00a0]+(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]{3,})\b(?![ \t\u00a0]+(?:(?:de|du|des|la|le|et|en|sur)[ \t\u00a0]+)?[A-ZÀ-Þ])")
_CAF_BEFORE = re.compile(r"\b(?:Caf|CAF|[Cc]aisse)\b[^.;:!?\n]*$")
# an agenda's or a list's item number opening a line ("5°) ", "N°12 – ", "3. ", "b) ")
_ITEM_NUMBER = re.compile(r"(?:^|\n)[ \t]*(?:[Nn]°[ \t]*)?(?:\d{1,3}[ \t]*(?:°\)?|[.)])?|[a-z][.)])[ \t]*(?:[–—:-][ \t]*)?$")
# a common noun's complement: "Fête| de la musique", "Marché| du lundi"
_NOUN_PHRASE_AFTER = re.compile(r"[ \t]+(?:de|du|des|d['’])[ \t]*(?:la[ \t]+|l['’][ \t]*)?[a-zà-ÿ]")
# an editorial's sign-off line ("Maire du Port") and its first-person signing of the CTG
_SIGN_OFF = re.compile(r"(?:[A-ZÀ-Þ][\wÀ-ÿ'’-]+[ \t]+[A-ZÀ-Þ][\wÀ-ÿ'’-]+[ \t]*[,\n][ \t]*)?[Mm]aire[ \t]+(?:de|du|des|d['’])[^\n]{1,40}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MAYOR_OF_LEFT = re.compile(r"\bmaire[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+|du[ \t]+|des[ \t]+|d['’][ \t]*)$", re.I)
_FIRST_PERSON_SIGN = re.compile(r"\bj['’]ai\s+(?:signé|paraphé)\b[^.!?]{0,200}?(?:convention\s+territoriale\s+globale|\bCTG\b)",
                                re.I)
_EPCI_INST = re.compile(r"communaute|agglo|metropole|intercommunal|\bcc\w*\b|\bca\w*\b")
# the gap between two columns of a flattened table or signature block
_COLUMN_GAP = re.compile(r"[ \u00a0]{2,}|\t")
# one space between two names, no punctuation
_NAME_GAP = re.compile(r"[ \u00a0]")
_DEMONYM_PLURAL = re.compile(r"[A-ZÀ-Þ][\wÀ-ÿ-]*(?:ois|ais|ins|iens)")
_PEOPLE_LEFT = re.compile(r"\b(?:les|des|aux)\s+$", re.I)
_HYPHEN_NAME = re.compile(r"(?<![\wÀ-ÿ'’-])(?P<head>[A-ZÀ-Þ][a-zà-ÿ']+)-(?:[A-ZÀ-Þ][a-zà-ÿ']+)(?![\wÀ-ÿ'’-])")
# "du" or "au" (de or à, and "le") before a name: the name opens on "Le" ("du Port" is "de Le Port")
_CONTRACTED_ARTICLE = re.compile(r"\b(?:du|au)[ \t\u00a0]+$", re.I)
_CAPITAL_ARTICLE = re.compile(r"(?:Le|La|Les)[ \t\u00a0]+[A-ZÀ-Þ]")
# a lowercase article right before a name, and the article of the official name each one stands for ("du Port" is Le
# Port, "des Abymes" Les Abymes)
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(le|la|les|du|des|au|aux)[ \t\u00a0]+$")
_ARTICLE_AGREES = {"le": "le", "du": "le", "au": "le", "la": "la", "les": "les", "des": "les", "aux": "les"}


# an EPCI's kind written in a name as read from the text ("Communauté de communes X", "X Agglo", "Métropole X")
_KIND_WORD = re.compile(r"communaut|agglo|métropole|\bCC\b|\bCA\b", re.I)

def _official_article(name: str) -> str:
    """The article an official commune name opens on ("le", "la", "les"), else ""."""
    head = name.split(" ", 1)[0].lower()
    return head if " " in name and head in {"le", "la", "les"} else ""

_NAME_CLOSED = re.compile(r"[ \t\u00a0]*(?:[,.;:)!?\n]|et\b|$)")  # a name that stops there ("du Port," not "du Val de X")


def _line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The start and end of the line(s) holding text[start:end] (the text's end when no line break follows)."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(text)


# the next or previous item of a list of towns, one capitalised name, hyphens joining its words ("..., Éragny, ...",
# "... et Esvres-sur-Indre.")
_LIST_ITEM_RIGHT = re.compile(r"[ \t]*(?:,[ \t]*(?:et[ \t]+)?|[ \t]et[ \t]+)(?:de[ \t]+|d['’][ \t]*)?"
                              r"(?P<name>[A-ZÀ-Þ][\wÀ-ÿ'’]*(?:-[\wÀ-ÿ'’]+)*)(?=[ \t]*(?:,|\bet\b|[.;:)\n]|$))")
_LIST_ITEM_LEFT = re.compile(r"(?:^|[,:(\n]|\bet)[ \t]*(?:de[ \t]+|d['’][ \t]*)?(?P<name>[A-ZÀ-Þ][\wÀ-ÿ'’]*(?:-[\wÀ-ÿ'’]+)*)"
                             r"[ \t]*(?:,|[ \t]et)[ \t]*(?:de[ \t]+|d['’][ \t]*)?$")
# towns introduced by their kind ("Communes de A et B", "les villes des Abymes"): named as such, no headline's label
_KIND_OF_TOWNS = re.compile(r"\b(?:communes?|villes?)\s+(?:de\s+|des\s+|du\s+|d['’]\s*)", re.I)
# (or a little before, the area's first part between: "couvrant l'agglomération et ses communes")
_COVERS_BEFORE = re.compile(r"\b(?:couvr|concern|englob)\w*\b[^.;:!?]{0,40}$", re.I)
_COVERS_LEFT = re.compile(r"\b(?:couvr|concern|englob)\w*\s+$", re.I)
# the head of a numbered item of minutes or an agenda ("4. Convention territoriale globale", "Point n° 12 :")
# the CTG's own project named in a page's heading ("Projet social de territoire 2025-2029")
_SOCIAL_PROJECT = re.compile(r"\bprojet\s+social\s+de\s+territoire\b", re.I)
_ITEM_HEAD = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[ \t]*(?:[.)°]|/[ \t]|[–—-][ \t])|[Pp]oint[ \t]+n[°o][ \t]*\d)")
# the head of an agenda's item, numbered or bulleted, its marker apart ("3. ", "• ", "Point n°4"): read by
# `mark_other_items`, which keeps to the marker of the CTG's own item (its sub-bullets stay inside it)
_AGENDA_HEAD = re.compile(r"(?m)^[ \t]*(?P<mark>\d{1,2}[ \t]*(?:[.)°]|/[ \t]|[–—-][ \t])|[Pp]oint[ \t]+n[°o][ \t]*\d{1,2}"
                          r"|[•▪·*])")


def _last_item_head(text: str, pos: int, reach: int = 3000) -> int | None:
    """The start of the last numbered item's head before `pos` (within `reach` characters), if any."""
    last = None
    for m in _ITEM_HEAD.finditer(text, max(0, pos - reach), pos):
        last = m.start()
    return last



@dataclass
class PartyValue:
    """A signatory partner, as stored on `span._.value` in `doc.spans["partners"]`."""

    name: str  # the official name when linked, else the text's
    type: str  # commune|epci|departement|region|etat|msa|other
    insee_code: str | None
    mention: str  # the text as written
    start: int
    end: int
    score: float = 1.0


@dataclass
class CafValue:
    """The signing Caf, as stored on `doc._.caf`."""

    name: str
    department: str
    department_code: str
    mention: str | None = None
    start: int | None = None
    end: int | None = None


# a usual name a page gives in brackets right after an EPCI's official name, two to four capitalised words or a
# coined word ("(Cap Sud)", "(Val Fleuri Agglo)", "(Agglo3V)"), not an acronym in capitals, which the acronym
# readers link already
_DECLARED_BRAND = re.compile(r"[ \t]*\((?P<brand>(?-i:[A-ZÀ-Þ])[\wÀ-ÿ'’-]*[a-zà-ÿ0-9][\wÀ-ÿ'’-]*"
                             r"(?:[ \t]+[\wÀ-ÿ'’-]+){0,3})\)")


@dataclass
class Candidate:
    """A possible partner mention."""

    name: str
    type: str
    start: int
    end: int
    place: Place | None = None
    how: str = ""
    key: str = ""
    extra: dict = field(default_factory=dict)


# what may precede a name opening a list's line: a bullet or a number, a date, "avec", an article ("- avec la
# Communauté de communes X ;", "2. Communauté de communes Y", "• le 5 mai avec la Communauté de communes Z ;")
_ROW_LEAD = re.compile(r"[ \t]*(?:(?:[-•*–·▪]|\d{1,2}[.)])[ \t]*)?"
                       r"(?:(?:le|du)[ \t]+\d{1,2}(?:er)?[ \t]+[a-zéû]+[ \t]*(?:\d{4}[ \t]*)?,?[ \t]*)?(?:avec[ \t]+)?(?:(?:la|le|les)[ \t]+|l['’][ \t]*)?", re.I)

# an EPCI's head opening a line before its name ("Communauté de communes du " in a table's row)
_EPCI_HEAD_LEAD = re.compile(r"[ \t]*(?:[-•*–·▪][ \t]*)?(?:communauté\s+(?:de\s+communes|d['’]\s*agglomération|urbaine)"
                             r"|métropole|CC|CA|CdC|CU)\s*(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)?",
                             re.I)


# an EPCI brand's closing kind word ("Châlons Agglo", "Vierzon Agglomération"), cut to compare it with official names
_BRAND_SUFFIX = re.compile(r"^(?:l |la |le |les )|\s+(?:agglo|agglomeration|communaute|metropole)$")


class _Scan:
    """A text's pattern matches, sought only where a cheap substring test says they can occur."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower()

    def __call__(self, pattern: re.Pattern, *needles: str, cased: tuple[str, ...] = ()) -> Iterator[re.Match]:
        """`pattern`'s matches, where one of the lowercase `needles` is in the lowered text or one of the
        `cased` ones (acronyms) in the text itself."""
        found = any(n in self.low for n in needles) or any(n in self.text for n in cased)
        return pattern.finditer(self.text) if found else iter(())


class PartiesComponent:
    """Finds the Caf and the signatory territories; links them to the gazetteer."""

    def __init__(self, nlp=None, name: str = "ctg_parties", threshold: float | None = None, max_words: int = 12,
                 model: str | None = None, common_words: str | None = None) -> None:
        self.name = name
        self.gaz: Gazetteer = get_gazetteer()
        self.max_words = max_words
        self.model = load_model(model)
        # None: the threshold fitted with the model's weights (grouped-CV best, party_model.json)
        self.threshold = self.model.threshold if threshold is None else threshold
        self.common_words = load_common_words(common_words)
        # the régions' names, and the départements' (the overseas régions bear their département's name)
        self.region_keys = tuple({name_key(r.name) for r in self.gaz.regions.values()}
                                 | {name_key(d.name) for d in self.gaz.departements.values()})
        self._dep_after: dict[str, Place | None] = {}  # departement_after's readings
        F.cues()  # the cue patterns compiled at load, not on the first text
        # the gazetteer's indexes built at load too, not while the first text is read
        _ = self.gaz.name_index, self.gaz.name_prefixes, self.gaz.epcis_by_initials
        # the EPCI acronyms an official name writes out, as pages also write them as a word ("la Cinor et la Caf
        # signent", "la Civis"): four letters at least, never a commune's name nor a common word; one pattern
        titled = sorted(a[0] + a[1:].lower() for a in self.gaz.written_acronyms
                        if len(a) >= 4 and a.isalpha() and name_key(a) not in self.gaz.communes
                        and name_key(a) not in self.common_words)
        self.titled_acronyms = re.compile(rf"(?<![\w-])(?P<acro>{'|'.join(titled)})(?![\w-])") if titled else None

    # -- the Caf ---------------------------------------------------------------------------------
    def departement_after(self, rest: str) -> Place | None:
        """The département named at the start of `rest` ('Lot et Garonne, coopèrent' -> 47); memoised, as pages
        repeat the same few Caf mentions ("la Caf de la Gironde")."""
        if rest in self._dep_after:
            return self._dep_after[rest]
        place = self._departement_after(rest)
        if len(self._dep_after) < self.DEP_AFTER_CACHE:
            self._dep_after[rest] = place
        return place

    DEP_AFTER_CACHE = 20000  # the most `departement_after` readings kept

    def _departement_after(self, rest: str) -> Place | None:
        number = P.CAF_NUMBER.match(rest)
        if number:
            return self.gaz.departements.get(number["num"].upper())
        words = P.DEP_WORD.findall(rest)[:6]
        for n in range(min(len(words), 5), 0, -1):
            chunk = " ".join(words[:n])
            if not chunk[:1].isupper() and not chunk.lower().startswith(("l'", "l’", "la ")):
                continue
            place = self.gaz.dep_by_key.get(name_key(chunk))
            if place:
                return place
            abbr = P.DEP_ABBREVIATIONS.get(fold(chunk)) if len(chunk) <= 8 else None  # "P.O.", "B. D. R."
            if abbr:
                return self.gaz.departements.get(abbr)
        return None

    def find_caf(self, text: str, end_of_story: int | None = None) -> tuple[Place | None, list[tuple[int, int, Place]]]:
        """The signing Caf's département and every Caf mention, within the page's story (`end_of_story`: where
        `story_end` says it ends, computed here when not given)."""
        found: list[tuple[int, int, Place]] = []
        weak: set[int] = set()  # the indexes in `found` of mentions read across a line break, no preposition between
        for m in P.CAF_HEAD.finditer(text):
            after = P.CAF_AFTER.match(text[m.end():m.end() + 70])
            rest = after["rest"] if after else ""
            if _SLASH_ET.match(text, m.end(), m.end() + 5):
                continue
            place = self.departement_after(rest)
            if place is None:
                # "Caf 34" / "CAF Hérault" without preposition
                place = self.departement_after(text[m.end():m.end() + 60].lstrip())
            if place is None and after and _PREP_START.match(text, m.end(), m.end() + 5):
                # a Caf named after its seat ("la Caf d'Alençon"): the département of that commune
                town = _COMMUNE_NAME.match(rest)
                commune = self.gaz.commune(town.group()) if town else None
                if commune and commune.population >= 10000:
                    place = self.gaz.departements.get(commune.departement)
            if place:
                found.append((m.start(), m.end() + (after.start("rest") if after else 0) + len(place.name), place))
                blank = _LEADING_BLANK.match(text, m.end()).group()
                if "\n" in blank and not _PREP_ANY_CASE.match(text, m.end(), m.end() + len(blank) + 3):
                    weak.add(len(found) - 1)
        # the whole-text scans below run only when a cheap substring test says they can match
        low = text.lower()
        for m in (P.CSSM.finditer(text) if "cssm" in low or "mayotte" in low else ()):
            found.append((m.start(), m.end(), self.gaz.departements["976"]))
        # a Caf named in the related articles closing the page ("Sur le même sujet\nMontbéliard : la Caf du Doubs
        # déménage") is another story's
        end_of_story = story_end(text) if end_of_story is None else end_of_story
        # (a département read across a line break without a preposition counts half: "... convention avec la Caf\nNord
        # Éclair / Pas-de-Calais" is a newspaper's name below a title; a breadcrumb "Caf\nAllier > Moulins" alone stays)
        counts: Counter[str] = Counter()
        for i, (start, _, p) in enumerate(found):
            if start < end_of_story:
                counts[p.code] += 0.5 if i in weak else 1.0
        found = [f for f in found if f[0] < end_of_story]
        if not found:
            return None, []
        best = max(counts, key=lambda c: (counts[c], -min(s for s, _, p in found if p.code == c)))
        return self.gaz.departements[best], found

    def caf_name(self, dep: Place) -> str:
        if dep.code == "976":
            return "Caisse de sécurité sociale de Mayotte"
        article = self.gaz.dep_articles.get(dep.code, "0")
        name = dep.name
        if article in {"2", "3", "4", "5"} and name.lower().startswith(("le ", "la ", "les ", "l'")):
            return f"Caf de {name}"
        return f"Caf {DEP_PREPOSITION.get(article, 'de ')}{name}".replace("' ", "'")

    # -- candidates ------------------------------------------------------------------------------
    def commune_name(self, prep: str, name: str) -> str:
        prep = _SPACES.sub(" ", (prep or "").strip().lower())
        article = ARTICLE_FROM_PREP.get(prep, "")
        if article and not name.lower().startswith(("le ", "la ", "les ", "l'", "l’")):
            return article + name if article.endswith("'") else article + name[0].upper() + name[1:]
        return name

    def list_items(self, text: str, start: int) -> list[tuple[int, int, str]]:
        """Names in an enumeration starting at `start`: 'A, B, C et D'."""
        end = len(text)
        stop = _LIST_STOP.search(text[start:])
        if stop:
            end = start + stop.start()
        items = []
        for m in _NOT_COMMA.finditer(text[start:end]):
            for part in _ET_SPLIT.split(m.group()):
                part_start = start + m.start() + m.group().find(part)
                name = part.strip()
                lead = len(part) - len(part.lstrip())
                name_m = _COMMUNE_NAME.match(name)
                if not name_m or len(name_m.group().split()) > 6 or P.BODY_HEAD.match(name):
                    # the enumeration of communes ends where another body starts ("les communes de Mirande et
                    # Bassoues, la Caf du Gers et la MSA Midi-Pyrénées Sud")
                    return items
                items.append((part_start + lead, part_start + lead + name_m.end(), name_m.group()))
        return items

    def candidates(self, text: str, sents: Sentences) -> list[Candidate]:
        """The mentions the rules read as possible parties, one pass per kind of body, in a fixed order."""
        # the scans below run only where a cheap substring test says they can match
        scan = _Scan(text)
        out: list[Candidate] = [*self.intro_communes(text), *self.hashtag_communes(scan),
                                *self.listed_communes(text, scan), *self.associated_communes(text, scan),
                                *self.mayor_communes(text, sents), *self.council_epcis(scan),
                                *self.article_word_epcis(text)]
        headed, acronyms = self.headed_epcis(text)
        out += headed
        out += self.plural_epcis(scan)
        cut = self.cut_epci(text)
        if cut:
            out.append(cut)
        out += self.suffix_epcis(scan)
        out += self.cap_run_epcis(text)
        out += self.acronym_epcis(text, acronyms)
        out += self.named_departements(scan)
        out += self.unnamed_departements(text)
        prefecture_matches = list(scan(P.PREFECTURE, "préfecture"))
        out += self.state_mentions(scan, {m.start() for m in prefecture_matches})
        out += self.msa_mentions(scan)
        out += self.region_mentions(text, scan)
        out += self.state_services(scan)
        out += self.prefectures(prefecture_matches)
        out += self.other_bodies(scan)
        return out

    def intro_communes(self, text: str) -> Iterator[Candidate]:
        """Communes introduced by their head word: "la commune de X", "la ville d'X"."""
        for m in P.COMMUNE_INTRO.finditer(text):
            head = m["head"].lower()
            if head.startswith("commune") and head.endswith("s"):
                continue  # the plural form introduces a list, read below
            # (a name never runs on past a column's gap: "Pour la Ville d'Arbois      Pour la Ville de Poligny", the cells
            # of a signature block laid out in columns)
            written = _COLUMN_GAP.split(m["name"], 1)[0]
            name = self.commune_name(m["prep"], written)
            if self.gaz.commune(name) is None and self.gaz.departement(name) is not None:
                continue  # "la plus grande commune de Guyane", "chaque ville de Martinique": a département, no town
            if P.BODY_HEAD.match(m["name"]) and self.gaz.commune(name) is None:
                continue  # "la volonté commune du Département et de la Caf": the adjective before a body, no town
            yield Candidate(name, "commune", m.start(), m.start("name") + len(written), how=head)

    def hashtag_communes(self, scan: _Scan) -> Iterator[Candidate]:
        """Communes named by a hashtag the gazetteer knows once split ("#SaintPaul")."""
        for m in scan(P.HASHTAG, "#"):
            name = split_camel(m["name"])
            if self.gaz.commune(name):
                yield Candidate(name, "commune", m.start(), m.end(), how="hashtag")

    def listed_communes(self, text: str, scan: _Scan) -> Iterator[Candidate]:
        """The items of a list of communes ("les communes de A, B et C")."""
        for m in scan(P.COMMUNE_LIST, "communes", "villes"):
            for s, e, name in self.list_items(text, m.end()):
                if self.gaz.commune(name) is None and self.gaz.departement(name) is not None:
                    break  # "l'une des 40 communes de la Seine-Saint-Denis": the département they lie in, no list
                yield Candidate(name, "commune", s, e, how="list")

    def associated_communes(self, text: str, scan: _Scan) -> Iterator[Candidate]:
        """Communes said associated, united or grouped ("X est associée à A et B"), the subject too."""
        for m in scan(P.ASSOCIATED_LIST, "associ", "uni", "regroup"):
            items = self.list_items(text, m.end())
            if len(items) < 2 or not any(self.gaz.commune(n) for _, _, n in items):
                continue
            subject = _SUBJECT.search(text[max(0, m.start() - 60):m.start()])
            if subject and self.gaz.commune(subject.group(1)):
                s = m.start() - len(text[max(0, m.start() - 60):m.start()]) + subject.start(1)
                yield Candidate(subject.group(1), "commune", s, s + len(subject.group(1)), how="list")
            for s, e, name in items:
                yield Candidate(name, "commune", s, e, how="list")

    def mayor_communes(self, text: str, sents: Sentences) -> Iterator[Candidate]:
        """Mayors' communes ("le maire de X") where the sentence signs, or a sign-off or the next one does."""
        for m in P.MAYOR.finditer(text):
            sentence = sents.sentence(m.start())
            before = text[max(0, m.start() - 160):m.start()]
            if P.EPCI_PRESIDENT_BEFORE.search(before) or _ADJOINTE.search(before):
                continue
            if P.EPCI_PRESIDENT_AFTER.match(text[m.end():m.end() + 80]):
                continue  # "maire de Gignac et président de la communauté de communes": signs for the EPCI
            sf = F.sentence_features(sentence)
            # (or the officials around the table, the next sentence saying they signed: "Autour de la table, le
            # président de la CC, le maire de Saint-Just et la directrice de la Caf. La CTG qu'ils ont paraphée ...")
            # (or signing off an editorial told in the first person: "Le 4 juillet, j'ai signé avec la Caf une
            # Convention territoriale globale ... \nOlivier Martin\nMaire du Port")
            sign_off = _SIGN_OFF.fullmatch(sentence.strip()) is not None and _FIRST_PERSON_SIGN.search(text) is not None
            if sign_off or P.SIGNATORY_COMMUNES.search(sentence) or (sf["sent_sign"] and not sf["sent_modal"]) or (
                    "ils" in (after := sents.sentence(m.start(), 1)) and F.cues()["they_signed"].search(after)):
                yield Candidate(self.commune_name(m["prep"], m["name"]), "commune", m.start("name"), m.end("name"),
                                how="mayor")

    def council_epcis(self, scan: _Scan) -> Iterator[Candidate]:
        """EPCIs named after "conseil communautaire" by a name the gazetteer knows, no common word."""
        for m in scan(P.EPCI_COUNCIL, "communautaire"):
            place = self.gaz.epci_by_key.get(name_key(m["name"]))
            if place is not None and name_key(m["name"]) not in self.common_words:
                yield Candidate(m["name"], "epci", m.start("name"), m.end("name"), place=place, how="epci_name",
                                extra={"distinctive": m["name"]})

    def article_word_epcis(self, text: str) -> Iterator[Candidate]:
        """EPCIs named by their one distinctive word after an article ("le Grésivaudan")."""
        for m in _ARTICLE_WORD.finditer(text):
            # an EPCI named by its one distinctive word after an article ("le président du Grésivaudan", "Le
            # Grésivaudan signe sa CTG"): a word only an EPCI's name holds, no commune's, département's nor common word
            key = name_key(m["name"])
            place = self.gaz.epci_by_key.get(key)
            # (not a word of a Caf's name: "la Caf du Pays Basque et du Seignanx")
            if (place is not None and " " not in key and key not in self.gaz.communes and key not in self.common_words
                    and key not in self.gaz.dep_by_key and key not in FR_STOP_WORDS
                    and not _CAF_BEFORE.search(text, max(0, m.start() - 60), m.start())):
                yield Candidate(m["name"], "epci", m.start("name"), m.end("name"), place=place, how="epci_name",
                                extra={"distinctive": m["name"], "article_word": True})

    @staticmethod
    def headed_epcis(text: str) -> tuple[list[Candidate], dict[str, Candidate]]:
        """EPCIs written after their kind ("Communauté de communes X"), and the acronyms they spell out."""
        out: list[Candidate] = []
        acronyms: dict[str, Candidate] = {}
        for m in P.EPCI.finditer(text):
            if not m["name"] or _SYNDICAT_HEAD.match(m["head"]):
                continue  # syndicats are read by P.SYNDICAT, typed other
            prep = m["prep"] or " "
            head = P.EPCI_HEADS.get(m["head"].upper()) or m["head"][0].upper() + m["head"][1:]
            name = _SPACES.sub(" ", f"{head} {prep.strip()} {m['name']}".replace("  ", " "))
            name = name.replace("' ", "'").replace("’ ", "’")
            cand = Candidate(name, "epci", m.start(), m.end("name"), how="epci")
            cand.extra["distinctive"] = m["name"]
            if m["acro"]:
                acronyms[m["acro"]] = cand
            out.append(cand)
        return out, acronyms

    @staticmethod
    def plural_epcis(scan: _Scan) -> Iterator[Candidate]:
        """The two EPCIs of one plural head ("les communautés de communes X et Y")."""
        for m in scan(P.EPCI_PLURAL, "communautés"):
            head = "Communauté de communes" if "communes" in m["head"] else "Communauté d'agglomération"
            for g in ("a", "b"):
                yield Candidate(f"{head} {m[g]}", "epci", m.start(g), m.end(g), how="epci", extra={"distinctive": m[g]})

    @staticmethod
    def suffix_epcis(scan: _Scan) -> Iterator[Candidate]:
        """EPCIs written with their kind after the name ("X Agglo", "X Métropole")."""
        for m in scan(P.EPCI_SUFFIX, "agglo", "métropole", "communauté"):
            yield Candidate(m["name"], "epci", m.start(), m.end(), how="epci_suffix", extra={"distinctive": m["name"]})

    def cap_run_epcis(self, text: str) -> Iterator[Candidate]:
        """EPCIs named by a run of capitalised words that is an EPCI's name (two words at least)."""
        for m in P.CAP_RUN.finditer(text):
            key = name_key(m.group())
            place = self.gaz.epci_by_key.get(key)
            if place and (len(key.split()) >= 2 or "«" in place.name) and key not in self.gaz.communes:
                yield Candidate(m.group(), "epci", m.start(), m.end(), place=place, how="epci_name",
                                extra={"distinctive": m.group()})

    def acronym_epcis(self, text: str, acronyms: dict[str, Candidate]) -> Iterator[Candidate]:
        """EPCIs named by an acronym: one the text spelt out before (`acronyms`), else the acronym alone."""
        written = self.gaz.written_acronyms
        # EPCI acronyms of any first letter that an official name writes out: overseas and urban EPCI go by them
        # ("le TCO et la Caf de La Réunion ont signé la CTG")
        others = [m for m in P.OTHER_ACRONYM.finditer(text) if m["acro"] in written]
        titled = list(self.titled_acronyms.finditer(text)) if self.titled_acronyms else []
        counted = list(P.COUNTED_BRAND.finditer(text))
        for m in [*P.ACRONYM.finditer(text), *others, *titled, *counted]:
            acro = re.sub(r"[ -]", "", m["acro"]).upper()
            if acro in P.STOP_ACRONYMS:
                continue
            if acro not in acronyms and acro not in written and name_key(acro) in self.gaz.communes and (
                    acro not in self.gaz.epcis_by_initials):
                continue  # a town's name in capitals ("VILLE DE CHELLES" heading its minutes): the gazetteer reads it
            if acro in acronyms:
                base = acronyms[acro]
                yield Candidate(base.name, "epci", m.start(), m.end(), how="acronym",
                                extra={"distinctive": base.extra.get("distinctive"), "acro": acro})
            else:
                yield Candidate(acro, "epci", m.start(), m.end(), how="acronym_only", extra={"acro": acro})

    def named_departements(self, scan: _Scan) -> Iterator[Candidate]:
        """Départements named after their body ("le Département du Gard", "le conseil départemental")."""
        for m in scan(P.DEPARTEMENT, "département", "conseil"):
            if m["name"]:
                # (a name never runs on past a column's gap: "Pour le Département du Gard  Pour l'État")
                name = _COLUMN_GAP.split(m["name"], 1)[0]
                place = self.gaz.departement(name) or self.departement_after(name)
                if place:
                    yield Candidate(place.name, "departement", m.start(), m.start("name") + len(name), place=place,
                                    how="dep")

    def unnamed_departements(self, text: str) -> Iterator[Candidate]:
        """The Département named without its name (`generic_departements`), as nameless candidates."""
        generic = "Départ" in text or "épartemental" in text or "CD" in text
        for start, end in (self.generic_departements(text) if generic else ()):
            yield Candidate("", "departement", start, end, how="dep_generic")

    @staticmethod
    def state_mentions(scan: _Scan, prefectures: set[int]) -> Iterator[Candidate]:
        """The State ("l'État", "le préfet"), but where a préfecture is named (at `prefectures`)."""
        for m in scan(P.ETAT, "état", "etat", "préf"):
            if m.start() in prefectures:
                continue  # "la préfecture du Lot" is named below
            yield Candidate("État", "etat", m.start(), m.end(), how="etat")

    @staticmethod
    def msa_mentions(scan: _Scan) -> Iterator[Candidate]:
        """The MSA, by its name when written ("la MSA Midi-Pyrénées Sud"), else "MSA"."""
        for m in scan(P.MSA, "msa", "mutualité"):
            mention = m.group().strip()
            yield Candidate(mention if m["name"] else ("MSA" if "MSA" in mention else mention), "msa", m.start(),
                            m.end(), how="msa")

    def region_mentions(self, text: str, scan: _Scan) -> Iterator[Candidate]:
        """Régions named by a région's or département's name, not in a prefect's title."""
        for m in scan(P.REGION, "région"):
            if self.region_keys and not any(name_key(m["name"]).startswith(k) for k in self.region_keys):
                continue  # "la Communauté de communes de la Région Lézignanaise": no région's name
            if P.PREFECT_OF.search(text, max(0, m.start() - 30), m.start()):
                continue  # the prefect's title names the State: "Le préfet de la région Guadeloupe, ..."
            yield Candidate(f"Région {m['name']}", "region", m.start(), m.end(), how="region")

    @staticmethod
    def state_services(scan: _Scan) -> Iterator[Candidate]:
        """The State's services (the Éducation nationale, a DDETS, the SDJES), typed etat."""
        for m in scan(P.ETAT_SERVICE, "éducation", "educati", "direction", cased=("DD", "SDJES", "DR", "DSDEN")):
            yield Candidate(_SPACES.sub(" ", m["name"]), "etat", m.start(), m.end(), how="etat")

    def prefectures(self, prefecture_matches: list[re.Match]) -> Iterator[Candidate]:
        """Préfectures of a département ("la préfecture du Lot"), typed etat."""
        for m in prefecture_matches:
            dep_name, place = m["name"], self.gaz.departement(m["name"])
            words = dep_name.split(" ")
            for n in range(len(words) - 1, 0, -1):
                # (the département's name run on by the capitalised words after it: "la préfecture de la Nièvre la
                # Convention territoriale globale")
                if place is not None:
                    break
                dep_name = " ".join(words[:n])
                place = self.gaz.departement(dep_name)
            if place:
                name = f"Préfecture {m['prep'].strip().lower()} {dep_name}".replace("' ", "'").replace("’ ", "’")
                yield Candidate(name, "etat", m.start(), m.start("name") + len(dep_name), how="etat")

    @staticmethod
    def other_bodies(scan: _Scan) -> Iterator[Candidate]:
        """The bodies typed other: syndicats, collectivités, the others (France Travail, CPAM, CCAS, ...)."""
        for m in scan(P.SYNDICAT, "syndicat", "sivom", "sivos", "sivu", "petr", "équilibre"):
            # (written out, a syndicat goes by its acronym: "Syndicat intercommunal à vocation unique enfance jeunesse
            # des Trois Rives" is the "SIVU enfance jeunesse des Trois Rives")
            name = _VOCATION.sub(lambda v: "SIVU" if v[1].lower() == "unique" else "SIVOM", m["name"])
            yield Candidate(_SPACES.sub(" ", name).strip(" ,"), "other", m.start(), m.end(), how="syndicat")
        for m in scan(P.COLLECTIVITE, "collectivité"):
            name = _SPACES.sub(" ", m["name"])
            yield Candidate(name[0].upper() + name[1:], "other", m.start(), m.end(), how="other")
        for m in scan(P.OTHER, "france", "pôle", "carsat", cased=("CPAM", "CCAS", "CIAS", "CGSS", "ARS")):
            yield Candidate(m["name"], "other", m.start(), m.end(), how="other")

    @staticmethod
    def generic_departements(text: str) -> Iterator[tuple[int, int]]:
        """The Département named without its name: "le Département", "du Conseil départemental" (after le, du, au,
        "et le" or a slash), "Département /", "CD 12"."""
        for m in P.DEPARTEMENT_GENERIC_WORD.finditer(text):
            start, end = m.span()
            if text.startswith("CD", start):
                yield start, end
                continue
            left = text[max(0, start - 12):start]
            before = P.DEPARTEMENT_GENERIC_LEFT.search(left)
            if before:
                yield start - len(left) + before.start(), end
            elif text.startswith("Dé", start) and not (start and (text[start - 1].isalnum() or text[start - 1] == "_")):
                slash = P.DEPARTEMENT_GENERIC_SLASH.match(text, end)
                if slash:
                    yield start, slash.end()

    def cut_epci(self, text: str) -> Candidate | None:
        """An EPCI name cut by the excerpt's end ("... les familles du Pays de Sault - Val d'Ar"), when its words
        begin one EPCI name only (three words at least, no sentence end after them)."""
        tail = text[-120:]
        m = P.TRAILING_NAME.search(tail)
        if not m:
            return None
        for w in _CAP.finditer(m["name"]):  # the longest run first: "Pays d'Evian - Vallée d'Abo", then shorter
            key = name_key(m["name"][w.start():])
            if len(key.split()) < 3:
                break
            if key in self.gaz.epci_by_key:
                return None  # a whole name: the gazetteer matching reads it
            place = self.gaz.epci_by_prefix(key)
            if place:
                start = len(text) - len(tail) + m.start("name") + w.start()
                name = _GUILLEMETS.sub(" ", place.name).strip()
                return Candidate(name, "epci", start, len(text), place=place, how="epci_name",
                                 extra={"distinctive": text[start:], "cut": True})
        return None

    # -- filtering ---------------------------------------------------------------------------------
    def is_party(self, text: str, sents: Sentences, cand: Candidate, title_end: int) -> bool:
        sentence = sents.sentence(cand.start)
        before = text[max(0, cand.start - 45):cand.start]
        if cand.how not in {"list", "mayor"} and F.venue_before(before):
            return False
        if cand.how not in {"list", "mayor"} and F.presence_before(sents.left(cand.start, 200)):
            return False
        sf = F.sentence_features(sentence)  # the sentence's cues, read once for all its candidates
        if sf["sent_modal"] and cand.how != "mayor":
            return False
        if cand.how == "dep_generic":
            return bool(sf["sent_context"]) and bool(
                sf["sent_sign"] or sf["sent_ctg"] or _CONVENTION.search(sentence))
        if cand.type in {"etat", "msa", "other", "region"} or cand.how == "acronym_only":
            if cand.type == "etat" and P.ETAT_EXCLUDE.search(sentence):
                return False
            return bool(sf["sent_sign"])
        if cand.how in {"list", "mayor"}:
            previous = sents.sentence(cand.start, -1)
            return bool(sf["sent_context"] or P.SIGNATORY_COMMUNES.search(sentence)
                        or (cand.how == "list" and F.party_context(previous)))
        in_title = cand.start < title_end
        return bool(sf["sent_context"]) or (in_title and bool(P.CAF_HEAD.search(text[:title_end])))

    # -- candidates from the gazetteer ---------------------------------------------------------------
    def gazetteer_candidates(self, text: str, rule: list[Candidate]) -> list[Candidate]:
        """Official commune and EPCI names found in the text (PlaceMatch runs), merged with the rule candidates.

        A run overlapping a rule candidate of the same type marks it (`extra['gaz']`) and, when it is longer
        (an EPCI name the rules cut before a lowercase particle: "... Val ès Dunes"), replaces its span and name.
        """
        out: list[Candidate] = []
        for m in match_places(self.gaz, text, self.max_words):
            if m.kind == "departement":
                continue  # a bare département name is mostly the Caf's; the Conseil départemental is read by pattern
            if m.kind == "epci":
                m = self.longer_epci(text, m)
            cand = self.gazetteer_candidate(text, m, rule)
            if cand is not None:
                out.append(cand)
        out += self.hyphen_heads(text, rule + out)
        return out

    def gazetteer_candidate(self, text: str, m: PlaceMatch, rule: list[Candidate]) -> Candidate | None:
        """The candidate one official name's run gives, if any (a run over a rule candidate marks it instead)."""
        mention = text[m.start:m.end]
        if m.kind == "commune" and len(m.key.split()) == 1 and (m.key in self.common_words or len(m.key) < 3):
            return self.article_commune(text, m, mention, rule)
        if m.kind == "commune" and self.common_noun_run(text, m, mention):
            return None
        short = m.kind == "commune" and m.key in self.gaz.short_communes
        if short and not self.plausible_short_form(text, m.start, m.end, m.key):
            return None
        if self.marked_rule_overlap(text, m, mention, rule):
            return None
        if any(c.start < m.end and m.start < c.end for c in rule):
            return None  # inside another party's name ("Communauté de communes de Nozay" holds Nozay)
        place = m.places[0] if m.kind == "epci" and len(m.places) == 1 else None
        # (a hashtag's name without its sign: "#Lamballe" is Lamballe)
        mention = mention.lstrip("#")
        return Candidate(mention, m.kind, m.start, m.end, place=place, how=f"gaz_{m.kind}",
                         extra={"gaz": True, "distinctive": mention, "gaz_short": short})

    def article_commune(self, text: str, m: PlaceMatch, mention: str, rule: list[Candidate]) -> Candidate | None:
        """A one-word commune that is a common word or too short, kept only as a name opening on its article."""
        # (unless the article the official name opens on is contracted before it: "les maires du Port, de La
        # Possession", "au Port" for Le Port; "le port de pêche" stays a common noun)
        article = _CONTRACTED_ARTICLE.search(text, max(0, m.start - 4), m.start)
        name = f"Le {mention}" if article else ""
        if not name and _CAPITAL_ARTICLE.match(mention) and text[:m.start].rstrip(" \t\u00a0")[-1:] not in {
                "", "\n", ".", "!", "?", ":", "«", '"'}:
            # (or the official name whole, its article capitalised inside a sentence: "les cinq communes – Le
            # Port, La Possession et Saint-Paul – signent aussi"; "Le port de pêche" opening one stays a noun)
            name = mention
        if name and mention[:1].isupper() and _NAME_CLOSED.match(text, m.end) \
                and name_key(name) in self.gaz.communes and not any(
                c.start < m.end and m.start < c.end for c in rule):
            return Candidate(name, "commune", m.start, m.end, how="gaz_commune",
                             extra={"gaz": True, "distinctive": name, "gaz_short": False, "contracted": True})
        return None

    @staticmethod
    def common_noun_run(text: str, m: PlaceMatch, mention: str) -> bool:
        """A commune's run that is a common noun's phrase: a line's or item's head, a lowercase word, an article
        no commune of that name takes."""
        if " " not in mention and "-" not in mention and _NOUN_PHRASE_AFTER.match(
                text, m.end) and (m.start == 0 or text[:m.start].rstrip(" \t")[-1:] in {"\n", "", ".", "!", "?"}
                                  or _ITEM_NUMBER.search(text, max(0, m.start - 12), m.start)):
            # "Fête de la musique :" opening a line, or an agenda's item after its number ("5°) Fête de la
            # musique : convention avec le comité des fêtes"): a common noun's phrase, no town's name
            return True
        if _LOWER_WORD.search(mention):
            return True  # "Les maisons de quartier": a capitalised article before a common noun, no town's name
        if (before := _ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start)) and not any(
                _ARTICLE_AGREES[before.group(1).lower().replace("’", "'")] == _official_article(p.name)
                for p in m.places):
            # an article that no commune of that name takes: "les Sorgues" (the rivers' land, not Sorgues), "des
            # Saintes" (the islands, not Saintes), "la Fête des familles" (not Le Fête)
            return True
        return False

    @staticmethod
    def marked_rule_overlap(text: str, m: PlaceMatch, mention: str, rule: list[Candidate]) -> bool:
        """Whether the run overlaps rule candidates of its type: marks them `extra['gaz']`, a longer EPCI name
        taking over their span and name."""
        overlap = [c for c in rule if c.start < m.end and m.start < c.end and c.type == m.kind]
        for c in overlap:
            c.extra["gaz"] = True
            # (not an official name that is only the tail of the rule's: "Provence Verdon" inside "la
            # Communauté d'agglomération Dracénie Provence Verdon" is another EPCI)
            tail = c.how == "epci" and m.start > text.find(c.extra.get("distinctive") or "\0", c.start) + 4
            if m.kind == "epci" and len(m.places) == 1 and not tail and (
                    c.start <= m.start + 4 or m.start <= c.start and c.end <= m.end):
                # the official name wins over the rule's span, cut short ("... Val ès Dunes") or run on
                # into the next words ("Communauté de communes X Jean Dupont")
                c.start, c.end, c.place, c.how = m.start, m.end, m.places[0], "epci_name"
                c.name, c.extra["distinctive"] = mention, mention
        return bool(overlap)

    def hyphen_heads(self, text: str, taken: list[Candidate]) -> list[Candidate]:
        """Communes written with a hamlet joined by a hyphen, read as their official head."""
        out: list[Candidate] = []
        # a commune written with a hamlet joined by a hyphen, a form no official name has ("Dzaoudzi-Labattoir" for
        # Dzaoudzi): its official head, kept only where the text states it a party (`vetoed`)
        for h in _HYPHEN_NAME.finditer(text):
            if any(c.start < h.end() and h.start() < c.end for c in taken):
                continue
            full, head = h.group(), h.group("head")
            if (self.gaz.commune(full) is not None or self.gaz.departement(full) is not None
                    or len(name_key(head)) < 4 or name_key(head) in self.common_words):
                continue
            if name_key(head) in self.gaz.communes:
                out.append(Candidate(head, "commune", h.start(), h.end(), how="gaz_commune",
                                     extra={"gaz": True, "distinctive": head, "hyphen_head": True}))
        return out

    def longer_epci(self, text: str, m: PlaceMatch) -> PlaceMatch:
        """An EPCI's name that goes on past the official name read, as the start of another EPCI's: "Grand Paris Sud"
        is the Communauté d'agglomération Grand Paris Sud Seine Essonne Sénart, not the Métropole du Grand Paris
        and a word; the one EPCI whose name begins with the longer run, else the match as read."""
        nxt = _NEXT_NAME_WORD.match(text, m.end)
        if nxt is None:
            return m
        place = self.gaz.epci_by_prefix(name_key(text[m.start:nxt.end()]) + " ")
        if place is None or place in m.places:
            return m
        return dataclasses.replace(m, end=nxt.end(), places=(place,))

    def plausible_short_form(self, text: str, start: int, end: int, key: str) -> bool:
        """A short form of a hyphenated commune ("Sébazac" for Sébazac-Concourès) only where it cannot be a
        common word capitalised at a sentence start ("Cette convention", "Quatre communes") nor a first name
        before a surname ("Martin Dupont", "Laure Petit")."""
        if key in FR_STOP_WORDS or key in self.common_words:
            return False
        if not text[:start].rstrip(" \t\u00a0«\"(-–•*").endswith((",", "et", "de", "d'", "d’", "à", "avec")):
            # only inside a phrase that introduces a place: a list, "de", "à", "avec" (never a sentence start)
            return False
        return not F.cues()["cap_after"].match(text[end:end + 40])

    def scored_candidates(self, text: str, sents: Sentences, caf_dep: Place | None = None, end_of_story: int | None = None,
                          ) -> tuple[list[Candidate], Place | None]:
        """Every candidate, linked, with its features; returns them and the département preferred for linking."""
        title_end = self.title_end(text)
        rule = self.candidates(text, sents)
        for c in rule:
            c.extra["rule"] = self.is_party(text, sents, c, title_end)
        cands = rule + self.gazetteer_candidates(text, rule)
        cands = self.drop_misread_names(text, cands)
        # the headlines of related articles closing the page ("À lire aussi\nLa communauté de communes voisine
        # prépare sa CTG") are other stories: their territories are not this page's
        end_of_story = story_end(text) if end_of_story is None else end_of_story
        cands = [c for c in cands if c.start < end_of_story]
        cands = self.drop_acronym_words(cands)
        prefer = self.preferred_departement(text, cands, caf_dep)
        cands = self.linked_candidates(text, sents, cands, prefer)
        ctg = self.story_ctg(text, end_of_story)
        self.add_features(text, sents, cands, ctg, prefer, title_end)
        self.mark_passes(text, sents, cands, title_end, end_of_story, bool(ctg))
        self.mark_excluded(text, cands)
        return cands, prefer

    @staticmethod
    def title_end(text: str) -> int:
        """The end of the page's first line when it is short enough to be its title, else 0."""
        first_line = _FIRST_LINE.search(text)
        return first_line.end() if first_line and len(first_line.group()) < 200 else 0

    @staticmethod
    def drop_misread_names(text: str, cands: list[Candidate]) -> list[Candidate]:
        """Drops the parts of longer names, the towns read in EPCI names and the people named by a demonym."""
        # a part of a longer EPCI name read as an EPCI of its own: "Bocage" of "les communautés de communes Coutances
        # Mer et Bocage, ...", "Garonne Agglomération" of "Val de Garonne Agglomération"
        cands = [c for c in cands if not (c.type == "epci" and c.how in {"epci", "epci_suffix"} and any(
            o is not c and o.type == "epci" and o.place is not None and o.start <= c.start and c.end <= o.end
            and o.end - o.start > c.end - c.start for o in cands))]
        # an EPCI's name run on by the words of another EPCI's name, as a brand: "Est Ensemble Grand Paris" (the EPT
        # Est Ensemble, not the Métropole du Grand Paris)
        cands = [c for c in cands if not (c.how == "gaz_epci" and any(
            o is not c and o.type == "epci" and o.end < c.start and _NAME_GAP.fullmatch(text, o.end, c.start)
            for o in cands))]
        # an EPCI's name read as the towns a list introduces: "les 15 communes de Millau Grands Causses"
        # (or as the town after "commune de", the EPCI it belongs to: "Talence, commune de Bordeaux Métropole")
        cands = [c for c in cands if not (c.type == "commune" and c.how in {"list", "commune"} and any(
            o.type == "epci" and (o.place is not None or o.extra.get("gaz")) and (
                o.start <= c.start and c.end <= o.end or c.how == "commune" and c.start < o.start < c.end <= o.end)
            for o in cands))]
        # (or a town's name inside a syndicat's: "Les Deux-Rives" of "SIVU ENFANCE JEUNESSE DES DEUX RIVES", a
        # commune of another département)
        cands = [c for c in cands if not (c.type == "commune" and c.how == "gaz_commune" and any(
            o.how == "syndicat" and o.start <= c.start and c.end <= o.end for o in cands))]
        # the people of a territory named by their plural demonym, not the EPCI named after the territory ("pour les
        # Saint-Quentinois", "des Thouarsais": the inhabitants; "le Saint-Quentinois" stays the territory)
        return [c for c in cands if not (c.type == "epci" and _DEMONYM_PLURAL.fullmatch(text, c.start, c.end)
                                         and _PEOPLE_LEFT.search(text, max(0, c.start - 12), c.start))]

    @staticmethod
    def drop_acronym_words(cands: list[Candidate]) -> list[Candidate]:
        """Drops the acronym-looking words read inside a longer name."""
        # an acronym-looking word inside a longer name is a word of it: "CLAP" in "maire de MÉJANNES LE CLAP" (names
        # written in capitals, as signatures and headings write them)
        return [c for c in cands if not (c.how == "acronym_only" and any(
            o is not c and o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start for o in cands))]

    def preferred_departement(self, text: str, cands: list[Candidate], caf_dep: Place | None) -> Place | None:
        """The département preferred for linking: the Caf's, a demonym's, else the linked territories' own."""
        demonym_dep = None
        if caf_dep is None:
            for pattern, code in _DEMONYMS:
                if pattern.search(text):
                    demonym_dep = self.gaz.departements[code]
                    break
        prefer = caf_dep or demonym_dep
        if prefer is None:
            # no Caf named ("la Caf" alone): the département most of the linked territories lie in
            self.link(cands, None)
            linked = [c for c in cands if c.place is not None and c.place.departement and c.type in {"commune", "epci"}
                      and not c.extra.get("short")]
            # the territories the rules read as parties, else any territory the text names
            deps = Counter(c.place.departement for c in linked if c.extra.get("rule")) or Counter(
                c.place.departement for c in linked if len(c.name.split()) > 1 or "-" in c.name)
            if deps:
                prefer = self.gaz.departements.get(deps.most_common(1)[0][0])
        return prefer

    def linked_candidates(self, text: str, sents: Sentences, cands: list[Candidate], prefer: Place | None,
                          ) -> list[Candidate]:
        """The linking passes: places, member short forms, member list items, brands, agglomerations, sole towns."""
        self.link(cands, prefer.code if prefer else None)
        self.link_member_short_forms(cands)
        cands += self.member_list_items(text, cands)
        self.link_declared_brands(text, cands)
        # a short form links only inside the département the text is about; unlinked, it is no commune
        cands = [c for c in cands if not (c.extra.get("gaz_short") and c.place is None)]
        self.agglomeration_of(text, cands)
        self.epci_of_sole_town(text, sents, cands)
        return cands

    @staticmethod
    def story_ctg(text: str, end_of_story: int) -> list[tuple[int, int]]:
        """The CTG's mentions in this page's story, not in its closing related links."""
        # the CTG as this page's story names it: not in the related links closing it ("Voir aussi : nos conventions
        # territoriales globales" under a page about another convention)
        see_also = F.cues()["see_also"]
        mentions = ctg_mentions_in(text)
        found = [(s, e) for s, e in mentions
                 if s < end_of_story and not see_also.match(text[text.rfind("\n", 0, s) + 1:s])]
        if mentions:
            return found
        # a page naming no CTG at all (nor in its links), that the pipeline reads as a CTG's all the same, telling it
        # as "la convention" ("L'agglo et la Caf signent une convention jusqu'en 2029", "C'est une convention à trois
        # signatures que X a paraphée"): its mentions of a convention stand for the CTG's, not another agreement's
        # ("soutenu par la Caf dans le cadre d'une convention d'objectifs et de financement", "une convention relative
        # au RSA"); unrelated pages keep no partner whatever they score
        return [(m.start(), m.end()) for m in F.cues()["convention_word"].finditer(text, 0, end_of_story)]

    def add_features(self, text: str, sents: Sentences, cands: list[Candidate], ctg: list[tuple[int, int]],
                     prefer: Place | None, title_end: int) -> None:
        """`extra['features']`: each candidate's features, read with the candidates indexed once."""
        doc = F.DocCandidates(cands)
        for c in cands:
            c.extra["features"] = F.features(text, sents, c, cands, ctg, prefer, title_end, self.common_words, doc)

    def mark_passes(self, text: str, sents: Sentences, cands: list[Candidate], title_end: int, end_of_story: int,
                    has_ctg: bool) -> None:
        """The marking passes, in their order, over the candidates with their features."""
        self.mark_head_box(text, cands, end_of_story)
        second_end = text.find("\n", title_end + 1) if title_end else -1
        self.mark_sole_territory(cands, has_ctg, second_end if second_end > 0 else title_end)
        self.mark_place_lists(text, cands)
        self.mark_masthead(text, cands, title_end, has_ctg)
        self.mark_status_rows(text, cands)
        self.mark_sign_column(text, cands)
        self.mark_told_town(text, sents, cands)
        self.mark_told_epci(text, sents, cands)
        self.mark_told_syndicat(text, sents, cands)
        self.mark_head_epci(text, sents, cands, end_of_story)
        self.mark_cover(text, cands)
        self.mark_network_day(text, sents, cands, end_of_story)
        self.mark_enumerations(text, cands)
        self.mark_aside_lists(text, cands)
        self.mark_coverage(text, cands)
        self.mark_area_count(text, sents, cands)
        self.mark_listed_mayors(text, cands)
        self.mark_counted_members(text, sents, cands)
        self.mark_head_lines(text, cands)
        self.mark_own_member_town(text, sents, cands)
        self.mark_editorial_town(text, sents, cands)
        self.mark_parts_aside(text, cands)
        self.mark_line_lists(text, cands)
        self.mark_counted_rows(text, sents, cands)
        self.mark_label_lists(text, cands)
        self.mark_other_items(text, cands)

    def mark_excluded(self, text: str, cands: list[Candidate]) -> None:
        """`extra['excluded']`: a territory left out, a body given as a partners' example or in an advisory role."""
        excluded, partners = F.cues()["excluded_before"], F.cues()["partners_brackets"]
        consultative = F.cues()["consultative_left"]
        for c in cands:
            # a territory the sentence leaves out ("la première commune du département hors Pays Ajaccien à s'engager",
            # "toutes les communes sauf X"): `extra['excluded']`, vetoed
            if c.type in {"commune", "epci"} and excluded.search(text, max(0, c.start - 40), c.start):
                c.extra["excluded"] = True
            # (or a body given as an example of the partners, in brackets: "assurer le lien avec les communes et les
            # partenaires (Département, MSA)", "d'autres partenaires peuvent être associés (Département, État)")
            if c.type in self.BODY_TYPES and partners.search(text, max(0, c.start - 150), c.start):
                c.extra["excluded"] = True
            # (or one a committee associates only in an advisory role: "un comité de pilotage réunissant la Ville, la
            # Caf et, à titre consultatif, l'agglomération X et le CCAS")
            if "titre" in text[max(0, c.start - 130):c.start] and consultative.search(text, max(0, c.start - 130),
                                                                                     c.start):
                c.extra["excluded"] = True

    @staticmethod
    def mark_other_items(text: str, cands: list[Candidate]) -> None:
        """Feature `other_item`: a territory named in another item of a council's agenda or decisions than the one
        item telling the CTG ("• Convention territoriale globale avec la Caf de l'Aude : le conseil approuve ...\n•
        Fonds de concours à la commune de X pour sa salle des fêtes"): that item's business, not the CTG's signatory.
        Items are the lines that open on one marker (numbers, or the same bullet), three at least, the CTG named on
        the head line of one or more and not of two others; an item's text runs to the next such head, and one naming
        the CTG or the Caf anywhere is the CTG's too."""
        heads = list(_AGENDA_HEAD.finditer(text))
        if len(heads) < 3:
            return
        numbered = [h for h in heads if h["mark"][0].isdigit() or h["mark"][0] in "Pp"]
        bullets: dict[str, list[re.Match]] = {}
        for h in heads:
            if not (h["mark"][0].isdigit() or h["mark"][0] in "Pp"):
                bullets.setdefault(h["mark"], []).append(h)
        for group in (numbered, *bullets.values()):
            if len(group) < 3:
                continue
            spans = [(h.start(), group[i + 1].start() if i + 1 < len(group) else len(text))
                     for i, h in enumerate(group)]
            # (the CTG told on an item's head line, as an agenda's title: not a list of signatories under an intro
            # naming the CTG, "Six communautés ont signé leur CTG :\n1. Communauté de communes X\n2. ...")
            told = [(a, b) for a, b in spans if CTG_CUE.search(text, a, min(b, text.find("\n", a) % (len(text) + 1)))]
            if not told or len(spans) - len(told) < 2:
                continue
            for c in cands:
                if c.type not in {"commune", "epci"}:
                    continue
                item = next(((a, b) for a, b in spans if a <= c.start < b), None)
                if item is not None and item not in told and not CAF.search(text, item[0], item[1]) \
                        and not CTG_CUE.search(text, item[0], item[1]):
                    c.extra["features"]["other_item"] = 1.0
            return

    @staticmethod
    def mark_head_box(text: str, cands: list[Candidate], end_of_story: int) -> None:
        """Feature `see_also` for the names of a box of related headlines between the page's headline and its story
        ("À lire aussi\nSaint-Flour : la piscine rouvre\nMauriac : Pays de Mauriac lance son diagnostic\nLa
        communauté de communes ... a signé ..."): the box's lines up to the story's first paragraph are other
        stories (`story_end` reads such a box as no end of the story). Also a box under a heading `story_end` does not
        read, wherever it stands ("Lire aussi dans ce numéro\nLe Havre et Fécamp : où en sont les CTG voisines ?",
        "Ces contenus peuvent aussi vous intéresser\nLe Sicoval renouvelle sa CTG"): its lines are other stories."""
        heads = [m.end() for m in RELATED_HEADING.finditer(text, 0, end_of_story)]
        for head in heads:
            line_end = text.find("\n", head)
            if line_end < 0:
                continue
            paragraph = PARAGRAPH.search(text, line_end + 1)
            box_end = paragraph.start() if paragraph else len(text)
            for c in cands:
                if line_end < c.start < box_end:
                    c.extra["features"]["see_also"] = 1.0

    _LABEL_GAP = re.compile(r"[\s,;/]*(?:\bet\b)?[\s,;/]*")

    @classmethod
    def mark_label_lists(cls, text: str, cands: list[Candidate]) -> None:
        """Feature `label_list`: towns listed alone before a colon opening a line, the headline's label of where
        the news is ("Fort-de-France, Le Lamentin, Schœlcher : la CACEM signe sa CTG"), two towns at least; the
        EPCI after the colon signs, its towns are not said to (`drop_member_towns`)."""
        for line_start, colon in cls.label_heads(text):
            towns = sorted((c for c in cands if c.type == "commune" and line_start <= c.start and c.end <= colon),
                           key=lambda c: c.start)
            if len({c.key for c in towns}) < 2:
                continue
            pos, whole = line_start, True
            for c in towns:
                if c.start < pos:
                    continue  # (a name inside the previous one)
                if not cls._LABEL_GAP.fullmatch(text, pos, c.start):
                    whole = False
                    break
                pos = c.end
            if whole and cls._LABEL_GAP.fullmatch(text, pos, colon):
                for c in towns:
                    c.extra["features"]["label_list"] = 1.0

    HEADLINE_CHARS = 160  # the longest headline line read as a label, in characters

    @classmethod
    def label_heads(cls, text: str) -> Iterator[tuple[int, int]]:
        """(line start, colon) of each headline-like line with a colon followed by more words: one short line, not a
        paragraph ("Fort-de-France, Le Lamentin et Schœlcher : les communes de la CACEM disposent désormais d'un
        cadre commun avec la Caf. La convention a été signée ..." lists the paragraph's subject)."""
        start = 0
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            colon = text.find(":", start, end)
            if colon > start and text[colon + 1:end].strip() and end - start <= cls.HEADLINE_CHARS and not (
                    _SENTENCE_BREAK.search(text, colon, end)):
                yield start, colon
            start = end + 1

    # what makes a commune a place rather than a party (venue, facility, territory, example, a Caf's seat)
    # (or people's origin, shared by the next town: "de jeunes couples venus d'Albi ou de Castres")
    PLACE_FLAGS = ("venue", "facility_of", "territory_of", "example", "caf_before", "audience_of", "address", "origin")

    @classmethod
    def mark_place_lists(cls, text: str, cands: list[Candidate]) -> None:
        """Feature `place_list`: a commune enumerated after one named as a place shares its role ("jeunes ménages à
        Sadirac, Créon et La Sauve", "les espaces jeunes du Cheylard et de Saint-Agrève", "expérimenté à Toulon, La
        Seyne-sur-Mer et Draguignan"): the first item carries the cue, the others only the list's commas."""
        gap = F.cues()["list_gap"]
        communes = sorted((c for c in cands if c.type == "commune" and c.how in {"gaz_commune", "list"}),
                          key=lambda c: c.start)
        # (the officials of towns listed after "des communes de", in a sentence that neither signs nor associates:
        # "Élus des communes de A, B et C, associations et services de l'État ont participé à la réunion")
        officials = F.cues()["officials_of_towns"]
        for c in communes:
            f = c.extra["features"]
            if c.how == "list" and not (f.get("sent_sign") or f.get("sent_assoc")) and officials.search(
                    text, max(0, c.start - 60), c.start):
                f["official_list"] = 1.0
        for prev, c in itertools.pairwise(communes):
            if prev.end > c.start or not gap.match(text[prev.end:c.start]):
                continue
            pf, f = prev.extra["features"], c.extra["features"]
            if pf.get("official_list") and not (f.get("sent_sign") or f.get("sent_assoc")):
                f["official_list"] = 1.0
            # a venue's 'à' in a sentence that signs or associates may join parties ("La CTG associe la Caf de
            # l'Hérault à Lunel, Marsillargues et Saint-Just"): no place list there
            # (in a sentence that neither signs nor associates, the officials of the first town are those of the
            # next: "Élus de A, B et C, services de la Caf et associations ont fait le point")
            flags = cls.PLACE_FLAGS[1:] if f.get("sent_sign") or f.get("sent_assoc") else (*cls.PLACE_FLAGS,
                                                                                             "official_before")
            # (unless the first is where the signing took place: "signées à Ussel, Meymac et Égletons")
            if any(pf.get(k) for k in (*flags, "place_list", "signed_at")):
                f["place_list"] = 1.0

    # what makes a commune's mention no reference to a town the page tells (mark_told_town)
    NOT_TOWN = ("other_dep", "facility_of", "territory_of", "address", "caf_before", "person", "common_word",
                "cap_after", "see_also")

    HEAD_LINES = 3  # the lines heading a page: its site's or council's name, the meeting's date and place

    @classmethod
    def head_end(cls, text: str) -> int:
        """The end of the page's first lines (`HEAD_LINES`)."""
        end = -1
        for _ in range(cls.HEAD_LINES):
            end = text.find("\n", end + 1)
            if end < 0:
                return len(text)
        return end

    MASTHEAD_REACH = 300  # the page's masthead lies in its first characters
    MASTHEAD_LINE_MAX = 100  # on a short line

    @classmethod
    def mark_own_member_town(cls, text: str, sents: Sentences, cands: list[Candidate]) -> None:
        """Feature `declared` for the page's own town when the text has the EPCI's communes sign with it. Class: a
        commune's site, bulletin or minutes (its name on a short masthead line above the story) telling the CTG that
        the EPCI signs "avec ses communes" ("Saint-Jean | Brèves\nLa CTG entre l'agglomération, ses communes et la
        Caf sera signée le 3 mai", "BULLETIN MUNICIPAL DE X\nLa communauté, les 12 communes et la Caf ont signé ...",
        "Chaque commune est signataire", "Notre commune fait désormais partie de la CTG conclue entre la Caf et la
        CC Y"): the page's town is one of those communes, the gazetteer placing it in that EPCI."""
        C = F.cues()
        if "commune" not in text:
            return
        for m in C["members_sign"].finditer(text):
            sf = F.sentence_features(sents.sentence(m.start()))
            if sf["sent_modal"] or not (sf["sent_sign"] or m["ours"] and sf["sent_ctg"]):
                continue
            if _COVERS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "la CTG couvre l'agglomération et ses communes": its area
            i = sents.index(m.start())
            s_start = sents.bounds(i - 1)[0] if i > 0 else sents.bounds(i)[0]
            s_end = sents.bounds(i)[1]
            codes = {c.place.code for c in cands if c.type == "epci" and c.place is not None
                     and s_start <= c.start < s_end}
            if not codes:
                continue
            heads = []
            for c in cands:
                if c.type != "commune" or c.place is None or c.start >= min(m.start(), cls.MASTHEAD_REACH):
                    continue
                line_start, line_end = _line_bounds(text, c.start)
                if line_end - line_start <= cls.MASTHEAD_LINE_MAX:
                    heads.append(c)
            # (the one town of that EPCI there: a word of the masthead read as a far commune, "Brèves", is none)
            heads = [c for c in heads if c.place.epci in codes]
            # (a commune's own page, not a paper's kicker nor the EPCI's seat on its magazine: "Ville de X" heading it,
            # or the page speaking as a town, "bulletin municipal", "conseil municipal", "notre commune")
            own = bool(C["municipal_page"].search(text)) or any(
                C["municipal_masthead_left"].search(text, max(0, c.start - 12), c.start)
                or C["municipal_masthead_left"].match(text, c.start, c.start + 12) for c in heads)
            if own and len({c.key for c in heads}) == 1:
                for c in heads:
                    c.extra["features"]["declared"] = 1.0
                return

    @classmethod
    def mark_editorial_town(cls, text: str, sents: Sentences, cands: list[Candidate]) -> None:
        """Feature `declared` for the town of a mayor's editorial that tells the CTG in the first person ("Val-Joli
        Infos – Printemps 2024\nLe mot du maire\nChers Val-Jolinois,\n... En mars, avec la communauté de communes et
        la Caf, nous avons signé une convention territoriale globale ...\nPaul Martin, maire de Val-Joli"): the town
        named alone on the masthead line above or on the sign-off line below signs through its mayor's "nous", however
        low the model scores a name standing so far from the CTG (an EPCI's member named only in a title is dropped
        beside it otherwise)."""
        C = F.cues()
        if not C["mayor_editorial"].search(text):
            return
        end_of_story = story_end(text)
        if not any(m.start() < end_of_story and CTG_CUE.search(sents.sentence(m.start()))
                   for m in C["first_person_ctg"].finditer(text)):
            return  # ("notre commune est associée à la démarche" of the EPCI's CTG: no signing of the town's own)
        first = _FIRST_LINE.search(text)
        towns = set()
        for c in cands:
            if c.type != "commune" or c.place is None or any(c.extra["features"].get(k) for k in cls.OTHER_TERRITORY):
                continue
            line_start, line_end = _line_bounds(text, c.start)
            line = text[line_start:line_end].strip()
            masthead = first is not None and first.start() <= c.start < first.end() and len(line) <= cls.MASTHEAD_LINE_MAX
            # (on the sign-off line, the mayor's town, not a surname that is a commune too: "Anne Castex, maire de X")
            if masthead or C["sign_off_line"].fullmatch(line) and _MAYOR_OF_LEFT.search(text, line_start, c.start):
                towns.add(c.key)
        if len(towns) != 1:
            return
        for c in cands:
            if c.key in towns:
                # (`editorial_town` too: the sign-off "maire de X" is no official's home town beside the signing)
                c.extra["features"]["declared"] = c.extra["features"]["editorial_town"] = 1.0

    HEAD_LINE_MAX = 160  # a heading line's length at most (a body's sentence runs longer)

    @classmethod
    def mark_head_lines(cls, text: str, cands: list[Candidate]) -> None:
        """`extra['head_line']` for the communes named on the page's first lines (`HEAD_LINES`), on a short line that
        closes on no full stop: its kicker and headline. Class: a headline naming an EPCI's member towns above a story
        that has only the EPCI sign ("Petite enfance : Ville-Haute et Ville-Basse s'engagent avec la Caf" over "La
        communauté d'agglomération a signé jeudi sa CTG", "Bourg-Centre et ses voisins signent avec la Caf"): where
        the news is, not parties of their own (`drop_member_towns`, beside their kept EPCI)."""
        end = cls.head_end(text)
        for c in cands:
            if c.type != "commune" or c.start >= end:
                continue
            line_start, line_end = _line_bounds(text, c.start)
            line = text[line_start:line_end].rstrip()
            # (not a line that runs on into the next, nor towns given with their kind: a cover's parties "Caf de la
            # Guyane – CC des Savanes – Communes de A, B et C", a wrapped sentence "la Caf, la CA et les villes de A,")
            if len(line) <= cls.HEAD_LINE_MAX and not line.endswith((".", ",", ";")) \
                    and not _KIND_OF_TOWNS.search(text, line_start, c.start):
                c.extra["head_line"] = True

    @classmethod
    def mark_told_town(cls, text: str, sents: Sentences, cands: list[Candidate]) -> None:
        """Feature `told_town`: the one commune of a page that tells its signing as "la ville" or "la commune"
        ("Lunel\nLa ville et la Caf de l'Hérault ont signé la CTG", its name only in the kicker above): the town
        the page is about, whatever line names it."""
        # (a commune linked in another département is a homonym the text does not tell: "rue des Lacs")
        # nor one named as a facility, a territory, an address, a Caf's seat or a person ("le centre de loisirs de
        # Courbiac" in Villeneuve-sur-Lot's magazine)
        # (nor one named only as a venue in the story, "un point jeunes à X", or of a signing sentence, "Mme le Maire a
        # signé à X avec les maires de la communauté"; a meeting's place heading the page is its own town: "Séance
        # du 20 mars – Hôtel de ville de Vierzon")
        head_end = cls.head_end(text)
        towns = [c for c in cands if c.type == "commune" and c.place is not None
                 and not any(c.extra["features"].get(k) for k in cls.NOT_TOWN)
                 and not (c.extra["features"].get("venue") and (c.extra["features"].get("sent_sign")
                                                                 or c.start > head_end))]
        communes = {c.key for c in towns}
        C = F.cues()
        # the page's own mayor, titled and unnamed, signing ("Monsieur le Maire et le Président de la communauté de
        # communes ont signé avec la Caf la CTG" on the town's site, "Ville de X" heading it)
        mayor = [m for m in C["titled_mayor"].finditer(text) if F.sentence_features(sents.sentence(m.start()))["sent_sign"]]
        if len(communes) > 1 and (not any(c.type == "epci" for c in cands) or C["own_council"].search(text) or mayor):
            # (several towns named on a page naming no EPCI: the one heading the page, its title line, is the town it
            # tells of: "LOUDÉAC\nLa Ville et la Caf ont signé la CTG ... une balade jusqu'au lac de Guerlédan, à
            # Mûr-de-Bretagne"; or on a page naming an EPCI, where the town's own council approves: "Commune de X\n
            # Compte rendu du conseil municipal ... le conseil municipal approuve la convention et autorise le Maire à
            # la signer")
            communes = {c.key for c in towns if c.extra["features"].get("in_title")}
        if len(communes) != 1:
            return
        # (or its own council approving the CTG: "Le conseil municipal a approuvé la CTG avec la Caf, signée aussi par
        # la communauté de communes" in the town's bulletin, its name in the masthead only)
        end_of_story = story_end(text)
        # (or, in a town council's minutes, an agenda item naming the CTG "approbation et autorisation de signature":
        # "6. Convention territoriale globale entre la Caf, la CC X et les communes membres – approbation et
        # autorisation de signature – adopté", its town the minutes' own)
        items = C["approval_item"].finditer(text) if _TOWN_COUNCIL.search(text) else ()
        for m in [*mayor, *C["self_town"].finditer(text), *C["own_council"].finditer(text), *items]:
            if C["see_also"].match(text[text.rfind("\n", 0, m.start()) + 1:m.start()]) or m.start() >= end_of_story:
                continue  # "Lire aussi : Grenoble : la Ville renouvelle sa convention avec la Caf": another story
                # (or a link listed under the related heading: "Lire aussi :\n- Vienne : la ville signe sa CTG")
            sf = F.sentence_features(sents.sentence(m.start()))
            # (or beside the Caf: "À Vaulx-en-Velin, la Ville et la Caf du Rhône ont fait leurs choix")
            # (not signing another scheme only: "la Ville a signé avec l'État son contrat de ville")
            # (or in the numbered item of minutes that names the CTG: "3/ Convention territoriale globale Caf du Gers
            # – CC X : ... Le conseil approuve l'adhésion de la commune à la convention")
            item = _last_item_head(text, m.start(), 1500)
            in_item = item is not None and bool(CTG_CUE.search(text, item, m.start()))
            if (sf["sent_ctg"] or sf["sent_sign"] or sf["caf_in_sent"] or in_item) and not sf["sent_modal"] and not (
                    sf["sent_other_scheme"] and not sf["sent_ctg"] and not sf["caf_in_sent"]):
                for c in cands:
                    if c.key in communes:
                        c.extra["features"]["told_town"] = 1.0
                return

    # features of a territory the page names as another's, not its own signatory
    OTHER_TERRITORY = ("own_other", "neighbour", "other_ctgs", "comparison", "see_also", "precedent", "former_body",
                       "status_list", "example", "other_convention")

    @staticmethod
    def facility_named(c: Candidate) -> bool:
        """An EPCI's bare name after a facility's or body's noun ("l'office de tourisme Creuse Confluence"): the
        body named after the EPCI, not the EPCI."""
        return c.type == "epci" and c.how in {"gaz_epci", "epci_name"} and bool(c.extra["features"].get("facility_of"))

    @staticmethod
    def mark_told_epci(text: str, sents: Sentences, cands: list[Candidate]) -> None:
        """Feature `told_epci`: the one EPCI of the minutes or deliberation of an EPCI's council that approves the
        CTG ("COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND GUÉRET\nProcès-verbal du conseil communautaire ... autorise le
        Président à la signer", "Conseil communautaire du 29 juin – Relevé de décisions ... Convention territoriale
        globale avec la Caf. Le conseil approuve le texte"): the council's own EPCI signs, wherever its name stands."""
        C = F.cues()
        # (not counting EPCIs the page tells as others: neighbours, their own or other CTGs, comparisons, former bodies)
        epcis = {c.key for c in cands if c.type == "epci" and c.place is not None
                 and not any(c.extra["features"].get(k) for k in PartiesComponent.OTHER_TERRITORY)
                 and not PartiesComponent.facility_named(c)}
        if len(epcis) != 1:
            return
        council = "onseil" in text and C["epci_council"].search(text)
        for m in C["self_epci"].finditer(text) if council else ():
            if CTG_CUE.search(sents.sentence(m.start())) or CTG_CUE.search(sents.sentence(m.start(), -1)):
                break
            # (or anywhere in the numbered agenda item it closes: "4. Convention territoriale globale 2023-2027 avec
            # la Caf de l'Indre\n... Axe 1 ...\nLe conseil, après en avoir délibéré, approuve la convention")
            item = _last_item_head(text, m.start())
            if item is not None and CTG_CUE.search(text, item, m.start()):
                break
        else:
            # or the page's one EPCI told by its kind as the one that signs or is bound to the Caf by the CTG ("Le 2
            # février, l'Agglomération, les 32 communes et la Caf ont paraphé une CTG", "la communauté de communes a
            # signé sa CTG avec la Caf", its name only in the masthead or an earlier paragraph)
            # (or signing with the Caf, the CTG named before: "En Haute Vallée, c'est chose faite. Le président de la
            # communauté de communes et la directrice de la Caf ont paraphé le document jeudi")
            for m in C["epci_anaphor"].finditer(text):
                sf = F.sentence_features(sents.sentence(m.start()))
                if (sf["sent_ctg"] and (sf["sent_sign"] or sf["caf_in_sent"]) or sf["sent_sign"] and sf["caf_in_sent"]
                        and not sf["sent_other_scheme"] and CTG_CUE.search(text, 0, m.start())) \
                        and not sf["sent_modal"]:
                    break
            else:
                return
        for c in cands:
            if c.key in epcis:
                c.extra["features"]["told_epci"] = 1.0

    @classmethod
    def mark_told_syndicat(cls, text: str, sents: Sentences, cands: list[Candidate]) -> None:
        """Feature `declared` for the one syndicat heading the minutes or deliberation of its own comité syndical that
        approves the CTG ("SIVU ENFANCE JEUNESSE DES TROIS RIVES\nComité syndical du 3 mai 2024\nObjet : adhésion à la
        CTG de la communauté de communes X\n... Le comité syndical, après en avoir délibéré : APPROUVE la convention
        territoriale globale ; AUTORISE le Président à la signer"): the council's own body signs, as an EPCI's council's
        does (`told_epci`); the model scores a syndicat named only in the heading low."""
        C = F.cues()
        if "yndical" not in text or not C["syndicat_council"].search(text):
            return
        names = set()
        for c in cands:
            line_start, line_end = _line_bounds(text, c.start)
            if c.how == "syndicat" and c.start < cls.MASTHEAD_REACH and line_end - line_start <= cls.MASTHEAD_LINE_MAX:
                names.add(c.name.lower())
        if len(names) != 1:
            return
        # (the approval names the CTG in its sentence or the one before: "- APPROUVE la convention territoriale
        # globale ;\n- AUTORISE le Président à la signer"; not a committee approving its accounts after a passing
        # word on the EPCI's CTG in preparation)
        if not any(CTG_CUE.search(sents.sentence(m.start())) or CTG_CUE.search(sents.sentence(m.start(), -1))
                   for m in C["self_epci"].finditer(text)):
            return
        for c in cands:
            if c.how == "syndicat" and c.name.lower() in names:
                c.extra["features"]["declared"] = 1.0

    COVER_LINES = 10  # the lines of a convention's cover page read for its parties
    _COVER_STOP = re.compile(r"(?i)[ \t]*(?:sommaire|préambule|table\s+des\s+matières|article|titre|partie|entre\b|"
                             r"vu\b|il\s+est\s+convenu)")

    @classmethod
    def mark_cover(cls, text: str, cands: list[Candidate]) -> None:
        """Feature `cover_party`: the bodies a convention's cover page lists one per line under its title, the Caf's
        line among them ("CONVENTION TERRITORIALE GLOBALE\n2023-2027\nCaisse d'allocations familiales de l'Ain\n
        Communauté de communes X\nCommunes de A, B et C\nSommaire"): each line names a party."""
        lines = text.split("\n", cls.COVER_LINES)[:cls.COVER_LINES]
        if not any(CTG_CUE.search(line) for line in lines[:2]):
            cls.mark_cover_above(text, lines, cands)
            return
        pos, block, started = 0, [], False
        for n, line in enumerate(lines):
            start, pos = pos, pos + len(line) + 1
            if n == 0 or CTG_CUE.search(line) and not started:
                continue  # the title's lines
            if cls._COVER_STOP.match(line) or ". " in line or len(line) > 100:
                break
            if any(ch.isdigit() for ch in line):
                if started:
                    break
                continue  # the period under the title ("2024-2028")
            if line.strip():
                started = True
                block.append((start, start + len(line), line))
        if len(block) < 2 or not any(CAF.match(line.lstrip()) for _, _, line in block):
            return
        for c in cands:
            if c.type in {"commune", "epci", "msa", "departement", "etat", "region"} and any(
                    s <= c.start and c.end <= e for s, e, _ in block):
                c.extra["features"]["cover_party"] = 1.0
                c.extra["features"]["declared"] = 1.0  # (the cover says it signs: no veto of a place or a member)

    @classmethod
    def mark_cover_above(cls, text: str, lines: list[str], cands: list[Candidate]) -> None:
        """`cover_party` for a cover page whose bodies stand above the title, one per line, the Caf's among them
        ("Communauté de communes du Pays de Fayence\nCaisse d'allocations familiales du Var\nMutualité sociale
        agricole Provence-Azur\nCONVENTION TERRITORIALE GLOBALE\n2024-2028"): a short line each, nothing else above."""
        title = next((n for n, line in enumerate(lines) if CTG_CUE.search(line)), None)
        if title is None or title < 2 or len(lines[title]) > 100:
            return
        block, pos = [], 0
        for line in lines[:title]:
            if cls._COVER_STOP.match(line) or ". " in line or len(line) > 100 or any(ch.isdigit() for ch in line) \
                    or not line.strip():
                return
            block.append((pos, pos + len(line)))
            pos += len(line) + 1
        if not any(CAF.match(line.lstrip()) for line in lines[:title]):
            return
        for c in cands:
            if c.type in {"commune", "epci", "msa", "departement", "etat", "region"} and any(
                    s <= c.start and c.end <= e for s, e in block):
                c.extra["features"]["cover_party"] = 1.0
                c.extra["features"]["declared"] = 1.0

    @classmethod
    def mark_network_day(cls, text: str, sents: Sentences, cands: list[Candidate], end_of_story: int) -> None:
        """Feature `network_day`: the territories of a page reporting a meeting of the CTG network ("Retour sur la
        journée départementale des coordinateurs CTG ... les représentants de X et de Y ont présenté leurs démarches",
        "Rencontre des partenaires CTG du Nord-Ouest", "Les coordinateurs des CTG se retrouvent à X") where no
        sentence tells a signing: speakers, hosts, venues and examples, no convention's parties."""
        if not F.cues()["network_day"].search(text, 0, cls.head_end(text)):
            return
        since = F.cues()["since_own_signing"]
        for i, start in enumerate(sents.starts):
            if start >= end_of_story:
                break
            s_start, s_end = sents.bounds(i)
            sf = F.sentence_features(text[s_start:s_end])
            # (not the speakers' own signings, long done: "ont présenté les actions menées depuis la signature de leurs
            # conventions")
            if sf["sent_sign"] and not sf["sent_modal"] and not since.search(text, s_start, s_end):
                return
        for c in cands:
            if c.type in {"commune", "epci"}:
                c.extra["features"]["network_day"] = 1.0

    HEAD_EPCI_LINES = 2  # the lines heading an EPCI's own publication: its name, the report's or project's title

    @classmethod
    def mark_head_epci(cls, text: str, sents: Sentences, cands: list[Candidate], end_of_story: int) -> None:
        """Feature `head_epci`: the page's one EPCI, named on its first two lines, on a page that tells the CTG signed
        or bound with the Caf ("Rapport d'activité 2023\nCommunauté de communes X ... Signée le 8 juillet avec la Caf
        du Lot, la CTG couvre 2022-2026", "Projet social de territoire\nCommunauté de communes Y ... la CTG signée
        avec la Caf"): the EPCI's own report or project, its author the party, though no sentence names it."""
        # (linked, or unlinked under an EPCI's head: "Communauté de communes X", a name the gazetteer writes otherwise)
        epcis = {c.key for c in cands if c.type == "epci" and (c.place is not None or c.how == "epci")
                 and not any(c.extra["features"].get(k) for k in cls.OTHER_TERRITORY) and not cls.facility_named(c)}
        if len(epcis) != 1:
            return
        head = -1
        for _ in range(cls.HEAD_EPCI_LINES):
            head = text.find("\n", head + 1)
            if head < 0:
                head = len(text)
                break
        # (named there as the EPCI itself, not as the audience or area of a town's signing: "X s'engage avec la Caf
        # pour les familles de l'Ouest du département", the EPCI's bare name after "les familles de l'")
        if not any(c.key in epcis and c.end <= head and not c.extra["features"].get("audience_of") for c in cands):
            return
        if (CTG_CUE.search(text, 0, head) or _SOCIAL_PROJECT.search(text, 0, head)) and P.CAF_HEAD.search(
                text, head, end_of_story):
            # (or the heading names the CTG or its project, the page the Caf: "Intercom X – Projet social de
            # territoire\nFiche action n°4 ... Partenaires : Caf du Calvados")
            for c in cands:
                if c.key in epcis:
                    c.extra["features"]["head_epci"] = 1.0
            return
        for m in CTG_CUE.finditer(text, head, end_of_story):
            sf = F.sentence_features(sents.sentence(m.start()))
            if (sf["sent_sign"] or sf["caf_in_sent"]) and not sf["sent_modal"] and not sf["sent_other_scheme"]:
                break
        else:
            return
        for c in cands:
            if c.key in epcis:
                c.extra["features"]["head_epci"] = 1.0

    def agglomeration_of(self, text: str, cands: list[Candidate]) -> None:
        """'l'agglomération de Brive', "l'Agglo de Cahors": the EPCI the commune belongs to, not the commune
        (pages name a communauté d'agglomération after its main town)."""
        cue = F.cues()["agglo_of"]
        for c in cands:
            if c.type != "commune" or c.place is None or not c.place.epci:
                continue
            if not cue.search(text[max(0, c.start - 30):c.start]):
                continue
            epci = self.gaz.epci_by_code.get(c.place.epci)
            if epci is not None:
                c.type, c.place, c.how = "epci", epci, "epci_name"
                c.name = _GUILLEMETS.sub(" ", epci.name).strip()
                c.key = f"epci:{epci.code}"
                c.extra["distinctive"] = c.name

    def epci_of_sole_town(self, text: str, sents: Sentences, cands: list[Candidate]) -> None:
        """A page that names no EPCI but tells its signing by the EPCI's kind ("Le 2 février, l'Agglomération et la
        Caf ont renouvelé leur CTG" in "AGGLO MAG' – Saintes"), and never by the town's ("la ville", "la commune"),
        names the one town it names for its EPCI: the town's candidates become that EPCI (as `agglomeration_of`)."""
        if any(c.type == "epci" for c in cands):
            return
        towns = {c.key for c in cands if c.type == "commune" and c.place is not None and c.place.epci}
        if len(towns) != 1:
            return
        C = F.cues()

        def told(cue: str) -> bool:
            for m in C[cue].finditer(text):
                sf = F.sentence_features(sents.sentence(m.start()))
                if sf["sent_ctg"] and (sf["sent_sign"] or sf["caf_in_sent"]) and not sf["sent_modal"]:
                    return True
            return False

        # (or a page headed by the EPCI's council session, "Conseil communautaire du 29 juin 2023 – X", the town its
        # seat or the meeting's place)
        head = "\n".join(text.split("\n", 2)[:2])
        if not (told("epci_anaphor") or C["epci_council"].search(head)) or told("self_town"):
            return
        town = next(c.place for c in cands if c.key in towns)
        epci = self.gaz.epci_by_code.get(town.epci)
        if epci is None:
            return
        for c in cands:
            if c.key in towns:
                c.type, c.place, c.how = "epci", epci, "epci_name"
                c.name = _GUILLEMETS.sub(" ", epci.name).strip()
                c.key = f"epci:{epci.code}"
                c.extra["distinctive"] = c.name

    @staticmethod
    def mark_status_rows(text: str, cands: list[Candidate]) -> None:
        """Feature `status_list` for the rows of a Caf's overview, one territory per line with the state of its CTG
        ("CC du Pays de Sault – CTG 2022-2026 en cours", "CA du Grand Dax – diagnostic achevé"): two rows at least,
        as overviews list; no signing is told there."""
        cue, done, period = F.cues()["status_row"], F.cues()["status_row_done"], F.cues()["status_row_period"]
        rows: list[Candidate] = []
        done_rows: list[Candidate] = []  # (rows of signed CTGs: an overview when other rows are still open)
        done_years: dict[str, set[str]] = {}  # (the years the signed rows give, by territory)
        periods: dict[str, list[Candidate]] = {}  # (rows giving a period only, by period)
        for c in cands:
            if c.type not in {"commune", "epci"}:
                continue
            line_start, line_end = _line_bounds(text, c.start, c.end)
            # (the row opens on the name, or on the EPCI's head the name follows: "Communauté de communes du X | ...")
            if text[line_start:c.start].strip(" \t-–•*") and not (
                    c.type == "epci" and _EPCI_HEAD_LEAD.fullmatch(text, line_start, c.start)):
                continue
            rest = text[c.end:line_end]
            if cue.match(rest):
                rows.append(c)
            elif done.match(rest):
                done_rows.append(c)
                # (the signing's year, the row's first: not the period's nor a renewal's after it)
                done_years.setdefault(c.key, set()).update(_YEAR.findall(rest)[:1])
            elif m := period.match(rest):
                periods.setdefault(m.group("period"), []).append(c)
        # (or a table of the territories' conventions, each row its own period: "Territoire | Période | Référent\nCC du
        # Val de X | 2021-2025 | oui\nCA Y | 2023-2027 | non\nCC Z | 2024-2028 | oui": three rows of two periods at
        # least, separate CTGs of a Caf's overview, not one convention's signatories)
        dated = [c for rows_of in periods.values() for c in rows_of]
        if len(periods) >= 2 and len({c.key for c in dated}) >= 3:
            rows += dated
        # (or signed rows only, three at least, signed in two years at least: "Saint-Jean Communauté – signée en 2021,
        # renouvelée en 2025\nCA du Val – signée en 2022\nCC des Monts – signée en 2021": separate CTGs of an
        # overview, not one convention's parties, which sign on one day; not a year's report of its signings, "CC X –
        # signée le 24 mars 2022 – 2022-2026", which some writers list)
        years = {y for ys in done_years.values() for y in ys}
        if len(done_years) >= 3 and len(years) >= 2 and all(done_years.values()):
            rows += done_rows
        if len({c.key for c in rows}) >= 2 or (rows and len({c.key for c in rows + done_rows}) >= 3):
            # (or a table of mixed states, three rows at least: "CA X | Signée | 2022-2026", "CC Y | En cours de
            # diagnostic | –")
            for c in rows + (done_rows if rows else []):
                c.extra["features"]["status_list"] = 1.0
        # a line of the territories that signed ("Territoires signataires : A ; B ; C"), on an overview that also
        # lists territories in another state ("Territoires en cours d'élaboration : D ; E", a table's open rows)
        if any(c.extra["features"].get("status_list") for c in cands):
            signed = F.cues()["signed_label"]
            for c in cands:
                if c.type in {"commune", "epci"} and signed.match(text[text.rfind("\n", 0, c.start) + 1:c.start]):
                    c.extra["features"]["status_list"] = 1.0

    @staticmethod
    def mark_sign_column(text: str, cands: list[Candidate]) -> None:
        """Features `declared` / `not_signatory` for the rows of a table one of whose columns tells who signs
        ("Commune | Délibération | Signataire\nA | 12/03/2024 | oui\nB | en attente | non"): a row opening on a
        territory's name answers yes (it signs) or no (it does not), whatever its sentence says."""
        C = F.cues()
        for c in cands:
            if c.type not in {"commune", "epci"}:
                continue
            line_start, line_end = _line_bounds(text, c.start, c.end)
            line = text[line_start:line_end]
            if "|" not in line or text[line_start:c.start].strip(" \t-–•*") or c.extra["features"].get("status_list"):
                continue  # (not a Caf's overview of the CTGs' states, `mark_status_rows`)
            # the table's head: the first of the lines above cut by the same separator
            head_start = line_start
            while head_start > 0:
                prev = text.rfind("\n", 0, head_start - 1) + 1
                if "|" not in text[prev:head_start - 1]:
                    break
                head_start = prev
            head = text[head_start:text.find("\n", head_start)].split("|")
            cells = line.split("|")
            if head_start == line_start or len(head) != len(cells):
                continue
            column = next((i for i, h in enumerate(head) if C["sign_column_head"].match(h)), None)
            if column is None or column == 0:
                continue
            if C["sign_column_yes"].match(cells[column]):
                c.extra["features"]["declared"] = 1.0
            elif C["sign_column_no"].match(cells[column]):
                c.extra["features"]["not_signatory"] = 1.0

    @staticmethod
    def mark_masthead(text: str, cands: list[Candidate], title_end: int, ctg: bool) -> None:
        """Feature `masthead`: a commune's or EPCI's own site, its name alone on the page's first line above a
        breadcrumb ("Communauté de communes du Pays de Cruseilles\nAccueil > Familles > Notre CTG", "Commune de
        Vovray\nAccueil > La mairie > Actualités"), on a page naming the CTG that speaks of its author ("la
        communauté de communes", "notre commune"): the site's body is a party, as a site's address tells
        (`host_candidate`)."""
        C = F.cues()
        if not ctg or not title_end:
            return
        second = text[title_end + 1:text.find("\n", title_end + 1) if "\n" in text[title_end + 1:] else len(text)]
        if not C["breadcrumb"].match(second) or not C["self_reference"].search(text, title_end):
            return
        first = text[:title_end]
        keys = {c.key for c in cands if c.type in {"commune", "epci"} and c.place is not None and c.end <= title_end
                and not first[c.end:].strip() and C["masthead_head"].fullmatch(first[:c.start])}
        if len(keys) != 1:
            return
        for c in cands:
            if c.key in keys:
                c.extra["features"]["masthead"] = 1.0

    @staticmethod
    def mark_sole_territory(cands: list[Candidate], ctg: bool, head_end: int = 0) -> None:
        """Feature `sole_territory`: the text about a CTG names one commune or EPCI only, the venue or the
        mayor's commune included ("La première CTG a été signée à Bourg-Neuf", "Paul Roux, maire de Lussac,
        a présenté la CTG" with no other territory): then it is most likely the signing territory."""
        keys = {c.key for c in cands if c.type in {"commune", "epci"}
                and (c.place is not None or c.how in {"epci", "epci_suffix", "intro"})
                and not any(c.extra["features"].get(k) for k in ("common_word", "person", "cap_after"))}
        if not ctg or len(keys) != 1:
            return
        if any(c.how in {"dep", "dep_generic"} and (c.extra["features"].get("sign_ctg") or c.extra["features"].get("caf_list") or (
                c.extra["features"].get("caf_in_sent") and c.extra["features"].get("ctg_near", 0) >= 0.8))
               for c in cands):
            # a départemental CTG ("le président du Conseil départemental de la Sarthe et la Caf ont signé la CTG",
            # "Le Département, la Caf et la MSA ont signé ..."): the one town named is an event's place, not the
            # signatory
            return
        # the territory must be named where the page tells its news (the title, or a sentence naming the CTG, the
        # Caf, a signing or the parties) or as the page's own ("La commune de X est située ..."), not only in a
        # digression: an explainer that ends "Par ailleurs, le conseil municipal de Rieux a voté son budget" has no
        # signing territory
        # (or heading the page on its first two lines: "Compte rendu du conseil communautaire du 3 mai\nCommunauté de
        # communes X" above an item "renouvellement de la CTG avec la Caf")
        told = ("in_title", "sent_ctg", "caf_in_sent", "sent_sign", "sent_context", "prev_context")
        if not any(c.key in keys and (any(c.extra["features"].get(k) for k in told) or F.source_of(c.how) == "intro"
                                      or c.end <= head_end) for c in cands):
            return
        for c in cands:
            if c.key in keys:
                c.extra["features"]["sole_territory"] = 1.0

    @staticmethod
    def vetoed(c: Candidate) -> bool:
        """Never a party, whatever the sentence: a venue ("signée à la mairie de X"), a body attending ("en
        présence du président de X"), an official's home commune ("Jean Morel, maire de X, a signé") unless the
        mayor pattern read it among signatory communes, a surname, a common word, an example or a possibility
        ("d'autres acteurs peuvent signer : l'État, ...")."""
        pc = PartiesComponent
        if (pc.veto_misread(c) or pc.veto_not_signing(c) or pc.veto_no_party_name(c)
                or pc.veto_public_or_area(c) or pc.veto_other_story(c) or pc.veto_other_role(c)
                or pc.veto_context(c)):
            return True
        if c.how in {"list", "mayor"}:
            return False
        return pc.veto_venue(c)

    @staticmethod
    def veto_misread(c: Candidate) -> bool:
        """Read as something else: a name's head, one left out, a headline's place, an idle Département."""
        f = c.extra["features"]
        if c.extra.get("hyphen_head") and not PartiesComponent.stated_party(c):
            return True  # "Dzaoudzi-Labattoir" read as Dzaoudzi: only where the text says it signs
        if c.extra.get("excluded"):
            return True  # "hors Pays Ajaccien", "sauf X": left out; "les partenaires (Département, MSA)": examples
        if f.get("label_of_epci") and not any(f.get(k) for k in ("declared", "told_town", "sign_block")):
            return True  # "X : la communauté de communes renouvelle sa CTG": the headline's place, the EPCI acting
        if f.get("other_item") and not any(f.get(k) for k in ("declared", "told_town", "told_epci", "sign_block")):
            return True  # "• Fonds de concours à la commune de X" in minutes whose CTG is another item: its business
        if c.how == "dep_generic" and not any(f.get(k) for k in (
                "sent_sign", "sent_assoc", "sent_ctg", "caf_in_sent", "declared", "entre", "sign_block",
                "preamble_list", "represented", "named_as")):
            # "la conseillère départementale a rappelé le rôle du Département": the generic body in a sentence that
            # neither signs, associates, names the CTG nor the Caf
            return True
        return False

    @staticmethod
    def veto_not_signing(c: Candidate) -> bool:
        """Said not to sign, attending, taking part in a study, ranking an area, or a building."""
        f = c.extra["features"]
        if f.get("not_signatory") or f.get("attending") or f.get("study_with") or f.get("rank_area") or f.get(
                "building") or (
                f.get("attendance_line") and not (f.get("declared") or f.get("sign_block"))):
            # "Brest métropole n'en est pas signataire", "Les présidents de la CC X et de la CC Y assistaient à la
            # cérémonie", "le bilan réalisé avec la MSA": said not to sign, attending, or taking part in a study
            return True
        return False

    @staticmethod
    def veto_no_party_name(c: Candidate) -> bool:
        """No party's name: a short name, a common word, a span's end, a Caf's seat or area, a surname."""
        f = c.extra["features"]
        if c.how == "gaz_commune" and f.get("other_dep") and f.get("epci_namesake"):
            return True  # "le Val de Drôme renouvelle" beside the CC du Val de Drôme en Biovallée: the EPCI's short name
        if f.get("common_word"):
            return True  # "Le Saint", "Ville" in a list or alone: a common word ("la ville du Port" stays)
        if f.get("range") and not f.get("sole_territory"):
            return True  # "de Saül à Apatou": the ends of a territory's span
        if f.get("acronym_item"):
            return True  # "..., Sinnamary et Iracoubo, la CTG fixe": the next clause's subject, no town
        if c.how == "gaz_commune" and f.get("caf_before"):
            return True  # the seat of a Caf or an MSA ("la Caf d'Alençon")
        if f.get("caf_area") and not (f.get("declared") or f.get("caf_list")):
            return True  # "la Caf du Béarn et de la Soule ... ; le Pays basque relève de l'autre Caf": a Caf's area
        if c.how == "gaz_epci" and f.get("communes_of"):
            return True  # "les cinq communes du Val de l'Eyre": a territory named like an EPCI, not the EPCI
        if c.how == "gaz_commune" and f.get("person"):
            return True  # a surname that is also a commune ("M. Paul Roux, maire de ...")
        if c.how == "gaz_commune" and f.get("cap_after") and (f.get("other_dep") or c.place is None):
            # a first name before a surname ("Pierre Vidal, maire de ...") that names a far commune, or communes
            # with that name in several other départements, none linked here ("Romain Lopez, maire de Moissac")
            return True
        if f.get("delegated"):
            return True  # "ses communes déléguées : Torfou, Tillières": parts of the commune nouvelle that signs
        return False

    @staticmethod
    def veto_public_or_area(c: Candidate) -> bool:
        """The public or the area served, an example EPCI, or a place or facility named after one."""
        f = c.extra["features"]
        if c.type == "commune" and f.get("audience_list"):
            return True  # "devant les maires présents (Creissels, Compeyre)": attending, not signing
        if c.type == "commune" and c.how in {"list", "gaz_commune"} and f.get("audience_of") and not f.get("declared"):
            return True  # "la CTG a invité la population de Lunac, Bor et Pradel": the public, not signatories
        if c.type == "epci" and f.get("audience_of") and not f.get("declared"):
            return True  # "X signe sa CTG pour les familles de la Haute-Saintonge": the area served, not the EPCI
        if (c.how == "gaz_epci" or c.how == "epci_name" and not _KIND_WORD.search(c.extra.get("distinctive") or "x")) \
                and f.get("territory_of"):
            # "une démarche exemplaire à l'échelle du Pays basque": the area, not the agglomeration
            # (an EPCI's bare name read from capitalised words too: "les familles des secteurs ruraux de la Montagne
            # Noire", the natural area, not the communauté de communes named after it; never the EPCI written with its
            # kind: "conclue à l'échelle de la Communauté de communes X" is the EPCI's)
            return True
        if c.type == "epci" and c.how in {"gaz_epci", "epci_name", "epci_suffix", "epci"} and f.get("example") and not (
                f.get("sent_sign") or f.get("told_town")):
            return True  # "des communautés en phase de diagnostic, comme le Muretain Agglo": an example
        if c.how == "gaz_commune" and (f.get("territory_of") or f.get("facility_of") or f.get("local_namesake")):
            return True  # "le pays de Meaux", "la vallée de la Braye", "la crèche d'Afa", "La Seyne" for a far Seyne
        if PartiesComponent.facility_named(c) and not (PartiesComponent.stated_party(c) or f.get("sole_territory")):
            return True  # "la convention avec l'office de tourisme Creuse Confluence": a body named after the EPCI
        return False

    @staticmethod
    def veto_other_story(c: Candidate) -> bool:
        """Another story's party, an address or seat, a member town named aside, a contact's place."""
        f = c.extra["features"]
        if f.get("network_day") and not PartiesComponent.stated_party(c):
            return True  # "Retour sur la journée des coordinateurs CTG ... X et Y ont présenté leurs démarches"
        if f.get("other_convention"):
            return True  # "la première CTG bi-départementale (après celle signée avec X)": another convention's party
        if c.how == "gaz_commune" and f.get("address"):
            return True  # "siège : 2 rue des Lilas, 33000 Bordeaux": an address
        if f.get("member_aside") and not f.get("sole_territory") and not f.get("in_title") and not f.get("declared") \
                and not (f.get("told_town") and not f.get("venue")) and not f.get("sign_block"):
            # (not the page's own town, told as "la commune" where the CTG is: "COMMUNE DE X\nExtrait du registre des
            # délibérations ... adhésion de la commune à la CTG de la Communauté de communes Y"; unless named only as a
            # place, "une maison d'assistants maternels à X")
            # (the title line is the page's author or subject: "COMMUNE DE DAMVILLERS" heading its council's minutes)
            # "Les services ne s'arrêtent pas aux limites de Mâcon" in Mâconnais Beaujolais Agglomération's magazine:
            # a town of the EPCI named aside from the signing (none of the gold texts' such towns signs)
            return True
        if c.how == "gaz_commune" and f.get("epci_seat"):
            return True  # "Communauté de communes X – Machecoul-Saint-Même (44)": the employer's seat
        if f.get("see_also"):
            return True  # "Voir aussi : la CTG de Saint-Paul signée en septembre": another story's party
        if (c.type == "commune" and c.how in {"list", "gaz_commune"} and f.get("contact_line")
                or f.get("sector_contact")):
            return True  # "Votre contact : coordinatrice CTG, Mons, Montauroux...": where to meet, not who signs
        return False

    @staticmethod
    def veto_other_role(c: Candidate) -> bool:
        """A body following the CTG, a place, a label, a comparison, a tally, another scheme's party."""
        f = c.extra["features"]
        if c.type in {"msa", "etat", "departement", "region", "other"} and (
                f.get("governance") or f.get("grouped_in")
                or (f.get("staff_of") or f.get("crowd_list")) and not f.get("declared")):
            # "un comité de pilotage réunissant la Caf, le Département et la MSA": who follows it; "un guichet unique
            # regroupant la Caf et le CCAS": who works there
            return True
        if c.how == "gaz_commune" and f.get("place_list") and not f.get("sole_territory") and not f.get("declared"):
            return True  # "à Sadirac, Créon et La Sauve": listed after a place, a place too
        if c.how == "gaz_commune" and f.get("kicker") and not f.get("sole_territory") and not f.get("told_town") \
                and not f.get("section_party") and not f.get("declared"):
            # a label line ("Villers-Bocage · 6 avril 2024", "Lot · Cahors", "Édition de Molsheim – 11 octobre"):
            # where the news is filed, not who signs (unless the text declares the town a signatory: "Les quatre
            # communes ont également paraphé" after the EPCI's members, the dateline "Kourou / Savanes" among them)
            return True
        if c.type in {"commune", "epci"} and c.how not in {"list", "mayor"} and (
                f.get("comparison") or f.get("neighbour")) and not f.get("sole_territory"):
            return True  # "Comme la CC des Sorgues du Comtat avant elle", "la CC voisine avait signé la sienne"
        if f.get("tally") and not (f.get("declared") or f.get("told_town") or f.get("told_epci")):
            return True  # "17 intercommunalités sur 19 sont couvertes, ainsi que X": a Caf's tally, not a signing
        if f.get("agreement_left") and not f.get("told_town"):
            return True  # "le contrat de ville, signé avec l'État et l'agglomération X": another agreement's party
        if c.type in {"departement", "etat", "msa", "region", "other"} and f.get("sent_other_scheme") and not (
                f.get("sent_ctg") or f.get("caf_in_sent") or f.get("declared") or f.get("sign_block")):
            # "Le schéma départemental des services aux familles, signé avec l'État et le Département, fixe ...": a
            # body of another scheme, in a sentence naming neither the CTG nor the Caf
            return True
        return False

    @staticmethod
    def veto_context(c: Candidate) -> bool:
        """Named for the context: a precedent, a dateline, an example, the host, officials attending."""
        f = c.extra["features"]
        if f.get("precedent") or f.get("former_body") or f.get("former_cej") or f.get("status_list") or f.get("origin") or f.get("task_list"):
            # "Après X, c'est au tour de Y de signer", "les anciennes communautés de communes X et Z", "Territoires
            # couverts par une CTG : X, Y" on a Caf's overview page, "des familles venues de X", a job ad's tasks
            return True
        if c.how == "gaz_commune" and f.get("dateline") and not f.get("sole_territory") and not f.get("told_town") \
                and not f.get("declared"):
            # "Pré-Bocage. La communauté de communes a signé ...": the dateline, not a party; unless it is the
            # text's only territory ("Aurillac. La ville et la Caf ont signé la CTG": the town is the party) or the
            # page's own town, told as "notre commune" where the signing is ("SAINT-JUST – BULLETIN MUNICIPAL ...
            # Notre commune a signé, avec l'intercommunalité, la CTG")
            return True
        if c.how in {"list", "gaz_commune"} and f.get("example") and not (f.get("told_town") or f.get("masthead")
                                                                          or f.get("declared")):
            # (unless the page's own town: "la CTG conclue entre la Caf, l'agglomération et ses 22 communes, dont
            # Plougastel-Daoulas. Le conseil autorise le maire à la signer")
            return True  # "comme l'ont fait Montauban", "22 communes, dont Caussade": examples, members
        if f.get("host_official") and not f.get("sole_territory") and not f.get("declared"):
            return True  # "les signataires réunis autour du maire de X": the host, beside the signing territory
        if f.get("job_place") and not (f.get("declared") or f.get("told_town") or f.get("masthead")):
            return True  # "Lieu : Caen, avec déplacements sur le département": a job ad's place of work
        if c.type == "commune" and f.get("official_list") and not f.get("declared"):
            return True  # "Élus des communes de A, B et C ... ont participé à la réunion": attending, not signing
        if f.get("presence_mayor") and not f.get("declared"):
            return True  # "en présence du maire de Pont-l'Abbé": the mayor attends
        if c.how == "gaz_commune" and f.get("epci_namesake") and not any(f.get(k) for k in (
                "sent_sign", "sent_assoc", "sent_ctg", "caf_in_sent", "declared", "entre", "sign_block", "told_town",
                "sole_territory", "in_title", "masthead", "section_party", "preamble_list")):
            # the town the signing EPCI is named after, in a sentence that neither signs, associates nor names the CTG
            # or the Caf ("Saint-Malo Agglomération et la Caf ont signé ..." then "« Pour Saint-Malo, c'est un outil
            # précieux », a réagi le maire"): the EPCI's town spoken of, not a signatory
            return True
        return False

    @staticmethod
    def veto_venue(c: Candidate) -> bool:
        """A venue, a presence or a possibility, the last vetoes (the list and mayor readings are spared)."""
        f = c.extra["features"]
        # (not attending when said to sign too: "en présence des maires de Bras-Panon et de Salazie, également
        # signataires")
        presence = f.get("presence") and not f.get("declared")
        if f.get("sole_territory"):
            # the only territory of a CTG text: its venue or its mayor's commune is the signing territory
            # (not the place of another event, in a sentence that signs nothing: "la Caf a organisé une journée des
            # coordinateurs CTG à Pontivy")
            return bool(presence or f.get("modal_left") or f.get("event_venue"))
        # (the page's own town is no venue of its own news: "Conseil municipal du 28 mars 2023 – Montmélian",
        # "Séance du 20 mars – Hôtel de ville de Vierzon" above "autorise le maire à signer la convention")
        # (nor an EPCI at its own seat in a signing sentence: "paraphée au siège de Vierzon Sologne Berry")
        # (nor a town said to sign too, its list after the room: "à la salle X, en présence des maires de A et B, qui
        # signent également la convention")
        # (nor a party the text states otherwise, "Dossier : grandir en famille en Pays de X" heading the EPCI's own
        # magazine; nor an official's town the page tells as its own, "Qui la signera ? Le maire de X et la Caf" on
        # the town's magazine that tells "la ville"; an official's town said to sign only through the official is
        # still his: "Le sous-préfet de X, présent, a également apposé sa signature")
        stated = PartiesComponent.stated_party(c)
        venue = f.get("venue") and not (f.get("told_town") or f.get("told_epci") or f.get("declared") or stated) \
            and not (f.get("own_seat") and f.get("sent_sign"))
        return bool(venue or presence or f.get("modal_left")
                    or (c.how == "gaz_commune" and f.get("official_before") and not (f.get("sign_block")
                                                                                      or f.get("editorial_town")
                                                                                      or f.get("told_town"))))

    @staticmethod
    def preamble_party(c: Candidate) -> bool:
        """A party as a convention's preamble defines it, whatever the model says: named, then 'représenté(e)
        par' its official, then 'ci-après dénommé(e)' ("- La Commune de Brion, représentée par son Maire, M. Paul
        Roux, dûment autorisé ; ci-après dénommée « la Commune »"). Formal conventions (PDF, annexes to a
        deliberation) are long: the parties stand far from the CTG's name, where the model scores them low."""
        f = c.extra["features"]
        # or the name the preamble gives it: 'ci-après dénommée « la Commune de Brion »'
        return bool(f.get("represented") and f.get("named_party")) or bool(f.get("named_as"))

    @staticmethod
    def stated_party(c: Candidate) -> bool:
        """A party the text states as such: a preamble's party, a signatory said outright ("La MSA Grand Sud
        et l'État sont également signataires", "Les signataires : la Caf de l'Aude, la ville de Limoux et la
        DDETS"), or one listed with the Caf after "entre" in a signing sentence (bodies without INSEE code and
        parties named far from the CTG's name score low otherwise); a possibility ("peuvent être signataires") is
        vetoed before."""
        f = c.extra["features"]
        # or listed beside the Caf after "entre" in a signing sentence ("signée entre la Caf de l'Aude, la MSA
        # Grand Sud et la ville de Limoux")
        # (not in a sentence about another agreement only: "une convention de partenariat entre la Caf et la CPAM")
        other_only = f.get("sent_other_scheme") and not f.get("sent_ctg")
        listed = bool(f.get("entre_sign") and f.get("caf_list") and not f.get("sent_modal") and not other_only)
        # or heading its own section of a page that tells several signings ("Mont de Marsan Agglomération\nSignée le
        # 5 juin 2025 ...")
        # or signing for its body at the convention's end ("Pour la Ville de Montreuil, le Maire")
        # or the page's own town, told as "la Ville" where the CTG is ("la CTG engage la Ville sur cinq ans")
        return (PartiesComponent.preamble_party(c) or bool(f.get("declared")) or listed or bool(f.get("section_party"))
                or bool(f.get("sign_block")) or bool(f.get("told_town")) or bool(f.get("told_epci"))
                or bool(f.get("masthead")) or bool(f.get("preamble_list")) or bool(f.get("head_epci"))
                or bool(f.get("cover_party")))

    def score(self, c: Candidate) -> float:
        """P(candidate signs): 0 when vetoed, 1 for a party the text states, else the model's probability."""
        if self.vetoed(c):
            return 0.0
        return 1.0 if self.stated_party(c) else self.model.score(c.extra["features"])

    def host_candidate(self, text: str, sents: Sentences, url: str | None, dep: Place | None) -> Candidate | None:
        """The commune or EPCI whose own site publishes a page that never names it ("La CTG concrétise la volonté
        de la commune ... un accord entre la commune et la Caf" on www.sevremoine.fr, www.mairie-lunac.fr,
        www.grand-figeac.fr): the site's name, when it names a commune or EPCI of the text's département and the
        page calls its author "la commune", "la ville", "notre intercommunalité"... where it tells the CTG."""
        if not url:
            return None
        host = (urlsplit(url).hostname or "").split(".")
        if len(host) < 2:
            return None
        label = host[-2]
        affix = F.cues()["host_affix"]
        while affix.search(label):
            label = affix.sub("", label, count=1)
        key = label.replace("-", " ")
        if len(key) < 3:
            return None
        # a commune or EPCI of the text's département; with no département known, a name no other place bears
        code = dep.code if dep is not None else None
        if code is None and len(self.gaz.communes.get(name_key(key), [])) != 1:
            return None
        place = self.gaz.commune(key, code)
        kind = "commune"
        if place is None or (code and place.departement != code):
            place, kind = (self.gaz.epci(key, code), "epci") if code else (None, "epci")
        if place is None or (code and place.departement != code):
            return None
        cue = F.cues()["self_reference"]
        for m in cue.finditer(text):
            sf = F.sentence_features(sents.sentence(m.start()))
            # (or beside the Caf: "À Vaulx-en-Velin, la Ville et la Caf du Rhône ont fait leurs choix")
            if (sf["sent_ctg"] or sf["sent_sign"] or sf["caf_in_sent"]) and not sf["sent_modal"]:
                name = _GUILLEMETS.sub(" ", place.name).strip()
                return Candidate(name, kind, m.start(), m.end(), place=place, how="host",
                                 key=f"{kind}:{place.code}", extra={"score": 1.0})
        return None

    def council_namesakes(self, text: str, sents: Sentences, cands: list[Candidate]) -> dict[str, Candidate]:
        """The town a council's minutes are from when they never name it but through the EPCI named after it: "Le
        conseil municipal autorise le maire à signer la CTG entre la Caf du Cantal et Aurillac Agglomération" in
        Aurillac's minutes, "... la Communauté de communes Haut-Jura Saint-Claude et les communes du territoire" in
        Saint-Claude's: the member town whose name the EPCI's bears (the first one: "Pays de Pontchâteau
        Saint-Gildas-des-Bois" is Pontchâteau's), by the EPCI's SIREN. Only on a page naming no commune of its own
        and whose council (the mayor authorised, "le conseil municipal approuve") acts on the CTG."""
        if any(c.type == "commune" and c.place is not None and c.how != "gaz_commune" for c in cands):
            return {}
        C = F.cues()
        told = None  # the council's act, the town's mention
        for m in C["own_council"].finditer(text):
            sf = F.sentence_features(sents.sentence(m.start()))
            item = _last_item_head(text, m.start(), 1500)
            if (sf["sent_ctg"] or sf["caf_in_sent"] or item is not None and CTG_CUE.search(text, item, m.start())) \
                    and not sf["sent_modal"]:
                told = m
                break
        if told is None:
            return {}
        out: dict[str, Candidate] = {}
        members = self.gaz.communes_of_epci
        for e in cands:
            if e.type != "epci" or e.place is None or e.place.code in out:
                continue
            key = f" {name_key(e.place.name)} "
            named = [(key.find(f" {name_key(t.name)} "), t) for t in members.get(e.place.code, [])]
            named = [(i, t) for i, t in named if i >= 0]
            if named:
                town = min(named, key=lambda x: x[0])[1]
                out[e.place.code] = Candidate(town.name, "commune", told.start(), told.end(), place=town, how="council",
                                              key=f"commune:{town.code}", extra={"score": 1.0})
        return out

    def decide(self, cands: list[Candidate], caf_dep: Place | None, prefer: Place | None,
               host: Candidate | None = None, council: dict[str, Candidate] | None = None,
               ) -> tuple[Place | None, list[Candidate]]:
        """The Caf's département and the partners, from scored candidates (`extra['score']`); the fitting script
        feeds out-of-fold scores through this same decision to measure it. `host`: the site's own commune or
        EPCI (`host_candidate`), a partner when no commune nor EPCI is kept; `council`: the town a council's
        minutes tell as their own, by the SIREN of the EPCI named after it (`council_namesakes`), a partner beside
        that EPCI kept when no commune is."""
        kept = [c for c in cands if c.extra["score"] >= self.threshold]
        kept += self.list_mates(cands, kept)
        kept += self.row_mates(cands, kept)
        if caf_dep is None:
            deps = Counter(c.place.departement for c in kept if c.place is not None and c.place.departement)
            explicit = [c.place for c in kept if c.type == "departement" and c.place is not None]
            if explicit:
                caf_dep = explicit[0]
            elif prefer:
                caf_dep = prefer
            elif deps:
                caf_dep = self.gaz.departements.get(deps.most_common(1)[0][0])
            else:
                # no Caf, no signing territory placed: the département the text names ("sixième ville du
                # département de l'Hérault"), even when it does not sign
                caf_dep = next((c.place for c in cands if c.how == "dep" and c.place is not None), None)
                if caf_dep is None:
                    # else the département of several communes the text names ("la population de Compeyre,
                    # Paulhe et Aguessac"): two distinct communes at least
                    codes = {c.place.code: c.place.departement for c in cands
                             if c.type == "commune" and c.place is not None and c.place.departement}
                    top = Counter(codes.values()).most_common(1)
                    if top and top[0][1] >= 2:
                        caf_dep = self.gaz.departements.get(top[0][0])
            if caf_dep:
                self.link(kept, caf_dep.code)
        if host is not None and not any(c.type in {"commune", "epci"} for c in kept):
            kept.append(host)  # after the Caf: a site's address tells no Caf (the text does not name it)
        if council and not any(c.type == "commune" for c in kept):
            town = next((council[c.place.code] for c in kept if c.type == "epci" and c.place is not None
                         and c.place.code in council), None)
            if town is not None:
                kept.append(town)
        for c in kept:
            if c.how == "dep_generic":
                c.place = caf_dep
                c.name = caf_dep.name if caf_dep else ""
                c.key = f"dep:{caf_dep.code}" if caf_dep else "dep:?"
        kept = self.drop_coverage(self.drop_member_towns(self.drop_own_others([c for c in kept if c.name])))
        return caf_dep, self.dedupe(self.drop_short_forms(self.drop_said_not_signing(cands, kept)))

    @classmethod
    def drop_said_not_signing(cls, cands: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
        """A territory the text says does not sign (`not_signatory` on one of its mentions: "La Communauté de
        communes du Haut-Vivarais, qui n'est pas signataire, prépare sa propre démarche") is no party on the strength
        of another, weaker mention ("une première dans le Haut-Vivarais"); only a mention stating it a party
        keeps it."""
        said = {c.key for c in cands if c.extra["features"].get("not_signatory")}
        return [c for c in kept if c.key not in said or cls.stated_party(c)]

    # the least score of a body kept as the list-mate of a kept party (below it: the model reads it as no party)
    LIST_MATE_FLOOR = 0.2

    def list_mates(self, cands: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
        """Bodies without INSEE code (État, MSA, Département...) enumerated with a kept party in a sentence naming
        the Caf, signing or associating sign with it, whatever their own score ("Elle réunit la Caf, le Département,
        la MSA du Languedoc et l'État", "signée par le président du conseil départemental, le préfet, la présidente
        de la MSA et ...", "Elle associe également la préfecture, le Département et la MSA"): the model scores the
        State low, as most of its mentions are no party."""
        kept_groups = {c.extra.get("enum") for c in kept} - {None}
        kept_ids = {id(c) for c in kept}
        return [c for c in cands if id(c) not in kept_ids and c.extra.get("enum") in kept_groups
                and c.type in self.BODY_TYPES and c.extra["score"] >= self.LIST_MATE_FLOOR
                and any(c.extra["features"].get(k) for k in ("caf_in_sent", "sent_sign", "sent_assoc"))]

    BODY_TYPES = frozenset({"etat", "msa", "departement", "region", "other"})

    # the least score of an EPCI kept as the row-mate of a kept EPCI (a list of one line per EPCI)
    ROW_MATE_FLOOR = 0.5

    def row_mates(self, cands: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
        """EPCI opening the lines of one list beside a kept EPCI of that list, the model scoring the later rows a
        little lower as they stand further from the CTG cue ("Les territoires concernés sont :\n- la Communauté de
        communes A ;\n- la Communauté de communes B ;", a table "Communauté de communes C – 12 mars 2024 –
        2024-2028" row after row): the list names them all alike."""
        kept_rows = {c.extra.get("row_list") for c in kept if c.type == "epci"} - {None}
        kept_ids = {id(c) for c in kept}
        return [c for c in cands if id(c) not in kept_ids and c.type == "epci" and c.place is not None
                and c.extra.get("row_list") in kept_rows and c.extra["score"] >= self.ROW_MATE_FLOOR]

    @classmethod
    def mark_coverage(cls, text: str, cands: list[Candidate]) -> None:
        """Feature `coverage`: towns named as the area of a territory's CTG, not as its signatories: listed after "la
        CTG couvrant les communes de" ("ont signé la CTG couvrant les communes de A, B et C"), the list's first town
        carrying the cue and its mates the list's commas (`extra['enum']`), or in an open list in brackets right after
        an EPCI's name ("la Communauté de communes X (A, B, C...) s'engage aux côtés de la Caf"). Dropped beside a
        kept EPCI (`drop_coverage`)."""
        C = F.cues()
        groups = set()
        epcis = [o for o in cands if o.type == "epci"]
        mayors_sign: list[bool] = []  # does a sentence have the towns' mayors sign? (read once, when first asked)

        def towns_sign() -> bool:
            if not mayors_sign:
                mayors_sign.append(any(P.STRONG_SIGN.search(s) and C["mayors"].search(s)
                                       for s in _SENTENCE_CUT.split(text)))
            return mayors_sign[0]

        for c in cands:
            if c.type != "commune":
                continue
            cls.mark_town_coverage(text, c, epcis, towns_sign, groups)
        cls.mark_counted_communes(text, cands)
        cls.spread_coverage(cands, groups)

    @staticmethod
    def mark_town_coverage(text: str, c: Candidate, epcis: list[Candidate], towns_sign: Callable[[], bool],
                           groups: set) -> None:
        """One town's `coverage`: after a covering cue, in an EPCI's member clause or apposition, among a commune
        nouvelle's former towns, in an open list in brackets (else `example`); its list's `enum` added to `groups`."""
        C = F.cues()
        if C["coverage_left"].search(text[max(0, c.start - 80):c.start]) or (
                "(" in text[max(0, c.start - 130):c.start]
                and C["territory_brackets"].search(text[max(0, c.start - 150):c.start])):
            # (or in brackets right after the word territory: "la deuxième CTG du territoire (A, B, C et D)")
            c.extra["features"]["coverage"] = 1.0
            groups.add(c.extra.get("enum"))
        elif any(o.end <= c.start < o.end + 120 and C["member_clause"].match(text[o.end:c.start]) for o in epcis):
            # (or the members a relative clause after an EPCI's name lists: "la Communauté de communes X (CCX),
            # qui regroupe A, B et C, a signé sa CTG", its towns said to sign only by a sentence of their own)
            c.extra["features"]["coverage"] = 1.0
            c.extra["member_clause"] = True
            groups.add(c.extra.get("enum"))
        elif not c.extra["features"].get("sent_sign") and C["members_apposition_right"].match(text[c.end:c.end + 80]) \
                and not towns_sign():
            # (or a list of towns the text then names as an EPCI's members, in a sentence that signs nothing:
            # "Rivière-Salée, Ducos et Saint-Esprit : les trois communes de l'agglomération disposent désormais
            # d'un cadre commun avec la Caf"; the list's last town carries the cue, its mates the list's commas;
            # not when a sentence has their mayors sign: "signée par le président et les trois maires")
            c.extra["features"]["coverage"] = 1.0
            c.extra["member_clause"] = True
            groups.add(c.extra.get("enum"))
        elif C["town_parts_clause"].search(text, max(0, c.start - 120), c.start):
            # (or the former towns a commune nouvelle gathers, in a relative clause after it: "le maire a signé la
            # CTG de la commune nouvelle, qui regroupe depuis 2017 A, B et C", "Ville-Neuve, qui réunit les
            # anciennes communes de A et B": its parts, not parties of their own)
            c.extra["features"]["coverage"] = 1.0
            c.extra["town_parts"] = True
            groups.add(c.extra.get("enum"))
        elif "(" in text[max(0, c.start - 130):c.start] and C["open_brackets_end"].match(text, c.end):
            # (an open list, as examples: a whole list in brackets may name the signatory towns, "la CTG de la
            # CC X (A, B, C et D) et de la Caf")
            if any(o.end <= c.start and C["member_brackets"].match(text[o.end:c.start]) for o in epcis):
                c.extra["features"]["coverage"] = 1.0
            elif C["member_brackets"].match(text[text.rfind("(", 0, c.start):c.start]):
                # towns given as examples of a place, in an open list in brackets after no EPCI: "Un territoire
                # rural et vieillissant (Aubusson, Felletin, Auzances...)"
                c.extra["features"]["example"] = 1.0

    @staticmethod
    def mark_counted_communes(text: str, cands: list[Candidate]) -> None:
        """`coverage` for the towns listed after a count of communes whose partners, services or people are named."""
        C = F.cues()
        # (or listed as the N communes whose partners, services or people the sentence names: "les partenaires des six
        # communes (A, B, C, D, E, F)", "les habitants des quatre communes membres : A, B, C et D"; not their mayors)
        for m in C["count_of_communes"].finditer(text):
            stop = re.compile(r"\)" if m["open"] == "(" else r"[.;\n]").search(text, m.end())
            end = stop.start() if stop else len(text)
            for c in cands:
                if c.type == "commune" and m.end() <= c.start and c.end <= end:
                    c.extra["features"]["coverage"] = 1.0

    @staticmethod
    def spread_coverage(cands: list[Candidate], groups: set) -> None:
        """The list mates of a covered town (its `enum` in `groups`) covered too, with their list's marks."""
        clauses = {c.extra.get("enum") for c in cands if c.extra.get("member_clause")} - {None}
        parts = {c.extra.get("enum") for c in cands if c.extra.get("town_parts")} - {None}
        for c in cands:
            if c.type == "commune" and c.extra.get("enum") in groups - {None}:
                c.extra["features"]["coverage"] = 1.0
                c.extra["member_clause"] = c.extra.get("enum") in clauses
                c.extra["town_parts"] = c.extra.get("enum") in parts or c.extra.get("town_parts", False)

    @staticmethod
    def mark_area_count(text: str, sents: Sentences, cands: list[Candidate]) -> None:
        """Feature `coverage` for the towns a sentence names after counting a territory's communes, in a sentence
        that neither signs nor names the Caf ("Le Pays de Gex regroupe 27 communes et 100 000 habitants autour de
        deux bourgs, A et B, et de la ville de C"): the EPCI's area, in the text's own word on membership."""
        cue = F.cues()["area_count"]
        for c in cands:
            if c.type != "commune" or c.extra["features"].get("declared"):
                continue
            i = sents.index(c.start)
            s_start, _ = sents.bounds(i)
            if "communes" not in text[s_start:c.start] or not cue.search(text, s_start, c.start):
                continue
            sf = F.sentence_features(sents.sentence(c.start))
            if sf["sent_sign"] or sf["caf_in_sent"]:
                continue
            c.extra["features"]["coverage"] = 1.0
            c.extra["member_clause"] = True

    _NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
                "onze": 11, "douze": 12}

    @classmethod
    def mark_listed_mayors(cls, text: str, cands: list[Candidate]) -> None:
        """Feature `declared` for the towns the page lists as its N communes ("dans les quatre communes (A, B, C, D)")
        when it says the mayors of the N communes signed too ("Le texte a également été signé par les maires des
        quatre communes"): the list names them, the signing sentence counts them."""
        C = F.cues()
        if "maires" not in text:
            return
        said = set()
        for m in C["mayors_of_n_sign"].finditer(text):
            word = (m["n"] or m["m"]).lower()
            said.add(int(word) if word.isdigit() else cls._NUMBERS[word])
        if not said:
            return
        for m in C["n_communes_list"].finditer(text):
            word = m["n"].lower()
            n = int(word) if word.isdigit() else cls._NUMBERS[word]
            if n not in said:
                continue
            stop = re.compile(r"\)" if text[m.end() - 1] == "(" else r"[.;\n]")
            end = stop.search(text, m.end())
            end = end.start() if end else len(text)
            towns = [c for c in cands if c.type == "commune" and m.end() <= c.start and c.end <= end]
            if len({c.key for c in towns}) == n:
                for c in towns:
                    c.extra["features"]["declared"] = 1.0

    @classmethod
    def mark_parts_aside(cls, text: str, cands: list[Candidate]) -> None:
        """Feature `declared` for the towns a page lists as the territory's N communes in an aside, said to take part
        in the convention ("Les quatre communes de l'île - A, B, C et D - en font partie", "Les six communes de
        l'agglomération (A, B, ...) en sont parties prenantes", "Les cinq communes membres - A, ... - étaient
        représentées par leurs maires"): the list names exactly N towns, the words after it join them to it."""
        C = F.cues()
        if "communes" not in text:
            return
        for m in C["n_communes_aside"].finditer(text):
            word = m["n"].lower()
            n = int(word) if word.isdigit() else cls._NUMBERS[word]
            close = re.compile(r"\)" if m["open"] == "(" else r"\s[–—-](?=\s)")
            stop = close.search(text, m.end())
            line_end = text.find("\n", m.end())
            if stop is None or 0 <= line_end < stop.start():
                continue
            if not C["n_communes_part"].match(text[stop.end():stop.end() + 120]):
                continue
            towns = [c for c in cands if c.type == "commune" and m.end() <= c.start and c.end <= stop.start()]
            if len({c.key for c in towns}) == n:
                for c in towns:
                    c.extra["features"]["declared"] = 1.0

    @classmethod
    def mark_counted_members(cls, text: str, sents: Sentences, cands: list[Candidate]) -> None:
        """Feature `declared` for the member towns of an EPCI when a sentence that signs says the EPCI signs with its
        N communes ("Cap Excellence, ses trois communes membres et la Caf ont signé une CTG", "Signée au siège de X,
        la CTG unit la communauté d'agglomération, ses trois communes et la Caf") and the page names exactly N towns of
        that EPCI (in its headline or elsewhere): the sentence counts them, the page names them."""
        C = F.cues()
        if "communes" not in text:
            return
        for m in C["own_n_communes"].finditer(text):
            sentence = sents.sentence(m.start())
            sf = F.sentence_features(sentence)
            # (or the N communes said to sign too, in the sentence after the EPCI's signing: "La CC X a signé sa CTG
            # avec la Caf. Les quatre communes ont également paraphé le document")
            too = bool(C["signed_too_after"].match(text[m.end():m.end() + 120]))
            if _COVERS_LEFT.search(text, max(0, m.start() - 40), m.start()):
                continue  # "une CTG couvrant les six communes de l'agglomération : A, B ...": its area, not co-signers
            i = sents.index(m.start())
            bound = cls.binds_counted(text, sents, m.start(), i) and not sf["sent_modal"]
            if not bound and (not sf["sent_sign"] or sf["sent_modal"]
                              or not (sf["sent_ctg"] or sf["caf_in_sent"] or too)):
                continue
            word = (m["n"] or m["m"]).lower()
            n = int(word) if word.isdigit() else cls._NUMBERS[word]
            s_start, s_end = sents.bounds(i)
            if (bound or too and not (sf["sent_ctg"] or sf["caf_in_sent"])) and i > 0:
                s_start = sents.bounds(i - 1)[0]
            codes = {c.place.code for c in cands if c.type == "epci" and c.place is not None
                     and s_start <= c.start < s_end}
            towns = [c for c in cands if c.type == "commune" and c.place is not None and c.place.epci in codes
                     and not any(c.extra["features"].get(k) for k in cls.NOT_TOWN)]
            if codes and len({c.key for c in towns}) == n:
                for c in towns:
                    c.extra["features"]["declared"] = 1.0
            elif codes and bound:
                # (or, for N communes the convention binds, the one list of exactly N towns the sentence or the next
                # gives, the EPCI's members among them: "Elle engage aussi les quatre communes du territoire. Les
                # maires de A, B, C et D étaient présents", a town the gazetteer places elsewhere included)
                reach = sents.bounds(i + 1)[1]
                groups: dict = {}
                for c in cands:
                    if c.type == "commune" and c.extra.get("enum") is not None and m.end() <= c.start < reach \
                            and not any(c.extra["features"].get(k) for k in cls.NOT_TOWN):
                        groups.setdefault(c.extra["enum"], []).append(c)
                fits = [g for g in groups.values() if len({c.key for c in g}) == n
                        and any(c.place is not None and c.place.epci in codes for c in g)]
                if len(fits) == 1:
                    for c in fits[0]:
                        c.extra["features"]["declared"] = 1.0

    @staticmethod
    def binds_counted(text: str, sents: Sentences, pos: int, i: int) -> bool:
        """Does the convention bind the N communes counted at `pos`? Class: a signing told in one sentence, the
        towns it binds counted in the next ("La CC du Val et la Caf ont signé leur CTG. Elle engage aussi les quatre
        communes du territoire", "Le document lie les cinq communes membres"), or a preamble's last line ("La
        Communauté de communes X, représentée par son président,\nEt les cinq communes membres : A, B ..."). The
        sentence or the one before signs, names the CTG or the Caf (an area's count after another verb is no binding:
        "la CTG concerne les six communes")."""
        left = text[max(0, pos - 120):pos]
        b = F.cues()["binds_counted_left"].search(left)
        if b is None:
            return False
        if b["preamble"]:
            return bool(re.search(r"représenté\w*\s+par", text[max(0, pos - 300):pos], re.I))
        start = sents.bounds(i - 1)[0] if i > 0 else sents.bounds(i)[0]
        sf = F.sentence_features(text[start:sents.bounds(i)[1]])
        return bool(sf["sent_sign"] or sf["sent_ctg"] or sf["caf_in_sent"])

    @classmethod
    def drop_coverage(cls, kept: list[Candidate]) -> list[Candidate]:
        """A town named only as the area of a kept EPCI's CTG (`mark_coverage`), never stated to sign, is no party
        of its own; its EPCI is (a town linked to another EPCI stays)."""
        epcis = [c for c in kept if c.type == "epci"]
        # (the parts a kept commune nouvelle gathers, `town_parts`: dropped beside it, EPCI or not)
        # (a part sharing the commune nouvelle's code is that commune itself: "Cherbourg-Octeville" beside
        # "Cherbourg-en-Cotentin")
        parts = {c.key for c in kept if c.type == "commune" and c.extra.get("town_parts") and not cls.stated_party(c)}
        whole = {c.key for c in kept if c.type == "commune" and not c.extra.get("town_parts")}
        if parts - whole and whole:
            kept = [c for c in kept if c.key not in parts - whole or c.type != "commune"]
        if not epcis:
            return kept
        codes = {c.place.code for c in epcis if c.place is not None}
        covered: set[str] = set()
        told: set[str] = set()
        for c in kept:
            if c.type != "commune":
                continue
            f = c.extra.get("features") or {}
            # (the text's own word on membership outranks the gazetteer's: "X, qui regroupe A, B et C")
            if f.get("coverage") and not cls.stated_party(c) and (
                    c.place is None or not codes or c.place.epci in codes or c.extra.get("member_clause")):
                covered.add(c.key)
            else:
                told.add(c.key)
        return [c for c in kept if not (c.type == "commune" and c.key in covered - told)]

    @staticmethod
    def mark_line_lists(text: str, cands: list[Candidate]) -> None:
        """`extra['row_list']`: the list of consecutive lines an EPCI opens (after a bullet, "avec" or an article),
        two such lines at least."""
        rows: list[tuple[int, int, Candidate]] = []  # (line start, line end, candidate) of each EPCI opening its line
        for c in cands:
            if c.type != "epci":
                continue
            line_start, line_end = _line_bounds(text, c.start, c.end)
            if _ROW_LEAD.fullmatch(text, line_start, c.start):
                rows.append((line_start, line_end, c))
        rows.sort(key=lambda r: r[0])
        runs: list[list[tuple[int, Candidate]]] = []
        prev_end = None
        for line_start, line_end, c in rows:
            # the same line (a name inside another) or the next one continues the run
            if prev_end is None or line_start > prev_end + 1:
                runs.append([])
            runs[-1].append((line_start, c))
            prev_end = line_end
        for group, run in enumerate(runs, 1):
            if len({start for start, _ in run}) >= 2:
                for _, c in run:
                    c.extra["row_list"] = group

    COUNT_REACH = 800  # the farthest a signing sentence counting the rows stands before their list

    @classmethod
    def mark_counted_rows(cls, text: str, sents: Sentences, cands: list[Candidate]) -> None:
        """Feature `declared` for the EPCI opening the rows of one list (`mark_line_lists`) when a signing sentence
        just before counts them ("la Caf a accueilli les représentants de sept communautés de communes pour la
        signature de leur CTG" above a table of seven rows "Maine Saosnois | 51 | Petite enfance"): the sentence
        says they sign, the rows name them."""
        runs: dict[int, list[Candidate]] = {}
        for c in cands:
            if c.type == "epci" and c.extra.get("row_list") is not None:
                runs.setdefault(c.extra["row_list"], []).append(c)
        if not runs:
            return
        cue = F.cues()["counted_signers"]
        for run in runs.values():
            start = min(c.start for c in run)
            keys = {c.key for c in run}
            for m in cue.finditer(text, max(0, start - cls.COUNT_REACH), start):
                word = m["n"].lower()
                n = int(word) if word.isdigit() else cls._NUMBERS[word]
                sf = F.sentence_features(sents.sentence(m.start()))
                if n == len(keys) and sf["sent_sign"] and not sf["sent_modal"]:
                    for c in run:
                        c.extra["features"]["declared"] = 1.0
                    break

    # the features of a territory told aside by a cue before its name that governs a list by its preposition
    ASIDE_CARRIED = ("neighbour", "origin")

    @classmethod
    def mark_aside_lists(cls, text: str, cands: list[Candidate]) -> None:
        """A territory listed after one told aside as a neighbour or as people's origin, its preposition repeated,
        is told aside too: the cue ("voisins de", "venus de") governs the whole list ("Les territoires voisins de
        Moulins et de Montluçon ont signé la leur l'an dernier", "des coordinateurs venus de Vichy Communauté, de
        Montluçon Communauté, du Bocage bourbonnais ou encore de la Sologne bourbonnaise"); the features read only
        the words just before a name. Without the repeated preposition the next name may be the sentence's subject
        ("Comme la CC X, la CC Y signe"), not carried."""
        gap = F.cues()["shared_preposition_gap"]
        spans: dict[tuple[int, int], list[Candidate]] = {}
        for c in cands:
            if c.type in {"commune", "epci"}:
                spans.setdefault((c.start, c.end), []).append(c)  # (a name read twice, by two patterns: one item)
        prev = None
        for (start, end), same in sorted(spans.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
            if prev is not None and end <= prev[1]:
                continue  # a name inside the previous one ("Vichy" of "Vichy Communauté")
            if prev is not None and 0 <= start - prev[1] < 60 and gap.match(text[prev[1]:start]):
                told = {k for c in spans[prev] for k in cls.ASIDE_CARRIED if c.extra["features"].get(k)}
                for c in same:
                    f = c.extra["features"]
                    if c.how not in {"list", "mayor"} and not f.get("declared"):
                        f.update(dict.fromkeys(told, 1.0))
            prev = (start, end)

    @staticmethod
    def mark_enumerations(text: str, cands: list[Candidate]) -> None:
        """`extra['enum']`: the enumeration a candidate belongs to, candidates joined by a list's commas and "et" or
        by an official's title ("le préfet, la présidente de la MSA"), within a sentence."""
        gap, official = F.cues()["list_gap"], F.cues()["official_gap"]
        group, prev = 0, None
        for c in sorted(cands, key=lambda c: (c.start, -c.end)):
            between = text[prev.end:c.start] if prev is not None and prev.end <= c.start < prev.end + 80 else None
            if between is not None and (gap.match(between) or official.match(between)):
                c.extra["enum"] = prev.extra["enum"]
            elif prev is None or c.start >= prev.end:
                group += 1
                c.extra["enum"] = group
            else:
                c.extra["enum"] = prev.extra["enum"]  # (a name inside the previous one: same item)
                continue
            prev = c

    # the cues of a sentence that tells a party: signing, associating, naming the CTG, the Caf or any party, or a
    # declaration ("les communes de A et B sont également signataires")
    SIGNING_SENTENCE = ("sent_sign", "sent_assoc", "sent_ctg", "caf_in_sent", "sent_context", "declared",
                        "entre", "sign_block", "preamble_list", "told_town", "parties_clause")

    @classmethod
    def drop_member_towns(cls, kept: list[Candidate]) -> list[Candidate]:
        """A commune inside a kept EPCI or département, found by name alone and never said to sign, is where
        the territory's news happens, not a signatory of its own: the EPCI's seat in a kicker or headline ("Voiron"
        above "Le Pays voironnais signe sa CTG"), the venue ("au Pôle de services de Coutances"), a town of a
        départemental CTG's press release ("Communiqué – Chaumont, 8 juillet"). A commune listed, stated, named
        beside the Caf, told as the page's own ("notre commune a signé") or named outside the title in a sentence that
        signs, names the Caf or lists towns stays."""
        epcis = {c.place.code for c in kept if c.type == "epci" and c.place is not None}
        deps = {c.place.code for c in kept if c.type == "departement" and c.place is not None}
        if not epcis and not deps:
            return kept

        def said_to_sign(c: Candidate) -> bool:
            f = c.extra.get("features") or {}
            if c.extra.get("head_line") and not (f.get("declared") or cls.stated_party(c)):
                return False  # a town of the kicker or headline, beside its EPCI (`mark_head_lines`)
            if f.get("label_list") and not f.get("declared"):
                # "Matoury, Cayenne, Macouria : la CACL signe sa CTG": where the news is, a label (unless the page says
                # they sign: "la CTG unit l'agglomération, ses trois communes et la Caf")
                return False
            # (a "Ville de X" heading the page is its site's name: "Ville de Haguenau › Actualités")
            if f.get("governance") and not (f.get("sent_sign") or f.get("declared") or cls.stated_party(c)):
                # a member of a committee that follows the convention ("le comité technique associe les services de la
                # communauté et de la Ville de X", "Comité de pilotage : ... un maire par bassin de vie (A, B, C)")
                return False
            if F.source_of(c.how) == "list" and not any(f.get(k) for k in cls.SIGNING_SENTENCE) \
                    and not cls.stated_party(c):
                # towns listed after "les communes de" in a sentence that neither signs, associates, names the CTG,
                # the Caf nor any party: the EPCI's places described ("la croissance démographique des communes de A,
                # B et C", "le relais petite enfance a été étendu aux communes de D et de E", "Sur les deux communes
                # de F et G, la moitié des habitants ont moins de 25 ans"), not signatories beside their EPCI
                return False
            if F.source_of(c.how) not in {"gaz_commune", "intro"} or cls.stated_party(c) or any(
                    f.get(k) for k in ("caf_list", "told_town", "list_assoc", "signing_list")):
                return True
            # outside the title, in a sentence that signs, names the Caf or lists towns where the CTG is told ("la
            # CTG liera l'agglomération, la Caf et les six communes membres (A, B, C ...)"; not an action's places:
            # "Fiche action 7 : deux espaces de vie sociale (Goderville et Valmont)")
            return not (f.get("in_title") or f.get("headline_label")) and bool(
                f.get("sent_sign") or f.get("caf_in_sent") or (f.get("in_list") and (
                    f.get("sent_ctg") or f.get("sent_context"))))

        return [c for c in kept if not (c.type == "commune" and c.place is not None and not said_to_sign(c)
                                        and (c.place.epci in epcis or c.place.departement in deps))]

    @staticmethod
    def drop_own_others(kept: list[Candidate]) -> list[Candidate]:
        """A commune or EPCI said to have its own convention ("l'agglomération porte de son côté sa propre CTG") is
        not a party of this one when another territory is kept without that mention (the page's own signatory);
        alone, it is the page's ("la commune de X signe sa propre CTG")."""
        def flag(c: Candidate, name: str) -> bool:
            return bool(c.extra.get("features", {}).get(name))

        territories = [c for c in kept if c.type in {"commune", "epci"}]
        said = {c.key for c in territories if flag(c, "own_other")}
        # (a key named elsewhere without that mention is the page's own: "X signe sa CTG ... X a sa propre CTG")
        others = said - {c.key for c in territories if not flag(c, "own_other")}
        if others and not all(c.key in others for c in territories):
            kept = [c for c in kept if c.key not in others]
        # a territory named only with other conventions ("Les conventions signées avec X et Y complètent ce maillage")
        # beside a party kept without that mention (a territory or the Département of a départemental CTG)
        said = {c.key for c in kept if flag(c, "other_ctgs")}
        others = said - {c.key for c in kept if not flag(c, "other_ctgs")}
        if others and any(c.key not in others and c.type in {"commune", "epci", "departement"} for c in kept):
            kept = [c for c in kept if c.key not in others]
        elif others and len(others) >= 2 and all(c.key in others for c in kept if c.type in {"commune", "epci"}):
            # (or every territory of the page is another's CTG: "Les premières CTG arrivent à échéance : X et Y
            # préparent leur renouvellement" on a Caf's page about a meeting): no signing of its own
            kept = [c for c in kept if c.key not in others]
        return kept

    @staticmethod
    def drop_short_forms(kept: list[Candidate]) -> list[Candidate]:
        """A commune kept under the first words of another kept commune's name is that commune ("Saint-Laurent signe
        sa CTG" beside "la maire de Saint-Laurent-du-Maroni"), not a homonym elsewhere: when it is unlinked or
        linked in another département (Lunel and Lunel-Viel, both of the Hérault, stay two communes)."""
        keys = {name_key(c.name): c for c in kept if c.type == "commune" and c.place is not None}
        kept = [c for c in kept if not (c.type == "commune" and any(
            k.startswith(name_key(c.name) + " ")
            and (c.place is None or c.place.departement != o.place.departement)
            for k, o in keys.items()))]
        # a short form of a kept EPCI's official name, no place of its own, is that EPCI: the brand "Châlons Agglo"
        # beside the Communauté d'agglomération de Châlons-en-Champagne, "l'Espace Sud" read as a town beside the
        # Communauté d'agglomération de l'Espace Sud de la Martinique
        epcis = [f" {name_key(c.name)} " for c in kept if c.type == "epci" and c.place is not None]
        kept = [c for c in kept if not (c.type in {"commune", "epci"} and c.place is None and c.how != "host" and any(
            (short := _BRAND_SUFFIX.sub("", name_key(c.name))) and len(short) >= 4 and f" {short} " in e
            for e in epcis))]
        # (or an EPCI of another département whose words, as the text writes them, are a part of a kept EPCI's name:
        # "Le Mag' des Grands Lacs", the magazine of the Communauté de communes Morvan Sommets et Grands Lacs, is not
        # the Communauté de communes des Grands Lacs of the Landes)
        home = [(f" {name_key(c.name)} ", c.place.departement) for c in kept if c.type == "epci" and c.place is not None
                and not (c.extra.get("features") or {}).get("other_dep")]
        # (or an EPCI the page writes only by its bare words, never with its kind, that are words of another kept
        # EPCI's name: "Deux CTG signées dans le Haut Val" beside the Communauté de communes des Sources du Haut Val,
        # not the Communauté de communes du Haut Val; the area the page tells of)
        named = {c.key for c in kept if c.type == "epci" and c.how != "gaz_epci"}
        bare = {c.key for c in kept if c.type == "epci" and c.place is not None and c.how == "gaz_epci"
                and c.key not in named and (short := name_key(c.extra.get("distinctive") or "")) and any(
                    f" {short} " in f" {name_key(o.name)} " for o in kept
                    if o.type == "epci" and o.place is not None and o.key != c.key and o.key in named)}
        kept = [c for c in kept if c.key not in bare]
        return [c for c in kept if not (
            c.type == "epci" and c.place is not None and (c.extra.get("features") or {}).get("other_dep")
            and (short := name_key(c.extra.get("distinctive") or "")) and " " in short
            and any(f" {short} " in e and d != c.place.departement for e, d in home))]

    # -- main ----------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # (the lines a PDF wrapped are already joined: text.normalise.unwrap_lines)
        sents = sentences(doc)
        end_of_story = story_end(text)  # (read once for the Caf and the candidates)
        caf_dep, caf_mentions = self.find_caf(text, end_of_story)
        cands, prefer = self.scored_candidates(text, sents, caf_dep, end_of_story)
        for c in cands:
            c.extra["score"] = self.score(c)
        host = self.host_candidate(text, sents, doc._.url, caf_dep or prefer)
        council = self.council_namesakes(text, sents, cands) if host is None else {}
        caf_dep, partners = self.decide(cands, caf_dep, prefer, host, council)

        caf = None
        if caf_dep:
            first = next(((s, e) for s, e, p in caf_mentions if p.code == caf_dep.code), (None, None))
            caf = CafValue(name=self.caf_name(caf_dep), department=caf_dep.name, department_code=caf_dep.code,
                           mention=text[first[0]:first[1]] if first[0] is not None else None,
                           start=first[0], end=first[1])
        doc._.caf = caf
        # (a name read across a joined line keeps no run of spaces: "MSA Midi-\nPyrénées Sud" is "MSA Midi-Pyrénées Sud")
        values = [PartyValue(name=" ".join(c.name.split()), type=c.type,
                             insee_code=c.place.code if c.place and c.type != "etat" else None,
                             mention=text[c.start:c.end], start=c.start, end=c.end,
                             score=round(c.extra["score"], 3)) for c in partners]
        write_spans(doc, "partners", [Mention(v.start, v.end, v.mention, v, v.type) for v in values])
        signatories = self.signatories(doc, sents)
        write_spans(doc, "signatories", [Mention(s["start"], s["end"], s["name"], s, "signatory")
                                         for s in signatories])
        return doc

    def link(self, cands: list[Candidate], dep: str | None) -> None:
        """Each candidate's place in the gazetteer (preferring the département `dep`), official name and key."""
        for c in cands:
            if c.type == "commune":
                self.link_commune(c, dep)
            elif c.type == "epci":
                self.link_epci(c, dep)
            elif c.type == "departement":
                c.key = f"dep:{c.place.code}" if c.place else "dep:?"
            else:
                c.key = f"{c.type}:{name_key(c.name) if c.type != 'msa' and c.name != 'État' else ''}"

    def link_commune(self, c: Candidate, dep: str | None) -> None:
        """A commune's place (its name, else its first words or a local short form), official spelling and key."""
        place = self.gaz.commune(c.name, dep)
        # "Saint Leu Saint-Leu" -> "Saint Leu"; a known name with homonyms elsewhere ("Saint Gilles" beside
        # the Caf du Nord) stays whole and unlinked, never cut to another commune ("Le Saint")
        words = [] if name_key(c.name) in self.gaz.communes else c.name.split()
        for n in range(len(words) - 1, 0, -1):
            if place is not None:
                break
            place = self.gaz.commune(" ".join(words[:n]), dep)
        if place is None and dep:
            # the head of a hyphenated commune of the Caf's département, its name a town's elsewhere only
            # ("les maires de Fontaine-de-Vaucluse et de Saumane" beside the Caf de Vaucluse)
            place = self.gaz.local_short_communes.get((dep, name_key(c.name)))
            if place is not None:
                c.extra["short"] = True
        c.place = place
        if place is not None and name_key(c.name) not in self.gaz.communes:
            c.extra["short"] = True  # linked by its short form ("Sébazac"): weak evidence of a département
        squeeze = fold(c.name).replace(" ", "")
        if place and (squeeze != fold(place.name).replace(" ", "") or c.name.isupper()):
            # official spelling unless the text's differs only in punctuation (not in capitals: "BREST")
            c.name = place.name
        c.key = f"commune:{place.code}" if place else f"commune:{name_key(c.name)}"

    def link_epci(self, c: Candidate, dep: str | None) -> None:
        """An EPCI's place (unless its official name was read already), official name and key."""
        if c.place is None or c.how != "epci_name":
            self.epci_place(c, dep)
        if c.place:  # a linked partner takes the official name (the text stays in the mention)
            c.name = _GUILLEMETS.sub(" ", c.place.name).strip()
            if "«" in c.place.name:
                c.name = c.extra.get("distinctive") or c.name
        c.key = f"epci:{c.place.code}" if c.place else f"epci:{name_key(c.name)}"

    def epci_place(self, c: Candidate, dep: str | None) -> None:
        """Sets an EPCI's place: by name, acronym or the gazetteer's match, else by prefix, main town or brand."""
        distinctive = c.extra.get("distinctive")
        # (else the place the gazetteer's matching gave: "Lamballe Terre & Mer", whose "&" no key holds)
        c.place = (self.gaz.epci(c.name, dep) or (self.gaz.epci(distinctive, dep) if distinctive else None)
                   or (self.gaz.epci_by_acronym(c.extra["acro"], dep) if c.extra.get("acro") else None)
                   or (c.place if c.how == "gaz_epci" else None))
        if c.place is None and c.how == "epci" and distinctive and len(name_key(distinctive).split()) >= 3:
            # the official name without its last word ("Communauté d'agglomération Dracénie Provence
            # Verdon" for "... Dracénie Provence Verdon Agglomération"): the one EPCI it begins
            place = self.gaz.epci_by_prefix(name_key(c.name) + " ")
            c.place = place if place is not None and (dep is None or place.departement == dep) else None
        if c.place is None and c.how == "epci" and distinctive:
            # named after its main town, the official name going on past it ("Communauté d'agglomération
            # de Saintes" is the "... de Saintes - Grandes Rives - L'Agglo"): the town's own EPCI, when
            # its official name begins with the text's
            town = self.gaz.commune(distinctive, dep)
            own = self.gaz.epci_by_code.get(town.epci) if town is not None and town.epci else None
            if own is not None and name_key(own.name).startswith(name_key(c.name) + " "):
                c.place = own
        if c.place is None and c.how == "epci_suffix" and dep:
            # a brand of an agglomeration named after its town's short form ("Châlons Agglo" for the
            # Communauté d'agglomération de Châlons-en-Champagne): the own EPCI of a commune of the Caf's
            # département so named, the one such EPCI whose official name holds its town's
            key = name_key(c.name)
            owns = {own.code: own for town in self.gaz.heads_in_departement.get(
                (dep, _BRAND_SUFFIX.sub("", key)), []) if _BRAND_SUFFIX.search(key) and town.epci
                and (own := self.gaz.epci_by_code.get(town.epci)) is not None
                and f" {name_key(town.name)} " in f" {name_key(own.name)} "}
            if len(owns) == 1:
                c.place = next(iter(owns.values()))

    def link_member_short_forms(self, cands: list[Candidate]) -> None:
        """A town written by the first words of its official name, the rest a locator the page leaves out ("Ars",
        "Sainte-Marie" and "Saint-Martin" for Ars-en-Ré, Sainte-Marie-de-Ré and Saint-Martin-de-Ré beside "la
        communauté de communes de l'île de Ré"; "La Couarde" for La Couarde-sur-Mer): unlinked, or linked to a
        homonym outside the named EPCI's département, it is the one member of an EPCI the page names whose official
        name begins with it."""
        epcis = {c.place.code: c.place for c in cands if c.type == "epci" and c.place is not None}
        if not epcis:
            return
        for c in cands:
            if c.type != "commune" or c.how not in {"gaz_commune", "list", "ville", "mayor"}:
                continue
            if c.place is not None and any(c.place.departement == e.departement for e in epcis.values()):
                continue
            key = name_key(c.name)
            if not key:
                continue
            # (or longer, its name run on by a locator or a hamlet the official name leaves out: "Dzaoudzi-Labattoir"
            # for Dzaoudzi, "Esvres-sur-Indre" for Esvres)
            members = {m.code: m for code in epcis for m in self.gaz.communes_of_epci.get(code, [])
                       if (n := name_key(m.name)).startswith(key + " ") or key.startswith(n + " ")}
            if len(members) == 1:
                place = next(iter(members.values()))
                c.place, c.name, c.key = place, place.name, f"commune:{place.code}"
                c.extra["member_short"] = True

    def member_list_items(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """The item of a list of an EPCI's member towns that no official name reads, written shorter or longer than
        its commune's official name: the one member of that EPCI whose name opens on the item ("Éragny" for
        Éragny-sur-Oise, two Éragny-X in France) or whose name the item opens on ("Esvres-sur-Indre" for Esvres).
        Class: a signing list of member towns ("les maires de Cergy, Éragny, Osny et Vauréal ont signé", "ses
        communes membres A, B, Esvres-sur-Indre et C") where one town, written as its people write it, was lost."""
        epcis = {c.place.code for c in cands if c.type == "epci" and c.place is not None}
        if not epcis:
            return []
        out: list[Candidate] = []
        for c in cands:
            if c.type != "commune" or c.place is None or c.place.epci not in epcis:
                continue
            for m in (_LIST_ITEM_RIGHT.match(text, c.end), _LIST_ITEM_LEFT.search(text, max(0, c.start - 60), c.start)):
                if m is None or any(o.start < m.end("name") and m.start("name") < o.end for o in cands + out):
                    continue
                key = name_key(m["name"])
                if len(key) < 4 or key in self.common_words or key in FR_STOP_WORDS:
                    continue
                members = [p for p in self.gaz.communes_of_epci.get(c.place.epci, [])
                           if (n := name_key(p.name)).startswith(key + " ") or key.startswith(n + " ")]
                if len(members) == 1:
                    place = members[0]
                    out.append(Candidate(place.name, "commune", m.start("name"), m.end("name"), place=place,
                                         how="gaz_commune", key=f"commune:{place.code}",
                                         extra={"gaz": True, "distinctive": m["name"], "member_short": True}))
        return out

    @staticmethod
    def link_declared_brands(text: str, cands: list[Candidate]) -> None:
        """A name the page itself gives as a linked EPCI's usual name, in brackets right after its official name ("la
        Communauté d'agglomération du Val Fleuri (Val Fleuri Agglo) ... les 12 communes de Val Fleuri Agglo"): that
        EPCI wherever the page writes it, never an unknown town or EPCI of its own. The page declares the alias, so
        brand names the gazetteer does not hold link without any list kept by hand."""
        brands: dict[str, Candidate] = {}
        for o in cands:
            if o.type == "epci" and o.place is not None:
                m = _DECLARED_BRAND.match(text, o.end)
                if m and (key := name_key(m["brand"])) and key != name_key(o.place.name):
                    brands.setdefault(key, o)
        if not brands:
            return
        for c in cands:
            if c.type in {"commune", "epci"} and c.place is None and (o := brands.get(name_key(c.name))) is not None:
                c.type, c.place, c.name, c.key = "epci", o.place, o.name, o.key
                c.extra["declared_brand"] = True

    @staticmethod
    def dedupe(cands: list[Candidate]) -> list[Candidate]:
        """One partner per entity; the fullest name wins, the first mention keeps the offsets."""
        by_key: dict[str, Candidate] = {}
        order: list[str] = []
        for c in sorted(cands, key=lambda c: c.start):
            if c.how == "acronym_only" and any(o.type == "epci" and o.place and c.place and o.place.code == c.place.code
                                               for o in by_key.values()):
                continue
            if c.key not in by_key:
                by_key[c.key] = c
                order.append(c.key)
            elif c.type in {"epci", "msa"} and len(c.name) > len(by_key[c.key].name) and c.how != "epci_name":
                # ("la MSA" then "la MSA Portes de Bretagne": one MSA, under its full name)
                by_key[c.key].name = c.name
        # an EPCI named only by the acronym of an expanded EPCI is the same one
        out, seen = [], set()
        for k in order:  # the same body found by two patterns ("CGSS") is one partner
            ident = (by_key[k].type, by_key[k].place.code if by_key[k].place else name_key(by_key[k].name))
            if ident not in seen:
                seen.add(ident)
                out.append(by_key[k])
        expanded = {c.extra.get("acro") for c in out if c.how == "epci"}
        # (or one whose acronym a kept EPCI's official name spells, beyond its plain initials: "la salle des
        # délibérations de la CACEM" beside "la Communauté d'agglomération du Centre de la Martinique")
        linked = [c.name for c in out if c.type == "epci" and c.place is not None]
        # (and a usage acronym of epci_aliases.tsv that links to no EPCI of the Caf's département names another body:
        # "le MACS, club de sport" beside the Caf du Rhône is not the Communauté de communes Maremne Adour Côte Sud)
        aliases = get_gazetteer().alias_only_acronyms
        return [c for c in out if not (c.how == "acronym_only" and (c.extra.get("acro") in expanded or c.place is None and (
            c.extra.get("acro") in aliases or any(spells_acronym(c.extra.get("acro") or "", n) for n in linked))))]

    # -- persons --------------------------------------------------------------------------------------
    def signatories(self, doc: Doc, sents: Sentences) -> list[dict]:
        text = doc_text(doc)
        out, seen = [], set()
        for ent in doc.ents:
            if ent.label_ != "PER" or len(ent.text.split()) < 2:
                continue
            sentence = sents.sentence(ent.start_char)
            if not F.sentence_features(sentence)["sent_context"]:
                continue
            right = text[ent.end_char:ent.end_char + 140]
            m = _ROLE_AFTER.match(right)
            if not m:
                left = text[max(0, ent.start_char - 140):ent.start_char]
                m = _ROLE_BEFORE.search(left)
            if not m or ent.text in seen:
                continue
            seen.add(ent.text)
            inst = (m["inst"] or "").strip() or None
            out.append({"name": ent.text, "role": normalise_role(m["role"], inst), "institution": inst,
                        "start": ent.start_char, "end": ent.end_char})
        return out


def normalise_role(role: str, institution: str | None) -> str:
    role = role.lower()
    inst = fold(institution or "")
    caf = bool(_CAF_INST.search(inst))
    epci = bool(_EPCI_INST.search(inst)) and not caf
    if "préf" in role:
        return "prefet"
    if role.startswith(("maire", "mairesse")):
        return "maire"
    if "adjoint" in role:
        return "adjoint_maire" if not caf else "directeur_adjoint_caf"
    if role.startswith("vice"):
        return "vice_president_caf" if caf else "vice_president_epci" if epci else "vice_president"
    if role.startswith("président"):
        if caf:
            return "president_caf"
        if "departement" in inst or "departemental" in inst:
            return "president_departement"
        return "president_epci" if epci else "president"
    if role.startswith("direct"):
        return "directeur_caf" if caf or not inst else "directeur"
    return role
