"""A project built in phases (corpus/frozen8 n12): an acceptance opinion of another phase is not the acceptance of
the phase applied for; names that do not state a phase, or state the same one, are not judged."""

from __future__ import annotations

import pytest

from checklists.checks import Check
from checklists.phases import other_phase, phase_of
from extractors.model import Fact
from grantcheck.model import Provenance


@pytest.mark.parametrize(("name", "phase"), [
    ("相城区高铁新城车路协同示范应用项目（二期）", "2"), ("智能工厂二期工程", "2"), ("数字化车间建设项目(一期)", "1"),
    ("智慧园区首期项目", "1"), ("第三期智能化改造项目", "3"), ("年产5万吨特种钢智能化改造项目", None),
    ("三期项目", "3"), ("数字化车间改造项目", None),
])
def test_the_phase_a_project_name_states(name: str, phase: str | None) -> None:
    assert phase_of(name) == phase


def _name(kind: str, value: str, document: str) -> tuple[str, Fact]:
    return kind, Fact(name="project_name", value=value, unit="text", confidence=0.85,
                      provenance=Provenance(document=document, page=1, text=value))


PASSED = Check("material.acceptance_opinion", "pass", "已提供推荐单位出具的验收意见", documents=["acceptance_opinion"])


@pytest.mark.parametrize(("forms", "acceptance", "status"), [
    ("车路协同示范应用项目（二期）", "车路协同示范应用项目（一期）", "missing"),
    ("智能工厂二期工程", "智能工厂一期工程", "missing"),
    ("智能工厂（二期）", "智能工厂二期项目", None),  # the same phase, worded apart
    ("智能工厂（二期）", "智能工厂建设项目", None),  # the acceptance names no phase
    ("智能工厂建设项目", "智能工厂（一期）", None),  # the forms name none
])
def test_an_acceptance_of_another_phase(forms: str, acceptance: str, status: str | None) -> None:
    facts = [_name("application_form", forms, "申报表.docx"), _name("performance_form", forms, "绩效.docx"),
             _name("acceptance_opinion", acceptance, "验收意见.pdf")]
    check = other_phase(PASSED, ("acceptance_opinion",), facts, 1)
    assert (check.status if check else None) == status
    if check:
        assert "验收意见.pdf" in check.message and forms in check.message


def test_a_second_acceptance_naming_no_phase_may_be_the_right_one() -> None:
    facts = [_name("application_form", "智能工厂（二期）", "申报表.docx"), _name("acceptance_opinion", "智能工厂（一期）", "一期验收.pdf")]
    assert other_phase(PASSED, ("acceptance_opinion",), facts, 2) is None  # the other paper states no name
    assert other_phase(PASSED, ("acceptance_opinion",), facts, 1).status == "missing"
