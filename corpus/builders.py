"""Write documents: PDF with reportlab's built-in CID font STSong-Light, DOCX with python-docx."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from docx import Document as DocxDocument
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
MARGIN = 60
CELL_FONT = 9
LINE = 20


@dataclass
class Doc:
    """A document as blocks: ('title', text) ('para', text) ('table', rows) ('sign', text) ('page',)."""

    blocks: list[tuple] = field(default_factory=list)

    def title(self, text: str) -> Doc:
        self.blocks.append(("title", text))
        return self

    def para(self, text: str) -> Doc:
        self.blocks.append(("para", text))
        return self

    def table(self, rows: list[list[str]]) -> Doc:
        self.blocks.append(("table", rows))
        return self

    def sign(self, text: str) -> Doc:
        self.blocks.append(("sign", text))
        return self

    def page(self) -> Doc:
        self.blocks.append(("page",))
        return self

    def stamp(self, issuer: str) -> Doc:
        """The issuer's red seal over the line above (PDF only: a Word form carries none)."""
        self.blocks.append(("stamp", issuer))
        return self

    def restamped(self, sealer: str | None) -> Doc:
        """The same paper sealed by someone else, or (None) printed unsealed."""
        blocks = [("stamp", sealer) if block[0] == "stamp" else block for block in self.blocks]
        return Doc([block for block in blocks if block != ("stamp", None)])


class _PdfWriter:
    def __init__(self, path: Path) -> None:
        self.canvas = Canvas(str(path), pagesize=A4, invariant=1)
        self.width, self.height = A4
        self.y = self.height - MARGIN
        self.last_line = self.y  # baseline of the last line or table row written: where a seal goes

    def _need(self, space: float) -> None:
        if self.y - space < MARGIN:
            self.new_page()

    def new_page(self) -> None:
        self.canvas.showPage()
        self.y = self.height - MARGIN

    def _wrap(self, text: str, size: float, width: float) -> list[str]:
        """Break text into lines no wider than `width`, measuring each glyph (digits are half-width)."""
        lines, current = [], ""
        for char in text:
            if current and pdfmetrics.stringWidth(current + char, FONT, size) > width:
                lines.append(current)
                current = ""
            current += char
        return [*lines, current]

    def text(self, text: str, size: float = 11, align: str = "left") -> None:
        for chunk in self._wrap(text, size, self.width - 2 * MARGIN):
            self._need(LINE)
            self.canvas.setFont(FONT, size)
            if align == "center":
                self.canvas.drawCentredString(self.width / 2, self.y, chunk)
            elif align == "right":
                self.canvas.drawRightString(self.width - MARGIN, self.y, chunk)
            else:
                self.canvas.drawString(MARGIN, self.y, chunk)
            self.last_line = self.y
            self.y -= LINE if size <= 12 else size * 1.8

    def stamp(self, issuer: str) -> None:
        """A 42 mm seal picture centred on the right half of the last line written."""
        from reportlab.lib.utils import ImageReader

        from corpus.scans import seal_picture

        side = 42 / 25.4 * 72
        x = self.width - MARGIN - side * 0.9
        self.canvas.saveState()
        self.canvas.setBlendMode("Multiply")  # ink over text, as a stamp: the text under it stays black
        self.canvas.drawImage(ImageReader(seal_picture(issuer)), x, self.last_line + 4 - side / 2, width=side, height=side,
                              mask="auto")
        self.canvas.restoreState()

    def _column_widths(self, rows: list[list[str]], columns: int) -> list[float]:
        """Columns as wide as their longest cell, shrunk in proportion to fit the page."""
        natural = [max((pdfmetrics.stringWidth(r[i], FONT, CELL_FONT) + 8 for r in rows if i < len(r)), default=20)
                   for i in range(columns)]
        available = self.width - 2 * MARGIN
        scale = min(1.0, available / sum(natural))
        widths = [w * scale for w in natural]
        return [w + (available - sum(widths)) / columns for w in widths]

    def table(self, rows: list[list[str]]) -> None:
        columns = max(len(r) for r in rows)
        widths = self._column_widths(rows, columns)
        for row in rows:
            cells = [self._wrap(row[i], CELL_FONT, widths[i] - 6) if i < len(row) else [""] for i in range(columns)]
            height = 8 + 12 * max(len(c) for c in cells)
            self._need(height)
            top = self.y + 15
            x = MARGIN
            for width, lines in zip(widths, cells, strict=True):
                self.canvas.rect(x, top - height, width, height)
                self.canvas.setFont(FONT, CELL_FONT)
                for number, line in enumerate(lines):
                    self.canvas.drawString(x + 3, top - 15 - 12 * number, line)
                x += width
            self.last_line = top - 15
            self.y -= height
        self.y -= 10

    def save(self) -> None:
        self.canvas.save()


def write_pdf(doc: Doc, path: Path) -> None:
    writer = _PdfWriter(path)
    for block in doc.blocks:
        kind = block[0]
        if kind == "title":
            writer.text(block[1], size=16, align="center")
        elif kind == "para":
            writer.text(block[1])
        elif kind == "table":
            writer.table(block[1])
        elif kind == "sign":
            writer.text(block[1], align="right")
        elif kind == "page":
            writer.new_page()
        elif kind == "stamp":
            writer.stamp(block[1])
    writer.save()


def write_docx(doc: Doc, path: Path) -> None:
    document = DocxDocument()
    for block in doc.blocks:
        kind = block[0]
        if kind == "title":
            document.add_heading(block[1], level=1)
        elif kind in ("para", "sign"):
            document.add_paragraph(block[1])
        elif kind == "table":
            rows = block[1]
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        elif kind == "page":
            document.add_page_break()
    document.core_properties.created = datetime(2023, 3, 1)
    document.core_properties.modified = datetime(2023, 3, 1)
    document.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """python-docx stamps zip entries with the current time; a fixed one keeps the corpus reproducible."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            target.writestr(zipfile.ZipInfo(name, date_time=(2023, 3, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def write(doc: Doc, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    (write_docx if path.suffix == ".docx" else write_pdf)(doc, path)
