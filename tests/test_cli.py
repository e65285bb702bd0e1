"""The command line: formats, bad input, exit codes (in-process, with a real local HTTP server)."""

from __future__ import annotations

import json

import pytest
from conftest import GOOD
from httpserver import LocalServer, Reply

from ctgminer.cli import app


def test_analyse_json(runner, good_file, analyser):
    result = runner.invoke(app, ["analyse", str(good_file)])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert records[0]["source"] == str(good_file)
    assert records[0]["signature_date"] == "2025-02-03"
    assert records[0]["period_start"] == 2025 and records[0]["duration_years"] == 5
    for key in ("caf", "partners", "figures", "theme_phrases", "themes", "missions", "relevance_score"):
        assert key in records[0]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_formats_to_file(runner, good_file, tmp_path, fmt, analyser):
    target = tmp_path / f"out.{fmt}"
    result = runner.invoke(app, ["analyse", str(good_file), "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    content = target.read_text(encoding="utf-8")
    if fmt == "jsonl":
        assert json.loads(content.splitlines()[0])["period_end"] == 2029
    elif fmt == "csv":
        assert content.startswith("source,") and "2029" in content


def test_latin1_file_and_folder(runner, tmp_path, analyser):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_bytes(GOOD.encode("cp1252"))
    (folder / "b.html").write_text(f"<html><body><article><p>{GOOD}</p><p>{GOOD}</p></article></body></html>",
                                   encoding="utf-8")
    result = runner.invoke(app, ["analyse", str(folder), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == 2
    assert "février" in lines[0]["text"]


def test_stdin(runner, analyser):
    result = runner.invoke(app, ["analyse", "-", "--format", "jsonl"], input=GOOD)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["source"] == "<stdin>"


def test_bad_inputs_are_skipped(runner, tmp_path, good_file, analyser):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    english = tmp_path / "english.txt"
    english.write_text("The council and the family allowance fund signed an agreement for the next five years "
                       "in order to improve services for the families of the town.", encoding="utf-8")
    result = runner.invoke(app, ["analyse", str(tmp_path / "missing.txt"), str(empty), str(binary), str(english),
                                 str(good_file), "--format", "jsonl"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    stderr = result.stderr
    for name, reason in (("missing.txt", "no such file"), ("empty.txt", "empty"), ("image.txt", "binary"),
                         ("english.txt", "not French")):
        assert any(name in line and reason in line for line in stderr.splitlines()), stderr
    assert "Traceback" not in result.output


def test_nothing_analysed_exits_non_zero(runner, tmp_path, analyser):
    result = runner.invoke(app, ["analyse", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "nothing could be analysed" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_format(runner, good_file):
    result = runner.invoke(app, ["analyse", str(good_file), "--format", "xml"])
    assert result.exit_code == 2 and "unknown format" in result.stderr


def test_urls(runner, analyser):
    page = f"<html><head><title>CTG</title></head><body><article><p>{GOOD}</p><p>{GOOD}</p></article></body></html>"
    routes = {"/ok": Reply(200, page.encode()), "/robots.txt": Reply(404, b"")}
    with LocalServer(routes) as server:
        result = runner.invoke(app, ["analyse", server.url("/ok"), server.url("/missing"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["source"].endswith("/ok") and record["title"] == "CTG"
    assert "/missing" in result.stderr and "HTTP 404" in result.stderr


def test_evaluate_bad_gold(runner, tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text("{not json\n")
    result = runner.invoke(app, ["evaluate", str(bad)])
    assert result.exit_code == 2 and "invalid JSON" in result.stderr


def test_typed_formats_need_a_file(runner, good_file, tmp_path, analyser):
    result = runner.invoke(app, ["analyse", str(good_file), "-f", "xlsx"])
    assert result.exit_code == 2 and "give -o FILE" in result.stderr
    target = tmp_path / "out.xlsx"
    result = runner.invoke(app, ["analyse", str(good_file), "-f", "xlsx", "-o", str(target)])
    assert result.exit_code == 0, result.output
    import pandas as pd

    assert pd.read_excel(target).loc[0, "signature_date"] == "2025-02-03"


def test_table_to_stdout(runner, good_file, analyser):
    result = runner.invoke(app, ["analyse", str(good_file), "-f", "table"])
    assert result.exit_code == 0, result.output
    assert "signature_date" in result.stdout and "2025-02-03" in result.stdout
