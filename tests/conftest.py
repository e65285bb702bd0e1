"""Shared fixtures: one pipeline per test session, the annotated-example parser, gold paths."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold" / "dev.jsonl"
NEGATIVES = SHARED / "negatives" / "pages.tar.xz"

_TAG = re.compile(r"<(?P<tag>\w+)(?P<attrs>(?:\s+\w+='[^']*')*)>(?P<inner>.*?)</(?P=tag)>", re.S)


def parse_annotated(source: str) -> tuple[str, list[dict]]:
    """Strip inline tags like <sig norm='2024-10-16'>16 octobre 2024</sig>; return the text and the tags."""
    text, tags, pos = [], [], 0
    length = 0
    for m in _TAG.finditer(source):
        chunk = source[pos:m.start()]
        text.append(chunk)
        length += len(chunk)
        inner = m["inner"]
        attrs = dict(re.findall(r"(\w+)='([^']*)'", m["attrs"]))
        tags.append({"tag": m["tag"], "text": inner, "start": length, "end": length + len(inner), **attrs})
        text.append(inner)
        length += len(inner)
        pos = m.end()
    text.append(source[pos:])
    return "".join(text), tags


@pytest.fixture(scope="session")
def analyser():
    from ctgminer.extract.analyser import Analyser

    return Analyser()


@pytest.fixture(scope="session")
def analyse_text(analyser):
    def run(text: str, page_date: str | None = None):
        return analyser.analyse_text(text, page_date=page_date)

    return run


@pytest.fixture(scope="session")
def gold_analysis(analyser):
    """ctgminer's records of a shared gold file's texts, analysed once per test session (the eval gate and the
    comparison check read the same analysis): path -> (gold records, records in gold order). Skips when the shared
    data is absent."""
    cache: dict[Path, tuple[list[dict], list]] = {}

    def get(path: Path) -> tuple[list[dict], list]:
        from ctgminer.evaluation.evaluate import analyse_gold, read_gold

        path = require_shared(path)
        if path not in cache:
            gold = read_gold(path)
            cache[path] = (gold, analyse_gold(gold, analyser))
        return cache[path]

    return get


def require_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared gold data lives beside the checkout in ../shared")
    return path


def assert_partners(caf_code: str | None, expected_caf: str, tags: list[dict], partners: list) -> None:
    """The Caf and every tagged partner (type, code, offsets near the tag) are found, with no other partner of the
    tagged types; `partners` are Partner records or PartyValue span values (same attributes)."""
    assert caf_code == expected_caf
    got = {(p.type, p.insee_code): p for p in partners}
    for tag in tags:
        partner = got.get((tag["type"], tag["code"]))
        assert partner is not None, (tag, partners)
        assert tag["start"] - 10 <= partner.start and partner.end <= tag["end"] + 2, (tag, partner)
        assert "\n" not in partner.mention
    expected = {(t["type"], t["code"]) for t in tags}
    extra = [p for p in partners if p.type in {t for t, _ in expected} and (p.type, p.insee_code) not in expected]
    assert not extra, extra


# an announcement written for the tests: date, partners, period and an amount
GOOD = ("Le 3 février 2025, la Ville de Cahors et la Caf du Lot ont signé la convention territoriale globale "
        "2025-2029. Elle fixe quatre axes pour les familles du territoire, avec 24 000 € de financement.")


@pytest.fixture(scope="module")
def runner():
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture()
def good_file(tmp_path):
    path = tmp_path / "cahors.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def blank_pipeline(*pipes: str):
    """A blank French pipeline with the given ctgminer components, in order."""
    import spacy

    import ctgminer.extract.components  # noqa: F401  (registers the factories)

    pipeline = spacy.blank("fr")
    for name in pipes:
        pipeline.add_pipe(name)
    return pipeline


@pytest.fixture(scope="module")
def finder():
    """A blank French pipeline with the theme phrase finder alone (extract)."""
    from ctgminer.extract.components.base import register_extensions

    register_extensions()
    return blank_pipeline("ctg_themes")


@pytest.fixture(scope="module")
def labeller():
    """A blank French pipeline with the theme phrase finder and the theme labeller (classify)."""
    from ctgminer.extract.components.base import register_extensions

    register_extensions()
    return blank_pipeline("ctg_themes", "ctg_theme_labels")


def found_labels(doc) -> set[str]:
    """The labels the theme phrases, sentences and mentions of a doc name outright."""
    labels = {lab for group in ("theme_sentences", "theme_mentions") for span in doc.spans[group]
              for lab in span._.value.lexical}
    return labels | phrase_labels(doc)


def phrase_labels(doc) -> set[str]:
    """The labels the theme phrases of a doc name outright."""
    return {lab for span in doc.spans["theme_phrases"] for lab in span._.value.lexical}


def theme_phrases_of(nlp, text: str) -> list[str]:
    """The theme phrases a finder pipeline finds in `text`, its wrapped lines read as the analyser reads them."""
    from ctgminer.text.normalise import unwrap_lines

    doc = nlp(unwrap_lines(text))  # (kept: the span group needs its doc)
    return [span.text for span in doc.spans["theme_phrases"]]


@pytest.fixture(scope="module")
def dates_nlp():
    """A blank French pipeline with the dates component alone."""
    return blank_pipeline("ctg_dates")


def date_fields_of(nlp, text: str, page_date: str | None = None) -> tuple[dict, dict]:
    """The dates component's fields and evidence for `text` (with the page's date the reader would give it)."""
    from ctgminer.extract.components.dates.component import date_fields

    doc = nlp.make_doc(text)
    doc._.page_date = page_date
    return date_fields(nlp.get_pipe("ctg_dates")(doc))


@pytest.fixture(scope="module")
def relevance_nlp():
    """A blank French pipeline with the components the relevance judge reads (dates, parties) and itself."""
    return blank_pipeline("ctg_dates", "ctg_parties", "ctg_relevance")


@pytest.fixture(scope="module")
def parties_nlp():
    """A blank French pipeline with the parties component alone."""
    return blank_pipeline("ctg_parties")


def partner_names(nlp, text: str) -> dict[str, str]:
    """The partners the pipeline finds in `text`, by name, with their types."""
    doc = nlp(text)
    return {span._.value.name: span._.value.type for span in doc.spans["partners"]}
