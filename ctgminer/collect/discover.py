"""Where URLs come from: URL lists, sitemaps, RSS/Atom feeds, and links of crawled pages."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from ctgminer.collect.fetch import Fetcher, FetchError

MAX_SITEMAP_URLS = 50_000
MAX_SITEMAPS = 50


class SourceError(Exception):
    """A source file or list that cannot be read."""


def is_url(text: str) -> bool:
    """An absolute http(s) URL with a host."""
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not re.search(r"\s", text)


def read_url_file(path: Path, on_error: Callable[[str], None] | None = None) -> list[str]:
    """One URL per line; blank lines and '#' comments are ignored. A line that is not a URL is reported through
    `on_error` (one message per line, naming the file and line number) and skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from None
    urls = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        url = re.split(r"\s+#", line, maxsplit=1)[0].strip()
        if is_url(url):
            urls.append(url)
        elif on_error is not None:
            hint = " (add https:// in front?)" if re.match(r"^[\w.-]+\.[a-z]{2,}(/\S*)?$", url, re.I) else ""
            on_error(f"{path}:{number}: not a URL: '{url[:60]}'{hint}")
    return urls


def expand_inputs(items: Iterable[str], on_error: Callable[[str], None] | None = None) -> list[str]:
    """Command-line items: URLs stay, files are read as URL lists (bad lines reported through `on_error`)."""
    urls: list[str] = []
    for item in items:
        if re.match(r"^[a-z][a-z0-9+.-]*://", item, re.I):
            urls.append(item)
        elif Path(item).is_file():
            found = read_url_file(Path(item), on_error)
            if not found:
                raise SourceError(f"{item}: no URL in this file (one http(s) URL per line)")
            urls.extend(found)
        else:
            raise SourceError(f"{item}: neither a URL nor a readable file of URLs")
    return list(dict.fromkeys(urls))


def parse_sitemap(data: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap or sitemap index."""
    try:
        root = etree.fromstring(data, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    locs = [el.text.strip() for el in root.iter() if isinstance(el.tag, str) and el.tag.endswith("loc") and el.text]
    if root.tag.endswith("sitemapindex"):
        return [], locs
    return locs, []


def sitemap_urls(fetcher: Fetcher, url: str) -> Iterator[str]:
    """Walk a sitemap (and nested sitemap indexes), bounded."""
    pending, seen, count = [url], set(), 0
    while pending and len(seen) < MAX_SITEMAPS:
        current = pending.pop(0)
        if current in seen:
            continue
        seen.add(current)
        try:
            resp = fetcher.fetch(current)
        except FetchError:
            continue
        pages, children = parse_sitemap(resp.body)
        pending.extend(children)
        for page in pages:
            count += 1
            if count > MAX_SITEMAP_URLS:
                return
            yield page


def feed_urls(fetcher: Fetcher, url: str) -> list[str]:
    """Entry links of an RSS/Atom/JSON feed, parsed by trafilatura.feeds."""
    from trafilatura.feeds import FeedParameters, extract_links

    try:
        resp = fetcher.fetch(url)
    except FetchError:
        return []
    parts = urlsplit(resp.url)
    params = FeedParameters(f"{parts.scheme}://{parts.netloc}", parts.netloc, resp.url, external=True)
    links = extract_links(resp.body.decode("utf-8", "replace"), params)
    return links or parse_feed(resp.body, resp.url)


def parse_feed(data: bytes, base_url: str) -> list[str]:
    """Entry links of an RSS or Atom feed (fallback when trafilatura's validation rejects the host)."""
    try:
        root = etree.fromstring(data, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    links = []
    for el in root.iter():
        if not isinstance(el.tag, str) or not el.tag.endswith("link"):
            continue
        parent = el.getparent()
        if parent is None or not parent.tag.endswith(("item", "entry")):
            continue
        href = el.get("href") or (el.text or "").strip()
        if href:
            links.append(urljoin(base_url, href))
    return links


def page_links(html: bytes | str, base_url: str, same_host: bool = True) -> list[str]:
    """Links of a page (absolute, no fragments), on the same host by default."""
    try:
        tree = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    host = urlsplit(base_url).netloc
    out, seen = [], set()
    for href in tree.xpath("//a/@href"):
        link = urljoin(base_url, href.strip()).split("#", 1)[0]
        parts = urlsplit(link)
        if parts.scheme not in ("http", "https") or (same_host and parts.netloc != host):
            continue
        # PDF links are kept: conventions and deliberations are published as PDF
        if re.search(r"\.(?:jpe?g|png|gif|svg|zip|docx?|xlsx?|odt|mp[34]|css|js)(?:\?|$)", parts.path, re.I):
            continue
        if link not in seen:
            seen.add(link)
            out.append(link)
    return out
