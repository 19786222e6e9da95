"""Jobs and their results in SQLite (WAL) under the data directory; uploads stored by content hash.

Nothing accepted is lost: a job is written before the 202, and a job found `running` when the
service starts (the previous process died) is queued again.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT UNIQUE NOT NULL,
    org TEXT NOT NULL,
    token TEXT NOT NULL,
    upload TEXT NOT NULL,
    filename TEXT NOT NULL,
    category TEXT,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL,
    started REAL,
    finished REAL,
    report TEXT,
    error TEXT
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, seq);
"""


@dataclass(frozen=True)
class Job:
    id: str
    org: str
    upload: str
    filename: str
    category: str | None
    status: str
    attempts: int
    created: float
    finished: float | None
    report: str | None
    error: str | None


COLUMNS = "id, org, upload, filename, category, status, attempts, created, finished, report, error"


class Store:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.uploads = data_dir / "uploads"
        self.tmp = data_dir / "tmp"
        for folder in (self.uploads, self.tmp):
            folder.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(
            data_dir / "grantcheck.sqlite", check_same_thread=False, isolation_level=None
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()

    def upload_path(self, digest: str) -> Path:
        return self.uploads / digest[:2] / f"{digest}.zip"

    def _one(self, sql: str, args: tuple[Any, ...]) -> Job | None:
        with self._lock:
            row = self._db.execute(sql, args).fetchone()
        return Job(*row) if row else None

    def add(self, org: str, token: str, upload: str, filename: str, category: str | None) -> str:
        job_id = secrets.token_hex(12)
        with self._lock:
            self._db.execute(
                "INSERT INTO jobs (id, org, token, upload, filename, category, status, created) "
                "VALUES (?, ?, ?, ?, ?, ?, 'queued', ?)",
                (job_id, org, token, upload, filename, category, time.time()),
            )
        return job_id

    def get(self, job_id: str) -> Job | None:
        return self._one(f"SELECT {COLUMNS} FROM jobs WHERE id = ?", (job_id,))

    def queued(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM jobs WHERE status = 'queued'").fetchone()[0]

    def claim(self) -> Job | None:
        """The oldest queued job, now running (its attempts counted)."""
        with self._lock:
            row = self._db.execute(
                "UPDATE jobs SET status = 'running', attempts = attempts + 1, started = ? "
                "WHERE seq = (SELECT seq FROM jobs WHERE status = 'queued' ORDER BY seq LIMIT 1) "
                f"RETURNING {COLUMNS}",
                (time.time(),),
            ).fetchone()
        return Job(*row) if row else None

    def finish(self, job_id: str, report: dict[str, Any] | None, error: str | None) -> None:
        status = "done" if report is not None else "failed"
        text = json.dumps(report, ensure_ascii=False) if report is not None else None
        with self._lock:
            self._db.execute(
                "UPDATE jobs SET status = ?, report = ?, error = ?, finished = ? WHERE id = ?",
                (status, text, error, time.time(), job_id),
            )

    def requeue(self, job_id: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE jobs SET status = 'queued' WHERE id = ? AND status = 'running'", (job_id,)
            )

    def requeue_running(self) -> int:
        with self._lock:
            return self._db.execute("UPDATE jobs SET status = 'queued' WHERE status = 'running'").rowcount

    def close(self) -> None:
        with self._lock:
            self._db.close()
