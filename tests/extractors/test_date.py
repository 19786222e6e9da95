from datetime import date

import pytest

from extractors.date import find_dates
from extractors.normalize import normalize


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("2022年5月20日", date(2022, 5, 20), "day"),
    ("2022 年 5 月 20 日", date(2022, 5, 20), "day"),
    ("2022-05-20", date(2022, 5, 20), "day"),
    ("2022.05.20", date(2022, 5, 20), "day"),
    ("2022/5/20", date(2022, 5, 20), "day"),
    ("二〇二二年五月二十日", date(2022, 5, 20), "day"),
    ("二○二一年十二月三十一日", date(2021, 12, 31), "day"),
    ("2022年5月", date(2022, 5, 1), "month"),
    ("２０２２年６月３０日", date(2022, 6, 30), "day"),
])
def test_date_forms(text: str, value: date, precision: str) -> None:
    found = find_dates(normalize(text))
    assert [(d.value, d.precision) for d in found] == [(value, precision)]


def test_month_precision_ends_at_month_end() -> None:
    assert find_dates("2022年6月")[0].last_day == date(2022, 6, 30)


def test_ranges_give_both_ends() -> None:
    assert [d.value for d in find_dates("建设期2020.3-2022.5")] == [date(2020, 3, 1), date(2022, 5, 1)]


@pytest.mark.parametrize("text", ["2022年13月5日", "金额2022.50万元", "2022年2月30日"])
def test_not_dates(text: str) -> None:
    assert [d for d in find_dates(text) if d.precision == "day"] == []


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("项目于二〇二三年元月开工", date(2023, 1, 1), "month"),
    ("建设期：2023年元月—2024年6月", date(2023, 1, 1), "month"),
    ("2023年元月15日", date(2023, 1, 15), "day"),
    ("二〇二三年元月十八日", date(2023, 1, 18), "day"),
])
def test_yuanyue_is_january(text: str, value: date, precision: str) -> None:
    first = find_dates(text)[0]
    assert (first.value, first.precision) == (value, precision)
    assert "元月" in first.text  # the source as written
