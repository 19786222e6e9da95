"""An amount OCR read, confirmed by the paper's own 大写: "总投入为13,864,450.00元，大写：" with "人民币壹仟叁佰捌拾陆万
肆仟肆佰伍拾元整" on the next line (a 2-up scan splits the sentence). Equal to the cent, or it confirms nothing."""

from __future__ import annotations

from decimal import Decimal

from extractors.amount import find_money
from extractors.model import Fact
from ingest.model import Document


def capital_amounts(document: Document) -> set[Decimal]:
    """Every amount the document writes in 大写, in 万元."""
    lines = [line.text for page in document.pages for line in page.lines]
    return {money.figure for text in lines for money in find_money(text) if money.capital}


def confirmed_by_capitals(document: Document, facts: list[Fact]) -> list[Fact]:
    capitals = capital_amounts(document)
    if not capitals:
        return facts
    return [f.model_copy(update={"attrs": {**f.attrs, "capital_check": "ok"}})
            if f.unit == "万元" and isinstance(f.value, Decimal) and f.value.normalize() in capitals
            and "capital_check" not in f.attrs else f for f in facts]
