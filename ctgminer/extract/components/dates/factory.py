"""spaCy factory for the dates component."""

from __future__ import annotations

from spacy.language import Language

from ctgminer.extract.components.base import register_extensions
from ctgminer.extract.components.dates.component import DatesComponent


@Language.factory("ctg_dates", default_config={"signature_threshold": 3.0})
def create_dates_component(nlp: Language, name: str, signature_threshold: float) -> DatesComponent:
    """Dates, signature date, period and duration of a CTG announcement."""
    register_extensions()
    return DatesComponent(nlp, name, signature_threshold=signature_threshold)
