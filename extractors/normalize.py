"""Text normalisation shared by every extractor: width, spacing, Chinese numerals."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
_MULTISPACE = re.compile(r"[ \t\u00a0]+")
_YEAR_DIGITS = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4",
                "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def normalize(text: str) -> str:
    """Full-width → half-width (NFKC) and no white space next to CJK characters.

    Idempotent. Spaces between two ASCII tokens (digits, Latin words) are kept,
    since they separate columns of numbers.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _SPACE_NEAR_CJK.sub("", text)
    return _MULTISPACE.sub(" ", text).strip()


def year_from_chinese(text: str) -> int | None:
    """二〇二二 → 2022."""
    digits = "".join(_YEAR_DIGITS.get(ch, "") for ch in text)
    return int(digits) if len(digits) == 4 and len(text) == 4 else None


_LOW_DIGITS = "零一二三四五六七八九"
# 1 … 99 as cn2an writes them (一, 十, 十二, 二十, 九十九): what months, days and counts are written in. cn2an
# reads each back as its number (tests/extractors/test_numerals.py); anything else is left to cn2an.
_SMALL = {("" if n < 20 else _LOW_DIGITS[n // 10]) + ("十" if n >= 10 else "") + (_LOW_DIGITS[n % 10] if n % 10 else ""): n
          for n in range(1, 100)}


def small_from_chinese(text: str) -> int | None:
    """Month or day in Chinese numerals (五, 十二, 二十, 三十一) → int."""
    known = _SMALL.get(text)
    if known is not None:
        return known
    import cn2an  # slow to import (a third of a second); the usual numerals are read above

    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, TypeError):
        return None
    return int(value) if value == int(value) else None


def capital_amount_to_yuan(text: str) -> Decimal | None:
    """人民币叁仟贰佰伍拾陆万柒仟捌佰元整 / 贰仟壹佰伍拾圆陆角叁分 → yuan as Decimal."""
    text = text.replace("人民币", "").replace("圆", "元").replace("正", "整")
    match = re.fullmatch(
        r"(?P<int>[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*?)元?(?:零?(?P<jiao>[零壹贰叁肆伍陆柒捌玖])角)?"
        r"(?:零?(?P<fen>[零壹贰叁肆伍陆柒捌玖])分)?整?",
        text,
    )
    if not match or not (match["int"] or match["jiao"] or match["fen"]):
        return None
    total = Decimal(0)
    try:
        if match["int"]:
            total += Decimal(_capital_integer(match["int"]))
        for part, scale in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
            if match[part]:
                total += Decimal(_capital_integer(match[part])) * scale
    except (ValueError, KeyError, TypeError):
        return None
    return total


_UP_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UP_UNITS = ("", "拾", "佰", "仟", "万", "拾", "佰", "仟", "亿", "拾", "佰", "仟", "万", "拾", "佰", "仟")
_UP_SMALL_UNITS = {"拾": 10, "佰": 100, "仟": 1000}
_UP_SECTIONS = {"万": 10**4, "亿": 10**8}
_CAPITAL_FAST_BELOW = 10**8
_NOT_CAPITAL_NUMBERS = frozenset({"万", "亿", "仟", "佰"})
_SECTION_ZERO = re.compile(r"([万亿])零([一二三四五六七八九壹贰叁肆伍陆柒捌玖][千仟])")


def _capital_integer(text: str) -> int:
    """A whole number in capital numerals (壹拾万零贰佰) as cn2an reads it in strict mode. Below 1亿 and
    written as cn2an writes numbers ("up"), it is read here (cn2an reads each such spelling back as its
    number: tests/extractors/test_numerals.py); any other spelling, or a larger number (cn2an refuses some
    of its own spellings above 1亿), is left to cn2an, slow to import."""
    if text in _NOT_CAPITAL_NUMBERS:  # "…万元": a unit alone, which cn2an refuses
        raise ValueError(text)
    value = _read_capital(text)
    if value is not None and value < _CAPITAL_FAST_BELOW and _write_capital(value) == text:
        return value
    import cn2an

    return int(cn2an.cn2an(text, "strict"))


def _read_capital(text: str) -> int | None:
    total = section = digit = 0
    for char in text:
        if char in _UP_DIGITS:
            digit = _UP_DIGITS.index(char)
        elif char in _UP_SMALL_UNITS:
            section, digit = section + digit * _UP_SMALL_UNITS[char], 0
        elif char in _UP_SECTIONS:
            total, section, digit = total + (section + digit) * _UP_SECTIONS[char], 0, 0
        else:
            return None
    return total + section + digit


def _write_capital(value: int) -> str | None:
    """cn2an's an2cn(value, "up") for a whole number (An2Cn.__integer_convert), None beyond its range."""
    digits = str(value)
    if len(digits) > len(_UP_UNITS):
        return None
    out = ""
    for i, d in enumerate(digits):
        place = len(digits) - i - 1
        if int(d):
            out += _UP_DIGITS[int(d)] + _UP_UNITS[place]
        else:
            if not place % 4:
                out += _UP_DIGITS[0] + _UP_UNITS[place]
            if i > 0 and not out[-1] == "零":
                out += _UP_DIGITS[0]
    out = out.replace("零零", "零").replace("零万", "万").replace("零亿", "亿").replace("亿万", "亿").strip("零")
    out = _SECTION_ZERO.sub(r"\1\2", out)
    return out or "零"
