"""Untrusted zips: traversal, absolute paths, links, bombs, GBK names."""

from __future__ import annotations

import stat
import struct
import zipfile
from pathlib import Path

import pytest

from ingest.packet import PacketError, open_packet


def _zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


def _symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize(("name", "reason"), [
    ("../escape.pdf", "路径穿越"),
    ("a/../../escape.pdf", "路径穿越"),
    ("/etc/passwd", "绝对路径"),
    ("C:/windows/x.pdf", "绝对路径"),
])
def test_unsafe_entries_are_refused_and_reported(tmp_path: Path, name: str, reason: str) -> None:
    packet = _zip(tmp_path / "p.zip", [(name, b"%PDF-1.4"), ("ok.pdf", b"%PDF-1.4")])
    with open_packet(packet) as opened:
        files = {f.rel: f for f in opened.files}
        assert files["ok.pdf"].path is not None and files["ok.pdf"].path.is_file()
        assert files[name].path is None and reason in files[name].refused
    assert not (tmp_path / "escape.pdf").exists()


def test_symlink_entry_is_refused(tmp_path: Path) -> None:
    packet = _zip(tmp_path / "p.zip", [(_symlink("link.pdf"), b"/etc/passwd")])
    with open_packet(packet) as opened:
        assert "符号链接" in opened.files[0].refused


def test_zip_bomb_is_refused_whole(tmp_path: Path) -> None:
    packet = _zip(tmp_path / "bomb.zip", [("big.pdf", b"\0" * (50 * 1024 * 1024))])
    with pytest.raises(PacketError, match="压缩"):
        with open_packet(packet):
            pass


def test_gbk_names_without_utf8_flag_are_readable(tmp_path: Path) -> None:
    path = tmp_path / "gbk.zip"
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("验收意见.pdf")
        archive.writestr(info, b"%PDF-1.4")
    # rewrite the UTF-8 name as GBK and clear the UTF-8 flag (bit 11), as Windows archivers do
    raw = bytearray(path.read_bytes())
    utf8, gbk = "验收意见.pdf".encode(), "验收意见.pdf".encode("gbk")
    raw = bytearray(bytes(raw).replace(utf8, gbk + b" " * (len(utf8) - len(gbk))))
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = raw.find(signature) + flag_offset
        flags = struct.unpack_from("<H", raw, at)[0]
        struct.pack_into("<H", raw, at, flags & ~0x800)
    path.write_bytes(bytes(raw))
    with zipfile.ZipFile(path) as check:
        assert not check.infolist()[0].flag_bits & 0x800
    with open_packet(path) as opened:
        assert opened.files[0].rel.rstrip() == "验收意见.pdf"


def test_not_a_packet(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("hello")
    with pytest.raises(PacketError):
        with open_packet(tmp_path / "x.txt"):
            pass
    with pytest.raises(PacketError):
        with open_packet(tmp_path / "missing"):
            pass


def _inner(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return buffer.getvalue()


@pytest.mark.parametrize("packed", ["folder", "zip"])
def test_a_zip_inside_the_packet_is_opened_one_level(tmp_path: Path, packed: str) -> None:
    invoices = _inner([("发票/01.pdf", b"%PDF-1.4 a"), ("发票/02.xml", b"<EInvoice/>"),
                       ("../escape.pdf", b"%PDF-1.4"), ("more.zip", _inner([("deep.pdf", b"%PDF-1.4")]))])
    if packed == "folder":
        root = tmp_path / "packet"
        (root / "付款凭证").mkdir(parents=True)
        (root / "发票.zip").write_bytes(invoices)
        (root / "验收意见.pdf").write_bytes(b"%PDF-1.4")
        packet = root
    else:
        packet = _zip(tmp_path / "p.zip", [("发票.zip", invoices), ("验收意见.pdf", b"%PDF-1.4")])
    with open_packet(packet) as opened:
        files = {f.rel: f for f in opened.files}
        assert files["发票.zip/发票/01.pdf"].path.read_bytes() == b"%PDF-1.4 a"
        assert files["发票.zip/发票/02.xml"].path.is_file() and files["验收意见.pdf"].path.is_file()
        assert "路径穿越" in files["发票.zip/../escape.pdf"].refused  # the same guard as the packet's own
        assert files["发票.zip/more.zip"].path.is_file()  # one level only: a zip in it stays a file
        assert "发票.zip" not in files
    assert not (tmp_path / "escape.pdf").exists()


def test_a_broken_or_hostile_inner_zip_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    root = tmp_path / "packet"
    root.mkdir()
    (root / "发票.zip").write_bytes(b"PK\x03\x04 truncated")
    (root / "炸弹.zip").write_bytes(_inner([("big.pdf", b"\0" * (50 * 1024 * 1024))]))
    (root / "验收意见.pdf").write_bytes(b"%PDF-1.4")
    with open_packet(root) as opened:
        files = {f.rel: f for f in opened.files}
        assert files["验收意见.pdf"].path is not None
        assert files["发票.zip"].path is None and "损坏" in files["发票.zip"].refused
        assert files["炸弹.zip"].path is None and "内嵌压缩包已拒绝" in files["炸弹.zip"].refused
