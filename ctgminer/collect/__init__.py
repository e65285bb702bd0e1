"""Collection: fetching, politeness, crawling, reading (HTML, text, PDF), de-duplication, the corpus store.

The defaults below are the one place where collection defaults are written (the CLI shows them)."""

from pathlib import Path

DEFAULT_STORE = Path("corpus") / "ctg.sqlite"
DEFAULT_DELAY = 2.0  # seconds between two requests to one host (robots.txt Crawl-delay may ask for more)
DEFAULT_TIMEOUT = 20.0  # connect and read timeout, seconds
DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # largest body accepted, checked while streaming
DEFAULT_RETRIES = 3  # retries on 429/5xx, timeouts and refused connections
