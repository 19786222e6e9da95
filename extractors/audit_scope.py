"""The period an audit report covers, where it states one at its head: "对…项目2021年1月1日至2021年12月31日期间的
项目投入进行了专项审计", "专项审计报告（2022年1月1日至2022年6月15日）", "关于…项目2021年度投入的专项审计报告".
A project audited in parts (one report a year, by different firms) is added up from them (checklists.audit_periods)."""

from __future__ import annotations

import re
from datetime import date

from extractors.context import ExtractContext
from extractors.model import Fact
from extractors.periods import Period, find_periods
from grantcheck.model import Provenance

HEAD_LINES = 8  # the title, the addressee and the scope sentence
_SCOPE = re.compile(r"\s*[)）]?\s*(?:期间|内|的项目投入|的投入|投入|发生|止)")
_YEAR = re.compile(r"(?<!\d)(?P<y>20\d{2})\s*年度(?:项目)?(?:投入|的)")


def _scope(text: str) -> Period | None:
    for period in find_periods(text):
        at = text.find(period.text) + len(period.text)
        if _SCOPE.match(text, at) or text[max(0, at - len(period.text) - 1):at - len(period.text)] in "（(":
            return period
    year = _YEAR.search(text)
    if year:
        y = int(year["y"])
        return Period(date(y, 1, 1), date(y, 12, 31), year.group(0))
    return None


def audit_period_facts(ctx: ExtractContext) -> list[Fact]:
    page = next((p for p in ctx.document.pages if p.lines), None)
    if page is None:
        return []
    head = page.lines[:HEAD_LINES]
    text = "".join(line.text.strip() for line in head)
    period = _scope(text)
    if period is None:
        return []
    line = next((ln for ln in head if period.text[:6] in ln.text.replace(" ", "")), head[0])
    provenance = Provenance(document=ctx.document.path, page=page.number, bbox=line.bbox, locator=line.locator,
                            text=line.text, ocr=page.ocr, extractor="audit_report.period.v1")
    return [Fact(name="audit_period", value=f"{period.start.isoformat()}/{period.end.isoformat()}", unit="text",
                 confidence=0.85, provenance=provenance,
                 attrs={"start": period.start.isoformat(), "end": period.end.isoformat()})]
