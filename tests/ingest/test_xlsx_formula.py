"""Totals a program wrote as formulas without results, worked out as Excel would; the rest left unknown."""

from __future__ import annotations

import pytest

from ingest.xlsx_formula import evaluate

# rows 2-5 of an equipment list: amounts in column D, 合计 in D6; a text cell in C2
NUMBERS = {(2, 4): 400.0, (3, 4): 100.0, (4, 4): 250.5, (5, 4): 49.5}
TEXTS = {(2, 3), (1, 4)}


@pytest.mark.parametrize(("formula", "value"), [
    ("=SUM(D2:D5)", 800.0),
    ("SUM(D1:D5)", 800.0),  # the caption above the amounts is text: SUM skips it
    ("=SUM($D$2:$D$5)", 800.0),
    ("=D2+D3+D4+D5", 800.0),
    ("=SUM(D2,D3,D4:D5)", 800.0),
    ("=SUM(D2:D5)*1.13", 904.0),
    ("=(D2-D3)/2", 150.0),
    ("=-D3+D2", 300.0),
    ("=ROUND(D4/3,1)", 83.5),
    ("=ROUND(0.125,2)", 0.13),  # halves away from zero, as Excel rounds
    ("=D9+D2", 400.0),  # a blank cell is 0
    ("=SUM(D2:D5)/100%", 800.0),
])
def test_arithmetic_over_the_sheet(formula: str, value: float) -> None:
    assert evaluate({(6, 4): formula}, NUMBERS, TEXTS) == {(6, 4): pytest.approx(value)}


def test_a_total_of_subtotals_waits_for_them() -> None:
    formulas = {(8, 4): "=D6+D7", (6, 4): "=SUM(D2:D3)", (7, 4): "=SUM(D4:D5)"}
    assert evaluate(formulas, NUMBERS, TEXTS) == {(6, 4): 500.0, (7, 4): 300.0, (8, 4): 800.0}


@pytest.mark.parametrize("formula", [
    "=VLOOKUP(A2,Sheet2!A:B,2,FALSE)",  # a lookup
    "=Sheet2!B9",  # another sheet
    "=C2*2",  # arithmetic on text (#VALUE!)
    "=D2/(D3-100)",  # #DIV/0!
    "=SUM(D2:D6)",  # itself in its range
    "=IF(D2>0,D2,0)",
    "=D2+",
    "=SUM(A1:Z99999)",  # a range too large to be a total
])
def test_what_is_not_plain_arithmetic_stays_unknown(formula: str) -> None:
    assert evaluate({(6, 4): formula}, NUMBERS, TEXTS) == {}


def test_formulas_depending_on_each_other_in_a_circle_stay_unknown() -> None:
    assert evaluate({(6, 4): "=D7+1", (7, 4): "=D6+1"}, NUMBERS, TEXTS) == {}
