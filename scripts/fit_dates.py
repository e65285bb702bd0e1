"""Refit the signature-date weights of the dates component from the gold.

Each date the component finds (and places in time) is a candidate with the features of
`DatesComponent.signature_features`; it is labelled positive when its value is the gold signature date (or one of
its `also_ok` readings). A logistic regression is cross-validated GROUPED BY DOCUMENT (no text is on both sides of a
fold); the regularisation and the decision threshold are chosen on the out-of-fold document-level F1 of the chosen
date, then the model is refitted on all candidates and saved beside the component with a card.

    python scripts/fit_dates.py [--gold ../shared/gold/dev.jsonl ../shared/gold/dev2.jsonl]

Only the dev part of dev2.jsonl is read (`select_part(..., "dev")`): its holdout stays unread.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from ctgminer.evaluation.evaluate import read_gold, select_part
from ctgminer.extract.analyser import load_pipeline
from ctgminer.extract.components.dates.component import HERE

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "gold"
OUT = HERE / "signature_weights.json"
CARD = HERE / "signature_weights.card.md"
WRITTEN = HERE / "written_signatures.jsonl"  # texts written for rare classes: training only, never scored
CS = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(float(t), 2) for t in np.arange(0.2, 0.81, 0.05))


def candidates(gold: list[dict]) -> tuple[list[str], list[dict]]:
    """One row per placed date candidate: doc index, features, label."""
    nlp = load_pipeline(("ctg_dates",))
    rows, names = [], None
    for i, (g, doc) in enumerate(zip(gold, nlp.pipe(r["text"] for r in gold), strict=True)):
        ok = {g.get("signature_date")} | set((g.get("also_ok") or {}).get("signature_date", []))
        ok.discard(None)
        for span in doc.spans["dates"]:
            value = span._.value
            if not value.features or "sign_sentence" not in value.features:
                continue  # not a candidate (unplaced, or inside a period)
            names = names or [k for k, v in value.features.items() if isinstance(v, float)]
            rows.append({"doc": i, "x": [value.features[k] for k in names], "y": int(value.iso in ok),
                         "iso": value.iso, "start": span.start_char,
                         "p0": value.signature_probability})
    return names or [], rows


def doc_f1(gold: list[dict], rows: list[dict], probs: np.ndarray, threshold: float) -> dict:
    """Document-level P/R/F1 of the chosen date (highest probability at or above the threshold)."""
    best: dict[int, tuple[float, dict]] = {}
    for row, p in zip(rows, probs, strict=True):
        key = (p, len(row["iso"] or ""), -row["start"])
        if p >= threshold and (row["doc"] not in best or key > best[row["doc"]][0]):
            best[row["doc"]] = (key, row)
    tp = fp = fn = 0
    for i, g in enumerate(gold):
        if g.get("relevance") == "unrelated":
            continue  # the record gives no CTG field for these (relevance gate): scored as the evaluator does
        ok = {g.get("signature_date")} | set((g.get("also_ok") or {}).get("signature_date", []))
        pred = best[i][1]["iso"] if i in best else None
        if pred is not None and pred in ok:
            tp += 1
        elif pred is not None:
            fp += 1
            fn += bool(g.get("signature_date"))
        elif g.get("signature_date"):
            fn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", nargs="+", type=Path, default=[SHARED / "dev.jsonl", SHARED / "dev2.jsonl"])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=10)
    args = ap.parse_args()
    # dev2.jsonl keeps a holdout (never read here); dev.jsonl is all development data
    gold = [r for path in args.gold
            for r in (select_part(read_gold(path), "dev") if path.name == "dev2.jsonl" else read_gold(path))]
    written = [json.loads(line) for line in WRITTEN.read_text(encoding="utf-8").splitlines() if line.strip()]
    names, all_rows = candidates(gold + written)
    # written texts (rare classes: a circulaire's date, a dated count of conventions, a council vote, a caption,
    # a presentation...) sit in the training side of every fold and in the final fit; every figure is on real texts
    rows = [r for r in all_rows if r["doc"] < len(gold)]
    extra = [r for r in all_rows if r["doc"] >= len(gold)]
    X = np.array([r["x"] for r in rows])
    y = np.array([r["y"] for r in rows])
    Xw = np.array([r["x"] for r in extra]).reshape(len(extra), len(names))
    yw = np.array([r["y"] for r in extra], dtype=int)
    groups = np.array([r["doc"] for r in rows])
    previous = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    before = doc_f1(gold, rows, np.array([r["p0"] for r in rows]), previous.get("threshold", 0.5))
    results = []
    for c, cw in ((c, cw) for c in CS for cw in (None, "balanced")):
        oofs = []
        for seed in range(args.repeats):  # repeated, shuffled folds: one split of ~100 documents is too noisy
            oof = np.zeros(len(rows))
            folds = StratifiedGroupKFold(n_splits=args.folds, shuffle=True, random_state=seed)
            for train, test in folds.split(X, y, groups):
                model = LogisticRegression(C=c, class_weight=cw, max_iter=3000).fit(
                    np.vstack([X[train], Xw]), np.concatenate([y[train], yw]))
                oof[test] = model.predict_proba(X[test])[:, 1]
            oofs.append(oof)
        for t in THRESHOLDS:
            runs = [doc_f1(gold, rows, oof, t) for oof in oofs]
            mean = {k: round(float(np.mean([r[k] for r in runs])), 3) for k in runs[0]}
            results.append((mean, (c, cw), t))
    cv, (c, cw), threshold = max(results, key=lambda r: (r[0]["f1"], r[0]["precision"], -abs(r[1][0] - 1.0)))
    model = LogisticRegression(C=c, class_weight=cw, max_iter=3000).fit(np.vstack([X, Xw]), np.concatenate([y, yw]))
    train_fit = doc_f1(gold, rows, model.predict_proba(X)[:, 1], threshold)
    version = f"lr-{dt.date.today().isoformat()}"
    OUT.write_text(json.dumps({
        "version": version, "features": names, "coef": [round(float(w), 4) for w in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 4), "threshold": threshold, "C": c, "class_weight": cw,
        "data": {"documents": len(gold), "candidates": len(rows), "positives": int(y.sum()),
                 "documents_with_signature": sum(bool(g.get("signature_date")) for g in gold),
                 "written_texts": len(written), "written_candidates": len(extra), "written_positives": int(yw.sum())},
        "cv": {"folds": args.folds, "repeats": args.repeats, "grouped_by": "document", **cv}, "train": train_fit,
        "previous": {"version": previous.get("version"), **before},
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    weights = "\n".join(f"| {n} | {w:+.3f} |" for n, w in sorted(zip(names, model.coef_[0], strict=True),
                                                                    key=lambda nw: -abs(nw[1])))
    CARD.write_text(f"""# Signature-date weights ({version})

Logistic regression over the date candidates of a text (features: `DatesComponent.signature_features`); the
signature date is the candidate with the highest probability, if it reaches the threshold.

- Data: {', '.join(p.name for p in args.gold)} (dev2: dev part only, its holdout unread): {len(gold)} documents,
  {sum(bool(g.get('signature_date')) for g in gold)} with a gold signature date, {len(rows)} placed date
  candidates, {int(y.sum())} positive.
- Written texts (`{WRITTEN.name}`, rare classes: a circulaire's or decree's date, a dated count of conventions,
  a council vote, a steering committee, a caption, a presentation, a calendar line): {len(written)} texts,
  {len(extra)} candidates, {int(yw.sum())} positive; in the training side of every fold and in the final fit,
  never scored (every figure below is on the real texts).
- Cross-validation: {args.folds} folds grouped by document (stratified, shuffled, repeated {args.repeats} times,
  figures averaged); C in {CS} and threshold chosen on out-of-fold
  document-level F1: C={c}, class_weight={cw}, threshold={threshold}: P {cv['precision']} R {cv['recall']} F1 {cv['f1']}.
- Weights before this fit ({previous.get('version')}), same documents: P {before['precision']} R {before['recall']}
  F1 {before['f1']}.
- Refit on all candidates (train, optimistic): P {train_fit['precision']} R {train_fit['recall']} F1 {train_fit['f1']}.
- Thin data: ~{int(y.sum())} positives; rare features (captions, adoption votes, other schemes) get weights from
  a handful of examples. Refit with `python scripts/fit_dates.py` after adding gold.

| feature | weight |
|---|---|
{weights}
""", encoding="utf-8")
    print(json.dumps({"before": before, "C": c, "threshold": threshold, "cv": cv, "train": train_fit}))


if __name__ == "__main__":
    main()
