"""`grantcheck batch`: an intake with a broken packet, an invoice planted in two packets, re-runs."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from grantcheck.cli import app
from tests.conftest import CORPUS, validate_report

runner = CliRunner()
PLANTED = "发票/发票-01.pdf"


def bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("申报书.pdf", b"\0" * (20 * 2**20))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def intake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("intake")
    for name in ("sf-01-eligible", "sf-05-construction-included", "cp-01-eligible"):
        shutil.copytree(CORPUS / name, root / name)
    # the same invoice claimed by a second, unrelated applicant
    (root / "cp-01-eligible" / "发票").mkdir()
    shutil.copy(CORPUS / "sf-01-eligible" / PLANTED, root / "cp-01-eligible" / PLANTED)
    (root / "not-a-zip.zip").write_bytes(b"PK\x03\x04 this is not an archive")
    (root / "bomb.zip").write_bytes(bomb())
    (root / "readme.txt").write_text("not a packet", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def first_run(intake: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("results")
    result = runner.invoke(
        app,
        [
            "batch",
            str(intake),
            "--out",
            str(out / "results.xlsx"),
            "--json-dir",
            str(out / "json"),
            "--html-dir",
            str(out / "html"),
            "--workers",
            "2",
        ],
    )
    assert result.exit_code == 0, result.output
    return out


def rows(path: Path, sheet: str) -> list[dict]:
    book = openpyxl.load_workbook(path)
    values = list(book[sheet].iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_workbook_has_a_row_per_packet_and_the_broken_ones_with_their_error(first_run: Path) -> None:
    book = openpyxl.load_workbook(first_run / "results.xlsx")
    assert book.sheetnames == ["packets", "checks", "invoices"]
    packets = {r["packet"]: r for r in rows(first_run / "results.xlsx", "packets")}
    assert set(packets) == {
        "sf-01-eligible",
        "sf-05-construction-included",
        "cp-01-eligible",
        "not-a-zip.zip",
        "bomb.zip",
    }
    assert "zip" in packets["not-a-zip.zip"]["error"] and packets["not-a-zip.zip"]["outcome"] is None
    assert "压缩" in packets["bomb.zip"]["error"]
    sf05 = packets["sf-05-construction-included"]
    assert (
        sf05["outcome"] == "ineligible"
        and sf05["error"] is None
        and sf05["html"] == "sf-05-construction-included.html"
    )
    assert sf05["subsidy_max_wan"] == pytest.approx(290.0)
    sheet = book["packets"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    header = [c.value for c in sheet[1]]
    money = sheet.cell(row=2, column=header.index("subsidy_max_wan") + 1).number_format
    assert "万元" in money
    fails = [
        r for r in rows(first_run / "results.xlsx", "checks") if r["packet"] == "sf-05-construction-included"
    ]
    assert any(r["check"] == "smart-factory.total_investment_min" and r["status"] == "fail" for r in fails)


def test_reports_written_and_valid(first_run: Path, report_schema: dict) -> None:
    names = sorted(p.name for p in (first_run / "json").iterdir())
    assert names == ["cp-01-eligible.json", "sf-01-eligible.json", "sf-05-construction-included.json"]
    for path in (first_run / "json").iterdir():
        validate_report(path.read_text("utf-8"), report_schema)
    assert (
        (first_run / "html" / "sf-01-eligible.html")
        .read_text("utf-8")
        .lstrip()
        .lower()
        .startswith("<!doctype")
    )


def test_invoice_in_two_packets_is_flagged_in_both(first_run: Path) -> None:
    for packet, other in (("sf-01-eligible", "cp-01-eligible"), ("cp-01-eligible", "sf-01-eligible")):
        report = json.loads((first_run / "json" / f"{packet}.json").read_text("utf-8"))
        flagged = [c for c in report["checks"] if c["id"].endswith(".invoices_across_packets")]
        assert len(flagged) == 1 and flagged[0]["status"] == "review", packet
        assert f"材料包「{other}」" in flagged[0]["message"] and "00100000" in flagged[0]["message"]
        assert f"{other}/{PLANTED}" in flagged[0]["documents"] and PLANTED in flagged[0]["documents"]
        assert report["outcome"] != "eligible"
    sf05 = json.loads((first_run / "json" / "sf-05-construction-included.json").read_text("utf-8"))
    assert not [c for c in sf05["checks"] if c["id"].endswith("_across_packets")]
    invoices = rows(first_run / "results.xlsx", "invoices")
    planted = [r for r in invoices if r["document"] == PLANTED and r["invoice_number"] == "00100000"]
    assert {r["packet"] for r in planted} == {"sf-01-eligible", "cp-01-eligible"}
    assert all(r["claimed_elsewhere"] for r in planted)
    checks = rows(first_run / "results.xlsx", "checks")
    assert {r["packet"] for r in checks if r["check"].endswith(".invoices_across_packets")} == {
        "sf-01-eligible",
        "cp-01-eligible",
    }


def test_rerun_skips_verified_packets_unless_forced(intake: Path, first_run: Path) -> None:
    out = first_run / "results.xlsx"
    result = runner.invoke(
        app, ["batch", str(intake), "--out", str(out), "--json-dir", str(first_run / "json2")]
    )
    assert result.exit_code == 0, result.output
    packets = {r["packet"]: r for r in rows(out, "packets")}
    assert all(
        packets[name]["skipped"]
        for name in ("sf-01-eligible", "sf-05-construction-included", "cp-01-eligible", "bomb.zip")
    )
    again = json.loads((first_run / "json2" / "cp-01-eligible.json").read_text("utf-8"))
    assert [c for c in again["checks"] if c["id"].endswith(".invoices_across_packets")]  # still compared
    first = json.loads((first_run / "json" / "sf-05-construction-included.json").read_text("utf-8"))
    assert json.loads((first_run / "json2" / "sf-05-construction-included.json").read_text("utf-8")) == first


def test_a_later_intake_sees_the_earlier_one(first_run: Path, tmp_path: Path) -> None:
    later = tmp_path / "later"
    later.mkdir()
    shutil.copytree(CORPUS / "cp-01-eligible", later / "cp-01-resubmitted")
    (later / "cp-01-resubmitted" / "发票").mkdir()
    shutil.copy(CORPUS / "sf-01-eligible" / PLANTED, later / "cp-01-resubmitted" / PLANTED)
    out = tmp_path / "later.xlsx"
    result = runner.invoke(
        app,
        [
            "batch",
            str(later),
            "--out",
            str(out),
            "--json-dir",
            str(tmp_path / "json"),
            "--registry",
            str(first_run / "grantcheck-registry.sqlite"),
            "--workers",
            "1",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "json" / "cp-01-resubmitted.json").read_text("utf-8"))
    message = next(c["message"] for c in report["checks"] if c["id"].endswith(".invoices_across_packets"))
    assert "材料包「sf-01-eligible」（往期受理批次" in message and "材料包「cp-01-eligible」" in message
    assert rows(out, "packets")[0]["skipped"] is True  # the same content was verified in the earlier intake


def test_missing_intake_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "r.xlsx")])
    assert result.exit_code == 2
