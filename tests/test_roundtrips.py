"""Property tests: readings round-trip and come back typed.

大写 ↔ number for money (the writer below is this test's own, independent of the reader), Arabic
amounts in the ways applicants write them, dates in Arabic and Chinese numerals, normalising twice
equals once, canonical names, and the types the reader returns.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from extractors.amount import Money, find_money, parse_amount
from extractors.date import find_dates
from extractors.normalize import capital_amount_to_yuan, normalize
from extractors.party import canonical_name

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
CN_DIGITS = "〇一二三四五六七八九"


def _four(n: int) -> str:
    """0 < n < 10000 in 大写, with 零 for skipped places inside."""
    out, zero = "", False
    for place in (3, 2, 1, 0):
        digit = n // 10 ** place % 10
        if digit:
            out += ("零" if zero and out else "") + DIGITS[digit] + SMALL_UNITS[place]
            zero = False
        else:
            zero = True
    return out


def upper_yuan(value: Decimal) -> str:
    """An amount in yuan as a cheque writes it: 叁仟贰佰伍拾陆万柒仟捌佰元伍角整."""
    yuan, cents = int(value), int((value * 100) % 100)
    groups, text = [], ""
    while yuan:
        groups.append(yuan % 10000)
        yuan //= 10000
    for i, group in reversed(list(enumerate(groups))):
        if group:
            lead = "零" if text and group < 1000 and not text.endswith("零") else ""
            text += lead + _four(group) + ("", "万", "亿")[i]
        elif text and not text.endswith("零"):
            text += "零"
    text = text.rstrip("零") + "元"
    jiao, fen = divmod(cents, 10)
    if jiao:
        text += DIGITS[jiao] + "角"
    if fen:
        text += ("零" if not jiao else "") + DIGITS[fen] + "分"
    return text + ("" if fen else "整")


def chinese_year(year: int) -> str:
    return "".join(CN_DIGITS[int(d)] for d in str(year))


def chinese_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")) + (CN_DIGITS[ones] if ones else "")


amounts = st.builds(lambda y, c: Decimal(y) + Decimal(c) / 100,
                    st.integers(min_value=1, max_value=999_999_999_999), st.integers(min_value=0, max_value=99))


@given(amounts)
@example(Decimal("100000001"))  # 壹亿零壹元整: one 零 for the empty 万 group and the short one after it
@example(Decimal("100010000.05"))
def test_upper_case_money_round_trips(value: Decimal) -> None:
    assert capital_amount_to_yuan(upper_yuan(value)) == value


@given(amounts)
def test_upper_case_money_in_a_sentence_is_found_in_wan(value: Decimal) -> None:
    found = find_money(normalize(f"项目总投入人民币{upper_yuan(value)}，已审定。"))
    assert [m.wan for m in found] == [value / 10000] and found[0].capital


@pytest.mark.parametrize(("text", "yuan"), [
    ("发票金额人民币壹仟元零伍分", "1000.05"), ("壹仟元零角伍分", "1000.05"), ("贰拾万元零叁角", "200000.3"),
    ("壹佰元整", "100"), ("叁仟贰佰元伍角陆分", "3200.56"),
])
def test_upper_case_money_with_fen_but_no_jiao_is_found_whole(text: str, yuan: str) -> None:
    found = find_money(text)
    assert [m.wan for m in found] == [Decimal(yuan) / 10000]


@given(amounts)
def test_arabic_money_round_trips_in_each_unit(value: Decimal) -> None:
    grouped = f"{value:,.2f}"
    for text, wan in ((f"{grouped}元", value / 10000), (f"¥{grouped}", value / 10000),
                      (f"{value / 10000}万元", value / 10000), (f"{grouped}万元", value)):
        money = parse_amount(normalize(text))
        assert money is not None and money.wan == wan, text


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
def test_dates_round_trip_in_arabic_and_chinese_numerals(day: date) -> None:
    for text in (f"{day.year}年{day.month}月{day.day}日", f"{day.year}-{day.month:02d}-{day.day:02d}",
                 f"{chinese_year(day.year)}年{chinese_small(day.month)}月{chinese_small(day.day)}日"):
        found = find_dates(normalize(f"于{text}完成验收"))
        assert [(d.value, d.precision) for d in found] == [(day, "day")], text


@given(st.text(alphabet="项目总投入万元（）() 　\t,，.。0123456789０１２３ＡａA江苏省", max_size=40))
def test_normalising_twice_is_normalising_once(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once and isinstance(once, str)


@given(st.text(alphabet="江苏恒达（）() 　有限公司", min_size=1, max_size=20))
def test_canonical_names_are_idempotent(name: str) -> None:
    assert canonical_name(canonical_name(name)) == canonical_name(name)


@given(st.text(alphabet="0123456789,.万元亿¥人民币整年月日%壹贰叁 ", max_size=30))
def test_money_readings_are_typed(text: str) -> None:
    for money in find_money(normalize(text)):
        assert isinstance(money, Money) and isinstance(money.wan, Decimal) and money.wan >= 0
        assert 0 <= money.start < money.end <= len(normalize(text))
