"""The one door every figure passes before it decides a condition or a subsidy.

A figure is usable when it was read, its sources agree, its tax basis is the one the guide needs,
it is not only a target stated in the applicant's 绩效目标表 (unless the condition accepts those),
and it is not an amount, count or share read by OCR that nothing confirms (dates, names and codes
read by OCR may decide; their sources say OCR). Otherwise it is refused, with the reason in Chinese.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from checklists.resolve import Resolved, same_value, show
from extractors.model import Fact, Value

# Names, codes, flags and dates: an OCR reading of these may decide (the source is marked OCR). A misread
# name or code shows as a mismatch with the other documents; a date has its own structure (年月日). An
# amount, count or share is one digit away from another valid number, so it needs a cross-check.
OCR_DECIDES = frozenset({"text", "flag", "date"})


@dataclass(frozen=True)
class Need:
    """What a condition or a formula needs of a figure."""
    tax: str = "any"  # excl: a 含税 amount is refused
    accepts: tuple[str, ...] = ()  # document kinds it takes evidence from; a target-only figure needs one of them


@dataclass(frozen=True)
class Usable:
    figure: Resolved

    @property
    def value(self) -> Value:
        assert self.figure.value is not None
        return self.figure.value

    @property
    def shown(self) -> str:
        return show(self.figure.value, self.figure.unit)

    def dated(self) -> list[tuple[date, str | None]]:
        """Every date the figure stands for (the rows of a table column, else itself), with its precision."""
        facts = self.figure.parts
        if facts:
            return [(f.value, f.precision) for f in facts]  # type: ignore[misc]
        return [(self.value, self.figure.precision)]  # type: ignore[list-item]

    def amounts(self) -> list[Fact]:
        """The rows a 合计 adds up (several deals): each one read with it."""
        return list(self.figure.parts)


@dataclass(frozen=True)
class Refused:
    figure: Resolved | None
    reason: str  # Chinese, short; empty when nothing was read
    at_most: Decimal | None = None  # a 含税 amount: the 不含税 amount is at most this
    claimed: Decimal | None = None  # what the applicant's own form claims: a part of a sum is at most this

    @property
    def absent(self) -> bool:
        return self.figure is None or self.figure.value is None

    @property
    def shown(self) -> str | None:
        return None if self.absent else show(self.figure.value, self.figure.unit)  # type: ignore[union-attr]

    @property
    def reading(self) -> Value | None:
        """What was read, for a result marked 仅供参考 only: never for a decision."""
        return None if self.figure is None else self.figure.value


Verdict = Usable | Refused


def ocr_only(fact: Fact) -> bool:
    """Read through OCR and confirmed by nothing the OCR step knows of (convention of the OCR reader)."""
    return fact.attrs.get("ocr") == "1" and fact.attrs.get("confirmed") != "1"


def _confirmed(fact: Fact, figure: Resolved) -> bool:
    """Not OCR-only, or another document states the same value."""
    if not ocr_only(fact):
        return True
    return any(other is not fact and other.provenance.document != fact.provenance.document
               and same_value(other.value, fact.value) for other in (*figure.sources, *figure.alternatives))


def unconfirmed_ocr(figure: Resolved) -> list[Fact]:
    """The OCR-only facts a number or date rests on. A 合计 its rows add up to is cross-checked."""
    if figure.unit in OCR_DECIDES:
        return []
    facts = list(figure.sources)
    if figure.parts and not isinstance(figure.value, Decimal):
        facts += figure.parts  # dates down a column: each row decides
    elif figure.parts:
        return []
    return [f for f in facts if not _confirmed(f, figure)]


def gate(figure: Resolved | None, need: Need = Need()) -> Verdict:
    if figure is None or figure.value is None:
        return Refused(figure, "")
    if figure.status == "conflict":
        return Refused(figure, figure.note or "材料之间数值不一致")
    if figure.status not in ("ok", "tax_incl"):
        return Refused(figure, figure.note or "识别结果不可靠")
    unconfirmed = unconfirmed_ocr(figure)
    if unconfirmed:
        where = "、".join(dict.fromkeys(f.provenance.document for f in unconfirmed))
        return Refused(figure, f"OCR 识别，未经核对（{where}）")
    if figure.target_only and not set(figure.kinds) & set(need.accepts):
        claimed = figure.value if isinstance(figure.value, Decimal) and figure.unit == "万元" else None
        return Refused(figure, "仅见绩效目标申报表中的数值（目标值），未经审计或验收材料证实", claimed=claimed)
    if figure.status == "tax_incl" and need.tax == "excl":
        at_most = figure.value if isinstance(figure.value, Decimal) else None
        return Refused(figure, "仅读到含税金额，指南要求不含税", at_most=at_most)
    return Usable(figure)


def stated(figure: Resolved | None) -> bool:
    """The figure was stated at all (a claim that asks for a material), whether usable or not."""
    return figure is not None and bool(figure.value)
