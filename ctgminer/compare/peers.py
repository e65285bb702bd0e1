"""Peers: the territories whose conventions put forward the most similar themes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ctgminer.compare.frame import theme_labels
from ctgminer.compare.inputs import CompareError
from ctgminer.compare.tables import theme_matrix, themed

METRICS = ("cosine", "jaccard")
PEER_COLUMNS = ["rank", "code", "name", "type", "departement", "region", "population", "population_band",
                "n_conventions", "similarity", "shared_themes", "peer_only_themes"]


def profiles(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per lead territory: its 0/1 theme profile (a theme of any of its conventions) and identity.
    Territories whose conventions name no theme have no profile and are left out (see `tables.themed`)."""
    labels = list(theme_labels())
    led = themed(frame[frame["lead_code"].astype("string").fillna("") != ""])
    if led.empty:
        return pd.DataFrame(columns=["code", "name", "type", "departement", "region", "population",
                                     "population_band", "n_conventions", *labels])
    themes = theme_matrix(led).groupby(led["lead_code"].to_numpy()).max()
    first = led.groupby("lead_code").agg(
        name=("lead_name", "first"), type=("lead_type", "first"), departement=("departement", "first"),
        region=("region", "first"), population=("population", "first"),
        population_band=("population_band", "first"), n_conventions=("convention_id", "size"))
    out = first.join(themes)
    out.index.name = "code"
    return out.reset_index()


def _similarity(target: np.ndarray, others: np.ndarray, metric: str) -> np.ndarray:
    if metric == "cosine":
        norms = np.linalg.norm(others, axis=1) * np.linalg.norm(target)
        return np.divide(others @ target, norms, out=np.zeros(len(others)), where=norms > 0)
    if metric == "jaccard":
        inter = (others & target).sum(axis=1)
        union = (others | target).sum(axis=1)
        return np.divide(inter, union, out=np.zeros(len(others)), where=union > 0)
    raise CompareError(f"unknown similarity '{metric}' (choose from {', '.join(METRICS)})")


def peers(frame: pd.DataFrame, code: str, k: int = 5, same_type: bool = False, same_band: bool = False,
          metric: str = "cosine") -> pd.DataFrame:
    """The k territories most similar to `code` by theme profile (ties: smallest code first).

    `shared_themes` are themes both put forward; `peer_only_themes` those the peer puts forward and the
    territory does not. Options keep only peers of the same type (commune, EPCI, département) or the same
    population band. `peer_gaps` summarises the peer-only themes.
    """
    labels = list(theme_labels())
    prof = profiles(frame)
    code = str(code).strip()
    match = prof[prof["code"] == code]
    if match.empty and (frame["lead_code"] == code).any():
        raise CompareError(f"the conventions led by territory '{code}' name no theme on their pages, so it has no "
                           "theme profile to compare")
    if match.empty:
        leads = sorted({lead for lead, codes in zip(frame["lead_code"], frame["partner_codes"], strict=True)
                        if code in codes and lead})
        hint = (f"; it is a partner of conventions led by {', '.join(leads)}: use that code" if leads else
                " (give the INSEE code of a commune or département, or the SIREN of an EPCI, that leads one)")
        raise CompareError(f"no convention led by territory '{code}'{hint}")
    target = match.iloc[0]
    others = prof[prof["code"] != code]
    if same_type:
        others = others[others["type"] == target["type"]]
    if same_band:
        others = others[others["population_band"] == target["population_band"]]
    t = target[labels].to_numpy(dtype=int)
    m = others[labels].to_numpy(dtype=int)
    sims = _similarity(t, m, metric) if len(others) else np.zeros(0)
    out = others.drop(columns=labels).assign(similarity=sims)
    mine = {lab for lab, v in zip(labels, t, strict=True) if v}
    rows_themes = [[lab for lab, v in zip(labels, row, strict=True) if v] for row in m]
    out["shared_themes"] = [[lab for lab in r if lab in mine] for r in rows_themes]
    out["peer_only_themes"] = [[lab for lab in r if lab not in mine] for r in rows_themes]
    out = out.sort_values(["similarity", "code"], ascending=[False, True]).head(k).reset_index(drop=True)
    out.insert(0, "rank", range(1, len(out) + 1))
    return out[PEER_COLUMNS]


def peer_gaps(frame: pd.DataFrame, code: str, k: int = 5, same_type: bool = False, same_band: bool = False,
              metric: str = "cosine") -> pd.DataFrame:
    """Themes the territory's k peers put forward and it does not: theme, n_peers, share_of_peers, peers."""
    table = peers(frame, code, k, same_type, same_band, metric)
    rows = []
    for theme in theme_labels():
        having = table[table["peer_only_themes"].map(lambda ts, th=theme: th in ts)]
        if len(having):
            rows.append({"theme": theme, "n_peers": len(having), "share_of_peers": len(having) / len(table),
                         "peers": list(having["code"])})
    out = pd.DataFrame(rows, columns=["theme", "n_peers", "share_of_peers", "peers"])
    return out.sort_values(["n_peers", "theme"], ascending=[False, True], kind="stable").reset_index(drop=True)
