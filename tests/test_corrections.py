"""A reviewer's corrections, used as a reviewer would: a YAML file beside `verify`, a template from `corrections
init`. Corrections flip outcomes both ways, leave a trail, and a bad file stops with exit 2 naming the entry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from grantcheck.cli import app
from tests.conftest import CORPUS, validate_report

runner = CliRunner()


def _verify(tmp_path: Path, packet: str, corrections: str, *extra: str) -> tuple[int, str, str]:
    path = tmp_path / "corrections.yaml"
    path.write_text(corrections, encoding="utf-8")
    result = runner.invoke(app, ["verify", str(CORPUS / packet), "--corrections", str(path), *extra])
    return result.exit_code, result.stdout, result.stderr


def test_a_corrected_total_makes_an_ineligible_packet_eligible(tmp_path: Path, report_schema: dict) -> None:
    # sf-03: the audit report states 项目总投入为2,999.50万元, 0.50 万元 under the 3000 floor
    code, out, _ = _verify(tmp_path, "sf-03-total-below", """
reviewer: 王审核
date: 2023-01-05
corrections:
  - figure: total_investment
    value: 3005.2
    reason: 审计报告附表漏计检测设备 5.70 万元，已核对发票
""")
    assert code == 0
    data = validate_report(out, report_schema)
    assert data["outcome"] == "eligible"
    assert data["subsidy"]["status"] == "computed" and data["subsidy"]["max_wan"] == 300.52
    figure = data["figures"]["total_investment"]
    assert (figure["value"], figure["original"]) == (3005.2, 2999.5)
    assert figure["original_sources"][0]["document"] == "02-专项审计报告.pdf"
    assert data["corrections"] == [{"target": "figure", "name": "total_investment", "original": 2999.5,
                                    "value": 3005.2, "reason": "审计报告附表漏计检测设备 5.70 万元，已核对发票",
                                    "reviewer": "王审核", "date": "2023-01-05"}]


def test_a_corrected_total_makes_an_eligible_packet_ineligible(tmp_path: Path, report_schema: dict) -> None:
    code, out, _ = _verify(tmp_path, "sf-01-eligible", """
reviewer: 李复核
corrections:
  - figure: total_investment
    value: 2800
    reason: 审计合计含已列支的厂房改造 456.78 万元
""")
    data = validate_report(out, report_schema)
    assert code == 0 and data["outcome"] == "ineligible"
    failing = next(c for c in data["checks"] if c["id"] == "smart-factory.total_investment_min")
    assert failing["status"] == "fail" and failing["shortfall"] == {"value": 200.0, "unit": "万元"}
    assert data["subsidy"]["status"] == "indicative"
    assert data["corrections"][0]["original"] == 3256.78  # 经审核确认…实际完成投资32,567,800.00元


def test_a_check_decided_by_a_person_decides_the_outcome(tmp_path: Path, report_schema: dict) -> None:
    # fg-05: one invoice names another buyer (上海某某贸易有限公司): review until a person decides
    code, out, _ = _verify(tmp_path, "fg-05-buyer-mismatch", """
reviewer: 王审核
date: 2023-01-06
corrections:
  - check: 5g-iiot.invoice_buyer_is_applicant
    status: pass
    reason: 该发票为代付，已见三方协议
""")
    data = validate_report(out, report_schema)
    assert code == 0 and data["outcome"] == "eligible"
    check = next(c for c in data["checks"] if c["id"] == "5g-iiot.invoice_buyer_is_applicant")
    assert check["status"] == "pass" and check["message"].startswith("人工核定为通过（王审核，2023-01-06）：该发票为代付")
    assert data["corrections"][0] | {"reason": ""} == {"target": "check", "name": "5g-iiot.invoice_buyer_is_applicant",
                                                         "original": "review", "value": "pass", "reason": "",
                                                         "reviewer": "王审核", "date": "2023-01-06"}


def test_a_person_confirms_an_ocr_reading(tmp_path: Path, report_schema: dict) -> None:
    # ocr-01: 注册资本 800.00万元 read off a photographed licence, confirmed by nothing else: review
    code, out, _ = _verify(tmp_path, "ocr-01-license-photo", """
reviewer: 王审核
corrections:
  - figure: registered_capital
    value: 800万元
    reason: 已核对营业执照原件
""")
    data = validate_report(out, report_schema)
    assert code == 0 and data["outcome"] == "eligible" and data["subsidy"]["status"] == "computed"
    assert data["figures"]["registered_capital"]["original_sources"][0]["ocr"] is True


def test_a_document_kind_replaced_before_its_facts_are_read(tmp_path: Path, report_schema: dict) -> None:
    code, out, _ = _verify(tmp_path, "sf-01-eligible", """
reviewer: 王审核
corrections:
  - document: 02-专项审计报告.pdf
    kind: other
    reason: 该报告为年度财务审计，不是专项审计报告
""")
    data = validate_report(out, report_schema)
    assert code == 0 and data["outcome"] == "incomplete" and "audit_report" in data["missing_documents"]
    assert next(d for d in data["documents"] if d["path"] == "02-专项审计报告.pdf")["kind"] == "other"
    assert data["corrections"][0]["original"] == "audit_report"


def test_the_reports_show_the_correction_beside_the_original(tmp_path: Path) -> None:
    corrections = """
reviewer: 王审核
date: 2023-01-05
corrections:
  - figure: total_investment
    value: 3005.2
    reason: 审计报告附表漏计检测设备
"""
    out = tmp_path / "r.html"
    code, _, _ = _verify(tmp_path, "sf-03-total-below", corrections, "--format", "html", "--out", str(out))
    html = out.read_text("utf-8")
    assert code == 0 and "结论：符合条件" in html and "人工更正记录" in html
    assert "原读数：2,999.50 万元" in html and "3,005.20 万元" in html and "审计报告附表漏计检测设备" in html
    _, markdown, _ = _verify(tmp_path, "sf-03-total-below", corrections, "--format", "md")
    assert "## 人工更正记录" in markdown and "| 数据项 | 项目总投入" in markdown and "| 2,999.50 万元 | 3,005.20 万元 |" in markdown


BAD = [
    ("reviewer: 王审核\ncorrections:\n  - figure: total_invest\n    value: 1\n    reason: x\n",
     ["第 1 条", "figure", "total_invest", "未知数据项"]),
    ("reviewer: 王审核\ncorrections:\n  - figure: total_investment\n    value: 3005.2\n    reason: x\n"
     "  - document: 99-不存在.pdf\n    kind: other\n    reason: y\n",
     ["第 2 条", "document", "99-不存在.pdf", "没有此文件"]),
    ("reviewer: 王审核\ncorrections:\n  - check: smart-factory.no_such_check\n    status: pass\n    reason: x\n",
     ["第 1 条", "check", "smart-factory.no_such_check", "没有此项"]),
    ("reviewer: 王审核\ncorrections:\n  - figure: total_investment\n    value: 三千万\n    reason: x\n",
     ["第 1 条", "total_investment", "字段 value", "应为数值"]),
    ("reviewer: 王审核\ncorrections:\n  - figure: completion_date\n    value: 2022/13/01\n    reason: x\n",
     ["第 1 条", "completion_date", "字段 value", "YYYY-MM-DD"]),
    ("reviewer: 王审核\ncorrections:\n  - figure: total_investment\n    value: 3005.2\n",
     ["第 1 条", "字段 reason"]),
    ("reviewer: 王审核\ncorrections:\n  - document: 02-专项审计报告.pdf\n    kind: audit\n    reason: x\n",
     ["第 1 条", "字段 kind", "audit"]),
    ("reviewer: 王审核\ncorrections:\n  - check: smart-factory.total_investment_min\n    status: ok\n    reason: x\n",
     ["第 1 条", "字段 status"]),
    ("reviewer: 王审核\ncorrections:\n  - figure: total_investment\n    valeu: 3005.2\n    reason: x\n",
     ["第 1 条", "valeu", "未知字段"]),
    ("corrections:\n  - figure: total_investment\n    value: 1\n    reason: x\n", ["字段 reviewer"]),
    ("reviewer: 王审核\ncorrections: [figure: total_investment\n", ["不是有效的 YAML"]),
    ("reviewer: 王审核\ncorrections:\n  - total_investment\n", ["第 1 条", "应为映射"]),
]


@pytest.mark.parametrize(("text", "words"), BAD, ids=[str(i) for i in range(len(BAD))])
def test_a_bad_corrections_file_is_a_usage_error_naming_the_entry(tmp_path: Path, text: str, words: list[str]) -> None:
    code, out, err = _verify(tmp_path, "sf-01-eligible", text)
    assert code == 2 and out == ""
    assert "corrections.yaml" in err and all(w in err for w in words), err


def test_corrections_init_lists_every_figure_and_round_trips(tmp_path: Path, report_schema: dict) -> None:
    template = tmp_path / "t.yaml"
    result = runner.invoke(app, ["corrections", "init", str(CORPUS / "sf-03-total-below"), "--out", str(template)])
    assert result.exit_code == 0
    text = template.read_text("utf-8")
    assert "#  - figure: total_investment\n#    value: 2999.5\n" in text
    assert "来源：02-专项审计报告.pdf 第1页：“经审计，项目总投入为2,999.50万元" in text
    for name in ("applicant_name", "completion_date", "acceptance_date", "software_investment", "invoice_total"):
        assert f"#  - figure: {name}\n" in text
    assert "#  - document: 02-专项审计报告.pdf\n#    kind: audit_report\n" in text
    # a reviewer fills it in: their name, and one entry uncommented and edited
    edited = text.replace("reviewer: ''", "reviewer: 王审核")
    edited = re.sub(r"#  - figure: total_investment\n#    value: 2999.5\n#    reason: ''",
                    "  - figure: total_investment\n    value: 3001\n    reason: 附表漏计", edited)
    template.write_text(edited, encoding="utf-8")
    result = runner.invoke(app, ["verify", str(CORPUS / "sf-03-total-below"), "--corrections", str(template)])
    data = validate_report(result.stdout, report_schema)
    assert result.exit_code == 0 and data["outcome"] == "eligible" and data["figures"]["total_investment"]["value"] == 3001
