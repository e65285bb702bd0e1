"""Refit the parties signing model from the gold records: python scripts/fit_parties.py [GOLD_DIR]."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ctgminer.extract.components.parties.fit import fit_party_model

if __name__ == "__main__":
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1].parent / "shared" / "gold"
    if not (gold / "dev.jsonl").exists():
        sys.exit(f"error: no gold records in {gold}")
    print(json.dumps(fit_party_model(gold), indent=1))
