"""spaCy factory for the genre component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ctgminer.extract.components.base import register_extensions
from ctgminer.extract.components.genre.genre import GenreComponent


@Language.factory(
    "ctg_genre",
    assigns=["doc._.genre", "doc.spans"],
    default_config={"min_cues": 3, "head_chars": 6000},
)
def create_genre_component(nlp: Language, name: str, min_cues: int, head_chars: int) -> GenreComponent:
    """Document genre (article, convention, deliberation) and what a convention states in its own form."""
    register_extensions()
    if not Doc.has_extension("genre"):
        Doc.set_extension("genre", default=None)
    return GenreComponent(nlp, name, min_cues=min_cues, head_chars=head_chars)
