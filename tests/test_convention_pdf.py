"""`ctgminer analyse convention.pdf`: a signed convention written for this test, laid out over two PDF pages."""

from __future__ import annotations

import json

import pytest
from test_genre import CONVENTION
from typer.testing import CliRunner

from ctgminer.cli import app

fpdf = pytest.importorskip("fpdf", reason="fpdf2 (a test dependency) writes the test PDFs")


def two_page_pdf(text: str) -> bytes:
    """Page 1 up to the form feed (the party list starts there), page 2 the rest."""
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=10)
    for page in text.split("\f"):
        pdf.add_page()
        for line in page.strip("\n").split("\n"):
            pdf.multi_cell(185, 5, line or " ")
            pdf.set_x(10)
    return bytes(pdf.output())


def test_analyse_convention_pdf(tmp_path, analyser):
    path = tmp_path / "convention.pdf"
    path.write_bytes(two_page_pdf(CONVENTION))
    result = CliRunner().invoke(app, ["analyse", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)[0]
    assert record["document_type"] == "convention"
    assert (record["signature_date"], record["period_start"], record["period_end"], record["duration_years"]) == (
        "2024-07-03", 2024, 2027, 4)
    assert record["caf"]["department_code"] == "81"
    assert {(p["type"], p["insee_code"]) for p in record["partners"]} == {
        ("commune", "81099"), ("epci", "200066124"), ("departement", "81")}
    people = {(s["name"], s["institution"]) for s in record["signatories"]}
    assert {("Claire Dupont", "Caisse d'allocations familiales du Tarn"), ("Jean Martin", "Gaillac"),
            ("Paul Roux", "Communauté d'agglomération Gaillac-Graulhet"), ("Luc Petit", "Tarn")} <= people
    text = record["text"]
    for partner in record["partners"]:  # offsets point into the extracted text
        assert text[partner["start"]:partner["end"]] == partner["mention"]
    evidence = record["evidence"]["signature_date"]
    assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    pages = record["pages"]
    assert [p["page"] for p in pages] == [1, 2]
    page_of = next(p["page"] for p in pages if p["start"] <= evidence["start"] < p["end"])
    assert page_of == 2  # "Fait à ..." closes the second page
    epci = next(p for p in record["partners"] if p["type"] == "epci")
    assert next(p["page"] for p in pages if p["start"] <= epci["start"] < p["end"]) == 2
