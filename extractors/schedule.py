"""A class's schedule as training plans write it, into the days of 报到, of teaching and of 撤离:
"3月14日下午报到，15—17日授课，18日上午撤离", "5月10日—13日（10日报到）", "报到1天，培训3天", "报到半天、授课3天、撤离半天".
How much of 报到 and 撤离 counts towards a class's length is the guide's to say (checklists)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

YEAR = 2023  # the classes' year only sets a month's length when a range runs into the next month
ARRIVAL = re.compile(r"报到|签到|入住")
DEPARTURE = re.compile(r"撤离|离会|返程|离开|离校|返回")
RANGE = re.compile(r"(?:(\d{1,2})月)?(\d{1,2})日?\s*[—–\-~～至到]+\s*(?:(\d{1,2})月)?(\d{1,2})日")
DAY = re.compile(r"(?:(\d{1,2})月)?(\d{1,2})日")
SPAN = re.compile(r"(\d+(?:\.\d+)?|半|一|两|二|三|四|五|六)\s*个?\s*天")
HALF = re.compile(r"上午|下午|晚上|晚间|中午|半天|半日")
WHOLE = re.compile(r"全天|全日|一整天")
CLAUSE = re.compile(r"[，,；;、。]")
BRACKET = re.compile(r"[（(]([^）)]*)[）)]")
WORDS = {"半": Decimal("0.5"), "一": Decimal(1), "两": Decimal(2), "二": Decimal(2), "三": Decimal(3), "四": Decimal(4),
         "五": Decimal(5), "六": Decimal(6)}
Parts = dict[str, Decimal]


def _range_days(match: re.Match[str]) -> Decimal:
    first_month = int(match.group(1) or 1)
    last_month = int(match.group(3) or first_month)
    first, last = date(YEAR, first_month, int(match.group(2))), date(YEAR, last_month, int(match.group(4)))
    return Decimal((last - first).days + 1) if last >= first else Decimal(0)


def _length(clause: str) -> Decimal | None:
    """How long one clause says its part lasts."""
    if span := SPAN.search(clause):
        return WORDS.get(span.group(1)) or Decimal(span.group(1))
    if found := RANGE.search(clause):
        return _range_days(found)
    if HALF.search(clause):
        return Decimal("0.5")
    if WHOLE.search(clause) or DAY.search(clause):
        return Decimal(1)
    return None


def _part(clause: str) -> str:
    return "arrival" if ARRIVAL.search(clause) else "departure" if DEPARTURE.search(clause) else "teaching"


def schedule_parts(text: str) -> Parts | None:
    """The days of 报到 (arrival), teaching and 撤离 (departure) a schedule states; None when it names neither
    报到 nor 撤离 or a part's length cannot be read. A day a bracket names ("（10日报到）") is taken out of the range
    it lies in."""
    if not (ARRIVAL.search(text) or DEPARTURE.search(text)):
        return None
    parts: Parts = {}
    named_days = Decimal(0)
    for inner in BRACKET.findall(text):
        for clause in filter(None, CLAUSE.split(inner)):
            if (kind := _part(clause)) != "teaching" and (length := _length(clause)) is not None:
                parts[kind] = parts.get(kind, Decimal(0)) + length
                named_days += 1 if DAY.search(clause) else 0
    for clause in filter(None, (c.strip() for c in CLAUSE.split(BRACKET.sub("", text)))):
        length = _length(clause)
        if length is None:
            continue
        kind = _part(clause)
        if kind == "teaching" and RANGE.search(clause) and named_days:
            length, named_days = length - named_days, Decimal(0)
        parts[kind] = parts.get(kind, Decimal(0)) + length
    return parts if parts.get("teaching") else None
