"""集群发展促进机构 须聚焦某一特定集群 (frozen10 q12): revenue earned serving another cluster than the one declared,
which alone decides the 200万元 floor, is for a person to weigh; a focused part that reaches the floor, or no
breakdown by cluster, changes nothing."""

from __future__ import annotations

import pytest

from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from extractors.registry import extract
from tests.extractors.paper import paper

GUIDE = load_guide("jiangsu-2023")
CHECK = "cluster-promotion.service_revenue_focused"


def _checks(audit_rows: list[list[str]], declared: str | None, project: str = "集群发展促进能力提升项目") -> dict:
    form_rows = [["项目名称", project], ["申报单位", "常州市某某产业发展促进中心"], ["服务团队人数", "14"],
                 ["2021.7.1-2022.6.30集群服务收入（万元）", "268.40"]]
    if declared:
        form_rows.insert(2, ["聚焦服务集群", declared])
    form = paper(["集群发展促进机构项目入库申报表"], [form_rows], kind="application_form", path="申报表.docx")
    audit = paper(["关于集群服务收入的专项审计报告", "审计期间：2021年7月1日至2022年6月30日。"], [audit_rows],
                  kind="audit_report", path="审计报告.pdf")
    documents = [form, audit]
    result = evaluate_packet(documents, {d.path: extract(d) for d in documents}, GUIDE, "cluster-promotion")
    return {c.id: c for c in result.checks}


SPLIT = [["服务对象集群", "收入（万元）"], ["新能源（智能网联）汽车集群", "176.20"], ["高端装备集群", "92.20"], ["合计", "268.40"]]


@pytest.mark.parametrize(("declared", "project"), [
    ("新能源（智能网联）汽车集群", "集群发展促进能力提升项目"),
    ("新能源汽车集群", "集群发展促进能力提升项目"),
    (None, "常州新能源（智能网联）汽车集群发展促进能力提升"),  # the project's name says which cluster
])
def test_revenue_from_another_cluster_deciding_the_floor_is_for_a_person(declared: str | None, project: str) -> None:
    check = _checks(SPLIT, declared, project)[CHECK]
    assert check.status == "review" and "service_revenue" in check.figures
    assert "高端装备集群" in check.message and "176.20" in check.message


def test_a_focused_part_that_reaches_the_floor_passes() -> None:
    rows = [["服务对象集群", "收入（万元）"], ["新能源汽车集群", "230.00"], ["高端装备集群", "38.40"], ["合计", "268.40"]]
    assert _checks(rows, "新能源汽车集群")[CHECK].status == "pass"


@pytest.mark.parametrize(("rows", "declared"), [
    ([["服务内容", "收入（万元）"], ["数据服务", "176.20"], ["活动承办", "92.20"], ["合计", "268.40"]], "新能源汽车集群"),
    (SPLIT, "生物医药产业集群"),  # no part for the declared cluster: nothing to tell apart
    (SPLIT, None),  # neither a declared cluster nor one in the project's name
])
def test_nothing_to_weigh(rows: list[list[str]], declared: str | None) -> None:
    assert CHECK not in _checks(rows, declared)
