"""Every condition of every rule-defined category, failing on its own.

For each category a packet's evidence is built that passes every condition (from the
conditions' own thresholds and windows), then each condition in turn is broken by changing
only what it reads: that condition must stop passing with the status its type gives, and
every condition reading other figures must still pass.

These inputs come from the YAML under test, so they check the evaluators' structure, not the
guide's numbers: those are in guide_numbers.yaml (written from the guide text), and
test_mutations.py shows every threshold of the data is pinned by them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from checklists.conditions import Evidence, evaluate_condition
from checklists.loader import figure_glossary, load_guide
from checklists.resolve import Resolved
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
    FocusMin,
    InProgress,
    InvoiceDatesWithin,
    NameMatches,
    PartsMin,
    PeriodMax,
    PeriodStated,
    RatioMin,
    StatementAgainst,
    SumMin,
    TextEvidence,
)
from extractors.model import Fact
from extractors.periods import covering, find_periods
from grantcheck.model import Provenance

GUIDE = load_guide("jiangsu-2023")
RULED = [c for c in GUIDE.categories.values() if not c.deferred]
DAY = timedelta(days=1)
WHERE = Provenance(document="fixture.pdf", page=1, text="…")
PLAIN_APPLICANT = "江苏恒达智能装备有限公司"


def _fig(name: str, value: object, parts: list[Decimal] | None = None) -> Resolved:
    unit = figure_glossary().get(name, {}).get("unit", "text")
    rows = [Fact(name=name, value=v, unit=unit, confidence=0.95, provenance=WHERE, attrs={"row": f"项目{i}"})
            for i, v in enumerate(parts or [], start=1)]
    return Resolved(name, value, unit, 0.95, precision="day" if isinstance(value, date) else None, parts=rows)


@dataclass
class Packet:
    """What a category's conditions read, all passing."""
    figures: dict[str, object] = field(default_factory=dict)
    designations: list[Fact] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    invoices: list[date] = field(default_factory=list)
    parts: dict[str, list[Decimal]] = field(default_factory=dict)  # the rows a figure's 合计 adds up

    def evidence(self) -> Evidence:
        return Evidence(
            figures={n: _fig(n, v, self.parts.get(n)) for n, v in self.figures.items()}, designations=self.designations,
            texts=self.texts, kinds=self.kinds, deadline=None,
            missing_kinds=set(), lists=GUIDE.lists,
            invoice_dates=[Fact(name="invoice_date", value=d, unit="date", confidence=0.95, provenance=WHERE)
                           for d in self.invoices])


def _dates(category: Category) -> dict[str, date]:
    """A completion inside every window, a start within every period, an application date that
    the project is still being built at (in-progress categories) or comes after it."""
    completion = date(2023, 6, 30)
    for c in category.conditions:
        if isinstance(c, DateWindow) and c.figure == "completion_date":
            completion = c.end or c.start or completion
    start = completion.replace(year=completion.year - 1) + DAY
    in_progress = any(isinstance(c, InProgress) for c in category.conditions)
    application = start + 30 * DAY if in_progress else completion + 60 * DAY
    return {"completion_date": completion, "start_date": start, "application_date": application,
            "acceptance_date": completion + 30 * DAY}


def _designation(key: str, year: int, level: str = "provincial", **attrs: str) -> Fact:
    return Fact(name="designation", value=key, unit="text", confidence=0.9, provenance=WHERE,
                attrs={"level": level, "year": str(year), "grade": "AAA", "valid_until": "2030-12-31", **attrs})


def passing(category: Category) -> Packet:
    packet = Packet(figures=dict(_dates(category)))
    packet.figures["applicant_name"] = PLAIN_APPLICANT
    for c in category.conditions:
        if c.only_if_name:
            continue  # for another kind of applicant than the plain one
        if isinstance(c, AmountMin):
            packet.figures[c.figure] = max(c.min, Decimal(packet.figures.get(c.figure, 0)))  # type: ignore[arg-type]
        elif isinstance(c, CountMin):
            packet.figures[c.figure] = max(c.min, int(packet.figures.get(c.figure, 0)))  # type: ignore[call-overload]
        elif isinstance(c, RatioMin) and c.figure:
            packet.figures[c.figure] = c.min
        elif isinstance(c, RatioMin):
            packet.figures.setdefault(c.denominator, Decimal("1000"))  # type: ignore[index]
        elif isinstance(c, SumMin):
            packet.figures[c.figures[0]] = c.min
        elif isinstance(c, PartsMin):
            packet.parts[c.figure] = [c.min + 1, c.min + 1]
        elif isinstance(c, FocusMin):
            packet.figures[c.figure] = max(c.min, Decimal(packet.figures.get(c.figure, 0)))  # type: ignore[arg-type]
            packet.figures[c.part] = c.min
        elif isinstance(c, AmountMinByPeriod):
            packet.figures[c.figure] = max(t.min for t in c.tiers)
        elif isinstance(c, DateWindow) and c.figure != "completion_date":
            packet.figures[c.figure] = c.end or c.start
        elif isinstance(c, FactEquals):
            packet.figures[c.figure] = c.value
        elif isinstance(c, Designation):
            packet.designations.append(_designation(c.keys[0], c.since_year or 2021))
        elif isinstance(c, (TextEvidence, PeriodStated)):
            packet.texts[f"{c.id}.pdf"] = c.example
            packet.kinds[f"{c.id}.pdf"] = c.documents[0] if c.documents else "other"
        elif isinstance(c, NameMatches):
            packet.figures[c.figure] = c.example
        elif isinstance(c, DirectionMatch):
            packet.figures[c.figure] = GUIDE.lists[c.directions].items[0].name
        elif isinstance(c, InvoiceDatesWithin):
            packet.invoices = [c.start or c.end or date(2022, 1, 1)]
    for c in category.conditions:  # ratios of two figures once both floors are known
        if isinstance(c, RatioMin) and not c.figure:
            packet.figures[c.numerator] = Decimal(packet.figures[c.denominator]) * c.min  # type: ignore[arg-type, index]
    return packet


def a_name_matching(pattern: str) -> str:
    """An applicant name the pattern accepts: its first alternative, in a plausible name."""
    return "南京市" + pattern.split("|")[0].strip("^$")


def broken(c: Condition, packet: Packet) -> tuple[Packet, str | None]:
    """The packet with only what `c` reads made wrong, and the status `c` must then give."""
    p = replace(packet, figures=dict(packet.figures), designations=list(packet.designations),
                texts=dict(packet.texts))
    f = p.figures
    if c.only_if_name:
        f["applicant_name"] = a_name_matching(c.only_if_name)
    if isinstance(c, AmountMin):
        f[c.figure] = c.min - Decimal("0.01")
    elif isinstance(c, CountMin):
        f[c.figure] = c.min - 1
    elif isinstance(c, RatioMin):
        name = c.figure or c.numerator
        f[name] = Decimal(f[name]) - Decimal("0.01")  # type: ignore[arg-type, index]
        return p, c.on_fail
    elif isinstance(c, SumMin):
        f[c.figures[0]] = c.min - 1
    elif isinstance(c, PartsMin):
        p.parts = {**p.parts, c.figure: [c.min, c.min + 1]}
    elif isinstance(c, FocusMin):  # the whole reaches the floor, the declared focus's part alone does not
        f[c.part] = c.min - Decimal("0.01")
        return p, "review"
    elif isinstance(c, AmountMinByPeriod):
        f[c.figure] = min(t.min for t in c.tiers) - 1
    elif isinstance(c, DateWindow):
        f[c.figure] = c.end + DAY if c.end else c.start - DAY  # type: ignore[operator]
    elif isinstance(c, PeriodMax):
        f[c.start_figure] = f[c.end_figure].replace(year=f[c.end_figure].year - c.years) - DAY  # type: ignore[union-attr]
        return p, c.on_fail
    elif isinstance(c, AcceptanceDeadline):
        f[c.figure] = f["application_date"] + DAY  # type: ignore[operator]
    elif isinstance(c, InProgress):
        f[c.end_figure] = f["application_date"] - DAY  # type: ignore[operator]
    elif isinstance(c, FactEquals):
        f[c.figure] = c.failing[0] if c.failing else "unknown"
        return p, "fail" if c.failing else "review"
    elif isinstance(c, Designation):
        p.designations = [d for d in p.designations if d.value not in c.keys]
        p.designations.append(_designation(c.keys[0], 2010, level="municipal", valid_until="2020-12-31", grade="B"))
        return p, "pass" if c.priority_only else "fail"
    elif isinstance(c, TextEvidence):
        p.texts.pop(f"{c.id}.pdf")
        return p, "review" if c.when_silent == "review" else None  # manual: the reviewer's own item, no check
    elif isinstance(c, PeriodStated):  # a period that starts a day late leaves the window's first day uncovered
        p.texts[f"{c.id}.pdf"] = f"统计期间：{c.start + DAY:%Y年%m月%d日}至{c.end:%Y年%m月%d日}"
        return p, "review"
    elif isinstance(c, NameMatches):
        f[c.figure] = "某某咨询服务有限公司"
        return p, "fail" if c.ruled_out and re.search(c.ruled_out, f[c.figure]) else c.on_mismatch
    elif isinstance(c, DirectionMatch):
        f[c.figure] = "工业机器人精密减速器"
    elif isinstance(c, InvoiceDatesWithin):
        p.invoices = [(c.end or date(2022, 1, 1)) + DAY]
        return p, "review"
    elif isinstance(c, StatementAgainst):
        p.texts[f"{c.id}.pdf"] = c.example
        p.kinds[f"{c.id}.pdf"] = c.documents[0] if c.documents else "other"
    return p, "fail"


CASES = [pytest.param(category, c, id=f"{category.code}.{c.id}") for category in RULED for c in category.conditions]


@pytest.mark.parametrize("category", [pytest.param(c, id=c.code) for c in RULED])
def test_the_passing_packet_passes_every_condition(category: Category) -> None:
    evidence = passing(category).evidence()
    results = {c.id: evaluate_condition(c, evidence) for c in category.conditions}
    # a statement against the project that no paper makes leaves its manual item, no check
    silent = {c.id for c in category.conditions if isinstance(c, StatementAgainst)}
    assert all(results[i] is None for i in silent)
    assert {i: (r.status, r.message) for i, r in results.items()
            if i not in silent and (r is None or r.status != "pass")} == {}


@pytest.mark.parametrize(("category", "condition"), CASES)
def test_each_condition_fails_on_its_own(category: Category, condition: Condition) -> None:
    packet, status = broken(condition, passing(category))
    evidence = packet.evidence()
    check = evaluate_condition(condition, evidence)
    assert (check.status if check else None) == status, check and check.message
    reads = set(condition.figure_names())
    for other in category.conditions:
        if other is condition or reads & set(other.figure_names()) - {"application_date", "designation"}:
            continue
        if condition.only_if_name and (other.only_if_name or other.unless_name):
            continue  # the applicant changed kind: those conditions are the other kind's
        if isinstance(condition, Designation) and isinstance(other, Designation) and set(other.keys) & set(condition.keys):
            continue
        result = evaluate_condition(other, evidence)
        if isinstance(other, StatementAgainst):
            assert result is None, (other.id, result.message)
            continue
        assert result is not None and result.status == "pass", (other.id, result and result.message)


@pytest.mark.parametrize("condition", [pytest.param(c, id=f"{cat.code}.{c.id}") for cat in GUIDE.categories.values()
                                       for c in cat.conditions if isinstance(c, (TextEvidence, NameMatches, StatementAgainst))])
def test_every_pattern_accepts_its_example(condition: TextEvidence | NameMatches | StatementAgainst) -> None:
    assert re.search(condition.pattern, re.sub(r"\s+", "", condition.example))
    if isinstance(condition, NameMatches) and condition.ruled_out:
        assert condition.ruled_out_example and re.search(condition.ruled_out, condition.ruled_out_example)
        assert not re.search(condition.ruled_out, condition.example)


@pytest.mark.parametrize("condition", [pytest.param(c, id=f"{cat.code}.{c.id}") for cat in GUIDE.categories.values()
                                       for c in cat.conditions if isinstance(c, PeriodStated)])
def test_every_stated_period_example_spans_its_window(condition: PeriodStated) -> None:
    assert covering(find_periods(condition.example), condition.start, condition.end)


def test_every_figure_a_category_reads_is_in_the_glossary() -> None:
    glossary = figure_glossary()
    named = {name for c in GUIDE.categories.values() for name in c.figures()} | set(GUIDE.figure_sources)
    assert named - set(glossary) == set()
    assert {m["unit"] for m in glossary.values()} <= {"万元", "date", "count", "ratio", "text"}


@pytest.mark.parametrize(("category", "condition"), [
    pytest.param(cat, c, id=f"{cat.code}.{c.id}") for cat in RULED for c in cat.conditions if c.unless_name])
def test_conditions_another_kind_of_applicant_is_not_held_to(category: Category, condition: Condition) -> None:
    packet, _ = broken(condition, passing(category))
    packet.figures["applicant_name"] = a_name_matching(condition.unless_name)  # type: ignore[arg-type]
    check = evaluate_condition(condition, packet.evidence())
    assert check is not None and check.status == "pass" and "不受此项限制" in check.message


@pytest.mark.parametrize(("direction", "completion", "status"), [
    ("应用于汽车动力和安全系统的车规级芯片", date(2026, 6, 30), "pass"),  # 可放宽攻关时间不超过2年
    ("应用于汽车动力和安全系统的车规级芯片", date(2027, 1, 1), "fail"),
    ("面向云原生架构的中间件", date(2025, 1, 1), "fail"),
    ("面向云原生架构的中间件", date(2024, 12, 31), "pass"),
])
def test_a_direction_allowed_more_time_moves_the_deadline(direction: str, completion: date, status: str) -> None:
    category = GUIDE.categories["core-tech"]
    deadline = next(c for c in category.conditions if c.id == "completion_deadline")
    packet = Packet(figures={"declared_direction": direction, "completion_date": completion})
    check = evaluate_condition(deadline, packet.evidence())
    assert check is not None and check.status == status, check and check.message


@pytest.mark.parametrize(("direction", "start", "status"), [
    ("应用于汽车动力和安全系统的车规级芯片", date(2021, 1, 1), "pass"),  # 3 + 2 years
    ("面向云原生架构的中间件", date(2021, 1, 1), "review"),  # 原则上不超过3年
])
def test_a_direction_allowed_more_time_lengthens_the_period(direction: str, start: date, status: str) -> None:
    period = next(c for c in GUIDE.categories["core-tech"].conditions if c.id == "implementation_period")
    packet = Packet(figures={"declared_direction": direction, "start_date": start, "completion_date": date(2024, 12, 31)})
    check = evaluate_condition(period, packet.evidence())
    assert check is not None and check.status == status, check and check.message


@pytest.mark.parametrize(("listed", "status"), [("南京云帆软件股份有限公司", "pass"), ("苏州另一软件有限公司", "review")])
def test_a_designation_list_counts_only_if_it_names_the_applicant(listed: str, status: str) -> None:
    condition = next(c for c in GUIDE.categories["lead-software-enterprise"].conditions if c.id == "applicant_type")
    notice = _designation("key_software_enterprise", 2022).model_copy(
        update={"provenance": Provenance(document="名单.pdf", page=1, text="重点软件企业名单")})
    packet = Packet(figures={"applicant_name": "南京云帆软件股份有限公司"}, designations=[notice],
                    texts={"名单.pdf": f"2022年度江苏省规划布局内重点软件企业名单\n序号\t企业名称\n12\t{listed}"},
                    kinds={"名单.pdf": "designation_certificate"})
    check = evaluate_condition(condition, packet.evidence())
    assert check is not None and check.status == status, check and check.message
