"""Periods a text states: "2021年7月1日（含）至2022年6月30日", "2021年7月—12月", "2022年1-6月",
"2021.07.01-2022.06.30", "2021年下半年", "2022年第一季度". A start written to the month begins on its
first day, an end written to the month ends on its last; an end without a year is in the start's year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from extractors.date import find_dates

INCLUSIVE = r"(?:[（(]含[)）])?"
SEP = rf"\s*{INCLUSIVE}\s*(?:至|到|~|～|—{{1,2}}|–|-|－)\s*"
_YEARLESS_END = re.compile(rf"{SEP}(?P<m>\d{{1,2}})\s*月(?:\s*(?P<d>\d{{1,2}})\s*日)?")
_MONTH_SPAN = re.compile(rf"(?<!\d)(?P<y>20\d{{2}})\s*年\s*(?P<m1>\d{{1,2}})\s*(?:月)?{SEP}"
                         rf"(?P<m2>\d{{1,2}})\s*月(?!\s*\d{{1,2}}\s*日)")
_HALF = re.compile(r"(?<!\d)(?P<y>20\d{2})\s*年度?\s*(?P<h>上|下)半年")
_QUARTER = re.compile(r"(?<!\d)(?P<y>20\d{2})\s*年度?\s*第?(?P<q>[一二三四1-4])季度")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    text: str


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _span(text: str, start: date, end: date, at: tuple[int, int]) -> Period | None:
    return Period(start, end, text[at[0]:at[1]]) if start <= end else None


def _month_spans(text: str) -> list[Period]:
    found = []
    for m in _MONTH_SPAN.finditer(text):
        year, first, last = int(m["y"]), int(m["m1"]), int(m["m2"])
        if 1 <= first <= last <= 12:
            found.append(Period(date(year, first, 1), _month_end(year, last), m.group(0)))
    for m in _HALF.finditer(text):
        year, months = int(m["y"]), (1, 6) if m["h"] == "上" else (7, 12)
        found.append(Period(date(year, months[0], 1), _month_end(year, months[1]), m.group(0)))
    for m in _QUARTER.finditer(text):
        year, q = int(m["y"]), _QUARTERS[m["q"]]
        found.append(Period(date(year, 3 * q - 2, 1), _month_end(year, 3 * q), m.group(0)))
    return found


def _yearless_end(text: str, start: date, at: int) -> tuple[date, int] | None:
    m = _YEARLESS_END.match(text, at)
    if not m:
        return None
    year = start.year + (1 if int(m["m"]) < start.month else 0)
    try:
        end = date(year, int(m["m"]), int(m["d"])) if m["d"] else _month_end(year, int(m["m"]))
    except ValueError:
        return None
    return end, m.end()


def find_periods(text: str) -> list[Period]:
    """Every period the text states, in the order written."""
    found = _month_spans(text)
    taken = [(text.find(p.text), text.find(p.text) + len(p.text)) for p in found]
    mentions = [d for d in find_dates(text) if not any(a <= d.start < b for a, b in taken)]
    for i, first in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if following and re.fullmatch(SEP + INCLUSIVE + r"\s*", text[first.end:following.start]):
            end = following.value if following.precision == "day" else _month_end(following.value.year,
                                                                                  following.value.month)
            period = _span(text, first.value, end, (first.start, following.end))
        else:
            yearless = _yearless_end(text, first.value, first.end)
            period = _span(text, first.value, yearless[0], (first.start, yearless[1])) if yearless else None
        if period:
            found.append(period)
    return found


def covering(periods: list[Period], start: date, end: date) -> list[Period] | None:
    """Periods inside [start, end] that together span it without a gap, or None."""
    inside = sorted((p for p in periods if start <= p.start and p.end <= end),
                    key=lambda p: (p.start, -p.end.toordinal()))
    reached, used = start - timedelta(days=1), []
    for p in inside:
        if p.start > reached + timedelta(days=1):
            return None
        if p.end > reached:
            used.append(p)
            reached = p.end
        if reached >= end:
            return used
    return None
