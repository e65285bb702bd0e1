"""Fill the SIREN column of ctgminer/resources/gazetteer/epci_aliases.tsv from the official names in epci.tsv.

Usage (developers, after editing the aliases or rebuilding epci.tsv): python scripts/build_epci_aliases.py
Each alias row names its EPCI by the official name as epci.tsv writes it (BANATIC); the SIREN is never typed by hand
but resolved here, and the script fails when a name is absent or names two EPCI. The gazetteer's loader checks the
same on every load (`Gazetteer.add_aliases`).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parents[1] / "ctgminer" / "resources" / "gazetteer"


def main() -> int:
    with (BASE / "epci.tsv").open(encoding="utf-8") as fh:
        sirens: dict[str, list[str]] = {}
        for row in csv.DictReader(fh, delimiter="\t"):
            sirens.setdefault(row["name"], []).append(row["siren"])
    path = BASE / "epci_aliases.tsv"
    with path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        fields, rows = reader.fieldnames, list(reader)
    bad = [r["name"] for r in rows if len(sirens.get(r["name"], [])) != 1]
    if bad:
        print("official names not found once in epci.tsv:", *bad, sep="\n  ", file=sys.stderr)
        return 1
    for r in rows:
        r["siren"] = sirens[r["name"]][0]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} aliases resolved -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
