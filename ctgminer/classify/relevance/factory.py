"""spaCy factory for the relevance component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ctgminer.classify.relevance.component import RelevanceComponent
from ctgminer.extract.components.base import register_extensions

DEFAULT_CONFIG = {
    # a page whose words stand mostly outside sentences (a list of links or headlines) is not about a CTG
    "min_prose_share": 0.2,
    "min_lines_for_list": 6,
    # fitted weights (JSON); None: the packaged ones (resources/relevance/weights.json)
    "weights": None,
    # characters read to identify the language when the reader has not (py3langid's cost grows with the length)
    "language_chars": 1500,
}


@Language.factory(
    "ctg_relevance",
    assigns=["doc._.relevance"],
    requires=["doc.spans", "doc._.signature", "doc._.period"],
    default_config=DEFAULT_CONFIG,
)
def create_relevance_component(nlp: Language, name: str, min_prose_share: float, min_lines_for_list: int,
                               weights: str | None, language_chars: int) -> RelevanceComponent:
    """Announcement / related / unrelated, with a score, read last from the other components' evidence."""
    register_extensions()
    if not Doc.has_extension("relevance"):
        Doc.set_extension("relevance", default=None)
    return RelevanceComponent(nlp, name, min_prose_share=min_prose_share, min_lines_for_list=min_lines_for_list,
                              weights=weights, language_chars=language_chars)
