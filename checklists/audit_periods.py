"""A project audited in parts: reports for consecutive periods (2021年度 by one firm, 2022年1-6月 by another) each
state their own period's investment, none the project's. Where two or more audit reports state periods that do
not overlap, each report's single amount for a figure is a part, and the project's figure is their sum."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from extractors.model import Fact

KindFacts = list[tuple[str, Fact]]
ADDED = ("total_investment", "software_investment", "equipment_investment", "hw_sw_investment")


def _periods(kind_facts: KindFacts) -> dict[str, tuple[date, date]]:
    return {f.provenance.document: (date.fromisoformat(f.attrs["start"]), date.fromisoformat(f.attrs["end"]))
            for kind, f in kind_facts if kind == "audit_report" and f.name == "audit_period"}


def _disjoint(spans: list[tuple[date, date]]) -> bool:
    ordered = sorted(spans)
    return all(a[1] < b[0] for a, b in zip(ordered, ordered[1:], strict=False))


def audits_added(kind_facts: KindFacts) -> KindFacts:
    periods = _periods(kind_facts)
    if len(periods) < 2 or not _disjoint(list(periods.values())):
        return kind_facts
    out = list(kind_facts)
    for name in ADDED:
        by_report: dict[str, list[Fact]] = defaultdict(list)
        for kind, fact in kind_facts:
            if kind == "audit_report" and fact.name == name and fact.provenance.document in periods:
                by_report[fact.provenance.document].append(fact)
        values = {doc: {f.value for f in found} for doc, found in by_report.items()}
        if len(by_report) < 2 or any(len(v) != 1 for v in values.values()):
            continue
        reports = sorted(by_report, key=lambda doc: periods[doc])
        parts = [max(by_report[doc], key=lambda f: f.confidence) for doc in reports]
        total = sum((Decimal(str(f.value)) for f in parts), Decimal(0))
        listed = " + ".join(f"{periods[doc][0]}至{periods[doc][1]} {part.value}" for doc, part in zip(reports, parts,
                                                                                                 strict=True))
        summed = parts[0].model_copy(update={
            "value": total, "confidence": min(f.confidence for f in parts),
            "attrs": {**parts[0].attrs, "derived": "audit_periods", "parts": listed},
            "provenance": parts[0].provenance.model_copy(update={"text": f"分期审计合计：{listed}"})})
        gone = {id(f) for found in by_report.values() for f in found}
        out = [(kind, f) for kind, f in out if id(f) not in gone] + [("audit_report", summed)]
    return out
