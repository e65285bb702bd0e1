"""Exporting the stored corpus (pandas DataFrames underneath), one atomic write per file."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path

import pandas as pd

from ctgminer.collect.store import Store
from ctgminer.schema import CTGRecord

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


def export(store: Store, fmt: str, path: Path) -> int:
    """Write the corpus to `path` atomically; returns the number of rows."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format '{fmt}' (choose from {', '.join(EXPORT_FORMATS)})")
    frame = corpus_frame(store, flatten=fmt != "jsonl")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
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
        elif fmt == "xlsx":
            try:
                frame.to_excel(tmp, index=False)
            except ImportError:
                raise ExportError("xlsx export needs openpyxl: pip install 'ctgminer[export]'") from None
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return len(frame)


def _clean(row: dict) -> dict:
    """NaN from pandas becomes null in JSON."""
    return {k: (None if isinstance(v, float) and v != v else v) for k, v in row.items()}
