"""Build ctgminer/resources/themes/real_phrases.jsonl from the gold theme phrases of ../shared/gold, and
written_page_phrases.jsonl from those of our written development pages (tests/data/written/dev_*.jsonl; our own
texts, kept whole; the blind_* sets are never read).

Only facts and short citations are stored: a phrase of at most 12 words and 80 characters is kept whole with its URL; a longer one
keeps its labels and a truncated citation (marked "truncated"), which is also what the classifier trains
on, so that `ctgminer train` reproduces the model from packaged data alone. dev2's holdout is never read.

Usage: python scripts/build_real_phrases.py [SHARED_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ctgminer.evaluation.evaluate import GoldError, read_gold, select_part
from ctgminer.text.normalise import citation

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "ctgminer" / "resources" / "themes" / "real_phrases.jsonl"
WRITTEN_OUT = OUT.with_name("written_page_phrases.jsonl")
WRITTEN_DEV = sorted((ROOT / "tests" / "data" / "written").glob("dev_*.jsonl"))


def cite(text: str) -> tuple[str, bool]:
    return citation(text)


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    rows = []
    try:
        for name, part in (("dev.jsonl", "all"), ("dev2.jsonl", "dev")):
            for record in select_part(read_gold(shared / "gold" / name), part):
                for phrase in record.get("theme_phrases") or []:
                    text, truncated = cite(phrase["text"])
                    row = {"text": text, "labels": sorted(phrase["labels"]), "url": record.get("url"),
                           "gold": name.removesuffix(".jsonl")}
                    if truncated:
                        row["truncated"] = True
                    rows.append(row)
    except GoldError as exc:
        print(f"cannot read the gold files: {exc}", file=sys.stderr)
        return 1
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} phrases to {OUT}")
    written = [{"text": p["text"], "labels": sorted(p["labels"]), "url": record["url"]}
               for path in WRITTEN_DEV for record in read_gold(path) for p in record.get("theme_phrases") or []]
    WRITTEN_OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in written), encoding="utf-8")
    print(f"wrote {len(written)} phrases to {WRITTEN_OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
