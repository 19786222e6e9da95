"""Choosing one figure from many facts: a table's 合计 over its rows, dates listed down a column."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

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
