"""Families of documents the seventh blind set (corpus/frozen7) showed, each in several wordings: an audit with
申报 / 审定 / 审减 columns and its adjustments in prose, a date of something done after completion, several
invoices bound in one PDF, a total with its parts in brackets, a range whose end omits the year, a letter that
a procedure is below its threshold, and a table's header run into a company name by OCR."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

from checklists.crossdoc import invoice_figures
from extractors.context import ExtractContext
from extractors.date import find_dates
from extractors.figures import date_facts, ratio_facts
from extractors.investment import investment_facts, stated_amounts
from extractors.invoice import invoice_facts
from extractors.party import find_orgs
from ingest.docx_reader import read_docx
from ingest.model import DocStatus, Document, Line, Page
from tests.extractors.paper import paper


def _named(facts: list, name: str) -> list[Decimal]:
    return sorted({f.value for f in facts if f.name == name})


def _audit(lines: list[str], rows: list[list[str]] | None = None) -> list:
    return investment_facts(ExtractContext(paper(lines, [rows] if rows else None)), 0.95, "test")


@pytest.mark.parametrize(("claimed", "audited", "cut"), [
    ("申报数", "审定数", "审减数"), ("申报金额（元）", "审定金额（元）", "核减金额（元）"),
    ("送审数", "审计确认数", "调减数"), ("申报投入", "审定投入", "审增（减）额"),
])
def test_an_audit_table_counts_its_audited_column_not_the_claim_or_the_cut(claimed: str, audited: str, cut: str) -> None:
    rows = [["序号", "投入类别", claimed, audited, cut, "说明"],
            ["1", "智能化生产及检测设备", "27,365,800.00", "26,921,800.00", "444,000.00", "按价税合计申报，审减进项税额"],
            ["2", "工业软件（MES/APS/QMS）", "2,186,000.00", "2,186,000.00", "—", ""],
            ["3", "系统集成", "864,500.00", "864,500.00", "—", ""],
            ["4", "私有云平台及网络", "416,800.00", "346,800.00", "70,000.00", "续费发生于完工后"],
            ["5", "车间地坪及洁净隔断改造", "1,286,000.00", "0.00", "1,286,000.00", "属土建工程"],
            ["", "合  计", "32,119,100.00", "30,319,100.00", "1,800,000.00", ""],
            ["", "其中：软件、系统集成、公私有云", "3,467,300.00", "3,397,300.00", "70,000.00", ""]]
    facts = _audit(["单位：元"], rows)
    for name, value in (("total_investment", "3031.91"), ("software_investment", "339.73")):
        read = [f for f in facts if f.name == name]
        assert max(read, key=lambda f: f.confidence).value == Decimal(value)
        assert {f.value for f in read} <= {Decimal(value), Decimal("3211.91"), Decimal("346.73")}  # the claim, trusted less


@pytest.mark.parametrize("line", [
    "贵公司申报该项目投入33,639,500.00元。经审计，审减1,800,000.00元；私有云续费70,000.00元发生于完工之后，予以审减。"
    "审定项目总投入31,839,500.00元。",
    "经审计，核减不符合规定的支出1,800,000.00元，其中软件续费70,000.00元不予确认，审定项目总投入为31,839,500.00元。",
    "审定项目总投入31,839,500.00元，较申报数审减1,800,000.00元。",
])
def test_an_amount_taken_off_a_claim_is_no_figure(line: str) -> None:
    facts = _audit([line])
    assert _named(facts, "total_investment") == [Decimal("3183.95")]
    assert _named(facts, "software_investment") == []


def _dates(line: str) -> dict[str, list]:
    unit = ExtractContext(paper([line])).units_with_entities()[0]
    found: dict[str, list] = {}
    for fact in date_facts(*unit, frozenset({"completion_date", "start_date"}), 0.9, "test"):
        found.setdefault(fact.name, []).append(str(fact.value))
    return found


@pytest.mark.parametrize(("line", "completion"), [
    ("2022年7月续费发生于完工后，不计入。", None),
    ("其中2022年8月5日支付的尾款发生在项目竣工之后，不予确认。", None),
    ("项目于2022年5月26日完工，2022年7月续费发生于完工后。", ["2022-05-26"]),
    ("项目于2022年5月26日竣工后投入试生产。", ["2022-05-26"]),
])
def test_a_date_of_something_done_after_completion_is_not_the_completion(line: str, completion: list | None) -> None:
    assert _dates(line).get("completion_date") == completion


@pytest.mark.parametrize(("text", "dates"), [
    ("举办时间：2022年9月23日—26日", ["2022-09-23", "2022-09-26"]),
    ("博览会于2022年9月23日至26日在南通举办", ["2022-09-23", "2022-09-26"]),
    ("会期2022年9月28日至10月2日", ["2022-09-28", "2022-10-02"]),
    ("2022年12月30日～1月3日", ["2022-12-30", "2023-01-03"]),
    ("2022年9月23日-2022年9月26日", ["2022-09-23", "2022-09-26"]),
    ("2022年1月5日-8", ["2022-01-05"]),
])
def test_a_range_whose_end_shares_the_year(text: str, dates: list[str]) -> None:
    assert [str(d.value) for d in find_dates(text)] == dates


@pytest.mark.parametrize("line", ["举办时间：2022年9月23日—26日", "展期2022年9月23日至26日", "会期：2022年9月23日至9月26日"])
def test_an_events_days_give_its_start_and_end(line: str) -> None:
    assert _dates(line) == {"start_date": ["2022-09-23"], "completion_date": ["2022-09-26"]}


def _invoice_page(number: int, invoice: str, amount: str, tax: str, total: str) -> Page:
    lines = ["3200211130 No " + invoice, "江苏增值税专用发票", "开票日期：2021年07月30日",
             "购 名 称：江苏璟岳精密制造有限公司", f"合 计 ¥{amount} ¥{tax}", f"价税合计（大写） 壹元整 （小写）¥{total}"]
    return Page(number=number, lines=tuple(Line(text=t) for t in lines))


def _bound(pages: list[Page]) -> Document:
    return Document(path="发票（第1-3张）.pdf", media_type="application/pdf", status=DocStatus.ok,
                    page_count=len(pages), pages=tuple(pages), kind="invoice", kind_confidence=0.9)


def _counted(document: Document) -> tuple[int, Decimal]:
    figures = {r.name: r for r in invoice_figures([("invoice", f) for f in invoice_facts(ExtractContext(document))],
                                                  None, None, None)}
    return figures["invoice_count"].value, figures["invoice_total"].value  # type: ignore[return-value]


def test_several_invoices_bound_in_one_pdf_are_each_counted() -> None:
    pages = [_invoice_page(1, "08126735", "1486000.00", "193180.00", "1679180.00"),
             _invoice_page(2, "39015284", "1044600.00", "135798.00", "1180398.00"),
             _invoice_page(3, "39015301", "700000.00", "91000.00", "791000.00")]
    assert _counted(_bound(pages)) == (3, Decimal("323.06"))


def test_a_page_without_its_own_number_belongs_to_the_invoice_before_it() -> None:
    listing = Page(number=2, lines=(Line(text="销售货物或者提供应税劳务、服务清单"), Line(text="1 桁架机械手 6台 726000.00")))
    pages = [_invoice_page(1, "08126735", "1486000.00", "193180.00", "1679180.00"), listing,
             _invoice_page(3, "39015284", "1044600.00", "135798.00", "1180398.00")]
    assert _counted(_bound(pages)) == (2, Decimal("253.06"))


def test_one_invoice_printed_twice_in_one_pdf_is_one() -> None:
    page = _invoice_page(1, "08126735", "1486000.00", "193180.00", "1679180.00")
    assert _counted(_bound([page, page.model_copy(update={"number": 2})])) == (1, Decimal("148.6"))


@pytest.mark.parametrize(("text", "value"), [
    ("1,180.00（企业1,020.00，高校160.00）", "1180"),
    ("1,180.00(企业自筹1,020.00,高校配套160.00)", "1180"),
    ("总预算1,180万元（其中企业1,020万元、高校160万元）", "1180"),
])
def test_a_total_with_its_parts_in_brackets_is_one_figure(text: str, value: str) -> None:
    rows = [["2年建设期总投资预算（万元）", text]]
    facts = stated_amounts(ExtractContext(paper([], [rows], kind="application_form")), 0.8, "test",
                           frozenset({"investment_budget"}))
    assert _named(facts, "investment_budget") == [Decimal(value)]


@pytest.mark.parametrize(("text", "names"), [
    ("序号 企业名称 统一社会信用代码 入库类别 入库批次1 苏州数岚信息科技有限公司 913205943126485784", ["苏州数岚信息科技有限公司"]),
    ("统一社会信用代码入库类别入库批次1苏州数岚信息科技有限公司", ["苏州数岚信息科技有限公司"]),
    ("3M中国有限公司", ["3M中国有限公司"]),
    ("推荐单位：苏州工业园区经济发展委员会", ["苏州工业园区经济发展委员会"]),
    ("昆山市经济发展局", ["昆山市经济发展局"]),
])
def test_company_names_without_the_table_header_ocr_ran_into_them(text: str, names: list[str]) -> None:
    assert [name for name, _, _ in find_orgs(text)] == names


def test_cells_merged_the_old_way_in_a_docx_are_one_cell(tmp_path: Path) -> None:
    built = docx.Document()
    table = built.add_table(rows=2, cols=3)
    for row, texts in zip(table.rows, (["项目", "申报数", "审定数"], ["系统集成", "864,500.00", "864,500.00"]), strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    first, second = table.rows[0].cells[1]._tc, table.rows[0].cells[2]._tc
    for tc, value in ((first, "restart"), (second, "continue")):
        merge = OxmlElement("w:hMerge")
        merge.set(qn("w:val"), value)
        tc.get_or_add_tcPr().append(merge)
    built.save(tmp_path / "x.docx")
    document = read_docx(tmp_path / "x.docx", "x.docx")
    header, row = document.pages[0].tables[0].rows
    assert [c.text for c in header] == ["项目", "申报数"]
    assert [c.text for c in row] == ["系统集成", "864,500.00", "864,500.00"]


def test_a_consortium_members_money_in_brackets_leaves_the_leads_part_a_rival() -> None:
    rows = [["新增研发投入（万元）", "3,310.00（自2022年7月1日起；其中牵头单位2,580.00万元，联合体成员单位730.00万元，均为自有资金）"]]
    facts = stated_amounts(ExtractContext(paper([], [rows], kind="application_form")), 0.8, "test",
                           frozenset({"rd_investment"}))
    assert _named(facts, "rd_investment") == [Decimal("2580"), Decimal("3310")]


@pytest.mark.parametrize(("line", "indirect"), [
    ("交易完成后，贵公司直接及间接合计持有标的公司55%股权。", True),
    ("变更后，本公司通过全资子公司合计持有目标公司55%股权。", True),
    ("股权交割后，本公司直接持股45%，并通过全资子公司间接持股10%，合计持股55%。", True),
    ("收购完成后，本公司直接持股45%，通过子公司间接持股10%，合计持有55%股权。", True),
    ("交易完成后，本公司持股比例为70%，为其控股股东。", False),
    ("收购完成后本公司累计持有目标公司51%股权。", False),
])
def test_a_holding_counted_through_a_subsidiary_says_so(line: str, indirect: bool) -> None:
    unit, found = ExtractContext(paper([line], kind="audit_report")).units_with_entities()[0]
    shares = [f for f in ratio_facts(unit, frozenset({"control_share"}), 0.9, "test", found) if f.value >= Decimal("0.5")]
    assert shares and all((f.attrs.get("holding") == "indirect") is indirect for f in shares)
