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


def _once(dated: list[Fact]) -> list[Fact]:
    """A settlement two papers list (the bank's 利息清单 and the audit's table restating it) counts once: of
    the rows with one date and amount, those of the document listing most of them."""
    by_key: dict[tuple[date | None, object], dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    for fact in dated:
        by_key[(row_date(fact), fact.value)][fact.provenance.document].append(fact)
    kept = {id(f) for documents in by_key.values() for f in max(documents.values(), key=len)}
    return [f for f in dated if id(f) in kept]


def _windowed(name: str, columns: list[list[Fact]], window: Window) -> tuple[Resolved, int] | None:
    """Every statement's dated rows inside the window, summed across statements (a settlement listed by two
    papers once), and how many rows fall outside it; None when no row is dated."""
    dated = _once([f for rows in columns for f in rows if row_date(f)])
    if not dated:
        return None
    inside = [f for f in dated if window.start <= row_date(f) <= window.end]  # type: ignore[operator]
    outside = [f for f in dated if f not in inside]
    totals = [f for rows in columns for f in rows if not row_date(f)]
    read_right = all(any(same_value(sum((f.value for f in rows if row_date(f)), Decimal(0)), t.value)  # type: ignore[misc]
                         for t in rows if not row_date(t)) for rows in columns)
    confidence = CHECKED if read_right else min(f.confidence for f in inside or dated)
    total = sum((f.value for f in inside), Decimal(0))  # type: ignore[misc]
    statements = len({f.provenance.document for f in dated})
    note = f"按{window.text}计：{statements} 份清单 {len(inside)} 笔计入"
    if outside:
        note += f"，{len(outside)} 笔不在期间内未计入（{'、'.join(show(f.value, f.unit) for f in outside)}）"
    return Resolved(name, total, dated[0].unit, confidence, inside, parts=inside, kinds=(),
                    alternatives=outside + totals, note=note), len(outside)


def _left_out(facts: list[tuple[str, Fact]], name: str, window: Window) -> tuple[list[Decimal], list[Fact]]:
    """What the guide does not count under `name` though papers list it (interest on a 小额贷款公司's loan):
    the amounts it may come to in the window, by statement (its dated rows inside the window, else any one
    amount it states — a scan of a slip is not always read to the right line), every combination summed."""
    found = [f for _, f in facts if f.name == f"{name}_not_counted"]
    by_document: dict[str, list[Fact]] = defaultdict(list)
    for fact in found:
        by_document[fact.provenance.document].append(fact)
    sums = {Decimal(0)}
    for rows in by_document.values():
        dated = [f for f in rows if row_date(f)]
        choices = {sum((f.value for f in dated if window.start <= row_date(f) <= window.end), Decimal(0))} \
            if dated else {f.value for f in rows}  # type: ignore[misc,operator]
        sums = {s + c for s in sums for c in choices}  # type: ignore[operator]
    return sorted(sums - {Decimal(0)}), found


def _not_counted_kind(left_out: list[Fact]) -> str:
    """What the money left out is: a foreign-currency loan's interest, a non-bank lender's, or both."""
    currencies = list(dict.fromkeys(f.attrs["currency"] for f in left_out if f.attrs.get("currency")))
    kinds = [f"外币（{'、'.join(currencies)}）贷款利息"] if currencies else []
    if any(f.attrs.get("lender") for f in left_out):
        kinds.append("非商业银行借款利息")
    return "、".join(kinds) or "非商业银行借款利息"


def within_windows(figures: dict[str, Resolved], facts: list[tuple[str, Fact]],
                   category: Category) -> dict[str, Resolved]:
    """A figure the guide counts over a period, listed row by row with dates (banks' 利息清单), is the sum of
    the rows inside the period across the statements; a total that counts rows outside it, or money the guide
    does not count (a 小额贷款公司's interest), is not the figure. An audit that states the figure itself (its own
    selection of the rows) stands, unless it is the rows plus that money."""
    result = dict(figures)
    for name, window in category.figure_windows.items():
        stated = figures.get(name)
        found = _windowed(name, list(_dated_columns(facts, name).values()), window)
        if found is None:
            continue
        windowed, outside = found
        extras, left_out = _left_out(facts, name, window)
        if stated is not None and same_value(stated.value, windowed.value):
            continue
        extra = next((e for e in extras if stated is not None and same_value(stated.value, windowed.value + e)), None)  # type: ignore[operator]
        with_extra = extra is not None
        if stated is not None and "audit_report" in stated.kinds and not with_extra:
            continue
        if not outside and not with_extra:
            continue  # every dated row counts and nothing was added: the stated figure stands
        if stated is not None:
            why = f"含{_not_counted_kind(left_out)} {show(extra, stated.unit)}" if with_extra else "含期间外利息"
            where = "、".join(dict.fromkeys(f.provenance.document for f in stated.sources)) or "申报材料"
            windowed.note += f"；{where} 所列 {show(stated.value, stated.unit)} {why}"
            windowed.alternatives += [f for f in stated.sources + left_out if f not in windowed.alternatives]
        windowed.kinds = tuple(dict.fromkeys(k for k, f in facts if any(f is r for r in windowed.sources)))
        result[name] = windowed
    return result
