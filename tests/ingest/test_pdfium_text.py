"""The PDFium text layer gives the reader what pdfplumber gave it: same lines, columns and tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import pdf_reader
from ingest.model import Document
from ingest.page_shapes import PageShapes
from ingest.pdfium_text import read_page
from tests.conftest import CORPUS, FIXTURES

SAMPLES = [
    CORPUS / "sf-01-eligible" / "02-专项审计报告.pdf",  # tables
    CORPUS / "sf-01-eligible" / "04-认定证书.pdf",
    next((CORPUS / "sf-01-eligible" / "发票").glob("*.pdf")),  # ruled invoice, Courier code block
    FIXTURES / "realdocs-easyofd-test.pdf",  # glyph by glyph
    FIXTURES / "realdocs-metagpt-invoice-1.pdf",  # vertical writing: left to pdfplumber
    FIXTURES / "issue_566_test_1.pdf",  # CID font without ToUnicode: left to pdfplumber
]


def _text_layer(path: Path) -> list[tuple[object, ...]]:
    document = pdf_reader.read_pdf(path, path.name)
    return [(page.width, page.height, page.lines, page.tables) for page in document.pages]


def _read_both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    pdfium = _text_layer(path)
    with monkeypatch.context() as patch:
        patch.setattr(pdf_reader, "read_page", lambda pdf, index: PageShapes(width=0, height=0, suspect=True))
        plumber = _text_layer(path)
    return pdfium, plumber


def _strip_bboxes(layer: list[tuple[object, ...]]) -> list[object]:
    return [([line.text for line in lines], [[[c.text for c in row] for row in t.rows] for t in tables])
            for _, _, lines, tables in layer]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_pdfium_pages_read_as_pdfplumber_pages(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdfium, plumber = _read_both(path, monkeypatch)
    assert _strip_bboxes(pdfium) == _strip_bboxes(plumber)
    assert [(w, h) for w, h, _, _ in pdfium] == [(w, h) for w, h, _, _ in plumber]


def test_reportlab_pages_match_to_the_hundredth_of_a_point(monkeypatch: pytest.MonkeyPatch) -> None:
    pdfium, plumber = _read_both(SAMPLES[0], monkeypatch)
    assert pdfium == plumber


@pytest.mark.parametrize(("path", "suspect"), [(SAMPLES[0], False), (SAMPLES[4], True), (SAMPLES[5], True),
                                               (FIXTURES / "issue-1113-evil-xobjects.pdf", True)],
                         ids=lambda p: getattr(p, "name", str(p)))
def test_pages_pdfium_may_get_wrong_are_left_to_pdfminer(path: Path, suspect: bool) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        assert read_page(pdf, 0).suspect is suspect
    finally:
        pdf.close()


def test_a_pdf_pdfium_cannot_open_is_reported_as_pdfminer_reports_it(tmp_path: Path) -> None:
    path = tmp_path / "truncated.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    document: Document = pdf_reader.read_pdf(path, path.name)
    assert document.status.value == "unreadable" and "PDF" in (document.error or "")
