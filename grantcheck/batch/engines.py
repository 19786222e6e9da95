"""Engines that run the per-packet job (`job.verify_packet`): a local process pool, or Dask.

Both yield `(index, result)` as packets finish; the results do not depend on the engine.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from grantcheck.batch.job import verify_packet

log = logging.getLogger("grantcheck.batch")
TASKS_PER_CHILD = 25  # a worker is replaced now and then, so what one packet leaks does not pile up
CRASHED = "核验进程异常退出（材料包可能导致解析器崩溃），已跳过"
CONNECT_TIMEOUT_S = 20
PACKET_TIMEOUT_S = 1800.0  # files are timed out one by one in the sandbox; this bounds everything else


@dataclass(frozen=True)
class Task:
    path: str
    label: str
    guide: str = "jiangsu-2023"
    category: str | None = None

    def args(self) -> tuple[str, str, str, str | None]:
        return self.path, self.label, self.guide, self.category


class EngineError(Exception):
    """The engine itself cannot run (a scheduler out of reach); message in Chinese."""


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _crashed(task: Task, error: str = CRASHED) -> dict[str, Any]:
    return {
        "label": task.label,
        "report": None,
        "invoices": [],
        "project": None,
        "error": error,
        "refused": False,
        "seconds": None,
    }


def _timed_out(timeout: float) -> str:
    return f"核验超时（超过 {timeout:.0f} 秒），已跳过"


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()


def _result(future: Future, task: Task) -> dict[str, Any]:
    """The job's result; a job that raised (it should not: the job catches) is the packet's error."""
    try:
        return future.result()
    except BrokenProcessPool:
        raise
    except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
        return _crashed(task, f"核验出错（{type(exc).__name__}）：{exc}")


class LocalEngine:
    """A process pool. A packet that kills its worker (or outlives the timeout, whose workers are then
    killed) breaks the pool: the pool is rebuilt, and the packets that were in flight are run again one
    at a time, so only the culprit gets the error."""

    def __init__(
        self, workers: int, timeout: float = PACKET_TIMEOUT_S, job: Callable[..., dict] = verify_packet
    ) -> None:
        self.workers, self.timeout, self.job = workers, timeout, job
        self._context = multiprocessing.get_context("spawn")

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=self._context, max_tasks_per_child=TASKS_PER_CHILD)

    def run(self, tasks: list[Task]) -> Iterator[tuple[int, dict[str, Any]]]:
        pending = list(range(len(tasks)))[::-1]
        while pending:
            pool = self._pool(self.workers)
            running: dict[Future, tuple[int, float]] = {}
            suspects: list[int] = []
            try:
                while pending or running:
                    while pending and len(running) < self.workers:  # in flight = started: timed from submit
                        index = pending.pop()
                        running[pool.submit(self.job, *tasks[index].args())] = (index, time.monotonic())
                    done, _ = wait(running, timeout=5.0, return_when=FIRST_COMPLETED)
                    for future in done:
                        result = _result(future, tasks[running[future][0]])  # a broken pool raises here
                        yield running.pop(future)[0], result
                    if any(time.monotonic() - started > self.timeout for _, started in running.values()):
                        _kill_workers(pool)
            except BrokenProcessPool:
                log.warning("a worker died; %d packets in flight are run again one by one", len(running))
                suspects = sorted(index for index, _ in running.values())
            finally:
                pool.shutdown(wait=False, cancel_futures=True)
            yield from self._one_by_one(tasks, suspects)

    def _one_by_one(self, tasks: list[Task], suspects: list[int]) -> Iterator[tuple[int, dict[str, Any]]]:
        for index in suspects:
            pool = self._pool(1)
            try:
                future = pool.submit(self.job, *tasks[index].args())
                wait([future], timeout=self.timeout)
                if not future.done():
                    raise FutureTimeout
                yield index, _result(future, tasks[index])
            except BrokenProcessPool:
                yield index, _crashed(tasks[index])
            except FutureTimeout:
                _kill_workers(pool)
                yield index, _crashed(tasks[index], _timed_out(self.timeout))
            finally:
                pool.shutdown(wait=False, cancel_futures=True)


class DaskEngine:
    """The same job on dask.distributed: the scheduler at `address`, or a LocalCluster of `workers`
    processes. Workers must see the packets at the same paths (shared storage)."""

    def __init__(self, workers: int, address: str | None = None) -> None:
        self.workers = workers
        self.address = address

    def run(self, tasks: list[Task]) -> Iterator[tuple[int, dict[str, Any]]]:
        import dask
        from distributed import Client, LocalCluster, as_completed
        from distributed.client import FutureCancelledError

        # the job forks its file sandbox: a daemonic worker process could not
        with dask.config.set({"distributed.worker.daemon": False}):
            cluster = (
                None
                if self.address
                else LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            )
            try:
                client = Client(self.address or cluster, timeout=CONNECT_TIMEOUT_S)
            except (OSError, TimeoutError) as exc:
                raise EngineError(f"无法连接 Dask 调度器 {self.address}：{exc}") from exc
            try:
                futures = {
                    client.submit(verify_packet, *t.args(), key=f"packet-{i}-{t.label}", pure=False): i
                    for i, t in enumerate(tasks)
                }
                for future in as_completed(futures):
                    index = futures[future]
                    try:
                        yield index, future.result()
                    except (FutureCancelledError, Exception) as exc:  # noqa: BLE001 - KilledWorker and kin
                        log.warning(
                            "packet %s failed on the cluster: %s", tasks[index].label, type(exc).__name__
                        )
                        yield index, _crashed(tasks[index])
            finally:
                client.close()
                if cluster is not None:
                    cluster.close()
