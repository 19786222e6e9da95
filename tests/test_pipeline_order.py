"""The guide is loaded while the workers read; what a caller hears of first stays as when it was loaded
before the packet was opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from checklists.loader import GuideError
from grantcheck.pipeline import UnknownCategory, run_packet
from ingest.packet import PacketError

MISSING = Path("/nonexistent-packet")
PACKET = Path(__file__).resolve().parents[1] / "corpus" / "packets" / "sf-01-eligible"


@pytest.mark.parametrize(("packet", "guide", "category", "error"), [
    (MISSING, "jiangsu-2023", "no-such-category", UnknownCategory),
    (MISSING, "no-such-guide", None, GuideError),
    (MISSING, "no-such-guide", "smart-factory", GuideError),
    (MISSING, "jiangsu-2023", None, PacketError),
    (PACKET, "no-such-guide", None, GuideError),
    (PACKET, "jiangsu-2023", "no-such-category", UnknownCategory),
])
def test_errors_come_in_the_order_they_did(packet: Path, guide: str, category: str | None, error: type) -> None:
    with pytest.raises(error):
        run_packet(packet, guide, category)
