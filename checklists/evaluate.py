"""Documents and their facts → figures, checks, subsidy and outcome for one category."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from checklists.aliases import former_names
from checklists.alterations import altered_checks
from checklists.as_of import named_at_cutoff
from checklists.audit_periods import audits_added
from checklists.averages import with_averages
from checklists.checks import Check
from checklists.conditions import Evidence, evaluate_condition
from checklists.crossdoc import (
    applicant_code_from_invoices,
    applicant_consistency,
    invoice_figures,
    total_agreement,
)
from checklists.detect import detect_category
from checklists.focus import with_focus
from checklists.formula import SubsidyResult, basis_needs, compute_subsidy, not_computable
from checklists.gate import stated
from checklists.loader import figure_glossary
from checklists.materials import READABLE, exempting_papers, issued_papers, material_check
from checklists.names import registered_name
from checklists.phases import other_phase
from checklists.projects import PROCEDURE_KINDS, other_project
from checklists.resolve import Resolved, explained_gross, resolve_figure
from checklists.row_counts import with_row_counts
from checklists.schema import Category, Guide, Material
from checklists.seals import seal_check
from checklists.windows import within_windows
from extractors.model import Fact
from ingest.model import Document

NOT_FIGURES = {"designation", "procedure_done", "procedure_exempted", "form_title", "declared_category",
               "gross_investment", "class_days", "project_name", "project_code", "former_name", "audit_period",
               "software_copyright_registration", "revenue", "service_revenue_part",
               "correction_mark"}
PROJECT_TOTALS = frozenset({"total_investment", "planned_investment"})
INVOICE_ONLY = {"invoice_code", "invoice_number", "invoice_date", "buyer_name", "buyer_tax_id", "seller_name",
                "seller_tax_id", "amount_excl_tax", "tax_amount", "total_incl_tax"}


@dataclass
class Evaluation:
    category: str | None
    category_source: str
    outcome: str
    figures: dict[str, Resolved]
    checks: list[Check]
    subsidy: SubsidyResult
    missing_documents: list[str] = field(default_factory=list)
    manual_review: list[str] = field(default_factory=list)


def _kind_facts(documents: list[Document], facts: dict[str, list[Fact]]) -> list[tuple[str, Fact]]:
    return [(d.kind, f) for d in documents for f in facts.get(d.path, [])]


def resolve_all(kind_facts: list[tuple[str, Fact]], guide: Guide) -> dict[str, Resolved]:
    by_name: dict[str, list[tuple[str, Fact]]] = defaultdict(list)
    for kind, fact in kind_facts:
        if fact.name in NOT_FIGURES or (kind == "invoice" and fact.name in INVOICE_ONLY):
            continue
        by_name[fact.name].append((kind, fact))
    # the project's total and its planned total are one amount before completion: a gross shown for either is
    # that gross wherever the other is stated ("计划总投资3,680万元，其中土建520万元" beside a form's 总投资 3,680)
    gross = explained_gross([f for _, f in kind_facts if f.name in PROJECT_TOTALS])
    # a 研发投入 a budget shows to hold 土建 is that gross on the forms too
    known = {**dict.fromkeys(PROJECT_TOTALS, gross),
             "rd_investment": explained_gross([f for _, f in kind_facts if f.name == "rd_investment"])}
    figures = {name: r for name, pairs in by_name.items() if (r := resolve_figure(name, pairs, guide, known.get(name)))}
    if "applicant_name" in figures:
        figures["applicant_name"] = registered_name(figures["applicant_name"], kind_facts)  # type: ignore[assignment]
    derived = applicant_consistency(kind_facts)
    if "applicant_uscc" not in figures:
        derived += applicant_code_from_invoices(kind_facts, figures.get("applicant_name"))
    former = former_names(kind_facts, figures.get("applicant_name"))
    derived += [former] if former else []
    derived += invoice_figures(kind_facts, figures.get("applicant_name"), figures.get("start_date"),
                               figures.get("completion_date"), guide.investment_cutoff, former)
    derived += total_agreement(kind_facts, figures.get("total_investment"))
    figures.update({r.name: r for r in derived})
    return figures


def outcome_of(checks: list[Check]) -> str:
    statuses = {c.status for c in checks}
    for status, outcome in (("fail", "ineligible"), ("missing", "incomplete"), ("review", "needs_review")):
        if status in statuses:
            return outcome
    return "eligible"


def _document_checks(documents: list[Document]) -> list[Check]:
    broken = [d for d in documents if d.status not in READABLE]
    if not broken:
        return []
    listing = "；".join(f"{d.path}：{d.error}" for d in broken)
    return [Check("documents.readable", "review", f"{len(broken)} 个文件无法读取，其内容未核验：{listing}",
                  documents=sorted({d.kind for d in broken}))]


def _category_checks(category: Category, documents: list[Document], kind_facts: list[tuple[str, Fact]],
                     evidence: Evidence, guide: Guide) -> list[Check]:
    if category.deferred:
        return [Check(f"{category.code}.conditions", "review", f"{category.title}：{category.deferred}")]
    exemptions = [f for kind, f in kind_facts if f.name == "procedure_exempted"]
    materials = [m for m in category.materials if _claimed(m.required_if, evidence.figures)]
    recommender = evidence.figures.get("recommending_unit")
    named = str(recommender.value) if recommender is not None and recommender.value else None
    issued = [issued_papers(m, documents, named) for m in materials]  # read once: a scan's issuer is searched hard
    checks = [material_check(m, documents, exemptions, named, papers) for m, papers in zip(materials, issued, strict=True)]
    checks = [other_phase(c, m.any_of, kind_facts, len(papers)) or c if "acceptance_opinion" in m.any_of else c
              for m, c, papers in zip(materials, checks, issued, strict=True)]
    checks = [other_project(c, [d.path for d in papers], kind_facts, m.name) or c
              if PROCEDURE_KINDS & set(m.any_of) else c for m, c, papers in zip(materials, checks, issued, strict=True)]
    seals = _seal_checks(materials, checks, issued, documents, exemptions, evidence.figures, guide)
    evidence.missing_kinds = {k for m, c in zip(materials, checks, strict=True)
                              if c.status == "missing" for k in m.any_of}
    checks += seals + altered_checks(materials, issued, kind_facts)
    for check in checks:
        check.id = f"{category.code}.{check.id}"
    common = [c for c in guide.common_conditions if c.id not in category.not_common]
    for condition in (*category.conditions, *common):
        check = evaluate_condition(condition, evidence)
        if check is not None:
            check.id = f"{category.code}.{check.id}"
            checks.append(check)
    return checks


def _seal_checks(materials: list[Material], checks: list[Check], issued: list[list[Document]],
                 documents: list[Document], exemptions: list[Fact], figures: dict[str, Resolved],
                 guide: Guide) -> list[Check]:
    """A seal check for each material passed on papers their issuer seals (or on the letter exempting it)."""
    found, seen = [], set()
    for material, check, own in zip(materials, checks, issued, strict=True):
        if check.status != "pass":
            continue
        papers = own or exempting_papers(material, documents, exemptions)
        kinds, paths = {d.kind for d in papers}, tuple(d.path for d in papers)
        if len(kinds) != 1 or (kind := kinds.pop()) not in guide.sealed_papers or paths in seen:
            continue  # one letter exempting three procedures is looked at once
        seen.add(paths)
        name = material.name if papers[0].kind in material.any_of else f"推荐单位关于无需{material.name}的说明"
        seal = seal_check(f"{check.id}.seal", name, papers, guide.sealed_papers[kind], figures)
        if seal is not None:
            found.append(seal)
    return found


def _claimed(figure: str | None, figures: dict[str, Resolved]) -> bool:
    """A material required only when an amount is claimed (贷款合同 when 贷款利息 is)."""
    if figure is None:
        return True
    return stated(figures.get(figure))


def with_fallbacks(figures: dict[str, Resolved], category: Category) -> dict[str, Resolved]:
    """A figure the packet does not state, taken from its stand-in (计划总投资 for 总投入 of a project
    still being built), and saying so."""
    result = dict(figures)
    for name, stand_ins in category.figure_fallbacks.items():
        own = result.get(name)
        if own is not None and not own.target_only:
            continue
        found = next((figures[s] for s in stand_ins if s in figures and not figures[s].target_only), None)
        if found is not None:  # a stand-in proven by a document outranks a figure only a 绩效目标表 states
            meaning = figure_glossary().get(found.name, {}).get("meaning", found.name).split("（")[0]
            note = f"材料未单列，以{meaning}计"
            result[name] = replace(found, name=name, note=f"{found.note}；{note}" if found.note else note)
    return result


def with_latest(figures: dict[str, Resolved], category: Category) -> dict[str, Resolved]:
    """A date figure that other dates also mark, the latest of them, saying which it is."""
    result = dict(figures)
    for name, others in category.figure_latest.items():
        own = result.get(name)
        later = [figures[o] for o in others if o in figures and isinstance(figures[o].value, date)
                 and (own is None or not isinstance(own.value, date) or figures[o].value > own.value)]
        if not later:
            continue
        found = max(later, key=lambda r: r.value)  # type: ignore[arg-type, return-value]
        meaning = figure_glossary().get(found.name, {}).get("meaning", found.name).split("（")[0]
        note = f"以{meaning}计" + (f"，晚于其他材料所载 {own.value}" if own is not None else "")
        result[name] = replace(found, name=name, note=f"{found.note}；{note}" if found.note else note,
                               alternatives=[*found.alternatives, *(own.sources if own is not None else [])])
    return result


def _evidence(documents: list[Document], kind_facts: list[tuple[str, Fact]], figures: dict[str, Resolved],
              guide: Guide) -> Evidence:
    return Evidence(
        figures=figures,
        designations=[f for kind, f in kind_facts if f.name == "designation"],
        texts={d.path: d.text for d in documents if d.status in READABLE},
        kinds={d.path: d.kind for d in documents},
        deadline=guide.application_deadline,
        missing_kinds=set(),
        lists=guide.lists,
        invoice_dates=[f for kind, f in kind_facts if kind == "invoice" and f.name == "invoice_date"],
    )


def evaluate_packet(documents: list[Document], facts: dict[str, list[Fact]], guide: Guide,
                    category_code: str | None) -> Evaluation:
    completion = resolve_figure("completion_date", [(d.kind, f) for d in documents for f in facts.get(d.path, [])
                                                    if f.name == "completion_date"], guide)
    facts = named_at_cutoff(facts, guide.investment_cutoff, completion.value if completion else None)
    kind_facts = audits_added(_kind_facts(documents, facts))
    figures = resolve_all(kind_facts, guide)
    from checklists.adjustments import current  # a reviewer's decisions (grantcheck.corrections), if any

    person = current()
    if person is not None:
        figures = person.figures(figures)
    checks: list[Check] = []
    source = "given" if category_code else "unknown"
    if category_code is None:
        forms = [(d.kind, f, d.text) for d in documents for f in facts.get(d.path, [])
                 if f.name in ("form_title", "declared_category")]
        detection = detect_category(forms, guide)
        category_code = detection.code
        source = "detected" if category_code else "unknown"
        if detection.competing:
            others = "、".join(sorted({guide.categories[c].title for c, _ in detection.competing}))
            checks.append(Check("category.detect", "review", f"材料指向多个类别：已按 {category_code} 审核，另见 {others}"))
    if category_code is None:
        checks.append(Check("category.detect", "review", "未指定类别，且无法从申报书或绩效目标表识别类别"))
        subsidy = not_computable("类别未知，无法计算")
    else:
        category = guide.categories[category_code]
        figures = within_windows(with_latest(with_fallbacks(figures, category), category), kind_facts, category)
        if "loan_interest" in figures:  # a form's 总投入 may add the interest counted over the guide's window
            figures.update({r.name: r for r in total_agreement(kind_facts, figures.get("total_investment"),
                                                                figures["loan_interest"])})
        figures = with_averages(with_row_counts(figures, kind_facts, category), kind_facts, category)
        figures = with_focus(figures, kind_facts, category)
        evidence = _evidence(documents, kind_facts, figures, guide)
        checks += _category_checks(category, documents, kind_facts, evidence, guide)
        subsidy = compute_subsidy(category.subsidy, figures, basis_needs(category)) if not category.deferred else \
            not_computable("支持条件未录入，无法计算")
    checks += _document_checks(documents)
    if person is not None:
        checks = person.checks(checks)
    missing = sorted({c.documents[0] for c in checks if ".material." in c.id and c.status == "missing"})
    manual = list(guide.categories[category_code].manual) if category_code else []
    outcome = outcome_of(checks)
    if outcome == "ineligible":
        subsidy.make_indicative("申报不符合支持条件，补助金额不予安排")
    return Evaluation(category_code, source, outcome, figures, checks, subsidy, missing, manual)
