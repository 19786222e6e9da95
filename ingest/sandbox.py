"""Parse files in a child process with a time limit and a memory cap.

A crafted PDF can keep pdfminer busy for minutes or exhaust memory; the child is
killed and restarted, the file is reported unreadable, the rest of the packet goes on.
One long-lived child serves all files, so the fork cost is paid once per packet.

OCR runs in the same child. Its peak is up to about 1.05 GB of address space above the child's
baseline (onnxruntime's mapped models and buffers) for a dense A4 scan, about 740 MB of it resident,
once glibc is kept from reserving a 64 MB malloc arena per thread. The cap is on address space, which
counts those reservations, so it is set at 1.5 GB above the baseline: what a file can really occupy
stays near 1 GB. A file that still does not fit is retried once in a fresh worker, then reported.
Scans are OCR'd within a time budget (`scan.py`) that ends well before the timeout.

Time is the worker's CPU time, so a busy machine (other packets, other services on the same cores) does not
push a legitimate scan over its limit; a worker that sits idle without answering (a hang that burns no CPU)
is stopped by a wall-clock ceiling of WALL_CEILING times the limit.

`read_isolated` reads many files with a pool of such workers (one per core by default), each file under
the same timeout and cap; a worker can run more than the reader on each file (`job`), e.g. classify and
extract, so that work is spread over the cores too. The batch command and the service can call it as is.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import resource
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from ingest.model import DocStatus, Document
from ingest.ocr_budget import allow_threads, budget_seconds
from ingest.read import OUT_OF_MEMORY, read_file

DEFAULT_TIMEOUT_S = 15.0
WALL_CEILING = 4.0  # a worker using no CPU is stopped after this many times its CPU limit
POLL_S = 0.25
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
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
    which never fork, get one. The OCR stack (numpy) is imported only by a worker that meets a page
    needing it."""
    ocr = sys.modules.get("ingest.ocr")
    if ocr is not None:  # an engine this process may have built before forking
        ocr.engine.cache_clear()
    allow_threads()


# what a worker does with one file: its Document and more, or a Split
Job = Callable[[Path, str], "tuple[Document, Any] | Split"]
Task = tuple[Callable[..., Any], tuple[Any, ...]]  # a module-level function and its arguments, for a worker
TIMED_OUT = "解析超时（计算时间超过 {:.0f} 秒），疑似异常文件"


def read_only(path: Path, rel: str) -> tuple[Document, None]:
    return read_file(path, rel), None


PR_SET_PDEATHSIG = 1  # prctl option: a signal for this process when its parent dies


def _die_with(parent: int) -> None:
    """The worker dies with the process that forked it: it holds a copy of that process's end of their pipe
    (fork copies every descriptor), so the pipe alone would never tell it, and a killed parent (a service
    stopped with SIGKILL) would leave it waiting forever."""
    try:
        ctypes.CDLL("libc.so.6").prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def _serve(conn: Connection, job: Job, parent: int) -> None:
    _die_with(parent)
    _ocr_in_worker()
    _cap_memory()
    while True:
        try:
            task = conn.recv()
        except EOFError:  # this process's parent has gone
            return
        function, args = task
        conn.send(job(Path(args[0]), args[1]) if function is None else function(*args))


def default_timeout() -> float:
    return max(DEFAULT_TIMEOUT_S, budget_seconds() + PAGE_AFTER_BUDGET_S)


def _failed(rel: str, error: str) -> tuple[Document, None]:
    return Document(path=rel, media_type="application/octet-stream", status=DocStatus.unreadable,
                    error=error), None


def _cpu_seconds(pid: int | None) -> float:
    """CPU time (user + system, all threads) a live process has used; 0 where /proc cannot tell."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (OSError, IndexError, ValueError):
        return 0.0


class IsolatedReader:
    """One worker process; `read` gives a file's Document, `run` what `job` gives for it."""

    def __init__(self, timeout_s: float | None = None, job: Job = read_only) -> None:
        self.timeout_s = default_timeout() if timeout_s is None else timeout_s
        self._job = job
        self._sent = (0.0, 0.0)  # wall clock and worker CPU seconds when the current file was sent
        self._context = multiprocessing.get_context("fork")
        self._start()

    def _start(self) -> None:
        self._conn, child = self._context.Pipe()
        self._process = self._context.Process(target=_serve, args=(child, self._job, os.getpid()), daemon=True)
        self._process.start()
        child.close()

    def _restart(self) -> None:
        self._process.kill()
        self._process.join()
        self._start()

    def read(self, path: Path, rel: str) -> Document:
        return self.run(path, rel)[0]

    def run(self, path: Path, rel: str) -> tuple[Document, Any]:
        self.send(path, rel)
        if not self._answered():
            return self.timed_out(path, rel)
        return self.receive(path, rel)

    def send(self, path: Path, rel: str, task: Task | None = None) -> None:
        """The job on the file, or `task` (a module-level function and its arguments) for it."""
        self._message = (None, (str(path), rel)) if task is None else task
        self._conn.send(self._message)
        self._sent = (time.monotonic(), _cpu_seconds(self._process.pid))

    def cpu_used(self) -> float:
        """CPU seconds the worker has used on what was sent last."""
        return _cpu_seconds(self._process.pid) - self._sent[1]

    def over_wall(self) -> bool:
        return time.monotonic() - self._sent[0] > WALL_CEILING * self.timeout_s

    def over_time(self, spent: float = 0.0) -> bool:
        """What was sent last has used more CPU than the limit (less `spent` on the file elsewhere), or more
        wall time than the ceiling."""
        return spent + self.cpu_used() > self.timeout_s or self.over_wall()

    def _answered(self) -> bool:
        while not self._conn.poll(min(POLL_S, self.timeout_s)):
            if self.over_time():
                return False
        return True

    @property
    def connection(self) -> Connection:
        return self._conn

    def timed_out(self, path: Path, rel: str) -> tuple[Document, None]:
        self._restart()
        return _failed(rel, TIMED_OUT.format(self.timeout_s))

    def receive(self, path: Path, rel: str, retry: bool = True) -> tuple[Document, Any]:
        """The answer to `send(path, rel)`, which has arrived; a file that ran out of memory is tried once
        more in a fresh worker (earlier files may have left the long-lived worker's address space
        fragmented), under the same cap."""
        try:
            result = self._conn.recv()
        except (EOFError, OSError):
            self._restart()
            return _failed(rel, "解析进程异常退出（内存超限或文件异常）")
        if retry and isinstance(result, tuple) and result[0].error == OUT_OF_MEMORY:
            self._restart()
            message = self._message
            self.send(path, rel, message if message[0] is not None else None)
            if not self._answered():
                return self.timed_out(path, rel)
            return self.receive(path, rel, retry=False)
        return result

    def close(self) -> None:
        """Stop the worker. It holds nothing to save, and every answer it gave has been received: it is
        killed rather than asked to exit, which would have this process wait while it tears down its heap
        (tens of milliseconds at the end of every packet)."""
        self._process.kill()
        self._process.join()
        self._conn.close()

    def __enter__(self) -> IsolatedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def read_isolated(files: Sequence[tuple[Path, str]], workers: int | None = None, job: Job = read_only,
                  timeout_s: float | None = None) -> list[tuple[Document, Any]]:
    """`job(path, rel)` for each (path, rel) in `files`, in a pool of `workers` isolated worker processes
    (default: the cores available), each file under the timeout and the memory cap; results in order."""
    results: list[tuple[Document, Any]] = [None] * len(files)  # type: ignore[list-item]
    for index, result in iter_isolated(files, workers, job, timeout_s):
        results[index] = result
    return results


def iter_isolated(files: Sequence[tuple[Path, str]], workers: int | None = None, job: Job = read_only,
                  timeout_s: float | None = None, meanwhile: Callable[[], object] | None = None
                  ) -> Iterator[tuple[int, tuple[Document, Any]]]:
    """As `read_isolated`, each result as (its index in `files`, result) as soon as it is there; the caller
    may work on one while the workers read the next files (its work then competes with theirs for the
    cores; time limits count each worker's own CPU time). `meanwhile` is called once, in this process,
    as soon as the workers have their first files (what the caller needs later: its own imports), and
    before any worker could be restarted (forked again)."""
    if not files:
        if meanwhile is not None:
            meanwhile()
        return
    count = max(1, min(workers or available_cores(), len(files)))
    readers = [IsolatedReader(timeout_s, job) for _ in range(count)]
    try:
        yield from _Pool(readers, list(files)).results(meanwhile)
    finally:
        for reader in readers:
            reader.close()


@dataclass
class Split:
    """A job's answer for a file it read only in part (`first`): the file's other `parts`, each a task any
    worker runs next, then `settle` (in this process) on the answers in order — the file's result, or None:
    then `join` runs as one more task on (path, rel, answers) and gives it. A part the sandbox answered for
    (timed out, its worker died) is that answer. The file's time limit counts all its tasks' CPU time."""

    first: Any
    parts: list[Task]
    settle: Callable[[Path, str, list[Any]], tuple[Document, Any] | None]
    join: Callable[[Path, str, list[Any]], tuple[Document, Any]]


@dataclass
class _Work:
    file: int
    task: Task | None = None  # None: the job on the file
    slot: int | None = None  # the part's place among the file's answers; None: the file's job or its join


@dataclass
class _Parts:
    split: Split
    answers: list[Any]
    left: int


class _Pool:
    def __init__(self, readers: list[IsolatedReader], files: list[tuple[Path, str]]) -> None:
        self.files = files
        self.waiting = deque(_Work(index) for index in range(len(files)))
        self.busy: dict[int, tuple[IsolatedReader, _Work]] = {}  # id of the worker → it and its work
        self.idle = list(readers)
        self.timeout_s = readers[0].timeout_s
        self.spent: dict[int, float] = {}  # CPU seconds of a file's finished tasks
        self.parts: dict[int, _Parts] = {}

    def results(self, meanwhile: Callable[[], object] | None = None) -> Iterator[tuple[int, tuple[Document, Any]]]:
        self._dispatch()
        if meanwhile is not None:
            meanwhile()
        while self.busy:
            finished = self._collect()
            self._dispatch()  # idle workers go on while the caller works on what came back
            yield from finished

    def _dispatch(self) -> None:
        while self.idle and self.waiting:
            work, reader = self.waiting.popleft(), self.idle.pop()
            reader.send(*self.files[work.file], work.task)
            self.busy[id(reader)] = (reader, work)

    def _collect(self) -> list[tuple[int, tuple[Document, Any]]]:
        poll = min([POLL_S] + [reader.timeout_s for reader, _ in self.busy.values()])
        ready = set(wait([reader.connection for reader, _ in self.busy.values()], poll))
        finished = []
        for key, (reader, work) in list(self.busy.items()):
            if key not in self.busy:  # stopped with another task of its file
                continue
            if reader.connection in ready:
                used = reader.cpu_used()
                answer = reader.receive(*self.files[work.file])
                self.spent[work.file] = self.spent.get(work.file, 0.0) + used
                self._free(key)
                finished.extend(self._answered(work, answer))
            elif self._over_time(work.file, reader):
                finished.extend(self._timed_out(work.file))
        return finished

    def _free(self, key: int) -> None:
        reader, _ = self.busy.pop(key)
        self.idle.append(reader)

    def _over_time(self, file: int, reader: IsolatedReader) -> bool:
        others = sum(r.cpu_used() for r, w in self.busy.values() if w.file == file and r is not reader)
        return reader.over_time(self.spent.get(file, 0.0) + others)

    def _timed_out(self, file: int) -> list[tuple[int, tuple[Document, Any]]]:
        """Every running task of the file stopped, its waiting parts dropped: each answered as timed out."""
        finished = []
        for key, (reader, work) in list(self.busy.items()):
            if work.file == file:
                answer = reader.timed_out(*self.files[file])
                self._free(key)
                finished.extend(self._answered(work, answer))
        for work in [w for w in self.waiting if w.file == file]:
            self.waiting.remove(work)
            answer = _failed(self.files[file][1], TIMED_OUT.format(self.timeout_s))
            finished.extend(self._answered(work, answer))
        return finished

    def _answered(self, work: _Work, answer: Any) -> list[tuple[int, tuple[Document, Any]]]:
        if isinstance(answer, Split):
            answers = [answer.first] + [None] * len(answer.parts)
            parts = self.parts[work.file] = _Parts(answer, answers, len(answer.parts))
            self.waiting.extendleft(reversed([_Work(work.file, task, slot)
                                              for slot, task in enumerate(answer.parts, start=1)]))
        elif work.slot is None:
            return [(work.file, answer)]
        else:
            parts = self.parts[work.file]
            parts.answers[work.slot] = answer
            parts.left -= 1
        if parts.left:
            return []
        path, rel = self.files[work.file]
        settled = parts.split.settle(path, rel, parts.answers)
        if settled is not None:
            return [(work.file, settled)]
        self.waiting.appendleft(_Work(work.file, (parts.split.join, (str(path), rel, parts.answers))))
        return []
