"""A project's 总投入 named with a long qualifier in brackets ("项目总投入（不含税，不含土建工程及铺底流动资金）为…") in an
audit of a project still under way is the project's total, not what was invested by the audit's date (frozen10 q02)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from checklists.as_of import at_guide_cutoff
from extractors.context import ExtractContext
from extractors.investment import investment_facts
from tests.extractors.paper import paper

OPENING = "我们接受委托，对贵公司某节能改造项目截至2022年6月30日的投入情况进行了专项审计。"


def _values(lines: list[str], name: str) -> set[Decimal]:
    facts = investment_facts(ExtractContext(paper([OPENING, *lines])), 0.95, "t")
    return {f.value for fact in facts for f in at_guide_cutoff(fact, date(2022, 6, 30)) if f.name == name}


@pytest.mark.parametrize("sentence", [
    "项目总投入（不含税，不含土建工程及铺底流动资金）为2,946.50万元，截至2022年6月30日已投入占项目总投入的20.00%。",
    "项目总投资（不含增值税、土建工程和铺底流动资金）为2,946.50万元。",
    "本项目总投入(不含税,不含土建及铺底流动资金)：2946.50万元。",
])
def test_a_total_with_a_long_qualifier_stays_the_total(sentence: str) -> None:
    lines = ["项目计划于2024年6月底建成。", "经审计，截至2022年6月30日，项目已投入（不含税）人民币5,893,000.00元。", sentence]
    assert _values(lines, "total_investment") == {Decimal("2946.5")}
    assert _values(lines, "invested_by_cutoff") == {Decimal("589.3")}
