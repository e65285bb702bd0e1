"""spaCy factory for the theme labelling component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ctgminer.classify.theme_labels.component import ThemeLabelsComponent
from ctgminer.classify.theme_labels.decision import LEXICAL_SUPPORT
from ctgminer.extract.components.base import register_extensions


@Language.factory(
    "ctg_theme_labels",
    requires=["doc.spans"],
    assigns=["doc._.themes", "doc.spans"],
    default_config={"min_score": 0.35, "lexical_support": LEXICAL_SUPPORT, "sentence_score": 0.5, "doc_threshold": None,
                    "max_evidence": 5},
)
def create_theme_labels_component(nlp: Language, name: str, min_score: float, lexical_support: float,
                                  sentence_score: float, doc_threshold: float | None,
                                  max_evidence: int) -> ThemeLabelsComponent:
    """Labels the theme phrases of ctg_themes; document themes, missions and evidence (doc_threshold None: the
    model's, chosen on grouped cross-validation)."""
    register_extensions()
    if not Doc.has_extension("themes"):
        Doc.set_extension("themes", default=None)
    return ThemeLabelsComponent(nlp, name, min_score=min_score, lexical_support=lexical_support,
                                sentence_score=sentence_score, doc_threshold=doc_threshold, max_evidence=max_evidence)
