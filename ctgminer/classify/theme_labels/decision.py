"""The document decision: which labels a page's convention covers, from what the phrase finder returned.

Two families, compared under the same grouped cross-validation and the better kept (`doc_model.md`): the
evidence rule (a label carried by a found phrase or named by a theme sentence; its thresholds fitted), and a
logistic regression where, for each label, a few interpretable features of the page (the classifier's best score for the label on a list
item and on a prose item, how many phrases carry it, how many sentences about the convention name it, how much
the page lists at all) go through a logistic regression fitted by `scripts/fit_theme_doc.py` on the gold pages,
with the phrase classifier applied OUT OF FOLD to the phrases the finder found (grouped by page), so the weights
and the threshold are those of unseen pages. Weights, threshold and card: `doc_model.json` / `doc_model.md`
beside this file. Applying it needs numpy only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

FEATURES = ("max_list", "max_prose", "max_any", "n_best", "n_strong", "n_lexical", "n_sentences",
            "sentences_only", "n_phrases", "is_autre", "n_mentions", "n_planned_mentions", "mentions_unlisted",
            "n_quoted_mentions")
BEST_MIN = 0.35  # a phrase 'carries' a label when it is its best label at least this probable
STRONG = 0.5
LEXICAL_SUPPORT = 0.15  # a label a phrase names outright is one of its labels when the classifier gives it this much


def label_features(probs: np.ndarray, sources: list[str], lexical: list[list[str]], sentence_labels: list[list[str]],
                   label_list: list[str], mentions: list[tuple[list[str], tuple[str, ...]]] = ()) -> np.ndarray:
    """One row per label (in `label_list` order), columns FEATURES.

    probs: the classifier's probabilities of the found phrases (phrases x labels); sources: each phrase's source
    (list|prose); lexical: the labels each phrase names outright; sentence_labels: per theme sentence, the labels
    its words name; mentions: per story sentence naming fields without naming the convention, its labels and the
    cues of its context ("programme", "quote")."""
    n_labels = len(label_list)
    out = np.zeros((n_labels, len(FEATURES)))
    index = {lab: i for i, lab in enumerate(label_list)}
    n_phrases = len(sources)
    if n_phrases:
        probs = np.asarray(probs, dtype=float).reshape(n_phrases, n_labels)
        is_list = np.array([s == "list" for s in sources])
        if is_list.any():
            out[:, 0] = probs[is_list].max(axis=0)
        if (~is_list).any():
            out[:, 1] = probs[~is_list].max(axis=0)
        out[:, 2] = probs.max(axis=0)
        best = probs.argmax(axis=1)
        carried = probs[np.arange(n_phrases), best] >= BEST_MIN
        out[:, 3] = np.log1p(np.bincount(best[carried], minlength=n_labels))
        out[:, 4] = np.log1p((probs >= STRONG).sum(axis=0))
    for labs in lexical:
        for lab in set(labs):
            out[index[lab], 5] += 1
    for labs in sentence_labels:
        for lab in set(labs):
            out[index[lab], 6] += 1
    out[:, 5] = np.log1p(out[:, 5])
    out[:, 6] = np.log1p(out[:, 6])
    out[:, 7] = out[:, 6] * (out[:, 2] < STRONG)  # named in sentences but carried by no phrase
    out[:, 8] = np.log1p(n_phrases)
    if "autre" in index:
        out[index["autre"], 9] = 1.0
    for labs, cues in mentions:
        for lab in set(labs):
            out[index[lab], 10] += 1
            out[index[lab], 11] += "programme" in cues
            out[index[lab], 13] += "quote" in cues
    out[:, 10:14] = np.log1p(out[:, 10:14])
    out[:, 12] = out[:, 10] * (not any(src == "list" for src in sources))  # a page that lists its fields lists them
    return out


def rule_scores(probs: np.ndarray, lexical: list[list[str]], sentence_labels: list[list[str]], label_list: list[str],
                min_score: float, phrase_threshold: float, lexical_support: float, sentences: bool,
                sentence_score: float = 0.5) -> np.ndarray:
    """The evidence rule, per label: the best score of a phrase that carries it (its best label, or any label
    >= phrase_threshold, or a label its words name outright with probability >= lexical_support; phrases whose
    best label is under min_score and that name no field are ignored), or `sentence_score` when a theme sentence
    names it (if `sentences`). 0 when nothing carries it."""
    index = {lab: i for i, lab in enumerate(label_list)}
    out = np.zeros(len(label_list))
    for row, lex in zip(np.asarray(probs, dtype=float).reshape(len(lexical), len(label_list)), lexical, strict=True):
        best = int(row.argmax())
        if row[best] < min_score and not lex:
            continue
        carried = row >= phrase_threshold
        carried[best] = True
        for lab in lex:
            carried[index[lab]] |= row[index[lab]] >= lexical_support
        out = np.where(carried, np.maximum(out, row), out)
    if sentences:
        for labs in sentence_labels:
            for lab in labs:
                out[index[lab]] = max(out[index[lab]], sentence_score)
    return out


@dataclass(frozen=True)
class DocDecision:
    """Logistic weights over FEATURES ('logistic'), the evidence rule's parameters ('rule'), or both ('hybrid': the
    rule's labels and those the regression scores at least `hybrid_cut`), and the score a label needs to be a
    document theme. Which one is kept is decided by grouped CV (fit.py)."""

    weights: tuple[float, ...]
    intercept: float
    threshold: float
    version: str = ""
    kind: str = "logistic"  # logistic | rule | hybrid (the rule, plus labels the regression scores >= hybrid_cut)
    rule: tuple[tuple[str, float], ...] = ()
    hybrid_cut: float = 1.0

    def scores(self, features: np.ndarray) -> np.ndarray:
        z = features @ np.asarray(self.weights) + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def decide(self, probs: np.ndarray, sources: list[str], lexical: list[list[str]],
               sentence_labels: list[list[str]], label_list: list[str],
               mentions: list[tuple[list[str], tuple[str, ...]]] = ()) -> np.ndarray:
        """Per label, the document score (compare with `threshold`); the rule reads no mentions."""
        if self.kind == "rule":
            return rule_scores(probs, lexical, sentence_labels, label_list, **dict(self.rule))
        fitted = self.scores(label_features(probs, sources, lexical, sentence_labels, label_list, mentions))
        if self.kind == "hybrid":
            ruled = rule_scores(probs, lexical, sentence_labels, label_list, **dict(self.rule))
            return np.where(ruled > 0, np.maximum(ruled, fitted), np.where(fitted >= self.hybrid_cut, fitted, 0.0))
        return fitted

    def as_dict(self) -> dict:
        return {"kind": self.kind, "features": list(FEATURES), "weights": [round(w, 6) for w in self.weights],
                "intercept": round(self.intercept, 6), "rule": dict(self.rule), "threshold": self.threshold,
                "hybrid_cut": self.hybrid_cut, "version": self.version}


@lru_cache(maxsize=1)
def load_decision() -> DocDecision:
    """The fitted weights shipped beside this module."""
    path = resources.files("ctgminer.classify.theme_labels").joinpath("doc_model.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError("doc_model.json was fitted on other features: run scripts/fit_theme_doc.py")
    return DocDecision(tuple(data["weights"]), float(data["intercept"]), float(data["threshold"]),
                       data.get("version", ""), data.get("kind", "logistic"), tuple((data.get("rule") or {}).items()),
                       float(data.get("hybrid_cut", 1.0)))
