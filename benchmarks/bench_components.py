"""Time spent in each pipeline component over the same texts, to see where a run goes.

Usage: python benchmarks/bench_components.py [--docs 300]

The texts are the dev gold texts (dev.jsonl and the dev part of dev2.jsonl; the holdout is never read), repeated to
`--docs`, or the bundled example where ../shared is absent. Prints import and load times, tokenisation, then each
component's seconds in one process (no workers), so figures compare across changes on the same machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analyse import gold_texts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    args = parser.parse_args()
    t0 = time.perf_counter()
    from ctgminer.extract.pipeline import load_pipeline, make_doc

    t1 = time.perf_counter()
    nlp = load_pipeline()
    t2 = time.perf_counter()
    print(f"{'imports':28s} {t1 - t0:6.2f} s")
    print(f"{'pipeline load':28s} {t2 - t1:6.2f} s")
    base = gold_texts()
    texts = (base * (args.docs // len(base) + 1))[:args.docs]
    start = time.perf_counter()
    docs = [make_doc(nlp, text) for text in texts]
    print(f"{'tokeniser':28s} {time.perf_counter() - start:6.2f} s   ({len(texts)} texts)")
    total = time.perf_counter() - start
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
        spent = time.perf_counter() - start
        total += spent
        print(f"{name:28s} {spent:6.2f} s")
    print(f"{'all components':28s} {total:6.2f} s")


if __name__ == "__main__":
    main()
