"""Families of documents the fifth blind set (corpus/frozen5) showed, each in several wordings: a 小计 beside
the project's 合计, rows below a 合计, R&D spent before the counted period, a count with its part in a note,
and devices listed by how they are networked."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.context import ExtractContext
from extractors.devices import connection_table_facts
from extractors.investment import investment_facts, stated_amounts
from extractors.statements import statement_facts
from ingest.model import Document
from tests.extractors.paper import paper


def _document(lines: list[str], tables: list[list[list[str]]], kind: str = "audit_report") -> Document:
    return paper(lines, tables, kind)


def _totals(lines: list[str], tables: list[list[list[str]]]) -> list[Decimal]:
    facts = investment_facts(ExtractContext(_document(lines, tables)), 0.95, "test")
    return sorted({f.value for f in facts if f.name == "total_investment"})  # type: ignore[type-var]


EQUIPMENT = [["序号", "设备名称", "数量", "不含税金额（元）"], ["1", "压铸岛", "3", "120,000,000.00"],
             ["2", "加工中心", "14", "69,256,200.00"]]
SUMMARY = [["序号", "投入类别", "不含税金额（元）"], ["1", "设备购置", "189,256,200.00"], ["2", "工业软件", "22,480,500.00"],
           ["3", "调试安装及咨询设计", "46,898,000.00"]]


@pytest.mark.parametrize(("subtotal", "total", "after"), [
    ("小计", "项目总投入合计", [["", "厂房改造及土建（不计入）", "31,420,800.00"]]),
    ("设备小计", "合计", [["", "附：土建工程（另行列支）", "31,420,800.00"]]),
    ("小计", "总计", []),
])
def test_a_subtotal_beside_the_projects_total_is_a_part(subtotal: str, total: str, after: list[list[str]]) -> None:
    tables = [EQUIPMENT + [["", subtotal, "", "189,256,200.00"]], SUMMARY + [["", total, "258,634,700.00"]] + after]
    assert _totals([], tables) == [Decimal("25863.47")]


def test_a_building_row_above_the_total_is_inside_it() -> None:
    rows = SUMMARY + [["4", "厂房土建", "31,420,800.00"], ["", "合计", "290,055,500.00"]]
    assert _totals([], [rows]) == [Decimal("25863.47")]


@pytest.mark.parametrize("cell", [
    "0.645亿元（含2022年1—6月前期研发投入630万元）",
    "6,450万元（其中前期已发生研发费用630万元）",
])
def test_rd_spent_before_the_counted_period_is_not_new_rd(cell: str) -> None:
    rows = [["项目总投资", cell], ["自2022年7月1日起新增研发投入", "5,820万元"]]
    facts = stated_amounts(ExtractContext(_document([], [rows], "application_form")), 0.8, "test",
                           frozenset({"rd_investment", "total_investment"}))
    assert [f.value for f in facts if f.name == "rd_investment"] == [Decimal("5820")]


@pytest.mark.parametrize(("cell", "public", "joint"), [
    ("12（其中与淮安市工信局联合开展2场）", 12, 2),
    ("10场（其中与市工业和信息化局联合举办3场）", 10, 3),
    ("15（含与区经信局共同组织1场）", 15, 1),
])
def test_a_count_with_its_part_in_a_note(cell: str, public: int, joint: int) -> None:
    facts = statement_facts(ExtractContext(_document([], [[["公益性服务活动（场）", cell]]], "application_form")), 0.8, "t")
    assert [f.value for f in facts if f.name == "public_event_count"] == [public]
    assert [f.value for f in facts if f.name == "joint_event_count"] == [joint]


@pytest.mark.parametrize(("rows", "five_g", "wireless", "networked"), [
    ([["联网方式", "设备类别", "数量（台）"], ["有线（工业以太网）", "数控机床", "412"], ["5G", "AGV", "318"],
      ["Wi-Fi 6", "手持终端", "246"], ["LoRa", "传感终端", "92"], ["合计", "", "1068"]], 318, 656, 1068),
    ([["序号", "接入方式", "设备", "台数"], ["1", "5G模组", "机器人", "120"], ["2", "NB-IoT", "表计", "30"],
      ["3", "现场总线", "PLC", "50"]], 120, 150, 200),
    ([["网络类型", "数量"], ["5G专网", "1,200"], ["4G", "100"], ["无线局域网（WLAN）", "300"], ["光纤", "400"]], 1200, 1600, 2000),
])
def test_devices_by_how_they_are_networked(rows: list[list[str]], five_g: int, wireless: int, networked: int) -> None:
    facts = connection_table_facts(ExtractContext(_document([], [rows], "third_party_test_report")))
    got = {f.name: f.value for f in facts}
    assert got == {"devices_5g": five_g, "devices_wireless": wireless, "devices_networked": networked}


def test_a_table_without_a_5g_row_says_nothing_about_5g() -> None:
    rows = [["联网方式", "数量"], ["有线", "40"], ["Wi-Fi", "12"]]
    assert connection_table_facts(ExtractContext(_document([], [rows], "third_party_test_report"))) == []


def test_a_building_row_marked_not_counted_is_still_inside_the_total_below_it() -> None:
    rows = [["序号", "投入内容", "审定金额（元，不含税）"], ["1", "路侧感知设备", "9,980,000.00"], ["2", "平台软件", "2,478,000.00"],
            ["", "小计", "12,458,000.00"], ["3", "路侧杆件基础等土建工程（不计入项目总投入）", "386,000.00"],
            ["", "项目总支出", "12,844,000.00"], ["", "项目总投入（不含土建）", "12,458,000.00"]]
    assert _totals([], [rows]) == [Decimal("1245.8")]
