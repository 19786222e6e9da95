"""Failed threshold checks say how far from passing, with numbers read off the corpus packets' own files."""

from __future__ import annotations

import pytest

from grantcheck.pipeline import run_packet
from tests.conftest import CORPUS

# packet, check, shortfall, words in the message — the figures as the packets' documents print them
CASES = [
    # 02-专项审计报告.pdf: 项目总投入为2,999.50万元; floor 3000
    ("sf-03-total-below", "smart-factory.total_investment_min", {"value": 0.5, "unit": "万元"}, "差 0.50 万元"),
    # 03-验收意见.pdf: 竣工日期 二〇二二年八月十五日; window ends 2022-06-30
    ("cv-02-completed-late", "connected-vehicles.completion_window", {"value": 46, "unit": "day"}, "晚 46 天"),
    # 03-验收意见.pdf: 无线联网设备数200台，5G联网设备数90台; floor 50%
    ("fg-02-ratio-below", "5g-iiot.wireless_5g_ratio_min", {"value": 0.05, "unit": "ratio"}, "差 5.00 个百分点"),
    # 绩效目标申报表: 8 场成员单位交流活动; floor 10
    ("cp-02-eight-exchange-events", "cluster-promotion.exchange_events_min", {"value": 2, "unit": "count"}, "还差 2 项"),
    # 02-专项审计报告.pdf: 新增软硬件投入 520.00, 贷款利息 210.00; floor 800
    ("ss-02-sum-below", "specialized-sme.investment_and_interest_min", {"value": 70.0, "unit": "万元"}, "差 70.00 万元"),
    # 03-验收意见.pdf: 验收日期 2023-04-02; 绩效目标申报表: 填报日期：2023年3月10日
    ("sm-04-accepted-after-application", "service-manufacturing.acceptance_before_deadline",
     {"value": 23, "unit": "day"}, "晚 23 天"),
]


@pytest.mark.parametrize(("packet", "check_id", "shortfall", "words"), CASES)
def test_failed_threshold_states_its_shortfall(packet: str, check_id: str, shortfall: dict, words: str) -> None:
    report = run_packet(CORPUS / packet, isolate=False)
    check = next(c for c in report.checks if c.id == check_id)
    assert check.status == "fail"
    assert check.shortfall is not None and check.shortfall.model_dump() == shortfall
    assert words in check.message


def test_passing_checks_carry_no_shortfall() -> None:
    report = run_packet(CORPUS / "sf-01-eligible", isolate=False)
    assert all(c.shortfall is None for c in report.checks)
    assert "shortfall" not in report.to_json()
