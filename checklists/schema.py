"""Guide data model. Loaded from YAML with extra="forbid": a typo fails at load, naming file and field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Material(Strict):
    id: str
    name: str  # Chinese, for messages
    any_of: tuple[str, ...]  # document kinds
    exemption: str | None = None  # procedure key a 推荐单位 letter may exempt (filing | eia | energy)


class _Condition(Strict):
    id: str
    text: str  # the guide's words, Chinese
    documents: tuple[str, ...] = ()  # kinds the evidence comes from (for the report)


class AmountMin(_Condition):
    type: Literal["amount_min"]
    figure: str
    min: Decimal
    tax: Literal["excl", "any"] = "excl"


class CountMin(_Condition):
    type: Literal["count_min"]
    figure: str
    min: int


class RatioMin(_Condition):
    type: Literal["ratio_min"]
    numerator: str
    denominator: str
    min: Decimal


class DateWindow(_Condition):
    type: Literal["date_window"]
    figure: str
    start: date | None = None  # inclusive
    end: date | None = None  # inclusive


class PeriodMax(_Condition):
    type: Literal["period_max"]
    start_figure: str = "start_date"
    end_figure: str = "completion_date"
    years: int


class AcceptanceDeadline(_Condition):
    type: Literal["acceptance_deadline"]


class FactEquals(_Condition):
    type: Literal["fact_equals"]
    figure: str
    value: str
    failing: tuple[str, ...] = ()  # values that fail outright; others go to review


class Designation(_Condition):
    type: Literal["designation"]
    keys: tuple[str, ...]  # any of
    min_level: Literal["municipal", "provincial", "national"] = "provincial"
    since_year: int | None = None
    min_grade: Literal["A", "AA", "AAA"] | None = None
    priority_only: bool = False  # 优先支持: not holding it is a review, never a failure


class TextEvidence(_Condition):
    type: Literal["text_evidence"]
    pattern: str  # regex over the documents of `documents` kinds (all documents if empty)


Condition = Annotated[
    AmountMin | CountMin | RatioMin | DateWindow | PeriodMax | AcceptanceDeadline | FactEquals | Designation
    | TextEvidence,
    Field(discriminator="type"),
]


class Subsidy(Strict):
    type: Literal["rate_cap", "fixed"] = "rate_cap"
    rate: Decimal | None = None
    basis: str | None = None  # figure name
    cap_wan: Decimal | None = None
    amount_wan: Decimal | None = None  # fixed
    first_payment_share: Decimal | None = None
    first_payment_wan: Decimal | None = None


class Category(Strict):
    code: str
    title: str
    section: str
    detect: str | None = None  # regex matched against form titles
    deferred: str | None = None  # the reason, when the guide defers the conditions
    materials: tuple[Material, ...] = ()
    conditions: tuple[Condition, ...] = ()
    subsidy: Subsidy | None = None


class Guide(Strict):
    guide: str
    title: str
    application_deadline: date | None = None
    figure_sources: dict[str, tuple[str, ...]]  # figure → document kinds, most authoritative first
    common_conditions: tuple[Condition, ...] = ()
    categories: dict[str, Category] = Field(default_factory=dict)
