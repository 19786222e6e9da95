"""A correction written on a bank copy, as OCR reads it (frozen10 q03): a lone 改 beside an amount, or words saying the
paper was altered; 改造, 修改, 无涂改 and the like are not marks."""

from __future__ import annotations

import pytest

from extractors.alterations import correction_facts
from extractors.context import ExtractContext
from tests.extractors.paper import paper


@pytest.mark.parametrize("line", [
    "合计 1,846,125.00 改",
    "3 2021-09-21 2021-06-21至2021-09-20 30,000,000.00 4.05% 340,500.00 改",
    "改 1,876,125.00",
    "本页金额有涂改，以原件为准",
])
def test_a_correction_mark(line: str) -> None:
    assert [f.value for f in correction_facts(ExtractContext(paper([line], kind="interest_statement")))]


@pytest.mark.parametrize("line", [
    "（本清单复印件与原件核对一致，无涂改）",
    "用于智能化改造项目的固定资产贷款 30,000,000.00",
    "利率调整：自2021-06-21起改为4.05%",
    "合计 1,846,125.00",
    "改",  # a stroke read alone, with no amount on its line
])
def test_no_correction_mark(line: str) -> None:
    assert correction_facts(ExtractContext(paper([line], kind="interest_statement"))) == []
