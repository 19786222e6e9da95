"""A rendered page → an OCR'd `Page` and the red seals on it; a time budget per document.

Readers call `ocr_page` for every page without a usable text layer while `OcrBudget.left()`;
pages past the budget stay empty and the reader says so, so a file of a thousand scanned
pages costs its packet no more than a few pages' time.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ingest.model import Page, Seal
from ingest.ocr_budget import BUDGET_ENV, DEFAULT_BUDGET_S, OcrBudget, budget_seconds  # noqa: F401
from ingest.render import SEAL_DPI, Raster
from ingest.seal import SealBox, find_seals

COLOUR_SHARE = 0.0005  # a scan with fewer saturated pixels than this is greyscale: no red can show


def in_colour(pixels: np.ndarray) -> bool:
    sample = pixels[::4, ::4].astype(np.int16)
    spread = sample.max(axis=2) - sample.min(axis=2)
    return float(np.count_nonzero(spread > 60)) / spread.size >= COLOUR_SHARE


def seals_on(pixels: np.ndarray, scale: float, turns: int = 0) -> list[SealBox]:
    """Seals on a page image, looked for at SEAL_DPI after `turns` quarter turns."""
    import cv2

    factor = SEAL_DPI / 72.0 / scale
    if factor < 1.0:
        height, width = pixels.shape[:2]
        pixels = cv2.resize(pixels, (max(1, round(width * factor)), max(1, round(height * factor))),
                            interpolation=cv2.INTER_AREA)
        scale *= factor
    if turns % 4:
        pixels = np.ascontiguousarray(np.rot90(pixels, turns))
    return find_seals(pixels, scale)


def ocr_page(raster: Raster, number: int | None) -> tuple[Page, list[SealBox] | None]:
    """The page read by OCR, and its seals; None for a greyscale scan, where a red seal cannot show."""
    from ingest.ocr import ocr_image
    from ingest.ocr_layout import ocr_lines
    from ingest.ocr_tables import ocr_tables

    result = ocr_image(raster.pixels)
    width, height = raster.width_pt, raster.height_pt
    if result.rotation % 2:
        width, height = height, width
    page = Page(number=number, width=round(width, 2), height=round(height, 2),
                lines=ocr_lines(result.boxes, raster.scale), ocr=True, rotation=90 * result.rotation,
                tables=ocr_tables(result.gray, result.boxes, raster.scale) if result.gray is not None else ())
    if not in_colour(raster.pixels):
        return page, None
    return page, _with_text(seals_on(raster.pixels, raster.scale, result.rotation), raster, result.rotation)


def _with_text(seals: list[SealBox], raster: Raster, turns: int) -> list[SealBox]:
    """The most prominent seals with the words around them (the OCR engine is loaded already)."""
    from ingest.seal_text import MAX_SEALS, read_seal

    upright = np.ascontiguousarray(np.rot90(raster.pixels, turns)) if turns % 4 else raster.pixels
    return [replace(seal, text=read_seal(upright, seal, raster.scale)) if i < MAX_SEALS else seal
            for i, seal in enumerate(seals)]


def best_seal(found: list[tuple[int | None, SealBox]], looked: bool = True) -> Seal | None:
    """The document's most prominent seal, an absent one, or None where no page could show one."""
    if not found:
        return Seal(present=False) if looked else None
    ranked = sorted(found, key=lambda item: (item[1].bbox[2] - item[1].bbox[0]) * item[1].score, reverse=True)
    number, box = ranked[0]
    texts = tuple(dict.fromkeys(seal.text for _, seal in ranked if seal.text))
    return Seal(present=True, page=number, bbox=box.bbox, text=box.text, texts=texts)
