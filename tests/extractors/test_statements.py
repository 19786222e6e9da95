"""How applicants write the figures of the categories: counts (with 亿/万), percentages, amounts named
by a table label's unit, the 截至2022年6月30日 qualifier, text fields and the application date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from checklists.as_of import at_guide_cutoff
from extractors.context import ExtractContext
from extractors.forms import form_facts
from extractors.registry import extract
from extractors.statements import statement_facts
from ingest.model import Cell, DocStatus, Document, Line, Page, Table
from tests.extractors.paper import paper


def _document(lines: list[str], rows: list[list[str]] | None = None, kind: str = "application_form") -> Document:
    tables = ()
    if rows:
        cells = tuple(tuple(Cell(row=r, col=c, text=t) for c, t in enumerate(row)) for r, row in enumerate(rows))
        tables = (Table(index=0, rows=cells),)
    page = Page(number=1, lines=tuple(Line(text=t) for t in lines), tables=tables)
    return Document(path="x.pdf", media_type="application/pdf", status=DocStatus.ok, page_count=1, pages=(page,),
                    kind=kind, kind_confidence=0.9)


def _facts(lines: list[str], rows: list[list[str]] | None = None) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    for fact in statement_facts(ExtractContext(_document(lines, rows)), 0.9, "test"):
        found.setdefault(fact.name, []).append(fact.value)
    return found


@pytest.mark.parametrize(("line", "name", "value"), [
    ("累计标识注册量2.35亿", "identifier_registrations", 235_000_000),
    ("累计标识解析量 1.26 亿次", "identifier_resolutions", 126_000_000),
    ("接入企业1,260家", "connected_enterprise_count", 1260),
    ("接入企业0.12万家", "connected_enterprise_count", 1200),
    ("累计开展标识应用推广活动8场", "promotion_event_count", 8),
    ("其中免费供省内节点企业使用的软件12款", "free_app_count", 12),
    ("以优惠价供省内节点企业使用的软件11款", "discounted_app_count", 11),
    ("上架标识应用软件产品66款", "listed_app_count", 66),
    ("服务二级节点12家", "served_node_count", 12),
    ("软件产品服务企业1350家", "served_enterprise_count", 1350),
    ("牵头编制发布集群图谱、白皮书、咨询报告等24个", "publication_count", 24),
    ("其中与工信部门联合开展线下公益服务活动2场", "joint_event_count", 2),
    ("开展公益性公共服务活动10场", "public_event_count", 10),
    ("上年度获得软件著作权14件（均为原始取得）", "software_copyright_count", 14),
    ("合作期5年", "cooperation_years", 5),
    ("拥有发明专利12项、软件著作权8项", "software_copyright_count", 8),  # the 12 belongs to 专利
    ("时长3.5天（含）以上的班次10个", "class_count", 10),
    ("每个班次学员不少于60人", "min_class_size", 60),
    ("学员来自省内6个设区市", "city_count", 6),
    ("近三年年均培训1500人次", "annual_trainee_count", 1500),
    ("并购完成后持股比例为51%", "control_share", Decimal("0.51")),
    ("发起方持有目标公司60%的股权", "control_share", Decimal("0.6")),
    ("受让常州精工传动科技有限公司60%股权", "acquired_share", Decimal("0.6")),  # holding after: a fallback
    ("并购后占目标公司55%股份", "control_share", Decimal("0.55")),
    ("累计解析量1.3亿次", "identifier_resolutions", 130_000_000),
    ("接入企业1100余家", "connected_enterprise_count", 1100),
    ("公司上年度软件业务收入较上年增长15.2%", "software_revenue_growth", Decimal("0.152")),
    ("本机构现有专职工作人员18人", "staff_count", 18),
    ("举办产业链对接活动15场", "exchange_event_count", 15),
    ("其中与市工信局联合举办线下公益服务活动3场", "joint_event_count", 3),  # a public body's name is kept
    ("中小微企业服务满意度 95.5％", "satisfaction_rate", Decimal("0.955")),
    ("业务收入同比增长12.5%", "software_revenue_growth", Decimal("0.125")),
    ("免费公益性服务和低收费服务占总服务的比例为35%", "free_service_share", Decimal("0.35")),
])
def test_counts_and_percentages_in_prose(line: str, name: str, value: object) -> None:
    assert _facts([line]).get(name) == [value]


@pytest.mark.parametrize("line", [
    "项目于2022年5月开工建设",  # a year is not a count
    "投入资金200万元",  # money is not a count
    "5G网络全面覆盖",  # 5G is a name
    "时长3.5天的班次",  # a duration
])
def test_what_is_not_a_count(line: str) -> None:
    counts = {k: v for k, v in _facts([line]).items() if k.endswith(("_count", "_years")) or "identifier" in k}
    assert counts == {}


@pytest.mark.parametrize(("rows", "name", "value"), [
    ([["累计标识注册量（亿）", "2.35"]], "identifier_registrations", 235_000_000),
    ([["接入企业数量（家）", "1260"]], "connected_enterprise_count", 1260),
    ([["服务满意度", "95%"]], "satisfaction_rate", Decimal("0.95")),
    ([["新增研发投入（万元）", "3,600.00"]], "rd_investment", Decimal("3600")),
    ([["投资预算（万元，不含税）", "1200"]], "investment_budget", Decimal("1200")),
    ([["上年度软件和信息技术服务业务收入（万元）", "6,800.00"]], "software_revenue", Decimal("6800")),
    ([["注册资本", "800.00万元"]], "registered_capital", Decimal("800")),
    ([["实际出资额（万元）", "8000"]], "acquisition_total", Decimal("8000")),
    ([["其中现金支付（万元）", "6000"]], "acquisition_amount", Decimal("6000")),
])
def test_label_value_tables(rows: list[list[str]], name: str, value: object) -> None:
    assert _facts([], rows).get(name) == [value]


def test_label_value_rows_are_fully_trusted_even_when_the_label_says_budget() -> None:
    facts = statement_facts(ExtractContext(_document([], [["投资预算（万元）", "1200"]])), 0.8, "test")
    assert [f.confidence for f in facts if f.name == "investment_budget"] == [0.8]


@pytest.mark.parametrize(("line", "name", "as_of"), [
    ("截至2022年6月30日，项目已完成投资780.00万元", "invested_to_date", "2022-06-30"),
    ("截止2022年6月30日项目累计投入780万元", "invested_to_date", "2022-06-30"),
    ("截至2022年6月底，已累计完成投资780万元", "invested_to_date", "2022-06-30"),
    ("2022年6月30日前已投入780万元", "invested_to_date", "2022-06-30"),
    ("截至2022年10月31日，项目累计投入780万元", "invested_to_date", "2022-10-31"),
    ("项目总投入780.00万元", "total_investment", None),
    ("项目建设期2021年1月1日至2022年6月30日，总投入780万元", "total_investment", None),
])
def test_amounts_stated_at_a_date_carry_it(line: str, name: str, as_of: str | None) -> None:
    facts = [f for f in form_facts(ExtractContext(_document([line])), 0.8) if f.unit == "万元"]
    assert [(f.name, f.attrs.get("as_of")) for f in facts] == [(name, as_of)]


@pytest.mark.parametrize(("line", "cutoff", "completed", "names"), [
    # a project that was still being built at the cutoff: what it had invested by then, not its total
    ("截至2022年6月30日，项目已完成投资780.00万元", date(2022, 6, 30), date(2023, 10, 31), ["invested_by_cutoff"]),
    ("截至2022年6月底，已累计完成投资780万元", date(2022, 6, 30), date(2023, 3, 1), ["invested_by_cutoff"]),
    # finished before the date it is stated at: the total as well
    ("截至2022年6月30日，项目已完成投资780.00万元", date(2022, 6, 30), date(2022, 3, 28),
     ["invested_by_cutoff", "total_investment"]),
    # another year's guide counts to its own cutoff: the same sentence is then the total as stated
    ("截至2022年6月30日，项目已完成投资780.00万元", date(2023, 6, 30), None, ["total_investment"]),
    ("截至2022年10月31日，项目累计投入780万元", date(2022, 6, 30), date(2023, 12, 31), ["invested_to_date"]),
    ("截至2022年10月31日，项目累计投入780万元", date(2022, 6, 30), None, ["total_investment"]),
])
def test_the_guide_cutoff_decides_what_a_dated_amount_is(line: str, cutoff: date, completed: date | None,
                                                         names: list[str]) -> None:
    facts = [f for f in form_facts(ExtractContext(_document([line])), 0.8) if f.unit == "万元"]
    assert [[n.name for n in at_guide_cutoff(f, cutoff, completed)] for f in facts] == [names]


@pytest.mark.parametrize(("lines", "rows", "value"), [
    (["攻关方向：面向云原生架构的中间件"], None, "面向云原生架构的中间件"),
    ([], [["攻关方向", "EDA 设计工具"]], "EDA设计工具"),  # normalised: spaces next to CJK dropped
    (["项目名称：某某项目"], None, None),
])
def test_declared_direction(lines: list[str], rows: list[list[str]] | None, value: str | None) -> None:
    assert _facts(lines, rows).get("declared_direction", [None]) == [value]


def test_application_date_is_the_labelled_one_not_the_last_table_cell() -> None:
    document = _document(["某某项目申报书", "申报日期：2023年3月10日"], [["项目完成时间", "2023年12月31日"]])
    dates = [f.value for f in form_facts(ExtractContext(document), 0.8) if f.name == "application_date"]
    assert dates == [date(2023, 3, 10)]


def test_a_full_date_under_an_amount_header_is_a_date() -> None:
    rows = [["目标企业", "实际出资额（万元）", "工商变更完成日期"], ["常州精工传动科技有限公司", "6,000.00", "2021-06-18"]]
    facts = form_facts(ExtractContext(_document([], rows)), 0.8)
    assert [(f.name, f.value) for f in facts if f.name in ("completion_date", "acquisition_total")] == [
        ("completion_date", date(2021, 6, 18)), ("acquisition_total", Decimal("6000"))]


@pytest.mark.parametrize(("rows", "name", "value"), [
    ([["每期人数", "不少于60人"]], "min_class_size", 60),
    ([["接入企业数量", "1100余家"]], "connected_enterprise_count", 1100),
    ([["覆盖设区市", "苏州、无锡、扬州、泰州、徐州、连云港"]], "city_count", 6),
    ([["项目预算（万元）", "295"]], "investment_budget", Decimal("295")),
])
def test_form_cells_written_loosely(rows: list[list[str]], name: str, value: object) -> None:
    assert _facts([], rows).get(name) == [value]


def test_a_list_after_a_colon_is_not_the_heading_s_count() -> None:
    found = _facts(["培训班次安排：苏南地区5期、苏中地区4期、苏北地区3期。", "培训总人数：不少于1000人"])
    assert found.get("class_count") is None and found.get("trainee_count") == [1000]


def test_an_organisation_s_name_does_not_name_an_amount() -> None:
    line = "南京智汇企业管理咨询有限公司2019年度营业收入为780万元。"
    facts = form_facts(ExtractContext(_document([line])), 0.8)
    assert [f.name for f in facts if f.unit == "万元"] == []


@pytest.mark.parametrize(("line", "name", "value"), [
    ("开展公益性公共服务活动11场，其中与常州市工业和信息化局联合开展2场。", "joint_event_count", 2),
    ("全年举办公益活动12场，其中会同市经信委共同举办3场。", "joint_event_count", 3),
    ("期间线下服务省内中小微企业236家。", "served_enterprise_count", 236),
])
def test_event_and_service_counts_in_a_platforms_report(line: str, name: str, value: int) -> None:
    assert _facts([line]).get(name) == [value]


def test_an_amount_is_never_a_count() -> None:
    facts = _facts(["其中服务设备购置1,320,000.00元，运营管理及服务中小微企业支出3,365,000.00元。"])
    assert "served_enterprise_count" not in facts


@pytest.mark.parametrize("second_row", [
    ["项目名称", "高精度齿轮智能制造示范工厂建设项目", "申报方向", "智能制造示范工厂"],
    ["项目名称", "年产20万套新能源汽车零部件智能化改造项目", "所属行业", "汽车零部件制造"],
    ["项目名称", "工业互联网平台建设项目", "建设地点", "苏州工业园区"],
])
@pytest.mark.parametrize("first_row", [
    ["申报单位", "江苏恒远精工机械有限公司", "统一社会信用代码", "91320282MA1W8XQ21K"],
    ["申报单位", "恒远精工", "联系人", "周敏"],  # no 公司, no code: a row of labels and values all the same
])
def test_a_form_rows_fields_are_not_the_next_rows_column_captions(first_row: list[str], second_row: list[str]) -> None:
    form = paper(["2023年度项目申报表"], [[first_row, second_row, ["项目总投入（万元）", "4,280.50", "其中：软件投入（万元）", "612.30"]]],
                 kind="application_form", path="申报表.docx")
    facts = {f.name: f.value for f in extract(form)}
    assert facts["project_name"] == second_row[1]
