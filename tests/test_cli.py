from __future__ import annotations

import json
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from grantcheck.cli import app
from tests.conftest import CORPUS, FIXTURES, validate_report

runner = CliRunner()


def test_verify_json(report_schema: dict) -> None:
    result = runner.invoke(app, ["verify", str(CORPUS / "sf-03-total-below"), "--format", "json"])
    assert result.exit_code == 0
    data = validate_report(result.stdout, report_schema)
    assert data["category_source"] == "detected" and data["outcome"] == "ineligible"
    failing = next(c for c in data["checks"] if c["id"] == "smart-factory.total_investment_min")
    assert failing["status"] == "fail" and "低于 3000 万元" in failing["message"]
    assert data["subsidy"]["status"] == "indicative" and "仅供参考" in data["subsidy"]["note"]


def test_verify_eligible_packet_outcome_and_subsidy(report_schema: dict) -> None:
    result = runner.invoke(app, ["verify", str(CORPUS / "sf-01-eligible"), "--format", "json"])
    data = validate_report(result.stdout, report_schema)
    assert data["outcome"] == "eligible"
    assert data["subsidy"]["status"] == "computed" and data["subsidy"]["max_wan"] == 325.68  # 3256.78 × 10%


def test_verify_markdown_and_html(tmp_path: Path) -> None:
    result = runner.invoke(app, ["verify", str(CORPUS / "sf-01-eligible"), "--format", "md"])
    assert result.exit_code == 0 and "**结论：符合条件**" in result.stdout
    failing = runner.invoke(app, ["verify", str(CORPUS / "sf-03-total-below"), "--format", "md"])
    assert "**结论：不符合条件**" in failing.stdout and "- **不符合原因**：" in failing.stdout
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["verify", str(CORPUS / "sf-01-eligible"), "--format", "html", "--out", str(out)])
    assert result.exit_code == 0 and "<table>" in out.read_text("utf-8")


def test_exit_codes(tmp_path: Path) -> None:
    assert runner.invoke(app, ["verify", str(tmp_path / "nope")]).exit_code == 2
    assert runner.invoke(app, ["verify", str(CORPUS / "sf-01-eligible"), "--category", "bogus"]).exit_code == 2
    (tmp_path / "x.zip").write_bytes(b"not a zip")
    assert runner.invoke(app, ["verify", str(tmp_path / "x.zip")]).exit_code == 3
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.pdf", b"\0" * (30 * 1024 * 1024))
    assert runner.invoke(app, ["verify", str(bomb)]).exit_code == 3


def test_given_category_and_unknown_category(report_schema: dict, tmp_path: Path) -> None:
    result = runner.invoke(app, ["verify", str(CORPUS / "sf-01-eligible"), "--category", "smart-factory"])
    data = json.loads(result.stdout)
    assert (data["category_source"], data["outcome"]) == ("given", "eligible")
    (tmp_path / "note.pdf").write_bytes(b"")
    data = validate_report(runner.invoke(app, ["verify", str(tmp_path)]).stdout, report_schema)
    assert data["category"] is None and data["category_source"] == "unknown" and data["outcome"] == "needs_review"


def test_extract_invoice() -> None:
    result = runner.invoke(app, ["extract", str(FIXTURES / "realdocs-metagpt-invoice-1.pdf")])
    data = json.loads(result.stdout)
    assert data["schema"] == "grantcheck.extract/1" and data["kind"] == "invoice"
    assert data["facts"]["invoice_number"]["value"] == "07099363"
    assert data["facts"]["total_incl_tax"]["sources"][0]["page"] == 1


def test_categories_listing() -> None:
    result = runner.invoke(app, ["categories", "--format", "json"])
    data = json.loads(result.stdout)
    assert data["smart-factory"]["subsidy"]["cap_wan"] == "2000"
    sme = data["specialized-sme"]
    assert sme["formula"] == "20% × hw_sw_investment + 40% × loan_interest，上限 500 万元"
    assert sme["figures"]["loan_interest"] == {"unit": "万元", "meaning": "贷款利息（specialized-sme）"}
    assert {m["id"] for m in sme["materials"] if m["required_if"]} == {"loan_contract", "interest_statement"}
    assert data["charging-facilities"]["deferred"] and not data["charging-facilities"]["conditions"]


def test_categories_table_is_readable() -> None:
    result = runner.invoke(app, ["categories"])
    assert result.exit_code == 0
    assert "| merger-acquisition | 企业重大兼并重组项目 | 6 | 6 | 5% × acquisition_amount，上限 2000 万元 |" in result.stdout
    assert "| each_deal_over_floor | acquisition_total 每项 > 5000 万元 |" in result.stdout
