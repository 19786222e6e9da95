"""Date mentions → datetime.date with precision (day or month)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from extractors.normalize import small_from_chinese, year_from_chinese

_DAY = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[年./\-]\s*(?P<m>\d{1,2})\s*[月./\-]\s*(?P<d>\d{1,2})\s*日?(?!\d)")
_MONTH = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)|"
                    r"(?<![\d.])(?P<y2>(?:19|20)\d{2})\s*[.\-/]\s*(?P<m2>\d{1,2})(?!\d|\.\d|[\-/]\d{1,2}(?!\d))")
_MONTH_END_AT = re.compile(r"\s*(?:底|末)")
_YEAR_END = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*(?:底|末)(?!\s*\d)")
_CN_NUM = "〇○零一二三四五六七八九十"
_CN = re.compile(rf"(?P<y>[{_CN_NUM}]{{4}})年(?P<m>[{_CN_NUM}]{{1,2}})月(?:(?P<d>[{_CN_NUM}]{{1,3}})日)?")
_MAY_HOLD_DATE = re.compile(r"\d|年")  # every pattern above needs a digit or 年: most table cells have neither


@dataclass(frozen=True)
class DateMention:
    value: date
    precision: str  # "day" | "month"
    start: int
    end: int
    text: str

    @property
    def last_day(self) -> date:
        """The latest date the mention can mean (end of month for month precision)."""
        if self.precision == "day":
            return self.value
        return self.value.replace(day=calendar.monthrange(self.value.year, self.value.month)[1])


def _make(y: int, m: int, d: int | None, match: re.Match[str]) -> DateMention | None:
    try:
        value = date(y, m, d or 1)
    except ValueError:
        return None
    return DateMention(value, "day" if d else "month", match.start(), match.end(), match.group(0))


def _chinese(match: re.Match[str]) -> DateMention | None:
    year = year_from_chinese(match["y"])
    month = small_from_chinese(match["m"])
    day = small_from_chinese(match["d"]) if match["d"] else None
    if year is None or month is None or (match["d"] and day is None):
        return None
    return _make(year, month, day, match)


# 元月 is January ("二〇二三年元月", "2023年元月"): written as the month it is, the same length, so places hold
_FIRST_MONTH = ((re.compile(r"(?<=\d年)元月"), "1月"), (re.compile(r"(?<=年)元月"), "一月"))


def find_dates(text: str) -> list[DateMention]:
    if "元月" not in text:
        return _find_dates(text)
    written = text
    for pattern, month in _FIRST_MONTH:
        text = pattern.sub(month, text)
    return [DateMention(m.value, m.precision, m.start, m.end, written[m.start:m.end]) for m in _find_dates(text)]


def _find_dates(text: str) -> list[DateMention]:
    found: list[DateMention] = []
    if not _MAY_HOLD_DATE.search(text):
        return found

    def free(match: re.Match[str]) -> bool:
        return not any(f.start <= match.start() < f.end or match.start() <= f.start < match.end() for f in found)

    for match in _DAY.finditer(text):
        made = _make(int(match["y"]), int(match["m"]), int(match["d"]), match)
        if made:
            found.append(made)
    for match in _CN.finditer(text):
        made = _chinese(match) if free(match) else None
        if made:
            found.append(made)
    for match in _MONTH.finditer(text):
        if not free(match):
            continue
        made = _make(int(match["y"] or match["y2"]), int(match["m"] or match["m2"]), None, match)
        if made and (end := _MONTH_END_AT.match(text, match.end())):  # "6月底" is the month's last day
            made = DateMention(made.last_day, "day", made.start, end.end(), text[made.start:end.end()])
        if made:
            found.append(made)
    for match in _YEAR_END.finditer(text):  # "2023年底", "2023年末"
        if free(match):
            found.append(DateMention(date(int(match["y"]), 12, 31), "day", match.start(), match.end(), match.group(0)))
    found += [end for start in found if start.precision == "day" and (end := _range_end(text, start))]
    return sorted(found, key=lambda d: d.start)


# "2022年9月23日—26日", "9月28日至10月2日": a range's end written without the year (and month) it shares
_RANGE_END = re.compile(r"\s*(?:至|到|—|–|-|~|～)\s*(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日")


def _range_end(text: str, start: DateMention) -> DateMention | None:
    match = _RANGE_END.match(text, start.end)
    if match is None:
        return None
    month = int(match["m"]) if match["m"] else start.value.month
    year = start.value.year + (1 if month < start.value.month else 0)
    try:
        value = date(year, month, int(match["d"]))
    except ValueError:
        return None
    if value <= start.value:
        return None
    head = match.start("m") if match["m"] else match.start("d")
    return DateMention(value, "day", head, match.end(), text[head:match.end()])


AS_OF_LEAD = re.compile(r"(截至|截止)(到|于)?\s*$")
AS_OF_TRAIL = re.compile(r"^\s*(底|末)?\s*(前|以前|之前|止|为止)")
MONTH_END = re.compile(r"^\s*(底|末)")


def as_of_date(text: str) -> date | None:
    """The date an amount in `text` is stated at: the last "截至 <date>" or "<date>前/止"; a month
    ("截至2022年6月底") means its last day."""
    stated = None
    for mention in find_dates(text):
        if AS_OF_LEAD.search(text[max(0, mention.start - 4):mention.start]) or AS_OF_TRAIL.match(text[mention.end:]):
            month_end = mention.precision == "month" or MONTH_END.match(text[mention.end:])
            stated = mention.last_day if month_end else mention.value
    return stated
