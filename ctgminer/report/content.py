"""Everything a report shows, computed once from the records: the HTML page and the workbook read the same tables."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from ctgminer.compare import (
    peer_gaps,
    peers,
    specificities,
    territory_frame,
    theme_labels,
    theme_table,
    trends,
)
from ctgminer.compare.tables import group_order, group_values, themed
from ctgminer.schema import CTGRecord
from ctgminer.text.normalise import fold

# territories given a benchmark section when none is asked for: the ones with the most sources, then by code
DEFAULT_BENCHMARKS = 6
PEERS_K = 5


def theme_names() -> dict[str, str]:
    """Display name of each label: its first synonym in the taxonomy when that synonym names the label (e.g.
    'parentalite' -> 'Parentalité'), else the label id in words ('autre' lists examples: 'santé', ...)."""
    from ctgminer.extract.components.themes.lexicon import taxonomy

    names = {}
    for label, spec in taxonomy()["labels"].items():
        first = (spec.get("synonyms") or [""])[0]
        words = label.split("_")
        if first and fold(words[0]) in fold(first):
            names[label] = first[:1].upper() + first[1:]
        else:
            names[label] = " ".join(words).capitalize()
    return names


def theme_definitions() -> dict[str, str]:
    from ctgminer.extract.components.themes.lexicon import taxonomy

    return {label: spec.get("definition", "") for label, spec in taxonomy()["labels"].items()}


@dataclass
class ReportContent:
    """The report's tables (pandas DataFrames) and the evidence behind each count."""

    records: list[CTGRecord]
    frame: pd.DataFrame
    labels: list[str]
    names: dict[str, str]
    definitions: dict[str, str]
    overview: dict[str, int]
    coverage: pd.DataFrame
    prevalence: pd.DataFrame
    by_region: pd.DataFrame
    by_type: pd.DataFrame
    by_population: pd.DataFrame
    specificities: pd.DataFrame
    trends: pd.DataFrame
    departements: pd.DataFrame  # per département: conventions and per-theme counts
    benchmarks: list[dict] = field(default_factory=list)  # per territory: identity, themes, peers, gaps

    def sheets(self) -> dict[str, pd.DataFrame]:
        """The workbook: one sheet per table."""
        overview = pd.DataFrame({"measure": list(self.overview), "value": list(self.overview.values())})
        conventions = self.frame.drop(columns=["evidence"]).copy()
        phrases = pd.DataFrame(
            [{"convention_id": row.convention_id, "lead_code": row.lead_code, "theme": label, "phrase": ev["phrase"],
              "url": ev["url"]}
             for row in self.frame.itertuples() for label, evs in row.evidence.items() for ev in evs],
            columns=["convention_id", "lead_code", "theme", "phrase", "url"])
        peer_rows = [dict(territory=b["code"], territory_name=b["name"], **p)
                     for b in self.benchmarks for p in b["peers"].to_dict(orient="records")]
        gap_rows = [dict(territory=b["code"], territory_name=b["name"], **g)
                    for b in self.benchmarks for g in b["gaps"].to_dict(orient="records")]
        return {
            "overview": overview,
            "coverage_regions": self.coverage,
            "conventions": conventions,
            "theme_phrases": phrases,
            "theme_counts": self.prevalence,
            "themes_by_region": self.by_region,
            "themes_by_type": self.by_type,
            "themes_by_population": self.by_population,
            "themes_by_departement": self.departements,
            "specificities_region": self.specificities,
            "trends": self.trends,
            "peers": pd.DataFrame(peer_rows),
            "peer_gaps": pd.DataFrame(gap_rows),
        }


TEXT_COLUMNS = ("convention_id", "lead_code", "departement", "region_code", "caf_departement", "code", "territory",
                "group", "partner_codes", "peers", "signature_date")


def build_content(records: list[CTGRecord], territories: list[str] | None = None) -> ReportContent:
    """Compare the records (conventions, tables, specificities, trends, peers) for the report."""
    frame = territory_frame(records)
    labels = list(theme_labels())
    names = theme_names()
    n = len(frame)
    overview = {
        "documents": len(records),
        "announcements": sum(r.relevance == "announcement" for r in records),
        "conventions": n,
        "territories": int(frame["lead_code"].replace("", pd.NA).dropna().nunique()) if n else 0,
        "departements": int(frame["departement"].replace("", pd.NA).dropna().nunique()) if n else 0,
        "regions": int(frame["region"].replace("", pd.NA).dropna().nunique()) if n else 0,
        "sources": int(frame["n_sources"].sum()) if n else 0,
        "themed": len(themed(frame)),
    }
    n_themed = overview["themed"]
    prevalence = pd.DataFrame({
        "theme": labels,
        "name": [names[lab] for lab in labels],
        "count": [int(frame[lab].fillna(0).sum()) if n else 0 for lab in labels],
        "n": n_themed,
    })
    prevalence["share"] = prevalence["count"] / n_themed if n_themed else 0.0
    bench = _benchmarks(frame, territories)
    return ReportContent(
        records=records, frame=frame, labels=labels, names=names, definitions=theme_definitions(),
        overview=overview, coverage=_coverage(frame), prevalence=prevalence,
        by_region=theme_table(frame, "region"), by_type=theme_table(frame, "type"),
        by_population=theme_table(frame, "population"),
        specificities=specificities(frame, "region"), trends=trends(frame),
        departements=_departements(frame, labels), benchmarks=bench)


def _coverage(frame: pd.DataFrame) -> pd.DataFrame:
    """Per région: conventions, lead territories, départements with a convention out of the région's."""
    from ctgminer.report.geometry import load_geometry

    per_region = Counter(d.region for d in load_geometry().departements)
    rows = []
    regions = group_values(frame, "region") if len(frame) else pd.Series(dtype="string")
    for region in sorted(set(per_region) | set(regions), key=group_order):
        part = frame[regions == region] if len(frame) else frame
        deps = set(part["departement"]) - {""}
        rows.append({"region": region, "conventions": len(part),
                     "territories": part["lead_code"].replace("", pd.NA).dropna().nunique(),
                     "departements_covered": len(deps), "departements": per_region.get(region, 0)})
    return pd.DataFrame(rows, columns=["region", "conventions", "territories", "departements_covered",
                                       "departements"])


def _departements(frame: pd.DataFrame, labels: list[str]) -> pd.DataFrame:
    """Per département: name, conventions, those naming at least one theme (`themed`) and the count of
    conventions with each theme."""
    cols = ["departement", "departement_name", "conventions", "themed", *labels]
    if frame.empty:
        return pd.DataFrame(columns=cols)
    known = frame[frame["departement"] != ""].assign(themed=lambda f: (f["n_themes"].fillna(0) > 0).astype(int))
    counts = known.groupby("departement")[labels].sum().astype(int)
    out = counts.join(known.groupby("departement").agg(departement_name=("departement_name", "first"),
                                                      conventions=("convention_id", "size"),
                                                      themed=("themed", "sum")))
    return out.reset_index()[cols]


def _benchmarks(frame: pd.DataFrame, territories: list[str] | None) -> list[dict]:
    """Benchmark sections: for each territory, its conventions' themes, its peers and the themes they add."""
    led = frame[frame["lead_code"] != ""]
    if territories:
        codes = [str(c).strip() for c in territories]
    else:
        ranked = (themed(led).groupby("lead_code")["n_sources"].sum().reset_index()
                  .sort_values(["n_sources", "lead_code"], ascending=[False, True]))
        codes = list(ranked["lead_code"].head(DEFAULT_BENCHMARKS))
    out = []
    for code in codes:
        own = led[led["lead_code"] == code]
        if own.empty:
            peers(frame, code)  # raises CompareError, a one-line message naming the code
        peer_table = peers(frame, code, k=PEERS_K)
        out.append({
            "code": code, "name": own["lead_name"].iloc[0], "type": own["lead_type"].iloc[0],
            "departement": own["departement"].iloc[0], "region": own["region"].iloc[0],
            "population": own["population"].iloc[0], "conventions": list(own["convention_id"]),
            "themes": sorted({t for ts in own["themes"] for t in ts}, key=list(theme_labels()).index),
            "peers": peer_table, "gaps": peer_gaps(frame, code, k=PEERS_K),
        })
    return out
