"""Conditions the seventh blind set (corpus/frozen7) showed, in several wordings: a statement that denies what
would rule a project out, a grant of this fund disclosed, a company applying where public bodies apply, an
acceptance the applicant held itself, a target company's licence beside the applicant's, and a form's total
that another paper shows to hold 土建; and from the eighth (frozen8): rows adding up to a stated total, a form
total without the interest, no recommending unit, an acceptance before completion."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checklists.conditions import evaluate_condition
from checklists.crossdoc import applicant_consistency
from checklists.evaluate import resolve_all
from checklists.materials import material_check
from extractors.model import Fact
from grantcheck.model import Provenance
from ingest.model import DocStatus, Document, Line, Page
from tests.checklists.test_blind6_conditions import GUIDE, _check
from tests.checklists.test_categories import Packet


@pytest.mark.parametrize(("text", "fails"), [
    ("本次交易不属于同一母公司控制下的子公司间交易。", False),
    ("收购方与转让方不存在关联关系，本次收购并非同一控制下的企业合并。", False),
    ("声明：交易双方不受同一实际控制人控制，不属于同一控制下的企业合并。", False),
    ("本次交易属于同一控制下的企业合并，按账面价值计量。", True),
    ("经核查，不存在其他交易事项。本次股权转让系同一母公司控制下的子公司之间的股权转让。", True),
])
def test_a_statement_denying_a_merger_inside_one_group_rules_nothing_out(text: str, fails: bool) -> None:
    check = _check("merger-acquisition", "not_within_one_group", {"声明.pdf": ("other", text)})
    assert (check is not None and check.status == "fail") is fails, check and check.message


@pytest.mark.parametrize(("text", "fails"), [
    ("近两年获得省级财政专项资金支持情况：2021年11月获2021年度省工业和信息产业转型升级专项资金（专精特新中小企业能力提升项目）"
     "补助86.40万元；2022年未获得省级专项资金支持。", True),
    ("其他事项：贵公司于2022年3月收到省工业和信息产业转型升级专项资金补助50.00万元。", True),
    ("公司2021年度获批本专项资金支持一项。", True),
    ("本企业2021-2022年未获得过本专项资金支持。", False),
    ("2021-2022年是否获得本专项资金支持：否", False),
    ("2021-2022年获本专项资金支持情况 | 无", False),
    ("2021-2022年获本专项资金支持情况：2021年获本专项资金补助50万元", True),
    ("2020年获得省工业和信息产业转型升级专项资金补助120万元。", False),
    ("2021年获得省级战略性新兴产业发展专项资金支持200万元。", False),
])
def test_a_grant_of_this_fund_in_2021_or_2022_disclosed(text: str, fails: bool) -> None:
    check = _check("specialized-sme", "funded_2021_2022", {"申报表.docx": ("application_form", text)})
    assert (check is not None and check.status == "fail") is fails, check and check.message


@pytest.mark.parametrize("category", ["major-event", "major-exhibition"])
@pytest.mark.parametrize(("name", "status"), [
    ("江苏智汇会展服务有限公司", "fail"), ("南京国际展览股份有限公司", "fail"), ("苏州博览会务有限责任公司", "fail"),
    ("南通市工业和信息化局", "pass"), ("苏州工业园区管理委员会", "pass"), ("江苏省贸促会", "review"),
])
def test_a_company_where_public_bodies_apply(category: str, name: str, status: str) -> None:
    check = _check(category, "applicant_type", {}, applicant_name=name)
    assert check is not None and check.status == status, check and check.message


def _paper(path: str, kind: str, lines: list[str]) -> Document:
    page = Page(number=1, lines=tuple(Line(text=t) for t in lines))
    return Document(path=path, media_type="application/pdf", status=DocStatus.ok, page_count=1, pages=(page,),
                    kind=kind, kind_confidence=0.9)


ACCEPTANCE = next(m for m in GUIDE.categories["data-productization"].materials if m.id == "acceptance_opinion")


@pytest.mark.parametrize(("lines", "recommender", "status"), [
    (["项目竣工验收报告", "验收组织单位 苏州数岚信息科技有限公司（项目管理办公室）", "同意通过竣工验收。",
      "苏州数岚信息科技有限公司（盖章）"], "苏州工业园区经济发展委员会", "missing"),
    (["项目验收意见", "2022年9月14日，苏州市工业和信息化局组织召开验收会。", "专家组一致同意该项目通过验收。"],
     "苏州市工业和信息化局", "pass"),
    (["验收意见", "苏州工业园区经济发展委员会组织专家对项目进行了验收，同意通过验收。"], None, "pass"),
    (["项目验收意见", "江苏省国信集团有限公司组织对所属企业项目进行验收，同意通过验收。"], "江苏省国信集团有限公司", "pass"),
])
def test_an_acceptance_the_applicant_held_itself_is_not_the_recommending_units(lines: list[str],
                                                                               recommender: str | None,
                                                                               status: str) -> None:
    check = material_check(ACCEPTANCE, [_paper("验收.pdf", "acceptance_opinion", lines)], [], recommender)
    assert check.status == status, check.message


def _fact(name: str, value: object, document: str, **attrs: str) -> Fact:
    return Fact(name=name, value=value, unit="万元" if isinstance(value, Decimal) else "text", confidence=0.9,
                provenance=Provenance(document=document, page=1, text=str(value)), attrs=attrs)


def test_a_target_companys_licence_beside_the_applicants_is_not_an_inconsistency() -> None:
    facts = [("application_form", _fact("applicant_name", "江苏鼎翔新材料集团股份有限公司", "申报表.docx")),
             ("application_form", _fact("applicant_uscc", "913211127326501804", "申报表.docx")),
             ("business_license", _fact("applicant_uscc", "913211127326501804", "营业执照.pdf")),
             ("business_license", _fact("applicant_uscc", "91341171560271845D", "目标公司营业执照.jpg"))]
    consistency = next(r for r in applicant_consistency(facts) if r.name == "applicant_consistency")
    assert consistency.value == "consistent"
    alone = [pair for pair in facts if pair[1].provenance.document != "营业执照.pdf"]
    assert next(r for r in applicant_consistency(alone) if r.name == "applicant_consistency").value == "inconsistent"


def test_a_forms_total_another_paper_shows_to_hold_construction_gives_way_to_the_net_planned_total() -> None:
    facts = [("application_form", _fact("total_investment", Decimal("3680"), "申报表.docx")),
             ("performance_form", _fact("total_investment", Decimal("3680"), "绩效表.docx")),
             ("audit_report", _fact("planned_investment", Decimal("3160"), "审计.pdf", gross="3680", excluded="520",
                                    derived="net_of_excluded"))]
    figures = resolve_all(facts, GUIDE)
    assert "total_investment" not in figures and figures["planned_investment"].value == Decimal("3160")


def test_every_common_condition_a_category_sets_aside_exists() -> None:
    common = {c.id for c in GUIDE.common_conditions}
    for category in GUIDE.categories.values():
        assert set(category.not_common) <= common, category.code


@pytest.mark.parametrize(("holding", "status"), [("indirect", "review"), (None, "pass")])
def test_a_majority_reached_only_through_a_subsidiary_is_for_a_reviewer(holding: str | None, status: str) -> None:
    condition = next(c for c in GUIDE.categories["merger-acquisition"].conditions if c.id == "control_share_min")
    evidence = Packet(figures={"control_share": Decimal("0.55")}).evidence()
    figure = evidence.figures["control_share"]
    figure.sources = [_fact("control_share", Decimal("0.55"), "审计.pdf", **({"holding": holding} if holding else {}))]
    check = evaluate_condition(condition, evidence)
    assert check is not None and check.status == status, check and check.message


def test_a_total_stated_beside_rows_adding_up_to_it_has_no_rivals() -> None:
    rows = [_fact("loan_interest", Decimal(v), "审计.pdf", row=bank, column="利息金额")
            for v, bank in (("117.348948", "农业银行"), ("41.947223", "江苏银行"))]
    rows = [f.model_copy(update={"provenance": f.provenance.model_copy(update={"locator": f"t2r{i}c4"})})
            for i, f in enumerate(rows, start=2)]
    facts = [("audit_report", _fact("loan_interest", Decimal("159.296171"), "审计.pdf"))] + \
        [("audit_report", f) for f in rows]
    interest = resolve_all(facts, GUIDE)["loan_interest"]
    assert interest.value == Decimal("159.296171") and interest.status == "ok"


@pytest.mark.parametrize(("form", "agree"), [("655.40", True), ("814.70", True), ("974.00", True), ("700.00", False)])
def test_a_forms_total_with_or_without_the_interest_agrees(form: str, agree: bool) -> None:
    from checklists.crossdoc import total_agreement
    from checklists.resolve import Resolved

    audit = _fact("total_investment", Decimal("814.70"), "审计.pdf")
    facts = [("audit_report", audit), ("performance_form", _fact("total_investment", Decimal(form), "绩效表.docx"))]
    total = Resolved("total_investment", Decimal("814.70"), "万元", 0.95, [audit])
    interest = Resolved("loan_interest", Decimal("159.30"), "万元", 0.95, [_fact("loan_interest", Decimal("159.30"), "审计.pdf")])
    assert (total_agreement(facts, total, interest)[0].value == "agree") is agree


@pytest.mark.parametrize(("figures", "status"), [
    ({"recommending_unit": "苏州市工业和信息化局"}, "pass"), ({}, "missing")])
def test_a_packet_that_names_no_recommending_unit(figures: dict, status: str) -> None:
    condition = next(c for c in GUIDE.common_conditions if c.id == "recommending_unit_named")
    check = evaluate_condition(condition, Packet(figures=figures).evidence())
    assert check is not None and check.status == status


@pytest.mark.parametrize(("acceptance", "status"), [("2022-06-16", "review"), ("2022-06-28", "pass"), ("2022-09-14", "pass")])
def test_an_acceptance_before_the_completion_it_accepts(acceptance: str, status: str) -> None:
    from datetime import date

    condition = next(c for c in GUIDE.common_conditions if c.id == "accepted_after_completion")
    packet = Packet(figures={"completion_date": date(2022, 6, 28), "acceptance_date": date.fromisoformat(acceptance)})
    check = evaluate_condition(condition, packet.evidence())
    assert check is not None and check.status == status, check.message
    assert evaluate_condition(condition, Packet(figures={"completion_date": date(2022, 6, 28)}).evidence()) is None


@pytest.mark.parametrize(("stated", "by_cutoff"), [("762.55", Decimal("650.55")), ("800.00", None)])
def test_an_audit_past_the_cutoff_with_dated_items_gives_what_was_invested_by_then(stated: str,
                                                                                   by_cutoff: Decimal | None) -> None:
    from datetime import date

    from checklists.as_of import dated_rows_by_cutoff

    items = [("2021-10-28", "148.60"), ("2021-11-30", "125.80"), ("2021-12-20", "38.00"), ("2022-03-18", "139.20"),
             ("2022-05-12", "92.65"), ("2022-06-16", "106.30"), ("2022-08-22", "78.00"), ("2022-09-20", "34.00")]
    found = [_fact("line_item", Decimal(v), "审计.pdf", row=f"设备{i}", row_date=d) for i, (d, v) in enumerate(items)]
    found.append(_fact("invested_to_date", Decimal(stated), "审计.pdf", as_of="2022-09-30"))
    derived = dated_rows_by_cutoff(found, date(2022, 6, 30))
    assert [f.value for f in derived] == ([by_cutoff] if by_cutoff else [])
