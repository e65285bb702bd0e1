"""What `ctgminer compare` prints: one table chosen by name, serialised as CSV or JSON."""

from __future__ import annotations

import io
import json

import pandas as pd

from ctgminer.compare.conventions import CONVENTION_COLUMNS
from ctgminer.compare.inputs import CompareError
from ctgminer.compare.peers import METRICS, peer_gaps, peers
from ctgminer.compare.specificity import specificities
from ctgminer.compare.tables import GROUP_COLUMNS, theme_table, themed
from ctgminer.compare.trends import trends

TABLES = ("themes", "specificities", "peers", "trends", "conventions")
OUTPUT_FORMATS = ("table", "csv", "json")
# the columns a terminal table shows (CSV and JSON carry them all)
TABLE_VIEW = {
    "peers": ["rank", "code", "name", "type", "departement", "population", "similarity", "shared_themes",
              "peer_only_themes"],
    "conventions": ["convention_id", "lead_name", "lead_type", "departement", "year", "period_start", "period_end",
                    "n_sources", "themes", "reasons"],
}


RELEVANCE = ("announcement", "related", "unrelated")


def parse_relevance(text: str) -> tuple[str, ...] | None:
    """'announcement,related' -> the relevance classes to keep; 'all' -> None (keep every record)."""
    if text.strip() == "all":
        return None
    chosen = tuple(v.strip() for v in text.split(",") if v.strip())
    unknown = [v for v in chosen if v not in RELEVANCE]
    if unknown or not chosen:
        raise CompareError(f"unknown relevance '{text}' (choose from {', '.join(RELEVANCE)}, comma-separated, "
                           "or all)")
    return chosen


def summary(records: list, frame: pd.DataFrame) -> str:
    """'55 conventions (63 sources) from 108 records; 46 name a theme (theme shares are over them)'."""
    sources = int(frame["n_sources"].sum()) if len(frame) else 0
    named = len(themed(frame)) if len(frame) else 0
    return (f"{len(frame)} convention(s) ({sources} source(s)) from {len(records)} record(s); {named} name a theme "
            "(theme shares are over them)")


def compare_tables(frame: pd.DataFrame, table: str | None = None, by: str = "region", territory: str | None = None,
                   k: int = 5, same_type: bool = False, same_band: bool = False,
                   metric: str = "cosine") -> dict[str, pd.DataFrame]:
    """The named table(s) for a territory frame: {'themes': ...}, or {'peers': ..., 'peer_gaps': ...}.

    Without `table`, a territory gives its peers and no territory the theme × group table.
    """
    table = table or ("peers" if territory else "themes")
    if table not in TABLES:
        raise CompareError(f"unknown table '{table}' (choose from {', '.join(TABLES)})")
    if by not in GROUP_COLUMNS:
        raise CompareError(f"unknown grouping '{by}' (choose from {', '.join(GROUP_COLUMNS)})")
    if metric not in METRICS:
        raise CompareError(f"unknown similarity '{metric}' (choose from {', '.join(METRICS)})")
    if table == "themes":
        return {"themes": theme_table(frame, by)}
    if table == "specificities":
        return {"specificities": specificities(frame, by)}
    if table == "trends":
        return {"trends": trends(frame)}
    if table == "conventions":
        columns = [*CONVENTION_COLUMNS[:1], "lead_name", "lead_code", "lead_type", "departement", "region",
                   "population", *CONVENTION_COLUMNS[6:], "themes", "amount_eur"]
        return {"conventions": frame[list(dict.fromkeys(c for c in columns if c in frame.columns))]}
    if not territory:
        raise CompareError("the peers table needs --territory CODE")
    return {"peers": peers(frame, territory, k, same_type, same_band, metric),
            "peer_gaps": peer_gaps(frame, territory, k, same_type, same_band, metric)}


def _plain(value):
    """Lists and dicts as JSON text in CSV cells; pandas NA as empty."""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def to_csv(frame: pd.DataFrame) -> str:
    buf = io.StringIO()
    frame.map(_plain).to_csv(buf, index=False)
    return buf.getvalue()


def to_json(tables: dict[str, pd.DataFrame]) -> str:
    """One JSON object per table name; NaN and NA become null."""
    data = {name: json.loads(df.to_json(orient="records", force_ascii=False)) for name, df in tables.items()}
    if len(data) == 1:
        data = next(iter(data.values()))
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
