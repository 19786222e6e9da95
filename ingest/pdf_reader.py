"""PDF → Document through pdfplumber: lines with column segments, tables with cells.

Pages without a usable text layer (a scan: no text and a page-sized image; or fonts that do not
decode) are rendered and read by OCR (`scan.py`); pages that may carry a seal (an image, red
paths) are rendered at low resolution and looked at for one.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException

from grantcheck.model import merge_bboxes
from ingest.layout import Char, chars_in_box, chars_to_rows, chars_to_text, row_to_segments
from ingest.model import Cell, Document, DocStatus, Line, Page, Seal, Table
from ingest.render import SEAL_DPI, RenderError, open_pdf, render_page

MEDIA_TYPE = "application/pdf"
UNDECODABLE_SHARE = 0.3  # a page with more undecodable glyphs than this has no usable text
SCAN_MAX_CHARS = 20  # a page with fewer visible characters and a large image is a scan
SCAN_IMAGE_SHARE = 0.25  # ... an image covering this share of the page
MAX_SEAL_PAGES = 3  # text pages looked at for a seal: the last candidates (seals sit at the end)


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


def _is_scan(page: pdfplumber.page.Page, chars: list[Char]) -> bool:
    if sum(1 for c in chars if c["text"].strip()) >= SCAN_MAX_CHARS:
        return False
    area = float(page.width * page.height) or 1.0
    return any((img["x1"] - img["x0"]) * (img["bottom"] - img["top"]) >= SCAN_IMAGE_SHARE * area
               for img in page.images)


def _reddish(color: object) -> bool:
    if not isinstance(color, (tuple, list)) or not all(isinstance(v, (int, float)) for v in color):
        return False
    if len(color) == 3:
        r, g, b = color
        return r >= 0.5 and g <= 0.45 and b <= 0.45
    if len(color) == 4:
        c, m, y, _ = color
        return m >= 0.5 and y >= 0.4 and c <= 0.3
    return False


def _may_have_seal(page: pdfplumber.page.Page) -> bool:
    if page.images:
        return True
    return any(_reddish(obj.get("stroking_color")) or _reddish(obj.get("non_stroking_color"))
               for obj in (*page.curves, *page.rects))


def _page(page: pdfplumber.page.Page, number: int) -> tuple[Page, str | None]:
    """The page as its text layer gives it, and what else it needs: "ocr", "seal" or None."""
    chars = page.chars
    blank = Page(number=number, width=float(page.width), height=float(page.height))
    if _undecodable(chars) or _is_scan(page, chars):
        return blank, "ocr"
    parsed = blank.model_copy(update={"lines": _lines(chars), "tables": _tables(page, chars)})
    return parsed, "seal" if _may_have_seal(page) else None


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
            pages, needs = [], []
            for number, page in enumerate(pdf.pages, start=1):
                try:
                    parsed, need = _page(page, number)
                finally:
                    page.close()
                pages.append(parsed)
                needs.append(need)
    except (PdfminerException, PDFSyntaxError, PSException, PDFPasswordIncorrect,
            PDFEncryptionError) as exc:
        return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable, error=_open_error(exc))
    if not pages:
        return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable, error="PDF 没有页面")
    return _rendered(path, rel, pages, needs)


def _rendered(path: Path, rel: str, pages: list[Page], needs: list[str | None]) -> Document:
    """OCR the pages that need it and look for a seal; the Document says what was left undone."""
    from ingest.scan import OcrBudget, best_seal, ocr_page, seals_on

    scans = [number for number, need in enumerate(needs, start=1) if need == "ocr"]
    marked = [number for number, need in enumerate(needs, start=1) if need == "seal"][-MAX_SEAL_PAGES:]
    if not scans and not marked:
        return _document(rel, pages, [], [], Seal(present=False))
    seals, skipped, failed = [], [], []
    looked = bool(marked) or len(scans) < len(pages)  # text pages show red as drawn; greyscale scans cannot
    budget = OcrBudget()
    try:
        with open_pdf(path) as pdf:
            for number in scans:
                if not budget.left():
                    skipped.append(number)
                    continue
                try:
                    page, found = ocr_page(render_page(pdf, number), number)
                except RenderError:
                    failed.append(number)
                    continue
                pages[number - 1] = page
                looked = looked or found is not None
                seals.extend((number, box) for box in found or ())
            for number in marked:
                raster = render_page(pdf, number, dpi=SEAL_DPI)
                seals.extend((number, box) for box in seals_on(raster.pixels, raster.scale))
    except RenderError:
        failed = [n for n in scans if not pages[n - 1].ocr and n not in skipped]
    return _document(rel, pages, skipped, failed, best_seal(seals, looked))


def _document(rel: str, pages: list[Page], skipped: list[int], failed: list[int], seal: Seal | None) -> Document:
    ocr = any(page.ocr for page in pages)
    has_text = any(page.lines for page in pages)
    notes = []
    if skipped:
        notes.append(f"扫描页过多，第 {_numbers(skipped)} 页超出识别时间上限，未识别")
    if failed:
        notes.append(f"第 {_numbers(failed)} 页无法渲染，未识别")
    if has_text:
        status = DocStatus.ocr if ocr else DocStatus.ok
    elif skipped or failed:
        status = DocStatus.unreadable
    elif ocr:
        status = DocStatus.unreadable
        notes.insert(0, "扫描件 OCR 未识别出文字")
    else:
        status = DocStatus.unsupported
        notes.insert(0, "PDF 无文字层，也无可识别的扫描图像")
    return Document(path=rel, media_type=MEDIA_TYPE, status=status, error="；".join(notes) or None,
                    page_count=len(pages), pages=tuple(pages), seal=seal)


def _numbers(numbers: list[int]) -> str:
    shown = "、".join(str(n) for n in numbers[:5])
    return shown + (f" 等共 {len(numbers)}" if len(numbers) > 5 else "")
