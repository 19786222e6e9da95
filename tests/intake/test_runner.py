"""The service's runner: a packet that kills its worker or hangs fails alone; the others are verified."""

from __future__ import annotations

import time
from pathlib import Path

from grantcheck.service.runner import CRASHED, Runner
from grantcheck.service.store import Store
from tests.intake.jobs import misbehaving_job


def test_crash_and_hang_fail_alone(tmp_path: Path) -> None:
    store = Store(tmp_path)
    ids = {name: store.add("org", "fp", "0" * 64, name, None) for name in ("a", "crash", "b", "hang", "c")}
    runner = Runner(store, 2, "jiangsu-2023", job_timeout=5.0, job=misbehaving_job)
    runner.start()
    try:
        deadline = time.monotonic() + 120
        while any(store.get(i).status in ("queued", "running") for i in ids.values()):
            assert time.monotonic() < deadline
            time.sleep(0.2)
    finally:
        runner.stop()
    jobs = {name: store.get(i) for name, i in ids.items()}
    assert jobs["crash"].status == "failed" and jobs["crash"].error == CRASHED
    assert jobs["hang"].status == "failed" and "超时" in jobs["hang"].error
    assert all(jobs[name].status == "done" for name in "abc"), {
        n: (j.status, j.error) for n, j in jobs.items()
    }
