"""Dates component: article date, signature date, period and duration of the convention."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ctgminer.extract.components.base import Mention, ctg_data, sentences, write_spans
from ctgminer.extract.components.dates import patterns as P
from ctgminer.text.cues import CTG_CUE
from ctgminer.text.numbers import as_int, parse_number
from ctgminer.text.sentences import Sentences


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day."""

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
        if not value:
            return None
        m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
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


def _month(text: str) -> int | None:
    return P.MONTHS.get(text.lower().rstrip(".").replace("é", "é"))


def _day(text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else 1


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if y and m and d:
        try:
            dt.date(y, m, d)
        except ValueError:
            return False
    return True


class DatesComponent:
    """Finds dates, resolves relative ones and picks the signature date, period and duration."""

    def __init__(self, nlp=None, name: str = "ctg_dates", signature_threshold: float = 3.0) -> None:
        self.name = name
        self.signature_threshold = signature_threshold

    # -- collection --------------------------------------------------------------------------
    def find_dates(self, text: str) -> list[Mention]:
        found: list[Mention] = []

        def add(m: re.Match, y, mo, d, kind, **extra) -> None:
            if not _valid(y, mo, d):
                return
            found.append(Mention(m.start(), m.end(), m.group(), PartialDate(y, mo, d), kind, extra=extra))

        for m in P.ABSOLUTE.finditer(text):
            y = int(m["y"]) if m["y"] else None
            wd = P.WEEKDAYS.get(m["wd"].lower()) if m["wd"] else None
            add(m, y, _month(m["m"]), _day(m["d"]), "absolute" if y else "daymonth",
                weekday=wd, past=bool(m["past"]))
        for m in P.NUMERIC.finditer(text):
            add(m, int(m["y"]), int(m["m"]), int(m["d"]), "absolute")
        for m in P.ISO.finditer(text):
            add(m, int(m["y"]), int(m["m"]), int(m["d"]), "absolute")
        for m in P.ISO_MONTH.finditer(text):
            start = m.start("y")
            found.append(Mention(start, m.end(), text[start:m.end()], PartialDate(int(m["y"]), int(m["m"])),
                                 "month", extra={"header": True}))
        for m in P.MONTH_YEAR.finditer(text):
            add(m, int(m["y"]), _month(m["m"]), None, "month")
        for m in P.EVENT_YEAR.finditer(text):
            found.append(Mention(m.start("y"), m.end("y"), m["y"], PartialDate(int(m["y"])), "year"))
        for m in P.RELATIVE.finditer(text):
            if m["rel"]:
                key = m["rel"].lower().replace("’", "'").replace(" ", "")
                found.append(Mention(m.start(), m.end(), m.group(), None, "relative", extra={"rel": key}))
            else:
                wd = (m["wd"] or m["wd2"]).lower()
                found.append(Mention(m.start(), m.end(), m.group(), None, "relative",
                                     extra={"weekday": P.WEEKDAYS[wd], "past": bool(m["wd2"])}))
        # keep the longest mention where several overlap
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        kept: list[Mention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        return kept

    # -- article date --------------------------------------------------------------------------
    def article_date(self, text: str, dates: list[Mention]) -> tuple[Mention | None, Mention | None]:
        """Return (publication mention, event dateline mention) read from the page header."""
        publication = event = None
        line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        nonblank = [i for i, s in enumerate(line_starts) if text[s:].split("\n", 1)[0].strip()]
        header_lines = set(nonblank[:12])
        for mention in dates:
            if mention.value is None or mention.value.year is None:
                continue
            before = text[max(0, mention.start - 40):mention.start]
            if P.PUBLICATION_CUE.search(before) or mention.extra.get("header"):
                if publication is None:
                    publication = mention
                continue
            line_no = max(i for i, s in enumerate(line_starts) if s <= mention.start)
            if line_no not in header_lines:
                continue
            line_start = line_starts[line_no]
            line_end = text.find("\n", mention.start)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            lead = text[line_start:mention.start].strip()
            after = text[mention.end:line_end if line_end >= 0 else len(text)]
            if mention.kind not in {"absolute", "month"}:
                continue
            short = len(line.strip()) <= 80 and not line.rstrip().endswith(".")
            if P.TIME_OF_DAY.match(after) and not lead:
                if event is None:
                    event = mention
                continue
            starts_line = not lead or re.fullmatch(r"(?:le|du|publié\s+le|\W*)", lead, re.I)
            if publication is None and (short and (starts_line or len(line.strip()) <= 60)):
                publication = mention
        return publication, event

    # -- resolution ----------------------------------------------------------------------------
    @staticmethod
    def resolve(mention: Mention, anchor: PartialDate | None) -> PartialDate | None:
        """Resolve a relative or year-less date against the anchor (the article's date)."""
        if mention.value is not None and mention.value.year is not None:
            return mention.value
        if anchor is None or anchor.year is None:
            return None
        anchor_day = anchor.as_date()
        if mention.kind == "relative":
            rel = mention.extra.get("rel")
            if rel in {"aujourd'hui", "cejour"}:
                return anchor
            if rel in {"hier", "avant-hier", "avanthier", "demain"}:
                if anchor_day is None:
                    return PartialDate(anchor.year, anchor.month)
                delta = {"hier": -1, "demain": 1}.get(rel, -2)
                d = anchor_day + dt.timedelta(days=delta)
                return PartialDate(d.year, d.month, d.day)
            weekday = mention.extra.get("weekday")
            if weekday is None:
                return None
            if anchor_day is None:
                return PartialDate(anchor.year, anchor.month) if anchor.month else None
            back = (anchor_day.weekday() - weekday) % 7
            if mention.extra.get("past") and back == 0:
                back = 7
            d = anchor_day - dt.timedelta(days=back)
            return PartialDate(d.year, d.month, d.day)
        if mention.kind == "daymonth" and mention.value is not None:
            month, day = mention.value.month, mention.value.day
            ref = anchor_day or dt.date(anchor.year, anchor.month or 12, 28 if anchor.month else 31)
            best = None
            for year in (ref.year - 1, ref.year, ref.year + 1):
                try:
                    cand = dt.date(year, month, day)
                except ValueError:
                    continue
                wd = mention.extra.get("weekday")
                if wd is not None and cand.weekday() != wd:
                    continue
                if (mention.extra.get("past") or anchor.month) and cand > ref + dt.timedelta(days=31 if not
                                                                                          anchor_day else 0):
                    continue
                if best is None or abs((cand - ref).days) < abs((best - ref).days):
                    best = cand
            if best is not None and abs((best - ref).days) <= 200:
                return PartialDate(best.year, best.month, best.day)
        return None

    # -- signature -----------------------------------------------------------------------------
    def score_signature(self, text: str, sents: Sentences, mention: Mention, doc_signs: bool) -> float:
        sentence = sents.sentence(mention.start)
        prev = sents.sentence(mention.start, -1)
        nxt = sents.sentence(mention.start, 1)
        left = sents.left(mention.start, 120)
        score = 0.0
        if P.SIGN_CUE.search(sentence):
            score += 3
        elif P.SIGN_CUE.search(prev) or P.SIGN_CUE.search(nxt):
            opening = not re.sub(r"^\W*(?:le|ce|la|en)?\s*$", "", left.strip(), flags=re.I)
            score += 2 if opening else 0.5
        if CTG_CUE.search(sentence) or CTG_CUE.search(prev):
            score += 1
        if mention.kind == "relative":
            score += 0.5
        if mention.extra.get("event"):
            score += 2 + (1 if doc_signs else 0)
        if P.PRESENCE.search(sentence) and mention.kind == "relative":
            score += 1.5
        clause = re.split(r"[,;:()]", left)[-1] + mention.text + re.split(r"[,;:()]", sents.right(mention.end))[0]
        if P.NOT_SIGNATURE.search(sentence) or P.NOT_SIGNATURE_LOCAL.search(clause) or re.search(
                r"\bau\s*$", left, re.I):
            score -= 4
        if mention.kind == "year":
            score -= 0.5
        return score

    # -- periods and durations -----------------------------------------------------------------
    def find_periods(self, text: str, sents: Sentences) -> list[Mention]:
        out: list[Mention] = []
        for regex, kind in ((P.PERIOD_FULL, "full"), (P.PERIOD_RANGE, "range"), (P.PERIOD_END, "end"),
                            (P.PERIOD_SINGLE, "single")):
            for m in regex.finditer(text):
                gd = m.groupdict()
                y1 = int(gd["y1"]) if gd.get("y1") else None
                y2 = int(gd["y2"]) if gd.get("y2") else None
                if kind == "single":
                    y2 = y1
                if y1 and y2 and not (0 <= y2 - y1 <= 8):
                    continue
                if any(o.start <= m.start() < o.end or m.start() <= o.start < m.end() for o in out):
                    continue
                out.append(Mention(m.start(), m.end(), m.group(), (y1, y2), kind))
        for mention in out:
            sentence = sents.sentence(mention.start)
            left = re.split(r"(?:19|20)\d\d\b", sents.left(mention.start, 90))[-1]  # after any earlier year
            score = 1.0 if P.PERIOD_POSITIVE.search(sentence) else 0.0
            if P.PERIOD_POSITIVE.search(left[-45:]):
                score += 1
            if CTG_CUE.search(sentence):
                score += 1
            if P.PERIOD_NEGATIVE.search(left):
                score -= 3
            elif P.PERIOD_NEGATIVE.search(sentence):
                score -= 1
            if mention.kind in {"full", "range"}:
                score += 0.5
            mention.score = score
        return [m for m in out if m.score >= 1]

    def find_durations(self, text: str, sents: Sentences) -> list[Mention]:
        out: list[Mention] = []
        for regex in P.DURATIONS:
            for m in regex.finditer(text):
                if any(o.start < m.end() and m.start() < o.end for o in out):
                    continue
                n = parse_number(m["n"])
                if n is None or not 1 <= n <= 10:
                    continue
                before = text[max(0, m.start() - 30):m.start()]
                if P.DURATION_EXCLUDE_AFTER.match(text[m.end():m.end() + 20]) or P.DURATION_EXCLUDE_BEFORE.search(
                        before):
                    continue
                sentence = sents.sentence(m.start())
                score = 1.0
                if P.DURATION_POSITIVE.search(sentence):
                    score += 1
                if CTG_CUE.search(sentence):
                    score += 1
                if P.DURATION_NEGATIVE.search(sentence):
                    score -= 3
                if P.GENERIC.search(sentence) and not P.SPECIFIC.search(sentence):
                    score -= 3
                out.append(Mention(m.start(), m.end(), m.group(), int(n), "duration", score=score))
        return [m for m in out if m.score >= 1]

    # -- main ----------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        sents = sentences(doc)
        dates = self.find_dates(text)
        publication, event = self.article_date(text, dates)
        meta_date = PartialDate.from_iso(doc._.page_date) if doc._.page_date else None
        pub_value = publication.value if publication else meta_date
        anchor = event.value if event else pub_value
        if event:
            event.extra["event"] = True
        for mention in dates:
            mention.value = self.resolve(mention, anchor)
        resolved = [m for m in dates if m.value is not None]

        doc_signs = bool(re.search(r"sign(?:er|ons|ature)\s+(?:de\s+)?(?:cette|la)\s+(?:convention|CTG)", text, re.I))
        periods = self.find_periods(text, sents)
        in_period = [(p.start, p.end) for p in periods]
        candidates = []
        for mention in resolved:
            if mention is publication and mention.kind != "relative":
                continue
            if any(s <= mention.start < e for s, e in in_period):
                continue
            mention.score = self.score_signature(text, sents, mention, doc_signs)
            if mention.score >= self.signature_threshold:
                candidates.append(mention)
        signature = None
        if candidates:
            signature = max(candidates, key=lambda m: (m.score, len(m.value.iso() or ""), -m.start))

        period = None
        if periods:
            period = max(periods, key=lambda m: (m.score, m.value[1] or 0, m.value[0] is not None))
            if period.value[0] is None:  # an end year alone: take the full range that ends the same year
                same_end = [p for p in periods if p.value[0] is not None and p.value[1] == period.value[1]]
                period = max(same_end, key=lambda m: m.score) if same_end else period
        durations = self.find_durations(text, sents)
        duration = max(durations, key=lambda m: (m.score, -m.start)) if durations else None

        period_start, period_end = period.value if period else (None, None)
        duration_years = duration.value if duration else None
        duration_source = "text" if duration else None
        if duration_years is None and period_start and period_end:
            duration_years = period_end - period_start + 1
            duration_source = "period"

        data = ctg_data(doc)
        data.update(
            publication_date=pub_value.iso() if pub_value else None,
            signature_date=signature.value.iso() if signature else None,
            period_start=period_start,
            period_end=period_end,
            duration_years=as_int(duration_years),
            evidence={
                **data.get("evidence", {}),
                "publication_date": publication.as_dict() if publication else None,
                "signature_date": signature.as_dict() if signature else None,
                "period": period.as_dict() if period else None,
                "duration_years": duration.as_dict() if duration else (
                    period.as_dict() if duration_source == "period" and period else None),
            },
        )
        for mention in resolved:
            mention.value = mention.value.iso()
        write_spans(doc, "dates", resolved)
        write_spans(doc, "periods", [Mention(p.start, p.end, p.text, list(p.value), p.kind) for p in periods])
        write_spans(doc, "durations", durations)
        return doc
