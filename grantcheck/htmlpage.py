"""The HTML page of one report, for batch `--html-dir` and the service's report.html: the evidence page,
with crops of the packet's pages where the packet is at hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from grantcheck.report.model import PacketReport
from grantcheck.report.render import render_html


def report_html(report: dict[str, Any], packet_path: Path | None = None) -> str:
    return render_html(PacketReport.model_validate(report), packet_path)
