# ruff: noqa: E501  (XML fixtures are written out on long lines)
"""OFD and XML e-invoices made in the test: a realistic invoice, structured data that disagrees
with the page, and hostile files — each hostile one reported unreadable with a Chinese reason."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from extractors.registry import extract
from ingest.classify import classify
from ingest.model import DocStatus
from ingest.read import read_file
from ingest.sandbox import IsolatedReader

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


def _text(oid: int, x: float, y: float, text: str, size: float = 3.175, step: float | None = None) -> str:
    step = step if step is not None else size
    deltas = f' DeltaX="g {len(text) - 1} {step}"' if len(text) > 1 else ""
    return (f'<ofd:TextObject ID="{oid}" Boundary="{x} {y} 120 6" Font="1" Size="{size}">'
            f'<ofd:TextCode X="0" Y="4"{deltas}>{text}</ofd:TextCode></ofd:TextObject>')


TEMPLATE = "".join([
    _text(10, 60, 8, "江苏增值税电子普通发票", 6),
    _text(11, 140, 8, "发票代码："), _text(12, 140, 14, "发票号码："), _text(13, 140, 20, "开票日期："),
    _text(14, 6, 32, "购"), _text(15, 6, 36, "买"), _text(16, 6, 40, "方"),
    _text(17, 13, 32, "名称："), _text(18, 13, 38, "纳税人识别号："),
    _text(19, 22, 92, "合计"), _text(20, 16, 100, "价税合计（大写）"), _text(21, 150, 100, "（小写）"),
    _text(22, 6, 108, "销"), _text(23, 6, 112, "售"), _text(24, 6, 116, "方"),
    _text(25, 13, 108, "名称："), _text(26, 13, 114, "纳税人识别号："),
])
PAGE = "".join([
    _text(64, 163, 8, "032001900111", step=1.5875), _text(70, 163, 14, "12345678", step=1.5875),
    _text(77, 163, 20, "2023年05月06日", step=2.0),
    _text(65, 36, 32, "江苏示例智能装备有限公司"), _text(67, 46, 38, "91320100MA1MXXXX0X", step=2.54),
    _text(73, 36, 108, "南京示例软件有限公司"), _text(76, 46, 114, "91320100MA1NYYYY1Y", step=2.54),
    _text(84, 130, 92, "¥100000.00", step=1.9), _text(86, 175, 92, "¥13000.00", step=1.9),
    _text(81, 63, 100, "壹拾壹万叁仟圆整"), _text(83, 170, 100, "¥113000.00", step=1.9),
])
INVOICE_XML = (
    '<?xml version="1.0" encoding="utf-8"?><eInvoice xmlns:fp="http://www.edrm.org.cn/schema/e-invoice/2019">'
    "<fp:InvoiceCode>032001900111</fp:InvoiceCode><fp:InvoiceNo>12345678</fp:InvoiceNo>"
    "<fp:IssueDate>2023年05月06日</fp:IssueDate><fp:Buyer><fp:BuyerName>江苏示例智能装备有限公司</fp:BuyerName>"
    "<fp:BuyerTaxID>91320100MA1MXXXX0X</fp:BuyerTaxID></fp:Buyer><fp:Seller><fp:SellerName>南京示例软件有限公司"
    "</fp:SellerName><fp:SellerTaxID>91320100MA1NYYYY1Y</fp:SellerTaxID></fp:Seller>"
    "<fp:TaxInclusiveTotalAmount>113000.00</fp:TaxInclusiveTotalAmount><fp:TaxTotalAmount>13000.00</fp:TaxTotalAmount>"
    "<fp:TaxExclusiveTotalAmount>{amount}</fp:TaxExclusiveTotalAmount>"
    "<fp:GraphCode>01,10,032001900111,12345678,{qr_amount},20230506,12345678901234567890,ABCD</fp:GraphCode>"
    "</eInvoice>")
TAGS = ('<:eInvoice xmlns:=""><InvoiceNo><ofd:ObjectRef PageRef="1">70</ofd:ObjectRef></InvoiceNo>'
        '<Buyer><BuyerName><ofd:ObjectRef PageRef="1">65</ofd:ObjectRef></BuyerName></Buyer>'
        '<TaxInclusiveTotalAmount><ofd:ObjectRef PageRef="1">83</ofd:ObjectRef></TaxInclusiveTotalAmount></:eInvoice>')


def ofd_parts(amount: str = "100000.00", qr_amount: str = "100000.00") -> dict[str, str]:
    return {
        "OFD.xml": f'{HEAD}<ofd:OFD {NS} DocType="OFD" Version="1.1"><ofd:DocBody><ofd:DocInfo><ofd:CustomDatas>'
                   '<ofd:CustomData Name="发票号码">12345678</ofd:CustomData></ofd:CustomDatas></ofd:DocInfo>'
                   "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'{HEAD}<ofd:Document {NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 140'
                              '</ofd:PhysicalBox></ofd:PageArea><ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>'
                              '</ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>'
                              "<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>"
                              "<ofd:CustomTags>Tags/CustomTags.xml</ofd:CustomTags></ofd:Document>",
        "Doc_0/Tpls/Tpl_0/Content.xml": f'{HEAD}<ofd:Page {NS}><ofd:Content><ofd:Layer ID="3">{TEMPLATE}'
                                        "</ofd:Layer></ofd:Content></ofd:Page>",
        "Doc_0/Pages/Page_0/Content.xml": f'{HEAD}<ofd:Page {NS}><ofd:Template TemplateID="2" ZOrder="Background"/>'
                                          f'<ofd:Content><ofd:Layer ID="60">{PAGE}</ofd:Layer></ofd:Content></ofd:Page>',
        "Doc_0/Attachs/Attachments.xml": f'{HEAD}<ofd:Attachments {NS}><ofd:Attachment ID="98" Name="original_invoice"'
                                         ' Format="xml"><ofd:FileLoc>original_invoice.xml</ofd:FileLoc>'
                                         "</ofd:Attachment></ofd:Attachments>",
        "Doc_0/Attachs/original_invoice.xml": INVOICE_XML.format(amount=amount, qr_amount=qr_amount),
        "Doc_0/Tags/CustomTags.xml": f'{HEAD}<ofd:CustomTags {NS}><ofd:CustomTag><ofd:FileLoc>CustomTag.xml'
                                     "</ofd:FileLoc></ofd:CustomTag></ofd:CustomTags>",
        "Doc_0/Tags/CustomTag.xml": HEAD + TAGS,
    }


def write_ofd(path: Path, parts: dict[str, str | bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _facts(path: Path) -> dict[str, list]:
    document = classify(read_file(path, path.name))
    assert document.status == DocStatus.ok, document.error
    grouped: dict[str, list] = {}
    for fact in extract(document):
        grouped.setdefault(fact.name, []).append(fact)
    return grouped


def test_synthetic_ofd_invoice_reads_every_field(tmp_path: Path) -> None:
    path = write_ofd(tmp_path / "发票.ofd", ofd_parts())
    document = classify(read_file(path, "发票.ofd"))
    assert document.kind == "invoice" and document.page_count == 1
    facts = _facts(path)
    expected = {"invoice_code": "032001900111", "invoice_number": "12345678", "invoice_date": date(2023, 5, 6),
                "buyer_name": "江苏示例智能装备有限公司", "buyer_tax_id": "91320100MA1MXXXX0X",
                "seller_name": "南京示例软件有限公司", "seller_tax_id": "91320100MA1NYYYY1Y",
                "amount_excl_tax": Decimal("10"), "tax_amount": Decimal("1.3"), "total_incl_tax": Decimal("11.3")}
    for name, value in expected.items():
        assert [f.value for f in facts[name]] == [value], name
        assert facts[name][0].attrs["confirmed"] == "1", name
    number = facts["invoice_number"][0]
    assert set(number.attrs["sources"].split(",")) == {"page", "xml", "ofd_tag", "ofd_meta", "qr"}
    # mm → pt, top-left origin: 发票号码 printed at y = 14 mm + baseline 4 mm
    assert number.provenance.page == 1 and 40 < number.provenance.bbox[1] < 52


def test_structured_data_disagreeing_with_the_page_keeps_both(tmp_path: Path) -> None:
    facts = _facts(write_ofd(tmp_path / "a.ofd", ofd_parts(amount="90000.00", qr_amount="100000.00")))
    amounts = facts["amount_excl_tax"]
    assert [f.value for f in amounts] == [Decimal("9"), Decimal("10")]  # the signed XML first, then the page
    assert all(f.attrs["conflict"] == "1" and f.confidence <= 0.6 for f in amounts)
    assert amounts[0].attrs["source"] == "xml" and "page" in amounts[1].attrs["sources"]
    assert "qr" in amounts[1].attrs["sources"]


def test_qr_disagreeing_with_the_page_is_a_second_candidate(tmp_path: Path) -> None:
    facts = _facts(write_ofd(tmp_path / "a.ofd", ofd_parts(qr_amount="99999.00")))
    amounts = facts["amount_excl_tax"]
    assert [f.value for f in amounts] == [Decimal("10"), Decimal("9.9999")]
    assert amounts[1].attrs["source"] == "qr" and amounts[1].attrs["conflict"] == "1"


def _refused(tmp_path: Path, parts: dict[str, str | bytes], name: str = "bad.ofd", stored: bool = False) -> str:
    path = write_ofd(tmp_path / name, parts, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    document = read_file(path, name)
    assert document.status == DocStatus.unreadable
    assert document.error and any("\u4e00" <= ch <= "\u9fff" for ch in document.error)
    return document.error


def test_ofd_with_a_doctype_is_refused(tmp_path: Path) -> None:
    parts = ofd_parts()
    parts["OFD.xml"] = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                        f"<ofd:OFD {NS}><ofd:DocBody><ofd:DocRoot>&b;</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
    assert "DOCTYPE" in _refused(tmp_path, parts)


def test_ofd_xxe_is_refused(tmp_path: Path) -> None:
    parts = ofd_parts()
    parts["Doc_0/Pages/Page_0/Content.xml"] = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                              f"<ofd:Page {NS}><ofd:Content>&x;</ofd:Content></ofd:Page>")
    assert "DOCTYPE" in _refused(tmp_path, parts)


def test_ofd_pointing_outside_the_archive_is_refused(tmp_path: Path) -> None:
    parts = ofd_parts()
    parts["OFD.xml"] = parts["OFD.xml"].replace("Doc_0/Document.xml", "../../etc/Document.xml")
    assert "包外" in _refused(tmp_path, parts)


def test_ofd_entry_with_dotdot_name_is_refused(tmp_path: Path) -> None:
    parts: dict[str, str | bytes] = dict(ofd_parts())
    parts["../evil.xml"] = "<x/>"
    assert "路径" in _refused(tmp_path, parts)


def test_ofd_with_too_many_entries_is_refused(tmp_path: Path) -> None:
    parts: dict[str, str | bytes] = dict(ofd_parts())
    parts.update({f"Doc_0/Res/r{i}.xml": "" for i in range(1001)})
    assert "过多" in _refused(tmp_path, parts)


def test_deeply_nested_ofd_is_refused(tmp_path: Path) -> None:
    parts = ofd_parts()
    parts["Doc_0/Pages/Page_0/Content.xml"] = f"<ofd:Page {NS}>" + "<ofd:PageBlock>" * 5000 + \
        "</ofd:PageBlock>" * 5000 + "</ofd:Page>"
    assert "嵌套" in _refused(tmp_path, parts, stored=True)


def test_huge_ofd_part_is_refused(tmp_path: Path) -> None:
    parts: dict[str, str | bytes] = dict(ofd_parts())
    parts["Doc_0/Pages/Page_0/Content.xml"] = b"<a>" + b" " * (9 * 1024 * 1024) + b"</a>"
    error = _refused(tmp_path, parts)
    assert "过大" in error or "压缩" in error


def test_malformed_ofd_parts(tmp_path: Path) -> None:
    parts = ofd_parts()
    parts["Doc_0/Document.xml"] = "<ofd:Document"
    assert "格式错误" in _refused(tmp_path, parts)
    parts = ofd_parts()
    del parts["OFD.xml"]
    assert "OFD.xml" in _refused(tmp_path, parts, "missing.ofd")


def test_truncated_ofd_is_unreadable(tmp_path: Path) -> None:
    data = (write_ofd(tmp_path / "a.ofd", ofd_parts())).read_bytes()
    path = tmp_path / "cut.ofd"
    path.write_bytes(data[: len(data) // 2])
    document = read_file(path, "cut.ofd")
    assert document.status in (DocStatus.unreadable, DocStatus.unsupported) and document.error


def test_absurd_text_counts_are_capped(tmp_path: Path) -> None:
    parts = ofd_parts()
    parts["Doc_0/Pages/Page_0/Content.xml"] = (
        f'{HEAD}<ofd:Page {NS}><ofd:Content><ofd:Layer ID="1">'
        + '<ofd:TextObject ID="1" Boundary="0 0 1 1" Size="3"><ofd:TextCode X="0" Y="0" DeltaX="g 999999999 1">'
        + "字" * 50000 + "</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>")
    assert "过多" in _refused(tmp_path, parts, stored=True)


@pytest.mark.parametrize(("data", "reason"), [
    (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
     b"<EInvoice>&lol2;</EInvoice>", "DOCTYPE"),
    (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><EInvoice>&x;</EInvoice>',
     "DOCTYPE"),
    (b"<EInvoice>" + b"<a>" * 3000 + b"</a>" * 3000 + b"</EInvoice>", "嵌套"),
    (b"<EInvoice><Header>", "格式错误"),
])
def test_hostile_xml_is_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "invoice.xml"
    path.write_bytes(data)
    document = read_file(path, "invoice.xml")
    assert document.status == DocStatus.unreadable and reason in document.error


def test_huge_xml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.xml"
    path.write_bytes(b"<EInvoice>" + b"x" * (9 * 1024 * 1024) + b"</EInvoice>")
    document = read_file(path, "big.xml")
    assert document.status == DocStatus.unreadable and "过大" in document.error


def test_xml_that_is_no_invoice_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><catalog><book>x</book></catalog>", encoding="utf-8")
    document = read_file(path, "data.xml")
    assert document.status == DocStatus.unsupported and "电子发票" in document.error


def test_hostile_ofd_does_not_hang_the_isolated_reader(tmp_path: Path) -> None:
    parts = ofd_parts()
    parts["OFD.xml"] = parts["OFD.xml"].replace("Doc_0/Document.xml", "/../x.xml")
    path = write_ofd(tmp_path / "x.ofd", parts)
    with IsolatedReader(timeout_s=30) as reader:
        document = reader.read(path, "x.ofd")
    assert document.status == DocStatus.unreadable


def test_zip_bomb_inside_an_ofd_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in ofd_parts().items():
            archive.writestr(name, data)
        archive.writestr("Doc_0/Res/bomb.xml", b"\0" * (50 * 1024 * 1024))
    path = tmp_path / "bomb.ofd"
    path.write_bytes(buffer.getvalue())
    document = read_file(path, "bomb.ofd")
    assert document.status == DocStatus.unreadable and "压缩" in document.error


def test_original_invoice_xml_found_without_an_attachment_index(tmp_path: Path) -> None:
    parts = ofd_parts()
    parts["Doc_0/Document.xml"] = parts["Doc_0/Document.xml"].replace(
        "<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>", "")
    del parts["Doc_0/Attachs/Attachments.xml"]
    facts = _facts(write_ofd(tmp_path / "a.ofd", parts))
    assert "xml" in facts["seller_tax_id"][0].attrs["sources"]
    assert facts["seller_tax_id"][0].attrs["confirmed"] == "1"


def test_xml_invoice_document_lines_and_fields(tmp_path: Path) -> None:
    path = tmp_path / "fp.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><EInvoice><Header><EIid>25322000000012345678</EIid><InherentLabel>'
        "<EInvoiceType><LabelName>电子发票</LabelName></EInvoiceType><GeneralOrSpecialVAT><LabelName>普通发票"
        "</LabelName></GeneralOrSpecialVAT></InherentLabel></Header><EInvoiceData><SellerInformation>"
        "<SellerIdNum>91320100MA1NYYYY1Y</SellerIdNum><SellerName>南京示例软件有限公司</SellerName></SellerInformation>"
        "<BuyerInformation><BuyerIdNum>91320100MA1MXXXX0X</BuyerIdNum><BuyerName>江苏示例智能装备有限公司</BuyerName>"
        "</BuyerInformation><BasicInformation><TotalAmWithoutTax>1000.00</TotalAmWithoutTax><TotalTaxAm>60.00"
        "</TotalTaxAm><TotalTax-includedAmount>1060.00</TotalTax-includedAmount><TotalTax-includedAmountInChinese>"
        "壹仟零陆拾圆整</TotalTax-includedAmountInChinese><RequestTime>2025-03-01 10:00:00</RequestTime>"
        "</BasicInformation><IssuItemInformation><ItemName>*信息技术服务*软件开发</ItemName><Amount>1000.00</Amount>"
        "<TaxRate>0.06</TaxRate><ComTaxAm>60.00</ComTaxAm></IssuItemInformation></EInvoiceData></EInvoice>",
        encoding="utf-8")
    document = classify(read_file(path, "fp.xml"))
    assert document.kind == "invoice" and document.pages[0].lines[0].text == "电子发票（普通发票）"
    assert any(line.text == "价税合计（小写）：¥1060.00" for line in document.pages[0].lines)
    facts = {f.name: f for f in extract(document)}
    assert facts["invoice_number"].value == "25322000000012345678"  # the header's EIid when no TaxSupervisionInfo
    assert facts["invoice_date"].value == date(2025, 3, 1)
    assert facts["total_incl_tax"].attrs["capital_check"] == "ok"
    assert facts["amount_excl_tax"].provenance.locator == "/EInvoice/EInvoiceData/BasicInformation/TotalAmWithoutTax"


def test_ofd_whose_glyphs_carry_no_text_is_still_an_invoice(tmp_path: Path) -> None:
    parts = ofd_parts()
    for name in ("Doc_0/Pages/Page_0/Content.xml", "Doc_0/Tpls/Tpl_0/Content.xml"):
        parts[name] = f'{HEAD}<ofd:Page {NS}><ofd:Content><ofd:Layer ID="1"/></ofd:Content></ofd:Page>'
    document = classify(read_file(write_ofd(tmp_path / "a.ofd", parts), "a.ofd"))
    assert document.status == DocStatus.ok and document.kind == "invoice"
    facts = {f.name: f for f in extract(document)}
    assert facts["amount_excl_tax"].value == Decimal("10")
    assert "page" not in facts["amount_excl_tax"].attrs["sources"].split(",")


def test_isolated_reader_carries_fields_and_codes(tmp_path: Path) -> None:
    path = write_ofd(tmp_path / "a.ofd", ofd_parts())
    with IsolatedReader(timeout_s=30) as reader:
        document = reader.read(path, "a.ofd")
    assert {f.source for f in document.fields} == {"xml", "ofd_tag", "ofd_meta"}
    assert [b.source for b in document.barcodes] == ["xml"]


def test_text_across_many_pages_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.ofd_reader as ofd_reader

    monkeypatch.setattr(ofd_reader, "MAX_CHARS_PER_DOCUMENT", 100)
    assert "过多" in _refused(tmp_path, ofd_parts())
