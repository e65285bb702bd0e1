"""spaCy factory for the parties component."""

from __future__ import annotations

from spacy.language import Language

from ctgminer.extract.components.base import register_extensions
from ctgminer.extract.components.parties.component import PartiesComponent


@Language.factory("ctg_parties")
def create_parties_component(nlp: Language, name: str) -> PartiesComponent:
    """The Caf, the territorial signatories linked to INSEE codes, and the signatory persons."""
    register_extensions()
    return PartiesComponent(nlp, name)
