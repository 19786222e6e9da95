"""OFD page content (TextObject / TextCode) → positioned characters, in PDF points.

OFD measures in millimetres from the page's top-left corner, as pdfplumber's `top`
does, so a character box only needs scaling by 72/25.4. A TextObject's `Boundary`
places its own coordinate space on the page, `CTM` maps into that space, and each
TextCode starts at `X`, `Y` (the baseline) with `DeltaX`/`DeltaY` giving the step to
the next glyph ("g N d" repeats d N times). Glyph widths are not in the file, so a
glyph is as wide as its font size (half for ASCII), never wider than the step. A step
that is the run's usual pitch (within RUN_SPREAD of its median) and at most RUN_PITCH font
sizes is the glyph's own advance: producers letter-space digits and labels (数电票 print
"¥972000.00" at 0.9 em a glyph), so the glyph fills it and the run reads as one word. A
longer step is a gap the producer left on purpose: "合    计", or the 校验码 printed in
groups of five ("g 4 1.5875 3 g 4 1.5875 …").
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from statistics import median

from lxml import etree

from grantcheck.model import BBox, merge_bboxes
from ingest.layout import Char
from ingest.safexml import local

MM_TO_PT = 72 / 25.4
MAX_CHARS_PER_PAGE = 40000
ASCENT, DESCENT = 0.8, 0.2
RUN_PITCH = 1.2  # font sizes: the widest step that is still a glyph's own advance
RUN_SPREAD = 1.25  # a step this much over the run's median pitch is a gap, not an advance
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class TooMuchText(ValueError):
    pass


@dataclass
class TextObject:
    id: str
    text: str
    chars: list[Char] = field(default_factory=list)

    @property
    def bbox(self) -> BBox | None:
        box = merge_bboxes([(c["x0"], c["top"], c["x1"], c["bottom"]) for c in self.chars])
        return tuple(round(v, 2) for v in box) if box else None  # type: ignore[return-value]


def numbers(spec: str | None, count: int | None = None) -> list[float]:
    """'1 2.5 3' → floats; for DeltaX/DeltaY 'g N d' repeats d N times. Stops at `count` values."""
    out: list[float] = []
    tokens = (spec or "").split()
    i = 0
    while i < len(tokens) and (count is None or len(out) < count):
        if tokens[i] == "g" and i + 2 < len(tokens):
            repeat = _float(tokens[i + 1])
            value = _float(tokens[i + 2])
            want = int(repeat) if repeat > 0 else 0
            if count is not None:
                want = min(want, count - len(out))
            out.extend([value] * min(want, MAX_CHARS_PER_PAGE))
            i += 3
        else:
            out.append(_float(tokens[i]))
            i += 1
    return out


def _float(token: str) -> float:
    try:
        value = float(token)
    except ValueError:
        return 0.0
    return value if math.isfinite(value) else 0.0


def matrix(spec: str | None) -> Matrix:
    values = numbers(spec)
    return tuple(values[:6]) if len(values) >= 6 else IDENTITY  # type: ignore[return-value]


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _glyph_width(ch: str, size: float) -> float:
    return size * (0.5 if ch.isascii() else 1.0)


def _code_chars(code: etree._Element, origin: tuple[float, float], m: Matrix, size: float) -> list[Char]:
    text = code.text or ""
    if not text:
        return []
    steps_x = numbers(code.get("DeltaX"), len(text) - 1)
    steps_y = numbers(code.get("DeltaY"), len(text) - 1)
    pitch = min(RUN_PITCH * size, RUN_SPREAD * median(steps_x)) if steps_x else 0.0
    x, y = _float(code.get("X", "0")), _float(code.get("Y", "0"))
    scale_x, scale_y = math.hypot(m[0], m[1]) or 1.0, math.hypot(m[2], m[3]) or 1.0
    upright = abs(m[1]) < 1e-6 and abs(m[2]) < 1e-6 and m[0] > 0 and m[3] > 0
    height = size * scale_y
    chars = []
    for index, ch in enumerate(text):
        step = steps_x[index] if index < len(steps_x) else 0.0
        width = _glyph_width(ch, size) * scale_x
        if 0 < step and (step * scale_x < width or step <= pitch):
            width = step * scale_x
        px, py = _apply(m, x, y)
        left, baseline = origin[0] + px, origin[1] + py
        chars.append({"text": ch, "x0": left * MM_TO_PT, "x1": (left + width) * MM_TO_PT,
                      "top": (baseline - ASCENT * height) * MM_TO_PT,
                      "bottom": (baseline + DESCENT * height) * MM_TO_PT,
                      "upright": upright, "size": height * MM_TO_PT})
        x += step
        y += steps_y[index] if index < len(steps_y) else 0.0
    return chars


def text_objects(content: etree._Element, limit: int = MAX_CHARS_PER_PAGE) -> list[TextObject]:
    """Every TextObject under a page's (or template's, or a layer's) Content, in document order;
    more than `limit` glyphs is refused."""
    found: list[TextObject] = []
    total = 0
    for node in content.iter():
        if local(node.tag) != "TextObject":
            continue
        box = numbers(node.get("Boundary"), 4)
        origin = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
        size = _float(node.get("Size", "3.5")) or 3.5
        m = matrix(node.get("CTM"))
        obj = TextObject(id=node.get("ID", ""), text="")
        for code in node:
            if local(code.tag) == "TextCode":
                obj.chars.extend(_code_chars(code, origin, m, size))
                obj.text += code.text or ""
        total += len(obj.chars)
        if total > limit:
            raise TooMuchText()
        found.append(obj)
    return found
