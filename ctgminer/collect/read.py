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
PDF_SUFFIXES = {".pdf"}
MAX_FILE_BYTES = 20 * 1024 * 1024
# the widest gap between two words of one line, in characters: a justified line of a convention spreads its words
# (pdfminer's default, 2, cut such lines into pieces read out of order: "territoriale globale signée entre" above "La
# convention"), while two columns a few millimetres apart stay apart (tests/test_read_pdf_session27.py)
JUSTIFIED_GAP = 4.0
MAX_PDF_PAGES = 300  # pages read from one PDF (a full convention with annexes is 20-80); later pages are dropped


class InputError(Exception):
    """A document that cannot be analysed; the message names the item."""


# --- decoding ---------------------------------------------------------------------------------------
# Encodings of French pages that are not UTF-8. charset_normalizer chooses among these only: left free, it reads
# short Latin-1 French as Urdu (cp1006) or Central-European text.
WESTERN_ENCODINGS = ["utf_8", "cp1252", "iso8859_15", "latin_1"]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text of raw bytes: the charset declared by HTTP or by the page's <meta> when it decodes them, else UTF-8,
    else charset_normalizer's guess among Western encodings."""
    from charset_normalizer import from_bytes

    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    meta = _META_CHARSET.search(data[:4096])
    for encoding in (declared, meta.group(1).decode("ascii", "ignore") if meta else None, "utf-8"):
        if encoding:
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    best = from_bytes(data, cp_isolation=WESTERN_ENCODINGS).best()
    return str(best) if best is not None else data.decode("cp1252", "replace")


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(b < 9 or 13 < b < 32 for b in sample)
    return bool(sample) and control / len(sample) > 0.05


def looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return bool(re.search(r"<!doctype html|<html|<head|<body|<article|<div|<p[ >]", head))


def html_to_document(html: str | bytes, source: str, url: str | None = None, charset: str | None = None) -> Document:
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
    html_text = html if isinstance(html, str) else decode_bytes(html, charset)
    return Document(source=source, text=result.text, title=result.title, page_date=result.date, url=url,
                    html=html_text)


# --- PDF ----------------------------------------------------------------------------------------------
def is_pdf(data: bytes, source: str = "", content_type: str = "") -> bool:
    return data.lstrip()[:5] == b"%PDF-" or "pdf" in content_type or Path(source).suffix.lower() in PDF_SUFFIXES


def pdf_to_document(data: bytes, source: str, url: str | None = None, max_pages: int = MAX_PDF_PAGES) -> Document:
    """Text of a PDF, page by page, with pdfminer.six's layout analysis (it orders text boxes by column, so a
    two-column page reads column after column). Document.meta["pages"] holds [{page, start, end}] offsets into
    the text; a page without a text layer gets a note there and in meta["warnings"] ("page 3: scanned page,
    no text") rather than being silently empty."""
    import io

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTFigure, LTImage, LTTextContainer

    parts: list[str] = []
    pages: list[dict] = []
    warnings: list[str] = []
    offset = 0
    try:
        for number, layout in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams(char_margin=JUSTIFIED_GAP),
                                                      maxpages=max_pages + 1), start=1):
            if number > max_pages:
                warnings.append(f"read the first {max_pages} pages only")
                break
            text = "\n".join(box.get_text().strip() for box in layout if isinstance(box, LTTextContainer)
                             and box.get_text().strip())
            if parts:
                offset += 2  # the blank line between pages
            pages.append({"page": number, "start": offset, "end": offset + len(text)})
            if not text:
                images = any(isinstance(el, LTFigure | LTImage) for el in layout)
                pages[-1]["note"] = "scanned page, no text" if images else "blank page"
                warnings.append(f"page {number}: {pages[-1]['note']}")
            parts.append(text)
            offset += len(text)
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on damaged or encrypted files
        raise InputError(f"{source}: the PDF could not be read ({type(exc).__name__})") from None
    if not pages:
        raise InputError(f"{source}: the PDF has no pages")
    text = "\n\n".join(parts)
    if not text.strip():
        raise InputError(f"{source}: no text layer in the PDF (scanned pages, {len(pages)} page(s))")
    meta: dict = {"pages": pages}
    if warnings:
        meta["warnings"] = warnings
    return Document(source=source, text=text, url=url, meta=meta)


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


def read_bytes_document(data: bytes, source: str, url: str | None = None, content_type: str = "",
                        charset: str | None = None) -> Document:
    """Turn raw bytes (file, stdin or HTTP body) into a Document."""
    if not data.strip():
        raise InputError(f"{source}: empty document")
    if is_pdf(data, source, content_type):
        return check_document(pdf_to_document(data, source, url=url))
    if looks_binary(data):
        raise InputError(f"{source}: binary content, not text or HTML")
    text = decode_bytes(data, charset)
    is_html = "html" in content_type or Path(source).suffix.lower() in HTML_SUFFIXES or looks_html(text)
    if is_html and Path(source).suffix.lower() not in TEXT_SUFFIXES:
        return check_document(html_to_document(data, source, url=url, charset=charset))
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
    return read_bytes_document(resp.body, url, url=resp.url, content_type=resp.content_type, charset=resp.charset)


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
    if not isinstance(target, Path):
        raise InputError(f"{item}: not a file, folder or URL")
    if target.is_dir():
        raise InputError(f"{target}: folder holds no files")
    return read_path(target)
