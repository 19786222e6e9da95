"""Families of documents the eighth blind set (corpus/frozen8) showed, in several wordings: a 红字 invoice, a
certificate's validity written as a range, and a table header OCR ran into a company name."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.certificate import designation_facts
from extractors.context import ExtractContext
from extractors.invoice import invoice_facts
from extractors.party import find_orgs
from tests.extractors.paper import paper


@pytest.mark.parametrize(("amount", "tax", "total", "expected"), [
    ("¥-1860000.00", "¥-241800.00", "¥-2101800.00", "-186"),
    ("¥-50000.00", "¥-3000.00", "¥-53000.00", "-5"),
    ("¥1836000.00", "¥238680.00", "¥2074680.00", "183.6"),
])
def test_a_red_letter_invoice_offsets_with_its_negative_amount(amount: str, tax: str, total: str, expected: str) -> None:
    lines = ["3200204130 No 05812391", "江苏增值税专用发票", "开票日期：2021年03月25日", f"合 计 {amount} {tax}",
             f"价税合计（大写） 负贰佰壹拾万零壹仟捌佰元整 （小写）{total}", "备注：销项负数 对应正数发票代码3200204130 号码05812347"]
    facts = invoice_facts(ExtractContext(paper(lines, kind="invoice")))
    assert [f.value for f in facts if f.name == "amount_excl_tax"] == [Decimal(expected)]


@pytest.mark.parametrize(("line", "until"), [
    ("有效期：2019年11月至2022年10月", "2022-10-31"),
    ("有效期限 2021年1月1日—2023年12月31日", "2023-12-31"),
    ("有效期为2020年1月至2022年12月", "2022-12-31"),
    ("有效期至2024年12月31日", "2024-12-31"),
])
def test_a_certificates_validity_in_any_wording(line: str, until: str) -> None:
    lines = ["江苏省专精特新小巨人企业", "常州锐扬精工科技有限公司", "经审核，你单位被认定为2019年度江苏省专精特新小巨人企业。", line]
    facts = designation_facts(ExtractContext(paper(lines, kind="designation_certificate")))
    assert facts and {f.attrs.get("valid_until") for f in facts} == {until}


@pytest.mark.parametrize(("text", "name"), [
    ("序号 企业名称 入库年份 南京数澜信息技术有限公司", "南京数澜信息技术有限公司"),
    ("证书编号南京数澜信息技术有限公司", "南京数澜信息技术有限公司"),
    ("入库日期 南京数澜信息技术有限公司", "南京数澜信息技术有限公司"),
])
def test_header_words_are_not_part_of_a_name(text: str, name: str) -> None:
    assert [n for n, _, _ in find_orgs(text)] == [name]
