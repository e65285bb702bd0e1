"""The map's labels on a phone (session 33): the overseas insets' names and the Paris box's label were about 5 px
tall at 390 px (16 map units on a map drawn about 350 px wide for 1,012 units). Under 640 px they are drawn at 30
units, and the Paris box takes a short label that stays within its width.

Built from tests/data/report_records.jsonl; the layout check opens the page in headless Chromium.
"""

from __future__ import annotations

from tests.test_report_session32 import _probe, built  # noqa: F401  (the report fixture and the Chromium probe)

MAP_PROBE = """<script>
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


def test_map_labels_are_legible_on_a_phone(built, tmp_path):  # noqa: F811
    probe = _probe(built, tmp_path, 390, MAP_PROBE)
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
    probe = _probe(built, tmp_path, 1400, MAP_PROBE)
    names = [label["text"] for label in probe["labels"]]
    assert "Paris and petite couronne(enlarged)" in names and "Paris(enlarged)" not in names
    one_line = [label for label in probe["labels"] if "zoom" not in label["cls"]]
    assert len(one_line) == 5 and all(8 <= label["height"] <= 16 for label in one_line), probe["labels"]
