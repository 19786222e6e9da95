"""Every threshold, window and formula constant against numbers written by hand from the guide text.

The cases live in guide_numbers.yaml (never derived from checklists/data): a value that passes and
one that fails for each condition, and the subsidy for given bases.
"""

from __future__ import annotations

import pytest

from checklists.loader import load_guide
from checklists.schema import AmountMin, CountMin, DateWindow, PeriodMax, RatioMin, SumMin
from tests.checklists.literal import condition_mismatches, cutoff_mismatches, numbers, subsidy_mismatches

GUIDE = load_guide("jiangsu-2023")
RULED = [c for c in GUIDE.categories.values() if not c.deferred]
THRESHOLDS = (AmountMin, CountMin, RatioMin, SumMin, DateWindow, PeriodMax)


@pytest.mark.parametrize("category", [pytest.param(c, id=c.code) for c in RULED])
def test_conditions_hold_the_guides_numbers(category) -> None:
    assert condition_mismatches(category, GUIDE.lists) == []


@pytest.mark.parametrize("category", [pytest.param(c, id=c.code) for c in RULED])
def test_subsidy_holds_the_guides_numbers(category) -> None:
    assert subsidy_mismatches(category) == []


def test_investment_cutoff_holds_the_guides_date() -> None:
    assert cutoff_mismatches(GUIDE.investment_cutoff) == []


def test_every_ruled_category_and_threshold_has_literal_cases() -> None:
    table = numbers()["categories"]
    assert {c.code for c in RULED} == set(table)
    for category in RULED:
        cases = table[category.code]
        assert cases.get("subsidy"), category.code
        for condition in category.conditions:
            if isinstance(condition, THRESHOLDS):
                statuses = {case["status"] for case in cases["conditions"].get(condition.id, [])}
                assert "pass" in statuses and statuses - {"pass"}, f"{category.code}.{condition.id}"
