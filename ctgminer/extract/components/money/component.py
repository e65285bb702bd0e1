"""Money component: amounts in euros and counted figures (allocataires, habitants, places...).

Writes span groups `amounts` (values: MoneyValue) and `figures` (values: FigureValue); the record builder reads
them through `money_fields`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ctgminer.extract.components.base import doc_text, sentences, story_end_of
from ctgminer.extract.components.money import patterns as P
from ctgminer.schema import Amount, Figure
from ctgminer.text.cues import teaser_lines
from ctgminer.text.numbers import as_int, parse_number
from ctgminer.text.sentences import Sentences


@dataclass(frozen=True)
class MoneyValue:
    """An amount of money."""

    value: int | float
    currency: str = "EUR"
    implicit_currency: bool = False  # "2,8 millions" in a series that ends "... d'euros"


@dataclass(frozen=True)
class FigureValue:
    """A counted figure and what it counts."""

    value: int | float
    kind: str


def _scale(scale: str | None, abbr: str | None) -> float:
    key = (scale or abbr or "").lower()
    return P.SCALES.get(key, 1.0)


def _picked(cue, text: str, lowered: str) -> tuple[re.Pattern, str]:
    """The pattern of a FastCue to run and the text to run it on (its lower-cased twin where it can)."""
    return cue._pick(text, lowered)


def _sentence_starts(text: str, start: int) -> tuple[int, int]:
    """Where the sentence before the one holding `start` begins and where that one begins (within
    patterns.PART_REACH characters); a run of sentence ends ("?" and a line break) is one boundary."""
    reach = max(0, start - P.PART_REACH)
    bounds: list[int] = []
    last_end = -1
    for e in P.SENTENCE_END.finditer(text, reach, start):
        if bounds and not text[last_end:e.start()].strip(" \t.!?;"):
            last_end = e.end()  # the same run of ends
            continue
        bounds.append(e.start())
        last_end = e.end()
    current = bounds[-1] + 1 if bounds else reach
    return (bounds[-2] + 1 if len(bounds) >= 2 else reach), current


def _breakdown(text: str, sentence_start: int, part_start: int) -> bool:
    """Whether the part at `part_start` is one of several parts of a whole broken down in its sentence (see
    patterns.BREAKDOWN_PART)."""
    end = P.SENTENCE_END.search(text, part_start)
    sentence = text[sentence_start:end.start() if end else len(text)]
    return len(P.BREAKDOWN_PART.findall(sentence)) >= 2


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


class MoneyComponent:
    """Finds amounts in euros and counted figures, each with its offsets."""

    def __init__(self, nlp=None, name: str = "ctg_money", context_window: int = 80, anaphora_max: int = 3) -> None:
        self.name = name
        self.context_window = context_window
        self.anaphora_max = anaphora_max

    def _span(self, doc: Doc, start: int, end: int, label: str, value) -> Span | None:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            span._.value = value
        return span

    def find_amounts(self, doc: Doc, sents: Sentences) -> list[Span]:
        text = doc_text(doc)
        found: list[Span] = []
        prefixed = P.AMOUNT_PREFIX.finditer(text) if "€" in text or "EUR" in text else ()
        for matches in (P.amount_matches(text), prefixed):
            for m in matches:
                value = parse_number(m["num"])
                if value is None or (value == 1 and not m["num"][0].isdigit()
                                     and P.VAGUE_ONE_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                    continue
                gd = m.groupdict()
                value *= _scale(gd.get("scale"), gd.get("abbr"))
                if P.NOT_ABOUT_CONVENTION.search(self._advert_window(text, m.start(), m.end())):
                    continue
                span = self._span(doc, m.start(), m.end(), "amount", MoneyValue(as_int(round(value, 2))))
                if span is not None:
                    found.append(span)
                    found.extend(self._range_low(doc, text, m.start(), value))
        if P.TABLE_CURRENCY.search(text):
            found.extend(self._table_sums(doc, text))
        explicit = filter_spans(found)
        # bare "2,8 millions" coordinated with an amount in euros in the same sentence (before or after it), or in
        # the sentence next to one: a heading "Un budget de 5,4 millions" over "... dont 2 millions d'euros ...", or
        # "780 000 € en 2020. Elle devrait dépasser 1,4 million par an."
        euro_sentences = {sents.index(s.start_char) + shift for s in explicit for shift in (-1, 0, 1)}
        taken = [(s.start_char, s.end_char) for s in explicit]
        implicit = []
        for m in P.BARE_SCALED.finditer(text) if explicit else ():
            if _overlaps(m.start(), m.end(), taken) or sents.index(m.start()) not in euro_sentences:
                continue
            value = parse_number(m["num"])
            if value is not None:
                span = self._span(doc, m.start(), m.end(), "amount",
                                  MoneyValue(as_int(value * _scale(m["scale"], None)), implicit_currency=True))
                if span is not None:
                    implicit.append(span)
        # each amount once: "Un budget de 5,4 millions" over "... 5,4 millions d'euros ..." states one sum
        amounts, values = [], set()
        for span in sorted(filter_spans(explicit + implicit), key=lambda s: (s._.value.implicit_currency, s.start)):
            if span._.value.value not in values:
                values.add(span._.value.value)
                amounts.append(span)
        return sorted(amounts, key=lambda s: s.start)

    def _table_sums(self, doc: Doc, text: str) -> list[Span]:
        """The cells of a table of sums whose caption or header states the currency (see patterns.TABLE_CURRENCY):
        each number alone in its cell, no year (a row's label), from the caption's next line to the first line of
        prose."""
        spans: list[Span] = []
        for caption in P.TABLE_CURRENCY.finditer(text):
            scale = 1000.0 if caption["k"] or caption["k2"] or caption["k3"] else 1.0
            line_end = text.find("\n", caption.end())
            pos = len(text) if line_end < 0 else line_end + 1
            table: list[Span] = []
            for _ in range(P.TABLE_REACH):
                if pos >= len(text):
                    break
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                line = text[pos:end]
                cells, offset, row = [], pos, P.TABLE_CELL_SPLIT.split(line)
                for index, cell in enumerate(row):
                    m = P.TABLE_CELL.fullmatch(cell)
                    # (a row's first cell of several is its label: a year, an axis, a rank)
                    if m is not None and not (index == 0 and len(row) > 1):
                        cells.append((offset + m.start("num"), offset + m.end("num"), m["num"]))
                    offset += len(cell) + 1
                if not cells and P.TABLE_PROSE_LINE.search(line):
                    break
                if not cells and any(P.TABLE_COUNT_HEADER.match(c) for c in row):
                    table = []  # a mixed table (see patterns.TABLE_COUNT_HEADER)
                    break
                for start, stop, num in cells:
                    value = parse_number(num)
                    if value is None or P.YEAR.fullmatch(num) or (scale == 1 and value < P.TABLE_MIN_SUM):
                        continue
                    span = self._span(doc, start, stop, "amount", MoneyValue(as_int(round(value * scale, 2))))
                    if span is not None:
                        table.append(span)
                pos = end + 1
            spans.extend(table)
        return spans

    def _advert_window(self, text: str, start: int, end: int) -> str:
        """The text around an amount searched for advert and subscription cues: `context_window` characters each
        side, within the amount's line (a paywall's "Abonnez-vous pour 1 € le premier mois" under the last
        paragraph says nothing of the sum that paragraph ends on)."""
        lo = max(start - self.context_window, text.rfind("\n", 0, start) + 1)
        line_end = text.find("\n", end)
        hi = min(end + self.context_window, line_end if line_end >= 0 else len(text))
        return text[lo:hi]

    def _range_low(self, doc: Doc, text: str, start: int, high: float) -> list[Span]:
        """The low end of a range stated before an amount, in its currency and scale: "de 1,6 à 2,4 millions
        d'euros" states 1,6 million too (see patterns.RANGE_LOW_BEFORE)."""
        low = P.RANGE_LOW_BEFORE.search(text, max(0, start - P.RANGE_REACH), start)
        if low is None or P.YEAR.fullmatch(low["num"]):
            return []
        digits = parse_number(low["num"])
        if not digits:
            return []
        # the high end's scale: "2,4 millions" is 2 400 000 for 2,4
        high_digits = parse_number(P.AMOUNT.match(text, start)["num"]) or 1
        value = digits * high / high_digits
        if not 0 < value < high:
            return []
        span = self._span(doc, low.start("num"), low.end("num"), "amount", MoneyValue(as_int(round(value, 2))))
        return [span] if span is not None else []

    def find_figures(self, doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
        """Counted figures, each stated count once (its first mention)."""
        found = _Figures(self, doc, taken)
        text, lowered = found.text, found.lowered
        found.taken += [(m.start("base" if m["base"] else "per"), m.end()) for m in P.RATE_BASE.finditer(text, lowered)]
        found.parts_of_wholes()
        found.table_rows()
        found.percents_and_ordinals()
        found.noun_counts()
        found.bracketed_targets()
        if P.ELIDED.search(text, lowered):
            self.add_elided(text, lowered, found.figures, found.add)
        found.numbers_of()
        self.add_part_subjects(text, lowered, found.figures, found.add)
        return sorted(found.figures, key=lambda s: s.start)

    @staticmethod
    def add_part_subjects(text: str, lowered: str, figures: list[Span], add) -> None:
        """Parts of a stated whole told as the subject of their clause take the whole's kind: "Sur les 19 actions du
        plan, 11 sont engagées" counts 11 actions (see patterns.PART_SUBJECT); so do counts of a noun said before
        through "en" ("Il manque 500 places ... d'en créer 250", patterns.EN_COUNT: only a count before). The whole
        is read in the part's sentence, else in the sentence before: its last count (larger than the part; its kind
        in context), else its first counted noun (the sentence's subject, as a rule: its group's kind and least
        count)."""
        pattern, target = _picked(P.PART_SUBJECT, text, lowered)
        subjects = P.anchored(pattern, P.PART_SUBJECT_ANCHOR, target, P.PART_SUBJECT_REACH, P.NUMBER_REACH)
        counts = ((m, True) for m in P.EN_COUNT.finditer(text, lowered))
        for m, through_en in chain(((m, False) for m in subjects), counts):
            start, num = m.start("num"), m["num"]
            value = parse_number(num)
            if value is None or value < 2 or P.YEAR.fullmatch(num.strip()):
                continue
            previous, current = _sentence_starts(text, start)
            if not through_en and _breakdown(text, current, start):
                continue
            # "en" stands for a noun counted before (never the subject of its own sentence)
            segments = ((previous, start),) if through_en else ((current, start), (previous, current))
            for lo, hi in segments:
                counted = [f for f in figures if lo <= f.start_char < hi]  # in the order found, not by place
                if counted:
                    whole = max(counted, key=lambda f: f.start_char)._.value
                    if whole.kind != "percent" and whole.value > value:
                        add(start, m.end("num"), value, whole.kind)
                    break
                # (a territory's count told with "n'en compte que": the noun of its sentence, see patterns.EN_COUNT)
                first_noun = not through_en or (m["have"] and lo == previous and hi == start)
                noun = next(P.NOUN_BEFORE.finditer(text, current if through_en else lo, hi), None) if first_noun else None
                if noun is not None:
                    group = P.NOUN_GROUPS[P.noun_group(noun)]
                    add(start, m.end("num"), value, group.kind, group.min_value)
                    break

    def add_elided(self, text: str, lowered: str, figures: list[Span], add) -> None:
        """Counts whose noun is left unsaid take the kind of the count (else the counted noun) before them in
        their sentence: "1 150 places, dont 900 en crèches" counts 900 places (see patterns.ELIDED)."""
        for m in P.ELIDED.finditer(text, lowered):
            start = m.start("num")
            if P.YEAR.fullmatch(m["num"].strip()):
                continue
            window = text[max(0, start - P.ELIDED_REACH):start]
            cut = max((e.end() for e in P.SENTENCE_END.finditer(window)), default=0)
            window_start = start - len(window) + cut
            value = parse_number(m["num"])
            # a count qualified by its state in a breakdown of a whole into its parts is one of them: the whole
            # counts alone, as for patterns.BREAKDOWN_PART ("Sur les 24 fiches, 9 sont réalisées, 11 engagées")
            if m["state"] and _breakdown(text, window_start, start):
                continue
            before = [f for f in figures if window_start <= f.start_char < start]
            if m["part"] and before:
                # a part after "dont" is a part of a larger count: "2 200 places sur les 40 communes, dont 65
                # nouvelles en 2024" counts 65 places, not 65 communes
                before = [f for f in before if f._.value.value > (value or 0)]
                if not before:
                    continue
            if before:  # figures holds them in the order found, not by place
                kind = max(before, key=lambda f: f.start_char)._.value.kind
            else:
                nouns = list(P.NOUN_BEFORE.finditer(text, window_start, start))
                if not nouns:
                    continue
                kind = P.NOUN_GROUPS[P.noun_group(nouns[-1])].kind
            if kind != "percent":
                add(start, m.end(), value, kind)

    @staticmethod
    def kind_in_context(kind: str, noun: str, text: str, start: int, end: int) -> str:
        """The noun's kind, or the kind its context gives it ("4 600 familles sont allocataires")."""
        for rule in P.KIND_BY_CONTEXT:
            if not rule.nouns.fullmatch(noun):
                continue
            if (rule.after and rule.after.match(text, end, end + 80)) or (
                    rule.before and rule.before.search(text[max(0, start - 40):start])):
                return rule.kind
        return kind

    def __call__(self, doc: Doc) -> Doc:
        sents = sentences(doc)
        amounts = self.find_amounts(doc, sents)
        taken = [(s.start_char, s.end_char) for s in amounts]
        taken += [(s.start_char, s.end_char) for key in ("dates", "periods") for s in doc.spans.get(key, [])]
        # the sums and counts of the page's own story: not those of the other stories a related-articles heading
        # lists after it (the shared text.cues.story_end, as the dates and themes read it; pages: regional dailies'
        # articles closing on "Sur le même sujet" / "À lire aussi"), e.g. a teaser "Crèches : il manque 800 places
        # dans l'agglomération, selon une étude" under the story of a signing
        end = story_end_of(doc)
        doc.spans["amounts"] = [s for s in amounts if s.start_char < end]
        # nor the counts of a one-line teaser for another story within it (session 32, pages: regional dailies and
        # town news, in three written sets four of the five counts on such lines left out; a teaser's sum stays an
        # amount, as the GUIDE lists every amount stated)
        taken += teaser_lines(doc_text(doc), further_reading=False)
        doc.spans["figures"] = [s for s in self.find_figures(doc, taken) if s.start_char < end]
        return doc


class _Figures:
    """One page's figures in the order found and the spans no further figure may take (find_figures' steps)."""

    def __init__(self, component: MoneyComponent, doc: Doc, taken: list[tuple[int, int]]) -> None:
        self.component = component
        self.doc = doc
        self.text = doc_text(doc)
        self.lowered = self.text.lower()  # the case-insensitive figure patterns run on it (FastCue)
        self.figures: list[Span] = []
        self.taken = list(taken)
        self.seen: set[tuple[float, str]] = set()

    def add(self, start: int, end: int, value, kind: str, min_value: float = 0) -> None:
        """A figure, unless its span is taken, its words before say it is no count, or its count was said before."""
        text, taken, seen = self.text, self.taken, self.seen
        if not value or value < min_value or _overlaps(start, end, taken):
            return
        before = text[max(0, start - 25):start]
        if P.NOT_A_FIGURE_BEFORE.search(before):
            return
        if P.DESIGNATION_BEFORE.search(before):  # a party's name, here and later: no count
            seen.add((value, kind))
            return
        # a reference back, not a count: "les deux partenaires", "ses trois communes membres"
        if kind != "percent" and value <= self.component.anaphora_max and P.ANAPHORIC_BEFORE.search(before):
            return
        if kind == P.FAMILY_SIZE_KIND and value <= P.FAMILY_SIZE_MAX and P.FAMILY_SIZE_BEFORE.search(before):
            return
        taken.append((start, end))
        if (value, kind) in seen:  # "les 25 communes" said again is the same figure
            return
        span = self.component._span(self.doc, start, end, kind, FigureValue(as_int(value), kind))
        if span is not None:
            seen.add((value, kind))
            self.figures.append(span)

    def add_noun(self, m: re.Match, start: int, end: int, value, part: bool = False) -> None:
        """A count of a noun; `part`: the count is a part of a stated whole ("27 des 35 communes")."""
        text = self.text
        index = P.noun_group(m)
        group, noun = P.NOUN_GROUPS[index], m[f"n{index}"]
        in_words = not m["num"][:1].isdigit()
        if ((in_words and (group.digits_only or (value or 0) < group.min_word_value))
                or P.SECTION_NUMBER.fullmatch(m["num"].strip()) or group.out_of_context(text, start)):
            return
        before = text[max(0, start - 25):start]
        if P.STEPS_NOUN.fullmatch(noun) and P.STEPS_BEFORE.search(before):
            return  # the outline of an explainer ("la convention territoriale globale en 5 étapes")
        # after "d'" an approximate count is a figure only as a target ("la création d'une centaine de places";
        # "un plan d'une vingtaine d'actions" gives an order of magnitude)
        elided = before[-1:] in ("'", "’")
        if ((group.kind not in P.APPROXIMATE_KINDS or elided) and P.APPROX_COUNT.match(m["num"])
                and not (group.kind in P.APPROXIMATE_TARGET_KINDS and P.APPROXIMATE_TARGET_BEFORE.search(before))):
            return
        if P.ADDRESS_NOUN.fullmatch(noun) and P.ADDRESS_AFTER.match(text, m.end(f"n{index}")):
            return  # a street address ("1 place Georges-Brassens")
        if (group.kind == "communes" and not part and not P.DETERMINER_BEFORE.search(before)
                and P.SIGNING_AFTER.match(text, m.end(), m.end() + 80)):
            return  # communes named as a group of signatories (a part of a whole is a coverage count)
        self.add(start, end, value, self.component.kind_in_context(group.kind, noun, text, start, m.end()),
                 group.min_value)

    def near(self, cue, anchor, reach: int, after: int = 0):
        """A FastCue's matches around its anchors."""
        pattern, target = _picked(cue, self.text, self.lowered)
        return P.anchored(pattern, anchor, target, reach, after)

    def add_whole(self, m: re.Match) -> None:
        """The whole of a stated part, for the kinds whose whole is a count too (patterns.WHOLE_KINDS)."""
        kind = P.NOUN_GROUPS[P.noun_group(m)].kind
        part, whole = parse_number(m["num"]), parse_number(m["whole"])
        if kind in P.COVERAGE_WHOLE_KINDS and P.COVERAGE_AFTER.match(self.text, m.end()):
            return  # "18 des 24 communes de l'île sont engagées dans une CTG": the whole frames the coverage
        if kind in P.WHOLE_KINDS and part and whole and part < whole and not P.YEAR.fullmatch(m["whole"]):
            self.add(m.start("whole"), m.end("whole"), whole, kind)

    def parts_of_wholes(self) -> None:
        """Parts told with their whole: "30 des 43 communes", "9 communes sur 26" (not a proportion)."""
        text, taken = self.text, self.taken
        for m in self.near(P.FIGURE_OF, P.FIGURE_OF_ANCHOR, P.NUMBER_REACH, P.PAREN_REACH):
            self.add_noun(m, m.start("num"), m.end("num"), parse_number(m["num"]), part=True)
            self.add_whole(m)  # "30 des 43 communes": the territory's 43 communes
            taken.append((m.start(), m.end()))  # else the whole ("des 16 intercommunalités") is no figure
        for m in P.anchored(P.FIGURE_OUT_OF, P.OUT_OF_ANCHOR, text, P.OUT_OF_REACH, P.NUMBER_REACH):
            whole, kind = parse_number(m["whole"]) or 0, P.NOUN_GROUPS[P.noun_group(m)].kind
            if kind in P.PROPORTION_KINDS and whole <= P.PROPORTION_MAX_BASE:
                taken.append((m.start(), m.end()))  # "1 enfant sur 4" is a proportion
            else:
                self.add_whole(m)  # "9 communes sur 26"
                # a whole of the part's own kind that is no count kind frames the statement, as after "des" above:
                # "16 CTG sur 18 intercommunalités" counts the 16 CTG, not the département's 18 intercommunalités
                # (session 26; pages: Caf news on a département's coverage); a whole of another kind is a count of its
                # own ("1 900 familles allocataires sur les 36 communes", "76 000 habitants répartis sur 152 communes")
                whole_noun = P.NOUN_AFTER.match(text, m.end("whole"))
                if whole_noun is not None and P.NOUN_GROUPS[P.noun_group(whole_noun)].kind == kind:
                    taken.append((m.start("whole"), m.end("whole")))

    def table_rows(self) -> None:
        """Counts in a key-figures row and in a flat row of their own (not a civil register's)."""
        text, lowered = self.text, self.lowered
        for m in P.KEY_ROW.finditer(text, lowered):
            if P.CIVIL_REGISTER_BEFORE.search(text, max(0, m.start() - P.CIVIL_REGISTER_REACH), m.start()):
                continue
            if not P.YEAR.fullmatch(m["num"].strip()):
                self.add_noun(m, m.start(), m.end(), parse_number(m["num"]))
        for m in P.FLAT_ROW.finditer(text, lowered) if "\n" in text else ():
            value = parse_number(m["num"])
            if (value or 0) >= P.FLAT_ROW_MIN and not P.YEAR.fullmatch(m["num"].strip()) and not (
                    P.CIVIL_REGISTER_BEFORE.search(text, max(0, m.start() - P.CIVIL_REGISTER_REACH), m.start())):
                self.add_noun(m, m.start(), m.end(), value)

    def percents_and_ordinals(self) -> None:
        """Percentages (not a bound nor a comparison's cell) and counts told by an ordinal."""
        text = self.text
        for m in self.near(P.PERCENT, P.PERCENT_ANCHOR, P.NUMBER_REACH):
            if P.PERCENT_BOUND_AFTER.match(text, m.end()) or any(cell.search(
                    text, max(0, m.start() - P.NUMBER_REACH), m.start())
                    for cell in (P.COMPARISON_CELL_BEFORE, P.COMPARISON_BAR_BEFORE)):
                continue
            self.add(m.start(), m.end(), parse_number(m["num"]), "percent")
        for m in self.near(P.FIGURE_ORDINAL, P.ORDINAL_ANCHOR, P.NUMBER_REACH):
            group = P.NOUN_GROUPS[P.noun_group(P.NOUN_BEFORE.match(text, m.start("noun")))]
            self.add(m.start(), m.end(), parse_number(m["num"]), group.kind, group.min_value)

    def noun_counts(self) -> None:
        """Counts of a noun: before it, scaled, of a demonym, after "au nombre de", in brackets."""
        text, lowered = self.text, self.lowered
        for m in P.FIGURE.finditer(text, lowered):
            num = m["num"]
            if P.YEAR.fullmatch(num.strip()) or P.FIGURE_EXCLUDE_BEFORE.search(text[max(0, m.start() - 15):m.start()]):
                continue
            value = parse_number(num)
            if value is None or (not num[0].isdigit() and value < 2 and not re.search(r"\d", num)):
                continue
            self.add_noun(m, m.start(), m.end(), value)
        for m in P.SCALED_FIGURE.finditer(text, lowered) if "illi" in lowered else ():
            value = parse_number(m["num"])
            if value is not None:
                self.add_noun(m, m.start(), m.end(), as_int(round(value * _scale(m["scale"], None))))
        for m in P.DEMONYM_FIGURE.finditer(text):
            if P.DEMONYM_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                self.add(m.start(), m.end(), parse_number(m["num"]), "habitants")
        for m in P.FIGURE_AFTER.finditer(text) if "au nombre de" in lowered else ():
            self.add_noun(m, m.start(), m.end(), parse_number(m["num"]))
        for m in P.anchored(P.FIGURE_PAREN, P.PAREN_NUMBER, text, P.PAREN_REACH):
            if not P.YEAR.fullmatch(m["num"]):
                self.add_noun(m, m.start(), m.end(), parse_number(m["num"]))

    def bracketed_targets(self) -> None:
        """A target in brackets counts the noun of the clause before them ("(objectif ...", "(cible ...")."""
        text, lowered = self.text, self.lowered
        for m in P.TARGET_PAREN.finditer(text) if "(objectif" in lowered or "(cible" in lowered else ():
            if P.YEAR.fullmatch(m["num"].strip()):
                continue
            # the first counted noun of the clause before the brackets ("plus de places en crèche (objectif ...")
            lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - P.TARGET_REACH)
            lo = max([lo] + [c.end() for c in P.CLAUSE_MARK.finditer(text, lo, m.start())])
            noun = P.NOUN_BEFORE.search(text, lo, m.start())
            if noun is not None:
                group = P.NOUN_GROUPS[P.noun_group(noun)]
                self.add(m.start("num"), m.end("num"), parse_number(m["num"]), group.kind, group.min_value)

    def numbers_of(self) -> None:
        """A number of a noun reached or brought to a count (see patterns.NUMBER_REACHED, NUMBER_BROUGHT)."""
        text, lowered = self.text, self.lowered
        for m in P.NUMBER_REACHED.finditer(text, lowered) if "nombre" in lowered else ():
            noun = P.NOUN_BEFORE.search(text, m.start("zone"), m.end("zone") or m.start("zone"))
            if noun is not None and not P.YEAR.fullmatch(m["num"].strip()):
                group = P.NOUN_GROUPS[P.noun_group(noun)]
                self.add(m.start("num"), m.end("num"), parse_number(m["num"]), group.kind, group.min_value)
        for m in P.NUMBER_BROUGHT.finditer(text, lowered) if "le nombre" in lowered else ():
            noun = P.NOUN_BEFORE.search(text, m.start("zone"), m.end("zone"))
            value = parse_number(m["num"])
            if noun is None or value is None or P.YEAR.fullmatch(m["num"].strip()):
                continue
            group = P.NOUN_GROUPS[P.noun_group(noun)]
            if not m["num"][:1].isdigit() and (group.digits_only or value < group.min_word_value):
                continue
            self.add(m.start("num"), m.end("num"), value, group.kind, group.min_value)


def money_fields(doc: Doc) -> tuple[list[Amount], list[Figure]]:
    """The record's amounts and figures, read from the doc's span groups."""
    amounts = [Amount(value=s._.value.value, currency=s._.value.currency, text=s.text, start=s.start_char,
                      end=s.end_char) for s in doc.spans.get("amounts", [])]
    figures = [Figure(value=s._.value.value, kind=s._.value.kind, text=s.text, start=s.start_char, end=s.end_char)
               for s in doc.spans.get("figures", [])]
    return amounts, figures
