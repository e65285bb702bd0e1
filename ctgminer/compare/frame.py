"""The territory frame: one row per convention, with its lead territory, dates, amounts and 0/1 themes."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import pandas as pd

from ctgminer.compare.conventions import DEFAULT_RELEVANCE, Convention, group_records
from ctgminer.compare.territories import Territories, get_territories
from ctgminer.schema import CTGRecord

# Population bands of the lead territory (INSEE population municipale, summed over communes for an EPCI or
# a département). Bounds follow the usual French size classes: rural and small towns under 10 000
# inhabitants, small urban areas up to 50 000, medium ones up to 200 000, large ones above.
POPULATION_BANDS: list[tuple[int, str]] = [
    (10_000, "< 10 000"),
    (50_000, "10 000 - 49 999"),
    (200_000, "50 000 - 199 999"),
    (10**12, "200 000 +"),
]
UNKNOWN = "unknown"


@lru_cache(maxsize=1)
def theme_labels() -> tuple[str, ...]:
    """The 12 theme label ids of the taxonomy, in taxonomy order."""
    from ctgminer.extract.components.themes.lexicon import labels

    return tuple(labels())


def population_band(population: int | float | None) -> str:
    if population is None or pd.isna(population) or population <= 0:
        return UNKNOWN
    return next(label for bound, label in POPULATION_BANDS if population < bound)


FRAME_COLUMNS = [
    "convention_id", "lead_name", "lead_code", "lead_type", "lead_rule", "departement", "departement_name",
    "region", "region_code", "population", "population_band", "caf_departement", "signature_date",
    "signature_year", "year", "year_source", "period_start", "period_end", "period", "duration_years",
    "amount_eur", "amounts", "themes", "n_themes", "evidence", "partner_codes", "n_sources", "sources", "reasons",
]


def _row(c: Convention, terr: Territories, labels: tuple[str, ...]) -> dict:
    lead = terr.get(c.lead.code, c.lead.type)
    dep = (lead.departement if lead and lead.departement else c.caf_departement) or ""
    dep_t = terr.departement(dep)
    region = terr.region(dep)
    population = lead.population if lead else None
    themes = sorted({t for r in c.records for t in r.themes if t in labels}, key=labels.index)
    evidence: dict[str, list[dict]] = {t: [] for t in themes}
    seen: set[tuple[str, str]] = set()
    for r in c.records:
        for tp in r.theme_phrases:
            for label in tp.labels:
                if label in evidence and (label, tp.text) not in seen:
                    seen.add((label, tp.text))
                    evidence[label].append({"phrase": tp.text, "url": r.source})
    # the same amount quoted by several pages of one convention counts once
    amounts = sorted({a.value for r in c.records for a in r.amounts
                      if a.value is not None and a.currency in ("EUR", "€", "eur")})
    row = {
        "convention_id": c.convention_id,
        "lead_name": c.lead.name,
        "lead_code": c.lead.code,
        "lead_type": c.lead.type,
        "lead_rule": c.lead.rule,
        "departement": dep,
        "departement_name": dep_t.name if dep_t else "",
        "region": region[1] if region else "",
        "region_code": region[0] if region else "",
        "population": population,
        "population_band": population_band(population),
        "caf_departement": c.caf_departement,
        "signature_date": c.signature_date,
        "signature_year": int(c.signature_date[:4]) if c.signature_date and c.signature_date[:4].isdigit() else None,
        "year": c.year,
        "year_source": c.year_source,
        "period_start": c.period_start,
        "period_end": c.period_end,
        "period": (f"{c.period_start}-{c.period_end}" if c.period_start is not None and c.period_end is not None
                   else str(c.period_start) if c.period_start is not None else ""),
        "duration_years": c.duration_years,
        "amount_eur": sum(amounts) if amounts else None,
        "amounts": amounts,
        "themes": themes,
        "n_themes": len(themes),
        "evidence": evidence,
        "partner_codes": sorted(c.partners),
        "n_sources": len(c.records),
        "sources": c.sources,
        "reasons": " | ".join(c.reasons),
    }
    for label in labels:
        row[label] = int(label in themes)
    return row


def territory_frame(records: Iterable[CTGRecord], relevance: Iterable[str] | None = DEFAULT_RELEVANCE,
                    territories: Territories | None = None) -> pd.DataFrame:
    """One row per convention (see conventions.py for the grouping and the lead territory rule).

    Codes stay strings; integer columns are pandas nullable Int64; `evidence` maps each theme of the
    convention to its phrases and source URLs; one 0/1 column per theme label, named by the label id.
    """
    terr = territories or get_territories()
    labels = theme_labels()
    rows = [_row(c, terr, labels) for c in group_records(records, relevance, terr)]
    frame = pd.DataFrame(rows, columns=[*FRAME_COLUMNS, *labels])
    for col in ("population", "signature_year", "year", "period_start", "period_end", "duration_years",
                "n_themes", "n_sources", *labels):
        frame[col] = frame[col].astype("Int64")
    frame["amount_eur"] = frame["amount_eur"].astype("float64")
    return frame
