"""Applicant, its 统一社会信用代码, the recommending unit and the audit firm."""

from __future__ import annotations

import re

from extractors.context import ExtractContext, labelled_org
from extractors.model import Fact
from extractors.party import find_uscc

APPLICANT = re.compile(r"承担单位|申报单位|申报主体|申报企业|申请单位|企业名称|单位名称|被审计单位|委托单位|建设单位|项目单位|"
                       r"实施单位|申请人|获奖单位|认定单位|企业\(单位\)名称")
RECOMMENDER = re.compile(r"推荐单位|推荐部门|主管部门")
AUDIT_FIRM = re.compile(r"事务所")
USCC_LABEL = re.compile(r"统一社会信用代码|信用代码|纳税人识别号|税号|社会信用")
EXTRACTOR = "party.labelled.v1"


_CELL = re.compile(r"^(t\d+)r\d+(c\d+)$")


def _column_key(fact: Fact) -> tuple[int | None, str] | None:
    match = _CELL.match(fact.provenance.locator or "")
    return (fact.provenance.page, match.group(1) + match.group(2)) if match else None


def not_listed(facts: list[Fact]) -> list[Fact]:
    """Names read down one table column under 企业名称/申报单位 are a list (a 公布名单, a 企业库 page),
    not the applicant: a list proves a designation where it names the applicant, nothing more."""
    names_by_column: dict[tuple[int | None, str], set[str]] = {}
    for fact in facts:
        key = _column_key(fact)
        if key is not None:
            names_by_column.setdefault(key, set()).add(str(fact.value))
    return [f for f in facts if len(names_by_column.get(_column_key(f), ())) < 2]  # type: ignore[arg-type]


def party_facts(ctx: ExtractContext, base: float) -> list[Fact]:
    facts = not_listed(labelled_org(ctx, APPLICANT, "applicant_name", base, EXTRACTOR))
    facts += labelled_org(ctx, RECOMMENDER, "recommending_unit", base, EXTRACTOR)
    facts += uscc_facts(ctx, base)
    return facts


def audit_firm_facts(ctx: ExtractContext, base: float) -> list[Fact]:
    for unit, found in ctx.units_with_entities():
        for entity in found:
            if entity.label == "ORG" and AUDIT_FIRM.search(str(entity.value)):
                return [Fact(name="audit_firm", value=str(entity.value), unit="text", confidence=base,
                             provenance=unit.provenance.model_copy(update={"extractor": EXTRACTOR}))]
    return []


def uscc_facts(ctx: ExtractContext, base: float) -> list[Fact]:
    facts = []
    for unit in ctx.units:
        for mention in find_uscc(unit.text):
            labelled = USCC_LABEL.search(unit.label + unit.text[:mention.start])
            if not labelled:
                continue
            facts.append(Fact(name="applicant_uscc", value=mention.code, unit="text",
                              confidence=base if mention.valid else 0.5,
                              attrs={"valid": "yes" if mention.valid else "no"},
                              provenance=unit.provenance.model_copy(update={"extractor": "uscc.stdnum.v1"})))
            return facts
    return facts
