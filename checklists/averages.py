"""Figures the guide asks for as a yearly average (2019-2021年年均收入, 以审计报告为准): where no paper of the kind
it rests on states the average, the years' own figures (one audit a year, or a year's columns) averaged."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from checklists.resolve import Resolved, same_value, show
from checklists.schema import Average, Category
from extractors.model import Fact
from extractors.years import EARLIER

YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _year(fact: Fact) -> int | None:
    """The one year a figure is stated for: its row's or column's words (2020年度), else the year it was kept under."""
    if fact.attrs.get("year"):
        return int(fact.attrs["year"])
    years = {int(y) for y in YEAR.findall(fact.attrs.get("context", ""))}
    return years.pop() if len(years) == 1 else None


def _yearly(facts: list[tuple[str, Fact]], rule: Average) -> dict[int, list[Fact]] | None:
    """Each year's figure from the kinds the rule rests on; None when a year is missing or read two ways."""
    by_year: dict[int, list[Fact]] = {year: [] for year in rule.years}
    for kind, fact in facts:
        named = fact.attrs.get("figure") if fact.name == EARLIER else fact.name
        year = _year(fact) if named == rule.of and kind in rule.kinds and isinstance(fact.value, Decimal) else None
        if year in by_year:
            by_year[year].append(fact)
    for found in by_year.values():
        if not found or any(not same_value(f.value, found[0].value) for f in found):
            return None
    return by_year


def with_averages(figures: dict[str, Resolved], facts: list[tuple[str, Fact]], category: Category) -> dict[str, Resolved]:
    result = dict(figures)
    for name, rule in category.figure_averages.items():
        stated = figures.get(name)
        if stated is not None and any(k in rule.kinds for k in stated.kinds):
            continue  # the paper the guide rests on states the average itself
        yearly = _yearly(facts, rule)
        if yearly is None:
            continue
        chosen = [found[0] for found in yearly.values()]
        average = (sum((f.value for f in chosen), Decimal(0)) / len(chosen)).quantize(Decimal("0.01"), ROUND_HALF_UP)  # type: ignore[misc]
        note = f"{rule.text}：" + "、".join(f"{y}年 {show(f.value, f.unit)}" for y, f in zip(yearly, chosen, strict=True)) + \
            f"，年均 {show(average, chosen[0].unit)}"
        resolved = Resolved(name, average, chosen[0].unit, min(f.confidence for f in chosen), chosen,
                            kinds=tuple(rule.kinds), note=note, parts=chosen)
        if stated is not None and not same_value(stated.value, average):
            resolved.alternatives = stated.sources + stated.alternatives
            resolved.note += f"；材料所述 {show(stated.value, stated.unit)} 未按此计"
        result[name] = resolved
    return result
