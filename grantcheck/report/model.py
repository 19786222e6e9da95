"""PacketReport: the JSON face of grantcheck (CONTRACT.md, report.schema.json)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from checklists.evaluate import Evaluation
from checklists.resolve import Resolved, same_value
from extractors.model import Fact, Value
from grantcheck.report.project import project_name
from ingest.model import Document
from ingest.zipguard import readable_name

SCHEMA = "grantcheck.report/1"


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(Out):
    document: str
    page: int | None
    text: str
    bbox: list[float] | None = None
    locator: str | None = None
    extractor: str | None = None
    ocr: bool = Field(False, exclude_if=lambda v: not v)  # read by OCR from a scan


class Figure(Out):
    value: float | int | str | None
    unit: str
    confidence: float
    sources: list[Source]
    status: str = "ok"
    note: str | None = None
    precision: str | None = None
    corroborated_by: list[str] = Field(default_factory=list, exclude_if=lambda v: not v)  # other documents, same value
    original: float | int | str | None = Field(None, exclude_if=lambda v: v is None)  # before a reviewer's correction
    original_sources: list[Source] = Field(default_factory=list, exclude_if=lambda v: not v)


class ShortfallOut(Out):
    value: float | int
    unit: str  # 万元 | count | ratio | day


class CheckOut(Out):
    id: str
    status: str
    figures: list[str]
    documents: list[str]
    expected: str | None = None
    actual: str | None = None
    message: str
    shortfall: ShortfallOut | None = Field(None, exclude_if=lambda v: v is None)  # a failed threshold: how far


class SubsidyOut(Out):
    max_wan: float | None
    rate: float | None
    cap_wan: float | None
    basis: str | None
    first_payment_wan: float | None = None
    steps: list[str] = Field(default_factory=list)
    status: str = "not_computable"  # computed | indicative (仅供参考) | not_computable
    note: str | None = None  # why not computed, or why only indicative
    indicative_wan: float | None = None  # worked out from a figure the checks refused: 仅供参考


class SealOut(Out):
    present: bool
    bbox: list[float] | None = None
    text: str | None = None
    page: int | None = None


class DocumentOut(Out):
    path: str
    kind: str
    kind_confidence: float = 0.0
    pages: int | None
    status: str
    error: str | None
    seal: SealOut | None = Field(None, exclude_if=lambda v: v is None)  # only where looked for


class CorrectionOut(Out):
    target: str  # figure | document | check
    name: str
    original: float | int | str | None
    value: float | int | str | None
    reason: str
    reviewer: str
    date: str


class PacketReport(Out):
    schema_: str = Field(SCHEMA, alias="schema")
    packet: str
    guide: str
    category: str | None
    category_source: str
    outcome: str
    subsidy: SubsidyOut
    figures: dict[str, Figure]
    checks: list[CheckOut]
    documents: list[DocumentOut]
    missing_documents: list[str]
    manual_review: list[str] = Field(default_factory=list)  # the guide's judgements this tool does not make
    issues: list[str] = Field(default_factory=list)
    corrections: list[CorrectionOut] = Field(default_factory=list, exclude_if=lambda v: not v)  # a reviewer's trail
    project: str | None = Field(None, exclude_if=lambda v: v is None)  # 项目名称 as the packet states it

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, indent=2)


def json_value(value: Value | None) -> float | int | str | None:
    if isinstance(value, Decimal):
        return float(round(value, 6))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value).lower()
    return value


def _num(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def source_of(fact: Fact) -> Source:
    p = fact.provenance
    return Source(document=p.document, page=p.page, text=p.text, bbox=list(p.bbox) if p.bbox else None,
                  locator=p.locator, extractor=p.extractor, ocr=p.ocr)


def seal_of(document: Document) -> SealOut | None:
    seal = document.seal
    if seal is None:
        return None
    return SealOut(present=seal.present, bbox=list(seal.bbox) if seal.bbox else None, text=seal.text,
                   page=seal.page)


def _corroborating(resolved: Resolved) -> list[str]:
    """Other documents that state the chosen value (a figure read once is 单一来源)."""
    own = {f.provenance.document for f in resolved.sources}
    if resolved.status != "ok" or resolved.value is None or any(f.provenance.extractor == "correction"
                                                                for f in resolved.sources):
        return []  # a value a person gave is not confirmed by the readings it replaced
    return list(dict.fromkeys(f.provenance.document for f in resolved.alternatives
                              if f.provenance.document not in own and same_value(f.value, resolved.value)))


def figure_of(resolved: Resolved) -> Figure:
    return Figure(value=json_value(resolved.value), unit=resolved.unit, confidence=round(resolved.confidence, 3),
                  sources=[source_of(f) for f in [*resolved.sources, *resolved.parts]], status=resolved.status,
                  note=resolved.note or None, precision=resolved.precision,
                  corroborated_by=[readable_name(d) for d in _corroborating(resolved)])


def build_report(packet: str, guide: str, evaluation: Evaluation, documents: list[Document],
                 issues: list[str]) -> PacketReport:
    s = evaluation.subsidy
    return PacketReport(
        packet=readable_name(packet), guide=guide, category=evaluation.category, category_source=evaluation.category_source,
        outcome=evaluation.outcome,
        subsidy=SubsidyOut(max_wan=_num(s.max_wan), rate=_num(s.rate), cap_wan=_num(s.cap_wan), basis=s.basis,
                           first_payment_wan=_num(s.first_payment_wan), steps=s.steps, status=s.status,
                           note=s.note or None, indicative_wan=_num(s.indicative_wan)),
        figures={name: figure_of(r) for name, r in sorted(evaluation.figures.items())},
        checks=[CheckOut(**vars(c)) for c in evaluation.checks],
        documents=[DocumentOut(path=readable_name(d.path), kind=d.kind, kind_confidence=d.kind_confidence,
                               pages=d.page_count, status=d.status.value, error=d.error, seal=seal_of(d))
                   for d in documents],
        missing_documents=evaluation.missing_documents,
        manual_review=evaluation.manual_review,
        issues=issues,
        project=project_name(documents),
    )
