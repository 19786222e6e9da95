"""A person's decisions, applied while a packet is evaluated (grantcheck.corrections fills them).

    with adjusted(corrections):
        evaluation = evaluate_packet(documents, facts, guide, category)

evaluate_packet asks `current()` for them: figures once resolved (before any condition reads them), checks
before the outcome is drawn. Set for one evaluation, in one context; nothing is set by default.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Protocol

from checklists.checks import Check
from checklists.resolve import Resolved


class Adjustments(Protocol):
    def figures(self, figures: dict[str, Resolved]) -> dict[str, Resolved]: ...

    def checks(self, checks: list[Check]) -> list[Check]: ...


_CURRENT: ContextVar[Adjustments | None] = ContextVar("adjustments", default=None)


@contextmanager
def adjusted(adjustments: Adjustments | None) -> Iterator[None]:
    token = _CURRENT.set(adjustments)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current() -> Adjustments | None:
    return _CURRENT.get()
