"""Scale benchmark: compare + report (HTML, workbook, IRaMuTeQ) for N synthetic conventions.

    python benchmarks/bench_report.py [--conventions 10000] [--out /tmp/bench_report]

Synthetic records are drawn from the packaged gazetteer (real communes and EPCI, real Caf départements),
one to three announcement records per convention (EPCI, then communes outside them) (the territory's page, the Caf's, the press), with 2 to 7
themes each and short theme phrases written from the taxonomy's examples. Prints the time of each stage,
the peak memory (resident set, from the OS) and the size of each file.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from ctgminer.schema import Caf, CTGRecord, Partner, ThemePhrase


def synthetic_records(n_conventions: int, seed: int = 0) -> list[CTGRecord]:
    """Records announcing `n_conventions` distinct conventions (some territories sign two, years apart)."""
    from ctgminer.extract.components.themes.lexicon import taxonomy
    from ctgminer.gazetteer import get_gazetteer

    rng = random.Random(seed)
    gaz = get_gazetteer()
    tax = taxonomy()["labels"]
    labels = list(tax)
    weights = [0.9, 0.6, 0.75, 0.8, 0.55, 0.6, 0.35, 0.3, 0.25, 0.3, 0.35, 0.2]
    epcis = [p for p in gaz.epcis if p.departement in gaz.departements]
    rng.shuffle(epcis)
    # a commune inside a leading EPCI would join the EPCI's convention (same territory, same period): keep
    # communes of the other EPCI, each its own convention
    epcis = epcis[:400]
    leading = {p.code for p in epcis}
    communes = [p for p in gaz.commune_by_code.values()
                if p.departement in gaz.departements and p.population > 500 and p.epci not in leading]
    rng.shuffle(communes)
    leads = [(p, "epci") for p in epcis] + [(p, "commune") for p in communes]
    records: list[CTGRecord] = []
    for i in range(n_conventions):
        place, kind = leads[i % len(leads)]
        second_round = i >= len(leads)
        dep = gaz.departements[place.departement]
        start = rng.choice([2019, 2020, 2021, 2022]) + (5 if second_round else 0)
        year = start if rng.random() < 0.7 else start - 1
        # themes: regional flavour (a région favours some themes) so that specificities have something to find
        tilt = hash(gaz.region_of_departement.get(dep.code, "")) % len(labels)
        themes = [lab for j, lab in enumerate(labels) if rng.random() < min(0.95, weights[j] + (0.3 if j == tilt else 0))]
        phrases = [ThemePhrase(text=rng.choice(tax[lab]["examples"]), labels=[lab], scores={lab: 0.9}, start=0, end=0)
                   for lab in themes]
        for k in range(rng.choice([1, 1, 2, 3])):
            site = ["www.ville", "www.caf.fr/allocataires/caf-", "actu.presse"][k]
            records.append(CTGRecord(
                source=f"https://{site}-{place.code}.example.fr/ctg-{start}-{k}",
                title=f"Convention territoriale globale {place.name}",
                publication_date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                relevance="announcement", relevance_score=0.9,
                caf=Caf(name=f"Caf {dep.name}", department=dep.name, department_code=dep.code),
                partners=[Partner(name=place.name, type=kind, insee_code=place.code)],
                signature_date=f"{year}-{rng.randint(1, 12):02d}" if k == 0 else None,
                period_start=start, period_end=start + 4, duration_years=5,
                theme_phrases=phrases[: max(1, len(phrases) - k)], themes=themes,
                text=None,
            ))
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conventions", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="bench_report_"))
    out.mkdir(parents=True, exist_ok=True)

    from ctgminer.report.content import build_content
    from ctgminer.report.export import atomic_write, write_workbook
    from ctgminer.report.html import iramuteq_texts, render_html

    t0 = time.perf_counter()
    records = synthetic_records(args.conventions)
    t1 = time.perf_counter()
    content = build_content(records)
    t2 = time.perf_counter()
    html = out / "report.html"
    atomic_write(html, render_html(content, title=f"Benchmark: {args.conventions} synthetic conventions"))
    t3 = time.perf_counter()
    from ctgminer.report.content import TEXT_COLUMNS

    xlsx = out / "report.xlsx"
    write_workbook(xlsx, content.sheets(), text_columns=TEXT_COLUMNS)
    t4 = time.perf_counter()
    corpus = out / "corpus.txt"
    atomic_write(corpus, iramuteq_texts(content))
    t5 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"records: {len(records)}  conventions: {len(content.frame)}  (generated in {t1 - t0:.1f} s)")
    print(f"compare (conventions, frame, tables, specificities, trends, peers): {t2 - t1:.1f} s")
    print(f"HTML report: {t3 - t2:.1f} s, {html.stat().st_size / 1e6:.2f} MB ({html})")
    print(f"XLSX workbook: {t4 - t3:.1f} s, {xlsx.stat().st_size / 1e6:.2f} MB")
    print(f"IRaMuTeQ corpus: {t5 - t4:.1f} s, {corpus.stat().st_size / 1e6:.2f} MB")
    print(f"total {t5 - t1:.1f} s (without generation); peak memory {peak:.0f} MB")
    load = page_load_seconds(html)
    if load is not None:
        print(f"page load in headless Chromium (navigation start to load event): {load:.2f} s")


LOAD_PROBE = """<script>addEventListener("load", function () { setTimeout(function () {
  var t = performance.getEntriesByType("navigation")[0], p = document.createElement("pre");
  p.id = "__load"; p.textContent = (t.loadEventStart / 1000).toFixed(2); document.body.appendChild(p); }, 0); });
</script>"""


def page_load_seconds(html: Path) -> float | None:
    """Seconds from navigation start to the load event in headless Chromium (the page's own timing, read
    through a probe added to a copy of the page)."""
    import re
    import shutil
    import subprocess

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("chromium not found: page load not measured (apt-get install -y chromium)")
        return None
    probed = html.with_name("probed.html")
    probed.write_text(html.read_text(encoding="utf-8").replace("</body>", LOAD_PROBE + "</body>", 1), encoding="utf-8")
    result = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--no-first-run", "--disable-sync",
                             f"--user-data-dir={tempfile.mkdtemp(prefix='bench_chromium_')}",
                             "--virtual-time-budget=60000", "--dump-dom", probed.as_uri()],
                            capture_output=True, text=True, timeout=300)
    found = re.search(r'<pre id="__load">([\d.]+)</pre>', result.stdout)
    return float(found.group(1)) if found else None


if __name__ == "__main__":
    sys.exit(main())
