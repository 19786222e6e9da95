"""A major event's papers (corpus/frozen12 s08): the audit's table sets the 报送数 (what the organiser reported)
beside the 审定数, and the 审定数 is the figure; a form gives the one day the event was held ("活动时间
2022年8月18日"), which is both its start and its completion."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from extractors.registry import extract
from tests.extractors.paper import paper

GUIDE = load_guide("jiangsu-2023")
LINES = ["专项审计报告", "常州国家高新技术产业开发区管理委员会：", "我们接受委托，对大会的实际支出进行了专项审计。"]


@pytest.mark.parametrize("header", [
    ["支出项目", "报送数（元）", "审定数（元）"],
    ["支出项目", "单位报送金额（元）", "审计确认金额（元）"],
    ["支出项目", "申报数（元）", "审定数（元）"],
])
def test_the_audited_column_beside_the_reported_one(header: list[str]) -> None:
    rows = [header, ["会场搭建及设备租赁", "1,363,160.00", "1,363,160.00"], ["餐费及住宿", "586,570.00", "460,370.00"],
            ["合计", "1,949,730.00", "1,823,530.00"]]
    audit = paper(LINES, [rows], kind="audit_report", path="审计.pdf")
    result = evaluate_packet([audit], {audit.path: extract(audit)}, GUIDE, "major-event")
    assert result.figures["total_investment"].value == Decimal("182.353")
    assert result.figures["total_investment"].status == "ok"


@pytest.mark.parametrize(("label", "held"), [
    ("活动时间", "2022年8月18日"),
    ("举办日期", "2022-08-18"),
    ("会议时间", "2022年8月18日"),
])
def test_the_day_an_event_was_held_is_its_completion(label: str, held: str) -> None:
    form = paper([], [[["项目名称", "2022江苏新能源汽车产业发展大会"], [label, held], ["活动地点", "常州西太湖国际博览中心"]]],
                 kind="application_form", path="申报表.docx")
    dates = {f.name: f.value for f in extract(form) if f.unit == "date"}
    assert dates["completion_date"] == date(2022, 8, 18)
    assert dates["start_date"] == date(2022, 8, 18)


def test_a_fairs_dates_stay_a_range() -> None:
    form = paper([], [[["举办时间", "2022年9月23日—9月25日"]]], kind="application_form", path="申报表.docx")
    dates = {f.name: f.value for f in extract(form) if f.unit == "date"}
    assert (dates["start_date"], dates["completion_date"]) == (date(2022, 9, 23), date(2022, 9, 25))
