"""OCR text boxes → Lines the way the PDF reader makes them: one visual row is one line, its boxes
its segments left to right, bboxes in PDF points (x0, top, x1, bottom; top-left origin)."""

from __future__ import annotations

import math
from statistics import median

import numpy as np

from grantcheck.model import BBox, merge_bboxes
from ingest.model import Line
from ingest.ocr import TextBox

MAX_SKEW_DEG = 10.0


def _height(box: TextBox) -> float:
    return float((np.linalg.norm(box.quad[3] - box.quad[0]) + np.linalg.norm(box.quad[2] - box.quad[1])) / 2)


def skew(boxes: list[TextBox]) -> float:
    """The page's skew (radians) from the top edges of long boxes; 0 when there are none."""
    angles = []
    for box in boxes:
        dx, dy = box.quad[1] - box.quad[0]
        if dx > 3 * _height(box):
            angles.append(math.atan2(float(dy), float(dx)))
    if not angles:
        return 0.0
    angle = median(angles)
    return angle if abs(angle) <= math.radians(MAX_SKEW_DEG) else 0.0


def _rows(boxes: list[TextBox]) -> list[list[TextBox]]:
    """Boxes whose deskewed vertical centres agree, top to bottom."""
    slope = math.tan(skew(boxes))

    def level(box: TextBox) -> float:
        cx, cy = box.quad.mean(axis=0)
        return float(cy - slope * cx)

    rows: list[list[TextBox]] = []
    centres: list[float] = []
    for box in sorted(boxes, key=level):
        y = level(box)
        if rows:
            tolerance = 0.5 * min(_height(box), median(_height(b) for b in rows[-1]))
            if abs(y - centres[-1]) <= tolerance:
                rows[-1].append(box)
                centres[-1] = sum(level(b) for b in rows[-1]) / len(rows[-1])
                continue
        rows.append([box])
        centres.append(y)
    return [sorted(row, key=lambda b: float(b.quad[:, 0].min())) for row in rows]


def _bbox(box: TextBox, scale: float) -> BBox:
    x0, top = box.quad.min(axis=0) / scale
    x1, bottom = box.quad.max(axis=0) / scale
    return (round(float(x0), 2), round(float(top), 2), round(float(x1), 2), round(float(bottom), 2))


def ocr_lines(boxes: list[TextBox], scale: float) -> tuple[Line, ...]:
    """`scale`: pixels per point of the image the boxes were found on."""
    lines = []
    for row in _rows(boxes):
        texts = tuple(box.text.strip() for box in row)
        chars = sum(len(t) for t in texts) or 1
        confidence = sum(box.score * len(t) for box, t in zip(row, texts, strict=True)) / chars
        lines.append(Line(text=" ".join(texts), segments=texts,
                          bbox=merge_bboxes([_bbox(box, scale) for box in row]),
                          confidence=round(confidence, 3)))
    return tuple(lines)
