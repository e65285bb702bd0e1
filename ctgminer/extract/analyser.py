"""Python API: analyse documents into CTGRecords and pandas DataFrames."""

from __future__ import annotations

import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from ctgminer import __version__
from ctgminer.collect.read import Document, InputError, iter_inputs, load
from ctgminer.defaults import BATCH_SIZE, MIN_DOCS_PER_WORKER
from ctgminer.extract.components.base import doc_text
from ctgminer.extract.components.dates.component import date_fields
from ctgminer.extract.components.money.component import money_fields
from ctgminer.extract.pipeline import DEFAULT_COMPONENTS, prepare_doc
from ctgminer.extract.pipeline import load_pipeline as _load_pipeline
from ctgminer.gazetteer import get_gazetteer
from ctgminer.schema import Caf, CTGRecord, Partner, Signatory, ThemePhrase

if TYPE_CHECKING:
    import pandas as pd

ErrorHandler = Callable[[str], None]


def load_pipeline(components: Iterable[str] = DEFAULT_COMPONENTS, full_ner: bool = False) -> Language:
    """The spaCy pipeline (loaded once per process and component set)."""
    return _load_pipeline(tuple(components), full_ner)


def model_version(nlp: Language) -> str:
    """ctgminer's version and the versions of the fitted models its components carry (their `version`); a
    stored record analysed under another one is analysed again."""
    fitted = [f"{name}-{pipe.version}" for name, pipe in nlp.pipeline if getattr(pipe, "version", None)]
    return "+".join([f"ctgminer-{__version__}", *fitted])


def build_record(doc: Doc, document: Document, version: str | None = None) -> CTGRecord:
    """Read the components' results on a Doc into a CTGRecord."""
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
        model_version=version,
        document_type=document.document_type,
        pages=list(document.meta.get("pages") or []),
        text=doc_text(doc),
        evidence=dict(date_evidence),
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
    themes = doc._.themes if Doc.has_extension("themes") else None  # ctg_theme_labels' decisions
    if themes is not None:
        # (a phrase's words as one reads them: the blanks a joined line or hyphenation left count once)
        record.theme_phrases = [ThemePhrase(**{**t, "text": " ".join(t["text"].split())}) for t in themes.phrases]
        record.themes = list(themes.themes)
        record.missions = list(themes.missions)
        record.theme_evidence = dict(themes.evidence)
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


@dataclass
class Outcome:
    """What became of one input: a record, or the one-line reason it has none."""

    source: str
    record: CTGRecord | None = None
    error: str | None = None
    key: object = None  # the caller's handle on the input (e.g. a store id)


# an input still to read (item, target as expanded by iter_inputs), or a Document already read
Job = tuple[str, Path | str | None] | Document

_WORKER: Analyser | None = None  # the analyser a forked worker inherits


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which keeps what is done and stops them."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing

    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_worker_init)


def _work(batch: list[tuple[object, Job]]) -> list[Outcome]:
    assert _WORKER is not None
    return _WORKER.run_batch(batch)


class Analyser:
    """Holds the pipeline (loaded on first use); analyses Documents in batches, in `workers` processes.

    One bad document never stops a batch: it comes out as an Outcome with an error, and the others are analysed.
    """

    def __init__(self, components: Iterable[str] = DEFAULT_COMPONENTS, batch_size: int = BATCH_SIZE,
                 workers: int = 1, full_ner: bool = False) -> None:
        self.components = tuple(components)
        self.batch_size = max(1, batch_size)
        self.workers = max(1, workers)
        self.full_ner = full_ner
        self._nlp: Language | None = None
        self._version: str | None = None

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use: inputs are read (and bad ones reported) before."""
        if self._nlp is None:
            self._nlp = load_pipeline(self.components, self.full_ner)
        return self._nlp

    @property
    def version(self) -> str:
        """The model version stamped on every record (see model_version)."""
        if self._version is None:
            self._version = model_version(self.nlp)
        return self._version

    def _make_doc(self, document: Document) -> Doc:
        doc = prepare_doc(self.nlp, document.text)
        doc._.page_date = document.page_date
        doc._.language = document.meta.get("language")
        doc._.url = document.url
        return doc

    # -- one batch, in this process ----------------------------------------------------------------------------
    def run_batch(self, batch: list[tuple[object, Job]]) -> list[Outcome]:
        """Read the jobs of a batch and analyse them; every job gives one Outcome, in order."""
        outcomes: list[Outcome] = []
        documents: list[tuple[int, Document]] = []
        for key, job in batch:
            if isinstance(job, Document):
                outcomes.append(Outcome(job.source, key=key))
                documents.append((len(outcomes) - 1, job))
                continue
            item, target = job
            try:
                document = load(item, target)
            except InputError as exc:
                outcomes.append(Outcome(item, error=str(exc), key=key))
            except Exception as exc:  # noqa: BLE001 - one unreadable input never stops the batch
                outcomes.append(Outcome(item, error=f"{item}: cannot be read ({type(exc).__name__}: {exc})",
                                        key=key))
            else:
                outcomes.append(Outcome(document.source, key=key))
                documents.append((len(outcomes) - 1, document))
        for (index, _), (record, error) in zip(documents, self._analyse([d for _, d in documents]), strict=True):
            outcomes[index].record, outcomes[index].error = record, error
        return outcomes

    def _analyse(self, documents: list[Document]) -> list[tuple[CTGRecord | None, str | None]]:
        if not documents:
            return []
        try:
            docs = self.nlp.pipe((self._make_doc(d) for d in documents), batch_size=len(documents))
            return [(build_record(doc, d, self.version), None) for doc, d in zip(docs, documents, strict=True)]
        except Exception:  # noqa: BLE001 - find the document at fault: each is analysed alone
            pass
        results: list[tuple[CTGRecord | None, str | None]] = []
        for d in documents:
            try:
                results.append((build_record(self.nlp(self._make_doc(d)), d, self.version), None))
            except Exception as exc:  # noqa: BLE001
                results.append((None, f"{d.source}: analysis failed ({type(exc).__name__}: {exc})"))
        return results

    # -- streams -----------------------------------------------------------------------------------------------
    def outcomes(self, jobs: Iterable[tuple[object, Job]]) -> Iterator[Outcome]:
        """One Outcome per (key, job), in order, as soon as its batch is done; with workers > 1, batches run in
        forked processes (the pipeline is loaded once, before the fork) with a bounded number in flight, so
        memory stays flat however long the stream."""
        batches = _batches(jobs, self.batch_size)
        first: list[list[tuple[object, Job]]] = []
        wanted = self.workers * max(1, MIN_DOCS_PER_WORKER // self.batch_size + 1)
        if self.workers > 1:  # a small input is not worth forking for
            for batch in batches:
                first.append(batch)
                if len(first) >= wanted:
                    break
        if self.workers == 1 or len(first) < wanted:
            for batch in [*first, *batches]:
                yield from self.run_batch(batch)
            return
        yield from self._parallel([*first], batches)

    def _parallel(self, first: list, rest: Iterator) -> Iterator[Outcome]:
        global _WORKER
        self.nlp  # noqa: B018 - load before forking: the workers share it
        _WORKER = self
        pending: deque[tuple[list, Future]] = deque()
        pool = _pool(self.workers)
        try:
            for batch in _chain(first, rest):
                pending.append((batch, pool.submit(_work, batch)))
                while len(pending) >= 2 * self.workers:
                    pool = yield from self._collect(pending, pool)
            while pending:
                pool = yield from self._collect(pending, pool)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            _WORKER = None

    def _collect(self, pending: deque, pool: ProcessPoolExecutor):
        batch, future = pending.popleft()
        try:
            outcomes = future.result()
        except BrokenProcessPool:  # a worker died (killed, out of memory): redo its batches here, go on
            outcomes = self.run_batch(batch)
            for i, (other, _) in enumerate(pending):
                pending[i] = (other, _Done(self.run_batch(other)))
            pool.shutdown(wait=False, cancel_futures=True)
            pool = _pool(self.workers)
        yield from outcomes
        return pool

    def analyse_documents(self, documents: Iterable[Document],
                          on_error: ErrorHandler | None = None) -> Iterator[CTGRecord]:
        """Yield one record per document that could be analysed, in order; the others go to on_error
        (default: a warning)."""
        for outcome in self.outcomes((None, d) for d in documents):
            if outcome.record is not None:
                yield outcome.record
            else:
                _report(outcome.error or outcome.source, on_error)

    def analyse_text(self, text: str, source: str = "<text>", page_date: str | None = None) -> CTGRecord:
        """Analyse one text; an empty text is refused (InputError)."""
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{source}: empty text, nothing to analyse")
        outcome = next(self.outcomes([(None, Document(source=source, text=text, page_date=page_date))]))
        if outcome.record is None:
            raise InputError(outcome.error or f"{source}: analysis failed")
        return outcome.record

    def analyse_inputs(self, items: Iterable[str], on_error: ErrorHandler | None = None,
                       on_item: Callable[[str], None] | None = None) -> Iterator[CTGRecord]:
        """Analyse paths, folders, URLs or '-' (stdin); bad items go to on_error (default: a warning) and are
        skipped. Inputs are read before the model loads, so a missing file is reported at once."""

        def jobs() -> Iterator[tuple[object, Job]]:
            for item, target in iter_inputs(items):
                if item == "-":  # standard input is read here: a worker has none
                    try:
                        yield None, load(item, target)
                    except InputError as exc:
                        _report(str(exc), on_error)
                elif isinstance(target, Path) and not target.exists():
                    _report(f"{item}: no such file", on_error)  # at once, before any model is loaded
                else:
                    yield None, (item, target)

        for outcome in self.outcomes(jobs()):
            if on_item:
                on_item(outcome.source)
            if outcome.record is not None:
                yield outcome.record
            else:
                _report(outcome.error or outcome.source, on_error)


class _Done:
    """A finished result standing in for a future."""

    def __init__(self, value: list[Outcome]) -> None:
        self.value = value

    def result(self) -> list[Outcome]:
        return self.value


def _batches(jobs: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for job in jobs:
        batch.append(job)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def _report(message: str, on_error: ErrorHandler | None) -> None:
    if on_error is None:
        warnings.warn(message, stacklevel=3)
    else:
        on_error(message)


_DEFAULT: Analyser | None = None


def _default() -> Analyser:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyser()
    return _DEFAULT


def analyse(inputs: str | Iterable[str], on_error: ErrorHandler | None = None) -> list[CTGRecord]:
    """Analyse paths, folders or URLs into records; bad items are reported (default: a warning) and skipped."""
    items = [inputs] if isinstance(inputs, str) else list(inputs)
    return list(_default().analyse_inputs(items, on_error=on_error))


# columns of codes: text, never numbers ('01' Ain, '2A' Corse-du-Sud, '97411' Saint-Denis de La Réunion)
CODE_COLUMNS = ("caf_department_code", "partner_insee_codes")


def records_frame(records: Iterable[CTGRecord]) -> pd.DataFrame:
    """One flat row per record; codes stay text."""
    import pandas as pd

    frame = pd.DataFrame([r.flatten() for r in records])
    return text_codes(frame)


def text_codes(frame: pd.DataFrame) -> pd.DataFrame:
    """Type the code columns as text, so typed exports (parquet, xlsx) keep leading zeros and letters."""
    for column in CODE_COLUMNS:
        if column in frame.columns:
            frame[column] = frame[column].astype("string")
    return frame


def analyse_frame(inputs: str | Iterable[str], on_error: ErrorHandler | None = None) -> pd.DataFrame:
    """Analyse inputs and return a DataFrame with one row per document that could be analysed; the others are
    reported (on_error, default: a warning) and listed in `frame.attrs["errors"]`."""
    errors: list[str] = []

    def report(message: str) -> None:
        errors.append(message)
        _report(message, on_error)

    frame = records_frame(analyse(inputs, on_error=report))
    frame.attrs["errors"] = errors
    return frame
