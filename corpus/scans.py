"""Scanned twins of corpus documents: a page rasterised, then made to look scanned or photographed
(paper tone, noise, low contrast, a red seal over the text, a slight skew, a quarter turn), saved
as an image file or an image-only PDF. Deterministic: every random draw comes from a fixed seed.

Also the scanned corpus packets: copies of eligible packets with one file replaced by its scan;
their expected result is the text twin's, except that a check decided by a figure only the scan
states is `review` (`corpus/generate.py` writes both).
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
SCAN_DPI = 150
RED = (205, 30, 35)


@dataclass(frozen=True)
class Look:
    """How a scan is made; the defaults are a clean flatbed scan."""

    seed: int = 0
    noise: float = 6.0  # grey levels, standard deviation
    contrast: float = 1.0  # 1: full; 0.4: faded (ink and paper drawn towards grey)
    skew_deg: float = 0.0
    turns: int = 0  # quarter turns counter-clockwise (as np.rot90)
    seal: str | None = None  # text of a red seal stamped over the signature, or None
    jpeg_quality: int = 80


def rasterise(pdf: Path, page: int = 1, dpi: int = SCAN_DPI) -> Image.Image:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return document[page - 1].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()


def signature_point(pdf: Path, page: int = 1, dpi: int = SCAN_DPI) -> tuple[int, int]:
    """Pixel centre of the page's last text line, where a seal would be stamped."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        chars = document.pages[page - 1].chars
    if not chars:
        return (int(4.2 * dpi), int(3 * dpi))
    bottom = max(c["bottom"] for c in chars)
    last = [c for c in chars if c["bottom"] > bottom - 30]
    x = (min(c["x0"] for c in last) + max(c["x1"] for c in last)) / 2
    return (int(x * dpi / 72), int((bottom - 12) * dpi / 72))


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(str(FONT), size)
    except OSError:
        return ImageFont.load_default()


def seal_radius(dpi: int) -> int:
    return int(21 / 25.4 * dpi)  # a 42 mm round seal


def stamp_seal(image: Image.Image, centre: tuple[int, int], text: str, dpi: int = SCAN_DPI) -> Image.Image:
    """A 42 mm round seal multiplied over the page."""
    page = np.asarray(image, dtype=np.float32)
    ink = np.asarray(_seal_layer(image.size, centre, text, dpi), dtype=np.float32)
    return Image.fromarray((page * ink / 255.0).astype(np.uint8))


def seal_picture(text: str, dpi: int = 200) -> Image.Image:
    """The seal alone as an RGBA picture (red ink, transparent paper), as e-signed papers carry it."""
    radius = seal_radius(dpi)
    side = 2 * radius + 8
    layer = np.asarray(_seal_layer((side, side), (side // 2, side // 2), text, dpi))
    alpha = 255 - layer.min(axis=2)
    rgba = np.dstack([np.broadcast_to(np.array(RED, dtype=np.uint8), layer.shape), alpha]).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def _seal_layer(size: tuple[int, int], centre: tuple[int, int], text: str, dpi: int) -> Image.Image:
    """Ring, text along the upper arc, a star: red on white."""
    radius = seal_radius(dpi)
    layer = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(layer)
    cx, cy = centre
    ring = max(2, radius // 18)
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=RED, width=ring)
    font = _font(max(8, radius // 4))
    span = math.radians(220)
    for index, char in enumerate(text):
        angle = math.radians(-90) - span / 2 + span * (index + 0.5) / len(text)
        x = cx + 0.72 * radius * math.cos(angle)
        y = cy + 0.72 * radius * math.sin(angle)
        glyph = Image.new("L", (radius // 3, radius // 3), 0)
        ImageDraw.Draw(glyph).text((radius // 6, radius // 6), char, fill=255, font=font, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        corner = (int(x) - glyph.width // 2, int(y) - glyph.height // 2)
        layer.paste(Image.new("RGB", glyph.size, RED), corner, glyph)
    reach = [radius * 0.28 * (1 if k % 2 == 0 else 0.4) for k in range(10)]  # star: outer and inner points
    star = [(cx + r * math.cos(math.radians(-90 + 36 * k)), cy + r * math.sin(math.radians(-90 + 36 * k)))
            for k, r in enumerate(reach)]
    draw.polygon(star, fill=RED)
    return layer


def degrade(image: Image.Image, look: Look) -> Image.Image:
    rng = np.random.default_rng(look.seed)
    pixels = np.asarray(image.convert("RGB"), dtype=np.float32)
    pixels = pixels * np.array([0.97, 0.96, 0.93], dtype=np.float32)  # paper tone
    if look.contrast != 1.0:
        pixels = 128 + (pixels - 128) * look.contrast
    pixels += rng.normal(0.0, look.noise, pixels.shape[:2])[:, :, None]
    result = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if look.skew_deg:
        result = result.rotate(look.skew_deg, resample=Image.BICUBIC, expand=True, fillcolor=(238, 236, 230))
    if look.turns % 4:
        result = Image.fromarray(np.ascontiguousarray(np.rot90(np.asarray(result), look.turns)))
    return result


def scan_page(pdf: Path, page: int, look: Look, dpi: int = SCAN_DPI) -> Image.Image:
    image = rasterise(pdf, page, dpi)
    if look.seal:
        image = stamp_seal(image, signature_point(pdf, page, dpi), look.seal, dpi)
    return degrade(image, look)


def save_image(image: Image.Image, path: Path, look: Look, dpi: int = SCAN_DPI) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() in (".jpg", ".jpeg"):
        image.save(path, "JPEG", quality=look.jpeg_quality, dpi=(dpi, dpi))
    else:
        image.save(path, dpi=(dpi, dpi))


def image_pdf(images: list[Image.Image], dpi: int = SCAN_DPI) -> bytes:
    """An image-only PDF, one page per image, pages sized by `dpi`."""
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:], quality=80)
    return buffer.getvalue()


def _reproducible(pdf: bytes) -> bytes:
    """PDFium stamps the time and a time-based /ID; fixed ones of the same length (offsets unchanged)
    keep the corpus byte-for-byte reproducible."""
    pdf = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20230301000000", pdf)
    stamp = re.compile(rb"/ID\[<[0-9A-Fa-f]{32}><[0-9A-Fa-f]{32}>\]")
    identity = hashlib.md5(stamp.sub(b"", pdf)).hexdigest().upper().encode()
    return stamp.sub(b"/ID[<" + identity + b"><" + identity + b">]", pdf)


def scan_pdf(source: Path, target: Path, look: Look, pages: list[int] | None = None,
             dpi: int = SCAN_DPI) -> None:
    """`target` = `source` with `pages` (all by default) replaced by their scans; other pages kept as text."""
    import pypdfium2 as pdfium

    original = pdfium.PdfDocument(str(source))
    count = len(original)
    wanted = list(range(1, count + 1)) if pages is None else pages
    scans = {n: pdfium.PdfDocument(image_pdf([scan_page(source, n, look, dpi)], dpi)) for n in wanted}
    result = pdfium.PdfDocument.new()
    for number in range(1, count + 1):
        if number in scans:
            result.import_pages(scans[number], [0])
        else:
            result.import_pages(original, [number - 1])
    buffer = io.BytesIO()
    result.save(buffer)
    for document in (result, *scans.values(), original):
        document.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(_reproducible(buffer.getvalue()))


@dataclass(frozen=True)
class ScanVariant:
    name: str  # the new packet
    twin: str  # the eligible packet it copies
    file: str  # the file of the twin replaced by its scan
    target: str  # the scan's file name in the new packet
    look: Look
    pages: tuple[int, ...] | None = None  # PDF pages scanned (None: all)
    # checks that turn to review: the figure deciding them is now an amount read by OCR alone, and no other
    # document of the packet states it (the decision gate passes no unconfirmed OCR amount)
    reviews: tuple[str, ...] = ()

    def expected(self, twin: dict) -> dict:
        """The text twin's expected result, with the reviews an unconfirmed OCR reading brings."""
        if not self.reviews:
            return twin
        checks = {**twin["checks"], **{f"{twin['category']}.{check}": "review" for check in self.reviews}}
        return {**twin, "outcome": "needs_review", "checks": checks}


SCAN_VARIANTS: tuple[ScanVariant, ...] = (
    ScanVariant("ocr-01-license-photo", "tt-01-eligible", "17-营业执照.pdf", "17-营业执照.jpg",
                Look(seed=1, noise=8, skew_deg=1.2, contrast=0.7),
                reviews=("registered_capital_min",)),
    ScanVariant("ocr-02-filing-scan", "sf-01-eligible", "06-项目备案证.pdf", "06-项目备案证.pdf",
                Look(seed=2, turns=1, seal="苏州工业园区行政审批局")),
    ScanVariant("ocr-03-acceptance-scan", "sf-01-eligible", "03-验收意见.pdf", "03-验收意见.pdf",
                Look(seed=3, seal="苏州新锐精密制造股份有限公司")),
    # the unsealed acceptance opinion of sf-10, scanned after the applicant stamped it itself: still no seal of
    # the recommending unit, now only another body's (the review stays, its reason read from the seal)
    ScanVariant("ocr-05-acceptance-own-seal", "sf-10-acceptance-unsealed", "03-验收意见.pdf", "03-验收意见.jpg",
                Look(seed=5, noise=5, seal="南通海洋重工股份有限公司")),
    ScanVariant("ocr-04-audit-table-scan", "sf-01-eligible", "02-专项审计报告.pdf", "02-专项审计报告.pdf",
                Look(seed=4, noise=5, seal="苏州华明会计师事务所有限公司"), pages=(2,)),
)


def write_scan_variant(root: Path, variant: ScanVariant) -> Path:
    source, folder = root / variant.twin, root / variant.name
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(source, folder)
    (folder / variant.file).unlink()
    target = folder / variant.target
    if target.suffix.lower() == ".pdf":
        scan_pdf(source / variant.file, target, variant.look, list(variant.pages) if variant.pages else None)
    else:
        save_image(scan_page(source / variant.file, 1, variant.look), target, variant.look)
    return folder
