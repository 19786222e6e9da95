"""备案/核准, 环评, 能评 documents, and the recommending unit's letter that they are not needed."""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.figures import date_facts
from extractors.model import Fact
from extractors.units import Unit

EXTRACTOR = "procedure.v1"
PROCEDURE_WORDS = {
    "filing": re.compile(r"备案|核准"),
    "eia": re.compile(r"环评|环境影响"),
    "energy": re.compile(r"能评|节能"),
}
KIND_PROCEDURE = {"project_filing": "filing", "eia_approval": "eia", "energy_review": "energy"}
_SEPARATE = r"(?:单独)?(?:进行|开展|办理|编制|报批|申报)"
# how a letter says a procedure is not needed: outright, not separately (不再单独进行), or below the procedure's threshold
EXEMPT = re.compile(rf"无需|不需要?|不涉及|免于|免予|豁免|无须|不必|不再{_SEPARATE}|不单独(?:进行|开展|办理|编制|报批)"
                    r"|不属于.{0,12}范围|不纳入.{0,12}(?:管理|范围)|低于.{0,24}(?:标准|限额|门槛)")
EXEMPT_REACH = re.compile(r"[^。；;，,]{0,30}")  # what a 无需 covers: the rest of its clause


def procedure_facts(ctx: ExtractContext) -> list[Fact]:
    procedure = KIND_PROCEDURE[ctx.document.kind]
    first = ctx.units[0] if ctx.units else None
    if first is None:
        return []
    return [Fact(name="procedure_done", value=procedure, unit="text", confidence=ctx.document.kind_confidence,
                 provenance=first.provenance.model_copy(update={"extractor": EXTRACTOR}))]


def exemption_facts(ctx: ExtractContext) -> list[Fact]:
    """Which procedures the letter says are not needed; a letter naming none covers all (相关手续)."""
    named: dict[str, Unit] = {}
    generic: Unit | None = None
    for unit in ctx.units:
        for match in EXEMPT.finditer(unit.text):
            reach = match.group(0) + EXEMPT_REACH.match(unit.text, match.end()).group(0)  # type: ignore[union-attr]
            keys = [key for key, words in PROCEDURE_WORDS.items() if words.search(reach)]
            for key in keys:
                named.setdefault(key, unit)
            if not keys and "手续" in reach:
                generic = generic or unit
    if not named and generic is not None:
        named = dict.fromkeys(PROCEDURE_WORDS, generic)
    return [Fact(name="procedure_exempted", value=key, unit="text", confidence=0.9,
                 provenance=unit.provenance.model_copy(update={"extractor": EXTRACTOR}))
            for key, unit in named.items()]


def start_certificate_facts(ctx: ExtractContext) -> list[Fact]:
    facts: list[Fact] = []
    for unit, found in ctx.units_with_entities():
        facts.extend(date_facts(unit, found, frozenset({"start_date"}), 0.9, EXTRACTOR))
    return facts
