"""Collection against a real HTTP server on 127.0.0.1 serving fixture pages written for these tests."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from httpserver import LocalServer, Reply
from typer.testing import CliRunner

from ctgminer.classify.relevance.component import relevance_judge
from ctgminer.cli import app
from ctgminer.collect.collector import Collector
from ctgminer.collect.dedup import fingerprint
from ctgminer.collect.discover import page_links, parse_sitemap, read_url_file
from ctgminer.collect.fetch import Fetcher, FetchError
from ctgminer.collect.store import Store

TOWNS = ["Cahors", "Figeac", "Gourdon", "Souillac", "Gramat", "Lalbenque", "Prayssac", "Luzech"]


def page(town: str, extra: str = "") -> bytes:
    body = (f"<html><head><title>CTG de {town}</title><meta charset='utf-8'></head><body><article>"
            f"<h1>{town} signe sa convention territoriale globale</h1>"
            f"<p>Le maire de {town} et la directrice de la Caf du Lot ont signé ce mardi la convention territoriale "
            f"globale 2025-2029 de {town}. Elle engage la commune et la Caf pour cinq ans.</p>"
            f"<p>Les axes retenus à {town} portent sur la petite enfance, la jeunesse et l'accès aux droits. "
            f"{extra}</p></article></body></html>")
    return body.encode("utf-8")


def latin1_page() -> bytes:
    text = ("<html><head><meta charset='iso-8859-1'><title>Signature à Saint-Céré</title></head><body><article>"
            "<p>La commune de Saint-Céré a signé la convention territoriale globale avec la Caf du Lot, "
            "pour les années 2024 à 2028. Les élus ont salué un partenariat équilibré.</p>"
            "<p>Priorités : accès aux droits, parentalité et animation de la vie sociale.</p></article></body></html>")
    return text.encode("latin-1")


def html(body: bytes, status: int = 200, **headers) -> Reply:
    return Reply(status, body, {"Content-Type": "text/html; charset=utf-8", **headers})


def routes() -> dict:
    flaky = {"n": 0}

    def flaky_route(hit: int) -> Reply:
        return html(page("Gramat")) if hit >= 2 else Reply(503, b"busy", {"Retry-After": "0"})

    _ = flaky
    return {
        "/robots.txt": Reply(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"}),
        "/a": html(page("Cahors")),
        "/b": html(page("Figeac")),
        "/c": html(page("Gourdon")),
        "/copy-of-a": html(page("Cahors", extra="Article repris d'un confrère.")),
        "/latin1": Reply(200, latin1_page(), {"Content-Type": "text/html; charset=iso-8859-1"}),
        "/flaky": flaky_route,
        "/private/secret": html(page("Souillac")),
        "/missing": Reply(404, b"no"),
        "/broken": Reply(500, b"oops"),
        "/stall": Reply(200, page("Luzech"), {"Content-Type": "text/html"}, delay=3.0),
        "/huge": Reply(200, b"<html><body>" + b"x" * 300_000 + b"</body></html>", {"Content-Type": "text/html"}),
        "/image": Reply(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, {"Content-Type": "image/png"}),
        "/mislabelled": Reply(200, b"\x00\x01\x02\x03" * 200, {"Content-Type": "text/html"}),
        "/empty": Reply(200, b"", {"Content-Type": "text/html"}),
        "/loop1": Reply(302, b"", {"Location": "/loop2"}),
        "/loop2": Reply(302, b"", {"Location": "/loop1"}),
        "/moved": Reply(301, b"", {"Location": "/a"}),
    }


def make_fetcher(**kw) -> Fetcher:
    opts = {"delay": 0, "read_timeout": 0.5, "connect_timeout": 1, "max_bytes": 200_000, "max_retries": 2,
            "backoff": 0.05}
    opts.update(kw)
    return Fetcher(**opts)


@pytest.fixture()
def server():
    with LocalServer(routes()) as srv:
        yield srv


def run(store: Store, server, paths: list[str], **fetcher_kw) -> Collector:
    collector = Collector(store, make_fetcher(**fetcher_kw), judge=relevance_judge)
    collector.collect([server.url(p) for p in paths])
    return collector


def test_good_pages_are_stored_with_metadata(tmp_path, server):
    store = Store(tmp_path / "ctg.sqlite")
    collector = run(store, server, ["/a", "/b", "/latin1"])
    assert collector.summary.fetched == 3 and collector.summary.relevant == 3
    rows = {r["url"].rsplit("/", 1)[-1]: r for r in store.rows()}
    assert "Cahors" in rows["a"]["title"] and rows["a"]["http_status"] == 200
    assert "Saint-Céré" in rows["latin1"]["text"]  # decoded from Latin-1
    assert store.html(server.url("/a")).startswith(b"<html>")  # raw HTML kept (compressed)
    assert all(ua.startswith("ctgminer/") for ua in server.user_agents)


def test_robots_disallow_is_honoured(tmp_path, server):
    store = Store(tmp_path / "ctg.sqlite")
    collector = run(store, server, ["/private/secret"])
    assert server.hits["/private/secret"] == 0
    assert collector.summary.skipped_robots == 1
    assert store.failures()[0]["cause"] == "robots"


def test_crawl_delay_is_obeyed(tmp_path):
    robots = Reply(200, b"User-agent: *\nCrawl-delay: 1\n", {"Content-Type": "text/plain"})
    with LocalServer({"/robots.txt": robots, "/a": html(page("Cahors")), "/b": html(page("Figeac"))}) as srv:
        start = time.monotonic()
        run(Store(tmp_path / "s.sqlite"), srv, ["/a", "/b"])
        assert time.monotonic() - start >= 1.0


@pytest.mark.parametrize("path,cause,hits", [
    ("/missing", "http_404", 1),
    ("/broken", "http_500", 3),  # retried twice
    ("/stall", "timeout", 3),
    ("/huge", "too_large", 1),
    ("/image", "content_type", 1),
    ("/mislabelled", "binary", 1),
    ("/empty", "empty", 1),
    ("/loop1", "redirect", 1),
])
def test_failures_are_reported_and_logged(tmp_path, server, path, cause, hits):
    store = Store(tmp_path / "ctg.sqlite")
    collector = run(store, server, [path])
    assert collector.summary.failed[cause] == 1, collector.summary
    assert server.hits[path] == hits
    assert [f["cause"] for f in store.failures()] == [cause]
    assert store.counts()["documents"] == 0


def test_503_then_200_is_retried_and_stored(tmp_path, server):
    store = Store(tmp_path / "ctg.sqlite")
    run(store, server, ["/flaky"])
    assert server.hits["/flaky"] == 2
    assert store.counts()["documents"] == 1 and not store.failures()


def test_duplicates_are_linked_to_the_original(tmp_path, server):
    store = Store(tmp_path / "ctg.sqlite")
    collector = run(store, server, ["/a", "/copy-of-a", "/moved"])
    rows = {r["url"].rsplit("/", 1)[-1]: r for r in store.rows()}
    assert set(rows) == {"a", "copy-of-a"}  # the redirect is not a document of its own
    assert rows["a"]["duplicate_of"] is None
    assert rows["copy-of-a"]["duplicate_of"] == rows["a"]["url"]  # near-duplicate text
    assert rows["a"]["aliases"] == [server.url("/moved")]  # redirect to a stored page: an alias
    assert collector.summary.duplicates == 1 and collector.summary.redirects_to_stored == 1
    assert collector.summary.relevant == 1


def test_redirect_is_stored_under_its_final_url(tmp_path, server):
    """Defect 4: the document lives under the page it lands on; the requested URL is its alias, and fetching the
    target later finds it stored (it is not a duplicate of the redirect)."""
    store = Store(tmp_path / "ctg.sqlite")
    first = run(store, server, ["/moved"])
    rows = list(store.rows())
    assert [r["url"] for r in rows] == [server.url("/a")]
    assert rows[0]["aliases"] == [server.url("/moved")] and rows[0]["duplicate_of"] is None
    assert first.summary.fetched == 1 and first.summary.relevant == 1
    later = run(store, server, ["/a", "/moved"])
    assert later.summary.already_stored == 2 and later.summary.duplicates == 0 and later.summary.fetched == 0
    assert server.hits["/a"] == 1 and server.hits["/moved"] == 1
    assert store.counts() == {**store.counts(), "documents": 1, "duplicates": 0, "aliases": 1}


def test_headers_are_case_insensitive(tmp_path):
    """Defect 3: 'location:' and 'Content-type' as some servers spell them."""
    routes = {"/robots.txt": Reply(404, b""),
              "/old": Reply(301, b"", {"location": "/new"}),
              "/new": Reply(200, page("Cahors"), {"Content-type": "text/html; charset=utf-8"}),
              "/img": Reply(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, {"content-TYPE": "image/png"})}
    with LocalServer(routes) as srv:
        resp = make_fetcher().fetch(srv.url("/old"))
        assert resp.url == srv.url("/new") and resp.content_type == "text/html" and resp.charset == "utf-8"
        with pytest.raises(FetchError) as info:
            make_fetcher().fetch(srv.url("/img"))
        assert info.value.cause == "content_type"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_connection_refused_is_reported_as_refused_and_retried(tmp_path):
    """Defect 5: nothing listens on the port: 'connection refused', retried with backoff, never 'timed out'."""
    url = f"http://127.0.0.1:{free_port()}/page"
    fetcher = make_fetcher(max_retries=2, backoff=0.2, obey_robots=False)
    start = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetcher.fetch(url)
    assert info.value.cause == "refused"
    assert str(info.value) == "connection refused (3 attempts)"
    assert "timed out" not in str(info.value)
    assert time.monotonic() - start >= 0.2 + 0.4  # backoff between the attempts
    store = Store(tmp_path / "ctg.sqlite")
    summary = Collector(store, fetcher).collect([url])
    assert summary.failed == {"refused": 1} and store.failures()[0]["cause"] == "refused"


def test_rerun_fetches_nothing_already_stored(tmp_path, server):
    store = Store(tmp_path / "ctg.sqlite")
    run(store, server, ["/a", "/b", "/missing"])
    before = dict(server.hits)
    again = run(store, server, ["/a", "/b", "/missing"])
    for path in ("/a", "/b", "/missing"):
        assert server.hits[path] == before[path], path
    assert again.summary.already_stored == 2 and again.summary.fetched == 0


def test_sigkill_mid_run_then_resume(tmp_path):
    pages = {f"/p{i}": html(page(f"{TOWNS[i % len(TOWNS)]}-{i}", extra=f"Document numéro {i} " * (i + 1)))
             for i in range(12)}
    with LocalServer({"/robots.txt": Reply(404, b""), **pages}) as srv:
        url_file = tmp_path / "urls.txt"
        url_file.write_text("# test pages\n" + "\n".join(srv.url(p) for p in pages) + "\n", encoding="utf-8")
        db = tmp_path / "ctg.sqlite"
        cmd = [sys.executable, "-m", "ctgminer.cli", "collect", str(url_file), "--store", str(db), "--delay", "0.25"]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and sum(srv.hits[p] for p in pages) < 4:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed_at = sum(srv.hits[p] for p in pages)
        assert 0 < killed_at < len(pages)
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        store = Store(db)
        urls = [r["url"] for r in store.rows()]
        assert sorted(urls) == sorted(set(urls)) and len(urls) == len(pages), (done.stderr, store.failures())
        assert all(srv.hits[p] <= 2 for p in pages)  # at most the page in flight was fetched twice


def test_cli_collect_process_export(tmp_path, server, analyser):
    url_file = tmp_path / "urls.txt"
    url_file.write_text("\n".join(server.url(p) for p in ("/a", "/copy-of-a", "/missing")), encoding="utf-8")
    db = tmp_path / "ctg.sqlite"
    runner = CliRunner()
    result = runner.invoke(app, ["collect", str(url_file), "--store", str(db), "--delay", "0"])
    assert result.exit_code == 0, result.output
    assert "fetched 2" in result.stderr and "duplicates 1" in result.stderr and "http_404 1" in result.stderr
    result = runner.invoke(app, ["process", "--store", str(db)])
    assert result.exit_code == 0, result.output
    assert "analysed 2" in result.stderr
    out = tmp_path / "corpus.jsonl"
    result = runner.invoke(app, ["export", "--store", str(db), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2
    original = next(r for r in rows if not r["duplicate_of"])
    assert original["relevance"] == "announcement" and original["period_end"] == 2029
    assert original["text"] and original["fetched_at"] and original["http_status"] == 200
    assert next(r for r in rows if r["duplicate_of"])["duplicate_of"] == original["url"]
    csv_out = tmp_path / "corpus.csv"
    assert runner.invoke(app, ["export", "--store", str(db), "--format", "csv", "-o", str(csv_out)]).exit_code == 0
    assert "duplicate_of" in csv_out.read_text(encoding="utf-8").splitlines()[0]
    # a second process run has nothing left to analyse
    assert "analysed 0" in runner.invoke(app, ["process", "--store", str(db)]).stderr


def test_cli_bad_inputs(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["collect", str(tmp_path / "nofile.txt"), "--store", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 2 and "neither a URL nor" in result.stderr
    bad_store = tmp_path / "bad.sqlite"
    bad_store.write_bytes(b"this is not sqlite" * 100)
    result = runner.invoke(app, ["export", "--store", str(bad_store), "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 2 and "not a ctgminer store" in result.stderr
    assert "Traceback" not in result.output


def test_retry_after_is_honoured(tmp_path):
    """urllib3's Retry reads Retry-After: the second request waits for it."""
    def busy(hit: int) -> Reply:
        return html(page("Gramat")) if hit >= 2 else Reply(503, b"busy", {"Retry-After": "1"})

    with LocalServer({"/robots.txt": Reply(404, b""), "/busy": busy}) as srv:
        start = time.monotonic()
        assert make_fetcher().fetch(srv.url("/busy")).status == 200
        assert time.monotonic() - start >= 1.0 and srv.hits["/busy"] == 2


def test_helpers():
    a = fingerprint("la caf signe la convention territoriale globale avec la commune " * 6)
    b = fingerprint("la caf signe la convention territoriale globale avec la commune " * 6)
    assert a.sha == b.sha and a.minhash.jaccard(b.minhash) == 1.0
    assert fingerprint("trop court").minhash is None
    pages, children = parse_sitemap(b"<urlset><url><loc>https://x.fr/a</loc></url></urlset>")
    assert pages == ["https://x.fr/a"] and children == []
    _, children = parse_sitemap(b"<sitemapindex><sitemap><loc>https://x.fr/s1.xml</loc></sitemap></sitemapindex>")
    assert children == ["https://x.fr/s1.xml"]
    links = page_links(b"<a href='/b#top'>b</a><a href='https://other.fr/'>o</a><a href='f.pdf'>f</a>"
                       b"<a href='/logo.png'>l</a>", "https://x.fr/a")
    assert links == ["https://x.fr/b", "https://x.fr/f.pdf"]


def test_url_file(tmp_path):
    f = tmp_path / "u.txt"
    f.write_text("# comment\n\nhttps://a.fr/x  # note\nhttps://b.fr/y#frag\n", encoding="utf-8")
    assert read_url_file(f) == ["https://a.fr/x", "https://b.fr/y#frag"]


def test_sitemap_and_feed_discovery(tmp_path):
    sitemap = b"<?xml version='1.0'?><urlset><url><loc>{a}</loc></url><url><loc>{b}</loc></url></urlset>"
    with LocalServer({"/robots.txt": Reply(404, b""), "/a": html(page("Cahors")), "/b": html(page("Figeac"))}) as srv:
        srv.routes["/sitemap.xml"] = Reply(200, sitemap.replace(b"{a}", srv.url("/a").encode()).replace(
            b"{b}", srv.url("/b").encode()), {"Content-Type": "application/xml"})
        feed = (f"<?xml version='1.0'?><rss><channel><item><link>{srv.url('/a')}</link></item>"
                f"<item><link>{srv.url('/b')}</link></item></channel></rss>").encode()
        srv.routes["/feed.xml"] = Reply(200, feed, {"Content-Type": "application/rss+xml"})
        store = Store(tmp_path / "s.sqlite")
        collector = Collector(store, make_fetcher(), judge=relevance_judge)
        found = collector.from_sitemaps([srv.url("/sitemap.xml")])
        assert found == [srv.url("/a"), srv.url("/b")]
        collector.collect(found)
        assert store.counts()["documents"] == 2
        assert set(collector.from_feeds([srv.url("/feed.xml")])) >= {srv.url("/a"), srv.url("/b")}


def test_focused_crawl_keeps_relevant_pages(tmp_path):
    home = (b"<html><body><p>Bienvenue sur le site de la mairie. Horaires, menus de la cantine et agenda des "
            b"manifestations de la commune.</p><a href='/ctg'>Actualit\xc3\xa9s</a> <a href='/menu'>Menus</a></body></html>")
    menu = (b"<html><body><article><p>Menus de la cantine scolaire pour la semaine : lundi poisson, mardi "
            b"poulet, mercredi omelette, jeudi lasagnes, vendredi couscous, avec fruits de saison.</p>"
            b"</article></body></html>")
    with LocalServer({"/robots.txt": Reply(404, b""), "/": html(home), "/ctg": html(page("Cahors")),
                      "/menu": html(menu)}) as srv:
        store = Store(tmp_path / "s.sqlite")
        Collector(store, make_fetcher(), judge=relevance_judge).crawl(srv.url("/"), max_pages=10)
        urls = [r["url"] for r in store.rows()]
        assert urls == [srv.url("/ctg")]
        assert srv.hits["/menu"] == 1


def test_store_schema_version(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    assert store.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == "2"
    assert Path(tmp_path / "s.sqlite").exists()


def test_process_and_failures_do_not_create_a_store(tmp_path):
    """Defect 7: a mistyped --store is an error, not a new empty store."""
    runner = CliRunner()
    typo = tmp_path / "typo.sqlite"
    for command in (["process"], ["failures"], ["export", "-o", str(tmp_path / "x.csv")]):
        result = runner.invoke(app, [*command, "--store", str(typo)])
        assert result.exit_code == 2, command
        assert "no such store" in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.output
    assert not typo.exists()


def test_collect_reports_lines_that_are_not_urls(tmp_path, server):
    notes = tmp_path / "notes.txt"
    notes.write_text(f"Réunion du 12 mars avec la Caf\n{server.url('/a')}\nwww.caf.fr/lot\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["collect", str(notes), "--store", str(tmp_path / "s.sqlite"), "--delay", "0"])
    assert result.exit_code == 0, result.output
    assert f"{notes}:1: not a URL: 'Réunion du 12 mars avec la Caf'" in result.stderr
    assert f"{notes}:3: not a URL: 'www.caf.fr/lot' (add https:// in front?)" in result.stderr
    assert "fetched 1" in result.stderr
    only_notes = tmp_path / "only-notes.txt"
    only_notes.write_text("acheter du pain\nappeler la mairie\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["collect", str(only_notes), "--store", str(tmp_path / "t.sqlite")])
    assert result.exit_code == 2 and "no URL in this file" in result.stderr


def test_collect_exits_non_zero_when_every_url_fails_and_lists_failures(tmp_path, server):
    db = tmp_path / "s.sqlite"
    urls = [server.url("/missing"), server.url("/image")]
    runner = CliRunner()
    result = runner.invoke(app, ["collect", *urls, "--store", str(db), "--delay", "0"])
    assert result.exit_code == 1 and "every URL failed" in result.stderr
    result = runner.invoke(app, ["failures", "--store", str(db)])
    assert result.exit_code == 0
    lines = sorted(result.stdout.splitlines())
    assert lines == sorted([f"http_404\t404\t{urls[0]}\tHTTP 404",
                            f"content_type\t200\t{urls[1]}\tunsupported content type 'image/png'"])
    again = runner.invoke(app, ["collect", *urls, server.url("/b"), "--store", str(db), "--delay", "0"])
    assert again.exit_code == 0, again.output
    assert "skipped as failed before 2" in again.stderr and "fetched 1" in again.stderr
    rows = [json.loads(x) for x in runner.invoke(app, ["failures", "--store", str(db), "--json"]).stdout.splitlines()]
    assert {r["cause"] for r in rows} == {"http_404", "content_type"}


def test_ctrl_c_prints_one_line_and_loses_nothing(tmp_path):
    # the pages after the third are answered only once the signal is sent: the run is still fetching then, however
    # late a loaded machine lets this test's own loop run
    released = threading.Event()

    def held(reply: Reply):
        def route(_hit: int) -> Reply:
            released.wait(60)
            return reply
        return route

    pages: dict[str, Reply | object] = {}
    for i in range(10):
        reply = html(page(f"{TOWNS[i % len(TOWNS)]}-{i}", extra=f"Page numéro {i} " * (i + 1)))
        pages[f"/p{i}"] = reply if i < 3 else held(reply)
    with LocalServer({"/robots.txt": Reply(404, b""), **pages}) as srv:
        url_file = tmp_path / "urls.txt"
        url_file.write_text("\n".join(srv.url(p) for p in pages) + "\n", encoding="utf-8")
        db = tmp_path / "ctg.sqlite"
        cmd = [sys.executable, "-m", "ctgminer.cli", "collect", str(url_file), "--store", str(db), "--delay", "0.3"]
        # (as a terminal's Ctrl-C finds it: a suite started in the background by a shell without job control
        # passes SIGINT on ignored, and Python then installs no KeyboardInterrupt handler)
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and sum(srv.hits[p] for p in pages) < 3:
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        released.set()
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 130, stderr
        lines = [x for x in stderr.splitlines() if x.strip()]
        assert len(lines) == 1 and lines[0].startswith("interrupted: ") and "Traceback" not in stderr
        stored = Store(db).counts()["documents"]
        assert 0 < stored < len(pages)
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        urls = [r["url"] for r in Store(db).rows()]
        assert len(urls) == len(set(urls)) == len(pages)


def test_store_written_by_schema_1_is_upgraded(tmp_path):
    """A store from before aliases, PDF pages and MinHash opens, gains the columns, and finds near copies."""
    import sqlite3

    db = tmp_path / "old.sqlite"
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta VALUES ('schema_version', '1');
        CREATE TABLE documents (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, final_url TEXT,
            fetched_at REAL NOT NULL, http_status INTEGER, content_type TEXT, html BLOB, text TEXT, title TEXT,
            publication_date TEXT, content_hash TEXT, simhash INTEGER, duplicate_of TEXT, relevance TEXT,
            relevance_score REAL, record TEXT, model_version TEXT, analysed_at REAL);
        CREATE TABLE failures (id INTEGER PRIMARY KEY, url TEXT NOT NULL, at REAL NOT NULL, cause TEXT NOT NULL,
            message TEXT, http_status INTEGER);
    """)
    text = " ".join(f"La Caf du Lot et la commune de Cahors signent la convention numéro {i}." for i in range(8))
    con.execute("INSERT INTO documents (url, final_url, fetched_at, text) VALUES (?,?,?,?)",
                ("https://x.fr/a", "https://x.fr/a", 0.0, text))
    con.commit()
    con.close()
    store = Store(db, create=False)
    assert store.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == "2"
    assert store.find_duplicate(fingerprint(text + " Repris par un confrère.")) == "https://x.fr/a"
    row = next(store.rows())
    assert row["document_type"] == "article" and row["aliases"] == [] and row["pages"] is None
