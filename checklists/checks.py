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
    shortfall: dict | None = None  # a failed threshold: {"value": 13.7, "unit": "万元"} (checklists.shortfall)
