"""spaCy factory for the relevance component."""

from __future__ import annotations

from spacy.language import Language

from ctgminer.classify.relevance.component import RelevanceComponent
from ctgminer.extract.components.base import register_extensions


@Language.factory("ctg_relevance")
def create_relevance_component(nlp: Language, name: str) -> RelevanceComponent:
    """Announcement / related / unrelated, with a score."""
    register_extensions()
    return RelevanceComponent(nlp, name)
