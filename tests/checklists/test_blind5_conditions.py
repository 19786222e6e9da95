"""Conditions the fifth blind set (corpus/frozen5) showed, in several wordings: a registration date the papers
say is a predecessor's successor's, a designation nothing proves, and a form total that adds the interest."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from checklists.conditions import evaluate_condition
from checklists.crossdoc import total_agreement
from checklists.loader import load_guide
from checklists.resolve import Resolved
from extractors.model import Fact
from grantcheck.model import Provenance
from tests.checklists.test_categories import Packet

GUIDE = load_guide("jiangsu-2023")


def _condition(category: str, condition_id: str):  # noqa: ANN202 - a Condition
    return next(c for c in GUIDE.categories[category].conditions if c.id == condition_id)


@pytest.mark.parametrize(("text", "status"), [
    ("本公司系南京市机械工业职工培训中心转企改制设立，承继原中心全部培训业务。", "review"),
    ("成立时间 2019年8月12日（前身某培训中心成立于2008年3月）", "review"),
    ("公司由原某职业培训学校整体改制而来。", "review"),
    ("本公司成立于2019年8月12日，主营职业技能培训。", "fail"),
])
def test_a_successors_registration_date_is_not_settled_by_the_guide(text: str, status: str) -> None:
    packet = Packet(figures={"applicant_name": "南京金陵匠心职业技能培训有限公司", "registration_date": date(2019, 8, 12)},
                    texts={"申报表.docx": text}, kinds={"申报表.docx": "application_form"})
    check = evaluate_condition(_condition("talent-training", "operating_three_years"), packet.evidence())
    assert check is not None and check.status == status, check and check.message


@pytest.mark.parametrize(("category", "condition_id"), [
    ("data-productization", "enterprise_library"), ("smart-factory", "designation_held"),
    ("specialized-sme", "little_giant_valid"),
])
def test_a_designation_nothing_proves_is_missing_not_failed(category: str, condition_id: str) -> None:
    packet = Packet(figures={"applicant_name": "南京云衡数据科技有限公司"})
    check = evaluate_condition(_condition(category, condition_id), packet.evidence())
    assert check is not None and check.status == "missing", check and check.message


def _resolved(name: str, value: str, kind: str = "audit_report") -> Resolved:
    fact = Fact(name=name, value=Decimal(value), unit="万元", confidence=0.95,
                provenance=Provenance(document=f"{kind}.pdf", page=1, text=value))
    return Resolved(name, fact.value, "万元", 0.95, [fact], kinds=(kind,))


@pytest.mark.parametrize(("form", "agrees"), [("2431.76", True), ("2161.30", True), ("2500.00", False)])
def test_a_form_total_that_adds_the_interest_agrees(form: str, agrees: bool) -> None:
    declared = Fact(name="total_investment", value=Decimal(form), unit="万元", confidence=0.74,
                    provenance=Provenance(document="绩效目标申报表.docx", page=None, text=form))
    flag = total_agreement([("performance_form", declared)], _resolved("total_investment", "2161.30"),
                           _resolved("loan_interest", "270.46"))
    assert flag and flag[0].value == ("agree" if agrees else "disagree")
