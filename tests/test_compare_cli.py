"""`ctgminer compare` on a small records file written here (facts only, invented pages)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ctgminer.cli import app
from ctgminer.compare import lafon

ROOT = Path(__file__).resolve().parents[1]


def _record(source, caf, code, type_, year, themes):
    return {"source": source, "relevance": "announcement", "caf": {"department_code": caf},
            "partners": [{"name": code, "type": type_, "insee_code": code}],
            "signature_date": f"{year}-03-15", "themes": themes,
            "theme_phrases": [{"text": f"soutenir {t}", "labels": [t], "scores": {}, "start": 0, "end": 9}
                              for t in themes]}


@pytest.fixture
def records_file(tmp_path):
    rows = [
        _record("https://ville-seyne.example/ctg", "83", "83126", "commune", 2019, ["jeunesse", "logement"]),
        _record("https://caf-var.example/seyne", "83", "83126", "commune", 2019, ["jeunesse"]),  # same convention
        _record("https://toulon.example/ctg", "83", "83137", "commune", 2021, ["jeunesse"]),
        _record("https://brest.example/ctg", "29", "242900314", "epci", 2021, ["enfance", "logement"]),
        _record("https://quimper.example/ctg", "29", "29232", "commune", 2022, ["enfance", "parentalite"]),
        {**_record("https://explainer.example", "29", "29232", "commune", 2022, []), "relevance": "related"},
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def runner():
    return CliRunner()


def test_specificities_csv_match_lafon(runner, records_file):
    result = runner.invoke(app, ["compare", str(records_file), "--by", "departement", "--table", "specificities",
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["N"] for r in rows} == {"4"}  # 4 conventions: the two Seyne pages count once
    for r in rows:
        k, n, K, N = (int(r[c]) for c in ("k", "n", "K", "N"))
        assert float(r["specificity"]) == pytest.approx(lafon(k, n, K, N))
    seyne = next(r for r in rows if r["group"] == "83" and r["theme"] == "jeunesse")
    assert (seyne["k"], seyne["n"], seyne["K"]) == ("2", "2", "2")


def test_territory_lists_peers_json(runner, records_file, tmp_path):
    target = tmp_path / "peers.json"
    result = runner.invoke(app, ["compare", str(records_file), "--territory", "83126", "--format", "json",
                                 "-o", str(target)])
    assert result.exit_code == 0, result.output
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [p["code"] for p in data["peers"]][:1] == ["83137"]
    assert data["peers"][0]["similarity"] == pytest.approx(1 / 2 ** 0.5)
    assert {g["theme"] for g in data["peer_gaps"]} >= {"enfance"}


def test_relevance_option_counts_related_pages(runner, records_file):
    default = runner.invoke(app, ["compare", str(records_file), "--table", "conventions", "-f", "json"])
    wider = runner.invoke(app, ["compare", str(records_file), "--table", "conventions", "-f", "json",
                                "--relevance", "announcement,related"])
    assert "4 convention(s) (5 source(s)) from 6 record(s)" in default.output
    # the explainer page names Quimper in 2022: it joins Quimper's convention, it does not add one
    assert "4 convention(s) (6 source(s)) from 6 record(s)" in wider.output


@pytest.mark.parametrize("table", ["themes", "trends", "conventions"])
def test_tables_print(runner, records_file, table):
    result = runner.invoke(app, ["compare", str(records_file), "--table", table, "--by", "region"])
    assert result.exit_code == 0, result.output
    assert table in result.stdout


def test_conventions_csv_keeps_codes_as_strings(runner, records_file):
    result = runner.invoke(app, ["compare", str(records_file), "--table", "conventions", "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 4
    seyne = next(r for r in rows if r["lead_code"] == "83126")
    assert seyne["n_sources"] == "2" and json.loads(seyne["sources"])[0].startswith("https://")
    assert next(r for r in rows if r["lead_code"] == "242900314")["departement"] == "29"


@pytest.mark.parametrize("args,message", [
    (["missing.jsonl"], "no such records file"),
    (["{records}", "--by", "canton"], "unknown grouping"),
    (["{records}", "--table", "maps"], "unknown table"),
    (["{records}", "--format", "xml"], "unknown format"),
    (["{records}", "--table", "peers"], "needs --territory"),
    (["{records}", "--territory", "99999"], "no convention led by territory"),
    ([], "nothing to compare"),
    (["{records}", "--relevance", "maybe"], "unknown relevance"),
    (["{bad}"], "not records JSON"),
    (["--store", "{missing_store}"], "no such store"),
])
def test_bad_input_one_line_error(runner, records_file, tmp_path, args, message):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("<html>not records</html>\n", encoding="utf-8")
    args = [a.format(records=records_file, bad=bad, missing_store=tmp_path / "none.sqlite") for a in args]
    result = runner.invoke(app, ["compare", *args])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_demo_records_are_facts_only():
    """The shipped demo file: no page text, citations of at most 12 words, and the compare API works on it."""
    from ctgminer.compare import load_records, territory_frame

    path = ROOT / "corpus" / "demo" / "records.jsonl"
    if not path.is_file():
        pytest.skip("corpus/demo/records.jsonl not built (python scripts/build_demo.py)")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows and all("text" not in r for r in rows)
    assert all(len(tp["text"].split()) <= 12 for r in rows for tp in r["theme_phrases"])

    def strings(value, key=""):
        if isinstance(value, str):
            yield key, value
        elif isinstance(value, dict):
            for k, v in value.items():
                yield from strings(v, k)
        elif isinstance(value, list):
            for v in value:
                yield from strings(v, key)

    # no sentence anywhere: every string but the URL is a short citation
    assert all(len(text.split()) <= 12 for r in rows for key, text in strings(r) if key not in ("source", "model_version"))
    assert all(r["source"] for r in rows)
    frame = territory_frame(load_records([path]))
    assert 0 < len(frame) <= sum(r["relevance"] == "announcement" for r in rows)
