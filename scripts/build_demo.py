"""Build corpus/demo/records.jsonl: what ctgminer extracts from the real public announcements of the gold files.

Usage (developers; re-run when extraction improves, then commit the output):
    python scripts/build_demo.py [--shared ../shared] [-o corpus/demo/records.jsonl]

Reads ../shared/gold/dev.jsonl and the dev part of dev2.jsonl (the holdout is never read), analyses each text
with ctgminer's Analyser and writes FACTS ONLY: source URL, gold id, codes, dates, amounts, labels, offsets,
relevance, partners, Caf, and theme phrases as short citations (at most 12 words and 80 characters, the record's
`source` being their URL). No `text` field, no sentence copied: every string is cut to 12 words and 80 characters and
signatories (person names) are left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ctgminer.text.normalise import citation

ROOT = Path(__file__).resolve().parents[1]
DROP = ("text", "signatories")  # the page text and person names
KEEP_WHOLE = ("source", "model_version")


def clip(value, key: str = ""):
    """Strings cut to short citations (ctgminer.text.normalise.citation), not copies; recursive."""
    if isinstance(value, str) and key not in KEEP_WHOLE:
        short, cut = citation(value)
        return short if cut else value
    if isinstance(value, dict):
        return {k: clip(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [clip(v, key) for v in value]
    return value


def gold_texts(shared: Path) -> list[dict]:
    from ctgminer.evaluation.evaluate import select_part

    rows = []
    for name, part in (("dev.jsonl", "all"), ("dev2.jsonl", "dev")):
        path = shared / "gold" / name
        if not path.is_file():
            sys.exit(f"error: {path} not found (give --shared)")
        gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows.extend({"id": g.get("id"), "url": g.get("url"), "text": g["text"], "file": name}
                    for g in select_part(gold, part))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "corpus" / "demo" / "records.jsonl")
    args = parser.parse_args()

    from ctgminer.extract.analyser import Analyser
    from ctgminer.schema import Document

    rows = gold_texts(args.shared)
    docs = [Document(source=r["url"] or r["id"], text=r["text"], url=r["url"]) for r in rows]
    lines = []
    for row, record in zip(rows, Analyser().analyse_documents(docs), strict=True):
        data = record.to_dict(include_text=False)
        for key in DROP:
            data.pop(key, None)
        data = clip(data)
        lines.append(json.dumps({"id": row["id"], "gold_file": row["file"], **data}, ensure_ascii=False))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {args.output}")


if __name__ == "__main__":
    main()
