"""Language identification of a text (py3langid: langid.py's naive Bayes model over byte n-grams, 97 languages).

A real identifier rather than stop-word counts: it tells French from the other Romance languages and from English
on a few sentences, and names the language of pages in languages a stop-word list never covered.
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_WORDS = 8  # below this a text is too short to tell: None (the caller keeps it)
MAX_CHARS = 20000
MIN_PROBABILITY = 0.5  # a less certain guess is no guess
# languages close to French that a French page with names and place names can be taken for: French if ranked near
NEAR_FRENCH = {"wa", "oc", "br", "ht", "lb", "co", "la", "ca"}


@lru_cache(maxsize=1)
def load_identifier():
    """py3langid's identifier, loaded once (about a second: call it when a pipeline loads)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language; None when the text is too short or the guess too uncertain."""
    sample = text[:MAX_CHARS]
    if len(re.findall(r"[^\W\d_]+", sample)) < MIN_WORDS:
        return None
    ranked = load_identifier().rank(sample)
    lang, prob = ranked[0]
    if lang in NEAR_FRENCH and any(code == "fr" for code, _ in ranked[1:3]):
        return "fr"
    return lang if prob >= MIN_PROBABILITY else None
