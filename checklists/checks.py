"""The result of one condition, as the report shows it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Check:
    id: str
    status: str  # pass | fail | missing | review
    message: str  # Chinese
    figures: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    expected: str | None = None
    actual: str | None = None
