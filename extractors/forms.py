"""申报书 and 绩效目标申报表: the category they name, declared dates, totals, counts and direction."""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.model import Fact
from extractors.statements import CATEGORY_AMOUNTS, statement_facts

EXTRACTOR = "form.v1"
TITLE_LINES = 6
APPLICATION_DATE = re.compile(r"(申报|填报|申请|推荐|报送)(日期|时间)")
# Every amount an application or performance form may declare for the categories it serves.
FORM_AMOUNTS = frozenset({"total_investment", "software_investment", "planned_investment", "invested_by_cutoff", "invested_to_date",
                          "hw_sw_investment", "loan_interest"})


def title_fact(ctx: ExtractContext) -> list[Fact]:
    heads = [u for u in ctx.units if not u.label and not u.in_table][:TITLE_LINES] or \
        [u for u in ctx.units if not u.label][:TITLE_LINES]
    if not heads:
        return []
    text = "".join(u.text for u in heads)
    return [Fact(name="form_title", value=text, unit="text", confidence=0.9,
                 provenance=heads[0].provenance.model_copy(update={"extractor": EXTRACTOR, "text": text}))]


def closes_on_a_date(text: str, found: list) -> bool:
    dates = [e for e in found if e.label == "DATE"]
    return bool(dates) and dates[-1].end >= len(text.rstrip(" 。.）)")) - 1


# a plan is signed when it is drawn up, before the work (a 展会实施方案 months before the fair): its date is not the
# application's
PLAN_TITLE = re.compile(r"(实施|建设|办展|工作)方案|可行性研究报告")


def _a_plan(ctx: ExtractContext) -> bool:
    title = next((u.text for u in ctx.units if not u.label and not u.in_table), "")
    return bool(PLAN_TITLE.search(title)) and not re.search(r"申报书|申报表|申请书|申请表", title)


def _application_date(ctx: ExtractContext) -> list[Fact]:
    """The date labelled 申报/填报日期, or failing that the date on the document's last line."""
    # an unlabelled date stands for the application date only where a line closes on it (a signature
    # date), never inside a sentence ("截至2022年6月30日，项目已…")
    lines = [(u, f) for u, f in ctx.units_with_entities() if not u.in_table][-1:]
    lines = [(u, f) for u, f in lines if closes_on_a_date(u.text, f)]
    labelled = [(u, f) for u, f in ctx.units_with_entities()
                if any(e.label == "DATE" for e in f) and APPLICATION_DATE.search(u.label + u.text)]
    candidates = labelled or ([] if _a_plan(ctx) else lines[-1:])
    for unit, found in reversed(candidates):
        dates = [e for e in found if e.label == "DATE"]
        if dates:
            mention = dates[-1].value
            return [Fact(name="application_date", value=mention.value, unit="date",  # type: ignore[attr-defined]
                         precision=mention.precision, confidence=0.8,  # type: ignore[attr-defined]
                         provenance=unit.provenance.model_copy(update={"extractor": EXTRACTOR}))]
    return []


def form_facts(ctx: ExtractContext, base: float) -> list[Fact]:
    facts = title_fact(ctx) + statement_facts(ctx, base, EXTRACTOR, FORM_AMOUNTS | CATEGORY_AMOUNTS)
    return facts + _application_date(ctx)


# A covering letter (推荐函) or pledge (信用承诺书) is signed when the packet is put together: its date
# stands for the application date where the forms carry none (guide.yaml lists forms first).
COVER_LETTER = re.compile(r"推荐函|关于推荐|承诺书|承诺函")


def cover_letter_facts(ctx: ExtractContext) -> list[Fact]:
    title = title_fact(ctx)
    if not (title and COVER_LETTER.search(str(title[0].value))) and not COVER_LETTER.search(ctx.document.path):
        return []
    return [f.model_copy(update={"confidence": 0.75}) for f in _application_date(ctx)]


def test_report_facts(ctx: ExtractContext) -> list[Fact]:
    """What a third party measured: every count and share it states (联网设备数, 应用场景, 提升指标 …)."""
    return statement_facts(ctx, 0.9, "test_report.v1", amounts=frozenset(), dates=frozenset())
