"""Money mentions → Decimal 万元.

Forms applicants write: 3,256.78万元 · 32,567,800.00元 · 0.3257亿元 · ￥1,234.00 ·
人民币叁仟贰佰伍拾陆万柒仟捌佰元整 · full-width digits (normalise first).
A bare number is an amount only when the caller knows its unit (a table header).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from extractors.normalize import capital_amount_to_yuan

WAN = Decimal(10000)
UNIT_TO_WAN = {"亿元": Decimal(10000), "亿": Decimal(10000), "万元": Decimal(1), "万": Decimal(1),
               "元": 1 / WAN, "千元": Decimal("0.1")}

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
MONEY = re.compile(
    rf"(?P<cur>¥|人民币|RMB|CNY)?\s*(?P<num>{_NUMBER})\s*(?P<unit>亿元|千元|万元|亿|万|元)?(?![\d.%])"
)
CAPITAL = re.compile(r"(?:人民币)?(?P<cap>[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[元圆](?:零?[零壹贰叁肆伍陆柒捌玖]角)?"
                     r"(?:零?[零壹贰叁肆伍陆柒捌玖]分)?[整正]?|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[元圆]?"
                     r"[零壹贰叁肆伍陆柒捌玖]角(?:[零壹贰叁肆伍陆柒捌玖]分)?)")
UNIT_HINT = re.compile(r"(?:单位|金额)[^\d]{0,6}?[:(（]?\s*(亿元|万元|千元|元)|[(（,，、]\s*(亿元|万元|千元|元)\s*[,，;；)）]")


@dataclass(frozen=True)
class Money:
    wan: Decimal
    start: int
    end: int
    text: str
    capital: bool = False  # written in 大写

    @property
    def figure(self) -> Decimal:
        """The amount as a figure carries it: 万元, to the yuan cent, trailing zeros dropped."""
        return self.wan.quantize(Decimal("0.000001")).normalize()


def same_amount(a: Decimal, b: Decimal) -> bool:
    """Two amounts of one document that mean the same: within 0.5% or one hundred yuan."""
    return abs(a - b) <= max(abs(b) * Decimal("0.005"), Decimal("0.01"))


def _to_decimal(number: str) -> Decimal | None:
    try:
        return Decimal(number.replace(",", ""))
    except InvalidOperation:
        return None


def find_money(text: str, default_unit: str | None = None) -> list[Money]:
    """Every amount in normalised text, in order. `default_unit` applies to bare numbers."""
    found: list[Money] = []
    for match in CAPITAL.finditer(text):
        yuan = capital_amount_to_yuan(match["cap"])
        if yuan is not None and yuan > 0:
            found.append(Money(yuan / WAN, match.start(), match.end(), match.group(0), capital=True))
    for match in MONEY.finditer(text):
        if any(m.start <= match.start("num") < m.end for m in found):
            continue
        unit = match["unit"] or ("元" if match["cur"] else default_unit)
        if unit is None or _is_not_money(text, match) or _foreign(text, match):
            continue
        value = _to_decimal(match["num"])
        if value is not None:
            found.append(Money(value * UNIT_TO_WAN[unit], match.start(), match.end(), match.group(0).strip()))
    return sorted(found, key=lambda m: m.start)


FOREIGN = r"(欧元|美元|港元|港币|日元|英镑|澳元|加元|瑞士法郎|新加坡元|韩元|EUR|USD|HKD|JPY|GBP|AUD|CAD|CHF|SGD|€|\$|US\$)"
FOREIGN_BEFORE = re.compile(FOREIGN + r"\s*[:：]?\s*$", re.I)
FOREIGN_AFTER = re.compile(r"^\s*" + FOREIGN, re.I)


def _foreign(text: str, match: re.Match[str]) -> bool:
    """欧元7,500,000.00元, 750万欧元, US$1.2m: an amount in another currency is not a 人民币 figure."""
    before = text[max(0, match.start("num") - 8):match.start("num")]
    return bool(FOREIGN_BEFORE.search(before) or FOREIGN_AFTER.match(text[match.end("num"):match.end("num") + 8].lstrip("万亿千")))


# a date, a share, a count (286套, 12台), a number inside a word (5G, 3D): not an amount
COUNTED = re.compile(r"\s*(年|月|日|%|倍|个|项|人|台|家|件|次|页|号|级|套|张|辆|条|份|批|场|名|座|处|吨|户|款|组|只|部"
                     r"|平方米|米|千瓦|小时|天|周)|(?!RMB|CNY)[A-Za-z]")


def _is_not_money(text: str, match: re.Match[str]) -> bool:
    after = text[match.end("num"):match.end("num") + 3]
    before = text[max(0, match.start("num") - 1):match.start("num")]
    return bool(COUNTED.match(after)) or before in ("第", "-", "/", "注")  # 第3, 1-2, 注2 are not amounts either


def parse_amount(text: str, default_unit: str | None = None) -> Money | None:
    """The single amount in a short text (a table cell, a field value), or None."""
    found = find_money(text, default_unit)
    return found[0] if found else None


def unit_hint(text: str) -> str | None:
    """'单位：万元' / '金额（元）' → the unit it declares."""
    match = UNIT_HINT.search(text)
    return (match.group(1) or match.group(2)) if match else None
