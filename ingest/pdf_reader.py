"""PDF → Document: lines with column segments, tables with cells.

Each page's text layer comes from PDFium (`pdfium_text.py`: characters and ruling lines in pdfplumber's
terms); a page PDFium cannot read as pdfminer would (`PageShapes.suspect`), and a file PDFium cannot open,
is read by pdfplumber as before. Lines and columns are built by `layout.py` either way, and tables by
pdfplumber's table finder on the page's ruling lines (`table_grid.py`).

Pages without a usable text layer (a scan: no text and a page-sized image; or fonts that do not
decode) are rendered and read by OCR (`scan.py`); pages that may carry a seal (an image, red
paths) are rendered at low resolution and looked at for one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium

from grantcheck.model import merge_bboxes
from ingest import pdfium_fonts
from ingest.layout import Char, CharsByRow, chars_to_rows, chars_to_text, row_to_segments
from ingest.model import Cell, DocStatus, Document, Line, Page, Seal, Table
from ingest.page_shapes import PageShapes, PdfParseError
from ingest.pdfium_text import read_page
from ingest.render import SEAL_DPI, RenderError, open_pdf, render_page
from ingest.table_grid import table_grids

if TYPE_CHECKING:
    from ingest.pdfplumber_pages import PlumberPages

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


def _tables(shapes: PageShapes) -> tuple[Table, ...]:
    if not (shapes.rects or shapes.lines):
        return ()
    tables = []
    chars = CharsByRow(shapes.chars)
    for t_index, (table_box, grid) in enumerate(table_grids(shapes), start=1):
        rows = []
        for r_index, row in enumerate(grid):
            cells = []
            for c_index, box in enumerate(row):
                if box is None:
                    continue
                box = tuple(round(v, 2) for v in box)
                text = chars_to_text(chars.in_box(box))
                cells.append(Cell(row=r_index, col=c_index, text=text, bbox=box,
                                  locator=f"t{t_index}r{r_index + 1}c{c_index + 1}"))
            rows.append(tuple(cells))
        tables.append(Table(index=t_index, rows=tuple(rows), bbox=tuple(round(v, 2) for v in table_box)))
    return tuple(tables)


def _is_scan(shapes: PageShapes) -> bool:
    if sum(1 for c in shapes.chars if c["text"].strip()) >= SCAN_MAX_CHARS:
        return False
    area = float(shapes.width * shapes.height) or 1.0
    return any((img["x1"] - img["x0"]) * (img["bottom"] - img["top"]) >= SCAN_IMAGE_SHARE * area
               for img in shapes.images)


def _page(shapes: PageShapes, number: int) -> tuple[Page, str | None]:
    """The page as its text layer gives it, and what else it needs: "ocr", "seal" or None."""
    blank = Page(number=number, width=float(shapes.width), height=float(shapes.height))
    if _undecodable(shapes.chars) or _is_scan(shapes):
        return blank, "ocr"
    parsed = blank.model_copy(update={"lines": _lines(shapes.chars), "tables": _tables(shapes)})
    return parsed, "seal" if shapes.images or shapes.red_shapes else None


def _unreadable(rel: str, error: str) -> Document:
    return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable, error=error)


class _Fallback:
    """pdfplumber's reading of the file (`PlumberPages`), imported and opened only when a page or the file
    needs it: `import pdfplumber` costs a fifth of a second that most files never use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pages: PlumberPages | None = None

    def _opened(self) -> PlumberPages:
        if self._pages is None:
            from ingest.pdfplumber_pages import PlumberPages

            self._pages = PlumberPages(self.path)
        return self._pages

    def page(self, index: int) -> PageShapes:
        return self._opened().page(index)

    def count(self) -> int:
        return self._opened().count()

    def close(self) -> None:
        if self._pages is not None:
            self._pages.close()


Then = Callable[[Document, "pdfium.PdfDocument | None"], Document]


@dataclass(frozen=True)
class ParsedPages:
    """Pages `start`.. of a PDF as their text layer gives them (`pages`), what else each needs (`needs`:
    "ocr", "seal" or None), and how many pages the file has (`count`)."""

    count: int
    start: int
    pages: tuple[Page, ...]
    needs: tuple[str | None, ...]


def read_pdf(path: Path, rel: str, then: Then | None = None) -> Document:
    """The PDF as a Document; `then(document, pdf)` adds what else is read off its pages (QR codes) while
    PDFium still has the file open (`pdf`; None where PDFium could not open it)."""
    with _opened(path) as pdf:
        try:
            parsed = _parse(path, pdf, 0, None)
        except PdfParseError as exc:
            return _unreadable(rel, str(exc))
        return _finish(path, rel, list(parsed.pages), list(parsed.needs), pdf, then)


def read_pdf_pages(path: Path, start: int, stop: int | None) -> ParsedPages:
    """Pages `start` to `stop` (from 0, `stop` excluded, None: to the end) as `read_pdf` parses them;
    raises PdfParseError where `read_pdf` gives the file as unreadable."""
    with _opened(path) as pdf:
        return _parse(path, pdf, start, stop)


def finish_pdf(path: Path, rel: str, pages: list[Page], needs: list[str | None], then: Then | None = None
               ) -> Document:
    """The Document `read_pdf` gives from its parsed pages (all of them, in order, with their needs)."""
    with _opened(path) as pdf:
        return _finish(path, rel, pages, needs, pdf, then)


def page_count(path: Path) -> int | None:
    """The PDF's pages as PDFium counts them; None where PDFium cannot open it."""
    with _opened(path) as pdf:
        return len(pdf) if pdf is not None else None


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[pdfium.PdfDocument | None]:
    """The file as PDFium opens it, or None (pdfminer says why: encrypted, damaged, ...)."""
    pdfium_fonts.install()
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        pdf = None
    try:
        yield pdf
    finally:
        if pdf is not None:
            pdf.close()


def _parse(path: Path, pdf: pdfium.PdfDocument | None, start: int, stop: int | None) -> ParsedPages:
    fallback = _Fallback(path)
    try:
        count = fallback.count() if pdf is None else len(pdf)
        end = count if stop is None else min(stop, count)
        if pdf is None:
            parsed = [_page(fallback.page(index), index + 1) for index in range(start, end)]
        else:
            parsed = [_page(_shapes(pdf, index, fallback), index + 1) for index in range(start, end)]
    finally:
        fallback.close()
    return ParsedPages(count, start, tuple(page for page, _ in parsed), tuple(need for _, need in parsed))


def _finish(path: Path, rel: str, pages: list[Page], needs: list[str | None], pdf: pdfium.PdfDocument | None,
            then: Then | None) -> Document:
    if not pages:
        return _unreadable(rel, "PDF 没有页面")
    document = _rendered(path, rel, pages, needs, pdf)
    return then(document, pdf) if then is not None else document


def _shapes(pdf: pdfium.PdfDocument, index: int, fallback: _Fallback) -> PageShapes:
    shapes = read_page(pdf, index)
    return fallback.page(index) if shapes.suspect else shapes


def _rendered(path: Path, rel: str, pages: list[Page], needs: list[str | None],
              opened: pdfium.PdfDocument | None = None) -> Document:
    """OCR the pages that need it and look for a seal; the Document says what was left undone. `opened`:
    the file as PDFium has it open already, rendered from instead of opening it again."""
    from ingest.scan import OcrBudget, best_seal, ocr_page, seals_on

    scans = [number for number, need in enumerate(needs, start=1) if need == "ocr"]
    marked = [number for number, need in enumerate(needs, start=1) if need == "seal"][-MAX_SEAL_PAGES:]
    if not scans and not marked:
        return _document(rel, pages, [], [], Seal(present=False))
    seals, skipped, failed = [], [], []
    looked = bool(marked) or len(scans) < len(pages)  # text pages show red as drawn; greyscale scans cannot
    budget = OcrBudget()
    try:
        with open_pdf(path) if opened is None else contextlib.nullcontext(opened) as pdf:
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
