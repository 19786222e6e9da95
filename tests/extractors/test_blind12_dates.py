"""Month-only dates the twelfth blind set (corpus/frozen12) showed: a completion or a period's end written to the
month ("2023年12月", "2022.07-2024.12", "2021年9月至2023年12月") is that month's last day, a start its first; a
completion the paper names ("2024年6月底前完成创建", "建成时间：2024年6月") outranks the end of the 实施期 around it."""

from __future__ import annotations

from datetime import date

import pytest

from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from extractors.registry import extract
from tests.extractors.paper import paper

GUIDE = load_guide("jiangsu-2023")


def _dates(lines: list[str], rows: list[list[str]] | None = None) -> dict[str, list[date]]:
    document = paper(lines, [rows] if rows else None, kind="application_form", path="申报表.docx")
    found: dict[str, list[date]] = {}
    for fact in extract(document):
        if fact.unit == "date":
            found.setdefault(fact.name, []).append(fact.value)
    return found


@pytest.mark.parametrize(("lines", "rows", "start", "end"), [
    ([], [["项目实施期", "2022.07-2024.12"]], date(2022, 7, 1), date(2024, 12, 31)),
    ([], [["建设期", "2021年9月至2023年12月"]], date(2021, 9, 1), date(2023, 12, 31)),
    (["项目建设周期：2021年2月—2023年2月。"], None, date(2021, 2, 1), date(2023, 2, 28)),
    ([], [["开工时间", "2022年3月"], ["完工时间", "2023年12月"]], date(2022, 3, 1), date(2023, 12, 31)),
    (["项目于2021年10月开工建设，计划2023年10月建成投产。"], None, date(2021, 10, 1), date(2023, 10, 31)),
])
def test_a_month_only_end_is_the_months_last_day(lines, rows, start: date, end: date) -> None:
    found = _dates(lines, rows)
    assert found["start_date"] == [start]
    assert found["completion_date"] == [end]


@pytest.mark.parametrize(("lines", "rows"), [
    (["一、实施期：2023年1月至2024年12月，2024年6月底前完成创建。"], None),
    ([], [["实施期", "2023年1月—2024年12月"], ["创建完成时间", "2024年6月"]]),
    ([], [["建设期", "2023.01-2024.12"], ["建成时间", "2024年6月"]]),
])
def test_a_named_completion_outranks_the_end_of_the_period_around_it(lines, rows) -> None:
    document = paper(lines, [rows] if rows else None, kind="application_form", path="实施方案.pdf")
    result = evaluate_packet([document], {document.path: extract(document)}, GUIDE, "xinchuang-pilot-zone")
    assert result.figures["completion_date"].value == date(2024, 6, 30)
    assert result.figures["completion_date"].status == "ok"
    statuses = {c.id.rpartition(".")[2]: c.status for c in result.checks}
    assert statuses["creation_deadline"] == "pass"


def _period_check(period: str) -> str:
    document = paper([], [[["项目名称", "智慧养老服务平台"], ["实施周期", period]]], kind="application_form",
                     path="申报表.docx")
    result = evaluate_packet([document], {document.path: extract(document)}, GUIDE, "info-consumption")
    return next(c.status for c in result.checks if c.id.endswith("implementation_period"))


@pytest.mark.parametrize(("period", "status"), [
    ("2021年9月至2023年12月", "fail"),  # 28 months
    ("2021年1月至2023年1月", "fail"),  # 25 months: read to the 1st it would pass
    ("2021.01-2022.12", "pass"),  # 24 months
    ("2022年7月—2024年6月", "pass"),
])
def test_a_period_in_months_is_counted_in_whole_months(period: str, status: str) -> None:
    assert _period_check(period) == status


def test_a_part_built_on_the_way_does_not_end_the_project() -> None:
    document = paper(["展示体验中心于2022年5月在南通建成，面积460平方米。"],
                     [[["项目名称", "纺织行业标识解析二级节点"], ["建设期", "2021年9月1日至2023年6月30日"]]],
                     kind="application_form", path="申报表.docx")
    result = evaluate_packet([document], {document.path: extract(document)}, GUIDE, "iiot-identifier-node")
    assert result.figures["completion_date"].value == date(2023, 6, 30)
