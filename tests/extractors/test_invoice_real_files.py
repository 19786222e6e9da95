"""Every invoice in ../shared/realdocs (PDF, OFD, XML) read by `grantcheck extract` as a person reads it."""

from __future__ import annotations

import pytest

from extractors.registry import extract
from ingest.classify import classify
from ingest.model import DocStatus
from ingest.read import read_file
from tests.extractors.realdocs_invoices import INVOICES, OCR, REALDOCS, expected_value

pytestmark = pytest.mark.skipif(not REALDOCS.is_dir(), reason="../shared/realdocs is not beside the clone")


def _facts(rel: str) -> tuple[object, dict[str, list]]:
    document = classify(read_file(REALDOCS / rel, rel))
    grouped: dict[str, list] = {}
    for fact in extract(document):
        grouped.setdefault(fact.name, []).append(fact)
    return document, grouped


@pytest.mark.parametrize("rel", sorted(set(INVOICES) - OCR))
def test_every_field_is_read(rel: str) -> None:
    document, facts = _facts(rel)
    assert document.status == DocStatus.ok and document.kind == "invoice", document.error
    for name, text in INVOICES[rel].items():
        assert name in facts, name
        assert facts[name][0].value == expected_value(name, text), (name, [f.value for f in facts[name]])
        assert not any(f.attrs.get("conflict") for f in facts[name]), name
    for name in ("invoice_code", "buyer_tax_id"):
        if name not in INVOICES[rel]:
            assert name not in facts, f"{name} is not printed on {rel}"


@pytest.mark.parametrize("rel", sorted(r for r in set(INVOICES) - OCR if not r.endswith(".xml")))
def test_page_facts_point_at_the_page(rel: str) -> None:
    _, facts = _facts(rel)
    for name in INVOICES[rel]:
        source = facts[name][0].provenance
        assert source.page is not None and source.bbox is not None, name
        assert source.document == rel


def test_xml_facts_name_their_element() -> None:
    rel = "erma0__fapiao-print/安元科技股份有限公司_26322000004478296111_20670.00.xml"
    _, facts = _facts(rel)
    assert facts["buyer_name"][0].provenance.locator == "/EInvoice/EInvoiceData/BuyerInformation/BuyerName"
    assert facts["total_incl_tax"][0].provenance.bbox is None
    assert facts["invoice_date"][0].provenance.locator == "/EInvoice/TaxSupervisionInfo/IssueTime"
    assert facts["total_incl_tax"][0].attrs["capital_check"] == "ok"


@pytest.mark.parametrize(("rel", "confirmed"), [
    ("ofdrw__ofdrw/1.ofd", {"page", "xml", "ofd_tag", "ofd_meta", "qr"}),  # QR from the XML's GraphCode
    ("ofdrw__ofdrw/20240531141733.ofd", {"page", "ofd_tag", "ofd_meta", "qr"}),  # QR image in the OFD
    ("MARSCHEN-CN__FapiaoGO/test.pdf", {"page", "qr"}),  # QR on the rendered PDF page
])
def test_sources_agree_and_confirm(rel: str, confirmed: set[str]) -> None:
    _, facts = _facts(rel)
    number = facts["invoice_number"][0]
    assert set(number.attrs["sources"].split(",")) == confirmed
    assert number.attrs["confirmed"] == "1" and number.attrs["qr"] == "agree"
    assert facts["invoice_date"][0].attrs["qr"] == "agree"


def test_digital_invoice_qr_amount_is_the_total_with_tax() -> None:
    _, facts = _facts("renoyuan__easyofd/test.pdf")
    assert facts["total_incl_tax"][0].attrs.get("qr") == "agree"
    assert "qr" not in facts["amount_excl_tax"][0].attrs.get("sources", "")


def test_old_invoice_qr_amount_is_the_amount_without_tax() -> None:
    _, facts = _facts("ofdrw__ofdrw/fapiao-shili.ofd")
    assert facts["amount_excl_tax"][0].attrs.get("qr") == "agree"


def test_multi_page_ofd_with_templates() -> None:
    document = read_file(REALDOCS / "ofdrw__ofdrw/999.ofd", "999.ofd")
    assert document.page_count == 5
    first = [line.text for line in document.pages[0].lines]
    assert any("价税合计" in t for t in first)  # drawn by the template page
    assert any("销售货物或者提供应税劳务、服务清单" in line.text for line in document.pages[1].lines)


def test_sealed_letter_ofd_is_read_as_text() -> None:
    document = classify(read_file(REALDOCS / "ofdrw__ofdrw/n.ofd", "n.ofd"))
    assert document.status == DocStatus.ok and document.page_count == 2
    assert "路卫发" in document.text.replace(" ", "")

