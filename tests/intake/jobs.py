"""Stand-in per-packet jobs for engine tests (imported by spawned workers: keep it light)."""

from __future__ import annotations

import os
import time


def misbehaving_job(path: str, label: str, guide: str, category: str | None) -> dict:
    if label == "crash":
        os._exit(3)
    if label == "raise":
        raise ValueError("stand-in failure")
    if label == "hang":
        time.sleep(60)
    return {
        "label": label,
        "report": {"packet": label},
        "invoices": [],
        "project": None,
        "error": None,
        "refused": False,
    }
