"""Would the parties' signing model fitted on every read page do better on the next writer's pages?

The signing model (`ctgminer/extract/components/parties/party_model.md`) is fitted on the real gold. Thousands of
written pages have been read for errors since (tests/data/written dev_* and read_*: one writer per set). This
benchmark scores, on the real gold and those pages, (1) the shipped weights, (2) a refit on the real gold only
(out of fold by document on the real gold, out of sample on the written pages) and (3) a refit on the real gold
and every read set under cross-validation grouped by SET (a writer's pages never sit in both train and test),
each fed through the component's decision and the analyser's convention override and scored per document like
`ctgminer evaluate`. The blind sets and dev2's holdout are never read.

Session 29 (3,529 pages, threshold 0.6, partners F1 on the written pool / the newest sets read_ch, read_ci, read_cj):
shipped 0.969 / 0.863; refit on the real gold 0.964 / 0.865 (C=0.3), 0.963 / 0.865 (C=1); pool fit by set 0.965 / 0.850
(C=0.3), 0.965 / 0.849 (C=1): no refit kept.

Usage: python benchmarks/parties_cv.py [--folds 10] [--C 0.3] [--sets read_ch read_ci read_cj]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from ctgminer.extract.components.parties.component import PartiesComponent
from ctgminer.extract.components.parties.fit import (
    WRITTEN_DIR,
    doc_scores,
    entity_scores,
    gold_candidates,
    out_of_fold,
    readable_records,
)
from ctgminer.extract.components.parties.model import load_model

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def shipped(comp: PartiesComponent, doc: dict) -> list[float]:
    return [0.0 if row is None else comp.score(c) for c, row in doc["rows"]]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--C", type=float, default=None, help="default: the shipped model's C")
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--sets", nargs="*", default=["read_ch", "read_ci", "read_cj"])
    args = ap.parse_args()
    model = load_model()
    C = args.C or float(model.version.split("-C")[1].split("-")[0])
    records, _ = readable_records(GOLD, WRITTEN_DIR, pool=True)
    X, y, groups, docs = gold_candidates(records)
    comp = PartiesComponent(None)
    threshold = comp.threshold
    real = {"dev", "dev2dev"}
    written = {d["set"] for d in docs} - real
    vec = DictVectorizer(sparse=False)
    Xm = vec.fit_transform(X)
    runs = {"shipped": [shipped(comp, d) for d in docs]}
    # refit on the real gold only: out of fold on it, out of sample on the written pages
    rows_real = [i for i, g in enumerate(groups) if docs[g]["set"] in real]
    clf = LogisticRegression(C=C, max_iter=2000).fit(Xm[rows_real], [y[i] for i in rows_real])
    oof_real = out_of_fold(Xm[rows_real], [y[i] for i in rows_real], [groups[i] for i in rows_real], docs, vec,
                           5, C, 0)
    runs["refit real"] = [oof_real[i] if d["set"] in real else doc_scores(clf, vec, d) for i, d in enumerate(docs)]
    for r in range(args.repeats):
        runs[f"pool by set #{r}"] = out_of_fold(Xm, y, groups, docs, vec, args.folds, C, r, by_set=True)
    views = {"real gold": real, "written pool": written, "newest": set(args.sets)}
    print(f"C={C} threshold={threshold}; {len(docs)} pages, {len(y)} candidates")
    for name, scores in runs.items():
        for t in sorted({threshold, 0.5, 0.7}):
            cells = []
            for view, sets in views.items():
                s = entity_scores(comp, docs, scores, t, sets=sets)
                cells.append(f"{view} P{s['precision']:.3f} R{s['recall']:.3f} F{s['f1']:.3f}")
            print(f"{name:18} t={t}: " + " | ".join(cells))
        comp.threshold = threshold


if __name__ == "__main__":
    main()
