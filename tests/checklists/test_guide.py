from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from checklists.checks import Check
from checklists.conditions import Evidence, evaluate_condition
from checklists.evaluate import outcome_of
from checklists.formula import compute_subsidy
from checklists.loader import GuideError, _load, load_guide
from checklists.resolve import Resolved
from checklists.schema import Category, DateWindow, Subsidy
from extractors.model import Fact
from grantcheck.model import Provenance

CONTRACT_CODES = {
    "major-tech-renovation", "industrial-foundation", "smart-factory", "iiot-benchmark-factory", "5g-iiot",
    "service-manufacturing", "iiot-identifier-node", "iiot-identifier-platform", "iiot-platform", "iiot-security",
    "xinchuang-pilot-zone", "xinchuang-lab", "data-productization", "core-tech", "merger-acquisition",
    "specialized-sme", "lead-software-enterprise", "major-exhibition", "major-event", "green-upgrade",
    "connected-vehicles", "innovation-center", "cluster-promotion", "sme-service-platform", "info-consumption",
    "talent-training",
}


def test_every_contract_category_is_known() -> None:
    assert CONTRACT_CODES <= set(load_guide("jiangsu-2023").categories)


def test_a_typo_fails_at_load_naming_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "smart-factory.yaml"
    bad.write_text("code: smart-factory\ntitle: x\nsection: y\nconditions:\n"
                   "  - {id: a, type: amount_min, figure: total_investment, minimum: '3000', text: t}\n", "utf-8")
    with pytest.raises(GuideError, match=r"smart-factory.yaml.*conditions\.0"):
        _load(bad, Category)


def _figure(name: str, value: object, unit: str = "万元", **kw: object) -> Resolved:
    return Resolved(name, value, unit, 0.95, **kw)  # type: ignore[arg-type]


DESIGNATION = Fact(name="designation", value="smart_factory", unit="text", confidence=0.9,
                   attrs={"level": "provincial", "year": "2021"},
                   provenance=Provenance(document="04-证书.pdf", page=1, text="江苏省智能制造示范工厂"))


def _evidence(**figures: Resolved) -> Evidence:
    return Evidence(figures=dict(figures), designations=[DESIGNATION], texts={}, kinds={}, deadline=None,
                    missing_kinds=set())


BASE = {
    "total_investment": _figure("total_investment", Decimal("3256.78")),
    "software_investment": _figure("software_investment", Decimal("412.5")),
    "completion_date": _figure("completion_date", date(2022, 5, 20), "date", precision="day"),
    "start_date": _figure("start_date", date(2020, 3, 1), "date", precision="day"),
    "acceptance_date": _figure("acceptance_date", date(2022, 9, 15), "date", precision="day"),
    "application_date": _figure("application_date", date(2023, 3, 10), "date", precision="day"),
    "acceptance_conclusion": _figure("acceptance_conclusion", "passed", "text"),
}

FAILING_ALONE = [
    ("total_investment_min", "total_investment", Decimal("2999.99")),
    ("software_investment_min", "software_investment", Decimal("299.99")),
    ("completion_window", "completion_date", date(2022, 7, 1)),
    ("completion_window", "completion_date", date(2020, 12, 31)),
    ("implementation_period", "start_date", date(2019, 5, 19)),
    ("acceptance_before_deadline", "acceptance_date", date(2023, 3, 11)),
    ("acceptance_passed", "acceptance_conclusion", "rejected"),
]


@pytest.mark.parametrize(("condition_id", "figure", "value"), FAILING_ALONE)
def test_each_smart_factory_condition_fails_on_its_own(condition_id: str, figure: str, value: object) -> None:
    category = load_guide("jiangsu-2023").categories["smart-factory"]
    figures = dict(BASE)
    old = figures[figure]
    figures[figure] = Resolved(figure, value, old.unit, 0.95, precision=old.precision)  # type: ignore[arg-type]
    results = {}
    for condition in category.conditions:
        check = evaluate_condition(condition, _evidence(**BASE))
        assert check is not None and check.status == "pass", (condition.id, check)
        changed = evaluate_condition(condition, _evidence(**figures))
        results[condition.id] = changed.status if changed else None
    assert results[condition_id] == "fail"
    assert [k for k, v in results.items() if v == "fail"] == [condition_id]


def test_window_bounds_are_inclusive() -> None:
    category = load_guide("jiangsu-2023").categories["smart-factory"]
    window = next(c for c in category.conditions if c.id == "completion_window")
    for day in (date(2021, 1, 1), date(2022, 6, 30)):
        ev = _evidence(completion_date=_figure("completion_date", day, "date", precision="day"))
        assert evaluate_condition(window, ev).status == "pass"


@pytest.mark.parametrize(("month", "end", "status"), [
    (date(2020, 12, 1), date(2022, 6, 30), "fail"),  # the whole month is before the window
    (date(2022, 6, 1), date(2022, 6, 30), "pass"),  # the whole month is inside
    (date(2022, 6, 1), date(2022, 6, 15), "review"),  # the month straddles the end: a person decides
])
def test_month_precision_dates_against_a_window(month: date, end: date, status: str) -> None:
    window = DateWindow(id="w", type="date_window", figure="completion_date", start=date(2021, 1, 1), end=end,
                        text="完工期间")
    ev = _evidence(completion_date=_figure("completion_date", month, "date", precision="month"))
    assert evaluate_condition(window, ev).status == status


def test_tax_included_total_is_never_a_pass() -> None:
    category = load_guide("jiangsu-2023").categories["smart-factory"]
    minimum = next(c for c in category.conditions if c.id == "total_investment_min")
    incl = _figure("total_investment", Decimal("3390"), status="tax_incl", note="仅读到含税金额")
    assert evaluate_condition(minimum, _evidence(total_investment=incl)).status == "review"
    low = _figure("total_investment", Decimal("2990"), status="tax_incl")
    assert evaluate_condition(minimum, _evidence(total_investment=low)).status == "fail"


@pytest.mark.parametrize(("basis", "expected", "capped"), [
    ("3256.78", "325.68", False), ("25000", "2000", True), ("3000", "300.00", False),
])
def test_subsidy_rate_times_basis_capped(basis: str, expected: str, capped: bool) -> None:
    rule = Subsidy(rate=Decimal("0.10"), basis="total_investment", cap_wan=Decimal("2000"),
                   first_payment_share=Decimal("0.5"))
    result = compute_subsidy(rule, {"total_investment": _figure("total_investment", Decimal(basis))})
    assert result.max_wan == Decimal(expected)
    assert result.first_payment_wan == (Decimal(expected) * Decimal("0.5")).quantize(Decimal("0.01"))
    assert any("上限" in step for step in result.steps) and ("按上限" in " ".join(result.steps)) == capped


@pytest.mark.parametrize(("statuses", "outcome"), [
    (["pass", "fail", "missing", "review"], "ineligible"), (["pass", "missing", "review"], "incomplete"),
    (["pass", "review"], "needs_review"), (["pass"], "eligible"),
])
def test_outcome_precedence(statuses: list[str], outcome: str) -> None:
    assert outcome_of([Check(str(i), s, "") for i, s in enumerate(statuses)]) == outcome
