"""Genre component: tells an article from a signed convention or a council deliberation, and reads what the
convention genre states exactly: its parties ("Entre ... et ..."), their representatives, "Fait à ..., le ...", the
period and duration in its articles, and the session date of a deliberation that adopts it."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from ctgminer.extract.components.base import Mention, doc_text, write_spans
from ctgminer.extract.components.dates.patterns import MONTHS
from ctgminer.extract.components.genre import patterns as P
from ctgminer.gazetteer import Place, get_gazetteer
from ctgminer.text.cues import CTG_CUE, OTHER_SCHEME
from ctgminer.text.fastcue import FastCue
from ctgminer.text.numbers import parse_number

DOCUMENT_TYPES = ("article", "convention", "deliberation", "other")


def _other_schemes_sentence(body: str, at: int) -> bool:
    """The sentence of `body` around offset `at` names another scheme and not this convention."""
    start = max(body.rfind(". ", 0, at), body.rfind(".\n", 0, at), body.rfind(";", 0, at)) + 1
    ends = [i for i in (body.find(". ", at), body.find(".\n", at)) if i >= 0]
    sentence = body[start:min(ends) if ends else len(body)]
    return bool(OTHER_SCHEME.search(sentence)) and not (CTG_CUE.search(sentence) or P.THIS_CONVENTION.search(sentence))


@dataclass
class DatedValue:
    """A date (ISO, as precise as the text) with the text behind it."""

    iso: str
    text: str
    start: int
    end: int


@dataclass
class ConventionParty:
    """A party named in the convention's "Entre ... et ..." block."""

    name: str
    type: str  # caf|commune|epci|departement|region|etat|msa|other
    code: str | None
    mention: str
    start: int
    end: int
    representative: str | None = None
    role: str | None = None


@dataclass
class Genre:
    """What the genre component read on a doc (``doc._.genre``)."""

    document_type: str = "article"
    cues: dict[str, int] = field(default_factory=dict)
    parties: list[ConventionParty] = field(default_factory=list)
    signature: DatedValue | None = None
    period_start: int | None = None
    period_end: int | None = None
    duration_years: int | None = None
    period_evidence: dict | None = None
    adoption: DatedValue | None = None
    adopted: bool = False


@lru_cache(maxsize=1)
def load_cues() -> dict[str, list[FastCue]]:
    """The genre cues shipped beside this component (cues.json), compiled once."""
    raw = json.loads(resources.files(__package__).joinpath("cues.json").read_text(encoding="utf-8"))
    return {genre: [FastCue(p, re.MULTILINE) for p in patterns]
            for genre, patterns in raw.items() if not genre.startswith("_")}


def _strip_preposition(text: str) -> str:
    return re.sub(r"^\s*(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*", "", text).strip()


def _date(m: re.Match) -> str | None:
    """ISO date from a match of patterns.DATE (named groups d/m/y or nd/nm/ny)."""
    try:
        if m.group("y"):
            day = int(re.match(r"\d+", m.group("d")).group())
            month = MONTHS[m.group("m").lower().rstrip(".")]
            return dt.date(int(m.group("y")), month, day).isoformat()
        return dt.date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd"))).isoformat()
    except (KeyError, ValueError, AttributeError):
        return None


class GenreComponent:
    """Writes ``doc._.genre`` and the span group ``convention_parties``."""

    def __init__(self, nlp=None, name: str = "ctg_genre", min_cues: int = 3, head_chars: int = 6000) -> None:
        self.name = name
        self.min_cues = min_cues
        self.head_chars = head_chars  # a convention shows its genre in its first pages

    # -- genre ---------------------------------------------------------------------------------------
    def document_type(self, text: str) -> tuple[str, dict[str, int]]:
        head = text[:self.head_chars] + "\n" + text[-self.head_chars:]
        lowered = head.lower()  # the cues run on it case-sensitively (FastCue), several times faster
        counts = {genre: sum(1 for p in patterns if p.search(head, lowered))
                  for genre, patterns in load_cues().items()}
        best = max(counts, key=lambda g: counts[g])
        return (best if counts[best] >= self.min_cues else "article"), counts

    # -- parties ---------------------------------------------------------------------------------------
    def party_block(self, text: str) -> tuple[int, int] | None:
        start = P.BLOCK_START.search(text)
        if start is None:
            return None
        end = P.BLOCK_END.search(text, start.end())
        stop = end.start() if end else len(text)
        return start.start(), min(stop, start.start() + P.BLOCK_MAX_CHARS)

    def parties(self, text: str) -> list[ConventionParty]:
        block = self.party_block(text)
        if block is None:
            return []
        b_start, b_end = block
        heads = [m for m in P.PARTY_HEAD.finditer(text, b_start, b_end)]
        gaz = get_gazetteer()
        found: list[ConventionParty] = []
        caf_dep: str | None = None
        for i, m in enumerate(heads):
            chunk_end = heads[i + 1].start() if i + 1 < len(heads) else b_end
            kind = next(k for k in P.PARTY_HEADS if m.group(k))
            if kind == "commune" and m.group("head").lower().endswith("s"):
                found += self.commune_list(text, m.end("head"), chunk_end, caf_dep, gaz)
                continue
            head_start = m.start("head")
            rest_start = m.end("head")
            stop = P.NAME_END.search(text, rest_start, chunk_end)
            name_end = stop.start() if stop else chunk_end
            mention = text[head_start:name_end].strip()
            rest = _strip_preposition(text[rest_start:name_end])
            person, role = self.representative(text, name_end, chunk_end)
            if not rest:  # "La Commune de , représentée ...": a name lost in the PDF, given by its alias
                alias = P.ALIAS.search(text, name_end, chunk_end)
                alias_head = P.PARTY_HEAD.match(alias.group("alias")) if alias else None
                if alias_head and next(k for k in P.PARTY_HEADS if alias_head.group(k)) == kind:
                    rest = _strip_preposition(alias.group("alias")[alias_head.end("head"):])
                    mention = alias.group("alias")
                    head_start, name_end = alias.start("alias"), alias.end("alias")
            party = self._link(kind, mention, rest, caf_dep, gaz)
            if party is None:
                continue
            name, ptype, code = party
            if ptype == "caf" and code:
                caf_dep = code
            found.append(ConventionParty(name, ptype, code, mention, head_start, head_start + len(mention), person, role))
        found += self.named_lines(text, b_start, b_end, heads, caf_dep, gaz)
        # a commune named before the Caf is linked again with the Caf's département
        unique: dict[tuple[str, str], ConventionParty] = {}
        for p in found:
            if p.type == "commune" and caf_dep and p.code is None:
                place = gaz.commune(p.name, caf_dep)
                if place:
                    p.code = place.code
            unique.setdefault((p.type, p.code or p.name.lower()), p)
        return list(unique.values())

    def named_lines(self, text: str, start: int, end: int, heads: list[re.Match], dep: str | None,
                    gaz) -> list[ConventionParty]:
        """EPCI and communes whose party line opens on their name, no kind before it ("Grand Chambéry, représentée
        par son Président"): those the gazetteer links, outside the lines the heads read."""
        out = []
        for m in P.NAMED_PARTY_LINE.finditer(text, start, end):
            if any(h.start("head") < m.end() and m.start() < h.end() for h in heads):
                continue
            name = m["name"].strip()
            place = gaz.epci(name, dep) or gaz.commune(name, dep) or (
                gaz.epci_by_acronym(m["acro"].strip(), dep) if m["acro"] else None)
            if place is None:
                continue
            line_end = text.find("\n", m.end())
            person, role = self.representative(text, m.end("name"), line_end if line_end >= 0 else len(text))
            out.append(ConventionParty(place.name, place.kind, place.code, name, m.start("name"), m.end("name"),
                                       person, role))
        return out

    @staticmethod
    def representative(text: str, start: int, end: int) -> tuple[str | None, str | None]:
        rep = P.REPRESENTED.search(text, start, end)
        if not rep:
            return None, None
        role = (rep.group("role1") or rep.group("role2") or "").strip(" .") or None
        return rep.group("name").strip(), role

    def commune_list(self, text: str, start: int, end: int, dep: str | None, gaz) -> list[ConventionParty]:
        """ "Les communes de A, B, C et D, représentées par leurs maires": one party per commune."""
        stop = P.LIST_END.search(text, start, end)
        list_end = stop.start() if stop else end
        line_end = P.LIST_LINE_END.search(text, start, list_end)
        list_end = line_end.start() if line_end else list_end
        # (or "Les cinq communes membres : A, B ...": the members' list after its colon)
        lead = re.match(r"\s*(?:membres\s*:\s*|(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)", text[start:list_end])
        pos = start + (lead.end() if lead else 0)
        out = []
        for item in P.LIST_SPLIT.split(text[pos:list_end]):
            item_start = text.index(item, pos) if item else pos
            pos = item_start + len(item)
            name = item.strip(" ,.")
            if not name or not name[0].isupper():
                continue
            place = gaz.commune(name, dep)
            out.append(ConventionParty(place.name if place else name, "commune", place.code if place else None,
                                       name, item_start, item_start + len(name)))
        return out

    @staticmethod
    def _link(kind: str, mention: str, rest: str, dep: str | None, gaz) -> tuple[str, str, str | None] | None:
        """(name, type, code) of a party from its head kind and the words after the head."""
        place: Place | None
        if kind == "caf":
            if re.search(r"mayotte", mention, re.I):
                return "Caisse de sécurité sociale de Mayotte", "caf", "976"
            place = gaz.departement(rest) if rest else None
            return (mention, "caf", place.code if place else None)
        if kind == "commune":
            if not rest:
                return None
            place = gaz.commune(rest, dep)
            return (place.name if place else rest), "commune", place.code if place else None
        if kind == "epci":
            place = gaz.epci(mention, dep)
            return (place.name if place else mention), "epci", place.code if place else None
        if kind == "departement":
            place = gaz.departement(rest) if rest else None
            if place is None and dep:
                place = gaz.departements.get(dep)
            return (place.name, "departement", place.code) if place else None
        if kind == "etat":
            return "État", "etat", None
        if kind == "msa":
            return mention, "msa", None
        return mention, kind, None

    # -- dates -----------------------------------------------------------------------------------------
    @staticmethod
    def signature(text: str) -> DatedValue | None:
        """The latest "Fait à X, le ..." date (the last party to sign closes the signature)."""
        dated = [(iso, m) for m in P.FAIT_A.finditer(text) if (iso := _date(m))]
        if not dated:
            return None
        iso, m = max(dated, key=lambda d: d[0])
        return DatedValue(iso, m.group(), m.start(), m.end())

    @staticmethod
    def term(text: str) -> tuple[int | None, int | None, int | None, dict | None]:
        """(start year, end year, duration, evidence) from the paragraphs about the convention's term."""
        for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
            body = para.group()
            if not P.TERM_CUE.search(body):
                continue
            if OTHER_SCHEME.search(body) and not (CTG_CUE.search(body) or P.THIS_CONVENTION.search(body)):
                continue  # another scheme's term: "Le contrat de ville a été signé pour une durée de sept ans"
            years = P.RANGE.search(body)
            duration = P.DURATION.search(body)
            if duration and _other_schemes_sentence(body, duration.start()):
                duration = None  # "... du présent avenant.\nLe contrat de ville est conclu pour une durée de sept ans"
            start = P.FROM_DATE.search(body)
            n = None
            if duration:
                value = parse_number(duration.group("n") or duration.group("n2"))
                n = int(value) if value and 1 <= value <= 10 else None
            y1 = y2 = None
            evidence = None
            if years and (years.group("y1") or years.group("y3")):
                y1 = int(years.group("y1")) if years.group("y1") else None
                y2 = int(years.group("y2") or years.group("y3"))
                evidence = years
            if start and y1 is None:
                y1 = int(start.group("y"))
                evidence = evidence or start
            if y1 and n and y2 is None:
                y2 = y1 + n - 1
            if n is None and y1 and y2 and 0 <= y2 - y1 <= 10:
                n = y2 - y1 + 1
            if y1 or y2 or n:
                ev = evidence or duration
                return y1, y2, n, {"text": ev.group(), "start": para.start() + ev.start(),
                                   "end": para.start() + ev.end()}
        return None, None, None, None

    @staticmethod
    def adoption(text: str) -> tuple[DatedValue | None, bool]:
        session = next(((iso, m) for m in P.SESSION.finditer(text) if (iso := _date(m))), None)
        adopted = bool(P.ADOPTS.search(text))
        if session is None:
            return None, adopted
        iso, m = session
        return DatedValue(iso, m.group(), m.start(), m.end()), adopted

    # -- main --------------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        genre = Genre()
        genre.document_type, genre.cues = self.document_type(text)
        if genre.document_type == "convention":
            genre.parties = self.parties(text)
            genre.signature = self.signature(text)
            genre.period_start, genre.period_end, genre.duration_years, genre.period_evidence = self.term(text)
        elif genre.document_type == "deliberation":
            genre.adoption, genre.adopted = self.adoption(text)
        doc._.genre = genre
        write_spans(doc, "convention_parties",
                    [Mention(p.start, p.end, p.mention, p, p.type) for p in genre.parties])
        return doc
