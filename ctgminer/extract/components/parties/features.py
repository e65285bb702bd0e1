"""Features of a party candidate, read from the sentence around it (what the signing model weighs)."""

from __future__ import annotations

import dataclasses
import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from ctgminer.extract.components.parties import patterns as P
from ctgminer.gazetteer import name_key
from ctgminer.text.cues import CTG_CUE, DAY_DATE, OTHER_SCHEME, POSSESSIVE_SIGNING, RELATED_LEAD
from ctgminer.text.sentences import Sentences

if TYPE_CHECKING:
    from ctgminer.extract.components.parties.component import Candidate
    from ctgminer.gazetteer import Place

# how a candidate was found (one indicator each); anything else counts as "other"
_UNTIL_NOW = re.compile(r"\bjusqu['’](?:ici|alors|à\s+présent|à\s+maintenant)\b|\bjusque-là\b|\bauparavant\b", re.I)
_LABEL_COLON = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]")
# an intercommunality told by its kind alone, opening a clause ("la communauté de communes", "l'agglomération")
_EPCI_BY_KIND = re.compile(r"(?:la|l['’])\s*(?:communauté(?:\s+de\s+communes|\s+d['’]\s*agglomération|\s+urbaine)?"
                           r"|agglomération|agglo|intercommunalité|interco|métropole)\b", re.I)
# an acronym after its article, as a list item ("la CTG", "la CCPA"): no commune's name
_ARTICLE_ACRONYM = re.compile(r"(?:la|le|les|l['’])\s*[A-ZÀ-Þ]{2,8}", re.I)
# an EPCI told by its kind in its name ("Bordeaux Métropole", "Communauté de communes X")
_EPCI_KIND = re.compile(r"\b(?:Métropole|Communauté|Agglo\w*)\b", re.I)
# a section's heading line holding a name only, or a table row's first cell with a period ("X | 2024-2028 | ...")
_HEAD_REST = re.compile(r"[ \t\u00a0]*:?[ \t\u00a0]*$")
_ROW_PERIOD = re.compile(r"[ \t\u00a0]*[|;][^\n]*?\b20\d\d\s*[-–/]\s*20\d\d\b")
# a body coordinated with the Caf after "à": "liée à la Caf de X et à la MSA"
_BODY_BESIDE_CAF = re.compile(r"\bà\s+la\s+(?:Caf|CAF|caisse)\b[^.;:!?\n]{0,60}\bet\s+à\s+(?:la|l['’])\s*$")
_SIGNED_TOO = re.compile(r"\b(?:co-?)?signataires?\b|\b(?:ont|a|avaient|avait)\s+(?:également\s+|aussi\s+)?(?:co-?)?signé"
                         r"|\b(?:ont|a)\s+(?:également\s+|aussi\s+)?apposé\s+(?:leur|sa)\s+signature"
                         r"|\bsign(?:ent|eront|era)\b|\bpour\s+(?:la\s+|le\s+)?(?:co-?)?sign", re.I)
_HEAD_SIGNED = re.compile(r"[ \t\u00a0]*[–—:|-][ \t\u00a0]*(?:convention\s+)?(?:signée?s?|renouvelée?s?|paraphée?s?)\b",
                          re.I)
_HEAD_SUBTITLE = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]+[^.!?\n]*$")
_COMMITTED = re.compile(r"\bs['’](?:est|sont)\s+(?:à\s+son\s+tour\s+|à\s+leur\s+tour\s+)?engagée?s?\b", re.I)
_HEAD_LEAD = re.compile(r"[ \t\u00a0#*•–-]*$")
_CAPITAL_ARTICLE = re.compile(r"(?:Le|La|Les|L['’])[ \t\u00a0]*[A-ZÀ-Þ]")
SOURCES = ("intro", "list", "mayor", "hashtag", "epci", "epci_suffix", "epci_name", "acronym", "acronym_only",
           "dep", "dep_generic", "etat", "msa", "region", "other", "syndicat", "gaz_commune", "gaz_epci")
TYPES = ("commune", "epci", "departement", "region", "etat", "msa", "other")


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern]:
    """The cue patterns of cues.json, compiled once ("{related_lead}" stands for the shared related-links leads)."""
    raw = json.loads(resources.files(__package__).joinpath("cues.json").read_text(encoding="utf-8"))
    return {k: re.compile(v.replace("{related_lead}", RELATED_LEAD), re.I) for k, v in raw.items() if not k.startswith("_")}


@lru_cache(maxsize=4096)
def sentence_features(sentence: str) -> dict[str, float]:
    """The features of a whole sentence, read once for all the candidates it holds."""
    C = cues()
    f = {"sent_sign": float(bool(P.STRONG_SIGN.search(sentence))),
         "sent_context": float(bool(P.PARTY_CONTEXT.search(sentence))),
         "sent_ctg": float(bool(CTG_CUE.search(sentence))),
         "sent_modal": float(bool(P.MODAL.search(sentence))),
         "members": float(bool(C["members"].search(sentence))),
         "sent_assoc": float(bool(C["associated"].search(sentence))),
         "caf_in_sent": float(bool(C["caf_near"].search(sentence)))}
    f["sign_ctg"] = f["sent_sign"] * f["sent_ctg"]
    # a sentence about another agreement ("la convention d'objectifs et de gestion signée entre l'État et la Cnaf",
    # "une convention de partenariat entre la Caf, la CPAM et la MSA", a contrat de ville)
    f["sent_other_scheme"] = float(bool(OTHER_SCHEME.search(sentence) or P.ETAT_EXCLUDE.search(sentence)
                                        or C["partnership_convention"].search(sentence)))
    return f


@lru_cache(maxsize=4096)
def party_context(sentence: str) -> bool:
    """A sentence that says who signs or partners (PARTY_CONTEXT), for the sentence before a candidate's."""
    return bool(P.PARTY_CONTEXT.search(sentence))


@lru_cache(maxsize=4096)
def cue_starts(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the signing words and the modal words of a sentence start, found once for all its candidates."""
    return (tuple(m.start() for m in P.STRONG_SIGN.finditer(sentence)),
            tuple(m.start() for m in P.MODAL.finditer(sentence)))


@lru_cache(maxsize=8192)
def cue_ends(sentence: str, cue: str) -> tuple[int, ...]:
    """Where the matches of a cue end in a sentence, found once for all the candidates it holds."""
    return tuple(m.end() for m in cues()[cue].finditer(sentence))


def before_in(sentence: str, cue: str, at: int) -> bool:
    """A match of the cue lies wholly before offset `at` of the sentence (as a search of sentence[:at] finds)."""
    return any(e <= at for e in cue_ends(sentence, cue))


def agreement_left(left: str) -> bool:
    """Another agreement is the last one `left` (a sentence up to a candidate) names, after any CTG."""
    matches = list(cues()["other_agreement"].finditer(left))
    if not matches:
        return False
    last = matches[-1]
    return not any(m.start() > last.start() for m in CTG_CUE.finditer(left, last.end()))


@lru_cache(maxsize=8192)
def venue_before(before: str) -> bool:
    """A venue just before a name ("à la mairie de", "signée à"); read by the rules and the features alike."""
    return bool(P.VENUE_BEFORE.search(before))


@lru_cache(maxsize=8192)
def presence_before(left: str) -> bool:
    """Attending rather than signing ("en présence du président de")."""
    return bool(P.PRESENCE_BEFORE.search(left))


def bullet_intro(text: str, line_start: int, max_lines: int = 12) -> str:
    """The line introducing the bulleted list a line belongs to (the first line above that is no bullet), or ''."""
    bullet = cues()["bullet_line"]
    end = line_start - 1
    for _ in range(max_lines):
        if end <= 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not bullet.match(line):
            return line
        end = start - 1
    return ""


def signatory_heading_above(text: str, line_start: int, max_lines: int = 10) -> bool:
    """Is the line one of a run of short lines, none ending a sentence, under a heading for the signatories ("Les
    signataires", "Signataires de la convention :", "Ont signé :")?"""
    end = line_start - 1
    for _ in range(max_lines):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line:
            continue
        if cues()["signatory_heading"].match(line):
            return True
        if len(line) > 120 or line[-1] in ".;:!?":
            return False
    return False


def signatory_heading_before(text: str, line_start: int) -> bool:
    """Is the first non-blank line above a heading for the signatories ("Les communes signataires", "Ont signé :")?"""
    start, end = nonblank_line(text, line_start, -1, max_lines=2)
    return end > start and bool(cues()["signatory_heading"].match(text[start:end].strip()))


def names_line(text: str, line_start: int, line_end: int, doc: DocCandidates, max_len: int = 1500) -> bool:
    """A line of names only, separated by commas and "et", ending on a full stop or nothing ("Marcillac-Vallon,
    Salles-la-Source, Valady et Clairvaux-d'Aveyron.")."""
    if line_end - line_start > max_len:
        return False
    pos, found = line_start, 0
    for o in doc.by_start[bisect_left(doc.starts, line_start):bisect_left(doc.starts, line_end)]:
        if o.end > line_end or o.start < pos:
            continue  # (a name inside the previous one, or read twice)
        if not _NAME_SEPARATOR.match(text[pos:o.start]):
            return False
        pos, found = o.end, found + 1
    return found >= 2 and bool(_NAME_SEPARATOR.match(text[pos:line_end]))


_NAME_SEPARATOR = re.compile(r"^[ \t\u00a0]*(?:[,;.][ \t\u00a0]*|(?<![\w-])et[ \t\u00a0]+)*$")


def kicker_line(text: str, line_start: int, line_end: int, cands: list[Candidate] | DocCandidates,
                max_len: int = 120) -> bool:
    """A short label line that holds names and nothing to read: a kicker or dateline ("Villers-Bocage · 6 avril
    2024", "Rosheim"), a breadcrumb ("Lot · Cahors"), a press edition ("Édition de Molsheim – 11 octobre 2023"), a
    job ad's employer ("Communauté de communes Tarn-Agout – Saint-Sulpice-la-Pointe (81)"); not a bulleted line."""
    if not names_only(text, line_start, line_end, cands, max_len):
        return False
    # a name among others one per line (a convention's signature block "Ayen\n\nCommune de Brignac"): a list
    return not any(names_only(text, s, e, cands, max_len, neighbours=True)
                   for s, e in (nonblank_line(text, line_start, -1), nonblank_line(text, line_end, 1)))


def nonblank_line(text: str, pos: int, step: int, max_lines: int = 4) -> tuple[int, int]:
    """Bounds of the first non-blank line before the line starting at `pos` (step -1) or after the line ending at
    `pos` (step 1), within a few lines; (0, 0) when there is none."""
    for _ in range(max_lines):
        if step < 0:
            if pos <= 0:
                break
            end = pos - 1
            start = text.rfind("\n", 0, end) + 1
            pos = start
        else:
            if pos >= len(text):
                break
            start = pos + 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            pos = end
        if text[start:end].strip():
            return start, end
    return 0, 0


def names_only(text: str, line_start: int, line_end: int, cands: list[Candidate] | DocCandidates, max_len: int,
               neighbours: bool = False) -> bool:
    """A line that holds names and label words only (`kicker_rest`); a neighbour line must name a place itself."""
    if line_end - line_start > max_len:
        return False
    line = text[line_start:line_end]
    if not line.strip() or cues()["bullet_line"].match(line):
        return False
    rest, pos = [], line_start
    # (the candidates of the line by bisection on the document's index, not a scan of all of them per line)
    doc = cands if isinstance(cands, DocCandidates) else DocCandidates(cands)
    on_line = doc.by_start[bisect_left(doc.starts, line_start):bisect_left(doc.starts, line_end)]
    for o in (o for o in on_line if o.end <= line_end):
        if o.start >= pos:
            rest.append(text[pos:o.start])
            pos = o.end
    rest.append(text[pos:line_end])
    if neighbours and len(rest) < 2:
        return False
    return bool(cues()["kicker_rest"].match(" ".join(rest)))


@lru_cache(maxsize=8)
def dated_headings(text: str) -> int:
    """How many short lines of the text name something then a date after a dash ("Villecresnes – 25 juin 2024")."""
    date = cues()["head_date"]
    count, pos = 0, 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        dash = max(text.rfind("–", pos, end), text.rfind("—", pos, end), text.rfind(" - ", pos, end) + 1)
        if 2 < dash - pos < 80 and date.match(text, dash, end):
            count += 1
        pos = end + 1
    return count


def section_party(text: str, start: int, end: int, line_start: int) -> bool:
    """A territory heading a section or a table row that tells its signing, on a page that told signings before."""
    if not _HEAD_LEAD.match(text, line_start, start):
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _HEAD_REST.match(text, end, line_end):
        nxt = nonblank_line(text, line_end, 1)
        told = bool(P.STRONG_SIGN.search(text[nxt[0]:nxt[1]]))
    elif _HEAD_SIGNED.match(text, end, line_end):
        told = True  # its signing on the heading's line: "Communauté de communes du Haut-Lignon – signée le 29 novembre"
    elif line_end - end < 80 and _HEAD_SUBTITLE.match(text, end, line_end):
        # a heading with its subtitle ("Val de Sèvre : priorité aux ados"), the section's first line telling the
        # signing or the territory's commitment ("Le 3 mars, la communauté de communes s'est engagée ...")
        nxt = nonblank_line(text, line_end, 1)
        told = bool(P.STRONG_SIGN.search(text[nxt[0]:nxt[1]]) or _COMMITTED.search(text[nxt[0]:nxt[1]]))
    elif cues()["head_date"].match(text, end, line_end):
        # its signing's date after a dash, on a page with two such headings at least ("Choisy-le-Roi – 4 juin 2024\n
        # Pour sa deuxième CTG ...\nVillecresnes – 25 juin 2024\n..."): one signing per section
        told = dated_headings(text) >= 2
    else:
        told = bool(_ROW_PERIOD.match(text, end, line_end))
    head = text[:line_start]
    return told and bool(P.STRONG_SIGN.search(head)) and bool(CTG_CUE.search(head))


class DocCandidates:
    """A document's candidates, indexed once for the features that look at the others (mentions of a key, names
    within 200 characters, territories of a sentence), instead of a scan of every candidate per candidate."""

    def __init__(self, cands: list[Candidate]) -> None:
        self.cands = cands
        self.key_counts = Counter(o.key for o in cands)
        self.by_start = sorted(cands, key=lambda o: o.start)
        self.starts = [o.start for o in self.by_start]
        self.territory_starts = sorted(o.start for o in cands if o.type in {"commune", "epci"})
        self.rule_epci_starts = sorted(o.start for o in cands if o.type == "epci" and o.extra.get("rule"))
        self.epcis = [o for o in cands if o.type == "epci"]

    def near(self, at: int, within: int) -> list[Candidate]:
        """The candidates starting less than `within` characters from `at`."""
        return self.by_start[bisect_right(self.starts, at - within):bisect_left(self.starts, at + within)]

    @staticmethod
    def count(starts: list[int], lo: int, hi: int) -> int:
        """How many of the sorted `starts` lie in [lo, hi)."""
        return bisect_left(starts, hi) - bisect_left(starts, lo)


_ENTRE_LINE = re.compile(r"(?m)^[ \t]*entre\b", re.I)
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")


def agreement_item(text: str, at: int, reach: int = 600) -> bool:
    """`at` lies in a numbered item of a council's minutes whose heading names another agreement than the CTG ("3.
    Convention de déneigement avec le Département\nLe conseil autorise le maire à signer cette convention avec le
    Département"): a party of that agreement, under the item's heading or in its body."""
    line_start = text.rfind("\n", 0, at) + 1
    heading = None
    for m in cues()["item_heading"].finditer(text, max(0, line_start - reach), line_start + 1):
        heading = m  # (the last numbered heading above `at`, or on its own line)
    if heading is None:
        return False
    line = text[heading.start():text.find("\n", heading.start()) % (len(text) + 1)]
    return agreement_left(line) and not CTG_CUE.search(line)


def title_block_start(text: str, line_start: int) -> int:
    """Where the block of signatories' title lines holding the line at `line_start` begins: consecutive lines, each
    an official's title ("Fait à Cluses, le 2 mai 2025\nLe Directeur de la Caf de la Haute-Savoie\nLe Président de la
    Communauté de communes X\nLe Maire de A\nLa Maire de B\n...\nLe Maire de G": G's line starts far below "Fait à")."""
    title, cell = cues()["sign_block_title_line"], cues()["sign_block_cell_line"]
    start = line_start
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        # (the block's cells too, each body's "Pour ..." above its official: "Pour la Communauté de communes X\nLe
        # Président\nPour les communes membres :\nLe Maire de A\nLa Maire de B")
        if not (title.match(text[prev:start - 1]) or cell.match(text[prev:start - 1])):
            break
        start = prev
    return start


def preamble_list(text: str, at: int, within: int = 400) -> bool:
    """`at` lies in the parties list of a convention's own text: after a line opening on "entre" (no sentence ended
    since), the Caf named in the list, the convention's name just above the "entre"."""
    window = text[max(0, at - within):at]
    if "ntre" not in window and "NTRE" not in window:  # (a cover page's "ENTRE" in capitals too)
        return False
    openings = list(_ENTRE_LINE.finditer(window))
    if not openings:
        return False
    opening = openings[-1]
    listed = window[opening.start():]
    start = at - len(window) + opening.start()
    return (not _SENTENCE_END.search(listed) and bool(cues()["caf_near"].search(listed))
            and bool(CTG_CUE.search(text[max(0, start - 200):start])))


@lru_cache(maxsize=2)
def aside_start(text: str) -> int:
    """Where the page's aside on other territories opens (a heading asking about elsewhere: "Et ailleurs dans le
    département ?", "Autour de nous ?"), else the end of the text; read once per text."""
    m = cues()["elsewhere_heading"].search(text)
    return m.start() if m else len(text)


def overview_item(text: str, at: int) -> bool:
    """`at` lies on a bulleted line under an intro saying the whole département or every territory now has its CTG
    ("Avec cette signature, tout le département est désormais couvert :\n- CTG de X : signée en 2022\n- CTG de Y",
    "Les six intercommunalités disposent désormais d'une CTG :\n• CC X – 2021-2025"): an overview of CTGs."""
    line_start = text.rfind("\n", 0, at) + 1
    C = cues()
    return bool(C["bullet_line"].match(text[line_start:at])) and bool(
        C["coverage_overview_intro"].search(bullet_intro(text, line_start)))


def source_of(how: str) -> str:
    if how in SOURCES:
        return how
    return "intro" if how.split()[0] in {"ville", "commune", "mairie", "municipalité"} else "other"


@dataclasses.dataclass(frozen=True, slots=True)
class _Site:
    """A candidate and the text around it, read once for all its features."""
    text: str
    sents: Sentences
    c: Candidate
    cands: list[Candidate]
    ctg: list[tuple[int, int]]
    caf_dep: Place | None
    title_end: int
    common_words: frozenset[str]
    doc: DocCandidates
    C: dict[str, re.Pattern]
    s_start: int
    s_end: int
    sentence: str
    left: str
    right: str
    before: str
    at: int
    after: int
    sign_starts: tuple[int, ...]
    modal_starts: tuple[int, ...]
    line_start: int
    line_end: int
    lead: str
    territory: bool


def features(text: str, sents: Sentences, c: Candidate, cands: list[Candidate], ctg: list[tuple[int, int]],
             caf_dep: Place | None, title_end: int, common_words: frozenset[str],
             doc: DocCandidates | None = None) -> dict[str, float]:
    """Binary and scaled features of candidate `c` (names are stable: they key the fitted weights); `doc`: the
    candidates indexed once per document (built here when not given)."""
    C = cues()
    doc = doc if doc is not None else DocCandidates(cands)
    s_start, s_end = sents.bounds(sents.index(c.start))
    sentence = text[s_start:s_end]
    left = text[s_start:c.start]
    right = text[c.end:s_end]
    before = text[max(0, c.start - 45):c.start]
    at, after = c.start - s_start, c.end - s_start  # the candidate's offsets in its sentence
    sign_starts, modal_starts = cue_starts(sentence)
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    lead = text[line_start:c.start]
    territory = c.type in {"commune", "epci"} and c.how not in {"list", "mayor"}
    x = _Site(text, sents, c, cands, ctg, caf_dep, title_end, common_words, doc, C, s_start, s_end, sentence, left,
              right, before, at, after, sign_starts, modal_starts, line_start, line_end, lead, territory)
    f: dict[str, float] = {f"src={source_of(c.how)}": 1.0, f"type={c.type}": 1.0}
    _found_features(x, f)
    _cue_features(x, f)
    _position_features(x, f)
    _company_features(x, f)
    _declared_features(x, f)
    _line_features(x, f)
    _committee_features(x, f)
    _heading_features(x, f)
    _other_agreement_features(x, f)
    _other_ctgs_feature(x, f)
    _not_signing_features(x, f)
    _role_features(x, f)
    _name_features(x, f)
    return f


def _found_features(x: _Site, f: dict[str, float]) -> None:
    """How the candidate was found and linked, and its sentence's cues."""
    c, caf_dep, sentence = x.c, x.caf_dep, x.sentence
    f["rule"] = float(bool(c.extra.get("rule")))
    f["gaz"] = float(bool(c.extra.get("gaz")))
    f["linked"] = float(c.place is not None)
    if c.place is not None and caf_dep is not None and c.place.departement:
        f["same_dep"] = float(c.place.departement == caf_dep.code)
        f["other_dep"] = float(c.place.departement != caf_dep.code)
    if c.type == "commune" and c.place is not None:
        f["population"] = min(math.log10(c.place.population + 1) / 6, 1.0)
    f.update(sentence_features(sentence))


def _cue_features(x: _Site, f: dict[str, float]) -> None:
    """Cues around the candidate: a modal, entre/avec, a venue, a presence, an example."""
    text, sents, c, C, sentence, left, right, before, at, modal_starts = (
        x.text, x.sents, x.c, x.C, x.sentence, x.left, x.right, x.before, x.at, x.modal_starts)
    f["modal_left"] = float(any(s < at for s in modal_starts))
    f["prev_context"] = float(party_context(sents.sentence(c.start, -1)))
    f["entre"] = float(before_in(sentence, "entre", at))
    f["avec"] = float(bool(C["avec"].search(before)))
    f["represented"] = float(bool(C["represented"].search(right)))
    # a list of bodies the rest of its line tells as a convention's parties ("Les communes membres : A, B et C,
    # représentées par leurs maires", "la Caf, l'agglomération et les communes de A et de B conviennent de ...")
    f["parties_clause"] = float(bool(C["parties_clause"].search(text, c.end, x.line_end)))
    f["official_before"] = float(bool(C["official_before"].search(before)))
    # (the host around whom the signatories pose: "les signataires réunis autour du maire de X")
    f["host_official"] = float(c.type == "commune" and "autour" in before and bool(C["around_official"].search(before)))
    f["venue"] = float(venue_before(before) or bool(C["venue_after"].search(right))
                       # (a town hall before which one poses: "Photo : les signataires devant la mairie d'Elnes")
                       or c.how == "mairie" and bool(C["before_hall"].search(before)))
    if not f["venue"] and c.how == "mairie" and C["venue_far"].search(left[-90:]):
        # the town hall as the building of a room ("dans la salle du conseil de la mairie de X, la communauté de
        # communes et la Caf ont signé"): where, not who
        f["venue"] = 1.0
    if f["venue"] and c.type in {"msa", "etat", "departement", "region"} and _BODY_BESIDE_CAF.search(left[-120:]):
        f["venue"] = 0.0  # "liée à la Caf de la Creuse et à la MSA du Limousin": a body beside the Caf, no place
    if c.how == "gaz_commune" and not f["venue"]:
        # a commune named 'Le X' after "au" ("signée au Cheylard"), or a town after its room or seat ("au siège de la
        # communauté de communes au Cheylard", "à la salle des fêtes d'Aix-en-Othe"): where, not who
        f["venue"] = float((c.name.lower().startswith(("le ", "les ")) and bool(C["au_place"].search(before)))
                           or bool(C["venue_far"].search(left[-90:])) or (bool(C["date_place"].search(before)) and bool(C["date_place_after"].match(right))))
    f["presence"] = float(presence_before(sents.left(c.start, 200)))
    # the presence clause naming the town by its mayor, right before it ("..., en présence du maire de Pont-l'Abbé"):
    # the town's mayor attends (the mayor pattern reads "le maire de X" as signing otherwise)
    f["presence_mayor"] = float(c.how == "mayor" and "résence" in left and bool(C["presence_mayor"].search(left[-80:])))
    # the place of another event, in a sentence that signs nothing ("la Caf a organisé une journée des coordinateurs
    # CTG à Pontivy"): where, never who signs
    f["event_venue"] = float(c.how == "gaz_commune" and not f["sent_sign"] and bool(C["event_venue"].search(left[-120:])))
    f["president_before"] = float(bool(P.EPCI_PRESIDENT_BEFORE.search(text[max(0, c.start - 160):c.start])))
    f["example"] = float(before_in(sentence, "example", at))
    # (or the towns in brackets after others' own conventions: "d'autres ont laissé aux villes-centres leur propre
    # convention (A, B)", examples of a kind of territory on a Caf's explainer)
    if not f["example"] and "propre" in left and C["own_brackets"].search(left[-200:]):
        f["example"] = 1.0
    f["communes_of"] = float(bool(C["communes_of"].search(before)))
    f["caf_before"] = float(bool(C["caf_before"].search(before)))
    f["past"] = float(bool(C["past_convention"].search(left[-60:])))
    f["habitants_after"] = float(bool(C["habitants_after"].search(right)))


def _surname_reading(x: _Site) -> bool:
    """The name stands after a title or a first name, as a surname does ("M. Paul Roux", "Louis Pozzo di Borgo").
    The first-name cue also reads a lower-case word ("Pozzo di Borgo" needs "di"), which is no first name before a
    town that opens a list of towns: "une CTG couvrant Saint-Pierre, Saint-Louis et Cilaos", "ses communes membres
    Albine, Lacabarède et Rouairoux" (the list's first town read as a surname while its mates sign)."""
    m = x.C["person_before"].search(x.before)
    if m is None:
        return False
    if m.group(0)[:1].isupper() or x.c.type != "commune":
        return True
    c, text = x.c, x.text
    return not any(o.type == "commune" and c.end <= o.start and x.C["list_gap"].match(text[c.end:o.start])
                   for o in x.doc.near(c.start, 200) if o is not c)


def _position_features(x: _Site, f: dict[str, float]) -> None:
    """Where the candidate stands: in a list, near the CTG, beside a signing verb, in a crowd."""
    text, c, ctg, title_end, doc, C, s_start, s_end, sentence, left, right, at, after, sign_starts = (
        x.text, x.c, x.ctg, x.title_end, x.doc, x.C, x.s_start, x.s_end, x.sentence, x.left, x.right, x.at,
        x.after, x.sign_starts)
    ahead = text[c.end:c.end + 250]
    f["named_party"] = float(("i-apr" in ahead or "I-APR" in ahead) and bool(C["named_party"].search(ahead)))
    f["in_title"] = float(c.start < title_end)
    f["sent_start"] = float(not left.strip(" \t-–•*#:\"«"))
    f["in_list"] = float(any(o is not c and (C["list_gap"].match(text[o.end:c.start]) if o.end <= c.start else
                                              C["list_gap"].match(text[c.end:o.start]) if c.end <= o.start else False)
                             for o in doc.near(c.start, 200)))
    # named in the list of a signing sentence that also names the Caf ("entre la CC X, la Caf du Gard et la DRAC
    # a été signée"): what State services and the MSA rarely get otherwise
    f["signing_list"] = f["in_list"] * f["caf_in_sent"] * f["sent_sign"]
    f["entre_sign"] = f["entre"] * f["sent_sign"]
    near = min((abs(c.start - s) for s, _ in ctg), default=None)
    f["ctg_near"] = 0.0 if near is None else max(0.0, 1 - near / 1500)
    f["position"] = c.start / max(len(text), 1)
    key = c.key or ""
    f["mentions"] = min(math.log2(1 + doc.key_counts[key]) / 3, 1.0)
    # a commune that names an EPCI of the text ("Carcassonne" beside "Carcassonne Agglo") is rarely a party itself
    f["epci_namesake"] = float(c.type == "commune" and any(
        o is not c and c.name and c.name.lower() in o.name.lower() for o in doc.epcis))
    f["person"] = float(_surname_reading(x) or bool(C["role_after"].match(right)))
    # the sentence's verb around the candidate: subject of a signing verb ("La commune de X et la Caf signent")
    # or object after it ("La Caf a signé avec X"); a sentence naming the CTG and a signing verb
    f["sign_left"] = float(any(s < at for s in sign_starts))
    f["sign_right"] = float(any(s >= after for s in sign_starts) and not f["sign_left"])
    # an audience rather than signatories: "les maires présents (A, B, C)", "a invité la population de X"
    f["audience"] = float(before_in(sentence, "audience", at))
    # "devant les maires présents (A, B, C)": a list of those attending, never of signatories
    f["audience_list"] = float("résent" in left and bool(C["audience_list"].search(left)))
    # how crowded the sentence is: member lists name many territories, signing sentences few
    crowd = doc.count(doc.territory_starts, s_start, s_end)
    f["crowd"] = min(crowd / 8, 1.0)
    f["epci_in_sent"] = float(c.type == "commune" and doc.count(doc.rule_epci_starts, s_start, s_end) > 0)
    # a one-word name followed by another capitalised word is a first name ("Luc Lemonnier", "René Martin")
    f["cap_after"] = float(c.how == "gaz_commune" and " " not in text[c.start:c.end]
                           and bool(C["cap_after"].match(right)))
    f["one_word"] = float(len(c.name.split()) == 1)


def _company_features(x: _Site, f: dict[str, float]) -> None:
    """Its company: a list beside the Caf, an audience, a territory or facility, an address."""
    text, c, cands, caf_dep, C, left, right, before = x.text, x.c, x.cands, x.caf_dep, x.C, x.left, x.right, x.before
    # a body named in a list beside the Caf signs with it, whatever the list's other members are ("la Caf de
    # l'Aude, la MSA Grand Sud et l'État ont signé", "entre la CC du Minervois, la Caf et la DRAC"): what bodies
    # without INSEE codes (État services, MSA, Département) rarely get from the candidate lists alone
    f["caf_list"] = float(bool(f["caf_in_sent"]) and (bool(C["caf_list_before"].search(left[-100:]))
                                                     or bool(C["caf_list_after"].match(right[:80]))))
    f["caf_list_sign"] = f["caf_list"] * max(f["sent_sign"], f["sent_assoc"])
    # the public invited or served, not signatories: "a invité la population de Lunac, Bor et Pradel"
    near = left[-160:]
    f["audience_of"] = float(any(w in near for w in ("opulation", "abitant", "amille", "dministr", "eunes", "nfants",
                                                     "arents", "ados", "dolescent", "eniors", "înés", "sagers", "lèves"))
                             and bool(C["audience_of"].search(near))
                             # (an EPCI by its bare name only: "pour les familles de la Haute-Saintonge" names the
                             # area served; "les familles de la Communauté de communes X" names the body)
                             and not (c.type == "epci" and bool(_EPCI_KIND.search(text, c.start, c.end))))
    # the name a formal convention gives a party in its preamble: 'ci-après dénommée « la Commune de Brion »'
    behind = left[-60:]
    f["named_as"] = float(("i-apr" in behind or "I-APR" in behind) and bool(C["named_as"].search(behind)))
    # a press dateline, the town the reporter writes from ("Pré-Bocage. La communauté de communes a signé..."),
    # at the start of a line: where the news comes from, not who signs; also with its date ("Rodez, le 12 mars 2024
    # – La communauté de communes ...", as agencies and Caf releases open)
    # a territory or place named after a commune, not the commune: "le pays de Meaux", "la vallée de la Braye"
    # (a river), "le canton de Carrouges"
    f["territory_of"] = float(bool(C["territory_of"].search(before)))
    # a facility's location: "la crèche d'Afa", "le centre social de Bron" (where, not who signs)
    f["facility_of"] = float(bool(C["facility_of"].search(before)))
    # ... or its own name, right after the facility's noun: "le centre social l'Escale", "la crèche Saint-Exupéry"
    # (a commune's name given to a building)
    if not f["facility_of"] and c.how == "gaz_commune":
        f["facility_of"] = float(bool(C["facility_named"].search(before)))
    # (or a list of districts or facilities: "les habitants des quartiers des Arbres, de Lupino et de Saint-Jean",
    # "des permanences sur les marchés de la bastide et de Lavelanet")
    if not f["facility_of"] and ("," in before or "et" in before or "ou" in before):
        f["facility_of"] = float(bool(C["facility_list"].search(left[-100:])))
    # (or in brackets after a count of facilities: "Deux points information jeunesse ont ouvert (A, B)", "trois
    # nouvelles crèches (C et D)", the places of a report's facilities)
    if not f["facility_of"] and "(" in left[-200:]:
        f["facility_of"] = float(bool(C["facility_brackets"].search(left[-200:])))
    # a short form of the text's own commune that names a homonym elsewhere: "A La Seyne, ..." beside "la commune de
    # La Seyne-sur-Mer" (Var) is not Seyne (Alpes-de-Haute-Provence)
    f["local_namesake"] = float(c.type == "commune" and bool(f.get("other_dep")) and any(
        o.type == "commune" and o is not c and o.place is not None and o.place.departement == caf_dep.code
        and set(name_key(c.name).split()) < set(name_key(o.name).split()) for o in cands))
    # a postal address ("Rue Lafayette, 31000 Toulouse", "Toulouse Cedex 9"): a seat, never a party
    f["address"] = float(bool(C["address"].search(before)) or bool(C["cedex_after"].match(right)))
    # listed in a sentence that signs or associates ("Elle associe aussi la préfecture de l'Aude, le Département
    # et la MSA"), the Caf named or not
    f["list_assoc"] = f["in_list"] * max(f["sent_sign"], f["sent_assoc"])
    # the party of another convention the text compares with: "(après celle signée avec la CA du Grand Dole)"
    f["other_convention"] = float("cel" in left[-90:] and bool(C["other_convention"].search(left[-90:])))


def _declared_features(x: _Site, f: dict[str, float]) -> None:
    """Said outright to sign: in its sentence, a bulleted list or a heading's lines."""
    text, c, doc, C, sentence, left, right, line_start, line_end = (
        x.text, x.c, x.doc, x.C, x.sentence, x.left, x.right, x.line_start, x.line_end)
    # the text says it outright: "La MSA et l'État sont également signataires", "Les signataires : la Caf, X et Y"
    f["declared"] = float("ignataire" in sentence and (bool(C["declared_after"].match(right))
                                                       or bool(C["declared_before"].search(left))))
    # (towns only, when the words say so: "en présence du sous-préfet et des maires de A et B, communes également
    # signataires")
    if c.type == "commune" and "ignataires" in right and C["declared_towns_after"].match(right):
        f["declared"] = 1.0
    # or said to have signed too: "Le Département et la MSA ont également apposé leur signature"
    if ("gn" in right or "paraph" in right) and C["signed_too_after"].match(right):
        f["declared"] = 1.0
    # or in a relative clause closing the list it is in ("en présence des maires de A, B et C, qui l'ont également
    # paraphée", "... qui signent également la convention"): told of every town listed before it
    if "qui" in right and C["signed_too_rel"].match(right):
        f["declared"] = 1.0
    # an item of a bulleted list introduced as the signatories ("Ont signé la convention :\n- la Caf du Lot\n- la
    # MSA Midi-Pyrénées Nord"): each line is a sentence of its own, with no signing word nor list around it
    if C["bullet_head"].match(text[line_start:c.start]):
        intro = bullet_intro(text, line_start).rstrip()
        if intro.endswith(":") and P.STRONG_SIGN.search(intro) and not P.MODAL.search(intro):
            f["declared"] = 1.0
    # ... or, unbulleted, a name alone on its line in a run of short lines under a heading for the signatories ("Les
    # signataires\nLa Caisse d'allocations familiales de la Lozère\nLe Département de la Lozère\nLa Communauté de
    # communes X", a convention's cover or signature page as a PDF extractor gives it)
    elif C["name_line_head"].match(text[line_start:c.start]) and not text[c.end:line_end].strip(" \t,;.") \
            and signatory_heading_above(text, line_start):
        f["declared"] = 1.0
    # ... or on a line of names run on with commas right under such a heading, as a web page lists the member towns
    # that signed beside their EPCI ("Les communes signataires\nMarcillac-Vallon, Salles-la-Source, Valady et
    # Clairvaux-d'Aveyron.")
    elif "," in text[line_start:line_end] and signatory_heading_before(text, line_start) \
            and names_line(text, line_start, line_end, doc):
        f["declared"] = 1.0


def _line_features(x: _Site, f: dict[str, float]) -> None:
    """Its line's kind: a task list, an attendance line, a job's place, a dateline, a contact."""
    text, c, C, left, right, before, line_start, lead = (
        x.text, x.c, x.C, x.left, x.right, x.before, x.line_start, x.lead)
    # a job ad's task list ("Vos missions :\n- animer les comités de pilotage des CTG de votre secteur (X, Y)", "- assurer
    # le lien avec les partenaires (Caf, MSA, Département)"): the bodies a post works with, not signatories
    # (or an action sheet's line of the bodies working on an action: "Partenaires associés : communes, MSA, Caf",
    # "Pilote : Mauges Communauté" — bodies, the territory's EPCI or towns heading the sheet sign elsewhere)
    f["task_list"] = float(bool(C["bullet_line"].match(text[line_start:c.start]))
                           and bool(C["missions_intro"].match(bullet_intro(text, line_start)))
                           or (c.type in {"msa", "etat", "other", "departement", "region"}
                               or c.type == "commune" and (c.how in {"list", "gaz_commune"}
                                                           or source_of(c.how) == "intro"))
                           and bool(C["action_partners"].match(text[line_start:c.start])))
    # the attendance line of minutes ("Présents : représentants des communes de A et B ; MSA X", "Excusés : le
    # Département"): who came to the meeting, not who signs
    # the towns whose former contracts the CTG follows ("les contrats enfance jeunesse des communes de A, B et C ont
    # pris fin"): the earlier scheme's signatories, the EPCI signs the CTG
    f["former_cej"] = float(c.type == "commune" and "ommunes" in left[-200:]
                            and bool(C["former_cej_towns"].search(left[-200:])))
    # the préfecture as a building ("dans les salons de la préfecture des Landes"): where, not the State signing
    f["building"] = float(c.type == "etat" and text[c.start:c.start + 12].lower().startswith(("préfecture", "sous-préf"))
                          and bool(C["etat_building"].search(before)))
    f["attendance_line"] = float(bool(C["attendance_line"].match(text[line_start:c.start])))
    # a job ad's place of work ("Lieu : Caen, avec déplacements", "Poste basé à Bourganeuf"): where, not who signs
    f["job_place"] = float(c.type == "commune" and bool(C["job_place"].search(text[line_start:c.start])))
    # the area a town ranks in ("l'une des villes les plus jeunes de la Métropole de X"): where the town lies
    # (or a town's rank or membership before an EPCI told by its kind: "2e ville de la Métropole de Lyon", "Talence,
    # commune de Bordeaux Métropole": the area the town lies in, not a party)
    f["rank_area"] = float(c.type == "epci" and (
        "des" in before and bool(C["rank_area"].search(before))
        or bool(_EPCI_KIND.search(text[c.start:c.end])) and bool(C["rank_ordinal"].search(before[-60:]))
        # (or the town at its centre: "La Ville de X, ville-centre de l'agglomération Y, s'est engagée avec la Caf")
        or "centre" in before and bool(C["centre_of"].search(before))))
    # (the town may follow a release's label: "Communiqué de presse – Cayenne, le 9 décembre 2024")
    f["dateline"] = float((not lead.strip(" \t\u00a0") or bool(C["dateline_lead"].match(lead)))
                          and bool(C["dateline"].match(right)))
    # a contact line closing the page ("Votre contact : coordinatrice CTG, Mons, Montauroux..."): where to meet
    # (or a sentence asking to contact someone: "Vous êtes élu ? Contactez le conseiller de votre secteur : A, B ou C")
    f["contact_line"] = float(bool(C["contact_line"].match(lead) or "ontact" in lead and C["contact_line"].search(lead)))
    # the sectors of the Caf's advisers ("Le conseiller territorial référent de votre secteur (A, B ou C)", "le chargé
    # de coopération de votre secteur (X métropole, A, B)"): towns or EPCI naming a sector, on an explainer
    f["sector_contact"] = float(c.type in {"commune", "epci"} and "secteur" in lead
                                and bool(C["sector_contact"].search(lead[-200:])))


def _committee_features(x: _Site, f: dict[str, float]) -> None:
    """A committee's member, a body's staff or funding, a signature block."""
    _governance_feature(x, f)
    _crowd_and_staff_features(x, f)
    _sign_block_feature(x, f)


def _governance_feature(x: _Site, f: dict[str, float]) -> None:
    """`governance`: a member of a steering committee, who follows the convention rather than signs it."""
    text, sents, c, C, sentence, left, at = x.text, x.sents, x.c, x.C, x.sentence, x.left, x.at
    # a steering committee's members ("un comité de pilotage réunissant la Caf, le Département et la MSA se tient
    # chaque année"): who follows the convention, not who signs it
    # (or "Le premier comité de pilotage s'est réuni le 27 janvier. Élus, services de la Caf et de la MSA y ont
    # validé la méthode": the committee in the sentence before)
    # (not a body its own sentence lists with the Caf after "entre": "la convention, conclue entre la Caf, la MSA X et
    # la communauté de communes", after a sentence on the steering committee)
    f["governance"] = float(not f["sent_sign"] and (before_in(sentence, "governance", at) or (
        "omit" in (previous := sents.sentence(c.start, -1)) or "COPIL" in previous.upper()) and bool(
        C["governance"].search(previous)) and not P.STRONG_SIGN.search(previous)
        and not (f["entre"] and f["caf_list"])
        # or meeting as the committee: "Élus, agents de la Caf et représentants de la MSA se sont retrouvés pour le
        # comité de pilotage de la future CTG"
        or ("omit" in sentence or "COPIL" in sentence.upper()) and bool(C["governance"].search(sentence))
        and bool(C["meeting"].search(sentence))))
    # (or a committee gathering the signatories and other bodies beside them: "Un comité de pilotage, réunissant les
    # signataires, la MSA et le Département, se réunit chaque année": the signatories are named elsewhere)
    if not f["governance"] and "ignataires" in left and C["governance_beside"].search(left[-200:]):
        f["governance"] = 1.0
    # (or on a line a committee's label opens, its members listed after it, a convention's annex on its governance:
    # "Comité de pilotage : le Président ou son représentant ; le directeur de la Caf ; un maire par secteur (A, B)")
    if not f["governance"] and not f["sent_sign"] and C["governance_line"].match(
            text, text.rfind("\n", 0, c.start) + 1, c.start):
        f["governance"] = 1.0


def _crowd_and_staff_features(x: _Site, f: dict[str, float]) -> None:
    """`crowd_list`, `staff_of`, `grouped_in`: a body among a meeting's people, by its staff or funding, in a facility."""
    c, C, sentence, left, right = x.c, x.C, x.sentence, x.left, x.right
    # (or listed among a meeting's people, in a sentence that signs nothing: "le forum du diagnostic a réuni 80
    # participants, élus, professionnels, associations, la MSA et la Caf", "Élus, Caf, MSA et associations ont fait le
    # point sur les fiches actions": who takes part, not who signs)
    # (not the people acting with the Caf: "les élus de la CC X, la Caf et la MSA ont renouvelé la CTG")
    f["crowd_list"] = float(c.type in {"msa", "etat", "departement", "region", "other"} and not f["sent_sign"] and (
        bool(C["crowd_left"].search(left[-200:])) or bool(C["crowd_right"].match(right)))
        and not C["crowd_acts"].search(sentence))
    # a body named by its staff, in a sentence that signs nothing ("l'accompagnement des familles fragiles, avec les
    # travailleurs sociaux de la Caf et du Département"): who works with the families, not who signs
    f["staff_of"] = float(c.type in {"msa", "etat", "departement", "region", "other"} and not f["sent_sign"]
                          and bool(C["staff_of"].search(left[-90:])))
    # (or a facility's funder, in a sentence that signs nothing: "l'équipement a coûté 3,8 millions d'euros, dont 1,1
    # million apportés par la Caf et 800 000 euros par le Département")
    if not f["staff_of"] and c.type in {"msa", "etat", "departement", "region", "other"} and not f["sent_sign"] \
            and "par" in left[-60:] and C["funder_left"].search(left[-60:]):
        f["staff_of"] = 1.0
    # (or a service's funders or supporters: "bénéficie d'un financement de la Caf et de la MSA", "reçoit le soutien de
    # la commune et de la MSA")
    if not f["staff_of"] and c.type in {"msa", "etat", "departement", "region", "other"} \
            and C["support_of"].search(left[-90:]):
        f["staff_of"] = 1.0
    # bodies grouped in a facility ("un guichet unique, regroupant la Caf, le CCAS et la Maison de l'emploi, ouvrira
    # en 2026"): who works there, not who signs
    f["grouped_in"] = float(c.type in {"msa", "etat", "departement", "region", "other"} and not f["sent_sign"]
                            and bool(C["grouped_in_left"].search(left[-160:])))


def _sign_block_feature(x: _Site, f: dict[str, float]) -> None:
    """`sign_block`: a party named in a convention's signature block, in lines, columns or under "Fait à"."""
    text, c, C, right, line_start, line_end, lead = x.text, x.c, x.C, x.right, x.line_start, x.line_end, x.lead
    # a convention's signature block ("Pour la Ville de Montreuil, le Maire" beside "Pour la Caisse d'allocations
    # familiales ..., la Directrice"): a party, whether or not the page names the CTG
    f["sign_block"] = float(bool(C["sign_block_lead"].match(lead)) and bool(C["sign_block_role"].match(right))
                            and any(C["sign_block_caf"].match(line)
                                    for line in text[max(0, line_start - 600):line_end + 600].split("\n")))
    # (or a cell of a signature block laid out in columns, the role in the cell below or after a comma: "Pour la Caf
    # du Gard          Pour la Communauté d'agglomération X\nLe Directeur      Le Président\nPour le Département du
    # Gard  Pour l'État, le Préfet du Gard")
    if not f["sign_block"] and "our" in lead and (C["sign_block_lead"].match(lead) or C["sign_block_cell"].search(lead)) \
            and (C["sign_block_role"].match(right) or C["sign_block_cell_end"].match(text[c.end:c.end + 4])):
        f["sign_block"] = float(any(C["sign_block_caf_cell"].search(line)
                                    for line in text[max(0, line_start - 600):line_end + 600].split("\n")))
    # (or a block of the signatories' titles under the place and date of signing: "Fait à Rodez, le 3 mai 2024\nLe
    # Président de la Communauté de communes X\nLe Directeur de la Caf de l'Aveyron"): the name alone on its line
    # after its official's title, the Caf's official on a line around, "Fait à" above
    if not f["sign_block"] and c.type in {"commune", "epci", "departement"} and C["sign_block_title_lead"].match(lead) \
            and not text[c.end:line_end].strip(" \t,") and C["sign_block_done_at"].search(
                text, max(0, (block_start := title_block_start(text, line_start)) - 300), line_start):
        f["sign_block"] = float(bool(C["sign_block_title_caf"].search(text, max(0, block_start - 300),
                                                                     min(len(text), line_end + 300)))
                                or any(C["sign_block_caf"].match(line)
                                       for line in text[block_start:line_start].split("\n")))


def _heading_features(x: _Site, f: dict[str, float]) -> None:
    """A preamble's list, a headline's label, a see-also link, a kicker, an EPCI's seat."""
    text, c, cands, doc, C, right, line_start, line_end = (
        x.text, x.c, x.cands, x.doc, x.C, x.right, x.line_start, x.line_end)
    # a party in the list opening a convention's own text, which has no signing word ("CONVENTION TERRITORIALE
    # GLOBALE 2025-2029\nEntre la Caisse d'allocations familiales de l'Aude, la MSA Grand Sud, l'État représenté par
    # le préfet, et la Commune de Limoux\nPréambule"): listed after a line opening on "entre", the Caf in the list
    f["preamble_list"] = float(preamble_list(text, c.start))
    # a headline's label, the town a press headline opens on before a colon ("Lodève : la communauté de communes et
    # la Caf unissent leurs forces"): where the news is filed, like the page's title
    f["headline_label"] = float(c.how == "gaz_commune" and not text[line_start:c.start].strip(" \t\u00a0")
                                and bool(label := _LABEL_COLON.match(text, c.end)))
    # (vetoed when the headline goes on with an intercommunality told by its kind, the one acting: "Mèze : la
    # communauté de communes renouvelle sa convention", "Sète : l'agglomération et la Caf signent")
    f["label_of_epci"] = float(bool(f["headline_label"]) and bool(_EPCI_BY_KIND.match(text, label.end())))
    # a link to another story ("Voir aussi : la CTG de Saint-Paul signée en septembre"): not this page's party
    f["see_also"] = float(bool(C["see_also"].match(text[line_start:c.start])))
    # (read where the vetoes use them: a label line for a commune the gazetteer found, comparisons and neighbours
    # for territories)
    f["kicker"] = float(c.how == "gaz_commune" and kicker_line(text, line_start, line_end, doc))
    # an EPCI's seat after its name, with the département's number: "Communauté de communes Sud Retz Atlantique –
    # Machecoul-Saint-Même (44)", as job ads and directories write the employer
    f["epci_seat"] = float(c.type == "commune" and bool(C["dep_code_after"].match(right)) and any(
        o.type == "epci" and o.end <= c.start and C["seat_gap"].match(text[o.end:c.start]) for o in cands))


def _other_agreement_features(x: _Site, f: dict[str, float]) -> None:
    """Compared with, its own other convention, another agreement's party, a tally."""
    text, c, cands, C, sentence, left, right, territory = (
        x.text, x.c, x.cands, x.C, x.sentence, x.left, x.right, x.territory)
    # a territory the page compares with or names as a neighbour ("Comme les communautés de communes du Pays d'Apt
    # et des Sorgues du Comtat avant elle, Ventoux Sud ...", "La CC de la Région de Molsheim voisine avait signé
    # la sienne"): with no signing word between the comparison and the name
    near = left[-120:]
    # (or a contrast: "les besoins ne sont pas ceux de X")
    compared = territory and any(w in near for w in ("omme", "instar", "modèle", " pas "))
    comparison = C["comparison"].search(near) if compared else None
    f["comparison"] = float(bool(comparison) and not P.STRONG_SIGN.search(near[comparison.start():]))
    # a territory the page names with its own, other convention ("À noter : l'agglomération du Gard rhodanien porte
    # sa propre CTG", "la CC de l'Ernée et celle du Bocage ont signé leur propre convention"): read in decide(),
    # where another territory is kept
    # (towns listed after "les villes de" too: "les villes de X et Y sont engagées dans leur propre démarche")
    own = C["own_other"].search(right) if c.type in {"commune", "epci"} and (
        "propre" in right or "déjà" in right) else None
    if own is not None and _UNTIL_NOW.search(right, 0, own.start()):
        # (a convention of its own until now, this one joining it to the others': "la Ville de X, qui disposait
        # jusqu'ici de sa propre convention, est signataire de la convention de l'agglomération")
        own = None
    # (the cue tells of the last names before it, not of a party listed earlier: "celles de la Caf, de Tours Métropole,
    # du Département et des maires des villes qui avaient leur propre contrat")
    # (an EPCI's one word in a relative clause between does not: "Montbard, qui dépend du Montbardois, a signé sa
    # propre convention")
    f["own_other"] = float(bool(own) and not any(c.end < o.start < c.end + own.start() and o.type != c.type
                                                 and not o.extra.get("article_word") for o in cands))
    # a territory of other conventions than the page's ("Les conventions signées par la Caf avec X (2022) et avec Y
    # complètent ce maillage", "à l'exception de X, dont la convention est en cours de renouvellement", "Seule la CC X
    # poursuit ses travaux de diagnostic"): read in decide(), where another party is kept
    # a territory after another agreement's name in its sentence, the CTG named before it or not ("La CTG vient
    # compléter le contrat de ville, signé avec l'État et l'agglomération X", "Convention de mise à disposition d'un
    # agent avec la commune de Y"): a party of that agreement
    # (a body too, the State above all: "l'agglomération a signé le contrat de ville avec la préfecture du Nord, et sa
    # CTG avec la Caf")
    f["agreement_left"] = float((territory or c.type in {"etat", "departement", "region", "msa", "other"})
                                and (agreement_left(left) or not f["sent_ctg"] and agreement_item(text, c.start)
                                     # (or the subject of a sentence whose object is that other agreement, the CTG
                                     # unnamed: "Le Département et la Caf ont par ailleurs signé un schéma
                                     # départemental des services aux familles")
                                     or not f["sent_ctg"] and bool(signed := C["signed_object_right"].match(right))
                                     and bool(OTHER_SCHEME.match(right, signed.end()))))
    # a territory added to a Caf's tally of covered territories ("17 intercommunalités sur 19 sont couvertes, ainsi
    # que X", "des CTG avec 9 des 14 intercommunalités, ainsi qu'avec la Ville de Y"): counted, not the page's party
    # (or joined to the count by "et" or "y compris", the whole département's coverage: "les 15 intercommunalités du
    # département et X disposent toutes d'une CTG", "l'ensemble des intercommunalités, y compris X, sont couvertes")
    f["tally"] = float(c.type in {"commune", "epci"} and (
        "ainsi" in left and bool(C["tally_left"].search(left))
        or "ntercommunalit" in left and bool(C["tally_joined_left"].search(left)))
        and bool(C["tally_sentence"].search(sentence)))


def _other_ctgs_feature(x: _Site, f: dict[str, float]) -> None:
    """A territory of other CTGs than the page's."""
    # (a listed town too: "Les communes de Koungou et de Dembéni ont engagé des démarches similaires"; and the
    # conventions of before: "Jusqu'ici, les conventions étaient conclues avec les intercommunalités : X en 2021")
    # (and a territory in an aside on other territories' conventions: under a heading asking about elsewhere, "Et
    # ailleurs dans la Manche ?\nLa CC de la Baie du Cotentin a signé la sienne en 2022", or in a recap of other
    # conventions, "Pour rappel, les CTG de Brécey et de Villedieu Intercom ont été signées en 2021")
    # (or the EPCI a town's own convention leaves fields to, "traités à l'échelle de X dans la convention
    # intercommunale": the EPCI's convention is another one)
    # (or its own convention signed in a bare or relative year, the page's signing told to the day elsewhere: "Sur la
    # Basse-Terre, Grand Sud Caraïbe a signé sa CTG en 2022", "les CC de A et de B ont renouvelé leur CTG l'an dernier")
    right_other = _other_signing_right(x)
    f["other_ctgs"] = float(x.c.type in {"commune", "epci"} and (
        _signed_among_others(x, f, right_other) or _others_to_come(x)))


def _other_signing_right(x: _Site) -> re.Match | None:
    """The signing of another CTG told right after a territory's name, unless the page's own told to the day."""
    c, C, sentence, right = x.c, x.C, x.sentence, x.right
    right_other = (C["other_ctgs_right"].match(right) or C["other_signing_right"].match(right)) \
        if c.type in {"commune", "epci"} else None
    if right_other and DAY_DATE.search(sentence) and POSSESSIVE_SIGNING.search(right_other.group()):
        right_other = None  # a round-up's own signing told to the day: "Jeudi 11 mai, X a renouvelé la sienne"
    return right_other


def _signed_among_others(x: _Site, f: dict[str, float], right_other: re.Match | None) -> bool:
    """Named among other territories' signings: concluded before, told after its name, in an aside, a recap, a tally."""
    text, c, C, sentence, left, right = x.text, x.c, x.C, x.sentence, x.left, x.right
    return (
        (("ignées" in left or "onclues" in left or "assées" in left) and bool(C["other_ctgs_left"].search(left)))
        # (or whose signing is told right after its name before the page's own, in the pluperfect or as done already,
        # or as still to do by ellipsis: "La CC X avait signé sa CTG en 2021", "A et B ont déjà signé, C doit le faire
        # en juin", "Celle de X doit l'être en décembre", "X avait été la première commune à signer une CTG"; only
        # names between, `other_signing_right`: "Y rejoindra ainsi A et B, qui ont déjà signé" tells A and B, not Y)
        # (not a party listed beside the Caf after "entre": "la CTG signée en 2020 entre la Caf de l'Orne, la CC X et la
        # commune arrive à échéance" tells the parties of the page's own convention)
        or bool(right_other) and not (f["entre"] and f["caf_list"]) or c.start > aside_start(text)
        # (the others of a sector that signed theirs in an earlier year: "Les autres intercommunalités du secteur, X
        # et Y, ont signé leur CTG en 2022", or are due to: "Les autres communautés du bassin, dont X, doivent
        # renouveler leur convention cet été"; the Caf's earlier conventions: "La Caf a déjà signé des CTG avec X et Y")
        or "autres" in left and bool(C["others_left"].search(left)) and bool(C["other_ctgs_earlier"].match(right))
        # (or in another year: "La Caf a également signé en 2021 une CTG avec la CC Y", closing a page on X's)
        or ("déjà" in left or "signé en" in left) and bool(C["caf_signed_others_left"].search(left))
        # (or examples of a count of territories that signed theirs already: "cinq territoires avaient déjà signé leur
        # convention, dont X et Y", "22 communes ont déjà signé une CTG avec la Caf, dont X")
        or "déjà" in left and "dont" in left and bool(C["signed_already_dont"].search(left))
        or ("appel" in sentence or "émoire" in sentence) and bool(C["recap_lead"].match(sentence))
        # (a CTG named by its territory in a sentence telling others' signings, before or still to come: "Sur l'île, la
        # CTG de X avait été signée en 2018, celle de Y en 2019", "Il en reste deux à conclure, dont celle de X"; a
        # tally of the CTGs signed: "Le département compte désormais cinq CTG signées, avec X, Y et Z")
        or bool(C["ctg_of_left"].search(left[-60:])) and bool(C["others_signing_sentence"].search(sentence))
        or "avec" in left and bool(C["tally_signed_left"].search(left)))


def _others_to_come(x: _Site) -> bool:
    """Named among the next signings, the territories still to cover, an earlier signing, an overview or a round-up."""
    text, c, C, left, right = x.text, x.c, x.C, x.left, x.right
    return (
        # (the next signings a round-up or a signing page announces for other territories: "Prochaines signatures
        # prévues en octobre : A et B", "Prochaine étape : la signature de la CTG de la CC X, prévue au printemps")
        "rochain" in left and bool(C["next_signings_left"].search(left))
        # (or the territories whose CTG is still in the making beside the page's signings: "Deux territoires restent
        # à couvrir : la CC A et la CC B", "Avec la CTG de la CC C en cours d'élaboration, tout le département sera
        # couvert", "D et E finalisent leur diagnostic")
        or "reste" in left and bool(C["still_to_cover_left"].search(left))
        or ("cours" in right or "diagnostic" in right) and bool(C["preparing_right"].match(right))
        # (or the earlier signing a sentence opens on, before the page's own: "Après la ville de X en 2022, deux
        # nouvelles intercommunalités ont signé leur CTG")
        or "près" in left and bool(C["after_other_left"].match(left))
        # (or the one a sentence opens on as signed already in an earlier year, before telling the next ones: "Déjà
        # signée avec la CA du Nord Grande-Terre en 2022, la CTG sera étendue à la Riviéra du Levant en 2025")
        or "éjà" in left and bool(C["already_signed_with_left"].search(left[-80:]))
        and bool(C["year_right"].match(right))
        # (a bulleted overview of the département's CTGs under an intro saying all are now covered: "Avec cette
        # signature, tout le département est désormais couvert :\n- CTG de X : signée en 2022\n- CTG de Y : ...")
        or ("ouvert" in text or "ispos" in text) and overview_item(text, c.start)
        # (or a round-up of the others' signings, each with its own year, the verb said once: "le TCO a signé fin 2023,
        # la CIVIS en 2022, la CASUD et la CIREST l'an dernier": the first name before its dated signing and the
        # ellipsis's names before their years)
        or "signé" in right and bool(C["dated_signing_right"].match(right))
        or "signé" in left and bool(C["dated_signing_left"].search(left)) and bool(C["ellipsis_year_right"].match(right)))


def _not_signing_features(x: _Site, f: dict[str, float]) -> None:
    """Said not to sign, a delegated part, a study's party, attending, a precedent."""
    c, C, left, right, territory = x.c, x.C, x.left, x.right, x.territory
    # a body the page says does not sign ("Brest métropole n'en est pas signataire", "Le Département, qui n'est pas
    # signataire de ces conventions, ...")
    # (farther, after what it does instead: "La Civis, qui porte la petite enfance sur une partie du territoire, a été
    # associée aux travaux mais n'est pas signataire", "Le Département s'est engagé à cofinancer des actions sans
    # signer la convention")
    f["not_signatory"] = float("pas" in right and bool(C["not_signatory"].match(right))
                               or ("sans" in right or "mais" in right) and bool(C["not_signatory_far"].match(right)))
    # a part of a commune nouvelle, listed as such (not a commune associée, which keeps a mayor and signs: "Lille et ses
    # communes associées Hellemmes et Lomme"): "Sèvremoine et la Caf ont signé la CTG. Elle s'applique aux dix
    # communes déléguées : Torfou, Tillières, ..." (the commune nouvelle signs; its parts have no say of their own)
    # (but they sign when the sentence says so: "la Ville d'Annecy, avec ses communes déléguées Seynod et Meythet, ont
    # signé ...")
    f["delegated"] = float(c.type == "commune" and not f["sent_sign"] and "communes" in left
                           and bool(C["delegated_list_left"].search(left)))
    # a body the review or diagnostic was made with, in a sentence that signs nothing ("Le bilan réalisé avec la Caf,
    # les communes, la MSA et les associations a conduit à élargir la convention"): who took part, not who signs
    # (or in a sentence that signs before the study it tells: "La Caf a signé avec la commune une CTG, à l'issue d'un
    # diagnostic mené avec les services municipaux, le CCAS et les associations")
    study = C["study_with"].search(left) if c.type in {"msa", "etat", "departement", "region", "other"} \
        and "avec" in left else None
    f["study_with"] = float(bool(study) and (not f["sent_sign"] or not P.STRONG_SIGN.search(
        left[study.start():] + " " + right)))
    # attending, told after the names ("Les présidents de la CA X et de la CC Y assistaient à la cérémonie", "la
    # vice-présidente du conseil départemental de X, présente à la signature"), with no signing word between nor a
    # signing told after ("Les maires de A et B étaient présents, leurs communes étant également signataires")
    attending = C["attending_after"].match(right) if ("assist" in right or "résent" in right) else None
    f["attending"] = float(bool(attending) and not P.STRONG_SIGN.search(right[:attending.start("verb")])
                           and not _SIGNED_TOO.search(right, attending.end())
                           # ... or before them, opening the sentence, unless said to sign right after the name or
                           # all together ("Étaient présents le président de l'agglomération, les maires de A, de B et
                           # de C, ainsi que la MSA, également signataire": a press article's list of those attending;
                           # "Étaient présents les maires de A, B et C, communes membres également signataires")
                           or ("résent" in left or "ssist" in left or "armi" in left)
                           and bool(C["attending_before"].match(left)) and not C["declared_after"].match(right[:50])
                           and not (f["declared"] and "signataires" in right))
    # a territory that signed before ("Après la CA du Grand Guéret et Creuse Sud Ouest, c'est au tour de Creuse
    # Confluence de s'engager"): the one whose turn it is signs, not those it follows
    # (or ranked: "Après Le Port et Sainte-Suzanne en 2023, Saint-Pierre est la onzième commune à s'engager", "C'est la
    # troisième commune engagée, après Mamoudzou et Bandraboua")
    f["precedent"] = float(territory and "près" in left and (
        "près" in left[:12] and bool(C["precedent_left"].search(left)) and bool(C["turn_right"].match(right))
        or bool(C["rank_before"].search(left))))


def _role_features(x: _Site, f: dict[str, float]) -> None:
    """Its role: a section's party, an origin, a Caf's area, a status, a former body, a neighbour."""
    text, c, C, sentence, left, right, before, line_start, territory = (
        x.text, x.c, x.C, x.sentence, x.left, x.right, x.before, x.line_start, x.territory)
    # a page telling several signings, one territory per section or table row: the territory heads its section,
    # whose next line tells its signing ("Trois CTG signées dans les Landes ...\nMont de Marsan Agglomération\nSignée le
    # 5 juin pour 2025-2029 ..."), or begins a row with its period ("CC de la Thiérache du Centre | 2024-2028 | ...")
    # under a page that has told the signing of the CTGs
    f["section_party"] = float(c.type in {"commune", "epci"} and c.how not in {"list", "mayor"}
                               and section_party(text, c.start, c.end, line_start))
    # people's origin, not a party ("de jeunes ménages venus de La Rochelle et de Niort")
    # (an agglomeration too: "de nouvelles familles venues de l'agglomération de X", the people's origin)
    f["origin"] = float((c.how == "gaz_commune" or c.type == "epci") and bool(C["origin_before"].search(before)))
    # a territory named by its bare name in a sentence telling the département's two Cafs ("deux Caf – celle du Béarn
    # et de la Soule et celle du Pays Basque", "le Pays basque relève de l'autre Caf"): a Caf's area, not the EPCI
    f["caf_area"] = float(c.type == "epci" and "af" in sentence and not _EPCI_KIND.search(text, c.start, c.end)
                          and bool(C["other_caf"].search(sentence)))
    # a Caf's overview of the CTGs of its département, one status per line ("Territoires couverts par une CTG
    # signée : Cinor, TCO, Saint-Pierre", "Communes en renouvellement : ..."): no signing told on the page
    f["status_list"] = float(c.type in {"commune", "epci"} and bool(C["status_label"].match(text[line_start:c.start])))
    # a former body, merged into the signing EPCI ("signés par les anciennes communautés de communes de Montaigu et
    # de Rocheservière")
    f["former_body"] = float(c.type == "epci" and bool(C["former_body"].search(text[max(0, c.start - 120):c.start])))
    # (or a former commune of a commune nouvelle, named as such: "le contrat signé pour les anciennes communes de A et
    # de B", "la commune déléguée de C accueillera une permanence"; its commune nouvelle signs, never the part)
    if c.type == "commune" and not f["declared"] and ("ncienne" in (far := text[max(0, c.start - 120):c.start]) or (
            "élégu" in far)) and C["former_commune"].search(far):
        f["former_body"] = 1.0
    # (or opening its sentence on the word, as an apposition: "Voisine, la communauté de communes X a signé sa CTG
    # l'an dernier")
    f["neighbour"] = float(territory and (bool(C["neighbour_after"].match(right))
                                          or bool(C["neighbour_before"].search(before))
                                          or "oisin" in left[:20] and bool(C["neighbour_lead"].match(left))))


def _name_features(x: _Site, f: dict[str, float]) -> None:
    """Its name's reading: a member aside, a common word, a span's end, a venue, a seat, an acronym."""
    text, sents, c, cands, common_words, C, right, before = (
        x.text, x.sents, x.c, x.cands, x.common_words, x.C, x.right, x.before)
    # a commune of an EPCI the text names, found by the gazetteer alone in a sentence that neither signs, names the
    # CTG nor the Caf ("Les services aux familles ne s'arrêtent pas aux limites de Mâcon" in an agglomeration's
    # magazine): the EPCI's town, rarely a signatory itself
    f["member_aside"] = float(c.how == "gaz_commune" and c.place is not None and bool(c.place.epci) and any(
        o.type == "epci" and o.place is not None and o.place.code == c.place.epci for o in cands)
        and not (f["sent_sign"] or f["sent_ctg"] or f["caf_in_sent"] or f["official_before"]
                 or P.STRONG_SIGN.search(sents.sentence(c.start, 1))))
    # (or a town's name that is a common word after "ville de", unlinked: "la deuxième ville de France")
    # (not a linked town's name written with its capitalised article among a list's towns: "les cinq communes membres :
    # Le Port, La Possession et Saint-Paul")
    f["common_word"] = float(name_key(c.name) in common_words and (
        c.how in {"list", "gaz_commune"} or (c.place is None and source_of(c.how) == "intro"))
        and not (c.how == "list" and c.place is not None and bool(_CAPITAL_ARTICLE.match(text, c.start)))
        # (nor one after the contracted article its name opens on: "les maires du Port, de La Possession")
        and not (c.extra.get("contracted") and c.place is not None))
    # a town as one end of a territory's span ("les huit communes de l'intercommunalité, de Saül à Apatou", "de
    # Réalmont à Lombers en passant par Montredon"): the area's extent, not a signatory
    # (EPCI too, in a sentence that neither signs nor names the Caf: "Toutes les intercommunalités, de Millau Grands
    # Causses à Decazeville Communauté, sont couvertes")
    f["range"] = float((c.type == "commune" and c.how in {"list", "gaz_commune"} or c.type == "epci" and not (
        f["sent_sign"] or f["caf_in_sent"])) and (
        bool(C["range_left"].search(before)) or (bool(C["range_from"].search(before))
                                                 and bool(C["range_right"].match(right)))
        # or between two towns in a sentence that signs nothing and names no Caf ("43 communes entre Grenoble et
        # Chambéry"): a landscape's ends
        or not f["sent_sign"] and not f["caf_in_sent"] and "entre" in before and bool(C["between_left"].search(before))
        and (before.rstrip().endswith("et") or bool(C["between_right"].match(right)))))
    # a town where the signing took place, the participle just before ("trois CTG signées successivement à Ussel,
    # Meymac et Égletons"): a venue whose list mates are venues too, even in the signing sentence (mark_place_lists)
    f["signed_at"] = float(c.type == "commune" and c.how in {"list", "gaz_commune"} and bool(C["signed_at"].search(before)))
    # an EPCI whose seat hosts the signing ("paraphée au siège de Vierzon Sologne Berry"): the EPCI at home, a party
    # as much as the place (a town's hall is vetoed as a venue; an EPCI's seat is where it signs its own CTG)
    f["own_seat"] = float(c.type == "epci" and bool(C["own_seat"].search(before)))
    # a list run on into the next clause's subject, an acronym after its article ("les communes de Kourou, Sinnamary
    # et Iracoubo, la CTG fixe ...", "les dix communes de la CCPA"): no commune name, which the gazetteer would link
    f["acronym_item"] = float(c.how == "list" and c.place is None and bool(_ARTICLE_ACRONYM.fullmatch(c.name)))
