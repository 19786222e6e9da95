"""Reading families the tenth blind set (corpus/frozen10) showed, in several wordings."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.date import as_of_date, find_dates


@pytest.mark.parametrize(("text", "meant"), [
    ("项目计划于2024年6月底完工", date(2024, 6, 30)),
    ("预计2023年2月底前建成投产", date(2023, 2, 28)),
    ("建设期至2024年12月末", date(2024, 12, 31)),
    ("计划2023年底竣工", date(2023, 12, 31)),
    ("2022 年 9 月 底完成验收", date(2022, 9, 30)),
])
def test_the_end_of_a_month_or_year_is_its_last_day(text: str, meant: date) -> None:
    found = find_dates(text)
    assert [(d.value, d.precision) for d in found] == [(meant, "day")]


@pytest.mark.parametrize(("text", "meant"), [
    ("截至2022年6月底，项目已投入1,200万元", date(2022, 6, 30)),
    ("截至2022年6月末已完成投资", date(2022, 6, 30)),
])
def test_as_of_the_end_of_a_month(text: str, meant: date) -> None:
    assert as_of_date(text) == meant


def test_a_month_alone_stays_a_month() -> None:
    assert [(d.value, d.precision) for d in find_dates("2022年6月完工")] == [(date(2022, 6, 1), "month")]


def _counts(lines: list[str], rows: list[list[str]] | None = None, name: str = "identifier_registrations") -> set:
    from extractors.context import ExtractContext
    from extractors.statements import statement_facts
    from tests.extractors.paper import paper

    facts = statement_facts(ExtractContext(paper(lines, [rows] if rows else None, kind="other")), 0.8, "t")
    return {f.value for f in facts if f.name == name}


@pytest.mark.parametrize(("rows", "value"), [
    ([["指标", "监测值"], ["累计标识注册量", "203,168,000条"]], 203168000),
    ([["指标", "监测值"], ["累计标识注册量", "2.03亿条"]], 203000000),
    ([["指标", "监测值"], ["累计标识注册量（万条）", "20316.8"]], 203168000),
    ([["指标", "数值"], ["标识注册总量", "21,500万条"]], 215000000),
])
def test_identifier_registrations_counted_in_entries(rows: list[list[str]], value: int) -> None:
    assert _counts([], rows) == {value}


@pytest.mark.parametrize("event", ["二级节点接入企业培训会", "接入企业对接会", "标识解析接入企业推广活动"])
def test_an_events_name_is_not_the_count_of_connected_enterprises(event: str) -> None:
    rows = [["序号", "日期", "地点", "活动名称", "参会企业（家）"], ["1", "2022-10-20", "南通", event, "118"]]
    assert _counts([], rows, "connected_enterprise_count") == set()
    assert _counts(["接入企业数：1,000家"], None, "connected_enterprise_count") == {1000}
