"""The report as a reader gets it: a self-contained page whose counts lead to their conventions, a workbook,
an IRaMuTeQ corpus, and the page opened in a real (headless) browser.

The records in tests/data/report_records.jsonl were written for these tests: eight announcements of seven
conventions (Cahors announced twice: by the city and by the press), in six régions with a leading-zero
département (Ain, 01) and an overseas one (Guadeloupe, 971), plus an explainer page that is a document but
no convention.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html
from typer.testing import CliRunner

from ctgminer.cli import app
from ctgminer.compare import load_records
from ctgminer.report.html import write_report

RECORDS = Path(__file__).parent / "data" / "report_records.jsonl"
GREY = "#e4e4e4"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    paths = {"html": out / "report.html", "xlsx": out / "report.xlsx", "iramuteq": out / "corpus.txt"}
    content = write_report(load_records([RECORDS]), **paths, title="Test report")
    return content, paths


@pytest.fixture(scope="module")
def page(built):
    return lxml_html.fromstring(built[1]["html"].read_text(encoding="utf-8"))


def test_counts_conventions_not_pages(built, page):
    content, _ = built
    assert content.overview["documents"] == 9
    assert content.overview["announcements"] == 8
    assert content.overview["conventions"] == 7  # Cahors' two pages are one convention
    cards = {c.xpath("string(span)"): c.xpath("string(b)") for c in page.xpath('//div[@class="card"]')}
    assert cards["conventions"] == "7" and cards["documents read"] == "9"
    cahors = page.xpath('//tr[@id="conv-ctg-46042-2024"]')[0]
    assert "2 pages" in cahors.text_content()


def test_self_contained(built, page):
    """Nothing is fetched: no script, style, font, image or frame from elsewhere (links to sources are fine)."""
    text = built[1]["html"].read_text(encoding="utf-8")
    assert not page.xpath("//script[@src] | //link | //img | //iframe | //object | //embed | //video | //audio")
    for style in page.xpath("//style/text()"):
        assert "@import" not in style and not re.search(r"url\(\s*['\"]?(https?:)?//", style)
    assert not re.search(r"""(src|srcset|xlink:href)\s*=\s*["']?(https?:)?//""", text)
    assert "@font-face" not in text
    for a in page.xpath("//a[@href]"):
        assert a.get("href").startswith(("#", "https://", "http://")), a.get("href")


def test_every_internal_link_has_a_target(page):
    ids = set(page.xpath("//@id"))
    targets = {a.get("href")[1:] for a in page.xpath('//a[starts-with(@href, "#")]')}
    assert targets and targets <= ids, sorted(targets - ids)[:5]


def test_map_and_charts(page):
    paths = page.xpath('//svg[@id="map"]//path[@data-code and not(@class="zoom")]')
    assert len(paths) == 101
    zoom = page.xpath('//svg[@id="map"]//path[@class="zoom"]/@data-code')
    assert sorted(zoom) == ["75", "92", "93", "94"]  # Paris and the petite couronne, enlarged
    coloured = {p.get("data-code") for p in paths if p.get("fill") != GREY}
    assert coloured == {"01", "22", "46", "53", "82", "83", "971"}
    views = page.xpath('//select[@id="map-view"]/option/@value')
    assert views[0] == "conventions" and "petite_enfance" in views and len(views) == 13
    data = json.loads(page.xpath('//script[@id="map-data"]/text()')[0])
    # Saint-Brieuc's only convention puts 'handicap' forward, Cahors' does not
    assert data["handicap"]["tip"]["22"].startswith("Côtes-d'Armor (22): 1 of 1")
    assert data["handicap"]["tip"]["46"].startswith("Lot (46): 0 of 1")
    charts = {svg.get("data-chart"): svg for svg in page.xpath('//svg[contains(@class, "chart")]')}
    assert set(charts) == {"prevalence", "trends"}
    assert len(charts["prevalence"].xpath('.//*[local-name()="path"]')) > 12


def test_counts_lead_to_conventions_and_phrases(page):
    """The prevalence count of a theme links to its evidence: conventions, phrases and source URLs."""
    row = [r for r in page.xpath('//table[@id="prevalence-table"]//tr') if "Petite enfance" in r.text_content()][0]
    assert row.xpath("string(td[2])").replace(" ", "").startswith("4/7")
    target = row.xpath("td[2]/a/@href")[0]
    assert target == "#theme-petite_enfance"
    section = page.xpath('//details[@id="theme-petite_enfance"]')[0]
    text = section.text_content()
    assert "développer l'offre d'accueil des tout-petits" in text
    assert "https://www.mairie-cahors.example.fr/actualites/ctg-2024" in section.xpath(".//a/@href")
    assert "Moissac" not in text  # Moissac's convention has no petite-enfance theme
    # a heatmap cell leads to the conventions of its région with the theme
    cell = page.xpath('//table[contains(@class,"heat")]//a[@href="#ev-petite_enfance-occitanie"]')
    assert cell and cell[0].text_content().startswith("50%")
    group = page.xpath('//h4[@id="ev-petite_enfance-occitanie"]')[0]
    assert group.text_content() == "Occitanie (1)"
    # a département on the map leads to its conventions
    assert page.xpath('//svg[@id="map"]//a[@href="#dep-46"]')
    assert "Cahors" in page.xpath('//details[@id="dep-46"]')[0].text_content()


def test_specificities_and_benchmarks(built, page):
    content, _ = built
    spec = content.specificities
    assert {"group", "theme", "k", "n", "K", "N", "specificity"} <= set(spec.columns)
    more = page.xpath('//table[@id="spec-table-1"]/tbody/tr')
    assert more and all(float(tr.xpath("string(td[7])")) > 0 for tr in more)
    # a specificity leads to the conventions of its région with the theme
    for href in page.xpath('//table[@id="spec-table-1"]//a/@href'):
        assert page.xpath(f'//*[@id="{href[1:]}"]')
    codes = [b["code"] for b in content.benchmarks]
    assert codes[0] == "46042"  # the most announced territory comes first
    bench = page.xpath('//div[@id="bench-46042"]')[0].text_content()
    assert "Similarity" in bench and "Put forward by its peers and not by Cahors" in bench


def test_workbook_one_sheet_per_table_codes_as_text(built):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(built[1]["xlsx"], read_only=True)
    assert {"overview", "conventions", "theme_counts", "themes_by_region", "specificities_region", "trends",
            "peers", "peer_gaps", "theme_phrases"} <= set(wb.sheetnames)
    rows = list(wb["conventions"].values)
    header = rows[0]
    deps = {r[header.index("departement")] for r in rows[1:]}
    assert "01" in deps and "971" in deps  # leading zero kept, stored as text
    assert all(isinstance(r[header.index("lead_code")], str) for r in rows[1:])
    assert len(rows) - 1 == 7


def test_iramuteq_format(built):
    corpus = built[1]["iramuteq"].read_text(encoding="utf-8")
    headers = [line for line in corpus.splitlines() if line.startswith("****")]
    assert len(headers) == 7
    for line in headers:
        assert re.fullmatch(r"\*\*\*\*( \*[A-Za-z0-9]+_[A-Za-z0-9_]+)+", line), line
        assert line.split()[1].startswith("*territoire_")
    assert "**** *territoire_Bourg_en_Bresse *code_01053 *type_commune *departement_01 *region_Auvergne_Rhone_Alpes" \
           " *annee_2022" in corpus
    # the text follows its header; stars inside texts would open variables, there are none
    body = [line for line in corpus.splitlines() if line and not line.startswith("****")]
    assert body and not any("*" in line for line in body)
    assert "Bourg-en-Bresse et la Caf de l'Ain ont signé" in corpus


def test_iramuteq_without_text_uses_theme_phrases(tmp_path):
    records = load_records([RECORDS])
    for r in records:
        r.text = None
    write_report(records, iramuteq=tmp_path / "c.txt")
    corpus = (tmp_path / "c.txt").read_text(encoding="utf-8")
    block = corpus.split("*code_01053")[1].split("****")[0]
    assert block.strip().splitlines()[1:] == ["enfance", "jeunesse", "accès aux droits"]


def test_cli_report(tmp_path):
    runner = CliRunner()
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(RECORDS), "-o", str(out), "--territory", "82112"])
    assert result.exit_code == 0, result.output
    assert out.exists() and 'id="bench-82112"' in out.read_text(encoding="utf-8")
    for args, message in ((["report", str(tmp_path / "missing.jsonl"), "-o", str(out)], "no such records file"),
                          (["report", str(RECORDS)], "-o FILE.html"),
                          (["report", str(RECORDS), "-o", str(out), "--territory", "99999"], "99999")):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


# ---- in a real browser -------------------------------------------------------------------------------------

PROBE_HEAD = """<script>
window.__errors = [];
window.addEventListener("error", function (e) { window.__errors.push("error: " + e.message); }, true);
(function (orig) { console.error = function () { window.__errors.push("console.error: " +
  Array.prototype.join.call(arguments, " ")); orig.apply(console, arguments); }; })(console.error);
</script>"""
PROBE_END = """<script>
window.addEventListener("load", function () { setTimeout(function () {
  var grey = "__GREY__", paths = document.querySelectorAll("#map path[data-code]:not(.zoom)"), drawn = 0;
  paths.forEach(function (p) { var b = p.getBBox(); if (b.width > 0 && b.height > 0) { drawn++; } });
  var before = Array.prototype.filter.call(paths, function (p) { return p.getAttribute("fill") !== grey; }).length;
  var select = document.getElementById("map-view");
  select.value = "handicap"; select.dispatchEvent(new Event("change"));
  var tip = document.querySelector('#map path[data-code="22"] title').textContent;
  var legend = document.querySelectorAll("#map-legend li").length;
  select.value = "conventions"; select.dispatchEvent(new Event("change"));
  var charts = Array.prototype.map.call(document.querySelectorAll("svg.chart"), function (s) {
    var r = s.getBoundingClientRect(); return {name: s.dataset.chart, width: r.width, height: r.height,
    marks: s.querySelectorAll("path, rect, use").length}; });
  var map = document.getElementById("map").getBoundingClientRect();
  var out = document.createElement("pre"); out.id = "__probe";
  out.textContent = JSON.stringify({errors: window.__errors, paths: paths.length, drawn: drawn, coloured: before,
    tip: tip, legend: legend, charts: charts, map: {width: map.width, height: map.height},
    resources: performance.getEntriesByType("resource").map(function (e) { return e.name; })});
  document.body.appendChild(out);
}, 100); });
</script>""".replace("__GREY__", GREY)


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _run(browser: str, args: list[str], profile: Path) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", "--disable-sync", f"--user-data-dir={profile}",
             "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
             # any attempt to reach the network fails loudly (and would show as a console error)
             "--host-resolver-rules=MAP * ~NOTFOUND"]
    return subprocess.run([browser, *flags, *args], capture_output=True, text=True, timeout=180)


def test_report_in_headless_chromium(built, tmp_path):
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed (Debian: apt-get update && apt-get install -y chromium)")
    html = built[1]["html"].read_text(encoding="utf-8")
    probed = tmp_path / "probed.html"
    probed.write_text(html.replace("<head>", "<head>" + PROBE_HEAD, 1).replace("</body>", PROBE_END + "</body>", 1),
                      encoding="utf-8")
    result = _run(browser, ["--virtual-time-budget=5000", "--window-size=1280,4000", "--dump-dom",
                            probed.as_uri()], tmp_path / "profile")
    found = lxml_html.fromstring(result.stdout).xpath('//pre[@id="__probe"]/text()') if result.stdout else []
    assert found, f"the page did not finish loading: {result.stderr[-800:]}"
    probe = json.loads(found[0])
    assert probe["errors"] == []
    assert not [line for line in result.stderr.splitlines() if "CONSOLE" in line and "Uncaught" in line]
    assert probe["resources"] == []  # nothing was fetched
    assert probe["paths"] == 101 and probe["drawn"] == 101 and probe["coloured"] == 7
    assert probe["map"]["width"] > 400 and probe["map"]["height"] > 400
    assert probe["tip"].startswith("Côtes-d'Armor (22): 1 of 1") and probe["legend"] == 6
    charts = {c["name"]: c for c in probe["charts"]}
    assert set(charts) == {"prevalence", "trends"}
    assert all(c["width"] > 300 and c["height"] > 150 and c["marks"] > 10 for c in charts.values())

    shot = tmp_path / "report.png"
    _run(browser, ["--window-size=1280,4000", f"--screenshot={shot}", built[1]["html"].as_uri()],
         tmp_path / "profile2")
    assert shot.exists() and shot.stat().st_size > 50_000
    keep = os.environ.get("CTGMINER_SCREENSHOT")  # e.g. CTGMINER_SCREENSHOT=reports/test-report.png to look at it
    if keep:
        shutil.copyfile(shot, keep)
    print(f"screenshot: {shot}")


def test_cli_report_from_a_store(tmp_path):
    """The same report from a corpus store (ctgminer collect + process) as from the records file."""
    from ctgminer.collect.store import Store

    store = Store(tmp_path / "ctg.sqlite")
    rows = [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        store.add_text(row["source"], row["text"], title=row["title"], publication_date=row["publication_date"])
    by_url = {row["source"]: row for row in rows}
    for doc_id, document in store.to_process("test"):
        store.save_record(doc_id, {k: v for k, v in by_url[document.url].items() if k != "text"}, "test")
    store.close()
    out = tmp_path / "store.html"
    result = CliRunner().invoke(app, ["report", "--store", str(tmp_path / "ctg.sqlite"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "7 conventions" in result.output
    page = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    assert len(page.xpath('//table[@id="conv-table"]/tbody/tr')) == 7


def test_heatmaps_by_region_type_and_population(page):
    tables = page.xpath('//table[contains(@class, "heat")]')
    assert len(tables) == 3
    groups = [[th.text_content() for th in t.xpath("tbody/tr/th")] for t in tables]
    assert groups[1] == ["Commune", "Intercommunalité (EPCI)"]  # type codes shown by their names
    # Moissac (13 039), Cahors (19 878) and Bourg-en-Bresse are in the same band
    assert groups[2] == ["10 000 - 49 999", "50 000 - 199 999"]
    row = tables[2].xpath('tbody/tr[th="10 000 - 49 999"]')[0]
    assert row.xpath("string(td[1])") == "3"
    assert groups[0][-1] == "Provence-Alpes-Côte d'Azur"  # régions alphabetical (an 'unknown' one would come last)


def test_a_convention_naming_no_theme_counts_as_a_convention_not_in_theme_shares(tmp_path):
    """A three-line brief ("La Caf du Jura et la commune de Dole ont signé leur CTG ce lundi.") names no theme:
    the report counts its convention and colours its département on the count map, but leaves it out of
    every theme share and says so."""
    from ctgminer.schema import CTGRecord

    brief = CTGRecord.from_dict({
        "source": "https://www.dole.example.fr/actu/ctg", "relevance": "announcement",
        "caf": {"department_code": "39"}, "partners": [{"name": "Dole", "type": "commune", "insee_code": "39198"}],
        "signature_date": "2024-03-04", "themes": [], "theme_phrases": [],
        "text": "La Caf du Jura et la commune de Dole ont signé leur CTG ce lundi."})
    content = write_report([*load_records([RECORDS]), brief], html=tmp_path / "r.html")
    assert (content.overview["conventions"], content.overview["themed"]) == (8, 7)
    assert set(content.prevalence["n"]) == {7}
    assert "Bourgogne-Franche-Comté" not in set(content.by_region["group"])
    page = lxml_html.fromstring((tmp_path / "r.html").read_text(encoding="utf-8"))
    note = " ".join(page.xpath('//section[@id="prevalence"]//p[@class="note"]//text()'))
    assert "over the 7 conventions whose pages name at least one theme" in note and "The other one is left out" in note
    data = json.loads(page.xpath('//script[@id="map-data"]/text()')[0])
    assert data["conventions"]["tip"]["39"] == "Jura (39): 1 convention"
    assert data["handicap"]["tip"]["39"] == "Jura (39): 1 convention, none naming a theme"


def test_method_says_how_far_to_trust_the_shares(page):
    """The method section tells readers that a theme found on any page counts for its convention, and how to check
    the shares against annotated pages."""
    about = " ".join(page.get_element_by_id("about").text_content().split())
    assert "shares lean slightly high" in about
    assert "ctgminer evaluate GOLD.jsonl --conventions" in about
