"""Specificities as TXM computes them (Lafon 1980, the hypergeometric model).

For a group of n conventions out of N, of which K put a theme forward, the number k of the group's
conventions with the theme follows, if the group were drawn at random, X ~ Hypergeometric(N, K, n).
With mode = floor((n + 1)(K + 1) / (N + 2)):
  k >= mode: specificity = -log10 P(X >= k)   (positive: the group puts the theme forward more than chance)
  k <  mode: specificity = +log10 P(X <= k)   (negative: less than chance)
TXM reads |specificity| >= 2 (probability <= 1%) as significant.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from scipy.stats import hypergeom

from ctgminer.compare.tables import theme_table, themed

COLUMNS = ["group", "theme", "k", "n", "K", "N", "specificity"]


def lafon(k: int, n: int, K: int, N: int) -> float:
    """Signed specificity score of k occurrences in a part of size n, for K occurrences in N."""
    return float(lafon_array(np.array([k]), np.array([n]), np.array([K]), N)[0])


def lafon_array(k: np.ndarray, n: np.ndarray, K: np.ndarray, N: int) -> np.ndarray:
    """Vectorised `lafon` (log-probabilities from scipy, so tiny probabilities do not underflow)."""
    k, n, K = (np.asarray(a, dtype=np.int64) for a in (k, n, K))
    mode = np.floor((n + 1) * (K + 1) / (N + 2))
    # scipy's hypergeom(M, n, N): M objects, n of them marked, N drawn. sf/cdf are vectorised C (Boost);
    # the slower log versions only serve where a probability underflows to 0.
    with np.errstate(divide="ignore"):
        upper = -np.log10(hypergeom.sf(k - 1, N, K, n))  # -log10 P(X >= k)
        lower = np.log10(hypergeom.cdf(k, N, K, n))  # log10 P(X <= k)
    tiny = ~np.isfinite(upper) & (k >= mode)
    if tiny.any():
        upper[tiny] = -hypergeom.logsf(k[tiny] - 1, N, K[tiny], n[tiny]) / math.log(10)
    tiny = ~np.isfinite(lower) & (k < mode)
    if tiny.any():
        lower[tiny] = hypergeom.logcdf(k[tiny], N, K[tiny], n[tiny]) / math.log(10)
    score = np.where(k >= mode, np.maximum(upper, 0.0), np.minimum(lower, 0.0))
    return score + 0.0  # no negative zeros


def specificities(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """Columns group, theme, k, n, K, N, specificity; one row per (group, theme). n and N count the conventions
    that name at least one theme (`themed`)."""
    table = theme_table(frame, by)
    if table.empty:
        return pd.DataFrame(columns=COLUMNS)
    N = len(themed(frame))
    totals = table.groupby("theme")["count"].sum()
    out = pd.DataFrame({
        "group": table["group"],
        "theme": table["theme"],
        "k": table["count"].astype(int),
        "n": table["n"].astype(int),
        "K": table["theme"].map(totals).astype(int),
        "N": N,
    })
    out["specificity"] = lafon_array(out["k"].to_numpy(), out["n"].to_numpy(), out["K"].to_numpy(), N)
    return out[COLUMNS]
