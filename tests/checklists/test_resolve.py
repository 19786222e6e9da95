"""Choosing one figure from many facts: a table's 合计 over its rows, dates listed down a column."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from checklists.loader import load_guide
from checklists.resolve import resolve_figure
from extractors.model import Fact
from grantcheck.model import Provenance

GUIDE = load_guide("jiangsu-2023")


def _cell(name: str, value: object, row: int, column: int = 3, label: str = "", document: str = "02-审计.pdf") -> Fact:
    return Fact(name=name, value=value, unit="万元" if isinstance(value, Decimal) else "date", confidence=0.95,
                attrs={"row": label} if label else {},
                provenance=Provenance(document=document, page=1, locator=f"t1r{row}c{column}", text=str(value)))


def test_a_total_row_is_the_figure_and_its_rows_are_its_parts() -> None:
    rows = [_cell("acquisition_total", Decimal("6000"), 2, label="常州精工"),
            _cell("acquisition_total", Decimal("5500"), 3, label="南通远航"),
            _cell("acquisition_total", Decimal("11500"), 4, label="合计")]
    resolved = resolve_figure("acquisition_total", [("audit_report", f) for f in rows], GUIDE)
    assert resolved is not None and resolved.status == "ok"
    assert resolved.value == Decimal("11500") and [p.value for p in resolved.parts] == [Decimal("6000"), Decimal("5500")]


def test_a_total_that_does_not_add_up_is_a_conflict() -> None:
    rows = [_cell("acquisition_total", Decimal("6000"), 2, label="常州精工"),
            _cell("acquisition_total", Decimal("5500"), 3, label="南通远航"),
            _cell("acquisition_total", Decimal("12000"), 4, label="合计")]
    resolved = resolve_figure("acquisition_total", [("audit_report", f) for f in rows], GUIDE)
    assert resolved is not None and resolved.status == "conflict" and not resolved.parts


def test_dates_down_one_column_are_all_kept_the_latest_shown() -> None:
    rows = [_cell("completion_date", date(2021, 6, 18), 2, column=5), _cell("completion_date", date(2021, 10, 18), 3, column=5)]
    resolved = resolve_figure("completion_date", [("audit_report", f) for f in rows], GUIDE)
    assert resolved is not None and resolved.status == "ok" and resolved.value == date(2021, 10, 18)
    assert len(resolved.parts) == 2


def test_different_dates_in_different_places_still_conflict() -> None:
    facts = [_cell("completion_date", date(2021, 6, 18), 2), _cell("completion_date", date(2021, 10, 18), 2,
                                                                      document="03-验收.pdf")]
    resolved = resolve_figure("completion_date", [("audit_report", f) for f in facts], GUIDE)
    assert resolved is not None and resolved.status == "conflict"


def test_a_count_only_in_the_performance_form_is_a_target_not_an_achievement() -> None:
    target = Fact(name="connected_enterprise_count", value=1200, unit="count", confidence=0.8,
                  provenance=Provenance(document="01-绩效目标申报表.docx", page=None, text="1200"))
    resolved = resolve_figure("connected_enterprise_count", [("performance_form", target)], GUIDE)
    assert resolved is not None and resolved.status == "low" and "目标值" in resolved.note
    stated = target.model_copy(update={"provenance": Provenance(document="00-申报书.docx", page=None, text="1200")})
    resolved = resolve_figure("connected_enterprise_count", [("performance_form", target), ("application_form", stated)],
                              GUIDE)
    assert resolved is not None and resolved.status == "ok" and resolved.sources[0].provenance.document == "00-申报书.docx"


def test_a_total_of_the_rows_marked_counted_leaves_out_the_rows_marked_not() -> None:
    rows = [_cell("loan_interest", Decimal("29.20"), 2, label="否"),
            _cell("loan_interest", Decimal("28.46"), 3, label="是"),
            _cell("loan_interest", Decimal("29.52"), 4, label="是"),
            _cell("loan_interest", Decimal("29.52"), 5, label="是"),
            _cell("loan_interest", Decimal("87.50"), 6, label="计入合计")]
    resolved = resolve_figure("loan_interest", [("audit_report", f) for f in rows], GUIDE)
    assert resolved is not None and resolved.status == "ok" and resolved.value == Decimal("87.50")
    assert sorted(p.value for p in resolved.parts) == [Decimal("28.46"), Decimal("29.52"), Decimal("29.52")]


def test_a_total_repeated_where_another_document_shows_it_holds_a_partners_money_is_not_a_rival() -> None:
    net = Fact(name="rd_investment", value=Decimal("2860"), unit="万元", confidence=0.85,
               attrs={"derived": "net_of_excluded", "gross": "3640", "excluded": "780"},
               provenance=Provenance(document="04-协议.docx", page=None, locator="p5", text="3,640.00 其中乙方780.00"))
    form = Fact(name="rd_investment", value=Decimal("3640"), unit="万元", confidence=0.8,
                provenance=Provenance(document="02-绩效目标表.pdf", page=1, locator="t1r9c4", text="3,640.00"))
    resolved = resolve_figure("rd_investment", [("contract", net), ("performance_form", form)], GUIDE)
    assert resolved is not None and resolved.status == "ok" and resolved.value == Decimal("2860")


def test_a_deduction_that_did_not_reconcile_explains_nothing_away() -> None:
    doubtful = Fact(name="total_investment", value=Decimal("4420"), unit="万元", confidence=0.6,
                    attrs={"derived": "net_of_excluded", "gross": "6140", "excluded": "1720", "unreconciled": "1"},
                    provenance=Provenance(document="03-资金申请报告.docx", page=None, locator="t1r7c3", text="6,140.00"))
    form = Fact(name="total_investment", value=Decimal("6140"), unit="万元", confidence=0.8,
                provenance=Provenance(document="01-申报表.docx", page=None, locator="t1r13c2", text="6,140.00"))
    resolved = resolve_figure("total_investment", [("application_form", doubtful), ("application_form", form)], GUIDE)
    assert resolved is not None and resolved.value == Decimal("6140")


def _stated(name: str, value: str, context: str, document: str, text: str) -> Fact:
    return Fact(name=name, value=Decimal(value), unit="万元", confidence=0.8, attrs={"context": context},
                provenance=Provenance(document=document, page=1, locator="p3", text=text))


@pytest.mark.parametrize(("rough", "context", "exact"), [
    ("10000", "2年实施期内先导区建设投资预算约", "9580"),  # 约1亿元 against the annexed budget's sum
    ("3000", "项目总投入近", "2864.3"),  # 近3000万元
    ("4600", "计入项目总投入，约合", "4582.36"),  # 约合0.46亿元
    ("1200", "研发投入大约", "1240"),
])
def test_a_round_figure_yields_to_the_exact_amount_it_rounds(rough: str, context: str, exact: str) -> None:
    facts = [("application_form", _stated("investment_budget", rough, context, "申报书.docx", f"约{rough}万元")),
             ("other", _stated("investment_budget", exact, "合计 预算金额", "附件3 预算表.xlsx", exact))]
    resolved = resolve_figure("investment_budget", facts, GUIDE)
    assert resolved is not None and resolved.value == Decimal(exact) and resolved.status == "ok"
    assert "约数以准确金额为准" in resolved.note and any(f.value == Decimal(rough) for f in resolved.alternatives)


def test_a_round_figure_far_from_every_exact_amount_is_not_replaced_by_one() -> None:
    facts = [("application_form", _stated("investment_budget", "10000", "投资预算约", "申报书.docx", "约1亿元")),
             ("other", _stated("investment_budget", "4860", "合计 预算金额", "附件3 预算表.xlsx", "4,860.00"))]
    resolved = resolve_figure("investment_budget", facts, GUIDE)
    assert resolved is not None and resolved.value == Decimal("10000") and "约数" not in resolved.note


def _dated(value: date, document: str, confidence: float, precision: str = "month") -> Fact:
    return Fact(name="start_date", value=value, unit="date", confidence=confidence, precision=precision,
                provenance=Provenance(document=document, page=1, locator="p2", text=f"项目于{value:%Y年%-m月}开工建设"))


@pytest.mark.parametrize(("other", "status"), [
    (_dated(date(2021, 9, 1), "1.申报表.docx", 0.72), "ok"),  # the form states the same month
    (_dated(date(2021, 9, 15), "绩效目标表.docx", 0.8, "day"), "ok"),  # the same month, to the day
    (_dated(date(2021, 10, 1), "1.申报表.docx", 0.65), "low"),  # another month: no cross-check
    (_dated(date(2021, 9, 1), "3.专项审计报告.pdf", 0.61), "low"),  # the same paper again is no second source
])
def test_an_unsure_reading_another_paper_states_alike_is_cross_checked(other: Fact, status: str) -> None:
    photographed = _dated(date(2021, 9, 1), "3.专项审计报告.pdf", 0.61)  # OCR of a phone photo
    resolved = resolve_figure("start_date", [("audit_report", photographed), ("application_form", other)], GUIDE)
    assert resolved is not None and resolved.status == status
    assert resolved.value == (other.value if other.precision == "day" else date(2021, 9, 1))  # the day, where one says it
