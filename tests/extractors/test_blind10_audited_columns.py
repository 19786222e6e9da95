"""An audit that lists the amounts claimed beside the amounts it accepted (报审 | 审定, 送审 | 审定, 审计前 | 审计后):
the accepted column is the figure, the claimed one a superseded reading, not a second source that conflicts with it.
And an event's days (活动时间 2022年11月23日—25日) give its start and its end."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checklists.loader import load_guide
from checklists.resolve import resolve_figure
from extractors.context import ExtractContext
from extractors.figures import column_weight, date_facts
from extractors.investment import investment_facts
from tests.extractors.paper import paper

GUIDE = load_guide("jiangsu-2023")


@pytest.mark.parametrize(("claimed", "audited"), [
    ("报审金额（元）", "审定金额（元）"),
    ("送审数（元）", "审定数（元）"),
    ("审计前金额（万元）", "审计后金额（万元）"),
    ("报审支出", "审计确认支出"),
    ("送审金额", "核定金额"),
])
def test_the_audited_column_outweighs_the_claimed_one(claimed: str, audited: str) -> None:
    low, high = column_weight(claimed), column_weight(audited)
    assert low is not None and high is not None and high - low > 0.1


@pytest.mark.parametrize(("header", "rows", "total"), [
    (["支出项目", "报审金额（元）", "审定金额（元）", "审减说明"],
     [["场地租赁及搭建", "1,486,000.00", "1,486,000.00", ""], ["会务（食宿交通）", "864,600.00", "712,400.00", "超标准"],
      ["合计", "2,350,600.00", "2,198,400.00", ""]], Decimal("219.84")),
    (["项目", "送审数（万元）", "审定数（万元）"],
     [["展位搭建", "320.00", "300.00"], ["宣传推广", "180.50", "180.50"], ["合计", "500.50", "480.50"]], Decimal("480.50")),
    (["费用类别", "审计前金额（万元）", "审计后金额（万元）", "差异（万元）"],
     [["设备购置", "1,200.00", "1,150.00", "50.00"], ["软件", "300.00", "300.00", "0.00"], ["总计", "1,500.00", "1,450.00", "50.00"]],
     Decimal("1450")),
])
def test_a_total_row_with_claimed_and_audited_amounts_resolves_to_the_audited_one(
        header: list[str], rows: list[list[str]], total: Decimal) -> None:
    facts = investment_facts(ExtractContext(paper(["关于某活动经费支出情况的专项审计报告"], [[header, *rows]])), 0.95, "t")
    resolved = resolve_figure("total_investment", [("audit_report", f) for f in facts if f.name == "total_investment"],
                              GUIDE)
    assert resolved is not None and resolved.value == total and resolved.status != "conflict"


@pytest.mark.parametrize("line", ["活动时间：2022年11月23日—25日", "比赛时间 2022年11月23日至11月25日",
                                  "大赛举办时间：2022年11月23日至25日", "赛期2022年11月23日~25日"])
def test_an_events_days_give_its_start_and_end(line: str) -> None:
    unit = ExtractContext(paper([line], kind="application_form")).units_with_entities()[0]
    found = {f.name: str(f.value) for f in date_facts(*unit, frozenset({"start_date", "completion_date"}), 0.9, "t")}
    assert found == {"start_date": "2022-11-23", "completion_date": "2022-11-25"}
