"""Collecting pages into the store: fetch politely, extract, de-duplicate, commit one page at a time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ctgminer.collect.dedup import fingerprint
from ctgminer.collect.discover import feed_urls, page_links, sitemap_urls
from ctgminer.collect.fetch import Fetcher, FetchError
from ctgminer.collect.read import InputError, read_bytes_document
from ctgminer.collect.store import Store, canonical_url
from ctgminer.text.cues import ctg_mentions

# Judges a page's text: (announcement|related|unrelated, score). The API passes the fitted relevance model.
Judge = Callable[[str], tuple[str, float]]


def cue_judge(text: str) -> tuple[str, float]:
    """The fallback judge: a page that names a CTG is kept as related, any other as unrelated."""
    return ("related", 0.5) if ctg_mentions(text) else ("unrelated", 0.0)


@dataclass
class Summary:
    """What a collection run did."""

    fetched: int = 0
    already_stored: int = 0
    failed_before: int = 0  # URLs not fetched again because they failed for good in an earlier run
    skipped_robots: int = 0
    failed: Counter = field(default_factory=Counter)
    duplicates: int = 0
    redirects_to_stored: int = 0  # requested URLs that led to a page already stored (kept as aliases)
    relevant: int = 0
    discovered: int = 0

    @property
    def attempted(self) -> int:
        return self.fetched + sum(self.failed.values()) + self.skipped_robots

    @property
    def all_failed(self) -> bool:
        """Whether URLs were tried (now or in an earlier run) and none gave a stored page."""
        return self.fetched + self.already_stored == 0 and self.attempted + self.failed_before > 0

    def describe(self) -> str:
        """One line of counts: fetched, already stored, redirects, skipped, failed by cause, duplicates, relevant."""
        failed = ", ".join(f"{k} {v}" for k, v in sorted(self.failed.items())) or "none"
        return (f"fetched {self.fetched}, already stored {self.already_stored}, redirects to stored pages "
                f"{self.redirects_to_stored}, skipped by robots.txt {self.skipped_robots}, skipped as failed before "
                f"{self.failed_before}, failed {sum(self.failed.values())} ({failed}), duplicates {self.duplicates}, "
                f"relevant {self.relevant}")


class Collector:
    """Fetches URLs into a Store. Safe to kill at any moment and to run again."""

    def __init__(self, store: Store, fetcher: Fetcher, retry_failed: bool = False,
                 on_progress: Callable[[str, str], None] | None = None, judge: Judge = cue_judge) -> None:
        self.store = store
        self.judge = judge
        self.fetcher = fetcher
        self.retry_failed = retry_failed
        self.on_progress = on_progress or (lambda url, status: None)
        self.summary = Summary()

    def run(self, urls: Iterable[str], sitemaps: Iterable[str] = (), feeds: Iterable[str] = (),
            crawl: Iterable[str] = (), max_pages: int = 50, max_depth: int = 2,
            on_planned: Callable[[int], None] | None = None) -> Summary:
        """A whole collection: the URLs given and those of the sitemaps and feeds, then a crawl of each site.
        `on_planned` receives the number of pages planned (the URLs, and `max_pages` per crawled site)."""
        crawl = list(crawl)
        urls = list(urls) + self.from_sitemaps(sitemaps) + self.from_feeds(feeds)
        if on_planned is not None:
            on_planned(len(urls) + max_pages * len(crawl))
        self.collect(urls)
        for site in crawl:
            self.crawl(site, max_pages=max_pages, max_depth=max_depth)
        return self.summary

    def collect(self, urls: Iterable[str]) -> Summary:
        for url in urls:
            try:
                self.collect_one(url)
            except Exception as exc:  # noqa: BLE001 - one bad page is logged and skipped, the run goes on
                self.summary.failed["error"] += 1
                self.store.add_failure(canonical_url(url), "error", f"{type(exc).__name__}: {exc}"[:500])
                self.on_progress(url, "error")
        return self.summary

    def _fail(self, key: str, cause: str, message: str, status: int | None) -> str:
        if cause == "robots":
            self.summary.skipped_robots += 1
        else:
            self.summary.failed[cause] += 1
        self.store.add_failure(key, cause, message, status)
        self.on_progress(key, cause)
        return cause

    def collect_one(self, url: str, keep_if: Callable[[str], bool] | None = None) -> tuple[str, bytes | None]:
        """Fetch and store one URL; returns (status word, raw body or None).

        The document is stored under the canonical URL of the page as finally served; the requested URL, when a
        redirect led elsewhere, becomes an alias of it, so that fetching the target later finds it stored.
        """
        key = canonical_url(url)
        if self.store.stored_as_key(key):
            self.summary.already_stored += 1
            self.on_progress(url, "stored")
            return "stored", None
        if not self.retry_failed and self.store.permanent_failure_key(key):
            self.summary.failed_before += 1
            self.on_progress(url, "failed before")
            return "failed before", None
        try:
            resp = self.fetcher.fetch(url)
        except FetchError as exc:
            return self._fail(key, exc.cause, str(exc), exc.status), None
        self.summary.fetched += 1
        final_key = canonical_url(resp.url)
        if final_key != key and (target := self.store.stored_as_key(final_key)):  # a redirect to a stored page
            self.store.add_alias(key, target)
            self.summary.redirects_to_stored += 1
            self.on_progress(url, "redirect to stored")
            return "stored", resp.body
        try:
            doc = read_bytes_document(resp.body, resp.url, url=resp.url, content_type=resp.content_type,
                                      charset=resp.charset)
        except InputError as exc:
            return self._fail(key, _cause(str(exc)), str(exc).split(": ", 1)[-1], resp.status), resp.body
        label, score = self.judge(doc.text)
        if keep_if is not None and not keep_if(label):
            self.on_progress(url, "not relevant")
            return "not relevant", resp.body
        fp = fingerprint(doc.text)
        duplicate_of = self.store.find_duplicate(fp)
        keep_body = "html" in resp.content_type or "pdf" in resp.content_type or doc.html
        self.store.add_document(key=final_key, final_url=resp.url, status=resp.status, content_type=resp.content_type,
                                body=resp.body if keep_body else None, text=doc.text, title=doc.title,
                                publication_date=doc.page_date, fp=fp, aliases=(key,), relevance=label,
                                relevance_score=score, duplicate_of=duplicate_of, document_type=doc.document_type,
                                pages=doc.meta.get("pages"))
        if duplicate_of:
            self.summary.duplicates += 1
        elif label != "unrelated":
            self.summary.relevant += 1
        self.on_progress(url, "duplicate" if duplicate_of else label)
        return "duplicate" if duplicate_of else "stored", resp.body

    # -- discovery -------------------------------------------------------------------------------
    def from_sitemaps(self, sitemaps: Iterable[str]) -> list[str]:
        urls = [u for s in sitemaps for u in sitemap_urls(self.fetcher, s)]
        self.summary.discovered += len(urls)
        return urls

    def from_feeds(self, feeds: Iterable[str]) -> list[str]:
        urls = [u for f in feeds for u in feed_urls(self.fetcher, f)]
        self.summary.discovered += len(urls)
        return urls

    def crawl(self, start: str, max_pages: int = 50, max_depth: int = 2) -> None:
        """Bounded breadth-first crawl of one site; keeps only pages the relevance classifier accepts."""
        frontier, seen, visited = [(start, 0)], {canonical_url(start)}, 0
        while frontier and visited < max_pages:
            url, depth = frontier.pop(0)
            visited += 1
            status, body = self.collect_one(url, keep_if=lambda label: label != "unrelated")
            if body is None and status == "stored":
                body = self.store.html(url)
            if body is None or depth >= max_depth or body.startswith(b"%PDF"):
                continue
            for link in page_links(body, url):
                key = canonical_url(link)
                if key not in seen:
                    seen.add(key)
                    frontier.append((link, depth + 1))
                    self.summary.discovered += 1


def _cause(message: str) -> str:
    m = message.lower()
    for word, cause in (("binary", "binary"), ("empty", "empty"), ("not french", "not_french"), ("too large", "too_large"),
                        ("too many pages", "too_large"), ("no text layer", "no_text"),
                        ("no text", "no_text"), ("could not be parsed", "unparsable")):
        if word in m:
            return cause
    return "unreadable"
