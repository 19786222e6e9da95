"""A note under a table or at the foot of a page that takes part of a stated total out of the figure.

"注：第4、5项系按价税合计金额入账，含增值税进项税额19.26万元" — the total above it holds that tax;
"注：第9项中试厂房土建工程1,450万元…不计入项目总投入" — the total above it holds building works the guide
leaves out. The total the document states is then its gross, and the figure is the total net of the amount
the note names, with the note as provenance. A document that states the net amount itself (an audit's 审定
column already net of the adjustment the note explains) has nothing left to take off.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.amount import find_money, same_amount
from extractors.figures import amount_readings
from extractors.lexicon import label_of, lexicon
from extractors.model import Fact
from extractors.nlp import Entity
from extractors.units import Unit

NOTE = re.compile(r"^\s*(注|附注|说明|备注|脚注)\s*[\d一二三四五六七八九十]{0,2}\s*[:：.、]|^\s*[*※]")
# the note says the amount is inside the total: tax booked with the amount, or a part the total holds
TAX_INSIDE = re.compile(r"价税合计|含(增值税)?(进项)?税|(进项)?税额?.{0,8}(包含|计入|含)在")
EXCLUDED_PARTS = frozenset({"construction_cost", "working_capital", "overhead_cost"})
NOTE_NETTED = frozenset({"total_investment", "invested_to_date", "planned_investment", "investment_budget",
                         "invested_by_cutoff", "rd_investment"})
# the figure a note names as the one the amount is kept out of ("不计入项目总投入")
OUT_OF = re.compile(r"(不计入|未计入|不予计入|不属于)([^，,。；;]{0,30})")


def _note_units(units: list[tuple[Unit, list[Entity]]]) -> list[tuple[Unit, list[Entity]]]:
    return [(u, f) for u, f in units if not u.in_table and NOTE.match(u.text)]


def _from(note: Unit, fact: Fact) -> bool:
    return fact.provenance.page == note.provenance.page and fact.provenance.locator == note.provenance.locator \
        and fact.provenance.text == note.provenance.text


def _deductions(note: Unit, found: list[Entity], rows: list[Decimal]) -> list[Decimal]:
    """The amounts a note takes out of the total: the tax it says is booked with the items, the building
    works or working capital it says are not counted (read from the note itself: a table row repeating the
    amount may have taken the note's reading's place)."""
    taken = []
    for figure, entity, _, attrs in amount_readings(note, found, None):
        # building works are inside a total only as one of its rows: a note on works kept out of every total
        # ("另，土建工程…已发生112.80万元，未计入上述投入") has nothing to take off
        listed = any(same_amount(entity.value.figure, row) for row in rows)  # type: ignore[attr-defined]
        if (figure == "tax_amount" and TAX_INSIDE.search(note.text)) or \
                (figure in EXCLUDED_PARTS and attrs.get("not_counted") and listed):
            taken.append(entity.value.figure)  # type: ignore[attr-defined]
    return taken


def _stated_amounts(units: list[tuple[Unit, list[Entity]]]) -> list[Decimal]:
    return [e.value.figure for _, found in units for e in found if e.label == "MONEY"]  # type: ignore[attr-defined]


def _named_total(note: Unit) -> str | None:
    named = (label_of(m.group(2), lexicon().amounts) for m in OUT_OF.finditer(note.text))
    return next((n for n in named if n in ("total_investment", "rd_investment")), None)


TOTAL_ROW = re.compile(r"^.{0,4}?(合\s*计|总\s*计|总额)")


def _a_total(fact: Fact) -> bool:
    """A total stated in prose, or a table's 合计 row; an item row is not what a note takes a part out of."""
    return not (fact.provenance.locator or "").startswith("t") or bool(TOTAL_ROW.match(fact.attrs.get("row", "")))


def note_deductions(units: list[tuple[Unit, list[Entity]]], facts: list[Fact],
                    extractor: str) -> tuple[list[Fact], list[Fact]]:
    """The totals of the document net of what its notes take out, and the stated totals they replace."""
    notes = _note_units(units)
    if not notes:
        return [], []
    stated = _stated_amounts(units)
    derived: list[Fact] = []
    replaced: list[Fact] = []
    # a table continued on a page of its own (续表) may not restate its unit: its cells are read in 万元 then
    rows = [m.figure for u, _ in units if u.in_table for m in find_money(u.text, u.default_unit or "万元")]
    for note, found in notes:
        taken = _deductions(note, found, rows)
        if not taken:
            continue
        amount = sum(taken, Decimal(0))
        named = _named_total(note)
        totals = [f for f in facts if f.name in NOTE_NETTED and _a_total(f) and not _from(note, f) and "gross" not in f.attrs
                  and f.value > amount and not any(f is r for r in replaced)]  # type: ignore[operator]
        # the document states the net amount itself beside its gross: the note explains it, takes nothing more off
        if any(same_amount(t.value - amount, s) or same_amount(t.value + amount, s)  # type: ignore[operator]
               for t in totals for s in stated):
            continue
        for total in totals:
            derived.append(_netted(total, amount, note, named, extractor))
            replaced.append(total)
    return derived, replaced


def _netted(total: Fact, amount: Decimal, note: Unit, named: str | None, extractor: str) -> Fact:
    text = f"{total.provenance.text}（{note.text.strip()}：{total.value:.2f} − {amount:.2f} 万元）"
    return total.model_copy(update={
        "name": named or total.name, "value": total.value - amount,  # type: ignore[operator]
        "attrs": {**total.attrs, "derived": "net_of_note", "gross": str(total.value), "excluded": str(amount),
                  **({"note_named": "1"} if named and named != total.name else {})},
        "provenance": total.provenance.model_copy(update={"text": text, "extractor": extractor})})
