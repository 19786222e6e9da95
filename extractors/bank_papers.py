"""A bank's own paper (利息清单, 利息回单) states its amounts in 元 whether or not it says so: a column of interest
or amounts whose header names no unit ("利息金额") holds 元, as the bank's ledger does. Other columns (计息本金,
利率, 账号) are left as they are; a paper naming another currency anywhere (外币, 币种 USD) is left as it is whole."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from extractors.amount import FOREIGN
from extractors.context import ExtractContext
from extractors.units import FOREIGN_COLUMN, Unit, document_units

BANK_PAPERS = frozenset({"interest_statement"})
MONEY_COLUMN = re.compile(r"利息(?!率)|金额|发生额")
OTHER_CURRENCY = re.compile(FOREIGN + r"|外币|外汇", re.I)


@dataclass
class BankPaperContext(ExtractContext):
    @cached_property
    def units(self) -> list[Unit]:
        return [replace(u, default_unit="元") if u.in_table and u.default_unit is None and MONEY_COLUMN.search(u.column)
                and not FOREIGN_COLUMN.search(u.column) else u for u in document_units(self.document)]


def context_for(document) -> ExtractContext:  # noqa: ANN001 - ingest.model.Document
    in_yuan = document.kind in BANK_PAPERS and not OTHER_CURRENCY.search(document.text)
    return BankPaperContext(document) if in_yuan else ExtractContext(document)
