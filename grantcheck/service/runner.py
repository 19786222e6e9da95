"""Runs queued jobs in worker processes, so a hostile packet cannot take the service down.

A dispatcher thread claims jobs from the store and hands them to a process pool running the same
per-packet job as `batch`. A worker that dies breaks the pool: the pool is rebuilt and the jobs that
were in flight are queued again; a job tried before (a crash, a restart) then runs alone, so a crash
while it runs alone is its own — it fails. A job past the time limit has its workers killed and fails.
A job with a file that ran out of parsing time is also tried once more, alone.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from grantcheck.batch.job import timed_out_files, verify_packet
from grantcheck.service.store import Job, Store
from grantcheck.service.workers import warm, worker_init

log = logging.getLogger("grantcheck.service")
MAX_ATTEMPTS = 3
CRASHED = "核验进程异常退出（材料包可能导致解析器崩溃）"


@dataclass
class _Flight:
    job: Job
    started: float


class Runner:
    def __init__(
        self,
        store: Store,
        workers: int,
        guide: str,
        job_timeout: float = 600.0,
        job: Callable[..., dict] = verify_packet,
    ) -> None:
        self.store, self.workers, self.guide, self.job_timeout, self.job = (
            store,
            workers,
            guide,
            job_timeout,
            job,
        )
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="grantcheck-dispatcher", daemon=True)
        self._context = multiprocessing.get_context("spawn")
        self._pool: ProcessPoolExecutor | None = None
        self._flights: dict[Future, _Flight] = {}
        self._held: Job | None = None  # a job tried before, waiting to run alone

    def start(self) -> None:
        requeued = self.store.requeue_running()
        if requeued:
            log.info("requeued %d jobs left running by a previous process", requeued)
        self._pool = self._new_pool()
        self._thread.start()

    def notify(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=5)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        for job in [f.job for f in self._flights.values()] + ([self._held] if self._held else []):
            self.store.requeue(job.id)

    def _new_pool(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(
            self.workers,
            mp_context=self._context,
            initializer=worker_init,
            initargs=(os.getpid(),),
            max_tasks_per_child=50,
        )
        self._warming = [pool.submit(warm, self.job.__module__) for _ in range(self.workers)]
        self._warm_at: float | None = None
        return pool

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self._fill()
                if not self._flights:
                    self._wake.wait(0.5)
                    self._wake.clear()
                    continue
                done, _ = wait(list(self._flights), timeout=0.5, return_when=FIRST_COMPLETED)
                self._collect(done)
                self._enforce_timeout()
            except Exception:  # noqa: BLE001 - the dispatcher must survive anything
                log.exception("dispatcher error")
                time.sleep(0.5)

    def _fill(self) -> None:
        while len(self._flights) < self.workers:
            job = self._held or self.store.claim()
            if job is None:
                return
            if job.attempts > MAX_ATTEMPTS:
                self._held = None
                self.store.finish(job.id, None, CRASHED)
                continue
            if job.attempts > 1 and self._flights:  # tried before: it runs alone
                self._held = job
                return
            self._held = None
            self._submit(job)
            if job.attempts > 1:
                return

    def _submit(self, job: Job) -> None:
        assert self._pool is not None
        path = str(self.store.upload_path(job.upload))
        future = self._pool.submit(self.job, path, job.filename, self.guide, job.category)
        self._flights[future] = _Flight(job, time.monotonic())

    def _collect(self, done: set[Future]) -> None:
        for future in done:
            flight = self._flights.pop(future)
            try:
                result = future.result()
            except BrokenProcessPool:
                self._flights[future] = flight
                self._broken()
                return
            except Exception as exc:  # noqa: BLE001 - a job's failure is the job's
                self.store.finish(flight.job.id, None, f"核验出错（{type(exc).__name__}）")
                continue
            if timed_out_files(result) and flight.job.attempts == 1:
                self.store.requeue(flight.job.id)  # tried again alone: the CPU was busy, perhaps
                continue
            self.store.finish(flight.job.id, result["report"], result["error"])
            outcome = (result["report"] or {}).get("outcome", "failed")
            log.info("job %s: %s in %.1f s", flight.job.id, outcome, time.monotonic() - flight.started)

    def _broken(self, failed: set[str] | None = None) -> None:
        flights = list(self._flights.values())
        self._flights.clear()
        alone = len(flights) == 1
        for flight in flights:
            if failed and flight.job.id in failed:
                self.store.finish(flight.job.id, None, f"核验超时（超过 {self.job_timeout:.0f} 秒）")
            elif alone and flight.job.attempts > 1:
                self.store.finish(flight.job.id, None, CRASHED)
            else:
                self.store.requeue(flight.job.id)
        log.warning("worker pool broken with %d jobs in flight; rebuilt", len(flights))
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    def _enforce_timeout(self) -> None:
        """Jobs are timed from their submission, but not before the pool's workers have started."""
        now = time.monotonic()
        if self._warm_at is None:
            if not all(f.done() for f in self._warming):
                return
            self._warm_at = now
        late = {
            f.job.id for f in self._flights.values() if now - max(f.started, self._warm_at) > self.job_timeout
        }
        if not late or self._pool is None:
            return
        for process in list(getattr(self._pool, "_processes", {}).values()):
            process.kill()
        self._broken(late)
