"""What a synthetic packet says: the facts its documents are written from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from stdnum.cn import uscc


def make_uscc(seed: int) -> str:
    body = f"913205{seed:06d}ABCD{seed % 97:02d}"[:17].replace("I", "J").replace("O", "P")
    return body + uscc.calc_check_digit(body)


@dataclass
class Invoice:
    number: str
    code: str
    issued: date
    amount_yuan: Decimal
    rate: Decimal = Decimal("0.13")
    buyer: str | None = None  # None: the applicant

    @property
    def tax_yuan(self) -> Decimal:
        return (self.amount_yuan * self.rate).quantize(Decimal("0.01"))


@dataclass
class Spec:
    name: str
    category: str
    seed: int
    applicant: str
    project: str
    recommender: str = "苏州市工业和信息化局"
    total: Decimal = Decimal("3256.78")  # 万元, excl. tax, excl. 土建/流动资金
    software: Decimal = Decimal("412.50")
    construction: Decimal = Decimal(0)
    working_capital: Decimal = Decimal(0)
    tax_included_only: bool = False
    start: date = date(2020, 3, 1)
    completion: date = date(2022, 5, 20)
    acceptance: date = date(2022, 9, 15)
    application: date = date(2023, 3, 10)
    conclusion: str = "passed"  # passed | rejected
    designation: tuple[str, str, int] | None = ("智能制造示范工厂", "江苏省", 2021)  # what, issuer region, year
    integration_grade: str | None = None  # 两化融合 A/AA/AAA
    improved_indicators: int | None = None
    devices_5g: int | None = None
    devices_wireless: int | None = None
    scenarios_5g: int | None = None
    exemption: tuple[str, ...] = ()  # procedures exempted by letter: filing, eia, energy
    missing: tuple[str, ...] = ()  # document keys left out
    unreadable: tuple[str, ...] = ()  # document keys written as broken files
    seals: dict[str, str | None] = field(default_factory=dict)  # document key → who sealed it instead (None: unsealed)
    invoices: list[Invoice] = field(default_factory=list)
    variant: int = 0  # wording and layout
    zip_packet: bool = False
    facts: dict[str, object] = field(default_factory=dict)  # category facts (profiles.PROFILES)
    designations: tuple[tuple[str, str, int], ...] = ()  # more certificates (what, region, year)
    valid_until: date | None = None
    extra_forms: tuple[str, ...] = ()  # categories whose application forms are added by mistake
    expected_outcome: str = "eligible"
    expected_checks: dict[str, str] = field(default_factory=dict)  # check id suffix → status

    @property
    def uscc(self) -> str:
        return make_uscc(self.seed)

    @property
    def gross(self) -> Decimal:
        return self.total + self.construction + self.working_capital
