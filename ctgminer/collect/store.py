"""The corpus store: one embedded SQLite database, transactional, resumable, with a schema version."""

from __future__ import annotations

import json
import sqlite3
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from courlan import normalize_url

from ctgminer.collect.dedup import (
    NEAR_DUPLICATE_OVERLAP,
    Fingerprint,
    NearDuplicateIndex,
    fingerprint,
    minhash_from_bytes,
    overlap,
    shingles,
)
from ctgminer.defaults import STORE_PATH as DEFAULT_STORE
from ctgminer.schema import Document

SCHEMA_VERSION = 2  # 2: aliases table; document_type, pages and minhash columns (simhash no longer written)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,            -- canonical URL (courlan) of the page, after redirects
    final_url TEXT,                      -- the final URL as served
    fetched_at REAL NOT NULL,
    http_status INTEGER,
    content_type TEXT,
    html BLOB,                           -- raw page (HTML or PDF), zlib-compressed
    text TEXT,
    title TEXT,
    publication_date TEXT,
    content_hash TEXT,
    simhash INTEGER,                     -- unused since schema 2 (kept for stores written before)
    duplicate_of TEXT,                   -- URL of the original when this is a copy
    relevance TEXT,
    relevance_score REAL,
    record TEXT,                         -- CTGRecord as JSON
    model_version TEXT,
    analysed_at REAL
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
CREATE TABLE IF NOT EXISTS aliases (
    url TEXT PRIMARY KEY,                -- canonical URL that was requested (e.g. a redirect)
    target TEXT NOT NULL,                -- canonical URL of the stored document it leads to
    at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS failures (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    at REAL NOT NULL,
    cause TEXT NOT NULL,
    message TEXT,
    http_status INTEGER
);
CREATE INDEX IF NOT EXISTS failures_url ON failures(url);
"""
# columns added after schema 1, added to older stores when they are opened
ADDED_COLUMNS = {"document_type": "TEXT", "pages": "TEXT", "minhash": "BLOB"}
PERMANENT_CAUSES = {"robots", "http_404", "http_410", "content_type", "too_large", "scheme", "redirect", "empty",
                    "binary", "not_french", "no_text"}


class StoreError(Exception):
    """The store cannot be opened or has an unknown schema."""


@lru_cache(maxsize=65536)
def canonical_url(url: str) -> str:
    """Canonical form of a URL (courlan normalisation, no fragment, no tracking parameters); cached, since
    a page's URL is looked up several times (already stored? failed before? stored under)."""
    try:
        return normalize_url(url.strip(), strict=True)
    except (ValueError, AttributeError):
        return url.strip()


class Store:
    """SQLite corpus. Every write is one transaction, so a killed process loses nothing committed.

    Documents are keyed by the canonical URL of the page as finally served; a requested URL that led there
    (a redirect) is kept in `aliases`. Methods named `*_key` take URLs already canonicalised by the caller.
    """

    def __init__(self, path: Path | str = DEFAULT_STORE, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StoreError(f"{self.path}: no such store")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)  # idempotent CREATE ... IF NOT EXISTS
            with self.transaction():
                row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
                if row is not None and int(row[0]) > SCHEMA_VERSION:
                    raise StoreError(f"{self.path}: schema version {row[0]} is newer than this ctgminer "
                                     f"({SCHEMA_VERSION})")
                have = {r[1] for r in self.db.execute("PRAGMA table_info(documents)")}
                for column, kind in ADDED_COLUMNS.items():
                    if column not in have:
                        self.db.execute(f"ALTER TABLE documents ADD COLUMN {column} {kind}")
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a ctgminer store ({exc})") from None
        self._near: NearDuplicateIndex | None = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    # -- queries ---------------------------------------------------------------------------------
    def has(self, url: str) -> bool:
        return self.stored_as_key(canonical_url(url)) is not None

    def stored_as_key(self, key: str) -> str | None:
        """The key of the stored document for this canonical URL (itself, or the target of an alias)."""
        if self.db.execute("SELECT 1 FROM documents WHERE url=?", (key,)).fetchone():
            return key
        row = self.db.execute("SELECT target FROM aliases WHERE url=?", (key,)).fetchone()
        return row[0] if row else None

    def permanent_failure_key(self, key: str) -> bool:
        causes = {r[0] for r in self.db.execute("SELECT cause FROM failures WHERE url=?", (key,))}
        return bool(causes & PERMANENT_CAUSES)

    def _near_index(self) -> NearDuplicateIndex:
        """The MinHash LSH index of stored originals, built once from the stored signatures."""
        if self._near is None:
            self._near = NearDuplicateIndex()
            for url, sig, text in self.db.execute(
                    "SELECT url, minhash, CASE WHEN minhash IS NULL THEN text END FROM documents "
                    "WHERE duplicate_of IS NULL AND text IS NOT NULL"):
                minhash = minhash_from_bytes(sig) if sig else None
                if minhash is None:
                    text = text or self.db.execute("SELECT text FROM documents WHERE url=?", (url,)).fetchone()[0]
                    minhash = fingerprint(text).minhash
                self._near.add(url, minhash)
        return self._near

    def find_duplicate(self, fp: Fingerprint) -> str | None:
        """URL of a stored original with the same text, or nearly the same (MinHash LSH candidates whose
        shingles overlap)."""
        row = self.db.execute("SELECT url FROM documents WHERE content_hash=? AND duplicate_of IS NULL",
                              (fp.sha,)).fetchone()
        if row:
            return row[0]
        for url in self._near_index().candidates(fp.minhash):
            row = self.db.execute("SELECT text FROM documents WHERE url=?", (url,)).fetchone()
            if row and row[0] and overlap(fp.shingles, shingles(row[0])) >= NEAR_DUPLICATE_OVERLAP:
                return url
        return None

    def counts(self) -> dict[str, int]:
        one = self.db.execute
        return {
            "documents": one("SELECT COUNT(*) FROM documents").fetchone()[0],
            "originals": one("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NULL").fetchone()[0],
            "duplicates": one("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "aliases": one("SELECT COUNT(*) FROM aliases").fetchone()[0],
            "analysed": one("SELECT COUNT(*) FROM documents WHERE record IS NOT NULL").fetchone()[0],
            "failures": one("SELECT COUNT(DISTINCT url) FROM failures").fetchone()[0],
        }

    # -- writes -----------------------------------------------------------------------------------
    def add_text(self, url: str, text: str, title: str | None = None, publication_date: str | None = None,
                 content_type: str = "text/plain", document_type: str = "article") -> bool:
        """Store a text known by its URL (an import of texts read elsewhere, a test), keyed, fingerprinted and
        checked for duplicates as a fetched page is; False when that URL is already stored."""
        fp = fingerprint(text)
        return self.add_document(key=canonical_url(url), final_url=url, status=200, content_type=content_type,
                                 body=None, text=text, title=title, publication_date=publication_date, fp=fp,
                                 duplicate_of=self.find_duplicate(fp), document_type=document_type)

    def add_document(self, *, key: str, final_url: str, status: int, content_type: str, body: bytes | None,
                     text: str, title: str | None, publication_date: str | None, fp: Fingerprint,
                     aliases: tuple[str, ...] = (), relevance: str | None = None,
                     relevance_score: float | None = None, duplicate_of: str | None = None,
                     document_type: str = "article", pages: list[dict] | None = None) -> bool:
        """Insert one fetched document (and the URLs that led to it) in one transaction; False when it was
        already there. `key` and `aliases` are canonical URLs."""
        with self.transaction() as db:
            cur = db.execute(
                "INSERT OR IGNORE INTO documents (url, final_url, fetched_at, http_status, content_type, html, text,"
                " title, publication_date, content_hash, minhash, duplicate_of, relevance, relevance_score,"
                " document_type, pages) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (key, final_url, time.time(), status, content_type, zlib.compress(body, 6) if body else None, text,
                 title, publication_date, fp.sha, None if duplicate_of else fp.signature, duplicate_of, relevance,
                 relevance_score, document_type, json.dumps(pages) if pages else None),
            )
            for alias in aliases:
                if alias != key:
                    db.execute("INSERT OR IGNORE INTO aliases VALUES (?,?,?)", (alias, key, time.time()))
            db.execute(f"DELETE FROM failures WHERE url IN ({','.join('?' * (len(aliases) + 1))})", (key, *aliases))
        if cur.rowcount and not duplicate_of and self._near is not None:
            self._near.add(key, fp.minhash)
        return bool(cur.rowcount)

    def add_alias(self, alias: str, target: str) -> None:
        """Record that the canonical URL `alias` leads to the stored document `target` (e.g. a redirect)."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO aliases VALUES (?,?,?)", (alias, target, time.time()))
            db.execute("DELETE FROM failures WHERE url=?", (alias,))

    def add_failure(self, key: str, cause: str, message: str, status: int | None = None) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO failures (url, at, cause, message, http_status) VALUES (?,?,?,?,?)",
                       (key, time.time(), cause, message, status))

    def save_record(self, doc_id: int, record: dict, model_version: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE documents SET record=?, model_version=?, analysed_at=?, relevance=?, "
                       "relevance_score=? WHERE id=?",
                       (json.dumps(record, ensure_ascii=False), model_version, time.time(), record.get("relevance"),
                        record.get("relevance_score"), doc_id))

    # -- reading -----------------------------------------------------------------------------------
    def ids_to_process(self, model_version: str) -> list[int]:
        """Ids of the documents with text never analysed, or analysed by another model version."""
        return [row[0] for row in self.db.execute(
            "SELECT id FROM documents WHERE text IS NOT NULL AND (record IS NULL OR model_version IS NOT ?) ORDER BY id",
            (model_version,))]

    def document(self, doc_id: int) -> Document:
        """One stored document, read when it is needed (a corpus is never held in memory whole)."""
        url, text, title, pub, kind, pages = self.db.execute(
            "SELECT url, text, title, publication_date, document_type, pages FROM documents WHERE id=?",
            (doc_id,)).fetchone()
        return Document(source=url, text=text or "", title=title, page_date=pub, url=url,
                        document_type=kind or "article", meta={"pages": json.loads(pages)} if pages else {})

    def to_process(self, model_version: str) -> Iterator[tuple[int, Document]]:
        """(id, Document) of each document to analyse, each read from the store as the iteration reaches it."""
        for doc_id in self.ids_to_process(model_version):
            yield doc_id, self.document(doc_id)

    def rows(self) -> Iterator[dict]:
        cur = self.db.execute(
            "SELECT id, url, final_url, fetched_at, http_status, content_type, document_type, text, title, "
            "publication_date, content_hash, duplicate_of, relevance, relevance_score, record, model_version, "
            "analysed_at, pages, (SELECT group_concat(a.url, ' ') FROM aliases a WHERE a.target = documents.url) "
            "AS aliases FROM documents ORDER BY id")
        cols = [c[0] for c in cur.description]
        for row in cur:
            d = dict(zip(cols, row, strict=True))
            d["record"] = json.loads(d["record"]) if d["record"] else None
            d["pages"] = json.loads(d["pages"]) if d["pages"] else None
            d["aliases"] = d["aliases"].split(" ") if d["aliases"] else []
            d["document_type"] = d["document_type"] or "article"
            yield d

    def failures(self) -> list[dict]:
        """Failed URLs not stored since, the last failure of each first."""
        cur = self.db.execute(
            "SELECT url, at, cause, message, http_status FROM failures f WHERE id = (SELECT MAX(id) FROM failures g "
            "WHERE g.url = f.url) ORDER BY id")
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur]

    def html(self, url: str) -> bytes | None:
        """The raw body stored for a URL (or for the page an alias leads to)."""
        key = self.stored_as_key(canonical_url(url))
        row = self.db.execute("SELECT html FROM documents WHERE url=?", (key,)).fetchone() if key else None
        return zlib.decompress(row[0]) if row and row[0] else None
