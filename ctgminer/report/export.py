"""Every file ctgminer writes goes through here: record streams (`analyse -o`, the API), typed tables (parquet,
xlsx) and the stored corpus (`export`).

One write path: a temporary file beside the target, created with the permissions any new file gets (0666 less the
umask), renamed onto the target when complete. Streams (json, jsonl, csv, table) are written record by record as
they are produced, to `TARGET.partial`, flushed after each record and synced to disk every few seconds; closing the
writer (also after an error or Ctrl-C) renames it onto the target, and after a kill `TARGET.partial` holds every
record written until then. Codes stay text in typed tables ('01', '2A', '97411').
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import secrets
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ctgminer.defaults import ANALYSE_FORMATS, EXPORT_FORMATS, FRAME_FORMATS, STREAM_FORMATS
from ctgminer.extract.analyser import text_codes
from ctgminer.schema import CTGRecord
from ctgminer.text.normalise import strip_accents

if TYPE_CHECKING:  # pandas is imported when a table is written, not to stream records
    import pandas as pd

    from ctgminer.collect.store import Store

__all__ = ["ANALYSE_FORMATS", "EXPORT_FORMATS", "ExportError", "RecordWriter", "atomic_path", "atomic_write",
           "corpus_frame", "export", "iramuteq_corpus", "write_frame", "write_records", "write_workbook"]

SYNC_SECONDS = 2.0  # a stream is synced to disk at most this long after a record is written
EXCEL_CELL_LIMIT = 32_767  # characters Excel holds in one cell
TABLE_FIELDS = ("title", "relevance", "relevance_score", "caf_department", "caf_department_code", "partners",
                "partner_types", "partner_insee_codes", "signatories", "publication_date", "signature_date",
                "period_start", "period_end", "duration_years", "amounts_eur", "figures", "themes", "missions")
EXTRA_HINT = "pip install 'ctgminer[export]'"


class ExportError(Exception):
    """An export that cannot be written."""


# --- the one atomic write ---------------------------------------------------------------------------------------
def _create(path: Path) -> None:
    """Create an empty file with the mode a new file gets (0666 less the umask), not mkstemp's 0600."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))


@contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """A temporary path beside `path`, with the same suffix (writers pick their engine from it), renamed onto
    `path` when the block ends without error and removed otherwise."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp{path.suffix}")
    _create(tmp)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def atomic_write(path: Path | str, data: str) -> None:
    """Write a text file atomically."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)


# --- typed tables -----------------------------------------------------------------------------------------------
def write_frame(frame: pd.DataFrame, fmt: str, path: Path | str) -> int:
    """Write a DataFrame as csv, jsonl, parquet or xlsx, atomically; returns the number of rows."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format '{fmt}' (choose from {', '.join(EXPORT_FORMATS)})")
    frame = text_codes(frame)
    if fmt == "xlsx":
        write_workbook(path, {"records": frame})
        return len(frame)
    with atomic_path(path) as tmp:
        if fmt == "csv":
            frame.to_csv(tmp, index=False)
        elif fmt == "jsonl":
            with open(tmp, "w", encoding="utf-8") as fh:
                for row in frame.to_dict(orient="records"):
                    fh.write(json.dumps(_clean(row), ensure_ascii=False, default=str) + "\n")
        elif fmt == "parquet":
            try:
                frame.to_parquet(tmp, index=False)
            except ImportError:
                raise ExportError(f"parquet export needs pyarrow: {EXTRA_HINT}") from None
    return len(frame)


def write_workbook(path: Path | str, sheets: dict[str, pd.DataFrame], text_columns: Iterable[str] = ()) -> None:
    """One sheet per table, written with openpyxl in its streaming (write-only) mode, several times faster than
    cell by cell at 10,000 rows. Columns named in `text_columns` are stored as text (INSEE codes such as '01'
    or '2A' keep their leading zeros and letters); lists become '; '-joined text; missing values stay empty."""
    try:
        from openpyxl import Workbook
        from openpyxl.utils import get_column_letter
    except ImportError:
        raise ExportError(f"xlsx export needs openpyxl: {EXTRA_HINT}") from None
    text_columns = set(text_columns)
    wb = Workbook(write_only=True)
    for name, frame in sheets.items():
        ws = wb.create_sheet(title=name[:31])
        ws.freeze_panes = "A2"
        columns = [str(c) for c in frame.columns]
        for i, col in enumerate(frame.columns, 1):
            width = max([len(str(col))] + [len(str(v)) for v in frame[col].head(200)])
            ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, width + 2))
        ws.append(columns)
        as_text = [c in text_columns for c in frame.columns]
        for row in frame.itertuples(index=False, name=None):
            ws.append([_xlsx_value(v, text) for v, text in zip(row, as_text, strict=True)])
    with atomic_path(path) as tmp:
        wb.save(tmp)


def _xlsx_value(value: object, as_text: bool) -> object:
    """A cell: lists joined, missing values empty, text cleaned of what Excel refuses (control characters,
    more than 32,767 characters)."""
    import pandas as pd
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, list | tuple | dict | set):
        value = _cell(value)
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if as_text or isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", str(value))[:EXCEL_CELL_LIMIT]
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _cell(value: object) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell(v)}" for k, v in value.items())
    if isinstance(value, list | tuple | set):
        return "; ".join(_cell(v) for v in value)
    return "" if value is None else str(value)


def _clean(row: dict) -> dict:
    """NaN and NA from pandas become null in JSON."""
    import pandas as pd

    return {k: (None if v is pd.NA or (isinstance(v, float) and v != v) else v) for k, v in row.items()}


# --- record streams ---------------------------------------------------------------------------------------------
class RecordWriter:
    """Writes records as they come, to a file (atomically, see the module doc) or to a stream (stdout).

    json, jsonl, csv and table are streamed; parquet and xlsx are typed tables written when the writer closes.
    Use as a context manager; `count` is the number of records written. With keep_empty=False, a file that
    would hold no record is not written (an earlier file at the target stays).
    """

    def __init__(self, fmt: str, path: Path | str | None = None, stream: IO[str] | None = None,
                 keep_empty: bool = True) -> None:
        if fmt not in ANALYSE_FORMATS:
            raise ExportError(f"unknown format '{fmt}' (choose from {', '.join(ANALYSE_FORMATS)})")
        if fmt in FRAME_FORMATS and path is None:
            raise ExportError(f"the {fmt} format is written to a file: give -o FILE")
        self.fmt = fmt
        self.path = Path(path) if path is not None else None
        self.count = 0
        self.keep_empty = keep_empty
        self._rows: list[dict] = []
        self._csv: csv.DictWriter | None = None
        self._synced = time.monotonic()
        self._partial: Path | None = None
        if self.path is not None and fmt in STREAM_FORMATS:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._partial = self.path.with_name(self.path.name + ".partial")
            self._partial.unlink(missing_ok=True)
            _create(self._partial)
            self._fh: IO[str] | None = open(self._partial, "w", encoding="utf-8", newline="")
        else:
            self._fh = stream
        self._console = None
        if fmt == "table" and self._fh is not None:
            from rich.console import Console

            self._console = Console(file=self._fh, highlight=False, width=120 if self._partial else None)

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def write(self, record: CTGRecord) -> None:
        if self.fmt in FRAME_FORMATS:
            self._rows.append(record.flatten())
        elif self.fmt == "jsonl":
            self._fh.write(record.to_json() + "\n")
        elif self.fmt == "json":
            body = "\n".join("  " + line for line in record.to_json(indent=2).splitlines())
            self._fh.write(("[\n" if self.count == 0 else ",\n") + body)
        elif self.fmt == "csv":
            row = record.flatten()
            if self._csv is None:
                self._csv = csv.DictWriter(self._fh, fieldnames=list(row), quoting=csv.QUOTE_MINIMAL)
                self._csv.writeheader()
            self._csv.writerow(row)
        else:
            self._console.print(record_table(record))
        self.count += 1
        self._flush()

    def _flush(self) -> None:
        if self._fh is None:
            return
        self._fh.flush()
        if self._partial is not None and time.monotonic() - self._synced > SYNC_SECONDS:
            os.fsync(self._fh.fileno())
            self._synced = time.monotonic()

    def close(self) -> None:
        """Finish the file (also after an error: what was written is kept) and move it onto the target."""
        if self.fmt in FRAME_FORMATS:
            if self.path is not None and self._rows is not None and (self._rows or self.keep_empty):
                rows, self._rows = self._rows, None
                write_frame(records_frame_rows(rows), self.fmt, self.path)
            return
        if self._fh is None:
            return
        if self.fmt == "json":
            self._fh.write("\n]\n" if self.count else "[]\n")
        self._fh.flush()
        if self._partial is not None:
            os.fsync(self._fh.fileno())
            self._fh.close()
            if self.count or self.keep_empty:
                os.replace(self._partial, self.path)
            else:
                self._partial.unlink(missing_ok=True)
        self._fh = None


def records_frame_rows(rows: list[dict]) -> pd.DataFrame:
    import pandas as pd

    return text_codes(pd.DataFrame(rows))


def write_records(records: Iterable[CTGRecord], fmt: str, path: Path | str) -> int:
    """The API's export: write records to `path` in any analyse format; returns the count."""
    with RecordWriter(fmt, path) as writer:
        for record in records:
            writer.write(record)
    return writer.count


def record_table(record: CTGRecord):
    """A rich table of one record's main fields and theme phrases."""
    from rich.table import Table

    t = Table(title=record.source, show_header=False, title_justify="left")
    t.add_column("field", style="bold")
    t.add_column("value")
    row = record.flatten()
    for key in TABLE_FIELDS:
        value = row.get(key)
        if value not in (None, "", []):
            t.add_row(key, str(value))
    for tp in record.theme_phrases:
        t.add_row("theme phrase", f"{tp.text}  → {', '.join(tp.labels)}")
    return t


# --- the stored corpus ------------------------------------------------------------------------------------------
def corpus_frame(store: Store, flatten: bool = True) -> pd.DataFrame:
    """One row per stored document: url, text, fetch metadata, duplicate_of and the record's fields."""
    import pandas as pd

    rows = []
    for r in store.rows():
        row = {
            "url": r["url"],
            "final_url": r["final_url"],
            "fetched_at": dt.datetime.fromtimestamp(r["fetched_at"], dt.UTC).isoformat(timespec="seconds"),
            "http_status": r["http_status"],
            "content_type": r["content_type"],
            "document_type": r["document_type"],
            "aliases": " ".join(r["aliases"]),  # requested URLs that led to this page (redirects)
            "duplicate_of": r["duplicate_of"] or "",
            "content_hash": r["content_hash"],
            "title": r["title"],
            "text": r["text"],
            "model_version": r["model_version"],
        }
        record = r["record"]
        if record:
            rec = CTGRecord.from_dict({**record, "source": r["url"]})
            fields = rec.flatten() if flatten else {k: v for k, v in rec.to_dict(include_text=False).items()}
            for key, value in fields.items():
                if key not in ("source", "title", "model_version"):
                    row[key] = value
        else:
            row["relevance"] = r["relevance"]
            row["relevance_score"] = r["relevance_score"]
        rows.append(row)
    return pd.DataFrame(rows)


def export(store: Store, fmt: str, path: Path | str) -> int:
    """Write the corpus to `path` atomically; returns the number of rows."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format '{fmt}' (choose from {', '.join(EXPORT_FORMATS)})")
    return write_frame(corpus_frame(store, flatten=fmt != "jsonl"), fmt, path)


# --- lexicometry ------------------------------------------------------------------------------------------------
def iramuteq_value(value: object) -> str:
    """A value usable inside an IRaMuTeQ/TXM variable: ASCII letters, digits and underscores only."""
    text = strip_accents(str(value if value not in (None, "") else "NA"))
    text = re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_")
    return text or "NA"


def iramuteq_corpus(texts: Iterable[tuple[dict[str, object], str]]) -> str:
    """An IRaMuTeQ (also read by TXM's IRaMuTeQ import) corpus: one text per item.

    Format: each text starts with a line of four stars followed by its variables, written `*name_value`
    (the variable name, an underscore, then the modality; no space, accent or punctuation inside, so values are
    folded to ASCII and other characters become underscores), e.g.

        **** *territoire_Cahors *code_46042 *region_Occitanie *annee_2024

    followed by the text on the next lines. Stars are removed from the text itself, since a line starting with
    `****` would open a new text and `*word` would read as a variable; blank lines separate texts.
    """
    out = []
    for variables, text in texts:
        header = " ".join(f"*{iramuteq_value(k)}_{iramuteq_value(v)}" for k, v in variables.items())
        body = re.sub(r"\n{2,}", "\n", text.replace("*", " ")).strip()
        out.append(f"**** {header}\n{body}\n")
    return "\n".join(out)
