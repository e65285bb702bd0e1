"""Refit the signature-date weights of the dates component from the gold.

Each date the component finds (and places in time) is a candidate with the features of
`DatesComponent.signature_features`; it is labelled positive when its value is the gold signature date (or one of
its `also_ok` readings). A logistic regression is cross-validated GROUPED BY DOCUMENT (no text is on both sides of a
fold); the regularisation and the decision threshold are chosen on the out-of-fold document-level F1 of the chosen
date, then the model is refitted on all candidates and saved beside the component with a card.

    python scripts/fit_dates.py [--gold ../shared/gold/dev.jsonl ../shared/gold/dev2.jsonl]

Only the dev part of dev2.jsonl is read (`select_part(..., "dev")`): its holdout stays unread.

Training data beyond the real gold (`--sets`): the written sets of tests/data/written (pages written for ctgminer by
other writers, with gold signature dates) join the TRAINING side of every fold and the final fit, never the scored
side, so the cross-validated figures stay figures on real texts. Each written set is also scored leave-set-out:
fitted on the real texts and the other sets, scored on it (and, for comparison, fitted on the real texts alone).
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
WRITTEN_SETS = ROOT / "tests" / "data" / "written"
# the written sets whose texts were read when this fit was made (the blind_* sets are never opened here; read_j,
# read_k and read_l were read after it)
READABLE_SETS = ("dev_a", "dev_c", "dev_e", "read_h", "read_i", "read_f", "read_g")
SET_WEIGHTS = (0.25, 0.5, 1.0)  # weight of a written set's candidate against a real one (chosen on real CV)
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


def fit(X: np.ndarray, y: np.ndarray, w: np.ndarray, c: float, cw: str | None) -> LogisticRegression:
    return LogisticRegression(C=c, class_weight=cw, max_iter=3000).fit(X, y, sample_weight=w)


def stack(*parts: tuple[np.ndarray, np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
            np.concatenate([p[2] for p in parts]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", nargs="+", type=Path, default=[SHARED / "dev.jsonl", SHARED / "dev2.jsonl"])
    ap.add_argument("--sets", nargs="*", default=list(READABLE_SETS),
                    help="written sets (stems under tests/data/written) added to the training side; none: real only")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=10)
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args()
    if unknown := [s for s in args.sets if s not in READABLE_SETS]:
        raise SystemExit(f"not a readable written set: {', '.join(unknown)}")
    # dev2.jsonl keeps a holdout (never read here); dev.jsonl is all development data
    gold = [r for path in args.gold
            for r in (select_part(read_gold(path), "dev") if path.name == "dev2.jsonl" else read_gold(path))]
    written = [json.loads(line) for line in WRITTEN.read_text(encoding="utf-8").splitlines() if line.strip()]
    sets = {name: read_gold(WRITTEN_SETS / f"{name}.jsonl") for name in args.sets}
    texts = gold + written + [r for records in sets.values() for r in records]
    names, all_rows = candidates(texts)
    # document index ranges: real gold, then the written rare-class texts, then each written set
    bounds, start = {}, len(gold) + len(written)
    for name, records in sets.items():
        bounds[name] = (start, start + len(records))
        start += len(records)

    def part(lo: int, hi: int) -> tuple[list[dict], tuple[np.ndarray, np.ndarray, np.ndarray]]:
        rows = [r for r in all_rows if lo <= r["doc"] < hi]
        X = np.array([r["x"] for r in rows]).reshape(len(rows), len(names))
        y = np.array([r["y"] for r in rows], dtype=int)
        return rows, (X, y, np.ones(len(rows)))

    def rebase(rows: list[dict], lo: int) -> list[dict]:
        return [{**r, "doc": r["doc"] - lo} for r in rows]

    rows, real = part(0, len(gold))
    X, y, _ = real
    extra_rows, small = part(len(gold), len(gold) + len(written))
    set_parts = {name: part(*bounds[name]) for name in sets}
    groups = np.array([r["doc"] for r in rows])
    previous = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    before = doc_f1(gold, rows, np.array([r["p0"] for r in rows]), previous.get("threshold", 0.5))
    before_sets = {name: doc_f1(sets[name], rebase(set_parts[name][0], bounds[name][0]),
                                np.array([r["p0"] for r in set_parts[name][0]]), previous.get("threshold", 0.5))
                   for name in sets}

    def weighted(name: str, sw: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        Xs, ys, ws = set_parts[name][1]
        return Xs, ys, ws * sw

    results = []
    grid = [(c, cw, sw) for c in CS for cw in (None, "balanced") for sw in (SET_WEIGHTS if sets else (0.0,))]
    for c, cw, sw in grid:
        side = stack(small, *(weighted(n, sw) for n in sets))
        oofs = []
        for seed in range(args.repeats):  # repeated, shuffled folds: one split of ~100 documents is too noisy
            oof = np.zeros(len(rows))
            folds = StratifiedGroupKFold(n_splits=args.folds, shuffle=True, random_state=seed)
            for train, test in folds.split(X, y, groups):
                Xt, yt, wt = stack((X[train], y[train], np.ones(len(train))), side)
                oof[test] = fit(Xt, yt, wt, c, cw).predict_proba(X[test])[:, 1]
            oofs.append(oof)
        for t in THRESHOLDS:
            runs = [doc_f1(gold, rows, oof, t) for oof in oofs]
            mean = {k: round(float(np.mean([r[k] for r in runs])), 3) for k in runs[0]}
            results.append((mean, (c, cw, sw), t))
    cv, (c, cw, sw), threshold = max(results, key=lambda r: (r[0]["f1"], r[0]["precision"], -abs(r[1][0] - 1.0),
                                                             r[1][2]))
    # each written set scored leave-set-out (fitted on the real texts, the rare-class texts and the other sets), and
    # fitted on the real and rare-class texts alone (the recipe without written sets), same C and threshold
    loso, real_only = {}, {}
    base_model = fit(*stack(real, small), c, cw)
    for name in sets:
        srows, (Xs, _, _) = set_parts[name]
        others = stack(real, small, *(weighted(n, sw) for n in sets if n != name))
        loso[name] = doc_f1(sets[name], rebase(srows, bounds[name][0]),
                            fit(*others, c, cw).predict_proba(Xs)[:, 1], threshold)
        real_only[name] = doc_f1(sets[name], rebase(srows, bounds[name][0]),
                                 base_model.predict_proba(Xs)[:, 1], threshold)
    model = fit(*stack(real, small, *(weighted(n, sw) for n in sets)), c, cw)
    train_fit = doc_f1(gold, rows, model.predict_proba(X)[:, 1], threshold)
    set_rows = sum(len(set_parts[n][0]) for n in sets)
    set_pos = sum(int(set_parts[n][1][1].sum()) for n in sets)
    summary = {"before": before, "C": c, "class_weight": cw, "set_weight": sw, "threshold": threshold, "cv": cv,
               "train": train_fit, "sets_before": before_sets, "sets_leave_set_out": loso,
               "sets_real_only": real_only}
    print(json.dumps(summary, indent=1))
    if args.dry_run:
        return
    version = f"lr-{dt.date.today().isoformat()}"
    OUT.write_text(json.dumps({
        "version": version, "features": names, "coef": [round(float(w), 4) for w in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 4), "threshold": threshold, "C": c, "class_weight": cw,
        "data": {"documents": len(gold), "candidates": len(rows), "positives": int(y.sum()),
                 "documents_with_signature": sum(bool(g.get("signature_date")) for g in gold),
                 "written_texts": len(written), "written_candidates": len(extra_rows),
                 "written_positives": int(small[1].sum()), "written_sets": list(sets),
                 "written_set_documents": sum(len(v) for v in sets.values()), "written_set_candidates": set_rows,
                 "written_set_positives": set_pos, "written_set_weight": sw},
        "cv": {"folds": args.folds, "repeats": args.repeats, "grouped_by": "document", **cv}, "train": train_fit,
        "written_sets_leave_set_out": loso, "written_sets_real_only": real_only,
        "previous": {"version": previous.get("version"), **before},
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    weights = "\n".join(f"| {n} | {w:+.3f} |" for n, w in sorted(zip(names, model.coef_[0], strict=True),
                                                                    key=lambda nw: -abs(nw[1])))
    set_table = "\n".join(f"| {n} | {len(sets[n])} | {before_sets[n]['f1']} | {real_only[n]['f1']} | {loso[n]['f1']} |"
                          for n in sets)
    CARD.write_text(f"""# Signature-date weights ({version})

Logistic regression over the date candidates of a text (features: `DatesComponent.signature_features`); the
signature date is the candidate with the highest probability, if it reaches the threshold.

- Real data: {', '.join(p.name for p in args.gold)} (dev2: dev part only, its holdout unread): {len(gold)} documents,
  {sum(bool(g.get('signature_date')) for g in gold)} with a gold signature date, {len(rows)} placed date
  candidates, {int(y.sum())} positive.
- Written rare-class texts (`{WRITTEN.name}`: a circulaire's or decree's date, a dated count of conventions,
  a council vote, a steering committee, a caption, a presentation, a calendar line): {len(written)} texts,
  {len(extra_rows)} candidates, {int(small[1].sum())} positive.
- Written sets (`tests/data/written/`: {', '.join(sets) or 'none'}; pages written for ctgminer by other writers,
  annotated with their signature dates): {sum(len(v) for v in sets.values())} pages, {set_rows} candidates,
  {set_pos} positive, each candidate weighted {sw} against a real one (weight chosen on the real CV among
  {SET_WEIGHTS}). The blind sets (blind_*) are never used.
- The written texts and sets sit in the training side of every fold and in the final fit; the figures below
  are on the real texts only.
- Cross-validation: {args.folds} folds grouped by document (stratified, shuffled, repeated {args.repeats} times,
  figures averaged); C in {CS}, class weight and threshold chosen on out-of-fold
  document-level F1: C={c}, class_weight={cw}, threshold={threshold}: P {cv['precision']} R {cv['recall']} F1 {cv['f1']}.
- Weights before this fit ({previous.get('version')}), same documents: P {before['precision']} R {before['recall']}
  F1 {before['f1']}.
- Refit on all candidates (train, optimistic): P {train_fit['precision']} R {train_fit['recall']} F1 {train_fit['f1']}.
- Written sets, document-level F1 of the chosen candidate (the dates component alone, gold relevance; `ctgminer
  evaluate` also applies the genre and relevance components): with the weights this fit replaces (which may have
  been fitted on these sets), fitted on the real texts alone, and leave-set-out (fitted on the real texts and the
  other sets, not this one; the fairest figure for a set, though the rules were written while reading them all):

| set | pages | before | real only | leave-set-out |
|---|---|---|---|---|
{set_table}

- Thin real data: ~{int(y.sum())} real positives; rare features (captions, adoption votes, other schemes, signing
  blocks) get their weights mostly from written pages. Refit with `python scripts/fit_dates.py` after adding gold.

| feature | weight |
|---|---|
{weights}
""", encoding="utf-8")


if __name__ == "__main__":
    main()
