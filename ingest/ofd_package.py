"""An OFD file (GB/T 33190) is a zip of XML parts: guarded access to its parts.

The archive passes the same zip guard as packets and DOCX files; every part is read
with a byte cap and counted against one budget for the whole file; locations in the
XML (`BaseLoc`, `FileLoc`, `MediaFile`) are resolved inside the archive and refused
when they point outside it.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

from lxml import etree

from ingest.safexml import MAX_XML_BYTES, parse_xml
from ingest.zipguard import ZipRefused, check_archive, unsafe_reason

MAX_OFD_ENTRIES = 1000
MAX_PART_BYTES = MAX_XML_BYTES
MAX_TOTAL_BYTES = 64 * 1024 * 1024


class OfdRefused(ValueError):
    """The OFD file is refused or broken; the message says why, in Chinese."""


class OfdPackage:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        infos = archive.infolist()
        if len(infos) > MAX_OFD_ENTRIES:
            raise OfdRefused(f"OFD 内部条目过多（{len(infos)} 个，上限 {MAX_OFD_ENTRIES}），已拒绝")
        try:
            check_archive(archive)
        except ZipRefused as exc:
            raise OfdRefused(str(exc).replace("压缩包", "OFD 文件")) from exc
        self._archive = archive
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.is_dir():
                continue
            if unsafe_reason(info, info.filename):
                raise OfdRefused(f"OFD 内部条目路径不安全（{info.filename[:80]}），已拒绝")
            self._infos[info.filename.replace("\\", "/")] = info
        self._budget = MAX_TOTAL_BYTES

    def has(self, name: str) -> bool:
        return name in self._infos

    def names(self) -> list[str]:
        return list(self._infos)

    def resolve(self, base: str, location: str) -> str:
        """`location` as written in the part `base` → an entry name. '/x' is from the package root."""
        location = (location or "").strip().replace("\\", "/")
        if not location or "\x00" in location or ":" in location.split("/", 1)[0]:
            raise OfdRefused(f"OFD 内部引用路径无效（{location[:80]}），已拒绝")
        if location.startswith("/"):
            joined = location.lstrip("/")
        else:
            joined = posixpath.join(posixpath.dirname(base), location)
        name = posixpath.normpath(joined)
        if name.startswith("../") or name == ".." or name.startswith("/"):
            raise OfdRefused(f"OFD 内部引用指向包外（{location[:80]}），已拒绝")
        return name

    def read(self, name: str, limit: int = MAX_PART_BYTES) -> bytes:
        info = self._infos.get(name)
        if info is None:
            raise OfdRefused(f"OFD 缺少部件 {name[:80]}")
        if info.file_size > limit:
            raise OfdRefused(f"OFD 部件 {name[:80]} 过大，已拒绝")
        try:
            with self._archive.open(info) as handle:
                data = handle.read(limit + 1)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError, OSError) as exc:
            raise OfdRefused(f"OFD 部件 {name[:80]} 损坏，无法读取") from exc
        if len(data) > limit:
            raise OfdRefused(f"OFD 部件 {name[:80]} 实际解压大小超过上限，已拒绝")
        self._budget -= len(data)
        if self._budget < 0:
            raise OfdRefused("OFD 文件解压后总大小超过上限，已拒绝")
        return data

    def xml(self, name: str, recover: bool = False) -> etree._Element:
        return parse_xml(self.read(name), f"OFD 部件 {name[:80]}", recover=recover)


def open_ofd(path: Path) -> tuple[zipfile.ZipFile, OfdPackage]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise OfdRefused("OFD 文件损坏或不完整") from exc
    try:
        return archive, OfdPackage(archive)
    except Exception:
        archive.close()
        raise
