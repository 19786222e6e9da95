"""What a document states about the applicant and the project beyond the investment: counts
(events, enterprises served, trainees …), percentages, the amounts some categories rest on
(研发投入, 并购出资, 投资预算, 软件业务收入 …), dates, and the declared 攻关方向."""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.figures import count_facts, count_figures, date_facts, ratio_facts, ratio_figures
from extractors.investment import stated_amounts
from extractors.lexicon import lexicon
from extractors.model import Fact
from extractors.units import Unit

CATEGORY_AMOUNTS = frozenset({
    "rd_investment", "acquisition_amount", "acquisition_total", "investment_budget", "software_revenue",
    "software_related_investment", "registered_capital", "average_revenue", "service_revenue",
})
STATED_DATES = frozenset({"start_date", "completion_date", "registration_date"})
# a form's 攻关方向 field names the direction; its 攻关内容 describes the work and stands in only without one
DIRECTION_LABELS = (re.compile(r"(攻关|重点|支持|所属|申报)方向"), re.compile(r"攻关(内容|领域)"))
CATEGORY_LABEL = re.compile(r"(申报|项目|支持)(类别|类型|专题)|申报项目类别")
_FIELD = re.compile(r"^(?P<label>[^:：]{2,12})[:：](?P<value>.+)$")


def labelled_text(ctx: ExtractContext, label: re.Pattern[str], name: str, base: float, extractor: str) -> list[Fact]:
    """A text field: the cell right of a label, or what follows "label：" on a line."""
    for unit in ctx.units:
        if unit.label and label.search(unit.label.split(" ")[0]):
            value = unit.text
        elif (field := _FIELD.match(unit.text)) and label.search(field.group("label")):
            value = field.group("value")
        else:
            continue
        value = value.strip(" 。;；")
        if value:
            return [Fact(name=name, value=value, unit="text", confidence=base,
                         provenance=unit.provenance.model_copy(update={"extractor": extractor}))]
    return []


def city_list_facts(unit: Unit, base: float, extractor: str) -> list[Fact]:
    """How many of the province's cities a list of them names (学员来自苏州、无锡、扬州……)."""
    if not lexicon().places_where.search(unit.label + unit.text):
        return []
    named = {city for city in lexicon().cities if city in unit.text}
    if len(named) < 2:
        return []
    return [Fact(name="city_count", value=len(named), unit="count", confidence=round(base * 0.9, 3),
                 attrs={"cities": "、".join(sorted(named))},
                 provenance=unit.provenance.model_copy(update={"extractor": extractor}))]


def statement_facts(ctx: ExtractContext, base: float, extractor: str,
                    amounts: frozenset[str] = CATEGORY_AMOUNTS, dates: frozenset[str] = STATED_DATES) -> list[Fact]:
    facts: list[Fact] = []
    counts, ratios = count_figures(), ratio_figures()
    for unit, found in ctx.units_with_entities():
        if dates:
            facts.extend(date_facts(unit, found, dates, base, extractor))
        facts.extend(count_facts(unit, counts, base, extractor, found))
        facts.extend(ratio_facts(unit, ratios, base, extractor, found))
        facts.extend(city_list_facts(unit, base, extractor))
    if amounts:
        facts.extend(stated_amounts(ctx, base, extractor, amounts))
    facts += next((found for label in DIRECTION_LABELS
                   if (found := labelled_text(ctx, label, "declared_direction", base, extractor))), [])
    return facts + labelled_text(ctx, CATEGORY_LABEL, "declared_category", base, extractor)
