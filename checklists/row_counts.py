"""Counts the guide makes of listed rows: the classes of a training plan that last 3.5 days or more."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from checklists.resolve import Resolved
from checklists.schema import Category, RowCount
from extractors.model import Fact


def with_row_counts(figures: dict[str, Resolved], facts: list[tuple[str, Fact]],
                    category: Category) -> dict[str, Resolved]:
    """Each count the category defines over listed rows, from the rows of one document (the one listing
    most), unless a paper states the count itself."""
    result = dict(figures)
    for name, rule in category.row_counts.items():
        by_document: dict[str, list[tuple[str, Fact]]] = {}
        for kind, fact in facts:
            if fact.name == rule.rows:
                by_document.setdefault(fact.provenance.document, []).append((kind, fact))
        if not by_document:
            continue
        listed = max(by_document.values(), key=len)
        rows = [f for _, f in listed]
        stated = figures.get(name)
        if stated is not None and not stated.target_only and not _covers(rows, stated):
            continue  # a paper states the count and the rows do not list every one of them
        if rule.window is not None:
            if not all(f.attrs.get("row_date") for f in rows):
                continue  # a row without its date: which year it counts in is not read
            counted, note = _dated(rows, rule)
        else:
            counted, note = _long_enough(rows, rule)
        resolved = Resolved(name, len(counted), "count", min(f.confidence for f in rows), counted or rows[:1],
                            kinds=(listed[0][0],), note=note)
        if stated is not None and stated.value != len(counted):
            resolved.alternatives = stated.sources + stated.alternatives
            resolved.note += f"；材料所述 {stated.value} 个未按此计"
        result[name] = resolved
    return result


def _long_enough(rows: list[Fact], rule: RowCount) -> tuple[list[Fact], str]:
    lengths = [(f, _length(f, rule)) for f in rows]
    at_least = rule.at_least or Decimal(0)
    counted = [f for f, length in lengths if length >= at_least]
    cut = [f"{f.provenance.text.split(' ')[0]}（{f.value}→{length.normalize():f} 天）" for f, length in lengths
           if length < Decimal(str(f.value)) and Decimal(str(f.value)) >= at_least > length]
    note = f"{rule.text}：列出 {len(rows)} 个，计 {len(counted)} 个"
    if cut:
        note += f"；按{rule.capped_text}计，班次 {'、'.join(cut)} 不足{at_least}天"
    return counted, note


def _dated(rows: list[Fact], rule: RowCount) -> tuple[list[Fact], str]:
    """The rows dated inside the window (登记日期 in 上年度), less those the guide does not count (受让)."""
    window = rule.window
    assert window is not None
    inside = [f for f in rows if window.start <= date.fromisoformat(f.attrs["row_date"]) <= window.end]
    left_out = [f for f in inside if rule.without and f.attrs.get(rule.without)]
    counted = [f for f in inside if not (rule.without and f.attrs.get(rule.without))]
    note = f"{rule.text}：列出 {len(rows)} 个，{window.text} {len(inside)} 个"
    if left_out:
        note += f"，其中{rule.without_text or '不计入的'} {len(left_out)} 个不计"
    if len(inside) < len(rows):
        note += f"，{len(rows) - len(inside)} 个非{window.text}"
    return counted, note + f"，计 {len(counted)} 个"


def _covers(rows: list[Fact], stated: Resolved) -> bool:
    """The rows list at least as many as the stated count (the whole plan, not a sample of it)."""
    return isinstance(stated.value, int) and len(rows) >= stated.value


def _length(row: Fact, rule: RowCount) -> Decimal:
    """A row's length as the guide counts it: its parts capped where its schedule gives them, never more than
    the length it states."""
    stated = Decimal(str(row.value))
    parts = {k: Decimal(v) for k, v in row.attrs.items() if k in ("arrival", "teaching", "departure")}
    if not rule.capped or "teaching" not in parts:
        return stated
    counted = sum((min(v, rule.capped[k]) if k in rule.capped else v for k, v in parts.items()), Decimal(0))
    return min(stated, counted)
