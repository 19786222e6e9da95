"""The HTML page of one report, for batch `--html-dir` and the service's report.html.

One function, so the evidence renderer (crops of the packet's pages) can take its place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from grantcheck.report.model import PacketReport
from grantcheck.report.render import to_html


def report_html(report: dict[str, Any], packet_path: Path | None = None) -> str:
    return to_html(PacketReport.model_validate(report))
