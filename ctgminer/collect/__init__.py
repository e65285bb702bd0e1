"""Collection: fetching, politeness, crawling, reading (HTML, text, PDF), de-duplication, the corpus store.

Its defaults (delay, timeouts, size cap, retries, store path) are written once, in ``ctgminer.defaults``."""
