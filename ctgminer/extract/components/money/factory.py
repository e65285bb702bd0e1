"""spaCy factory for the money component."""

from __future__ import annotations

from spacy.language import Language

from ctgminer.extract.components.base import register_extensions
from ctgminer.extract.components.money.component import MoneyComponent


@Language.factory("ctg_money")
def create_money_component(nlp: Language, name: str) -> MoneyComponent:
    """Amounts in euros and counted figures."""
    register_extensions()
    return MoneyComponent(nlp, name)
