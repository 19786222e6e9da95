"""Run the hand-written guide numbers (guide_numbers.yaml) against a category or a guide's settings.

Each function returns the mismatches as lines (empty: every literal case holds), so the same cases
serve the plain test and the mutation meta-test.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from checklists.conditions import Evidence, evaluate_condition
from checklists.crossdoc import invoice_figures
from checklists.formula import basis_needs, compute_subsidy
from checklists.loader import figure_glossary
from checklists.resolve import Resolved
from checklists.row_counts import with_row_counts
from checklists.schema import Category, DirectionList
from checklists.windows import within_windows
from extractors.model import Fact, Value
from grantcheck.model import Provenance
from grantcheck.yamlio import load_yaml

TABLE = Path(__file__).with_name("guide_numbers.yaml")
WHERE = Provenance(document="literal.pdf", page=1, text="…")
PLAIN_APPLICANT = "江苏恒达智能装备有限公司"


@cache
def numbers() -> dict[str, Any]:
    return load_yaml(TABLE.read_text("utf-8"))


def _value(name: str, raw: object) -> Value:
    unit = figure_glossary().get(name, {}).get("unit", "text")
    if isinstance(raw, date) or unit == "text":
        return raw  # type: ignore[return-value]
    if unit == "count":
        return int(raw)  # type: ignore[call-overload]
    return Decimal(str(raw))


def _unit(name: str) -> str:
    return figure_glossary().get(name, {}).get("unit", "text")


def _fact(name: str, value: Value, **attrs: str) -> Fact:
    return Fact(name=name, value=value, unit=_unit(name), confidence=0.95, provenance=WHERE, attrs=attrs,
                precision="day" if isinstance(value, date) else None)


def figure(name: str, raw: object, parts: list[object] | None = None) -> Resolved:
    rows = [_fact(name, _value(name, p), row=f"项目{i}") for i, p in enumerate(parts or [], start=1)]
    value = sum((r.value for r in rows), Decimal(0)) if rows else _value(name, raw)  # type: ignore[misc]
    return Resolved(name, value, _unit(name), 0.95, [_fact(name, value)],
                    precision="day" if isinstance(value, date) else None, parts=rows)


def evidence(case: dict[str, Any], lists: dict[str, DirectionList]) -> Evidence:
    raw = {"applicant_name": case.get("applicant", PLAIN_APPLICANT), **case.get("figures", {})}
    figures = {name: figure(name, value) for name, value in raw.items()}
    figures.update({name: figure(name, None, parts) for name, parts in case.get("parts", {}).items()})
    designations = [Fact(name="designation", value=d["key"], unit="text", confidence=0.9, provenance=WHERE,
                         attrs={"level": d["level"], "year": str(d["year"]), **{k: str(d[k]) for k in ("grade", "issued") if k in d}})
                    for d in case.get("designations", [])]
    invoices = [_fact("invoice_date", d) for d in case.get("invoices", [])]
    texts = {path: paper["text"] for path, paper in case.get("texts", {}).items()}
    kinds = {path: paper["kind"] for path, paper in case.get("texts", {}).items()}
    return Evidence(figures=figures, designations=designations, texts=texts, kinds=kinds, deadline=None,
                    missing_kinds=set(), lists=lists, invoice_dates=invoices)


def condition_mismatches(category: Category, lists: dict[str, DirectionList]) -> list[str]:
    cases = numbers()["categories"].get(category.code, {})
    conditions = {c.id: c for c in category.conditions}
    out = []
    for condition_id, listed in cases.get("conditions", {}).items():
        condition = conditions.get(condition_id)
        if condition is None:
            out.append(f"{category.code}.{condition_id}: no such condition")
            continue
        for case in listed:
            check = evaluate_condition(condition, evidence(case, lists))
            got = check.status if check else None
            if got != case["status"]:
                out.append(f"{category.code}.{condition_id} {case}: {got} ({check and check.message})")
    return out


def _number(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def subsidy_mismatches(category: Category) -> list[str]:
    out = []
    for case in numbers()["categories"].get(category.code, {}).get("subsidy", []):
        figures = {name: figure(name, value) for name, value in case["basis"].items()}
        result = compute_subsidy(category.subsidy, figures, basis_needs(category))
        got = (result.max_wan, result.first_payment_wan, result.cap_wan, result.rate)
        wanted = tuple(_number(case[k]) for k in ("max_wan", "first_payment_wan", "cap_wan", "rate"))
        if got != wanted:
            out.append(f"{category.code} subsidy {case['basis']}: {got} != {wanted}")
    return out


def window_mismatches(category: Category) -> list[str]:
    """A figure counted over a period: which dated rows of a statement count (`windows` cases)."""
    out = []
    for name, case in numbers()["categories"].get(category.code, {}).get("windows", {}).items():
        rows = [Fact(name=name, value=Decimal(str(r["amount"])), unit="万元", confidence=0.9,
                     attrs={"row_date": r["date"].isoformat()},
                     provenance=Provenance(document="利息单.pdf", page=1, locator=f"t1r{i}c3", text="…"))
                for i, r in enumerate(case["rows"], start=2)]
        got = within_windows({}, [("interest_statement", r) for r in rows], category).get(name)
        wanted = Decimal(str(case["counted"]))
        if got is None or got.value != wanted:
            out.append(f"{category.code} window {name}: {got and got.value} != {wanted}")
    return out


def _listed_row(name: str, value: object, i: int) -> Fact:
    """A row of a count: a length in days (3.5), or a row's date, with the attrs it carries ([2021-06-01, transferred])."""
    where = Provenance(document="方案.docx", page=1, locator=f"t1r{i}c5", text="…")
    if isinstance(value, (date, list)):
        on, *marks = value if isinstance(value, list) else [value]
        return Fact(name=name, value=f"row{i}", unit="text", confidence=0.9, provenance=where,
                    attrs={"row_date": on.isoformat(), **{m: "1" for m in marks}})
    return Fact(name=name, value=Decimal(str(value)), unit="day", confidence=0.85, provenance=where)


def row_count_mismatches(category: Category) -> list[str]:
    """A count of listed rows (班次 of at least so many days): `row_counts` cases."""
    out = []
    for name, case in numbers()["categories"].get(category.code, {}).get("row_counts", {}).items():
        rule = category.row_counts.get(name)
        rows = [_listed_row(rule.rows if rule else "?", v, i) for i, v in enumerate(case["rows"], start=2)]
        got = with_row_counts({}, [("application_form", r) for r in rows], category).get(name)
        if got is None or got.value != case["counted"]:
            out.append(f"{category.code} row count {name}: {got and got.value} != {case['counted']}")
    return out


def literal_mismatches(category: Category, lists: dict[str, DirectionList]) -> list[str]:
    return condition_mismatches(category, lists) + subsidy_mismatches(category) + window_mismatches(category) + \
        row_count_mismatches(category)


def cutoff_mismatches(cutoff: date | None) -> list[str]:
    """The guide's investment_cutoff: which invoices count as invested by it."""
    case = numbers()["investment_cutoff"]
    facts: list[tuple[str, Fact]] = []
    for i, invoice in enumerate(case["invoices"]):
        where = Provenance(document=f"invoice-{i}.pdf", page=1, text="…")
        facts += [("invoice", Fact(name=n, value=v, unit=u, confidence=0.95, provenance=where)) for n, v, u in (
            ("invoice_number", f"0000{i}", "text"), ("invoice_date", invoice["date"], "date"),
            ("amount_excl_tax", Decimal(str(invoice["amount"])), "万元"))]
    found = {r.name: r.value for r in invoice_figures(facts, None, None, None, cutoff)}
    got, wanted = found.get("invoice_total_by_cutoff"), Decimal(str(case["invoice_total_by_cutoff"]))
    return [] if got == wanted else [f"investment_cutoff {cutoff}: invoice_total_by_cutoff {got} != {wanted}"]
