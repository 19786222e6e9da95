"""Invoice QR codes: decode them (zxing-cpp) from images or rendered PDF pages, parse strictly.

A VAT invoice's QR payload is `01,<type>,<code>,<number>,<amount>,<YYYYMMDD>,<check>,<crc>[,]`.
On the old invoices (code + 8-digit number) the amount is the total without tax (negative on a
red-letter invoice); on a
数电票 (no code, 20-digit number) it is the total with tax. Payloads are untrusted:
length capped, every field checked against its form, the date a real date.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ingest.model import Barcode

MAX_PAYLOAD = 200
MAX_IMAGE_PIXELS = 4_000_000
MAX_IMAGE_BYTES = 4 * 1024 * 1024
RENDER_SCALE = 2.0  # 144 dpi: enough for invoice QR codes (about 2 cm wide)
MAX_RENDER_PIXELS = 6_000_000
MAX_PAGE_POINTS = 14400  # PDF's own page-size limit
PAYLOAD = re.compile(
    r"01,(?P<type>\d{2}),\s*(?P<code>\d{10}|\d{12})?\s*,(?P<number>\d{8}|\d{20}),"
    r"(?P<amount>-?\d{1,12}(?:\.\d{1,2})?),(?P<date>\d{8}),\s*(?P<check>\d{5,20})?\s*,(?P<crc>[0-9A-Za-z]{0,8}),?")


@dataclass(frozen=True)
class InvoiceQr:
    type: str
    code: str
    number: str
    amount: Decimal  # yuan
    date: date
    check: str

    @property
    def digital(self) -> bool:
        """A 数电票: no code, 20-digit number; its QR amount is the total with tax."""
        return not self.code and len(self.number) == 20

    @property
    def amount_field(self) -> str:
        return "total_incl_tax" if self.digital else "amount_excl_tax"


def parse_invoice_qr(text: str) -> InvoiceQr | None:
    if not text or len(text) > MAX_PAYLOAD:
        return None
    match = PAYLOAD.fullmatch(text.strip())
    if not match:
        return None
    raw = match["date"]
    try:
        issued = date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
    except ValueError:
        return None
    if not 1990 <= issued.year <= 2100:
        return None
    return InvoiceQr(type=match["type"], code=match["code"] or "", number=match["number"],
                     amount=Decimal(match["amount"]), date=issued, check=match["check"] or "")


def _zxing() -> Any:
    import zxingcpp  # imported on first use: packets without invoices pay nothing

    return zxingcpp


def decode_image(image: Any) -> list[tuple[str, tuple[float, float, float, float]]]:
    """QR payloads in a PIL image with their pixel boxes (x0, top, x1, bottom)."""
    zxingcpp = _zxing()
    found = []
    for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        text = result.text or ""
        if not text or len(text) > MAX_PAYLOAD:
            continue
        p = result.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        found.append((text, (min(xs), min(ys), max(xs), max(ys))))
    return found


def decode_image_bytes(data: bytes) -> list[str]:
    """QR payloads in an embedded image file (PNG, JPEG, BMP …); nothing for images too large or broken."""
    if len(data) > MAX_IMAGE_BYTES:
        return []
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS or getattr(image, "n_frames", 1) > 1:
                return []
            return [text for text, _ in decode_image(image.convert("L"))]
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return []


def pdf_page_codes(path: Path, numbers: list[int]) -> list[Barcode]:
    """Render the given 1-based PDF pages (modest resolution, pixel cap) and decode their QR codes.
    Pages without an image object or many paths (where a QR code would be drawn) are skipped."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return document_page_codes(pdf, numbers)
    finally:
        pdf.close()


def document_page_codes(pdf: Any, numbers: list[int]) -> list[Barcode]:
    """`pdf_page_codes` on a document already open (pypdfium2): the reader's own, so that the file is not
    opened and its fonts loaded again."""
    codes: list[Barcode] = []
    for number in numbers:
        if not 1 <= number <= len(pdf):
            continue
        page = pdf[number - 1]
        try:
            codes.extend(_page_codes(page, number))
        finally:
            page.close()
    return codes


def _may_hold_code(page: Any) -> bool:
    images = paths = 0
    for obj in page.get_objects(max_depth=2):
        images += obj.type == 3  # FPDF_PAGEOBJ_IMAGE
        paths += obj.type == 2  # FPDF_PAGEOBJ_PATH
        if images or paths > 200:
            return True
    return False


def _page_codes(page: Any, number: int) -> list[Barcode]:
    width, height = page.get_size()
    if not (0 < width <= MAX_PAGE_POINTS and 0 < height <= MAX_PAGE_POINTS) or not _may_hold_code(page):
        return []
    scale = min(RENDER_SCALE, (MAX_RENDER_PIXELS / (width * height)) ** 0.5)
    image = page.render(scale=scale, grayscale=True).to_pil()
    return [Barcode(text=text, source="page", page=number,
                    bbox=tuple(round(v / scale, 2) for v in box))  # type: ignore[arg-type]
            for text, box in decode_image(image)]
