"""A date written to the month ("2024年10月") and the same month written to the day elsewhere
("2024.10.31") are one date, not a conflict; the day says which day. Written by hand."""

from __future__ import annotations

from datetime import date

import pytest

from checklists.loader import load_guide
from checklists.resolve import resolve_figure
from extractors.model import Fact
from grantcheck.model import Provenance

GUIDE = load_guide("jiangsu-2023")


def _date(name: str, day: date, precision: str, document: str) -> Fact:
    return Fact(name=name, value=day, unit="date", precision=precision, confidence=0.8 if precision == "day" else 0.72,
                provenance=Provenance(document=document, page=1, text=str(day)))


@pytest.mark.parametrize(("name", "facts", "value", "status"), [
    ("completion_date", [("application_form", date(2024, 10, 1), "month", "申报书.docx"),
                         ("performance_form", date(2024, 10, 31), "day", "绩效.docx")], date(2024, 10, 31), "ok"),
    ("completion_date", [("application_form", date(2024, 10, 1), "month", "申报书.docx"),
                         ("application_form", date(2024, 10, 31), "day", "资金申请报告.docx")], date(2024, 10, 31), "ok"),
    ("start_date", [("application_form", date(2022, 1, 1), "month", "申报书.docx"),
                    ("application_form", date(2022, 1, 10), "day", "申报书.docx")], date(2022, 1, 10), "ok"),
    ("completion_date", [("application_form", date(2024, 9, 1), "month", "申报书.docx"),
                         ("application_form", date(2024, 10, 31), "day", "资金申请报告.docx")], None, "conflict"),
])
def test_a_month_and_a_day_of_it_are_one_date(name: str, facts: list, value: date | None, status: str) -> None:
    resolved = resolve_figure(name, [(kind, _date(name, day, precision, doc)) for kind, day, precision, doc in facts],
                              GUIDE)
    assert resolved is not None and resolved.status == status
    if value is not None:
        assert resolved.value == value
