"""Facts from many documents → one resolved figure each, most authoritative source first.

Candidates are never dropped silently: a figure keeps every fact it was chosen
from, and disagreement among the authoritative candidates marks it a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from checklists.schema import Guide
from extractors.model import Fact, Value

AGREEMENT = Decimal("0.005")  # relative tolerance when two amounts are "the same"
LOW_CONFIDENCE = 0.7


@dataclass
class Resolved:
    name: str
    value: Value | None
    unit: str
    confidence: float
    sources: list[Fact] = field(default_factory=list)
    status: str = "ok"  # ok | conflict | low | tax_incl | not_applicable
    note: str = ""  # Chinese, why the status
    precision: str | None = None
    alternatives: list[Fact] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return self.value is not None and self.status == "ok"


def same_value(a: Value, b: Value) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return abs(a - b) <= max(abs(a), abs(b)) * AGREEMENT
    return a == b


def _group_by_kind(facts: list[tuple[str, Fact]], kinds: tuple[str, ...]) -> list[list[Fact]]:
    ordered = [[f for kind, f in facts if kind == wanted] for wanted in kinds]
    rest = [f for kind, f in facts if kind not in kinds]
    return [group for group in ordered if group] + ([rest] if rest else [])


def _prefer_excl_tax(candidates: list[Fact]) -> list[Fact]:
    excl = [f for f in candidates if f.attrs.get("tax") != "incl"]
    return excl or candidates


def _tax_included(best: Fact, group: list[Fact]) -> bool:
    """Marked 含税 itself, or unmarked while the same amount is marked 含税 elsewhere in its sources."""
    if best.attrs.get("tax") == "incl":
        return True
    return best.attrs.get("tax") is None and any(
        f.attrs.get("tax") == "incl" and same_value(f.value, best.value) for f in group)


def resolve_figure(name: str, facts: list[tuple[str, Fact]], guide: Guide) -> Resolved | None:
    """`facts` are (document kind, fact) pairs for this figure name."""
    if not facts:
        return None
    groups = _group_by_kind(facts, guide.figure_sources.get(name, guide.default_sources))
    top = _prefer_excl_tax(groups[0]) if name.endswith("investment") else groups[0]
    best = max(top, key=lambda f: f.confidence)
    peers = [f for f in top if f.confidence >= best.confidence - 0.1]
    disagreeing = [f for f in peers if not same_value(f.value, best.value)]
    resolved = Resolved(name, best.value, best.unit, best.confidence, [best], precision=best.precision,
                        alternatives=[f for _, f in facts if f is not best])
    if disagreeing:
        resolved.status = "conflict"
        resolved.sources = [best, *disagreeing]
        resolved.note = "同类材料中读到不同数值：" + "、".join(sorted({_show(f.value) for f in resolved.sources}))
    elif _tax_included(best, groups[0]):
        resolved.status = "tax_incl"
        resolved.note = "仅读到含税金额，指南要求不含税"
    elif best.confidence < LOW_CONFIDENCE:
        resolved.status = "low"
        resolved.note = f"识别置信度低（{best.confidence:.2f}）"
    return resolved


def _show(value: Value | None) -> str:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def show(value: Value | None, unit: str) -> str:
    text = _show(value)
    return f"{text} 万元" if unit == "万元" else text
