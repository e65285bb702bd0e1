"""Reading files, folders, URLs and standard input into Documents (text + metadata)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ctgminer.schema import Document
from ctgminer.text.language import detect_language

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".php", ".asp", ".aspx", ".shtml"}
MAX_FILE_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """A document that cannot be analysed; the message names the item."""


# --- decoding ---------------------------------------------------------------------------------------
def decode_bytes(data: bytes) -> str:
    """UTF-8 first, then cp1252, then Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(b < 9 or 13 < b < 32 for b in sample)
    return bool(sample) and control / len(sample) > 0.05


def looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return bool(re.search(r"<!doctype html|<html|<head|<body|<article|<div|<p[ >]", head))


def html_to_document(html: str | bytes, source: str, url: str | None = None) -> Document:
    """Extract the main text, title and date of an HTML page with trafilatura (and htmldate)."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False,
            favor_recall=True,
        )
    except Exception as exc:  # noqa: BLE001 - malformed pages must not stop a batch
        raise InputError(f"{source}: the HTML could not be parsed ({type(exc).__name__})") from None
    if result is None or not (result.text or "").strip():
        raise InputError(f"{source}: no text could be extracted from the HTML")
    html_text = html if isinstance(html, str) else decode_bytes(html)
    return Document(source=source, text=result.text, title=result.title, page_date=result.date, url=url,
                    html=html_text)


def text_to_document(text: str, source: str) -> Document:
    return Document(source=source, text=text)


def check_document(doc: Document) -> Document:
    """Refuse empty and non-French documents with a one-line reason."""
    if not doc.text or not doc.text.strip():
        raise InputError(f"{doc.source}: empty document")
    lang = detect_language(doc.text)
    doc.meta["language"] = lang
    if lang is not None and lang != "fr":
        raise InputError(f"{doc.source}: not French (detected '{lang}')")
    return doc


def read_bytes_document(data: bytes, source: str, url: str | None = None, content_type: str = "") -> Document:
    """Turn raw bytes (file, stdin or HTTP body) into a Document."""
    if not data.strip():
        raise InputError(f"{source}: empty document")
    if looks_binary(data):
        raise InputError(f"{source}: binary content, not text or HTML")
    text = decode_bytes(data)
    is_html = "html" in content_type or Path(source).suffix.lower() in HTML_SUFFIXES or looks_html(text)
    if is_html and Path(source).suffix.lower() not in TEXT_SUFFIXES:
        return check_document(html_to_document(data, source, url=url))
    return check_document(text_to_document(text, source))


def read_path(path: Path) -> Document:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path}: file too large ({size} bytes)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return read_bytes_document(data, str(path))


def read_url(url: str, fetcher=None) -> Document:
    """Fetch a URL politely (see ctgminer.collect.fetch) and read it."""
    from ctgminer.collect.fetch import Fetcher, FetchError

    fetcher = fetcher or Fetcher(delay=0)
    try:
        resp = fetcher.fetch(url)
    except FetchError as exc:
        raise InputError(f"{url}: {exc}") from None
    return read_bytes_document(resp.body, url, url=resp.url, content_type=resp.content_type)


def iter_inputs(items: Iterable[str]) -> Iterator[tuple[str, Path | str | None]]:
    """Expand the command-line items: folders are walked, '-' is stdin, URLs stay URLs."""
    for item in items:
        if item == "-":
            yield item, None
        elif re.match(r"^https?://", item, re.I):
            yield item, item
        else:
            path = Path(item)
            if path.is_dir():
                files = _visible_files(path)
                if not files:
                    yield item, path  # reported as an error below
                for p in files:
                    yield str(p), p
            else:
                yield item, path


def _visible_files(folder: Path) -> list[Path]:
    """The files of a folder and its subfolders, sorted, never inside hidden ones (.git, .cache) nor hidden."""
    import os

    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]  # pruned: os.walk never enters them
        files.extend(Path(root) / n for n in names if not n.startswith("."))
    return sorted(p for p in files if p.is_file())


def load(item: str, target: Path | str | None, fetcher=None) -> Document:
    """Load one expanded input into a Document, or raise InputError."""
    if item == "-":
        return read_bytes_document(sys.stdin.buffer.read(), "<stdin>")
    if isinstance(target, str):
        return read_url(target, fetcher=fetcher)
    assert isinstance(target, Path)
    if target.is_dir():
        raise InputError(f"{target}: folder holds no files")
    return read_path(target)
