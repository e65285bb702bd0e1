"""Theme shares by year, with counts and a 95% Wilson confidence interval."""

from __future__ import annotations

import pandas as pd
from scipy.stats import binomtest

from ctgminer.compare.tables import theme_table

COLUMNS = ["year", "theme", "k", "n", "share", "ci_low", "ci_high"]


def wilson(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval of a proportion k/n (scipy's binomtest); (nan, nan) when n == 0."""
    if n <= 0:
        return float("nan"), float("nan")
    ci = binomtest(int(k), int(n)).proportion_ci(confidence_level=confidence, method="wilson")
    return float(ci.low), float(ci.high)


def trends(frame: pd.DataFrame, confidence: float = 0.95) -> pd.DataFrame:
    """One row per (year, theme): k conventions of the year with the theme, n conventions of the year that name
    at least one theme (see `tables.themed`).

    The year is the signature year, else the first year of the period, else the first publication year
    (column `year_source` of the frame); conventions without any year are left out.
    """
    dated = frame[frame["year"].notna()]
    table = theme_table(dated, "year")
    if table.empty:
        return pd.DataFrame(columns=COLUMNS)
    out = table.rename(columns={"group": "year", "count": "k"})
    out["year"] = out["year"].astype(int)
    bounds = [wilson(k, n, confidence) for k, n in zip(out["k"], out["n"], strict=True)]
    out["ci_low"] = [b[0] for b in bounds]
    out["ci_high"] = [b[1] for b in bounds]
    return out.sort_values("year", kind="stable").reset_index(drop=True)[COLUMNS]
