"""Subsidy = min(rate × basis, cap), or a fixed amount; every step written out. Decimal only, no eval."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from checklists.resolve import Resolved
from checklists.schema import Subsidy

CENT = Decimal("0.01")


@dataclass
class SubsidyResult:
    max_wan: Decimal | None
    rate: Decimal | None
    cap_wan: Decimal | None
    basis: str | None
    first_payment_wan: Decimal | None = None
    steps: list[str] = field(default_factory=list)


def _first_payment(rule: Subsidy, amount: Decimal, steps: list[str]) -> Decimal | None:
    if rule.first_payment_wan is not None:
        steps.append(f"首次拨付 {rule.first_payment_wan} 万元")
        return rule.first_payment_wan
    if rule.first_payment_share is not None:
        first = (amount * rule.first_payment_share).quantize(CENT, ROUND_HALF_UP)
        steps.append(f"首次拨付 {amount} × {rule.first_payment_share:.0%} = {first} 万元")
        return first
    return None


def compute_subsidy(rule: Subsidy | None, figures: dict[str, Resolved]) -> SubsidyResult:
    if rule is None:
        return SubsidyResult(None, None, None, None, steps=["该类别未规定补助公式"])
    if rule.type == "fixed":
        assert rule.amount_wan is not None
        steps = [f"定额补助 {rule.amount_wan} 万元"]
        first = _first_payment(rule, rule.amount_wan, steps)
        return SubsidyResult(rule.amount_wan, None, rule.cap_wan, None, first, steps)
    basis = figures.get(rule.basis or "")
    result = SubsidyResult(None, rule.rate, rule.cap_wan, rule.basis)
    if basis is None or not isinstance(basis.value, Decimal) or rule.rate is None:
        result.steps.append(f"未读到计算基数（{rule.basis}），无法计算补助上限")
        return result
    raw = (basis.value * rule.rate).quantize(CENT, ROUND_HALF_UP)
    result.steps.append(f"{rule.basis} {basis.value:.2f} 万元 × {rule.rate:.0%} = {raw} 万元")
    amount = raw
    if rule.cap_wan is not None and raw > rule.cap_wan:
        amount = rule.cap_wan
        result.steps.append(f"超过单个项目上限 {rule.cap_wan} 万元，按上限 {rule.cap_wan} 万元计")
    elif rule.cap_wan is not None:
        result.steps.append(f"未超过单个项目上限 {rule.cap_wan} 万元")
    result.max_wan = amount
    result.first_payment_wan = _first_payment(rule, amount, result.steps)
    return result
