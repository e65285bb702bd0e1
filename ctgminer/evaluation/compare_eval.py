"""What extraction errors do to the comparison: the conventions and theme shares of the gold against ctgminer's.

`ctgminer evaluate` scores each field of each page; users read conventions (pages grouped by `compare`) and the
share of conventions putting each theme forward (the report's prevalence). This module runs the compare package on
the gold records turned into CTGRecord objects and on ctgminer's records of the same pages, and measures:

- grouping agreement: B-cubed precision / recall / F1 of the extracted conventions against the gold ones, over the
  pages that are announcements on both sides, with the number of conventions on each side and the pages announced
  on one side only;
- theme shares over conventions (as the report's prevalence table: conventions with the theme out of those naming
  at least one theme), per label on both sides, their difference in points and the mean absolute difference;
- conventions per région on both sides.

Gold partners are linked to the packaged gazetteer by their gold name and type, within the Caf's département, with
the gazetteer's own look-ups (`Gazetteer.commune`, `Gazetteer.epci`, `Gazetteer.epci_by_acronym`,
`Gazetteer.departement`); the partners that cannot be linked are counted and listed, never dropped silently.

Imports point downstream only: evaluation imports compare, never the other way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import pandas as pd

from ctgminer.compare.conventions import group_records
from ctgminer.compare.frame import territory_frame, theme_labels
from ctgminer.compare.tables import group_values, theme_matrix, themed
from ctgminer.evaluation.evaluate import analyse_gold
from ctgminer.gazetteer import Gazetteer, get_gazetteer, name_key
from ctgminer.schema import Caf, CTGRecord, Partner, ThemePhrase

if TYPE_CHECKING:
    from ctgminer.extract.analyser import Analyser

# the partner types whose codes the compare package reads (territories); the others need no link
LINKED_TYPES = ("commune", "epci", "departement")


# the words naming a département's body before its name, with their preposition and article
_DEPARTEMENT_BODY = re.compile(r"(?:[Dd]épartement|[Cc]onseil (?:[Dd]épartemental|[Gg]énéral)|[Cc]ollectivité "
                               r"(?:[Tt]erritoriale|[Uu]nique)) +(?:de la |de l['’] ?|des |du |de |d['’] ?)?")


# --- gold records -> CTGRecord ---------------------------------------------------------------------------------
@dataclass
class GoldRecords:
    """The gold records as CTGRecord objects, with what linking their partners to the gazetteer gave."""

    records: list[CTGRecord]
    partners: int = 0  # gold partners of a territory type (commune, epci, departement)
    linked: int = 0
    unlinked: list[dict] = field(default_factory=list)  # {id, name, type, caf}: partners the gazetteer cannot link
    outside: list[dict] = field(default_factory=list)  # linked, but to a territory of another département


def page_sources(gold: list[dict]) -> list[str]:
    """One source per gold record, the same on both sides: its URL (or id), made unique when two records share
    one (the compare package keeps one record per page)."""
    seen: set[str] = set()
    out = []
    for i, g in enumerate(gold):
        source = g.get("url") or g.get("id") or f"gold-{i}"
        if source in seen:
            source = f"gold:{g.get('id') or i}"
        seen.add(source)
        out.append(source)
    return out


def link_partner(name: str, type_: str, departement: str | None, gaz: Gazetteer | None = None) -> str | None:
    """The gazetteer's code of a partner named `name` of type `type_` (commune INSEE code, EPCI SIREN, département
    code), preferring the Caf's `departement`; None when the gazetteer's look-ups find none."""
    gaz = gaz or get_gazetteer()
    place = None
    if type_ == "commune":
        place = gaz.commune(name, departement)
    elif type_ == "epci":
        place = gaz.epci(name, departement)
        if place is None and name.isupper() and " " not in name.strip():
            place = gaz.epci_by_acronym(name.strip(), departement)
        if place is None:
            # the official name's first words ("Terres de Montaigu" for the "Communauté d'agglomération Terres de
            # Montaigu"), as the parties component reads them: the one EPCI so beginning, in the Caf's département
            place = gaz.epci_by_prefix(name_key(name) + " ")
            place = place if place is not None and departement in (None, place.departement) else None
    elif type_ == "departement":
        place = gaz.departement(name)
        if place is None and (m := _DEPARTEMENT_BODY.match(name.strip())):
            # the body's words before the name ("Département du Cher", "Conseil départemental de la Guadeloupe",
            # "Collectivité territoriale de Guyane"), as the gold names the partner: the département they name
            place = gaz.departement(name.strip()[m.end():])
    return place.code if place is not None else None


def _place_departement(code: str, type_: str, gaz: Gazetteer) -> str:
    if type_ == "commune":
        place = gaz.commune_by_code.get(code)
    elif type_ == "epci":
        place = gaz.epci_by_code.get(code)
    else:
        return code
    return place.departement if place is not None else ""


def gold_records(gold: list[dict], gaz: Gazetteer | None = None) -> GoldRecords:
    """Gold records (GUIDE.md schema) -> CTGRecord objects the compare package accepts: Caf département, partners
    linked to the gazetteer (by their name, then their aliases), dates, period, relevance, theme phrases and themes,
    the URL as source."""
    gaz = gaz or get_gazetteer()
    out = GoldRecords(records=[])
    for g, source in zip(gold, page_sources(gold), strict=True):
        dep = g.get("caf_department_code")
        partners = []
        for p in g.get("partners") or []:
            code = None
            if p.get("type") in LINKED_TYPES:
                out.partners += 1
                for name in (p["name"], *(p.get("aliases") or [])):
                    code = link_partner(name, p["type"], dep, gaz)
                    if code is not None:
                        break
                where = {"id": g.get("id"), "name": p["name"], "type": p["type"], "caf": dep}
                if code is None:
                    out.unlinked.append(where)
                else:
                    out.linked += 1
                    if dep and p["type"] != "departement" and _place_departement(code, p["type"], gaz) != dep:
                        out.outside.append({**where, "code": code})
            partners.append(Partner(name=p["name"], type=p.get("type") or "other", insee_code=code))
        out.records.append(CTGRecord(
            source=source,
            publication_date=g.get("publication_date"),
            relevance=g.get("relevance") or "unrelated",
            caf=Caf(department=g.get("caf_department"), department_code=dep),
            partners=partners,
            signature_date=g.get("signature_date"),
            period_start=g.get("period_start"),
            period_end=g.get("period_end"),
            duration_years=g.get("duration_years"),
            theme_phrases=[ThemePhrase(t["text"], list(t.get("labels") or []), {}, 0, 0)
                           for t in g.get("theme_phrases") or []],
            themes=sorted(set(g.get("themes") or [])),
        ))
    return out


# --- extracted records ------------------------------------------------------------------------------------------
def extracted_records(gold: list[dict], analyser: Analyser | None = None, records: Iterable[CTGRecord] | None = None) -> list[CTGRecord]:
    """ctgminer's records for the gold pages, in gold order, as copies whose source is the page's (`page_sources`):
    `records` when the caller gives them (one per gold record, in order, e.g. `evaluate.analyse_gold`'s), else
    analysed with `analyser` (a new Analyser when None). A text the analyser refuses counts as a record that found
    nothing."""
    records = list(records) if records is not None else analyse_gold(gold, analyser)
    if len(records) != len(gold):
        raise ValueError(f"{len(records)} records for {len(gold)} gold pages")
    return [replace(record, source=source) for record, source in zip(records, page_sources(gold), strict=True)]


# --- grouping agreement ----------------------------------------------------------------------------------------
@dataclass
class Grouping:
    """How ctgminer's conventions group the pages, against the gold's."""

    precision: float  # B-cubed, over the pages announced on both sides
    recall: float
    f1: float
    pages: int  # pages that are announcements on both sides
    gold_conventions: int
    extracted_conventions: int
    gold_only: list[str] = field(default_factory=list)  # pages the gold announces and ctgminer does not
    extracted_only: list[str] = field(default_factory=list)  # pages ctgminer announces and the gold does not


def convention_of(records: Iterable[CTGRecord]) -> dict[str, str]:
    """Page source -> convention id, for the announcement records (grouped by the compare package)."""
    return {source: c.convention_id for c in group_records(records) for source in c.sources}


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster id) against the gold one, over the items
    both cover: each item's precision is the share of its predicted cluster in its gold cluster, its recall the
    share of its gold cluster in its predicted one; both are averaged over items. (1, 1, 1) when no item is shared."""
    items = sorted(set(gold) & set(predicted))
    if not items:
        return 1.0, 1.0, 1.0
    gold_members: dict[str, set[str]] = defaultdict(set)
    pred_members: dict[str, set[str]] = defaultdict(set)
    for item in items:
        gold_members[gold[item]].add(item)
        pred_members[predicted[item]].add(item)
    p = r = 0.0
    for item in items:
        g, q = gold_members[gold[item]], pred_members[predicted[item]]
        both = len(g & q)
        p += both / len(q)
        r += both / len(g)
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def grouping_agreement(gold: list[CTGRecord], extracted: list[CTGRecord]) -> Grouping:
    """B-cubed agreement of the conventions (see `bcubed`), the conventions counted on each side (all of them, not
    only over the shared pages) and the pages announced on one side only."""
    g, e = convention_of(gold), convention_of(extracted)
    p, r, f = bcubed(g, e)
    return Grouping(p, r, f, len(set(g) & set(e)), len(set(g.values())), len(set(e.values())),
                    sorted(set(g) - set(e)), sorted(set(e) - set(g)))


def grouping_differences(gold: list[CTGRecord], extracted: list[CTGRecord]) -> pd.DataFrame:
    """The gold conventions ctgminer splits and the ctgminer conventions that merge gold ones, over the pages
    announced on both sides: columns kind (split|merge), convention (the gold id for a split, ctgminer's for a
    merge), parts (the other side's ids), pages, fields (the grouping facts that differ between the two sides on
    any of its pages, see `fact_differences`; empty when none does, so that the difference
    comes from pages announced on one side only, or from the facts of pages outside the group) and per page those
    facts on both sides (`facts`), so that the error behind each can be read."""
    g, e = convention_of(gold), convention_of(extracted)
    shared = sorted(set(g) & set(e))
    by_source = {r.source: r for r in gold}, {r.source: r for r in extracted}
    rows = []
    for kind, mine, other in (("split", g, e), ("merge", e, g)):
        groups: dict[str, list[str]] = defaultdict(list)
        for page in shared:
            groups[mine[page]].append(page)
        for cid, pages in sorted(groups.items()):
            parts = sorted({other[p] for p in pages})
            if len(parts) > 1:
                facts = {p: {"gold": _say_facts(by_source[0][p]), "extracted": _say_facts(by_source[1][p])}
                         for p in pages}
                fields = sorted({name for p in pages for name in fact_differences(by_source[0][p], by_source[1][p])})
                rows.append({"kind": kind, "convention": cid, "parts": parts, "pages": pages, "fields": fields,
                             "facts": facts})
    return pd.DataFrame(rows, columns=["kind", "convention", "parts", "pages", "fields", "facts"])


def fact_differences(gold: CTGRecord, extracted: CTGRecord) -> list[str]:
    """The facts the compare package groups by that differ between a page's gold and extracted records: caf,
    partner missing (a linked gold partner code that extraction lacks), partner extra (the reverse),
    period_start, period_end, signature year, publication year."""
    out = []
    if (gold.caf.department_code or "") != (extracted.caf.department_code or ""):
        out.append("caf")
    codes = [{(p.type, p.insee_code) for p in r.partners if p.insee_code} for r in (gold, extracted)]
    if codes[0] - codes[1]:
        out.append("partner missing")
    if codes[1] - codes[0]:
        out.append("partner extra")
    for name in ("period_start", "period_end"):
        if getattr(gold, name) != getattr(extracted, name):
            out.append(name)
    for name in ("signature_date", "publication_date"):
        if (getattr(gold, name) or "")[:4] != (getattr(extracted, name) or "")[:4]:
            out.append(name.replace("_date", " year"))
    return out


def _say_facts(r: CTGRecord) -> str:
    codes = ",".join(sorted(f"{p.type}:{p.insee_code}" for p in r.partners if p.insee_code))
    return (f"caf {r.caf.department_code or '?'}; {codes or 'no linked partner'}; "
            f"period {r.period_start or '?'}-{r.period_end or '?'}; signature {r.signature_date or '?'}; "
            f"published {r.publication_date or '?'}")


# --- theme shares and régions ----------------------------------------------------------------------------------
def theme_shares(gold: list[CTGRecord], extracted: list[CTGRecord]) -> pd.DataFrame:
    """The report's prevalence on both sides: per theme label (taxonomy order), gold_count / gold_n (conventions
    with the theme / conventions naming at least one theme), gold_share, the same for extracted, and diff_points
    (extracted share minus gold share, in percentage points)."""
    labels = list(theme_labels())
    columns = {}
    for side, records in (("gold", gold), ("extracted", extracted)):
        frame = themed(territory_frame(records))
        counts = theme_matrix(frame).sum() if len(frame) else pd.Series(0, index=labels)
        columns[f"{side}_count"] = [int(counts[label]) for label in labels]
        columns[f"{side}_n"] = [len(frame)] * len(labels)
        columns[f"{side}_share"] = [int(counts[label]) / len(frame) if len(frame) else 0.0 for label in labels]
    table = pd.DataFrame({"theme": labels, **columns})
    table["diff_points"] = 100 * (table["extracted_share"] - table["gold_share"])
    return table[["theme", "gold_count", "gold_n", "gold_share", "extracted_count", "extracted_n",
                  "extracted_share", "diff_points"]]


def mean_abs_diff(shares: pd.DataFrame) -> float:
    """The mean absolute difference of the theme shares, in points (over the labels of `theme_shares`)."""
    return float(shares["diff_points"].abs().mean()) if len(shares) else 0.0


def region_counts(gold: list[CTGRecord], extracted: list[CTGRecord]) -> pd.DataFrame:
    """Conventions per région (of the lead territory, as the report's coverage) on both sides: columns region,
    gold, extracted, diff (extracted minus gold); régions by name, 'unknown' last."""
    counts = {}
    for side, records in (("gold", gold), ("extracted", extracted)):
        frame = territory_frame(records)
        counts[side] = group_values(frame, "region").value_counts() if len(frame) else pd.Series(dtype=int)
    regions = sorted(set(counts["gold"].index) | set(counts["extracted"].index), key=lambda r: (r == "unknown", r))
    table = pd.DataFrame({"region": regions,
                          "gold": [int(counts["gold"].get(r, 0)) for r in regions],
                          "extracted": [int(counts["extracted"].get(r, 0)) for r in regions]})
    table["diff"] = table["extracted"] - table["gold"]
    return table


# --- all together ----------------------------------------------------------------------------------------------
@dataclass
class ComparisonCheck:
    """Every figure of the check for one set of gold pages."""

    pages: int
    links: GoldRecords
    grouping: Grouping
    shares: pd.DataFrame
    regions: pd.DataFrame
    differences: pd.DataFrame

    @property
    def mean_abs_diff(self) -> float:
        return mean_abs_diff(self.shares)

    def figures(self) -> dict[str, float]:
        """The headline figures (what the floors gate)."""
        g = self.grouping
        return {"bcubed_precision": g.precision, "bcubed_recall": g.recall, "bcubed_f1": g.f1,
                "theme_share_mean_abs_diff": self.mean_abs_diff,
                "theme_share_max_abs_diff": float(self.shares["diff_points"].abs().max()) if len(self.shares) else 0.0,
                "gold_conventions": g.gold_conventions, "extracted_conventions": g.extracted_conventions,
                "shared_pages": g.pages, "gold_only_pages": len(g.gold_only),
                "extracted_only_pages": len(g.extracted_only),
                "gold_partners": self.links.partners, "unlinked_gold_partners": len(self.links.unlinked)}


def check_comparison(gold: list[dict], analyser: Analyser | None = None, records: Iterable[CTGRecord] | None = None) -> ComparisonCheck:
    """The whole check for gold records (GUIDE.md schema): extracted `records` when given, else analysed."""
    links = gold_records(gold)
    extracted = extracted_records(gold, analyser, records)
    return ComparisonCheck(len(gold), links, grouping_agreement(links.records, extracted),
                           theme_shares(links.records, extracted), region_counts(links.records, extracted),
                           grouping_differences(links.records, extracted))


def pool_checks(checks: list[ComparisonCheck]) -> ComparisonCheck:
    """Checks of separate page sets as one, as if their pages had been grouped set by set (no convention crossing
    two sets, e.g. each writer's pages alone): B-cubed averaged over all their shared pages (what one B-cubed over
    the union gives when no convention crosses sets), conventions, pages, theme counts and régions summed."""
    def weighted(name: str) -> float:
        pages = sum(c.grouping.pages for c in checks)
        return sum(getattr(c.grouping, name) * c.grouping.pages for c in checks) / pages if pages else 1.0

    p, r = weighted("precision"), weighted("recall")
    grouping = Grouping(p, r, 2 * p * r / (p + r) if p + r else 0.0, sum(c.grouping.pages for c in checks),
                        sum(c.grouping.gold_conventions for c in checks),
                        sum(c.grouping.extracted_conventions for c in checks),
                        [x for c in checks for x in c.grouping.gold_only],
                        [x for c in checks for x in c.grouping.extracted_only])
    links = GoldRecords([r for c in checks for r in c.links.records], sum(c.links.partners for c in checks),
                        sum(c.links.linked for c in checks), [u for c in checks for u in c.links.unlinked],
                        [o for c in checks for o in c.links.outside])
    counts = ["gold_count", "gold_n", "extracted_count", "extracted_n"]
    shares = pd.concat([c.shares for c in checks]).groupby("theme", sort=False)[counts].sum().reset_index()
    for side in ("gold", "extracted"):
        n = shares[f"{side}_n"]
        shares[f"{side}_share"] = (shares[f"{side}_count"] / n.where(n > 0)).fillna(0.0)
    shares["diff_points"] = 100 * (shares["extracted_share"] - shares["gold_share"])
    shares = shares[["theme", "gold_count", "gold_n", "gold_share", "extracted_count", "extracted_n",
                     "extracted_share", "diff_points"]]
    regions = pd.concat([c.regions for c in checks]).groupby("region")[["gold", "extracted"]].sum().reset_index()
    regions = regions.assign(last=regions["region"] == "unknown").sort_values(["last", "region"]).drop(columns="last")
    regions["diff"] = regions["extracted"] - regions["gold"]
    differences = pd.concat([c.differences for c in checks], ignore_index=True) if checks else pd.DataFrame()
    return ComparisonCheck(sum(c.pages for c in checks), links, grouping, shares, regions.reset_index(drop=True),
                           differences)


def check_floors(check: ComparisonCheck, floors: dict[str, float]) -> list[str]:
    """The figures on the wrong side of their floor: a floor on a `*_diff` figure is a ceiling (points of
    difference), any other one a minimum."""
    figures = check.figures()
    out = []
    for name, floor in floors.items():
        if name.startswith("_") or name not in figures:
            continue
        value = figures[name]
        if name.endswith("_diff") and value > floor + 1e-9:
            out.append(f"{name}: {value:.2f} points > ceiling {floor:.2f}")
        elif not name.endswith("_diff") and value + 1e-9 < floor:
            out.append(f"{name}: {value:.3f} < floor {floor:.3f}")
    return out


def load_floors(stem: str) -> dict[str, float]:
    """The floors of the comparison check for a gold file's stem ('dev', 'dev2': its dev part), from the
    `compare_conventions` section of the packaged eval_floors.json; {} when it has none."""
    import json
    from importlib import resources

    data = json.loads(resources.files("ctgminer.resources").joinpath("eval_floors.json").read_text("utf-8"))
    section = data.get("compare_conventions") or {}
    return {k: float(v) for k, v in (section.get(stem) or {}).items() if not k.startswith("_")}


def format_check(check: ComparisonCheck) -> str:
    """Plain-text tables of a check (what `ctgminer evaluate --conventions` prints)."""
    g, links = check.grouping, check.links
    lines = [
        f"pages: {check.pages}; gold partners of a territory type: {links.partners}, linked {links.linked} "
        f"({len(links.outside)} outside the Caf's département), unlinked {len(links.unlinked)}"
        + (f" ({', '.join(u['name'] for u in links.unlinked)})" if links.unlinked else ""),
        f"conventions: gold {g.gold_conventions}, extracted {g.extracted_conventions}; pages announced on both "
        f"sides {g.pages}, gold only {len(g.gold_only)}, extracted only {len(g.extracted_only)}",
        f"grouping (B-cubed over the shared pages): precision {g.precision:.3f}, recall {g.recall:.3f}, "
        f"F1 {g.f1:.3f}",
        "",
        "theme shares over conventions naming a theme (the report's prevalence)",
        f"{'theme':<24}{'gold':>14}{'extracted':>14}{'diff (pts)':>12}",
    ]
    for row in check.shares.itertuples():
        lines.append(f"{row.theme:<24}{f'{row.gold_count}/{row.gold_n} {row.gold_share:.0%}':>14}"
                     f"{f'{row.extracted_count}/{row.extracted_n} {row.extracted_share:.0%}':>14}"
                     f"{row.diff_points:>+12.1f}")
    lines += [f"mean absolute difference: {check.mean_abs_diff:.1f} points", "",
              "conventions per région", f"{'region':<32}{'gold':>6}{'extracted':>11}{'diff':>6}"]
    for row in check.regions.itertuples():
        lines.append(f"{row.region:<32}{row.gold:>6}{row.extracted:>11}{row.diff:>+6}")
    if len(check.differences):
        lines += ["", "conventions split or merged by extraction (gold facts | extracted facts per page)"]
        for row in check.differences.itertuples():
            lines.append(f"{row.kind} {row.convention} -> {', '.join(row.parts)}; differing facts: "
                         f"{', '.join(row.fields) or 'none on its pages'}")
            for page, facts in row.facts.items():
                lines.append(f"  {page}: {facts['gold']} | {facts['extracted']}")
    return "\n".join(lines)
