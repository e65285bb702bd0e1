"""Polite HTTP fetching: robots.txt, per-host delay, timeouts, retries, size and type limits."""

from __future__ import annotations

import re
import time
import urllib.robotparser
from dataclasses import dataclass
from importlib.metadata import version
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3 import HTTPHeaderDict
from urllib3.exceptions import MaxRetryError
from urllib3.util import Retry

from ctgminer.defaults import DELAY as DEFAULT_DELAY
from ctgminer.defaults import MAX_BYTES as DEFAULT_MAX_BYTES
from ctgminer.defaults import RETRIES as DEFAULT_RETRIES
from ctgminer.defaults import TIMEOUT as DEFAULT_TIMEOUT

USER_AGENT = f"ctgminer/{version('ctgminer')} (+https://pypi.org/project/ctgminer; research text mining of CTG announcements)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ALLOWED_TYPES = ("application/pdf", "text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml",
                 "application/rss+xml", "application/atom+xml")


class FetchError(Exception):
    """A URL that could not be fetched; `cause` is a short machine-readable reason."""

    def __init__(self, message: str, cause: str = "error", status: int | None = None) -> None:
        super().__init__(message)
        self.cause = cause
        self.status = status
        self.error: urllib3.exceptions.HTTPError | None = None  # transport error, retried by the Retry policy


@dataclass
class Response:
    url: str
    status: int
    body: bytes
    content_type: str  # media type, lower-cased
    charset: str | None = None  # declared in Content-Type


class Fetcher:
    """Fetches URLs one at a time, obeying robots.txt and waiting between requests to a host."""

    def __init__(
        self,
        delay: float = DEFAULT_DELAY,
        user_agent: str = USER_AGENT,
        connect_timeout: float = DEFAULT_TIMEOUT,
        read_timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_retries: int = DEFAULT_RETRIES,
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

    @classmethod
    def polite(cls, delay: float = DEFAULT_DELAY, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
               retries: int = DEFAULT_RETRIES) -> Fetcher:
        """The collector's fetcher: one `timeout` to connect and to read, retries backing off like the delay
        between requests (between 0.1 and 1 second)."""
        return cls(delay=delay, connect_timeout=timeout, read_timeout=timeout, max_bytes=max_bytes,
                   max_retries=retries, backoff=min(1.0, max(delay, 0.1)))

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
        """GET a URL, following redirects ourselves so that every hop is checked (scheme, robots.txt, loops).

        Raises FetchError with a cause (robots, http_NNN, too_large, content_type, timeout, refused, ...).
        `Response.url` is the final URL after redirects.
        """
        seen = [url]
        current = url
        for _ in range(self.max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise FetchError(f"unsupported URL scheme '{parts.scheme}'", "scheme")
            if not self.allowed(current):
                raise FetchError("disallowed by robots.txt", "robots")
            status, headers, body = self._get_with_retries(current, accept)
            if status in (301, 302, 303, 307, 308):
                location = headers.get("Location")  # HTTPHeaderDict: case-insensitive
                if not location:
                    raise FetchError(f"redirect {status} without Location", "redirect", status)
                nxt = urljoin(current, location.strip())
                if nxt in seen:
                    raise FetchError("redirect loop", "redirect", status)
                seen.append(nxt)
                current = nxt
                continue
            if status >= 400:
                raise FetchError(f"HTTP {status}", f"http_{status}", status)
            ctype = media_type(headers)
            if ctype and not ctype.startswith(accept):
                raise FetchError(f"unsupported content type '{ctype}'", "content_type", status)
            if not body.strip():
                raise FetchError("empty body", "empty", status)
            return Response(current, status, body, ctype, headers_charset(headers))
        raise FetchError(f"more than {self.max_redirects} redirects", "redirect")

    def _retry_policy(self) -> Retry:
        # urllib3's Retry counts attempts, computes the exponential backoff and reads Retry-After; we drive it
        # ourselves (rather than letting urlopen sleep) so that the per-host politeness delay, the cap on waits
        # (max_wait) and retries of bodies that stall after the headers stay in one place.
        return Retry(total=self.max_retries, connect=self.max_retries, read=self.max_retries,
                     status=self.max_retries, other=0, redirect=False, status_forcelist=RETRY_STATUSES,
                     backoff_factor=self.backoff, backoff_max=self.max_wait, respect_retry_after_header=True,
                     allowed_methods=None, raise_on_status=False)

    def _get_with_retries(self, url: str, accept: tuple[str, ...]) -> tuple[int, HTTPHeaderDict, bytes]:
        host = self._host(url)
        retry, wait, attempts = self._retry_policy(), 0.0, 0
        while True:
            self._wait(host, wait)
            attempts += 1
            try:
                response, body = self._get(url, accept)
            except FetchError as exc:
                if exc.error is None:
                    raise
                try:
                    retry = retry.increment("GET", url, error=exc.error)
                except MaxRetryError:
                    if attempts > 1:
                        exc.args = (f"{exc.args[0]} ({attempts} attempts)",)
                    raise exc from None
                wait = retry.get_backoff_time() or self.backoff
                continue
            status, headers = response.status, response.headers
            if not retry.is_retry("GET", status, has_retry_after="Retry-After" in headers):
                return status, headers, body
            try:
                retry = retry.increment("GET", url, response=response)
            except MaxRetryError:
                return status, headers, body
            wait = max(retry.get_backoff_time() or self.backoff, retry.get_retry_after(response) or 0.0)
            if wait > self.max_wait:  # a server asking for more than we are willing to wait: give up now
                return status, headers, body

    def _get(self, url: str, accept: tuple[str, ...]) -> tuple[urllib3.BaseHTTPResponse, bytes]:
        """One GET, the body streamed under the size cap and the total time limit."""
        start = time.monotonic()
        try:
            r = self.pool.request("GET", url, timeout=self.timeout, redirect=False, preload_content=False)
        except urllib3.exceptions.HTTPError as exc:
            raise _transport_error(exc) from None
        complete = False
        try:
            length = r.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > self.max_bytes:
                raise FetchError(f"body larger than {self.max_bytes} bytes", "too_large", r.status)
            ctype = media_type(r.headers)
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
            complete = True
            return r, b"".join(chunks)
        except urllib3.exceptions.HTTPError as exc:
            raise _transport_error(exc) from None
        finally:
            if not complete:
                r.close()  # a body left unread (too large, stalled): the connection cannot be reused
            r.release_conn()


def media_type(headers: HTTPHeaderDict) -> str:
    """The media type of a Content-Type header (looked up case-insensitively), lower-cased."""
    return (headers.get("Content-Type") or "").split(";")[0].strip().lower()


def headers_charset(headers: HTTPHeaderDict) -> str | None:
    match = re.search(r"charset=[\"']?([\w.:-]+)", headers.get("Content-Type") or "", re.I)
    return match.group(1) if match else None


def _transport_error(exc: urllib3.exceptions.HTTPError) -> FetchError:
    """A FetchError for a failed connection or read; the urllib3 error is kept for the retry policy."""
    # NewConnectionError subclasses ConnectTimeoutError in urllib3 2: test it first, or a refused
    # connection would be reported as a timeout.
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        refused = isinstance(exc.__cause__ or exc.__context__, ConnectionRefusedError) or "refused" in str(exc).lower()
        error = FetchError("connection refused" if refused else "connection failed", "refused" if refused
                           else "connection")
    elif isinstance(exc, urllib3.exceptions.TimeoutError):
        error = FetchError("timed out", "timeout")
    else:
        error = FetchError(f"connection failed ({type(exc).__name__})", "connection")
    error.error = exc
    return error
