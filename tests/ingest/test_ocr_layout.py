"""OCR boxes → lines: one visual row is one line, its boxes its segments left to right, in points."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ingest.ocr import TextBox
from ingest.ocr_layout import ocr_lines, skew


def _box(text: str, x: float, y: float, width: float, height: float = 30, angle_deg: float = 0.0,
         score: float = 0.99) -> TextBox:
    a = math.radians(angle_deg)
    along, down = np.array([math.cos(a), math.sin(a)]), np.array([-math.sin(a), math.cos(a)])
    origin = np.array([x, y])
    quad = np.array([origin, origin + width * along, origin + width * along + height * down, origin + height * down])
    return TextBox(text=text, score=score, quad=quad.astype(np.float32))


def test_label_value_rows_become_one_line_with_segments_in_reading_order() -> None:
    boxes = [_box("注册资本", 1250, 595, 120), _box("江苏普瑞纺织有限公司", 385, 582, 330),
             _box("名称", 166, 583, 60), _box("12000万元整", 1473, 597, 160, score=0.9),
             _box("类型", 162, 662, 60), _box("有限责任公司", 387, 667, 180)]
    lines = ocr_lines(boxes, scale=200 / 72)
    assert [line.segments for line in lines] == [("名称", "江苏普瑞纺织有限公司", "注册资本", "12000万元整"),
                                                 ("类型", "有限责任公司")]
    assert lines[0].text == "名称 江苏普瑞纺织有限公司 注册资本 12000万元整"
    assert lines[0].bbox == pytest.approx((166 * 72 / 200, 582 * 72 / 200, 1633 * 72 / 200, 627 * 72 / 200), abs=0.01)
    assert lines[0].confidence == pytest.approx((0.99 * 16 + 0.9 * 8) / 24, abs=0.001)


def test_rows_of_a_skewed_photo_stay_apart() -> None:
    angle = 2.0  # over 1500 px the row drops 52 px: more than a line's height
    slope = math.tan(math.radians(angle))
    boxes = []
    for row, y in enumerate((300, 345, 390)):
        for x in (100, 900, 1500):
            boxes.append(_box(f"r{row}x{x}", x, y + slope * x, 250, 30, angle))
    assert skew(boxes) == pytest.approx(math.radians(angle), abs=1e-3)
    lines = ocr_lines(boxes, scale=1.0)
    assert [line.segments for line in lines] == [(f"r{r}x100", f"r{r}x900", f"r{r}x1500") for r in range(3)]
