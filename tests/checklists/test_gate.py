"""The gate: no condition and no subsidy decided on a figure that is unread, in conflict, 含税 where the
guide needs 不含税, only a target from the 绩效目标表, or an OCR reading nothing confirms.
Regression tests are named for what broke."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from checklists.conditions import Evidence, evaluate_condition
from checklists.formula import basis_needs, compute_subsidy
from checklists.gate import Need, Refused, Usable, gate
from checklists.loader import load_guide
from checklists.resolve import Resolved, resolve_figure
from checklists.schema import Condition
from extractors.model import Fact
from grantcheck.model import Provenance

GUIDE = load_guide("jiangsu-2023")
SMART = GUIDE.categories["smart-factory"]
ROOT = Path(__file__).resolve().parents[2]


def _fact(name: str, value: object, document: str, unit: str = "万元", row: int | None = None,
          **attrs: str) -> Fact:
    return Fact(name=name, value=value, unit=unit, confidence=0.95, attrs=attrs,
                precision="day" if unit == "date" else None,
                provenance=Provenance(document=document, page=1, text=str(value),
                                      locator=f"t1r{row}c3" if row else None))


def _resolve(name: str, *facts: tuple[str, Fact]) -> Resolved:
    resolved = resolve_figure(name, list(facts), GUIDE)
    assert resolved is not None
    return resolved


def _condition(category: str, condition_id: str) -> Condition:
    return next(c for c in GUIDE.categories[category].conditions if c.id == condition_id)


def _evidence(*figures: Resolved) -> Evidence:
    return Evidence(figures={f.name: f for f in figures}, designations=[], texts={}, kinds={}, deadline=None,
                    missing_kinds=set(), lists=GUIDE.lists)


def _date(name: str, day: date, document: str, row: int | None = None) -> Fact:
    return _fact(name, day, document, unit="date", row=row)


# 含税 total


def test_subsidy_computed_from_a_refused_figure_tax_included_total() -> None:
    total = _resolve("total_investment",
                     ("audit_report", _fact("total_investment", Decimal("3390"), "审计.pdf", tax="incl")))
    assert total.status == "tax_incl"
    check = evaluate_condition(_condition("smart-factory", "total_investment_min"), _evidence(total))
    assert check is not None and check.status == "review" and "含税" in check.message
    subsidy = compute_subsidy(SMART.subsidy, {"total_investment": total}, basis_needs(SMART))
    assert subsidy.max_wan is None and subsidy.status == "indicative"
    assert subsidy.indicative_wan == Decimal("339.00") and "仅供参考" in subsidy.note and "含税" in subsidy.note


def test_a_tax_included_amount_already_below_the_floor_fails() -> None:
    total = _resolve("total_investment",
                     ("audit_report", _fact("total_investment", Decimal("2990"), "审计.pdf", tax="incl")))
    check = evaluate_condition(_condition("smart-factory", "total_investment_min"), _evidence(total))
    assert check is not None and check.status == "fail"


def test_a_tax_included_denominator_does_not_decide_a_share() -> None:
    total = _resolve("total_investment",
                     ("audit_report", _fact("total_investment", Decimal("2400"), "审计.pdf", tax="incl")))
    invested = _resolve("invested_by_cutoff", ("audit_report", _fact("invested_by_cutoff", Decimal("600"), "审计.pdf")))
    check = evaluate_condition(_condition("green-upgrade", "invested_by_cutoff_share"), _evidence(total, invested))
    assert check is not None and check.status == "review" and "含税" in check.message


# a total only from the applicant's own 绩效目标表


def test_subsidy_computed_from_a_refused_figure_total_only_in_the_performance_form() -> None:
    total = _resolve("total_investment",
                     ("performance_form", _fact("total_investment", Decimal("3256.78"), "01-绩效目标申报表.docx")))
    assert total.target_only
    check = evaluate_condition(_condition("smart-factory", "total_investment_min"), _evidence(total))
    assert check is not None and check.status == "review" and "目标值" in check.message
    subsidy = compute_subsidy(SMART.subsidy, {"total_investment": total}, basis_needs(SMART))
    assert subsidy.max_wan is None and subsidy.status == "indicative" and "绩效目标" in subsidy.note


def test_a_planned_total_in_the_form_counts_where_the_guide_takes_it_from_the_form() -> None:
    platform = GUIDE.categories["iiot-identifier-platform"]  # 在建项目：申报书、绩效目标表所列总投入
    total = _resolve("total_investment",
                     ("performance_form", _fact("total_investment", Decimal("1200"), "01-绩效目标申报表.docx")))
    check = evaluate_condition(_condition("iiot-identifier-platform", "total_investment_min"), _evidence(total))
    assert check is not None and check.status == "pass"
    subsidy = compute_subsidy(platform.subsidy, {"total_investment": total}, basis_needs(platform))
    assert (subsidy.status, subsidy.max_wan) == ("computed", Decimal("240.00"))


def test_a_target_confirmed_by_another_kind_of_document_is_not_a_target_only() -> None:
    form = _fact("total_investment", Decimal("3256.78"), "01-绩效目标申报表.docx")
    stated = _fact("total_investment", Decimal("3256.78"), "00-申报书.docx")
    total = _resolve("total_investment", ("performance_form", form), ("application_form", stated))
    assert not total.target_only and isinstance(gate(total, Need(tax="excl")), Usable)


# dates by meaning; conflicts surfaced


def test_period_max_and_in_progress_skip_the_conflict_path() -> None:
    start = _resolve("start_date",
                     ("construction_start_certificate", _date("start_date", date(2019, 3, 1), "开工证明.pdf")),
                     ("construction_start_certificate", _date("start_date", date(2021, 3, 1), "开工证明-2.pdf")))
    assert start.status == "conflict"
    end = _resolve("completion_date", ("acceptance_opinion", _date("completion_date", date(2022, 5, 20), "验收.pdf")))
    period = evaluate_condition(_condition("smart-factory", "implementation_period"), _evidence(start, end))
    assert period is not None and period.status == "review"
    assert "2019-03-01" in period.message and "2021-03-01" in period.message
    applied = Resolved("application_date", date(2023, 3, 10), "date", 0.95)
    planned = _resolve("completion_date", ("application_form", _date("completion_date", date(2024, 5, 1), "申报书.pdf")))
    progress = evaluate_condition(_condition("iiot-security", "started_not_completed"),
                                  _evidence(start, planned, applied))
    assert progress is not None and progress.status == "review" and "2019-03-01" in progress.message
    tiers = evaluate_condition(_condition("innovation-center", "total_investment_by_period"),
                               _evidence(start, end, Resolved("total_investment", Decimal("9000"), "万元", 0.95)))
    assert tiers is not None and tiers.status == "review"


def test_a_table_column_of_start_dates_keeps_the_earliest() -> None:
    rows = [_date("start_date", date(2020, 3, 1), "审计.pdf", row=2),
            _date("start_date", date(2020, 9, 1), "审计.pdf", row=3)]
    start = _resolve("start_date", *(("audit_report", f) for f in rows))
    assert start.status == "ok" and start.value == date(2020, 3, 1)
    rows = [_date("completion_date", date(2021, 6, 1), "审计.pdf", row=2),
            _date("completion_date", date(2021, 10, 1), "审计.pdf", row=3)]
    assert _resolve("completion_date", *(("audit_report", f) for f in rows)).value == date(2021, 10, 1)


def test_several_dates_one_document_states_count_by_meaning() -> None:
    starts = [_date("start_date", date(2020, 5, 1), "申报书.pdf"), _date("start_date", date(2020, 2, 1), "申报书.pdf")]
    start = _resolve("start_date", *(("application_form", f) for f in starts))
    assert (start.status, start.value) == ("ok", date(2020, 2, 1))
    ends = [_date("completion_date", date(2022, 1, 5), "审计.pdf"), _date("completion_date", date(2022, 4, 5), "审计.pdf")]
    end = _resolve("completion_date", *(("audit_report", f) for f in ends))
    assert (end.status, end.value) == ("ok", date(2022, 4, 5))


def test_two_authoritative_documents_disagreeing_on_completion_is_a_conflict_with_both_values() -> None:
    end = _resolve("completion_date", ("acceptance_opinion", _date("completion_date", date(2022, 5, 20), "验收-1.pdf")),
                   ("acceptance_opinion", _date("completion_date", date(2022, 8, 1), "验收-2.pdf")))
    check = evaluate_condition(_condition("smart-factory", "completion_window"), _evidence(end))
    assert check is not None and check.status == "review"
    assert "2022-05-20" in check.message and "2022-08-01" in check.message


# OCR


def test_an_ocr_only_unconfirmed_amount_goes_to_review() -> None:
    total = _resolve("total_investment",
                     ("audit_report", _fact("total_investment", Decimal("3500"), "审计-扫描.pdf", ocr="1")))
    check = evaluate_condition(_condition("smart-factory", "total_investment_min"), _evidence(total))
    assert check is not None and check.status == "review" and "OCR 识别，未经核对" in check.message
    subsidy = compute_subsidy(SMART.subsidy, {"total_investment": total}, basis_needs(SMART))
    assert subsidy.max_wan is None and "OCR" in subsidy.note


def test_an_ocr_amount_confirmed_or_agreed_by_another_document_is_usable() -> None:
    scanned = _fact("total_investment", Decimal("3500"), "审计-扫描.pdf", ocr="1", confirmed="1")
    confirmed = _resolve("total_investment", ("audit_report", scanned))
    assert isinstance(gate(confirmed, Need(tax="excl")), Usable)
    agreed = _resolve("total_investment",
                      ("audit_report", _fact("total_investment", Decimal("3500"), "审计-扫描.pdf", ocr="1")),
                      ("acceptance_opinion", _fact("total_investment", Decimal("3500"), "验收.pdf")))
    check = evaluate_condition(_condition("smart-factory", "total_investment_min"), _evidence(agreed))
    assert check is not None and check.status == "pass"


def test_an_ocr_name_and_date_decide_an_ocr_amount_does_not() -> None:
    name = _resolve("applicant_name", ("application_form", _fact("applicant_name", "无锡国家高新技术产业开发区管理委员会",
                                                                 "申报书-扫描.pdf", unit="text", ocr="1")))
    check = evaluate_condition(_condition("xinchuang-pilot-zone", "applicant_type"), _evidence(name))
    assert check is not None and check.status == "pass"
    end = _resolve("completion_date", ("acceptance_opinion", _fact("completion_date", date(2022, 5, 20), "验收-扫描.pdf",
                                                                   unit="date", ocr="1")))
    check = evaluate_condition(_condition("smart-factory", "completion_window"), _evidence(end))
    assert check is not None and check.status == "pass"
    total = _resolve("total_investment", ("audit_report", _fact("total_investment", Decimal("3256.78"), "审计-扫描.pdf",
                                                                ocr="1", tax="excl")))
    check = evaluate_condition(_condition("smart-factory", "total_investment_min"), _evidence(total))
    assert check is not None and check.status == "review" and "OCR" in check.message


def test_ocr_invoice_dates_decide_a_window_like_any_date() -> None:
    inside = [_fact("invoice_date", date(2021, 5, 1), f"发票-{i}.pdf", unit="date", ocr="1") for i in range(2)]
    evidence = _evidence()
    evidence.invoice_dates = inside
    check = evaluate_condition(_condition("specialized-sme", "invoices_in_window"), evidence)
    assert check is not None and check.status == "pass"
    evidence.invoice_dates = [*inside, _fact("invoice_date", date(2022, 8, 1), "发票-9.pdf", unit="date", ocr="1")]
    check = evaluate_condition(_condition("specialized-sme", "invoices_in_window"), evidence)
    assert check is not None and check.status == "review" and "发票-9.pdf" in check.message


# the gate's reasons and the one door


def test_refusals_say_why_in_chinese() -> None:
    assert isinstance(gate(None), Refused) and gate(None).absent  # type: ignore[union-attr]
    low = Resolved("total_investment", Decimal("3000"), "万元", 0.5, status="low", note="识别置信度低（0.50）")
    refused = gate(low)
    assert isinstance(refused, Refused) and refused.reason == "识别置信度低（0.50）" and refused.shown == "3000.00 万元"


def test_no_evaluator_or_formula_reads_a_figure_around_the_gate() -> None:
    for module, allowed in (("conditions.py", 1), ("formula.py", 1)):
        source = (ROOT / "checklists" / module).read_text("utf-8")
        reads = re.findall(r"figures\.get\(|figures\[", source)
        assert len(reads) == allowed, f"{module}: {len(reads)} direct reads of figures (only through the gate)"


def _designation(year: int, **attrs: str) -> Fact:
    return Fact(name="designation", value="innovation_center", unit="text", confidence=0.9,
                attrs={"level": "provincial", "year": str(year), **attrs},
                provenance=Provenance(document="批复-扫描.pdf", page=1, text="省级制造业创新中心"))


def test_a_designations_age_is_judged_on_an_ocr_year_but_not_without_a_date_to_judge_it() -> None:
    condition = _condition("innovation-center", "center_approved_recently")  # 未满 3 年
    applied = Resolved("application_date", date(2023, 3, 10), "date", 0.95)
    evidence = _evidence(applied)
    evidence.designations = [_designation(2021)]
    assert evaluate_condition(condition, evidence).status == "pass"  # type: ignore[union-attr]
    evidence.designations = [_designation(2021, ocr="1")]
    assert evaluate_condition(condition, evidence).status == "pass"  # type: ignore[union-attr]
    evidence.designations = [_designation(2019, ocr="1")]
    assert evaluate_condition(condition, evidence).status == "fail"  # type: ignore[union-attr]
    undated = _evidence()
    undated.designations = [_designation(2021)]
    check = evaluate_condition(condition, undated)
    assert check is not None and check.status == "review" and "申报日期" in check.message


def test_a_sum_formula_counts_an_unclaimed_term_as_zero_but_not_a_refused_one() -> None:
    sme = GUIDE.categories["specialized-sme"]
    hw = Resolved("hw_sw_investment", Decimal("900"), "万元", 0.95)
    alone = compute_subsidy(sme.subsidy, {"hw_sw_investment": hw}, basis_needs(sme))
    assert (alone.status, alone.max_wan) == ("computed", Decimal("180.00"))
    interest = Resolved("loan_interest", Decimal("210"), "万元", 0.95, status="conflict", note="读到不同数值：210、120")
    doubtful = compute_subsidy(sme.subsidy, {"hw_sw_investment": hw, "loan_interest": interest}, basis_needs(sme))
    assert doubtful.max_wan is None and doubtful.status == "indicative" and "210、120" in doubtful.note


def test_the_formula_needs_what_the_conditions_reading_its_basis_need() -> None:
    needs = basis_needs(SMART)
    assert needs["total_investment"].tax == "excl" and needs["total_investment"].accepts == ("audit_report",)
    assert basis_needs(GUIDE.categories["cluster-promotion"])["service_revenue"].tax == "any"  # 收入，非投入
