"""What extraction errors do to the comparison: conventions and theme shares of the gold against ctgminer's.

Prints, for the real gold (dev.jsonl whole and dev2.jsonl's dev part, pooled, then each) and for the written read
sets (tests/data/written/read_*.jsonl; never the blind sets: each writer's set grouped alone then pooled, and all
of them as one corpus), the grouping agreement (B-cubed over
the pages announced on both sides), the conventions on each side, the theme shares over conventions (the report's
prevalence) with their differences in points, and the conventions per région (see
ctgminer/evaluation/compare_eval.py).

Usage: python benchmarks/compare_accuracy.py [--only real|written] [--records FILE.jsonl] [--workers N] [--details]

`--records` keeps ctgminer's records of the pages in a JSONL file, keyed by page, and reads them back on the next
run (delete the file after a code change). The holdout of dev2 is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from ctgminer.evaluation.compare_eval import ComparisonCheck, check_comparison, format_check, pool_checks
from ctgminer.evaluation.evaluate import GoldError, read_gold, select_part
from ctgminer.schema import CTGRecord

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "gold"
WRITTEN = ROOT / "tests" / "data" / "written"


def real_sets() -> dict[str, list[dict]]:
    """dev.jsonl whole and dev2.jsonl's dev part (the holdout is never read)."""
    return {"dev": read_gold(SHARED / "dev.jsonl"), "dev2 (dev part)": select_part(read_gold(SHARED / "dev2.jsonl"),
                                                                                   "dev")}


def written_sets() -> dict[str, list[dict]]:
    """Every read written set (read_*.jsonl); the blind ones are never opened."""
    return {p.stem: read_gold(p) for p in sorted(WRITTEN.glob("read_*.jsonl"))}


def _key(g: dict) -> str:
    return f"{g.get('id')}|{g.get('url')}"


def analysed(gold: list[dict], cache: Path | None, workers: int) -> list[CTGRecord]:
    """ctgminer's record of each gold page, from the cache file when it holds it, else analysed (and cached)."""
    from ctgminer.evaluation.compare_eval import extracted_records
    from ctgminer.extract.analyser import Analyser

    known: dict[str, CTGRecord] = {}
    if cache is not None and cache.is_file():
        for line in cache.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            known[row["key"]] = CTGRecord.from_dict(row["record"])
    missing = [g for g in gold if _key(g) not in known]
    if missing:
        start = time.time()
        records = extracted_records(missing, Analyser(workers=workers))
        print(f"(analysed {len(missing)} pages in {time.time() - start:.0f} s)", file=sys.stderr)
        for g, record in zip(missing, records, strict=True):
            known[_key(g)] = record
        if cache is not None:
            with cache.open("a", encoding="utf-8") as fh:
                for g, record in zip(missing, records, strict=True):
                    fh.write(json.dumps({"key": _key(g), "record": record.to_dict(include_text=False)},
                                        ensure_ascii=False) + "\n")
    return [known[_key(g)] for g in gold]


def report(title: str, check: ComparisonCheck, details: bool) -> None:
    print(f"== {title}")
    text = format_check(check)
    if not details:  # the splits and merges page by page only on demand
        text = text.split("\n\nconventions split or merged")[0]
    print(text)
    diffs = check.differences
    if len(diffs):
        # what differs between the two sides on the pages of each convention split or merged (a convention
        # counts under each fact that differs on one of its pages)
        print(f"\n{len(diffs)} conventions split or merged (pages: median {diffs['pages'].map(len).median():.0f}, "
              f"max {diffs['pages'].map(len).max()}), by the facts that differ on their pages"
              + ("" if details else " (--details lists them)"))
        for kind in ("split", "merge"):
            part = diffs[diffs["kind"] == kind]
            if part.empty:
                continue
            tally = Counter(field for fields in part["fields"] for field in fields or ["none on its pages"])
            print(f"  {kind} ({len(part)}): " + ", ".join(f"{field} {n}" for field, n in tally.most_common()))
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["real", "written"])
    parser.add_argument("--records", type=Path, help="JSONL cache of ctgminer's records of the pages")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--details", action="store_true", help="list the conventions split or merged, page by page")
    args = parser.parse_args()
    if args.only != "written":
        try:
            real = real_sets()
        except GoldError as exc:
            print(f"compare_accuracy: the real gold is needed in ../shared/gold ({exc})", file=sys.stderr)
            return 2
        pooled = [g for gold in real.values() for g in gold]
        report("real gold: dev + dev2's dev part, pooled",
               check_comparison(pooled, records=analysed(pooled, args.records, args.workers)), args.details)
        for name, gold in real.items():
            report(f"real gold: {name}", check_comparison(gold, records=analysed(gold, args.records, args.workers)),
                   args.details)
    if args.only != "real":
        written = written_sets()
        pooled = [g for gold in written.values() for g in gold]
        records = dict(zip(map(_key, pooled), analysed(pooled, args.records, args.workers), strict=True))
        # each writer's pages grouped alone (the conventions a writer meant), then pooled
        checks = [check_comparison(gold, records=[records[_key(g)] for g in gold]) for gold in written.values()]
        report(f"written read sets, each set grouped alone, pooled ({len(written)} sets)", pool_checks(checks),
               args.details)
        # all pages as one corpus: pages of several writers about one territory group together on both sides
        report(f"written read sets as one corpus ({len(written)} sets)",
               check_comparison(pooled, records=[records[_key(g)] for g in pooled]), args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
