"""Fault-injection run (issue 12): a local server that misbehaves in every way a real corpus does, a collect run
killed with SIGKILL in the middle, then resumed. Every good page must end up stored exactly once under its
canonical URL, nothing lost, and the export must keep working."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from httpserver import LocalServer, Reply
from test_collect import html, latin1_page, page

from ctgminer.collect.store import Store

HUGE = 200 * 1024 * 1024  # bytes the server would send if nobody stopped reading


def huge_body():
    chunk = b"<p>" + b"remplissage " * 5000 + b"</p>\n"
    sent = 0
    yield b"<html><body>"
    while sent < HUGE:
        yield chunk
        sent += len(chunk)


def routes() -> dict:
    def flaky(hit: int) -> Reply:
        return html(page("Gramat")) if hit >= 2 else Reply(503, b"busy", {"Retry-After": "0"})

    return {
        "/robots.txt": Reply(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"}),
        "/good/cahors": html(page("Cahors")),
        "/good/figeac": html(page("Figeac")),
        "/good/gourdon": html(page("Gourdon")),
        "/good/souillac": html(page("Souillac")),
        "/good/latin1": Reply(200, latin1_page(), {"Content-Type": "text/html"}),  # charset only in the page
        "/good/flaky": flaky,
        "/copy-of-cahors": html(page("Cahors")),  # the same article at another address
        "/moved-figeac": Reply(301, b"", {"location": "/good/figeac"}),  # redirect to a stored page
        "/old-gourdon": Reply(302, b"", {"Location": "/good/gourdon?utm_source=rss"}),  # before its target
        "/private/souillac": html(page("Souillac")),
        "/missing": Reply(404, b"no"),
        "/broken": Reply(500, b"oops"),
        "/stall": Reply(200, page("Luzech"), {"Content-Type": "text/html"}, delay=30.0),
        "/huge": Reply(200, b"", {"Content-Type": "text/html"}, stream=huge_body),
        "/binary": Reply(200, bytes(range(256)) * 64, {"Content-Type": "application/octet-stream"}),
        "/mislabelled": Reply(200, b"\x00\x01\x02\x03" * 500, {"Content-Type": "text/html"}),
        "/empty": Reply(200, b"", {"Content-Type": "text/html"}),
        "/loop1": Reply(302, b"", {"Location": "/loop2"}),
        "/loop2": Reply(302, b"", {"Location": "/loop1"}),
    }


ORDER = ["/good/cahors", "/old-gourdon", "/missing", "/stall", "/good/figeac", "/copy-of-cahors", "/huge",
         "/moved-figeac", "/broken", "/good/latin1", "/binary", "/mislabelled", "/empty", "/loop1",
         "/private/souillac", "/good/flaky", "/good/gourdon", "/good/souillac"]
GOOD = ["/good/cahors", "/good/figeac", "/good/gourdon", "/good/souillac", "/good/latin1", "/good/flaky"]
FAILED = {"/missing": "http_404", "/stall": "timeout", "/huge": "too_large", "/broken": "http_500",
          "/binary": "content_type", "/mislabelled": "binary", "/empty": "empty", "/loop1": "redirect",
          "/private/souillac": "robots"}


def test_fault_injection_sigkill_and_resume(tmp_path):
    with LocalServer(routes()) as srv:
        url_file = tmp_path / "urls.txt"
        url_file.write_text("# fault injection\n" + "\n".join(srv.url(p) for p in ORDER) + "\n", encoding="utf-8")
        db, out = tmp_path / "ctg.sqlite", tmp_path / "corpus.jsonl"
        cmd = [sys.executable, "-m", "ctgminer.cli", "collect", str(url_file), "--store", str(db), "--delay", "0",
               "--timeout", "1"]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and srv.hits["/stall"] < 1:  # killed while the server stalls
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert srv.hits["/stall"] >= 1 and srv.hits["/good/cahors"] == 1
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr

        store = Store(db)
        rows = {r["url"]: r for r in store.rows()}
        originals = {u for u, r in rows.items() if not r["duplicate_of"]}
        assert originals == {srv.url(p) for p in GOOD}  # every good page once, under its canonical URL
        assert rows[srv.url("/copy-of-cahors")]["duplicate_of"] == srv.url("/good/cahors")
        assert len(rows) == len(GOOD) + 1
        assert rows[srv.url("/good/figeac")]["aliases"] == [srv.url("/moved-figeac")]
        assert rows[srv.url("/good/gourdon")]["aliases"] == [srv.url("/old-gourdon")]
        assert "Saint-Céré" in rows[srv.url("/good/latin1")]["text"]
        assert {f["url"]: f["cause"] for f in store.failures()} == {srv.url(p): c for p, c in FAILED.items()}
        assert srv.sent["/huge"] < 20 * 1024 * 1024  # streamed and cut at the cap, never read whole
        for path in GOOD:
            assert srv.hits[path] <= 2, path  # at most the page in flight at the kill was fetched twice
        assert srv.hits["/good/gourdon"] == 1  # reached through the redirect, then found stored
        assert srv.hits["/private/souillac"] == 0

        # a third run fetches no good page again, nor a page that failed for good
        before = dict(srv.hits)
        again = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
        assert again.returncode == 0, again.stderr
        for path in [*GOOD, "/copy-of-cahors", "/moved-figeac", "/old-gourdon", "/missing", "/huge", "/binary"]:
            assert srv.hits[path] == before[path], path
        assert f"skipped as failed before {len(FAILED) - 2}" in again.stderr  # all but the 500 and the stall

    exported = subprocess.run([sys.executable, "-m", "ctgminer.cli", "export", "--store", str(db), "--format",
                               "jsonl", "-o", str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert exported.returncode == 0, exported.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["url"] for r in lines) == sorted(rows)
