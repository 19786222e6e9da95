"""What runs first in a service worker process (kept light: a worker imports this before anything)."""

from __future__ import annotations

import ctypes
import importlib
import os
import signal

PR_SET_PDEATHSIG = 1


def worker_init(service_pid: int) -> None:
    """A worker dies with the service (a killed service leaves no orphans behind), also when the
    service died while the worker was still starting."""
    try:
        ctypes.CDLL("libc.so.6").prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != service_pid:
        os._exit(1)


def warm(module: str) -> None:
    """The job's module imported before the first job comes."""
    importlib.import_module(module)
