"""Cost of storing one page as the store grows: near-duplicate lookup must not grow with the corpus.

Fills a fresh store with synthetic pages (random French-like words, one page in ten a near copy of an earlier
one) and prints the mean time to store a page (fingerprint, exact and MinHash LSH lookup, insert) around the
1,000th page and around the last one.

    python benchmarks/bench_dedup.py            # 100,000 pages (a few minutes)
    python benchmarks/bench_dedup.py --pages 20000

Measured on the shared 2-core machine (22 Nov 2026, 100,000 pages, 10,050 near copies all found):
page 1,000: 4.00 ms wall / 1.15 ms CPU; page 100,000: 3.44 ms wall / 0.74 ms CPU (ratio 0.86 wall, 0.64 CPU).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from ctgminer.collect.dedup import fingerprint
from ctgminer.collect.store import Store

WORDS = [f"{a}{b}" for a in ("cre", "jeu", "fa", "mi", "par", "con", "ter", "glo", "so", "ac", "ca", "com", "pe",
                             "en", "lo", "dro", "ser", "vi", "pro", "an")
         for b in ("che", "nesse", "mille", "sion", "tenaire", "vention", "ritoire", "bale", "cial", "cueil", "isse",
                   "mune", "tite", "fance", "gement", "its", "vice", "lle", "jet", "imation", "ment", "age", "ure",
                   "ance", "ion")]


def page_text(rng: random.Random, n_words: int = 250) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n_words)) + "."


def store_page(store: Store, i: int, text: str) -> tuple[float, float]:
    """(wall, CPU) seconds to store one page."""
    start, cpu = time.perf_counter(), time.process_time()
    fp = fingerprint(text)
    duplicate_of = store.find_duplicate(fp)
    key = f"https://example.org/page/{i}"
    store.add_document(key=key, final_url=key, status=200, content_type="text/html", body=None, text=text,
                       title=None, publication_date=None, fp=fp, duplicate_of=duplicate_of)
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--window", type=int, default=500, help="pages timed at each checkpoint")
    args = parser.parse_args()
    rng = random.Random(12)
    checkpoints = [1_000, args.pages]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite")
        texts: list[str] = []
        timings: dict[int, list[tuple[float, float]]] = {c: [] for c in checkpoints}
        duplicates = 0
        t0 = time.perf_counter()
        for i in range(1, args.pages + args.window + 1):
            if texts and i % 10 == 0:  # a near copy: an earlier page with a sentence added
                text = rng.choice(texts[-5000:]) + " Article repris avec l'accord de la rédaction."
            else:
                text = page_text(rng)
            if len(texts) < 20_000:
                texts.append(text)
            elapsed = store_page(store, i, text)
            for c in checkpoints:
                if c <= i < c + args.window:
                    timings[c].append(elapsed)
            if i % 20_000 == 0:
                print(f"  {i} pages stored ({time.perf_counter() - t0:.0f} s)", flush=True)
        duplicates = store.counts()["duplicates"]
        store.close()
    wall = {c: sum(w for w, _ in v) / len(v) * 1000 for c, v in timings.items()}
    cpu = {c: sum(c_ for _, c_ in v) / len(v) * 1000 for c, v in timings.items()}
    for c in checkpoints:
        print(f"storing page {c:>7,}: {wall[c]:.2f} ms wall, {cpu[c]:.2f} ms CPU per page (mean of {args.window})")
    print(f"ratio page {args.pages:,} / page 1,000: {wall[args.pages] / wall[1_000]:.2f} wall, "
          f"{cpu[args.pages] / cpu[1_000]:.2f} CPU; near copies found: {duplicates} "
          f"(expected about {(args.pages + args.window) // 10})")


if __name__ == "__main__":
    main()
