"""An OFD page's text objects → lines of column segments.

Glyphs become rows and segments by geometry, as a PDF's do (`ingest.layout`). An OFD also says which
glyphs the producer placed together: each TextObject is one placed piece of text (a label, a value, a
cell). Where two such pieces on a row are a full character apart, they are two columns even when the
row's other gaps are as wide (a template's letter-spaced labels "单 位  数 量  单 价" are three columns,
not one word; the 单位 "台" and the 数量 "8" are two). A page where most objects hold a single glyph
comes from a converter that places every glyph on its own: there an object says nothing, and the
geometry alone decides.
"""

from __future__ import annotations

from grantcheck.model import merge_bboxes
from ingest.layout import Char, chars_to_rows, row_to_segments
from ingest.model import Line
from ingest.ofd_text import TextObject

OBJECT_GAP_EM = 1.0  # blank space between two placed pieces that makes them two columns


def _pieces(row: list[Char]) -> list[list[Char]]:
    """The row cut where one object ends and another begins a character or more later."""
    pieces = [[row[0]]]
    for left, right in zip(row, row[1:], strict=False):
        em = max(left["bottom"] - left["top"], right["bottom"] - right["top"])
        if left["obj"] != right["obj"] and right["x0"] - left["x1"] >= OBJECT_GAP_EM * em:
            pieces.append([])
        pieces[-1].append(right)
    return pieces


def _glyph_per_object(objects: list[TextObject]) -> bool:
    placed = [len(obj.text.strip()) for obj in objects if obj.text.strip()]
    return sum(1 for size in placed if size == 1) * 2 > len(placed)


def page_lines(objects: list[TextObject]) -> tuple[Line, ...]:
    """Lines top to bottom, each with its column segments and box (PDF points)."""
    by_object = not _glyph_per_object(objects)
    chars = [{**char, "obj": index} for index, obj in enumerate(objects) for char in obj.chars]
    lines = []
    for row in chars_to_rows(chars):
        pieces = _pieces(row) if by_object else [row]
        segments = [segment for piece in pieces for segment in row_to_segments(piece)]
        texts = tuple(text for text, _ in segments)
        lines.append(Line(text=" ".join(texts), segments=texts,
                          bbox=merge_bboxes([box for _, box in segments])))
    return tuple(lines)
