"""Seals on the papers an issuer seals: none seen where one could show, or only another body's, is review;
a seal that cannot be judged (greyscale copy, Word file, words not read, words naming no one clearly) is left
alone, and so is a receipt printed from an online system, which is issued unsealed."""

from __future__ import annotations

import pytest

from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from checklists.resolve import Resolved
from checklists.seals import likeness, seal_check
from ingest.model import DocStatus, Document, Line, Page, Seal

GUIDE = load_guide("jiangsu-2023")
SEALED = GUIDE.sealed_papers
FIRM = "江苏中正同仁会计师事务所有限公司"
APPLICANT = "常州恒达精密机械有限公司"
RECOMMENDER = "常州市武进区工业和信息化局"


def _figures(**values: str) -> dict[str, Resolved]:
    return {name: Resolved(name=name, value=value, unit="text", confidence=0.9, sources=[])
            for name, value in values.items()}


FIGURES = _figures(audit_firm=FIRM, applicant_name=APPLICANT, recommending_unit=RECOMMENDER)


def _paper(kind: str, seal: Seal | None, path: str = "paper.pdf", status: DocStatus = DocStatus.ok) -> Document:
    page = Page(number=1, lines=(Line(text="……"),))
    return Document(path=path, media_type="application/pdf", status=status, page_count=1, pages=(page,),
                    kind=kind, kind_confidence=0.9, seal=seal)


def _sealed(*texts: str) -> Seal:
    return Seal(present=True, page=1, bbox=(400.0, 650.0, 520.0, 770.0), text=texts[0] if texts else None,
                texts=texts)


NONE_SEEN = Seal(present=False)


@pytest.mark.parametrize(("kind", "seal", "status"), [
    # a red seal of the right body, or one whose words were not read or name no one clearly
    ("acceptance_opinion", _sealed("常州市武进区工业和信息化局"), "pass"),
    ("acceptance_opinion", _sealed(), "pass"),
    ("acceptance_opinion", _sealed("常州市武进区工业和信息化局", APPLICANT), "pass"),  # both sealed it
    ("project_filing", _sealed("南通市通州区行政寧批局"), "pass"),  # OCR'd with a wrong character
    ("eia_approval", _sealed("南通市通州生杰环境惠"), "pass"),  # garbled: names no enterprise
    ("audit_report", _sealed("江苏中正同仁会计师事务所有限公司"), "pass"),
    ("audit_report", _sealed("江苏中正同仁会计师事务有限公"), "pass"),  # a character or two missed
    ("audit_report", _sealed(), "pass"),
    ("acceptance_opinion", _sealed("江苏省国信集团有限公司"), "pass"),  # when the 推荐单位 is this group (below)
    # no seal where one could show
    ("acceptance_opinion", NONE_SEEN, "review"),
    ("audit_report", NONE_SEEN, "review"),
    ("project_filing", NONE_SEEN, "review"),
    ("procedure_exemption", NONE_SEEN, "review"),
    # only another body's seal
    ("acceptance_opinion", _sealed(APPLICANT), "review"),
    ("energy_review", _sealed("南京恒信工程咨询有限公司"), "review"),
    ("audit_report", _sealed("苏州华信立诚会计师事务所（特殊普通合伙）"), "review"),
    ("audit_report", _sealed(APPLICANT), "review"),
    # nothing to judge: a greyscale scan, a Word file with pictures
    ("acceptance_opinion", None, None),
    ("audit_report", None, None),
])
def test_a_sealed_paper(kind: str, seal: Seal | None, status: str | None) -> None:
    recommender = "江苏省国信集团有限公司" if seal and "国信" in (seal.text or "") else RECOMMENDER
    figures = {**FIGURES, **_figures(recommending_unit=recommender)}
    check = seal_check("x.seal", "材料", [_paper(kind, seal)], SEALED[kind], figures)
    assert (check.status if check else None) == status, check and check.message


def test_the_messages_say_what_was_seen() -> None:
    absent = seal_check("x", "专项审计报告", [_paper("audit_report", NONE_SEEN, "审计/专审报告.pdf")],
                        SEALED["audit_report"], FIGURES)
    assert absent.message == "专项审计报告未见公章（审计/专审报告.pdf），须核对盖章原件"
    own = seal_check("x", "推荐单位出具的验收意见", [_paper("acceptance_opinion", _sealed(APPLICANT), "验收意见.pdf")],
                     SEALED["acceptance_opinion"], FIGURES)
    assert own.message == f"推荐单位出具的验收意见所盖印章为“{APPLICANT}”（申报单位自身），非出具单位（验收意见.pdf），须核对"
    sealed = seal_check("x", "环评批复", [_paper("eia_approval", _sealed("常州市生态环境局"), "环评.pdf")],
                        SEALED["eia_approval"], FIGURES)
    assert sealed.status == "pass" and "常州市生态环境局" in sealed.message and "第1页" in sealed.message


def _with_text(document: Document, *lines: str) -> Document:
    return document.model_copy(update={"pages": (Page(number=1, lines=tuple(Line(text=t) for t in lines)),)})


@pytest.mark.parametrize(("kind", "lines", "judged"), [
    ("eia_approval", ["建设项目环境影响登记表备案系统（江苏省）", "备案号 202232120300000046", "备案状态 已备案"], False),
    ("eia_approval", ["建设项目环境影响登记表", "备案回执", "该项目环境影响登记表已经完成备案"], False),
    ("eia_approval", ["关于某项目环境影响报告表的批复", "经研究，同意该项目建设。", "常州市生态环境局"], True),
    ("project_filing", ["江苏省投资项目在线审批监管平台", "江苏省投资项目备案证", "备案证号：2104-320412-89-02-118326"], False),
    ("project_filing", ["江苏省投资项目备案证", "备案证号：2104-320412-89-02-118326", "备案机关：常州市武进区行政审批局"], True),
])
def test_a_receipt_printed_from_an_online_system_is_issued_unsealed(kind: str, lines: list[str], judged: bool) -> None:
    paper = _with_text(_paper(kind, NONE_SEEN), *lines)
    check = seal_check("x", "材料", [paper], SEALED[kind], FIGURES)
    assert (check is not None and check.status == "review") is judged


def test_one_sealed_copy_among_several_is_enough() -> None:
    papers = [_paper("audit_report", NONE_SEEN, "审计报告（电子版）.pdf"), _paper("audit_report", _sealed(FIRM), "审计报告.pdf")]
    assert seal_check("x", "专项审计报告", papers, SEALED["audit_report"], FIGURES).status == "pass"
    with_grey = [_paper("audit_report", NONE_SEEN, "a.pdf"), _paper("audit_report", None, "b.pdf")]
    assert seal_check("x", "专项审计报告", with_grey, SEALED["audit_report"], FIGURES) is None  # the copy may be sealed


@pytest.mark.parametrize(("read", "name", "alike"), [
    ("江苏中正同仁会计师事务所有限公司", "江苏中正同仁会计师事务所有限公司", True),
    ("江苏中正同仁会计师事务有限公", "江苏中正同仁会计师事务所有限公司", True),
    ("中正同仁会计师事务所", "江苏中正同仁会计师事务所（特殊普通合伙）", True),
    ("苏州华信立诚会计师事务所", "江苏中正同仁会计师事务所有限公司", False),
    ("常州恒达精密机械有限公司", "常州恒达精密机械有限公司", True),
])
def test_names_alike_despite_ocr_and_suffixes(read: str, name: str, alike: bool) -> None:
    assert (likeness(read, name) >= 0.6) is alike, likeness(read, name)


def _packet(seal: Seal | None) -> list[Document]:
    acceptance = Document(
        path="验收意见.pdf", media_type="application/pdf", status=DocStatus.ok, page_count=1, kind="acceptance_opinion",
        kind_confidence=0.9, seal=seal,
        pages=(Page(number=1, lines=tuple(Line(text=t) for t in (
            "项目验收意见", "2022年9月14日，常州市工业和信息化局组织专家对项目进行了验收。", "专家组同意该项目通过验收。",
            "常州市工业和信息化局", "2022年9月14日"))),))
    return [acceptance]


def test_the_seal_check_stands_in_the_report_beside_the_material() -> None:
    """Through evaluate: the material passes, its seal check says review, the outcome is needs_review."""
    result = evaluate_packet(_packet(NONE_SEEN), {}, GUIDE, "data-productization")
    seal = next(c for c in result.checks if c.id == "data-productization.material.acceptance_opinion.seal")
    material = next(c for c in result.checks if c.id == "data-productization.material.acceptance_opinion")
    assert (material.status, seal.status, seal.documents) == ("pass", "review", ["acceptance_opinion"])
    sealed = evaluate_packet(_packet(_sealed("常州市工业和信息化局")), {}, GUIDE, "data-productization")
    assert next(c for c in sealed.checks if c.id.endswith("acceptance_opinion.seal")).status == "pass"
    grey = evaluate_packet(_packet(None), {}, GUIDE, "data-productization")
    assert not any(c.id.endswith(".seal") for c in grey.checks)
