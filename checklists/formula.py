"""Subsidy by the guide's formula (see schema.Subsidy); every step written out. Decimal only, no eval.

The basis goes through the gate like any condition's figure: a refused basis gives no `max_wan`;
where a value was read it is worked out as `indicative_wan`, "仅供参考", with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from checklists.gate import Need, Refused, gate
from checklists.resolve import Resolved
from checklists.schema import AmountMin, Category, RatioMin, SumMin, Subsidy

CENT = Decimal("0.01")


@dataclass
class SubsidyResult:
    max_wan: Decimal | None
    rate: Decimal | None
    cap_wan: Decimal | None
    basis: str | None
    first_payment_wan: Decimal | None = None
    steps: list[str] = field(default_factory=list)
    status: str = "not_computable"  # computed | indicative (仅供参考) | not_computable
    note: str = ""  # Chinese: why not computed, or why only indicative
    indicative_wan: Decimal | None = None  # worked out from a refused figure: 仅供参考
    refusals: list[str] = field(default_factory=list)  # why a basis was refused, one per figure

    def make_indicative(self, why: str) -> None:
        """Computed from usable figures, but only for reference (the packet does not qualify)."""
        if self.status == "computed":
            self.status, self.note = "indicative", f"仅供参考：{why}"
            self.steps.append(self.note)


def _first_payment(rule: Subsidy, amount: Decimal, steps: list[str]) -> Decimal | None:
    if rule.first_payment_wan is not None:
        steps.append(f"首次拨付 {rule.first_payment_wan} 万元")
        return rule.first_payment_wan
    if rule.first_payment_share is not None:
        first = (amount * rule.first_payment_share).quantize(CENT, ROUND_HALF_UP)
        steps.append(f"首次拨付 {amount} × {rule.first_payment_share:.0%} = {first} 万元")
        return first
    return None


Needs = dict[str, Need]


def _basis(figures: dict[str, Resolved], name: str | None, needs: Needs, result: SubsidyResult) -> Decimal | None:
    """The basis through the gate; a refused one is still returned (the result then only indicative)."""
    verdict = gate(figures.get(name or ""), needs.get(name or "", Need(tax="excl")))
    if isinstance(verdict, Refused):
        if verdict.absent:
            return None
        result.refusals.append(f"{name} {verdict.shown}：{verdict.reason}")
        return verdict.reading if isinstance(verdict.reading, Decimal) else None
    return verdict.value if isinstance(verdict.value, Decimal) else None


def basis_needs(category: Category) -> Needs:
    """What the formula needs of each basis: what the category's conditions reading it need (tax basis,
    the documents they take evidence from)."""
    needs: Needs = {}
    for condition in category.conditions:
        tax = condition.tax if isinstance(condition, (AmountMin, RatioMin, SumMin)) else "any"
        for name in condition.figure_names():
            known = needs.get(name, Need(tax="any"))
            needs[name] = Need(tax="excl" if "excl" in (tax, known.tax) else "any",
                               accepts=tuple(dict.fromkeys((*known.accepts, *condition.documents))))
    return needs


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


def _fixed(rule: Subsidy, figures: dict[str, Resolved], needs: Needs, result: SubsidyResult) -> None:
    assert rule.amount_wan is not None
    result.steps.append(f"定额补助 {rule.amount_wan} 万元")
    result.max_wan = rule.amount_wan


def _rate_cap(rule: Subsidy, figures: dict[str, Resolved], needs: Needs, result: SubsidyResult) -> None:
    value = _basis(figures, rule.basis, needs, result)
    if value is None or rule.rate is None:
        result.steps.append(f"未读到计算基数（{rule.basis}），无法计算补助上限")
        return
    result.max_wan = _capped(_times(rule.rate, rule.basis or "", value, result.steps), rule.cap_wan, result.steps)


def _sum(rule: Subsidy, figures: dict[str, Resolved], needs: Needs, result: SubsidyResult) -> None:
    parts = []
    for term in rule.terms:
        value = _basis(figures, term.basis, needs, result)
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


def _two_stage(rule: Subsidy, figures: dict[str, Resolved], needs: Needs, result: SubsidyResult) -> None:
    value = _basis(figures, rule.basis, needs, result)
    if value is None or rule.rate is None:
        result.steps.append(f"未读到计算基数（{rule.basis}），无法计算首期补助")
        return
    first = _capped(_times(rule.rate, rule.basis or "", value, result.steps), rule.first_cap_wan, result.steps,
                    "首期上限")
    result.first_payment_wan = first
    later = rule.later_cap_wan or Decimal(0)
    result.steps.append(f"首期 {first} 万元；后期按绩效评价安排，最高 {later} 万元")
    result.max_wan = _capped(first + later, rule.cap_wan, result.steps, "补助总额上限")


def _actual(rule: Subsidy, figures: dict[str, Resolved], needs: Needs, result: SubsidyResult) -> None:
    value = _basis(figures, rule.basis, needs, result)
    if value is None:
        result.steps.append(f"未读到计算基数（{rule.basis}），无法计算补助上限")
        return
    result.steps.append(f"按实际支出 {rule.basis} {value:.2f} 万元补助")
    result.max_wan = _capped(value.quantize(CENT, ROUND_HALF_UP), rule.cap_wan, result.steps)


COMPUTE = {"fixed": _fixed, "rate_cap": _rate_cap, "sum": _sum, "two_stage": _two_stage, "actual": _actual}


def not_computable(why: str) -> SubsidyResult:
    return SubsidyResult(None, None, None, None, steps=[why], note=why)


def compute_subsidy(rule: Subsidy | None, figures: dict[str, Resolved], needs: Needs | None = None) -> SubsidyResult:
    if rule is None:
        return not_computable("该类别未规定补助公式")
    result = SubsidyResult(None, rule.rate, rule.cap_wan, rule.basis)
    COMPUTE[rule.type](rule, figures, needs or {}, result)
    if rule.note:
        result.steps.append(rule.note)
    if result.max_wan is not None and rule.type != "two_stage":
        result.first_payment_wan = _first_payment(rule, result.max_wan, result.steps)
    return _judged(result)


def _judged(result: SubsidyResult) -> SubsidyResult:
    """Computed only from usable figures; from a refused one the amount is 仅供参考 and not max_wan."""
    if result.max_wan is None:
        result.note = result.steps[0] if result.steps else "无法计算"
        return result
    if result.refusals:
        why = "；".join(result.refusals)
        result.indicative_wan, result.max_wan, result.first_payment_wan = result.max_wan, None, None
        result.status, result.note = "indicative", f"仅供参考：计算基数不可用（{why}）"
        result.steps.append(result.note)
        return result
    result.status = "computed"
    return result
