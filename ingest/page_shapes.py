"""What a PDF page's text layer gives the reader, whichever backend read it (PDFium or pdfplumber)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ingest.layout import Char

Obj = dict[str, Any]


@dataclass
class PageShapes:
    """Characters as pdfplumber's char dicts; images, lines, rects and curves as pdfplumber's objects
    (`x0, top, x1, bottom`, curves with `pts`); `red_shapes`: a red rect or curve, where seals are drawn."""

    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    images: list[Obj] = field(default_factory=list)
    lines: list[Obj] = field(default_factory=list)
    rects: list[Obj] = field(default_factory=list)
    curves: list[Obj] = field(default_factory=list)
    red_shapes: bool = False
    suspect: bool = False  # PDFium's reading may differ from pdfminer's: read the page with pdfplumber


class PdfParseError(Exception):
    """pdfminer could not parse the file; the message is Chinese, for reviewers."""
