"""A company that changed its name (corpus/frozen9 p01): papers from before the change — the designation list, the
invoices — name the same legal person by its former name, once a paper records the change to the present name."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from checklists.aliases import former_names
from checklists.conditions import evaluate_condition
from checklists.crossdoc import invoice_figures
from checklists.loader import load_guide
from checklists.resolve import Resolved
from extractors.model import Fact
from grantcheck.model import Provenance
from tests.checklists.test_categories import Packet

GUIDE = load_guide("jiangsu-2023")
OLD, NEW = "常州恒锐机电有限公司", "江苏恒锐智能装备股份有限公司"
LIST = "2021年度江苏省智能制造示范工厂名单.pdf"


def _fact(name: str, value: object, document: str, **attrs: str) -> Fact:
    unit = "万元" if isinstance(value, Decimal) else "text"
    return Fact(name=name, value=value, unit=unit, confidence=0.9,
                provenance=Provenance(document=document, page=1, text=str(value)), attrs=attrs)


def _applicant(name: str = NEW) -> Resolved:
    return Resolved("applicant_name", name, "text", 0.9)


@pytest.mark.parametrize(("changes", "found"), [
    ([_fact("former_name", OLD, "变更通知书.pdf", new=NEW)], OLD),
    ([_fact("former_name", OLD, "审计.pdf", new=NEW), _fact("former_name", OLD, "通知书.pdf", new=NEW)], OLD),
    ([_fact("former_name", "常州恒锐机械厂", "a.pdf", new="常州恒锐机电有限公司"),
      _fact("former_name", OLD, "b.pdf", new=NEW)], OLD),  # an older change of someone else's name is not ours
    ([_fact("former_name", OLD, "推荐函.pdf")], None),  # "原名…" without the new name: whose, unsaid
    ([_fact("former_name", OLD, "合同.pdf", new="苏州某某科技有限公司")], None),  # a supplier's rename
])
def test_a_former_name_is_the_applicants_where_the_change_is_to_its_present_name(changes: list[Fact],
                                                                                found: str | None) -> None:
    resolved = former_names([("registration_notice", f) for f in changes], _applicant())
    assert (resolved.value if resolved else None) == found


def _designation_check(figures: dict[str, object]) -> object:
    condition = next(c for c in GUIDE.categories["smart-factory"].conditions if c.id == "designation_held")
    listed = Fact(name="designation", value="smart_factory", unit="text", confidence=0.9,
                  provenance=Provenance(document=LIST, page=1, text="关于公布2021年度江苏省智能制造示范工厂名单的通知"),
                  attrs={"level": "provincial", "year": "2021"})
    text = f"关于公布2021年度江苏省智能制造示范工厂名单的通知 序号 企业名称 1 {OLD} 2 南京某某科技有限公司"
    packet = Packet(figures=figures, designations=[listed], texts={LIST: text},
                    kinds={LIST: "designation_certificate"})
    return evaluate_condition(condition, packet.evidence())


def test_a_designation_under_the_former_name_is_the_applicants() -> None:
    check = _designation_check({"applicant_name": NEW, "applicant_former_name": OLD,
                                "application_date": date(2022, 11, 28)})
    assert check.status == "pass", check.message
    assert f"所列为申报主体原名称「{OLD}」" in check.message


def test_without_a_recorded_change_the_old_name_is_another_company() -> None:
    check = _designation_check({"applicant_name": NEW, "application_date": date(2022, 11, 28)})
    assert check.status in ("fail", "review"), check.message


@pytest.mark.parametrize(("buyers", "status"), [
    ([OLD, NEW], "consistent"),
    ([OLD], "consistent"),
    ([OLD, "常州恒锐精工有限公司"], "mismatch"),
])
def test_invoices_made_out_to_the_former_name(buyers: list[str], status: str) -> None:
    facts = []
    for i, buyer in enumerate(buyers, start=1):
        where = f"发票/{i}.pdf"
        facts += [("invoice", _fact("invoice_number", f"0778142{i}", where)),
                  ("invoice", _fact("buyer_name", buyer, where)),
                  ("invoice", _fact("amount_excl_tax", Decimal("12.5"), where))]
    former = Resolved("applicant_former_name", OLD, "text", 0.9)
    figures = {r.name: r for r in invoice_figures(facts, _applicant(), None, None, None, former)}
    assert figures["invoice_buyer_check"].value == status
