"""One evaluator per condition type. Each returns a Check and never raises on missing data."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from checklists.checks import Check
from checklists.resolve import Resolved, show
from checklists.schema import (
    AcceptanceDeadline,
    AmountMin,
    Condition,
    CountMin,
    DateWindow,
    Designation,
    FactEquals,
    PeriodMax,
    RatioMin,
    TextEvidence,
)
from extractors.model import Fact

LEVELS = {"unknown": 0, "municipal": 1, "provincial": 2, "national": 3}
LEVEL_NAMES = {"municipal": "市级", "provincial": "省级", "national": "国家级", "unknown": "级别不明"}
GRADES = {"A": 1, "AA": 2, "AAA": 3}


@dataclass
class Evidence:
    figures: dict[str, Resolved]
    designations: list[Fact]
    texts: dict[str, str]  # document path → its text
    kinds: dict[str, str]  # document path → kind
    deadline: date | None
    missing_kinds: set[str]  # required kinds absent or unreadable


def _check(cond: Condition, status: str, message: str, figures: list[str], **extra: str | None) -> Check:
    return Check(id=cond.id, status=status, message=message, figures=figures, documents=list(cond.documents),
                 **extra)


def _unusable(cond: Condition, figure: Resolved | None, name: str, ev: Evidence, what: str) -> Check | None:
    if figure is None or figure.value is None:
        status = "missing" if set(cond.documents) & ev.missing_kinds or not cond.documents else "review"
        return _check(cond, status, f"未能从材料中读到{what}", [name])
    if figure.status in ("conflict", "low"):
        return _check(cond, "review", f"{what}需人工核对：{figure.note}", [name], actual=show(figure.value, figure.unit))
    return None


def amount_min(cond: AmountMin, ev: Evidence) -> Check:
    figure = ev.figures.get(cond.figure)
    what = cond.text.split("不低于")[0] or cond.figure
    problem = _unusable(cond, figure, cond.figure, ev, what)
    if problem:
        return problem
    assert figure is not None and isinstance(figure.value, Decimal)
    expected, actual = f">= {cond.min} 万元", show(figure.value, "万元")
    if figure.value < cond.min:
        return _check(cond, "fail", f"{what} {actual}，低于 {cond.min} 万元的门槛", [cond.figure],
                      expected=expected, actual=actual)
    if figure.status == "tax_incl" and cond.tax == "excl":
        return _check(cond, "review", f"{what}仅有含税金额 {actual}，须以不含税金额核对是否达到 {cond.min} 万元",
                      [cond.figure], expected=expected, actual=actual)
    return _check(cond, "pass", f"{what} {actual}，达到 {cond.min} 万元", [cond.figure], expected=expected,
                  actual=actual)


def count_min(cond: CountMin, ev: Evidence) -> Check:
    figure = ev.figures.get(cond.figure)
    problem = _unusable(cond, figure, cond.figure, ev, cond.text)
    if problem:
        return problem
    assert figure is not None
    value = int(figure.value)  # type: ignore[arg-type]
    status = "pass" if value >= cond.min else "fail"
    verb = "达到" if status == "pass" else "少于"
    return _check(cond, status, f"{cond.text}：实际 {value}，{verb}要求的 {cond.min}", [cond.figure],
                  expected=f">= {cond.min}", actual=str(value))


def ratio_min(cond: RatioMin, ev: Evidence) -> Check:
    top, bottom = ev.figures.get(cond.numerator), ev.figures.get(cond.denominator)
    for name, figure in ((cond.numerator, top), (cond.denominator, bottom)):
        problem = _unusable(cond, figure, name, ev, cond.text)
        if problem:
            return problem
    assert top is not None and bottom is not None
    if not bottom.value:
        return _check(cond, "review", f"{cond.text}：分母为 0，无法计算", [cond.numerator, cond.denominator])
    ratio = Decimal(int(top.value)) / Decimal(int(bottom.value))  # type: ignore[arg-type]
    actual = f"{top.value}/{bottom.value} = {ratio:.2%}"
    status = "pass" if ratio >= cond.min else "fail"
    return _check(cond, status, f"{cond.text}：实际 {actual}", [cond.numerator, cond.denominator],
                  expected=f">= {cond.min:.0%}", actual=actual)


def _window_text(cond: DateWindow) -> str:
    return f"{cond.start or '…'} 至 {cond.end or '…'}（含）"


def date_window(cond: DateWindow, ev: Evidence) -> Check:
    figure = ev.figures.get(cond.figure)
    problem = _unusable(cond, figure, cond.figure, ev, cond.text)
    if problem:
        return problem
    assert figure is not None and isinstance(figure.value, date)
    first = figure.value
    last = _last_day(figure)
    expected, actual = _window_text(cond), f"{first}" + ("（精确到月）" if figure.precision == "month" else "")
    too_early = cond.start is not None and last < cond.start
    too_late = cond.end is not None and first > cond.end
    if too_early or too_late:
        return _check(cond, "fail", f"日期 {actual} 不在 {expected} 期间：{cond.text}", [cond.figure],
                      expected=expected, actual=actual)
    straddles = (cond.start and first < cond.start) or (cond.end and last > cond.end)
    if straddles:
        return _check(cond, "review", f"日期仅精确到月（{actual}），无法确定是否在 {expected} 期间", [cond.figure],
                      expected=expected, actual=actual)
    return _check(cond, "pass", f"日期 {actual} 在 {expected} 期间", [cond.figure], expected=expected, actual=actual)


def _last_day(figure: Resolved) -> date:
    import calendar

    value = figure.value
    assert isinstance(value, date)
    if figure.precision == "month":
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    return value


def period_max(cond: PeriodMax, ev: Evidence) -> Check:
    start, end = ev.figures.get(cond.start_figure), ev.figures.get(cond.end_figure)
    names = [cond.start_figure, cond.end_figure]
    if start is None or end is None or start.value is None or end.value is None:
        return _check(cond, "review", "未能读到项目开始或完工日期，无法核对实施周期", names)
    assert isinstance(start.value, date) and isinstance(end.value, date)
    limit = _add_years(start.value, cond.years)
    actual = f"{start.value} 至 {end.value}"
    if end.value > limit:
        return _check(cond, "fail", f"实施周期 {actual} 超过 {cond.years} 年", names,
                      expected=f"<= {cond.years} 年", actual=actual)
    return _check(cond, "pass", f"实施周期 {actual}，未超过 {cond.years} 年", names,
                  expected=f"<= {cond.years} 年", actual=actual)


def _add_years(value: date, years: int) -> date:
    try:
        return value.replace(year=value.year + years)
    except ValueError:  # 29 February
        return value.replace(year=value.year + years, day=28)


def acceptance_deadline(cond: AcceptanceDeadline, ev: Evidence) -> Check:
    accepted = ev.figures.get("acceptance_date")
    problem = _unusable(cond, accepted, "acceptance_date", ev, "验收日期")
    if problem:
        return problem
    assert accepted is not None and isinstance(accepted.value, date)
    reference, basis = ev.deadline, "申报截止日期"
    if reference is None:
        applied = ev.figures.get("application_date")
        if applied is None or not isinstance(applied.value, date):
            return _check(cond, "review", f"验收日期 {accepted.value}；指南未设申报截止日期，材料中也无申报日期，须人工核对",
                          ["acceptance_date"], actual=str(accepted.value))
        reference, basis = applied.value, "申报日期"
    names = ["acceptance_date"] + (["application_date"] if basis == "申报日期" else [])
    if accepted.value > reference:
        return _check(cond, "fail", f"验收日期 {accepted.value} 晚于{basis} {reference}", names,
                      expected=f"<= {reference}", actual=str(accepted.value))
    return _check(cond, "pass", f"验收日期 {accepted.value} 早于{basis} {reference}", names,
                  expected=f"<= {reference}", actual=str(accepted.value))


def fact_equals(cond: FactEquals, ev: Evidence) -> Check | None:
    figure = ev.figures.get(cond.figure)
    if figure is None and cond.figure not in ("acceptance_conclusion",):
        return None  # a cross-document check with nothing to compare: not applicable
    if figure is None or figure.value is None:
        status = "missing" if set(cond.documents) & ev.missing_kinds else "review"
        return _check(cond, status, f"未能从材料中读到：{cond.text}", [cond.figure])
    if str(figure.value) == cond.value:
        return _check(cond, "pass", cond.text, [cond.figure], actual=str(figure.value))
    status = "fail" if str(figure.value) in cond.failing else "review"
    return _check(cond, status, figure.note or f"不符合：{cond.text}", [cond.figure], expected=cond.value,
                  actual=str(figure.value))


def _designation_ok(cond: Designation, fact: Fact) -> tuple[bool, str]:
    level = fact.attrs.get("level", "unknown")
    problems = []
    if LEVELS[level] < LEVELS[cond.min_level]:
        problems.append(LEVEL_NAMES[level])
    year = fact.attrs.get("year")
    if cond.since_year and year and int(year) < cond.since_year:
        problems.append(f"{year}年认定")
    if cond.min_grade and GRADES.get(fact.attrs.get("grade", ""), 0) < GRADES[cond.min_grade]:
        problems.append(f"等级 {fact.attrs.get('grade', '未注明')}")
    return not problems, "、".join(problems)


def designation(cond: Designation, ev: Evidence) -> Check:
    held = [f for f in ev.designations if f.value in cond.keys]
    good = [f for f in held if _designation_ok(cond, f)[0]]
    if good:
        where = good[0].provenance.document
        prefix = "符合优先支持条件：" if cond.priority_only else ""
        return _check(cond, "pass", f"{prefix}{cond.text}（见 {where}）", ["designation"], actual=str(good[0].value))
    if cond.priority_only:
        return _check(cond, "review", f"未见优先支持所列资质，由评审酌情考虑：{cond.text}", ["designation"])
    if held:
        reason = _designation_ok(cond, held[0])[1]
        unknown = held[0].attrs.get("level") == "unknown" and "级别不明" in reason
        return _check(cond, "review" if unknown else "fail", f"资质不符合要求（{reason}）：{cond.text}",
                      ["designation"], actual=reason)
    status = "missing" if "designation_certificate" in ev.missing_kinds else "fail"
    return _check(cond, status, f"未见相应认定文件：{cond.text}", ["designation"])


def text_evidence(cond: TextEvidence, ev: Evidence) -> Check:
    pattern = re.compile(cond.pattern)
    for path, text in ev.texts.items():
        if (not cond.documents or ev.kinds.get(path) in cond.documents) and pattern.search(text):
            return _check(cond, "pass", f"{cond.text}（见 {path}）", [])
    return _check(cond, "review", f"材料中未见相关说明，须人工核对：{cond.text}", [])


EVALUATORS: dict[type, Callable[..., Check | None]] = {
    AmountMin: amount_min, CountMin: count_min, RatioMin: ratio_min, DateWindow: date_window,
    PeriodMax: period_max, AcceptanceDeadline: acceptance_deadline, FactEquals: fact_equals,
    Designation: designation, TextEvidence: text_evidence,
}


def evaluate_condition(cond: Condition, ev: Evidence) -> Check | None:
    return EVALUATORS[type(cond)](cond, ev)
