"""The intake registry (SQLite): every packet verified, by content, with what it claims.

A later intake of the same round opens the same file and sees the earlier packets' invoices and
projects; a packet already verified with the same content, guide and category is not verified again.
One row per packet source (its path): a corrected resubmission at the same path replaces the old row.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS packets (
    source TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    intake TEXT NOT NULL,
    result TEXT NOT NULL,
    verified_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS packets_key ON packets(key);
"""
CHUNK = 1 << 20


def _hash_file(path: Path, digest: Any) -> None:
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)


def content_hash(path: Path) -> str:
    """sha256 of a zip's bytes, or of a folder's relative names and file contents (links by target)."""
    digest = hashlib.sha256()
    if path.is_dir():
        for item in sorted(path.rglob("*")):
            rel = item.relative_to(path).as_posix().encode("utf-8", "surrogateescape")
            if item.is_symlink():
                digest.update(
                    b"L" + rel + b"\0" + str(item.readlink()).encode("utf-8", "surrogateescape") + b"\0"
                )
            elif item.is_file():
                digest.update(b"F" + rel + b"\0")
                _hash_file(item, digest)
    else:
        _hash_file(path, digest)
    return digest.hexdigest()


def job_key(content: str, guide: str, category: str | None) -> str:
    return hashlib.sha256(f"{content}|{guide}|{category or ''}".encode()).hexdigest()


class Registry:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)

    def cached(self, key: str) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT result FROM packets WHERE key = ? ORDER BY verified_at DESC LIMIT 1", (key,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def store(self, source: str, key: str, label: str, intake: str, result: dict[str, Any]) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO packets VALUES (?, ?, ?, ?, ?, ?)",
                (source, key, label, intake, json.dumps(result, ensure_ascii=False), time.time()),
            )

    def others(self, sources: set[str]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """Packets of earlier intakes: (source, label, intake, result), those in `sources` left out."""
        for source, label, intake, result in self._db.execute(
            "SELECT source, label, intake, result FROM packets ORDER BY source"
        ):
            if source not in sources:
                yield source, label, intake, json.loads(result)

    def close(self) -> None:
        self._db.close()
