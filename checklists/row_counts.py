"""Counts the guide makes of listed rows: the classes of a training plan that last 3.5 days or more."""

from __future__ import annotations

from decimal import Decimal

from checklists.resolve import Resolved
from checklists.schema import Category
from extractors.model import Fact


def with_row_counts(figures: dict[str, Resolved], facts: list[tuple[str, Fact]],
                    category: Category) -> dict[str, Resolved]:
    """Each count the category defines over listed rows, from the rows of one document (the one listing
    most), unless a paper states the count itself."""
    result = dict(figures)
    for name, rule in category.row_counts.items():
        if name in figures and not figures[name].target_only:
            continue
        by_document: dict[str, list[tuple[str, Fact]]] = {}
        for kind, fact in facts:
            if fact.name == rule.rows:
                by_document.setdefault(fact.provenance.document, []).append((kind, fact))
        if not by_document:
            continue
        listed = max(by_document.values(), key=len)
        rows = [f for _, f in listed]
        counted = [f for f in rows if Decimal(str(f.value)) >= rule.at_least]
        result[name] = Resolved(name, len(counted), "count", min(f.confidence for f in rows), counted or rows[:1],
                                kinds=(listed[0][0],), note=f"{rule.text}：列出 {len(rows)} 个，计 {len(counted)} 个")
    return result
