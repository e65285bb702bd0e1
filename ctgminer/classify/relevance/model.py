"""The fitted relevance model: a logistic regression over interpretable features, stored as JSON with a card.

`fit_relevance()` refits it reproducibly from the gold files (dev.jsonl + the dev part of dev2.jsonl, never the
holdout) and the negative pages, cross-validated grouped by source site; `ctgminer train --model relevance` runs it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

WEIGHTS_NAME = "weights.json"
CARD_NAME = "CARD.md"
VERSION = "2"


def resource_dir() -> Path:
    return Path(str(resources.files("ctgminer.resources"))) / "relevance"


@dataclass
class RelevanceModel:
    """Standardised features -> logistic score that the text announces a CTG; labelled at `threshold`."""

    features: list[str]
    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float
    threshold: float
    version: str

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept
        for name, m, s, c in zip(self.features, self.mean, self.scale, self.coef, strict=True):
            z += c * (float(values.get(name, 0.0)) - m) / s
        return 1 / (1 + math.exp(-max(min(z, 40.0), -40.0)))

    def as_dict(self) -> dict:
        return {"version": self.version, "threshold": self.threshold, "intercept": self.intercept,
                "features": self.features, "mean": self.mean, "scale": self.scale, "coef": self.coef}


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> RelevanceModel:
    """Load the weights once (the packaged ones unless a path is given)."""
    file = Path(path) if path else resource_dir() / WEIGHTS_NAME
    data = json.loads(file.read_text(encoding="utf-8"))
    return RelevanceModel(features=data["features"], mean=data["mean"], scale=data["scale"], coef=data["coef"],
                          intercept=data["intercept"], threshold=data["threshold"], version=data["version"])


# --- fitting ---------------------------------------------------------------------------------------------------
@dataclass
class Example:
    id: str
    group: str  # the source site: texts of one site never sit on both sides of a fold
    text: str
    label: str  # announcement | related | unrelated
    origin: str


def _site(record: dict) -> str:
    url = record.get("url") or ""
    return url.split("/")[2] if "//" in url else record["id"]


def gold_examples(paths: list[tuple[Path, str]]) -> list[Example]:
    """Examples from gold files, each with the part to read ('all', or 'dev' to leave a holdout out)."""
    from ctgminer.evaluation.evaluate import read_gold, select_part

    out = []
    for path, part in paths:
        records = select_part(read_gold(path), part)
        out += [Example(r["id"], _site(r), r["text"], r["relevance"], path.name) for r in records]
    return out


def negative_examples(path: Path) -> list[Example]:
    """The negative pages (a tar of HTML pages, none about CTGs), read as the collector reads them."""
    import tarfile

    from ctgminer.collect.read import InputError, read_bytes_document

    out = []
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            try:
                doc = read_bytes_document(tar.extractfile(member).read(), member.name)
            except InputError:
                doc = None  # not French, empty or binary: refused before relevance, kept for the count
            out.append(Example(member.name, member.name, doc.text if doc else "", "unrelated", path.name))
    return out


WRITTEN_NAME = "written.jsonl"


def written_examples(path: Path | None = None) -> list[Example]:
    """Pages written for the classes the gold holds only once or twice (job offers and interviews that mention a
    signed CTG, explainers, follow-ups of a signed CTG: related; council deliberations adopting a CTG:
    announcement). They are training rows in every fold, never test rows: the CV figures are on real pages."""
    file = path or resource_dir() / WRITTEN_NAME
    if not file.exists():
        return []
    rows = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Example(r["id"], f"written:{r['id']}", r["text"], r["label"], WRITTEN_NAME) for r in rows]


def extracted_evidence(texts: list[str]) -> list[dict]:
    """What the components before relevance find in each text (signature date, partners, period, genre)."""
    from ctgminer.classify.relevance.component import evidence_of
    from ctgminer.extract.pipeline import DEFAULT_COMPONENTS, load_pipeline

    nlp = load_pipeline(tuple(c for c in DEFAULT_COMPONENTS if c not in ("ctg_themes", "ctg_relevance")))
    return [evidence_of(doc) for doc in nlp.pipe(texts, batch_size=8)]


def _f1(y: list[int], pred: list[int]) -> tuple[float, float, float]:
    tp = sum(1 for a, b in zip(y, pred, strict=True) if a and b)
    fp = sum(1 for a, b in zip(y, pred, strict=True) if b and not a)
    fn = sum(1 for a, b in zip(y, pred, strict=True) if a and not b)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _fit_rows(examples: list[Example], written: list[Example]) -> tuple[list, list, list]:
    """Split the examples by what decides them: the model's rows (gold and negative pages), the written pages' rows
    (training side only) and the pages the gates (not French, no CTG mention, no prose) decide before the model."""
    from ctgminer.classify.relevance.component import FEATURE_NAMES, score_relevance
    from ctgminer.text.cues import ctg_mentions

    candidates = [e for e in examples + written if e.text and ctg_mentions(e.text)]
    evidence = extracted_evidence([e.text for e in candidates])
    placeholder = RelevanceModel(FEATURE_NAMES, [0.0] * len(FEATURE_NAMES), [1.0] * len(FEATURE_NAMES),
                                 [0.0] * len(FEATURE_NAMES), 0.0, 0.5, "placeholder")
    rows, gated, extra = [], [], []
    for e, ev in zip(candidates, evidence, strict=True):
        result = score_relevance(e.text, ev, placeholder)
        if e.origin == WRITTEN_NAME:
            extra += [(e, result)] if result.reason == "model" else []
        else:
            (rows if result.reason == "model" else gated).append((e, result))
    gated += [(e, None) for e in examples if not (e.text and ctg_mentions(e.text))]
    return rows, extra, gated


def _matrix(rows: list) -> tuple[np.ndarray, np.ndarray]:
    """Features and announcement labels of (example, result) rows."""
    from ctgminer.classify.relevance.component import FEATURE_NAMES

    X = np.array([[r.features[n] for n in FEATURE_NAMES] for _, r in rows]).reshape(len(rows), len(FEATURE_NAMES))
    return X, np.array([int(e.label == "announcement") for e, _ in rows], dtype=int)


def _logistic(X: np.ndarray, y: np.ndarray, c: float):
    """A standardised logistic regression: (scaler, classifier)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(X)
    return scaler, LogisticRegression(C=c, max_iter=1000).fit(scaler.transform(X), y)


def _cv_table(X: np.ndarray, y: np.ndarray, groups: np.ndarray, Xw: np.ndarray, yw: np.ndarray, folds: int,
              seeds: int, cs: tuple[float, ...], thresholds: list[float]) -> dict:
    """Per C and threshold, the (precision, recall, F1) of each seed's out-of-fold scores of the real pages; the
    written pages stay on the training side of every fold."""
    from sklearn.model_selection import StratifiedGroupKFold

    def oof(c: float, seed: int) -> np.ndarray:
        probs = np.zeros(len(y))
        for train, test in StratifiedGroupKFold(folds, shuffle=True, random_state=seed).split(X, y, groups):
            scaler, clf = _logistic(np.vstack([X[train], Xw]), np.concatenate([y[train], yw]), c)
            probs[test] = clf.predict_proba(scaler.transform(X[test]))[:, 1]
        return probs

    table = {}
    for c in cs:
        runs = [oof(c, seed) for seed in range(seeds)]
        table[c] = {t: [_f1(list(y), [int(p >= t) for p in run]) for run in runs] for t in thresholds}
    return table


def _card(version: str, model: RelevanceModel, examples: list[Example], y: np.ndarray, yw: np.ndarray, gated: list,
          table: dict, best_c: float, best_t: float, folds: int, seeds: int, cs: tuple[float, ...]) -> dict:
    """The model card's data: rows by origin, cross-validated figures at the chosen C and threshold, weights."""
    by_origin: dict[str, dict[str, int]] = {}
    for e in examples:
        by_origin.setdefault(e.origin, {}).setdefault(e.label, 0)
        by_origin[e.origin][e.label] += 1
    cv = table[best_c][best_t]
    return {
        "version": version,
        "data": by_origin,
        "fitted_rows": {"announcement": int(y.sum()), "related": int(len(y) - y.sum())},
        "written_rows": {"announcement": int(yw.sum()), "related": int(len(yw) - yw.sum()),
                         "note": f"{WRITTEN_NAME}: training side of every fold only; CV scores real pages"},
        "gated_rows": {"unrelated_by_gate": len(gated),
                       "gold_announcements_lost_at_gate": sum(1 for e, _ in gated if e.label == "announcement")},
        "cv": {"folds": folds, "seeds": seeds, "grouped_by": "source site (one document per group at least)",
               "C": best_c, "threshold": best_t,
               "precision": round(float(np.mean([p for p, _, _ in cv])), 3),
               "recall": round(float(np.mean([r for _, r, _ in cv])), 3),
               "f1": round(float(np.mean([f for _, _, f in cv])), 3),
               "f1_sd": round(float(np.std([f for _, _, f in cv])), 3),
               "f1_by_C_at_threshold": {str(c): round(float(np.mean([f for _, _, f in table[c][best_t]])), 3)
                                        for c in cs}},
        "weights": dict(zip(model.features, model.coef, strict=True)),
    }


def fit_relevance(gold: list[tuple[Path, str]], negatives: Path | None, out_dir: Path | None = None, folds: int = 5,
                  seeds: int = 5, cs: tuple[float, ...] = (0.1, 0.3, 1.0, 3.0),
                  use_written: bool = True) -> tuple[RelevanceModel, dict]:
    """Fit the weights, choose C and the threshold on grouped cross-validation, write weights + card."""
    from ctgminer.classify.relevance.component import FEATURE_NAMES

    examples = gold_examples(gold) + (negative_examples(negatives) if negatives else [])
    rows, extra, gated = _fit_rows(examples, written_examples() if use_written else [])
    X, y = _matrix(rows)
    groups = np.array([e.group for e, _ in rows])
    Xw, yw = _matrix(extra)  # written pages: in the training side of every fold and in the final fit, never scored
    thresholds = [round(t, 2) for t in np.arange(0.3, 0.71, 0.05)]
    table = _cv_table(X, y, groups, Xw, yw, folds, seeds, cs, thresholds)
    # best mean F1; ties go to the threshold nearest 0.5, then the stronger regularisation
    best_c, best_t = max(((c, t) for c in cs for t in thresholds),
                         key=lambda ct: (round(float(np.mean([f for _, _, f in table[ct[0]][ct[1]]])), 3),
                                         -abs(ct[1] - 0.5), -ct[0]))
    scaler, clf = _logistic(np.vstack([X, Xw]), np.concatenate([y, yw]), best_c)
    version = f"{VERSION}-{date.today().isoformat()}"
    model = RelevanceModel(list(FEATURE_NAMES), [float(v) for v in scaler.mean_],
                           [float(v) if v > 0 else 1.0 for v in scaler.scale_],
                           [round(float(v), 6) for v in clf.coef_[0]], round(float(clf.intercept_[0]), 6),
                           best_t, version)
    card = _card(version, model, examples, y, yw, gated, table, best_c, best_t, folds, seeds, cs)
    if out_dir is not None:
        write_model(model, card, out_dir)
    return model, card


def write_model(model: RelevanceModel, card: dict, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / WEIGHTS_NAME).write_text(json.dumps(model.as_dict(), indent=1) + "\n", encoding="utf-8")
    lines = [f"# Relevance model card (version {card['version']})", "",
             "Logistic regression (scikit-learn), announcement vs related, over the interpretable features of",
             "`ctgminer.classify.relevance.component.relevance_features`. Texts that are not French, never name a",
             "CTG, or have no prose are labelled unrelated by gates before the model.", "",
             "## Data", "", "```", json.dumps(card["data"], indent=1), "```",
             f"Fitted rows: {card['fitted_rows']}; decided by the gates: {card['gated_rows']}.",
             f"Written pages (`{WRITTEN_NAME}`, rare classes: job offers, interviews, explainers, follow-ups,",
             f"council adoptions): {card.get('written_rows')}; in the training side of every fold, never scored.", "",
             "## Grouped cross-validation", "", "```", json.dumps(card["cv"], indent=1), "```", "",
             "## Weights (on standardised features)", "", "```", json.dumps(card["weights"], indent=1), "```", "",
             "Refit: `ctgminer train --model relevance` (reproducible: fixed folds and seeds).", ""]
    (out_dir / CARD_NAME).write_text("\n".join(lines), encoding="utf-8")
    load_model.cache_clear()
