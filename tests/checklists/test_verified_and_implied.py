"""A figure an audit verified stands for the packet's own papers (the invoices attached are a sample), and a
holding above half settles 唯一控股的最大股东 without the words. Numbers written here by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checklists.conditions import Evidence, evaluate_condition
from checklists.loader import load_guide
from checklists.resolve import Resolved, resolve_figure
from checklists.schema import Condition
from extractors.model import Fact
from grantcheck.model import Provenance

GUIDE = load_guide("jiangsu-2023")


def _fact(name: str, value: Decimal, document: str, unit: str = "万元") -> Fact:
    return Fact(name=name, value=value, unit=unit, confidence=0.95, attrs={"tax": "excl"} if unit == "万元" else {},
                provenance=Provenance(document=document, page=1, text=str(value)))


def _resolved(name: str, kind: str, value: str, document: str, unit: str = "万元") -> Resolved:
    found = resolve_figure(name, [(kind, _fact(name, Decimal(value), document, unit))], GUIDE)
    assert found is not None
    return found


def _condition(category: str, condition_id: str) -> Condition:
    return next(c for c in GUIDE.categories[category].conditions if c.id == condition_id)


def _evidence(kinds: dict[str, str], *figures: Resolved) -> Evidence:
    return Evidence(figures={f.name: f for f in figures}, designations=[], texts={}, kinds=kinds, deadline=None,
                    missing_kinds=set(), lists=GUIDE.lists)


@pytest.mark.parametrize(("category", "condition", "numerator", "denominator"), [
    ("green-upgrade", "invoices_support_cutoff", "invoice_total_by_cutoff", "invested_by_cutoff"),
    ("specialized-sme", "invoices_support_investment", "invoice_total", "hw_sw_investment"),
])
@pytest.mark.parametrize(("source_kind", "status"), [("audit_report", "pass"), ("application_form", "review")])
def test_invoices_short_of_a_figure_the_audit_verified_are_a_sample(
        category: str, condition: str, numerator: str, denominator: str, source_kind: str, status: str) -> None:
    invoices = _resolved(numerator, "invoice", "454.34", "发票1.pdf")
    claimed = _resolved(denominator, source_kind, "1028.40", "材料.pdf")
    check = evaluate_condition(_condition(category, condition),
                               _evidence({"发票1.pdf": "invoice", "材料.pdf": source_kind}, invoices, claimed))
    assert check is not None and check.status == status


@pytest.mark.parametrize(("share", "status"), [("0.80", "pass"), ("0.51", "pass"), ("0.50", "review"), ("0.45", "review")])
def test_a_holding_above_half_makes_the_applicant_the_one_controlling_shareholder(share: str, status: str) -> None:
    held = _resolved("control_share", "audit_report", share, "审计.pdf", unit="ratio")
    check = evaluate_condition(_condition("merger-acquisition", "largest_shareholder"),
                               _evidence({"审计.pdf": "audit_report"}, held))
    assert check is not None and check.status == status


@pytest.mark.parametrize(("value", "status"), [("none", "pass"), ("repeated", "pass")])
def test_an_invoice_uploaded_twice_is_counted_once_and_said(value: str, status: str) -> None:
    duplicates = Resolved("invoice_duplicates", value, "text", 0.95,
                          note="重复提交的发票（已只计一次）：05518824" if value == "repeated" else "")
    check = evaluate_condition(next(c for c in GUIDE.common_conditions if c.id == "invoices_unique"),
                               _evidence({}, duplicates))
    assert check is not None and check.status == status
    assert value == "none" or "05518824" in check.message
