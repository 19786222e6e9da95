"""Structured invoice values and the merge of page, data and QR candidates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.invoice_sources import merge_candidates, parse_value
from extractors.model import Fact
from grantcheck.model import Provenance
from tests.extractors.realdocs_invoices import expected_value


@pytest.mark.parametrize(("name", "raw", "value"), [
    ("invoice_date", "2020年07月23日", "2020-07-23"), ("invoice_date", "2026-06-04 09:38:46", "2026-06-04"),
    ("invoice_date", "20200723", "2020-07-23"), ("total_incl_tax", "¥526.00", "526.00"),
    ("amount_excl_tax", "1,234.50元", "1234.50"), ("tax_amount", "-15.32", "-15.32"),
    ("buyer_tax_id", " 91320115ma202ukd7x ", "91320115MA202UKD7X"),
    ("buyer_name", "北京（示例）有限公司", "北京(示例)有限公司"),
])
def test_structured_values_parse(name: str, raw: str, value: str) -> None:
    parsed = parse_value(name, raw)
    assert parsed is not None and parsed[0] == expected_value(name, value)


@pytest.mark.parametrize(("name", "raw"), [("invoice_date", "yesterday"), ("invoice_date", "20201399"),
                                           ("total_incl_tax", "n/a"), ("invoice_number", "12-34")])
def test_structured_values_of_the_wrong_form_are_dropped(name: str, raw: str) -> None:
    assert parse_value(name, raw) is None



def _fact(name: str, value: object, source: str, unit: str = "text") -> Fact:
    page = 1 if source == "page" else None
    return Fact(name=name, value=value, unit=unit, confidence=0.95, attrs={"source": source},
                provenance=Provenance(document="a.pdf", page=page, text=str(value)))


def test_agreeing_sources_make_one_confirmed_fact() -> None:
    merged = merge_candidates([_fact("invoice_number", "12345678", "page"),
                               _fact("invoice_number", "12345678", "qr"),
                               _fact("invoice_number", "12345678", "xml")])
    assert len(merged) == 1
    assert merged[0].attrs["sources"] == "page,xml,qr" and merged[0].attrs["confirmed"] == "1"
    assert merged[0].attrs["qr"] == "agree"
    assert merged[0].provenance.page == 1  # shown where it is printed


def test_disagreeing_sources_keep_every_value_trusted_first() -> None:
    merged = merge_candidates([_fact("amount_excl_tax", Decimal("1.5"), "page", "万元"),
                               _fact("amount_excl_tax", Decimal("1.6"), "qr", "万元"),
                               _fact("amount_excl_tax", Decimal("1.6"), "xml", "万元")])
    assert [(f.value, f.attrs["sources"]) for f in merged] == [(Decimal("1.6"), "xml,qr"),
                                                               (Decimal("1.5"), "page")]
    assert all(f.attrs["conflict"] == "1" and f.confidence <= 0.6 for f in merged)


def test_merged_facts_come_in_contract_order() -> None:
    merged = merge_candidates([_fact("total_incl_tax", Decimal(1), "xml", "万元"),
                               _fact("invoice_date", date(2023, 1, 1), "xml", "date"),
                               _fact("invoice_code", "032001900111", "xml")])
    assert [f.name for f in merged] == ["invoice_code", "invoice_date", "total_incl_tax"]
