"""An audit's breakdown with "其中" rows the guide leaves out (corpus/frozen12 s11): 装修改造 under 日常运营管理建设投入,
折旧 and 招待费 under 服务支出. The numbered rows alone make the 合计, so it holds those items through them: the
figure is the 合计 net of them, trusted as a reconciled table is; rows that add up to nothing stay for a person."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.registry import extract
from tests.extractors.paper import paper

LINES = ["专项审计报告", "泰州科创企业服务有限公司：", "经审计，上述期间平台项目投入合计441.50万元（不含税），构成见下表。"]
HEAD = [["项目", "金额（万元）"]]


def _total(rows: list[list[str]]) -> tuple[Decimal, float]:
    facts = [f for f in extract(paper(LINES, [HEAD + rows], kind="audit_report")) if f.name == "total_investment"]
    best = max(facts, key=lambda f: f.confidence)
    return best.value, best.confidence  # type: ignore[return-value]


@pytest.mark.parametrize("rows", [
    [["一、服务设备、仪器购置", "126.40"], ["二、日常运营管理建设投入", "168.30"], ["其中：办公用房装修改造", "42.60"],
     ["三、服务中小微企业支出", "146.80"], ["其中：固定资产折旧", "19.40"], ["业务招待费", "7.30"], ["合计", "441.50"]],
    [["1.服务设备购置", "126.40"], ["2.运营管理投入", "168.30"], ["其中：房屋装修改造费", "42.60"],
     ["3.服务支出", "146.80"], ["其中：折旧费", "19.40"], ["其中：业务招待费", "7.30"], ["合计", "441.50"]],
])
def test_excluded_sub_rows_are_netted_from_the_total_they_sit_in(rows: list[list[str]]) -> None:
    value, confidence = _total(rows)
    assert value == Decimal("372.20")
    assert confidence >= 0.8


def test_excluded_rows_beside_the_others_are_netted_as_before() -> None:
    rows = [["一、服务设备、仪器购置", "126.40"], ["二、日常运营管理建设投入", "125.70"], ["三、办公用房装修改造", "42.60"],
            ["四、服务中小微企业支出", "120.10"], ["五、固定资产折旧", "19.40"], ["六、业务招待费", "7.30"], ["合计", "441.50"]]
    value, confidence = _total(rows)
    assert value == Decimal("372.20")
    assert confidence >= 0.8


def test_rows_adding_up_to_nothing_stay_for_a_person() -> None:
    rows = [["一、服务设备、仪器购置", "126.40"], ["二、日常运营管理建设投入", "150.00"], ["其中：办公用房装修改造", "42.60"],
            ["三、服务中小微企业支出", "146.80"], ["合计", "441.50"]]
    value, confidence = _total(rows)
    assert value == Decimal("398.90")
    assert confidence <= 0.6
