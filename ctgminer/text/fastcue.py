"""Case-insensitive cues searched quickly on lower-cased text.

Python's `re` scans for a pattern's first characters with a fast loop only when they are literals it can compare
as they are: never in a case-insensitive pattern, never after a leading `\\b`. Then it tries the whole pattern at
every character of the text, which is what most of a cue search costs. `FastCue` compiles, beside the pattern, a
case-sensitive copy meant for the lower-cased text: letters lower-cased (upper-case escapes such as `\\W`, `\\S`
kept), and in each top-level alternative a leading `\\b` before a letter moved behind that letter as the
look-behind `(?<!\\w.)`, which says the same. Matches are the same (tests check it on written examples); searches
run several times faster on the dev texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_KEEP_ESCAPES = set("ABDSWZNPpbdswzntrfv0123456789")  # escapes copied as they are (\b, \d, \S, \W ...)
_QUANTIFIERS = set("?*+{")


def _split_top(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (a '|' outside groups and classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]" or pattern[i + 1:i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _lower(pattern: str) -> str:
    """Letters lower-cased; escapes, group names and back-references kept."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("(?P", i):  # a named group or a back-reference: its name stays as written
            end = pattern.index(">" if pattern.startswith("(?P<", i) else ")", i)
            out.append(pattern[i:end + 1])
            i = end + 1
            continue
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            out.append(c + (nxt if nxt in _KEEP_ESCAPES or not nxt.isalpha() else nxt.lower()))
            i += 2
            continue
        out.append(c.lower())
        i += 1
    return "".join(out)


def _move_boundary(alternative: str) -> str:
    r"""'\bsign...' -> 's(?<!\w.)ign...': the same test, with a literal first character."""
    if alternative.startswith(r"\b") and len(alternative) > 3:
        first, after = alternative[2], alternative[3]
        if first.isalpha() and after not in _QUANTIFIERS:
            return first + r"(?<!\w.)" + alternative[3:]
    return alternative


def fast_pattern(pattern: str) -> str:
    """The case-sensitive pattern for lower-cased text equivalent to `pattern` read case-insensitively."""
    return "|".join(_move_boundary(alt) for alt in _split_top(_lower(pattern)))


class FastCue:
    """A case-insensitive cue with a fast case-sensitive twin for lower-cased text.

    `search`, `finditer`, `count` take the text and, when the caller has it, its lower-cased form (the same length:
    then the twin runs; otherwise, e.g. for 'İ' which lower-cases to two characters, the original pattern does).
    """

    def __init__(self, pattern: str | re.Pattern, flags: int = 0) -> None:
        if isinstance(pattern, re.Pattern):
            flags |= pattern.flags & (re.MULTILINE | re.DOTALL | re.VERBOSE)
            pattern = pattern.pattern
        self.pattern = pattern
        self.regex = re.compile(pattern, flags | re.IGNORECASE)
        self.fast = re.compile(fast_pattern(pattern), flags & ~re.IGNORECASE)
        # a part that must keep its case, "(?-i:[A-ZÀ-Þ])" (a centre social named by its own name, "le centre social
        # Jean-Moulin", not "le centre social et les associations"), cannot be read on the lower-cased text: there the
        # twin only tells that no match can exist (it finds a superset), and the original regex finds the matches
        self.exact = "(?-i:" in pattern

    def _pick(self, text: str, lowered: str | None) -> tuple[re.Pattern, str]:
        lowered = text.lower() if lowered is None else lowered
        if len(lowered) != len(text) or self.exact and self.fast.search(lowered):
            return self.regex, text
        return self.fast, lowered

    def search(self, text: str, lowered: str | None = None) -> re.Match | None:
        regex, target = self._pick(text, lowered)
        return regex.search(target)

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match]:
        regex, target = self._pick(text, lowered)
        return regex.finditer(target)

    def count(self, text: str, lowered: str | None = None) -> int:
        return sum(1 for _ in self.finditer(text, lowered))
