"""Figures the guide counts over a period: the dated rows inside it summed, those outside left out."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from checklists.resolve import Resolved, same_value, show
from checklists.schema import Category, Window
from extractors.investment import TOTAL_ROW
from extractors.model import Column, Fact, table_column

CHECKED = 0.9  # rows that add up to their own 合计 were read right


def row_date(fact: Fact) -> date | None:
    """When a row's amount arose: the date its row states (结息日), else the end of the period it covers."""
    stated = fact.attrs.get("row_date") or fact.attrs.get("period", "").partition("..")[2]
    return date.fromisoformat(stated) if stated else None


def _dated_columns(facts: list[tuple[str, Fact]], name: str) -> dict[Column, list[Fact]]:
    columns: dict[Column, list[Fact]] = defaultdict(list)
    for _, fact in facts:
        column = table_column(fact)
        if fact.name == name and column is not None and (row_date(fact) or TOTAL_ROW.match(fact.attrs.get("row", ""))):
            columns[column].append(fact)
    return {c: rows for c, rows in columns.items() if sum(1 for f in rows if row_date(f)) >= 2}


def _windowed(name: str, rows: list[Fact], window: Window) -> Resolved | None:
    dated = [f for f in rows if row_date(f)]
    inside = [f for f in dated if window.start <= row_date(f) <= window.end]  # type: ignore[operator]
    outside = [f for f in dated if f not in inside]
    if not outside or not inside:
        return None  # every row counts (or none): the stated figure stands
    total = sum((f.value for f in inside), Decimal(0))  # type: ignore[misc]
    totals = [f for f in rows if not row_date(f)]
    read_right = any(same_value(sum((f.value for f in dated), Decimal(0)), t.value) for t in totals)  # type: ignore[misc]
    confidence = CHECKED if read_right else min(f.confidence for f in inside)
    note = (f"按{window.text}计：{len(inside)} 笔计入，{len(outside)} 笔不在期间内未计入"
            f"（{'、'.join(show(f.value, f.unit) for f in outside)}）")
    return Resolved(name, total, inside[0].unit, confidence, inside, parts=inside, kinds=(),
                    alternatives=outside + totals, note=note)


def within_windows(figures: dict[str, Resolved], facts: list[tuple[str, Fact]],
                   category: Category) -> dict[str, Resolved]:
    """A figure the guide counts over a period, listed row by row with dates (a bank's 利息清单), is the sum
    of the rows inside the period; a total that counts rows outside it is not the figure. An audit that
    states the figure itself (its own selection of the rows) stands."""
    result = dict(figures)
    for name, window in category.figure_windows.items():
        stated = figures.get(name)
        for rows in _dated_columns(facts, name).values():
            windowed = _windowed(name, rows, window)
            if windowed is None:
                continue
            if stated is not None and (same_value(stated.value, windowed.value) or "audit_report" in stated.kinds):
                break
            if stated is not None:
                windowed.note += f"；申报材料所列 {show(stated.value, stated.unit)} 含期间外利息"
                windowed.alternatives += [f for f in stated.sources if f not in windowed.alternatives]
            windowed.kinds = tuple(dict.fromkeys(k for k, f in facts if any(f is r for r in windowed.sources)))
            result[name] = windowed
            break
    return result
