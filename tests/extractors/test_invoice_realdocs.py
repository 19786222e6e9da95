"""Real public invoice PDFs (tests/fixtures/SOURCES.md) must come out right."""

from datetime import date
from decimal import Decimal

import pytest

from extractors.registry import extract
from ingest.classify import classify
from ingest.read import read_file
from tests.conftest import FIXTURES

CASES = {
    # WPS-made 普票 with two tax rates
    "realdocs-metagpt-invoice-1.pdf": {
        "invoice_code": "00100210001", "invoice_number": "07099363", "invoice_date": date(2023, 2, 3),
        "buyer_name": "北京AI科技有限公司", "buyer_tax_id": "91011111AA2AAAAA00",
        "seller_name": "深圳蛋糕餐饮有限公司", "seller_tax_id": "911100008000000000",
        "amount_excl_tax": Decimal("0.03881"), "tax_amount": Decimal("0.00239"), "total_incl_tax": Decimal("0.0412"),
    },
    # 数电票 drawn glyph by glyph, neighbouring columns merge
    "realdocs-easyofd-test.pdf": {
        "invoice_number": "23512000000005197325", "invoice_date": date(2023, 1, 30),
        "buyer_name": "中国移动通信集团四川有限公司成都分公司", "buyer_tax_id": "91510000765055994P",
        "seller_name": "郫都区星讯通讯设备经营部", "seller_tax_id": "92510124MA6B1BBY1G",
        "amount_excl_tax": Decimal("0.212934"), "tax_amount": Decimal("0.002129"),
        "total_incl_tax": Decimal("0.215063"),
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_real_invoice(name: str) -> None:
    document = classify(read_file(FIXTURES / name, name))
    assert document.kind == "invoice"
    facts = {f.name: f for f in extract(document)}
    for field, value in CASES[name].items():
        assert facts[field].value == value, field
        assert facts[field].provenance.page == 1 and facts[field].provenance.bbox is not None
    assert facts["total_incl_tax"].attrs["capital_check"] == "ok"
