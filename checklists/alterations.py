"""Papers a material must show unaltered (银行利息单复印件 字迹清晰无涂改): one carrying a correction mark is not
the material as the guide asks for it, whatever else the packet holds; a clean copy is asked for (missing)."""

from __future__ import annotations

from checklists.checks import Check
from checklists.schema import Material
from extractors.alterations import ALTERED
from extractors.model import Fact
from ingest.model import Document


def altered_checks(materials: list[Material], issued: list[list[Document]], facts: list[tuple[str, Fact]]) -> list[Check]:
    marks: dict[str, Fact] = {}
    for _, fact in facts:
        if fact.name == ALTERED:
            marks.setdefault(fact.provenance.document, fact)
    found = []
    for material, papers in zip(materials, issued, strict=True):
        altered = [(d, marks[d.path]) for d in papers if material.unaltered and d.path in marks]
        for document, mark in altered:
            found.append(Check(f"material.{material.id}.unaltered", "missing",
                               f"{document.path} 有涂改痕迹（「{mark.provenance.text}」），{material.name}须字迹清晰无涂改，"
                               f"须提供清晰无涂改的复印件", documents=[document.kind]))
    return found
