"""spaCy factory for the theme phrase finder."""

from __future__ import annotations

from spacy.language import Language

from ctgminer.extract.components.base import register_extensions
from ctgminer.extract.components.themes.component import ThemesComponent


@Language.factory(
    "ctg_themes",
    assigns=["doc.spans", "doc.user_data"],
    default_config={"weak_in_prose": None, "max_item_words": 14, "max_announced_item_words": 20},
)
def create_themes_component(nlp: Language, name: str, weak_in_prose: list[str] | None,
                            max_item_words: int, max_announced_item_words: int) -> ThemesComponent:
    """Theme phrases (doc.spans["theme_phrases"]) and theme sentences (doc.spans["theme_sentences"]), each span's
    value a Phrase with the labels its words name outright; weak_in_prose None reads resources/themes/prose_cues.json."""
    register_extensions()
    return ThemesComponent(nlp, name, weak_in_prose=weak_in_prose, max_item_words=max_item_words,
                           max_announced_item_words=max_announced_item_words)
