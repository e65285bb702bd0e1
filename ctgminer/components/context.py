"""Helpers shared by the rule components: sentence windows, cue search, span writing."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

_SENT_END = re.compile(r"(?<=[.!?;])(?<!\bM\.)(?<!\bMM\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\b[A-Z]\.)\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])|\n+|\s*[•✓·▪►]\s*")

# Words that make a text about a CTG (used as a positive cue by several components).
CTG_CUE = re.compile(
    r"(?i:conventions?\s+territoriales?\s+globales?|conventions?\s+globales?\s+(?:de\s+)?territ"
    r"|conventions?\s+territoriales?\s+globalisées?|conventions?\s+globales?\s+territoriales?)"
    r"|\bC\.?T\.?G\b|\bCtg\b",
)


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


class Sentences:
    """Character-level sentence segmentation used to read cues around a mention."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        for m in _SENT_END.finditer(text):
            starts.append(m.end())
        self.starts = sorted(set(starts))

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def bounds(self, i: int) -> tuple[int, int]:
        i = max(0, min(i, len(self.starts) - 1))
        start = self.starts[i]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return start, end

    def sentence(self, pos: int, offset: int = 0) -> str:
        i = self.index(pos) + offset
        if i < 0 or i >= len(self.starts):
            return ""
        s, e = self.bounds(i)
        return self.text[s:e]

    def left(self, pos: int, limit: int = 80) -> str:
        """Text from the sentence start (or `limit` characters) up to pos."""
        s, _ = self.bounds(self.index(pos))
        return self.text[max(s, pos - limit):pos]

    def right(self, pos: int, limit: int = 80) -> str:
        _, e = self.bounds(self.index(pos))
        return self.text[pos:min(e, pos + limit)]


def sentences(doc: Doc) -> Sentences:
    """The doc's character-level sentences, segmented once and shared by all components."""
    cached = doc.user_data.get("ctg_sentences")
    if cached is None or cached.text is not doc.text:
        cached = doc.user_data["ctg_sentences"] = Sentences(doc.text)
    return cached


def write_spans(doc: Doc, key: str, mentions: list[Mention], label: str | None = None) -> None:
    """Store mentions as a span group `key`, each span carrying its value in `span._.value`."""
    spans = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, label=label or m.kind or key, alignment_mode="expand")
        if span is None:
            continue
        span._.value = m.value
        spans.append(span)
    doc.spans[key] = spans


def register_extensions() -> None:
    """Declare the custom attributes used by ctgminer components (idempotent)."""
    if not Span.has_extension("value"):
        Span.set_extension("value", default=None)
    for name in ("page_date", "ctg", "meta"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def ctg_data(doc: Doc) -> dict:
    """The per-document result dict shared between components."""
    if doc._.ctg is None:
        doc._.ctg = {}
    return doc._.ctg
