"""A table without rulings on an OCR'd page: consecutive lines that split into the same number of fields,
field by field of the same shape (a bank's 利息回单 photographed: 结息日 计息起日 天数 利息金额), with the
line above them as its header. OCR reads such a row as one box, so fields are its space-separated words.
Cells and locators as the ruled tables give them, so dated rows and column headers reach the extractors
from a photo as from a PDF."""

from __future__ import annotations

import re

import numpy as np

from ingest.model import Cell, Table
from ingest.ocr import TextBox

Placed = tuple[TextBox, float, float]  # a box and its centre on the levelled page
MIN_COLUMNS, MIN_ROWS = 3, 3
LINE_GAP = 2.5  # text heights between two rows of one table
NUMERIC = re.compile(r"^[\d,.\-/:年月日%¥￥]+$")


def _lines(placed: list[Placed], text_height: float) -> list[list[Placed]]:
    lines: list[list[Placed]] = []
    for item in sorted(placed, key=lambda p: p[2]):
        if lines and abs(item[2] - float(np.mean([p[2] for p in lines[-1]]))) < 0.6 * text_height:
            lines[-1].append(item)
        else:
            lines.append([item])
    return [sorted(line, key=lambda p: p[1]) for line in lines]


def _fields(line: list[Placed]) -> list[str]:
    return " ".join(item[0].text.strip() for item in line).split()


def _shape(fields: list[str]) -> tuple[bool, ...]:
    return tuple(bool(NUMERIC.match(f)) for f in fields)


def _runs(lines: list[list[Placed]], text_height: float) -> list[tuple[int, int]]:
    runs, start = [], 0
    for i in range(1, len(lines) + 1):
        if i < len(lines):
            close = lines[i][0][2] - lines[i - 1][0][2] < LINE_GAP * text_height
            upper, lower = _fields(lines[i - 1]), _fields(lines[i])
            if close and len(lower) >= MIN_COLUMNS and _shape(upper) == _shape(lower) and any(_shape(lower)):
                continue
        if i - start >= MIN_ROWS:
            runs.append((start, i))
        start = i
    return runs


def _bbox(line: list[Placed], scale: float) -> tuple[float, float, float, float]:
    quads = np.concatenate([item[0].quad for item in line]) / scale
    (x0, top), (x1, bottom) = quads.min(axis=0), quads.max(axis=0)
    return round(float(x0), 2), round(float(top), 2), round(float(x1), 2), round(float(bottom), 2)


def _header(fields: list[str], columns: int) -> list[str]:
    """A header with fewer words than columns (结息日计息起日天数 | 利息金额（元）): its first words over the
    first columns, its last word over the last column, where amounts stand."""
    if len(fields) >= columns:
        return fields[:columns - 1] + [" ".join(fields[columns - 1:])]
    return fields[:-1] + [""] * (columns - len(fields)) + fields[-1:]


def borderless_tables(placed: list[Placed], text_height: float, scale: float, first_index: int) -> list[Table]:
    lines = _lines(placed, text_height)
    tables = []
    for start, end in _runs(lines, text_height):
        body = lines[start:end]
        columns = len(_fields(body[0]))
        above = start > 0 and body[0][0][2] - lines[start - 1][0][2] < LINE_GAP * text_height and \
            not any(_shape(_fields(lines[start - 1])))
        rows = ([(_header(_fields(lines[start - 1]), columns), lines[start - 1])] if above else []) + \
            [(_fields(line), line) for line in body]
        index = first_index + len(tables)
        cells = tuple(tuple(Cell(row=r, col=c, text=text, locator=f"t{index}r{r + 1}c{c + 1}", bbox=_bbox(line, scale))
                            for c, text in enumerate(fields)) for r, (fields, line) in enumerate(rows))
        boxes = [_bbox(line, scale) for _, line in rows]
        tables.append(Table(index=index, rows=cells, bbox=(min(b[0] for b in boxes), min(b[1] for b in boxes),
                                                           max(b[2] for b in boxes), max(b[3] for b in boxes))))
    return tables
