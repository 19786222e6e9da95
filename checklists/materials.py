"""Required materials: present and readable, or exempted by the 推荐单位's letter."""

from __future__ import annotations

import re

from checklists.checks import Check
from checklists.ocr_match import search_allowing_one_error
from checklists.schema import Material
from extractors.model import Fact
from ingest.model import DocStatus, Document

READABLE = (DocStatus.ok, DocStatus.ocr)
_WHITE = re.compile(r"\s+")


def _issued(material: Material, document: Document, recommender: str | None) -> bool:
    if not material.issued_by:
        return True
    text = _WHITE.sub("", document.text)
    if re.search(material.issued_by, text) or (material.by_recommender and recommender
                                               and _WHITE.sub("", recommender) in text):
        return True
    if document.status != DocStatus.ocr:
        return False
    # a scan: the issuer's name is often under its seal, read with a character wrong; the seal says it too
    lines = [_WHITE.sub("", line.text) for page in document.pages for line in page.lines]
    seals = list(document.seal.texts) if document.seal is not None else []
    return search_allowing_one_error(material.issued_by, lines + seals)


def issued_papers(material: Material, documents: list[Document], recommender: str | None) -> list[Document]:
    """The readable papers of the material from the body that must issue it."""
    return [d for d in documents
            if d.kind in material.any_of and d.status in READABLE and _issued(material, d, recommender)]


def exempting_papers(material: Material, documents: list[Document], exemptions: list[Fact]) -> list[Document]:
    """The 推荐单位's letters that exempt the material's procedure."""
    where = {f.provenance.document for f in exemptions if material.exemption and f.value == material.exemption}
    return [d for d in documents if d.path in where]


def material_check(material: Material, documents: list[Document], exemptions: list[Fact],
                   recommender: str | None = None, issued: list[Document] | None = None) -> Check:
    """`recommender`: the packet's 推荐单位, where it is read; `issued`: `issued_papers`, where known already."""
    matching = [d for d in documents if d.kind in material.any_of]
    readable = [d for d in matching if d.status in READABLE]
    check_id = f"material.{material.id}"
    issued = issued_papers(material, documents, recommender) if issued is None else issued
    if issued:
        return Check(check_id, "pass", f"已提供{material.name}", documents=list(material.any_of))
    if readable:  # a paper of the right kind from someone else (the applicant's own 开工报告)
        names = "、".join(d.path for d in readable)
        scanned = any(d.status == DocStatus.ocr for d in readable)
        return Check(check_id, "review" if scanned else "missing",
                     f"缺少{material.name}：{names} 未见{material.issuer or '规定单位'}出具"
                     + ("（扫描件，须人工核对出具单位）" if scanned else ""), documents=list(material.any_of))
    exempt = [f for f in exemptions if material.exemption and f.value == material.exemption]
    if exempt:
        where = exempt[0].provenance.document
        return Check(check_id, "pass", f"推荐单位说明无需{material.name}（见 {where}）",
                     documents=["procedure_exemption"])
    if matching:
        broken = matching[0]
        return Check(check_id, "missing", f"{material.name}无法读取（{broken.path}：{broken.error}）",
                     documents=list(material.any_of))
    hint = "，或推荐单位关于无需该手续的说明" if material.exemption else ""
    return Check(check_id, "missing", f"缺少{material.name}{hint}", documents=list(material.any_of))
