"""Applies the fitted theme classifier with numpy alone: its weights are plain arrays (``models/themes.npz``).

Training (``classify/themes.py``) uses scikit-learn; applying needs only the fitted vocabularies, idf weights,
linear coefficients and sigmoid calibrations, exported as data. Importing scikit-learn costs about 1.5 s at every
start, more than the classifier spends on a whole batch, so the analysis never imports it.
The text features are defined here, once, and the training pipeline calls these same functions.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import snowballstemmer

from ctgminer.extract.components.themes.lexicon import (
    acronyms,
    age_labels,
    label_lexicons,
    labels,
    taxonomy,
    without_places,
)
from ctgminer.text.normalise import strip_accents

MODEL_NAME = "themes"
WEIGHTS_FORMAT = 1  # bump when the array layout of the .npz changes
_MARKER = re.compile(r"^\s*(?:[-–•·✓o*]|\d+[.)]|axe\s*\d+\s*[:.-]|fiche[- ]action\s*\d*\s*[:.-])\s*", re.I)
_STEMMER = snowballstemmer.stemmer("french")
_stem = lru_cache(maxsize=1 << 16)(_STEMMER.stemWord)  # phrases repeat their words: stem each word once
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s\s+")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


# --- text features (shared with training) ------------------------------------------------------------------------
def field_words(text: str) -> str:
    """The words that may name the phrase's fields: its place complements blanked (`without_places`: "dans les
    quartiers prioritaires"), its acronyms expanded ('Soutenir le RPE' -> 'Soutenir le RPE relais petite enfance')."""
    text, table = without_places(text), acronyms()
    extra = [table[m.group()] for m in _ACRONYM.finditer(text) if m.group() in table]
    return text + (" " + " ".join(extra) if extra else "")


def normalise(text: str) -> str:
    """No list marker nor place complement, acronyms expanded, lowercase, no accents."""
    return strip_accents(field_words(_MARKER.sub("", text)).lower()).replace("’", "'")


def stems(text: str) -> str:
    """Snowball French stems of the words (a light stand-in for lemmas: 'crèches'/'crèche' -> 'crech')."""
    words = _WORD.findall(field_words(_MARKER.sub("", text)).lower())
    return " ".join(strip_accents(_stem(w)) for w in words)


def lexicon_counts(text: str) -> list[float]:
    """Per label, how many of its taxonomy synonyms (or implied acronyms) the phrase names, plus one for an age range
    in its taxonomy ages ("des actions de prévention pour les 12-18 ans": jeunesse), capped at 3, over 3."""
    full = field_words(text)
    ages = age_labels(full) if "ans" in full else set()
    return [min(len(rx.findall(full)) + (label in ages), 3) / 3 for label, rx in label_lexicons().items()]


def word_ngrams(text: str, low: int, high: int) -> list[str]:
    """Word n-grams of the stemmed text (scikit-learn's word analyzer with token pattern \\w+)."""
    tokens = _WORD.findall(stems(text))
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high, len(tokens)) + 1):
        grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside word boundaries, words padded with a space (scikit-learn's char_wb analyzer)."""
    grams = []
    for word in _SPACES.sub(" ", normalise(text)).split():
        word = f" {word} "
        for n in range(low, high + 1):
            grams += [word[i:i + n] for i in range(max(1, len(word) - n + 1))]
            if len(word) <= n:  # a short word counts once
                break
    return grams


# --- the fitted model as plain arrays ---------------------------------------------------------------------------
@dataclass
class Block:
    """One TF-IDF block: its analyzer, n-gram range, vocabulary (term -> column) and idf weights."""

    analyzer: str  # "word" (stems) or "char_wb" (normalised text)
    ngram: tuple[int, int]
    vocabulary: dict[str, int]
    idf: np.ndarray

    def transform(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Columns and l2-normalised sublinear tf-idf values of one text."""
        grams = (word_ngrams if self.analyzer == "word" else char_wb_ngrams)(text, *self.ngram)
        counts = Counter(g for g in grams if g in self.vocabulary)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        cols = np.fromiter((self.vocabulary[g] for g in counts), dtype=np.int64, count=len(counts))
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=float, count=len(counts)))) * self.idf[cols]
        norm = np.sqrt((values ** 2).sum())
        return cols, values / norm if norm else values


@dataclass
class ThemeModel:
    """The fitted classifier: feature blocks, one linear scorer per label with its sigmoid calibration
    (probability = 1 / (1 + exp(a * score + b))), the phrase threshold and the document threshold."""

    labels: list[str]
    blocks: list[Block]
    coef: np.ndarray  # (n_features, n_labels): the TF-IDF blocks' columns in order, then one lexicon column per label
    intercept: np.ndarray  # (n_labels,)
    calibration: np.ndarray  # (2, n_labels): sigmoid a and b; a = -1, b = 0 for a logistic regression
    threshold: float
    version: str
    doc_threshold: float = 0.5
    extra: dict = field(default_factory=dict)

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        cols, values, offset = [], [], 0
        for block in self.blocks:
            c, v = block.transform(text)
            cols.append(c + offset)
            values.append(v)
            offset += len(block.idf)
        cols.append(np.arange(offset, offset + len(self.labels)))
        values.append(np.array(lexicon_counts(text)))
        return np.concatenate(cols), np.concatenate(values)

    def decision(self, texts: list[str]) -> np.ndarray:
        """The linear scores, one row per text and one column per label."""
        out = np.empty((len(texts), len(self.labels)))
        for i, text in enumerate(texts):
            cols, values = self.features(text)
            out[i] = values @ self.coef[cols] + self.intercept
        return out

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.labels)))
        a, b = self.calibration
        return 1.0 / (1.0 + np.exp(a * self.decision(texts) + b))

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

    def save(self, path: Path) -> None:
        """Write the arrays and the metadata to one .npz (atomically)."""
        meta = {"format": WEIGHTS_FORMAT, "labels": self.labels, "threshold": self.threshold,
                "doc_threshold": self.doc_threshold, "version": self.version, "extra": self.extra,
                "blocks": [{"analyzer": b.analyzer, "ngram": list(b.ngram)} for b in self.blocks]}
        arrays = {"meta": np.array(json.dumps(meta, ensure_ascii=False)), "coef": self.coef.astype(np.float32),
                  "intercept": self.intercept, "calibration": self.calibration}
        for i, block in enumerate(self.blocks):
            terms = sorted(block.vocabulary, key=block.vocabulary.get)
            arrays[f"terms{i}"] = np.array(terms, dtype=str)
            arrays[f"idf{i}"] = block.idf
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "wb") as fh:
            np.savez_compressed(fh, **arrays)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> ThemeModel:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta.get("format") != WEIGHTS_FORMAT:
                raise ValueError(f"{path}: weights format {meta.get('format')}, expected {WEIGHTS_FORMAT}")
            blocks = [Block(spec["analyzer"], tuple(spec["ngram"]),
                            {term: j for j, term in enumerate(data[f"terms{i}"].tolist())}, data[f"idf{i}"])
                      for i, spec in enumerate(meta["blocks"])]
            return cls(meta["labels"], blocks, data["coef"].astype(float), data["intercept"], data["calibration"],
                       meta["threshold"], meta["version"], meta["doc_threshold"], meta.get("extra", {}))


MODEL_CONFIG = "stems-lex-v6"  # change when the features change, so stored records are re-analysed


def _read_jsonl(name: str, path: Path | None = None) -> list[dict]:
    if path is None:
        text = resources.files("ctgminer.resources").joinpath(f"themes/{name}").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def load_phrases(path: Path | None = None) -> list[dict]:
    """The training set: {"text", "labels", "group", "kind"} rows.

    Default: the written phrases (each its own group), the theme phrases of the written evaluation pages we use for
    development (tests/data/written/dev_*.jsonl; grouped by page), the real gold phrases (grouped by page URL;
    citations of at most 12 words) and the taxonomy's synonyms and examples. A given JSONL file replaces them all."""
    if path is not None:
        rows = [{**r, "kind": r.get("kind", "written"), "group": r.get("group") or r.get("url") or f"w{i}"}
                for i, r in enumerate(_read_jsonl("", path))]
    else:
        rows = [{"text": r["text"], "labels": r["labels"], "kind": "written", "group": f"w{i}"}
                for i, r in enumerate(_read_jsonl("phrases.jsonl"))]
        rows += [{"text": r["text"], "labels": r["labels"], "kind": "written", "group": r["url"]}
                 for r in _read_jsonl("written_page_phrases.jsonl")]
        rows += [{"text": r["text"], "labels": r["labels"], "kind": "real", "group": r["url"]}
                 for r in _read_jsonl("real_phrases.jsonl")]
        # a term listed under several labels names them all: "démarches en ligne" is access to rights and digital
        # inclusion at once (one row with both labels, not two rows that teach the model to choose)
        named: dict[str, list[str]] = {}
        for label, spec in taxonomy()["labels"].items():
            for term in spec["synonyms"] + spec.get("examples", []):
                named.setdefault(term, []).append(label)
        rows += [{"text": term, "labels": labs, "kind": "taxonomy", "group": f"t{i}"}
                 for i, (term, labs) in enumerate(named.items())]
    known = set(labels())
    for row in rows:
        unknown = set(row["labels"]) - known
        if unknown:
            raise ValueError(f"unknown label(s) {sorted(unknown)} for phrase {row['text']!r}")
    return rows


def data_hash(rows: list[dict]) -> str:
    payload = json.dumps([(r["text"], r["labels"], r["group"]) for r in rows], ensure_ascii=False).encode()
    return hashlib.sha256(payload).hexdigest()[:10]


def user_cache() -> Path:
    """Where an installed package (no repository beside it) keeps the model it trained on first use."""
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "ctgminer" / "models"


def models_dir() -> Path:
    """Where models live: $CTGMINER_MODELS, else the repository's models/, else a user cache."""
    env = os.environ.get("CTGMINER_MODELS")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[2] / "models"
    if repo.is_dir():
        return repo
    return user_cache()


def model_path(directory: Path | None = None) -> Path:
    return (directory or models_dir()) / f"{MODEL_NAME}.npz"


@lru_cache(maxsize=1)
def load_model() -> ThemeModel:
    """The saved weights; where none can be read, the model is trained from the packaged data and saved."""
    path = model_path()
    if path.exists():
        try:
            model = ThemeModel.load(path)
            # (a user cache outlives an upgrade: weights trained on an earlier release's data are refitted)
            if path.parent != user_cache() or fits_packaged_data(model):
                return model
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):  # unreadable or older weights are refitted from the packaged data
            pass
    from ctgminer.classify import themes  # scikit-learn, only to train

    model, card = themes.train()
    try:
        themes.save(model, card, path.parent)
    except OSError:
        pass
    return model


def fits_packaged_data(model: ThemeModel) -> bool:
    """Were these weights trained on the packaged phrases and features (their version names the taxonomy, the
    data's hash and the feature set)?"""
    expected = f"{taxonomy()['version']}-{data_hash(load_phrases())}-{MODEL_CONFIG}-"
    return model.version.startswith(expected)
