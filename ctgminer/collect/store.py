"""The corpus store: one embedded SQLite database, transactional, resumable, with a schema version."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 1
DEFAULT_STORE = Path("corpus") / "ctg.sqlite"
SIMHASH_CANDIDATE_BITS = 18  # simhash distance under which two texts are compared word by word
NEAR_DUPLICATE_OVERLAP = 0.9  # share of the shorter text's 3-word shingles found in the other

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,            -- canonical URL (courlan) of the requested page
    final_url TEXT,                      -- after redirects
    fetched_at REAL NOT NULL,
    http_status INTEGER,
    content_type TEXT,
    html BLOB,                           -- raw page, zlib-compressed
    text TEXT,
    title TEXT,
    publication_date TEXT,
    content_hash TEXT,
    simhash INTEGER,
    duplicate_of TEXT,                   -- URL of the original when this is a copy or a redirect
    relevance TEXT,
    relevance_score REAL,
    record TEXT,                         -- CTGRecord as JSON
    model_version TEXT,
    analysed_at REAL
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
CREATE INDEX IF NOT EXISTS documents_final ON documents(final_url);
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
PERMANENT_CAUSES = {"robots", "http_404", "http_410", "content_type", "too_large", "scheme", "redirect", "empty",
                    "binary", "not_french", "no_text"}


class StoreError(Exception):
    """The store cannot be opened or has an unknown schema."""


def canonical_url(url: str) -> str:
    """Canonical form of a URL (courlan normalisation, no fragment, no tracking parameters)."""
    from courlan import normalize_url

    try:
        return normalize_url(url.strip(), strict=True)
    except (ValueError, AttributeError):
        return url.strip()


def content_hash(text: str) -> str:
    norm = re.sub(r"\s+", " ", text.lower()).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def simhash(text: str) -> int:
    """64-bit simhash over word 3-shingles: near-identical texts get near-identical hashes."""
    words = re.findall(r"\w+", text.lower())
    shingles = [" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))]
    weights = [0] * 64
    for sh in shingles:
        h = int.from_bytes(hashlib.blake2b(sh.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    value = sum(1 << bit for bit in range(64) if weights[bit] > 0)
    return value - (1 << 64) if value >= 1 << 63 else value  # SQLite integers are signed


def shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}


def overlap(a: str, b: str) -> float:
    """Containment of the smaller shingle set in the larger one."""
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0


def hamming(a: int, b: int) -> int:
    return bin((a ^ b) & ((1 << 64) - 1)).count("1")


@dataclass
class StoredDocument:
    id: int
    url: str
    text: str | None
    title: str | None
    publication_date: str | None
    record: dict | None
    model_version: str | None
    duplicate_of: str | None


class Store:
    """SQLite corpus. Every write is one transaction, so a killed process loses nothing committed."""

    def __init__(self, path: Path | str = DEFAULT_STORE) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SCHEMA)  # idempotent CREATE ... IF NOT EXISTS
            with self.transaction():
                row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
                if row is None:
                    self.db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                elif int(row[0]) > SCHEMA_VERSION:
                    raise StoreError(f"{self.path}: schema version {row[0]} is newer than this ctgminer "
                                     f"({SCHEMA_VERSION})")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a ctgminer store ({exc})") from None
        self._simhashes: list[tuple[int, str]] | None = None

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
        return self.db.execute("SELECT 1 FROM documents WHERE url=?", (canonical_url(url),)).fetchone() is not None

    def permanent_failure(self, url: str) -> bool:
        causes = {r[0] for r in self.db.execute("SELECT cause FROM failures WHERE url=?", (canonical_url(url),))}
        return bool(causes & PERMANENT_CAUSES)

    def url_for_final(self, final_url: str) -> str | None:
        """The stored document a redirect lands on, if any."""
        canon = canonical_url(final_url)
        row = self.db.execute("SELECT url FROM documents WHERE (url=? OR final_url=?) AND duplicate_of IS NULL",
                              (canon, canon)).fetchone()
        return row[0] if row else None

    def find_duplicate(self, text: str) -> str | None:
        """URL of a stored original with the same or nearly the same text."""
        h = content_hash(text)
        row = self.db.execute("SELECT url FROM documents WHERE content_hash=? AND duplicate_of IS NULL", (h,)).fetchone()
        if row:
            return row[0]
        if self._simhashes is None:
            self._simhashes = [(r[0], r[1]) for r in self.db.execute(
                "SELECT simhash, url FROM documents WHERE simhash IS NOT NULL AND duplicate_of IS NULL")]
        if len(re.findall(r"\w+", text)) < 40:
            return None  # too short to call near-duplicates
        sh = simhash(text)
        for other, url in self._simhashes:
            if hamming(sh, other) <= SIMHASH_CANDIDATE_BITS:
                row = self.db.execute("SELECT text FROM documents WHERE url=?", (url,)).fetchone()
                if row and row[0] and overlap(text, row[0]) >= NEAR_DUPLICATE_OVERLAP:
                    return url
        return None

    def counts(self) -> dict[str, int]:
        one = self.db.execute
        return {
            "documents": one("SELECT COUNT(*) FROM documents").fetchone()[0],
            "originals": one("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NULL").fetchone()[0],
            "duplicates": one("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "analysed": one("SELECT COUNT(*) FROM documents WHERE record IS NOT NULL").fetchone()[0],
            "failures": one("SELECT COUNT(DISTINCT url) FROM failures").fetchone()[0],
        }

    # -- writes -----------------------------------------------------------------------------------
    def add_document(self, *, url: str, final_url: str, status: int, content_type: str, html: bytes | None,
                     text: str | None, title: str | None, publication_date: str | None,
                     relevance: str | None = None, relevance_score: float | None = None,
                     duplicate_of: str | None = None) -> bool:
        """Insert one fetched document in its own transaction; False when it was already there."""
        canon = canonical_url(url)
        h = content_hash(text) if text else None
        sh = simhash(text) if text and not duplicate_of else None
        with self.transaction() as db:
            cur = db.execute(
                "INSERT OR IGNORE INTO documents (url, final_url, fetched_at, http_status, content_type, html, text,"
                " title, publication_date, content_hash, simhash, duplicate_of, relevance, relevance_score)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (canon, canonical_url(final_url), time.time(), status, content_type,
                 zlib.compress(html, 6) if html else None, text, title, publication_date, h, sh, duplicate_of,
                 relevance, relevance_score),
            )
            db.execute("DELETE FROM failures WHERE url=?", (canon,))
        if cur.rowcount and sh is not None and self._simhashes is not None:
            self._simhashes.append((sh, canon))
        return bool(cur.rowcount)

    def add_failure(self, url: str, cause: str, message: str, status: int | None = None) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO failures (url, at, cause, message, http_status) VALUES (?,?,?,?,?)",
                       (canonical_url(url), time.time(), cause, message, status))

    def save_record(self, doc_id: int, record: dict, model_version: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE documents SET record=?, model_version=?, analysed_at=?, relevance=?, "
                       "relevance_score=? WHERE id=?",
                       (json.dumps(record, ensure_ascii=False), model_version, time.time(), record.get("relevance"),
                        record.get("relevance_score"), doc_id))

    # -- reading -----------------------------------------------------------------------------------
    def to_process(self, model_version: str) -> list[tuple[int, str, str | None, str | None, str | None]]:
        """Documents with text never analysed, or analysed by another model version."""
        return list(self.db.execute(
            "SELECT id, url, text, title, publication_date FROM documents WHERE text IS NOT NULL AND "
            "(record IS NULL OR model_version IS NOT ?) ORDER BY id", (model_version,)))

    def rows(self) -> Iterator[dict]:
        cur = self.db.execute(
            "SELECT id, url, final_url, fetched_at, http_status, content_type, text, title, publication_date, "
            "content_hash, duplicate_of, relevance, relevance_score, record, model_version, analysed_at "
            "FROM documents ORDER BY id")
        cols = [c[0] for c in cur.description]
        for row in cur:
            d = dict(zip(cols, row, strict=True))
            d["record"] = json.loads(d["record"]) if d["record"] else None
            yield d

    def failures(self) -> list[dict]:
        cur = self.db.execute("SELECT url, at, cause, message, http_status FROM failures ORDER BY id")
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur]

    def html(self, url: str) -> bytes | None:
        row = self.db.execute("SELECT html FROM documents WHERE url=?", (canonical_url(url),)).fetchone()
        return zlib.decompress(row[0]) if row and row[0] else None
