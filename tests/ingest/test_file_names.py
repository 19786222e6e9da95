"""File names that are not UTF-8 (GBK bytes in a Linux folder) are reported readably in every format."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus.builders import Doc, write
from grantcheck.cli import app
from ingest.packet import open_packet
from ingest.zipguard import readable_name
from tests.conftest import validate_report

runner = CliRunner()


def _gbk_packet(tmp_path: Path) -> Path:
    packet = tmp_path / "packet"
    packet.mkdir()
    source = tmp_path / "licence.pdf"
    write(Doc().title("营业执照").para("名称：江苏示例智能装备有限公司"), source)
    folder = os.fsencode(packet)
    shutil.copy(source, folder + b"/" + "营业执照.pdf".encode("gbk"))
    os.mkdir(folder + b"/" + "发票".encode("gbk"))
    (Path(os.fsdecode(folder + b"/" + "发票".encode("gbk"))) / "x.xml").write_bytes(b"<a/>")
    (Path(os.fsdecode(folder + b"/\xff\xfe.pdf"))).write_bytes(b"%PDF-1.4 broken")
    return packet


def test_readable_name() -> None:
    assert readable_name("营业执照.pdf") == "营业执照.pdf"
    assert readable_name(os.fsdecode("营业执照.pdf".encode("gbk"))) == "营业执照.pdf"
    assert readable_name(os.fsdecode("材料/" .encode() + "发票.ofd".encode("gbk"))) == "材料/发票.ofd"
    escaped = readable_name(os.fsdecode(b"\xff\xfe.pdf"))
    assert escaped == "\\xff\\xfe.pdf" and escaped.encode("utf-8")


def test_folder_packet_lists_readable_names(tmp_path: Path) -> None:
    with open_packet(_gbk_packet(tmp_path)) as packet:
        names = sorted(f.rel for f in packet.files)
        assert all(f.path is not None and f.path.exists() for f in packet.files)
    assert names == ["\\xff\\xfe.pdf", "发票/x.xml", "营业执照.pdf"]


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_report_with_gbk_names(tmp_path: Path, fmt: str, report_schema: dict) -> None:
    out = tmp_path / f"report.{fmt}"
    result = runner.invoke(app, ["verify", str(_gbk_packet(tmp_path)), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert "营业执照.pdf" in text
    if fmt == "json":
        data = validate_report(text, report_schema)
        assert {d["path"] for d in data["documents"]} >= {"营业执照.pdf", "\\xff\\xfe.pdf"}
