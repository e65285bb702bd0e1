"""Reading PDF (session 27): justified paragraphs, as conventions are typeset, read in order; two columns a few
millimetres apart still read column after column. Every PDF is written by the test (fpdf2) from texts written for
it."""

from __future__ import annotations

import pytest

from ctgminer.collect.read import pdf_to_document

fpdf = pytest.importorskip("fpdf", reason="fpdf2 (a test dependency) writes the test PDFs")

LEFT = ("La convention territoriale globale signée entre la commune de Figeac et la Caf du Lot porte sur la petite "
        "enfance, la jeunesse et la parentalité, avec un plan d'actions détaillé pour chaque année de la période. ")
RIGHT = ("Le comité de pilotage réunit les élus, les techniciens et les partenaires associatifs deux fois par an afin "
         "de suivre les indicateurs retenus et de préparer le bilan annuel présenté au conseil municipal. ")


def squash(text: str) -> str:
    return " ".join(text.split())


def justified_pdf(columns: list[str], gap: float) -> bytes:
    """One page, the texts side by side in justified columns `gap` mm apart (one column: the page's width)."""
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    width = (190 - gap * (len(columns) - 1)) / len(columns)
    for i, text in enumerate(columns):
        pdf.set_xy(10 + i * (width + gap), 20)
        pdf.multi_cell(width, 5, text, align="J")
    return bytes(pdf.output())


@pytest.mark.parametrize("width_share", [1, 2])
def test_a_justified_paragraph_reads_in_order(width_share):
    text = (LEFT * 3).strip()
    doc = pdf_to_document(justified_pdf([text] + [""] * (width_share - 1), 6), "convention.pdf")
    assert squash(doc.text) == squash(text)


@pytest.mark.parametrize("gap", [4, 8])
def test_justified_columns_stay_apart(gap):
    doc = pdf_to_document(justified_pdf([(LEFT * 3).strip(), (RIGHT * 3).strip()], gap), "convention.pdf")
    assert squash(doc.text) == squash((LEFT * 3).strip() + " " + (RIGHT * 3).strip())
