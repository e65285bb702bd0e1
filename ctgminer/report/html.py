"""The HTML report: one self-contained page (inline CSS, SVG charts and map, a few lines of inline script).

    from ctgminer.compare import load_records
    from ctgminer.report.html import write_report
    write_report(load_records(["corpus/demo/records.jsonl"]), "reports/demo.html", xlsx="reports/demo.xlsx")

Nothing is fetched when the page is read: no CDN, no web font, no image file. Long lists are capped (the
workbook carries every row) so that the page stays light at 10,000 conventions.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from ctgminer import __version__
from ctgminer.compare.tables import group_order, group_values, themed
from ctgminer.report import geometry as geo
from ctgminer.report.charts import prevalence_chart, trends_chart
from ctgminer.report.content import TEXT_COLUMNS, ReportContent, build_content
from ctgminer.report.export import atomic_write, iramuteq_corpus, write_workbook
from ctgminer.schema import CTGRecord


@dataclass
class Limits:
    """Caps that keep the page readable and light; the workbook is never capped."""

    conventions: int = 500  # rows of the conventions table
    evidence: int = 12  # conventions listed under one (theme, région) or one département
    specificities: int = 40  # rows of the specificities table (largest |specificity| first)
    phrases: int = 4  # phrases shown per theme of a convention


def slug(text: object) -> str:
    """An HTML id fragment: lowercase ASCII letters, digits and hyphens."""
    from ctgminer.text.normalise import strip_accents

    return re.sub(r"[^a-z0-9]+", "-", strip_accents(str(text)).lower()).strip("-") or "x"


def _heat(share: float) -> str:
    """Background colour of a heatmap cell (the map's palette; white for none)."""
    return geo.colour(share, geo.share_breaks()) if share > 0 else "#ffffff"


def _heat_rows(table: pd.DataFrame, labels: list[str]) -> list[dict]:
    """A theme_table (group, theme, count, n, share) as heatmap rows: one per group, one cell per theme."""
    rows = []
    for group, part in sorted(table.groupby("group"), key=lambda item: group_order(item[0])):
        cells = part.set_index("theme")
        rows.append({"group": group, "n": int(part["n"].iloc[0]),
                     "cells": [{"theme": lab, "k": int(cells.at[lab, "count"]), "share": float(cells.at[lab, "share"])}
                               for lab in labels]})
    return rows


TERRITORY_TYPES = {"commune": "Commune", "epci": "Intercommunalité (EPCI)", "departement": "Département"}


def _fmt_int(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return f"{int(value):,}".replace(",", "\u202f")


def _map_views(content: ReportContent) -> tuple[list[dict], dict]:
    """The map's views (conventions, then the share of each theme): fill colour and tooltip of every
    département, and the legend, precomputed here so that the page's script only swaps them."""
    deps = content.departements.set_index("departement")
    geometry = geo.load_geometry()
    views = [{"id": "conventions", "name": "Number of conventions"}]
    views += [{"id": lab, "name": f"Share of conventions with theme: {content.names[lab]}"} for lab in content.labels]
    counts = {code: int(deps.at[code, "conventions"]) if code in deps.index else 0
              for code in (d.code for d in geometry.departements)}
    cbreaks = geo.count_breaks(list(counts.values()))
    data: dict[str, dict] = {}
    for view in views:
        fills, tips = {}, {}
        for d in geometry.departements:
            n = counts[d.code]
            if view["id"] == "conventions":
                fills[d.code] = geo.colour(n, cbreaks) if n else geo.EMPTY
                tips[d.code] = f"{d.name} ({d.code}): {n} convention{'s' if n != 1 else ''}"
            else:
                # shares over the conventions that name a theme (see compare.tables.themed)
                m = int(deps.at[d.code, "themed"]) if n else 0
                k = int(deps.at[d.code, view["id"]]) if m else 0
                fills[d.code] = geo.colour(k / m, geo.share_breaks()) if m else geo.EMPTY
                tips[d.code] = (f"{d.name} ({d.code}): {k} of {m} conventions naming themes ({k / m:.0%}) with "
                                f"{content.names[view['id']]}" if m else
                                f"{d.name} ({d.code}): no convention" if not n else
                                f"{d.name} ({d.code}): {n} convention{'s' if n != 1 else ''}, none naming a theme")
        legend = (geo.legend(cbreaks, as_share=False) if view["id"] == "conventions"
                  else geo.legend(geo.share_breaks(), as_share=True))
        data[view["id"]] = {"fill": fills, "tip": tips, "legend": legend + [(geo.EMPTY, "no convention")]}
    return views, data


def _environment() -> Environment:
    """The Jinja environment of the report's templates, with the filters they use."""
    env = Environment(loader=PackageLoader("ctgminer.report", "templates"), autoescape=select_autoescape(),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = lambda v: "" if v is None or v != v else f"{v:.0%}"
    env.filters["int"] = _fmt_int
    env.filters["slug"] = slug
    env.filters["heat"] = _heat
    env.filters["spec"] = lambda v: f"{v:+.1f}"
    env.filters["territory_type"] = lambda v: TERRITORY_TYPES.get(v, v)
    return env


def _convention_list(ids: list[str], by_id: dict[str, dict], limit: int) -> dict:
    """The conventions behind a count (rows of `by_id`, by lead name then id): the first `limit`, and how many more."""
    ids = sorted(ids, key=lambda i: (by_id[i]["lead_name"] or "", i))
    return {"items": [by_id[i] for i in ids[:limit]], "more": max(0, len(ids) - limit)}


def _theme_evidence(content: ReportContent, by_id: dict[str, dict], limit: int) -> list[dict]:
    """For each theme, the conventions that name it, grouped by région."""
    frame = content.frame
    regions = group_values(frame, "region") if len(frame) else pd.Series(dtype=str)
    evidence = []
    for lab in content.labels:
        with_theme = frame[frame[lab].fillna(0) == 1] if len(frame) else frame
        groups = []
        for region in sorted(set(regions[with_theme.index]), key=group_order) if len(with_theme) else []:
            ids = list(with_theme.loc[regions[with_theme.index] == region, "convention_id"])
            groups.append({"region": region, "count": len(ids), **_convention_list(ids, by_id, limit)})
        evidence.append({"theme": lab, "name": content.names[lab], "definition": content.definitions[lab],
                         "count": len(with_theme), "groups": groups})
    return evidence


def _departement_lists(content: ReportContent, by_id: dict[str, dict], limit: int) -> list[dict]:
    """For each département with conventions, the conventions it holds."""
    frame = content.frame
    dep_lists = []
    for d in content.departements.itertuples():
        ids = list(frame.loc[frame["departement"] == d.departement, "convention_id"])
        dep_lists.append({"code": d.departement, "name": d.departement_name, "count": len(ids),
                          **_convention_list(ids, by_id, limit)})
    return dep_lists


def _convention_labels(frame: pd.DataFrame) -> dict[str, str]:
    """What a reader calls each convention beside its territory's name: its period, else its year, else "undated"
    (the territory benchmarks list a territory's conventions by it; the id stays in the link's title)."""
    labels = {}
    for row in frame.to_dict(orient="records"):
        year = row.get("year")
        labels[row["convention_id"]] = (row.get("period") or (str(int(year)) if year is not None and year == year
                                                               else "undated"))
    return labels


def _specificity_tables(spec: pd.DataFrame, rows: int) -> tuple[list[tuple[str, list[dict]]], int]:
    """The largest positive and the largest negative specificities (`rows` // 2 of each), and how many there are."""
    half = rows // 2
    spec_more = spec[spec["specificity"] > 0].sort_values(["specificity", "group"], ascending=[False, True])
    spec_less = spec[spec["specificity"] < 0].sort_values(["specificity", "group"], ascending=[True, True])
    tables = [("More than in France as a whole", spec_more.head(half).to_dict("records")),
              ("Less than in France as a whole", spec_less.head(half).to_dict("records"))]
    return tables, len(spec_more) + len(spec_less)


def report_context(content: ReportContent, title: str = "CTG report", inputs: list[str] | None = None,
                   limits: Limits | None = None) -> dict:
    """Everything the report's template reads: the content's tables as rows, the charts, the map's views, the
    evidence lists, capped by `limits`."""
    limits = limits or Limits()
    frame = content.frame
    geometry = geo.load_geometry()
    views, map_data = _map_views(content)
    shown = frame.sort_values(["region", "departement", "lead_name", "convention_id"]).head(limits.conventions)
    by_id = {row["convention_id"]: row for row in frame.to_dict(orient="records")}
    evidence = _theme_evidence(content, by_id, limits.evidence)
    dep_lists = _departement_lists(content, by_id, limits.evidence)
    spec_tables, spec_total = _specificity_tables(content.specificities, limits.specificities)
    trend_years = sorted(content.trends["year"].unique()) if len(content.trends) else []
    trend_n = content.trends.groupby("year")["n"].first().to_dict() if len(content.trends) else {}
    return dict(
        title=title, version=__version__, generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        inputs=inputs or [], c=content, overview=content.overview, coverage=content.coverage.to_dict("records"),
        prevalence=content.prevalence.to_dict("records"),
        prevalence_svg=Markup(prevalence_chart(content.prevalence)) if len(frame) else "",
        trends_svg=Markup(trends_chart(content.trends, content.names)) if len(content.trends) else "",
        trend_years=trend_years, trend_n=trend_n,
        geometry=geometry, views=views, map_json=Markup(_script_json(map_data)), initial=map_data["conventions"],
        heat=_heat_rows(content.by_region, content.labels), heat_type=_heat_rows(content.by_type, content.labels),
        heat_population=_heat_rows(content.by_population, content.labels), spec_tables=spec_tables, spec_total=spec_total,
        heat_key=[("#ffffff", "none")] + geo.legend(geo.share_breaks(), as_share=True),
        evidence=evidence, dep_lists=dep_lists, conventions=shown.to_dict("records"),
        shown_ids=set(shown["convention_id"]), n_conventions=len(frame), limits=limits, benchmarks=content.benchmarks,
        bench_codes={b["code"] for b in content.benchmarks}, dep_codes={d["code"] for d in dep_lists},
        conv_labels=_convention_labels(frame),
        undated=int(themed(frame)["year"].isna().sum()) if len(frame) else 0,
    )


def render_html(content: ReportContent, title: str = "CTG report", inputs: list[str] | None = None,
                limits: Limits | None = None) -> str:
    """The report page as a string: the context (report_context) rendered by the report's template."""
    template = _environment().get_template("report.html.j2")
    return template.render(**report_context(content, title, inputs, limits))


def _script_json(data: object) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def iramuteq_texts(content: ReportContent) -> str:
    """The conventions as an IRaMuTeQ/TXM corpus (see export.iramuteq_corpus for the format): one text per
    convention, the text of its longest source when the records carry their text, else its theme phrases."""
    by_source = {r.source: r for r in content.records}
    items = []
    for row in content.frame.itertuples():
        texts = [by_source[s].text for s in row.sources if s in by_source and by_source[s].text]
        if texts:
            body = max(texts, key=len)
        else:
            body = "\n".join(dict.fromkeys(ev["phrase"] for evs in row.evidence.values() for ev in evs))
        variables = {"territoire": row.lead_name or row.lead_code, "code": row.lead_code, "type": row.lead_type,
                     "departement": row.departement, "region": row.region,
                     "annee": "" if pd.isna(row.year) else int(row.year), "convention": row.convention_id}
        items.append((variables, body))
    return iramuteq_corpus(items)


def write_report(records: list[CTGRecord], html: Path | str | None = None, xlsx: Path | str | None = None,
                 iramuteq: Path | str | None = None, territories: list[str] | None = None,
                 title: str = "CTG report", inputs: list[str] | None = None,
                 limits: Limits | None = None) -> ReportContent:
    """Compare the records and write the HTML page, the workbook and the IRaMuTeQ corpus (each atomically)."""
    content = build_content(records, territories)
    if html is not None:
        atomic_write(html, render_html(content, title=title, inputs=inputs, limits=limits))
    if xlsx is not None:
        write_workbook(xlsx, content.sheets(), text_columns=TEXT_COLUMNS)
    if iramuteq is not None:
        atomic_write(iramuteq, iramuteq_texts(content))
    return content
