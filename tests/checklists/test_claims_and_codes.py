"""What the papers allow without a form stating it: the applicant's code from its invoices, a sum that fails
even at what the applicant claims, a designation whose validity no paper limits."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checklists.conditions import Evidence, evaluate_condition
from checklists.crossdoc import applicant_code_from_invoices
from checklists.loader import load_guide
from checklists.resolve import Resolved
from extractors.model import Fact
from grantcheck.model import Provenance

GUIDE = load_guide("jiangsu-2023")
APPLICANT = Resolved("applicant_name", "泰州华东数控刀具有限公司", "text", 0.9,
                     [Fact(name="applicant_name", value="泰州华东数控刀具有限公司", unit="text", confidence=0.9,
                           provenance=Provenance(document="申报表.docx", text="…"))])


def _invoice(i: int, buyer: str, tax_id: str) -> list[tuple[str, Fact]]:
    where = Provenance(document=f"发票{i}.pdf", page=1, text="…")
    return [("invoice", Fact(name=n, value=v, unit="text", confidence=0.95, provenance=where))
            for n, v in (("invoice_number", f"0000{i}"), ("buyer_name", buyer), ("buyer_tax_id", tax_id))]


@pytest.mark.parametrize(("invoices", "code"), [
    ([(1, "泰州华东数控刀具有限公司", "913205364MA9QDM83D"), (2, "泰州华东数控刀具有限公司", "913205364MA9QDM83D")],
     "913205364MA9QDM83D"),
    ([(1, "泰州华东数控刀具有限公司", "913205364MA9QDM83D"), (2, "泰州华东数控刀具有限公司", "91320205MA1X2Y3Z4W")], None),
    ([(1, "无锡别家机械有限公司", "913205364MA9QDM83D")], None),  # another buyer's number is not the applicant's
    ([(1, "泰州华东数控刀具有限公司", "913205364MA9QDM83X")], None),  # a check digit that does not hold
])
def test_the_applicants_code_from_the_invoices_it_bought_on(invoices: list, code: str | None) -> None:
    facts = [pair for i, buyer, tax_id in invoices for pair in _invoice(i, buyer, tax_id)]
    found = applicant_code_from_invoices(facts, APPLICANT)
    assert [r.value for r in found] == ([code] if code else [])


def _figure(name: str, value: Decimal, kinds: tuple[str, ...], target_only: bool = False) -> Resolved:
    fact = Fact(name=name, value=value, unit="万元", confidence=0.9, provenance=Provenance(document="x.pdf", text="…"))
    return Resolved(name, value, "万元", 0.9, [fact], kinds=kinds, target_only=target_only)


@pytest.mark.parametrize(("claimed_interest", "status"), [("0", "fail"), ("94.69", "fail"), ("94.70", "review")])
def test_a_sum_below_the_floor_even_at_the_claimed_part_fails(claimed_interest: str, status: str) -> None:
    condition = next(c for c in GUIDE.categories["specialized-sme"].conditions if c.id == "investment_and_interest_min")
    figures = {"hw_sw_investment": _figure("hw_sw_investment", Decimal("705.30"), ("audit_report",)),
               "loan_interest": _figure("loan_interest", Decimal(claimed_interest), ("performance_form",), True)}
    evidence = Evidence(figures=figures, designations=[], texts={}, kinds={}, deadline=None, missing_kinds=set(),
                        lists=GUIDE.lists, invoice_dates=[])
    check = evaluate_condition(condition, evidence)
    assert check is not None and check.status == status, check.message


@pytest.mark.parametrize(("attrs", "status"), [
    ({"level": "provincial", "year": "2021"}, "pass"),  # no paper limits its validity: no date needed
    ({"level": "provincial", "year": "2021", "valid_until": "2024-12-31"}, "review"),  # a limit, and no date to judge
])
def test_a_designation_without_an_application_date(attrs: dict[str, str], status: str) -> None:
    condition = next(c for c in GUIDE.categories["specialized-sme"].conditions if c.id == "little_giant_valid")
    held = Fact(name="designation", value="little_giant", unit="text", confidence=0.9, attrs=attrs,
                provenance=Provenance(document="小巨人名单.pdf", text="泰州华东数控刀具有限公司"))
    evidence = Evidence(figures={"applicant_name": APPLICANT}, designations=[held], texts={}, kinds={}, deadline=None,
                        missing_kinds=set(), lists=GUIDE.lists, invoice_dates=[])
    check = evaluate_condition(condition, evidence)
    assert check is not None and check.status == status, check.message
