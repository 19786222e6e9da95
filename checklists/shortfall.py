"""How far a failed amount, count, ratio or date check is from passing, in numbers and in words.

Each function returns the `shortfall` a Check carries ({"value", "unit"}, units as figures use them plus
`day`) and the Chinese phrase its message ends with ("差 13.70 万元，达到 3000 万元即可").
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_CEILING, Decimal

Shortfall = tuple[dict, str]


def amount(value: Decimal, floor: Decimal, strict: bool = False) -> Shortfall:
    """An amount below its floor (万元). `strict`: the amount must exceed the floor."""
    gap = (floor - value).quantize(Decimal("0.01"), ROUND_CEILING)
    if strict:
        return {"value": float(gap), "unit": "万元"}, f"差 {gap:.2f} 万元，须大于 {floor} 万元"
    return {"value": float(gap), "unit": "万元"}, f"差 {gap:.2f} 万元，达到 {floor} 万元即可"


def count(value: int, floor: int, unit_word: str = "项") -> Shortfall:
    gap = floor - value
    return {"value": gap, "unit": "count"}, f"还差 {gap} {unit_word}，达到 {floor} {unit_word}即可"


def ratio(value: Decimal, floor: Decimal, shown_floor: str) -> Shortfall:
    gap = floor - value
    points = (gap * 100).quantize(Decimal("0.01"), ROUND_CEILING)
    return {"value": float(round(gap, 6)), "unit": "ratio"}, f"差 {points} 个百分点，达到 {shown_floor} 即可"


def ratio_of(top: Decimal, bottom: Decimal, floor: Decimal, shown_floor: str, unit: str) -> Shortfall:
    """A share of two figures: also how much more numerator would pass, the denominator unchanged."""
    found, words = ratio(top / bottom, floor, shown_floor)
    more = bottom * floor - top
    shown = f"{more.quantize(Decimal('0.01'), ROUND_CEILING):.2f} 万元" if unit == "万元" else \
        f"{more.to_integral_value(ROUND_CEILING)} 项"
    return found, f"{words}（分母不变时分子须再增加 {shown}）"


def late(value: date, last: date) -> Shortfall:
    days = (value - last).days
    return {"value": days, "unit": "day"}, f"晚 {days} 天，{last} 前（含）即可"


def early(value: date, first: date) -> Shortfall:
    days = (first - value).days
    return {"value": days, "unit": "day"}, f"早 {days} 天，{first} 起（含）即可"
