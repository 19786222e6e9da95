"""Image files (PNG, JPEG, TIFF, BMP, GIF, WebP, and phones' HEIC) → Document through OCR, one page per frame; on a page
that reads as an invoice, its QR codes too (photographed paper invoices)."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.model import Barcode, DocStatus, Document, Page
from ingest.render import MAX_FRAMES, ImageFrames, Raster, RenderError

INVOICE_PAGE = re.compile(r"发\s*票\s*号\s*码|发\s*票\s*代\s*码|发\s*票\s*专\s*用\s*章")

MEDIA_TYPES = {b"\xff\xd8": "image/jpeg", b"\x89PNG": "image/png", b"GIF8": "image/gif",
               b"II*\x00": "image/tiff", b"MM\x00*": "image/tiff", b"BM": "image/bmp"}


def _media_type(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(12)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        return "image/avif" if head[8:12] == b"avif" else "image/heic"
    return next((kind for magic, kind in MEDIA_TYPES.items() if head.startswith(magic)), "image/unknown")


def _codes(raster: Raster, page: Page) -> list[Barcode]:
    """QR codes of an OCR'd invoice page, boxes in points of the upright page."""
    if not INVOICE_PAGE.search(" ".join(line.text for line in page.lines)):
        return []
    import numpy as np
    from PIL import Image

    from ingest.qr import decode_image

    upright = np.ascontiguousarray(np.rot90(raster.pixels, page.rotation // 90))
    return [Barcode(text=text, source="image", page=page.number,
                    bbox=tuple(round(v / raster.scale, 2) for v in box))  # type: ignore[arg-type]
            for text, box in decode_image(Image.fromarray(upright).convert("L"))]


def read_image(path: Path, rel: str) -> Document:
    from ingest.scan import OcrBudget, best_seal, ocr_page

    media_type = _media_type(path)
    budget = OcrBudget()
    frames = ImageFrames(path)
    pages: list[Page] = []
    seals, notes, codes = [], [], []
    looked = False  # a colour page was seen: a red seal could show
    try:
        for number, raster in enumerate(frames, start=1):
            if not budget.left():
                notes.append(f"多帧图片仅识别前 {len(pages)} 帧（时间上限）")
                break
            page, found = ocr_page(raster, number)
            pages.append(page)
            looked = looked or found is not None
            seals.extend((number, box) for box in found or ())
            codes.extend(_codes(raster, page))
    except RenderError as exc:
        if not pages:
            return Document(path=rel, media_type=media_type, status=DocStatus.unreadable, error=str(exc))
        notes.append(f"第 {len(pages) + 1} 帧起无法读取（{exc}）")
    if frames.more:
        notes.append(f"多帧图片仅读取前 {MAX_FRAMES} 帧")
    readable = any(page.lines for page in pages)
    if not readable:
        notes.insert(0, "图片 OCR 未识别出文字")
    status = DocStatus.ocr if readable else DocStatus.unreadable
    return Document(path=rel, media_type=media_type, status=status, error="；".join(notes) or None,
                    page_count=len(pages), pages=tuple(pages), seal=best_seal(seals, looked), barcodes=tuple(codes))
