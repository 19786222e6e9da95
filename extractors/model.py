"""Facts: what an extractor found, with where it found it and how sure it is."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from pydantic import Field

from grantcheck.model import Frozen, Provenance

Value = Decimal | date | int | str | bool


class Fact(Frozen):
    name: str  # a CONTRACT figure name, or an extractor-private one (equipment_investment ...)
    value: Value
    unit: str  # 万元 | date | text | count | ratio | flag
    confidence: float = Field(ge=0, le=1)
    provenance: Provenance
    precision: str | None = None  # dates: day | month
    attrs: dict[str, str] = Field(default_factory=dict)  # tax: incl|excl, column: 审定 ...


# a cell's place in its page's table; a workbook's cell adds its own address after "@" (t1r5c2@预算!B6)
_CELL = re.compile(r"^(t\d+)r\d+(c\d+)(?:@.*)?$")
_ROW = re.compile(r"^t(\d+)r(\d+)c\d+(?:@.*)?$")
Column = tuple[str, int | None, str]  # document, page, table and column ("t1c3")
Row = tuple[str, int, int, int]  # document, page (0: none), table and row


def table_column(fact: Fact) -> Column | None:
    """The table column a fact was read from (its cell locator without the row), None outside tables."""
    match = _CELL.match(fact.provenance.locator or "")
    return (fact.provenance.document, fact.provenance.page, match.group(1) + match.group(2)) if match else None


def table_row(fact: Fact) -> Row | None:
    """The table row a fact was read from (rows of a table continued over pages included), None outside tables;
    rows of one table compare in their order."""
    match = _ROW.match(fact.provenance.locator or "")
    return (fact.provenance.document, fact.provenance.page or 0, int(match.group(1)), int(match.group(2))) \
        if match else None
