"""The numerals read without cn2an (`normalize._SMALL`, `normalize._capital_integer`) read as cn2an reads them."""

from __future__ import annotations

import random
import re
from decimal import Decimal

import cn2an
import pytest

from extractors import normalize
from extractors.normalize import capital_amount_to_yuan, small_from_chinese


def test_small_numerals_as_cn2an_reads_them():
    for text, value in normalize._SMALL.items():
        assert cn2an.cn2an(text, "smart") == value


def _sample() -> list[int]:
    low = [0, 1, 5, 9, 10, 11, 15, 20, 99, 100, 101, 105, 110, 115, 120, 999, 1000, 1001, 1005, 1010, 1050,
           1100, 1101, 1234, 9000, 9009, 9999]
    values = list(range(0, 12001)) + [h * 10**4 + v for h in range(1, 10**4, 7) for v in low]
    values += [h * 10**4 + v for h in (1, 10, 11, 100, 1000, 1001, 9999) for v in range(0, 10**4, 3)]
    return values


def test_capital_spellings_below_one_yi_read_back_as_cn2an_reads_them():
    for value in _sample():
        written = normalize._write_capital(value)
        assert written == cn2an.an2cn(str(value), "up")
        assert normalize._read_capital(written) == value
        assert int(cn2an.cn2an(written, "strict")) == value


@pytest.mark.parametrize("text", sorted(normalize._NOT_CAPITAL_NUMBERS))
def test_units_alone_are_refused_as_cn2an_refuses_them(text):
    with pytest.raises(ValueError):
        cn2an.cn2an(text, "strict")


def _by_cn2an(text: str) -> Decimal | None:
    """capital_amount_to_yuan as it was, every numeral read by cn2an."""
    text = text.replace("人民币", "").replace("圆", "元").replace("正", "整")
    match = re.fullmatch(r"(?P<int>[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*?)元?(?:零?(?P<jiao>[零壹贰叁肆伍陆柒捌玖])角)?"
                         r"(?:零?(?P<fen>[零壹贰叁肆伍陆柒捌玖])分)?整?", text)
    if not match or not (match["int"] or match["jiao"] or match["fen"]):
        return None
    total = Decimal(0)
    try:
        if match["int"]:
            total += Decimal(int(cn2an.cn2an(match["int"], "strict")))
        for part, scale in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
            if match[part]:
                total += Decimal(int(cn2an.cn2an(match[part], "strict"))) * scale
    except (ValueError, KeyError, TypeError):
        return None
    return total


def _small_by_cn2an(text: str) -> int | None:
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, TypeError):
        return None
    return int(value) if value == int(value) else None


def test_any_spelling_reads_as_before():
    rng = random.Random(7)
    alphabet = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert capital_amount_to_yuan(text) == _by_cn2an(text), text
    for cents in rng.sample(range(10**12), 3000):
        text = cn2an.an2cn(f"{cents / 100:.2f}", "rmb")
        assert capital_amount_to_yuan(text) == _by_cn2an(text), text
    for _ in range(5000):
        text = "".join(rng.choice("零一二三四五六七八九十两百〇") for _ in range(rng.randint(1, 4)))
        assert small_from_chinese(text) == _small_by_cn2an(text), text
