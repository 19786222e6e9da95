"""Conditions the fourth blind set (corpus/frozen4) showed, in several wordings: a designation listed under a
related company, and a 是否 question answered 否."""

from __future__ import annotations

import pytest

from checklists.conditions import evaluate_condition
from checklists.loader import load_guide
from extractors.model import Fact
from grantcheck.model import Provenance
from tests.checklists.test_categories import Packet

GUIDE = load_guide("jiangsu-2023")
APPLICANT = "南京云衡数据科技有限公司"


def _condition(category: str, condition_id: str):  # noqa: ANN202 - a Condition
    return next(c for c in GUIDE.categories[category].conditions if c.id == condition_id)


def _listed(text: str) -> Packet:
    listing = Fact(name="designation", value="bigdata_demo_project", unit="text", confidence=0.9,
                   provenance=Provenance(document="名单.pdf", page=1, text="2021年度省级大数据应用示范项目名单"),
                   attrs={"level": "provincial", "year": "2021"})
    return Packet(figures={"applicant_name": APPLICANT}, designations=[listing], texts={"名单.pdf": text},
                  kinds={"名单.pdf": "designation_certificate"})


@pytest.mark.parametrize(("text", "status"), [
    ("2021年度省级大数据应用示范项目名单\n17\t装备制造业供应链数据要素服务平台\t江苏云衡信息科技集团有限公司\t南京", "fail"),
    ("2021年度省级大数据应用示范项目名单\n3\t供应链数据平台\t南京云衡智能装备有限公司", "fail"),
    ("2021年度省级大数据应用示范项目名单\n17\t装备制造业供应链数据要素服务平台\t无锡华光电子有限公司", "review"),
    (f"2021年度省级大数据应用示范项目名单\n17\t装备制造业供应链数据要素服务平台\t{APPLICANT}", "pass"),
])
def test_a_list_naming_a_related_company_is_not_the_applicants(text: str, status: str) -> None:
    check = evaluate_condition(_condition("data-productization", "demo_project_listed"), _listed(text).evidence())
    assert check is not None and check.status == status, check and check.message


@pytest.mark.parametrize(("category", "condition_id", "text", "status"), [
    ("data-productization", "not_previously_funded", "是否获得过本专项资金支持\t否", "pass"),
    ("data-productization", "not_previously_funded", "是否曾获得省级专项资金补助：否", "pass"),
    ("specialized-sme", "not_funded_2021_2022", "2021-2022年是否获得过本专项资金支持\t否", "pass"),
    # answered yes: no attestation (the department's records decide), and the disclosure itself fails
    ("data-productization", "not_previously_funded", "是否获得过本专项资金支持\t是", None),
    ("data-productization", "previously_funded", "是否获得过本专项资金支持\t是", "fail"),
    ("data-productization", "previously_funded", "是否获得过本专项资金支持\t否", None),
    ("data-productization", "not_previously_funded", "项目名称：某某数据平台", None),  # silent
])
def test_a_yes_no_question_answered_no(category: str, condition_id: str, text: str, status: str | None) -> None:
    packet = Packet(figures={"applicant_name": APPLICANT}, texts={"申报表.docx": text},
                    kinds={"申报表.docx": "application_form"})
    check = evaluate_condition(_condition(category, condition_id), packet.evidence())
    assert (check.status if check else None) == status, check and check.message


@pytest.mark.parametrize(("dated", "latest"), [
    ([("application_form", "2022-10-20"), ("other", "2022-11-02")], "2022-11-02"),  # form filled, letter sent later
    ([("application_form", "2023-03-10")], "2023-03-10"),
    ([("other", "2022-11-14"), ("performance_form", "2022-11-01"), ("application_form", "2022-11-08")], "2022-11-14"),
])
def test_a_packet_is_applied_with_when_its_last_paper_is_signed(dated: list[tuple[str, str]], latest: str) -> None:
    from datetime import date

    from checklists.resolve import resolve_figure

    facts = [(kind, Fact(name="application_date", value=date.fromisoformat(day), unit="date", confidence=0.8,
                         precision="day", provenance=Provenance(document=f"{kind}.pdf", page=1, text=day)))
             for kind, day in dated]
    resolved = resolve_figure("application_date", facts, GUIDE)
    assert resolved is not None and str(resolved.value) == latest and resolved.status == "ok"
