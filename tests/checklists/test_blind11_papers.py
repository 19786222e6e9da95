"""Papers the eleventh blind set (corpus/frozen11) showed, in several wordings: a designation of another kind
than the one the category requires (专精特新中小企业 for 小巨人, a 培育单位, a 示范车间 for a 示范工厂) fails with what
is held named; a procedure's public notice (拟审批公示, 受理公示, 征求意见稿) is not its approval; a copyright
register's 上年度 count is its registrations dated in that year, less the transferred ones, not its 合计; a
yearly average (2019-2021年年均收入) from the years' separate audits."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checklists.averages import with_averages
from checklists.conditions import evaluate_condition
from checklists.resolve import Resolved
from checklists.row_counts import with_row_counts
from extractors.certificate import designation_facts
from extractors.context import ExtractContext
from extractors.model import Fact
from grantcheck.model import Provenance
from ingest.classify import classify
from ingest.model import DocStatus, Document, Line, Page
from tests.checklists.test_blind6_conditions import GUIDE
from tests.checklists.test_categories import Packet

APPLICANT = "连云港海晟精密模具有限公司"


def _certificate(lines: list[str], path: str = "省级专精特新企业证书.pdf") -> Document:
    page = Page(number=1, lines=tuple(Line(text=t) for t in lines))
    return Document(path=path, media_type="application/pdf", status=DocStatus.ok, pages=(page,),
                    kind="designation_certificate", kind_confidence=0.9)


def _designation_check(category: str, condition_id: str, lines: list[str]):  # noqa: ANN202
    document = _certificate(lines)
    condition = next(c for c in GUIDE.categories[category].conditions if c.id == condition_id)
    packet = Packet(figures={"applicant_name": APPLICANT}, designations=designation_facts(ExtractContext(document)),
                    texts={document.path: document.text}, kinds={document.path: "designation_certificate"})
    return evaluate_condition(condition, packet.evidence())


@pytest.mark.parametrize(("category", "condition_id", "lines", "held"), [
    # the certificate of the lower tier, scanned sideways and read by OCR line by line
    ("specialized-sme", "little_giant_valid",
     ["证书", f"{APPLICANT}：", "经企业申报、各地推荐、专家评审和网上公示，你单位被认定为", "江苏省专精特新中小企业",
      "证书编号：JS-ZJTX-2021-0617", "有效期：2021年12月至2024年12月", "江苏省工业和信息化厅", "二〇二一年十二月"],
     "江苏省专精特新中小企业"),
    ("specialized-sme", "little_giant_valid",
     ["江苏省工业和信息化厅", "关于公布2022年度江苏省创新型中小企业名单的通知", f"附件：名单 1. {APPLICANT}",
      "江苏省工业和信息化厅", "2022年8月30日"], "江苏省创新型中小企业"),
    ("specialized-sme", "little_giant_valid",
     ["连云港市工业和信息化局", "关于公布2022年度专精特新小巨人培育企业名单的通知", f"{APPLICANT} 列入培育名单",
      "连云港市工业和信息化局", "2022年6月1日"], "专精特新小巨人培育企业"),
    ("smart-factory", "designation_held",
     ["江苏省工业和信息化厅", "关于公布2021年江苏省智能制造示范车间名单的通知", f"{APPLICANT} 精密模具加工车间",
      "江苏省工业和信息化厅", "2021年12月20日"], "智能制造示范车间"),
    ("innovation-center", "center_approved_recently",
     ["江苏省工业和信息化厅", "关于公布2021年度省级制造业创新中心培育单位名单的通知", f"{APPLICANT}（牵头）",
      "江苏省工业和信息化厅", "2021年9月10日"], "制造业创新中心培育单位"),
])
def test_a_designation_of_another_kind_fails_naming_what_is_held(category: str, condition_id: str, lines: list[str],
                                                                   held: str) -> None:
    check = _designation_check(category, condition_id, lines)
    assert check is not None and check.status == "fail", check and check.message
    assert "所持为" in check.message and held in check.message and "，非" in check.message, check.message


@pytest.mark.parametrize(("category", "condition_id", "lines"), [
    ("specialized-sme", "little_giant_valid",
     ["证书", f"{APPLICANT}：", "你单位被认定为2021年度江苏省专精特新“小巨人”企业（由专精特新中小企业中遴选）",
      "有效期至2024年12月31日", "江苏省工业和信息化厅", "2021年12月20日"]),
    ("smart-factory", "designation_held",
     ["江苏省工业和信息化厅", "关于公布2021年江苏省智能制造示范工厂名单的通知（含示范车间）", f"{APPLICANT} 智能制造示范工厂",
      "江苏省工业和信息化厅", "2021年12月20日"]),
])
def test_the_required_designation_passes_though_the_paper_names_another_kind_too(category: str, condition_id: str,
                                                                                  lines: list[str]) -> None:
    check = _designation_check(category, condition_id, lines)
    assert check is not None and check.status == "pass", check and check.message


def test_another_kinds_paper_not_naming_the_applicant_proves_nothing() -> None:
    check = _designation_check("specialized-sme", "little_giant_valid",
                               ["证书", "南京某某机械有限公司：", "你单位被认定为江苏省专精特新中小企业", "江苏省工业和信息化厅"])
    assert check is not None and check.status == "missing", check and check.message


def test_the_category_title_on_a_certificate_is_no_designation() -> None:
    facts = designation_facts(ExtractContext(_certificate(["专精特新中小企业能力提升项目", "申报单位：某公司"])))
    assert not facts


def _kind(lines: list[str], name: str) -> str:
    page = Page(number=1, lines=tuple(Line(text=t) for t in lines))
    return classify(Document(path=name, media_type="application/pdf", status=DocStatus.ok, pages=(page,))).kind


@pytest.mark.parametrize(("lines", "name"), [
    (["2022/11/21上午9:42 淮安市生态环境局-建设项目环境影响评价文件拟审批公示", "淮安市生态环境局",
      "建设项目环境影响评价文件拟作出审批意见的公示", "公示期为2022年11月14日—2022年11月18日（5个工作日）。"],
     "环评公示（网页打印）.pdf"),
    (["苏州市生态环境局", "建设项目环境影响评价文件受理情况公示", "我局受理了以下建设项目环境影响评价文件"], "环评批复.pdf"),
    (["关于某某精密部件扩产项目环境影响报告表报批前公示", "建设单位：江苏某某机械有限公司"], "附件5 环评.pdf"),
    (["某某智能化改造项目环境影响评价第二次公示", "公众可通过信函、电话反映意见"], "环评.pdf"),
    (["常州市行政审批局", "关于固定资产投资项目节能审查拟批复意见的公示", "公示期：2022年10月8日至10月14日"], "节能审查意见.pdf"),
    (["某某项目环境影响报告书（征求意见稿）", "江苏某某环境科技有限公司编制"], "环评报告.pdf"),
])
def test_a_procedures_public_notice_is_not_its_approval(lines: list[str], name: str) -> None:
    assert _kind(lines, name) == "other"


@pytest.mark.parametrize(("lines", "name", "kind"), [
    (["淮安市生态环境局", "淮环审〔2022〕58号", "关于江苏某某机械有限公司改造项目环境影响报告表的批复",
      "你公司报送的《报告表》收悉，经公示期满无异议，批复如下："], "环评批复.pdf", "eia_approval"),
    (["常州市行政审批局", "关于某某项目节能报告的审查意见", "常审批〔2022〕112号"], "节能审查.pdf", "energy_review"),
])
def test_an_approval_mentioning_its_notice_stays_the_approval(lines: list[str], name: str, kind: str) -> None:
    assert _kind(lines, name) == kind


def _copyright_rows(registered: list[tuple[str, str]]) -> list[tuple[str, Fact]]:
    return [("other", Fact(name="software_copyright_registration", value=f"{on[:4]}SR{1073519 + i}", unit="text",
                           confidence=0.9, attrs={"row_date": on, **({"transferred": "1"} if how == "受让" else {})},
                           provenance=Provenance(document="软件著作权登记情况表.pdf", page=1 + i // 10,
                                                 locator=f"t1r{i % 10 + 2}c3", text=f"{on[:4]}SR{1073519 + i}")))
            for i, (on, how) in enumerate(registered)]


def _form_says(count: int) -> Resolved:
    fact = Fact(name="software_copyright_count", value=count, unit="count", confidence=0.8,
                provenance=Provenance(document="申报表.docx", locator="t1r6c2", text=f"{count}（均为原始取得）"))
    return Resolved("software_copyright_count", count, "count", 0.8, [fact], kinds=("application_form",))


LEAD = GUIDE.categories["lead-software-enterprise"]


@pytest.mark.parametrize(("registered", "stated", "counted"), [
    # 2021 on page 1 (one 受让), 2022 on page 2 after a 续表 header; the form and the 合计 say 16
    ([(f"2021-{m:02d}-08", "受让" if m == 6 else "原始") for m in range(2, 11)] +
     [(f"2022-{m:02d}-18", "原始") for m in range(1, 8)], 16, 8),
    # a register to 2022-06-30 starting in 2020: only the 2021 registrations count
    ([("2020-11-03", "原始"), ("2020-12-15", "原始")] + [(f"2021-{m:02d}-20", "原始") for m in range(1, 13)] +
     [("2022-03-01", "原始")], 15, 12),
    # every registration in 2021, two of them transferred
    ([(f"2021-{m:02d}-01", "受让" if m in (3, 9) else "原始") for m in range(1, 13)], 10, 10),
])
def test_last_years_original_registrations_are_counted_by_their_date(registered, stated: int, counted: int) -> None:
    got = with_row_counts({"software_copyright_count": _form_says(stated)}, _copyright_rows(registered), LEAD)
    assert got["software_copyright_count"].value == counted, got["software_copyright_count"].note
    check = evaluate_condition(next(c for c in LEAD.conditions if c.id == "copyrights_min"),
                               Packet(figures={"software_copyright_count": counted}).evidence())
    assert check is not None and check.status == ("pass" if counted >= 10 else "fail")


def test_a_register_without_dates_leaves_the_count_to_the_papers() -> None:
    rows = [(kind, fact.model_copy(update={"attrs": {}})) for kind, fact in
            _copyright_rows([("2021-01-01", "原始")] * 12)]
    assert with_row_counts({"software_copyright_count": _form_says(12)}, rows, LEAD)["software_copyright_count"].value == 12


def test_a_register_listing_fewer_than_the_form_states_does_not_overrule_it() -> None:
    rows = _copyright_rows([(f"2021-0{m}-01", "原始") for m in range(1, 6)])
    assert with_row_counts({"software_copyright_count": _form_says(12)}, rows, LEAD)["software_copyright_count"].value == 12


TRAINING = GUIDE.categories["talent-training"]


def _revenue(year: int, value: str, document: str | None = None, kind: str = "audit_report",
             column: str | None = None) -> tuple[str, Fact]:
    column = column or f"{year}年度（元）"
    return (kind, Fact(name="revenue", value=Decimal(value), unit="万元", confidence=0.9,
                       attrs={"context": f"一、营业收入 {column}", "row": "一、营业收入", "column": column},
                       provenance=Provenance(document=document or f"{year}年度审计报告.pdf", page=1, locator="t1r2c2",
                                             text=value)))


@pytest.mark.parametrize(("facts", "average"), [
    # three separate audits, the middle year below the floor alone
    ([_revenue(2019, "612.48"), _revenue(2020, "386.15"), _revenue(2021, "598.72")], Decimal("532.45")),
    # one audit with two years' columns (the earlier kept under its year) and another audit for 2019
    ([_revenue(2021, "700.00", "2021年审计报告.pdf"),
      ("audit_report", Fact(name="earlier_year_amount", value=Decimal("450.00"), unit="万元", confidence=0.9,
                            attrs={"figure": "revenue", "year": "2020", "context": "营业收入 2020年度"},
                            provenance=Provenance(document="2021年审计报告.pdf", page=1, text="450.00"))),
      _revenue(2019, "380.00", "2019年审计报告.pdf")], Decimal("510.00")),
])
def test_a_yearly_average_comes_from_the_years_audits(facts, average: Decimal) -> None:
    got = with_averages({}, facts, TRAINING)["average_revenue"]
    assert got.value == average and "年均" in got.note
    check = evaluate_condition(next(c for c in TRAINING.conditions if c.id == "average_revenue_min"),
                               Packet(figures={"average_revenue": got.value}).evidence())
    assert check is not None and check.status == "pass"


@pytest.mark.parametrize("facts", [
    [_revenue(2020, "386.15"), _revenue(2021, "598.72")],  # a year's audit missing
    [_revenue(2019, "612.48"), _revenue(2020, "386.15"), _revenue(2021, "598.72"),
     _revenue(2021, "612.00", "2021年度审计报告（另本）.pdf")],  # a year read two ways
    [_revenue(2019, "612.48", kind="application_form"), _revenue(2020, "386.15"), _revenue(2021, "598.72")],  # not audited
])
def test_no_average_without_every_years_audited_figure(facts) -> None:
    assert "average_revenue" not in with_averages({}, facts, TRAINING)


def test_an_audit_stating_the_average_stands() -> None:
    stated = Fact(name="average_revenue", value=Decimal("540.00"), unit="万元", confidence=0.9,
                  provenance=Provenance(document="审计报告.pdf", page=1, text="近三年年平均营业收入540.00万元"))
    figures = {"average_revenue": Resolved("average_revenue", stated.value, "万元", 0.9, [stated], kinds=("audit_report",))}
    facts = [_revenue(2019, "612.48"), _revenue(2020, "386.15"), _revenue(2021, "598.72")]
    assert with_averages(figures, facts, TRAINING)["average_revenue"].value == Decimal("540.00")
