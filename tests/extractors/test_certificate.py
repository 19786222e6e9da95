"""What a certificate or 认定 notice says about the designation: level, year, grade, validity."""

from __future__ import annotations

import pytest

from extractors.certificate import _attrs


@pytest.mark.parametrize(("text", "expected"), [
    ("贵单位被认定为2021年度江苏省专精特新小巨人企业，有效期至2024年12月31日。江苏省工业和信息化厅",
     {"level": "provincial", "year": "2021", "valid_until": "2024-12-31"}),
    ("认定为2021年度江苏省专精特新小巨人企业，有效期三年。江苏省工业和信息化厅 2021年12月20日",
     {"level": "provincial", "year": "2021", "valid_until": "2024-12-20", "issued": "2021-12-20"}),
    ("有效期为3年。2020年2月29日", {"level": "unknown", "year": "2020", "valid_until": "2023-02-28", "issued": "2020-02-29"}),
    ("入选工业和信息化部2022年度国家级专精特新“小巨人”企业名单", {"level": "national", "year": "2022"}),
    ("苏州市工业和信息化局关于公布2021年度市级智能制造示范工厂的通知", {"level": "municipal", "year": "2021"}),
    ("通过两化融合管理体系AA级评定（2020年）", {"level": "unknown", "year": "2020", "grade": "AA"}),
])
def test_designation_attributes(text: str, expected: dict[str, str]) -> None:
    assert _attrs(text) == expected


@pytest.mark.parametrize(("lines", "year", "level"), [
    (["江苏省工业和信息化厅", "关于公布2022年度江苏省智能制造示范工厂名单的通知", "根据《江苏省智能制造示范工厂认定管理办法（2019年修订）》，"
      "经评审，认定某某公司为智能制造示范工厂。", "江苏省工业和信息化厅", "2022年12月20日"], "2022", "provincial"),
    (["证书", "某某科技有限公司：", "你单位被认定为2021年度苏州市智能制造示范工厂。",
      "（参照工信部《智能制造能力成熟度模型》评价）", "苏州市工业和信息化局", "2021年11月5日"], "2021", "municipal"),
])
def test_a_designations_year_and_level_come_from_its_own_statement(lines: list[str], year: str, level: str) -> None:
    from extractors.certificate import designation_facts
    from extractors.context import ExtractContext
    from ingest.model import DocStatus, Document, Line, Page
    page = Page(number=1, lines=tuple(Line(text=t) for t in lines))
    document = Document(path="x.pdf", media_type="application/pdf", status=DocStatus.ok, pages=(page,),
                        kind="designation_certificate", kind_confidence=0.9)
    facts = [f for f in designation_facts(ExtractContext(document)) if f.value == "smart_factory"]
    assert facts and facts[0].attrs["year"] == year and facts[0].attrs["level"] == level
