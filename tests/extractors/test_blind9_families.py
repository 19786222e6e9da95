"""Families of documents the ninth blind set (corpus/frozen9) showed, in several wordings: the interest of a
loan in another currency (the guide counts only 商业银行人民币贷款), a seal's name stamped across a sentence, and
control gained by a capital increase (增资扩股: the money paid in is the 实际出资额, 注册资本 and 资本公积 alike), and
a training class's schedule read into its days of 报到, teaching and 撤离."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.registry import extract
from extractors.schedule import schedule_parts
from ingest.model import DocStatus, Document, Line, Page
from tests.extractors.paper import paper


def _interest(document) -> tuple[list[Decimal], list[tuple[Decimal, str]]]:
    """The interest counted, and the interest left out with its currency."""
    facts = extract(document)
    counted = sorted(f.value for f in facts if f.name == "loan_interest")
    left_out = sorted((f.value, f.attrs.get("currency", "")) for f in facts if f.name == "loan_interest_not_counted")
    return counted, left_out  # type: ignore[return-value]


RMB_ROWS = [["中国工商银行无锡新区支行", "人民币", "2021-06-21", "329,875.00", "329,875.00"],
            ["中国工商银行无锡新区支行", "人民币", "2021-09-21", "333,500.00", "333,500.00"]]


@pytest.mark.parametrize(("header", "foreign_rows", "left_out"), [
    (["贷款银行", "币种", "结息日", "利息（原币）", "折合人民币（元）"],
     [["招商银行无锡分行", "美元", "2021-09-20", "USD 9,562.50", "61,689.60"],
      ["招商银行无锡分行", "美元", "2021-12-20", "USD 9,562.50", "60,964.76"]], ["6.096476", "6.16896"]),
    (["贷款银行", "币种", "结息日", "利息（元）", "备注"],
     [["中国银行苏州分行", "欧元", "2021-09-21", "45,210.00", "外币流动资金贷款"],
      ["中国银行苏州分行", "欧元", "2021-12-21", "44,870.00", "外币流动资金贷款"]], ["4.487", "4.521"]),
    (["借款银行", "借款类型", "结息日期", "利息金额（元）", "说明"],
     [["汇丰银行（中国）有限公司南京分行", "港币借款", "2022-03-21", "38,400.00", "按结息日汇率折算"],
      ["汇丰银行（中国）有限公司南京分行", "港币借款", "2022-06-21", "39,100.00", "按结息日汇率折算"]], ["3.84", "3.91"]),
    (["贷款行", "贷款种类", "结息日", "外币利息", "折算人民币利息（元）"],
     [["三菱日联银行（中国）有限公司无锡分行", "日元贷款", "2021-09-20", "JPY 1,250,000", "74,512.50"],
      ["三菱日联银行（中国）有限公司无锡分行", "日元贷款", "2021-12-20", "JPY 1,250,000", "71,337.50"]],
     ["7.13375", "7.45125"]),
])
def test_interest_on_a_foreign_currency_loan_in_an_audit_table_is_left_out(header, foreign_rows, left_out) -> None:
    rows = [[*r[:3], "—" if "外币" in header[3] else r[3], r[4]] for r in RMB_ROWS]
    document = paper(["二、贷款利息"], [[header, *rows, *foreign_rows]])
    counted, found = _interest(document)
    assert counted == [Decimal("32.9875"), Decimal("33.35")]
    assert [value for value, _ in found] == [Decimal(v) for v in left_out]
    assert all(currency for _, currency in found)


@pytest.mark.parametrize(("sentence", "counted", "left_out"), [
    ("经审计，贷款利息合计2,207,852.68元（其中美元贷款利息折合人民币250,362.68元）。", "220.785268", "25.036268"),
    ("项目期间实际支付贷款利息220.79万元，其中：人民币贷款利息195.75万元，美元借款利息折合人民币25.04万元。",
     "220.79", "25.04"),
    ("贷款利息合计220.79万元，含外币贷款利息（欧元）折合人民币25.04万元。", "220.79", "25.04"),
    ("另有外汇贷款利息折合人民币25.04万元。", None, "25.04"),
])
def test_a_foreign_loans_interest_written_in_prose_is_left_out_and_the_total_stays(sentence, counted, left_out) -> None:
    got, found = _interest(paper([sentence]))
    assert Decimal(left_out) in [value for value, _ in found]
    if counted:
        assert Decimal(counted) in got


@pytest.mark.parametrize(("head", "counted"), [
    (["招商银行贷款结息通知单（外币）", "借款人：无锡澄川精密传动有限公司"], False),
    (["中国银行外汇贷款利息回单", "币种：美元"], False),
    (["中国工商银行贷款利息清单", "币种：人民币"], True),
    (["江苏银行股份有限公司结息单", "借款人：某公司"], True),
])
def test_a_bank_statement_of_a_foreign_loan(head: list[str], counted: bool) -> None:
    document = paper(head, [[["结息日", "计息本金（元）", "利息（元）"], ["2021-06-21", "30,000,000.00", "326,250.00"],
                             ["2021-09-21", "30,000,000.00", "329,875.00"]]], kind="interest_statement")
    got, found = _interest(document)
    assert bool(got) is counted and bool(found) is not counted


def _stamped_letter(first: str, seal: str, second: str) -> Document:
    """A letter whose seal's name (smaller print) lies across the end of a paragraph's first line."""
    lines = (Line(text="关于项目相关手续的说明", bbox=(148.0, 74.0, 420.0, 87.0)),
             Line(text=first, bbox=(70.0, 98.0, 521.0, 109.0)),
             Line(text=seal, bbox=(400.0, 105.0, 470.0, 112.0)),
             Line(text=second, bbox=(70.0, 116.0, 300.0, 127.0)),
             Line(text="2022年11月22日", bbox=(400.0, 160.0, 480.0, 171.0)))
    page = Page(number=1, lines=lines)
    return Document(path="说明.pdf", media_type="application/pdf", status=DocStatus.ok, page_count=1, pages=(page,),
                    kind="procedure_exemption", kind_confidence=0.9)


@pytest.mark.parametrize(("first", "seal", "second"), [
    ("该公司申报项目为在现有厂房内购置数控设备及工业软件，不新增产能、不新增用地，无", "无锡市工业和信息化局",
     "需办理备案、环评及节能审查手续。特此说明。"),
    ("经核实，该项目仅购置软件及信息化设备，不涉及土建，依据有关规定不", "常州市武进区工业和信息化局",
     "需要办理备案、环评和节能审查手续。"),
    ("该项目属于软件开发及系统集成类项目，不新增建设用地，免于办理项目备案、环", "苏州工业园区经济发展委员会",
     "评及节能审查手续。特此说明。"),
    ("该项目未新增产能和能耗，根据相关规定无需单独办理备案、环评、节能审", "南通市工业和信息化局",
     "查等手续。"),
])
def test_a_seals_name_stamped_across_a_sentence_does_not_cut_it(first: str, seal: str, second: str) -> None:
    facts = extract(_stamped_letter(first, seal, second))
    assert {f.value for f in facts if f.name == "procedure_exempted"} == {"filing", "eia", "energy"}


@pytest.mark.parametrize(("lines", "tables", "total", "cash"), [
    (["经审计，贵公司按增资协议以货币资金向泰州禾安药业有限公司缴付增资款合计人民币陆仟陆佰万元整（¥66,000,000.00），"
      "其中6,000万元计入实收资本、600万元计入资本公积。"], [], "6600", "6600"),
    (["甲方以货币方式认缴目标公司新增注册资本6,000万元，实际缴付增资款6,600万元，溢价部分600万元计入资本公积。"],
     [], "6600", "6600"),
    (["本次增资总额为人民币6,600万元，全部以货币出资，其中新增注册资本6,000万元，其余600万元计入资本公积。"],
     [], "6600", "6600"),
    (["新增注册资本6,000万元全部由甲方以货币认缴，增资价款为人民币陆仟陆佰万元整（¥66,000,000.00）。"], [], "6600", "6600"),
    (["贵公司以现金6,600万元对目标公司进行增资，取得其60%股权。"], [], None, "6600"),
    ([], [[["并购方式", "增资扩股"], ["实际出资额（万元）", "6600（全部为现金）"]]], "6600", "6600"),
    (["贵公司以其持有的苏州某公司30%股权作价2,000万元及现金4,600万元对目标公司增资，增资总额6,600万元。"],
     [], "6600", "4600"),
])
def test_control_gained_by_a_capital_increase(lines, tables, total: str | None, cash: str) -> None:
    facts = extract(paper(lines, tables, kind="audit_report"))
    assert {f.value for f in facts if f.name == "acquisition_total"} == ({Decimal(total)} if total else set())
    assert {f.value for f in facts if f.name == "acquisition_amount"} == {Decimal(cash)}
    assert Decimal("6000") not in {f.value for f in facts if f.name.startswith("acquisition")}


@pytest.mark.parametrize("sentence", [
    "贵公司支付股权转让款2,400万元受让张某持有的20%股权，并缴付增资款3,600万元，合计出资6,000万元，全部为现金。",
    "贵公司以现金支付股权转让款2,400万元，另以货币缴付增资款3,600万元，交易完成后持股55%。",
    "甲方以现金方式支付股权转让价款2,400万元受让乙方所持目标公司20%股权，同时以货币缴付增资款3,600万元。",
])
def test_shares_bought_and_a_capital_increase_add_up(sentence: str) -> None:
    facts = extract(paper([sentence], kind="audit_report"))
    assert {f.value for f in facts if f.name == "acquisition_total"} == {Decimal("6000")}
    assert {f.value for f in facts if f.name == "acquisition_amount"} == {Decimal("6000")}


@pytest.mark.parametrize("title_box", [(10.6, 73.8, 584.6, 87.8), (70.0, 73.8, 521.0, 87.8), (120.0, 73.8, 470.0, 87.8)])
def test_a_title_in_larger_print_wider_than_the_text_does_not_stop_its_lines_running_on(title_box) -> None:
    lines = (Line(text="关于江苏澜清生物医药股份有限公司增资控股泰州禾安药业有限公司出资情况的专项审计报告", bbox=title_box),
             Line(text="经审计，贵公司按增资协议以货币资金向泰州禾安药业有限公司缴付增资款合计人民币陆",
                  bbox=(92.0, 136.2, 521.0, 147.2)),
             Line(text="仟陆佰万元整（¥66,000,000.00），分别于2021年12月10日、2022年1月5日汇入目标公司账户，",
                  bbox=(70.0, 153.8, 518.8, 164.8)),
             Line(text="增资后贵公司持股60%。", bbox=(70.0, 171.4, 200.0, 182.4)))
    document = Document(path="审计.pdf", media_type="application/pdf", status=DocStatus.ok, page_count=1,
                        pages=(Page(number=1, lines=lines),), kind="audit_report", kind_confidence=0.9)
    assert {f.value for f in extract(document) if f.name == "acquisition_amount"} == {Decimal("6600")}


@pytest.mark.parametrize(("schedule", "parts"), [
    ("3月14日下午报到，15—17日授课，18日上午撤离", ("0.5", "3", "0.5")),
    ("9月12日全天报到，13—14日授课，15日上午撤离", ("1", "2", "0.5")),
    ("6月27日下午报到，28—30日授课，7月1日上午撤离", ("0.5", "3", "0.5")),
    ("5月10日—13日（10日报到）", ("1", "3", None)),
    ("5月10日—13日（10日下午报到，13日上午撤离）", ("0.5", "2", "0.5")),
    ("报到1天，培训3天", ("1", "3", None)),
    ("报到半天、授课3天、撤离半天", ("0.5", "3", "0.5")),
    ("10月10日报到，11日—12日培训，13日撤离", ("1", "2", "1")),
])
def test_a_class_schedule_in_any_wording(schedule: str, parts: tuple[str, str, str | None]) -> None:
    got = schedule_parts(schedule)
    assert got is not None
    arrival, teaching, departure = parts
    assert (got.get("arrival"), got["teaching"], got.get("departure")) == \
        (Decimal(arrival), Decimal(teaching), Decimal(departure) if departure else None)


@pytest.mark.parametrize("schedule", ["6月29日—7月2日", "共4天", "线上直播"])
def test_a_schedule_naming_neither_arrival_nor_departure_gives_no_parts(schedule: str) -> None:
    assert schedule_parts(schedule) is None


@pytest.mark.parametrize(("header", "rows", "parts"), [
    (["班次", "地点", "人数", "日程", "时长（天）"],
     [["1", "南京", "92", "3月14日下午报到，15—17日授课，18日上午撤离", "4"],
      ["2", "淮安", "90", "9月12日全天报到，13—14日授课，15日上午撤离", "3.5"]], [("0.5", "3", "0.5"), ("1", "2", "0.5")]),
    (["期次", "举办地", "学员人数", "报到（天）", "培训（天）", "撤离（天）"],
     [["第一期", "苏州", "80", "0.5", "3", "0.5"], ["第二期", "盐城", "75", "1", "2", "半天"]],
     [("0.5", "3", "0.5"), ("1", "2", "0.5")]),
    (["序号", "培训城市", "参训人数", "培训时间", "天数"],
     [["1", "无锡", "60", "5月10日—13日（10日报到）", "4"], ["2", "徐州", "66", "6月6日下午报到，7—9日授课", "3.5"]],
     [("1", "3", None), ("0.5", "3", None)]),
])
def test_a_class_tables_schedule_gives_each_class_its_parts(header, rows, parts) -> None:
    facts = [f for f in extract(paper([], [[header, *rows]], kind="application_form")) if f.name == "class_days"]
    assert [(f.attrs.get("arrival"), f.attrs.get("teaching"), f.attrs.get("departure")) for f in facts] == parts
