"""Odd and hostile files: each is reported with a reason, never raised."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document as Docx
from reportlab.pdfgen.canvas import Canvas

from corpus.builders import Doc, write
from ingest.classify import classify
from ingest.model import DocStatus
from ingest.read import read_file
from ingest.sandbox import IsolatedReader
from tests.conftest import FIXTURES


def _ofd_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("OFD.xml", "<ofd:OFD/>")
    return buffer.getvalue()


def _encrypted_pdf(path: Path) -> Path:
    canvas = Canvas(str(path), encrypt="secret")
    canvas.drawString(100, 700, "hello")
    canvas.save()
    return path


@pytest.mark.parametrize(("name", "data", "status", "reason"), [
    ("empty.pdf", b"", DocStatus.unreadable, "空文件"),
    ("truncated.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", DocStatus.unreadable, "PDF"),
    ("scan.png", b"\xff\xd8\xff\xe0JFIF", DocStatus.unreadable, "图片"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, DocStatus.unsupported, "加密"),
    ("broken.docx", b"PK\x03\x04broken", DocStatus.unreadable, "Word"),
    ("invoice.ofd", _ofd_bytes(), DocStatus.unreadable, "OFD"),
    ("invoice.xml", b"<?xml version='1.0'?><EInvoice/>", DocStatus.unsupported, "XML"),
])
def test_broken_files_have_a_reason(tmp_path: Path, name: str, data: bytes, status: DocStatus, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    document = read_file(path, name)
    assert document.status == status
    assert document.error and reason in document.error


def test_encrypted_pdf(tmp_path: Path) -> None:
    document = read_file(_encrypted_pdf(tmp_path / "secret.pdf"), "secret.pdf")
    assert document.status == DocStatus.unreadable and "加密" in document.error


def test_circular_xobjects_do_not_hang() -> None:
    document = read_file(FIXTURES / "issue-1113-evil-xobjects.pdf", "evil.pdf")
    assert document.status == DocStatus.ok


def test_cid_font_pdf_reads_correctly() -> None:
    document = read_file(FIXTURES / "issue_566_test_1.pdf", "cid.pdf")
    assert "Buyer:黎荣" in document.text.replace("：", ":")


def test_docx_text_boxes_nested_tables_and_merged_cells(tmp_path: Path) -> None:
    docx = Docx()
    docx.add_paragraph("项目申报书")
    table = docx.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "项目总投入（万元）"
    table.cell(0, 2).text = "3256.78"
    inner = table.cell(1, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "软件投入（万元）"
    inner.cell(0, 1).text = "412.50"
    path = tmp_path / "form.docx"
    docx.save(str(path))
    document = read_file(path, "form.docx")
    assert document.status == DocStatus.ok
    tables = document.pages[0].tables
    cells = {c.text for t in tables for row in t.rows for c in row}
    assert {"项目总投入（万元）", "3256.78", "软件投入（万元）", "412.50"} <= cells
    assert any(c.locator == "t1r1c3" for t in tables for row in t.rows for c in row)


def test_pdf_lines_and_tables_have_bboxes(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    write(Doc().title("专项审计报告").para("项目总投入 3,256.78万元").table([["项目", "金额（万元）", "备注"],
                                                                     ["合计", "3,256.78", ""]]), path)
    document = classify(read_file(path, "a.pdf"))
    assert document.kind == "audit_report"
    page = document.pages[0]
    assert page.number == 1 and all(line.bbox for line in page.lines)
    assert page.tables and page.tables[0].rows[1][1].text == "3,256.78"


def test_isolated_reader_times_out_and_recovers(tmp_path: Path) -> None:
    path = tmp_path / "ok.pdf"
    write(Doc().para("验收意见"), path)
    with IsolatedReader(timeout_s=0.0001) as reader:
        slow = reader.read(path, "ok.pdf")
    assert slow.status == DocStatus.unreadable and "超时" in slow.error
    with IsolatedReader() as reader:
        assert reader.read(path, "ok.pdf").status == DocStatus.ok
