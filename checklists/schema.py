"""Guide data model. Loaded from YAML with extra="forbid": a typo fails at load, naming file and field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Material(Strict):
    id: str
    name: str  # Chinese, for messages
    any_of: tuple[str, ...]  # document kinds
    exemption: str | None = None  # procedure key a 推荐单位 letter may exempt (filing | eia | energy)
    required_if: str | None = None  # figure name: the material is needed only when that amount is claimed
    issued_by: str | None = None  # regex its text must match: who must have issued it (当地工信部门)
    issuer: str | None = None  # Chinese, for messages
    by_recommender: bool = False  # naming the packet's 推荐单位 also shows who issued it (a 省属企业集团 recommends)
    unaltered: bool = False  # its papers must carry no correction (银行利息单复印件 字迹清晰无涂改)


class SealedPaper(Strict):
    """A paper its issuer seals. Seal words matching `foreign` (and not `own`) are another body's: an
    enterprise's seal on an official paper. Seal words matching `own` are compared with `figure` (the firm
    the paper names). A seal naming the `allowed` figure is never another body's (a 省属企业集团 recommends)."""

    foreign: str
    online: str | None = None  # text of a paper printed from an online system, which carries no seal (备案回执)
    own: str | None = None
    figure: str | None = None
    allowed: str | None = None


FIGURE_FIELDS = ("figure", "numerator", "denominator", "start_figure", "end_figure", "part")


class _Condition(Strict):
    id: str
    text: str  # the guide's words, Chinese
    documents: tuple[str, ...] = ()  # kinds the evidence comes from (for the report)
    # Conditions for one kind of applicant, told by its name (regex on applicant_name):
    only_if_name: str | None = None  # applies only to these (各地中小企业服务中心 …)
    unless_name: str | None = None  # does not apply to these (事业单位和非营利性机构 …)

    also_reads: ClassVar[tuple[str, ...]] = ()  # figures a type reads beyond its fields

    def figure_names(self) -> list[str]:
        names = [getattr(self, f) for f in FIGURE_FIELDS if getattr(self, f, None)]
        return names + list(getattr(self, "figures", ())) + list(self.also_reads)


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
    """A ratio figure (`figure`), or numerator / denominator of two figures of the same unit."""
    type: Literal["ratio_min"]
    figure: str | None = None
    numerator: str | None = None
    denominator: str | None = None
    min: Decimal
    tax: Literal["excl", "any"] = "excl"  # amounts read for it must be 不含税
    on_fail: Literal["fail", "review"] = "fail"  # review: a shortfall a person must explain (missing invoices …)
    # The denominator already verified by these kinds of document (a 专项审计报告 checks every contract,
    # invoice and payment): the packet's own papers are then a sample, and a shortfall is only reported.
    verified_by: tuple[str, ...] = ()


class PartsMin(_Condition):
    """Each item a 合计 adds up must exceed `min` (several deals counted together, each > 5000万)."""
    type: Literal["parts_min"]
    figure: str
    min: Decimal


class SumMin(_Condition):
    type: Literal["sum_min"]
    figures: tuple[str, ...]
    min: Decimal
    tax: Literal["excl", "any"] = "excl"


class Tier(Strict):
    max_years: int
    min: Decimal


class AmountMinByPeriod(_Condition):
    """The floor depends on the implementation period: the first tier whose max_years covers it."""
    type: Literal["amount_min_by_period"]
    figure: str
    start_figure: str = "start_date"
    end_figure: str = "completion_date"
    tiers: tuple[Tier, ...]


class DateWindow(_Condition):
    type: Literal["date_window"]
    figure: str
    start: date | None = None  # inclusive
    end: date | None = None  # inclusive
    relaxed_by: str | None = None  # a direction list: the matched direction's extra_years extend `end`
    # what the papers may say that the guide does not settle ("转企改制", a predecessor's years): a date
    # outside the window is then review, never a fail
    unsettled_by: str | None = None


class PeriodMax(_Condition):
    type: Literal["period_max"]
    start_figure: str = "start_date"
    end_figure: str = "completion_date"
    years: int
    on_fail: Literal["fail", "review"] = "fail"  # review: the guide says 原则上
    relaxed_by: str | None = None  # a direction list: the matched direction's extra_years add to `years`


class AcceptanceDeadline(_Condition):
    """A date that must fall before the application deadline (or, unset, the packet's application date)."""
    type: Literal["acceptance_deadline"]
    also_reads: ClassVar[tuple[str, ...]] = ("application_date",)
    figure: str = "acceptance_date"


class InProgress(_Condition):
    """已开工但尚未竣工 at the application date: started before it, completion planned after it."""
    type: Literal["in_progress"]
    also_reads: ClassVar[tuple[str, ...]] = ("application_date",)
    start_figure: str = "start_date"
    end_figure: str = "completion_date"


class NameMatches(_Condition):
    """The applicant is of a kind the guide names (园区、开发区、工信部门 …), judged by its name."""
    type: Literal["name_matches"]
    figure: str = "applicant_name"
    pattern: str
    example: str  # a name that qualifies (tests check the pattern accepts it)
    on_mismatch: Literal["fail", "review"] = "review"
    # names no applicant of that kind bears (a 有限公司 where public bodies apply): these fail, not review
    ruled_out: str | None = None
    ruled_out_example: str | None = None


class DirectionMatch(_Condition):
    """The project's direction is one of a published list (data file beside guide.yaml)."""
    type: Literal["direction_match"]
    directions: str  # a list of the guide folder: lists/<name>.yaml
    figure: str = "declared_direction"


class InvoiceDatesWithin(_Condition):
    type: Literal["invoice_dates_within"]
    also_reads: ClassVar[tuple[str, ...]] = ("invoice_date",)
    start: date | None = None
    end: date | None = None


class FactEquals(_Condition):
    type: Literal["fact_equals"]
    figure: str
    value: str
    failing: tuple[str, ...] = ()  # values that fail outright; others go to review
    accepted: tuple[str, ...] = ()  # other values that satisfy it, said in the message (a duplicate counted once)


class Designation(_Condition):
    type: Literal["designation"]
    also_reads: ClassVar[tuple[str, ...]] = ("designation",)
    keys: tuple[str, ...]  # any of
    min_level: Literal["municipal", "provincial", "national"] | None = "provincial"  # None: no issuer level
    since_year: int | None = None
    min_grade: Literal["A", "AA", "AAA"] | None = None
    priority_only: bool = False  # 优先支持: not holding it is a review, never a failure
    valid_on_application: bool = False  # 处于有效期内: an expiry before the application date fails
    max_age_years: int | None = None  # 批复未满 N 年 at the application date
    fallback_pattern: str | None = None  # another way to qualify, stated in words: sends to review


class PeriodStated(_Condition):
    """The documents state the period a figure covers: periods inside [start, end] spanning it without a gap
    ("2021年7月1日至2022年6月30日", or "2021年7—12月" and "2022年1—6月" in a table)."""
    type: Literal["period_stated"]
    start: date
    end: date
    example: str  # a text that states it (tests check it is found)


class StatementAgainst(_Condition):
    """A statement the documents make that rules the project out (同一控制下的企业合并, a 备案 of another
    province): found, the check fails with the words quoted; absent, the condition stays a manual item."""
    type: Literal["statement_against"]
    pattern: str  # regex over the documents of `documents` kinds (all if empty), white space removed
    example: str  # a sentence it finds (tests check it)


class FocusMin(_Condition):
    """An amount the guide counts for one focus the applicant declares (集群服务收入, 须聚焦某一特定集群): where the
    papers split it by whom it served and the part for the declared focus alone (`part`, a figure_focus) is below
    `min` while the whole reaches it, a person decides whether the rest counts."""
    type: Literal["focus_min"]
    figure: str  # the whole amount (service_revenue)
    part: str  # the part for the declared focus (figure_focus)
    min: Decimal


class FigureAbove(Strict):
    figure: str
    above: Decimal  # strictly greater


class TextEvidence(_Condition):
    type: Literal["text_evidence"]
    pattern: str  # regex over the documents of `documents` kinds (all documents if empty), white space removed
    example: str  # a sentence that satisfies it (tests check the pattern finds it)
    # A figure that settles it without words (持股 above half: the one controlling, largest shareholder)
    implied_by: FigureAbove | None = None
    # Papers that say nothing of it: review, or (manual) the reviewer's own item, where the department's records
    # and not the packet decide (whether this fund supported the applicant before)
    when_silent: Literal["review", "manual"] = "review"

    def figure_names(self) -> list[str]:
        return super().figure_names() + ([self.implied_by.figure] if self.implied_by else [])


class DatesInOrder(_Condition):
    """One date cannot come before another (an acceptance before the completion it accepts): out of order, a
    person looks; absent either, nothing to say."""
    type: Literal["dates_in_order"]
    earlier: str
    later: str
    on_fail: Literal["fail", "review"] = "review"

    def figure_names(self) -> list[str]:
        return [self.earlier, self.later]


class FigureStated(_Condition):
    """Something the papers must name (the 推荐单位 on the forms or its letter): unread, it is missing."""
    type: Literal["figure_stated"]
    figure: str


Condition = Annotated[
    AmountMin | CountMin | RatioMin | SumMin | PartsMin | AmountMinByPeriod | DateWindow | PeriodMax | AcceptanceDeadline
    | InProgress | NameMatches | DirectionMatch | InvoiceDatesWithin | FactEquals | Designation | TextEvidence
    | PeriodStated | StatementAgainst | FigureStated | DatesInOrder | FocusMin,
    Field(discriminator="type"),
]


class Term(Strict):
    rate: Decimal
    basis: str  # figure name


class Subsidy(Strict):
    """rate_cap: rate × basis, capped. fixed: amount_wan. sum: Σ rate × basis over terms, capped.
    two_stage: first stage rate × basis capped at first_cap_wan, a later stage of at most later_cap_wan
    after acceptance, both together capped at cap_wan. actual: the audited basis itself, capped."""
    type: Literal["rate_cap", "fixed", "sum", "two_stage", "actual"] = "rate_cap"
    rate: Decimal | None = None
    basis: str | None = None  # figure name
    cap_wan: Decimal | None = None
    amount_wan: Decimal | None = None  # fixed
    terms: tuple[Term, ...] = ()  # sum
    first_cap_wan: Decimal | None = None  # two_stage
    later_cap_wan: Decimal | None = None  # two_stage
    first_payment_share: Decimal | None = None
    first_payment_wan: Decimal | None = None
    note: str | None = None  # the guide's words where the formula leaves the amount to the reviewers


class Window(Strict):
    """The period a figure counts over ("2021年1月1日至2022年6月30日期间实际发生的利息"): dated rows outside it are left out."""
    start: date
    end: date
    text: str  # Chinese, for messages


class RowCount(Strict):
    """A count the guide makes of listed rows (班次 of 3.5 days or more): how many rows of `rows` reach `at_least`,
    or (上年度获得的软件著作权) how many are dated inside `window`, less those marked `without` (受让)."""
    rows: str  # the per-row fact (class_days)
    at_least: Decimal | None = None
    text: str  # Chinese, for messages
    window: Window | None = None  # only rows dated (attrs row_date) inside it count; undated rows leave it to papers
    without: str | None = None  # rows with this attr set are not counted (transferred: 受让取得)
    without_text: str = ""  # Chinese: what those rows are
    # parts of a row's length counted at most so much (报到、撤离各不超过半天), by the row fact's attrs
    capped: dict[str, Decimal] = {}
    capped_text: str = ""  # Chinese: how the caps are stated


class Focus(Strict):
    """The part of an amount earned for the one focus a form declares (聚焦服务集群), from the parts a paper lists by
    whom they served (`of`, attrs served); the project's name stands in for an undeclared focus."""
    of: str  # the per-part fact (service_revenue_part)
    declared: str  # the declared focus (declared_cluster)
    text: str  # Chinese, for messages


class Average(Strict):
    """A figure the guide asks for as a yearly average (2019-2021年年均收入): `of` the years' figures, from `kinds`."""
    of: str  # the yearly figure (revenue)
    years: tuple[int, ...]
    kinds: tuple[str, ...] = ("audit_report",)
    text: str  # Chinese, for messages


class Category(Strict):
    code: str
    title: str
    section: str
    detect: str | None = None  # regex matched against form titles
    detect_hint: str | None = None  # regex over the forms' text, to tell apart categories sharing a form
    figure_fallbacks: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # figure → stand-ins, in order
    figure_windows: dict[str, Window] = Field(default_factory=dict)  # figure → the period its dated rows count in
    # date figure → other dates that also mark it, the latest counting (a merger is complete when its shares are
    # delivered and its 工商变更 is registered: completion_date ← registration_change_date)
    figure_latest: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    row_counts: dict[str, RowCount] = Field(default_factory=dict)  # figure → the listed rows it counts
    figure_averages: dict[str, Average] = Field(default_factory=dict)  # figure → the yearly figures it averages
    figure_focus: dict[str, Focus] = Field(default_factory=dict)  # figure → the parts it keeps of one declared focus
    deferred: str | None = None  # the reason, when the guide defers the conditions
    materials: tuple[Material, ...] = ()
    conditions: tuple[Condition, ...] = ()
    subsidy: Subsidy | None = None
    manual: tuple[str, ...] = ()  # the guide's judgements left to reviewers (重点方向、研发类项目 …), listed in reports
    not_common: tuple[str, ...] = ()  # common conditions that do not apply (an event's bills come after its days)

    def figures(self) -> list[str]:
        """The figures this category's conditions and formula read, in order of first use."""
        names: list[str] = []
        for condition in self.conditions:
            names += condition.figure_names()
        if self.subsidy:
            names += [n for n in (self.subsidy.basis, *(t.basis for t in self.subsidy.terms)) if n]
        return list(dict.fromkeys(names))


class Direction(Strict):
    number: int
    cluster: str
    name: str
    quota: str | None = None
    note: str | None = None
    extra_years: int = 0  # 可放宽攻关时间不超过 N 年


class DirectionList(Strict):
    title: str
    quotas: dict[str, str] = Field(default_factory=dict)  # quota key → the guide's words
    quota_words: dict[str, str] = Field(default_factory=dict)  # quota key → regex an application may state
    items: tuple[Direction, ...]
    # Directions the guide's own text admits beside the list (二（一）"…高端芯片、传感器和高端仪器等国家重点突破的方向")
    also_admitted: AlsoAdmitted | None = None


class AlsoAdmitted(Strict):
    text: str  # the guide's words
    fields: tuple[str, ...]  # a declared direction naming one of these is admitted


class Guide(Strict):
    guide: str
    title: str
    application_deadline: date | None = None
    investment_cutoff: date | None = None  # invested_by_cutoff is counted to this date (截至…已投入)
    figure_sources: dict[str, tuple[str, ...]]  # figure → document kinds, most authoritative first
    default_sources: tuple[str, ...] = ()  # for figures not listed in figure_sources
    # Kinds that state what a project aims at (绩效目标表): a figure read only there is a target, usable
    # only by a condition that names such a kind among its documents.
    target_sources: tuple[str, ...] = ()
    form_facts: tuple[str, ...] = ()  # what such a form states of itself (who applies, when): never a target
    earliest_dates: tuple[str, ...] = ()  # date figures where, of several stated, the earliest counts (start)
    # date figures where the latest paper of any kind that states one counts: a packet is put together when its
    # last paper is signed (a 申报表 filled in October, the 推荐函 sent in November)
    latest_dates: tuple[str, ...] = ()
    # figure → kinds whose own statement must agree with the chosen one: two independent papers (the
    # acceptance opinion and the audit) giving different completion dates is for a reviewer to settle
    cross_checked: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    families: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # family name → category codes
    sealed_papers: dict[str, SealedPaper] = Field(default_factory=dict)  # document kind → who seals it

    def family_of(self, code: str | None) -> str:
        return next((name for name, codes in self.families.items() if code in codes), "未归类")
    common_conditions: tuple[Condition, ...] = ()
    categories: dict[str, Category] = Field(default_factory=dict)
    lists: dict[str, DirectionList] = Field(default_factory=dict)  # lists/<name>.yaml
