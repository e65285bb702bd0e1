"""The packaged map of France by département (built by scripts/build_geometry.py) and its choropleth classes."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# sequential colours (ColorBrewer YlGnBu, 7 classes without its pale green: readable by colour-blind readers and
# in greyscale); the palest yellow is left out (too close to the grey of empty départements), so five classes
# (0-20% ... 80-100%) get five distinct colours, the first well apart from that grey (with the 5-class palette,
# 40-60% and 60-80% were drawn the same blue)
PALETTE = ["#ffffcc", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"]
EMPTY = "#e4e4e4"  # départements without any convention


@dataclass(frozen=True)
class Departement:
    code: str
    name: str
    region: str
    d: str  # SVG path data in map units


@dataclass(frozen=True)
class Geometry:
    width: int
    height: int
    mainland_height: int
    insets: list[dict]
    departements: list[Departement]
    source: str
    zoom: dict  # {"box": [x, y, w, h], "label": str, "departements": [{"code", "d"}]}: Paris, enlarged


@lru_cache(maxsize=1)
def load_geometry() -> Geometry:
    data = json.loads(resources.files("ctgminer.resources").joinpath("geometry/departements.json")
                      .read_text(encoding="utf-8"))
    return Geometry(data["width"], data["height"], data["mainland_height"], data["insets"],
                    [Departement(d["code"], d["name"], d["region"], d["d"]) for d in data["departements"]],
                    data["source"], data["zoom"])


def count_breaks(values: list[int], classes: int = len(PALETTE) - 1) -> list[int]:
    """Lower bounds of the count classes: 1, then rounded quantiles of the non-zero counts (distinct, rising)."""
    positive = sorted(v for v in values if v > 0)
    if not positive:
        return [1]
    breaks = [1]
    for i in range(1, classes):
        q = positive[min(len(positive) - 1, math.floor(i * len(positive) / classes))]
        if q > breaks[-1]:
            breaks.append(q)
    return breaks


def share_breaks(classes: int = len(PALETTE) - 1) -> list[float]:
    """Lower bounds of the share classes: 0, 20, 40, 60, 80 %."""
    return [i / classes for i in range(classes)]


def colour(value: float | None, breaks: list[float]) -> str:
    """Colour of a value given class lower bounds; below the first bound (or None) is grey.

    The classes are spread over the palette from its second colour (the palest yellow is too close to the
    grey of empty départements) to its darkest, so that the top class is always the darkest."""
    if value is None or value < breaks[0]:
        return EMPTY
    index = max(i for i, b in enumerate(breaks) if value >= b)
    if len(breaks) == 1:
        return PALETTE[3]
    return PALETTE[1 + round(index * (len(PALETTE) - 2) / (len(breaks) - 1))]


def legend(breaks: list[float], as_share: bool) -> list[tuple[str, str]]:
    """(colour, label) pairs for the legend, e.g. '1', '2 – 4', '5 or more', or '20% – 40%'."""
    items = []
    for i, b in enumerate(breaks):
        upper = breaks[i + 1] if i + 1 < len(breaks) else None
        if as_share:
            label = f"{b:.0%} – {upper if upper is not None else 1:.0%}"
        elif upper is None:
            label = f"{int(b)} or more"
        else:
            label = str(int(b)) if upper - 1 == b else f"{int(b)} – {int(upper) - 1}"
        items.append((colour(b, breaks), label))
    return items
