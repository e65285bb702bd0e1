"""Keyword-lexicon baseline for document themes: a label is predicted when one of its taxonomy synonyms
appears anywhere in the text. Prints micro/macro F1 beside ctgminer's on the same gold file.

Usage: python benchmarks/baseline_lexicon.py [GOLD.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ctgminer.evaluation.evaluate import LABELS, Counts, evaluate_records, read_gold
from ctgminer.extract.components.themes.component import ThemesComponent

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"


def main() -> None:
    gold = read_gold(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_GOLD)
    themes = ThemesComponent()
    micro, per_label = Counts(), {label: Counts() for label in LABELS}
    for g in gold:
        pred = set(themes._lexicon_labels(g["text"])) if g.get("relevance") != "unrelated" else set()
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


if __name__ == "__main__":
    main()
