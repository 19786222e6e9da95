"""Who lent the money a statement charges interest on, and in what currency: the guide counts only 商业银行
人民币 loans ("贷款应为企业获得的商业银行人民币贷款"), so interest a 小额贷款公司, a leasing or a trust company
charges, and interest on a loan in 美元/欧元/港币/日元 (even restated 折合人民币), is read but named
`loan_interest_not_counted` (attrs `lender` or `currency`)."""

from __future__ import annotations

import re

from extractors.model import Fact
from extractors.normalize import normalize
from extractors.party import find_orgs
from ingest.model import Cell, Document

NON_BANK = re.compile(r"小额贷款|小贷|融资租赁|金融租赁|典当|担保|信托|保理|资产管理|网络借贷|消费金融")
BANK = re.compile(r"银行|信用社|信用合作联社")
HEADER_LINES = 4  # the issuer names itself at the top of its statement


def non_bank_lender(document: Document) -> str | None:
    """The lender a statement names at its top, when it is not a bank."""
    if not document.pages:
        return None
    head = "".join(line.text for line in document.pages[0].lines[:HEADER_LINES])
    for name, _, _ in find_orgs(head):
        if BANK.search(name):
            return None
        if NON_BANK.search(name):
            return name
    return None


def interest_not_counted(document: Document, facts: list[Fact]) -> list[Fact]:
    lender = non_bank_lender(document)
    if lender is None:
        return facts
    return [f.model_copy(update={"name": "loan_interest_not_counted", "attrs": {**f.attrs, "lender": lender}})
            if f.name == "loan_interest" else f for f in facts]


FOREIGN_LOAN = re.compile(r"美元|欧元|港元|港币|日元|英镑|瑞士法郎|新加坡元|USD|EUR|HKD|JPY|GBP|CHF|SGD|外币|外汇", re.I)
INTEREST_HEADER = re.compile(r"利息|结息|计息")
RMB_COLUMN = re.compile(r"利息|折合|人民币")  # the interest itself or its 人民币 equivalent, not 本金 or 汇率
NOT_INTEREST_COLUMN = re.compile(r"本金|余额|汇率|借款金额|贷款金额")
PART = re.compile(r"其中|含|包括|另有|以及|、")
TOTAL_WORD = re.compile(r"合计|共计|总计|总额|累计")
INTEREST_NAMES = frozenset({"loan_interest", "line_item"})


def _rows(document: Document) -> dict[tuple[int | None, str], list[Cell]]:
    """Every table row by page and locator prefix ("t2r8")."""
    rows: dict[tuple[int | None, str], list[Cell]] = {}
    for page in document.pages:
        for table in page.tables:
            for row in table.rows:
                for cell in row:
                    if cell.locator and (match := re.match(r"t\d+r\d+", cell.locator)):
                        rows.setdefault((page.number, match.group(0)), []).append(cell)
    return rows


def _headers(document: Document) -> dict[tuple[int | None, str], str]:
    """Each table's header text by page and table locator ("t2"): its first row."""
    heads: dict[tuple[int | None, str], str] = {}
    for page in document.pages:
        for table in page.tables:
            first = next((c.locator for row in table.rows for c in row if c.locator), None)
            if first and (match := re.match(r"t\d+", first)) and table.rows:
                heads[(page.number, match.group(0))] = normalize(" ".join(c.text for c in table.rows[0]))
    return heads


def _currency(text: str) -> str | None:
    found = FOREIGN_LOAN.search(text)
    return found.group(0) if found else None


def _row_currency(fact: Fact, rows: dict, heads: dict) -> str | None:
    """A table row of a foreign loan's interest: the row names the currency (币种 美元, USD 9,562.50), the
    table is about interest, and the fact's column holds the interest or its 人民币 equivalent."""
    locator = fact.provenance.locator or ""
    match = re.match(r"(t\d+)r\d+", locator)
    if match is None:
        return None
    page = fact.provenance.page
    column = fact.attrs.get("column", "")
    if not INTEREST_HEADER.search(heads.get((page, match.group(1)), "")) or NOT_INTEREST_COLUMN.search(column):
        return None
    if fact.name == "line_item" and not RMB_COLUMN.search(column):
        return None
    cells = rows.get((page, match.group(0)), [])
    return next((c for cell in cells if (c := _currency(normalize(cell.text)))), None)


def _prose_currency(fact: Fact) -> str | None:
    """"其中美元贷款利息折合人民币250,362.68元": the words naming the amount name a foreign loan, not a total."""
    if fact.name != "loan_interest" or fact.provenance.locator and re.match(r"t\d+r", fact.provenance.locator):
        return None
    tail = PART.split(fact.attrs.get("context", ""))[-1]
    return None if TOTAL_WORD.search(tail) else _currency(tail)


def _head_currency(document: Document) -> str | None:
    """A statement whose title or heading names a foreign loan (结息通知单（外币）, 币种：美元)."""
    if document.kind != "interest_statement" or not document.pages:
        return None
    return _currency(normalize("".join(line.text for line in document.pages[0].lines[:HEADER_LINES])))


def foreign_interest_not_counted(document: Document, facts: list[Fact]) -> list[Fact]:
    rows, heads, head = _rows(document), _headers(document), _head_currency(document)
    result = []
    for fact in facts:
        currency = None
        if fact.name in INTEREST_NAMES:
            currency = _row_currency(fact, rows, heads) or _prose_currency(fact) or \
                (head if fact.name == "loan_interest" else None)
        result.append(fact.model_copy(update={"name": "loan_interest_not_counted",
                                              "attrs": {**fact.attrs, "currency": currency}}) if currency else fact)
    return result
