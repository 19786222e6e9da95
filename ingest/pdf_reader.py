"""PDF → Document through pdfplumber: lines with column segments, tables with cells."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException

from grantcheck.model import merge_bboxes
from ingest.layout import Char, chars_in_box, chars_to_rows, chars_to_text, row_to_segments
from ingest.model import Cell, Document, DocStatus, Line, Page, Table

MEDIA_TYPE = "application/pdf"
UNDECODABLE_SHARE = 0.3  # a page with more undecodable glyphs than this has no usable text


def _undecodable(chars: list[Char]) -> bool:
    if not chars:
        return False
    bad = sum(1 for c in chars if c["text"].startswith("(cid:") or "\ue000" <= c["text"][:1] <= "\uf8ff")
    return bad / len(chars) > UNDECODABLE_SHARE


def _lines(chars: list[Char]) -> tuple[Line, ...]:
    lines = []
    for row in chars_to_rows(chars):
        segments = row_to_segments(row)
        texts = tuple(text for text, _ in segments)
        lines.append(Line(text=" ".join(texts), segments=texts, bbox=merge_bboxes([box for _, box in segments])))
    return tuple(lines)


def _tables(page: pdfplumber.page.Page, chars: list[Char]) -> tuple[Table, ...]:
    if not (page.rects or page.lines):
        return ()
    tables = []
    for t_index, found in enumerate(page.find_tables(), start=1):
        rows = []
        for r_index, row in enumerate(found.rows):
            cells = []
            for c_index, box in enumerate(row.cells):
                if box is None:
                    continue
                box = tuple(round(v, 2) for v in box)
                cells.append(Cell(row=r_index, col=c_index, text=chars_to_text(chars_in_box(chars, box)),
                                  bbox=box, locator=f"t{t_index}r{r_index + 1}c{c_index + 1}"))
            rows.append(tuple(cells))
        tables.append(Table(index=t_index, rows=tuple(rows), bbox=tuple(round(v, 2) for v in found.bbox)))
    return tuple(tables)


def _page(page: pdfplumber.page.Page, number: int) -> tuple[Page, bool]:
    chars = page.chars
    undecodable = _undecodable(chars)
    if undecodable:
        return Page(number=number, width=float(page.width), height=float(page.height)), True
    return (
        Page(number=number, width=float(page.width), height=float(page.height),
             lines=_lines(chars), tables=_tables(page, chars)),
        False,
    )


def _open_error(exc: BaseException) -> str:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return "PDF 已加密，无法读取"
    if isinstance(cause, (PDFSyntaxError, PSException)):
        return "PDF 文件损坏或不完整"
    return f"PDF 无法解析（{type(cause).__name__}）"


def read_pdf(path: Path, rel: str) -> Document:
    try:
        with pdfplumber.open(path) as pdf:
            pages, undecodable = [], 0
            for number, page in enumerate(pdf.pages, start=1):
                try:
                    parsed, bad = _page(page, number)
                finally:
                    page.close()
                pages.append(parsed)
                undecodable += bad
    except (PdfminerException, PDFSyntaxError, PSException, PDFPasswordIncorrect,
            PDFEncryptionError) as exc:
        return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable, error=_open_error(exc))
    return _document(rel, pages, undecodable)


def _document(rel: str, pages: list[Page], undecodable: int) -> Document:
    has_text = any(page.lines for page in pages)
    if not pages:
        status, error = DocStatus.unreadable, "PDF 没有页面"
    elif not has_text and undecodable:
        status, error = DocStatus.unreadable, "PDF 字体无法解码为文字（需 OCR）"
    elif not has_text:
        status, error = DocStatus.unsupported, "扫描件：PDF 无文字层，暂不支持 OCR 识别"
    else:
        status = DocStatus.ok
        error = f"{undecodable} 页字体无法解码，已跳过" if undecodable else None
    return Document(path=rel, media_type=MEDIA_TYPE, status=status, error=error,
                    page_count=len(pages), pages=tuple(pages))
