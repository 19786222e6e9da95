"""Who lent the money a statement charges interest on: the guide counts only 商业银行 loans
("贷款应为企业获得的商业银行人民币贷款"), so interest a 小额贷款公司, a leasing or a trust company charges
is read but named `loan_interest_not_counted`."""

from __future__ import annotations

import re

from extractors.model import Fact
from extractors.party import find_orgs
from ingest.model import Document

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
