"""Revenue told apart by the cluster it served, as audits and forms write it (frozen10 q12): a row per cluster, a 其中
clause per cluster; the cluster a form declares it focuses on. One cluster alone is no breakdown."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.context import ExtractContext
from extractors.served import declared_cluster_facts, same_served, served_parts_facts
from tests.extractors.paper import paper


def _parts(lines: list[str], rows: list[list[str]] | None = None, kind: str = "audit_report") -> dict[str, Decimal]:
    facts = served_parts_facts(ExtractContext(paper(lines, [rows] if rows else None, kind=kind)))
    return {f.attrs["served"]: f.value for f in facts}


@pytest.mark.parametrize(("rows", "parts"), [
    ([["服务对象集群", "服务内容", "收入（万元）"], ["新能源（智能网联）汽车集群", "数据服务、对接", "176.20"],
      ["高端装备集群（工程机械零部件）", "图谱编制", "92.20"], ["合计", "", "268.40"]],
     {"新能源(智能网联)汽车集群": Decimal("176.2"), "高端装备集群(工程机械零部件)": Decimal("92.2")}),
    ([["所服务集群", "服务收入（元）"], ["生物医药产业集群", "1,520,000.00"], ["纳米新材料产业集群", "640,000.00"],
      ["总计", "2,160,000.00"]], {"生物医药产业集群": Decimal("152"), "纳米新材料产业集群": Decimal("64")}),
    ([["产业链", "金额（万元）", "占比"], ["集成电路产业链", "210.00", "80%"], ["光伏产业链", "52.50", "20%"],
      ["合计", "262.50", "100%"]], {"集成电路产业链": Decimal("210"), "光伏产业链": Decimal("52.5")}),
])
def test_a_row_per_cluster_served(rows: list[list[str]], parts: dict) -> None:
    assert _parts(["专项审计报告"], rows) == parts


@pytest.mark.parametrize(("line", "parts"), [
    ("经审计，贵中心开展集群服务取得收入268.40万元，其中服务新能源汽车集群176.20万元，受某行业协会委托为高端装备集群提供服务92.20万元。",
     {"新能源汽车集群": Decimal("176.2"), "高端装备集群": Decimal("92.2")}),
    ("集群服务收入合计310万元，其中面向物联网集群240万元、面向软件和信息服务集群70万元。",
     {"物联网集群": Decimal("240"), "软件和信息服务集群": Decimal("70")}),
])
def test_a_clause_per_cluster_served(line: str, parts: dict) -> None:
    assert _parts([line]) == parts


@pytest.mark.parametrize(("lines", "rows", "kind"), [
    ([], [["服务对象集群", "收入（万元）"], ["新能源汽车集群", "176.20"], ["合计", "176.20"]], "audit_report"),  # one cluster
    (["经审计，贵中心审计期间开展集群服务取得收入268.40万元，其中咨询服务176.20万元，活动承办92.20万元。"], None,
     "audit_report"),  # by kind of service, not by cluster
    ([], [["项目", "内容"], ["服务集群内企业（家）", "138"], ["2021.7.1-2022.6.30集群服务收入（万元）", "268.40"]],
     "application_form"),
])
def test_no_breakdown_by_cluster(lines: list[str], rows: list[list[str]] | None, kind: str) -> None:
    assert _parts(lines, rows, kind) == {}


@pytest.mark.parametrize(("rows", "declared"), [
    ([["聚焦服务集群", "新能源（智能网联）汽车集群"]], "新能源(智能网联)汽车集群"),
    ([["聚焦的特定集群（产业链）", "高端纺织产业集群"]], "高端纺织产业集群"),
    ([["所服务集群名称", "生物医药产业集群"]], "生物医药产业集群"),
    ([["服务集群内企业（家）", "138"]], None),
    ([["聚焦服务集群", "见附件"]], None),
])
def test_the_cluster_a_form_declares(rows: list[list[str]], declared: str | None) -> None:
    facts = declared_cluster_facts(ExtractContext(paper([], [rows], kind="application_form")))
    assert [f.value for f in facts] == ([declared] if declared else [])


@pytest.mark.parametrize(("a", "b", "same"), [
    ("新能源（智能网联）汽车集群", "常州新能源(智能网联)汽车集群", True),
    ("新能源汽车集群", "新能源(智能网联)汽车集群", True),
    ("新能源(智能网联)汽车集群", "高端装备集群(工程机械零部件)", False),
    ("生物医药产业集群", "纳米新材料产业集群", False),
])
def test_two_names_of_one_cluster(a: str, b: str, same: bool) -> None:
    assert same_served(a, b) is same
