"""Revenue told apart by the cluster it served: a table row per cluster ("新能源汽车集群 | 176.20"), or a 其中 clause
per cluster ("其中服务新能源汽车集群176.20万元，为高端装备集群提供服务92.20万元"); and the cluster a form says the
applicant focuses on ("聚焦服务集群 | 新能源（智能网联）汽车集群"). The checklists compare them (checklists.focus)."""

from __future__ import annotations

import re

from extractors.amount import Money
from extractors.context import ExtractContext
from extractors.figures import column_weight
from extractors.model import Fact
from extractors.nlp import Entity
from extractors.statements import labelled_text
from extractors.units import Unit

PART = "service_revenue_part"
DECLARED = "declared_cluster"
# what a row or a clause serves: a cluster or an industrial chain, named
SERVED = re.compile(r"[^\s,，。；;:：、]{2,30}?(集群|产业链)(\([^()]{1,16}\))?")
# "受某协会委托为高端装备集群提供服务": the words before the cluster say who asked, not what was served
SERVED_LEAD = re.compile(r"^.*?(为|服务于?|面向|向)")
TOTAL_ROW = re.compile(r"合\s*计|总\s*计|小\s*计|共\s*计")
# a form's field naming the one cluster served: 聚焦服务集群, 聚焦的特定集群（产业链）, 所服务集群名称, 服务对象集群
FOCUS_LABEL = re.compile(r"^(聚焦|所?服务|主要服务|重点服务)(的)?(服务)?(对象|特定)?(集群|产业链)(\(产业链\))?(名称)?$")
CLAUSES = re.compile(r"[，,；;。、]")
BREAKDOWN = re.compile(r"其中")


# words every cluster's name may carry: what tells two clusters apart is the rest
GENERIC = re.compile(r"集群|产业链|产业|[()（）\s]")
MATCH = 0.6  # share of the shorter name's character pairs the other holds


def _pairs(name: str) -> set[str]:
    core = GENERIC.sub("", name)
    return {core[i:i + 2] for i in range(len(core) - 1)}


def same_served(declared: str, served: str) -> bool:
    """"新能源（智能网联）汽车集群" and "常州新能源(智能网联)汽车集群" are one cluster; "高端装备集群" is another."""
    mine, theirs = _pairs(declared), _pairs(served)
    if not mine or not theirs:
        return False
    return len(mine & theirs) / min(len(mine), len(theirs)) >= MATCH


def _money(found: list[Entity]) -> list[Entity]:
    return [e for e in found if e.label == "MONEY"]


def _without_lead(served: str) -> str:
    lead = SERVED_LEAD.match(served)
    rest = served[lead.end():] if lead else served
    return rest if SERVED.fullmatch(rest) else served


def _part(unit: Unit, entity: Entity, served: str, base: float, extractor: str) -> Fact:
    money: Money = entity.value  # type: ignore[assignment]
    return Fact(name=PART, value=money.figure, unit="万元", confidence=base,
                attrs={"served": _without_lead(served)},
                provenance=unit.provenance.model_copy(update={"extractor": extractor}))


def _table_parts(ctx: ExtractContext, base: float, extractor: str) -> list[Fact]:
    parts = []
    for unit, found in ctx.units_with_entities():
        if not unit.in_table or TOTAL_ROW.search(unit.row_label) or not (served := SERVED.fullmatch(unit.row_label)):
            continue
        if unit.column and column_weight(unit.column) is None:
            continue
        parts += [_part(unit, e, served.group(0), base, extractor) for e in _money(found)[:1]]
    return parts


def _prose_parts(ctx: ExtractContext, base: float, extractor: str) -> list[Fact]:
    parts = []
    for unit, found in ctx.units_with_entities():
        opened = BREAKDOWN.search(unit.text)
        if unit.in_table or opened is None:
            continue
        for entity in _money(found):
            if entity.start < opened.start():
                continue
            clause = CLAUSES.split(unit.text[:entity.start])[-1]
            if (served := SERVED.search(clause.removeprefix("其中"))) is not None:
                parts.append(_part(unit, entity, served.group(0), base, extractor))
    return parts


def _distinct(parts: list[Fact]) -> list[Fact]:
    """A breakdown names two clusters or more; one cluster alone is no breakdown."""
    return parts if len({p.attrs["served"] for p in parts}) > 1 else []


def served_parts_facts(ctx: ExtractContext, base: float = 0.85, extractor: str = "served.parts.v1") -> list[Fact]:
    return _distinct(_table_parts(ctx, base, extractor)) or _distinct(_prose_parts(ctx, base, extractor))


def declared_cluster_facts(ctx: ExtractContext, base: float = 0.85, extractor: str = "served.declared.v1") -> list[Fact]:
    return [f for f in labelled_text(ctx, FOCUS_LABEL, DECLARED, base, extractor) if SERVED.search(str(f.value))]
