"""Subsidy by the guide's formula (see schema.Subsidy); every step written out. Decimal only, no eval."""

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


def _basis(figures: dict[str, Resolved], name: str | None) -> Decimal | None:
    basis = figures.get(name or "")
    return basis.value if basis is not None and isinstance(basis.value, Decimal) else None


def _capped(raw: Decimal, cap: Decimal | None, steps: list[str], what: str = "单个项目上限") -> Decimal:
    if cap is not None and raw > cap:
        steps.append(f"超过{what} {cap} 万元，按上限 {cap} 万元计")
        return cap
    if cap is not None:
        steps.append(f"未超过{what} {cap} 万元")
    return raw


def _times(rate: Decimal, name: str, value: Decimal, steps: list[str]) -> Decimal:
    raw = (value * rate).quantize(CENT, ROUND_HALF_UP)
    steps.append(f"{name} {value:.2f} 万元 × {rate:.0%} = {raw} 万元")
    return raw


def _fixed(rule: Subsidy, figures: dict[str, Resolved], result: SubsidyResult) -> None:
    assert rule.amount_wan is not None
    result.steps.append(f"定额补助 {rule.amount_wan} 万元")
    result.max_wan = rule.amount_wan


def _rate_cap(rule: Subsidy, figures: dict[str, Resolved], result: SubsidyResult) -> None:
    value = _basis(figures, rule.basis)
    if value is None or rule.rate is None:
        result.steps.append(f"未读到计算基数（{rule.basis}），无法计算补助上限")
        return
    result.max_wan = _capped(_times(rule.rate, rule.basis or "", value, result.steps), rule.cap_wan, result.steps)


def _sum(rule: Subsidy, figures: dict[str, Resolved], result: SubsidyResult) -> None:
    parts = []
    for term in rule.terms:
        value = _basis(figures, term.basis)
        if value is None:
            result.steps.append(f"未读到 {term.basis}，按 0 计")
            continue
        parts.append(_times(term.rate, term.basis, value, result.steps))
    if not parts:
        result.steps.append("各项计算基数均未读到，无法计算补助上限")
        return
    total = sum(parts, Decimal(0))
    if len(parts) > 1:
        result.steps.append(f"合计 {' + '.join(str(p) for p in parts)} = {total} 万元")
    result.max_wan = _capped(total, rule.cap_wan, result.steps)


def _two_stage(rule: Subsidy, figures: dict[str, Resolved], result: SubsidyResult) -> None:
    value = _basis(figures, rule.basis)
    if value is None or rule.rate is None:
        result.steps.append(f"未读到计算基数（{rule.basis}），无法计算首期补助")
        return
    first = _capped(_times(rule.rate, rule.basis or "", value, result.steps), rule.first_cap_wan, result.steps,
                    "首期上限")
    result.first_payment_wan = first
    later = rule.later_cap_wan or Decimal(0)
    result.steps.append(f"首期 {first} 万元；后期按绩效评价安排，最高 {later} 万元")
    result.max_wan = _capped(first + later, rule.cap_wan, result.steps, "补助总额上限")


def _actual(rule: Subsidy, figures: dict[str, Resolved], result: SubsidyResult) -> None:
    value = _basis(figures, rule.basis)
    if value is None:
        result.steps.append(f"未读到计算基数（{rule.basis}），无法计算补助上限")
        return
    result.steps.append(f"按实际支出 {rule.basis} {value:.2f} 万元补助")
    result.max_wan = _capped(value.quantize(CENT, ROUND_HALF_UP), rule.cap_wan, result.steps)


COMPUTE = {"fixed": _fixed, "rate_cap": _rate_cap, "sum": _sum, "two_stage": _two_stage, "actual": _actual}


def compute_subsidy(rule: Subsidy | None, figures: dict[str, Resolved]) -> SubsidyResult:
    if rule is None:
        return SubsidyResult(None, None, None, None, steps=["该类别未规定补助公式"])
    result = SubsidyResult(None, rule.rate, rule.cap_wan, rule.basis)
    COMPUTE[rule.type](rule, figures, result)
    if rule.note:
        result.steps.append(rule.note)
    if result.max_wan is not None and rule.type != "two_stage":
        result.first_payment_wan = _first_payment(rule, result.max_wan, result.steps)
    return result
