"""Amounts stated at a date, named by what the guide counts: invested by its cutoff, or the total they were."""

from __future__ import annotations

from datetime import date

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


def named_at_cutoff(facts: dict[str, list[Fact]], cutoff: date | None,
                    completed: date | None = None) -> dict[str, list[Fact]]:
    return {path: [n for f in found for n in at_guide_cutoff(f, cutoff, completed)] for path, found in facts.items()}
