"""Theme × group tables: how many conventions of each group put each theme forward."""

from __future__ import annotations

import pandas as pd

from ctgminer.compare.frame import POPULATION_BANDS, UNKNOWN, theme_labels
from ctgminer.compare.inputs import CompareError

# --by value -> the territory frame column that defines the groups
GROUP_COLUMNS = {
    "region": "region",
    "departement": "departement",
    "type": "lead_type",
    "population": "population_band",
    "year": "year",
}


def group_values(frame: pd.DataFrame, by: str) -> pd.Series:
    """The group of each convention as a string; missing values become 'unknown'."""
    if by not in GROUP_COLUMNS:
        raise CompareError(f"unknown grouping '{by}' (choose from {', '.join(GROUP_COLUMNS)})")
    col = frame[GROUP_COLUMNS[by]]
    values = col.astype("string").fillna(UNKNOWN).replace("", UNKNOWN)
    return values.rename("group")


def group_order(group: str) -> tuple[bool, int, str]:
    """Sort key of groups: population bands from small to large, others (years, codes, names) as text;
    'unknown' last."""
    bands = [label for _, label in POPULATION_BANDS]
    return (group == UNKNOWN, bands.index(group) if group in bands else -1, str(group))


def themed(frame: pd.DataFrame) -> pd.DataFrame:
    """The conventions whose pages name at least one theme. A convention whose announcements name none says
    nothing about its priorities, so theme shares leave it out instead of counting it as putting no theme
    forward (which would pull down every share of the groups where terse announcements are common)."""
    return frame[frame["n_themes"].fillna(0).astype(int) > 0]


def theme_matrix(frame: pd.DataFrame) -> pd.DataFrame:
    """The 0/1 theme columns as plain integers."""
    labels = list(theme_labels())
    return frame[labels].fillna(0).astype(int)


def theme_table(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """Columns group, theme, count (conventions of the group with the theme), n (conventions of the group that
    name at least one theme, see `themed`), share (count / n); one row per (group, theme), groups in
    `group_order`, themes in taxonomy order."""
    groups = group_values(frame, by)
    frame = themed(frame)
    groups = groups.loc[frame.index]
    labels = list(theme_labels())
    if frame.empty:
        return pd.DataFrame(columns=["group", "theme", "count", "n", "share"])
    counts = theme_matrix(frame).groupby(groups).sum()
    sizes = groups.value_counts()
    table = counts.reset_index().melt(id_vars="group", var_name="theme", value_name="count")
    table["n"] = table["group"].map(sizes).astype(int)
    table["share"] = table["count"] / table["n"]
    table["theme"] = pd.Categorical(table["theme"], categories=labels, ordered=True)
    table = table.sort_values(["group", "theme"], key=lambda col: col.map(group_order) if col.name == "group"
                              else col).reset_index(drop=True)
    table["theme"] = table["theme"].astype(str)
    return table[["group", "theme", "count", "n", "share"]]
