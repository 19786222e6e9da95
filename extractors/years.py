"""Figures stated per period. Several years side by side (2021年 | 2020年 columns, or rows): the figure the
guide asks for (上年度收入, 上年度相关投入) is the latest year's; the earlier years are kept, under their own
name, for growth and for the reviewer. Consecutive periods down a column (2021年7-12月, 2022年1-6月) add up
to the figure for the whole span."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from extractors.model import Column, Fact, Row, table_column, table_row

ANNUAL = frozenset({"software_revenue", "revenue", "service_revenue", "software_related_investment",
                    "average_revenue"})
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
EARLIER = "earlier_year_amount"


def _year(fact: Fact) -> int | None:
    if "period" in fact.attrs:  # a row for a period within a year is a part, not a year's figure
        return None
    years = {int(y) for y in YEAR.findall(fact.attrs.get("context", ""))}
    return years.pop() if len(years) == 1 else None


def latest_year(facts: list[Fact]) -> list[Fact]:
    latest: dict[str, int] = {}
    for fact in facts:
        year = _year(fact) if fact.name in ANNUAL else None
        if year is not None:
            latest[fact.name] = max(year, latest.get(fact.name, year))
    out = []
    for fact in facts:
        year = _year(fact) if fact.name in latest else None
        if year is not None and year < latest[fact.name]:
            fact = fact.model_copy(update={"name": EARLIER, "attrs": {**fact.attrs, "figure": fact.name,
                                                                      "year": str(year)}})
        out.append(fact)
    return out


def _span(fact: Fact) -> tuple[date, date] | None:
    period = fact.attrs.get("period", "")
    if ".." not in period:
        return None
    start, end = period.split("..")
    return date.fromisoformat(start), date.fromisoformat(end)


def consecutive_periods(facts: list[Fact]) -> list[Fact]:
    """One figure for the whole span where a column states it for periods that follow each other."""
    groups: dict[tuple[str, Column | None], list[Fact]] = {}
    for fact in facts:
        if fact.name in ANNUAL and _span(fact) is not None:
            groups.setdefault((fact.name, table_column(fact)), []).append(fact)
    out = list(facts)
    for rows in groups.values():
        rows.sort(key=lambda f: _span(f))  # type: ignore[arg-type, return-value]
        spans = [_span(f) for f in rows]
        if len(rows) < 2 or any(a[1] + timedelta(days=1) != b[0] for a, b in zip(spans, spans[1:])):  # type: ignore[index]
            continue
        first, last = spans[0], spans[-1]
        total = sum((f.value for f in rows), Decimal(0))  # type: ignore[misc]
        out = [f for f in out if f not in rows]
        out.append(rows[0].model_copy(update={
            "value": total, "attrs": {**rows[0].attrs, "period": f"{first[0]}..{last[1]}",  # type: ignore[index]
                                      "derived": "+".join(str(f.value) for f in rows)},
            "provenance": rows[0].provenance.model_copy(update={
                "text": "；".join(f"{f.attrs['period']} {f.value}" for f in rows)})}))
    return out


TOTAL_COLUMN = re.compile(r"^.{0,6}(合\s*计|总\s*计|小\s*计)")
PERIOD_COLUMN = re.compile(r"(19|20)?\d{2}\s*年|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|季度|上半年|下半年")


def row_totals(facts: list[Fact]) -> list[Fact]:
    """A row stated per period across columns (2022年7-12月 | 2023年 | 2024年 | 合计): the 合计 column is the
    row's figure; the periods' cells that add up to it are its parts, not rival readings."""
    rows: dict[tuple[str, Row], list[Fact]] = {}
    for fact in facts:
        if (row := table_row(fact)) is not None and fact.unit == "万元":
            rows.setdefault((fact.name, row), []).append(fact)
    parts: set[int] = set()  # ids of the period cells a total stands for
    for cells in rows.values():
        totals = [f for f in cells if TOTAL_COLUMN.match(f.attrs.get("column", ""))]
        periods = [f for f in cells if not TOTAL_COLUMN.match(f.attrs.get("column", ""))
                   and PERIOD_COLUMN.search(f.attrs.get("column", ""))]
        if len(totals) == 1 and len(periods) >= 2 and \
                sum((f.value for f in periods), Decimal(0)) == totals[0].value:  # type: ignore[misc]
            parts.update(id(f) for f in periods)
    return [f for f in facts if id(f) not in parts]
