"""An acquisition's 实际出资额 and its cash part (the guide's subsidy is 5% of 实际出资额现金部分).

A 出资 the papers say was all paid in money ("全部为现金", "以货币资金缴付增资款", "以货币认缴") is its own cash part;
one naming shares, assets or debt as consideration is not. Control gained partly by buying shares and partly
by a capital increase is one acquisition: the 股权转让款 and the 增资款 add up, where the paper states no sum."""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.model import Fact

ALL_CASH = re.compile(r"(全部|均|全额|全数)(为|以|系|使用|采用|通过)?(现金|货币)|以?(现金|货币)(资金)?(方式)?"
                      r".{0,24}(增资|出资|认缴|缴付|支付|入股)|现金(支付|出资|增资)|货币(出资|增资)")
NOT_CASH = re.compile(r"非现金|股权(支付|作价|置换|对价)|以.{0,16}股权(出资|作价|支付|认缴)|实物|资产作价|作价(出资|入股)"
                      r"|无形资产|土地使用权|知识产权|债权(转股|出资)|发行股份|换股")
STATED_PART = re.compile(r"其中|含")
BOUGHT = re.compile(r"转让|受让|收购|购买")
INCREASE = re.compile(r"增资")
PART = "acquisition_part"
NAMES = ("acquisition_total", "acquisition_amount")


def cash_parts(facts: list[Fact]) -> list[Fact]:
    """Each 实际出资额 its words say was all cash, again as the cash part, unless its cash part is stated
    beside it ("其中现金支付…"); then the parts of one acquisition added up."""
    beside = {_unit(f) for f in facts if f.name == "acquisition_amount" and STATED_PART.search(f.attrs.get("context", ""))}
    cash = [f.model_copy(update={"name": "acquisition_amount", "attrs": {**f.attrs, "cash": "all"}})
            for f in facts if f.name == "acquisition_total" and _unit(f) not in beside
            and _all_cash(f.provenance.text + f.attrs.get("context", ""))]
    return _bought_and_increased(facts + cash)


def _unit(fact: Fact) -> tuple[str, int | None, str | None]:
    return fact.provenance.document, fact.provenance.page, fact.provenance.locator


def _all_cash(words: str) -> bool:
    return bool(ALL_CASH.search(words)) and not NOT_CASH.search(words)


def _bought_and_increased(facts: list[Fact]) -> list[Fact]:
    """Shares bought and a capital increase in one document: each deal once (its total or its cash reading);
    when no amount stated is their sum, the sum is the 实际出资额 and the cash deals' sum its cash part."""
    deals: dict[tuple[object, Decimal], list[Fact]] = {}
    for fact in facts:
        if fact.name in NAMES and isinstance(fact.value, Decimal):
            deals.setdefault((_unit(fact), fact.value), []).append(fact)
    kinds = {key: _kind(group) for key, group in deals.items()}
    parts = [key for key, kind in kinds.items() if kind]
    if {kinds[k] for k in parts} != {"bought", "increase"}:
        return facts
    total = sum((value for _, value in parts), Decimal(0))
    if any(value == total for _, value in deals):
        stated = [f for key in parts for f in deals[key]]  # the parts of a sum stated beside them
        return [f.model_copy(update={"name": PART}) if any(f is s for s in stated) else f for f in facts]
    cash = [value for key in parts for value in [key[1]] if any(f.name == "acquisition_amount" for f in deals[key])]
    first = deals[parts[0]][0]
    shown = "+".join(str(value) for _, value in parts)
    summed = [first.model_copy(update={"name": "acquisition_total", "value": total, "attrs": {**first.attrs, "derived": shown}})]
    if cash:
        summed.append(first.model_copy(update={"name": "acquisition_amount", "value": sum(cash, Decimal(0)),
                                               "attrs": {**first.attrs, "derived": "+".join(map(str, cash))}}))
    inside = {id(f) for key in parts for f in deals[key]}
    return [f.model_copy(update={"name": PART}) if id(f) in inside else f for f in facts] + summed


def _kind(group: list[Fact]) -> str | None:
    context = " ".join(f.attrs.get("context", "") for f in group)
    if INCREASE.search(context) and not BOUGHT.search(context):
        return "increase"
    return "bought" if BOUGHT.search(context) and not INCREASE.search(context) else None
