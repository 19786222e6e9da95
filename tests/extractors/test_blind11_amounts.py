"""Amount families the eleventh blind set (corpus/frozen11) showed, in several wordings: an audit's adjustment
column and its claimed figure, notes that take tax or building works out of a stated total, tables whose
header is periods or whose columns carry their own units, a form's label/value rows."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.amount import find_money
from extractors.context import ExtractContext
from extractors.investment import investment_facts, stated_amounts
from extractors.units import document_units
from tests.extractors.paper import paper


def _audit(lines: list[str], tables: list[list[list[str]]] | None = None) -> list:
    return investment_facts(ExtractContext(paper(lines, tables)), 0.95, "test")


def _values(facts: list, name: str) -> set[Decimal]:
    return {f.value for f in facts if f.name == name}


# --- an audit table with an adjustment column (accounting parentheses, a minus sign, 审减) ----------------

@pytest.mark.parametrize(("adjust", "cut", "remark", "software_remark"), [
    ("审计调整", "(12.35)", "软件类；注2", "第3、4、5项"),
    ("审减金额", "-12.35", "见注2", "第3-5项合计"),
    ("核减数", "（12.35）", "注2", "3、4、5项"),
    ("调整数", "-12.35", "软件类，详见注2", "第3项至第5项"),
])
def test_an_adjustment_column_and_remarks_are_not_software_totals(adjust: str, cut: str, remark: str,
                                                                  software_remark: str) -> None:
    rows = [["序号", "投入类别", "申报数", adjust, "审定数", "备注"],
            ["1", "智能加工及检测设备", "2,468.30", "-", "2,468.30", ""],
            ["2", "工业软件（MES、APS、QMS）", "218.60", "-", "218.60", "软件类"],
            ["3", "系统集成（ERP/MES）", "96.80", "-", "96.80", "软件类"],
            ["4", "私有云平台及网络", "41.20", cut, "28.85", remark],
            ["", "合计", "2,824.90", cut, "2,812.55", ""],
            ["", "其中：软件类投入", "356.60", cut, "344.25", software_remark]]
    note = "注2：私有云平台中12.35万元为2022年7月1日至2023年6月30日的云资源续费，发生于项目完工之后，不计入。"
    facts = _audit(["项目投入审定明细表", "金额单位：人民币万元", note], [rows])
    software = _values(facts, "software_investment")
    assert Decimal("344.25") in software
    assert not software & {Decimal("12.35"), Decimal("2"), Decimal("4"), Decimal("6"), Decimal("5")}
    assert _values(facts, "total_investment") | _values(facts, "invested_to_date") <= {Decimal("2812.55"),
                                                                                      Decimal("2824.9")}


@pytest.mark.parametrize("text", ["软件类；注2", "详见注3", "第3、4、5项", "第4、5项"])
def test_a_remarks_columns_numbers_are_references_not_money(text: str) -> None:
    rows = [["序号", "项目", "金额", "备注"], ["1", "工业软件", "218.60", text]]
    units = [u for u in document_units(paper(["单位：万元"], [rows])) if u.column == "备注"]
    assert units and all(u.default_unit is None for u in units)


def test_a_footnote_reference_is_not_an_amount() -> None:
    assert [str(m.figure) for m in find_money("私有云平台（注2）41.20", "万元")] == ["41.2"]


@pytest.mark.parametrize("sentence", [
    "贵公司申报截至2022年6月30日项目投入313.20万元，经审计审减24.80万元，审定截至2022年6月30日项目投入288.40万元。",
    "贵公司申报项目投入3,132,000.00元，经审计调整(248,000.00)元，审定项目投入2,884,000.00元。",
    "申报投入金额313.20万元，经审计核减24.80万元后，审定金额为288.40万元。",
    "公司申报的项目投入为313.20万元；经审计确认，审定投入288.40万元。",
])
def test_the_claim_an_audit_corrects_is_not_a_reading(sentence: str) -> None:
    facts = _audit(["专项审计报告", sentence])
    amounts = {f.value for f in facts if f.unit == "万元"}
    assert Decimal("288.4") in amounts
    if "；" not in sentence:  # a claim in a sentence of its own is the claim, for the reviewer to compare
        assert Decimal("313.2") not in amounts


# --- a note taking part of a stated total out of the figure ----------------------------------------

@pytest.mark.parametrize("note", [
    "注：1.第4、5项系按取得增值税专用发票的价税合计金额入账，含增值税进项税额19.26万元（税率6%）；其余各项为不含税金额。",
    "注：第4项、第5项按价税合计入账，其中含进项税额19.26万元。",
    "说明：软件开发外包及云资源租赁两项金额为含税金额，含增值税19.26万元。",
])
def test_a_note_saying_the_total_holds_tax_nets_it(note: str) -> None:
    rows = [["序号", "投入内容", "金额", "备注"], ["1", "服务器、存储及网络设备", "312.60", ""],
            ["2", "大数据平台软件", "142.50", ""], ["3", "软件开发外包服务费", "248.00", ""],
            ["4", "云资源租赁费", "92.26", ""], ["5", "数据治理咨询", "223.04", ""], ["", "合计", "1,018.40", ""]]
    facts = _audit(["经审计，截至2022年5月31日，该项目累计完成投入1,018.40万元，具体构成见附表。", "单位：万元", note],
                   [rows])
    totals = [f for f in facts if f.name in ("total_investment", "invested_to_date")]
    assert totals and {f.value for f in totals} == {Decimal("999.14")}
    assert all(f.attrs.get("gross") == "1018.4" and "19.26" in f.provenance.text for f in totals)


@pytest.mark.parametrize(("note", "works"), [
    ("注：第9项中试厂房土建工程1,450万元由依托企业以自有资金建设，不属于指南所列创新能力建设投入范围，不计入项目总投入。",
     "中试厂房土建工程"),
    ("注：研发楼土建工程1,450.00万元不计入项目总投入，由企业自筹。", "研发楼土建工程"),
    ("说明：其中厂房建设（土建）1,450万元不纳入，不计入项目总投入。", "厂房建设（土建）"),
])
def test_a_note_keeping_building_works_out_of_the_total_nets_a_budget(note: str, works: str) -> None:
    rows = [["序号", "支出内容", "预算金额", "测算依据"], ["1", "研发设备", "7,750.00", "32台（套）"],
            ["2", "人工费用", "1,000.00", "65人×3年"], ["3", works, "1,450.00", "见注"], ["", "合计", "10,200.00", ""]]
    doc = paper(["创新能力建设方案及投资预算", "六、投资预算：项目总投资10,200万元，资金来源为企业自筹。",
                 "附表：投资预算明细表（单位：万元）", note], [rows], kind="other")
    facts = stated_amounts(ExtractContext(doc), 0.8, "test", frozenset({"investment_budget"}))
    assert Decimal("8750") in _values(facts, "total_investment")
    assert Decimal("10200") not in {f.value for f in facts if f.unit == "万元"}


@pytest.mark.parametrize("lines", [
    # the audited total already net of the item the note explains
    ["经审计，项目申报投入3,412.75万元，审定项目总投入3,314.00万元。",
     "注1：车间地坪及隔断改造98.75万元属土建性质支出，不计入项目总投入。"],
    # the document states the net amount itself beside the gross
    ["项目总投资10,200万元，扣除土建后计入项目总投入8,750万元。",
     "注：中试厂房土建工程1,450万元不计入项目总投入。"],
    ["项目累计完成投入1,018.40万元，不含税金额999.14万元。",
     "注：第4、5项按价税合计入账，含进项税额19.26万元。"],
])
def test_a_note_explaining_a_net_figure_already_stated_takes_nothing_more_off(lines: list[str]) -> None:
    facts = _audit(["专项审计报告", *lines])
    amounts = {f.value for f in facts if f.unit == "万元"}
    assert not amounts & {Decimal("3215.25"), Decimal("7300"), Decimal("979.88")}
    assert all(f.attrs.get("derived") != "net_of_note" for f in facts)


# --- tables: period captions, units per column, a form's code row -----------------------------------

@pytest.mark.parametrize("periods", [
    ["2022年7-12月", "2023年", "2024年"],
    ["2022年7—12月", "2023年度", "2024年度"],
    ["2022年（万元）", "2023年（万元）", "2024年（万元）"],
])
def test_an_rd_budget_by_year_columns_is_its_total_column(periods: list[str]) -> None:
    rows = [["序号", "科目", *periods, "合计"], ["一", "费用化支出", "", "", "", ""],
            ["1", "人员人工费用", "186.00", "468.00", "426.00", "1,080.00"],
            ["二", "资本化支出", "", "", "", ""],
            ["2", "研发设备、仪器购置", "732.00", "1,082.00", "592.00", "2,406.00"],
            ["", "申报单位新增研发投入小计", "918.00", "1,550.00", "1,018.00", "3,486.00"],
            ["三", "合作单位（淮海工业大学）自筹投入", "40.00", "120.00", "80.00", "240.00"]]
    doc = paper(["项目研发投入预算明细表", "单位：万元"], [rows], kind="other")
    facts = stated_amounts(ExtractContext(doc), 0.8, "test", frozenset({"rd_investment"}))
    assert _values(facts, "rd_investment") == {Decimal("3486")}


@pytest.mark.parametrize("second_row", [
    ["统一社会信用代码", "91320312059381768H", "申报形式", "单位独立申报（产学研合作）"],
    ["统一社会信用代码", "913213026702185351", "申报类型", "企业申报（联合申报）"],
])
def test_a_forms_row_with_a_code_is_not_a_header(second_row: list[str]) -> None:
    rows = [["所属集群及攻关方向", "工程机械和农业机械集群 — 10. 数字化控制液压阀（附件1-26）"], second_row,
            ["项目总投资", "约0.37亿元（3,726.00万元）", "其中：申报单位新增研发投入", "3,486.00万元（自2022年7月1日起）"]]
    doc = paper(["项目申报书"], [rows], kind="application_form")
    facts = stated_amounts(ExtractContext(doc), 0.8, "test", frozenset({"rd_investment", "total_investment"}))
    rd = [f for f in facts if f.name == "rd_investment"]
    assert [f.value for f in rd] == [Decimal("3486")] and rd[0].confidence == 0.8


@pytest.mark.parametrize("unit_line", ["金额单位：万元", "单位：万元", "（金额单位：人民币万元）"])
def test_a_columns_own_unit_is_not_the_tables(unit_line: str) -> None:
    rows = [["序号", "合同/支出内容", "合同金额（元）", "发票金额（不含税）", "付款金额（含税）"],
            ["1", "余热锅炉及附属设备", "3,597,920.00", "318.40", "359.792"],
            ["2", "高温热泵干燥机组", "2,402,380.00", "212.60", "240.238"],
            ["", "合计", "6,000,300.00", "531.00", "600.03"]]
    doc = paper(["截至2022年6月30日投入情况", unit_line], [rows], boxes=False)
    units = {u.text: u.default_unit for u in document_units(doc) if u.in_table}
    assert units["3,597,920.00"] == "元" and units["318.40"] == "万元" and units["531.00"] == "万元"


@pytest.mark.parametrize("sentence", [
    "扣除土建及铺底流动资金后，项目总投入（不含税）为3,180.00万元。",
    "项目总投资（不含土建）为3,180.00万元。",
    "项目总投入（不含税）：3,180.00万元",
])
def test_the_projects_total_with_a_qualifier_stays_the_total_in_an_audit_to_a_date(sentence: str) -> None:
    facts = _audit(["关于…项目截至2022年6月30日投入情况的专项审计报告",
                    "我们对贵公司项目截至2022年6月30日的项目投入情况进行了专项审计。", "该项目计划于2023年12月底建成。" + sentence,
                    "截至2022年6月30日，该项目已取得增值税专用发票（不含税）合计660.30万元。"])
    assert Decimal("3180") in _values(facts, "total_investment")
    assert Decimal("3180") not in _values(facts, "invested_to_date")


@pytest.mark.parametrize("cell", [
    "5,820万元（全部为申报单位自有及自筹资金，合作单位东南理工大学自筹投入不计入）",
    "5,820万元（不含2022年1—6月前期研发支出，前期支出不计入）",
])
def test_not_counted_said_of_another_amount_leaves_this_one(cell: str) -> None:
    rows = [["项目名称", "车规级芯片工程化攻关"], ["自2022年7月1日起新增研发投入", cell]]
    doc = paper(["项目申报书"], [rows], kind="application_form")
    facts = stated_amounts(ExtractContext(doc), 0.8, "test", frozenset({"rd_investment"}))
    assert Decimal("5820") in _values(facts, "rd_investment")


@pytest.mark.parametrize("note", [
    "（说明：土建工程截至2022年6月30日已发生1,128,000.00元，不计入项目投入。）",
    "注：项目配套土建工程112.80万元未计入上述投入，不计入项目总投入。",
])
def test_a_note_on_works_no_total_holds_takes_nothing_off(note: str) -> None:
    rows = [["序号", "投入内容", "金额（万元）"], ["1", "余热锅炉", "500.00"], ["2", "高效电机", "224.64"], ["", "合计", "724.64"]]
    facts = _audit(["经审计，截至2022年6月30日，该项目累计完成投入724.64万元（不含增值税）。", note.lstrip("（").rstrip("）")], [rows])
    assert Decimal("611.84") not in {f.value for f in facts if f.unit == "万元"}
