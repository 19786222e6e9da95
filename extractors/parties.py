"""Applicant, its 统一社会信用代码, the recommending unit and the audit firm."""

from __future__ import annotations

import re

from extractors.context import ExtractContext, labelled_org
from extractors.model import Column, Fact, table_column
from extractors.party import canonical_name, find_uscc

APPLICANT = re.compile(r"承担单位|申报单位|申报主体|申报企业|申请单位|企业名称|单位名称|被审计单位|委托单位|建设单位|项目单位|"
                       r"实施单位|申请人|获奖单位|认定单位|企业\(单位\)名称")
RECOMMENDER = re.compile(r"推荐单位|推荐部门|主管部门")
AUDIT_FIRM = re.compile(r"事务所")
# a register names its holder under 名称 (营业执照, 统一社会信用代码证书, 社会团体法人登记证书)
REGISTERED = re.compile(r"(机构|企业|单位|组织|社会团体)?名\s*称")
REGISTERS = frozenset({"business_license", "designation_certificate"})
REGISTER_TITLE = re.compile(r"营业执照|统一社会信用代码证书|法人登记证书|法人证书|登记证书")
TITLE_LINES = 3
USCC_LABEL = re.compile(r"统一社会信用代码|信用代码|纳税人识别号|税号|社会信用")
EXTRACTOR = "party.labelled.v1"


def not_listed(facts: list[Fact]) -> list[Fact]:
    """Names read down one table column under 企业名称/申报单位 are a list (a 公布名单, a 企业库 page),
    not the applicant: a list proves a designation where it names the applicant, nothing more."""
    names_by_column: dict[Column, set[str]] = {}
    for fact in facts:
        key = table_column(fact)
        if key is not None:
            names_by_column.setdefault(key, set()).add(str(fact.value))
    return [f for f in facts if len(names_by_column.get(table_column(f), ())) < 2]  # type: ignore[arg-type]


FORMS = frozenset({"application_form", "performance_form"})
SHORT_COMPANY = re.compile(r"^[\u4e00-\u9fff()（）]{4,30}公司$")  # "联标数科技术公司": named without its legal form


def _short_company(ctx: ExtractContext, base: float) -> list[Fact]:
    """A form's applicant field holding a company's short name, which no organisation suffix finds."""
    if ctx.document.kind not in FORMS:
        return []
    for unit in ctx.units:
        if unit.label and APPLICANT.search(unit.label.split(" ")[0]) and SHORT_COMPANY.match(unit.text.strip()):
            return [Fact(name="applicant_name", value=canonical_name(unit.text.strip()), unit="text", confidence=base,
                         attrs={"short": "yes"}, provenance=unit.provenance.model_copy(update={"extractor": EXTRACTOR}))]
    return []


def _a_register(ctx: ExtractContext) -> bool:
    """A licence or a code certificate: one holder, under 名称 (not a 认定名单 with a 企业名称 column)."""
    pages = ctx.document.pages
    title = "".join(line.text for line in pages[0].lines[:TITLE_LINES]) if pages else ""
    return ctx.document.kind in REGISTERS and bool(REGISTER_TITLE.search(title))


def party_facts(ctx: ExtractContext, base: float) -> list[Fact]:
    facts = not_listed(labelled_org(ctx, APPLICANT, "applicant_name", base, EXTRACTOR)) or _short_company(ctx, base)
    if not facts and _a_register(ctx):
        facts = [f.model_copy(update={"attrs": {"registered": "yes"}})
                 for f in not_listed(labelled_org(ctx, REGISTERED, "applicant_name", base, EXTRACTOR))[:1]]
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
