"""PDFium's system fonts read from disk once per process, not once per document.

A PDF that names a font without embedding it (STSong-Light, as many Chinese PDF writers do) has PDFium
read a substitute system font for each document it opens: a CJK font file of megabytes, measured as
most of a one-page invoice's page load. The bytes PDFium asks for are kept here after the first read;
they are the same bytes, so every glyph, width and rendering stays as it was.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2 as pdfium


class CachedFontData(pdfium.PdfSysfontBase):
    """PDFium's own system font lookup, with the data of each font and table kept once read."""

    def __init__(self) -> None:
        super().__init__()
        self._data: dict[tuple[int, int], bytes] = {}

    def GetFontData(self, _: Any, font: int | None, table: int, buffer: Any, size: int) -> int:  # noqa: N802
        """The default's contract: the size needed, and the data copied into `buffer` where it fits."""
        key = (font or 0, table)
        data = self._data.get(key)
        if data is None:
            needed = self.default.GetFontData(self.default, font, table, None, 0)
            if not needed:
                return 0
            block = (ctypes.c_ubyte * needed)()
            written = self.default.GetFontData(self.default, font, table, block, needed)
            data = self._data[key] = bytes(block)[:written]
        if buffer and size >= len(data):
            ctypes.memmove(buffer, data, len(data))
        return len(data)


def install() -> None:
    """Once per process, before PDFium opens the documents it is meant for."""
    if not isinstance(pdfium.PdfSysfontBase.SINGLETON, CachedFontData):
        CachedFontData().setup()
