"""A partner's money named in the applicant's own statement ("3279.00（全部为申报单位自筹，合作单位投入260.00万元
另计）", "其中东吴理工大学自筹260万元"): the amount whose own clause says a partner puts it in is the partner's,
never the applicant's total, whatever the row or label it stands under. A clause where the applicant works
with a partner ("与南京大学合作投入研发经费3,500万元") is the applicant's."""

from __future__ import annotations

import re

from extractors.breakdown import NETTABLE
from extractors.lexicon import PARTNER_WORDS
from extractors.model import Fact

# the partner, then (within its clause) the money it puts in, right before the amount
PARTNERS_MONEY = re.compile(rf"(?:{PARTNER_WORDS}|联合(?:申报|承担)?单位|共建单位|科研院所)"
                            r"[^，,。；;:：]{0,12}?(?:自筹|投入|出资|承担|配套|负担|投资)[^，,。；;:：]{0,6}$")
WITH_PARTNER = re.compile(r"[与和同]|联合|共同|携手")


def partners_money(context: str) -> bool:
    found = PARTNERS_MONEY.search(context)
    if found is None:
        return False
    clause = re.split(r"[，,。；;:：\s]", context[:found.start()])[-1]
    return not WITH_PARTNER.search(clause)


def partners_apart(facts: list[Fact]) -> list[Fact]:
    """The applicant's totals without the partner's amounts read under their names."""
    return [f for f in facts if not (f.name in NETTABLE and partners_money(f.attrs.get("context", "")))]
