"""验收意见: conclusion, completion and acceptance dates, issuer."""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.figures import date_facts
from extractors.model import Fact
from extractors.statements import statement_facts

EXTRACTOR = "acceptance_opinion.v1"
_ACCEPT = "(?:验收|终验)"  # 项目终验: the final acceptance by another name
NEGATIVE = re.compile(rf"不同意.{{0,6}}(通过)?{_ACCEPT}|未(能)?通过.{{0,4}}{_ACCEPT}|不予(通过)?{_ACCEPT}|{_ACCEPT}不合格|"
                      rf"暂缓.{{0,4}}{_ACCEPT}")
POSITIVE = re.compile(rf"同意.{{0,10}}通过.{{0,6}}{_ACCEPT}|(一致)?同意.{{0,6}}{_ACCEPT}|通过.{{0,4}}{_ACCEPT}|{_ACCEPT}合格|"
                      rf"予以{_ACCEPT}")
DATE_FIGURES = frozenset({"acceptance_date", "completion_date", "start_date"})
ISSUER = re.compile(r"(工业和信息化|工信|经济和信息化|经信|管理委员会|管委会|发展和改革)")


def conclusion_fact(ctx: ExtractContext) -> list[Fact]:
    for pattern, value in ((NEGATIVE, "rejected"), (POSITIVE, "passed")):
        for unit in ctx.units:
            if pattern.search(unit.text):
                return [Fact(name="acceptance_conclusion", value=value, unit="text", confidence=0.95,
                             provenance=unit.provenance.model_copy(update={"extractor": EXTRACTOR}))]
    return []


def _signature_date(ctx: ExtractContext) -> list[Fact]:
    """The last date of the document, usually under the seal, stands in for an unlabelled acceptance date."""
    for unit, found in reversed(ctx.units_with_entities()):
        dates = [e for e in found if e.label == "DATE"]
        if dates and getattr(dates[-1].value, "precision", "") == "day":
            mention = dates[-1].value
            return [Fact(name="acceptance_date", value=mention.value, unit="date", precision="day",  # type: ignore[attr-defined]
                         confidence=0.75, attrs={"basis": "signature"},
                         provenance=unit.provenance.model_copy(update={"extractor": EXTRACTOR}))]
    return []


def issuer_facts(ctx: ExtractContext) -> list[Fact]:
    for unit, found in reversed(ctx.units_with_entities()):
        for entity in found:
            if entity.label == "ORG" and ISSUER.search(str(entity.value)):
                return [Fact(name="acceptance_issuer", value=str(entity.value), unit="text", confidence=0.8,
                             provenance=unit.provenance.model_copy(update={"extractor": EXTRACTOR}))]
    return []


def acceptance_facts(ctx: ExtractContext) -> list[Fact]:
    facts: list[Fact] = []
    for unit, found in ctx.units_with_entities():
        facts.extend(date_facts(unit, found, DATE_FIGURES, 0.95, EXTRACTOR))
    facts += statement_facts(ctx, 0.9, EXTRACTOR, amounts=frozenset(), dates=frozenset())
    if not any(f.name == "acceptance_date" for f in facts):
        facts.extend(_signature_date(ctx))
    return facts + conclusion_fact(ctx) + issuer_facts(ctx)
