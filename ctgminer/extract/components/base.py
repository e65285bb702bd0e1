"""What the rule components share: the Mention they find, span writing, the doc extensions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from ctgminer.text.cues import ctg_mentions, story_end
from ctgminer.text.sentences import Sentences


@dataclass
class Mention:
    """A value found in the text, with its offsets and the cues around it."""

    start: int
    end: int
    text: str
    value: Any
    kind: str = ""
    score: float = 0.0
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


def doc_text(doc: Doc) -> str:
    """The doc's text, built once and shared by all components (spaCy's `doc.text` joins every token again
    on each call, which a dozen calls per document make a visible share of the run)."""
    cached = doc.user_data.get("ctg_text")
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data["ctg_text"] = (len(doc), doc.text)
    return cached[1]


def story_end_of(doc: Doc) -> int:
    """Where the page's own story ends (text.cues.story_end: a related-articles heading), found once per doc and
    shared by all components."""
    text = doc_text(doc)
    cached = doc.user_data.get("ctg_story_end")
    if cached is None or cached[0] is not text:
        cached = doc.user_data["ctg_story_end"] = (text, story_end(text))
    return cached[1]


# the last text whose CTG mentions were found, with them: the relevance judge receives the doc's text (the same
# str object that doc_text hands the extraction components), not the doc, and reuses their result through it
_last_ctg: tuple[str, list[tuple[int, int]]] | None = None


def ctg_mentions_in(text: str) -> list[tuple[int, int]]:
    """text.cues.ctg_mentions, found once for a given text object (the dates, parties and relevance components
    each need them on the same doc); callers must not change the list."""
    global _last_ctg
    last = _last_ctg
    if last is None or last[0] is not text:
        last = _last_ctg = (text, ctg_mentions(text))
    return last[1]


def ctg_mentions_of(doc: Doc) -> list[tuple[int, int]]:
    """The doc's CTG mentions (text.cues.ctg_mentions), found once per doc and shared by all components; the doc's
    text becomes the last text, so that a judge given only the text (relevance) finds them after a batching
    component (the theme labels) ran other docs in between."""
    global _last_ctg
    text = doc_text(doc)
    cached = doc.user_data.get("ctg_mentions")
    if cached is None or cached[0] is not text:
        cached = doc.user_data["ctg_mentions"] = (text, ctg_mentions_in(text))
    _last_ctg = cached
    return cached[1]


def sentences(doc: Doc) -> Sentences:
    """The doc's character-level sentences, segmented once and shared by all components."""
    text = doc_text(doc)
    cached = doc.user_data.get("ctg_sentences")
    if cached is None or cached.text is not text:
        cached = doc.user_data["ctg_sentences"] = Sentences(text)
    return cached


def write_spans(doc: Doc, key: str, mentions: list[Mention], label: str | None = None) -> None:
    """Store mentions as a span group `key`, each span carrying its value in `span._.value`."""
    spans = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, label=label or m.kind or key, alignment_mode="expand", span_id=key)
        if span is None:
            continue
        span._.value = m.value
        spans.append(span)
    doc.spans[key] = spans


def _value_key(span: Span) -> tuple:
    # spaCy keys span attributes by offsets alone: a theme phrase and a signatory over the same characters would
    # share one value. The span group (span.id, set by write_spans) keeps them apart; not the label, which a later
    # component may change (the theme labeller names each phrase's best label).
    return ("ctg_value", span.id, span.start_char, span.end_char)


def register_value_extension() -> None:
    """`span._.value`: the typed value of a span, one per span group and offsets (idempotent)."""
    if not Span.has_extension("value"):
        Span.set_extension("value", getter=lambda span: span.doc.user_data.get(_value_key(span)),
                           setter=lambda span, value: span.doc.user_data.__setitem__(_value_key(span), value))


def register_extensions() -> None:
    """Declare the custom attributes used by ctgminer components (idempotent)."""
    register_value_extension()
    # what the reader learnt of the document: its date, its language (identified once, when it was read)
    for name in ("page_date", "language", "url"):  # what the reader knows of the page (url: its address)
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
