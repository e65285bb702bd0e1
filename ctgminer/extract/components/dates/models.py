"""Typed values the dates component puts on its spans (`span._.value`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day (year None: a day and month not yet placed in a year)."""

    year: int | None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str | None:
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_iso(cls, value: str | None) -> PartialDate | None:
        m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value or "")
        if not m:
            return None
        y, mo, d = (int(g) if g else None for g in m.groups())
        return cls(y, mo, d)

    def as_date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


@dataclass
class DateValue:
    """A date mention: what the text says, what it resolves to, and the evidence for it being the signing."""

    kind: str                                   # absolute | daymonth | month | year | relative
    written: PartialDate | None                 # as written (None for relative expressions)
    resolved: PartialDate | None = None         # placed in time (article date, period years), or None
    features: dict[str, float] = field(default_factory=dict)
    signature_probability: float = 0.0

    @property
    def iso(self) -> str | None:
        return self.resolved.iso() if self.resolved else None


@dataclass(frozen=True)
class PeriodValue:
    """Years covered by a convention (start may be unknown when only the end is written)."""

    start: int | None
    end: int | None
    kind: str = "range"                          # range | full | end | single | duration_from | since | end_duration | signed_end | start_duration
    score: float = 0.0


@dataclass(frozen=True)
class DurationValue:
    """A stated duration in years."""

    years: int
    score: float = 0.0
