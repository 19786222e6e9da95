"""Amounts stated at a date, named by what the guide counts: invested by its cutoff, or the total they were."""

from __future__ import annotations

from datetime import date

from extractors.model import Fact

STATED = "invested_to_date"


def at_guide_cutoff(fact: Fact, cutoff: date | None) -> Fact:
    """An amount invested 截至 the guide's cutoff is invested_by_cutoff. A total stated 截至 another date
    stays the total it was read as unless its project is still under way (then it is invested so far)."""
    if fact.name != STATED:
        return fact
    as_of = fact.attrs.get("as_of")
    if cutoff is not None and as_of == cutoff.isoformat():
        return fact.model_copy(update={"name": "invested_by_cutoff"})
    stated_as = fact.attrs.get("stated_as")
    if stated_as and fact.attrs.get("scope") != "under_way":
        return fact.model_copy(update={"name": stated_as})
    return fact


def named_at_cutoff(facts: dict[str, list[Fact]], cutoff: date | None) -> dict[str, list[Fact]]:
    return {path: [at_guide_cutoff(f, cutoff) for f in found] for path, found in facts.items()}
