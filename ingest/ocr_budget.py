"""The OCR time a document may use (its own module: the sandbox sizes its time limit by it without
importing the OCR stack)."""

from __future__ import annotations

import os
import time

BUDGET_ENV = "GRANTCHECK_OCR_BUDGET_S"
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
