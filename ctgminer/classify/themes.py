"""The theme classifier: TF-IDF word + character n-grams, one-vs-rest calibrated linear SVMs."""

from __future__ import annotations

import hashlib
import json
import os
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import joblib
import numpy as np
import sklearn
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score, precision_recall_fscore_support
from sklearn.model_selection import KFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.svm import LinearSVC

from ctgminer.text.normalise import strip_accents

MODEL_NAME = "themes"
MODEL_CONFIG = "tfidf-svm-sigmoid-v2"  # change when build_pipeline changes, so stored records are re-analysed


def taxonomy() -> dict:
    path = resources.files("ctgminer.resources").joinpath("themes/taxonomy.json")
    return json.loads(path.read_text(encoding="utf-8"))


def labels() -> list[str]:
    return list(taxonomy()["labels"])


def load_phrases(path: Path | None = None) -> list[dict]:
    """The labelled phrase set (JSONL: {"text", "labels"})."""
    if path is None:
        text = resources.files("ctgminer.resources").joinpath("themes/phrases.jsonl").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    known = set(labels())
    for row in rows:
        unknown = set(row["labels"]) - known
        if unknown:
            raise ValueError(f"unknown label(s) {sorted(unknown)} for phrase {row['text']!r}")
    return rows


def normalise(text: str) -> str:
    """Lowercase, no accents, no list markers or 'Axe 3 :' prefixes."""
    text = re.sub(r"^\s*(?:[-–•·✓o*]|\d+[.)]|axe\s*\d+\s*[:.-]|fiche[- ]action\s*\d*\s*[:.-])\s*", "", text, flags=re.I)
    return strip_accents(text.lower()).replace("’", "'")


def build_pipeline() -> Pipeline:
    features = FeatureUnion([
        ("words", TfidfVectorizer(preprocessor=normalise, ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
        ("chars", TfidfVectorizer(preprocessor=normalise, analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                  min_df=2)),
    ])
    # ensemble=False: one calibrated SVM per label (calibrated on cross-validated scores), 3x faster to apply
    svm = CalibratedClassifierCV(LinearSVC(C=0.8, class_weight="balanced"), cv=3, method="sigmoid", ensemble=False)
    return Pipeline([("features", features), ("clf", OneVsRestClassifier(svm))])


@dataclass
class ThemeModel:
    """A fitted pipeline, its label order and decision threshold."""

    pipeline: Pipeline
    labels: list[str]
    threshold: float
    version: str

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.labels)))
        return self.pipeline.predict_proba(texts)

    def predict(self, texts: list[str], threshold: float | None = None) -> list[dict]:
        """For each text: labels above the threshold (at least the best one), scores, top 3."""
        cut = self.threshold if threshold is None else threshold
        out = []
        for row in self.predict_proba(texts):
            order = np.argsort(row)[::-1]
            chosen = [self.labels[i] for i in order if row[i] >= cut] or [self.labels[order[0]]]
            out.append({
                "labels": chosen,
                "scores": {self.labels[i]: round(float(row[i]), 4) for i in order[:3]},
                "best": float(row[order[0]]),
                "all": {self.labels[i]: float(row[i]) for i in order},
            })
        return out


def data_hash(rows: list[dict]) -> str:
    payload = json.dumps(rows, ensure_ascii=False, sort_keys=True).encode()
    return hashlib.sha256(payload).hexdigest()[:10]


def cross_validate(rows: list[dict], folds: int = 5, seed: int = 0) -> dict:
    """K-fold micro/macro F1 and per-label figures, with the threshold that maximises micro-F1."""
    label_list = labels()
    mlb = MultiLabelBinarizer(classes=label_list)
    y = mlb.fit_transform([r["labels"] for r in rows])
    texts = np.array([r["text"] for r in rows], dtype=object)
    probs = np.zeros(y.shape)
    for train, test in KFold(folds, shuffle=True, random_state=seed).split(texts):
        pipe = build_pipeline()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pipe.fit(list(texts[train]), y[train])
        probs[test] = pipe.predict_proba(list(texts[test]))
    best = (0.0, 0.5)
    for cut in np.arange(0.2, 0.71, 0.05):
        pred = _decide(probs, cut)
        best = max(best, (f1_score(y, pred, average="micro", zero_division=0), round(float(cut), 2)))
    pred = _decide(probs, best[1])
    p, r, f, s = precision_recall_fscore_support(y, pred, zero_division=0)
    return {
        "folds": folds,
        "threshold": best[1],
        "micro_f1": round(float(f1_score(y, pred, average="micro", zero_division=0)), 4),
        "macro_f1": round(float(f1_score(y, pred, average="macro", zero_division=0)), 4),
        "per_label": {lab: {"precision": round(float(p[i]), 3), "recall": round(float(r[i]), 3),
                            "f1": round(float(f[i]), 3), "support": int(s[i])} for i, lab in enumerate(label_list)},
    }


def _decide(probs: np.ndarray, cut: float) -> np.ndarray:
    pred = (probs >= cut).astype(int)
    top = probs.argmax(axis=1)
    pred[np.arange(len(pred)), top] = 1
    return pred


def train(rows: list[dict] | None = None, folds: int = 5) -> tuple[ThemeModel, dict]:
    """Fit on the whole phrase set after cross-validating it; returns the model and its card."""
    rows = rows or load_phrases()
    cv = cross_validate(rows, folds=folds)
    label_list = labels()
    mlb = MultiLabelBinarizer(classes=label_list)
    y = mlb.fit_transform([r["labels"] for r in rows])
    pipe = build_pipeline()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pipe.fit([r["text"] for r in rows], y)
    tax = taxonomy()
    version = f"{tax['version']}-{data_hash(rows)}-{MODEL_CONFIG}"
    card = {
        "model": MODEL_NAME,
        "version": version,
        "taxonomy_version": tax["version"],
        "scikit_learn": sklearn.__version__,
        "data": {"source": "ctgminer/resources/themes/phrases.jsonl", "phrases": len(rows),
                 "per_label": {lab: int(y[:, i].sum()) for i, lab in enumerate(label_list)}},
        "features": "TF-IDF word 1-2-grams + character 2-5-grams (accents and case folded)",
        "classifier": "one-vs-rest LinearSVC, sigmoid-calibrated on 3-fold scores, class_weight=balanced",
        "cross_validation": cv,
    }
    return ThemeModel(pipe, label_list, cv["threshold"], version), card


def models_dir() -> Path:
    """Where models live: $CTGMINER_MODELS, else the repository's models/, else a user cache."""
    env = os.environ.get("CTGMINER_MODELS")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[2] / "models"
    if repo.is_dir():
        return repo
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "ctgminer" / "models"


def save(model: ThemeModel, card: dict, directory: Path | None = None) -> Path:
    directory = directory or models_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{MODEL_NAME}.joblib"
    tmp = path.with_suffix(".joblib.tmp")
    joblib.dump({"pipeline": model.pipeline, "labels": model.labels, "threshold": model.threshold,
                 "version": model.version, "scikit_learn": sklearn.__version__}, tmp)
    os.replace(tmp, path)
    (directory / f"{MODEL_NAME}.card.json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")
    (directory / f"{MODEL_NAME}.card.md").write_text(render_card(card), encoding="utf-8")
    return path


def render_card(card: dict) -> str:
    cv = card["cross_validation"]
    lines = [
        f"# Model card: {card['model']} {card['version']}", "",
        "Maps a theme phrase of a CTG announcement to one or more labels of the ctgminer taxonomy "
        f"(version {card['taxonomy_version']}, 12 labels).", "",
        "## Data",
        f"{card['data']['phrases']} phrases written for ctgminer ({card['data']['source']}); per label: "
        + ", ".join(f"{k} {v}" for k, v in card["data"]["per_label"].items()) + ".", "",
        "## Model", f"{card['features']}; {card['classifier']}; scikit-learn {card['scikit_learn']}.",
        f"Decision: every label with probability >= {cv['threshold']} (the best label always).", "",
        f"## Cross-validated figures ({cv['folds']}-fold)",
        f"micro-F1 {cv['micro_f1']:.3f}, macro-F1 {cv['macro_f1']:.3f}", "",
        "| label | precision | recall | F1 | support |", "|---|---|---|---|---|",
    ]
    for lab, s in cv["per_label"].items():
        lines.append(f"| {lab} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
    lines += ["", "Figures on real announcements (dev gold) are in the README and the evaluation gate.", ""]
    return "\n".join(lines)


@lru_cache(maxsize=1)
def load_model() -> ThemeModel:
    """Load the saved model; train and save it first when none exists or it was made by another scikit-learn."""
    path = models_dir() / f"{MODEL_NAME}.joblib"
    if path.exists():
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                data = joblib.load(path)
            if data.get("scikit_learn") == sklearn.__version__:
                return ThemeModel(data["pipeline"], data["labels"], data["threshold"], data["version"])
        except Exception:  # noqa: BLE001 - an unreadable model is rebuilt from the packaged data
            pass
    model, card = train()
    try:
        save(model, card, path.parent)
    except OSError:
        pass
    return model
