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


def _period(document: str, start: str, end: str) -> tuple[str, Fact]:
    return ("audit_report", _fact("audit_period", f"{start}/{end}", document, start=start, end=end))


def _total(document: str, value: str, name: str = "total_investment") -> tuple[str, Fact]:
    return ("audit_report", _fact(name, Decimal(value), document))


@pytest.mark.parametrize(("facts", "totals"), [
    # one report a year, by two firms: the project's figure is their sum
    ([_period("2021.pdf", "2021-01-01", "2021-12-31"), _total("2021.pdf", "642.30"),
      _period("2022.pdf", "2022-01-01", "2022-06-15"), _total("2022.pdf", "518.75")], {"1161.05"}),
    ([_period("a.pdf", "2021-07-01", "2021-12-31"), _total("a.pdf", "300"), _total("a.pdf", "300"),
      _period("b.pdf", "2022-01-01", "2022-06-30"), _total("b.pdf", "420.5"),
      _period("c.pdf", "2022-07-01", "2022-09-30"), _total("c.pdf", "80")], {"800.5"}),
    # overlapping periods: a full audit beside a yearly one restates it
    ([_period("full.pdf", "2021-01-01", "2022-06-30"), _total("full.pdf", "1161.05"),
      _period("2022.pdf", "2022-01-01", "2022-06-30"), _total("2022.pdf", "518.75")], {"1161.05", "518.75"}),
    # one report only, or a report whose own figure is in doubt
    ([_period("2021.pdf", "2021-01-01", "2021-12-31"), _total("2021.pdf", "642.30"), _total("x.pdf", "518.75")],
     {"642.30", "518.75"}),
    ([_period("a.pdf", "2021-01-01", "2021-12-31"), _total("a.pdf", "642.30"), _total("a.pdf", "600"),
      _period("b.pdf", "2022-01-01", "2022-06-15"), _total("b.pdf", "518.75")], {"642.30", "600", "518.75"}),
])
def test_a_project_audited_in_parts_adds_up(facts: list[tuple[str, Fact]], totals: set[str]) -> None:
    from checklists.audit_periods import audits_added

    added = audits_added(facts)
    assert {str(f.value) for _, f in added if f.name == "total_investment"} == totals


START = next(m for m in GUIDE.categories["major-tech-renovation"].materials if m.id == "start_certificate")


def _scan(lines: list[str], seal: str | None = None, status: str = "ocr") -> object:
    from ingest.model import DocStatus, Document, Line, Page, Seal

    page = Page(number=1, lines=tuple(Line(text=t) for t in lines), ocr=status == "ocr")
    return Document(path="开工证明.pdf", media_type="application/pdf", status=DocStatus(status), page_count=1,
                    pages=(page,), kind="construction_start_certificate", kind_confidence=0.9,
                    seal=Seal(present=True, text=seal, texts=(seal,) if seal else ()) if seal else None)


BODY = ["开工证明", "兹证明江苏某某特钢制品有限公司技术改造项目已于2021年9月18日开工建设，目前尚未竣工。", "特此证明。"]


@pytest.mark.parametrize(("signature", "seal", "status", "issued"), [
    ("江阴市工业和信息化局", None, "ocr", "pass"),
    ("江阴市业和信息化局", None, "ocr", "pass"),  # a character lost under the seal
    ("江阴市工业和信惠化局", None, "ocr", "pass"),  # one read wrong
    ("江阴市业和信惠化局", "江阴市工业和信息化局", "ocr", "pass"),  # two wrong in the line; the seal says it
    ("江阴市业和信惠化局", "江阴市工业和信惠化局", "ocr", "pass"),
    ("江阴市某某建设有限公司", "江阴市某某建设有限公司", "ocr", "review"),  # the builder's own paper
    ("江阴市业和信息化局", None, "ok", "missing"),  # a text layer is what it says
])
def test_an_issuer_read_by_ocr_with_a_character_wrong(signature: str, seal: str | None, status: str,
                                                       issued: str) -> None:
    from checklists.materials import material_check

    check = material_check(START, [_scan([*BODY, signature, "2022年11月10日"], seal, status)], [])
    assert check.status == issued, check.message


@pytest.mark.parametrize(("text", "passes"), [
    ("专家组认为，该节点系统功能、性能、安全及运营符合二级节点建设运营规范要求，同意通过评估。", True),
    ("2022年7月，中国信息通信研究院组织专家对该节点进行评估，一致同意该节点通过专家评估。", True),
    ("评估结论：通过。", False),  # says nothing of experts
    ("专家组建议该节点进一步完善后再行评估。", False),
])
def test_an_expert_evaluation_passed_in_any_wording(text: str, passes: bool) -> None:
    from tests.checklists.test_blind6_conditions import _check

    check = _check("iiot-identifier-node", "expert_evaluation_passed", {"评估意见.pdf": ("third_party_test_report", text)})
    assert (check.status == "pass") is passes, check.message
