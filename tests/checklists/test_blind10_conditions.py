"""Conditions the tenth blind set (corpus/frozen10) showed, in several wordings: a procedure paper (备案证, 环评批复,
节能审查意见) of another project than the one applied for is not this project's paper; a loose name mismatch is not
judged, a clearly different name is looked at by a person."""

from __future__ import annotations

import pytest

from checklists.checks import Check
from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from checklists.projects import clearly_another_name, other_project
from extractors.model import Fact
from extractors.project_names import project_codes
from extractors.registry import extract
from grantcheck.model import Provenance
from tests.extractors.paper import paper

GUIDE = load_guide("jiangsu-2023")
OURS = "2022-321204-33-03-613852"
THEIRS = "2020-321204-32-03-507416"
APPLIED = "航空发动机用高温合金精密环件产业化项目"


@pytest.mark.parametrize(("text", "codes"), [
    (f"项目代码：{OURS}", [OURS]),
    ("（项目代码：2022－320583－34－03－561207）收悉", ["2022-320583-34-03-561207"]),
    ("项目代码 2021 - 320282 - 39 - 03 - 604418 ", ["2021-320282-39-03-604418"]),
    (f"备案证号：苏园行审备〔2020〕141号 项目代码{THEIRS}", [THEIRS]),
    ("统一社会信用代码 91321204395701847L，电话 0523-88776655", []),
    ("2022-06-30至2023-12-31", []),
])
def test_project_codes_as_papers_write_them(text: str, codes: list[str]) -> None:
    assert project_codes(text) == codes


@pytest.mark.parametrize(("name", "applied", "another"), [
    ("年产3000吨特种合金棒材技术改造项目", "航空发动机用精密环件产业化项目", True),
    ("新建厂房及仓储物流中心项目", "高端数控机床智能制造示范工厂建设项目", True),
    ("高温合金精密环件产业化项目", APPLIED, False),  # abbreviated
    ("年产20万台高效节能电机技术改造项目", "高效节能电机智能工厂建设项目", False),  # reworded around the product
    ("年产5000吨特种合金棒材扩能项目", "年产3000吨特种合金棒材技术改造项目", False),  # the names alone cannot tell
    ("智能工厂建设项目", "智能工厂建设项目（二期）", False),
])
def test_a_clearly_different_name(name: str, applied: str, another: bool) -> None:
    assert clearly_another_name(name, applied) is another


def _fact(kind: str, name: str, value: str, document: str) -> tuple[str, Fact]:
    return kind, Fact(name=name, value=value, unit="text", confidence=0.9,
                      provenance=Provenance(document=document, page=1, text=value))


PASSED = Check("material.filing", "pass", "已提供项目备案（核准）文件", documents=["project_filing"])
FILING = "备案证.pdf"


def _judge(filing: list[tuple[str, str]], others: list[tuple[str, str, str, str]]) -> Check | None:
    facts = [_fact("project_filing", name, value, FILING) for name, value in filing]
    facts += [_fact(kind, name, value, document) for kind, name, value, document in others]
    return other_project(PASSED, [FILING], facts, "项目备案（核准）文件")


FORMS = [("application_form", "project_name", APPLIED, "申报表.docx"), ("performance_form", "project_name", APPLIED, "绩效.docx")]


@pytest.mark.parametrize(("filing", "others", "status"), [
    # the forms quote the code
    ([("project_code", THEIRS), ("project_name", "年产3000吨特种合金棒材技术改造项目")],
     [*FORMS, ("application_form", "project_code", OURS, "申报表.docx")], "missing"),
    # the forms quote none; the EIA and the start certificate do
    ([("project_code", THEIRS)], [*FORMS, ("eia_approval", "project_code", OURS, "环评.pdf"),
                                  ("construction_start_certificate", "project_code", OURS, "开工证明.pdf")], "missing"),
    # one other paper only: the project's code is not known
    ([("project_code", THEIRS)], [*FORMS, ("eia_approval", "project_code", OURS, "环评.pdf")], None),
    # a scan read one digit wrong
    ([("project_code", OURS.replace("613852", "613858"))], [*FORMS, ("application_form", "project_code", OURS, "申报表.docx")],
     None),
    # the filing names the applied project under another code: a code copied wrong, the name settles it
    ([("project_code", THEIRS), ("project_name", APPLIED)], [*FORMS, ("application_form", "project_code", OURS, "申报表.docx")],
     None),
    ([("project_code", THEIRS), ("project_name", "航空发动机用高温合金精密环仵产业化项目")],  # a character read wrong
     [*FORMS, ("application_form", "project_code", OURS, "申报表.docx")], None),
    # no code anywhere: a clearly different name is looked at, an abbreviation passes
    ([("project_name", "年产3000吨特种棒材技术改造项目")], FORMS, "review"),
    ([("project_name", "高温合金精密环件产业化项目")], FORMS, None),
    # the filing quotes the project's code
    ([("project_code", OURS), ("project_name", "年产3000吨特种棒材技术改造项目")],
     [*FORMS, ("application_form", "project_code", OURS, "申报表.docx")], None),
])
def test_a_procedure_paper_of_another_project(filing, others, status) -> None:
    check = _judge(filing, others)
    assert (check.status if check else None) == status
    if check:
        assert FILING in check.message and "本项目" in check.message


def test_one_filing_of_this_project_among_two_is_enough() -> None:
    facts = [*(_fact(*f) for f in FORMS), _fact("application_form", "project_code", OURS, "申报表.docx"),
             _fact("project_filing", "project_code", THEIRS, "旧备案证.pdf"), _fact("project_filing", "project_code", OURS, FILING)]
    assert other_project(PASSED, ["旧备案证.pdf", FILING], facts, "项目备案（核准）文件") is None
    assert other_project(PASSED, ["旧备案证.pdf"], facts, "项目备案（核准）文件").status == "missing"


def _packet(filing: list[str], eia: list[str]) -> list:
    form = paper([], [[["项目名称", APPLIED], ["项目代码", OURS], ["项目承担单位", "江苏锐澄特种合金材料有限公司"]]],
                 kind="application_form", path="申报表.docx")
    return [form, paper(filing, kind="project_filing", path="备案证.pdf"), paper(eia, kind="eia_approval", path="环评批复.pdf")]


EIA_OURS = ["泰环审〔2022〕22号", f"你公司报送的《{APPLIED}环境影响报告表》（项目代码：{OURS}）收悉。"]
FILING_OURS = ["江苏省投资项目备案证", f"项目代码 {OURS}", f"项目名称 {APPLIED}"]
FILING_THEIRS = ["江苏省投资项目备案证", f"项目代码：{THEIRS}", "项目名称：年产3000吨特种合金棒材技术改造项目",
                 "建设起止年限 2020年9月至2021年12月"]
EIA_THEIRS = ["泰环审〔2019〕7号", "关于江苏锐澄特种合金材料有限公司年产3000吨特种合金棒材技术改造项目环境影响报告表的批复",
              "项目代码：2019-321204-32-03-500121"]


@pytest.mark.parametrize(("filing", "eia", "missing"), [
    (FILING_THEIRS, EIA_OURS, {"filing"}),
    (FILING_OURS, EIA_THEIRS, {"eia"}),
    (FILING_THEIRS, EIA_THEIRS, {"filing", "eia"}),
    (FILING_OURS, EIA_OURS, set()),
])
def test_through_the_extractors_and_the_checklist(filing: list[str], eia: list[str], missing: set[str]) -> None:
    documents = _packet(filing, eia)
    result = evaluate_packet(documents, {d.path: extract(d) for d in documents}, GUIDE, "industrial-foundation")
    checks = {c.id.rpartition(".")[2]: c for c in result.checks if ".material." in c.id}
    assert {k for k in ("filing", "eia", "energy") if checks[k].status == "missing" and "非本项目" in checks[k].message} == missing


# --- a merger is complete when its 工商变更 is registered (q06): a 交割日 or 章程修正案 does not replace it

def _merger(*dated: tuple[str, str, str, str]) -> list:
    from datetime import date as day

    from checklists.evaluate import with_latest
    from checklists.resolve import resolve_figure

    by_name: dict[str, list] = {}
    for kind, name, when, document in dated:
        fact = Fact(name=name, value=day.fromisoformat(when), unit="date", confidence=0.9, precision="day",
                    provenance=Provenance(document=document, page=1, text=when))
        by_name.setdefault(name, []).append((kind, fact))
    figures = {n: resolve_figure(n, pairs, GUIDE) for n, pairs in by_name.items()}
    category = GUIDE.categories["merger-acquisition"]
    return with_latest(figures, category)


@pytest.mark.parametrize(("dated", "completed"), [
    # the contract's 交割日 inside the window, the registration after it
    ([("audit_report", "completion_date", "2022-06-30", "审计报告.pdf"),
      ("registration_notice", "registration_change_date", "2022-07-08", "准予变更登记通知书.pdf")], "2022-07-08"),
    ([("application_form", "completion_date", "2022-06-15", "申报表.docx"),
      ("registration_notice", "registration_change_date", "2022-08-01", "变更登记通知书.pdf")], "2022-08-01"),
    # registered before the shares were delivered: the delivery completes it
    ([("audit_report", "completion_date", "2022-06-30", "审计报告.pdf"),
      ("registration_notice", "registration_change_date", "2022-06-20", "准予变更登记通知书.pdf")], "2022-06-30"),
    # the registration alone
    ([("registration_notice", "registration_change_date", "2022-04-11", "准予变更登记通知书.pdf")], "2022-04-11"),
    # no registration paper: the papers' completion stands
    ([("audit_report", "completion_date", "2022-06-30", "审计报告.pdf")], "2022-06-30"),
])
def test_a_merger_completes_with_its_registration(dated, completed: str) -> None:
    figure = _merger(*dated)["completion_date"]
    assert str(figure.value) == completed
    if figure.sources[0].name == "registration_change_date" and len(dated) > 1:
        assert "工商变更登记日期" in figure.note


def test_only_a_merger_counts_the_registration() -> None:
    assert all("registration_change_date" not in c.figure_latest.get("completion_date", ())
               for code, c in GUIDE.categories.items() if code != "merger-acquisition")
