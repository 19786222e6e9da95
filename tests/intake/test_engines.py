"""The local engine goes on past a packet that kills its worker or hangs; only that packet fails."""

from __future__ import annotations

from grantcheck.batch.engines import LocalEngine, Task
from tests.intake.jobs import misbehaving_job


def test_crash_and_hang_fail_alone() -> None:
    labels = ["a", "crash", "b", "hang", "c", "raise", "d"]
    engine = LocalEngine(2, timeout=6.0, job=misbehaving_job)
    results = dict(engine.run([Task(f"/nowhere/{label}", label) for label in labels]))
    assert sorted(results) == list(range(len(labels)))
    errors = {labels[i]: r["error"] for i, r in results.items()}
    assert "异常退出" in errors["crash"] and "超时" in errors["hang"] and "ValueError" in errors["raise"]
    assert all(errors[label] is None for label in "abcd")
