"""PacketReport → what a reviewer reads, in Chinese and in the order they need it.

One view serves Markdown and HTML: a header (applicant, USCC, project, category, 推荐单位, guide, date),
a one-line conclusion with its reasons, the checks that did not pass first (each with the figures it used
and where they were read), passes after, the subsidy (marked 仅供参考 unless the packet qualifies), the
invoices' coverage of the claimed investment, the documents, and the reviewer's corrections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from checklists.loader import figure_glossary, load_guide
from grantcheck.report.model import PacketReport
from grantcheck.report.words import (
    CATEGORY_SOURCE,
    DOC_STATUS,
    OUTCOME,
    STATUS,
    category_title,
    confidence_words,
    figure_meaning,
    figure_name,
    guide_title,
    kind_name,
    shortfall_text,
    source_place,
    value_text,
)

ORDER = {"fail": 0, "missing": 1, "review": 2, "pass": 3}
CROPS_PER_FIGURE = 3  # sources beyond these are listed as text
CONFLICT_CROPS = 4
TARGETS = {"figure": "数据项", "document": "材料类型", "check": "核验项"}


@dataclass
class SourceView:
    document: str
    place: str  # 第2页 表1 第7行 第2列
    text: str
    ocr: bool
    hover: str  # locator, bbox, extractor: for staff
    crop: object | None = None  # report.crops.Crop, HTML only
    crop_id: str | None = None


@dataclass
class FigureView:
    name: str  # identifier, shown on hover only
    title: str  # Chinese
    meaning: str
    value: str
    confidence: str
    note: str
    conflict: bool
    sources: list[SourceView]
    more_sources: int  # sources not shown
    original: str | None = None  # before a reviewer's correction
    original_sources: list[SourceView] = field(default_factory=list)


@dataclass
class CheckView:
    id: str
    status: str
    status_word: str
    message: str
    shortfall: str
    figures: list[FigureView]


@dataclass
class DocumentView:
    path: str
    kind: str
    kind_hover: str
    pages: str
    status: str
    status_word: str
    error: str
    seal: str
    seal_crop: SourceView | None = None  # HTML: the seal where it was found


@dataclass
class ReportView:
    title: str
    header: list[tuple[str, str, str]]  # label, value, hover
    outcome: str
    outcome_word: str
    reasons: list[tuple[str, list[str]]]  # 不符合原因 / 缺少材料 / 需人工核对, each with its items
    open_checks: list[CheckView]
    passed_checks: list[CheckView]
    subsidy: list[str]
    subsidy_amount: str
    subsidy_reference_only: bool
    coverage: str
    figures: list[FigureView]
    documents: list[DocumentView]
    missing: list[str]
    manual_review: list[str]
    corrections: list[dict]
    crops: dict[str, object] = field(default_factory=dict)  # crop id → Crop, each embedded once


@cache
def _identifiers() -> re.Pattern[str]:
    """Figure names and category codes as they may appear in a step or a message."""
    names = sorted(figure_glossary(), key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z_])(" + "|".join(map(re.escape, names)) + r")(?![A-Za-z_])")


@cache
def _categories(guide: str) -> dict[str, str]:
    try:
        return {code: c.title for code, c in load_guide(guide).categories.items()}
    except Exception:
        return {}


def chinese(text: str, guide: str) -> str:
    """A message or step with any figure name or category code in it said in Chinese."""
    text = _identifiers().sub(lambda m: figure_name(m.group(1)), text)
    for code, title in _categories(guide).items():
        text = re.sub(rf"(?<![A-Za-z0-9.-]){re.escape(code)}(?![A-Za-z0-9-])", title, text)
    return text


def _figure_value(report: PacketReport, name: str) -> str:
    figure = report.figures.get(name)
    return value_text(figure.value, figure.unit) if figure and figure.value is not None else ""


def _source_view(source: dict) -> SourceView:
    bbox = f"bbox {[round(v, 1) for v in source['bbox']]}" if source.get("bbox") else ""
    hover = " ".join(part for part in (source.get("locator") or "", bbox, source.get("extractor") or "") if part)
    return SourceView(source["document"], source_place(source), " ".join(source["text"].split()),
                      bool(source.get("ocr")), hover)


class _Builder:
    def __init__(self, report: PacketReport, crops: object | None) -> None:
        self.report, self.crops = report, crops
        self.data = report.model_dump(by_alias=True)
        self.crop_ids: dict[int, str] = {}
        self.crop_store: dict[str, object] = {}
        self.figure_cache: dict[str, FigureView] = {}

    def cropped(self, view: SourceView, source: dict) -> SourceView:
        if self.crops is None:
            return view
        crop = self.crops.crop(source)  # type: ignore[attr-defined]
        if crop is None:
            return view
        key = id(crop)
        if key not in self.crop_ids:
            self.crop_ids[key] = f"crop-{len(self.crop_ids) + 1}"
            self.crop_store[self.crop_ids[key]] = crop
        view.crop, view.crop_id = crop, self.crop_ids[key]
        return view

    def figure(self, name: str, cropped: bool = True) -> FigureView | None:
        """A figure as shown with a check (with crops of its sources), or in the list of all (text only)."""
        key = f"{name}:{cropped}"
        if key in self.figure_cache:
            return self.figure_cache[key]
        data = self.data["figures"].get(name)
        if data is None:
            return None
        conflict = data.get("status") == "conflict"
        shown = CONFLICT_CROPS if conflict else CROPS_PER_FIGURE
        crop = self.cropped if cropped else (lambda view, _: view)
        sources = [crop(_source_view(s), s) for s in data["sources"][:shown]]
        view = FigureView(
            name=name, title=figure_name(name), meaning=figure_meaning(name),
            value=value_text(data["value"], data["unit"]), confidence=confidence_words(data),
            note=chinese(data.get("note") or "", self.report.guide), conflict=conflict, sources=sources,
            more_sources=max(0, len(data["sources"]) - shown))
        if data.get("original_sources") or "original" in data:
            view.original = value_text(data.get("original"), data["unit"])
            earlier = data.get("original_sources", [])[:shown]
            view.original_sources = [crop(_source_view(s), s) for s in earlier]
        self.figure_cache[key] = view
        return view

    def check(self, check: dict) -> CheckView:
        figures = [f for f in (self.figure(n) for n in dict.fromkeys(check["figures"])) if f is not None]
        message = chinese(check["message"], self.report.guide) + self._provided(check)
        return CheckView(check["id"], check["status"], STATUS.get(check["status"], check["status"]), message,
                         shortfall_text(check.get("shortfall")), figures)

    def _provided(self, check: dict) -> str:
        """A material found says which files: （02-专项审计报告.pdf）."""
        if check["status"] != "pass" or ".material." not in check["id"] or not check["message"].startswith("已提供"):
            return ""
        files = [d["path"] for d in self.data["documents"]
                 if d["kind"] in check["documents"] and d["status"] in ("ok", "ocr")]
        shown = "、".join(files[:3]) + (f" 等 {len(files)} 份" if len(files) > 3 else "")
        return f"（{shown}）" if files else ""


def _reasons(report: PacketReport, guide: str) -> list[tuple[str, list[str]]]:
    failing = [chinese(c.message, guide) for c in report.checks if c.status == "fail"]
    missing = [kind_name(k) for k in report.missing_documents]
    missing += [chinese(c.message, guide) for c in report.checks
                if c.status == "missing" and ".material." not in c.id]
    review = [chinese(c.message, guide) for c in report.checks if c.status == "review"]
    return [(label, items) for label, items in (("不符合原因", failing), ("缺少材料", missing),
                                                 ("需人工核对", review)) if items]


def _subsidy(report: PacketReport) -> tuple[str, list[str], bool]:
    s = report.subsidy
    steps = [chinese(step, report.guide) for step in s.steps if not step.startswith("仅供参考")]
    qualifies = report.outcome == "eligible" and s.status == "computed"
    amount = s.max_wan if s.max_wan is not None else s.indicative_wan
    if amount is None:
        return f"无法计算（{chinese(s.note or '', report.guide) or '依据数据不可用'}）", steps, True
    if qualifies:
        return f"{amount:,.2f} 万元", steps, False
    why = {"ineligible": "申报不符合支持条件", "incomplete": "材料不全", "needs_review": "尚有须人工核对的事项"}
    note = chinese(s.note or "", report.guide).removeprefix("仅供参考：")
    reasons = [r for r in (why.get(report.outcome, ""), note) if r]
    reasons = [r for i, r in enumerate(reasons) if not any(r in o for j, o in enumerate(reasons) if j != i)]
    return f"{amount:,.2f} 万元（{'；'.join(reasons)}）", steps, True


def _coverage(report: PacketReport) -> str:
    invoices = report.figures.get("invoice_total")
    if invoices is None or not isinstance(invoices.value, (int, float)):
        return ""
    count = report.figures.get("invoice_count")
    counted = f"（{count.value} 张）" if count and count.value is not None else ""
    line = f"发票不含税金额合计 {invoices.value:,.2f} 万元{counted}"
    for name in ("total_investment", "hw_sw_investment", "invested_by_cutoff"):
        claimed = report.figures.get(name)
        if claimed is not None and isinstance(claimed.value, (int, float)) and claimed.value:
            share = invoices.value / claimed.value
            line += f"，为{figure_name(name)} {claimed.value:,.2f} 万元的 {share:.1%}"
            if share < 1:
                line += f"，未覆盖 {claimed.value - invoices.value:,.2f} 万元"
            break
    return line


def _seal(document: dict) -> str:
    seal = document.get("seal")
    if not seal:
        return ""
    if not seal.get("present"):
        return "未见印章"
    where = f"第{seal['page']}页" if seal.get("page") else ""
    text = f"：{seal['text']}" if seal.get("text") else ""
    return f"见印章（{where}）{text}" if where else f"见印章{text}"


def _documents(report: PacketReport, builder: _Builder) -> list[DocumentView]:
    views = []
    for d in builder.data["documents"]:
        seal = d.get("seal") or {}
        crop = None
        if seal.get("present") and seal.get("bbox") and seal.get("page"):
            source = {"document": d["path"], "page": seal["page"], "bbox": seal["bbox"],
                      "text": seal.get("text") or "印章"}
            crop = builder.cropped(_source_view(source), source)
        views.append(DocumentView(
            path=d["path"], kind=kind_name(d["kind"]), kind_hover=f"{d['kind']}（{d.get('kind_confidence', 0):.2f}）",
            pages=str(d["pages"]) if d["pages"] is not None else "—", status=d["status"],
            status_word=DOC_STATUS.get(d["status"], d["status"]), error=d.get("error") or "", seal=_seal(d),
            seal_crop=crop if crop is not None and crop.crop is not None else None))
    return views


def _corrections(report: PacketReport) -> list[dict]:
    rows = []
    for c in report.corrections:
        if c.target == "figure":
            name = figure_name(c.name)
            unit = figure_glossary().get(c.name, {}).get("unit", "text")
            before, after = value_text(c.original, unit), value_text(c.value, unit)
        elif c.target == "document":
            name, before, after = c.name, kind_name(str(c.original)), kind_name(str(c.value))
        else:
            before, after = str(c.original), str(c.value)
            name, before, after = c.name, STATUS.get(before, before), STATUS.get(after, after)
        rows.append({"target": TARGETS.get(c.target, c.target), "name": name, "id": c.name, "original": before,
                     "value": after, "reason": c.reason, "reviewer": c.reviewer, "date": c.date})
    return rows


def build_view(report: PacketReport, crops: object | None = None, today: date | None = None) -> ReportView:
    guide = report.guide
    builder = _Builder(report, crops)
    checks = sorted((builder.check(c) for c in builder.data["checks"]), key=lambda c: ORDER.get(c.status, 9))
    amount, steps, reference_only = _subsidy(report)
    category = category_title(report.category, guide)
    applicant = _figure_value(report, "applicant_name") or "未读到"
    header = [
        ("申报主体", applicant, "applicant_name"),
        ("统一社会信用代码", _figure_value(report, "applicant_uscc") or "未读到", "applicant_uscc"),
        ("项目名称", report.project or "未读到", "project"),
        ("申报类别", f"{category}（{CATEGORY_SOURCE.get(report.category_source, '')}）", report.category or ""),
        ("推荐单位", _figure_value(report, "recommending_unit") or "未读到", "recommending_unit"),
        ("申报指南", guide_title(guide), guide),
        ("材料包", report.packet, ""),
        ("报告日期", (today or date.today()).isoformat(), ""),
    ]
    figures = [f for f in (builder.figure(n, cropped=False) for n in report.figures) if f is not None]
    return ReportView(
        title=f"核验报告：{applicant if applicant != '未读到' else report.packet}",
        header=header, outcome=report.outcome, outcome_word=OUTCOME.get(report.outcome, report.outcome),
        reasons=_reasons(report, guide),
        open_checks=[c for c in checks if c.status != "pass"],
        passed_checks=[c for c in checks if c.status == "pass"],
        subsidy=steps, subsidy_amount=amount, subsidy_reference_only=reference_only, coverage=_coverage(report),
        figures=figures, documents=_documents(report, builder),
        missing=[kind_name(k) for k in report.missing_documents],
        manual_review=[chinese(m, guide) for m in report.manual_review], corrections=_corrections(report),
        crops=builder.crop_store)
