"""Pages and image files → RGB pixel arrays, with every size capped before work starts.

`render_page` is shared by OCR, seal detection, QR codes and evidence crops:

    with open_pdf(path) as pdf:
        raster = render_page(pdf, 1, dpi=200)   # raster.pixels: HxWx3 uint8, raster.scale: px per pt

A page whose size would exceed `max_pixels` at the asked resolution is rendered smaller.
"""

from __future__ import annotations

import contextlib
import functools
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported where pixels are made: a packet without scans or seals needs none
    import numpy as np

OCR_DPI = 200
SEAL_DPI = 72
MAX_PIXELS = 12_000_000  # one rendered page or loaded image, after scaling down
MAX_SOURCE_PIXELS = 100_000_000  # an image file declaring more is refused (decompression bomb)
MAX_PAGE_POINTS = 14_400  # PDF's own UserUnit-free limit (200 in); larger pages are absurd
MAX_FRAMES = 4  # frames read from a multi-frame TIFF/GIF
DEFAULT_IMAGE_DPI = 200  # for image files that carry no plausible resolution


class RenderError(Exception):
    """A page or image that cannot be rendered; the message is Chinese, for reviewers."""


@dataclass(frozen=True)
class Raster:
    pixels: np.ndarray  # H x W x 3, uint8, RGB
    scale: float  # pixels per PDF point (72 pt = 1 in)
    width_pt: float
    height_pt: float


def _capped_scale(width_pt: float, height_pt: float, dpi: float, max_pixels: int) -> float:
    scale = dpi / 72.0
    pixels = width_pt * height_pt * scale * scale
    if pixels > max_pixels:
        scale *= (max_pixels / pixels) ** 0.5 * 0.995  # the renderer rounds sizes up
    return scale


@contextlib.contextmanager
def open_pdf(path: Path) -> Iterator[object]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise RenderError("PDF 无法渲染（文件损坏或已加密）") from exc
    try:
        yield pdf
    finally:
        pdf.close()


def render_page(pdf: object, number: int, dpi: float = OCR_DPI, max_pixels: int = MAX_PIXELS) -> Raster:
    """Page `number` (from 1) of an open pypdfium2 document as RGB pixels."""
    import numpy as np
    import pypdfium2 as pdfium

    try:
        page = pdf[number - 1]  # type: ignore[index]
    except pdfium.PdfiumError as exc:
        raise RenderError(f"第 {number} 页无法渲染") from exc
    try:
        width_pt, height_pt = page.get_size()
        if not (0 < width_pt <= MAX_PAGE_POINTS and 0 < height_pt <= MAX_PAGE_POINTS):
            raise RenderError(f"第 {number} 页尺寸异常（{width_pt:.0f}×{height_pt:.0f} pt），未渲染")
        scale = _capped_scale(width_pt, height_pt, dpi, max_pixels)
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=False)
        pixels = np.array(bitmap.to_numpy()[:, :, :3], dtype=np.uint8, copy=True)
        bitmap.close()
    finally:
        page.close()
    return Raster(pixels=pixels, scale=scale, width_pt=width_pt, height_pt=height_pt)


def _image_dpi(image: object) -> float:
    dpi = getattr(image, "info", {}).get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if 50 <= value <= 1200 else DEFAULT_IMAGE_DPI


def _frame_to_raster(image: object, max_pixels: int) -> Raster:
    import numpy as np
    from PIL import ImageOps

    image = ImageOps.exif_transpose(image)  # type: ignore[arg-type]
    dpi = _image_dpi(image)
    width, height = image.size
    if width * height > max_pixels:
        factor = (max_pixels / (width * height)) ** 0.5
        image = image.resize((max(1, int(width * factor)), max(1, int(height * factor))))
    else:
        factor = 1.0
    pixels = np.asarray(image.convert("RGB"), dtype=np.uint8)
    scale = dpi / 72.0 * factor
    return Raster(pixels=pixels, scale=scale, width_pt=width * 72.0 / dpi, height_pt=height * 72.0 / dpi)


@functools.cache
def _open_heif() -> None:
    """Let Pillow open HEIC/AVIF photos (iPhones save HEIC), where pillow-heif is installed."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return
    register_heif_opener()


class ImageFrames:
    """The frames of an image file, decoded one at a time (at most `max_frames`), each scaled to at most
    `max_pixels`. After iterating, `more` says whether the file had frames beyond those."""

    def __init__(self, path: Path, max_pixels: int = MAX_PIXELS, max_frames: int = MAX_FRAMES) -> None:
        self.path, self.max_pixels, self.max_frames = path, max_pixels, max_frames
        self.more = False

    def __iter__(self) -> Iterator[Raster]:
        from PIL import Image, UnidentifiedImageError

        Image.MAX_IMAGE_PIXELS = MAX_SOURCE_PIXELS
        _open_heif()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # corrupt EXIF and the like: the pixels may still be fine
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                with Image.open(self.path) as image:
                    yield from self._frames(image)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise RenderError("图片像素数超出上限，疑似恶意文件，未读取") from exc
        except UnidentifiedImageError as exc:
            raise RenderError("图片格式无法识别或文件损坏") from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise RenderError("图片文件损坏或不完整") from exc

    def _frames(self, image: object) -> Iterator[Raster]:
        width, height = image.size  # type: ignore[attr-defined]
        if width <= 0 or height <= 0 or width * height > MAX_SOURCE_PIXELS:
            raise RenderError(f"图片尺寸异常（{width}×{height} 像素），疑似恶意文件，未读取")
        if width * height > self.max_pixels:  # JPEG decodes at 1/2, 1/4, 1/8 size directly
            factor = (self.max_pixels / (width * height)) ** 0.5
            image.draft("RGB", (int(width * factor), int(height * factor)))  # type: ignore[attr-defined]
        yield _frame_to_raster(image, self.max_pixels)
        for index in range(1, self.max_frames + 1):  # seek frame by frame: n_frames would walk them all
            try:
                image.seek(index)  # type: ignore[attr-defined]
            except EOFError:
                return
            if index == self.max_frames:
                self.more = True
                return
            yield _frame_to_raster(image, self.max_pixels)


def load_image(path: Path, max_pixels: int = MAX_PIXELS, max_frames: int = MAX_FRAMES) -> list[Raster]:
    """The first `max_frames` frames of an image file, each scaled to at most `max_pixels`."""
    return list(ImageFrames(path, max_pixels, max_frames))
