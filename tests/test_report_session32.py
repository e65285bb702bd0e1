"""The report as a reader sees it on a phone and on a desktop (session 32): wide tables scroll inside their own
box instead of pushing the page sideways, charts keep legible text, and every chart or score a policy officer
meets comes with a sentence on how to read it.

Built from tests/data/report_records.jsonl (see tests/test_report.py); the layout checks open the page in
headless Chromium at a phone width (390 px).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html

from ctgminer.compare import load_records
from ctgminer.report.html import write_report

RECORDS = Path(__file__).parent / "data" / "report_records.jsonl"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("report32") / "report.html"
    content = write_report(load_records([RECORDS]), html=out, title="Test report", territories=["46042"])
    return content, out


@pytest.fixture(scope="module")
def page(built):
    return lxml_html.fromstring(built[1].read_text(encoding="utf-8"))


def _css(page) -> str:
    return "\n".join(page.xpath("//style/text()"))


def test_every_data_table_scrolls_in_its_own_box(page):
    """A table wider than a phone scrolls inside a .scroll box; the page itself never scrolls sideways."""
    tables = page.xpath("//main//table")
    assert len(tables) >= 8
    for table in tables:
        parent = table.getparent()
        assert "scroll" in (parent.get("class") or "").split(), (table.get("id"), table.get("class"))
    for name in ("prevalence-table", "spec-table-1", "spec-table-2", "conv-table"):
        assert page.xpath(f'//div[@class="scroll"]/table[@id="{name}"]'), name
    assert page.xpath('//div[@class="bench"]//div[@class="scroll"]/table[@class="peers"]')


def test_tables_in_a_scroll_box_keep_a_readable_width(page):
    css = _css(page)
    # the conventions table has fixed column shares: without a floor they overlap each other on a phone
    assert "#conv-table { table-layout:fixed; width:100%; min-width:" in css
    assert "table.peers { min-width:" in css and "table.spec-table { min-width:" in css
    # in the benchmarks a theme tag is one unit ('Animation de la vie sociale' is not broken over three lines);
    # in the conventions table's fixed-width themes column it may wrap rather than spill into the next column
    assert ".bench .tag { white-space:nowrap; }" in css and ".tag { display:inline-block; white-space:nowrap" not in css
    # the région column of a heatmap stays in view while its theme columns scroll
    assert "table.heat tr > th:first-child { position:sticky; left:0;" in css  # its header too, or theme names slide over it
    # the map and its legend stack in one column that can shrink below the map's drawn size
    assert ".mapbox { grid-template-columns: minmax(0, 1fr); }" in css
    assert "minmax(min(430px, 100%), 1fr)" in css


def test_charts_scroll_rather_than_shrink_on_a_phone(page):
    for name in ("prevalence", "trends"):
        box = page.xpath(f'//svg[@data-chart="{name}"]/..')[0]
        assert "chartbox" in box.get("class").split()
    assert ".chartbox svg.chart { min-width:" in _css(page)


PROBE = """<script>
window.addEventListener("load", function () {
  setTimeout(function () {
    var out = {inner: window.innerWidth, page: document.documentElement.scrollWidth, boxes: [], charts: {}};
    document.querySelectorAll("main table").forEach(function (t) {
      var box = t.parentElement;
      out.boxes.push({id: t.id || t.className, box: box.getBoundingClientRect().right,
                      scrolls: getComputedStyle(box).overflowX});
    });
    out.heat = [];
    document.querySelectorAll("table.heat").forEach(function (t) {
      out.heat.push({table: t.scrollWidth, box: t.parentElement.clientWidth});
    });
    document.querySelectorAll("svg.chart").forEach(function (s) {
      out.charts[s.getAttribute("data-chart")] = s.getBoundingClientRect().width;
    });
    var select = document.getElementById("map-view");
    select.value = "handicap"; select.dispatchEvent(new Event("change"));
    out.legendTitle = document.getElementById("map-legend-title").textContent;
    out.select = {width: select.getBoundingClientRect().width, scroll: select.scrollWidth};
    var pre = document.createElement("pre"); pre.id = "__probe"; pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }, 100);
});
</script>"""


def _probe(built, tmp_path, width: int, script: str = PROBE) -> dict:
    """The JSON a probe script leaves in <pre id="__probe"> once the report is laid out at `width` in Chromium."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")
    probed = tmp_path / f"probed{width}.html"
    probed.write_text(built[1].read_text(encoding="utf-8").replace("</body>", script + "</body>", 1), encoding="utf-8")
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
         f"--user-data-dir={tmp_path / 'profile'}", "--host-resolver-rules=MAP * ~NOTFOUND",
         "--virtual-time-budget=5000", f"--window-size={width},3000", "--dump-dom", probed.as_uri()],
        capture_output=True, text=True, timeout=180)
    found = lxml_html.fromstring(result.stdout).xpath('//pre[@id="__probe"]/text()') if result.stdout else []
    assert found, result.stderr[-800:]
    return json.loads(found[0])


def test_nothing_overflows_a_phone_screen(built, tmp_path):
    probe = _probe(built, tmp_path, 390)
    assert probe["inner"] <= 520  # --dump-dom lays out no narrower than 500 px: still a phone, below every breakpoint
    assert probe["page"] <= probe["inner"], "the page scrolls sideways on a phone"
    for box in probe["boxes"]:
        assert box["box"] <= probe["inner"] and box["scrolls"] == "auto", box
    # choosing a theme on the map names it over the legend
    assert probe["legendTitle"] == "Share of conventions with theme: Handicap"
    # charts keep a legible size (their text is about 10 px at 600 px wide) and scroll in their box
    assert all(width >= 590 for width in probe["charts"].values()), probe["charts"]


def test_each_heatmap_has_a_reading_guide_and_a_colour_key(page):
    """Under each heatmap: a worked example taken from its own cells, then the colour of each share class."""
    tables = page.xpath('//table[contains(@class, "heat")]')
    assert len(tables) == 3
    for table in tables:
        guide = table.getparent().getnext()
        assert guide.tag == "p" and "guide" in guide.get("class").split()
        text = " ".join(guide.text_content().split())
        example = re.search(r"in the row (.+?), the column (.+?) reads (\d+)% over (\d+): \4 of its (\d+) conventions "
                            r"put \2 forward", text)
        assert example, text
        row, theme, share, k, n = example.groups()
        header = [" ".join(th.text_content().split()) for th in table.xpath("./thead/tr/th")]
        body = [r for r in table.xpath("./tbody/tr") if " ".join(r.xpath("./th")[0].text_content().split()) == row]
        cell = body[0].xpath("./td")[header.index(theme) - 1]
        assert cell.get("title").endswith(f": {k} of {n} conventions") and round(100 * int(k) / int(n)) == int(share)
        key = guide.xpath('.//span[@class="heat-key"]/span')
        labels = [" ".join(s.text_content().split()) for s in key]
        assert labels == ["none", "0% – 20%", "20% – 40%", "40% – 60%", "60% – 80%", "80% – 100%"]
        colours = [s.xpath("./i/@style")[0] for s in key]
        assert len(set(colours)) == len(colours), "two share classes are drawn in the same colour"


def test_share_classes_have_distinct_colours_on_the_map_too():
    from ctgminer.report import geometry as geo

    for breaks in (geo.share_breaks(), geo.count_breaks(list(range(1, 40)))):
        colours = [col for col, _ in geo.legend(breaks, as_share=breaks == geo.share_breaks())]
        assert len(colours) == len(set(colours)) == 5 and geo.EMPTY not in colours


def test_dark_heatmap_cells_only_where_white_text_stays_readable(page):
    for cell in page.xpath('//table[contains(@class, "heat")]//td[contains(@class, "cell")]'):
        share = cell.xpath("string(.//a)").strip().split("%")[0]
        if share.isdigit():
            assert ("dark" in cell.get("class").split()) == (int(share) >= 60), cell.get("title")


def test_specificities_are_explained_with_an_example_from_the_table(page):
    guide = page.xpath('//section[@id="specificities"]/p[@class="guide"]')
    assert guide, "no reading guide under the specificities"
    text = " ".join(guide[0].text_content().split())
    first = page.xpath('//table[@id="spec-table-1"]/tbody/tr[1]/td')
    region, theme, k, n, big_k, big_n, score = (" ".join(td.text_content().split()) for td in first)
    assert text.startswith(f"How to read: {region} · {theme} scores {score} because {k} of its {n} conventions")
    assert f"against {big_k} of the {big_n} conventions in France" in text
    assert "K of N = the same for France" in text
    assert [c.text_content() for c in page.xpath('//table[@class="spec-table"]/caption')] == [
        "More than in France as a whole", "Less than in France as a whole"]
    for th in page.xpath('//table[@id="spec-table-1"]/thead//th')[2:6]:
        assert th.get("title"), th.text_content()


def test_benchmarks_say_how_to_read_a_similarity_and_name_types_in_words(page):
    intro = " ".join(page.xpath('//section[@id="benchmarks"]/p[1]')[0].text_content().split())
    assert "Similarity runs from 0 (no theme in common) to 1 (exactly the same themes)" in intro
    types = page.xpath('//div[@class="bench"]//table[@class="peers"]/tbody/tr/td[3]/text()')
    assert types and set(types) <= {"Commune", "Intercommunalité (EPCI)", "Département"}
    heading = page.xpath('//div[@class="bench"]/h3/span/text()')[0]
    assert not re.match(r"\((commune|epci|departement) ", heading), heading


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_the_first_class_stands_apart_from_empty_departements():
    """'1 convention' must not look like 'no convention': the palest class was close to the grey of the map."""
    from ctgminer.report import geometry as geo

    first = geo.legend(geo.share_breaks(), as_share=True)[0][0]
    hi, lo = sorted((_luminance(geo.EMPTY), _luminance(first)), reverse=True)
    assert (hi + 0.05) / (lo + 0.05) > 1.4


def test_map_labels_are_legible_and_the_paris_label_stays_over_its_box(page):
    css = _css(page)
    size = int(re.search(r"#map text \{ font-size:(\d+)px", css).group(1))
    assert size >= 16  # map units: about 11 px on a 1400 px screen (13 gave 9 px)
    label = page.xpath('//svg[@id="map"]//text[contains(@class, "zoom-long")]')[0]
    assert label.text.strip() == "Paris and petite couronne" and label.xpath("./tspan/text()") == ["(enlarged)"]


def test_map_menu_shows_whole_theme_names_and_the_legend_says_what_is_coloured(page):
    """The menu's options were 'Share of conventions with theme: Accompagnement social', cut off in the box at
    any width: an option is the theme name, and the full description is the legend's title."""
    options = page.xpath('//select[@id="map-view"]/option')
    assert [o.text for o in options[:2]] == ["Number of conventions", "Petite enfance"]
    assert all(len(o.text) <= 27 for o in options)
    assert options[1].get("data-title") == "Share of conventions with theme: Petite enfance"
    assert page.xpath('string(//p[@id="map-legend-title"])') == "Number of conventions"
    script = page.xpath("//script[not(@type)]/text()")[0]
    assert 'getElementById("map-legend-title")' in script and 'getAttribute("data-title")' in script


def test_heatmap_counts_say_they_are_not_all_conventions(page):
    """A heatmap row counts the conventions naming a theme, the coverage table all of them: 'Conventions' in
    both, with different figures for the same région, read as a contradiction."""
    for table in page.xpath('//table[contains(@class, "heat")]'):
        assert table.xpath("string(./thead/tr/th[2])") == "Conventions naming a theme"
    assert page.xpath('string(//table[@id="coverage"]/thead/tr/th[2])') == "Conventions"


def test_heatmaps_fit_a_1024_px_screen_without_scrolling(built, tmp_path):
    """Twelve theme columns of 4.2rem did not fit a 1024 px screen: the last ones were hidden in the scroll box."""
    probe = _probe(built, tmp_path, 1024)
    assert probe["page"] <= probe["inner"] == 1024
    assert probe["heat"] and all(h["table"] <= h["box"] for h in probe["heat"]), probe["heat"]


def test_source_links_break_only_when_they_do_not_fit(page):
    """'word-break: break-all' split '[source]' over two lines on a phone; a long URL may still break anywhere."""
    css = _css(page)
    assert "a.src { font-size:.85rem; overflow-wrap:anywhere; }" in css and "break-all" not in css


def test_prevalence_axis_gives_its_base(built, page):
    """A share needs its base: the axis names how many conventions the percentages are of."""
    n = built[0].overview["themed"]
    texts = " ".join(" ".join(t.split()) for t in page.xpath('//svg[@data-chart="prevalence"]//*[local-name()="text"]//text()'))
    assert f"% of the {n} conventions naming a theme that put it forward" in texts


def test_benchmarks_name_conventions_by_their_period_not_their_id(built, page):
    """A territory's conventions read "2022-2026" (else a year, else "undated"), not "ctg-46042-2022"; the id stays
    in the title a pointer shows."""
    content = built[0]
    frame = content.frame.set_index("convention_id")
    listed = page.xpath('//div[@class="bench"]/p[contains(., "Conventions:")]//*[@title]')
    assert listed
    for node in listed:
        cid = node.get("title")
        assert cid in frame.index
        text = node.text_content().strip()
        assert not text.startswith("ctg-")
        period = frame.loc[cid, "period"]
        assert text == (period or text) and (text == "undated" or re.fullmatch(r"\d{4}(-\d{4})?", text))
