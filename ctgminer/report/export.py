"""Exporting the stored corpus (pandas DataFrames underneath), one atomic write per file."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from ctgminer.collect.store import Store
from ctgminer.schema import CTGRecord
from ctgminer.text.normalise import strip_accents

EXPORT_FORMATS = ("csv", "jsonl", "parquet", "xlsx")


class ExportError(Exception):
    """An export that cannot be written."""


def corpus_frame(store: Store, flatten: bool = True) -> pd.DataFrame:
    """One row per stored document: url, text, fetch metadata, duplicate_of and the record's fields."""
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


@contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `path`, renamed over it only when the block succeeds.

    Every file ctgminer writes (exports, report, workbook, IRaMuTeQ corpus, CLI output) goes through here,
    so a crash or an interrupt never leaves half a file.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes private files; the result gets the usual permissions
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def atomic_write_text(path: Path | str, data: str) -> None:
    """Write UTF-8 text atomically (newlines kept as given)."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)


def write_workbook(path: Path | str, sheets: dict[str, pd.DataFrame], text_columns: Iterable[str] = ()) -> None:
    """One sheet per table, written with openpyxl in its streaming (write-only) mode, several times faster than
    cell by cell at 10,000 rows. Columns named in `text_columns` are stored as text (INSEE codes such as '01'
    or '2A' keep their leading zeros and letters); lists become '; '-joined text; missing values stay empty."""
    try:
        from openpyxl import Workbook
        from openpyxl.utils import get_column_letter
    except ImportError:
        raise ExportError("xlsx export needs openpyxl: pip install 'ctgminer[export]'") from None
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
    if isinstance(value, list | tuple | dict | set):
        return _cell(value)
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if as_text:
        return str(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _cell(value: object) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell(v)}" for k, v in value.items())
    if isinstance(value, list | tuple | set):
        return "; ".join(_cell(v) for v in value)
    return "" if value is None else str(value)


def export(store: Store, fmt: str, path: Path) -> int:
    """Write the corpus to `path` atomically; returns the number of rows."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format '{fmt}' (choose from {', '.join(EXPORT_FORMATS)})")
    frame = corpus_frame(store, flatten=fmt != "jsonl")
    if fmt == "xlsx":
        write_workbook(path, {"documents": frame}, text_columns=("caf_department_code", "partner_insee_codes"))
        return len(frame)
    with atomic_path(path) as tmp:
        if fmt == "csv":
            frame.to_csv(tmp, index=False)
        elif fmt == "jsonl":
            with open(tmp, "w", encoding="utf-8") as fh:
                for row in frame.to_dict(orient="records"):
                    fh.write(json.dumps(_clean(row), ensure_ascii=False) + "\n")
        elif fmt == "parquet":
            try:
                frame.to_parquet(tmp, index=False)
            except ImportError:
                raise ExportError("parquet export needs pyarrow: pip install 'ctgminer[export]'") from None
    return len(frame)


def _clean(row: dict) -> dict:
    """NaN from pandas becomes null in JSON."""
    return {k: (None if isinstance(v, float) and v != v else v) for k, v in row.items()}


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
