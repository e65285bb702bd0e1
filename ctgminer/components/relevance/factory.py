"""spaCy factory for the relevance component."""

from __future__ import annotations

from spacy.language import Language

from ctgminer.components.context import register_extensions
from ctgminer.components.relevance.component import RelevanceComponent


@Language.factory("ctg_relevance")
def create_relevance_component(nlp: Language, name: str) -> RelevanceComponent:
    """Announcement / related / unrelated, with a score."""
    register_extensions()
    return RelevanceComponent(nlp, name)
