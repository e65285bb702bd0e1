"""Builds the spaCy pipeline once: the fr_core_news_sm tokenizer, its NER run only where a component reads it,
and the ctgminer components.

The statistical model is the slow part of a spaCy pass; the ctgminer components are rules over the text that
read it in one place only: the parties component reads PER entities next to a role word ("Jean Dupont, maire de
…") to find signatory persons. So the model's tok2vec + ner are loaded but disabled in the main pipeline, and the
`ctg_sentence_ner` component runs them on the sentences that can hold such a person (a role word within reach and
a signing cue in the sentence), on sub-docs made from the doc's own tokens (no re-tokenising); entities are written
back to the whole doc with its offsets. Long texts are tokenised in pieces cut at paragraph or sentence ends
(`make_doc`), so no text is too long for spaCy, and offsets stay those of the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

import ctgminer.extract.components  # noqa: F401  (registers the factories)
from ctgminer.defaults import MAX_PIECE_CHARS
from ctgminer.extract.components.base import doc_text, register_extensions, sentences
from ctgminer.extract.components.parties import patterns as parties_patterns
from ctgminer.extract.french import load_base
from ctgminer.text.normalise import reline_flattened, repair_text, unwrap_lines

DEFAULT_COMPONENTS = ("ctg_dates", "ctg_money", "ctg_genre", "ctg_parties", "ctg_themes", "ctg_theme_labels",
                      "ctg_relevance")
BASE_COMPONENTS = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")
STATISTICAL = ("tok2vec", "ner")  # the only base components a ctgminer component reads (through doc.ents)
# where a signatory person stands around its role word, for the parties component: the name comes right after
# the role and its institution ("le maire de Figeac, Marie Lenoir": role + up to 80 characters + the name) or
# right before the role ("Marie Lenoir, maire de Figeac")
REACH_BEFORE, REACH_AFTER = 60, 130
CONTEXT = 40  # characters of context the model sees beyond the reach (its token window is 4 tokens each side)
# every role word the parties component's ROLE pattern reads, without ROLE's following-context condition (the
# component also reads "son directeur Jean Dupont" from the left of the name): a superset, so that no sentence the
# component could read is missed (tests check it against ROLE on written examples)
ROLE_WORD = re.compile(r"\b(?:vice-)?présidente?\b|\bdirect(?:eur|rice)\b|\b(?:sous-)?préf(?:et|ète)\b"
                       r"|\bmaire(?:sse)?\b|\badjointe?\b", re.IGNORECASE)


# --- where the statistical model is needed -------------------------------------------------------------------
def signatory_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges where the parties component reads PER entities: around each role word, within the
    component's reach (plus some context), in the sentences with a signing cue.

    It keeps a person only in a sentence with a signing cue and right next to a role word,
    e.g. "La convention a été signée par Marie Lenoir, maire de Figeac, et …": the sentence qualifies, while
    "Les ateliers ont lieu à la médiathèque" is never sent to the model.
    """
    text = doc_text(doc)
    sents = sentences(doc)
    windows: list[tuple[int, int]] = []
    for m in ROLE_WORD.finditer(text):
        lo, hi = max(0, m.start() - REACH_BEFORE - CONTEXT), min(len(text), m.end() + REACH_AFTER + CONTEXT)
        for i in range(sents.index(lo), sents.index(hi) + 1):
            start, end = sents.bounds(i)
            if parties_patterns.PARTY_CONTEXT.search(text[start:end]):
                windows.append((max(start, lo), min(end, hi)))  # the part of the sentence within reach
    ranges: list[tuple[int, int]] = []
    for start, end in sorted(windows):  # overlapping windows form one range
        if ranges and ranges[-1][1] >= start:
            ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
        else:
            ranges.append((start, end))
    return ranges

SELECTORS: dict[str, Callable[[Doc], list[tuple[int, int]]]] = {"signatory_sentences": signatory_sentences}
# which ctgminer component reads the model's entities, and on which parts of the text
NEEDS = {"ctg_parties": "signatory_sentences"}


class SentenceNER:
    """Runs the base model's tok2vec + ner only on the selected sentences and writes doc.ents."""

    def __init__(self, nlp: Language, name: str, selector: str, pipes: list[str], batch_size: int) -> None:
        self.name = name
        self.select = SELECTORS[selector]
        self.procs = [nlp.get_pipe(p) for p in pipes]
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            subs: list[Doc] = []
            owners: list[tuple[Doc, int]] = []
            for doc in batch:
                for start, end in self.select(doc):
                    span = doc.char_span(start, end, alignment_mode="expand")
                    if span is not None and len(span):
                        subs.append(span.as_doc())
                        owners.append((doc, span.start))
            for proc in self.procs:
                subs = list(proc.pipe(subs, batch_size=len(subs) or 1))
            found: dict[int, list[Span]] = {}
            for (doc, offset), sub in zip(owners, subs, strict=True):
                found.setdefault(id(doc), []).extend(
                    Span(doc, ent.start + offset, ent.end + offset, label=ent.label) for ent in sub.ents)
            for doc in batch:
                doc.set_ents(found.get(id(doc), []), default="outside")
                yield doc


@Language.factory(
    "ctg_sentence_ner",
    default_config={"selector": "signatory_sentences", "pipes": list(STATISTICAL), "batch_size": 64},
)
def create_sentence_ner(nlp: Language, name: str, selector: str, pipes: list[str], batch_size: int) -> SentenceNER:
    """The base model's NER on the sentences a component reads (the pipes are loaded, disabled, in `nlp`)."""
    return SentenceNER(nlp, name, selector, pipes, batch_size)


@lru_cache(maxsize=4)
def load_pipeline(components: tuple[str, ...] = DEFAULT_COMPONENTS, full_ner: bool = False,
                  french_module: bool = False) -> Language:
    """fr_core_news_sm without the components nothing reads, the sentence-level NER where one is read, then ours.

    full_ner=True runs the NER over whole documents instead (the reference the sentence-level run is checked on);
    french_module=True keeps spaCy's stock French tokenizer (see `ctgminer.extract.french`).
    """
    register_extensions()
    needs = [NEEDS[c] for c in components if c in NEEDS]
    keep = set(STATISTICAL) if needs else set()
    # creating the Language loads the factories declared as spaCy entry points (classify's components)
    nlp = load_base(exclude=[name for name in BASE_COMPONENTS if name not in keep],
                    disable=[] if full_ner else sorted(keep), french_module=french_module)
    for selector in dict.fromkeys(needs):
        if not full_ner:
            nlp.add_pipe("ctg_sentence_ner", name=f"ner_{selector}", config={"selector": selector})
    for name in components:
        nlp.add_pipe(name)
    return nlp


# --- long texts ------------------------------------------------------------------------------------------------
_CUTS = (re.compile(r"\n\s*\n\s*"), re.compile(r"\n\s*"), re.compile(r"(?<=[.!?;])\s+"), re.compile(r"\s+"))


def split_text(text: str, limit: int = MAX_PIECE_CHARS) -> list[str]:
    """Cut a text into pieces of at most `limit` characters, after a blank line if one is near the limit, else
    after a line end, a sentence end or any space (a hard cut only in a text with no space at all).
    The pieces join back into the text exactly."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = None
        for pattern in _CUTS:
            last = None
            for m in pattern.finditer(text, start + limit // 2, end):
                last = m
            if last is not None:
                cut = last.end()
                break
        cut = cut if cut and cut > start else end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def prepare_text(text: str) -> str:
    """The text the components read for a page's text: repaired and unwrapped (`ctgminer.text.normalise`).
    Fitting scripts that work on text rather than docs (the parties' signing model) read it here."""
    return reline_flattened(unwrap_lines(repair_text(text)))


def prepare_doc(nlp: Language, text: str) -> Doc:
    """The doc the analyser reads for a page's text: `prepare_text`, tokenised. Fitting scripts build their docs
    here too, so a fit sees what the analysis sees."""
    return make_doc(nlp, prepare_text(text))


def make_doc(nlp: Language, text: str, limit: int = MAX_PIECE_CHARS) -> Doc:
    """Tokenise a text of any length: pieces are tokenised separately and joined into one Doc whose text and
    character offsets are those of the whole text."""
    if len(text) <= limit:
        return nlp.tokenizer(text)
    docs = [nlp.tokenizer(piece) for piece in split_text(text, limit)]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # cannot happen with a whitespace-aligned cut; guarded since offsets depend on it
        raise ValueError("tokenised pieces do not join back into the text")
    return doc
