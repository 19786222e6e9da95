"""Periods as audits and forms write them, and whether they span a window."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.periods import covering, find_periods

WINDOW = (date(2021, 7, 1), date(2022, 6, 30))


@pytest.mark.parametrize(("text", "spans"), [
    ("审计期间：2021年7月1日（含）至2022年6月30日（含）", [((2021, 7, 1), (2022, 6, 30))]),
    ("统计期间为2021.07.01-2022.06.30", [((2021, 7, 1), (2022, 6, 30))]),
    ("2021-7-1～2022-6-30", [((2021, 7, 1), (2022, 6, 30))]),
    ("2021年7月至2022年6月服务收入合计264.70万元", [((2021, 7, 1), (2022, 6, 30))]),
    ("2021年7月—12月\t146.20", [((2021, 7, 1), (2021, 12, 31))]),
    ("2022年1-6月 118.50", [((2022, 1, 1), (2022, 6, 30))]),
    ("2021年7月1日至12月31日", [((2021, 7, 1), (2021, 12, 31))]),
    ("2021年11月至2月", [((2021, 11, 1), (2022, 2, 28))]),
    ("2021年下半年及2022年上半年", [((2021, 7, 1), (2021, 12, 31)), ((2022, 1, 1), (2022, 6, 30))]),
    ("2022年第一季度", [((2022, 1, 1), (2022, 3, 31))]),
    ("2021年度审计报告", []),
    ("合同签订于2021年3月1日，到期日2022年3月1日", []),
    ("2021年7-12月5日", []),
])
def test_periods_in_many_wordings(text: str, spans: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> None:
    assert [(p.start, p.end) for p in find_periods(text)] == [(date(*a), date(*b)) for a, b in spans]


@pytest.mark.parametrize(("text", "spanned"), [
    ("2021年7月—12月\t146.20\n2022年1月—6月\t118.50", True),
    ("2021年下半年服务收入146.20万元，2022年上半年118.50万元", True),
    ("2021年第三季度 60\n2021年第四季度 86.2\n2022年1-6月 118.5", True),
    ("服务期间2021年7月1日至2022年6月30日", True),
    ("2021年8月—12月\t146.20\n2022年1月—6月\t118.50", False),  # July is missing
    ("2021年7月—11月\t146.20\n2022年1月—6月\t118.50", False),  # a gap in December
    ("2021年1月1日至2022年12月31日", False),  # wider: the window's own revenue is not stated
])
def test_periods_span_a_window_only_without_gaps(text: str, spanned: bool) -> None:
    assert bool(covering(find_periods(text), *WINDOW)) is spanned
