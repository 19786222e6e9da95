"""Required materials: present and readable, or exempted by the 推荐单位's letter."""

from __future__ import annotations

from checklists.checks import Check
from checklists.schema import Material
from extractors.model import Fact
from ingest.model import Document, DocStatus

READABLE = (DocStatus.ok, DocStatus.ocr)


def material_check(material: Material, documents: list[Document], exemptions: list[Fact]) -> Check:
    matching = [d for d in documents if d.kind in material.any_of]
    readable = [d for d in matching if d.status in READABLE]
    check_id = f"material.{material.id}"
    if readable:
        return Check(check_id, "pass", f"已提供{material.name}", documents=list(material.any_of))
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
