"""Red seals on a rendered page: red mask → round or oval shapes of a seal's size.

Official seals are 38-45 mm round, 发票专用章 40×30 mm oval; we accept 15-70 mm across,
width/height within 1:2. Two ways to see one: a blob (the mask closed over the gaps between
its letters) that fills its ellipse, with enough red inside; or the hole inside a red ring,
which stays a clean ellipse when red title text or red ruling lines touch the ring outside
(e-invoices print both in red).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from grantcheck.model import BBox

MM = 72 / 25.4  # points per millimetre
MIN_SIZE, MAX_SIZE = 15 * MM, 70 * MM
MAX_ASPECT = 2.0
MIN_FILL = 0.6  # blob area / area of its bounding ellipse
MIN_RED = 0.06  # red pixels / bounding-box pixels (a ring with text and star)


@dataclass(frozen=True)
class SealBox:
    bbox: BBox  # points
    score: float  # red share inside the box; larger, denser seals first
    text: str | None = None  # the words around it, where OCR read them (seal_text.py)


def red_mask(pixels: np.ndarray) -> np.ndarray:
    import cv2

    hsv = cv2.cvtColor(np.ascontiguousarray(pixels), cv2.COLOR_RGB2HSV)
    # hue <= 10 or >= 160, saturation >= 60, value >= 70 (bounds inclusive): 255 there, else 0
    low = cv2.inRange(hsv, np.array([0, 60, 70], np.uint8), np.array([10, 255, 255], np.uint8))
    high = cv2.inRange(hsv, np.array([160, 60, 70], np.uint8), np.array([255, 255, 255], np.uint8))
    return cv2.bitwise_or(low, high)


def _candidate(contour: np.ndarray, mask: np.ndarray, scale: float) -> SealBox | None:
    import cv2

    x, y, w, h = cv2.boundingRect(contour)
    w_pt, h_pt = w / scale, h / scale
    if not (MIN_SIZE <= w_pt <= MAX_SIZE and MIN_SIZE <= h_pt <= MAX_SIZE):
        return None
    if max(w, h) > MAX_ASPECT * min(w, h):
        return None
    if cv2.contourArea(contour) < MIN_FILL * math.pi / 4 * w * h:
        return None
    red = float(np.count_nonzero(mask[y:y + h, x:x + w])) / (w * h)
    if red < MIN_RED:
        return None
    bbox = (round(x / scale, 2), round(y / scale, 2), round((x + w) / scale, 2), round((y + h) / scale, 2))
    return SealBox(bbox=bbox, score=round(red, 3))


def _without_long_lines(mask: np.ndarray, scale: float) -> np.ndarray:
    import cv2

    length = max(5, int(10 * MM * scale))  # straight red runs this long are ruling lines, not a ring
    rect = cv2.MORPH_RECT
    horizontal = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(rect, (length, 1)))
    vertical = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(rect, (1, length)))
    return cv2.subtract(mask, horizontal | vertical)


def _blobs(mask: np.ndarray, scale: float) -> list[SealBox]:
    import cv2

    size = max(3, int(round(1.5 * MM * scale)) | 1)  # bridges the gaps between a seal's letters
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    return [c for c in (_candidate(contour, mask, scale) for contour in contours) if c is not None]


def _rings(mask: np.ndarray, scale: float) -> list[SealBox]:
    """Seals seen from inside: elliptic holes of a red ring."""
    import cv2

    ring = cv2.dilate(mask, np.ones((2, 2), np.uint8))
    contours, hierarchy = cv2.findContours(ring, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return []
    found = []
    for contour, (_, _, _, parent) in zip(contours, hierarchy[0], strict=True):
        if parent < 0:
            continue
        x, y, w, h = cv2.boundingRect(contour)
        pad = max(1, int(0.04 * max(w, h)))  # the ring's own width outside the hole
        x, y, w, h = x - pad, y - pad, w + 2 * pad, h + 2 * pad
        if not (MIN_SIZE <= w / scale <= MAX_SIZE and MIN_SIZE <= h / scale <= MAX_SIZE):
            continue
        if max(w, h) > MAX_ASPECT * min(w, h):
            continue
        if cv2.contourArea(contour) < 0.8 * math.pi / 4 * (w - 2 * pad) * (h - 2 * pad):  # not an ellipse
            continue
        red = float(np.count_nonzero(mask[max(0, y):y + h, max(0, x):x + w])) / (w * h)
        if red >= MIN_RED:
            bbox = (round(max(0, x) / scale, 2), round(max(0, y) / scale, 2), round((x + w) / scale, 2),
                    round((y + h) / scale, 2))
            found.append(SealBox(bbox=bbox, score=round(red, 3)))
    return found


def _prominence(seal: SealBox) -> float:
    return (seal.bbox[2] - seal.bbox[0]) * (seal.bbox[3] - seal.bbox[1]) * seal.score


def _overlaps(a: BBox, b: BBox) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def find_seals(pixels: np.ndarray, scale: float) -> list[SealBox]:
    """Seals on one page image (RGB, `scale` pixels per point), most prominent first."""
    mask = red_mask(pixels)
    if np.count_nonzero(mask) < (MIN_SIZE * scale) ** 2 * MIN_RED * 0.5:
        return []
    unlined = _without_long_lines(mask, scale)  # red ruling lines (e-invoices) run into seals
    found: list[SealBox] = []
    candidates = _blobs(mask, scale) + _blobs(unlined, scale) + _rings(unlined, scale)
    for seal in sorted(candidates, key=_prominence, reverse=True):
        if not any(_overlaps(seal.bbox, kept.bbox) for kept in found):
            found.append(seal)
    return found
