"""Refit the parties signing model from the gold records: python scripts/fit_parties.py [GOLD_DIR] [--written].

--written adds the written development pages (tests/data/written/dev_a, dev_c, dev_e) to the real gold texts; --pool adds
every read written set (dev_* and read_*) and cross-validates by set (see benchmarks/parties_cv.py before keeping it)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ctgminer.extract.components.parties.fit import WRITTEN_DIR, fit_party_model

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    gold = Path(args[0]) if args else Path(__file__).resolve().parents[1].parent / "shared" / "gold"
    if not (gold / "dev.jsonl").exists():
        sys.exit(f"error: no gold records in {gold}")
    pool = "--pool" in sys.argv[1:]
    written = WRITTEN_DIR if "--written" in sys.argv[1:] or pool else None
    print(json.dumps(fit_party_model(gold, written_dir=written, pool=pool), indent=1))
