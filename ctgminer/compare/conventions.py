"""Conventions, not pages: the announcement records that describe the same convention, grouped.

One CTG is announced by the city, the EPCI, the Caf and the local press, on different days. Two records are
linked when all three hold:
  1. same Caf: the Caf départements agree (the record's own, or, when the text names no Caf, the
     département of its linked partners); a record whose Caf is unknown everywhere agrees with any;
  2. same territory: they share a linked partner code (INSEE commune code, EPCI SIREN), or one names an EPCI
     and the other one of its member communes; records that name no commune or EPCI link only through a
     shared département partner, and only with records of the same kind (département-wide conventions);
  3. same time: periods starting within a year of each other, a signature (or, failing it, publication)
     year within [start - 1, start + 2] of the other's period, or signature years at most one year apart;
     the publication year comes from the record, else from a /YYYY/MM/ path in its URL.
Links are collected over all pairs and merged with union-find in a fixed order (records sorted by URL),
so the grouping does not depend on the order of the input. A link that would stretch a convention over
period starts more than a year apart (or signature years more than two apart) is refused, so that pairwise
links never chain successive conventions into one. Undated records (no period, signature or publication year) do not bridge
conventions: one joins the dated convention sharing its partners when there is exactly one, otherwise it
stays with the undated records sharing its partners. Each convention keeps the links that built it
(`reasons`, sources numbered [1], [2]... in the order of `sources`).

The lead territory is the widest local signatory: the EPCI when one is linked (its communes sign as
members), otherwise the commune, otherwise the département partner, otherwise the Caf's département; ties
go to the partner cited by most sources, then the most populous, then the smallest code. Convention ids are
built from the lead code and the period start (or signature year), e.g. 'ctg-200054781-2022', so they stay
the same when more pages about the same convention are added.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

import pandas as pd

from ctgminer.collect.store import canonical_url
from ctgminer.compare.territories import LOCAL_TYPES, Territories, Territory, get_territories
from ctgminer.schema import CTGRecord

DEFAULT_RELEVANCE = ("announcement",)


@dataclass
class _Facts:
    """What grouping needs to know about one record."""

    index: int
    record: CTGRecord
    caf: str  # Caf département code, '' when unknown
    caf_how: str  # 'text' | 'partners' | ''
    codes: dict[str, str]  # linked partner code -> type (commune|epci|departement)
    start: int | None
    end: int | None
    year: int | None  # signature year, else publication year
    year_how: str  # 'signature' | 'publication' | 'publication (URL)' | ''
    local: frozenset[str] = frozenset()  # commune and EPCI codes
    member_of: dict[str, str] = field(default_factory=dict)  # commune code -> SIREN of its EPCI

    @property
    def dated(self) -> bool:
        return self.start is not None or self.year is not None


@dataclass
class Lead:
    code: str
    name: str
    type: str  # epci|commune|departement
    rule: str  # why this one: epci|commune|departement|caf|none


@dataclass
class Convention:
    """One convention and the records (pages) that announce it."""

    convention_id: str
    records: list[CTGRecord]
    reasons: list[str]
    caf_departement: str
    lead: Lead
    partners: dict[str, str] = field(default_factory=dict)  # code -> type, over all sources
    period_start: int | None = None
    period_end: int | None = None
    duration_years: int | None = None
    signature_date: str | None = None
    year: int | None = None
    year_source: str = ""

    @property
    def sources(self) -> list[str]:
        return [r.source for r in self.records]


# news sites put the publication date in the path: https://journal.example/2019/01/ctg-signee/
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(?:0?[1-9]|1[0-2])/")


def _url_year(url: str) -> int | None:
    m = _URL_DATE.search(url or "")
    return int(m[1]) if m else None


def _page_key(source: str) -> str:
    """Canonical URL (scheme, case, tracking parameters) for web sources; other sources as they are."""
    return canonical_url(source) if source.startswith(("http://", "https://")) else source


def _year(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def _facts(i: int, record: CTGRecord, terr: Territories) -> _Facts:
    codes: dict[str, str] = {}
    for p in record.partners:
        if p.insee_code and p.type in (*LOCAL_TYPES, "departement"):
            codes.setdefault(p.insee_code, p.type)
    caf, how = record.caf.department_code or "", "text" if record.caf.department_code else ""
    if not caf:
        deps = Counter(t.departement for c, ty in sorted(codes.items())
                       if (t := terr.get(c, ty)) is not None and t.departement)
        if deps:
            caf, how = sorted(deps.items(), key=lambda kv: (-kv[1], kv[0]))[0][0], "partners"
    year, year_how = _year(record.signature_date), "signature"
    if year is None:
        year, year_how = _year(record.publication_date), "publication"
    if year is None:
        year, year_how = _url_year(record.source), "publication (URL)"
    if year is None:
        year_how = ""
    start = record.period_start
    end = record.period_end if record.period_end is not None else (
        start + record.duration_years - 1 if start is not None and record.duration_years else None)
    local = frozenset(c for c, t in codes.items() if t in LOCAL_TYPES)
    member_of = {c: epci for c in local if codes[c] == "commune" and (epci := terr.epci_of(c))}
    return _Facts(i, record, caf, how, codes, start, end, year, year_how, local, member_of)


def _when(a: _Facts, b: _Facts) -> str | None:
    """Why the two records' dates are compatible, or None when they are not."""
    if a.start is not None and b.start is not None:
        return f"periods from {a.start} and {b.start}" if abs(a.start - b.start) <= 1 else None
    if a.end is not None and b.end is not None:
        # a page that gives only the convention's term and one that gives its period, or its term too: the same
        # term is the same convention, whenever each page was written ("la CTG, qui court jusqu'en 2027", a
        # mid-term review of 2026, beside "la CTG 2023-2027" signed in 2023); another term is another convention
        return f"periods to {a.end} and {b.end}" if abs(a.end - b.end) <= 1 else None
    for p, q in ((a, b), (b, a)):
        if p.start is not None and q.year is not None:
            ok = p.start - 1 <= q.year <= p.start + 2 and (p.end is None or q.year <= p.end)
            return f"{q.year_how} {q.year} within period from {p.start}" if ok else None
    if a.year is not None and b.year is not None:
        if abs(a.year - b.year) <= 1:
            return f"{a.year_how} {a.year} ~ {b.year_how} {b.year}"
        return None
    return None


def _where(a: _Facts, b: _Facts) -> tuple | None:
    """Why the two records are about the same territory (a key that `_say` words), or None."""
    if a.caf and b.caf and a.caf != b.caf:
        return None
    shared = a.local & b.local
    if shared:
        return ("shared", tuple(sorted((c, a.codes[c]) for c in shared)))
    for p, q in ((a, b), (b, a)):
        members = sorted(c for c, epci in q.member_of.items() if epci in p.local)
        if members:
            return ("member", members[0], q.member_of[members[0]])
    if not a.local and not b.local:
        deps = sorted(set(a.codes) & set(b.codes))
        if deps:
            return ("departement", tuple(deps))
    return None


def _say(where: tuple, terr: Territories) -> str:
    if where[0] == "shared":
        return "shared " + ", ".join(_label(c, t, terr) for c, t in where[1])
    if where[0] == "member":
        return f"{_label(where[1], 'commune', terr)} is a member of {_label(where[2], 'epci', terr)}"
    return "shared " + ", ".join(_label(c, "departement", terr) for c in where[1]) + " (département-wide)"


def _label(code: str, type_: str, terr: Territories) -> str:
    t = terr.get(code, type_)
    return f"{type_} {code} {t.name}" if t else f"{type_} {code}"


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        self.parent[max(ri, rj)] = min(ri, rj)
        return True


class _Spans:
    """The dates a growing convention covers, so that links never chain a series of conventions (2016 ~ 2017
    ~ 2018 ...) into one: a merged group keeps its period starts within one year, its signature/publication
    years within two, and those years within [first start - 1, last start + 2]; a group whose period's term is
    known keeps its years within [first start - 1, the later of last start + 2 and the term], so that a page
    written in the convention's fourth year (a mid-term review) is still its own."""

    def __init__(self, facts: list[_Facts]) -> None:
        self.starts = {f.index: (f.start, f.start) if f.start is not None else None for f in facts}
        self.years = {f.index: (f.year, f.year) if f.year is not None else None for f in facts}
        self.ends = {f.index: (f.end, f.end) if f.end is not None else None for f in facts}

    @staticmethod
    def _join(a: tuple | None, b: tuple | None) -> tuple | None:
        if a is None or b is None:
            return a or b
        return min(a[0], b[0]), max(a[1], b[1])

    def fits(self, ri: int, rj: int) -> bool:
        starts = self._join(self.starts[ri], self.starts[rj])
        years = self._join(self.years[ri], self.years[rj])
        ends = self._join(self.ends[ri], self.ends[rj])
        if starts and starts[1] - starts[0] > 1:
            return False
        if starts and ends and years:
            return starts[0] - 1 <= years[0] and years[1] <= max(starts[1] + 2, ends[1])
        if years and years[1] - years[0] > 2:
            return False
        return not (starts and years and (years[0] < starts[0] - 1 or years[1] > starts[1] + 2))

    def merge(self, root: int, ri: int, rj: int) -> None:
        """Keep the span of the groups rooted at ri and rj under their new `root`."""
        self.starts[root] = self._join(self.starts[ri], self.starts[rj])
        self.years[root] = self._join(self.years[ri], self.years[rj])
        self.ends[root] = self._join(self.ends[ri], self.ends[rj])


def _candidate_pairs(facts: list[_Facts], terr: Territories) -> list[tuple[int, int]]:
    """Pairs sharing a code, or an EPCI and one of its communes (indexed, so never all n² pairs)."""
    by_code: dict[str, list[int]] = defaultdict(list)
    by_member_epci: dict[str, list[int]] = defaultdict(list)
    for f in facts:
        keys = f.local or {c for c, t in f.codes.items() if t == "departement"}
        for code in keys:
            by_code[code].append(f.index)
        for epci in set(f.member_of.values()):
            by_member_epci[epci].append(f.index)
    pairs: set[tuple[int, int]] = set()
    for members in by_code.values():
        pairs.update(combinations(sorted(set(members)), 2))
    for epci, communes in by_member_epci.items():
        for i in by_code.get(epci, []):
            for j in communes:
                if i != j:
                    pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def _unique_pages(records: Iterable[CTGRecord], keep: set[str] | None) -> list[CTGRecord]:
    """The records of the `keep` relevance labels (all when None), one per page (the same URL read from two files
    or written two ways), chosen whatever the order, sorted by page."""
    by_page: dict[str, list[CTGRecord]] = defaultdict(list)
    for r in records:
        if keep is None or r.relevance in keep:
            by_page[_page_key(r.source)].append(r)
    unique = {key: min(rs, key=lambda r: (r.source, r.model_version or "", -r.relevance_score))
              for key, rs in by_page.items()}
    return [unique[key] for key in sorted(unique)]


def _link_dated(facts: list[_Facts], uf: _UnionFind, terr: Territories
                ) -> tuple[list[tuple[int, int, str]], dict[int, list[tuple[int, str]]]]:
    """Union the dated records of each candidate pair that agree on place and time (unless the link would stretch
    a convention's span); returns those links, and for each undated record the records sharing its place."""
    span = _Spans(facts)
    links: list[tuple[int, int, str]] = []
    undated_links: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for i, j in _candidate_pairs(facts, terr):
        a, b = facts[i], facts[j]
        where = _where(a, b)
        if where is None:
            continue
        if a.dated and b.dated:
            when = _when(a, b)
            ri, rj = uf.find(i), uf.find(j)
            if when is not None and ri != rj and span.fits(ri, rj):
                uf.union(i, j)
                span.merge(uf.find(i), ri, rj)
                links.append((i, j, f"{_say(where, terr)}; {when}"))
        elif a.dated != b.dated:
            undated, dated = (i, j) if not a.dated else (j, i)
            undated_links[undated].append((dated, where))
        else:
            undated_links[i].append((j, where))
            undated_links[j].append((i, where))
    return links, undated_links


def _link_undated(facts: list[_Facts], uf: _UnionFind, undated_links: dict[int, list[tuple[int, str]]],
                  terr: Territories) -> list[tuple[int, int, str]]:
    """Undated records: attach each to the single dated convention it points to, else to the undated records that
    are not attached either (so that no undated record bridges two dated conventions); returns the links made."""
    links: list[tuple[int, int, str]] = []
    dated_roots = {u: {uf.find(d) for d, _ in found if facts[d].dated} for u, found in undated_links.items()}
    attached = {u for u, roots in dated_roots.items() if len(roots) == 1}
    for u in sorted(attached):
        d, where = min((d, w) for d, w in undated_links[u] if facts[d].dated)
        if uf.union(u, d):
            links.append((min(u, d), max(u, d),
                          f"{_say(where, terr)}; undated, the only convention sharing its partners"))
    for u in sorted(set(undated_links) - attached):
        for d, where in sorted(undated_links[u]):
            if not facts[d].dated and d not in attached and uf.union(u, d):
                links.append((min(u, d), max(u, d), f"{_say(where, terr)}; both undated"))
    return links


def _grouped(facts: list[_Facts], uf: _UnionFind, links: list[tuple[int, int, str]],
             terr: Territories) -> list[Convention]:
    """One convention per union-find group, with the links that built it."""
    groups: dict[int, list[int]] = defaultdict(list)
    for f in facts:
        groups[uf.find(f.index)].append(f.index)
    group_links: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for i, j, why in links:
        group_links[uf.find(i)].append((i, j, why))
    return [_convention([facts[i] for i in members], group_links[root], terr) for root, members in groups.items()]


def group_records(records: Iterable[CTGRecord], relevance: Iterable[str] | None = DEFAULT_RELEVANCE,
                  territories: Territories | None = None) -> list[Convention]:
    """Group records into conventions (see the module docstring for the rules); sorted by convention id."""
    terr = territories or get_territories()
    keep = set(relevance) if relevance is not None else None
    facts = [_facts(i, r, terr) for i, r in enumerate(_unique_pages(records, keep))]
    uf = _UnionFind(len(facts))
    links, undated_links = _link_dated(facts, uf, terr)
    links += _link_undated(facts, uf, undated_links, terr)
    return _assign_ids(_grouped(facts, uf, links, terr))


def _mode(values: list, default=None):
    values = [v for v in values if v is not None]
    if not values:
        return default
    counts = Counter(values)
    return sorted(counts, key=lambda v: (-counts[v], v))[0]


def _convention(members: list[_Facts], links: list[tuple[int, int, str]], terr: Territories) -> Convention:
    members = sorted(members, key=lambda f: f.record.source)
    number = {f.index: n for n, f in enumerate(members, 1)}
    caf = _mode([f.caf for f in members if f.caf and f.caf_how == "text"]) or _mode([f.caf for f in members if f.caf]) or ""
    if len(members) == 1:
        reasons = ["single source"]
    else:
        reasons = [f"[{number[i]}]~[{number[j]}]: same Caf {caf or '?'}; {why}"
                   for i, j, why in sorted(links, key=lambda link: (number[link[0]], number[link[1]]))]
    partners: dict[str, str] = {}
    cited: Counter = Counter()
    for f in members:
        for code, type_ in f.codes.items():
            partners.setdefault(code, type_)
            cited[code] += 1
    lead = _lead(partners, cited, caf, terr)
    start = _mode([f.record.period_start for f in members])
    end = _mode([f.record.period_end for f in members if f.record.period_start in (start, None)])
    duration = _mode([f.record.duration_years for f in members])
    if duration is None and start is not None and end is not None:
        duration = end - start + 1
    signature = _mode([f.record.signature_date for f in members])
    if _year(signature) is not None:
        year, how = _year(signature), "signature"
    elif start is not None:
        year, how = start, "period_start"
    else:
        pub = sorted((f.year, f.year_how) for f in members if f.year is not None)
        year, how = pub[0] if pub else (None, "")
    return Convention("", [f.record for f in members], reasons, caf, lead, partners, start, end, duration,
                      signature, year, how)


def _lead(partners: dict[str, str], cited: Counter, caf: str, terr: Territories) -> Lead:
    for type_ in ("epci", "commune", "departement"):
        found = [terr.get(c, t) or _unknown(c, t) for c, t in partners.items() if t == type_]
        if found:
            best = sorted(found, key=lambda t: (-cited[t.code], -(t.population or 0), t.code))[0]
            return Lead(best.code, best.name, type_, type_)
    dep = terr.departement(caf)
    if dep:
        return Lead(dep.code, dep.name, "departement", "caf")
    return Lead("", "", "", "none")


def _unknown(code: str, type_: str) -> Territory:
    """A code the gazetteer does not know still names a territory (by its code)."""
    return Territory(code, code, type_, "", None)


def _assign_ids(conventions: list[Convention]) -> list[Convention]:
    """'ctg-<lead code>-<period start or year>' ('nd' when undated; 'caf<dép>' or 'unknown' without a lead).

    When two distinct conventions share one, the one whose first source sorts first keeps it and the others
    add a short hash of their first source, so adding records rarely renames a convention.
    """
    def base(c: Convention) -> str:
        when = c.period_start if c.period_start is not None else c.year
        lead = c.lead.code or (f"caf{c.caf_departement}" if c.caf_departement else "unknown")
        return f"ctg-{lead}-{when if when is not None else 'nd'}"

    taken: set[str] = set()
    for c in sorted(conventions, key=lambda c: (base(c), c.sources[0])):
        b = base(c)
        c.convention_id = b if b not in taken else f"{b}-{hashlib.sha1(c.sources[0].encode()).hexdigest()[:6]}"
        taken.add(c.convention_id)
    return sorted(conventions, key=lambda c: c.convention_id)


CONVENTION_COLUMNS = ["convention_id", "caf_departement", "lead_code", "lead_name", "lead_type", "lead_rule",
                      "partner_codes", "signature_date", "period_start", "period_end", "duration_years", "year",
                      "year_source", "n_sources", "sources", "reasons"]


def conventions_frame(groups: list[Convention]) -> pd.DataFrame:
    rows = [{
        "convention_id": c.convention_id,
        "caf_departement": c.caf_departement,
        "lead_code": c.lead.code,
        "lead_name": c.lead.name,
        "lead_type": c.lead.type,
        "lead_rule": c.lead.rule,
        "partner_codes": sorted(c.partners),
        "signature_date": c.signature_date,
        "period_start": c.period_start,
        "period_end": c.period_end,
        "duration_years": c.duration_years,
        "year": c.year,
        "year_source": c.year_source,
        "n_sources": len(c.records),
        "sources": c.sources,
        "reasons": " | ".join(c.reasons),
    } for c in groups]
    frame = pd.DataFrame(rows, columns=CONVENTION_COLUMNS)
    for col in ("period_start", "period_end", "duration_years", "year"):
        frame[col] = frame[col].astype("Int64")
    return frame


def conventions(records: Iterable[CTGRecord], relevance: Iterable[str] | None = DEFAULT_RELEVANCE) -> pd.DataFrame:
    """One row per convention: convention_id, sources, reasons (the links that grouped them), lead, dates."""
    return conventions_frame(group_records(records, relevance))
