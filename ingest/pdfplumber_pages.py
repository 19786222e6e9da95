"""Pages read by pdfplumber (pdfminer): the fallback where PDFium cannot be trusted or cannot open a file.

Imported only when a file needs it: pdfminer's import and parse are what `pdfium_text.py` saves.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException

from ingest.page_shapes import PageShapes, PdfParseError

PARSE_ERRORS = (PdfminerException, PDFSyntaxError, PSException, PDFPasswordIncorrect, PDFEncryptionError)

__all__ = ["PdfParseError", "PlumberPages", "shapes"]


def shapes(page: pdfplumber.page.Page) -> PageShapes:
    """The page's characters and drawn objects, as `pdf_reader` reads them from either backend."""
    red = any(_reddish(obj.get("stroking_color")) or _reddish(obj.get("non_stroking_color"))
              for obj in (*page.curves, *page.rects))
    return PageShapes(width=float(page.width), height=float(page.height), chars=page.chars,
                      images=page.images, lines=page.lines, rects=page.rects, curves=page.curves,
                      red_shapes=red)


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


class PlumberPages:
    """A PDF opened by pdfplumber on first use; `page(i)` reads page i (from 0) and closes it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pdf: pdfplumber.PDF | None = None

    def page(self, index: int) -> PageShapes:
        try:
            if self._pdf is None:
                self._pdf = pdfplumber.open(self.path)
            page = self._pdf.pages[index]
            try:
                return shapes(page)
            finally:
                page.close()
        except PARSE_ERRORS as exc:
            raise PdfParseError(_open_error(exc)) from exc

    def count(self) -> int:
        try:
            if self._pdf is None:
                self._pdf = pdfplumber.open(self.path)
            return len(self._pdf.pages)
        except PARSE_ERRORS as exc:
            raise PdfParseError(_open_error(exc)) from exc

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


def _open_error(exc: BaseException) -> str:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return "PDF 已加密，无法读取"
    if isinstance(cause, (PDFSyntaxError, PSException)):
        return "PDF 文件损坏或不完整"
    return f"PDF 无法解析（{type(cause).__name__}）"

