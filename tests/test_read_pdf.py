"""Reading PDF: page numbers with offsets, columns in reading order, pages without a text layer, caps.

Every PDF is written by the test (fpdf2) from texts written for these tests."""

from __future__ import annotations

import json

import pytest
from httpserver import LocalServer, Reply
from typer.testing import CliRunner

from ctgminer.cli import app
from ctgminer.collect.read import (
    InputError,
    iter_inputs,
    load,
    pdf_to_document,
    read_bytes_document,
    read_url,
)

fpdf = pytest.importorskip("fpdf", reason="fpdf2 (a test dependency) writes the test PDFs")

PAGE1 = ("CONVENTION TERRITORIALE GLOBALE 2024-2028\n"
         "Entre : la Caisse d'allocations familiales du Lot, représentée par sa directrice, Mme Claire Delmas,")
PAGE2 = ("et la Commune de Figeac (46102), représentée par son maire, M. Paul Vidal,\n"
         "il est convenu ce qui suit. Article 1 : la convention est conclue pour une durée de cinq ans.")
LEFT = ["Axe 1 : petite enfance.", "Ouvrir douze places", "en crèche d'ici 2026."]
RIGHT = ["Axe 2 : jeunesse.", "Créer un espace jeunes", "au centre social."]


def convention_pdf(scanned_page: bool = True) -> bytes:
    """Page 1 and 2: a party list spread over the two pages; page 3: two columns; page 4: an image only."""
    pdf = fpdf.FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=11)
    for text in (PAGE1, PAGE2):
        pdf.add_page()
        pdf.set_xy(15, 20)
        pdf.multi_cell(180, 7, text)
    pdf.add_page()
    for x, lines in ((15, LEFT), (115, RIGHT)):
        for i, line in enumerate(lines):
            pdf.set_xy(x, 30 + 7 * i)
            pdf.cell(80, 7, line)
    if scanned_page:
        from PIL import Image

        pdf.add_page()
        pdf.image(Image.new("L", (300, 400), 200), x=20, y=20, w=150)
    return bytes(pdf.output())


def scanned_only_pdf() -> bytes:
    from PIL import Image

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.image(Image.new("L", (300, 400), 180), x=20, y=20, w=150)
    return bytes(pdf.output())


def squash(text: str) -> str:
    return " ".join(text.split())


def test_pages_keep_numbers_and_offsets():
    doc = pdf_to_document(convention_pdf(), "convention.pdf")
    pages = doc.meta["pages"]
    assert [p["page"] for p in pages] == [1, 2, 3, 4]
    page_text = [doc.text[p["start"]:p["end"]] for p in pages]
    assert squash(page_text[0]) == squash(PAGE1)
    assert squash(page_text[1]) == squash(PAGE2)
    # the party list read across the page break, in order
    assert doc.text.index("Caisse d'allocations familiales du Lot") < doc.text.index("Commune de Figeac (46102)")
    assert pages[3] == {"page": 4, "start": pages[3]["start"], "end": pages[3]["start"], "note": "scanned page, no text"}
    assert doc.meta["warnings"] == ["page 4: scanned page, no text"]
    assert doc.document_type == "article"  # the genre (convention, deliberation) is decided by extraction


def test_two_columns_read_column_after_column():
    doc = pdf_to_document(convention_pdf(), "convention.pdf")
    page3 = doc.text[doc.meta["pages"][2]["start"]:doc.meta["pages"][2]["end"]]
    positions = [page3.index(line) for line in LEFT + RIGHT]
    assert positions == sorted(positions), page3  # left column whole, then right column


def test_scanned_and_damaged_pdfs_are_refused_with_one_line():
    with pytest.raises(InputError, match=r"scan\.pdf: no text layer in the PDF \(scanned pages, 1 page\(s\)\)"):
        read_bytes_document(scanned_only_pdf(), "scan.pdf")
    with pytest.raises(InputError, match=r"^broken\.pdf: the PDF could not be read"):
        read_bytes_document(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer garbage",
                            "broken.pdf")


def test_page_cap():
    doc = pdf_to_document(convention_pdf(), "long.pdf", max_pages=2)
    assert [p["page"] for p in doc.meta["pages"]] == [1, 2]
    assert doc.meta["warnings"] == ["read the first 2 pages only"]


def test_files_folders_and_urls(tmp_path):
    folder = tmp_path / "conventions"
    folder.mkdir()
    (folder / "figeac.pdf").write_bytes(convention_pdf(scanned_page=False))
    docs = [load(item, target) for item, target in iter_inputs([str(folder)])]
    assert len(docs) == 1 and "Commune de Figeac" in docs[0].text and len(docs[0].meta["pages"]) == 3
    data = convention_pdf(scanned_page=False)
    with LocalServer({"/robots.txt": Reply(404, b""),
                      "/ctg.pdf": Reply(200, data, {"Content-Type": "application/pdf"})}) as srv:
        doc = read_url(srv.url("/ctg.pdf"))
    assert doc.text == docs[0].text and doc.meta["pages"] == docs[0].meta["pages"]


def test_analyse_keeps_pages_in_the_record(tmp_path, analyser):
    path = tmp_path / "convention.pdf"
    path.write_bytes(convention_pdf())
    record = next(analyser.analyse_inputs([str(path)]))
    assert [p["page"] for p in record.pages] == [1, 2, 3, 4] and record.document_type == "article"
    assert record.text[record.pages[1]["start"]:record.pages[1]["end"]].startswith("et la Commune de Figeac")


def test_collect_stores_a_pdf_found_by_url_and_export_shows_its_type(tmp_path):
    announcement = fpdf.FPDF()
    announcement.add_page()
    announcement.set_font("Helvetica", size=11)
    announcement.multi_cell(180, 7, (
        "Communiqué de presse. La Caf du Lot et la communauté de communes du Grand-Figeac ont signé le 3 avril 2024 "
        "la convention territoriale globale pour la période 2024-2028. Elle porte sur la petite enfance, la "
        "jeunesse, la parentalité et l'accès aux droits des familles du territoire."))
    routes = {"/robots.txt": Reply(404, b""),
              "/communique.pdf": Reply(200, bytes(announcement.output()), {"Content-Type": "application/pdf"})}
    with LocalServer(routes) as srv:
        db, out = tmp_path / "ctg.sqlite", tmp_path / "corpus.jsonl"
        runner = CliRunner()
        result = runner.invoke(app, ["collect", srv.url("/communique.pdf"), "--store", str(db), "--delay", "0"])
        assert result.exit_code == 0, result.output
    for analysed in (False, True):
        if analysed:  # the stored pages reach the record through `process`
            result = runner.invoke(app, ["process", "--store", str(db)])
            assert result.exit_code == 0, result.output
        result = runner.invoke(app, ["export", "--store", str(db), "--format", "jsonl", "-o", str(out)])
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == 1
        assert rows[0]["content_type"] == "application/pdf" and rows[0]["document_type"] == "article"
        assert "Grand-Figeac" in rows[0]["text"]
    assert rows[0]["pages"] == [{"page": 1, "start": 0, "end": len(rows[0]["text"])}]
    assert rows[0]["relevance"] == "announcement"
