"""An audited amount OCR read from a 2-up scan (corpus/frozen12 s07), its 大写 on the next line: the paper's own 大写,
equal to the cent, confirms the reading; a 大写 of another amount confirms nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.registry import extract
from tests.extractors.paper import paper


def _scanned(lines: list[str]):  # noqa: ANN202 - Document
    document = paper(lines, kind="audit_report", path="审计（扫描）.pdf")
    return document.model_copy(update={"pages": tuple(p.model_copy(update={"ocr": True}) for p in document.pages)})


@pytest.mark.parametrize(("lines", "confirmed"), [
    (["专项审计报告", "三、审计结论。经审计，符合方案规定支出标准的博览会总投入为13,864,450.00元，大写：",
      "专项审计报告 人民币壹仟叁佰捌拾陆万肆仟肆佰伍拾元整。"], True),
    (["专项审计报告", "经审计，项目总投入为13,864,450.00元。", "（大写：人民币壹仟叁佰捌拾陆万肆仟肆佰伍拾元整）"], True),
    (["专项审计报告", "经审计，项目总投入为13,864,450.00元。", "大写：人民币壹仟伍佰叁拾贰万陆仟捌佰元整"], False),
    (["专项审计报告", "经审计，项目总投入为13,864,450.00元。"], False),
])
def test_an_ocr_amount_confirmed_by_its_own_capital(lines: list[str], confirmed: bool) -> None:
    total = next(f for f in extract(_scanned(lines)) if f.name == "total_investment")
    assert total.value == Decimal("1386.445")
    assert (total.attrs.get("confirmed") == "1") is confirmed
