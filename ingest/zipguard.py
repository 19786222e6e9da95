"""Limits for untrusted zip archives (packets, and DOCX files, which are zips too).

Sizes are counted from what is actually inflated, not trusted from headers alone.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import PurePosixPath
from typing import IO

MAX_ENTRIES = 2000
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed for one entry
CHUNK = 1 << 16


class ZipRefused(Exception):
    """The whole archive is refused; the message says why, in Chinese."""


def check_archive(archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ZipRefused(f"压缩包条目过多（{len(infos)} 个，上限 {MAX_ENTRIES}），已拒绝")
    declared = sum(i.file_size for i in infos)
    if declared > MAX_TOTAL_BYTES:
        raise ZipRefused(f"压缩包解压后过大（{declared // 2**20} MiB），已拒绝")
    for info in infos:
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise ZipRefused(f"压缩包条目 {display_name(info)} 压缩比异常（疑似压缩炸弹），已拒绝")


def display_name(info: zipfile.ZipInfo) -> str:
    """Entry name, re-decoded from GBK when the archiver wrote GBK without the UTF-8 flag."""
    name = info.filename
    if info.flag_bits & 0x800:
        return name
    try:
        return name.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return name


def unsafe_reason(info: zipfile.ZipInfo, name: str) -> str | None:
    """Why an entry must not be extracted, or None when it is safe."""
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return "压缩包条目是符号链接，已拒绝"
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "压缩包条目使用绝对路径，已拒绝"
    if ".." in PurePosixPath(name.replace("\\", "/")).parts:
        return "压缩包条目路径含“..”（路径穿越），已拒绝"
    return None


def copy_limited(source: IO[bytes], target: IO[bytes], limit: int) -> int:
    """Copy at most `limit` bytes; raise ZipRefused past it (headers may lie)."""
    written = 0
    while chunk := source.read(CHUNK):
        written += len(chunk)
        if written > limit:
            raise ZipRefused("压缩包实际解压大小超过上限，已拒绝")
        target.write(chunk)
    return written


def readable_name(name: str) -> str:
    """A path people can read. Names from a Linux folder carry bytes that are not UTF-8 as
    surrogate escapes (GBK names written on Windows): each such component is decoded as GBK,
    or, failing that, its bytes are shown as escapes. The text never holds surrogates."""
    parts = []
    for part in name.split("/"):
        try:
            part.encode("utf-8")
        except UnicodeEncodeError:
            raw = part.encode("utf-8", "surrogateescape")
            try:
                part = raw.decode("gb18030")
            except UnicodeDecodeError:
                part = raw.decode("utf-8", "backslashreplace")
            part = part.encode("utf-8", "backslashreplace").decode("utf-8")
        parts.append(part)
    return "/".join(parts)
