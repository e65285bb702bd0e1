"""Defaults shared by the API and the command line, written once (the CLI imports them, never restates them)."""

from __future__ import annotations

import os
from pathlib import Path

# corpus store
STORE_PATH = Path("corpus") / "ctg.sqlite"

# collection (politeness and limits of the fetcher)
DELAY = 2.0  # seconds between two requests to one host (robots.txt Crawl-delay may ask for more)
TIMEOUT = 20.0  # connect and read timeout, in seconds
MAX_BYTES = 5 * 1024 * 1024  # largest page accepted
RETRIES = 3  # retries on 429/5xx, timeouts and refused connections
MAX_PAGES = 50  # pages visited per crawl
MAX_DEPTH = 2  # link depth of a crawl

# analysis
BATCH_SIZE = 32  # documents per pipeline batch
MAX_PIECE_CHARS = 100_000  # a longer text is tokenised in pieces cut at paragraph or sentence ends


def default_workers() -> int:
    """Worker processes for a large batch: every core the process may use, at most 4 (memory)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


# a batch smaller than this is analysed in the calling process: forking costs more than it saves
MIN_DOCS_PER_WORKER = 8

# output formats
STREAM_FORMATS = ("json", "jsonl", "csv", "table")  # written record by record as they are produced
FRAME_FORMATS = ("parquet", "xlsx")  # typed tables, written once at the end
ANALYSE_FORMATS = STREAM_FORMATS + FRAME_FORMATS
EXPORT_FORMATS = ("csv", "jsonl", "parquet", "xlsx")
