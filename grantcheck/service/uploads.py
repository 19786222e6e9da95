"""An upload: the multipart body streamed into the data directory (never past the size limit), the
zip checked by the rules packets are read under (`ingest.zipguard`), then kept under its sha256."""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from python_multipart.multipart import MultipartParser, parse_options_header

from grantcheck.service.errors import ApiError
from ingest.zipguard import ZipRefused, check_archive, display_name, unsafe_reason

MAX_FIELD = 200  # bytes of a text field (category)


def too_large(limit: int) -> ApiError:
    return ApiError(413, "too_large", f"上传文件过大（上限 {limit // 2**20} MB）")


def refused(message: str) -> ApiError:
    return ApiError(422, "invalid_packet", message)


@dataclass
class _Part:
    headers: dict[str, str] = field(default_factory=dict)
    name: str | None = None
    filename: str | None = None


class _Form:
    """python-multipart callbacks: the `file` part to a temporary file, the `category` field to memory."""

    def __init__(self, tmp_dir: Path) -> None:
        self.tmp_dir = tmp_dir
        self.part = _Part()
        self.header_field = b""
        self.header_value = b""
        self.sink: IO[bytes] | None = None
        self.file_path: Path | None = None
        self.filename: str | None = None
        self.digest = hashlib.sha256()
        self.fields: dict[str, bytearray] = {}
        self.files = 0

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_part_begin": self.begin,
            "on_header_field": self.on_field,
            "on_header_value": self.on_value,
            "on_header_end": self.header_end,
            "on_headers_finished": self.headers_done,
            "on_part_data": self.data,
            "on_part_end": self.end,
        }

    def begin(self) -> None:
        self.part = _Part()

    def on_field(self, data: bytes, start: int, end: int) -> None:
        self.header_field += data[start:end]

    def on_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def header_end(self) -> None:
        self.part.headers[self.header_field.decode("latin-1").lower()] = self.header_value.decode(
            "utf-8", "replace"
        )
        self.header_field, self.header_value = b"", b""

    def headers_done(self) -> None:
        _, params = parse_options_header(self.part.headers.get("content-disposition", ""))
        self.part.name = params.get(b"name", b"").decode("utf-8", "replace")
        filename = params.get(b"filename")
        self.part.filename = filename.decode("utf-8", "replace") if filename is not None else None
        if self.part.name == "file" and self.part.filename is not None:
            self.files += 1
            if self.files > 1:
                raise ApiError(422, "invalid_request", "只能上传一个文件（字段 file）")
            handle, name = tempfile.mkstemp(dir=self.tmp_dir, suffix=".upload")
            self.sink, self.file_path, self.filename = os.fdopen(handle, "wb"), Path(name), self.part.filename
        elif self.part.name:
            self.fields[self.part.name] = bytearray()

    def data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if self.sink is not None:
            self.sink.write(chunk)
            self.digest.update(chunk)
        elif self.part.name in self.fields:
            self.fields[self.part.name] += chunk
            if len(self.fields[self.part.name]) > MAX_FIELD:
                raise ApiError(422, "invalid_request", f"字段 {self.part.name} 过长")

    def end(self) -> None:
        if self.sink is not None:
            self.sink.close()
            self.sink = None

    def discard(self) -> None:
        if self.sink is not None:
            self.sink.close()
        if self.file_path is not None:
            self.file_path.unlink(missing_ok=True)


@dataclass
class Upload:
    path: Path  # the temporary file, in the data directory
    digest: str
    filename: str
    category: str | None


async def receive(content_type: str, body: AsyncIterator[bytes], limit: int, tmp_dir: Path) -> Upload:
    kind, params = parse_options_header(content_type)
    if kind != b"multipart/form-data" or b"boundary" not in params:
        raise ApiError(422, "invalid_request", "请以 multipart/form-data 上传，文件字段名为 file")
    form = _Form(tmp_dir)
    parser = MultipartParser(params[b"boundary"], form.callbacks())
    received = 0
    try:
        async for chunk in body:
            received += len(chunk)
            if received > limit:
                raise too_large(limit)
            parser.write(chunk)
        parser.finalize()
    except ApiError:
        form.discard()
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed body from the network
        form.discard()
        raise ApiError(422, "invalid_request", "上传内容格式不正确") from exc
    if form.file_path is None:
        raise ApiError(422, "invalid_request", "缺少上传文件（字段 file）")
    category = (
        bytes(form.fields["category"]).decode("utf-8", "replace").strip()
        if "category" in form.fields
        else None
    )
    return Upload(form.file_path, form.digest.hexdigest(), form.filename or "packet.zip", category or None)


def check_zip(path: Path) -> None:
    """The packet rules, before anything is queued: a readable zip, no bomb, no unsafe entry."""
    if not zipfile.is_zipfile(path):
        raise refused("上传的文件不是 zip 压缩包")
    try:
        with zipfile.ZipFile(path) as archive:
            check_archive(archive)
            for info in archive.infolist():
                name = display_name(info)
                reason = unsafe_reason(info, name)
                if reason:
                    raise refused(f"{reason}：{name}")
    except ZipRefused as exc:
        raise refused(str(exc)) from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise refused("zip 压缩包损坏，无法读取") from exc


def keep(upload: Upload, target: Path) -> None:
    """Move the checked upload to its content-addressed place (the same content is kept once)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        upload.path.unlink(missing_ok=True)
    else:
        os.replace(upload.path, target)
