"""Dates component: article date, signature date, period and duration of the convention.

Writes span groups `dates`, `periods`, `durations` (values: models.DateValue, PeriodValue, DurationValue) and the
doc-level choices `doc._.publication`, `doc._.signature`, `doc._.period`, `doc._.duration` (spans or None).
The signature date is the candidate with the highest probability under a logistic regression fitted on the gold
(`signature_weights.json`, refit with scripts/fit_dates.py); periods and durations keep scored rules (too few
documents with a competing period to fit weights on).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ctgminer.extract.components.base import (
    ctg_mentions_of,
    doc_text,
    register_value_extension,
    sentences,
    story_end_of,
)
from ctgminer.extract.components.dates import patterns as P
from ctgminer.extract.components.dates.models import DateValue, DurationValue, PartialDate, PeriodValue
from ctgminer.text.cues import CTG_CUE, OTHER_SCHEME, SCHEME_NAMES, story_end, teaser_lines
from ctgminer.text.numbers import parse_number
from ctgminer.text.sentences import Sentences

HERE = Path(__file__).parent
DOC_ATTRIBUTES = ("publication", "signature", "period", "duration")


def register_date_extensions() -> None:
    """Doc attributes this component assigns (idempotent)."""
    register_value_extension()
    for name in (*DOC_ATTRIBUTES, "article_date"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _first_lines(text: str, n: int) -> list[str]:
    """The first `n` non-blank lines of a text (without splitting the whole text)."""
    lines, pos = [], 0
    while len(lines) < n and pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            lines.append(text[pos:end])
        pos = end + 1
    return lines


def _from_core(regex: re.Pattern, core: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of a numeric date form, scanned from one character before the first match of its core (its
    look-behinds still see the text before that point), none where the core is absent."""
    first = core.search(text)
    return regex.finditer(text, max(0, first.start() - 1)) if first else iter(())


def _month(text: str) -> int | None:
    return P.MONTHS.get(text.lower().rstrip("."))


def _day(text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else 1


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if m and d:
        try:
            dt.date(y or 2000, m, d)  # 2000 is a leap year: 29 February stays possible
        except ValueError:
            return False
    return True


AddDate = Callable[..., None]  # find_dates' add(start, end, kind, written, **features)


def _day_dates(text: str, lowered: str, add: AddDate) -> None:
    """Dates with a day, or numeric ones: "le 3 avril 2024", "03/04/2024", "2024-04-03", "03/04", "04/2024"."""
    for m in P.ABSOLUTE.finditer(text, lowered):
        y = int(m["y"]) if m["y"] else None
        wd = P.WEEKDAYS.get(m["wd"].lower()) if m["wd"] else None
        add(m.start(), m.end(), "absolute" if y else "daymonth", PartialDate(y, _month(m["m"]), _day(m["d"])),
            weekday=wd, past=bool(m["past"]), future=bool(m["fut"]), following=bool(m["next"]))
    numeric = bool(P.DIGIT_SEPARATOR_DIGIT.search(text))  # else no numeric form can match: skip their scans
    iso = numeric and bool(P.ISO_CORE.search(text))
    for m in _from_core(P.NUMERIC, P.NUMERIC_CORE, text) if numeric else ():
        if not P.NUMBERED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            add(m.start(), m.end(), "absolute", PartialDate(int(m["y"]), int(m["m"]), int(m["d"])))
    for m in _from_core(P.NUMERIC_SHORT_YEAR, P.NUMERIC_SHORT_YEAR_CORE, text) if numeric else ():
        add(m.start(), m.end(), "absolute", PartialDate(2000 + int(m["y"]), int(m["m"]), int(m["d"])))
    for m in _from_core(P.ISO, P.ISO_CORE, text) if iso else ():
        if not P.NUMBERED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            add(m.start(), m.end(), "absolute", PartialDate(int(m["y"]), int(m["m"]), int(m["d"])))
    for m in _from_core(P.NUMERIC_DAYMONTH, P.DIGIT_SLASH_DIGIT, text) if numeric else ():
        add(m.start(), m.end(), "daymonth", PartialDate(None, int(m["m"]), int(m["d"])))
    for m in _from_core(P.NUMERIC_MONTH_YEAR, P.NUMERIC_MONTH_YEAR_CORE, text) if numeric else ():
        add(m.start(), m.end(), "month", PartialDate(int(m["y"]), int(m["m"])))
    for m in P.ISO_MONTH.finditer(text) if iso else ():
        add(m.start("y"), m.end(), "month", PartialDate(int(m["y"]), int(m["m"])), header=True)


def _month_and_year_dates(text: str, lowered: str, add: AddDate) -> None:
    """Dates without a day: a month alone or with its year, a part of a year, a blank day, an event's year."""
    for m in P.MONTH_ONLY.finditer(text, lowered):
        end = m.end() - (m.end("m") == m.end() and m["m"].endswith(".") and m["m"][:-1].lower() in P.FULL_MONTHS)
        add(m.start(), end, "month", PartialDate(None, _month(m["m"])), past=bool(m["past"]),
            future=bool(m["fut"]))
    for m in P.MONTH_YEAR.finditer(text, lowered):
        add(m.start(), m.end(), "month", PartialDate(int(m["y"]), _month(m["m"])))
    for m in P.PART_OF_YEAR.finditer(text, lowered) if any(w in lowered for w in P.PART_OF_YEAR_WORDS) else ():
        add(m.start(), m.end(), "year", PartialDate(int(m["y"])))
    for m in P.BLANK_DAY.finditer(text) if "le" in lowered and ("..." in text or "___" in text or "…" in text) else ():
        add(m.start("blank"), m.end(), "month" if m["m"] else "year",
            PartialDate(int(m["y"]), _month(m["m"]) if m["m"] else None), blank_day=True)
    for m in P.EVENT_YEAR.finditer(text, lowered):
        group = m.lastindex  # the year's group of the alternative that matched (its only group)
        add(m.start(group), m.end(group), "year", PartialDate(int(m[group])))


def _relative_dates(text: str, lowered: str, add: AddDate) -> None:
    """Days told against the page's day: "aujourd'hui", "hier", "lundi dernier", "ce jeudi"."""
    for m in P.RELATIVE.finditer(text, lowered):
        if m["rel"]:
            key = m["rel"].lower().replace("’", "'").replace(" ", "")
            if key == "aujourd'hui" and P.NOWADAYS_BEFORE.search(text[max(0, m.start() - 20):m.start()]) \
                    and not P.PRESENCE.search(text[max(0, m.start() - 20):m.end() + 20]):
                continue  # "les 24 communes sont aujourd'hui engagées dans une CTG": nowadays, not a date
            if key in {"aujourd'hui", "cejour"} and P.SO_FAR_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                continue  # "la Caf avait signé 14 CTG à ce jour", "jusqu'à aujourd'hui": so far, not a date
            add(m.start(), m.end(), "relative", None, rel=key)
        else:
            if m["wd3"] and P.GENERIC_WEEKDAY_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
                continue  # "l'accueil de loisirs du mercredi": a weekly day, not a date
            wd = next(m[g] for g in ("wd", "wd2", "wd4", "wd3") if m[g]).lower()
            tense = "past" if m["wd2"] else "future" if m["wd4"] else "bare" if m["wd3"] else "this"
            add(m.start(), m.end(), "relative", None, weekday=P.WEEKDAYS[wd], tense=tense)


def _page_relative_dates(text: str, lowered: str, add: AddDate) -> None:
    """Dates told against the page's own time: a day of its month, a month, years since the signing, a season."""
    # dates told against the page's own date: "signée le 6 courant" (a day of its month), "le mois prochain",
    # "au printemps" (a year at most: the season's year)
    current = any(w in lowered for w in P.CURRENT_MONTH_WORDS)
    for m in P.CURRENT_MONTH_DAY.finditer(text, lowered) if current else ():
        add(m.start(), m.end(), "relative", None, rel="courant", day=_day(m["d"]))
    for m in P.RELATIVE_MONTH.finditer(text, lowered) if "mois" in lowered or "semaine" in lowered else ():
        rel = "semainedernière" if m["week"] else {"prochain": "moisprochain", "dernier": "moisdernier"}.get(
            (m["rm"] or "").lower(), "cemois")
        add(m.start(), m.end(), "relative", None, rel=rel, named_month=_month(m["cm"]) if m["cm"] else None)
    since = "signature" in lowered and any(w in lowered for w in P.SINCE_SIGNING_WORDS)
    for m in P.SINCE_SIGNING.finditer(text, lowered) if since else ():
        n = parse_number(m["n"])
        if n and 1 <= n <= 10:
            add(m.start(), m.end(), "relative", None, rel="since_signing", years=int(n))
    for m in P.SEASON.finditer(text, lowered) if any(w in lowered for w in P.SEASON_WORDS) else ():
        add(m.start(), m.end(), "relative", None, rel="season", season=P.SEASONS[m["s"].lower()],
            past=bool(m["past"]), future=bool(m["fut"]))


class DatesComponent:
    """Finds dates, resolves relative ones and picks the signature date, period and duration."""

    def __init__(self, nlp=None, name: str = "ctg_dates", weights: str = "signature_weights.json",
                 min_probability: float | None = None, header_lines: int = 12, cue_window: int = 60,
                 ctg_window: int = 250, daymonth_max_days: int = 200, period_min_score: float = 1.0,
                 duration_min_score: float = 1.0, max_period_years: int = 8, publication_window: int = 110,
                 daymonth_text_years: bool = True, signed_start_before_month: int = 10) -> None:
        self.name = name
        path = Path(weights) if Path(weights).is_absolute() else HERE / weights
        self.weights = json.loads(path.read_text(encoding="utf-8"))
        self.min_probability = (self.weights["threshold"] if min_probability is None else min_probability)
        self.header_lines = header_lines
        self.cue_window = cue_window
        self.ctg_window = ctg_window
        self.daymonth_max_days = daymonth_max_days
        self.period_min_score = period_min_score
        self.duration_min_score = duration_min_score
        self.max_period_years = max_period_years
        self.publication_window = publication_window
        # the score of a length whose sentence speaks of a convention and names the CTG (find_durations: 1 + 1 + 1)
        self.duration_ctg_score = 3.0
        self.daymonth_text_years = daymonth_text_years
        self.signed_start_before_month = signed_start_before_month

    # -- collection --------------------------------------------------------------------------
    def find_dates(self, doc: Doc) -> list[Span]:
        """Every date form as a span with a DateValue; overlaps resolved by spaCy's filter_spans (longest)."""
        text = doc_text(doc)
        lowered = text.lower()  # the case-insensitive patterns run on it (FastCue)
        found: list[Span] = []

        def add(start: int, end: int, kind: str, written: PartialDate | None, **extra) -> None:
            """A date's span with its value, unless its written date does not exist."""
            if written is not None and not _valid(written.year, written.month, written.day):
                return
            span = doc.char_span(start, end, label=kind, alignment_mode="expand")
            if span is None:
                return
            span._.value = DateValue(kind=kind, written=written, features=dict(extra))
            found.append(span)

        _day_dates(text, lowered, add)
        _month_and_year_dates(text, lowered, add)
        _relative_dates(text, lowered, add)
        _page_relative_dates(text, lowered, add)
        return sorted(filter_spans(found), key=lambda s: s.start)

    # -- article date --------------------------------------------------------------------------
    def article_date(self, text: str, dates: list[Span], end_of_story: int | None = None,
                     ) -> tuple[Span | None, Span | None]:
        """Return (publication span, event dateline span) read from the page header (before `end_of_story`, where a
        related-articles block starts). A date the page says it was published or posted on ("Publié le", "Affiché
        le") is its publication, even below a date guessed from the header ("Conseil municipal du 3 juillet 2024 –
        Compte rendu sommaire" then "Affiché le 8 juillet 2024"); an update ("Mis à jour le") replaces none."""
        publication = event = None
        cued = False  # the publication was told by a cue, not guessed from the header
        line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        header_lines = self._header_line_numbers(text, line_starts)
        end_of_story = story_end(text) if end_of_story is None else end_of_story
        for span in dates:
            value: DateValue = span._.value
            if value.written is None or value.written.year is None:
                continue
            start = span.start_char
            if start >= end_of_story:
                break  # a related article's date closing a short page is not this page's date
            before = text[max(0, start - self.publication_window):start]
            if (cue := P.PUBLICATION_CUE.search(before)) or value.features.get("header"):
                if publication is None or not cued and cue and not P.UPDATE_CUE.search(cue.group()):
                    publication, cued = span, True
                continue
            line_no = bisect.bisect_right(line_starts, start) - 1
            if line_no not in header_lines or value.kind not in {"absolute", "month"}:
                continue
            role = self._header_date_role(text, span, line_starts[line_no], dates, publication is None)
            if role == "publication":
                publication = span
            elif role == "event" and event is None:
                event = span
        if publication is None:
            publication = self._press_credit(text, dates, end_of_story)
        return publication, event

    def _header_line_numbers(self, text: str, line_starts: list[int]) -> set[int]:
        """The numbers of the first `header_lines` non-blank lines (each line read once, not the text's rest)."""
        header_lines: set[int] = set()
        for i, s in enumerate(line_starts):
            if len(header_lines) == self.header_lines:
                break
            if text[s:line_starts[i + 1] if i + 1 < len(line_starts) else len(text)].strip():
                header_lines.add(i)
        return header_lines

    def _header_date_role(self, text: str, span: Span, line_start: int, dates: list[Span],
                          open_publication: bool) -> str | None:
        """A header line's uncued date as "publication", "event" or None (`open_publication`: none found yet)."""
        value: DateValue = span._.value
        start, end = span.start_char, span.end_char
        line_end = text.find("\n", start)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        lead = text[line_start:start].strip()
        if P.LIST_ITEM.search(line):
            return None  # a list's row dates its item, not the page: "• Haut-Léon Communauté, le 28 mars 2024 ;"
        if lead and P.SIGNING_BLOCK_BEFORE.search(lead):
            return None  # a convention's signing block dates its signing, not the page: "Fait à Bouillante, le 4 mai 2023"
        after = text[end:line_end if line_end >= 0 else len(text)]
        # (a date closing its line on a stop is a stamp still: "11 décembre 2019." where a flattened page's line was
        # cut back at its stop, text.normalise.reline_flattened)
        short = len(line.strip()) <= 80 and (not line.rstrip().endswith(".") or after.strip() == ".")
        if lead and (P.NOT_PAGE_DATE_LEAD.search(lead) or P.MONTH_RANGE_LEAD.search(lead)):
            # "Date limite de candidature : 31/01/2025", "Semaine du 20 au 26 novembre 2023", a two-month issue
            # ("SAINTES MAG – janvier-février 2023 – page 12": the gold leaves its page undated)
            return None
        # a date and its time alone on their line are a press page's dateline, not an event's: "Vendredi 17 février
        # 2023 à 18:30" under the headline
        if P.TIME_OF_DAY.match(after) and not lead and not P.TIME_CLOSING_LINE.fullmatch(after):
            if open_publication and P.BYLINE_AFTER.search(after):
                return "publication"  # ... unless its writer follows: "Lundi 4 décembre 2023 à 18:31 - Par J. Martin"
            return "event"  # (the page keeps the first one)
        if P.EVENT_TIME_AFTER.match(after) and not P.BYLINE_LEAD.fullmatch(lead):
            return None  # an agenda line: "Samedi 8 mars 2025 – de 10h à 17h – Palais des Arts"
        if P.CALENDAR_ROW_AFTER.match(after) and not lead and (
                after.lstrip().startswith(":") or self._calendar_neighbour(text, line_start, line_end, dates)):
            return None  # a calendar row ("Janvier 2024 : diagnostic partagé") is no page date
        # a press dateline opening the text: "18/03/2024 - La Ville a signé ...", "Blois, le 18 mars 2024. ..."
        if open_publication and (not lead and P.DATELINE_AFTER.match(after) or P.DATELINE_LEAD.fullmatch(lead)
                                 or P.BYLINE_LEAD.fullmatch(lead)
                                 or P.DATELINE_PLACE.fullmatch(lead) and P.DATELINE_AFTER.match(after)):
            return "publication"
        # a press page's stamp closing its dateline, its writer or its reading time after the date, whatever place or
        # paper leads it (session 33; pages: regional dailies' and radios' news, in three writers' sets; a byline's
        # initial may close the line on a full stop): "Bayonne | 21 mars 2023 | Par Maite E.", "Le Courrier du Gers –
        # 14 janvier 2025 à 06:00 – Temps de lecture : 2 min"
        if open_publication and P.BYLINE_AFTER.search(after) and not P.SIGN_CUE.search(lead):
            return "publication"
        starts_line = not lead or re.fullmatch(r"(?:le|du|publié\s+le|\W*)", lead, re.I)
        # a headline dating the event it tells is no page date: "Convention territoriale globale signée le 3
        # juillet 2020"
        # (a masthead's date after a separator may close a longer line: "Le Républicain lorrain – édition de
        # Thionville | 19 janvier 2023")
        if open_publication and short and (starts_line or (len(line.strip()) <= 60 or P.SEPARATOR_END.search(lead))
                                           and not P.SIGN_CUE.search(lead)):
            return "publication"
        # a periodical's header line, however long, dated by its issue's month at its end: "LA LETTRE DE
        # L'AGGLO – Vivre ensemble en pays de Lure et des Mille Étangs – Mars 2025"
        # (not a two-month issue, "n°58 – janvier-février 2024": the gold leaves its page undated)
        if open_publication and value.kind == "month" and not after.strip() and P.ISSUE_LINE.search(lead) \
                and not P.MONTH_RANGE_LEAD.search(lead):
            return "publication"
        return None

    @staticmethod
    def _press_credit(text: str, dates: list[Span], end_of_story: int) -> Span | None:
        """A press brief's credit closing the story, its paper then its date: "... pour 2024-2028. — La Voix du
        Jura, 12 mars 2024" or "Source : Le Progrès, 3 mai 2022" (the page's date where its header has none)."""
        story = text[:end_of_story].rstrip()
        last = [d for d in dates if d.end_char <= len(story) and d._.value.kind == "absolute"]
        if not last or story[last[-1].end_char:].strip(" .") or "\n" in story[last[-1].end_char:]:
            return None
        span = last[-1]
        line_start = text.rfind("\n", 0, span.start_char) + 1
        return span if P.PRESS_CREDIT_LEAD.search(text[line_start:span.start_char]) else None

    @staticmethod
    def _calendar_neighbour(text: str, line_start: int, line_end: int, dates: list[Span]) -> bool:
        """Whether the line before or after also opens on a date: rows of a calendar, not a dateline ("Mercredi 11
        septembre 2024 – Service communication")."""
        prev_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else -1
        next_start = line_end + 1 if line_end >= 0 else -1
        starts = {s for s in (prev_start, next_start) if s >= 0}
        return any(span.label_ != "relative" and s <= span.start_char < s + 5 and not text[s:span.start_char].strip()
                   for span in dates for s in starts)

    def edition_year(self, text: str) -> PartialDate | None:
        """A guide's edition year in the page header ("Guide à l'attention des élus – édition 2023"): the page's date,
        its year alone (a page of the class of method guides that a Caf publishes by yearly edition)."""
        m = P.EDITION_YEAR.search("\n".join(_first_lines(text, self.header_lines)))
        return PartialDate(int(m["y"])) if m else None

    def session_day(self, text: str, dates: list[Span]) -> PartialDate | None:
        """The day of the council's session that minutes report, dated in their header ("Compte rendu de la réunion du
        conseil municipal du 8 avril 2022"): the day to read the speakers' "le 17 mars dernier" against (the page gets
        no publication date from it)."""
        header_end, seen = 0, 0  # the end of the first non-blank lines
        while seen < self.header_lines and header_end < len(text):
            end = text.find("\n", header_end)
            end = len(text) if end < 0 else end
            seen += bool(text[header_end:end].strip())
            header_end = end + 1
        for span in dates:
            if span.start_char >= header_end:
                break
            written = span._.value.written
            line_start = text.rfind("\n", 0, span.start_char) + 1
            if span._.value.kind == "absolute" and written is not None and written.day is not None \
                    and P.SESSION_LEAD.search(text[line_start:span.start_char]):
                return written
        return None

    def issue_date(self, text: str) -> PartialDate | None:
        """A working document's version in the page header ("version du 4 février 2025"), a periodical's issue in
        the page header dated by its week ("Semaine du 20 au 26 novembre 2023"), its
        numbered issue's month ("n°58 – janvier-février 2024"), its two months ("SAINTES MAG – janvier-février 2023"), its season
        ("LE MAG — N°21 — PRINTEMPS 2023") or its year alone ("BULLETIN MUNICIPAL 2022"): the day, month or year to
        read "mardi" or "le 3 mars dernier" against (the page gets no publication date from it)."""
        header = "\n".join(_first_lines(text, self.header_lines))
        if "version" in header and (m := P.VERSION_DATE.search(header)):
            return PartialDate(int(m["y"]), _month(m["m"]), _day(m["d"]))
        if m := P.WEEK_RANGE.search(header):
            return PartialDate(int(m["y"]), _month(m["m"]), _day(m["d"]))
        if ("°" in header or "º" in header) and (m := P.ISSUE_MONTH.search(header)):
            return PartialDate(int(m["y"]), _month(m["m"]))
        if m := P.ISSUE_MONTH_RANGE.search(header):
            return PartialDate(int(m["y"]), _month(m["m"]))
        if m := P.SEASON_YEAR.search(header):
            return PartialDate(int(m["y"]), P.SEASONS[m["s"].lower()])
        m = P.ISSUE_YEAR.search(header)
        return PartialDate(int(m["y"])) if m else None

    # -- resolution ----------------------------------------------------------------------------
    def resolve(self, span: Span, anchor: PartialDate | None, text_years: set[int], future: bool = False,
                narrative: bool = False) -> PartialDate | None:
        """Place a relative or year-less date in time: against the article's date, else (a weekday and a day
        that fit only one of the years the text speaks of) against the text's own years. `future`: the sentence
        announces what is to come ("sera signée le 3 avril"); `narrative`: the anchor is a date told earlier in the
        text, not the page's date (what follows may come after it)."""
        value: DateValue = span._.value
        written, extra = value.written, value.features
        if written is not None and written.year is not None:
            return written
        future = (future or extra.get("future") or extra.get("following")) and not extra.get("past")
        if value.kind == "month" and written is not None:
            return self._month_only(written.month, anchor, bool(future))
        if value.kind == "daymonth" and written is not None and (anchor is None or anchor.year is None):
            return self._daymonth_in_text_years(written, extra, text_years)
        if anchor is None or anchor.year is None:
            return None
        if value.kind == "relative":
            return _relative_to_anchor(extra, anchor, future)
        if value.kind == "daymonth" and written is not None:
            return self._daymonth_near_anchor(written, extra, anchor, future, narrative)
        return None

    def _daymonth_in_text_years(self, written: PartialDate, extra: dict, text_years: set[int]) -> PartialDate | None:
        """A day and month without a year nor a dated anchor: the one year of the text that fits its weekday."""
        # "ce mardi 27 mai" in a text about 2025-2029: only 2025 has a Tuesday 27 May (daymonth_text_years
        # False leaves it null, the guide's strict reading)
        if not self.daymonth_text_years:
            return None
        fits = [y for y in sorted(text_years) if _valid(y, written.month, written.day)
                and (extra.get("weekday") is not None or (written.month, written.day) == (2, 29))
                and (extra.get("weekday") is None
                     or dt.date(y, written.month, written.day).weekday() == extra["weekday"])]
        return PartialDate(fits[0], written.month, written.day) if len(fits) == 1 else None

    def _daymonth_near_anchor(self, written: PartialDate, extra: dict, anchor: PartialDate, future,
                              narrative: bool) -> PartialDate | None:
        """A day and month without a year placed against a dated anchor: the nearest such day that fits."""
        month, day = written.month, written.day
        anchor_day = anchor.as_date()
        if anchor.month is None:  # an annual bulletin's "le 24 mars dernier" is that year's
            wd = extra.get("weekday")
            fits = _valid(anchor.year, month, day) and (
                wd is None or dt.date(anchor.year, month, day).weekday() == wd)
            return PartialDate(anchor.year, month, day) if fits else None
        ref = anchor_day or dt.date(anchor.year, anchor.month, 28)
        ahead = future or narrative  # a page reports what is past, unless it announces or narrates onwards
        best = None
        for year in (ref.year - 1, ref.year, ref.year + 1):
            try:
                cand = dt.date(year, month, day)
            except ValueError:
                continue
            wd = extra.get("weekday")
            if wd is not None and cand.weekday() != wd:
                continue
            if (extra.get("past") or not ahead) and cand > ref + dt.timedelta(
                    days=31 if not anchor_day else 0):
                continue
            if future and anchor_day and cand < ref:
                continue  # "le 3 avril prochain" on a page of 27 March
            if best is None or abs((cand - ref).days) < abs((best - ref).days):
                best = cand
        if best is not None and abs((best - ref).days) <= self.daymonth_max_days:
            return PartialDate(best.year, best.month, best.day)
        return None

    @staticmethod
    def _month_only(month: int | None, anchor: PartialDate | None, future: bool) -> PartialDate | None:
        """A month without a year ("en janvier") placed against a dated anchor: the nearest such month at or before
        it, or at or after it when the text announces ("interviendra en janvier"), within six months."""
        if month is None or anchor is None or anchor.year is None or anchor.month is None:
            return None
        ref = anchor.year * 12 + anchor.month - 1
        options = [y * 12 + month - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        # a page reports what is past unless its sentence announces: "en février" in a January page's report is the
        # February before it
        options = [o for o in options if (o >= ref if future else o <= ref)]
        options = [o for o in options if abs(o - ref) <= 6]
        if not options:
            return None
        best = min(options, key=lambda o: (abs(o - ref), o > ref))
        return PartialDate(best // 12, best % 12 + 1)

    @staticmethod
    def _since_signing(span: Span, dates: list[Span], sents: Sentences, anchor: PartialDate | None,
                       ) -> PartialDate | None:
        """The year of a signing told as "N ans après sa signature": the year of the event its sentence dates ("le
        comité s'est réuni le 20 juin 2024, deux ans après sa signature": 2022), else of the page's date."""
        i = sents.index(span.start_char)
        told = [d._.value.resolved for d in dates if d is not span and sents.index(d.start_char) == i
                and d._.value.resolved is not None and d._.value.resolved.year is not None]
        year = told[0].year if told else anchor.year if anchor is not None else None
        return PartialDate(year - span._.value.features["years"]) if year else None

    def _extended_end(self, period: Span, periods: list[Span], sents: Sentences) -> int | None:
        """The later end a convention's term is extended to, told by an end of its own in a sentence saying so: an
        amendment's page ("Avenant n°1 à la convention territoriale globale 2020-2024", then "Article 1 : la convention
        est prolongée jusqu'au 31 décembre 2025" -> 2020-2025; "Elle court désormais jusqu'au 31 décembre 2026")."""
        v = period._.value
        later = [p._.value.end for p in periods if p._.value.kind == "end" and p._.value.start is None
                 and v.end < p._.value.end <= v.start + self.max_period_years
                 and P.EXTENSION.search(sents.sentence(p.start_char))]
        return max(later) if later else None

    def _amended_start(self, period: Span, periods: list[Span], dates: list[Span], sents: Sentences) -> Span:
        """An extended convention's first year, where the page tells its new end alone: its former term's, a range
        ending a year or two before ("Vu la convention conclue pour la période 2020-2024", then "prolongeant la
        convention jusqu'au 31 décembre 2025" -> 2020-2025, its length implied), else the year the convention was
        signed ("la convention signée le 8 juillet 2020", "Signée en 2021, elle devait prendre fin en 2025"; not the
        amendment's own signing, a year or less before the new end; no length, which the page does not imply)."""
        v = period._.value
        former = [p for p in periods if p._.value.start and p._.value.end and p._.value.end < v.end <= p._.value.end + 2]
        if former:
            start = max(former, key=lambda p: p._.value.score)._.value.start
            period._.value = PeriodValue(start, v.end, "extended", v.score)
            return period
        years = [d._.value.resolved.year for d in dates if d._.value.resolved is not None and d._.value.resolved.year
                 and 2 <= v.end - d._.value.resolved.year < self.max_period_years
                 and P.SIGNED_PARTICIPLE.search(sents.sentence(d.start_char))]
        if years:
            period._.value = PeriodValue(min(years), v.end, "signed_end", v.score)
        return period

    @staticmethod
    def narrative_anchor(span: Span, dates: list[Span], window: int = 400) -> PartialDate | None:
        """On a page without a date, the full date told last before a year-less one, close before it: "Le 5 octobre
        2022, le conseil a approuvé la CTG, signée le 18 novembre suivant", "Le conseil du 16 décembre 2021 a
        approuvé la CTG. La signature interviendra en janvier"."""
        before = [d for d in dates if d.end_char <= span.start_char and span.start_char - d.end_char <= window
                  and d._.value.written is not None and d._.value.written.year is not None
                  and d._.value.written.month is not None]
        return before[-1]._.value.written if before else None

    # -- signature -----------------------------------------------------------------------------
    def signature_features(self, text: str, sents: Sentences, span: Span, ctg: list[tuple[int, int]],
                           publication: Span | None, prev_end: int = 0, next_dated: bool = False,
                           next_start: int | None = None, timed: list[tuple[int, int, Span | None]] = (),
                           ) -> dict[str, float | bool]:
        """Evidence that a date is the signing date: cues of its sentence and clause, against other events.
        `prev_end`: where the date before it ends (its clause starts after it); `next_dated`: whether the next
        sentence has a date of its own; `next_start`: where the date after it starts; `timed`: the signing cues that
        give their own time (_timed_signings)."""
        r = _DateReading(text, sents, span, prev_end, timed)
        self._signing_evidence(r)
        self._page_evidence(r, ctg)
        r.earlier = self._earlier_evidence(r)
        self._other_event_evidence(r, prev_end, next_start)
        r.ctg_here = self._ctg_evidence(r, ctg, publication)
        r.sign_next = _sign_next_evidence(r, next_dated)
        _form_evidence(r)
        return {**_signing_features(r), **self._ctg_features(r), **_kind_features(r),
                **_other_event_features(r, publication), **_told_signing_features(r)}

    def _signing_evidence(self, r: _DateReading) -> None:
        """Whether the date's sentence tells its signing (a block, a list's introduction, an answer, a cue), or only
        a sentence beside it."""
        text, start, left = r.text, r.start, r.left
        r.block = _signing_block(text, start, r.end, left)
        # a list item inherits its introduction's signing and convention: "Trois conventions territoriales globales
        # ont été signées :" then "- le 5 décembre, avec la CA du Douaisis ;"
        r.intro = self._signing_list_intro(text, start)
        # "Deux ans après sa signature": the phrase tells the signing itself (its sentence's event is another)
        r.since = r.value.features.get("rel") == "since_signing"
        r.sign_prev, r.sign_nxt = _signing_told(r.prev), _signing_told(r.nxt)
        # an answer dates the signing its question asks for, on the line before: "Qui a signé ?" then "La Ville de
        # Montbéliard et la Caf du Doubs, le 29 novembre 2022, pour cinq ans." (a FAQ's or an interview's)
        r.answered = (r.sign_prev and bool(P.SIGNING_QUESTION.search(r.prev))
                      and not text[text.rfind("\n", 0, r.s_start) + 1:r.s_start].strip())
        named = P.NAMED_BY_DATE.search(left[-30:])
        # (a date apposed to the signing noun that "après" introduces: "après la signature de la CTG, le 2 octobre")
        apposed = bool(P.SIGN_REFERENCE_APPOSED.search(left))
        r.sign_here = (r.since or r.block or r.intro is not None or _signing_told(r.own_sentence) or apposed
                       or r.answered or bool(named and (named["conv"] or r.sign_prev)))
        r.sign_adjacent = not r.sign_here and (r.sign_prev or r.sign_nxt)

    def _page_evidence(self, r: _DateReading, ctg: list[tuple[int, int]]) -> None:
        """The date's place: at its sentence's opening, its cue window, its distance to a CTG, an official text's or
        a statistic's."""
        r.opening = not re.sub(r"^\W*(?:le|ce|la|en)?\s*$", "", r.left.strip(), flags=re.I)
        r.window = r.text[max(r.s_start, r.start - self.cue_window):r.end + self.cue_window]
        r.nearest_ctg = min((abs(a - r.start) for a, _ in ctg), default=10_000)
        r.official = bool(P.OFFICIAL_TEXT.search(r.left[-80:]))  # "la circulaire Cnaf du 16 janvier 2020"
        r.statistic = bool(P.STATISTIC.search(r.sentence))  # "au 31 décembre, 222 CTG avaient été signées"

    def _earlier_evidence(self, r: _DateReading) -> bool:
        """Whether the date is an earlier convention's, a field label's or a day put off."""
        text, left, right_c = r.text, r.left, r.right_c
        # an earlier convention in the date's clause, or a field label before it ("Date limite de candidature :")
        return (_earlier(r.clause) or self._attached_earlier(text, r.s_start, r.start, left, r.right)
                or bool(P.FIELD_LEAD.search(left[-60:]))
                # a planned day put off in the next clause: "La signature de la CTG, prévue ce mardi, a été reportée"
                or bool(P.POSTPONED_AFTER.search(right_c[len(re.split(r"[,;:()]|\bdepuis\b", right_c)[0]):]))
                # a participle's signing of a convention that ends later in the sentence: "la CTG signée en 2020 entre
                # la Caf et la commune arrive à échéance le 31 décembre 2023"
                or bool(P.SIGNED_PARTICIPLE_BEFORE.search(left[-80:])) and not P.SIGN_FINITE.search(left[-80:])
                and _ends_later(text[r.end:r.s_end]))

    def _other_event_evidence(self, r: _DateReading, prev_end: int, next_start: int | None) -> None:
        """Whether the date's clause or own part tells another event than the signing: a meeting, another
        convention, another scheme."""
        clause, sentence, since = r.clause, r.sentence, r.since
        # a meeting in the date's own clause, the signing told in another: "Les résultats seront présentés en juin lors
        # d'un forum, avant l'écriture de la convention, dont la signature est espérée pour la fin de l'année"
        meeting_clause = _meeting(clause) and not P.SIGN_CUE.search(clause)
        if meeting_clause and r.sign_here and (lead := P.GATHERING_LEAD.search(clause)):
            # the gathering is the signing's occasion: "Réunis à Millau le 3 mai, les élus et la Caf ont renouvelé leur
            # convention territoriale globale" (unless another meeting word follows: "réunis pour une présentation")
            meeting_clause = _meeting(clause[lead.end():])
        if meeting_clause and r.sign_here and P.GATHERING_FOR_SIGNING.search(sentence):
            meeting_clause = False  # "La Caf a réuni le 10 mars les présidents pour la signature de leur CTG"
        r.meeting_clause = meeting_clause
        own = r.span.text if since else _own_part(sentence, r.s_start, r.start, r.end, prev_end, next_start)
        # (or in the date's own part of a sentence that names no CTG: "ont signé le 10 avril, à Foix, une convention de
        # partenariat pour ...")
        other_convention = (bool(P.OTHER_CONVENTION.search(clause)) and not CTG_CUE.search(clause)
                            or bool(P.OTHER_CONVENTION.search(own)) and not CTG_CUE.search(sentence))
        if P.SIGN_CUE.search(clause) and not P.ADOPTION.search(clause):
            # the meeting is the signing's occasion: "signera sa convention avec la Caf le 12 octobre, lors du conseil
            # communautaire" (not "approuvée lors du conseil communautaire du 12 octobre", an adoption)
            own = P.OCCASION.sub(" ", own)
        r.own = own
        # a clause whose own verb signs is the date's event, whatever an opening clause names: "Forte de ce bilan, la
        # CAPSO a signé le 27 juin 2023 une nouvelle convention"
        event_part = clause if P.SIGN_FINITE.search(clause, clause.lower()) and not since else own
        r.other = bool(P.NOT_SIGNATURE.search(event_part) or r.earlier or P.OTHER_SCHEME.search(clause) or r.official
                       or r.statistic or (meeting_clause and not since) or other_convention)

    def _ctg_evidence(self, r: _DateReading, ctg: list[tuple[int, int]], publication: Span | None) -> bool:
        """Whether the signing the date dates is the CTG's: named in its sentence, the one before, a question, a
        list's introduction, a signing block, a fact box, or a dated report on a CTG page."""
        text, start, end, s_start, s_end = r.text, r.start, r.end, r.s_start, r.s_end
        sentence, prev, nxt, left, intro = r.sentence, r.prev, r.nxt, r.left, r.intro
        # a contract's signing block signs the page's own convention
        asked = _asked(r)
        return (bool(CTG_CUE.search(sentence) or CTG_CUE.search(prev) or asked and CTG_CUE.search(asked)) or r.block or bool(intro and CTG_CUE.search(intro))
                or self._names_ctg_again(r.own, sentence, s_start, ctg)
                or self._names_ctg_again(prev, prev, s_start - len(prev), ctg)
                # a signing participle opening the sentence, its subject the convention after the comma: "Signée le
                # 4 mai 2023 à Bouillante, cette convention nous engage pour cinq ans" (read on past a sentence the
                # finder closed on that comma at a line's end)
                or bool(P.OPENING_SIGN_PARTICIPLE.fullmatch(text[s_start:start]))
                and self._names_ctg_again(text[end:s_end] + (nxt if text[end:s_end].rstrip().endswith(",") else ""),
                                          sentence, s_start, ctg)
                # a fact box's signing field on a page that named its CTG above: "Convention territoriale globale
                # 2023-2027" then "Date de signature : 12 juin 2023"
                or bool(P.SIGNING_FIELD.search(left[-40:])
                        or P.SIGNING_LABEL.fullmatch(left[left.rfind("\n", 0, len(left.rstrip())) + 1:]))
                and bool(ctg) and ctg[0][0] < start
                # ... or the answer to a question on the signing, on such a page ("Quand a-t-elle été signée ?")
                or r.answered and bool(ctg) and ctg[0][0] < start
                # the dated report of a signing told with a bare noun or an indefinite convention, its day in the
                # week before the page's date, on a page about a CTG, with no other scheme nor event in its sentence (session
                # 29; pages: regional dailies' and agglomerations' news, whose lead tells the week's signing and
                # names the CTG only in the title or the next sentence): "Publié le 12/03/2025" then "Une signature
                # à plusieurs voix s'est tenue lundi 10 mars à la mairie. La commune et la Caf ont paraphé leur
                # CTG" -> 10 March 2025
                # (what is signed named a convention or a signing, not "un partenariat", "un accord" that may be
                # another; nor the next sentence's other scheme: "une signature, mardi" then "La Ville et l'ARS ont
                # officialisé leur contrat local de santé")
                or r.sign_here and not r.other and bool(ctg) and _reported_days_before(r.span, publication)
                and bool(P.SIGNED_AS_CONVENTION.search(sentence)) and not P.OTHER_SCHEME.search(sentence)
                and not (P.OTHER_SCHEME.search(nxt) and not CTG_CUE.search(nxt)))

    def _ctg_features(self, r: _DateReading) -> dict[str, float]:
        """The features of the CTG named in the date's sentence or near it."""
        return {
            "ctg_sentence": float(r.ctg_here),
            "ctg_near": float(r.nearest_ctg <= self.ctg_window),
        }

    @staticmethod
    def _timed_signings(text: str, dates: list[Span]) -> list[tuple[int, int, Span | None]]:
        """The signing cues that give their own time right after them: (start, end, the date that dates them, or None
        for a time the finder does not place). "la convention signée fin 2021" (2021's signing),
        "pour une signature envisagée à la fin de l'année" (no date's)."""
        if not dates:
            return []
        starts = [d.start_char for d in dates]
        timed: list[tuple[int, int, Span | None]] = []
        for m in P.SIGN_CUE.finditer(text, text.lower()):
            i = bisect.bisect_left(starts, m.end())
            if i < len(starts) and starts[i] - m.end() <= 60 and P.SIGN_TO_DATE_GAP.fullmatch(text, m.end(), starts[i]):
                timed.append((m.start(), m.end(), dates[i]))
            elif P.SIGN_OWN_TIME.search(text[m.end():m.end() + 90]):
                timed.append((m.start(), m.end(), None))
        return timed

    @staticmethod
    def _names_ctg_again(clause: str, sentence: str, s_start: int, ctg: list[tuple[int, int]]) -> bool:
        """The date's clause names the page's convention again without its full name ("Le document a été signé le 2
        février dernier") after the page named a CTG, and its sentence names no other scheme."""
        return (bool(ctg) and ctg[0][0] < s_start and bool(P.CONVENTION_ANAPHOR.search(clause))
                and not P.OTHER_SCHEME.search(sentence))

    @staticmethod
    def _attached_earlier(text: str, s_start: int, start: int, left: str, right: str) -> bool:
        """Whether a date told by a participle ("conclue en 2017") qualifies an earlier convention named in the clause
        before it ("prend le relais de la première CTG, conclue en 2017") or, when the participle opens the sentence,
        after it ("Signée en 2019, la première CTG d'Échirolles avait porté sur ...")."""
        if not P.PARTICIPLE_LEAD.search(re.split(r"[,;:()]", left)[-1]):
            return False
        before = re.split(r"[,;:()]", text[s_start:start])
        if len(before) > 1:
            return _earlier(before[-2])
        # the noun it qualifies opens the next clause, or one of the two after it on a determiner, past the
        # participle's complements: "Signée le 3 juillet 2019 entre la Caf, Agglopolys et la Ville de Blois, la première
        # CTG reposait sur ..."
        after = re.split(r"[,;:()]", right)
        nouns = after[1:2] + [c for c in after[2:4] if _DETERMINER_OPENING.match(c)]
        return any(_earlier(c) for c in nouns)

    @staticmethod
    def _signing_list_intro(text: str, start: int, above: int = 3, max_lines: int = 30) -> str | None:
        """When the date is on a list item ("- le 6 décembre, avec la CC Pévèle-Carembault ;") of a list whose
        introduction ends with ':' and names a signing, itself or in the `above` lines before it (a title): that
        introduction and those lines."""
        pos = text.rfind("\n", 0, start) + 1
        end = text.find("\n", start)
        if not P.LIST_ITEM.search(text[pos:end if end >= 0 else len(text)]):
            return None
        for _ in range(max_lines):
            if pos == 0:
                return None
            line_start = text.rfind("\n", 0, pos - 1) + 1
            line, pos = text[line_start:pos - 1], line_start
            if not line.strip() or P.LIST_ITEM.search(line):
                continue
            if not line.rstrip().endswith(":"):
                return None
            intro = "\n".join([*text[:line_start].rstrip("\n").rsplit("\n", above)[-above:], line])
            return intro if _signing_told(intro) else None
        return None

    def probability(self, features: dict[str, float]) -> float:
        w = self.weights
        z = w["intercept"] + sum(c * features.get(f, 0.0) for f, c in zip(w["features"], w["coef"], strict=True))
        return 1 / (1 + math.exp(-z))

    # -- periods and durations -----------------------------------------------------------------
    def find_periods(self, doc: Doc, sents: Sentences, ctg: list[tuple[int, int]] | None = None) -> list[Span]:
        """Periods of the text, scored; `ctg`: the offsets of its CTG mentions (found here if not given)."""
        text = doc_text(doc)
        found = self._period_candidates(doc, sents, text)
        ctg = ctg_mentions_of(doc) if ctg is None else ctg
        kept, found = [], sorted(filter_spans(found), key=lambda s: s.start)
        for span in found:
            score = self._period_score(text, sents, span, ctg)
            v: PeriodValue = span._.value
            span._.value = PeriodValue(v.start, v.end, v.kind, score)
            if score >= self.period_min_score:
                kept.append(span)
        if not kept:
            # a page that tells no other period: an end year alone that its sentence's CTG, or the one before it, gave
            # half a lift (session 31; pages: intercommunal news and posts on a signing, in four writers' sets): "ont
            # signé leur CTG le 4 juillet 2022. Au programme jusqu'en 2026 : petite enfance, ...", "Les 42 communes
            # sont concernées jusqu'en 2027." (not a month's end, "un cabinet accompagnera la Ville jusqu'en mars 2025")
            kept = [s for s in found if s._.value.score >= self.period_min_score / 2 and s.label_ == "end"
                    and P.END_YEAR_ALONE.fullmatch(s.text)]
        return kept

    def _period_candidates(self, doc: Doc, sents: Sentences, text: str) -> list[Span]:
        """Every period a form of the text tells, unscored, its years checked."""
        lowered = text.lower()
        found: list[Span] = []

        def add(m: re.Match, y1: int | None, y2: int | None, kind: str) -> None:
            if y1 and y2 and not (0 <= y2 - y1 <= self.max_period_years):
                return
            span = doc.char_span(m.start(), m.end(), label=kind, alignment_mode="expand")
            if span is not None:
                span._.value = PeriodValue(y1, y2, kind)
                found.append(span)

        for regex, kind in ((P.PERIOD_FULL, "full"), (P.PERIOD_RANGE, "range"), (P.PERIOD_END, "end"),
                            (P.PERIOD_SINGLE, "single"), (P.PERIOD_HORIZON, "end")):
            for m in regex.finditer(text, lowered):
                gd = m.groupdict()
                y1 = int(gd["y1"]) if gd.get("y1") else None
                y2 = int(gd["y2"]) if gd.get("y2") else (y1 if kind == "single" else None)
                add(m, y1, y2, kind)
        for m in _from_core(P.PERIOD_YEAR_LIST, P.YEAR_LIST_CORE, text):
            years = [int(y) for y in re.findall(r"\d{4}", m.group())]
            if years == list(range(years[0], years[0] + len(years))):  # "2023, 2024, 2025 et 2026", not "2019, 2021 et 2024"
                add(m, years[0], years[-1], "range")
        for m in P.PERIOD_EFFECT_END.finditer(text, lowered) if any(w in lowered for w in P.PERIOD_EFFECT_WORDS) else ():
            add(m, int(m["y1"]), int(m["y2"]), "full")
        for regex in P.PERIODS_DURATION_FROM if any(w in lowered for w in P.DURATION_FROM_WORDS) else ():
            for m in regex.finditer(text, lowered):
                n = parse_number(m["n"])
                if n and 1 <= n <= self.max_period_years + 1:
                    add(m, int(m["y1"]), int(m["y1"]) + int(n) - 1, "duration_from")
        for m in P.PERIOD_SIGNED_FOR.finditer(text, lowered) if "sign" in lowered else ():
            # "signée en 2021 pour cinq ans" -> 2021-2025; a signing from October on opens the next year's
            # ("signée en décembre 2021 pour cinq ans" -> 2022-2026), as a signing told with an end alone does below
            n = parse_number(m["n"])
            late = m["m"] is not None and (_month(m["m"]) or 1) >= self.signed_start_before_month
            if n and 1 <= n <= self.max_period_years + 1:
                y1 = int(m["y1"]) + late
                add(m, y1, y1 + int(n) - 1, "signed_for")
        for m in P.PERIOD_SINCE.finditer(text, lowered) if "depuis" in lowered else ():
            sentence = sents.sentence(m.start())
            if P.BOUND_SINCE.search(sentence) and CTG_CUE.search(sentence) and not P.SINCE_COVERAGE.match(text, m.end()):
                add(m, int(m["y1"]), None, "since")
        return found

    def _period_score(self, text: str, sents: Sentences, span: Span, ctg: list[tuple[int, int]]) -> float:
        """A period's score: its context's lifts, then what tells another convention's or another event's years."""
        start = span.start_char
        sentence = sents.sentence(start)
        left, before_left = _period_left(sents, start)
        # the sentence's other schemes, not the contract the page's convention replaces ("Ce document, qui
        # succède au contrat enfance jeunesse, fixe le cadre ... de 2022 à 2026")
        other_scheme = bool(OTHER_SCHEME.search(P.REPLACED_CEJ.sub(" ", sentence)))
        score = self._period_context_score(sents, span, sentence, left, ctg, other_scheme)
        score = self._period_end_lift(text, span, score, ctg, other_scheme)
        score += _period_length_or_earlier(text, span, sentence, left, before_left)
        score += _period_other_scheme_penalty(sents, start, sentence)
        score += _period_other_event_penalty(text, span, sentence)
        if span.label_ in {"full", "range", "duration_from", "signed_for"}:
            score += 0.5
        return score

    @staticmethod
    def _period_context_score(sents: Sentences, span: Span, sentence: str, left: str, ctg: list[tuple[int, int]],
                              other_scheme: bool) -> float:
        """A period's lift from its sentence's cues and from the CTG named there, before it or in a question."""
        start = span.start_char
        score = 1.0 if P.PERIOD_POSITIVE.search(sentence) else 0.0
        if P.PERIOD_POSITIVE.search(left[-45:]):
            score += 1
        if CTG_CUE.search(sentence):
            score += 1
        elif sentence.strip() == span.text and CTG_CUE.search(sents.sentence(start, -1)):
            score += 1.5  # a title page: "Convention Territoriale Globale" then "2021-2025" on its own line
        elif CTG_CUE.search(sents.sentence(start, -1)) and not other_scheme:
            score += 0.5  # the sentence after the CTG's goes on about it: "... ont signé la CTG. Elle s'étend de 2023 à 2026."
            if P.ANAPHOR_OPENING.match(sentence):
                score += 0.5  # ... naming it first: "Elle fixe jusqu'en 2028 les priorités", "Il guide notre action jusqu'en 2026"
        elif ctg and ctg[0][0] < start and P.TERM_QUESTION.search(sents.sentence(start, -1)) and not other_scheme:
            score += 1  # the answer to a question on its term: "Jusqu'à quand court-elle ?" then "Jusqu'en 2025."
        elif ctg and ctg[0][0] < start and P.CONVENTION_ANAPHOR.search(sents.sentence(start, -1)) \
                and not other_scheme:
            score += 0.5  # an interview's answer on a page about a CTG: "Combien de temps court la convention ? Elle porte sur 2023-2028."
        elif ctg and 0 < ctg[0][0] - start <= 300 and _headline(sentence) and not OTHER_SCHEME.search(sentence):
            # a headline over the CTG's story (a byline may stand between): "Familles : la Ville et la Caf
            # ensemble jusqu'en 2027", then "La convention territoriale globale a été signée ..."
            score += 1
        elif not score and ctg and span.label_ in {"full", "range"} and span._.value.end - span._.value.start >= 2 \
                and not OTHER_SCHEME.search(P.REPLACED_CEJ.sub(" ", sentence)):
            # a range of several years on a page that names a CTG, its sentence naming no other scheme than the
            # contract it replaces: "Pour 2025-2029, un seul nouveau chantier s'ajoute aux actions existantes",
            # "un contrat de confiance pour cinq ans (2021-2025), qui remplace l'ancien contrat enfance jeunesse"
            # (not a school year, "2023-2024"; nor a range its sentence already scores as a convention's, which
            # needs no lift: "les travaux préparatoires à la future convention 2026-2030" stays below the current
            # convention's "prolongée jusqu'au 31 décembre 2025")
            score += 0.5
        return score

    def _period_end_lift(self, text: str, span: Span, score: float, ctg: list[tuple[int, int]],
                         other_scheme: bool) -> float:
        """`score` lifted for an end year under a CTG's story (a heading, a length before it, which also gives its
        first year)."""
        start = span.start_char
        if span.label_ == "end" and not score and ctg and ctg[0][0] < start and not other_scheme \
                and P.PERIOD_HORIZON.regex.fullmatch(span.text):
            score += 1  # a heading over the programme, below the CTG's story: "Ce qui est prévu d'ici 2027"
        if span.label_ == "end" and score < self.period_min_score and ctg and ctg[0][0] < start \
                and not other_scheme and (lead := P.DURATION_BEFORE_END.search(text[max(0, start - 60):start])):
            score += 1  # a length and an end on a CTG page: "Elle aboutit à un programme sur cinq ans, jusqu'en 2027"
            # ... which tell its first year too (session 26; pages: local news on a signing, the length as the
            # sentence's opening: "Pendant quatre ans, jusqu'en 2026, l'intercommunalité et la Caf vont ..." ->
            # 2023-2026)
            n, end_year = parse_number(lead["n"] or lead["n2"]), span._.value.end
            if span._.value.start is None and n and 1 <= n <= self.max_period_years + 1:
                span._.value = PeriodValue(end_year - int(n) + 1, end_year, "end_duration")
        return score

    def find_durations(self, doc: Doc, sents: Sentences) -> list[Span]:
        text = doc_text(doc)
        lowered = text.lower()
        found: list[Span] = []
        forms = zip(P.DURATIONS, P.DURATION_WORDS, P.DURATION_NEEDS_CUE, strict=True) \
            if P.YEARS_WORD.search(lowered) else ()
        for regex, words, needs_cue in forms:  # every form ends on "ans" or "années"; some need a word of their own
            if words is not None and not any(w in lowered for w in words):
                continue
            for m in regex.finditer(text, lowered):
                n = parse_number(m["n"])
                if n is None or not 1 <= n <= 10:
                    continue
                before = text[max(0, m.start() - 30):m.start()]
                if P.DURATION_EXCLUDE_AFTER.match(text[m.end():m.end() + 20]) or P.DURATION_EXCLUDE_BEFORE.search(
                        before):
                    continue
                sentence = sents.sentence(m.start())
                score = 0.0 if needs_cue else 1.0
                if P.DURATION_POSITIVE.search(sentence):
                    score += 1
                if CTG_CUE.search(sentence):
                    score += 1
                # a first convention that the sentence's signing verb signs is this one: "ont signé, le 24 septembre,
                # la première convention territoriale globale de l'Ouest, pour cinq ans"; one named before the verb
                # of the duration's clause is an earlier one: "Après une première convention 2019-2022, la Caf et la
                # ville ont renouvelé leur CTG pour quatre ans"
                left = sents.left(m.start(), 400)
                if _negated(P.DURATION_NEGATIVE, _signed_first_out(_from_last_verb(sentence, left))):
                    score -= 3
                elif _negated(P.FIRST_CONVENTION, _signed_first_out(_from_last_verb(left, left))):
                    # a first convention named before the length in its clause, which no signing verb signs: the length
                    # is its own ("Elle succède à la première CTG, conclue en 2019 pour quatre ans"; not "Ce contrat de
                    # quatre ans succède à une première CTG", this one's, nor "ont signé leur première CTG pour cinq
                    # ans", nor "Après une première convention 2019-2022, la Caf et la ville ont renouvelé leur CTG pour
                    # quatre ans")
                    score -= 3
                elif OTHER_SCHEME.search(P.REPLACED_CEJ.sub(" ", sentence)) and not CTG_CUE.search(sentence):
                    # another scheme's term on a CTG page: "Le contrat de ville a été signé pour une durée de sept
                    # ans" (a sentence that names the CTG too keeps its duration: "la CTG remplace le CEJ pour 4 ans"; so
                    # does one that names the CEJ as what its subject replaces: "Ce document remplace le contrat enfance
                    # jeunesse et fixe, pour les cinq prochaines années, un cadre commun")
                    score -= 3
                if P.GENERIC.search(sentence) and not P.SPECIFIC.search(sentence):
                    score -= 3
                span = doc.char_span(m.start(), m.end(), label="duration", alignment_mode="expand")
                if span is not None:
                    span._.value = DurationValue(int(n), score)
                    found.append(span)
        spans = sorted(filter_spans(found), key=lambda s: s.start)
        return [s for s in spans if s._.value.score >= self.duration_min_score]

    # -- main ----------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        """Finds the page's dates, periods and durations, then chooses its publication, signature, period and
        duration."""
        text = doc_text(doc)
        sents = sentences(doc)
        dates = self.find_dates(doc)
        end_of_story = story_end_of(doc)
        publication, event = self.article_date(text, dates, end_of_story)
        pub_value, anchor = self._page_time(doc, text, dates, publication, event)
        ctg = ctg_mentions_of(doc)
        periods, teasers = self._story_periods(doc, text, sents, ctg, end_of_story)
        self._resolve_dates(text, sents, dates, periods, anchor, end_of_story)
        in_period = _not_signing_spans(text, periods, teasers)
        signing = self._signing_candidates(text, sents, dates, ctg, publication, in_period, end_of_story)
        best = _choose(signing, publication)
        if best is None and "ignature" in text:
            best = _programme_day(text, dates, end_of_story)
        if best is None and "sign" in text:
            best = _first_of_roundup(text, dates, publication, in_period, end_of_story)
        period = self._chosen_period(periods, sents)
        durations = [d for d in self.find_durations(doc, sents) if d.start_char < end_of_story]
        duration = self._chosen_duration(durations, period)
        period = self._completed_period(text, sents, period, periods, dates, duration, best, end_of_story)

        doc.spans["dates"] = dates
        doc.spans["periods"] = periods
        doc.spans["durations"] = durations
        doc._.publication = publication
        doc._.signature = best
        doc._.period = period
        doc._.duration = duration
        doc._.article_date = pub_value
        return doc

    def _page_time(self, doc: Doc, text: str, dates: list[Span], publication: Span | None,
                   event: Span | None) -> tuple[PartialDate | None, PartialDate | None]:
        """The page's own date (its publication's, its metadata's or its edition's year) and the anchor that
        relative dates count from (an event's dateline first); marks the event's date."""
        meta_date = PartialDate.from_iso(doc._.page_date) if doc._.page_date else None
        pub_value = publication._.value.written if publication else meta_date
        if pub_value is None and "dition" in text[:1000]:
            pub_value = self.edition_year(text)
        anchor = event._.value.written if event else pub_value or self.issue_date(text) or self.session_day(text, dates)
        if event:
            event._.value.features["event"] = True
        return pub_value, anchor

    def _story_periods(self, doc: Doc, text: str, sents: Sentences, ctg: list[tuple[int, int]],
                       end_of_story: int) -> tuple[list[Span], list[tuple[int, int]]]:
        """The periods the story tells (not a teaser's, nor a roster's), and the teaser lines."""
        # not another story's, nor a teaser's ("En savoir plus sur les CTG de l'Ouest : TCO, une convention pour 2023-2027")
        teasers = teaser_lines(text)
        periods = [p for p in self.find_periods(doc, sents, ctg) if p.start_char < end_of_story
                   and not any(a <= p.start_char < b for a, b in teasers)]
        if len(periods) >= 3:
            periods = _off_roster(text, periods)
        return periods, teasers

    def _resolve_dates(self, text: str, sents: Sentences, dates: list[Span], periods: list[Span],
                       anchor: PartialDate | None, end_of_story: int) -> None:
        """Resolves each date to a full one, from the anchor, the text's years or the story told before it."""
        text_years = {int(y) for y in re.findall(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)", text[:end_of_story])}
        for p in periods:
            if p._.value.start and p._.value.end:
                text_years.update(range(p._.value.start, p._.value.end + 1))
        for span in dates:
            value = span._.value
            future = value.written is not None and value.written.year is None and bool(
                P.FUTURE.search(sents.sentence(span.start_char)))
            if value.kind == "relative" and (value.features.get("tense") in {"bare", "this"}
                                             or value.features.get("rel") == "season"):
                # the verb of the weekday's own clause: "Terres de Montaigu signera sa convention avec la Caf jeudi"
                future = bool(P.FUTURE.search(_clause(sents, span.start_char, span.end_char)))
            value.resolved = self.resolve(span, anchor, text_years, future)
            # "dernier" and "prochain" count from the page's own time, never from a date told before
            if value.resolved is None and anchor is None and value.written is not None and value.written.year is None \
                    and not value.features.get("past") and not value.features.get("future") \
                    and (story := self.narrative_anchor(span, dates)) is not None:
                value.resolved = self.resolve(span, story, text_years, future, narrative=True)

        for span in dates:
            if span._.value.features.get("rel") == "since_signing":
                span._.value.resolved = self._since_signing(span, dates, sents, anchor)

    def _signing_candidates(self, text: str, sents: Sentences, dates: list[Span], ctg: list[tuple[int, int]],
                            publication: Span | None, in_period: list[tuple[int, int]],
                            end_of_story: int) -> list[Span]:
        """The story's resolved dates, outside the spans that date no signing, whose signing probability reaches
        the threshold; sets their features and probability."""
        dated_sentences = {sents.index(s.start_char) for s in dates}
        signing: list[Span] = []  # the candidates at or above the threshold
        timed = self._timed_signings(text, dates)
        prev_end = 0
        for i, span in enumerate(dates):
            span_prev_end, prev_end = prev_end, span.end_char
            value: DateValue = span._.value
            if value.resolved is None or any(s <= span.start_char < e for s, e in in_period):
                continue
            if span.start_char >= end_of_story:
                continue  # a related article's date ("À lire aussi\nLe 14 mai, inauguration du multi-accueil")
            value.features = {**value.features, **self.signature_features(
                text, sents, span, ctg, publication, span_prev_end,
                sents.index(span.start_char) + 1 in dated_sentences,
                dates[i + 1].start_char if i + 1 < len(dates) else len(text), timed)}
            value.signature_probability = self.probability(value.features)
            # a council's adoption is not a signing, whatever weight the model gives its weekday (the gold leaves the
            # signature of an adoption-only page empty)
            if value.signature_probability >= self.min_probability and not value.features.get("council_adoption"):
                signing.append(span)
        return signing

    def _chosen_period(self, periods: list[Span], sents: Sentences) -> Span | None:
        """The best-scored period, an end year alone widened to a range ending then, a term extended to its new
        end."""
        if not periods:
            return None
        # (a first year told by "depuis" only where no other period is told: "est signée depuis le 30 janvier
        # 2024. Pour 2024-2027, elle prévoit ...")
        period = max(periods, key=lambda s: (s._.value.kind != "since", s._.value.score, s._.value.end or 0,
                                             s._.value.start is not None))
        if period._.value.start is None:  # an end year alone: take the full range that ends the same year
            # (of three years or more: not a school year or a season ending that year, "tarifs de la saison
            # 2023-2024" on a council's decision list whose amendment extends the convention to the end of 2024)
            same_end = [p for p in periods if p._.value.start is not None and p._.value.end == period._.value.end
                        and p._.value.end - p._.value.start >= 2]
            period = max(same_end, key=lambda s: s._.value.score) if same_end else period
        if period._.value.kind == "signed_for":
            # a term extended in the same sentence runs to its new end: "Signée en 2020 pour quatre ans, elle
            # devait s'achever fin 2023 ; elle courra désormais jusqu'à fin 2025" -> 2020-2025
            v, here = period._.value, sents.index(period.start_char)
            later = [p._.value.end for p in periods if p._.value.kind == "end" and sents.index(p.start_char) == here
                     and v.end < p._.value.end <= v.start + self.max_period_years]
            if later:
                period._.value = PeriodValue(v.start, max(later), v.kind, v.score)
        if period._.value.start and period._.value.end and (extended := self._extended_end(period, periods, sents)):
            v = period._.value
            period._.value = PeriodValue(v.start, extended, "extended", v.score)
        return period

    def _chosen_duration(self, durations: list[Span], period: Span | None) -> Span | None:
        """The best-scored duration, none where it contradicts the chosen period's length."""
        # among durations scored alike, the one the explicit period implies: "« Une convention pour dix ans de retard »"
        # in a headline, then "Elle nous engage sur cinq ans, de 2024 à 2028" -> 5
        implied = (period._.value.end - period._.value.start + 1
                   if period is not None and period._.value.start and period._.value.end else None)
        duration = max(durations, key=lambda s: (s._.value.score, s._.value.years == implied, -s.start)) \
            if durations else None
        if period is not None and period._.value.kind == "extended" and duration is not None \
                and duration._.value.years != implied:
            duration = None  # the term before its extension ("la convention 2020-2024, conclue pour cinq ans")
        if period is not None and period._.value.kind in {"full", "range"} and duration is not None \
                and duration._.value.years != implied and duration._.value.score < self.duration_ctg_score:
            # a length whose sentence does not name the CTG gives way to the one an explicit period implies: kept on its
            # form alone, "L'agglomération mobilisera 150 000 € supplémentaires sur deux ans pour ces nouvelles actions"
            # on a page about the CTG 2022-2026 -> 5; or another convention's, "La convention avec le syndicat pour
            # l'accès au bassin est renouvelée pour trois ans" on the next item of a council's minutes
            duration = None
        return duration

    def _completed_period(self, text: str, sents: Sentences, period: Span | None, periods: list[Span],
                          dates: list[Span], duration: Span | None, best: Span | None,
                          end_of_story: int) -> Span | None:
        """The chosen period with its missing end or start told apart: by the duration, an amendment, a "depuis" or
        the signing's year."""
        if period is not None and period._.value.end is None and period._.value.start and duration is not None:
            # a first year and a length, told apart: "Depuis janvier 2022, la commune est liée à la Caf par une CTG,
            # signée pour cinq ans" -> 2022-2026
            v = period._.value
            period._.value = PeriodValue(v.start, v.start + duration._.value.years - 1, "start_duration", v.score)
        if period is not None and period._.value.start is None and (
                P.EXTENSION.search(sents.sentence(period.start_char)) or P.AMENDMENT.search(text[:end_of_story])):
            # an amendment's page tells the new end alone: the convention's own start is its former term's or its
            # signing's year
            period = self._amended_start(period, periods, dates, sents)
        if period is not None and period._.value.start is None:
            v = period._.value
            signed = best._.value.resolved if best is not None else None
            since = [p._.value.start for p in periods if p._.value.kind == "since"
                     and 0 < v.end - p._.value.start < self.max_period_years]
            if since:
                # a first year told by "depuis" and an end told apart: "Depuis le 1er janvier 2024, la communauté et la
                # Caf sont liées par une CTG qui court jusqu'en 2028" -> 2024-2028 (its length implied)
                period._.value = PeriodValue(max(since), v.end, "since_end", v.score)
            elif duration is not None:
                # an end and a length, told apart: "une convention pour cinq ans", then "qui court jusqu'en 2027" -> 2023
                period._.value = PeriodValue(v.end - duration._.value.years + 1, v.end, "end_duration", v.score)
            elif signed and signed.year and _agreeing_length(text[:end_of_story], signed.year, v.end):
                # a signing, an end and a length that agree, the length told of a budget or with "pendant" (session 31;
                # pages: local news and briefs on a signing, in three writers' sets): "ont signé jeudi la CTG, valable
                # jusqu'en 2027", then "Coût du plan d'actions : 1,2 M€ sur quatre ans" on a page of April 2024 -> 2024-2027
                period._.value = PeriodValue(signed.year, v.end, "end_duration", v.score)
            elif signed and signed.year and 0 < v.end - signed.year < self.max_period_years \
                    and (signed.month or 1) < self.signed_start_before_month \
                    and best._.value.written is not None and best._.value.written.year is not None:
                # the signing's year, written, opens a convention told by its end: "ont signé le 13 juin 2023 la CTG",
                # then "Le document court jusqu'en 2027" -> 2023 (the guide's first year covered, as the gold reads it;
                # not a signing late in a year, whose convention often starts the next; no duration, which the text
                # neither states nor implies by an explicit period; not a year the page's date alone places, "ont
                # signé mardi la CTG": the gold leaves that first year open)
                period._.value = PeriodValue(signed.year, v.end, "signed_end", v.score)
        return period


# another territorial contract named (not the contract enfance jeunesse a CTG replaces)
_NAMED_SCHEME = re.compile(SCHEME_NAMES, re.I)
_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\)")
_DETERMINER_OPENING = re.compile(r"\s*(?:la|le|les|l['’]|cette|ce|cet|ces|notre|leur|sa|son|une?)\b", re.I)


def _agreeing_length(text: str, signed_year: int, end_year: int) -> bool:
    """Whether the text tells a length "sur" or "pendant" N years that runs from the signing's year to the end's
    (patterns.SPAN_LENGTH): "1,8 million d'euros sur cinq ans" for a CTG signed in 2024, valid until 2028."""
    lengths = {parse_number(m["n"]) for m in P.SPAN_LENGTH.finditer(text)}
    return end_year - signed_year + 1 in lengths


def _period_left(sents: Sentences, start: int) -> tuple[str, str]:
    """The words before a period after any earlier year (an ending there left out), and the sentence's words before
    those."""
    wide = sents.left(start, 400)
    after_year = re.split(r"(?:19|20)\d\d\b", wide[-90:])
    left = after_year[-1]  # after any earlier year
    # the sentence's words before `left` (a signing verb there signs a first convention named in `left`)
    # (past the date of the signing too: "ont signé le 7 octobre 2022 leur première Convention Territoriale
    # Globale, pour la période 2022-2026")
    before_left = wide[:len(wide) - len(left)]
    if len(after_year) > 1:  # "la CTG 2020-2024 arrivée à échéance est renouvelée pour 2025-2029": the
        left = P.PERIOD_ENDED_AFTER.regex.sub("", left, count=1)  # ending belongs to the earlier period
    return left, before_left


def _period_length_or_earlier(text: str, span: Span, sentence: str, left: str, before_left: str) -> float:
    """A period's lift for its length stated beside it, or its fall as an earlier convention's."""
    start = span.start_char
    v: PeriodValue = span._.value
    score = 0.0
    # (a replacing verb that goes on to this convention's term names the replaced scheme, not this period's owner:
    # only the words before it can make the period an earlier one's)
    replacing = P.REPLACING_THEN_TERM.search(left)
    if replacing is not None:
        left = left[:replacing.start()]
    earlier = _negated(P.PERIOD_NEGATIVE, _signed_first_out(left, before_left))
    if v.start and v.end and _states_years(sentence, v.end - v.start + 1) and not earlier:
        # its length stated beside it: "Cinq ans, de 2022 à 2026", "pour cinq ans (2025-2029)" (not an earlier
        # convention's: "Après une première convention 2019-2022, ... ont renouvelé leur CTG pour quatre ans")
        score += 1
    if span.label_ == "signed_for" and (P.EARLIER_BEFORE_SIGNED.search(text[max(0, start - 30):start])
                                       or P.EARLIER_AFTER_SIGNED.search(text[span.end_char:span.end_char + 90])):
        earlier = True  # an earlier convention's signing and length ("La première, signée en 2018 pour quatre ans")
    if earlier:
        score -= 3
    elif replacing is None and P.PERIOD_NEGATIVE.search(_signed_first_out(P.REPLACED_CEJ.sub(" ", sentence))):
        score -= 1
    return score


def _period_other_scheme_penalty(sents: Sentences, start: int, sentence: str) -> float:
    """A period's fall when another scheme's or another convention's signing tells it, in its sentence or the one
    before."""
    if (named := _NAMED_SCHEME.search(sentence) or P.OTHER_CONVENTION.search(sentence)) \
            and not CTG_CUE.search(sentence) and P.SIGN_CUE.search(sentence) and not P.ANAPHOR_OPENING.match(sentence):
        # another scheme's signing tells its own period: "Le contrat local de santé a été signé jeudi par l'ARS,
        # la préfecture et la Caf, pour la période 2024-2028"; so does another convention's, whose own word
        # "convention" lifted it above ("ont signé une convention de gestion du RSA pour la période 2025-2027")
        return -1.0 if _NAMED_SCHEME.search(named.group()) else -2.0
    if _NAMED_SCHEME.search(prev := sents.sentence(start, -1)) and P.SIGN_CUE.search(prev) \
            and not CTG_CUE.search(prev) and not CTG_CUE.search(sentence) and not P.CONVENTION_WORD.search(sentence):
        # ... or the next sentence, which goes on about it: "Le nouveau contrat de ville a été signé mardi par le
        # préfet et la Caf. Conclu pour 2024-2030, il concerne les quartiers prioritaires."
        return -2.0
    return 0.0


def _period_other_event_penalty(text: str, span: Span, sentence: str) -> float:
    """A period's fall for the years of another event: a season, a deadline, an arrival, a review, an ended or a next
    convention."""
    start = span.start_char
    v: PeriodValue = span._.value
    score = 0.0
    if span.label_ == "range" and v.start and v.end == v.start + 1 \
            and P.SEASON_RANGE_BEFORE.search(text[max(0, start - 30):start]):
        score -= 3  # a season's or a school year's: "le diagnostic mené pendant l'hiver 2022-2023"
    if span.label_ == "end" and (told := P.END_DAY.search(span.text)) is not None \
            and (_day(told["d"]), _month(told["m"])) != (31, 12) and not P.EXTENSION.search(sentence):
        score -= 3  # a survey's deadline: "Jusqu'au 15 mars 2026" over "La Ville et la Caf préparent la CTG"
    if span.label_ == "end" and P.ARRIVAL.match(span.text) \
            and P.ARRIVAL_IN_RELATIVE.search(text[max(0, start - 60):start]):
        score -= 3  # "le renouvellement de leur CTG, qui arrive à échéance fin 2025": the gold leaves it open
    if P.REVIEW_BEFORE.search(text[max(0, start - 40):start]):
        score -= 2  # a review's years: "Bilan à mi-parcours (2022-2023)" over "signée pour la période 2022-2026"
    if P.PERIOD_ENDED_AFTER.search(text[span.end_char:span.end_char + 60]):
        score -= 3  # "la CTG 2020-2024 arrivée à échéance": an earlier convention's period
    if P.NEXT_CONVENTION_BEFORE.search(text[max(0, start - 60):start]):
        score -= 2  # the next convention's: "La future CTG 2024-2028 devrait en outre intégrer la vie sociale"
    if P.FACILITY_PROJECT_BEFORE.search(text[max(0, start - 80):start]):
        score -= 3  # a social centre's own project: "Notre projet social 2025-2028, agréé par la Caf, reprend la CTG"
    return score


def _not_signing_spans(text: str, periods: list[Span], teasers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans whose dates date no signing: periods, teasers, deadlines, neighbours' signings, year pairs."""
    # (not a first year told by "depuis", which may be the signing's day: "la CTG est signée depuis le 12 mars 2024")
    in_period = [(p.start_char, p.end_char) for p in periods if p._.value.kind not in {"since", "signed_for"}]
    # another article's teaser line ("Lire aussi : Bagnolet a signé sa CTG en octobre") dates no signing of this page
    in_period += teasers
    in_period += [m.span() for m in P.DEADLINE.finditer(text)] if "ici" in text else []
    in_period += [m.span() for m in P.NEIGHBOUR_SIGNING.finditer(text)] if "voisin" in text else []
    in_period += [m.span() for m in P.YEAR_PAIR.finditer(text)]
    # (a deadline's day: "sans CTG signée avant le 31 décembre, les financements s'arrêtent")
    in_period += [m.span() for m in P.DEADLINE_DAY.finditer(text)] \
        if any(w in text for w in ("avant", "plus tard", "ici")) else []
    return in_period


class _DateReading:
    """A candidate signing date as its features read it: its sentence, the sentences around, the words on each side
    and its clause; then the evidence the features share, which DatesComponent.signature_features sets."""

    def __init__(self, text: str, sents: Sentences, span: Span, prev_end: int,
                 timed: list[tuple[int, int, Span | None]]) -> None:
        self.text, self.sents, self.span = text, sents, span
        self.value: DateValue = span._.value
        self.start, self.end = span.start_char, span.end_char
        self.sentence = sents.sentence(self.start)
        self.s_start, self.s_end = sents.bounds(sents.index(self.start))
        self.own_sentence = self._own_sentence(timed)
        self.prev, self.nxt = sents.sentence(self.start, -1), sents.sentence(self.start, 1)
        self.left, self.right = self._sides(prev_end)
        self.left_c, self.right_c, self.clause = self._clause()

    def _own_sentence(self, timed: list[tuple[int, int, Span | None]]) -> str:
        """The sentence, blanked where a signing cue gives a time of its own that is not this date."""
        s_start, sentence, value = self.s_start, self.sentence, self.value
        # the sentence's signing cues, less those another time of the sentence dates: "Le 21 mars 2024, les élus ont
        # fait le bilan de la convention signée fin 2021" (21 March is a review's day, not the signing's; not a date
        # apposed to the cue's own, the same day or one not placed: "ont signé hier, vendredi 17 janvier 2025, la CTG")
        own_sentence = sentence
        for a, b, t in timed:
            if (t is None or t._.value.iso not in (None, value.iso)) and s_start <= a and b <= s_start + len(sentence):
                own_sentence = own_sentence[:a - s_start] + " " * (b - a) + own_sentence[b - s_start:]
        return own_sentence

    def _sides(self, prev_end: int) -> tuple[str, str]:
        """The words before the date (after the previous date) and after it."""
        start = self.start
        left = self.sents.left(start, 120)
        if start - prev_end < len(left):
            # "Publié le 17 juin 2022 Le mardi 14 juin 2022, ...": the words before the previous date are its own
            left = left[len(left) - (start - prev_end):]
        right = self.sents.right(self.end, 120)
        return left, right

    def _clause(self) -> tuple[str, str, str]:
        """The words on each side with bracketed acronyms blanked, and the date's clause."""
        # the clause ends where "depuis" opens another time after the date: "accueillait mercredi une signature attendue
        # depuis deux ans"
        # (an acronym in brackets goes on with its clause: "le contrat local de santé (CLS) a été signé jeudi")
        left_c, right_c = (_BRACKETED_ACRONYM.sub(" ", t) for t in (self.left, self.right))
        clause = re.split(r"[,;:()]", left_c)[-1] + self.span.text + re.split(r"[,;:()]|\bdepuis\b", right_c)[0]
        return left_c, right_c, clause


def _signing_block(text: str, start: int, end: int, left: str) -> bool:
    """Whether the date closes a contract's signing block ("Fait à ..., le ...")."""
    # "Fait à Cayenne, le 18 février 2025, en deux exemplaires originaux.": a contract's signing block
    return bool(P.SIGNING_BLOCK_BEFORE.search(left[-90:])) and bool(
        P.SIGNING_BLOCK_AFTER.search(text[end:end + 120])
        # a convention's PDF, its signatures lost: "Fait à Mauléon, le 4 juin 2024" then the page header (not a
        # deliberation's close: "Adopté à l'unanimité. Fait à Craon, le 13 décembre 2022")
        or (P.SIGNING_BLOCK_LINE_END.search(text[end:end + 20])
            or P.SIGNING_BLOCK_STOP_END.match(text, end) and P.CONVENTION_OWN_TEXT.search(text[:start]))
        and not P.ADOPTION.search(text[max(0, start - 300):start])
    ) and not P.DELIBERATION_PAGE.search(text[:start])  # a deliberation's close ("Après en avoir délibéré" above)


def _asked(r: _DateReading) -> str:
    """The question the date's sentence answers, on its own line before it ("" if none)."""
    # an interview's answer dates what its question named: "Vous venez de signer la convention territoriale globale.
    # De quoi s'agit-il ?" then "C'est un engagement de quatre ans, signé le 3 mars dernier."
    # (the question's own line: not an interview's opening line over a general answer, "Nous avons aujourd'hui des
    # conventions signées avec neuf intercommunalités")
    asked = ""
    if r.prev.rstrip().endswith("?") and (i := r.sents.index(r.start)) >= 2:
        a_start, _ = r.sents.bounds(i - 2)
        q_start, _ = r.sents.bounds(i - 1)
        asked = "" if "\n" in r.text[a_start:q_start] else r.text[a_start:q_start]
    return asked


def _sign_next_evidence(r: _DateReading, next_dated: bool) -> bool:
    """Whether the next, undated sentence tells the signing the date's sentence does not."""
    nxt = r.nxt
    # (a signing told with a bare noun, the CTG named only in the next, undated sentence, is not taken as the
    # CTG's: tried in session 14, it fixed one written page and cost a signature on the real holdout)
    # the signing told in the next sentence, which gives no date of its own: "Ils étaient cinquante élus mardi
    # soir à Somain. L'agglomération et la Caf ont signé la CTG."
    # (not another scheme's signing: "Le premier, le contrat de ville, signé avec l'État, ..."; not a date its own
    # sentence gives to another event: "Conseil municipal du 28 mars 2023" then "le conseil ... autorise le maire à
    # la signer")
    # (nor a signing the next sentence dates by a time the finder does not place: "ont signé leur CTG au cours des
    # dernières semaines", "Fin 2023, la Caf avait signé ...")
    return (not r.sign_here and not next_dated and r.sign_nxt and not P.OTHER_SCHEME.search(nxt)
            and not P.VAGUE_TIME.search(nxt)
            and (not P.NOT_SIGNATURE.search(r.sentence) or bool(P.SAME_TIME_NEXT.search(nxt))))


def _form_evidence(r: _DateReading) -> None:
    """The date's form: a month without its year, an event's dateline under a meeting's title, a timeline row."""
    value, prev, start, right = r.value, r.prev, r.start, r.right
    r.month_only = value.kind == "month" and value.written is not None and value.written.year is None
    # an event's dateline under the title of a meeting that names no signing: "Réunion publique – Restitution du
    # diagnostic de la CTG" then "Jeudi 5 octobre 2023 à 18h30 – Salle polyvalente"
    r.meeting_title = bool(value.features.get("event")) and _meeting(prev) and not P.SIGN_CUE.search(prev)
    r.calendar_row = (not r.text[r.text.rfind("\n", 0, start) + 1:start].strip()
                      and bool(P.CALENDAR_ROW_AFTER.match(right)) and bool(P.SIGN_CUE.search(right.split("\n", 1)[0])))


def _signing_features(r: _DateReading) -> dict[str, float]:
    """The features of a signing told in the date's sentence, near it or beside it."""
    sign_here, other, sign_adjacent, sentence = r.sign_here, r.other, r.sign_adjacent, r.sentence
    return {
        "sign_ctg_clean": float(sign_here and r.ctg_here and not other),
        "sign_clean": float(sign_here and not other),
        "sign_sentence": float(sign_here),
        "sign_close": float(bool(P.SIGN_CUE.search(r.window))),
        "sign_adjacent": float(sign_adjacent),
        "sign_adjacent_opening": float(sign_adjacent and r.opening),
        "sign_prev_ctg_opening": float(r.opening and r.sign_prev and bool(CTG_CUE.search(r.prev))),
        "caf_sentence": float(bool(P.CAF_PARTY.search(sentence))),
        "sign_caf_clean": float(sign_here and not other and bool(P.CAF_PARTY.search(sentence))),
    }


def _kind_features(r: _DateReading) -> dict[str, float]:
    """The features of the date's kind: relative, day and month, month, year, an event's dateline, a presence."""
    value = r.value
    return {
        "relative": float(value.kind == "relative"),
        "daymonth": float(value.kind == "daymonth"),
        "month": float(value.kind == "month" and not r.month_only),
        "year": float(value.kind == "year"),
        "dateline_event": float(bool(value.features.get("event"))),
        "presence": float(bool(P.PRESENCE.search(r.sentence)) and value.kind == "relative"),
    }


def _other_event_features(r: _DateReading, publication: Span | None) -> dict[str, float]:
    """The features of another event or time than the signing: an earlier one, another scheme, a caption, an
    adoption, the future, the publication, an official text, a meeting, a statistic."""
    sentence = r.sentence
    return {
        "other_event_sentence": float(bool(P.NOT_SIGNATURE.search(sentence))),
        "earlier_or_page_local": float(r.earlier or bool(re.search(r"\bau\s*$", r.left, re.I))),
        "other_scheme_clause": float(bool(P.OTHER_SCHEME.search(r.clause))),
        "caption": float(bool(P.CAPTION.search(sentence))),
        "adoption": float(bool(P.ADOPTION.search(sentence))),
        "future": float(bool(P.FUTURE.search(sentence))),
        "is_publication": float(publication is not None and r.span == publication),
        "official_text_before": float(r.official),
        # (a signing told in another clause of the sentence keeps the dated meeting a meeting: "Réunis mardi pour
        # une présentation, les élus ont appris que la convention serait signée")
        "meeting_sentence": float((_meeting(sentence) or r.meeting_title)
                                  and (not r.sign_here or (r.meeting_clause and not r.since))),
        "statistic_sentence": float(r.statistic),
        "between_parties": float(bool(P.BETWEEN_PARTIES.search(sentence))),
    }


def _told_signing_features(r: _DateReading) -> dict[str, float | bool]:
    """The features of where the signing is told: just before the date, the next sentence, a signing block, a
    timeline row; and the council's adoption rule."""
    sentence, clause, left = r.sentence, r.clause, r.left
    return {
        # "la convention signée le 30 juin" (not another contract's signing whose sentence names no CTG: "ont
        # paraphé vendredi le contrat de ville")
        "sign_before_in_clause": float(bool(P.SIGN_CUE.search(left[-40:]))
                                       and not (_NAMED_SCHEME.search(clause) and not CTG_CUE.search(sentence))),
        # signed in the words between the previous date and this one, with no other event there, in a sentence on
        # the CTG: "validé par le comité du 4 mars et annexé à la convention signée le 12 avril"
        "sign_ctg_local": float(r.ctg_here and bool(P.SIGN_CUE.search(left[-60:]))
                                and not P.NOT_SIGNATURE.search(left) and not P.OTHER_SCHEME.search(left)),
        "sign_next_undated": float(r.sign_next),
        "sign_next_ctg_undated": float(r.sign_next and bool(CTG_CUE.search(r.nxt))),
        "signing_block": float(r.block),
        "month_only": float(r.month_only),
        # a timeline row whose event is the signing: "Juillet 2024 : signature de la convention territoriale globale"
        "calendar_row_sign": float(r.calendar_row),
        # (a bool, no feature of the model, which scripts/fit_dates.py reads from the floats: a rule of the
        # component) a council's vote, the date's own event, with no signing told in its sentence: "Le conseil
        # municipal a adopté jeudi soir la convention territoriale globale"
        "council_adoption": bool(P.COUNCIL_ADOPTION.search(clause)) and bool(P.COUNCIL.search(sentence))
                            and not P.SIGN_CUE.search(sentence) and not r.since,
    }


def _off_roster(text: str, periods: list[Span], min_rows: int = 3, max_gap: int = 2) -> list[Span]:
    """The periods less those of a roster: rows of a table or a list, one convention each with its own years, three
    or more distinct ranges in a block of short lines (a Caf's page on the CTGs of its département, "Territoire |
    Période | Statut" then "Bourges Plus | 2022-2026 | En cours", ...): no row is the page's own convention."""
    rows: dict[int, list[Span]] = {}  # line start -> the full ranges on that line
    for p in periods:
        v = p._.value
        if v.start and v.end and v.end - v.start >= 2:
            rows.setdefault(text.rfind("\n", 0, p.start_char) + 1, []).append(p)
    lines: list[tuple[int, int, Span]] = []  # (line number, line start, its range) for the short lines with one range
    for start, spans in sorted(rows.items()):
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)].strip()
        if len(spans) == 1 and len(line) <= 140 and not line.endswith("."):
            lines.append((text.count("\n", 0, start), start, spans[0]))
    roster: set[int] = set()
    block: list[tuple[int, int, Span]] = []
    for row in [*lines, None]:
        if row is not None and (not block or row[0] - block[-1][0] <= max_gap):
            block.append(row)
            continue
        values = {(r[2]._.value.start, r[2]._.value.end) for r in block}
        if len(block) >= min_rows and len(values) >= min_rows:
            roster.update(r[2].start_char for r in block)
        block = [row] if row is not None else []
    return [p for p in periods if p.start_char not in roster] if roster else periods


def _ends_later(rest: str) -> bool:
    """The rest of a sentence tells its convention reaching its term, not in a relative clause on another scheme
    ("arrive à échéance le 31 décembre 2023"; not "remplace le CEJ qui arrive à échéance")."""
    m = P.ENDED_LATER.search(rest)
    return m is not None and not P.RELATIVE_BEFORE.search(rest[:m.start()]) and not P.OTHER_SCHEME.search(rest[:m.start()])


def _earlier(clause: str) -> bool:
    """The clause names an earlier convention or the page's own dates ("avait été signée", "la précédente"), or a
    first convention that its signing verb does not sign ("la première CTG, conclue en 2017", not "ont signé le 12
    novembre leur première CTG")."""
    if P.NOT_SIGNATURE_LOCAL.search(clause):
        return True
    first = P.FIRST_CONVENTION.search(clause)
    return first is not None and not P.SIGN_CUE.search(clause[:first.start()])


def _negated(cue: re.Pattern, text: str) -> bool:
    """A negative cue in `text` (the words before a period or a duration), unless the page's convention's own verb
    follows its last match: "La CTG, qui remplace le contrat enfance jeunesse, est conclue pour quatre ans, de 2022 à
    2025" (not a verb of a relative clause on the earlier scheme: "l'ancien CEJ, qui couvre 2019-2022")."""
    matches = list(cue.finditer(text))
    if not matches:
        return False
    rest = text[matches[-1].end():]
    return not any(not P.RELATIVE_BEFORE.search(rest[:v.start()]) for v in P.OWN_TERM_VERB.finditer(rest))


def _own_part(sentence: str, s_start: int, start: int, end: int, prev_end: int, next_start: int | None) -> str:
    """The part of a sentence that belongs to a date when the sentence dates several events: from the end of the
    date before it to the clause of the date after it. "Signée en décembre 2021 pour la période 2022-2025, la CTG a
    fait l'objet d'un bilan présenté au comité de pilotage du 5 octobre 2023": the committee is the second date's
    event, not the first's; the signing is not the second's. A sentence with one date is all its own."""
    s_end = s_start + len(sentence)
    lo = max(s_start, prev_end) if prev_end <= start else s_start
    hi = s_end
    if next_start is not None and end <= next_start < s_end:
        between = sentence[end - s_start:next_start - s_start]
        cut = max(between.rfind(c) for c in ",;:(")
        hi = end + cut if cut >= 0 else next_start
    return sentence[lo - s_start:hi - s_start]


def _from_last_verb(sentence: str, left: str) -> str:
    """The sentence from the last conjugated signing verb in `left` (the sentence's words before a position, a
    prefix of it), or the whole sentence where none stands there."""
    verbs = list(P.SIGN_FINITE.finditer(left, left.lower()))
    return sentence[verbs[-1].start():] if verbs else sentence


def _states_years(sentence: str, years: int) -> bool:
    """The sentence states a length of `years` years ("cinq ans", "4 ans"; not an age range, "les 3-11 ans")."""
    return any(parse_number(m["n"]) == years for m in P.YEARS_STATED.finditer(sentence))


def _meeting(text: str) -> bool:
    """A meeting word in the text, other than the island's name ("la Caf de La Réunion", "à la Réunion": no meeting;
    "la réunion du comité", "Réunion publique le 5 mars": a meeting)."""
    return any(not (text.startswith("Réunion", m.start()) and P.ISLAND_LEAD.search(text, 0, m.start()))
               for m in P.MEETING.finditer(text))


def _headline(sentence: str) -> bool:
    """A headline: a short line of its own, not a sentence ended by a full stop ("Familles : la Ville et la Caf main
    dans la main jusqu'en 2027")."""
    line = sentence.strip()
    return 0 < len(line) <= 120 and "\n" not in line and not line.endswith((".", ";", ":"))


def _signed_first_out(text: str, before: str = "") -> str:
    """The text without a first convention that a signing verb before it signs ("ont signé la première Convention
    territoriale globale du Nord, valable de 2025 à 2029": this one, not an earlier one); `before`: the words of the
    sentence before the text, where a conjugated verb may stand ("ont signé hier, en présence du préfet et des maires,
    la première convention territoriale globale de la commune, pour les années 2024 à 2027"; not a participle:
    "Signée dans la foulée, elle prend le relais de la première CTG (2020-2024)")."""
    first = P.FIRST_CONVENTION.search(text)
    if first is None or not (P.SIGN_CUE.search(text[:first.start()]) or P.SIGN_FINITE.search(before)):
        return text
    # a renewal's verb right before it takes the first convention as what the page's own one extends: "Ce document
    # prolonge la première CTG (2019-2023)", "renouvelle sa première convention" (an earlier one)
    if P.RENEWS_FIRST.search(text[:first.start()]):
        return text
    return text[:first.start()] + text[first.end():]


def _signing_told(sentence: str) -> bool:
    """A signing verb or noun in the sentence, other than a signing named as another event's reference point ("Deux
    ans après sa signature, la CTG a fait l'objet d'un bilan présenté jeudi": the sentence's event is the review)."""
    if not P.SIGN_CUE.search(sentence):
        return False
    references = [(r.start(), r.end()) for r in P.SIGN_REFERENCE.finditer(sentence)]
    return not references or any(not any(a <= m.start() < b for a, b in references)
                                 for m in P.SIGN_CUE.finditer(sentence))


def _clause(sents: Sentences, start: int, end: int) -> str:
    """The clause around a span: its sentence's words between the punctuation marks before and after it."""
    return (re.split(r"[,;:()]", sents.left(start, 120))[-1] + sents.text[start:end]
            + re.split(r"[,;:()]", sents.right(end, 120))[0])


def _relative_to_anchor(extra: dict, anchor: PartialDate, future) -> PartialDate | None:
    """A relative date ("hier", "le mois prochain", "jeudi") placed against a dated anchor."""
    anchor_day = anchor.as_date()
    rel = extra.get("rel")
    if rel in {"aujourd'hui", "cejour", "cematin", "cetaprès-midi", "cesoir"}:
        return anchor
    if rel == "courant":
        day = extra.get("day")
        return (PartialDate(anchor.year, anchor.month, day) if anchor.month and _valid(anchor.year,
                anchor.month, day) else None)
    if rel == "semainedernière":
        d = anchor_day - dt.timedelta(days=7) if anchor_day else None
        return PartialDate(d.year, d.month) if d else None
    if rel in {"moisprochain", "moisdernier", "cemois"}:
        if anchor.month is None or extra.get("named_month") not in (None, anchor.month):
            return None
        index = anchor.year * 12 + anchor.month - 1 + {"moisprochain": 1, "moisdernier": -1}.get(rel, 0)
        return PartialDate(index // 12, index % 12 + 1)
    if rel == "season":  # announced only: a past season's year is too often misread ("à l'automne" in plans)
        return _season_year(extra["season"], anchor) if future else None
    if rel in {"hier", "avant-hier", "avanthier", "demain"}:
        if anchor_day is None:
            return PartialDate(anchor.year, anchor.month)
        d = anchor_day + dt.timedelta(days={"hier": -1, "demain": 1}.get(rel, -2))
        return PartialDate(d.year, d.month, d.day)
    return _weekday_to_anchor(extra, anchor, anchor_day, future)


def _weekday_to_anchor(extra: dict, anchor: PartialDate, anchor_day: dt.date | None, future) -> PartialDate | None:
    """A weekday ("jeudi", "lundi dernier", "ce jeudi") placed against a dated anchor, by its tense."""
    weekday = extra.get("weekday")
    if weekday is None:
        return None
    if anchor_day is None:
        return PartialDate(anchor.year, anchor.month) if anchor.month else None
    tense = extra.get("tense")
    if tense == "future" or (future and tense in {"bare", "this"}):
        # "signeront jeudi", "sera signée ce jeudi": the next such day ("ce jeudi" on a Thursday: that day)
        ahead = (weekday - anchor_day.weekday()) % 7 or (0 if tense == "this" else 7)
        d = anchor_day + dt.timedelta(days=ahead)
    else:
        back = (anchor_day.weekday() - weekday) % 7
        # "lundi dernier" on a Monday is a week before; a bare "Lundi, ... ont signé" on a Monday's page is
        # that day (the press writes "lundi dernier" for the week before)
        if extra.get("tense") == "past" and back == 0:
            back = 7
        d = anchor_day - dt.timedelta(days=back)
    return PartialDate(d.year, d.month, d.day)


def _season_year(season_month: int, anchor: PartialDate) -> PartialDate:
    """The year of a season announced on a dated page: "sera signée au printemps" on a page of March 2020 -> 2020, on
    a page of November 2020 -> 2021."""
    return PartialDate(anchor.year + ((anchor.month or 6) > season_month + 2))


def _choose(signing: list[Span], publication: Span | None) -> Span | None:
    """The signature among the candidates at or above the threshold: the most probable, unless another tells the same
    signing more precisely ("Convention signée le 3 juillet 2020" in a headline, "ont signé en juillet" in the lead:
    the day), or the most probable is the page's own date and the text dates the signing against it ("24.09.2021 –
    Colmar signe sa CTG. Ce jeudi, ... ont conclu": the Thursday)."""
    if not signing:
        return None
    best = max(signing, key=_rank)
    iso = best._.value.iso or ""
    days = {s._.value.iso for s in signing if len(s._.value.iso or "") == 10 and s != publication}
    # (a year or month written, not a season's that dates other signings: "les deux dernières seront signées à
    # l'automne")
    coarser = [s for s in signing if s._.value.kind in {"year", "month"} and len(s._.value.iso or "") < 10
               and all(d.startswith(s._.value.iso) for d in days)]
    if len(days) >= 2 and coarser:
        # a round-up of several signings told by their days, under the year or month that holds them all: "Quatre
        # conventions ont été signées en 2025", then "le 30 septembre", "le 9 décembre" -> 2025 (the finest such: the
        # month before the year)
        return max(coarser, key=lambda s: (len(s._.value.iso or ""), _rank(s)))
    # (not "la semaine dernière", placed in its month only: a day of that month is another day, "ce jeudi" the
    # interview's; nor the page's own date, "Trois CTG signées en juin" over "Publié le 28/06/2024")
    finer = [s for s in signing if (s._.value.iso or "").startswith(iso) and len(s._.value.iso or "") > len(iso)
             and (best._.value.features.get("rel") != "semainedernière" or _in_week_before(s, publication))
             and s != publication]
    if finer:
        best = max(finer, key=_rank)
    if publication is not None and best == publication:
        told = [s for s in signing if s._.value.kind == "relative" and s._.value.iso != best._.value.iso]
        if told:
            best = max(told, key=_rank)
    return best


def _in_week_before(span: Span, publication: Span | None) -> bool:
    """Whether a date falls in the week before the page's date (1 to 13 days before it), where "la semaine dernière"
    stands: "ont signé la semaine dernière" then a caption's "le 5 juillet" on a page of 11 July (not the page's own
    Thursday, "notre invitée ce jeudi")."""
    before = _days_before_page(span, publication)
    return before is None or 1 <= before <= 13


def _days_before_page(span: Span, publication: Span | None) -> int | None:
    """How many days a date falls before the page's date (None where either is unknown)."""
    day = span._.value.resolved.as_date() if span._.value.resolved else None
    page = publication._.value.written.as_date() if publication is not None and publication._.value.written else None
    return None if day is None or page is None else (page - day).days


def _reported_days_before(span: Span, publication: Span | None, days: int = 7) -> bool:
    """Whether a date told below the page's dateline is a day of the week before the page's date (1 to `days` days
    before it): the time a news report tells its event in ("jeudi", "ce mercredi 2 octobre", "le 28 mai" on a page of
    29 May). Not the page's own day, which a quote's present tells as often as the event ("Ce qu'on signe
    aujourd'hui, c'est ..."), nor a headline's weekday above the dateline, which may be the coming one ("Cœur de
    Savoie : la convention signée jeudi" over a lead that says "signera jeudi prochain")."""
    if publication is None or span.start_char < publication.end_char or not span._.value.resolved \
            or not span._.value.resolved.day:
        return False
    before = _days_before_page(span, publication)
    return before is not None and 1 <= before <= days


def _first_of_roundup(text: str, dates: list[Span], publication: Span | None, in_period: list[tuple[int, int]],
                      end_of_story: int, min_rows: int = 3) -> Span | None:
    """The first signing of a round-up whose signings no candidate reaches the threshold for (session 32; pages: a
    Caf's or a department's round-up of the territories that signed in the same year, a list or a table with one
    day a line, in the written sets read_aj, read_ak, read_bu and read_cv): "Trois territoires viennent de signer leur
    convention :" then "→ la Communauté de communes du Val de Saône, le 12 mars ;", "→ ..., le 20 mars ;" -> the
    first listed day (the gold's reading, or one it accepts). Only a block of at least `min_rows` lines in a row, each
    with one written day (no "samedi", no "ce jour"), all in one year, the first told next to a signing (not a
    deliberation's session, visas and term on lines apart)."""
    # (a row the header's rules took for the page's date stays a row: "Arize Lèze – 14 juin 2024 – 2024-2028")
    rows = [d for d in dates if d.start_char < end_of_story and d._.value.kind in {"absolute", "daymonth"}
            and (r := d._.value.resolved) is not None and r.day is not None and d._.value.features
            and not any(a <= d.start_char < b for a, b in in_period)]
    block: list[tuple[Span, int]] = []  # the rows of the current block, with their lines' ends
    for d in rows:
        line_start = text.rfind("\n", 0, d.start_char) + 1
        if block and line_start <= block[-1][1]:
            block = []  # two days on one line: no list of one signing a line
            continue
        if block and text[block[-1][1]:line_start].strip():
            block = []  # not the next line
        line_end = text.find("\n", d.start_char)
        block.append((d, len(text) if line_end < 0 else line_end))
        if len(block) >= min_rows:
            break
    if len(block) < min_rows or len({d._.value.resolved.year for d, _ in block}) != 1:
        return None
    first = block[0][0]
    features = first._.value.features
    if first == publication:
        return None
    return first if any(features.get(f) for f in ("sign_adjacent", "sign_sentence", "sign_close")) else None


def _programme_day(text: str, dates: list[Span], end_of_story: int) -> Span | None:
    """The day of a programme's or an agenda's timed signing line (an invitation to a signing ceremony, a week's
    agenda): the date line last above it, "Vendredi 7 juin 2024 – 17h30" then "18h15 – Signature officielle de la
    convention", or "Mercredi 20 septembre" then "11h00 – Signature de la CTG avec la Caf"."""
    m = P.TIMED_SIGNING.search(text, 0, end_of_story)
    if m is None:
        return None
    heads = [d for d in dates if d.end_char <= m.start() and d._.value.resolved is not None
             and d._.value.resolved.day is not None and not text[text.rfind("\n", 0, d.start_char) + 1:d.start_char].strip()]
    return heads[-1] if heads and text.count("\n", heads[-1].end_char, m.start()) <= 12 else None


def _rank(span: Span) -> tuple:
    value: DateValue = span._.value
    return (value.signature_probability, len(value.iso or ""), -span.start_char)


def date_fields(doc: Doc) -> tuple[dict, dict]:
    """The record's date fields and their evidence, read from the doc's attributes (no pattern re-run)."""

    def evidence(span: Span | None) -> dict | None:
        return {"text": span.text, "start": span.start_char, "end": span.end_char} if span is not None else None

    get: Callable[[str], Span | None] = lambda name: getattr(doc._, name) if Doc.has_extension(name) else None  # noqa: E731
    publication, signature, period, duration = (get(n) for n in DOC_ATTRIBUTES)
    article_date = doc._.article_date if Doc.has_extension("article_date") else None
    pub = article_date.iso() if article_date is not None else None
    start, end = (period._.value.start, period._.value.end) if period is not None else (None, None)
    years = (duration._.value.years if duration is not None else
             end - start + 1 if start and end and period._.value.kind != "signed_end" else None)
    fields = {"publication_date": pub, "signature_date": signature._.value.iso if signature is not None else None,
              "period_start": start, "period_end": end, "duration_years": years}
    ev = {"publication_date": evidence(publication), "signature_date": evidence(signature),
          "period": evidence(period),
          "duration_years": evidence(duration) if duration is not None else (evidence(period) if years else None)}
    return fields, ev
