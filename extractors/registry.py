"""Every extractor, by stable versioned name, and the document kinds it reads. One explicit tuple."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extractors.acceptance import acceptance_facts
from extractors.alterations import correction_facts
from extractors.audit_scope import audit_period_facts
from extractors.bank_papers import context_for
from extractors.capitals import confirmed_by_capitals
from extractors.certificate import designation_facts
from extractors.classes import class_table_facts
from extractors.context import ExtractContext
from extractors.devices import connection_table_facts
from extractors.figures import date_facts
from extractors.forms import cover_letter_facts, form_facts, test_report_facts
from extractors.indicators import improved_indicator_facts
from extractors.investment import investment_facts, stated_amounts
from extractors.invoice import invoice_facts
from extractors.lenders import foreign_interest_not_counted, interest_not_counted
from extractors.model import Fact
from extractors.parties import audit_firm_facts, party_facts
from extractors.procedures import exemption_facts, procedure_facts, start_certificate_facts
from extractors.project_names import project_code_facts, project_name_facts
from extractors.registers import copyright_register_facts
from extractors.registrations import share_change_date_facts
from extractors.renames import former_name_facts
from extractors.served import declared_cluster_facts, served_parts_facts
from extractors.statements import CATEGORY_AMOUNTS, statement_facts
from ingest.model import Document

ExtractFn = Callable[[ExtractContext], list[Fact]]


@dataclass(frozen=True)
class Extractor:
    name: str
    kinds: frozenset[str]
    run: ExtractFn


def _audit_dates(ctx: ExtractContext) -> list[Fact]:
    facts: list[Fact] = []
    for unit, found in ctx.units_with_entities():
        facts.extend(date_facts(unit, found, frozenset({"start_date", "completion_date"}), 0.85, "audit_report.v1"))
    return facts


# Invoice-only names (金额, 价税合计) read on a voucher or loan contract would stand for nothing.
PAYMENT_AMOUNTS = frozenset({"total_investment", "invested_to_date", "loan_interest"}) | CATEGORY_AMOUNTS
AUDITED_AMOUNTS = CATEGORY_AMOUNTS | {"revenue"}  # a year's 营业收入, for a yearly average (checklists.averages)
PARTY_KINDS = frozenset({"audit_report", "acceptance_opinion", "performance_form", "application_form",
                         "designation_certificate", "business_license", "project_filing", "eia_approval",
                         "energy_review", "procedure_exemption", "construction_start_certificate",
                         "third_party_test_report"})

# Papers a project's procedures and start are proved by: the project they name tells this project's from another's.
PROCEDURE_PAPERS = frozenset({"project_filing", "eia_approval", "energy_review", "construction_start_certificate"})

# How far a document's own statements are trusted: registers and signed agreements above loose papers.
STATEMENT_BASE = {"business_license": 0.9, "registration_notice": 0.9, "contract": 0.85, "other": 0.8}

EXTRACTORS: tuple[Extractor, ...] = (
    Extractor("audit_report.investment.v1", frozenset({"audit_report"}),
              lambda ctx: investment_facts(ctx, 0.95, "audit_report.investment.v1")),
    Extractor("audit_report.dates.v1", frozenset({"audit_report"}), _audit_dates),
    Extractor("audit_report.statements.v1", frozenset({"audit_report"}),
              lambda ctx: statement_facts(ctx, 0.9, "audit_report.statements.v1", AUDITED_AMOUNTS,
                                          dates=frozenset({"registration_date"}))),
    Extractor("audit_report.firm.v1", frozenset({"audit_report"}), lambda ctx: audit_firm_facts(ctx, 0.9)),
    Extractor("audit_report.period.v1", frozenset({"audit_report"}), audit_period_facts),
    Extractor("acceptance_opinion.v1", frozenset({"acceptance_opinion"}), acceptance_facts),
    Extractor("acceptance_opinion.amounts.v1", frozenset({"acceptance_opinion"}),
              lambda ctx: stated_amounts(ctx, 0.8, "acceptance_opinion.amounts.v1")),
    Extractor("form.v1", frozenset({"performance_form", "application_form"}), lambda ctx: form_facts(ctx, 0.8)),
    Extractor("cover_letter.date.v1", frozenset({"other"}), cover_letter_facts),
    Extractor("party.labelled.v1", PARTY_KINDS, lambda ctx: party_facts(ctx, 0.9)),
    Extractor("invoice.vat.v1", frozenset({"invoice"}), invoice_facts),
    Extractor("certificate.designation.v1", frozenset({"designation_certificate"}), designation_facts),
    Extractor("procedure.v1", frozenset({"project_filing", "eia_approval", "energy_review"}), procedure_facts),
    Extractor("procedure.exemption.v1", frozenset({"procedure_exemption"}), exemption_facts),
    Extractor("procedure.start.v1", frozenset({"construction_start_certificate"}), start_certificate_facts),
    Extractor("test_report.v1", frozenset({"third_party_test_report"}), test_report_facts),
    Extractor("devices.by_connection.v1", frozenset({"third_party_test_report", "acceptance_opinion", "audit_report",
                                                    "application_form"}), connection_table_facts),
    Extractor("test_report.indicators.v1", frozenset({"third_party_test_report", "acceptance_opinion"}),
              improved_indicator_facts),
    Extractor("training.classes.v1", frozenset({"application_form", "other"}), class_table_facts),
    Extractor("register.copyrights.v1", frozenset({"other", "application_form", "audit_report", "designation_certificate",
                                                   "performance_form"}), copyright_register_facts),
    Extractor("statement.v1", frozenset(STATEMENT_BASE), lambda ctx: statement_facts(
        ctx, STATEMENT_BASE[ctx.document.kind], "statement.v1")),
    Extractor("payment.amounts.v1", frozenset({"contract", "payment_voucher", "loan_contract", "interest_statement"}),
              lambda ctx: stated_amounts(ctx, 0.7, "payment.amounts.v1", PAYMENT_AMOUNTS)),
    Extractor("any.former_name.v1", PARTY_KINDS | frozenset(STATEMENT_BASE), former_name_facts),
    Extractor("project_name.v1", frozenset({"application_form", "performance_form", "acceptance_opinion"}) | PROCEDURE_PAPERS,
              project_name_facts),
    Extractor("paper.correction.v1", frozenset({"interest_statement"}), correction_facts),  # 字迹清晰无涂改
    Extractor("served.parts.v1", frozenset({"audit_report", "application_form", "other"}), served_parts_facts),
    Extractor("served.declared.v1", frozenset({"application_form", "performance_form"}), declared_cluster_facts),
    Extractor("registration.change_date.v1", frozenset({"registration_notice"}), share_change_date_facts),
    Extractor("project_code.v1", frozenset({"application_form", "performance_form", "acceptance_opinion", "audit_report"})
              | PROCEDURE_PAPERS, project_code_facts),
)


def _check_unique(extractors: tuple[Extractor, ...]) -> None:
    names = [e.name for e in extractors]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"duplicate extractor names {sorted(duplicates)}; known: {sorted(set(names))}")


_check_unique(EXTRACTORS)


def extractors_for(kind: str) -> tuple[Extractor, ...]:
    return tuple(e for e in EXTRACTORS if kind in e.kinds)


# A figure read by OCR is trusted less, unless the document confirms it itself (大写 = 小写,
# 金额 + 税额 = 价税合计, the invoice's QR code): attrs["ocr"] = "1", confidence × OCR_DISCOUNT;
# confirmed: attrs["confirmed"] = "1" and the confidence kept.
OCR_DISCOUNT = 0.8
CONFIRMING_CHECKS = ("capital_check", "sum_check")


def _read_by_ocr(fact: Fact, ocr_pages: frozenset[int | None]) -> bool:
    """From an OCR'd page's text; not a QR payload or structured data found beside it."""
    return fact.provenance.page in ocr_pages and fact.attrs.get("source", "page") == "page"


def _ocr_marked(fact: Fact) -> Fact:
    attrs = {**fact.attrs, "ocr": "1"}
    confirmed = fact.attrs.get("confirmed") == "1" or any(fact.attrs.get(check) == "ok"
                                                            for check in CONFIRMING_CHECKS)
    if confirmed:
        attrs["confirmed"] = "1"
    confidence = fact.confidence if confirmed else round(fact.confidence * OCR_DISCOUNT, 3)
    return fact.model_copy(update={"attrs": attrs, "confidence": confidence,
                                   "provenance": fact.provenance.model_copy(update={"ocr": True})})


INTEREST_PAPERS = frozenset({"interest_statement", "audit_report"})


def extract(document: Document) -> list[Fact]:
    """All facts of one classified document, in extractor order."""
    if document.status.value not in ("ok", "ocr"):
        return []
    ctx = context_for(document)
    facts: list[Fact] = []
    for extractor in extractors_for(document.kind):
        facts.extend(extractor.run(ctx))
    if document.kind == "interest_statement":
        facts = interest_not_counted(document, facts)
    if document.kind in INTEREST_PAPERS:
        facts = foreign_interest_not_counted(document, facts)
    ocr_pages = document.ocr_pages
    if ocr_pages:
        facts = confirmed_by_capitals(document, facts)
    return [_ocr_marked(f) if _read_by_ocr(f, ocr_pages) else f for f in facts] if ocr_pages else facts
