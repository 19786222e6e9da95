"""Two independent papers (the acceptance opinion, the audit) stating different completion dates: for a reviewer
when the window's edge lies between them, no matter when both fall inside."""

from __future__ import annotations

from datetime import date

import pytest

from checklists.conditions import Evidence, evaluate_condition
from checklists.loader import load_guide
from checklists.resolve import resolve_figure
from extractors.model import Fact
from grantcheck.model import Provenance

GUIDE = load_guide("jiangsu-2023")


def _completion(document: str, value: date) -> Fact:
    return Fact(name="completion_date", value=value, unit="date", confidence=0.95 if "验收" in document else 0.85,
                precision="day", provenance=Provenance(document=document, page=1, text=str(value)))


@pytest.mark.parametrize(("accepted", "audited", "status"), [
    (date(2022, 7, 6), date(2022, 6, 28), "review"),   # the window (to 2022-06-30) ends between them
    (date(2022, 6, 20), date(2022, 6, 28), "pass"),    # both inside
    (date(2022, 7, 6), date(2022, 7, 1), "fail"),      # both outside: the acceptance opinion's decides
    (date(2022, 6, 28), date(2022, 6, 28), "pass"),
])
def test_completion_dates_of_two_independent_papers(accepted: date, audited: date, status: str) -> None:
    facts = [("acceptance_opinion", _completion("验收意见.pdf", accepted)),
             ("audit_report", _completion("专项审计报告.pdf", audited)),
             ("application_form", _completion("申报书.docx", date(2022, 5, 31)))]  # the applicant's own form: no vote
    resolved = resolve_figure("completion_date", facts, GUIDE)
    assert resolved is not None
    condition = next(c for c in GUIDE.categories["service-manufacturing"].conditions if c.id == "completion_window")
    evidence = Evidence(figures={"completion_date": resolved}, designations=[], texts={}, kinds={}, deadline=None,
                        missing_kinds=set(), lists=GUIDE.lists, invoice_dates=[])
    check = evaluate_condition(condition, evidence)
    assert check is not None and check.status == status, check.message
