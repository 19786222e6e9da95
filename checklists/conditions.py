"""One evaluator per condition type. Each returns a Check and never raises on missing data."""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from checklists import shortfall
from checklists.aliases import applicant_names
from checklists.checks import Check
from checklists.directions import DirectionFound, match_direction
from checklists.focus import focus_min
from checklists.gate import Need, Refused, Usable, gate
from checklists.loader import figure_glossary
from checklists.resolve import Resolved
from checklists.schema import (
    AcceptanceDeadline,
    AmountMin,
    AmountMinByPeriod,
    Condition,
    CountMin,
    DatesInOrder,
    DateWindow,
    Designation,
    DirectionList,
    DirectionMatch,
    FactEquals,
    FigureStated,
    FocusMin,
    InProgress,
    InvoiceDatesWithin,
    NameMatches,
    PartsMin,
    PeriodMax,
    PeriodStated,
    RatioMin,
    StatementAgainst,
    SumMin,
    TextEvidence,
)
from extractors.model import Fact
from extractors.normalize import normalize
from extractors.org_names import names_party
from extractors.party import related_orgs
from extractors.periods import covering, find_periods

_WHITE = re.compile(r"\s+")
LEVELS = {"unknown": 0, "municipal": 1, "provincial": 2, "national": 3}
LEVEL_NAMES = {"municipal": "市级", "provincial": "省级", "national": "国家级", "unknown": "级别不明"}
GRADES = {"A": 1, "AA": 2, "AAA": 3}
ANY_NEED = Need()  # a figure read, whatever its papers and tax


@dataclass
class Evidence:
    figures: dict[str, Resolved]
    designations: list[Fact]
    texts: dict[str, str]  # document path → its text
    kinds: dict[str, str]  # document path → kind
    deadline: date | None
    missing_kinds: set[str]  # required kinds absent or unreadable
    lists: dict[str, DirectionList] = field(default_factory=dict)
    invoice_dates: list[Fact] = field(default_factory=list)
    directions_found: dict[str, DirectionFound] = field(default_factory=dict)  # per list, matched once

    def use(self, name: str, need: Need = ANY_NEED) -> Usable | Refused:
        return gate(self.figures.get(name), need)

    def reference(self) -> tuple[date | None, str, list[str]]:
        """The date a packet is judged at: the guide's deadline, else the packet's own application date
        (when usable; a refused one says why in `basis`)."""
        if self.deadline is not None:
            return self.deadline, "申报截止日期", []
        applied = self.use("application_date")
        if isinstance(applied, Usable) and isinstance(applied.value, date):
            return applied.value, "申报日期", ["application_date"]
        if isinstance(applied, Refused) and not applied.absent:
            return None, f"申报日期 {applied.shown} 不可用（{applied.reason}）", ["application_date"]
        return None, "", []

    def applicant(self) -> str:
        """The applicant's name where usable, else empty."""
        name = self.use("applicant_name")
        return str(name.value) if isinstance(name, Usable) else ""


def _check(cond: Condition, status: str, message: str, figures: list[str], **extra: object) -> Check:
    return Check(id=cond.id, status=status, message=message, figures=figures, documents=list(cond.documents),
                 **extra)


def _refusal(cond: Condition, refused: Refused, name: str, ev: Evidence, what: str, **extra: str | None) -> Check:
    """The check a refused figure gives: missing or review when unread, else review with the gate's reason."""
    if refused.absent:
        status = "missing" if set(cond.documents) & ev.missing_kinds or not cond.documents else "review"
        return _check(cond, status, f"未能从材料中读到{what}", [name], **extra)
    return _check(cond, "review", f"{what}需人工核对：{refused.reason}", [name], actual=refused.shown, **extra)


def _use(cond: Condition, ev: Evidence, name: str, what: str, tax: str = "any") -> Usable | Check:
    """The figure through the gate, or the check its refusal gives."""
    verdict = ev.use(name, Need(tax=tax, accepts=cond.documents))
    return verdict if isinstance(verdict, Usable) else _refusal(cond, verdict, name, ev, what)


def amount_min(cond: AmountMin, ev: Evidence) -> Check:
    what = cond.text.split("不低于")[0] or cond.figure
    expected = f">= {cond.min} 万元"
    verdict = ev.use(cond.figure, Need(tax=cond.tax, accepts=cond.documents))
    if isinstance(verdict, Refused):
        if verdict.at_most is not None and verdict.at_most < cond.min:  # even 含税 it is below the floor
            short, words = shortfall.amount(verdict.at_most, cond.min)
            return _check(cond, "fail", f"{what}含税金额 {verdict.shown} 已低于 {cond.min} 万元的门槛，{words}",
                          [cond.figure], expected=expected, actual=verdict.shown, shortfall=short)
        return _refusal(cond, verdict, cond.figure, ev, what, expected=expected)
    value, actual = verdict.value, verdict.shown
    assert isinstance(value, Decimal)
    if value < cond.min:
        short, words = shortfall.amount(value, cond.min)
        return _check(cond, "fail", f"{what} {actual}，低于 {cond.min} 万元的门槛，{words}", [cond.figure],
                      expected=expected, actual=actual, shortfall=short)
    return _check(cond, "pass", f"{what} {actual}，达到 {cond.min} 万元", [cond.figure], expected=expected,
                  actual=actual)


def count_min(cond: CountMin, ev: Evidence) -> Check:
    used = _use(cond, ev, cond.figure, cond.text)
    if isinstance(used, Check):
        return used
    value = int(used.value)  # type: ignore[arg-type]
    status = "pass" if value >= cond.min else "fail"
    verb = "达到" if status == "pass" else "少于"
    short, words = shortfall.count(value, cond.min) if status == "fail" else (None, "")
    return _check(cond, status, f"{cond.text}：实际 {_count(value)}，{verb}要求的 {_count(cond.min)}"
                  + (f"，{words}" if words else ""), [cond.figure], expected=f">= {cond.min}", actual=str(value),
                  shortfall=short)


def _count(value: int) -> str:
    """Large counts as the guide writes them: 320000000 → 3.2亿."""
    for unit, size in (("亿", 10 ** 8), ("万", 10 ** 4)):
        if value >= size and value % (size // 100) == 0:
            return f"{Decimal(value) / size:g}{unit}"
    return str(value)


def _as_decimal(value: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def ratio_min(cond: RatioMin, ev: Evidence) -> Check:
    operands: list[Usable] = []
    if cond.figure:
        used = _use(cond, ev, cond.figure, cond.text)
        if isinstance(used, Check):
            return used
        ratio, names = _as_decimal(used.value), [cond.figure]
        actual = f"{ratio:.2%}"
    else:
        assert cond.numerator and cond.denominator
        names = [cond.numerator, cond.denominator]
        for name in names:
            used = _use(cond, ev, name, cond.text, cond.tax)
            if isinstance(used, Check):
                return used
            operands.append(used)
        top, bottom = operands
        if not bottom.value:
            return _check(cond, "review", f"{cond.text}：分母为 0，无法计算", names)
        ratio = _as_decimal(top.value) / _as_decimal(bottom.value)
        actual = f"{top.shown} / {bottom.shown} = {ratio:.2%}"
    status = "pass" if ratio >= cond.min else cond.on_fail
    verb = "达到" if status == "pass" else "低于"
    floor = _percent(cond.min)
    if status == "pass" and cond.figure and any(f.attrs.get("holding") == "indirect" for f in used.figure.sources[:1]):
        return _check(cond, "review", f"{cond.text}：实际 {actual} 含间接持股（通过子公司等），仅计直接持股是否达到 {floor}"
                      "须人工核对", names, expected=f">= {floor}", actual=actual)
    verifier = _verified_by(cond, ev, operands[-1]) if status != "pass" and not cond.figure else None
    if verifier:
        return _check(cond, "pass", f"{cond.text}：实际 {actual}，低于 {floor}；分母已由{verifier}核实，"
                      f"所附票据为抽样，不作为否决依据", names, expected=f">= {floor}", actual=actual)
    short, words = (None, "") if status == "pass" else shortfall.ratio(ratio, cond.min, floor) if cond.figure \
        else shortfall.ratio_of(
            _as_decimal(operands[0].value), _as_decimal(operands[1].value), cond.min, floor, operands[0].figure.unit)
    return _check(cond, status, f"{cond.text}：实际 {actual}，{verb} {floor}" + (f"，{words}" if words else ""), names,
                  expected=f">= {floor}", actual=actual, shortfall=short)


KIND_NAMES = {"audit_report": "专项审计报告", "acceptance_opinion": "验收意见"}


def _verified_by(cond: RatioMin, ev: Evidence, denominator: Usable) -> str | None:
    """The document that verified the figure, when the condition lets that document stand for the papers."""
    kinds = {ev.kinds.get(f.provenance.document) for f in denominator.figure.sources}
    found = [k for k in cond.verified_by if k in kinds]
    return KIND_NAMES.get(found[0], found[0]) if found else None


def _percent(value: Decimal) -> str:
    return f"{value:.0%}" if (value * 100) == (value * 100).to_integral_value() else f"{value:.1%}"


def _below_even_as_claimed(cond: SumMin, read: list[Usable], doubtful: dict[str, Refused]) -> Check | None:
    """Parts known only at most (as the applicant's own form claims them, or 含税): a sum below the floor
    even at those amounts fails whatever the proof would show."""
    bounds = [v.at_most if v.at_most is not None else v.claimed for v in doubtful.values()]
    if any(b is None for b in bounds):
        return None
    total = sum((_as_decimal(v.value) for v in read), Decimal(0)) + sum(bounds, Decimal(0))  # type: ignore[arg-type]
    if total >= cond.min:
        return None
    meaning = {n: figure_glossary().get(n, {}).get("meaning", n).split("（")[0] for n in doubtful}
    parts = [v.shown for v in read] + [f"{meaning[name]}至多 {v.shown}" for name, v in doubtful.items()]
    actual = " + ".join(str(p) for p in parts) + f" = {total:.2f} 万元"
    short, words = shortfall.amount(total, cond.min)
    return _check(cond, "fail", f"{cond.text}：{actual}（按申报所填计），仍低于 {cond.min} 万元，{words}",
                  list(cond.figures), expected=f">= {cond.min} 万元", actual=actual, shortfall=short)


def sum_min(cond: SumMin, ev: Evidence) -> Check:
    """Parts not claimed count as zero; at least one must be read."""
    verdicts = {name: ev.use(name, Need(tax=cond.tax, accepts=cond.documents)) for name in cond.figures}
    names = list(cond.figures)
    doubtful = {n: v for n, v in verdicts.items() if isinstance(v, Refused) and not v.absent}
    read = [v for v in verdicts.values() if isinstance(v, Usable)]
    if doubtful:
        return _below_even_as_claimed(cond, read, doubtful) or next(
            _check(cond, "review", f"{cond.text}：{name} 需人工核对（{v.reason}）", names, actual=v.shown)
            for name, v in doubtful.items())
    if not read:
        status = "missing" if set(cond.documents) & ev.missing_kinds else "review"
        return _check(cond, status, f"未能从材料中读到：{cond.text}", names)
    total = sum((_as_decimal(v.value) for v in read), Decimal(0))
    actual = " + ".join(v.shown for v in read) + f" = {total:.2f} 万元"
    status = "pass" if total >= cond.min else "fail"
    verb = "达到" if status == "pass" else "低于"
    short, words = shortfall.amount(total, cond.min) if status == "fail" else (None, "")
    return _check(cond, status, f"{cond.text}：{actual}，{verb} {cond.min} 万元" + (f"，{words}" if words else ""),
                  names, expected=f">= {cond.min} 万元", actual=actual, shortfall=short)


def parts_min(cond: PartsMin, ev: Evidence) -> Check | None:
    used = ev.use(cond.figure, Need(accepts=cond.documents))
    if isinstance(used, Refused):
        return None  # the figure's own floor reports why it is not usable
    rows = used.amounts()
    if not rows:
        return _check(cond, "pass", f"单一项目（{used.shown}），无须合并计算：{cond.text}", [cond.figure])
    listing = "、".join(f"{f.attrs.get('row') or f.provenance.locator} {_as_decimal(f.value):.2f} 万元" for f in rows)
    small = [f for f in rows if _as_decimal(f.value) <= cond.min]
    if small:
        short, words = shortfall.amount(min(_as_decimal(f.value) for f in small), cond.min, strict=True)
        return _check(cond, "fail", f"合并计算的项目中有出资额不大于 {cond.min} 万元的：{listing}；最小一项{words}",
                      [cond.figure], expected=f"each > {cond.min} 万元", actual=listing, shortfall=short)
    return _check(cond, "pass", f"合并计算 {len(rows)} 个项目（{listing}），均大于 {cond.min} 万元", [cond.figure],
                  expected=f"each > {cond.min} 万元", actual=listing)


def _period(cond: Condition, ev: Evidence, start_name: str, end_name: str, names: list[str],
            purpose: str) -> tuple[date, date] | Check:
    """Start and end through the gate; unread or refused → review saying which and why."""
    ends = []
    for name, what in ((start_name, "开始（开工）日期"), (end_name, "完成（竣工）日期")):
        verdict = ev.use(name, Need(accepts=cond.documents))
        if isinstance(verdict, Refused):
            why = f"{verdict.shown} 需人工核对：{verdict.reason}" if not verdict.absent else "未读到"
            return _check(cond, "review", f"项目{what}{why}，{purpose}", names, actual=verdict.shown)
        ends.append(verdict.value)
    start, end = ends
    assert isinstance(start, date) and isinstance(end, date)
    return start, end


def amount_min_by_period(cond: AmountMinByPeriod, ev: Evidence) -> Check:
    names = [cond.figure, cond.start_figure, cond.end_figure]
    span = _period(cond, ev, cond.start_figure, cond.end_figure, names, "无法确定适用的投入门槛")
    if isinstance(span, Check):
        return span
    tier = next((t for t in sorted(cond.tiers, key=lambda t: t.max_years)
                 if span[1] <= _add_years(span[0], t.max_years)), None)
    actual_span = f"{span[0]} 至 {span[1]}"
    if tier is None:
        longest = max(t.max_years for t in cond.tiers)
        short, words = shortfall.late(span[1], _add_years(span[0], longest))
        return _check(cond, "fail", f"建设周期 {actual_span} 超过 {longest} 年，{words}：{cond.text}", names,
                      expected=f"<= {longest} 年", actual=actual_span, shortfall=short)
    floor = AmountMin(id=cond.id, type="amount_min", figure=cond.figure, min=tier.min, documents=cond.documents,
                      text=f"建设周期 {tier.max_years} 年以内（{actual_span}）的总投入不低于{tier.min}万元")
    check = amount_min(floor, ev)
    check.figures = names
    return check


def _window_text(cond: DateWindow) -> str:
    if cond.start and cond.end:
        return f"{cond.start} 至 {cond.end}（含）"
    return f"不早于 {cond.start}" if cond.start else f"不晚于 {cond.end}"


def _same_verdict_for_every_date(cond: DateWindow, ev: Evidence, refused: Refused) -> Check | None:
    """Papers that disagree on a date, all inside the window or all outside it: the verdict holds either way."""
    figure = refused.figure
    if figure is None or figure.status != "conflict" or not all(isinstance(f.value, date) for f in figure.sources):
        return None
    window = _relaxed(cond, ev)
    dates = [(f.value, _last_day(f.value, f.precision)) for f in figure.sources]  # type: ignore[arg-type]
    inside = [not ((window.start and first < window.start) or (window.end and last > window.end))
              for first, last in dates]
    outside = [(window.start and last < window.start) or (window.end and first > window.end) for first, last in dates]
    if not (all(inside) or all(outside)):
        return None
    stated = "、".join(f"{f.provenance.document} {f.value}" for f in figure.sources)
    expected = _window_text(window)
    verdict, words = ("pass", "均符合") if all(inside) else ("fail", "均不符合")
    return _check(cond, verdict, f"{cond.text}：各材料日期不一（{stated}），{words}（应{expected}）", [cond.figure],
                  expected=expected, actual=stated)


_CLAUSE_START = re.compile(r"[，,。；;：:\n（(]")
_NEGATED = re.compile(r"不|非|未|无|否|没有")


def _negated(text: str, start: int) -> bool:
    """"本次交易不属于同一控制下…", "2022年未获得…": the clause before the words denies them."""
    head = text[max(0, start - 40):start]
    clause = _CLAUSE_START.split(head)[-1]
    return bool(_NEGATED.search(clause))


def _statement(ev: Evidence, pattern: str, documents: tuple[str, ...] = (),
               affirmed: bool = False) -> tuple[str, str] | None:
    """The first paper (of `documents` kinds, any if empty) whose words, white space removed, match: its path
    and the words; `affirmed`: only words their clause does not deny."""
    compiled = re.compile(pattern)
    for path, text in ev.texts.items():
        if documents and ev.kinds.get(path) not in documents:
            continue
        plain = _WHITE.sub("", text)
        for found in compiled.finditer(plain):
            if not (affirmed and _negated(plain, found.start())):
                return path, found.group(0)
    return None


def _stated(ev: Evidence, pattern: str | None) -> str:
    """Where the papers say it (" <path> 述及「…」"), or empty."""
    found = _statement(ev, pattern) if pattern else None
    return f" {found[0]} 述及「{found[1][:40]}」" if found else ""


def date_window(cond: DateWindow, ev: Evidence) -> Check:
    used = ev.use(cond.figure, Need(accepts=cond.documents))
    if isinstance(used, Refused):
        return _same_verdict_for_every_date(cond, ev, used) or _refusal(cond, used, cond.figure, ev, cond.text)
    dated = used.dated()
    first = min(value for value, _ in dated)
    last = max(_last_day(value, precision) for value, precision in dated)
    cond = _relaxed(cond, ev)
    expected = _window_text(cond)
    actual = (f"{first}" if len(dated) == 1 else f"{first} 至 {last}（{len(dated)} 项）") + \
        ("（精确到月）" if used.figure.precision == "month" else "")
    too_early = cond.start is not None and first < cond.start and (len(dated) > 1 or last < cond.start)
    too_late = cond.end is not None and last > cond.end and (len(dated) > 1 or first > cond.end)
    if too_early or too_late:
        short, words = shortfall.late(last, cond.end) if too_late else shortfall.early(first, cond.start)  # type: ignore[arg-type]
        unsettled = _stated(ev, cond.unsettled_by)
        if unsettled:
            return _check(cond, "review", f"{cond.text}：日期 {actual}（应{expected}），但{unsettled}，指南未明确如何计算，"
                          "须人工核对", [cond.figure], expected=expected, actual=actual, shortfall=short)
        return _check(cond, "fail", f"{cond.text}：日期 {actual}，不符合（应{expected}），{words}", [cond.figure],
                      expected=expected, actual=actual, shortfall=short)
    straddles = (cond.start and first < cond.start) or (cond.end and last > cond.end)
    if straddles:
        return _check(cond, "review", f"{cond.text}：日期仅精确到月（{actual}），无法确定是否{expected}", [cond.figure],
                      expected=expected, actual=actual)
    return _check(cond, "pass", f"{cond.text}：日期 {actual}，符合（{expected}）", [cond.figure], expected=expected,
                  actual=actual)


def _extra_years(ev: Evidence, list_name: str | None) -> tuple[int, str] | None:
    """The extra years the project's direction is allowed (附件1-26 第39项 可放宽攻关时间), and why."""
    if not list_name:
        return None
    direction = matched_direction(ev, list_name).direction
    if direction is None or not direction.extra_years:
        return None
    return direction.extra_years, direction.note or f"可放宽 {direction.extra_years} 年"


def _relaxed(cond: DateWindow, ev: Evidence) -> DateWindow:
    extra = _extra_years(ev, cond.relaxed_by)
    if extra is None or cond.end is None:
        return cond
    return cond.model_copy(update={"end": _add_years(cond.end, extra[0]), "text": f"{cond.text}（{extra[1]}）"})


def _last_day(value: date, precision: str | None) -> date:
    if precision == "month":
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    return value


def period_max(cond: PeriodMax, ev: Evidence) -> Check:
    extra = _extra_years(ev, cond.relaxed_by)
    if extra:
        cond = cond.model_copy(update={"years": cond.years + extra[0], "text": f"{cond.text}（{extra[1]}）"})
    names = [cond.start_figure, cond.end_figure]
    span = _period(cond, ev, cond.start_figure, cond.end_figure, names, "无法核对实施周期")
    if isinstance(span, Check):
        return span
    start, end = span
    actual = f"{start} 至 {end}"
    if end > _add_years(start, cond.years):
        short, words = shortfall.late(end, _add_years(start, cond.years))
        return _check(cond, cond.on_fail, f"实施周期 {actual} 超过 {cond.years} 年，{words}：{cond.text}", names,
                      expected=f"<= {cond.years} 年", actual=actual, shortfall=short)
    return _check(cond, "pass", f"实施周期 {actual}，未超过 {cond.years} 年", names,
                  expected=f"<= {cond.years} 年", actual=actual)


def _add_years(value: date, years: int) -> date:
    try:
        return value.replace(year=value.year + years)
    except ValueError:  # 29 February
        return value.replace(year=value.year + years, day=28)


def acceptance_deadline(cond: AcceptanceDeadline, ev: Evidence) -> Check:
    name = cond.figure
    what = "验收日期" if name == "acceptance_date" else "日期"
    used = _use(cond, ev, name, what)
    if isinstance(used, Check):
        return used
    accepted = used.value
    assert isinstance(accepted, date)
    reference, basis, extra = ev.reference()
    if reference is None:
        why = basis or "指南未设申报截止日期，材料中也无申报日期"
        return _check(cond, "review", f"{what} {accepted}；{why}，须人工核对：{cond.text}",
                      [name, *extra], actual=str(accepted))
    names = [name, *extra]
    if accepted > reference:
        short, words = shortfall.late(accepted, reference)
        return _check(cond, "fail", f"{what} {accepted} 晚于{basis} {reference}，{words}：{cond.text}", names,
                      expected=f"<= {reference}", actual=str(accepted), shortfall=short)
    return _check(cond, "pass", f"{what} {accepted} 早于{basis} {reference}", names,
                  expected=f"<= {reference}", actual=str(accepted))


def in_progress(cond: InProgress, ev: Evidence) -> Check:
    names = [cond.start_figure, cond.end_figure]
    used = _use(cond, ev, cond.start_figure, "开工日期")
    if isinstance(used, Check):
        return used
    start = used.value
    assert isinstance(start, date)
    reference, basis, extra = ev.reference()
    if reference is None:
        why = basis or "无申报截止日期或申报日期"
        return _check(cond, "review", f"开工日期 {start}；{why}，无法判断是否在建", names + extra)
    names += extra
    if start > reference:
        short, words = shortfall.late(start, reference)
        return _check(cond, "fail", f"开工日期 {start} 晚于{basis} {reference}，项目尚未开工，{words}：{cond.text}",
                      names, expected=f"开工 <= {reference}", actual=str(start), shortfall=short)
    planned = ev.use(cond.end_figure, Need(accepts=cond.documents))
    if isinstance(planned, Refused):
        why = "未读到计划竣工日期" if planned.absent else f"计划竣工日期 {planned.shown} 需人工核对：{planned.reason}"
        return _check(cond, "review", f"已开工（{start}），{why}，须人工核对是否尚未竣工", names)
    end = planned.value
    assert isinstance(end, date)
    if end <= reference:
        short, words = shortfall.early(end, reference + timedelta(days=1))
        return _check(cond, "fail", f"竣工日期 {end} 不晚于{basis} {reference}，项目已竣工，{words}：{cond.text}",
                      names, expected=f"竣工 > {reference}", actual=str(end), shortfall=short)
    actual = f"开工 {start}，计划竣工 {end}"
    return _check(cond, "pass", f"{actual}，{basis} {reference} 时在建", names, actual=actual)


def name_matches(cond: NameMatches, ev: Evidence) -> Check:
    used = _use(cond, ev, cond.figure, "申报主体名称")
    if isinstance(used, Check):
        return used
    name = str(used.value)
    if re.search(cond.pattern, name):
        return _check(cond, "pass", f"申报主体 {name}：{cond.text}", [cond.figure], actual=name)
    status = "fail" if cond.ruled_out and re.search(cond.ruled_out, name) else cond.on_mismatch
    verb = "不符合" if status == "fail" else "从名称无法确认是否符合"
    return _check(cond, status, f"申报主体 {name} {verb}：{cond.text}", [cond.figure], actual=name)


def matched_direction(ev: Evidence, list_name: str, figure: str = "declared_direction") -> DirectionFound:
    """The project's direction in a list; the direction check, its deadline and its period all ask."""
    key = f"{list_name}:{figure}"
    if key not in ev.directions_found:
        declared = ev.use(figure)
        texts = [t for p, t in ev.texts.items() if ev.kinds.get(p) in ("application_form", "performance_form")]
        ev.directions_found[key] = match_direction(
            ev.lists[list_name], str(declared.value) if isinstance(declared, Usable) else None, texts)
    return ev.directions_found[key]


def _admitted_field(directions: DirectionList, declared: str) -> str | None:
    admitted = directions.also_admitted
    plain = normalize(declared).upper()
    return next((f for f in admitted.fields if normalize(f).upper() in plain), None) if admitted else None


def direction_match(cond: DirectionMatch, ev: Evidence) -> Check:
    directions = ev.lists[cond.directions]
    declared = ev.use(cond.figure, Need(accepts=cond.documents))
    if isinstance(declared, Refused) and not declared.absent:
        return _refusal(cond, declared, cond.figure, ev, "申报方向")
    found = matched_direction(ev, cond.directions, cond.figure)
    names = [cond.figure] if isinstance(declared, Usable) else []
    if isinstance(declared, Usable) and (found.direction is None or found.score < 0.8):
        field = _admitted_field(directions, str(declared.value))
        if field:
            return _check(cond, "pass", f"申报方向「{declared.value}」属于指南所列国家重点突破方向「{field}」"
                          f"（{directions.also_admitted.text}）", names, actual=str(declared.value))  # type: ignore[union-attr]
    if found.direction is None:
        if isinstance(declared, Refused):
            return _check(cond, "review", f"材料中未见攻关方向，须人工对照《{directions.title}》", names)
        return _check(cond, "fail", f"申报方向「{declared.value}」不在《{directions.title}》中：{cond.text}", names,
                      actual=str(declared.value))
    d = found.direction
    where = f"第{d.number}项「{d.name}」（{d.cluster}）"
    extra = "".join(f"；计入名额：{directions.quotas[q]}" for q in found.quotas)
    extra += f"；{d.note}" if d.note else ""
    if found.score < 0.8:
        return _check(cond, "review", f"申报方向「{found.declared}」与{where}相近但不一致，须人工确认{extra}", names,
                      actual=f"{d.number}. {d.name}")
    return _check(cond, "pass", f"申报方向属于《{directions.title}》{where}{extra}", names,
                  actual=f"{d.number}. {d.name}")


def invoice_dates_within(cond: InvoiceDatesWithin, ev: Evidence) -> Check | None:
    if not ev.invoice_dates:
        return None
    outside = [f for f in ev.invoice_dates if isinstance(f.value, date) and
               ((cond.start and f.value < cond.start) or (cond.end and f.value > cond.end))]
    expected = f"{cond.start or '…'} 至 {cond.end or '…'}"
    if outside:
        listing = "、".join(f"{f.provenance.document}（{f.value}）" for f in outside[:5])
        return _check(cond, "review", f"{len(outside)} 张发票开票日期不在 {expected}：{listing}，须核对是否计入", ["invoice_date"],
                      expected=expected, actual=f"{len(outside)} 张在期外")
    return _check(cond, "pass", f"{len(ev.invoice_dates)} 张发票均在 {expected} 期间开具", ["invoice_date"],
                  expected=expected)


def fact_equals(cond: FactEquals, ev: Evidence) -> Check | None:
    if cond.figure not in ev.figures and cond.figure not in ("acceptance_conclusion",):
        return None  # a cross-document check with nothing to compare: not applicable
    used = ev.use(cond.figure, Need(accepts=cond.documents))
    if isinstance(used, Refused):
        if used.absent:
            status = "missing" if set(cond.documents) & ev.missing_kinds else "review"
            return _check(cond, status, f"未能从材料中读到：{cond.text}", [cond.figure])
        return _refusal(cond, used, cond.figure, ev, cond.text)
    value = str(used.value)
    if value == cond.value:
        return _check(cond, "pass", cond.text, [cond.figure], actual=value)
    if value in cond.accepted:
        return _check(cond, "pass", f"{cond.text}（{used.figure.note}）" if used.figure.note else cond.text,
                      [cond.figure], actual=value)
    status = "fail" if value in cond.failing else "review"
    return _check(cond, status, used.figure.note or f"不符合：{cond.text}", [cond.figure], expected=cond.value,
                  actual=value)


GRADE_UNSTATED = "未注明"
UNSTATED = {LEVEL_NAMES["unknown"], f"等级 {GRADE_UNSTATED}"}


DOUBT = "须人工核对"


def _age_problem(years: int, year: int, issued: str | None, reference: date) -> list[str]:
    """未满 N 年: the guide names no date to count to. Past N years by the reference year fails; a letter
    still under N years at the reference date passes; in between (the N-th year) it depends on that date."""
    if reference.year - year > years:
        return [f"{year}年批复，已满{years}年（超出 {reference.year - year - years} 年）"]
    if reference.year - year < years:
        return []
    if issued and _add_years(date.fromisoformat(issued), years) > reference:
        return []
    when = f"{issued}批复" if issued else f"{year}年批复"
    return [f"{when}，至{reference}已满或将满{years}年，指南未明确起算时点，{DOUBT}"]


def _designation_ok(cond: Designation, fact: Fact, reference: date | None) -> tuple[bool, str]:
    level = fact.attrs.get("level", "unknown")
    problems = []
    if cond.min_level and LEVELS[level] < LEVELS[cond.min_level]:
        problems.append(LEVEL_NAMES[level])
    year = fact.attrs.get("year")
    if cond.since_year and year and int(year) < cond.since_year:
        problems.append(f"{year}年认定，早 {cond.since_year - int(year)} 年，{cond.since_year}年（含）以来认定即可")
    if cond.max_age_years and year and reference:
        problems += _age_problem(cond.max_age_years, int(year), fact.attrs.get("issued"), reference)
    if cond.min_grade and GRADES.get(fact.attrs.get("grade", ""), 0) < GRADES[cond.min_grade]:
        problems.append(f"等级 {fact.attrs.get('grade', GRADE_UNSTATED)}")
    valid_until = fact.attrs.get("valid_until")
    if cond.valid_on_application and valid_until and reference and date.fromisoformat(valid_until) < reference:
        problems.append(f"有效期至 {valid_until}，已过期")
    return not problems, "、".join(problems)


def _related_holder(fact: Fact, ev: Evidence) -> str | None:
    applicant, text = ev.use("applicant_name"), ev.texts.get(fact.provenance.document)
    if not isinstance(applicant, Usable) or text is None:
        return None
    return next(iter(related_orgs(str(applicant.value), text)), None)


def _names_applicant(fact: Fact, ev: Evidence) -> bool:
    """A certificate or a 名单 counts for the applicant only if it names the applicant."""
    applicant = ev.use("applicant_name")
    if isinstance(applicant, Refused):
        return applicant.absent  # nothing to look for; a name in doubt cannot confirm the certificate
    text = ev.texts.get(fact.provenance.document)
    if text is None:
        return True
    plain = _WHITE.sub("", normalize(text))
    names = applicant_names(ev.figures)
    return any(_WHITE.sub("", normalize(name)) in plain for name in names) or \
        any(names_party(text, name) for name in names)  # a list writes names in short


def _by_former_name(fact: Fact, ev: Evidence) -> str:
    """", 所列为申报主体原名称「…」" where the paper names the applicant only as it was called before."""
    names = applicant_names(ev.figures)
    plain = _WHITE.sub("", normalize(ev.texts.get(fact.provenance.document, "")))
    if not names or _WHITE.sub("", normalize(names[0])) in plain:
        return ""
    former = next((n for n in names[1:] if _WHITE.sub("", normalize(n)) in plain), None)
    return f"，所列为申报主体原名称「{former}」" if former else ""


def _unverified(cond: Designation, fact: Fact, reference: date | None) -> str:
    """Why a designation's age or validity cannot decide: no date to judge them at. (Years, grades and
    dates read by OCR decide like dates do; their source is marked OCR.)"""
    dated = cond.max_age_years or (cond.valid_on_application and "valid_until" in fact.attrs)
    if dated and reference is None:  # a validity the papers do not state needs no date to judge it at
        return "无申报截止日期或可用的申报日期，无法核对认定年限或有效期"
    return ""


def _found(fact: Fact) -> str:
    """What a designation document shows: 见 04-认定证书.pdf「江苏省智能制造示范工厂认定通知」（省级，2021年认定）."""
    attrs = fact.attrs
    held = [LEVEL_NAMES[attrs["level"]] if attrs.get("level", "unknown") != "unknown" else "",
            f"{attrs['year']}年认定" if attrs.get("year") else "", f"等级 {attrs['grade']}" if attrs.get("grade") else "",
            f"有效期至 {attrs['valid_until']}" if attrs.get("valid_until") else ""]
    shown = "，".join(h for h in held if h)
    title = " ".join(fact.provenance.text.split())[:40]
    return f"见 {fact.provenance.document}「{title}」" + (f"（{shown}）" if shown else "")


def designation(cond: Designation, ev: Evidence) -> Check:
    reference = ev.reference()[0]
    named = [f for f in ev.designations if f.value in cond.keys]
    held = [f for f in named if not f.attrs.get("proposed")]
    if named and not held and not cond.priority_only:  # only 拟认定 lists put up for comment
        return _check(cond, "missing", f"仅见{named[0].provenance.document}（拟认定名单公示），未见正式认定文件："
                      f"{cond.text}", ["designation"])
    good = [f for f in held if _designation_ok(cond, f, reference)[0]]
    own = [f for f in good if _names_applicant(f, ev)]
    if good and not own and not cond.priority_only:
        related = _related_holder(good[0], ev)
        if related:  # a group's or a subsidiary's designation is another legal person's
            return _check(cond, "fail", f"{good[0].provenance.document} 所列为「{related}」，与申报主体不是同一法人，"
                          f"该认定不属于申报主体：{cond.text}", ["designation", "applicant_name"], actual=related)
        return _check(cond, "review", f"{good[0].provenance.document} 中未见申报主体名称，须核对该认定是否属于申报主体："
                      f"{cond.text}", ["designation", "applicant_name"])
    deciding = own[0] if own else held[0] if held and not cond.priority_only else None
    doubt = _unverified(cond, deciding, reference) if deciding else ""
    if doubt:
        return _check(cond, "review", f"{doubt}：{cond.text}", ["designation"])
    if own:
        prefix = "符合优先支持条件：" if cond.priority_only else ""
        return _check(cond, "pass", f"{prefix}{_found(own[0])}{_by_former_name(own[0], ev)}，符合：{cond.text}",
                      ["designation"], actual=str(own[0].value))
    if cond.priority_only:  # 优先支持 is not a condition: not holding it never blocks an outcome
        return _check(cond, "pass", f"未见优先支持所列资质（非必备条件，不影响结论）：{cond.text}", ["designation"])
    if held:
        reason = _designation_ok(cond, held[0], reference)[1]
        # a level or a grade the papers do not state is not a level or grade below the guide's
        unknown = all(problem in UNSTATED or problem.endswith(DOUBT) for problem in reason.split("、"))
        return _check(cond, "review" if unknown else "fail",
                      f"{'资质须人工核对' if unknown else '资质不符合要求'}（{reason}）：{cond.text}",
                      ["designation"], actual=reason)
    if cond.fallback_pattern:
        stated = next((p for p, t in ev.texts.items() if re.search(cond.fallback_pattern, t)), None)
        if stated:
            return _check(cond, "review", f"未见认定文件，但 {stated} 述及其他符合情形，须人工核对：{cond.text}",
                          ["designation"])
    other = _other_kind(cond, ev)
    if other is not None:  # the applicant's paper names a designation of another kind than the one required
        level = LEVEL_NAMES[cond.min_level] if cond.min_level else ""
        held = other.attrs.get("held") or other.attrs["instead_of_name"]
        return _check(cond, "fail", f"资质不符合要求（{other.provenance.document} 所持为{held}，非{level}"
                      f"{other.attrs['instead_of_name']}）：{cond.text}", ["designation"], actual=held)
    # nothing in the packet proves it: its proof is missing (a paper naming the applicant may yet be supplied)
    return _check(cond, "missing", f"未见相应认定文件：{cond.text}", ["designation"])


def _other_kind(cond: Designation, ev: Evidence) -> Fact | None:
    """A designation the applicant holds, of a kind the papers clearly name and the guide does not accept for
    this one (专精特新中小企业 for 小巨人, a 培育单位 for the designation itself), not merely proposed."""
    return next((f for f in ev.designations if f.attrs.get("instead_of") in cond.keys and not f.attrs.get("proposed")
                 and _names_applicant(f, ev)), None)


def text_evidence(cond: TextEvidence, ev: Evidence) -> Check | None:
    if cond.implied_by is not None:
        held = ev.use(cond.implied_by.figure, Need(accepts=cond.documents))
        if isinstance(held, Usable) and _as_decimal(held.value) > cond.implied_by.above:
            shown = (_percent(_as_decimal(held.value)), _percent(cond.implied_by.above)) \
                if held.figure.unit == "ratio" else (held.shown, str(cond.implied_by.above))
            return _check(cond, "pass", f"{cond.text}（读到 {shown[0]}，超过 {shown[1]}，即已满足）",
                          [cond.implied_by.figure], actual=held.shown)
    found = _statement(ev, cond.pattern, cond.documents)
    if found:
        return _check(cond, "pass", f"见 {found[0]}「{found[1][:60]}」，符合：{cond.text}", [])
    if cond.when_silent == "manual":
        return None  # the reviewer's manual item: the department's records settle it
    return _check(cond, "review", f"材料中未见相关说明，须人工核对：{cond.text}", [])


def statement_against(cond: StatementAgainst, ev: Evidence) -> Check | None:
    found = _statement(ev, cond.pattern, cond.documents, affirmed=True)
    if found is None:
        return None  # nothing says so: the reviewer's manual item
    return _check(cond, "fail", f"{found[0]} 载明「{found[1][:60]}」，不符合：{cond.text}", [], actual=found[1][:60])


def dates_in_order(cond: DatesInOrder, ev: Evidence) -> Check | None:
    first, then = ev.use(cond.earlier), ev.use(cond.later)
    if not (isinstance(first, Usable) and isinstance(then, Usable)):
        return None
    if _last_day(then.value, then.figure.precision) >= first.value:  # type: ignore[arg-type, operator]
        return _check(cond, "pass", f"{cond.text}：{then.shown} 不早于 {first.shown}", [cond.later, cond.earlier])
    return _check(cond, cond.on_fail, f"{cond.text}：{then.shown} 早于 {first.shown}，"
                  f"须人工核对 {_paper_of(then)} 是否为本项目完成后的验收", [cond.later, cond.earlier],
                  actual=then.shown)


def _paper_of(used: Usable) -> str:
    return used.figure.sources[0].provenance.document if used.figure.sources else "该材料"


def figure_stated(cond: FigureStated, ev: Evidence) -> Check:
    used = ev.use(cond.figure)
    if isinstance(used, Usable):
        return _check(cond, "pass", f"{cond.text}：{used.shown}", [cond.figure], actual=str(used.value))
    if used.absent:
        return _check(cond, "missing", f"材料中未见：{cond.text}", [cond.figure])
    return _check(cond, "pass", cond.text, [cond.figure])  # named, if in doubt: the figure's own checks say why


def period_stated(cond: PeriodStated, ev: Evidence) -> Check:
    for path, text in ev.texts.items():
        if cond.documents and ev.kinds.get(path) not in cond.documents:
            continue
        spanned = covering(find_periods(unicodedata.normalize("NFKC", text)), cond.start, cond.end)  # ２０２１年７月
        if spanned:
            stated = "、".join(f"「{p.text}」" for p in spanned)
            return _check(cond, "pass", f"见 {path}{stated}，符合：{cond.text}", [])
    return _check(cond, "review", f"材料中未见相关说明，须人工核对：{cond.text}", [])


EVALUATORS: dict[type, Callable[..., Check | None]] = {
    AmountMin: amount_min, CountMin: count_min, RatioMin: ratio_min, SumMin: sum_min, PartsMin: parts_min,
    AmountMinByPeriod: amount_min_by_period, DateWindow: date_window, PeriodMax: period_max,
    AcceptanceDeadline: acceptance_deadline, InProgress: in_progress, NameMatches: name_matches,
    DirectionMatch: direction_match, InvoiceDatesWithin: invoice_dates_within, FactEquals: fact_equals,
    Designation: designation, TextEvidence: text_evidence, PeriodStated: period_stated,
    StatementAgainst: statement_against, FigureStated: figure_stated, DatesInOrder: dates_in_order,
    FocusMin: focus_min,
}


def _not_for_this_applicant(cond: Condition, ev: Evidence) -> Check | None:
    name = ev.applicant()
    if cond.unless_name and name and re.search(cond.unless_name, name):
        return _check(cond, "pass", f"申报主体 {name} 不受此项限制：{cond.text}", ["applicant_name"], actual=name)
    if cond.only_if_name and not (name and re.search(cond.only_if_name, name)):
        return _check(cond, "pass", f"不适用于申报主体 {name or '（未读到）'}：{cond.text}", ["applicant_name"],
                      actual=name or None)
    return None


def evaluate_condition(cond: Condition, ev: Evidence) -> Check | None:
    return _not_for_this_applicant(cond, ev) or EVALUATORS[type(cond)](cond, ev)
