"""A spreadsheet cell's stored value → the text Excel shows for it, from its number format.

Applicants' workbooks store amounts as plain numbers and let the format add separators, decimals, a
unit ("万元") or a percent sign; dates are day serials. A reviewer reads the shown text, and so do the
extractors: 1234.5 under '#,##0.00' is "1,234.50", serial 45001 under 'yyyy"年"m"月"d"日"' is
"2023年3月15日". Only what changes the reading is rendered: colours, padding and conditions are not.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

# Built-in number formats (ECMA-376 §18.8.30) that matter for reading; ids 27-36 and 50-58 are the East
# Asian built-in date formats.
BUILTIN = {
    1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
    14: "yyyy-m-d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 22: "yyyy-m-d h:mm",
    37: "#,##0;(#,##0)", 38: "#,##0;(#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;(#,##0.00)",
    43: "#,##0.00", 44: "#,##0.00", 49: "@",
}
_CJK_DATE_IDS = set(range(27, 37)) | set(range(50, 59))
_CJK_MONTH_IDS = {27, 31, 34, 50, 54, 57}  # 'yyyy"年"m"月"' and the like: a month, no day
_QUOTED = re.compile(r'"([^"]*)"|\\(.)')
_BRACKETS = re.compile(r"\[[^\]]*\]")
_PADDING = re.compile(r"[_*].")  # '_)' pads by a character's width, '* ' fills: neither is shown text
_EXCEL_EPOCH = date(1899, 12, 30)
_MAC_EPOCH = date(1904, 1, 1)


def format_code(num_fmt_id: int, custom: dict[int, str]) -> str:
    if num_fmt_id in custom:
        return custom[num_fmt_id]
    if num_fmt_id in _CJK_MONTH_IDS:
        return 'yyyy"年"m"月"'
    if num_fmt_id in _CJK_DATE_IDS:
        return 'yyyy"年"m"月"d"日"'
    return BUILTIN.get(num_fmt_id, "General")


def _bare(code: str) -> str:
    """The format without quoted literals, escapes and [colour]/[condition] brackets."""
    return _PADDING.sub("", _BRACKETS.sub("", _QUOTED.sub("", code)))


def is_date_format(code: str) -> bool:
    bare = _bare(code).lower()
    return bool(re.search(r"[yd]|(?<![0#?])m", bare)) and not re.search(r"[0#?]", bare)


def shown(value: float, code: str, date1904: bool = False) -> str:
    """The text a numeric cell shows under format `code`."""
    if math.isnan(value) or math.isinf(value):
        return ""
    sections = code.split(";")
    if value < 0 and len(sections) > 1 and _bare(sections[1]).strip():
        return _number(-value, sections[1])
    if value == 0 and len(sections) > 2 and _bare(sections[2]).strip():
        if "0" not in _bare(sections[2]):  # the accounting zero '"-"??': a dash, no digits
            return "".join(_literals(sections[2])).strip() or "0"
        return _number(0.0, sections[2])
    first = sections[0]
    if first.strip().lower() in ("general", "") or first.strip() == "@":
        return general(value)
    if is_date_format(first):
        return _date(value, first, date1904)
    text = _number(abs(value), first)
    return f"-{text}" if value < 0 and text and any(ch.isdigit() and ch != "0" for ch in text) else text


def general(value: float) -> str:
    """Excel's General format, without its column-width rounding: up to 15 significant digits."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.15g}"
    if "e" in text:
        return text
    return text.rstrip("0").rstrip(".") if "." in text else text


def _literals(code: str) -> tuple[str, str]:
    """The literal text before and after a format's digit placeholders ('¥#,##0.00"万元"' → '¥', '万元')."""
    pieces: list[tuple[bool, str]] = []  # (is_literal, text)
    position = 0
    plain = _BRACKETS.sub("", code)
    plain = re.sub(r'("[^"]*")|[_*].', lambda m: m.group(1) or "", plain)
    for match in _QUOTED.finditer(plain):
        pieces.append((False, plain[position:match.start()]))
        pieces.append((True, match.group(1) if match.group(1) is not None else match.group(2)))
        position = match.end()
    pieces.append((False, plain[position:]))
    prefix, suffix, seen_digit = [], [], False
    for literal, text in pieces:
        if literal:
            (suffix if seen_digit else prefix).append(text)
            continue
        for ch in text:
            if ch in "0#?":
                seen_digit = True
                suffix.clear()
            elif ch in "¥$€()-+/: " or ch.isalpha() and ch not in "EeGgn":
                (suffix if seen_digit else prefix).append(ch)
    return "".join(prefix), "".join(suffix)


def _number(value: float, code: str) -> str:
    bare = _bare(code)
    if not re.search(r"[0#?]", bare):
        return general(value)
    percent = "%" in bare
    if percent:
        value *= 100
    scientific = re.search(r"E[+-]", bare, re.IGNORECASE)
    digits = re.search(r"([0#?,]*)(?:\.([0#?]*))?(,*)", bare[re.search(r"[0#?]", bare).start():])
    integer, decimals = digits.group(1), len(digits.group(2) or "")
    scale = 0 if scientific else len(digits.group(3)) + len(integer) - len(integer.rstrip(","))
    value /= 1000 ** scale  # each trailing comma shows the number in thousands
    grouped = "," in integer.rstrip(",")
    if scientific:
        body = f"{value:.{decimals}E}"
    else:
        rounded = excel_round(value, decimals)
        body = f"{rounded:,.{decimals}f}" if grouped else f"{rounded:.{decimals}f}"
    prefix, suffix = _literals(code)
    return f"{prefix}{body}{'%' if percent and '%' not in suffix else ''}{suffix}".strip()


def excel_round(value: float, decimals: int) -> Decimal:
    """Excel shows a number from its 15 significant digits, halves rounded away from zero: 160.485 → 160.49
    (Python's own formatting of the binary value gives 160.48)."""
    return Decimal(f"{value:.15g}").quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def serial_date(value: float, date1904: bool = False) -> date | None:
    if not 0 < value < 2958466:  # 9999-12-31
        return None
    whole = int(value)
    if date1904:
        return _MAC_EPOCH + timedelta(days=whole)
    if whole == 60:  # Excel's 1900-02-29, which never was
        return date(1900, 2, 28)
    return _EXCEL_EPOCH + timedelta(days=whole if whole > 60 else whole + 1)


def _date(value: float, code: str, date1904: bool) -> str:
    day = serial_date(value, date1904)
    if day is None:
        return general(value)
    bare = _bare(code).lower()
    if "d" not in bare and "y" in bare:
        return f"{day.year}年{day.month}月"
    if "y" not in bare and "d" in bare:
        return f"{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日"
