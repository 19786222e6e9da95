# ruff: noqa: E501  (invoice rows are written out as printed)
"""Invoice layouts as scans and printers lay them out: labels and values in separate column
segments or rows, paper invoices' unlabelled code and "No" number, 免税 amounts, a 个人 buyer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.registry import extract
from ingest.classify import classify
from ingest.model import DocStatus, Document, Line, Page


def _document(rows: list[tuple[str, ...]]) -> Document:
    lines = tuple(Line(text=" ".join(row), segments=row, bbox=(20.0, 30.0 * i, 560.0, 30.0 * i + 9))
                  for i, row in enumerate(rows, start=1))
    return classify(Document(path="scan.jpg", media_type="image/jpeg", status=DocStatus.ocr, page_count=1,
                             pages=(Page(number=1, width=595.0, height=397.0, lines=lines),)))


def _facts(rows: list[tuple[str, ...]]) -> dict[str, list]:
    document = _document(rows)
    assert document.kind == "invoice"
    grouped: dict[str, list] = {}
    for fact in extract(document):
        grouped.setdefault(fact.name, []).append(fact.value)
    return grouped


PAPER = [
    ("深圳增值税普通发票",),
    ("044031800104", "No 41108527"),
    ("开票日期：", "2019年03月19日"),
    ("名", "称："),
    ("深圳示例科技有限公司", "密码", "9911>87602/*>>9656<72<6*135"),
    ("购买方", "纳税人识别号：", "91440300708436854B", "09<9++5409+3/4<9+6440+64011"),
    ("地址、电话：", "524-75+69<8518/2>>83/6<3696"),
    ("合", "计", "¥96.72", "¥15.48"),
    ("价税合计（大写）", "壹佰壹拾贰圆贰角整", "(小写)", "¥112.20"),
    ("名", "深圳市南山区示例百货商场", "备"),
    ("销售方", "纳税人识别号：", "92440300L08175019R"),
    ("开户行及账号：", "平安银行深圳新沙支行11005601670201"),
]


def test_paper_invoice_as_ocr_reads_it() -> None:
    facts = _facts(PAPER)
    assert facts["invoice_code"] == ["044031800104"] and facts["invoice_number"] == ["41108527"]
    assert facts["invoice_date"] == [date(2019, 3, 19)]
    assert facts["buyer_name"] == ["深圳示例科技有限公司"] and facts["buyer_tax_id"] == ["91440300708436854B"]
    assert facts["seller_name"] == ["深圳市南山区示例百货商场"] and facts["seller_tax_id"] == ["92440300L08175019R"]
    assert facts["amount_excl_tax"] == [Decimal("0.009672")] and facts["total_incl_tax"] == [Decimal("0.01122")]


def test_labelled_values_in_the_next_segment() -> None:
    facts = _facts([
        ("某地增值税电子普通发票", "发票代码：00100210001"), ("发票号码：", "07099363"), ("开票日期：", "2023年08月26日"),
        ("名", "称：", "佛山示例管理有限公司", "密", "0000-6/335*//3-<7+*10/9-85067"),
        ("购买方", "纳税人识别号：", "91011111AA2AAAAA00", "码", "07-*123<><>8000087*<64>4<8*-"),
        ("*餐饮服务*餐饮服务", "次", "1", "2462.00", "2462.00", "免税", "***"),
        ("¥2462.00", "***"), ("合", "计"),
        ("价税合计(大写)", "贰仟肆佰陆拾贰圆整", "(小写)¥2462.00"),
        ("名", "称：福州示例餐饮管理有限公司"), ("销售方", "纳税人识别号：911100008000000000", "备"),
    ])
    assert facts["buyer_name"] == ["佛山示例管理有限公司"] and facts["seller_name"] == ["福州示例餐饮管理有限公司"]
    assert facts["amount_excl_tax"] == [Decimal("0.2462")]  # 免税: the tax column prints ***
    assert "tax_amount" not in facts


def test_private_buyer_has_no_tax_id() -> None:
    facts = _facts([
        ("重庆增值税电子普通发票", "发票代码：050001700111"), ("发票号码：12235358",), ("开票日期：2020年08月05日",),
        ("名", "称：个人", "密", "00/2-7<054/18*88<*<1/689++>3"), ("纳税人识别号：", "5*65<02<>0002040*72+/537<<80"),
        ("合", "计", "¥10000.00", "¥600.00"), ("价税合计（大写）", "壹万零陆佰圆整", "（小写）¥10600.00"),
        ("销名", "称：财天下科技有限公司"), ("纳税人识别号：91500102563638729E",),
        ("方开户行及账号：建设银行625555888900998711",),
    ])
    assert facts["buyer_name"] == ["个人"] and "buyer_tax_id" not in facts
    assert facts["seller_tax_id"] == ["91500102563638729E"]


def test_digital_invoice_side_by_side() -> None:
    facts = _facts([
        ("电子发票（普通发票）", "发票号码：25447000001115703415"), ("开票日期：2025年09月23日",),
        ("购名称：广州示例科技有限公司", "销名称：广州示例餐饮管理有限公司"),
        ("信统一社会信用代码/纳税人识别号：91440106068698695J", "信统一社会信用代码/纳税人识别号：91440101MA5AL52Y44"),
        ("合", "计", "¥47.17", "¥2.83"), ("价税合计（大写）", "伍拾圆整", "（小写）¥50.00"),
    ])
    assert "invoice_code" not in facts
    assert facts["buyer_tax_id"] == ["91440106068698695J"] and facts["seller_tax_id"] == ["91440101MA5AL52Y44"]
    assert facts["seller_name"] == ["广州示例餐饮管理有限公司"]
