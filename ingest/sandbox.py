"""Parse files in a child process with a wall-clock timeout and a memory cap.

A crafted PDF can keep pdfminer busy for minutes or exhaust memory; the child is
killed and restarted, the file is reported unreadable, the rest of the packet goes on.
One long-lived child serves all files, so the fork cost is paid once per packet.

OCR runs in the same child. Its peak is up to about 1.05 GB of address space above the child's
baseline (onnxruntime's mapped models and buffers) for a dense A4 scan, about 740 MB of it resident,
once glibc is kept from reserving a 64 MB malloc arena per thread. The cap is on address space, which
counts those reservations, so it is set at 1.5 GB above the baseline: what a file can really occupy
stays near 1 GB. A file that still does not fit is retried once in a fresh worker, then reported.
Scans are OCR'd within a time budget (`scan.py`) that ends well before the timeout.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import resource
from multiprocessing.connection import Connection
from pathlib import Path

from ingest.model import Document, DocStatus
from ingest.read import OUT_OF_MEMORY, read_file
from ingest.scan import budget_seconds

DEFAULT_TIMEOUT_S = 15.0
PAGE_AFTER_BUDGET_S = 7.0  # a scanned page started just before the OCR budget ends may take this long
MEMORY_HEADROOM = 3 * 1024**3 // 2
M_ARENA_MAX = -8  # glibc mallopt parameter


def _limit_arenas() -> None:
    try:
        ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, 2)
    except (OSError, AttributeError):
        pass


def _cap_memory() -> None:
    _limit_arenas()
    try:
        with open("/proc/self/status") as status:
            vm = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))
        resource.setrlimit(resource.RLIMIT_AS, (vm + MEMORY_HEADROOM, vm + MEMORY_HEADROOM))
    except (OSError, ValueError, StopIteration):
        pass


def _ocr_in_worker() -> None:
    """The worker builds its own OCR engine and may give it more threads (`GRANTCHECK_OCR_THREADS`);
    a process that ran onnxruntime with a thread pool cannot fork a working child, so only workers,
    which never fork, get one."""
    from ingest import ocr

    ocr.engine.cache_clear()
    ocr.allow_threads()


def _serve(conn: Connection) -> None:
    _ocr_in_worker()
    _cap_memory()
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        path, rel = job
        conn.send(read_file(Path(path), rel))


def default_timeout() -> float:
    return max(DEFAULT_TIMEOUT_S, budget_seconds() + PAGE_AFTER_BUDGET_S)


class IsolatedReader:
    def __init__(self, timeout_s: float | None = None) -> None:
        self.timeout_s = default_timeout() if timeout_s is None else timeout_s
        self._context = multiprocessing.get_context("fork")
        self._start()

    def _start(self) -> None:
        self._conn, child = self._context.Pipe()
        self._process = self._context.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        child.close()

    def _restart(self) -> None:
        self._process.kill()
        self._process.join()
        self._start()

    def read(self, path: Path, rel: str) -> Document:
        document = self._read(path, rel)
        if document.error == OUT_OF_MEMORY:
            # earlier files may have left the long-lived worker's address space fragmented: a file that
            # does not fit is tried once more in a fresh worker, under the same cap
            self._restart()
            document = self._read(path, rel)
        return document

    def _read(self, path: Path, rel: str) -> Document:
        self._conn.send((str(path), rel))
        if not self._conn.poll(self.timeout_s):
            self._restart()
            return Document(path=rel, media_type="application/octet-stream", status=DocStatus.unreadable,
                            error=f"解析超时（超过 {self.timeout_s:.0f} 秒），疑似异常文件")
        try:
            return self._conn.recv()
        except (EOFError, OSError):
            self._restart()
            return Document(path=rel, media_type="application/octet-stream", status=DocStatus.unreadable,
                            error="解析进程异常退出（内存超限或文件异常）")

    def close(self) -> None:
        try:
            self._conn.send(None)
        except OSError:
            pass
        self._process.join(timeout=2)
        if self._process.is_alive():
            self._process.kill()

    def __enter__(self) -> IsolatedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
