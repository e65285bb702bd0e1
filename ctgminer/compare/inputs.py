"""Reading records for comparison: records JSONL/JSON files (as `ctgminer analyse` writes them) or a store."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ctgminer.schema import CTGRecord


class CompareError(Exception):
    """Input that cannot be compared (missing file, bad JSON, unknown option); the message is one line."""


def load_records(inputs: Iterable[str | Path] = (), store: Path | str | None = None) -> list[CTGRecord]:
    """Records from JSONL (one record per line) or JSON (a list of records) files, and/or a ctgminer store.

    Stored documents marked as duplicates of another are skipped; records without a source are refused.
    """
    records: list[CTGRecord] = []
    for item in inputs:
        records.extend(_read_file(Path(item)))
    if store is not None:
        records.extend(_read_store(Path(store)))
    return records


def _read_file(path: Path) -> list[CTGRecord]:
    if not path.is_file():
        raise CompareError(f"no such records file: {path}")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CompareError(f"cannot read {path}: {exc}") from None
    if text.lstrip().startswith("["):
        try:
            numbered = list(enumerate(json.loads(text), 1))
        except json.JSONDecodeError as exc:
            raise CompareError(f"{path}: not records JSON ({exc.msg}, line {exc.lineno})") from None
    else:
        numbered = []
        for i, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    numbered.append((i, json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise CompareError(f"{path}: not records JSONL ({exc.msg}, line {i})") from None
    return [_record(row, f"{path}:{i}") for i, row in numbered]


def _record(row: object, where: str) -> CTGRecord:
    if not isinstance(row, dict) or not row.get("source") and not row.get("url"):
        raise CompareError(f"{where}: not a ctgminer record (an object with a 'source')")
    row = dict(row)
    row.setdefault("source", row.get("url"))
    try:
        return CTGRecord.from_dict(row)
    except (TypeError, ValueError) as exc:
        raise CompareError(f"{where}: not a ctgminer record ({exc})") from None


def _read_store(path: Path) -> list[CTGRecord]:
    from ctgminer.collect.store import Store, StoreError

    if not path.is_file():
        raise CompareError(f"no such store: {path}")
    try:
        store = Store(path)
    except StoreError as exc:
        raise CompareError(str(exc)) from None
    try:
        return [_record({**r["record"], "source": r["url"]}, f"{path}:{r['url']}")
                for r in store.rows() if r["record"] and not r["duplicate_of"]]
    except Exception as exc:
        if isinstance(exc, CompareError):
            raise
        raise CompareError(f"cannot read store {path}: {exc}") from None
    finally:
        store.close()
