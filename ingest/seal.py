"""Red seals on a rendered page: red mask → closed blobs → round or oval blobs of a seal's size.

Official seals are 38-45 mm round, 发票专用章 40×30 mm oval; we accept 15-70 mm across,
width/height within 1:2, a blob that fills its ellipse, and enough red inside it.
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


def red_mask(pixels: np.ndarray) -> np.ndarray:
    import cv2

    hsv = cv2.cvtColor(np.ascontiguousarray(pixels), cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[:, :, 0], hsv[:, :, 1], hsv[:, :, 2]
    return (((hue <= 10) | (hue >= 160)) & (sat >= 60) & (val >= 70)).astype(np.uint8) * 255


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


def find_seals(pixels: np.ndarray, scale: float) -> list[SealBox]:
    """Seals on one page image (RGB, `scale` pixels per point), most prominent first."""
    import cv2

    mask = red_mask(pixels)
    if np.count_nonzero(mask) < (MIN_SIZE * scale) ** 2 * MIN_RED * 0.5:
        return []
    size = max(3, int(round(1.5 * MM * scale)) | 1)  # bridges the gaps between a seal's letters
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    found = [c for c in (_candidate(contour, mask, scale) for contour in contours) if c is not None]
    return sorted(found, key=lambda s: (s.bbox[2] - s.bbox[0]) * (s.bbox[3] - s.bbox[1]) * s.score, reverse=True)
