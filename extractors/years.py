"""Annual figures stated for several years side by side (2021年 | 2020年 columns, or rows): the figure the
guide asks for (上年度收入, 上年度相关投入) is the latest year's; the earlier years are kept, under their own
name, for growth and for the reviewer."""

from __future__ import annotations

import re

from extractors.model import Fact

ANNUAL = frozenset({"software_revenue", "revenue", "service_revenue", "software_related_investment",
                    "average_revenue"})
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
EARLIER = "earlier_year_amount"


def _year(fact: Fact) -> int | None:
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
