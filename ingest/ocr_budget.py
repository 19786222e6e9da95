"""What OCR may use: a document's OCR time and the engine's threads (their own module: the sandbox sizes its
time limit by the one and grants the other without importing the OCR stack and numpy)."""

from __future__ import annotations

import os
import time

BUDGET_ENV = "GRANTCHECK_OCR_BUDGET_S"
THREADS_ENV = "GRANTCHECK_OCR_THREADS"
DEFAULT_BUDGET_S = 8.0  # a page started before this runs to its end (sandbox timeout is 15 s)


def budget_seconds() -> float:
    """OCR time per document: `GRANTCHECK_OCR_BUDGET_S`, else DEFAULT_BUDGET_S."""
    try:
        return max(0.0, float(os.environ.get(BUDGET_ENV, DEFAULT_BUDGET_S)))
    except ValueError:
        return DEFAULT_BUDGET_S


class OcrBudget:
    """OCR seconds a document may use, counted in this process's CPU time (all threads): a busy machine
    slows a scan down without using up its budget."""

    def __init__(self, seconds: float | None = None) -> None:
        self.deadline = time.process_time() + (budget_seconds() if seconds is None else seconds)

    def left(self) -> bool:
        return time.process_time() < self.deadline


_threads_allowed = False  # set in sandbox workers (and benchmarks): processes that never fork


def allow_threads() -> None:
    global _threads_allowed
    _threads_allowed = True


def threads() -> int:
    """onnxruntime intra-op threads: 1, or `GRANTCHECK_OCR_THREADS` in a process allowed threads
    (a process that ran onnxruntime with a thread pool hangs the children it forks)."""
    if not _threads_allowed:
        return 1
    try:
        return max(1, min(16, int(os.environ.get(THREADS_ENV, "1"))))
    except ValueError:
        return 1
