"""An acquisition made in several rounds: the guide counts the last round's payment (分阶段多轮并购以最后一次
并购出资额为准); the earlier rounds are kept under their own name for the reviewer."""

from __future__ import annotations

import re

from extractors.model import Fact

ROUND_AMOUNTS = frozenset({"acquisition_amount", "acquisition_total"})
EARLIER_ROUND = "earlier_round_amount"
_NUMERALS = "一二三四五六七八九"
_NUMBERED = re.compile(r"第\s*([1-9一二三四五六七八九])\s*(轮|次|期|阶段)")
_LAST = re.compile(r"最后一(轮|次|期)|本(轮|次)(并购|收购|交易)")
_FIRST = re.compile(r"首(轮|次)|前次|此前|上一(轮|次)")
LAST = 99


def round_of(context: str) -> int | None:
    numbered = _NUMBERED.findall(context)
    if numbered:
        mark = numbered[-1][0]
        return int(mark) if mark.isdigit() else _NUMERALS.index(mark) + 1
    if _LAST.search(context):
        return LAST
    return 1 if _FIRST.search(context) else None


def last_round(facts: list[Fact]) -> list[Fact]:
    rounds = {id(f): round_of(f.attrs.get("context", "")) for f in facts if f.name in ROUND_AMOUNTS}
    stated = [r for r in rounds.values() if r is not None]
    if len(set(stated)) < 2:
        return facts
    latest = max(stated)
    return [f.model_copy(update={"name": EARLIER_ROUND, "attrs": {**f.attrs, "figure": f.name}})
            if rounds.get(id(f)) is not None and rounds[id(f)] < latest else f for f in facts]  # type: ignore[operator]
