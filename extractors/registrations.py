"""When a registration authority granted a change of shareholders (准予变更登记通知书, 变更登记情况): for a merger,
the date its 工商变更 was completed, which a contract's 交割日 or a 章程修正案's date does not replace."""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.forms import closes_on_a_date
from extractors.model import Fact

EXTRACTOR = "registration.change_date.v1"
# what the change was: shareholders, their holdings or contributions (not a name, address or scope alone)
SHARE_CHANGE = re.compile(r"股东|投资人|股权|出资(?:人|额|比例|情况)|发起人")
DATED = re.compile(r"(?:核准|准予|变更|登记)(?:变更)?(?:登记)?(?:日期|时间)")


def share_change_date_facts(ctx: ExtractContext) -> list[Fact]:
    """The date a labelled 核准日期/变更日期 gives, else the date the notice closes on (its 落款)."""
    if not SHARE_CHANGE.search("".join(u.text for u in ctx.units)):
        return []
    found = ctx.units_with_entities()
    labelled = [(u, f) for u, f in found if DATED.search(u.label + u.text) and any(e.label == "DATE" for e in f)]
    closing = [(u, f) for u, f in found if not u.in_table and closes_on_a_date(u.text, f)]
    for unit, entities in (labelled or closing[-1:]):
        day = [e for e in entities if e.label == "DATE" and e.value.precision == "day"]  # type: ignore[attr-defined]
        if day:
            mention = day[-1].value
            return [Fact(name="registration_change_date", value=mention.value, unit="date",  # type: ignore[attr-defined]
                         precision="day", confidence=0.9,
                         provenance=unit.provenance.model_copy(update={"extractor": EXTRACTOR}))]
    return []
