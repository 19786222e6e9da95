"""A packet's files read by a pool of isolated workers: results in order, each file under its timeout."""

from __future__ import annotations

import time
from pathlib import Path

from corpus.builders import Doc, write
from ingest.model import DocStatus, Document
from ingest.read import read_file
from ingest.sandbox import iter_isolated, read_isolated


def _pdfs(tmp_path: Path, count: int) -> list[tuple[Path, str]]:
    files = []
    for index in range(count):
        path = tmp_path / f"{index}.pdf"
        write(Doc().para(f"验收意见 第{index}号"), path)
        files.append((path, path.name))
    return files


def _slow_on_first(path: Path, rel: str) -> tuple[Document, None]:
    if rel == "0.pdf":
        time.sleep(60)
    return read_file(path, rel), None


def test_results_come_back_in_the_order_of_the_files(tmp_path: Path) -> None:
    files = _pdfs(tmp_path, 5)
    results = read_isolated(files, workers=2)
    assert [document.path for document, _ in results] == [rel for _, rel in files]
    assert [document.text for document, _ in results] == [read_file(path, rel).text for path, rel in files]


def test_a_hanging_file_times_out_while_the_other_worker_reads_the_rest(tmp_path: Path) -> None:
    files = _pdfs(tmp_path, 4)
    started = time.monotonic()
    finished = [index for index, _ in iter_isolated(files, workers=2, job=_slow_on_first, timeout_s=5)]
    results = read_isolated(files[1:], workers=2, job=_slow_on_first, timeout_s=5)
    assert finished[-1] == 0 and sorted(finished) == [0, 1, 2, 3]
    assert all(document.status == DocStatus.ok for document, _ in results)
    assert time.monotonic() - started < 50


def test_a_hanging_file_is_reported_unreadable(tmp_path: Path) -> None:
    files = _pdfs(tmp_path, 2)
    results = read_isolated(files, workers=2, job=_slow_on_first, timeout_s=2)
    assert results[0][0].status == DocStatus.unreadable and "超时" in (results[0][0].error or "")
    assert results[1][0].status == DocStatus.ok


def test_no_files_no_workers() -> None:
    assert read_isolated([]) == []


def _busy_on_first(path: Path, rel: str) -> tuple[Document, None]:
    if rel == "0.pdf":
        while True:  # a parser spinning on a crafted file
            pass
    return read_file(path, rel), None


def _waits_on_first(path: Path, rel: str) -> tuple[Document, None]:
    if rel == "0.pdf":
        time.sleep(2.5)  # a worker kept off the cores by a busy machine uses wall time, not CPU
    return read_file(path, rel), None


def test_a_file_spinning_the_cpu_is_stopped_at_its_cpu_limit(tmp_path: Path) -> None:
    files = _pdfs(tmp_path, 2)
    started = time.monotonic()
    results = read_isolated(files, workers=2, job=_busy_on_first, timeout_s=2)
    assert results[0][0].status == DocStatus.unreadable and "超时" in (results[0][0].error or "")
    assert results[1][0].status == DocStatus.ok
    assert time.monotonic() - started < 6 * 2  # the CPU limit, not the wall ceiling, stopped it


def test_waiting_for_the_cpu_does_not_use_up_the_limit(tmp_path: Path) -> None:
    files = _pdfs(tmp_path, 2)
    results = read_isolated(files, workers=2, job=_waits_on_first, timeout_s=1.5)
    assert [document.status for document, _ in results] == [DocStatus.ok, DocStatus.ok]


def _running(pid: int) -> bool:
    """Alive and not a zombie (a dead worker its parent did not reap)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_worker_dies_with_the_process_that_forked_it() -> None:
    # a service killed with SIGKILL mid-packet: its file workers must not wait on their pipe forever
    import subprocess
    import sys

    parent = ("import os, sys, time\n"
              "from ingest.sandbox import IsolatedReader\n"
              "reader = IsolatedReader()\n"
              "print(reader._process.pid, flush=True)\n"
              "time.sleep(0.3)\n"
              "os._exit(0)\n")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", parent], cwd=root, capture_output=True, text=True, timeout=60,
                          check=True)
    worker = int(done.stdout.strip())
    deadline = time.monotonic() + 10
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(worker)
