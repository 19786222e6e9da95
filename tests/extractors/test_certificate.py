"""What a certificate or 认定 notice says about the designation: level, year, grade, validity."""

from __future__ import annotations

import pytest

from extractors.certificate import _attrs


@pytest.mark.parametrize(("text", "expected"), [
    ("贵单位被认定为2021年度江苏省专精特新小巨人企业，有效期至2024年12月31日。江苏省工业和信息化厅",
     {"level": "provincial", "year": "2021", "valid_until": "2024-12-31"}),
    ("认定为2021年度江苏省专精特新小巨人企业，有效期三年。江苏省工业和信息化厅 2021年12月20日",
     {"level": "provincial", "year": "2021", "valid_until": "2024-12-20"}),
    ("有效期为3年。2020年2月29日", {"level": "unknown", "year": "2020", "valid_until": "2023-02-28"}),
    ("入选工业和信息化部2022年度国家级专精特新“小巨人”企业名单", {"level": "national", "year": "2022"}),
    ("苏州市工业和信息化局关于公布2021年度市级智能制造示范工厂的通知", {"level": "municipal", "year": "2021"}),
    ("通过两化融合管理体系AA级评定（2020年）", {"level": "unknown", "year": "2020", "grade": "AA"}),
])
def test_designation_attributes(text: str, expected: dict[str, str]) -> None:
    assert _attrs(text) == expected
