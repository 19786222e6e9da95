"""Types shared by every stage: geometry, provenance and input issues.

Coordinates are PDF points with a top-left origin and pages numbered from 1,
exactly as pdfplumber reports them (`x0, top, x1, bottom`).
"""

from __future__ import annotations

import os

# pydantic scans every installed package's entry points for plugins (about 20 ms) when it builds its first
# model; grantcheck uses none. A PYDANTIC_DISABLE_PLUGINS the caller set is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from pydantic import BaseModel, ConfigDict  # noqa: E402

BBox = tuple[float, float, float, float]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Provenance(Frozen):
    """Where a piece of text or a fact came from."""

    document: str
    page: int | None = None
    bbox: BBox | None = None
    locator: str | None = None  # DOCX: p12, t3r2c4
    text: str
    extractor: str = "ingest"
    ocr: bool = False  # the text was read by OCR from a scan


def merge_bboxes(boxes: list[BBox]) -> BBox | None:
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
