"""The part of an amount earned for the one focus an applicant declares (集群发展促进机构 须聚焦某一特定集群): a paper
lists the revenue by the cluster each part served; the part for the declared cluster (the form's 聚焦服务集群, else
the cluster the project's name names) is kept apart, and the rest named, for `focus_min` to weigh."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from checklists.checks import Check
from checklists.gate import Usable
from checklists.resolve import Resolved, show
from checklists.schema import Category, FocusMin
from extractors.model import Fact
from extractors.served import SERVED, same_served

if TYPE_CHECKING:
    from checklists.conditions import Evidence

def _declared(figures: dict[str, Resolved], facts: list[tuple[str, Fact]], name: str) -> str | None:
    declared = figures.get(name)
    if declared is not None and declared.value:
        return str(declared.value)
    named = (SERVED.search(str(f.value)) for kind, f in facts if f.name == "project_name" and kind == "application_form")
    return next((found.group(0) for found in named if found), None)


def _listed(facts: list[tuple[str, Fact]], of: str) -> list[tuple[str, Fact]]:
    """The parts of one paper: an audit's if one lists them, else the paper listing most."""
    by_document: dict[str, list[tuple[str, Fact]]] = {}
    for kind, fact in facts:
        if fact.name == of:
            by_document.setdefault(fact.provenance.document, []).append((kind, fact))
    return max(by_document.values(), key=lambda rows: (rows[0][0] == "audit_report", len(rows)), default=[])


def with_focus(figures: dict[str, Resolved], facts: list[tuple[str, Fact]], category: Category) -> dict[str, Resolved]:
    result = dict(figures)
    for name, rule in category.figure_focus.items():
        listed = _listed(facts, rule.of)
        declared = _declared(figures, facts, rule.declared)
        if not listed or declared is None:
            continue
        ours = [f for _, f in listed if same_served(declared, f.attrs.get("served", ""))]
        others = [f for _, f in listed if not any(f is o for o in ours)]
        if not ours or not others:
            continue  # no part for the declared focus, or nothing earned elsewhere: nothing to weigh
        total = sum((f.value for f in ours), Decimal(0))  # type: ignore[misc]
        elsewhere = "、".join(f"{f.attrs['served']} {show(f.value, '万元')}" for f in others)
        result[name] = Resolved(name, total, "万元", min(f.confidence for f in ours), ours, kinds=(listed[0][0],),
                                alternatives=others, note=f"{rule.text}（{declared}）{show(total, '万元')}，服务其他集群：{elsewhere}")
    return result


def focus_min(cond: FocusMin, ev: Evidence) -> Check | None:
    """Whole ≥ min but the declared focus's part < min: review; the part reaching min: pass; else nothing to add."""
    part, whole = ev.figures.get(cond.part), ev.use(cond.figure)
    if part is None or not isinstance(part.value, Decimal) or not isinstance(whole, Usable):
        return None
    shown = show(part.value, "万元")
    if part.value >= cond.min:
        return Check(cond.id, "pass", f"{part.note}；只计所聚焦集群亦达到 {cond.min} 万元", [cond.figure, cond.part],
                     list(cond.documents), actual=shown)
    if not isinstance(whole.value, Decimal) or whole.value < cond.min:
        return None  # the whole is below the floor already: its own check fails
    return Check(cond.id, "review", f"收入合计 {whole.shown} 中，{part.note}；只计所聚焦集群则低于 {cond.min} 万元，"
                 f"服务其他集群的收入是否计入须人工判断（指南：{cond.text}）", [cond.figure, cond.part],
                 list(cond.documents), expected=f">= {cond.min} 万元", actual=shown)
