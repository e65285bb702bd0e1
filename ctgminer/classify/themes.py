"""The theme classifier: stems, acronym expansions, taxonomy lexicon and character n-grams, one-vs-rest linear
models; trained on written phrases plus the real wording of gold pages, cross-validated grouped by document."""

from __future__ import annotations

import json
import warnings
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np
import sklearn
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.svm import LinearSVC

from ctgminer.classify.theme_model import (  # noqa: F401 (the training data's reader, re-exported)
    MODEL_CONFIG,
    MODEL_NAME,
    Block,
    ThemeModel,
    _read_jsonl,
    data_hash,
    lexicon_counts,
    load_model,
    load_phrases,
    model_path,
    models_dir,
    normalise,
    stems,
)
from ctgminer.extract.components.themes.lexicon import labels, taxonomy

__all__ = ["taxonomy", "labels", "load_phrases", "ThemeModel", "train", "save", "load_model", "cross_validate"]

FAMILIES = ("svm", "logreg")  # the first is kept unless another beats it by more than FAMILY_MARGIN
# the mean of real micro- and macro-F1 moved by about this much when one synonym was added to the data (the groupings
# changed, before folds were fixed by a hash of the page): within it, families tie, and the first is kept (the document
# decision is fitted on its probabilities)
FAMILY_MARGIN = 0.005
CUT_TOLERANCE = 0.005  # phrase thresholds whose real micro-F1 is this close to the best one's tie


class LexiconFeatures(BaseEstimator, TransformerMixin):
    """One column per label: how many of its taxonomy synonyms (or implied acronyms) the phrase names."""

    def fit(self, X, y=None):  # noqa: N803 - scikit-learn signature
        return self

    def transform(self, X):  # noqa: N803
        return sparse.csr_matrix(np.array([lexicon_counts(text) for text in X], dtype=float).reshape(len(X), -1))


def build_pipeline(family: str = "svm") -> Pipeline:
    features = FeatureUnion([
        ("stems", TfidfVectorizer(preprocessor=stems, ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\w+")),
        ("chars", TfidfVectorizer(preprocessor=normalise, analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                  min_df=2)),
        ("lexicon", LexiconFeatures()),
    ])
    if family == "svm":
        # ensemble=False: one calibrated SVM per label (calibrated on cross-validated scores), 3x faster to apply
        clf = CalibratedClassifierCV(LinearSVC(C=0.8, class_weight="balanced"), cv=3, method="sigmoid",
                                     ensemble=False)
    elif family == "logreg":
        clf = LogisticRegression(C=20.0, class_weight="balanced", max_iter=2000)
    else:
        raise ValueError(f"unknown model family {family!r} (choose from {', '.join(FAMILIES)})")
    return Pipeline([("features", features), ("clf", OneVsRestClassifier(clf))])


def _decide(probs: np.ndarray, cut: float) -> np.ndarray:
    pred = (probs >= cut).astype(int)
    if len(pred):
        pred[np.arange(len(pred)), probs.argmax(axis=1)] = 1
    return pred


def _figures(y: np.ndarray, pred: np.ndarray, label_list: list[str]) -> dict:
    p, r, f, s = precision_recall_fscore_support(y, pred, zero_division=0, labels=range(len(label_list)))
    present = [i for i in range(len(label_list)) if s[i] > 0]
    return {
        "n": int(len(y)),
        "micro_f1": round(float(f1_score(y, pred, average="micro", zero_division=0)), 4),
        "macro_f1": round(float(np.mean([f[i] for i in present])) if present else 0.0, 4),
        "per_label": {lab: {"precision": round(float(p[i]), 3), "recall": round(float(r[i]), 3),
                            "f1": round(float(f[i]), 3), "support": int(s[i])} for i, lab in enumerate(label_list)},
    }


def fold_of(group: str, folds: int, seed: int) -> int:
    """A page's fold, from a hash of its group and the seed: rows added elsewhere (a synonym, a new page) leave
    every other page in its fold, so two trainings' figures differ by their data, not by a reshuffled grouping."""
    return zlib.crc32(f"{seed}:{group}".encode()) % folds


def oof_probabilities(rows: list[dict], family: str, folds: int = 5, repeats: int = 1) -> np.ndarray:
    """Out-of-fold probabilities, GROUPED BY DOCUMENT: a page's phrases never sit in both train and test. With
    `repeats` > 1, the mean over that many groupings (seeds 0, 1, ...): one grouping's cuts move a flat threshold
    curve by a step or two, the mean does not."""
    label_list = labels()
    y = MultiLabelBinarizer(classes=label_list).fit_transform([r["labels"] for r in rows])
    texts = np.array([r["text"] for r in rows], dtype=object)
    probs = np.zeros(y.shape)
    for seed in range(max(repeats, 1)):
        fold = np.array([fold_of(r["group"], folds, seed) for r in rows])
        for k in range(folds):
            train_idx, test_idx = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
            if not len(test_idx):
                continue
            pipe = build_pipeline(family)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                pipe.fit(list(texts[train_idx]), y[train_idx])
            probs[test_idx] += pipe.predict_proba(list(texts[test_idx]))
    return probs / max(repeats, 1)


def document_threshold(rows: list[dict], probs: np.ndarray, label_list: list[str]) -> tuple[float, dict]:
    """The per-label score a document theme needs: max over the page's phrases, chosen on out-of-fold scores of
    the real pages against the union of their gold phrase labels."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r["kind"] == "real":
            by_doc[r["group"]].append(i)
    if not by_doc:
        return 0.5, {}
    truth = np.array([[int(any(lab in rows[i]["labels"] for i in idx)) for lab in label_list]
                      for idx in by_doc.values()])
    # each phrase's best label always counts, as in the phrase decision
    scores = np.array([np.maximum(probs[idx].max(axis=0), _decide(probs[idx], 1.1).max(axis=0))
                       for idx in by_doc.values()])
    curve = [(round(float(cut), 3), f1_score(truth, (scores >= cut).astype(int), average="micro", zero_division=0))
             for cut in np.arange(0.1, 0.71, 0.025)]
    # gold phrases are cleaner than found ones: among cuts within 0.005 of the best F1, keep the most demanding
    top = max(f for _, f in curve)
    cut = max(c for c, f in curve if f >= top - 0.005)
    pred = (scores >= cut).astype(int)
    return cut, {"documents": len(by_doc), "curve": {str(c): round(f, 4) for c, f in curve},
                 **{k: v for k, v in _figures(truth, pred, label_list).items() if k != "per_label"}}


def cross_validate(rows: list[dict], family: str = "svm", folds: int = 5, repeats: int = 1) -> dict:
    """Grouped K-fold figures: all phrases, real phrases, written phrases; thresholds chosen on real phrases."""
    label_list = labels()
    y = MultiLabelBinarizer(classes=label_list).fit_transform([r["labels"] for r in rows])
    probs = oof_probabilities(rows, family, folds, repeats)
    kinds = np.array([r["kind"] for r in rows])
    target = kinds == "real" if (kinds == "real").any() else np.ones(len(rows), bool)
    curve = [(round(float(cut), 2), f1_score(y[target], _decide(probs[target], cut), average="micro", zero_division=0))
             for cut in np.arange(0.2, 0.71, 0.05)]
    # the curve is flat and noisy at this size: the middle of the cuts within CUT_TOLERANCE of the best
    top = max(f for _, f in curve)
    near = [c for c, f in curve if f >= top - CUT_TOLERANCE]
    best = (top, near[len(near) // 2])
    pred = _decide(probs, best[1])
    doc_cut, doc_figures = document_threshold(rows, probs, label_list)
    out = {"family": family, "folds": folds, "repeats": repeats,
           "grouping": "by page URL (each written phrase its own group; a page's fold is a hash of its URL and the seed)",
           "threshold": best[1], "doc_threshold": doc_cut, "documents": doc_figures}
    for kind in ("real", "written"):
        mask = kinds == kind
        if mask.any():
            out[kind] = _figures(y[mask], pred[mask], label_list)
    out["all"] = _figures(y, pred, label_list)
    return out


def train(rows: list[dict] | None = None, folds: int = 5, families: tuple[str, ...] = FAMILIES, repeats: int = 3
          ) -> tuple[ThemeModel, dict]:
    """Cross-validate each model family (grouped by document, `repeats` groupings), keep the better on
    real phrases, fit it on all."""
    rows = rows or load_phrases()
    results = {family: cross_validate(rows, family, folds, repeats) for family in families}
    key = "real" if "real" in next(iter(results.values())) else "all"
    mean_f1 = {f: (r[key]["micro_f1"] + r[key]["macro_f1"]) / 2 for f, r in results.items()}
    best = max(mean_f1, key=mean_f1.get)
    chosen = best if mean_f1[best] > mean_f1[families[0]] + FAMILY_MARGIN else families[0]
    cv = results[chosen]
    label_list = labels()
    y = MultiLabelBinarizer(classes=label_list).fit_transform([r["labels"] for r in rows])
    pipe = build_pipeline(chosen)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pipe.fit([r["text"] for r in rows], y)
    tax = taxonomy()
    version = f"{tax['version']}-{data_hash(rows)}-{MODEL_CONFIG}-{chosen}"
    counts = defaultdict(int)
    for r in rows:
        counts[r["kind"]] += 1
    card = {
        "model": MODEL_NAME,
        "version": version,
        "taxonomy_version": tax["version"],
        "scikit_learn": sklearn.__version__,
        "data": {"sources": {"written": "ctgminer/resources/themes/phrases.jsonl and written_page_phrases.jsonl (the "
                                        "theme phrases of the written development pages tests/data/written/dev_*.jsonl)",
                             "real": "ctgminer/resources/themes/real_phrases.jsonl (gold theme phrases of "
                                     "dev.jsonl and dev2.jsonl's dev part; citations of at most 12 words)",
                             "taxonomy": "synonyms and examples of ctgminer/resources/themes/taxonomy.json"},
                 "rows": dict(counts), "pages": len({r["group"] for r in rows if r["kind"] == "real"}),
                 "per_label": {lab: int(y[:, i].sum()) for i, lab in enumerate(label_list)}},
        "features": "TF-IDF of Snowball French stem 1-2-grams + character 2-5-grams (accents and case folded), "
                    "acronyms expanded (resources/themes/acronyms.json), one taxonomy-lexicon count per label",
        "classifier": {"svm": "one-vs-rest LinearSVC, sigmoid-calibrated on 3-fold scores, class_weight=balanced",
                       "logreg": "one-vs-rest logistic regression, C=20, class_weight=balanced"}[chosen],
        "family": chosen,
        "compared": {f: {"real_micro_f1": r.get("real", r["all"])["micro_f1"],
                         "real_macro_f1": r.get("real", r["all"])["macro_f1"],
                         "doc_micro_f1": r["documents"].get("micro_f1")} for f, r in results.items()},
        "cross_validation": cv,
    }
    model = export(pipe, label_list, cv["threshold"], version, cv["doc_threshold"])
    return model, card


def export(pipe: Pipeline, label_list: list[str], threshold: float, version: str, doc_threshold: float
           ) -> ThemeModel:
    """The fitted pipeline as plain arrays (what the analysis applies, with numpy alone)."""
    features, clf = pipe.named_steps["features"], pipe.named_steps["clf"]
    blocks = []
    for name, vectorizer in features.transformer_list:
        if isinstance(vectorizer, TfidfVectorizer):
            analyzer = {"word": "word", "char_wb": "char_wb"}[vectorizer.analyzer]
            blocks.append(Block(analyzer, tuple(vectorizer.ngram_range),
                                {term: int(j) for term, j in vectorizer.vocabulary_.items()},
                                np.asarray(vectorizer.idf_, dtype=float)))
        elif name != "lexicon":
            raise ValueError(f"cannot export feature block {name!r}")
    coef, intercept, calibration = [], [], []
    for estimator in clf.estimators_:
        if isinstance(estimator, CalibratedClassifierCV):
            (calibrated,) = estimator.calibrated_classifiers_
            linear, (sigmoid,) = calibrated.estimator, calibrated.calibrators
            calibration.append((float(sigmoid.a_), float(sigmoid.b_)))
        elif isinstance(estimator, LogisticRegression):
            linear = estimator
            calibration.append((-1.0, 0.0))
        else:
            raise ValueError(f"cannot export a {type(estimator).__name__} (a label with one class only?)")
        coef.append(np.ravel(linear.coef_))
        intercept.append(float(np.ravel(linear.intercept_)[0]))
    return ThemeModel(label_list, blocks, np.array(coef).T, np.array(intercept), np.array(calibration).T,
                      threshold, version, doc_threshold, {"scikit_learn": sklearn.__version__})


def save(model: ThemeModel, card: dict, directory: Path | None = None) -> Path:
    """Write the model's arrays and its card (JSON and Markdown)."""
    directory = directory or models_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = model_path(directory)
    model.save(path)
    (directory / f"{MODEL_NAME}.card.json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")
    (directory / f"{MODEL_NAME}.card.md").write_text(render_card(card), encoding="utf-8")
    return path


def _table(figures: dict) -> list[str]:
    lines = [f"micro-F1 {figures['micro_f1']:.3f}, macro-F1 {figures['macro_f1']:.3f} ({figures['n']} phrases)", "",
             "| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for lab, s in figures["per_label"].items():
        lines.append(f"| {lab} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
    return lines + [""]


def render_card(card: dict) -> str:
    cv = card["cross_validation"]
    data = card["data"]
    lines = [
        f"# Model card: {card['model']} {card['version']}", "",
        "Maps a theme phrase of a CTG announcement to one or more labels of the ctgminer taxonomy "
        f"(version {card['taxonomy_version']}, 12 labels).", "",
        "## Data",
        ", ".join(f"{n} {k} rows" for k, n in data["rows"].items()) + f"; the real rows come from {data['pages']} "
        "pages. Sources: " + "; ".join(f"{k}: {v}" for k, v in data["sources"].items()) + ".",
        "Per label: " + ", ".join(f"{k} {v}" for k, v in data["per_label"].items()) + ".", "",
        "## Model", f"{card['features']}; {card['classifier']}; fitted with scikit-learn {card['scikit_learn']}. "
        "The fitted vocabularies, idf weights, coefficients and calibrations are exported to `themes.npz` and "
        "applied with numpy alone (the same probabilities; the analysis never imports scikit-learn).",
        f"Phrase decision: every label with probability >= {cv['threshold']} (the best label always). "
        f"Document theme: the best label of a kept phrase, or a label scoring >= {cv['doc_threshold']} on one. Both thresholds are chosen "
        f"on the out-of-fold scores of the real pages (the phrase threshold: the middle of the cuts within {CUT_TOLERANCE} "
        "of the best micro-F1).", "",
        "## Families compared (same grouped folds)", "",
        "| family | real micro-F1 | real macro-F1 | document micro-F1 |", "|---|---|---|---|",
    ]
    for fam, r in card["compared"].items():
        lines.append(f"| {fam}{' (kept)' if fam == card['family'] else ''} | {r['real_micro_f1']:.3f} | "
                     f"{r['real_macro_f1']:.3f} | {r['doc_micro_f1'] or 0:.3f} |")
    lines += ["", f"The first family is kept unless another's mean of real micro- and macro-F1 beats it by more than "
              f"{FAMILY_MARGIN} (what adding one synonym to the data moves it by; the document decision is fitted on "
              "the kept family's probabilities)."]
    repeats = cv.get("repeats", 1)
    mean_of = f", probabilities averaged over {repeats} groupings" if repeats > 1 else ""
    lines += ["", f"## Grouped cross-validation ({cv['folds']} folds, {cv['grouping']}{mean_of})", ""]
    if cv.get("documents"):
        d = cv["documents"]
        lines += [f"Document themes from phrases ({d['documents']} real pages, vs the union of their gold phrase "
                  f"labels): micro-F1 {d['micro_f1']:.3f}, macro-F1 {d['macro_f1']:.3f}.", ""]
    for kind, title in (("real", "Real phrases (gold pages)"), ("written", "Written phrases")):
        if kind in cv:
            lines += [f"### {title}"] + _table(cv[kind])
    lines += ["Figures on whole pages (phrase finding included) are in the README and the evaluation gate.", ""]
    return "\n".join(lines)
