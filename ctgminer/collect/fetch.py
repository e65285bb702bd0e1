"""Polite HTTP fetching: robots.txt, per-host delay, timeouts, retries, size and type limits."""

from __future__ import annotations

import email.utils
import time
import urllib.robotparser
from dataclasses import dataclass, field
from importlib.metadata import version
from urllib.parse import urljoin, urlsplit

import urllib3

USER_AGENT = f"ctgminer/{version('ctgminer')} (+https://pypi.org/project/ctgminer; research text mining of CTG announcements)"
ALLOWED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml",
                 "application/rss+xml", "application/atom+xml")


class FetchError(Exception):
    """A URL that could not be fetched; `cause` is a short machine-readable reason."""

    def __init__(self, message: str, cause: str = "error", status: int | None = None) -> None:
        super().__init__(message)
        self.cause = cause
        self.status = status


@dataclass
class Response:
    url: str
    status: int
    body: bytes
    content_type: str
    redirects: list[str] = field(default_factory=list)


class Fetcher:
    """Fetches URLs one at a time, obeying robots.txt and waiting between requests to a host."""

    def __init__(
        self,
        delay: float = 2.0,
        user_agent: str = USER_AGENT,
        connect_timeout: float = 10.0,
        read_timeout: float = 20.0,
        max_bytes: int = 5 * 1024 * 1024,
        max_retries: int = 3,
        max_redirects: int = 5,
        backoff: float = 1.0,
        max_wait: float = 60.0,
        obey_robots: bool = True,
    ) -> None:
        self.delay = delay
        self.user_agent = user_agent
        self.timeout = urllib3.Timeout(connect=connect_timeout, read=read_timeout)
        self.total_timeout = connect_timeout + read_timeout * 3
        self.max_bytes = max_bytes
        self.max_retries = max_retries
        self.max_redirects = max_redirects
        self.backoff = backoff
        self.max_wait = max_wait
        self.obey_robots = obey_robots
        self.pool = urllib3.PoolManager(headers={"User-Agent": user_agent, "Accept-Language": "fr,en;q=0.5"},
                                        retries=False)
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    # -- politeness -------------------------------------------------------------------------------
    def _host(self, url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}"

    def _wait(self, host: str, extra: float = 0.0) -> None:
        delay = max(self.delay, extra, self._crawl_delay(host))
        last = self._last.get(host)
        if last is not None:
            remaining = last + delay - time.monotonic()
            if remaining > 0:
                time.sleep(min(remaining, self.max_wait))
        self._last[host] = time.monotonic()

    def _crawl_delay(self, host: str) -> float:
        rp = self._robots.get(host)
        if rp is None:
            return 0.0
        delay = rp.crawl_delay(self.user_agent)
        return min(float(delay), self.max_wait) if delay else 0.0

    def robots(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        host = self._host(url)
        if host not in self._robots:
            rp = None
            try:
                self._last.setdefault(host, 0.0)
                r = self.pool.request("GET", host + "/robots.txt", timeout=self.timeout, redirect=True,
                                      preload_content=False)
                data = r.read(500_000, decode_content=True)
                r.release_conn()
                if r.status == 200:
                    rp = urllib.robotparser.RobotFileParser()
                    rp.parse(data.decode("utf-8", "replace").splitlines())
                elif r.status in (401, 403):
                    rp = urllib.robotparser.RobotFileParser()
                    rp.disallow_all = True
            except (urllib3.exceptions.HTTPError, OSError):
                rp = None
            self._robots[host] = rp
            self._last[host] = time.monotonic()
        return self._robots[host]

    def allowed(self, url: str) -> bool:
        if not self.obey_robots:
            return True
        rp = self.robots(url)
        return True if rp is None else rp.can_fetch(self.user_agent, url)

    # -- fetching ------------------------------------------------------------------------------------
    def fetch(self, url: str, accept: tuple[str, ...] = ALLOWED_TYPES) -> Response:
        """GET a URL; raises FetchError with a cause (robots, status, size, type, timeout, ...)."""
        redirects: list[str] = []
        current = url
        for _ in range(self.max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise FetchError(f"unsupported URL scheme '{parts.scheme}'", "scheme")
            if not self.allowed(current):
                raise FetchError("disallowed by robots.txt", "robots")
            status, headers, body = self._get_with_retries(current, accept)
            if status in (301, 302, 303, 307, 308):
                location = headers.get("Location")
                if not location:
                    raise FetchError(f"redirect {status} without Location", "redirect", status)
                nxt = urljoin(current, location)
                if nxt in redirects or nxt == current:
                    raise FetchError("redirect loop", "redirect", status)
                redirects.append(current)
                current = nxt
                continue
            if status >= 400:
                raise FetchError(f"HTTP {status}", f"http_{status}", status)
            ctype = headers.get("Content-Type", "").split(";")[0].strip().lower()
            if ctype and not ctype.startswith(accept):
                raise FetchError(f"unsupported content type '{ctype}'", "content_type", status)
            if not body.strip():
                raise FetchError("empty body", "empty", status)
            return Response(current, status, body, ctype, redirects)
        raise FetchError(f"more than {self.max_redirects} redirects", "redirect")

    def _get_with_retries(self, url: str, accept: tuple[str, ...]) -> tuple[int, dict, bytes]:
        host = self._host(url)
        attempt, extra_wait = 0, 0.0
        while True:
            self._wait(host, extra_wait)
            try:
                status, headers, body = self._get(url, accept)
            except FetchError as exc:
                if exc.cause in ("timeout", "connection") and attempt < self.max_retries:
                    attempt += 1
                    extra_wait = self.backoff * 2 ** (attempt - 1)
                    continue
                raise
            if (status == 429 or 500 <= status < 600) and attempt < self.max_retries:
                attempt += 1
                extra_wait = max(self.backoff * 2 ** (attempt - 1), retry_after(headers.get("Retry-After")))
                if extra_wait > self.max_wait:
                    return status, headers, body
                continue
            return status, headers, body

    def _get(self, url: str, accept: tuple[str, ...]) -> tuple[int, dict, bytes]:
        start = time.monotonic()
        try:
            r = self.pool.request("GET", url, timeout=self.timeout, redirect=False, preload_content=False)
        except urllib3.exceptions.TimeoutError:
            raise FetchError("timed out", "timeout") from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise FetchError(f"connection failed ({type(exc).__name__})", "connection") from None
        try:
            headers = dict(r.headers)
            length = r.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > self.max_bytes:
                raise FetchError(f"body larger than {self.max_bytes} bytes", "too_large", r.status)
            ctype = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if r.status < 300 and ctype and not ctype.startswith(accept):
                raise FetchError(f"unsupported content type '{ctype}'", "content_type", r.status)
            chunks, size = [], 0
            for chunk in r.stream(65536, decode_content=True):
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(f"body larger than {self.max_bytes} bytes", "too_large", r.status)
                if time.monotonic() - start > self.total_timeout:
                    raise FetchError("timed out while reading", "timeout", r.status)
                chunks.append(chunk)
            return r.status, headers, b"".join(chunks)
        except urllib3.exceptions.TimeoutError:
            raise FetchError("timed out", "timeout") from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise FetchError(f"connection failed ({type(exc).__name__})", "connection") from None
        finally:
            r.release_conn()


def retry_after(value: str | None) -> float:
    """Seconds to wait from a Retry-After header (seconds or HTTP date)."""
    if not value:
        return 0.0
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError):
        return 0.0
