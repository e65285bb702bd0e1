"""Python API: analyse documents into CTGRecords and pandas DataFrames."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from ctgminer import __version__
from ctgminer.collect.read import Document, InputError, iter_inputs, load
from ctgminer.extract.components.dates.component import date_fields
from ctgminer.extract.components.money.component import money_fields
from ctgminer.extract.pipeline import DEFAULT_COMPONENTS
from ctgminer.extract.pipeline import load_pipeline as _load_pipeline
from ctgminer.gazetteer import get_gazetteer
from ctgminer.schema import Caf, CTGRecord, Partner, Signatory, ThemePhrase

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
    dates, date_evidence = date_fields(doc)
    # the relevance component's result (doc._.relevance: label, score, features, language), if it ran
    relevance = doc._.relevance if Doc.has_extension("relevance") else None
    record = CTGRecord(
        source=document.source,
        title=document.title,
        publication_date=dates["publication_date"],
        relevance=relevance.label if relevance else "unrelated",
        relevance_score=round(float(relevance.score), 4) if relevance else 0.0,
        language=(relevance.language if relevance else None) or document.meta.get("language"),
        model_version=model_version(),
        document_type=document.document_type,
        pages=list(document.meta.get("pages") or []),
        text=doc.text,
        evidence={**(data.get("evidence") or {}), **date_evidence},
    )
    if record.relevance == "unrelated":
        return record  # not a CTG text: no CTG field is filled
    record.signature_date = dates["signature_date"]
    record.period_start = dates["period_start"]
    record.period_end = dates["period_end"]
    record.duration_years = dates["duration_years"]
    record.amounts, record.figures = money_fields(doc)
    # parties: the Caf on doc._.caf, partners and signatory persons as spans with their values
    caf = doc._.caf if Doc.has_extension("caf") else None
    if caf is not None:
        record.caf = Caf(**asdict(caf))
    record.partners = [Partner(**{k: v for k, v in asdict(s._.value).items() if k != "score"})
                       for s in doc.spans.get("partners", [])]
    record.signatories = [Signatory(**s._.value) for s in doc.spans.get("signatories", [])]
    record.theme_phrases = [ThemePhrase(**t) for t in data.get("theme_phrases", [])]
    record.themes = list(data.get("themes", []))
    record.missions = list(data.get("missions", []))
    record.theme_evidence = dict(data.get("theme_evidence", {}))
    apply_genre(record, doc)
    return record


def apply_genre(record: CTGRecord, doc: Doc) -> None:
    """What a convention or a deliberation states in its own form outranks what the article rules guess."""
    genre = getattr(doc._, "genre", None) if Doc.has_extension("genre") else None
    if genre is None:
        return
    record.document_type = genre.document_type
    # the act itself: a deliberation that adopts the CTG, a convention dated by its signatories
    acted = genre.adopted if genre.document_type == "deliberation" else bool(genre.signature)
    if acted and genre.document_type != "article" and record.relevance == "related":
        record.relevance = "announcement"
    if genre.adoption:
        record.adoption_date = genre.adoption.iso
        record.evidence["adoption_date"] = {"text": genre.adoption.text, "start": genre.adoption.start,
                                            "end": genre.adoption.end}
    if genre.document_type != "convention":
        return
    if genre.signature:
        record.signature_date = genre.signature.iso
        record.evidence["signature_date"] = {"text": genre.signature.text, "start": genre.signature.start,
                                             "end": genre.signature.end}
    if genre.period_start or genre.period_end or genre.duration_years:
        record.period_start = genre.period_start or record.period_start
        record.period_end = genre.period_end or record.period_end
        record.duration_years = genre.duration_years or record.duration_years
        record.evidence["period"] = genre.period_evidence
    caf = next((p for p in genre.parties if p.type == "caf" and p.code), None)
    if caf:
        dep = get_gazetteer().departements[caf.code]
        record.caf = Caf(name=caf.mention, department=dep.name, department_code=dep.code, mention=caf.mention,
                         start=caf.start, end=caf.end)
    territorial = [p for p in genre.parties if p.type != "caf"]
    if territorial:
        record.partners = [Partner(name=p.name, type=p.type, insee_code=p.code, mention=p.mention, start=p.start,
                                   end=p.end) for p in territorial]
    named = {s.name for s in record.signatories}
    record.signatories += [Signatory(name=p.representative, role=p.role or "", institution=p.name, start=p.start,
                                     end=p.end) for p in genre.parties if p.representative and p.representative not in named]


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
