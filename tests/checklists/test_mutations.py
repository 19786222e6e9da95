"""Meta-test: every threshold of the guide data, mutated alone in a copy, makes a literal case fail.

Amounts, counts, ratios, rates and caps are multiplied and divided by ten, dates and years moved by
one year; each mutated category file is loaded from a temporary folder and checked against the
hand-written numbers (guide_numbers.yaml) by evaluating its conditions and formula directly.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from checklists.loader import _load, guide_root, load_guide
from checklists.schema import Category, Guide
from grantcheck.yamlio import load_yaml
from tests.checklists.literal import cutoff_mismatches, literal_mismatches

GUIDE = load_guide("jiangsu-2023")
ROOT = guide_root("jiangsu-2023")
NUMBERS = {"min", "years", "max_years", "max_age_years", "rate", "cap_wan", "amount_wan", "first_cap_wan",
           "later_cap_wan", "first_payment_share", "first_payment_wan", "at_least"}
DATES = {"start", "end", "investment_cutoff"}
YEARS = {"since_year"}

Path_ = tuple[str | int, ...]


def _shift(day: date, years: int) -> date:
    return day.replace(year=day.year + years, day=28 if (day.month, day.day) == (2, 29) else day.day)


def mutants(key: str, value: object) -> list[object]:
    if key in DATES and isinstance(value, date):
        return [_shift(value, 1), _shift(value, -1)]
    if key in YEARS:
        return [int(value) + 1, int(value) - 1]  # type: ignore[call-overload]
    if key in NUMBERS and isinstance(value, int) and not isinstance(value, bool):
        return [value * 10, value // 10]
    if key in NUMBERS and isinstance(value, str):
        number = Decimal(value)
        return [str(number * 10), str(number / 10)]
    return []


def thresholds(node: object, path: Path_ = ()) -> Iterator[tuple[Path_, object]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if mutants(key, value):
                yield (*path, key), value
            yield from thresholds(value, (*path, key))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from thresholds(item, (*path, i))


def _set(node: Any, path: Path_, value: object) -> Any:
    changed = copy.deepcopy(node)
    target = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return changed


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def test_every_mutated_threshold_is_caught(tmp_path: Path) -> None:
    tried, survived = 0, []
    for category in (c for c in GUIDE.categories.values() if not c.deferred):
        raw = load_yaml((ROOT / "categories" / f"{category.code}.yaml").read_text("utf-8"))
        for path, value in thresholds(raw):
            for mutated in mutants(str(path[-1]), value):
                copy_path = tmp_path / f"{category.code}.yaml"
                copy_path.write_text(_dump(_set(raw, path, mutated)), "utf-8")
                mutant = _load(copy_path, Category)
                assert isinstance(mutant, Category)
                tried += 1
                if not literal_mismatches(mutant, GUIDE.lists):
                    survived.append(f"{category.code}:{'.'.join(map(str, path))} {value} → {mutated}")
    guide_raw = load_yaml((ROOT / "guide.yaml").read_text("utf-8"))
    for path, value in thresholds({k: v for k, v in guide_raw.items() if k in DATES}):
        for mutated in mutants(str(path[-1]), value):
            copy_path = tmp_path / "guide.yaml"
            copy_path.write_text(_dump(_set(guide_raw, path, mutated)), "utf-8")
            mutant_guide = _load(copy_path, Guide)
            assert isinstance(mutant_guide, Guide)
            tried += 1
            if not cutoff_mismatches(mutant_guide.investment_cutoff):
                survived.append(f"guide:{'.'.join(map(str, path))} {value} → {mutated}")
    print(f"mutations {tried}, caught {tried - len(survived)}")
    assert tried >= 150
    assert survived == [], f"{len(survived)} of {tried} mutations survived: {survived}"
