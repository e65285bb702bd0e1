"""spaCy factory for the dates component."""

from __future__ import annotations

from spacy.language import Language

from ctgminer.extract.components.base import register_extensions
from ctgminer.extract.components.dates.component import DatesComponent, register_date_extensions

DEFAULT_CONFIG = {
    "weights": "signature_weights.json",  # fitted by scripts/fit_dates.py (card: signature_weights.card.md)
    "min_probability": None,  # None: the threshold saved with the weights
    "header_lines": 12,  # non-blank lines read as the page header (article date, dateline)
    "cue_window": 60,  # characters around a date searched for a signing verb
    "ctg_window": 250,  # a CTG mention this close counts as near
    "daymonth_max_days": 200,  # a day and month is placed in a year only this close to the article date
    "period_min_score": 1.0,
    "duration_min_score": 1.0,
    "max_period_years": 8,
    "publication_window": 110,  # characters before a date searched for 'publié le', 'paru dans ... le'
    # place a weekday + day + month with no year in the one year of the text's period that fits ("mardi 27 mai"
    # in a 2025-2029 text -> 2025), as the gold does twice in three such texts; False leaves it null
    "daymonth_text_years": True,
    # a convention told only by its end starts the year of its signing, signed before this month (13: any month; the
    # gold's conventions signed in October to December start the next year 28 times in 199, give no start 26 times)
    "signed_start_before_month": 10,
}


@Language.factory(
    "ctg_dates",
    default_config=DEFAULT_CONFIG,
    assigns=["doc.spans", "doc._.publication", "doc._.article_date", "doc._.signature", "doc._.period",
             "doc._.duration", "span._.value"],
    requires=[],
)
def create_dates_component(nlp: Language, name: str, weights: str, min_probability: float | None,
                           header_lines: int, cue_window: int, ctg_window: int, daymonth_max_days: int,
                           period_min_score: float, duration_min_score: float,
                           max_period_years: int, publication_window: int,
                           daymonth_text_years: bool, signed_start_before_month: int) -> DatesComponent:
    """Dates, signature date, period and duration of a CTG announcement."""
    register_extensions()
    register_date_extensions()
    return DatesComponent(nlp, name, weights=weights, min_probability=min_probability, header_lines=header_lines,
                          cue_window=cue_window, ctg_window=ctg_window, daymonth_max_days=daymonth_max_days,
                          period_min_score=period_min_score, duration_min_score=duration_min_score,
                          max_period_years=max_period_years, publication_window=publication_window,
                          daymonth_text_years=daymonth_text_years,
                          signed_start_before_month=signed_start_before_month)
