"""Character-level sentence segmentation, used to read the cues around a mention."""

from __future__ import annotations

import bisect
import re

_SENT_END = re.compile(r"(?<=[.!?;])(?<!\bM\.)(?<!\bMM\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\b[A-Z]\.)\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])|\n+|\s*[•✓·▪►]\s*")


# a line a PDF or a narrow column wrapped: a long line with no closing punctuation, the next one going on in lower
# case ("... en faveur de la petite enfance, de\nl'enfance-jeunesse et de la parentalité, la convention s'ouvre ...");
# a list's short items in lower case ("développer l'accueil\nsoutenir les parents") still end at their line
WRAPPED_LINE_MIN_CHARS = 60
_OPEN_LINE_END = re.compile(r"[^.!?;:…»\"”)\s]\s*$")
# (not a list's item opening on a letter as its bullet: "o Favoriser l'accès ...", "b) Soutenir les parents")
_GOES_ON = re.compile(r"(?!o\s|[a-h][).]\s)[^\W\d_A-ZÀ-Þ]")


def wraps(text: str, newline: int) -> bool:
    """Does the line break at `newline` only wrap a paragraph (see WRAPPED_LINE_MIN_CHARS)?"""
    after = newline + 1
    if after >= len(text) or text[newline] != "\n" or not _GOES_ON.match(text, after):
        return False
    line_start = text.rfind("\n", 0, newline) + 1
    return newline - line_start >= WRAPPED_LINE_MIN_CHARS and bool(_OPEN_LINE_END.search(text, line_start, newline))


class Sentences:
    """Character-level sentence segmentation used to read cues around a mention."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        for m in _SENT_END.finditer(text):
            if m.group() == "\n" and wraps(text, m.start()):
                continue
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
