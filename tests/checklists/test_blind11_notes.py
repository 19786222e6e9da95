"""A budget's note keeping building works out of the project's total (corpus/frozen11 r08): the total the
application form states is that gross, and the figure is the budget's net, with the note as provenance."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checklists.evaluate import resolve_all
from checklists.loader import load_guide
from extractors.registry import extract
from tests.extractors.paper import paper

GUIDE = load_guide("jiangsu-2023")
FORM = [["项目名称", "海上风电装备共性技术创新能力建设"], ["项目总投资", "10,200万元（1.02亿元）"],
        ["建设周期", "2022年10月1日至2025年9月30日"]]
BUDGET_ROWS = [["序号", "支出内容", "预算金额", "测算依据"], ["1", "研发设备（含软件和网络设备）", "3,860.00", "32台（套）"],
               ["2", "测试验证平台设备", "3,890.00", "试验台2套"], ["3", "人工费用", "1,000.00", "65人×3年"],
               ["4", "中试厂房土建工程", "1,450.00", "见注"], ["", "合计", "10,200.00", ""]]


def _figures(note: str | None) -> dict:
    form = paper(["省级制造业创新中心创新能力建设项目申报书"], [FORM], kind="application_form", path="01-申报书.docx")
    lines = ["创新能力建设方案及投资预算", "六、投资预算：项目总投资10,200万元，资金来源为企业自筹。", "附表：投资预算明细表（单位：万元）"]
    budget = paper(lines + ([note] if note else []), [BUDGET_ROWS], kind="other", path="03-投资预算.pdf")
    pairs = [(d.kind, f) for d in (form, budget) for f in extract(d)]
    return resolve_all(pairs, GUIDE)


@pytest.mark.parametrize("note", [
    "注：第4项中试厂房土建工程1,450万元由依托企业以自有资金建设，不属于指南所列创新能力建设投入范围，不计入项目总投入，不申请省补助资金。",
    "注：中试厂房土建工程1,450.00万元不计入项目总投入。",
    "说明：表中第4项土建工程1,450万元不计入项目总投入，由企业自筹解决。",
])
def test_the_forms_total_is_the_gross_a_budgets_note_explains(note: str) -> None:
    total = _figures(note)["total_investment"]
    # the form's 10,200 is the gross the note explains, not a rival reading (a budget column read alone is
    # trusted less: status may be "low", never "conflict")
    assert total.value == Decimal("8750") and total.status != "conflict"
    assert "1450" in str(total.sources[0].attrs.get("excluded")) or "1,450" in total.sources[0].provenance.text


def test_without_the_note_the_stated_total_stands() -> None:
    assert _figures(None)["total_investment"].value == Decimal("10200")
