"""Ruled tables on an OCR'd page: ruling lines found by morphology, cells from the grid they
draw, each OCR box put in the cell holding its centre. Cells and locators as the PDF reader
gives them (`t1r2c3`), so table-reading extractors work on scans too."""

from __future__ import annotations

import math

import numpy as np

from grantcheck.model import BBox
from ingest.model import Cell, Table
from ingest.ocr import TextBox
from ingest.ocr_layout import skew

INK = 160  # grey level below which a pixel is ink
MIN_TABLE_WIDTH = 0.3  # of the page width
LINE_COVER = 0.3  # a ruling line spans at least this share of its table's width or height


def _positions(profile: np.ndarray, threshold: float) -> list[int]:
    """Centres of the runs where `profile` reaches `threshold`."""
    hits = np.flatnonzero(profile >= threshold)
    if hits.size == 0:
        return []
    runs = np.split(hits, np.flatnonzero(np.diff(hits) > 2) + 1)
    return [int(run.mean()) for run in runs]


def _masks(gray: np.ndarray, text_height: float) -> tuple[np.ndarray, np.ndarray]:
    import cv2

    ink = (gray < INK).astype(np.uint8)
    height, width = ink.shape
    long_h = max(int(width / 20), int(6 * text_height))
    long_v = max(int(2.5 * text_height), 15)
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (long_h, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, long_v)))
    return horizontal, vertical


Region = tuple[int, int, int, int]  # x, y, width, height in pixels


def _regions(horizontal: np.ndarray, vertical: np.ndarray, text_height: float) -> list[Region]:
    import cv2

    grid = cv2.dilate(horizontal | vertical, np.ones((5, 5), np.uint8))
    contours, _ = cv2.findContours(grid, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    width = horizontal.shape[1]
    boxes = [cv2.boundingRect(c) for c in contours]
    return sorted((b for b in boxes if b[2] >= MIN_TABLE_WIDTH * width and b[3] >= 2 * text_height),
                  key=lambda b: (b[1], b[0]))


Placed = tuple[TextBox, float, float]  # a box and its centre on the levelled page


def _cells(rows: list[int], cols: list[int], boxes: list[Placed]) -> list[list[list[TextBox]]]:
    grid: list[list[list[TextBox]]] = [[[] for _ in cols[1:]] for _ in rows[1:]]
    for box, cx, cy in boxes:
        r = int(np.searchsorted(rows, cy)) - 1
        c = int(np.searchsorted(cols, cx)) - 1
        if 0 <= r < len(rows) - 1 and 0 <= c < len(cols) - 1:
            grid[r][c].append(box)
    return grid


def _text(boxes: list[TextBox]) -> str:
    ordered = sorted(boxes, key=lambda b: (round(float(b.quad[:, 1].mean()) / 10), float(b.quad[:, 0].min())))
    return "".join(b.text.strip() for b in ordered)


def _bbox(x0: float, top: float, x1: float, bottom: float, scale: float) -> BBox:
    return (round(x0 / scale, 2), round(top / scale, 2), round(x1 / scale, 2), round(bottom / scale, 2))


def _table(index: int, region: Region, horizontal: np.ndarray, vertical: np.ndarray,
           centres: list[Placed], scale: float) -> Table | None:
    x, y, w, h = region
    rows = _positions(horizontal[y:y + h, x:x + w].sum(axis=1), LINE_COVER * w)
    cols = _positions(vertical[y:y + h, x:x + w].sum(axis=0), LINE_COVER * h)
    if len(rows) < 2 or len(cols) < 2 or (len(rows) == 2 and len(cols) == 2):
        return None  # a frame round the page or a stamp's box is no table: its lines stay lines
    rows, cols = [y + r for r in rows], [x + c for c in cols]
    grid = _cells(rows, cols, centres)
    out = []
    for r, cells in enumerate(grid):
        out.append(tuple(
            Cell(row=r, col=c, text=_text(found), locator=f"t{index}r{r + 1}c{c + 1}",
                 bbox=_bbox(cols[c], rows[r], cols[c + 1], rows[r + 1], scale))
            for c, found in enumerate(cells)))
    return Table(index=index, rows=tuple(out), bbox=_bbox(cols[0], rows[0], cols[-1], rows[-1], scale))


def ocr_tables(gray: np.ndarray, boxes: list[TextBox], scale: float) -> tuple[Table, ...]:
    """Tables of one upright page image (`gray`: H x W uint8; `scale`: pixels per point)."""
    import cv2

    if not boxes:
        return ()
    text_height = float(np.median([np.linalg.norm(b.quad[3] - b.quad[0]) for b in boxes]))
    angle = math.degrees(skew(boxes))
    matrix = cv2.getRotationMatrix2D((gray.shape[1] / 2, gray.shape[0] / 2), angle, 1.0)
    if abs(angle) > 0.2:  # level the page so that ruling lines are rows and columns of pixels
        gray = cv2.warpAffine(gray, matrix, (gray.shape[1], gray.shape[0]), borderValue=255)
    horizontal, vertical = _masks(gray, text_height)
    centres = []
    for box in boxes:
        cx, cy = box.quad.mean(axis=0)
        lx, ly = matrix @ np.array([cx, cy, 1.0]) if abs(angle) > 0.2 else (cx, cy)
        centres.append((box, float(lx), float(ly)))
    tables = []
    for region in _regions(horizontal, vertical, text_height):
        table = _table(len(tables) + 1, region, horizontal, vertical, centres, scale)
        if table is not None:
            tables.append(table)
    if not tables:  # no rulings: rows of aligned boxes may still be a table
        from ingest.ocr_rows import borderless_tables

        tables = borderless_tables(centres, text_height, scale, 1)
    return tuple(tables)
