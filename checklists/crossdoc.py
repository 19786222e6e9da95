"""Figures that only exist across documents: consistency of the applicant, invoices, totals."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from stdnum.cn import uscc

from checklists.gate import Usable, gate
from checklists.loader import figure_glossary
from checklists.resolve import Resolved, same_value, show
from extractors.model import Fact
from extractors.org_names import same_party
from extractors.party import canonical_name

KindFacts = list[tuple[str, Fact]]


def _flag(name: str, value: str, sources: list[Fact], note: str = "", confidence: float = 0.95) -> Resolved:
    return Resolved(name, value, "text", confidence, sources, note=note)


FORMS = ("application_form", "performance_form")


def _other_parties_licences(facts: KindFacts) -> set[str]:
    """Business licences of other companies beside the applicant's own (a target's licence after the
    acquisition, a consortium member's): once one licence names the company the forms name, the others
    are not the applicant's."""
    def said(kinds: tuple[str, ...], document: str | None = None) -> set[str]:
        return {canonical_name(str(f.value)) if f.name == "applicant_name" else str(f.value) for kind, f in facts
                if kind in kinds and f.name in ("applicant_name", "applicant_uscc")
                and (document is None or f.provenance.document == document)}
    declared = said(FORMS)
    licences = {f.provenance.document for kind, f in facts if kind == "business_license"}
    own = {doc for doc in licences if said(("business_license",), doc) & declared}
    return licences - own if own else set()


def _parties(names: list[str]) -> set[str]:
    """One name (the fullest) per party the names stand for: a short form is its full name's party."""
    parties: list[str] = []
    for name in sorted(dict.fromkeys(canonical_name(n) for n in names), key=len, reverse=True):
        if not any(same_party(name, party) for party in parties):
            parties.append(name)
    return set(parties)


def applicant_consistency(facts: KindFacts) -> list[Resolved]:
    others = _other_parties_licences(facts)
    names = [f for _, f in facts if f.name == "applicant_name" and f.provenance.document not in others]
    codes = [f for _, f in facts if f.name == "applicant_uscc" and f.provenance.document not in others]
    out = []
    if names or codes:
        distinct_names = _parties([str(f.value) for f in names])
        distinct_codes = {str(f.value) for f in codes}
        differing = len(distinct_names) > 1 or len(distinct_codes) > 1
        note = "材料中的申报主体不一致：" + "、".join(sorted(distinct_names | distinct_codes)) if differing else ""
        out.append(_flag("applicant_consistency", "inconsistent" if differing else "consistent",
                         names + codes if differing else (names + codes)[:1], note))
    if codes:
        invalid = [f for f in codes if f.attrs.get("valid") == "no"]
        out.append(_flag("applicant_uscc_valid", "invalid" if invalid else "valid", invalid or codes[:1],
                         "统一社会信用代码校验位错误：" + "、".join(str(f.value) for f in invalid) if invalid else ""))
    return out


INVOICE_FIELDS = ("invoice_code", "invoice_number", "invoice_date", "amount_excl_tax", "tax_amount", "total_incl_tax",
                  "seller_tax_id", "buyer_tax_id")
FIELD_NAMES = {"invoice_code": "发票代码", "invoice_number": "发票号码", "invoice_date": "开票日期",
               "amount_excl_tax": "金额", "tax_amount": "税额", "total_incl_tax": "价税合计",
               "seller_tax_id": "销售方税号", "buyer_tax_id": "购买方税号"}


def applicant_code_from_invoices(facts: KindFacts, applicant: Resolved | None) -> list[Resolved]:
    """No paper states the applicant's 统一社会信用代码, but its invoices name it as the buyer with one
    纳税人识别号: for a company that number is its 统一社会信用代码."""
    used = gate(applicant)
    if not isinstance(used, Usable):
        return []
    wanted = canonical_name(str(used.value))
    invoices = _invoices(facts)
    codes = [fields["buyer_tax_id"] for fields in invoices.values() if "buyer_tax_id" in fields and
             "buyer_name" in fields and canonical_name(str(fields["buyer_name"].value)) == wanted]
    distinct = {str(f.value) for f in codes}
    if len(distinct) != 1 or not uscc.is_valid(next(iter(distinct))):
        return []
    return [Resolved("applicant_uscc", codes[0].value, "text", 0.9, codes, kinds=("invoice",),
                     note=f"申报材料未填写，取自 {len(codes)} 张发票的购买方纳税人识别号")]


def _invoice_of(fact: Fact) -> str:
    """The invoice a fact belongs to: its file, and where one PDF binds several invoices, the page it starts on."""
    part = fact.attrs.get("invoice")
    return f"{fact.provenance.document}#{part}" if part else fact.provenance.document


def _invoices(facts: KindFacts) -> dict[str, dict[str, Fact]]:
    by_invoice: dict[str, dict[str, Fact]] = defaultdict(dict)
    for kind, fact in facts:
        if kind == "invoice":
            by_invoice[_invoice_of(fact)].setdefault(fact.name, fact)
    return by_invoice


def _invoice_key(fields: dict[str, Fact]) -> str | None:
    number = fields.get("invoice_number")
    if number is None:
        return None
    code = fields.get("invoice_code")
    return f"{code.value if code else ''}-{number.value}"


def invoice_figures(facts: KindFacts, applicant: Resolved | None, start: Resolved | None,
                    end: Resolved | None, cutoff: date | None = None, former: Resolved | None = None) -> list[Resolved]:
    """`former`: the applicant's former names (an invoice made out before a 名称变更 names the same buyer)."""
    invoices = _invoices(facts)
    if not invoices:
        return []
    seen: dict[str, dict[str, Fact]] = {}
    duplicates: list[Fact] = []
    for fields in invoices.values():
        key = _invoice_key(fields)
        if key and key in seen:
            duplicates.append(fields["invoice_number"])
            continue
        seen[key or str(id(fields))] = fields
    unique = list(seen.values())
    amounts = [f["amount_excl_tax"] for f in unique if "amount_excl_tax" in f]
    total = sum((Decimal(str(f.value)) for f in amounts), Decimal(0))
    out = [
        Resolved("invoice_total", total, "万元", 0.95 if len(amounts) == len(unique) else 0.6, amounts,
                 note="" if len(amounts) == len(unique) else "部分发票未读到不含税金额"),
        Resolved("invoice_count", len(unique), "count", 0.95, [f["invoice_number"] for f in unique
                                                               if "invoice_number" in f]),
        _flag("invoice_duplicates", "repeated" if duplicates else "none", duplicates,
              "重复提交的发票（已只计一次）：" + "、".join(str(f.value) for f in duplicates) if duplicates else ""),
    ]
    out += _by_cutoff(unique, cutoff)
    out += _sources_check(facts)
    out += _buyer_check(unique, applicant, former)
    out += _period_check(unique, start, end)
    return out


def _by_cutoff(unique: list[dict[str, Fact]], cutoff: date | None) -> list[Resolved]:
    """The invoices' amount (tax excluded) issued by the guide's cutoff date: what 以发票为准 allows."""
    if cutoff is None:
        return []
    early = [f for f in unique if "amount_excl_tax" in f and "invoice_date" in f and f["invoice_date"].value <= cutoff]
    if not early:
        return []
    total = sum((Decimal(str(f["amount_excl_tax"].value)) for f in early), Decimal(0))
    return [Resolved("invoice_total_by_cutoff", total, "万元", 0.95, [f["amount_excl_tax"] for f in early],
                     note=f"{len(early)} 张发票开具于 {cutoff} 之前（含）")]


SOURCE_NAMES = {"xml": "结构化数据", "ofd": "OFD 数据", "qr": "二维码", "page": "票面"}


def _sources_check(facts: KindFacts) -> list[Resolved]:
    """An e-invoice states its fields more than once (the embedded XML, the QR code, the printed page):
    where they disagree, which one is true is for a reviewer to see."""
    values: dict[tuple[str, str], dict[str, Fact]] = defaultdict(dict)
    for kind, fact in facts:
        if kind == "invoice" and fact.name in INVOICE_FIELDS:
            shown = fact.value.normalize() if isinstance(fact.value, Decimal) else fact.value
            values[(_invoice_of(fact), fact.name)].setdefault(str(shown), fact)
    # one PDF holding several paper invoices has several values from the page alone: not a disagreement
    split = {key: found for key, found in values.items()
             if len({f.attrs.get("source", "page") for f in found.values()}) > 1}
    if not values:
        return []
    note = "；".join(
        f"{document} {FIELD_NAMES.get(name, name)}：" + "、".join(
            f"{SOURCE_NAMES.get(f.attrs.get('source', 'page'), f.attrs.get('source', 'page'))} {value}"
            for value, f in found.items())
        for (document, name), found in split.items())
    sources = [f for found in split.values() for f in found.values()]
    return [_flag("invoice_sources_check", "disagree" if split else "agree",
                  sources or [next(iter(found.values())) for found in values.values()][:1],
                  f"发票各来源数据不一致：{note}" if split else "")]


def _buyer_check(unique: list[dict[str, Fact]], applicant: Resolved | None,
                 former: Resolved | None = None) -> list[Resolved]:
    buyers = [f["buyer_name"] for f in unique if "buyer_name" in f]
    used = gate(applicant)
    if not isinstance(used, Usable) or not buyers:
        return []
    wanted = {canonical_name(str(used.value))} | {canonical_name(n) for n in (str(former.value).split("；")
                                                                             if former is not None else [])}
    wrong = [f for f in buyers if canonical_name(str(f.value)) not in wanted]
    note = "发票购买方不是申报主体：" + "、".join(f"{f.provenance.document}（{f.value}）" for f in wrong) if wrong else ""
    return [_flag("invoice_buyer_check", "mismatch" if wrong else "consistent", wrong or buyers[:1], note)]


def _period_check(unique: list[dict[str, Fact]], start: Resolved | None, end: Resolved | None) -> list[Resolved]:
    dates = [f["invoice_date"] for f in unique if "invoice_date" in f]
    first, last = gate(start), gate(end)
    if not dates or not isinstance(first, Usable) or not isinstance(last, Usable):
        return []  # a period in doubt is the period checks' to report
    low, high = first.value, last.value
    assert isinstance(low, date) and isinstance(high, date)
    outside = [f for f in dates if not (low <= f.value <= high)]  # type: ignore[operator]
    note = (f"开票日期不在项目实施期（{low}—{high}）内：" +
            "、".join(f"{f.provenance.document}（{f.value}）" for f in outside)) if outside else ""
    return [_flag("invoice_period_check", "outside" if outside else "inside", outside or dates[:1], note)]


def total_agreement(facts: KindFacts, total: Resolved | None, added: Resolved | None = None) -> list[Resolved]:
    """The performance form's 总投入 against the audited total: equal, or that total gross of what the guide
    leaves out, or that total plus `added` (贷款利息: "新增软硬件投入和贷款利息总额" filled in as 总投入)."""
    used = gate(total)  # the form's own figure, a conflict or an unconfirmed reading: nothing to compare
    if not isinstance(used, Usable):
        return []
    declared = [f for kind, f in facts if kind == "performance_form" and f.name == "total_investment"]
    if not declared or used.figure.sources[0] in declared:
        return []
    form = declared[0]
    gross = [Decimal(f.attrs["gross"]) for kind, f in facts
             if f.name == "total_investment" and "gross" in f.attrs and "unreconciled" not in f.attrs]
    plus = gate(added) if added is not None else None
    with_added = isinstance(plus, Usable) and same_value(form.value, used.value + plus.value)  # type: ignore[operator]
    # or the audit's total already holds it ("两项合计") and the form states the rest
    without_added = isinstance(plus, Usable) and same_value(form.value, used.value - plus.value)  # type: ignore[operator]
    agree = same_value(form.value, used.value) or any(same_value(form.value, g) for g in gross) or with_added \
        or without_added
    note = "" if agree else (f"审计总投入 {used.shown} 与绩效目标申报表 {show(form.value, '万元')} 不一致")
    if with_added or without_added:
        what = figure_glossary().get(added.name, {}).get("meaning", added.name)  # type: ignore[union-attr]
        how = f"与{what} {plus.shown} 之和" if with_added else f"扣除{what} {plus.shown} 后的余额"  # type: ignore[union-attr]
        note = f"绩效目标申报表填报 {show(form.value, '万元')} 为总投入 {used.shown} {how}"
    elif agree and not same_value(form.value, used.value):
        note = f"绩效目标申报表填报 {show(form.value, '万元')} 含土建、铺底流动资金等不计入部分，扣除后为 {used.shown}"
    return [_flag("total_agreement", "agree" if agree else "disagree", [used.figure.sources[0], form], note)]
