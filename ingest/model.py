"""The document model every reader produces."""

from __future__ import annotations

from enum import Enum

from grantcheck.model import BBox, Frozen, Provenance, merge_bboxes


class DocStatus(str, Enum):
    ok = "ok"
    ocr = "ocr"
    unreadable = "unreadable"
    unsupported = "unsupported"


class Line(Frozen):
    """One visual line (PDF) or paragraph (DOCX). `segments` are the column-separated
    pieces of a PDF line; a DOCX paragraph is one segment."""

    text: str
    segments: tuple[str, ...] = ()
    bbox: BBox | None = None
    locator: str | None = None
    confidence: float | None = None  # OCR'd lines only: the recogniser's mean character confidence


class Cell(Frozen):
    row: int
    col: int
    text: str
    bbox: BBox | None = None
    locator: str | None = None


class Table(Frozen):
    index: int
    rows: tuple[tuple[Cell, ...], ...]
    bbox: BBox | None = None


class Page(Frozen):
    number: int | None  # None for formats without pages (DOCX)
    width: float | None = None
    height: float | None = None
    lines: tuple[Line, ...] = ()
    tables: tuple[Table, ...] = ()
    ocr: bool = False  # lines read by OCR from the page's pixels
    rotation: int = 0  # OCR'd pages: degrees the rendered page was turned counter-clockwise to read upright;
    #                    width, height and bboxes are those of the upright page


class Seal(Frozen):
    """A red seal found on the rendered pages (the most prominent one)."""

    present: bool
    page: int | None = None
    bbox: BBox | None = None  # points, on the page as stored (upright for OCR'd pages)
    text: str | None = None
    texts: tuple[str, ...] = ()  # the words of every seal read on the document, most prominent first


class DataField(Frozen):
    """One invoice field as structured data inside a file states it (e-invoice XML, OFD tag
    map, OFD metadata), not as read from page text. `value` is as written; `locator` the
    element path; `page`/`bbox` where the field is tied to a drawn text object."""

    name: str  # a CONTRACT invoice fact name
    value: str
    source: str  # xml | ofd_tag | ofd_meta
    locator: str
    text: str = ""
    page: int | None = None
    bbox: BBox | None = None


class Barcode(Frozen):
    """A decoded barcode's payload (untrusted: parse strictly before use), or the payload an
    e-invoice XML says its QR code carries (source "xml")."""

    text: str
    source: str  # page (rendered page) | image (embedded image) | xml (GraphCode)
    page: int | None = None
    bbox: BBox | None = None
    locator: str | None = None


class Document(Frozen):
    path: str  # relative to the packet root, '/' separated
    media_type: str
    status: DocStatus
    error: str | None = None  # Chinese, for reviewers
    page_count: int | None = None
    pages: tuple[Page, ...] = ()
    kind: str = "other"
    kind_confidence: float = 0.0
    fields: tuple[DataField, ...] = ()  # structured invoice data (XML, OFD tags), beside the page text
    barcodes: tuple[Barcode, ...] = ()  # QR payloads found on the pages or stated by the XML
    seal: Seal | None = None  # None: not looked for

    @property
    def ocr_pages(self) -> frozenset[int | None]:
        return frozenset(page.number for page in self.pages if page.ocr)

    def line_provenance(self, page: Page, line: Line) -> Provenance:
        return Provenance(
            document=self.path, page=page.number, bbox=line.bbox, locator=line.locator, text=line.text
        )

    def cell_provenance(self, page: Page, cell: Cell, text: str | None = None) -> Provenance:
        return Provenance(
            document=self.path,
            page=page.number,
            bbox=cell.bbox,
            locator=cell.locator,
            text=text if text is not None else cell.text,
        )

    def cells_provenance(self, page: Page, cells: list[Cell], text: str) -> Provenance:
        """Where a figure read from several cells of one table comes from: their region, the first one's place."""
        return Provenance(document=self.path, page=page.number, bbox=merge_bboxes([c.bbox for c in cells if c.bbox]),
                          locator=cells[0].locator if cells else None, text=text)

    @property
    def text(self) -> str:
        """Every line, then every table row (cells joined by tabs), page by page."""
        parts: list[str] = []
        for page in self.pages:
            parts.extend(line.text for line in page.lines)
            parts.extend("\t".join(cell.text for cell in row) for table in page.tables for row in table.rows)
        return "\n".join(parts)
