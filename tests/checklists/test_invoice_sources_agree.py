"""An e-invoice states its fields in its XML or OFD data, its QR code and its printed page: where they disagree,
the packet goes to a reviewer with both values shown; one PDF of several paper invoices is no disagreement."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from checklists.crossdoc import invoice_figures
from extractors.model import Fact
from grantcheck.model import Provenance


def _field(document: str, name: str, value: object, source: str) -> tuple[str, Fact]:
    unit = "万元" if isinstance(value, Decimal) else "date" if isinstance(value, date) else "text"
    return "invoice", Fact(name=name, value=value, unit=unit, confidence=0.9, attrs={"source": source},
                           provenance=Provenance(document=document, page=1, text=str(value)))


def _check(facts: list[tuple[str, Fact]]) -> tuple[str, str]:
    found = {r.name: r for r in invoice_figures(facts, None, None, None)}
    return str(found["invoice_sources_check"].value), found["invoice_sources_check"].note


@pytest.mark.parametrize(("name", "first", "second", "shown"), [
    ("amount_excl_tax", Decimal("12.5"), Decimal("12.05"), "金额"),
    ("invoice_number", "24322000000012345678", "24322000000012345670", "发票号码"),
    ("invoice_date", date(2022, 3, 18), date(2022, 3, 16), "开票日期"),
])
def test_the_structured_data_and_the_page_disagreeing_is_for_a_reviewer(name: str, first: object, second: object,
                                                                      shown: str) -> None:
    facts = [_field("发票.ofd", "invoice_number", "24322000000012345678", "ofd"), _field("发票.ofd", name, first, "ofd"),
             _field("发票.ofd", name, second, "page")]
    value, note = _check(facts)
    assert value == "disagree" and shown in note and "票面" in note


def test_sources_that_agree_and_amounts_written_differently_are_one_value() -> None:
    facts = [_field("发票.pdf", "amount_excl_tax", Decimal("12.50"), "qr"),
             _field("发票.pdf", "amount_excl_tax", Decimal("12.5"), "page"),
             _field("发票.pdf", "invoice_number", "00731905", "page")]
    assert _check(facts)[0] == "agree"


def test_one_pdf_of_several_paper_invoices_is_not_a_disagreement() -> None:
    facts = [_field("发票汇总.pdf", "invoice_number", "00731905", "page"),
             _field("发票汇总.pdf", "invoice_number", "03318407", "page")]
    assert _check(facts)[0] == "agree"
