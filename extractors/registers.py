"""A register of software copyrights (登记清单, 证书列表): one row per registration number (2021SR0112408),
counted as the guide counts them — what the applicant acquired by transfer (受让) left out. A register may run
over several pages (a 续表 repeating the header, or none) and several years: each row is also a fact of its
own, with its 登记日期, so that the checklists count the year the guide asks for (上年度), not the 合计."""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.date import find_dates
from extractors.lexicon import lexicon
from extractors.model import Fact
from extractors.normalize import normalize
from ingest.model import Cell, Document, Page, Table

FIGURE = "software_copyright_count"
ROW = "software_copyright_registration"
EXTRACTOR = "register.copyrights.v1"
REGISTRATION_NUMBER = re.compile(r"^\d{4}\s*SR\s*\d{5,}$", re.I)  # 中国版权保护中心 software registration
# the column of the date the registration was made (not 首次发表日期 nor 开发完成日期)
REGISTERED_ON = re.compile(r"登记(批准)?(日期|时间|日)|发证(日期|时间)|证书(日期|颁发日期)|批准(日期|时间)")

Row = tuple[Page, Cell, tuple[Cell, ...], int | None]  # page, number cell, row, date column


def _transferred() -> re.Pattern[str] | None:
    return next((label.without for label in lexicon().counts if label.figure == FIGURE), None)


def _date_column(table: Table, inherited: int | None) -> int | None:
    """The 登记日期 column from the table's header row; a table continued without one keeps the previous one's."""
    for row in table.rows:
        if any(REGISTRATION_NUMBER.match(normalize(c.text).strip()) for c in row):
            break
        found = next((c.col for c in row if REGISTERED_ON.search(normalize(c.text).replace(" ", ""))), None)
        if found is not None:
            return found
    return inherited


def _registered_rows(document: Document) -> list[Row]:
    rows: list[Row] = []
    column: int | None = None
    for page in document.pages:
        for table in page.tables:
            column = _date_column(table, column)
            for row in table.rows:
                number = next((c for c in row if REGISTRATION_NUMBER.match(normalize(c.text).strip())), None)
                if number is not None:
                    rows.append((page, number, row, column))
    return rows


def _key(cell: Cell) -> str:
    return normalize(cell.text).replace(" ", "").upper()


def _registered_on(row: tuple[Cell, ...], column: int | None) -> str | None:
    cell = next((c for c in row if c.col == column), None) if column is not None else None
    dates = find_dates(normalize(cell.text)) if cell is not None and cell.text else []
    return dates[0].value.isoformat() if dates and dates[0].precision == "day" else None


def _row_fact(document: Document, page: Page, number: Cell, on: str | None, transferred: bool) -> Fact:
    attrs = {"row_date": on} if on else {}
    if transferred:
        attrs["transferred"] = "1"
    text = f"{normalize(number.text).strip()}" + (f" 登记日期 {on}" if on else "") + ("（受让）" if transferred else "")
    provenance = document.cells_provenance(page, [number], text).model_copy(update={"extractor": EXTRACTOR})
    return Fact(name=ROW, value=_key(number), unit="text", confidence=0.9, provenance=provenance, attrs=attrs)


def copyright_register_facts(ctx: ExtractContext) -> list[Fact]:
    """Every registration once (its row facts), and the register's count when it covers at most one year; a
    register over several years gives no count of its own (its 合计 is not a year's)."""
    document = ctx.document
    transferred = _transferred()
    unique: dict[str, Row] = {}
    for found in _registered_rows(document):
        unique.setdefault(_key(found[1]), found)
    if len(unique) < 2:
        return []
    rows, years, left_out = [], set(), 0
    for page, number, row, column in unique.values():
        moved = bool(transferred and any(transferred.search(normalize(c.text)) for c in row if c.text))
        on = _registered_on(row, column)
        years.add(on[:4] if on else None)
        left_out += moved
        rows.append(_row_fact(document, page, number, on, moved))
    if len(years - {None}) > 1:
        return rows
    value = len(unique) - left_out
    text = f"登记号 {len(unique)} 个" + (f"，其中受让等 {left_out} 个不计" if left_out else "") + f"，计 {value} 件"
    first_page = unique[next(iter(unique))][0]
    cells = [number for page, number, _, _ in unique.values() if page is first_page]
    provenance = document.cells_provenance(first_page, cells, text).model_copy(update={"extractor": EXTRACTOR})
    return rows + [Fact(name=FIGURE, value=value, unit="count", confidence=0.9, provenance=provenance,
                        attrs={"derived": "register_rows", "listed": str(len(unique)), "left_out": str(left_out)})]
