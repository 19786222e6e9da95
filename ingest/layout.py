"""Characters → lines → column segments, from geometry alone.

Works for ordinary PDFs and for printers that place every glyph separately
(OFD converters, some e-invoice printers), where the gap between glyphs of one
word is as wide as a character and only a much wider gap separates columns.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from statistics import median
from typing import Any

from grantcheck.model import BBox, merge_bboxes

Char = dict[str, Any]


SEAL_GLYPHS = "★☆"  # a seal drawn as text puts its star into the line it stamps ("投★入")


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".,%-/:")


def chars_to_rows(chars: Iterable[Char]) -> list[list[Char]]:
    """Group characters whose vertical centres agree into visual rows, top to bottom."""
    visible = [c for c in chars if c.get("upright", True) and c["text"].strip() and c["text"] not in SEAL_GLYPHS]
    visible.sort(key=lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"]))
    rows: list[list[Char]] = []
    centre = -1e9
    for c in visible:
        mid = (c["top"] + c["bottom"]) / 2
        tolerance = max(1.0, 0.45 * (c["bottom"] - c["top"]))
        if rows and abs(mid - centre) <= tolerance:
            rows[-1].append(c)
        else:
            rows.append([c])
            centre = mid
    for row in rows:
        row.sort(key=lambda c: c["x0"])
    return rows


def _gaps(row: Sequence[Char]) -> list[float]:
    return [max(0.0, b["x0"] - a["x1"]) for a, b in zip(row, row[1:], strict=False)]


def row_to_segments(row: Sequence[Char]) -> list[tuple[str, BBox]]:
    """Split one row into column segments and join each segment's glyphs into text."""
    return [(text, _bbox(chars)) for text, chars in _split(row)]


def _split(row: Sequence[Char]) -> list[tuple[str, list[Char]]]:
    """`row_to_segments`, each segment's text with its glyphs (a cell's text needs no boxes)."""
    if not row:
        return []
    gaps = _gaps(row)
    size = median(c["bottom"] - c["top"] for c in row) or 1.0
    pitch = median(gaps) if gaps else 0.0
    split_at = max(3.0 * pitch, 1.2 * size)
    space_at = max(1.5 * pitch, 0.15 * size)
    segments: list[tuple[str, list[Char]]] = []
    current: list[Char] = [row[0]]
    text = row[0]["text"]
    for gap, c in zip(gaps, row[1:], strict=False):
        if gap > split_at:
            segments.append((text, current))
            current, text = [c], c["text"]
            continue
        if gap > space_at and _is_ascii_word(text[-1]) and _is_ascii_word(c["text"][0]):
            text += " "
        current.append(c)
        text += c["text"]
    segments.append((text, current))
    return segments


def _bbox(chars: Sequence[Char]) -> BBox:
    box = merge_bboxes([(c["x0"], c["top"], c["x1"], c["bottom"]) for c in chars])
    assert box is not None
    return tuple(round(v, 2) for v in box)  # type: ignore[return-value]


def chars_in_box(chars: Iterable[Char], box: BBox) -> list[Char]:
    x0, top, x1, bottom = box
    return [
        c
        for c in chars
        if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
    ]


class CharsByRow:
    """A page's characters ordered by vertical centre, for many `chars_in_box` queries (table cells)."""

    def __init__(self, chars: Iterable[Char]) -> None:
        centred = sorted((((c["top"] + c["bottom"]) / 2, index, c) for index, c in enumerate(chars)),
                         key=lambda item: (item[0], item[1]))
        self._mids = [mid for mid, _, _ in centred]
        self._chars = [(index, c) for _, index, c in centred]

    def in_box(self, box: BBox) -> list[Char]:
        """`chars_in_box(chars, box)`, in the page's order."""
        x0, top, x1, bottom = box
        band = self._chars[bisect_left(self._mids, top):bisect_right(self._mids, bottom)]
        found = sorted((index, c) for index, c in band if x0 <= (c["x0"] + c["x1"]) / 2 <= x1)
        return [c for _, c in found]


def chars_to_text(chars: Iterable[Char]) -> str:
    """Text of a table cell: its rows joined without a break (CJK cells wrap mid-word)."""
    parts = []
    for row in chars_to_rows(chars):
        parts.append(" ".join(text for text, _ in _split(row)))
    return "".join(parts).strip()
