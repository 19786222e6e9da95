"""PacketReport → Markdown or HTML for reviewers (Chinese)."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from grantcheck.report.model import PacketReport

OUTCOME = {"eligible": "符合条件", "ineligible": "不符合条件", "incomplete": "材料不全", "needs_review": "需人工复核"}
STATUS = {"pass": "通过", "fail": "不通过", "missing": "缺失", "review": "复核"}
DOC_STATUS = {"ok": "正常", "ocr": "OCR", "unreadable": "无法读取", "unsupported": "不支持"}


def _environment(autoescape: bool) -> Environment:
    env = Environment(loader=PackageLoader("grantcheck.report", "templates"),
                      autoescape=select_autoescape(["html"]) if autoescape else False,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(OUTCOME=OUTCOME, STATUS=STATUS, DOC_STATUS=DOC_STATUS)
    return env


def to_markdown(report: PacketReport) -> str:
    return _environment(False).get_template("report.md.j2").render(r=report)


def to_html(report: PacketReport) -> str:
    return _environment(True).get_template("report.html.j2").render(r=report)
