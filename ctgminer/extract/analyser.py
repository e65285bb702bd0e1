"""Python API: analyse documents into CTGRecords and pandas DataFrames."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from ctgminer import __version__
from ctgminer.collect.read import Document, InputError, iter_inputs, load
from ctgminer.extract.pipeline import DEFAULT_COMPONENTS
from ctgminer.extract.pipeline import load_pipeline as _load_pipeline
from ctgminer.schema import Amount, Caf, CTGRecord, Figure, Partner, Signatory, ThemePhrase

ErrorHandler = Callable[[str], None]


def load_pipeline(components: Iterable[str] = DEFAULT_COMPONENTS) -> Language:
    """The spaCy pipeline (loaded once per process and component set)."""
    return _load_pipeline(tuple(components))


def model_version() -> str:
    from ctgminer.classify.themes import load_model

    return f"ctgminer-{__version__}+themes-{load_model().version}"


def build_record(doc: Doc, document: Document) -> CTGRecord:
    """Read the components' results on a Doc into a CTGRecord."""
    data = doc._.ctg or {}
    record = CTGRecord(
        source=document.source,
        title=document.title,
        publication_date=data.get("publication_date"),
        relevance=data.get("relevance", "unrelated"),
        relevance_score=float(data.get("relevance_score", 0.0)),
        language=data.get("language") or document.meta.get("language"),
        model_version=model_version(),
        text=doc.text,
        evidence={k: v for k, v in (data.get("evidence") or {}).items()},
    )
    if record.relevance == "unrelated":
        return record  # not a CTG text: no CTG field is filled
    record.signature_date = data.get("signature_date")
    record.period_start = data.get("period_start")
    record.period_end = data.get("period_end")
    record.duration_years = data.get("duration_years")
    record.amounts = [Amount(**a) for a in data.get("amounts", [])]
    record.figures = [Figure(**f) for f in data.get("figures", [])]
    if data.get("caf"):
        record.caf = Caf(**data["caf"])
    record.partners = [Partner(**p) for p in data.get("partners", [])]
    record.signatories = [Signatory(**s) for s in data.get("signatories", [])]
    record.theme_phrases = [ThemePhrase(**t) for t in data.get("theme_phrases", [])]
    record.themes = list(data.get("themes", []))
    record.missions = list(data.get("missions", []))
    record.theme_evidence = dict(data.get("theme_evidence", {}))
    return record


class Analyser:
    """Holds the pipeline; analyses Documents in batches with nlp.pipe."""

    def __init__(self, components: Iterable[str] = DEFAULT_COMPONENTS, batch_size: int = 16) -> None:
        self.nlp = load_pipeline(components)
        self.batch_size = batch_size

    def _make_doc(self, document: Document) -> Doc:
        doc = self.nlp.make_doc(document.text)
        doc._.page_date = document.page_date
        return doc

    def analyse_documents(self, documents: Iterable[Document]) -> Iterator[CTGRecord]:
        """Yield one record per document, in order."""
        pending: list[Document] = []
        for document in documents:
            pending.append(document)
            if len(pending) >= self.batch_size:
                yield from self._run(pending)
                pending = []
        if pending:
            yield from self._run(pending)

    def _run(self, documents: list[Document]) -> Iterator[CTGRecord]:
        docs = self.nlp.pipe((self._make_doc(d) for d in documents), batch_size=self.batch_size)
        for doc, document in zip(docs, documents, strict=True):
            yield build_record(doc, document)

    def analyse_text(self, text: str, source: str = "<text>", page_date: str | None = None) -> CTGRecord:
        return next(self.analyse_documents([Document(source=source, text=text, page_date=page_date)]))

    def analyse_inputs(self, items: Iterable[str], on_error: ErrorHandler | None = None,
                       on_item: Callable[[str], None] | None = None) -> Iterator[CTGRecord]:
        """Analyse paths, folders, URLs or '-' (stdin); bad items go to on_error and are skipped."""

        def documents() -> Iterator[Document]:
            for item, target in iter_inputs(items):
                if on_item:
                    on_item(item)
                try:
                    yield load(item, target)
                except InputError as exc:
                    if on_error is None:
                        raise
                    on_error(str(exc))

        yield from self.analyse_documents(documents())


_DEFAULT: Analyser | None = None


def _default() -> Analyser:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyser()
    return _DEFAULT


def analyse(inputs: str | Iterable[str], on_error: ErrorHandler | None = None) -> list[CTGRecord]:
    """Analyse paths, folders or URLs into records."""
    items = [inputs] if isinstance(inputs, str) else list(inputs)
    return list(_default().analyse_inputs(items, on_error=on_error))


def records_frame(records: Iterable[CTGRecord]) -> pd.DataFrame:
    """One flat row per record."""
    return pd.DataFrame([r.flatten() for r in records])


def analyse_frame(inputs: str | Iterable[str], on_error: ErrorHandler | None = None) -> pd.DataFrame:
    """Analyse inputs and return a DataFrame with one row per document."""
    return records_frame(analyse(inputs, on_error=on_error))
