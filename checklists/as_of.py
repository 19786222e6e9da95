"""Amounts stated at a date, named by what the guide counts: invested by its cutoff, or the total they were."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.model import Fact

STATED = "invested_to_date"


def _under_way(fact: Fact, completed: date | None) -> bool:
    """Its own papers say the project was being built, or it was stated before the project's completion."""
    as_of = fact.attrs.get("as_of")
    return fact.attrs.get("scope") == "under_way" or bool(completed and as_of and as_of < completed.isoformat())


def at_guide_cutoff(fact: Fact, cutoff: date | None, completed: date | None = None) -> list[Fact]:
    """An amount invested 截至 the guide's cutoff is invested_by_cutoff. A total stated 截至 a date is also
    the total it was read as, unless its project was still under way then (it is invested so far)."""
    if fact.name != STATED:
        return [fact]
    named = []
    if cutoff is not None and fact.attrs.get("as_of") == cutoff.isoformat():
        named.append(fact.model_copy(update={"name": "invested_by_cutoff"}))
    stated_as = fact.attrs.get("stated_as")
    if stated_as and not _under_way(fact, completed):
        named.append(fact.model_copy(update={"name": stated_as}))
    return named or [fact]


ROW_FIGURES = frozenset({"line_item", "equipment_investment", "software_investment", "other_investment",
                         "hw_sw_investment"})
STATED_TOTALS = frozenset({STATED, "total_investment", "hw_sw_investment"})


def dated_rows_by_cutoff(found: list[Fact], cutoff: date | None) -> list[Fact]:
    """An audit that runs past the cutoff and lists every item with its date (发票日期), the items adding up to
    its stated total: what was invested by the cutoff is the sum of the items dated by then."""
    if cutoff is None or any(f.name == "invested_by_cutoff" or f.attrs.get("as_of") == cutoff.isoformat()
                             for f in found):
        return []
    rows = [f for f in found if f.name in ROW_FIGURES and f.attrs.get("row_date") and isinstance(f.value, Decimal)]
    whole = sum((f.value for f in rows), Decimal(0))  # type: ignore[misc]
    if len(rows) < 2 or not any(f.name in STATED_TOTALS and not f.attrs.get("row_date") and f.value == whole
                                for f in found):
        return []
    early = [f for f in rows if f.attrs["row_date"] <= cutoff.isoformat()]
    if not early or len(early) == len(rows):
        return []  # nothing by then, or everything: the stated total says it
    listed = "；".join(f"{f.attrs.get('row', '')} {f.attrs['row_date']} {f.value}" for f in early)
    return [early[0].model_copy(update={
        "name": "invested_by_cutoff", "value": sum((f.value for f in early), Decimal(0)),  # type: ignore[misc]
        "confidence": min(f.confidence for f in early),
        "attrs": {"derived": "dated_rows", "as_of": cutoff.isoformat(), "rows": str(len(early)), "of": str(len(rows))},
        "provenance": early[0].provenance.model_copy(update={"text": f"截至 {cutoff} 的明细 {len(early)} 项：{listed}"})})]


def named_at_cutoff(facts: dict[str, list[Fact]], cutoff: date | None,
                    completed: date | None = None) -> dict[str, list[Fact]]:
    return {path: [n for f in found for n in at_guide_cutoff(f, cutoff, completed)] + dated_rows_by_cutoff(found, cutoff)
            for path, found in facts.items()}
