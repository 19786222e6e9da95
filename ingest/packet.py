"""A packet (folder or untrusted zip) → the list of files to read, plus what was refused."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ingest.zipguard import (
    MAX_TOTAL_BYTES,
    ZipRefused,
    check_archive,
    copy_limited,
    display_name,
    readable_name,
    unsafe_reason,
)

IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


class PacketError(Exception):
    """The packet as a whole cannot be read (exit status 3); message in Chinese."""


@dataclass(frozen=True)
class PacketFile:
    rel: str
    path: Path | None  # None when the entry was refused
    refused: str | None = None


@dataclass
class Packet:
    root: Path
    files: list[PacketFile] = field(default_factory=list)


def _ignored(rel: str) -> bool:
    parts = rel.split("/")
    return parts[-1] in IGNORED_NAMES or parts[0] == "__MACOSX" or parts[-1].startswith("~$")


def _folder_files(root: Path) -> list[PacketFile]:
    files = []
    for path in sorted(root.rglob("*")):
        rel = readable_name(path.relative_to(root).as_posix())
        if path.is_symlink():
            files.append(PacketFile(rel, None, "文件是符号链接，已拒绝"))
        elif path.is_file() and not _ignored(rel):
            files.append(PacketFile(rel, path))
    return files


def _extract(archive: zipfile.ZipFile, target: Path) -> list[PacketFile]:
    check_archive(archive)
    files, budget = [], MAX_TOTAL_BYTES
    for info in archive.infolist():
        name = display_name(info)
        if info.is_dir() or _ignored(name.rstrip("/")):
            continue
        reason = unsafe_reason(info, name)
        if reason:
            files.append(PacketFile(name, None, reason))
            continue
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        try:
            with archive.open(info) as source, destination.open("wb") as sink:
                budget -= copy_limited(source, sink, budget)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
            files.append(PacketFile(name, None, _entry_error(exc)))
            continue
        files.append(PacketFile(name, destination))
    return sorted(files, key=lambda f: f.rel)


def _entry_error(exc: Exception) -> str:
    if isinstance(exc, RuntimeError) and "encrypted" in str(exc):
        return "压缩包条目已加密，无法解压"
    if isinstance(exc, NotImplementedError):
        return "压缩包条目使用不支持的压缩方式"
    return "压缩包条目损坏，无法解压"


def _expanded(files: list[PacketFile], target: Path) -> list[PacketFile]:
    """A zip inside the packet (发票.zip) opened one level, under the same guard: its files are read as the
    packet's own, named "发票.zip/…"; one that cannot be opened is reported, with the reason."""
    out: list[PacketFile] = []
    for item in files:
        if item.path is None or not item.rel.lower().endswith(".zip"):
            out.append(item)
            continue
        try:
            with zipfile.ZipFile(item.path) as archive:
                inner = _extract(archive, target / item.rel)
        except ZipRefused as exc:
            out.append(PacketFile(item.rel, None, f"内嵌压缩包已拒绝：{exc}"))
            continue
        except (zipfile.BadZipFile, OSError):
            out.append(PacketFile(item.rel, None, "内嵌压缩包损坏，无法解压"))
            continue
        out += [PacketFile(f"{item.rel}/{member.rel}", member.path, member.refused) for member in inner]
    return out


@contextmanager
def open_packet(path: Path) -> Iterator[Packet]:
    if not path.is_dir() and not path.is_file():
        raise PacketError(f"材料包不存在：{path}")
    if path.is_file() and not zipfile.is_zipfile(path):
        raise PacketError("材料包既不是文件夹也不是 zip 压缩包")
    workdir = Path(tempfile.mkdtemp(prefix="grantcheck-"))
    try:
        if path.is_dir():
            root, files = path, _folder_files(path)
        else:
            root = workdir / "packet"
            with zipfile.ZipFile(path) as archive:
                files = _extract(archive, root)
        yield Packet(root=root, files=_expanded(files, workdir / "nested"))
    except ZipRefused as exc:
        raise PacketError(str(exc)) from exc
    except zipfile.BadZipFile as exc:
        raise PacketError("zip 压缩包损坏，无法读取") from exc
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
