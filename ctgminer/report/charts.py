"""Charts as inline SVG, drawn with matplotlib (no JavaScript, no network: the SVG text goes into the page).

Text stays text in the SVG (`svg.fonttype: none`), so charts are small, sharp at any zoom and searchable.
"""

from __future__ import annotations

import io
import re

import pandas as pd

BAR = "#2c7fb8"
BAND = "#a1dab4"
FONT = ["DejaVu Sans"]  # bundled with matplotlib, so sizes are measured right; the browser falls back


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.fonttype": "none", "font.family": "sans-serif", "font.sans-serif": FONT, "font.size": 10,
                         "axes.spines.top": False, "axes.spines.right": False, "svg.hashsalt": "ctgminer"})
    return plt


def to_svg(fig, name: str, title: str) -> str:
    """The figure as an inline <svg> element: no XML prolog, scalable, with an accessible title."""
    plt = _pyplot()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r'<svg([^>]*?) width="([\d.]+)pt" height="([\d.]+)pt"',
                 lambda m: f'<svg{m.group(1)} class="chart" data-chart="{name}" role="img" '
                           f'style="max-width:{float(m.group(2)) * 1.4:.0f}px" aria-label="{title}"', svg, count=1)
    # ids must be unique across the page: prefix them with the chart name
    svg = re.sub(r'id="([^"]+)"', lambda m: f'id="{name}-{m.group(1)}"', svg)
    svg = re.sub(r'url\(#([^)]+)\)', lambda m: f'url(#{name}-{m.group(1)})', svg)
    svg = re.sub(r'xlink:href="#([^"]+)"', lambda m: f'xlink:href="#{name}-{m.group(1)}"', svg)
    svg = re.sub(r'(<svg[^>]*>)', lambda m: f'{m.group(1)}<title>{title}</title>', svg, count=1)
    return svg


def prevalence_chart(prevalence: pd.DataFrame) -> str:
    """Horizontal bars: share of conventions putting each theme forward, with the count at the end."""
    plt = _pyplot()
    data = prevalence.sort_values("share")
    fig, ax = plt.subplots(figsize=(7.5, 0.32 * len(data) + 0.8))
    bars = ax.barh(data["name"], data["share"] * 100, color=BAR)
    for bar, count, n in zip(bars, data["count"], data["n"], strict=True):
        ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2, f"{count} / {n}", va="center",
                fontsize=8.5, color="#333")
    ax.set_xlim(0, 112)
    base = int(data["n"].iloc[0]) if len(data) else 0
    ax.set_xlabel(f"% of the {base} conventions naming a theme that put it forward")
    ax.tick_params(axis="y", length=0)
    return to_svg(fig, "prevalence", "Theme prevalence: share of conventions per theme")


def trends_chart(trends: pd.DataFrame, names: dict[str, str]) -> str:
    """Small multiples, one panel per theme: share by year with its confidence band and the yearly n."""
    plt = _pyplot()
    labels = list(dict.fromkeys(trends["theme"]))
    cols = 4
    rows = max(1, -(-len(labels) // cols))
    fig, axes = plt.subplots(rows, cols, figsize=(10, 2.1 * rows), sharex=True, sharey=True, squeeze=False)
    years = sorted(trends["year"].unique())
    for ax, label in zip(axes.flat, labels, strict=False):
        part = trends[trends["theme"] == label].sort_values("year")
        # a year without any convention breaks the line and the band rather than bridging the gap
        full = part.set_index("year").reindex(range(int(part["year"].min()), int(part["year"].max()) + 1))
        x = full.index.to_numpy()
        ax.fill_between(x, full["ci_low"] * 100, full["ci_high"] * 100, color=BAND, alpha=0.6, linewidth=0)
        ax.plot(x, full["share"] * 100, color=BAR, marker="o", markersize=3, linewidth=1.5)
        ax.set_title(names.get(label, label), fontsize=9.5, loc="left")
        ax.set_ylim(0, 100)
        ax.grid(axis="y", color="#ddd", linewidth=0.6)
    for ax in list(axes.flat)[len(labels):]:
        ax.set_visible(False)
    if years:
        from matplotlib.ticker import MaxNLocator

        for ax in axes[-1]:
            ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
            ax.tick_params(axis="x", labelsize=8, rotation=0)
    for ax in axes[:, 0]:
        ax.set_ylabel("% of conventions", fontsize=8.5)
    fig.tight_layout()
    return to_svg(fig, "trends", "Trends: share of conventions per theme and signature year, with 95% intervals")
