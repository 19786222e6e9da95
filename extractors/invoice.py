"""VAT invoices (增值税专用/普通发票, 数电票; PDF, OFD, XML): code, number, date, parties, amounts.

Layouts differ between printers, so amounts are not read by position alone: the
total is the 小写 amount (or the one that equals the 大写 amount), and the amount
and tax are the pair on the 合计 line that adds up to it. Names are read after their
名称 label, in the column segment it stands in; the buyer's block comes first.
What the page says is then merged with what the file's structured data and QR code
say (`invoice_sources`): agreement confirms a fact, disagreement keeps both values.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations

from extractors.amount import CAPITAL, WAN
from extractors.context import ExtractContext
from extractors.date import find_dates
from extractors.invoice_parties import party_fields
from extractors.invoice_sources import merge_candidates, qr_facts, structured_facts
from extractors.model import Fact
from extractors.normalize import capital_amount_to_yuan, normalize
from extractors.party import canonical_name, find_orgs
from extractors.units import Unit
from grantcheck.model import Provenance
from ingest.model import Page

EXTRACTOR = "invoice.vat.v1"
CODE = re.compile(r"发票代码[:]?\s*(\d{10,12})(?!\d)")
NUMBER = re.compile(r"发票号码[:]?\s*(\d{20}|\d{8})(?!\d)")
# Paper invoices print the number after "No" and the code unlabelled in the top corners.
NUMBER_NO = re.compile(r"(?:№|No\.?|NO\.?)[:]?\s*(\d{8})(?!\d)")
BARE_CODE = re.compile(r"\d{10}|\d{12}")
HEAD_LINES = 8
TAX_NOT_PRINTED = re.compile(r"\*{3}|免税|不征税")
DATE_LABEL = re.compile(r"开票日期")
TAX_ID = re.compile(r"(?<![0-9A-Z])([0-9A-Z]{18}|[0-9A-Z]{15})(?![0-9A-Z])")
DECIMAL = re.compile(r"(?<![\d.])¥?\s*(-?\d{1,3}(?:,\d{3})*\.\d{2}|-?\d+\.\d{2})(?![\d])")
SMALL_TOTAL = re.compile(r"\(小写\)\s*¥?\s*(-?[\d,]+\.\d{2})")
SUM_LINE = re.compile(r"^合\s*计|^\s*合计")
BUYER = re.compile(r"购买方|购方|买方|受票方")
SELLER = re.compile(r"销售方|销方|售方|开票方")
CENT = Decimal("0.01")


def _lines(ctx: ExtractContext) -> list[Unit]:
    return [u for u in ctx.units if not u.label]


def _fact(name: str, value: object, unit_name: str, provenance: Provenance, confidence: float = 0.95,
          **attrs: str) -> Fact:
    return Fact(name=name, value=value, unit=unit_name, confidence=confidence, attrs=attrs,
                provenance=provenance.model_copy(update={"extractor": EXTRACTOR}))


def _first(lines: list[Unit], pattern: re.Pattern[str], name: str) -> list[Fact]:
    for unit in lines:
        match = pattern.search(unit.text.replace(" ", ""))
        if match:
            return [_fact(name, match.group(1), "text", unit.provenance)]
    return []


def _unlabelled_code(ctx: ExtractContext) -> list[Fact]:
    """A 10- or 12-digit number standing alone (not after a label) in the page head: a paper invoice's code."""
    for page in ctx.document.pages[:1]:
        for line in page.lines[:HEAD_LINES]:
            segments = [normalize(s).replace(" ", "") for s in line.segments or (line.text,)]
            for index, text in enumerate(segments):
                labelled = index and segments[index - 1].endswith(":")
                if BARE_CODE.fullmatch(text) and not labelled:
                    return [_fact("invoice_code", text, "text", ctx.document.line_provenance(page, line))]
    return []


def _number(lines: list[Unit]) -> list[Fact]:
    return _first(lines, NUMBER, "invoice_number") or _first(lines, NUMBER_NO, "invoice_number")


def _code_and_number(ctx: ExtractContext, lines: list[Unit]) -> list[Fact]:
    number = _number(lines)
    code = _first(lines, CODE, "invoice_code")
    if not code and number and len(str(number[0].value)) == 8:  # a 数电票 (20 digits) has no code
        code = _unlabelled_code(ctx)
    return code + number


def _date(lines: list[Unit]) -> list[Fact]:
    for unit in lines:
        label = DATE_LABEL.search(unit.text)
        if label:
            dates = find_dates(unit.text[label.end():])
            if dates:
                return [Fact(name="invoice_date", value=dates[0].value, unit="date", precision=dates[0].precision,
                             confidence=0.95, provenance=unit.provenance.model_copy(update={"extractor": EXTRACTOR}))]
    return []


def _parties(lines: list[Unit]) -> list[Fact]:
    names: list[tuple[str, str | None, Unit]] = []
    for unit in lines:
        for name, start, _ in find_orgs(unit.text):
            head = unit.text[max(0, start - 12):start]
            if "名称" not in head and not BUYER.search(head) and not SELLER.search(head):
                continue
            role = "buyer" if BUYER.search(head) else "seller" if SELLER.search(head) else None
            names.append((canonical_name(name), role, unit))
    facts = []
    unassigned = iter(role for role in ("buyer", "seller") if role not in {r for _, r, _ in names})
    for name, role, unit in names:
        role = role or next(unassigned, None)
        if role and not any(f.name == f"{role}_name" for f in facts):
            facts.append(_fact(f"{role}_name", name, "text", unit.provenance))
    return facts


def _decimals(text: str) -> list[Decimal]:
    return [Decimal(m.group(1).replace(",", "")) for m in DECIMAL.finditer(text)]


def _capital(lines: list[Unit]) -> tuple[Decimal, Unit] | None:
    for unit in lines:
        for match in CAPITAL.finditer(unit.text.replace(" ", "")):
            value = capital_amount_to_yuan(match["cap"])
            if value:
                return value, unit
    return None


def _total(lines: list[Unit], capital: tuple[Decimal, Unit] | None) -> tuple[Decimal, Unit] | None:
    for unit in lines:
        match = SMALL_TOTAL.search(unit.text)
        if match:
            return Decimal(match.group(1).replace(",", "")), unit
    yen = [(value, unit) for unit in lines if "¥" in unit.text for value in _decimals(unit.text)]
    if capital:
        for value, unit in yen:
            if value == capital[0]:
                return value, unit
    return max(yen, key=lambda item: item[0]) if yen else None


def _amount_and_tax(lines: list[Unit], total: Decimal) -> tuple[Decimal, Decimal, Unit] | None:
    ordered = sorted(lines, key=lambda u: not SUM_LINE.search(u.text))
    for unit in ordered:
        for a, t in combinations(_decimals(unit.text), 2):
            if a + t == total and abs(a) >= abs(t):  # a 红字 invoice prints both negative
                return a, t, unit
    return None


def _tax_free_amount(lines: list[Unit], total: Decimal) -> Unit | None:
    """免税 / 不征税: the tax column prints *** and the 合计 amount is the total itself."""
    for unit in sorted(lines, key=lambda u: not SUM_LINE.search(u.text)):
        if "¥" in unit.text and TAX_NOT_PRINTED.search(unit.text) and _decimals(unit.text) == [total]:
            return unit
    return None


def _amount_facts(lines: list[Unit]) -> list[Fact]:
    capital = _capital(lines)
    total = _total(lines, capital)
    if total is None:
        return []
    facts = []
    checks = {}
    if capital:
        checks["capital_check"] = "ok" if capital[0] == total[0] else "mismatch"
        checks["capital_yuan"] = str(capital[0])
    facts.append(_fact("total_incl_tax", total[0] / WAN, "万元", total[1].provenance, **checks))
    pair = _amount_and_tax(lines, total[0])
    if pair:
        amount, tax, unit = pair
        facts.append(_fact("amount_excl_tax", amount / WAN, "万元", unit.provenance, sum_check="ok"))
        facts.append(_fact("tax_amount", tax / WAN, "万元", unit.provenance, sum_check="ok"))
    elif (free := _tax_free_amount(lines, total[0])) is not None:
        facts.append(_fact("amount_excl_tax", total[0] / WAN, "万元", free.provenance, tax="not_printed"))
    return facts


def page_facts(ctx: ExtractContext) -> list[Fact]:
    """What the page text says (PDF, OFD). Lines without a place on a page that only restate the
    file's structured fields (an XML invoice, an OFD whose glyphs carry no text) are not read again."""
    document = ctx.document
    if document.fields and not any(line.bbox for page in document.pages for line in page.lines):
        return []
    lines = _lines(ctx)
    parties = [_fact(name, value, "text", provenance)
               for name, value, provenance in party_fields(ctx.document)]
    parties += [f for f in _parties(lines) if not any(p.name == f.name for p in parties)]
    facts = _code_and_number(ctx, lines) + _date(lines) + parties + _amount_facts(lines)
    return [f.model_copy(update={"attrs": {**f.attrs, "source": "page"}}) for f in facts]


def invoice_facts(ctx: ExtractContext) -> list[Fact]:
    bound = _bound_invoices(ctx)
    if bound is None:
        return merge_candidates(page_facts(ctx) + structured_facts(ctx.document) + qr_facts(ctx.document))
    facts = []
    for first_page, part in bound:
        for fact in merge_candidates(page_facts(part) + qr_facts(part.document)):
            facts.append(fact.model_copy(update={"attrs": {**fact.attrs, "invoice": str(first_page)}}))
    return facts


def _bound_invoices(ctx: ExtractContext) -> list[tuple[int, ExtractContext]] | None:
    """Several invoices scanned or printed into one PDF, one after another: each page that starts a new
    invoice number starts an invoice; a page without one (a 销货清单) belongs to the invoice before it.
    None when the file holds one invoice."""
    document = ctx.document
    if len(document.pages) < 2 or document.fields:
        return None
    lines = _lines(ctx)
    groups: list[list[Page]] = []
    current: str | None = None
    for page in document.pages:
        found = _number([u for u in lines if u.provenance.page == page.number])
        number = str(found[0].value) if found else None
        if not groups or (number and current and number != current):
            groups.append([page])
        else:
            groups[-1].append(page)
        current = number or current
    if len(groups) < 2:
        return None
    parts = []
    for pages in groups:
        numbers = {page.number for page in pages}
        part = document.model_copy(update={"pages": tuple(pages),
                                           "barcodes": tuple(b for b in document.barcodes if b.page in numbers)})
        parts.append((pages[0].number or 1, ExtractContext(part)))
    return parts
