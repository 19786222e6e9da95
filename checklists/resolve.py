"""Facts from many documents → one resolved figure each, most authoritative source first.

Candidates are never dropped silently: a figure keeps every fact it was chosen
from, and disagreement among the authoritative candidates marks it a conflict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from checklists.schema import Guide
from extractors.figures import FIELD, PERIOD_END
from extractors.investment import ROUNDED, TOTAL_ROW
from extractors.model import Fact, Value, table_column

# Counts and shares stated only where the guide's target_sources state aims (绩效目标申报表) are targets.
TARGET_UNITS = frozenset({"count", "ratio"})
AGREEMENT = Decimal("0.005")  # relative tolerance when two amounts are "the same"
APPROXIMATION = Decimal("0.10")  # how far an exact amount may be from a round figure ("约1亿元") it stands for
LOW_CONFIDENCE = 0.7


@dataclass
class Resolved:
    name: str
    value: Value | None
    unit: str
    confidence: float
    sources: list[Fact] = field(default_factory=list)
    status: str = "ok"  # ok | conflict | low | tax_incl; whether a figure may decide is checklists.gate's to say
    note: str = ""  # Chinese, why the status
    precision: str | None = None
    alternatives: list[Fact] = field(default_factory=list)
    parts: list[Fact] = field(default_factory=list)  # the rows a 合计 adds up (several deals, several items)
    kinds: tuple[str, ...] = ()  # the kinds of document that state the chosen value
    target_only: bool = False  # stated only in documents that state targets (guide.target_sources)


def same_value(a: Value, b: Value) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return abs(a - b) <= max(abs(a), abs(b)) * AGREEMENT
    return a == b


def agree(a: Fact, b: Fact) -> bool:
    """Two readings of one figure agree: equal amounts within tolerance; a date written to the month
    ("2024年10月") agrees with any day of that month ("2024年10月31日")."""
    if isinstance(a.value, date) and isinstance(b.value, date) and "month" in (a.precision, b.precision):
        return (a.value.year, a.value.month) == (b.value.year, b.value.month)
    return same_value(a.value, b.value)


def _group_by_kind(facts: list[tuple[str, Fact]], kinds: tuple[str, ...]) -> list[list[Fact]]:
    ordered = [[f for kind, f in facts if kind == wanted] for wanted in kinds]
    rest = [f for kind, f in facts if kind not in kinds]
    return [group for group in ordered if group] + ([rest] if rest else [])


# 含税 as stated, or as a paid or contract column is by custom (then it never taints an equal amount elsewhere)
GROSS_OF_TAX = ("incl", "incl_assumed")


def _prefer_excl_tax(candidates: list[Fact]) -> list[Fact]:
    excl = [f for f in candidates if f.attrs.get("tax") not in GROSS_OF_TAX]
    return excl or candidates


def _tax_included(best: Fact, group: list[Fact]) -> bool:
    """Marked 含税 itself, or unmarked while the same amount is marked 含税 elsewhere in its sources."""
    if best.attrs.get("tax") in GROSS_OF_TAX:
        return True
    return best.attrs.get("tax") is None and any(
        f.attrs.get("tax") == "incl" and same_value(f.value, best.value) for f in group)


NOT_COUNTED_ROW = re.compile(r"^(否|不计入|不予计入|不计|未计入|剔除|已剔除|扣除)$")


def _column_total(candidates: list[Fact]) -> tuple[Fact, list[Fact]] | None:
    """A table column listing items and their 合计 row: the total, and the rows it adds up."""
    for total in candidates:
        column = table_column(total)
        if column is None or not TOTAL_ROW.match(total.attrs.get("row", "")):
            continue
        rows = [f for f in candidates if f is not total and table_column(f) == column]
        counted = [f for f in rows if not NOT_COUNTED_ROW.match(f.attrs.get("row", ""))]
        for listed in (rows, counted):  # "计入合计" adds up only the rows marked 是, not those marked 否
            if len(listed) >= 2 and same_value(sum((f.value for f in listed), Decimal(0)), total.value):  # type: ignore[misc]
                return total, listed
    return None



def _rows_adding_to(total: Fact, candidates: list[Fact]) -> list[Fact]:
    """"实际支付贷款利息合计159.30万元" beside a table listing each bank's interest without a 合计 row: the
    rows of one column that add up to the stated total are its parts, not rival readings."""
    columns: dict[object, list[Fact]] = {}
    for fact in candidates:
        if fact is not total and (column := table_column(fact)) is not None and \
                fact.provenance.document == total.provenance.document:
            columns.setdefault(column, []).append(fact)
    for rows in columns.values():
        if len(rows) >= 2 and same_value(sum((f.value for f in rows), Decimal(0)), total.value):  # type: ignore[misc]
            return rows
    return []


def _dated_rows(candidates: list[Fact], earliest: bool) -> tuple[Fact, list[Fact]] | None:
    """Dates listed down one table column (one per deal, one per item): the one that counts, and every row."""
    columns = {table_column(f) for f in candidates}
    if len(candidates) < 2 or len(columns) != 1 or None in columns:
        return None
    return _by_meaning(candidates, earliest), candidates


def _named_over_period_ends(dates: list[Fact]) -> list[Fact]:
    """A completion a form's own field names ("创建完成时间 | 2024年6月"), or the sentence stating the 实施期
    ("实施期：2023年1月至2024年12月，2024年6月底前完成创建"), outranks the period's end; a part built on the way
    ("展示体验中心于2022年5月建成") does not."""
    ends = [f for f in dates if f.attrs.get("basis") == PERIOD_END]
    named = [f for f in dates if f.attrs.get("basis") == FIELD or any(
        f.attrs.get("basis") != PERIOD_END and f.provenance == e.provenance.model_copy(
            update={"extractor": f.provenance.extractor}) for e in ends)]
    return [f for f in dates if f.attrs.get("basis") != PERIOD_END] if named else dates


def _by_meaning(dates: list[Fact], earliest: bool) -> Fact:
    """Of several dates stated for one figure, the earliest start, the latest completion; a day written
    out wins over the same month written alone ("2022年1月" and "2022年1月10日" are one start)."""
    precise = [f for f in dates if f.precision != "month"]
    dates = precise + [f for f in dates if f.precision == "month" and not any(agree(f, d) for d in precise)]
    return (min if earliest else max)(dates, key=lambda f: f.value)  # type: ignore[arg-type, return-value]


def _one_per_document(dates: list[Fact], earliest: bool) -> list[Fact]:
    """Several dates one document states for a figure count as the one its meaning picks; documents
    that disagree stay apart (a conflict)."""
    by_document: dict[str, list[Fact]] = {}
    for fact in dates:
        by_document.setdefault(fact.provenance.document, []).append(fact)
    return [_by_meaning(group, earliest) for group in by_document.values()]


def _stated_by(facts: list[tuple[str, Fact]], value: Value) -> tuple[str, ...]:
    return tuple(dict.fromkeys(kind for kind, f in facts if same_value(f.value, value)))


def explained_gross(facts: list[Fact]) -> list[Decimal]:
    """Totals some document shows to hold money the guide leaves out (土建, 铺底流动资金, a partner's share)."""
    return [Decimal(f.attrs["gross"]) for f in facts if "gross" in f.attrs and "unreconciled" not in f.attrs]


def _without_explained_gross(facts: list[tuple[str, Fact]], known: list[Decimal]) -> list[tuple[str, Fact]]:
    """Such a total is that gross figure wherever else it is repeated, not a rival of the net one."""
    gross = explained_gross([f for _, f in facts]) + known
    return [(kind, f) for kind, f in facts
            if "gross" in f.attrs or not any(same_value(f.value, g) for g in gross)]


def _cross_checked(name: str, facts: list[tuple[str, Fact]], best: Fact, guide: Guide, earliest: bool) -> list[Fact]:
    """What each independent paper itself states, where it disagrees with the chosen value."""
    kinds = guide.cross_checked.get(name, ())
    stated = [f for kind, f in facts if kind in kinds and f.provenance.document != best.provenance.document]
    if not stated:
        return []
    own = _one_per_document(stated, earliest) if isinstance(best.value, date) else stated
    return [f for f in own if not agree(f, best)]


def _latest(name: str, facts: list[tuple[str, Fact]]) -> Resolved:
    best = max((f for _, f in facts), key=lambda f: (f.value, f.confidence))
    resolved = Resolved(name, best.value, best.unit, best.confidence, [best], precision=best.precision,
                        alternatives=[f for _, f in facts if f is not best], kinds=_stated_by(facts, best.value))
    if resolved.alternatives:
        resolved.note = "取各材料落款日期中最晚者"
    return resolved


def approximate(fact: Fact) -> bool:
    """An amount written as a round figure (投资预算约1亿元, 近3000万元)."""
    return isinstance(fact.value, Decimal) and bool(ROUNDED.search(fact.attrs.get("context", "")))


def _exact_over_approximate(facts: list[tuple[str, Fact]]) -> tuple[list[tuple[str, Fact]], list[Fact]]:
    """A round figure ("约1亿元") yields to an exact amount of the same figure it rounds (a budget annexed:
    9,580.00), from whatever paper; the round ones it stands for are returned apart, to be shown as such."""
    exact = [f for _, f in facts if isinstance(f.value, Decimal) and not approximate(f)]

    def rounds(rough: Fact) -> bool:
        return any(abs(rough.value - f.value) <= abs(rough.value) * APPROXIMATION for f in exact)  # type: ignore[operator]

    rounded = [f for _, f in facts if approximate(f) and rounds(f)]
    return [(kind, f) for kind, f in facts if not any(f is r for r in rounded)], rounded


def resolve_figure(name: str, facts: list[tuple[str, Fact]], guide: Guide,
                   known_gross: list[Decimal] | None = None) -> Resolved | None:
    """`facts` are (document kind, fact) pairs for this figure name; `known_gross` are totals shown elsewhere
    (the planned total's breakdown) to include what the guide leaves out."""
    facts, rounded = _exact_over_approximate(_without_explained_gross(facts, known_gross or []))
    if not facts:
        return None
    resolved = _resolve(name, facts, guide)
    if rounded:
        resolved.alternatives += rounded
        resolved.note = "；".join(part for part in (resolved.note, "约数以准确金额为准：" + "、".join(
            f"{f.provenance.document}「{f.provenance.text[:40]}」" for f in rounded)) if part)
    return resolved


def _resolve(name: str, facts: list[tuple[str, Fact]], guide: Guide) -> Resolved:
    if name in guide.latest_dates:
        return _latest(name, facts)
    groups = _group_by_kind(facts, guide.figure_sources.get(name, guide.default_sources))
    top = _prefer_excl_tax(groups[0]) if all(f.unit == "万元" for f in groups[0]) else groups[0]
    earliest = name in guide.earliest_dates
    dated = all(isinstance(f.value, date) for f in top)
    if dated:
        top = _named_over_period_ends(top)
    if all(isinstance(f.value, Decimal) for f in top):
        summed = _column_total(top)
    else:
        summed = _dated_rows(top, earliest) if dated else None
    parts = summed[1] if summed else []
    if dated and not summed:
        top = _one_per_document(top, earliest)
    best = summed[0] if summed else max(top, key=lambda f: f.confidence)
    if not summed and isinstance(best.value, Decimal):
        parts = _rows_adding_to(best, top)
    if best.precision == "month":  # the same month written out to the day elsewhere says which day
        best = next((f for _, f in facts if f.precision == "day" and agree(f, best)), best)
    column = table_column(best) if summed else None  # a summed column's rows are its total's, counted or not
    peers = [f for f in top if f.confidence >= best.confidence - 0.1 and not any(f is p for p in parts)
             and (column is None or table_column(f) != column)]
    disagreeing = [f for f in peers if not agree(f, best)] + _cross_checked(name, facts, best, guide, earliest)
    kinds = _stated_by(facts, best.value)
    target_only = name not in guide.form_facts and bool(kinds) and set(kinds) <= set(guide.target_sources)
    resolved = Resolved(name, best.value, best.unit, best.confidence, [best], precision=best.precision,
                        alternatives=[f for _, f in facts if f is not best], parts=parts, kinds=kinds,
                        target_only=target_only)
    if disagreeing:
        resolved.status = "conflict"
        resolved.sources = [best, *disagreeing]
        resolved.note = "同类材料中读到不同数值：" + "、".join(
            f"{f.provenance.document} {_show(f.value)}" for f in resolved.sources)
    elif _tax_included(best, groups[0]):
        resolved.status = "tax_incl"
        resolved.note = "仅读到含税金额，指南要求不含税"
    elif best.confidence < LOW_CONFIDENCE and not _stated_elsewhere(best, facts):
        resolved.status = "low"
        resolved.note = f"识别置信度低（{best.confidence:.2f}）"
    elif best.unit in TARGET_UNITS and resolved.target_only:
        resolved.status = "low"
        resolved.note = "仅见绩效目标申报表中的目标值，须以实际完成的材料核对"
    return resolved


def _stated_elsewhere(best: Fact, facts: list[tuple[str, Fact]]) -> bool:
    """A reading the tool is unsure of (a photo's OCR, a weak column) that another paper states alike is
    cross-checked, not doubtful."""
    return any(f.provenance.document != best.provenance.document and agree(f, best) for _, f in facts)


def _show(value: Value | None) -> str:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def show(value: Value | None, unit: str) -> str:
    text = _show(value)
    return f"{text} 万元" if unit == "万元" else text
