"""spaCy factory for the parties component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ctgminer.extract.components.base import register_extensions
from ctgminer.extract.components.parties.component import PartiesComponent

DEFAULT_CONFIG = {
    "threshold": None,  # a candidate signs when the model's probability reaches this; None = the model's own
    # threshold, chosen with its weights by grouped cross-validation (party_model.json, see party_model.md)
    "max_words": 12,  # longest official name matched, in words
    "model": None,  # path of a party_model.json; None = the packaged one
    "common_words": None,  # path of a common_words.json; None = the packaged one
}


@Language.factory(
    "ctg_parties",
    assigns=["doc.spans", "doc._.caf", "span._.value"],
    default_config=DEFAULT_CONFIG,
)
def create_parties_component(nlp: Language, name: str, threshold: float | None, max_words: int, model: str | None,
                             common_words: str | None) -> PartiesComponent:
    """The Caf (`doc._.caf`), the signatory partners (`doc.spans["partners"]`, a PartyValue on each span) linked
    to the INSEE gazetteer, and the signatory persons (`doc.spans["signatories"]`)."""
    register_extensions()
    if not Doc.has_extension("caf"):
        Doc.set_extension("caf", default=None)
    return PartiesComponent(nlp, name, threshold=threshold, max_words=max_words, model=model,
                            common_words=common_words)
