"""Character-level sentence segmentation, used to read the cues around a mention."""

from __future__ import annotations

import bisect
import re

_SENT_END = re.compile(r"(?<=[.!?;])(?<!\bM\.)(?<!\bMM\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\b[A-Z]\.)\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])|\n+|\s*[•✓·▪►]\s*")


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
