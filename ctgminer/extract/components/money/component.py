"""Money component: amounts in euros and counted figures (allocataires, habitants, places...)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ctgminer.extract.components.base import Mention, ctg_data, sentences, write_spans
from ctgminer.extract.components.money import patterns as P
from ctgminer.text.numbers import as_int, parse_number
from ctgminer.text.sentences import Sentences


def _scale(scale: str | None, abbr: str | None) -> float:
    key = (scale or abbr or "").lower()
    return P.SCALES.get(key, 1.0)


def _overlaps(mention_start: int, mention_end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < mention_end and mention_start < e for s, e in taken)


class MoneyComponent:
    """Finds amounts in euros and counted figures, each with its offsets."""

    def __init__(self, nlp=None, name: str = "ctg_money") -> None:
        self.name = name

    def find_amounts(self, text: str, sents: Sentences) -> list[Mention]:
        amounts: list[Mention] = []
        for regex in (P.AMOUNT, P.AMOUNT_PREFIX):
            for m in regex.finditer(text):
                if _overlaps(m.start(), m.end(), [(a.start, a.end) for a in amounts]):
                    continue
                value = parse_number(m["num"])
                if value is None:
                    continue
                gd = m.groupdict()
                value *= _scale(gd.get("scale"), gd.get("abbr"))
                window = text[max(0, m.start() - 80):m.end() + 80]
                if P.NOT_ABOUT_CONVENTION.search(window):
                    continue
                amounts.append(Mention(m.start(), m.end(), m.group(), as_int(round(value, 2)), "amount",
                                       extra={"currency": "EUR"}))
        # bare "20 millions" coordinated with an amount in euros in the same sentence
        for m in P.BARE_SCALED.finditer(text):
            if _overlaps(m.start(), m.end(), [(a.start, a.end) for a in amounts]):
                continue
            sentence_index = sents.index(m.start())
            if not any(sents.index(a.start) == sentence_index and a.start < m.start() for a in amounts):
                continue
            value = parse_number(m["num"])
            if value is not None:
                amounts.append(Mention(m.start(), m.end(), m.group(), as_int(value * _scale(m["scale"], None)),
                                       "amount", extra={"currency": "EUR"}))
        amounts.sort(key=lambda a: a.start)
        return amounts

    def find_figures(self, text: str, amounts: list[Mention], taken_years: list[tuple[int, int]]) -> list[Mention]:
        figures: list[Mention] = []
        taken = [(a.start, a.end) for a in amounts] + taken_years

        def add(start: int, end: int, value, kind: str) -> None:
            if value is None or _overlaps(start, end, taken):
                return
            taken.append((start, end))
            figures.append(Mention(start, end, text[start:end], as_int(value), kind))

        for m in P.FIGURE_OF.finditer(text):
            kind = self.kind(m["noun"])
            add(m.start("num"), m.end("num"), parse_number(m["num"]), kind)
            add(m.start("num2"), m.end(), parse_number(m["num2"]), kind)
        for m in P.PERCENT.finditer(text):
            add(m.start(), m.end(), parse_number(m["num"]), "percent")
        for m in P.FIGURE_ORDINAL.finditer(text):
            add(m.start(), m.end(), parse_number(m["num"]), "communes")
        for m in P.FIGURE.finditer(text):
            num = m["num"]
            if re.fullmatch(r"(?:19|20)\d\d", num.strip()) or P.FIGURE_EXCLUDE_BEFORE.search(
                    text[max(0, m.start() - 15):m.start()]):
                continue
            value = parse_number(num)
            if value is None or (not num[0].isdigit() and value < 2 and not re.search(r"\d", num)):
                continue
            add(m.start(), m.end(), value, self.kind(m["noun"], text[m.end():m.end() + 25]))
        for m in P.FIGURE_PAREN.finditer(text):
            add(m.start(), m.end(), parse_number(m["num"]), self.kind(m["noun"]))
        figures.sort(key=lambda f: f.start)
        return figures

    @staticmethod
    def kind(noun: str, after: str = "") -> str:
        for pattern, kind in P.FIGURE_NOUNS.items():
            if re.fullmatch(pattern, noun, re.IGNORECASE):
                if kind == "beneficiaires" and re.match(r"\s*(?:sont\s+)?allocataires", after, re.I):
                    return "allocataires"
                return kind
        return "other"

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        sents = sentences(doc)
        amounts = self.find_amounts(text, sents)
        years = [(s.start_char, s.end_char) for key in ("dates", "periods") for s in doc.spans.get(key, [])]
        figures = self.find_figures(text, amounts, years)
        data = ctg_data(doc)
        data["amounts"] = [
            {"value": a.value, "currency": "EUR", "text": a.text, "start": a.start, "end": a.end} for a in amounts
        ]
        data["figures"] = [
            {"value": f.value, "kind": f.kind, "text": f.text, "start": f.start, "end": f.end} for f in figures
        ]
        write_spans(doc, "amounts", amounts)
        write_spans(doc, "figures", figures)
        return doc
