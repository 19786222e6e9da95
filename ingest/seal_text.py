"""The words around a round seal, read by OCR after a polar unwrap: the ring of red text becomes one
horizontal line ("常州市工业和信息化局"). Only for pages already read by OCR, whose engine is loaded;
a text page never pays for the engine just to read its seal."""

from __future__ import annotations

import numpy as np

from ingest.seal import SealBox, red_mask

ANGLES = 1440  # rows of the polar image: a quarter degree each
TEXT_FROM_DEG, TEXT_SPAN_DEG = 120, 300  # seal text runs clockwise from lower left, over the top, to lower right
RING = (0.55, 0.97)  # the band of the radius the text sits in
MIN_SCORE = 0.6
MAX_SEALS = 2


def _red_ink(pixels: np.ndarray, box: SealBox, scale: float) -> np.ndarray | None:
    """The seal's box with only its red ink, dark on white."""
    import cv2

    x0, y0, x1, y1 = (int(round(v * scale)) for v in box.bbox)
    crop = pixels[max(0, y0):max(0, y1), max(0, x0):max(0, x1)]
    if crop.size == 0 or min(crop.shape[:2]) < 40:
        return None
    return cv2.cvtColor(255 - red_mask(crop), cv2.COLOR_GRAY2RGB)


def unwrapped(ink: np.ndarray) -> np.ndarray:
    """The seal's ring of text as a horizontal strip, dark on white, upright."""
    import cv2

    height, width = ink.shape[:2]
    radius = min(width, height) / 2
    polar = cv2.warpPolar(ink, (int(radius), ANGLES), (width / 2, height / 2), radius, cv2.WARP_POLAR_LINEAR)
    polar = np.concatenate([polar, polar], axis=0)  # the text crosses angle 0
    start, span = ANGLES * TEXT_FROM_DEG // 360, ANGLES * TEXT_SPAN_DEG // 360
    band = polar[start:start + span, int(RING[0] * radius):int(RING[1] * radius)]
    return np.ascontiguousarray(np.rot90(band, 1))  # angle left to right, the ring's outside on top


def _longest_read(image: np.ndarray) -> str | None:
    from ingest.ocr import engine

    result = engine()(image, use_det=True, use_cls=False, use_rec=True)
    if result is None or not getattr(result, "txts", None):
        return None
    read = [(text.strip("★☆ "), float(score)) for text, score in zip(result.txts, result.scores, strict=False)]
    read = [(text, score) for text, score in read if len(text) >= 2 and score >= MIN_SCORE]
    return max(read, key=lambda item: len(item[0]))[0] if read else None


def read_seal(pixels: np.ndarray, box: SealBox, scale: float) -> str | None:
    """Curved text read unwrapped; a stamp with straight text (a 发票专用章's code, a rectangular stamp)
    read as it stands."""
    ink = _red_ink(pixels, box, scale)
    if ink is None:
        return None
    return _longest_read(unwrapped(ink)) or _longest_read(ink)
