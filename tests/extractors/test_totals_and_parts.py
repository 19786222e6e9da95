"""How auditors and applicants state a total and its parts, written by hand in several wordings:
software summed wherever its parts are listed, 土建 / 铺底流动资金 / a partner's money taken off the total
that includes it, an audit of a project still under way, shares held versus shares traded, and lists of
other companies that are not the applicant."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from checklists.as_of import at_guide_cutoff
from extractors.context import ExtractContext
from extractors.forms import form_facts
from extractors.investment import investment_facts, stated_amounts
from extractors.parties import party_facts
from extractors.registry import extract
from extractors.statements import statement_facts
from ingest.model import Cell, DocStatus, Document, Line, Page, Table
from tests.extractors.paper import paper


def _document(lines: list[str], rows: list[list[str]] | None = None, kind: str = "audit_report") -> Document:
    tables = ()
    if rows:
        cells = tuple(tuple(Cell(row=r, col=c, text=t, locator=f"t1r{r + 1}c{c + 1}") for c, t in enumerate(row))
                      for r, row in enumerate(rows))
        tables = (Table(index=1, rows=cells),)
    page = Page(number=1, lines=tuple(Line(text=t, locator=f"p{i}") for i, t in enumerate(lines)), tables=tables)
    return Document(path="x.docx", media_type="application/docx", status=DocStatus.ok, page_count=1, pages=(page,),
                    kind=kind, kind_confidence=0.9)


GUIDE_CUTOFF = date(2022, 6, 30)  # the 2023 guide counts investment to this date


def _values(facts: list, name: str) -> set[Decimal]:
    """Values of a figure as the 2023 guide's checklists name it (amounts stated 截至 its cutoff included)."""
    return {f.value for fact in facts for f in at_guide_cutoff(fact, GUIDE_CUTOFF) if f.name == name}


def _audit(lines: list[str], rows: list[list[str]] | None = None) -> list:
    return investment_facts(ExtractContext(_document(lines, rows)), 0.95, "test")


@pytest.mark.parametrize("sentence", [
    "经审计，项目累计完成投入（不含税）36,964,200.00元，其中：智能化生产及检测设备31,208,700.00元，工业软件2,684,000.00元，"
    "系统集成963,500.00元，私有云平台476,000.00元，调试安装费用1,282,000.00元，咨询、设计、检测费用350,000.00元。",
    "项目实际投入3696.42万元，其中设备3120.87万元、工业软件268.40万元、系统集成96.35万元、私有云47.60万元、"
    "安装调试128.20万元、咨询设计35.00万元。",
    "截至2022年3月31日，项目投资总额为人民币3,696.42万元（不含税），其中：硬件设备3,120.87万元；软件268.40万元；"
    "系统集成服务96.35万元；云资源47.60万元；其他163.20万元。",
    "经审计，项目投入（不含税）为36,964,200.00元（大写：叁仟陆佰玖拾陆万肆仟贰佰元整）。其中：设备31,208,700.00元，"
    "工业软件2,684,000.00元，系统集成963,500.00元，云资源及网络费用476,000.00元，调试安装费用1,632,000.00元。",
])
def test_software_parts_listed_in_a_sentence_are_summed(sentence: str) -> None:
    facts = _audit([sentence])
    assert _values(facts, "software_investment") == {Decimal("412.35")}


def test_software_parts_in_a_table_and_a_sentence_agree_once_summed() -> None:
    facts = _audit(
        ["经审计，项目完成投入36,964,200.00元，其中：设备31,208,700.00元，工业软件2,684,000.00元，系统集成963,500.00元，"
         "私有云平台476,000.00元，调试安装1,632,000.00元。"],
        [["序号", "投入类别", "审定金额（元）", "备注"], ["1", "设备", "31,208,700.00", ""], ["2", "工业软件", "2,684,000.00", ""],
         ["3", "系统集成", "963,500.00", ""], ["4", "私有云平台", "476,000.00", ""], ["5", "调试安装", "1,632,000.00", ""],
         ["", "合计", "36,964,200.00", ""]])
    assert _values(facts, "software_investment") == {Decimal("412.35")}
    assert _values(facts, "total_investment") == {Decimal("3696.42")}


@pytest.mark.parametrize(("sentence", "name", "net"), [
    ("项目总投资4,100.00万元，其中土建工程460.00万元，设备2,860.00万元，软件180.00万元。", "total_investment", "3640"),
    ("项目计划总投资5,000万元，其中：设备购置3,800万元，铺底流动资金700万元，厂房建设500万元。", "planned_investment", "3800"),
    ("项目自2022年7月1日起新增研发投入预算4,850.00万元，其中申报单位投入4,250.00万元，合作单位江苏省先进液压技术研究院投入600.00万元。",
     "rd_investment", "4250"),
    ("项目研发经费总额3,000万元，其中企业自筹2,400万元，合作高校投入600万元。", "rd_investment", "2400"),
])
def test_an_exclusion_named_in_the_sentence_is_taken_off_the_total(sentence: str, name: str, net: str) -> None:
    facts = form_facts(ExtractContext(_document([sentence], kind="application_form")), 0.8)
    assert _values(facts, name) == {Decimal(net)}


@pytest.mark.parametrize("sentence", [
    "计划总投入（不含税，不含土建投资和铺底流动资金）3,640.00万元，项目于2021年10月15日开工建设。",
    "项目计划总投资（不包括土建及铺底流动资金）3640万元。",
])
def test_a_total_that_says_it_excludes_construction_is_not_construction(sentence: str) -> None:
    facts = stated_amounts(ExtractContext(_document([sentence])), 0.9, "test")
    assert _values(facts, "planned_investment") == {Decimal("3640")}
    assert not _values(facts, "construction_cost")


TABLE_WITH_UNKNOWN_ROW = [["序号", "项目", "审定金额（万元）", "备注"], ["1", "设备购置", "2,600.00", ""],
                          ["2", "土建工程", "450.00", ""], ["3", "差旅及会议费", "300.00", ""], ["", "合计", "3,350.00", ""]]


def test_construction_in_a_table_is_deducted_even_when_a_row_is_unknown() -> None:
    facts = _audit([], TABLE_WITH_UNKNOWN_ROW)
    totals = [f for f in facts if f.name == "total_investment"]
    assert [f.value for f in totals] == [Decimal("2900")]
    assert "unreconciled" not in totals[0].attrs


def test_construction_in_a_table_whose_rows_do_not_add_up_is_deducted_and_flagged() -> None:
    rows = [["序号", "项目", "审定金额（万元）", "备注"], ["1", "设备购置", "2,600.00", ""], ["2", "土建工程", "450.00", ""],
            ["", "合计", "3,350.00", ""]]
    totals = [f for f in _audit([], rows) if f.name == "total_investment"]
    assert [f.value for f in totals] == [Decimal("2900")]
    assert totals[0].attrs.get("unreconciled") == "1"
    assert totals[0].confidence < 0.7


@pytest.mark.parametrize(("row", "value"), [("服务大厅房屋改造", "56.20"), ("固定资产折旧", "22.00"), ("业务招待费", "22.00")])
def test_costs_the_guide_keeps_out_of_project_investment_are_deducted(row: str, value: str) -> None:
    rows = [["序号", "投入内容", "金额（万元）", "备注"], ["1", "服务设备购置", "128.40", ""], ["2", "日常运营管理投入", "96.20", ""],
            ["3", row, value, ""], ["", "合计", str(Decimal("224.60") + Decimal(value)), ""]]
    assert _values(_audit([], rows), "total_investment") == {Decimal("224.60")}


@pytest.mark.parametrize("opening", [
    ["关于某某公司某改造项目截至2022年6月30日投入情况的专项审计报告",
     "我们对贵公司实施的某项目截至2022年6月30日的项目投入情况进行了专项审计。",
     "该项目计划总投入（不含税）3,640.00万元，目前处于建设期。"],
    ["专项审计报告", "我们审计了贵公司某项目截至2022年6月30日止的投资完成情况。", "项目尚未完工。"],
])
def test_an_audit_of_a_project_under_way_states_what_was_invested_by_the_cutoff(opening: list[str]) -> None:
    facts = _audit(opening, [["序号", "投入类别", "审定金额（万元）"], ["1", "设备", "900.00"], ["2", "软件", "128.40"],
                             ["", "合计", "1,028.40"]])
    assert _values(facts, "invested_by_cutoff") == {Decimal("1028.4")}
    assert not _values(facts, "total_investment")


def test_an_audit_of_a_completed_project_keeps_its_total() -> None:
    facts = _audit(["我们对贵公司某项目截至2022年3月28日的项目投入情况进行了专项审计。", "项目已于2022年3月28日完工。"],
                   [["序号", "投入类别", "审定金额（万元）"], ["1", "设备", "900.00"], ["", "合计", "900.00"]])
    assert _values(facts, "total_investment") == {Decimal("900")}


@pytest.mark.parametrize(("lines", "rows", "control", "traded"), [
    (["南通某机床有限公司于2022年3月28日签订股权转让协议，收购苏州某装备有限公司60%股权，2022年4月12日完成工商变更登记。",
      "本次收购完成后，贵公司持有苏州某装备有限公司80%股权。"], None, {"0.8"}, {"0.6"}),
    (["第一条 甲方同意将其持有的目标公司60%股权转让给乙方。",
      "第四条 本次转让完成后，目标公司股权结构为：南通某机床有限公司持股80%，陈立新持股20%。"], None, {"0.8"}, {"0.6"}),
    ([], [["本次收购股权比例", "60%"], ["并购后持股比例", "80%"]], {"0.8"}, {"0.6"}),
    (["公司通过受让股份方式取得标的公司55%股份，交易完成后合计持有标的公司55%股份。"], None, {"0.55"}, {"0.55"}),
])
def test_the_holding_after_a_deal_is_the_control_share_not_the_share_traded(
        lines: list[str], rows: list[list[str]] | None, control: set[str], traded: set[str]) -> None:
    facts = statement_facts(ExtractContext(_document(lines, rows, kind="contract")), 0.85, "test")
    assert {str(v) for v in _values(facts, "control_share")} == control
    assert {str(v) for v in _values(facts, "acquired_share")} == traded


def test_a_published_list_names_no_applicant() -> None:
    rows = [["序号", "设区市", "企业名称", "示范工厂名称"], ["1", "南通", "南通某合金材料有限公司", "某示范工厂"],
            ["2", "常州", "江苏金宇液压科技股份有限公司", "金宇示范工厂"], ["3", "苏州", "苏州某光电科技股份有限公司", "某示范工厂"]]
    facts = party_facts(ExtractContext(_document(["关于公布2021年江苏省智能制造示范工厂名单的通知"], rows,
                                                 kind="designation_certificate")), 0.9)
    assert not [f for f in facts if f.name == "applicant_name"]


def test_a_form_names_its_applicant_in_one_cell() -> None:
    rows = [["项目承担单位", "江苏金宇液压科技股份有限公司"], ["统一社会信用代码", "9132041290408311X4"]]
    facts = party_facts(ExtractContext(_document([], rows, kind="application_form")), 0.9)
    assert [f.value for f in facts if f.name == "applicant_name"] == ["江苏金宇液压科技股份有限公司"]


@pytest.mark.parametrize(("rows", "interest"), [
    ([["新增软硬件投入（万元，不含税）", "712.40"], ["贷款利息（万元）", "132.31"]], "132.31"),
    ([["软硬件投入合计", "712.40万元"], ["银行贷款贴息（万元）", "132.31"]], "132.31"),
])
def test_an_application_form_declares_hardware_software_and_interest(rows: list[list[str]], interest: str) -> None:
    facts = form_facts(ExtractContext(_document([], rows, kind="application_form")), 0.8)
    assert _values(facts, "hw_sw_investment") == {Decimal("712.4")}
    assert _values(facts, "loan_interest") == {Decimal(interest)}


@pytest.mark.parametrize("lines", [
    ["2022年10月11日，市工业和信息化局组织专家组对该项目进行验收。专家组认为项目于2022年5月20日完成全部建设内容，同意通过验收。"],
    ["验收组于2022年10月11日召开验收会，认定项目已于2022年5月20日建设完成，一致同意项目通过验收。"],
    ["2022年10月11日，专家组对项目进行了现场验收，项目于2022年5月20日全部建成，验收组同意通过验收。"],
])
def test_an_acceptance_opinion_quoting_the_completion_date_keeps_both_dates_apart(lines: list[str]) -> None:
    from extractors.acceptance import acceptance_facts
    facts = acceptance_facts(ExtractContext(_document(lines, kind="acceptance_opinion")))
    assert {str(f.value) for f in facts if f.name == "acceptance_date"} == {"2022-10-11"}
    assert {str(f.value) for f in facts if f.name == "completion_date"} == {"2022-05-20"}


@pytest.mark.parametrize(("lines", "rows"), [
    ([], [["2021年软件和信息技术服务业务收入（万元）", "8,652.40"], ["2020年软件和信息技术服务业务收入（万元）", "7,576.10"]]),
    ([], [["项目", "2021年度（万元）", "2020年度（万元）", "备注"], ["软件和信息技术服务业务收入", "8,652.40", "7,576.10", ""]]),
    ([], [["项目", "2020年度（万元）", "2021年度（万元）", "备注"], ["软件业务收入", "7,576.10", "8,652.40", ""]]),
])
def test_an_annual_figure_stated_for_several_years_is_the_latest_years(lines: list[str], rows: list[list[str]]) -> None:
    facts = stated_amounts(ExtractContext(_document(lines, rows)), 0.9, "test",
                           frozenset({"software_revenue"}))
    assert _values(facts, "software_revenue") == {Decimal("8652.4")}
    assert {(f.attrs["figure"], f.attrs["year"]) for f in facts if f.name == "earlier_year_amount"} == \
        {("software_revenue", "2020")}


def test_a_budget_column_beside_an_actual_column_in_an_audit_of_a_project_under_way() -> None:
    facts = _audit(["我们审计了贵公司某项目的投资预算及截至2022年9月30日的阶段性投入。"],
                   [["费用类别", "预算（万元）", "截至2022.9.30实际投入（万元）"], ["设备费", "2,980.00", "1,206.40"],
                    ["材料费", "3,260.00", "1,112.20"], ["合计", "6,240.00", "2,318.60"]])
    assert _values(facts, "planned_investment") == {Decimal("6240")}
    assert _values(facts, "invested_to_date") == {Decimal("2318.6")}
    assert not _values(facts, "total_investment")


@pytest.mark.parametrize(("lines", "expected"), [
    (["项目入库申报表", "申报单位（盖章）：江苏某某精密电机有限公司        2022年11月15日"], {"2022-11-15"}),
    (["项目资金申请报告", "2022年10月", "三、项目实施进度", "截至2022年6月30日，项目已完成投入1,028.40万元。"], set()),
    (["项目申报书", "某某公司", "填报日期：2022年11月7日", "一、项目概况"], {"2022-11-07"}),
])
def test_an_application_date_is_labelled_or_closes_the_form(lines: list[str], expected: set[str]) -> None:
    facts = form_facts(ExtractContext(_document(lines, kind="application_form")), 0.8)
    assert {str(f.value) for f in facts if f.name == "application_date"} == expected


@pytest.mark.parametrize(("lines", "rows", "to_date", "by_cutoff"), [
    (["我们审计了贵公司某技改项目的投资情况。项目于2022年3月18日开工，计划于2023年12月31日竣工。",
      "截至2022年10月31日，项目累计完成投资（不含税）6,382.45万元。", "其中截至2022年6月30日累计完成投资（不含税）4,126.30万元。"],
     None, {"6382.45"}, {"4126.3"}),
    (["项目入库申报表"], [["计划总投资（万元）", "18,600"], ["截至2022年10月底已完成投资（万元）", "6,382.45"]], {"6382.45"}, set()),
])
def test_an_amount_invested_by_another_date_than_the_cutoff_is_not_the_total(
        lines: list[str], rows: list[list[str]] | None, to_date: set[str], by_cutoff: set[str]) -> None:
    document = _document(lines, rows, kind="audit_report" if rows is None else "application_form")
    ctx = ExtractContext(document)
    facts = investment_facts(ctx, 0.95, "test") if rows is None else stated_amounts(ctx, 0.8, "test")
    assert {str(v) for v in _values(facts, "invested_to_date")} == to_date
    assert {str(v) for v in _values(facts, "invested_by_cutoff")} == by_cutoff
    assert not _values(facts, "total_investment")


@pytest.mark.parametrize(("rows", "expected"), [
    ([["期间", "集群服务收入（万元）", "说明"], ["2021年7月1日-2021年12月31日", "176.40", "观测站运营"],
      ["2022年1月1日-2022年6月30日", "142.20", "活动承办"]], {Decimal("318.6")}),
    ([["统计期间", "服务收入（万元）", "备注"], ["2021.07.01至2021.12.31", "176.40", ""],
      ["2022.01.01至2022.06.30", "142.20", ""]], {Decimal("318.6")}),
    ([["期间", "集群服务收入（万元）", "说明"], ["2021年7月—12月", "146.20", ""], ["2022年1月—6月", "118.50", ""]],
     {Decimal("264.7")}),
    ([["期间", "服务收入（万元）", "说明"], ["2021年1月1日-2021年6月30日", "90.00", ""],
      ["2022年1月1日-2022年6月30日", "142.20", ""]], {Decimal("90"), Decimal("142.2")}),  # a gap: not one span
])
def test_a_figure_stated_for_consecutive_periods_adds_up_over_the_span(rows: list[list[str]], expected: set) -> None:
    facts = stated_amounts(ExtractContext(_document([], rows)), 0.9, "test", frozenset({"service_revenue"}))
    assert _values(facts, "service_revenue") == expected


@pytest.mark.parametrize(("cell", "count"), [
    ("17（其中原始取得14件）", 14), ("17件（其中受让3件）", 14), ("12（含受让2件）", 10), ("12件", 12),
    ("15（其中自主研发15件）", 15),
])
def test_a_copyright_count_counts_only_what_the_guide_counts(cell: str, count: int) -> None:
    facts = statement_facts(ExtractContext(_document([], [["上年度获得软件著作权（件）", cell]], kind="application_form")),
                            0.8, "test")
    assert [f.value for f in facts if f.name == "software_copyright_count"] == [count]


@pytest.mark.parametrize("lines", [
    ["某公司分阶段实施并购：第1轮：2020年9月15日以现金4,200.00万元受让目标公司30%股权；第2轮：2022年3月18日以现金"
     "6,850.00万元受让目标公司35%股权。", "各轮完成后，某公司合计持有目标公司65%股权，其余股东持股均不超过20%。"],
    ["2019年首次收购时以现金4,200万元取得目标公司30%股权。", "本次收购以现金6,850万元受让目标公司35%股权，收购完成后合计持有65%股权。"],
    ["第一次：2020年以现金4,200.00万元收购30%股权；第二次：2022年以现金6,850.00万元收购35%股权，交易完成后累计持股65%。"],
])
def test_a_deal_in_rounds_counts_the_last_round_and_the_holding_after_all(lines: list[str]) -> None:
    facts = stated_amounts(ExtractContext(_document(lines)), 0.9, "test", frozenset({"acquisition_amount"}))
    assert _values(facts, "acquisition_amount") == {Decimal("6850")}
    assert _values(facts, "earlier_round_amount") == {Decimal("4200")}
    shares = statement_facts(ExtractContext(_document(lines)), 0.9, "test")
    assert {str(v) for v in _values(shares, "control_share")} == {"0.65"}


@pytest.mark.parametrize(("line", "wireless", "five_g", "scenes"), [
    ("其中采用无线方式联网240台，通过5G网络连接186台；项目将5G技术应用于协同研发设计、远程设备操控、机器视觉质检等10个场景。",
     240, 186, 10),
    ("无线联网设备402台，其中5G联网设备286台，应用工信部发布的5G应用场景9个。", 402, 286, 9),
])
def test_an_acceptance_opinion_states_devices_and_scenes_in_prose(line: str, wireless: int, five_g: int,
                                                                  scenes: int) -> None:
    from extractors.acceptance import acceptance_facts
    facts = acceptance_facts(ExtractContext(_document([line], kind="acceptance_opinion")))
    assert {f.value for f in facts if f.name == "devices_wireless"} == {wireless}
    assert {f.value for f in facts if f.name == "devices_5g"} == {five_g}
    assert {f.value for f in facts if f.name == "scenario_count_5g"} == {scenes}


@pytest.mark.parametrize("sentence", [
    "二、其中软件及系统集成、云服务类投入：远程运维软件壹佰肆拾贰万伍仟元整，系统集成壹佰贰拾伍万捌仟元整，合计贰佰陆拾捌万叁仟元整。",
    "软件类投入包括：工业软件142.50万元、系统集成125.80万元，共计268.30万元。",
])
def test_a_sum_right_after_its_parts_is_their_figure(sentence: str) -> None:
    facts = _audit([sentence])
    assert _values(facts, "software_investment") == {Decimal("268.3")}
    assert not _values(facts, "total_investment")


@pytest.mark.parametrize("label", ["项目总投入（不含土建、铺底流动资金，万元）", "项目总投入（万元）", "项目总投入（不含税、万元）",
                                   "项目总投入（单位：万元）"])
def test_a_label_names_its_unit_at_the_end_of_its_brackets(label: str) -> None:
    facts = form_facts(ExtractContext(_document([], [[label, "14,400"]], kind="application_form")), 0.8)
    assert _values(facts, "total_investment") == {Decimal("14400")}


def test_a_sentence_opening_on_the_total_lists_its_parts() -> None:
    facts = _audit(["剔除土建投资和铺底流动资金后，项目总投入为35,742,200.00元。",
                    "项目总投入中，智能化生产及检测设备28,364,500.00元；MES、WMS等工业软件1,864,000.00元，"
                    "产线控制系统集成1,287,500.00元，私有云平台及配套服务413,000.00元；设备安装调试费1,652,200.00元。"])
    assert _values(facts, "software_investment") == {Decimal("356.45")}


@pytest.mark.parametrize("sentence", ["三、合计。新增软硬件投入和贷款利息合计8,347,200.00元。",
                                      "软硬件投入及贷款利息共计834.72万元。"])
def test_two_figures_named_together_with_a_total_are_neither(sentence: str) -> None:
    facts = _audit([sentence])
    assert not _values(facts, "loan_interest") and not _values(facts, "hw_sw_investment")
    assert _values(facts, "combined_total") == {Decimal("834.72")}


@pytest.mark.parametrize("sentence", [
    "截至2022年6月30日已投入11,065,800.00元（大写：壹仟壹佰零陆万伍仟捌佰元整），占项目总投入4,200.00万元的26.35%。",
    "截至2022年6月30日，项目总投入为4,200.00万元，已完成投入1,106.58万元。",
])
def test_the_total_named_in_a_cutoff_sentence_stays_the_total(sentence: str) -> None:
    facts = stated_amounts(ExtractContext(_document([sentence], kind="application_form")), 0.8, "test")
    assert _values(facts, "invested_by_cutoff") == {Decimal("1106.58")}
    assert _values(facts, "total_investment") == {Decimal("4200")}


@pytest.mark.parametrize(("line", "software"), [
    ("云南分公司设备款120.00万元", set()), ("私有云平台47.60万元", {Decimal("47.6")}), ("公有云服务费36.00万元", {Decimal("36")}),
    ("云资源及网络费用64.00万元", {Decimal("64")}), ("白云区厂房租赁设备30.00万元", set()),
])
def test_cloud_spend_is_named_by_its_words_not_by_any_cloud_character(line: str, software: set) -> None:
    assert _values(_audit([line]), "software_investment") == software


@pytest.mark.parametrize(("line", "growth"), [
    ("软件业务收入较上年增长14.21%", {Decimal("0.1421")}), ("软件和信息技术服务业务收入增速为12.5%", {Decimal("0.125")}),
    ("2022年度软件和信息技术服务业务收入6,820.00万元，2021年度5,980.00万元，同比增长14.05%。", {Decimal("0.1405")}),
    ("员工人数增长20%", set()),
])
def test_a_growth_rate_is_the_revenue_growth_only_where_it_says_so(line: str, growth: set) -> None:
    facts = statement_facts(ExtractContext(_document([line], kind="audit_report")), 0.9, "test")
    assert _values(facts, "software_revenue_growth") == growth


@pytest.mark.parametrize("header", [["项目", "审定金额（万元）"], ["费用名称", "金额（万元）"]])
def test_a_two_column_table_with_a_money_header_gives_its_amounts(header: list[str]) -> None:
    rows = [header, ["设备购置", "2,600.00"], ["土建工程", "450.00"], ["差旅及会议费", "300.00"], ["合计", "3,350.00"]]
    assert _values(_audit([], rows), "total_investment") == {Decimal("2900")}


def test_a_date_an_amount_is_stated_at_is_not_the_completion() -> None:
    facts = statement_facts(ExtractContext(_document(
        ["项目于2022年3月1日开工，截至2023年2月16日累计完成投资7,215.00万元，目前正在进行设备安装，尚未竣工，计划于2024年6月30日竣工。"],
        kind="application_form")), 0.8, "test")
    assert {str(f.value) for f in facts if f.name == "completion_date"} == {"2024-06-30"}
    assert {str(f.value) for f in facts if f.name == "start_date"} == {"2022-03-01"}


@pytest.mark.parametrize("cell", [
    "3,640.00（其中牵头单位2,860.00，联合单位780.00）",
    "3640.00（其中：申报单位自筹2860.00，合作高校780.00）",
])
def test_a_cell_that_lists_a_partners_share_gives_the_applicants_own(cell: str) -> None:
    document = _document([], [["自2022年7月1日起新增研发投入（万元）", cell]], kind="application_form")
    facts = form_facts(ExtractContext(document), 0.8)
    assert _values(facts, "rd_investment") == {Decimal("2860")}


def test_equal_amounts_in_two_rows_are_two_rows() -> None:
    facts = _audit(["专项审计报告"], [["序号", "内容", "审定金额（万元）"], ["1", "设备A", "312.40"], ["2", "设备B", "312.40"],
                                     ["", "合计", "624.80"]])
    assert _values(facts, "total_investment") == {Decimal("624.8")}
    assert len([f for f in facts if f.value == Decimal("312.4")]) == 2


def test_what_was_paid_is_tax_inclusive_unless_its_column_says_otherwise() -> None:
    facts = _audit(["我们审计了贵公司某项目截至2022年6月30日的投入情况。"],
                   [["序号", "内容", "合同金额（含税，元）", "已开票不含税金额（元）", "已付款（元）"],
                    ["1", "MBR膜组件", "9,887,000.00", "3,920,000.00", "4,429,600.00"],
                    ["", "合计", "9,887,000.00", "3,920,000.00", "4,429,600.00"]])
    paid = [f for f in facts if f.attrs.get("column", "").startswith("已付款") and f.attrs.get("row") == "合计"]
    assert paid and all(f.attrs.get("tax") == "incl_assumed" for f in paid)  # by custom, not as stated


def test_a_tax_column_is_tax_whatever_its_rows_are() -> None:
    facts = _audit(["专项审计报告", "金额单位：人民币元"],
                   [["序号", "投入类别", "含税金额", "税额", "不含税金额"],
                    ["1", "智能化生产设备", "28,735,900.00", "3,305,900.00", "25,430,000.00"],
                    ["2", "工业软件", "3,532,380.00", "406,380.00", "3,126,000.00"],
                    ["3", "系统集成", "1,361,570.00", "77,070.00", "1,284,500.00"],
                    ["", "合计", "33,629,850.00", "3,789,350.00", "29,840,500.00"]])
    software = {f.value for f in facts if f.name == "software_investment" and f.attrs.get("tax") != "incl"}
    assert software == {Decimal("441.05")}
    assert not [f for f in facts if f.attrs.get("column") == "税额" and f.name != "tax_amount"]


def test_an_amount_restated_in_renminbi_keeps_what_it_is() -> None:
    facts = statement_facts(ExtractContext(_document(
        ["经审计，贵公司对目标企业的实际出资额为7,500,000.00欧元，全部为现金，折合人民币52,609,440.00元。"],
        [["序号", "付款日期", "外币金额（欧元）", "购汇汇率", "折合人民币（元）"],
         ["1", "2022-03-25", "3,900,000.00", "6.9952", "27,281,280.00"]])), 0.9, "test")
    assert _values(facts, "acquisition_amount") == {Decimal("5260.944")}
    assert not [f for f in facts if f.value in (Decimal("390"), Decimal("0.00069952"))]


@pytest.mark.parametrize(("title", "sentence", "partner"), [
    ("攻关项目新增研发投入预算（2022年7月1日起）", "项目新增研发投入总计4,100.00万元，由申报单位与合作单位共同承担。", "东南大学（万元）"),
    ("新增研发投入预算表", "研发投入合计4,100.00万元，申报单位和南京理工大学联合投入。", "合作高校（万元）"),
])
def test_a_budget_titled_by_rd_investment_gives_the_applicants_own_column(title: str, sentence: str,
                                                                         partner: str) -> None:
    document = _document([title, sentence], [
        ["费用科目", "申报单位（万元）", partner], ["设备购置费", "1,280.00", ""], ["材料费", "610.00", ""],
        ["人工费", "760.00", ""], ["合作单位自筹研发经费", "", "1,450.00"], ["合计", "2,650.00", "1,450.00"]],
        kind="other")
    facts = statement_facts(ExtractContext(document), 0.8, "test")
    assert _values(facts, "rd_investment") == {Decimal("2650")}
    own = next(f for f in facts if f.name == "rd_investment")
    assert Decimal(own.attrs["gross"]) == Decimal("4100")


@pytest.mark.parametrize(("rows", "figure", "net"), [
    ([["项目计划投资（万元）", "7,260"], ["其中：土建（万元）", "1,120"], ["其中：铺底流动资金（万元）", "297.40"],
      ["开工时间", "2022.03"]], "planned_investment", "5842.60"),
    ([["项目总投资", "4,800万元"], ["其中：设备购置", "3,200万元"], ["其中：土建工程", "900万元"]],
     "total_investment", "3900"),
    ([["项目总投入（万元）", "2,650.00"], ["含：铺底流动资金（万元）", "150.00"], ["申请补助（万元）", "300"]],
     "total_investment", "2500"),
])
def test_a_forms_part_rows_under_its_total_take_out_what_the_guide_excludes(rows: list, figure: str, net: str) -> None:
    form = paper(["2023年度项目入库申报表"], [rows], kind="application_form", path="申报表.docx")
    found = [f for f in extract(form) if f.name == figure]
    assert [f.value for f in found] == [Decimal(net)]
    assert "已扣除" in found[0].provenance.text


def test_a_forms_part_rows_that_the_guide_counts_leave_the_total_alone() -> None:
    form = paper(["2023年度项目入库申报表"], [[["项目总投资（万元）", "4,800"], ["其中：设备购置（万元）", "3,200"],
                                            ["其中：软件（万元）", "1,600"]]], kind="application_form", path="申报表.docx")
    assert [f.value for f in extract(form) if f.name == "total_investment"] == [Decimal("4800")]
