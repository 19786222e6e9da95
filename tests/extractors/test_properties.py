from decimal import Decimal

import cn2an
from hypothesis import given
from hypothesis import strategies as st

from extractors.amount import find_money
from extractors.normalize import capital_amount_to_yuan, normalize


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)


@given(st.integers(min_value=1, max_value=99_999_999_999), st.integers(min_value=0, max_value=99))
def test_capital_round_trip(yuan: int, cents: int) -> None:
    value = Decimal(yuan) + Decimal(cents) / 100
    assert capital_amount_to_yuan(cn2an.an2cn(f"{value:.2f}", "rmb")) == value


@given(st.text(alphabet="0123456789,.万元亿￥¥人民币整年月日%壹贰叁 ", max_size=30))
def test_money_finder_returns_values_or_nothing(text: str) -> None:
    for money in find_money(normalize(text)):
        assert money.wan >= 0 and money.start < money.end
