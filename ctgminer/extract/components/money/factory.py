"""spaCy factory for the money component."""

from __future__ import annotations

from spacy.language import Language

from ctgminer.extract.components.base import register_extensions
from ctgminer.extract.components.money.component import MoneyComponent


@Language.factory(
    "ctg_money",
    # context_window: characters around an amount (within its line) searched for advert/subscription cues;
    # anaphora_max: the largest count that a definite or possessive determiner before it makes a reference back
    # ("les deux partenaires")
    default_config={"context_window": 80, "anaphora_max": 3},
    assigns=["doc.spans", "span._.value"],
    requires=[],
)
def create_money_component(nlp: Language, name: str, context_window: int, anaphora_max: int) -> MoneyComponent:
    """Amounts in euros and counted figures."""
    register_extensions()
    return MoneyComponent(nlp, name, context_window=context_window, anaphora_max=anaphora_max)
