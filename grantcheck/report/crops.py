"""Evidence crops: the page region a figure was read from, its bbox highlighted, as a small embedded image.

PDF pages (text or scanned) are rendered by pypdfium2 for the region only; image files (scans and photos
read by OCR) are cropped from the decoded image. Each crop is WebP at a modest quality, so a packet with
many figures stays light. DOCX, OFD and XML sources have no geometry: the report shows their text.

    with CropMaker(packet_path) as crops:
        crop = crops.crop(source)  # Crop | None
"""

from __future__ import annotations

import base64
import io
import logging
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from ingest.packet import open_packet
from ingest.zipguard import readable_name

log = logging.getLogger("grantcheck.crops")

PDF_SCALE = 2.0  # px per pt (144 dpi): small print stays legible
MARGIN_PT = (36.0, 22.0)  # around the bbox, horizontal and vertical
TEXT_WIDTH = (0.06, 0.94)  # a crop spans at least this share of the page's width
MAX_WIDTH_PX = 1000
QUALITY = 62
HIGHLIGHT = (255, 214, 0, 90)  # translucent yellow over the words
OUTLINE = (214, 40, 40, 255)


@dataclass(frozen=True)
class Crop:
    data_uri: str
    width: int  # pixels
    height: int
    bytes: int


Box = tuple[float, float, float, float]


def _region(bbox: Box, width: float, height: float) -> Box:
    """The bbox with a margin, widened to the page's text width so a table cell shows its row's label."""
    x0, top, x1, bottom = bbox
    left = max(0.0, min(x0 - MARGIN_PT[0], width * TEXT_WIDTH[0]))
    right = min(width, max(x1 + MARGIN_PT[0], width * TEXT_WIDTH[1]))
    return left, max(0.0, top - MARGIN_PT[1]), right, min(height, bottom + MARGIN_PT[1])


def _encode(image: object, box: tuple[float, float, float, float]) -> Crop:
    """Highlight `box` (pixels within the image) and encode as a WebP data URI."""
    from PIL import Image, ImageDraw

    rgba = image.convert("RGBA")  # type: ignore[attr-defined]
    if rgba.width > MAX_WIDTH_PX:
        factor = MAX_WIDTH_PX / rgba.width
        rgba = rgba.resize((MAX_WIDTH_PX, max(1, round(rgba.height * factor))), Image.LANCZOS)
        box = tuple(v * factor for v in box)  # type: ignore[assignment]
    overlay = Image.new("RGBA", rgba.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    draw.rectangle(box, fill=HIGHLIGHT, outline=OUTLINE, width=2)
    merged = Image.alpha_composite(rgba, overlay).convert("RGB")
    buffer = io.BytesIO()
    merged.save(buffer, "WEBP", quality=QUALITY, method=4)
    data = buffer.getvalue()
    uri = "data:image/webp;base64," + base64.b64encode(data).decode("ascii")
    return Crop(uri, merged.width, merged.height, len(data))


class CropMaker:
    """Crops from one packet's files, opened (a zip extracted) for as long as the maker is open."""

    def __init__(self, packet: Path) -> None:
        self.packet = packet
        self._stack = ExitStack()
        self._files: dict[str, Path] = {}
        self._pdfs: dict[str, object] = {}
        self._images: dict[tuple[str, int], object] = {}
        self._cache: dict[tuple, Crop | None] = {}
        self._formats: dict[str, str] = {}

    def __enter__(self) -> CropMaker:
        try:
            opened = self._stack.enter_context(open_packet(self.packet))
        except Exception as exc:  # the report was made; without its files it still reads, with text only
            log.warning("crops: packet %s not reopened: %s", self.packet, exc)
            return self
        self._files = {readable_name(f.rel): f.path for f in opened.files if f.path is not None}
        return self

    def __exit__(self, *exc: object) -> None:
        for pdf in self._pdfs.values():
            if pdf is not None:
                pdf.close()  # type: ignore[attr-defined]
        self._pdfs.clear()
        self._images.clear()
        self._stack.close()

    def crop(self, source: dict) -> Crop | None:
        """The crop for a report source ({document, page, bbox}), None where the source has no geometry."""
        bbox, page, document = source.get("bbox"), source.get("page"), source.get("document")
        if not bbox or not page or document not in self._files:
            return None
        key = (document, page, tuple(round(v, 1) for v in bbox))
        if key not in self._cache:
            try:
                self._cache[key] = self._make(self._files[document], document, page, tuple(bbox))
            except Exception as exc:  # a crop is an aid: a page that will not render leaves the text
                log.warning("crop %s p.%s failed: %s", document, page, exc)
                self._cache[key] = None
        return self._cache[key]

    def _make(self, path: Path, document: str, page: int, bbox: tuple) -> Crop | None:
        from ingest.read import sniff

        if document not in self._formats:  # by the bytes, as it was read: a photo saved as .pdf is a photo
            self._formats[document] = sniff(path)
        if self._formats[document] == "pdf":
            return self._pdf_crop(path, document, page, bbox)
        if self._formats[document] == "image":
            return self._image_crop(path, document, page, bbox)
        return None

    def _pdf_crop(self, path: Path, document: str, number: int, bbox: tuple) -> Crop | None:
        import pypdfium2 as pdfium

        if document not in self._pdfs:
            try:
                self._pdfs[document] = pdfium.PdfDocument(str(path))
            except pdfium.PdfiumError:
                self._pdfs[document] = None
        pdf = self._pdfs[document]
        if pdf is None or not 1 <= number <= len(pdf):  # type: ignore[arg-type]
            return None
        page = pdf[number - 1]  # type: ignore[index]
        try:
            width, height = page.get_size()
            left, top, right, bottom = _region(bbox, width, height)
            if right - left < 2 or bottom - top < 2:
                return None
            bitmap = page.render(scale=PDF_SCALE, crop=(left, height - bottom, width - right, top),
                                 may_draw_forms=True)
            image = bitmap.to_pil()
            bitmap.close()
        finally:
            page.close()
        box = ((bbox[0] - left) * PDF_SCALE, (bbox[1] - top) * PDF_SCALE,
               (bbox[2] - left) * PDF_SCALE, (bbox[3] - top) * PDF_SCALE)
        return _encode(image, box)

    def _image_crop(self, path: Path, document: str, frame: int, bbox: tuple) -> Crop | None:
        from PIL import Image

        from ingest.render import ImageFrames

        key = (document, frame)
        if key not in self._images:
            rasters = ImageFrames(path, max_frames=frame)
            self._images[key] = next((r for i, r in enumerate(rasters, start=1) if i == frame), None)
        raster = self._images[key]
        if raster is None:
            return None
        scale = raster.scale  # type: ignore[attr-defined]
        left, top, right, bottom = _region(bbox, raster.width_pt, raster.height_pt)  # type: ignore[attr-defined]
        pixels = raster.pixels[int(top * scale):int(bottom * scale), int(left * scale):int(right * scale)]  # type: ignore[attr-defined]
        if pixels.size == 0:
            return None
        box = ((bbox[0] - left) * scale, (bbox[1] - top) * scale,
               (bbox[2] - left) * scale, (bbox[3] - top) * scale)
        return _encode(Image.fromarray(pixels), box)
