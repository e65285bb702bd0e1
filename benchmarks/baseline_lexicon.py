"""Keyword-lexicon baseline for document themes: a label is predicted when one of its taxonomy synonyms
appears anywhere in the text. Prints micro/macro F1 beside ctgminer's on the same gold file: the floor to beat.

Usage: python benchmarks/baseline_lexicon.py [GOLD.jsonl] [--part all|dev|holdout]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ctgminer.evaluation.evaluate import LABELS, Counts, GoldError, evaluate_records, read_gold, select_part
from ctgminer.extract.components.themes.lexicon import label_lexicons

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"


def lexicon_themes(text: str) -> set[str]:
    return {label for label, rx in label_lexicons().items() if rx.search(text)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--part", default="dev", choices=["all", "dev", "holdout"])
    args = parser.parse_args()
    try:
        gold = select_part(read_gold(args.gold), args.part)
    except GoldError as exc:
        print(f"baseline_lexicon: cannot read the gold file ({exc}); the shared gold data (../shared/gold) is "
              "needed, or pass a gold JSONL path.", file=sys.stderr)
        return 2
    micro, per_label = Counts(), {label: Counts() for label in LABELS}
    for g in gold:
        pred = lexicon_themes(g["text"]) if g.get("relevance") != "unrelated" else set()
        truth = set(g.get("themes") or [])
        micro.add(Counts(tp=len(pred & truth), fp=len(pred - truth), fn=len(truth - pred)))
        for label in LABELS:
            per_label[label].add(Counts(tp=label in pred and label in truth, fp=label in pred and label not in truth,
                                        fn=label in truth and label not in pred))
    macro = sum(c.f1 for c in per_label.values()) / len(per_label)
    scores = evaluate_records(gold).scores()
    print(f"keyword lexicon baseline: micro-F1 {micro.f1:.3f}  macro-F1 {macro:.3f}")
    print(f"ctgminer                : micro-F1 {scores['themes_micro']['f1']:.3f}  "
          f"macro-F1 {scores['themes_macro']['f1']:.3f}")
    print(json.dumps({"baseline_micro": round(micro.f1, 4), "baseline_macro": round(macro, 4)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
