"""The map's labels on a phone (session 33): the overseas insets' names and the Paris box's label were about 5 px
tall at 390 px (16 map units on a map drawn about 350 px wide for 1,012 units). Under 640 px they are drawn at 30
units, and the Paris box takes a short label that stays within its width.

Built from tests/data/report_records.jsonl; the layout check opens the page in headless Chromium.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from lxml import html as lxml_html

from tests.test_report_session32 import built  # noqa: F401  (the module's report fixture)

PROBE = """<script>
window.addEventListener("load", function () {
  setTimeout(function () {
    var shown = function (el) { return getComputedStyle(el).display !== "none"; };
    var labels = Array.prototype.filter.call(document.querySelectorAll("#map text"), shown);
    var rects = Array.prototype.map.call(document.querySelectorAll("#map rect.inset"),
      function (r) { var b = r.getBoundingClientRect(); return {left: b.left, right: b.right}; });
    var out = {width: window.innerWidth, labels: labels.map(function (el) {
      var b = el.getBoundingClientRect();
      return {text: el.textContent, height: b.height, left: b.left, right: b.right,
              cls: el.getAttribute("class") || ""}; }), rects: rects};
    var pre = document.createElement("pre"); pre.id = "__probe"; pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }, 100);
});
</script>"""


def _probe(path, tmp_path, width: int) -> dict:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")
    probed = tmp_path / f"probed{width}.html"
    probed.write_text(path.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>", 1), encoding="utf-8")
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
         f"--user-data-dir={tmp_path / 'profile'}", "--host-resolver-rules=MAP * ~NOTFOUND",
         "--virtual-time-budget=5000", f"--window-size={width},3000", "--dump-dom", probed.as_uri()],
        capture_output=True, text=True, timeout=180)
    found = lxml_html.fromstring(result.stdout).xpath('//pre[@id="__probe"]/text()') if result.stdout else []
    assert found, result.stderr[-800:]
    return json.loads(found[0])


def test_map_labels_are_legible_on_a_phone(built, tmp_path):  # noqa: F811
    probe = _probe(built[1], tmp_path, 390)
    assert probe["width"] <= 640  # below the breakpoint (--dump-dom lays out no narrower than 500 px)
    names = [label["text"] for label in probe["labels"]]
    for name in ("Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"):
        assert name in names
    # the long Paris label is hidden, the short one shown on two lines: "Paris" then "(enlarged)"
    assert "Paris and petite couronne(enlarged)" not in names and "Paris(enlarged)" in names
    for label in probe["labels"]:
        assert label["height"] >= 9, label  # about 5 px before
    paris = next(label for label in probe["labels"] if label["text"] == "Paris(enlarged)")
    box = min(probe["rects"], key=lambda r: r["left"] + r["right"])  # the Paris box is the one furthest left
    assert paris["right"] <= box["right"] + 2, (paris, box)


def test_map_labels_keep_their_desktop_size(built, tmp_path):  # noqa: F811
    probe = _probe(built[1], tmp_path, 1400)
    names = [label["text"] for label in probe["labels"]]
    assert "Paris and petite couronne(enlarged)" in names and "Paris(enlarged)" not in names
    one_line = [label for label in probe["labels"] if "zoom" not in label["cls"]]
    assert len(one_line) == 5 and all(8 <= label["height"] <= 16 for label in one_line), probe["labels"]
