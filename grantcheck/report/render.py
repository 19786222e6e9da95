"""PacketReport → Markdown or HTML for reviewers (Chinese).

`render_html(report, packet_path)` is the evidence page: one self-contained file with crops of the pages
every figure was read from (the packet is reopened for them). `to_html(report)` is the same page without
crops, for a report whose packet is not at hand.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from grantcheck.report.crops import CropMaker
from grantcheck.report.model import PacketReport
from grantcheck.report.view import build_view
from grantcheck.report.words import DOC_STATUS, OUTCOME, STATUS

__all__ = ["DOC_STATUS", "OUTCOME", "STATUS", "render_html", "to_html", "to_markdown"]


def _environment(autoescape: bool) -> Environment:
    return Environment(loader=PackageLoader("grantcheck.report", "templates"),
                       autoescape=select_autoescape(["html"]) if autoescape else False,
                       trim_blocks=True, lstrip_blocks=True)


def to_markdown(report: PacketReport, today: date | None = None) -> str:
    return _environment(False).get_template("report.md.j2").render(v=build_view(report, today=today))


def to_html(report: PacketReport, crops: CropMaker | None = None, today: date | None = None) -> str:
    return _environment(True).get_template("report.html.j2").render(v=build_view(report, crops, today))


def render_html(report: PacketReport, packet_path: Path | str | None, today: date | None = None) -> str:
    """The evidence page for `report`, with crops from the packet at `packet_path` (folder or zip)."""
    if packet_path is None:
        return to_html(report, None, today)
    with CropMaker(Path(packet_path)) as crops:
        return to_html(report, crops, today)
