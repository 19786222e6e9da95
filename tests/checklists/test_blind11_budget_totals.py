"""A category judged on a budget (信创实验室: 2年建设期内总投资预算) names no 总投入 apart: the project's total is its
budget, said so; a 总投入 a paper does state stays the total."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from extractors.registry import extract
from tests.extractors.paper import paper

GUIDE = load_guide("jiangsu-2023")


def _figures(rows: list[list[str]]) -> dict:
    form = paper(["信息技术应用创新实验室项目申报书"], [rows], kind="application_form", path="申报书.docx")
    facts = {form.path: extract(form)}
    return evaluate_packet([form], facts, GUIDE, "xinchuang-lab").figures


@pytest.mark.parametrize("rows", [
    [["项目名称", "云原生中间件信创实验室"], ["2年建设期总投资预算（万元）", "1,240.00"]],
    [["实验室名称", "某某信创适配实验室"], ["投资预算（万元）", "1,240.00（企业1,060.00，高校180.00）"]],
    [["项目", "内容"], ["建设预算", "1240万元"]],
])
def test_a_labs_budget_is_its_total_when_no_total_is_stated(rows: list[list[str]]) -> None:
    figures = _figures(rows)
    assert figures["investment_budget"].value == Decimal("1240")
    total = figures["total_investment"]
    assert total.value == Decimal("1240") and "材料未单列" in (total.note or "")


def test_a_stated_total_stays_the_total() -> None:
    figures = _figures([["项目名称", "某某信创实验室"], ["项目总投资（万元）", "1,500.00"], ["投资预算（万元）", "1,240.00"]])
    assert figures["total_investment"].value == Decimal("1500")
