"""Does the theme classifier carry better to unseen wording when it also learns the gold theme phrases of the read
written sets (tests/data/written/read_*.jsonl)? Session 31's measured experiment.

    python benchmarks/theme_read_data.py cv VARIANT OUT_DIR     # grouped CV + fit, model written to OUT_DIR
    python benchmarks/theme_read_data.py doc VARIANT OUT_DIR    # refit the document decision for that classifier
    python benchmarks/theme_read_data.py heldout OUT_DIR        # the classifier alone on the held-out sets
    python benchmarks/theme_read_data.py pages OUT_DIR          # whole-page document themes (held-out, dev, dev2)

Variants: a = today's data (load_phrases); b = a + the phrases of every read set but the held-out ones, each page a
group (its URL, as the written development pages); c = b with the real rows weighted so that they keep today's share
of the total training weight (they carry the real wording); d = b with the read rows deduplicated (one row per
normalised wording and label set, grouped by its first page); e = b with the read rows weighted so that together they
weigh as much as today's written rows (each about 0.1); f = the same at half that weight.
The held-out sets (HELD_OUT, written last) are never trained on in any variant; blind_* sets and dev2's holdout
are never read. The gold pages come from ../shared/gold (or $CTGMINER_GOLD). `pages` uses OUT_DIR's doc_model.json
(written by `doc`) if there is one, else the shipped one. Results: README, theme classifier (session 31)."""

from __future__ import annotations

import json
import os
import re
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import sklearn
from sklearn.metrics import f1_score
from sklearn.preprocessing import MultiLabelBinarizer

from ctgminer.classify import themes
from ctgminer.classify.theme_model import ThemeModel, load_phrases

ROOT = Path(__file__).resolve().parents[1]
WRITTEN = ROOT / "tests" / "data" / "written"
HELD_OUT = ("read_cq", "read_cr", "read_cs", "read_ct")
# dev.jsonl and dev2.jsonl (only its dev part is read) for the document decision's refit and the whole-page figures
GOLD = Path(os.environ.get("CTGMINER_GOLD", ROOT.parent / "shared" / "gold"))


def read_rows(exclude: tuple[str, ...] = HELD_OUT) -> list[dict]:
    """The gold theme phrases of the read written sets, one group per page (its URL, else its id)."""
    rows = []
    for path in sorted(WRITTEN.glob("read_*.jsonl")):
        if path.stem in exclude:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            for phrase in record.get("theme_phrases") or []:
                rows.append({"text": phrase["text"], "labels": sorted(phrase["labels"]), "kind": "read",
                             "group": record.get("url") or record["id"], "set": path.stem})
    return rows


def dedupe(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        key = (re.sub(r"\W+", " ", r["text"].lower()).strip(), tuple(r["labels"]))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def variant_rows(variant: str) -> tuple[list[dict], np.ndarray | None]:
    rows = load_phrases()
    if variant == "a":
        return rows, None
    extra = read_rows()
    if variant == "d":
        extra = dedupe(extra)
    rows = rows + extra
    if variant == "c":
        kinds = np.array([r["kind"] for r in rows])
        today = kinds != "read"
        share = (kinds[today] == "real").mean()  # the real rows' share of today's data
        n_real, n_other = (kinds == "real").sum(), (kinds != "real").sum()
        weight = share * n_other / ((1 - share) * n_real)
        return rows, np.where(kinds == "real", weight, 1.0)
    if variant in ("e", "f"):
        kinds = np.array([r["kind"] for r in rows])
        n_read, n_written = (kinds == "read").sum(), (kinds == "written").sum()
        share = 1.0 if variant == "e" else 0.5
        return rows, np.where(kinds == "read", share * n_written / n_read, 1.0)
    return rows, None


def fit_pipe(texts, y, weights=None, family="svm"):
    pipe = themes.build_pipeline(family)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if weights is None:
            pipe.fit(texts, y)
        else:
            with sklearn.config_context(enable_metadata_routing=True):
                clf = pipe.named_steps["clf"].estimator  # the calibrated SVM of each label
                clf.set_fit_request(sample_weight=True)
                clf.estimator.set_fit_request(sample_weight=True)
                pipe.fit(texts, y, sample_weight=weights)
    return pipe


def oof(rows, weights, folds=5, repeats=3):
    label_list = themes.labels()
    y = MultiLabelBinarizer(classes=label_list).fit_transform([r["labels"] for r in rows])
    texts = np.array([r["text"] for r in rows], dtype=object)
    probs = np.zeros(y.shape)
    for seed in range(repeats):
        fold = np.array([themes.fold_of(r["group"], folds, seed) for r in rows])
        for k in range(folds):
            tr, te = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
            pipe = fit_pipe(list(texts[tr]), y[tr], None if weights is None else weights[tr])
            probs[te] += pipe.predict_proba(list(texts[te]))
    return y, probs / repeats


def cv(variant: str, out: Path, repeats: int = 3) -> dict:
    rows, weights = variant_rows(variant)
    label_list = themes.labels()
    t = time.time()
    y, probs = oof(rows, weights, repeats=repeats)
    kinds = np.array([r["kind"] for r in rows])
    target = kinds == "real"
    curve = [(round(float(c), 2), f1_score(y[target], themes._decide(probs[target], c), average="micro",
                                           zero_division=0)) for c in np.arange(0.2, 0.71, 0.05)]
    top = max(f for _, f in curve)
    near = [c for c, f in curve if f >= top - themes.CUT_TOLERANCE]
    cut = near[len(near) // 2]
    pred = themes._decide(probs, cut)
    doc_cut, doc = themes.document_threshold(rows, probs, label_list)
    result = {"variant": variant, "rows": {k: int((kinds == k).sum()) for k in sorted(set(kinds))},
              "threshold": cut, "doc_threshold": doc_cut, "documents": doc, "cv_seconds": round(time.time() - t)}
    for kind in ("real", "written", "read"):
        mask = kinds == kind
        if mask.any():
            result[kind] = themes._figures(y[mask], pred[mask], label_list)
    t = time.time()
    pipe = fit_pipe([r["text"] for r in rows], y, weights)
    result["fit_seconds"] = round(time.time() - t)
    model = themes.export(pipe, label_list, cut, f"exp{variant}-{themes.data_hash(rows)}-svm", doc_cut)
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / "oof.npy", probs)
    model.save(themes.model_path(out))
    (out / "cv.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return result


def heldout(out: Path) -> dict:
    """score.py's `clf`: the classifier alone on the held-out sets' gold phrases (micro-F1 of phrase labels)."""
    model = ThemeModel.load(themes.model_path(out))
    figures, pooled = {}, [0, 0, 0]
    for name in HELD_OUT:
        phrases = [p for line in (WRITTEN / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
                   for p in json.loads(line).get("theme_phrases") or []]
        tp = fp = fn = 0
        for p, r in zip(phrases, model.predict([p["text"] for p in phrases]), strict=True):
            gold, got = set(p["labels"]), set(r["labels"])
            tp, fp, fn = tp + len(got & gold), fp + len(got - gold), fn + len(gold - got)
        figures[name] = round(2 * tp / max(1, 2 * tp + fp + fn), 4)
        pooled = [pooled[0] + tp, pooled[1] + fp, pooled[2] + fn]
    figures["pooled"] = round(2 * pooled[0] / max(1, 2 * pooled[0] + pooled[1] + pooled[2]), 4)
    (out / "heldout.json").write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return figures


def refit_doc(variant: str, out: Path) -> dict:
    """The document decision refitted on the variant's classifier (scripts/fit_theme_doc.py with the variant's
    rows), written to OUT/doc_model.json."""
    os.environ["CTGMINER_MODELS"] = str(out)
    sys.path.insert(0, str(ROOT / "scripts"))
    import fit_theme_doc

    from ctgminer.classify.theme_labels import fit

    rows, weights = variant_rows(variant)
    if weights is not None:  # the out-of-fold refits of fit.py know no weights: weight through them
        class Weighted:
            def __init__(self, family):
                self.family = family

            def fit(self, texts, y):
                index = {id(r["text"]): i for i, r in enumerate(rows)}
                self.pipe = fit_pipe(texts, y, np.array([weights[index[id(t)]] for t in texts]), self.family)
                return self

            def predict_proba(self, texts):
                return self.pipe.predict_proba(texts)

        fit.build_pipeline = Weighted
    fit.load_phrases = lambda: rows
    decision, card = fit.fit_doc_decision(GOLD, fit_theme_doc.WRITTEN_DEV)
    (out / "doc_model.json").write_text(json.dumps({**decision.as_dict(), "card": card}, indent=1,
                                                   ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "doc_model.md").write_text(fit.render_card(decision, card), encoding="utf-8")
    return {k: card[k] for k in ("grouped_cv_estimate", "threshold")}


def pages(out: Path) -> dict:
    """Whole-page document themes (phrase finding included) with OUT's classifier and, if OUT holds one, its
    document decision: the held-out sets pooled, dev.jsonl and dev2.jsonl's dev part (never its holdout)."""
    os.environ["CTGMINER_MODELS"] = str(out)
    from ctgminer.classify.theme_labels import component, decision
    from ctgminer.evaluation.evaluate import evaluate_records, read_gold, select_part
    from ctgminer.extract.analyser import Analyser

    if (out / "doc_model.json").exists():
        data = json.loads((out / "doc_model.json").read_text(encoding="utf-8"))
        fitted = decision.DocDecision(tuple(data["weights"]), float(data["intercept"]), float(data["threshold"]),
                                      data.get("version", ""), data.get("kind", "logistic"),
                                      tuple((data.get("rule") or {}).items()), float(data.get("hybrid_cut", 1.0)))
        component.load_decision = lambda: fitted
    gold_dir = GOLD
    sets = {"held-out": [r for name in HELD_OUT for r in read_gold(WRITTEN / f"{name}.jsonl")],
            "dev": read_gold(gold_dir / "dev.jsonl"),
            "dev2dev": select_part(read_gold(gold_dir / "dev2.jsonl"), "dev")}
    analyser, figures = Analyser(), {}
    for name, gold in sets.items():
        s = evaluate_records(gold, analyser).scores()
        figures[name] = [round(s["themes_micro"]["f1"], 4), round(s["themes_macro"]["f1"], 4)]
    (out / "pages.json").write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return figures


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "cv":
        print(json.dumps(cv(args[0], Path(args[1]), int(args[2]) if len(args) > 2 else 3), indent=1))
    elif command == "heldout":
        print(json.dumps(heldout(Path(args[0]))))
    elif command == "pages":
        print(json.dumps(pages(Path(args[0]))))
    elif command == "doc":
        print(json.dumps(refit_doc(args[0], Path(args[1])), indent=1))
