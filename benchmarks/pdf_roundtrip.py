"""PDF round trip: the readable gold's pages laid out as PDFs and read back by ctgminer's PDF reader.

A metamorphic check of the PDF path (convention documents are published as PDFs): each page of the readable gold
(dev.jsonl and dev2.jsonl's dev part, ../shared/gold) is written with fpdf2 (a test dependency) in justified 10 pt
Helvetica at the widths given, read back with `read_bytes_document` (pdfminer's layout analysis: the lines come back
wrapped at the page's width), and analysed. The figures printed compare the fields on the page text and on the PDF's
text; the gap is what the PDF layout costs. Characters Helvetica cannot write are replaced by their plain forms on
both sides.

    python benchmarks/pdf_roundtrip.py [--widths 185 120] [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ctgminer.evaluation.evaluate import GoldError, evaluate_records, read_gold, select_part

DEFAULT_GOLD = [Path(__file__).resolve().parents[2] / "shared" / "gold" / name for name in ("dev.jsonl", "dev2.jsonl")]
PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "œ": "oe", "Œ": "OE",
                       "\u202f": " ", "€": "EUR", "•": "-"})
FIELDS = ("themes_micro", "themes_macro", "partners", "signature_date", "amounts", "figures")


def plain(text: str) -> str:
    """The text as Helvetica's Latin-1 encoding can write it."""
    return text.translate(PLAIN).encode("latin-1", "replace").decode("latin-1")


def pdf_bytes(text: str, width: float) -> bytes:
    """One paragraph per line, justified (fpdf2's multi_cell), over as many pages as it takes."""
    import fpdf

    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    for line in text.split("\n"):
        pdf.multi_cell(width, 5, line or " ", align="J")
        pdf.set_x(10)
    return bytes(pdf.output())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--widths", nargs="*", type=float, default=[185.0, 120.0], help="text widths in mm")
    parser.add_argument("--show", action="store_true", help="list the pages whose themes change")
    args = parser.parse_args()
    try:
        import fpdf  # noqa: F401
    except ImportError:
        print("pdf_roundtrip: fpdf2 is needed (pip install -e '.[test]').", file=sys.stderr)
        return 2
    try:
        gold = [{**g, "text": plain(g["text"]), "theme_phrases": []} for path in args.gold
                for g in select_part(read_gold(path), "dev")]
    except GoldError as exc:
        print(f"pdf_roundtrip: cannot read the gold ({exc}); ../shared/gold is needed.", file=sys.stderr)
        return 2
    from ctgminer.collect.read import read_bytes_document
    from ctgminer.extract.analyser import Analyser

    analyser = Analyser()
    text_scores = evaluate_records(gold, analyser)
    print(f"{'layout':12} {'pages':>5}  " + "  ".join(f"{name:>14}" for name in FIELDS))
    print(f"{'page text':12} {len(gold):>5}  " + "  ".join(f"{text_scores.scores()[n]['f1']:>14.3f}" for n in FIELDS))
    before = {e["id"]: e.get("themes") for e in text_scores.errors if "themes" in e}
    for width in args.widths:
        pdfs = [{**g, "text": read_bytes_document(pdf_bytes(g["text"], width), f"{g['id']}.pdf").text} for g in gold]
        result = evaluate_records(pdfs, analyser)
        scores = result.scores()
        print(f"{f'PDF {width:.0f} mm':12} {len(pdfs):>5}  " + "  ".join(f"{scores[n]['f1']:>14.3f}" for n in FIELDS))
        if args.show:
            for error in result.errors:
                if "themes" in error and before.get(error["id"]) != error["themes"]:
                    print(f"    {error['id']}: {error['themes']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
