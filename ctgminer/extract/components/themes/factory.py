"""spaCy factory for the themes component."""

from __future__ import annotations

from spacy.language import Language

from ctgminer.extract.components.base import register_extensions
from ctgminer.extract.components.themes.component import ThemesComponent


@Language.factory("ctg_themes", default_config={"min_score": 0.35})
def create_themes_component(nlp: Language, name: str, min_score: float) -> ThemesComponent:
    """Theme phrases classified on the taxonomy, document themes and missions."""
    register_extensions()
    return ThemesComponent(nlp, name, min_score=min_score)
