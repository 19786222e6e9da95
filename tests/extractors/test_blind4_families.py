"""Families of documents the fourth blind set (corpus/frozen4) showed, each in several wordings: counts in
Chinese numerals and with a note, a bare number in a table row, the subsidy asked for beside the investment
it is a share of, a table's 含税 total repeated elsewhere, an audit whose body (not its scope) names the
cutoff, the date of a covering letter, a designation held by a related company, and what a paper is."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.context import ExtractContext
from extractors.forms import cover_letter_facts
from extractors.investment import investment_facts, stated_amounts
from extractors.party import related_orgs, trade_name
from extractors.statements import statement_facts
from ingest.classify import classify
from ingest.model import DocStatus, Document, Line, Page
from tests.extractors.paper import paper


def _document(lines: list[str], rows: list[list[str]] | None = None, kind: str = "application_form",
              path: str = "x.pdf", line_boxes: bool = False) -> Document:
    return paper(lines, [rows] if rows else None, kind, path, line_boxes)


def _values(facts: list, name: str) -> list[object]:
    return [f.value for f in facts if f.name == name]


def _statements(lines: list[str], rows: list[list[str]] | None = None, kind: str = "contract") -> list:
    return statement_facts(ExtractContext(_document(lines, rows, kind)), 0.85, "test")


@pytest.mark.parametrize(("lines", "rows"), [
    (["第二条 合作期限：自本协议生效之日起五年。"], None),
    (["合作期限为五年，自2022年11月18日起算。"], None),
    (["双方合作期5年。"], None),
    ([], [["合作期", "5年（2022年11月18日—2027年11月17日）"]]),
    ([], [["合作年限", "五年"]]),
])
def test_cooperation_years_in_numerals_words_and_with_a_note(lines: list[str], rows: list[list[str]] | None) -> None:
    assert _values(_statements(lines, rows), "cooperation_years") == [5]


@pytest.mark.parametrize(("line", "name", "value"), [
    ("全年举办十二场标识应用推广活动", "promotion_event_count", 12),
    ("本机构现有专职工作人员二十五人", "staff_count", 25),
])
def test_small_chinese_numerals_before_a_measure_word_are_counts(line: str, name: str, value: int) -> None:
    assert _values(_statements([line], kind="application_form"), name) == [value]


@pytest.mark.parametrize("line", ["近三年年均培训1500人次", "前五年累计服务企业180家", "第五年起每年举办培训班"])
def test_a_period_in_numerals_is_not_a_count(line: str) -> None:
    facts = _statements([line], kind="application_form")
    assert 3 not in _values(facts, "annual_trainee_count") and 5 not in _values(facts, "served_enterprise_count")
    assert _values(facts, "class_count") == []


def test_a_bare_number_in_a_table_row_belongs_to_its_column() -> None:
    rows = [["序号", "日期", "活动名称", "地点", "参会企业（家）"],
            ["1", "2021-12-18", "家纺行业标识解析应用推广会", "南通", "86"],
            ["2", "2022-03-09", "纺织服装标识应用对接会", "苏州", "64"]]
    lines = ["1 2021-12-18 家纺行业标识解析应用推广会 南通 86", "2 2022-03-09 纺织服装标识应用对接会 苏州 64",
             "合计开展标识应用推广活动6场。"]
    facts = statement_facts(ExtractContext(_document(lines, rows, "other", line_boxes=True)), 0.8, "test")
    assert _values(facts, "promotion_event_count") == [6]


@pytest.mark.parametrize("line", [
    "按新增研发投入的30%申请补助1,386.00万元。",
    "项目新增研发投入4,620.00万元，拟申请省级专项资金补助1,386.00万元。",
    "新增研发投入4,620.00万元，本次申请资金支持1,386万元",
    "申请补助资金1386万元（新增研发投入的30%）",
])
def test_the_subsidy_asked_for_is_not_the_investment(line: str) -> None:
    facts = stated_amounts(ExtractContext(_document([line])), 0.8, "test",
                           frozenset({"rd_investment", "total_investment"}))
    assert Decimal("1386") not in _values(facts, "rd_investment") + _values(facts, "total_investment")


@pytest.mark.parametrize(("header", "total_row"), [
    (["序号", "投资内容", "含税金额（万元）", "税额（万元）", "不含税金额（万元）"], ["", "合计", "2,223.80", "243.80", "1,980.00"]),
    (["序号", "项目", "价税合计（万元）", "增值税（万元）", "不含税金额（万元）"], ["", "合计", "2,223.80", "243.80", "1,980.00"]),
    (["序号", "名称", "金额（含税，万元）", "金额（不含税，万元）"], ["", "总计", "2,223.80", "1,980.00"]),
])
def test_a_tables_tax_inclusive_total_is_the_gross_of_its_net_one(header: list[str], total_row: list[str]) -> None:
    rows = [header, ["1", "节能环保设备购置"] + (["1,695.00", "195.00", "1,500.00"] if len(header) == 5 else
                                                ["1,695.00", "1,500.00"]), total_row]
    facts = stated_amounts(ExtractContext(_document(["项目总投资2,223.80万元，具体构成见下表。"], rows)), 0.8, "test",
                           frozenset({"total_investment"}))
    net = [f for f in facts if f.name == "total_investment" and f.value == Decimal("1980")]
    assert len(net) == 1 and net[0].attrs.get("gross") == "2223.8"


@pytest.mark.parametrize(("lines", "named"), [
    (["专项审计报告", "我们审计了贵公司某项目的投入情况。项目于2021年8月1日开工，2022年9月28日竣工。",
      "项目总投入7,864,000.00元；其中截至2022年6月30日已投入4,021,000.00元，占51.13%。"], "total_investment"),
    (["关于某项目截至2022年6月30日投入情况的专项审计报告", "经审计，项目累计完成投资786.40万元。"], "invested_to_date"),
    (["专项审计报告", "我们对贵公司某项目截至2022年6月30日的投入情况进行了专项审计。", "经审计，项目投入786.40万元。"],
     "invested_to_date"),
])
def test_only_the_audits_scope_dates_its_totals(lines: list[str], named: str) -> None:
    facts = investment_facts(ExtractContext(_document(lines, kind="audit_report")), 0.95, "test")
    assert any(f.name == named and f.value == Decimal("786.4") for f in facts)


@pytest.mark.parametrize(("lines", "path", "day"), [
    (["南京市工业和信息化局", "关于推荐2023年度省工业和信息产业转型升级专项资金入库项目的函", "现推荐某公司项目。", "2022年11月4日"],
     "推荐函.pdf", "2022-11-04"),
    (["信用承诺书", "本单位承诺所报材料真实。", "承诺单位（盖章）", "2022年11月8日"], "承诺书.pdf", "2022-11-08"),
    (["关于推荐某项目的报告", "经审核，同意推荐。", "南京市工业和信息化局 2022年11月14日"], "06.pdf", "2022-11-14"),
])
def test_a_covering_letter_is_dated_when_the_packet_is_put_together(lines: list[str], path: str, day: str) -> None:
    facts = cover_letter_facts(ExtractContext(_document(lines, kind="other", path=path)))
    assert [str(f.value) for f in facts if f.name == "application_date"] == [day]


def test_other_papers_do_not_date_the_application() -> None:
    lines = ["知识产权清单", "序号 名称 授权日", "1 一种电机 2021年3月5日"]
    assert cover_letter_facts(ExtractContext(_document(lines, kind="other", path="05-知识产权清单.pdf"))) == []


@pytest.mark.parametrize(("name", "mark"), [
    ("南京云衡数据科技有限公司", "云衡"), ("江苏云衡信息科技集团有限公司", "云衡"), ("苏州工业园区华光科技有限公司", "华光"),
    ("无锡市梁溪区科技小额贷款有限公司", "科技"), ("常州锐驰精工汽车部件有限公司", "锐驰"),
])
def test_trade_names_come_after_the_place(name: str, mark: str) -> None:
    assert trade_name(name) == mark


@pytest.mark.parametrize(("text", "related"), [
    ("17 装备制造业供应链数据要素服务平台 江苏云衡信息科技集团有限公司 南京", ["江苏云衡信息科技集团有限公司"]),
    ("入选单位：南京云衡智能装备有限公司（全资子公司）", ["南京云衡智能装备有限公司"]),
    ("1 南京云衡数据科技有限公司 2 无锡华光电子有限公司", []),  # the applicant itself and a stranger
])
def test_a_related_company_is_another_legal_person(text: str, related: list[str]) -> None:
    assert related_orgs("南京云衡数据科技有限公司", text) == related


def _kind(lines: list[str], name: str = "材料.pdf") -> str:
    page = Page(number=1, lines=tuple(Line(text=t) for t in lines))
    return classify(Document(path=name, media_type="application/pdf", status=DocStatus.ok, pages=(page,))).kind


@pytest.mark.parametrize(("lines", "name", "kind"), [
    (["关于项目实施主体的说明", "该项目2021年由我集团统一申报并入选省级大数据应用示范项目名单，由子公司实施。"], "附件6.pdf", "other"),
    (["情况说明", "我公司已入选2021年省级示范项目名单，现由子公司承担。"], "附件6.pdf", "other"),
    (["某展会经费决算表", "合计 1545.75 1486.30", "注：以上为单位财务初步决算数，专项审计报告出具后以审计数为准。"], "04.pdf", "other"),
    (["某项目支出情况", "专项审计尚未完成，完成后另行报送。"], "04.pdf", "other"),
    (["某公司某项目资金申请报告", "一、项目概况", "详见专项审计报告。"], "附件3.docx", "application_form"),
    (["专项审计报告", "我们审计了贵公司某项目的投入情况。"], "03.pdf", "audit_report"),
    (["某项目投入情况", "经我所专项审计，项目投入786.40万元。"], "03.pdf", "audit_report"),
])
def test_what_a_paper_is_by_what_it_says(lines: list[str], name: str, kind: str) -> None:
    assert _kind(lines, name) == kind


def _audit_totals(lines: list[str], rows: list[list[str]] | None = None) -> list[object]:
    facts = investment_facts(ExtractContext(_document(lines, rows, "audit_report")), 0.95, "test")
    return sorted(f.value for f in facts if f.name == "total_investment")


@pytest.mark.parametrize("line", [
    "经审计，项目累计完成投资41,325,600.00元，扣除土建工程投资3,860,000.00元后，计入项目总投入37,465,600.00元。",
    "项目实际完成投资4,132.56万元，剔除厂房土建386.00万元，项目总投入为3,746.56万元（不含税）。",
    "项目累计投入4132.56万元，减去铺底流动资金386万元后，计入项目总投入3746.56万元。",
])
def test_a_total_stated_before_and_after_its_deduction_is_the_net_one(line: str) -> None:
    assert _audit_totals([line]) == [Decimal("3746.56")]


@pytest.mark.parametrize("line", [
    "项目备案总投资4,500万元，其中厂房改造等土建工程部分由企业另行列支。",
    "该项目核准总投资4500万元。",
])
def test_the_filings_total_quoted_in_an_audit_is_not_the_audited_total(line: str) -> None:
    assert _audit_totals([line, "经审计，项目总投入3,746.56万元（不含税）。"]) == [Decimal("3746.56")]


@pytest.mark.parametrize("label", ["本页小计（转下页）", "承上页", "过次页", "上页合计"])
def test_a_running_total_carried_over_a_page_is_no_total(label: str) -> None:
    rows = [["序号", "名称", "数量", "不含税金额（元）"], ["1", "高真空压铸岛", "3套", "12,860,000.00"],
            ["2", "五轴卧式加工中心", "14台", "9,452,000.00"], ["", label, "", "22,312,000.00"]]
    facts = stated_amounts(ExtractContext(_document([], rows, "audit_report")), 0.95, "test",
                           frozenset({"total_investment", "equipment_investment", "line_item"}))
    assert Decimal("2231.2") not in _values(facts, "total_investment")
    assert all(f.value >= 1 for f in facts)  # "3套", "14台" are quantities, never 0.0003 万元


def test_software_rows_of_a_table_carried_over_a_page_are_parts() -> None:
    rows = [["序号", "类别", "名称", "数量", "不含税金额"], ["1", "智能化设备", "压铸岛", "3套", "12,860,000.00"],
            ["6", "软件/集成/云", "MES", "1项", "1,286,000.00"], ["7", "软件/集成/云", "WMS", "1项", "624,500.00"],
            ["", "", "本页小计（转下页）", "", "14,770,500.00"]]
    lines = ["经审计，计入项目总投入14,770,500.00元，其中软件、系统集成及私有云投入合计3,342,100.00元。"]
    facts = stated_amounts(ExtractContext(_document(lines, rows, "audit_report")), 0.95, "test",
                           frozenset({"software_investment", "total_investment", "line_item"}))
    assert _values(facts, "software_investment") == [Decimal("334.21")]
