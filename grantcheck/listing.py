"""`grantcheck categories`: each category's materials, conditions, formula and figures."""

from __future__ import annotations

from checklists.loader import figure_glossary
from checklists.schema import (
    AcceptanceDeadline,
    AmountMin,
    AmountMinByPeriod,
    Category,
    Condition,
    CountMin,
    DateWindow,
    Designation,
    DirectionMatch,
    FactEquals,
    Guide,
    InProgress,
    PartsMin,
    PeriodMax,
    RatioMin,
    Subsidy,
    SumMin,
)


def formula_text(subsidy: Subsidy | None) -> str:
    if subsidy is None:
        return "-"
    cap = f"，上限 {subsidy.cap_wan} 万元" if subsidy.cap_wan is not None else ""
    first = ""
    if subsidy.first_payment_share is not None:
        first = f"，首次拨付 {subsidy.first_payment_share:.0%}"
    elif subsidy.first_payment_wan is not None:
        first = f"，首次拨付 {subsidy.first_payment_wan} 万元"
    if subsidy.type == "fixed":
        return f"定额 {subsidy.amount_wan} 万元{first}"
    if subsidy.type == "sum":
        terms = " + ".join(f"{t.rate:.0%} × {t.basis}" for t in subsidy.terms)
        return f"{terms}{cap}{first}"
    if subsidy.type == "two_stage":
        return (f"首期 {subsidy.rate:.0%} × {subsidy.basis}（上限 {subsidy.first_cap_wan} 万元），"
                f"后期最高 {subsidy.later_cap_wan} 万元{cap}")
    if subsidy.type == "actual":
        return f"按实际支出 {subsidy.basis}{cap}{first}"
    return f"{subsidy.rate:.0%} × {subsidy.basis}{cap}{first}"


def threshold(c: Condition) -> str:
    """The condition's test in a few symbols, for the listing."""
    who = f"（仅 {c.only_if_name}）" if c.only_if_name else (f"（{c.unless_name} 除外）" if c.unless_name else "")
    match c:
        case AmountMin():
            text = f"{c.figure} ≥ {c.min} 万元"
        case CountMin():
            text = f"{c.figure} ≥ {c.min}"
        case RatioMin():
            text = f"{c.figure or f'{c.numerator} / {c.denominator}'} ≥ {(c.min * 100).normalize():f}%"
        case SumMin():
            text = f"{' + '.join(c.figures)} ≥ {c.min} 万元"
        case PartsMin():
            text = f"{c.figure} 每项 > {c.min} 万元"
        case AmountMinByPeriod():
            text = "；".join(f"{t.max_years} 年内 {c.figure} ≥ {t.min} 万元" for t in c.tiers)
        case DateWindow():
            text = f"{c.figure} ∈ [{c.start or '…'}, {c.end or '…'}]"
        case PeriodMax():
            text = f"{c.start_figure} → {c.end_figure} ≤ {c.years} 年"
        case AcceptanceDeadline():
            text = f"{c.figure} ≤ 申报截止日"
        case InProgress():
            text = "申报时已开工、未竣工"
        case FactEquals():
            text = f"{c.figure} = {c.value}"
        case Designation():
            text = " / ".join(c.keys) + ("（优先支持）" if c.priority_only else "")
        case DirectionMatch():
            text = f"{c.figure} ∈ {c.directions}"
        case _:
            text = c.type
    return text + who


def _figures(category: Category) -> dict[str, dict[str, str]]:
    glossary = figure_glossary()
    return {name: glossary.get(name, {"unit": "?", "meaning": "未登记"}) for name in category.figures()}


def categories_json(guide: Guide) -> dict[str, dict]:
    return {code: {**c.model_dump(mode="json"), "formula": formula_text(c.subsidy), "figures": _figures(c)}
            for code, c in guide.categories.items()}


def categories_markdown(guide: Guide) -> str:
    rows = [f"# {guide.title}", "", "| code | 类别 | 条件 | 材料 | 补助 |", "|---|---|---|---|---|"]
    for code, c in guide.categories.items():
        formula = c.deferred or formula_text(c.subsidy)
        rows.append(f"| {code} | {c.title} | {len(c.conditions)} | {len(c.materials)} | {formula} |")
    for code, c in guide.categories.items():
        if c.deferred:
            continue
        rows += ["", f"## {code}　{c.title}（指南 {c.section}）", "", f"补助：{formula_text(c.subsidy)}", "",
                 "| 条件 | 核验 | 指南要求 |", "|---|---|---|"]
        rows += [f"| {cond.id} | {threshold(cond)} | {cond.text} |" for cond in c.conditions]
        rows += ["", "材料：" + "；".join(f"{m.name}" + ("（可由推荐单位说明免于提供）" if m.exemption else "")
                                      + ("（申报贷款贴息时）" if m.required_if else "") for m in c.materials)]
        rows += ["", "数据：" + "、".join(f"{name}（{info['unit']}）" for name, info in _figures(c).items())]
        if c.manual:
            rows += ["", "须人工判断：" + "；".join(c.manual)]
    return "\n".join(rows)
