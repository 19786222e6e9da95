"""Conditions the ninth blind set (corpus/frozen9) showed, in several wordings: an audit adding a foreign
loan's interest to the 人民币 interest (its table restating the bank's statement counted once), a form saying
no grant was received as "…支持情况：无", and a training class whose 报到 or 撤离 counts more than the half day
the guide allows."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checklists.resolve import Resolved
from checklists.row_counts import with_row_counts
from checklists.windows import within_windows
from extractors.model import Fact
from grantcheck.model import Provenance
from tests.checklists.test_blind6_conditions import GUIDE, _check

CATEGORY = GUIDE.categories["specialized-sme"]
ICBC = [("2021-03-21", "32.625"), ("2021-06-21", "32.9875"), ("2021-09-21", "33.35"), ("2022-06-21", "32.262")]
FOREIGN = [("2021-09-20", "6.16896"), ("2021-12-20", "6.096476"), ("2022-06-20", "6.611742")]


def _rows(kind: str, document: str, settled: list[tuple[str, str]], name: str = "loan_interest",
          column: str = "c4", **attrs: str) -> list[tuple[str, Fact]]:
    return [(kind, Fact(name=name, value=Decimal(amount), unit="万元", confidence=0.64,
                        attrs={"row_date": day, **attrs},
                        provenance=Provenance(document=document, page=1, locator=f"t1r{i}{column}", text=amount)))
            for i, (day, amount) in enumerate(settled, start=2)]


def _stated(value: str) -> Resolved:
    fact = Fact(name="loan_interest", value=Decimal(value), unit="万元", confidence=0.95,
                provenance=Provenance(document="专审报告.pdf", page=1, text=f"贷款利息合计{value}万元"))
    return Resolved("loan_interest", fact.value, "万元", 0.95, [fact], kinds=("audit_report",), status="conflict")


RMB = sum((Decimal(v) for _, v in ICBC), Decimal(0))
USD = sum((Decimal(v) for _, v in FOREIGN), Decimal(0))


@pytest.mark.parametrize(("papers", "currency"), [
    # the audit's table lists the bank's rows again and the foreign rows' 折合人民币
    ([("audit_report", "专审报告.pdf", "c5"), ("interest_statement", "工行利息清单.pdf", "c4")], "美元"),
    ([("audit_report", "专审报告.pdf", "c5")], "欧元"),  # the audit's table alone
    ([("interest_statement", "工行利息清单.pdf", "c4")], "港币"),  # the statements alone
    ([("interest_statement", "工行利息回单.pdf", "c3"), ("audit_report", "审计报告.pdf", "c4")], "日元"),
])
def test_an_audit_adding_a_foreign_loans_interest_gives_way_to_the_rmb_rows(papers, currency: str) -> None:
    facts = [pair for kind, document, column in papers for pair in _rows(kind, document, ICBC, column=column)]
    facts += _rows("audit_report", "专审报告.pdf", FOREIGN, "loan_interest_not_counted", "c6", currency=currency)
    got = within_windows({"loan_interest": _stated(str(RMB + USD))}, facts, CATEGORY)["loan_interest"]
    assert got.value == RMB and got.status == "ok"
    assert f"外币（{currency}）贷款利息" in got.note and any(f.name.endswith("not_counted") for f in got.alternatives)


def test_an_audit_counting_only_the_rmb_interest_stands() -> None:
    facts = _rows("audit_report", "专审报告.pdf", ICBC, column="c5") + \
        _rows("audit_report", "专审报告.pdf", FOREIGN, "loan_interest_not_counted", "c6", currency="美元")
    assert within_windows({"loan_interest": _stated(str(RMB))}, facts, CATEGORY)["loan_interest"].value == RMB


@pytest.mark.parametrize(("text", "passes"), [
    ("2021-2022年获本专项资金支持情况\t无", True),
    ("近两年获得本专项资金支持情况：无", True),
    ("2021-2022年获本专项资金补助情况：否", True),
    ("本企业2021-2022年未获得过本专项资金支持。", True),
    ("2021-2022年获本专项资金支持情况\t无锡市2021年度补助50万元", False),
    ("2021-2022年获本专项资金支持情况\t2021年获补助50万元", False),
])
def test_a_form_saying_no_grant_of_this_fund_was_received(text: str, passes: bool) -> None:
    check = _check("specialized-sme", "not_funded_2021_2022", {"申报表.docx": ("application_form", text)})
    assert (check is not None and check.status == "pass") is passes, check and check.message  # silent: no check


TRAINING = GUIDE.categories["talent-training"]


def _classes(lengths: list[tuple[str, dict[str, str]]]) -> list[tuple[str, Fact]]:
    return [("application_form", Fact(name="class_days", value=Decimal(days), unit="day", confidence=0.85, attrs=parts,
                                      provenance=Provenance(document="申报书.docx", text=f"{i} {days} 天")))
            for i, (days, parts) in enumerate(lengths, start=1)]


FULL = {"arrival": "0.5", "teaching": "3", "departure": "0.5"}


@pytest.mark.parametrize(("short", "counted"), [
    ({"arrival": "1", "teaching": "2", "departure": "0.5"}, 7),  # a whole day of 报到
    ({"arrival": "0.5", "teaching": "2", "departure": "1"}, 7),  # a whole day of 撤离
    ({"arrival": "1", "teaching": "2.5"}, 7),  # 报到1天，培训2.5天
    ({"arrival": "0.5", "teaching": "2.5", "departure": "0.5"}, 10),  # within the caps
    ({}, 10),  # no schedule: the stated length stands
])
def test_report_and_departure_count_at_most_half_a_day_each(short: dict[str, str], counted: int) -> None:
    rows = _classes([("4", FULL)] * 7 + [("3.5", short)] * 3)
    stated = Resolved("class_count", 10, "count", 0.8, [Fact(name="class_count", value=10, unit="count", confidence=0.8,
                                                              provenance=Provenance(document="申报书.docx", text="10"))])
    got = with_row_counts({"class_count": stated}, rows, TRAINING)["class_count"]
    assert got.value == counted
    assert ("报到和撤离各不超过半天" in got.note) is (counted < 10)


def test_a_stated_count_stands_over_rows_listing_fewer_classes() -> None:
    stated = Resolved("class_count", 10, "count", 0.8, [])
    got = with_row_counts({"class_count": stated}, _classes([("4", FULL)] * 3), TRAINING)["class_count"]
    assert got is stated
