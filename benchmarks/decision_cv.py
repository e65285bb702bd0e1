"""Would a document decision fitted on every read page do better on the next writer's pages?

The document decision (`ctgminer.classify.theme_labels`, `doc_model.md`) is fitted on the real gold and a few
written development sets. Since then thousands of written pages have been read for errors (tests/data/written,
read_* and dev_*: one writer per set). This benchmark refits the decision on them under cross-validation grouped
by SET (a writer's pages never sit in both train and test) and compares it with the shipped weights on the same
pages: the logistic regression on the shipped features, and a gradient-boosted family on the same features plus
the label's identity. The phrase classifier scores the found phrases out of fold (`oof_phrase_probabilities`).

Each refit is shown at the shipped threshold and at its best threshold on the pooled out-of-fold scores (an upper
bound: the threshold is chosen on the test folds). The blind sets and dev2's holdout are never read.

Usage: python benchmarks/decision_cv.py [--folds 20] [--sets read_ch read_ci ...]  (--sets: the sets reported as
"newest"; default the last three read sets)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from ctgminer.classify.theme_labels.decision import load_decision
from ctgminer.classify.theme_labels.fit import (
    _pairs,
    document_figures,
    found_on_records,
    oof_phrase_probabilities,
)
from ctgminer.classify.themes import labels
from ctgminer.evaluation.evaluate import read_gold, select_part

ROOT = Path(__file__).resolve().parents[1]
WRITTEN = ROOT / "tests" / "data" / "written"
GOLD = ROOT.parent / "shared" / "gold"


def read_pages(gold: Path = GOLD, written: Path = WRITTEN) -> list[dict]:
    """Every readable page with its set: dev, dev2's dev part, and the written dev_* and read_* sets."""
    records = [{**r, "set": "dev"} for r in read_gold(gold / "dev.jsonl")]
    records += [{**r, "set": "dev2dev"} for r in select_part(read_gold(gold / "dev2.jsonl"), "dev")]
    for path in sorted(written.glob("*.jsonl")):
        if path.stem.startswith(("dev_", "read_")):
            records += [{**r, "set": path.stem, "written": True} for r in read_gold(path)]
    return found_on_records(records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=20)
    parser.add_argument("--sets", nargs="*", default=None)
    args = parser.parse_args(argv)
    if not (GOLD / "dev.jsonl").exists():
        print(f"error: no gold records in {GOLD}", file=sys.stderr)
        return 2
    pages = read_pages()
    probs = oof_phrase_probabilities(pages)
    x, y, page, scored = _pairs(pages, probs)
    label_list = labels()
    n_labels = len(label_list)
    sets = np.array([pages[i]["set"] for i in page])
    newest = args.sets or sorted({s for s in sets if s.startswith("read_")}, key=lambda s: (len(s), s))[-3:]
    masks = {"all": np.ones(len(y), bool), "real": np.isin(sets, ["dev", "dev2dev"]),
             "newest": np.isin(sets, newest)}
    print(f"{len(pages)} pages (not unrelated) in {len(set(sets))} sets; newest: {', '.join(newest)}")

    def show(name: str, pred: np.ndarray) -> None:
        cells = []
        for key, m in masks.items():
            f = document_figures(y[m], pred[m], scored[m], n_labels)
            cells.append(f"{key} {f['micro_f1']:.4f} / {f['macro_f1']:.4f}")
        per_set = [document_figures(y[sets == s], pred[sets == s], scored[sets == s], n_labels)["micro_f1"]
                   for s in sorted(set(sets))]
        print(f"{name:50s} " + "   ".join(cells) + f"   mean of sets {np.mean(per_set):.4f}")

    decision = load_decision()
    shipped = np.concatenate([decision.decide(pr, p["sources"], p["lexical"], p["sentences"], label_list,
                                              p["mentions"]) for p, pr in zip(pages, probs, strict=True)])
    show("shipped decision", (shipped >= decision.threshold).astype(int))
    identity = np.tile(np.eye(n_labels), (len(pages), 1))
    families = {
        "logistic, shipped features": (x, lambda: LogisticRegression(C=1.0, max_iter=3000)),
        "boosted trees, features + label": (np.hstack([x, identity]), lambda: HistGradientBoostingClassifier(
            max_iter=200, learning_rate=0.05, max_leaf_nodes=15, l2_regularization=1.0, random_state=0)),
    }
    for name, (features, make) in families.items():
        oof = np.zeros(len(y))
        for train, test in GroupKFold(args.folds).split(features, y, sets):
            keep = train[scored[train]]
            oof[test] = make().fit(features[keep], y[keep]).predict_proba(features[test])[:, 1]
        show(f"{name}, threshold {decision.threshold:.3f}", (oof >= decision.threshold).astype(int))
        cuts = np.arange(0.2, 0.71, 0.025)
        best = max(cuts, key=lambda c: sum(document_figures(y, (oof >= c).astype(int), scored, n_labels)[k]
                                           for k in ("micro_f1", "macro_f1")))
        show(f"{name}, best threshold {best:.3f} (bound)", (oof >= best).astype(int))
    return 0


if __name__ == "__main__":
    sys.exit(main())
