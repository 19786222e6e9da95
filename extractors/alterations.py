"""A correction written on a paper: the mark a hand adds beside a struck-through figure ("合计 1,846,125.00 改", a lone
改 where the scan shows the rewrite) or the words saying it was altered (涂改). The guide wants bank copies 字迹清晰无涂改;
the checklists say which materials (checklists.alterations)."""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.model import Fact

ALTERED = "correction_mark"
# a 改 standing alone (not 改造, 修改, 更改, 改为 …), or 涂改 / 更正 not denied (无涂改)
LONE_MARK = re.compile(r"(?<![\u4e00-\u9fff])改(?![\u4e00-\u9fff])")
WORDS = re.compile(r"(?<![无未不])(涂改|手写更正|更正处)")
AMOUNT = re.compile(r"\d[\d,]*\.\d{2}")


def correction_facts(ctx: ExtractContext, base: float = 0.8, extractor: str = "paper.correction.v1") -> list[Fact]:
    """A lone 改 on a line that states an amount, or words saying the paper was altered."""
    facts = []
    for unit in ctx.units:
        if unit.in_table:
            continue
        mark = LONE_MARK.search(unit.text) if AMOUNT.search(unit.text) else None
        mark = mark or WORDS.search(unit.text)
        if mark is not None:
            facts.append(Fact(name=ALTERED, value=unit.text, unit="text", confidence=base,
                              provenance=unit.provenance.model_copy(update={"extractor": extractor})))
    return facts
