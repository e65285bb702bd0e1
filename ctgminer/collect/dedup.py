"""De-duplication of stored pages: exact copies by content hash, near copies by MinHash LSH (datasketch).

A page republished by another site (same article, a line added or a menu left over) is a near copy. Comparing
each new page with every stored one costs more as the corpus grows; MinHash LSH (datasketch) returns the few
stored pages whose word 3-shingles probably overlap, in time that does not depend on the corpus size, and only
those candidates are compared word by word.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64  # MinHash permutations: 64 keeps the signature at 256 bytes per page
SCHEME = "affine32"  # datasketch's 32-bit permutation scheme; stored signatures are read back with it
LSH_THRESHOLD = 0.5  # estimated Jaccard similarity from which a stored page becomes a candidate
NEAR_DUPLICATE_OVERLAP = 0.9  # share of the shorter text's 3-word shingles found in the other
MIN_WORDS = 40  # shorter texts are too short to call near-duplicates
SHINGLE = 3

_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    """SHA-256 of the text, lower-cased with whitespace collapsed: equal for exact copies."""
    norm = " ".join(text.lower().split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def shingles(text: str) -> set[str]:
    return _shingles(_WORD.findall(text.lower()))


def _shingles(words: list[str]) -> set[str]:
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def overlap(a: set[str], b: set[str]) -> float:
    """Containment of the smaller shingle set in the larger one."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


@dataclass
class Fingerprint:
    """What de-duplication needs of a page, computed once per page."""

    sha: str
    shingles: set[str]
    minhash: MinHash | None  # None for texts too short to call near-duplicates

    @property
    def signature(self) -> bytes | None:
        """The MinHash as bytes, for the store."""
        return None if self.minhash is None else self.minhash.hashvalues.astype(np.uint32).tobytes()


@lru_cache(maxsize=1)
def _permutations() -> tuple:
    """The MinHash permutations, drawn once (they depend only on the seed and NUM_PERM)."""
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def fingerprint(text: str) -> Fingerprint:
    words = _WORD.findall(text.lower())
    sh = _shingles(words)
    mh = None
    if len(words) >= MIN_WORDS:
        # crc32 is a stable 32-bit hash in C, several times faster than datasketch's default sha1
        mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=zlib.crc32, permutations=_permutations())
        mh.update_batch([s.encode("utf-8") for s in sh])
    return Fingerprint(content_hash(text), sh, mh)


def minhash_from_bytes(data: bytes) -> MinHash | None:
    """A stored signature, or None when it was written with other settings (then computed again)."""
    values = np.frombuffer(data, dtype=np.uint32)
    if len(values) != NUM_PERM:
        return None
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME, hashfunc=zlib.crc32,
                   permutations=_permutations())


class NearDuplicateIndex:
    """MinHash LSH over the stored originals: candidates in constant time, confirmed on their shingles."""

    def __init__(self, threshold: float = LSH_THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)

    def __len__(self) -> int:
        return len(self.lsh.keys)

    def add(self, key: str, minhash: MinHash | None) -> None:
        if minhash is not None and key not in self.lsh:
            self.lsh.insert(key, minhash, check_duplication=False)

    def candidates(self, minhash: MinHash | None) -> list[str]:
        return [] if minhash is None else list(self.lsh.query(minhash))
