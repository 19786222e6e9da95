"""Invoice facts from structured data (e-invoice XML, OFD tags and metadata) and QR codes, and
the merge of every source's candidates into the facts an invoice yields.

Each candidate names its source in `attrs["source"]`. Candidates of one field that agree
become one fact (`attrs["sources"]` lists them, `confirmed` = "1" when two sources agree,
`qr` = "agree" when the QR code is one of them); candidates that disagree all stay, each
with `conflict` = "1" and a lower confidence, so a reviewer sees both values.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from extractors.amount import WAN
from extractors.date import find_dates
from extractors.model import Fact, Value
from extractors.normalize import capital_amount_to_yuan, normalize
from extractors.party import canonical_name
from grantcheck.model import Provenance
from ingest.model import DataField, Document
from ingest.qr import InvoiceQr, parse_invoice_qr

STRUCTURED = "invoice.structured.v1"
QR = "invoice.qr.v1"
# Which candidate's provenance a merged fact shows: one with a place on the page first.
SHOW_ORDER = ("page", "ofd_tag", "xml", "ofd_meta", "qr")
# Which of disagreeing candidates comes first: the signed data before the printed text.
TRUST_ORDER = ("xml", "ofd_tag", "page", "ofd_meta", "qr")
STATED = ("xml", "ofd_tag", "ofd_meta")
CONFLICT_CONFIDENCE = 0.6
ORDER = ("invoice_code", "invoice_number", "invoice_date", "buyer_name", "buyer_tax_id", "seller_name",
         "seller_tax_id", "amount_excl_tax", "tax_amount", "total_incl_tax")
AMOUNTS = ("amount_excl_tax", "tax_amount", "total_incl_tax")
TEXT_IDS = ("invoice_code", "invoice_number", "buyer_tax_id", "seller_tax_id")
_ID = re.compile(r"^[0-9A-Z]+$")
_COMPACT_DATE = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")
_AMOUNT = re.compile(r"(?:¥|人民币)?(?P<value>-?\d+(?:\.\d+)?)元?")


def parse_value(name: str, raw: str) -> tuple[Value, str] | None:
    """A structured field's text → (value, unit), or None when it is not of the field's form."""
    text = normalize(raw)
    if name == "invoice_date":
        dates = find_dates(text)
        if dates:
            return dates[0].value, "date"
        compact = _COMPACT_DATE.fullmatch(text)
        try:
            return (date(int(compact[1]), int(compact[2]), int(compact[3])), "date") if compact else None
        except ValueError:
            return None
    if name in AMOUNTS:
        number = _AMOUNT.fullmatch(text.replace(",", "").replace(" ", ""))
        try:
            return (Decimal(number["value"]) / WAN, "万元") if number else None
        except InvalidOperation:
            return None
    if name in TEXT_IDS:
        compact = re.sub(r"\s", "", text).upper()
        return (compact, "text") if _ID.match(compact) else None
    if name in ("buyer_name", "seller_name"):
        return (canonical_name(text), "text") if text else None
    return None


def _provenance(document: Document, field: DataField) -> Provenance:
    return Provenance(document=document.path, page=field.page, bbox=field.bbox, locator=field.locator,
                      text=field.text or field.value, extractor=STRUCTURED)


def structured_facts(document: Document) -> list[Fact]:
    facts = []
    words = next((f for f in document.fields if f.name == "total_incl_tax_words"), None)
    for field in document.fields:
        parsed = parse_value(field.name, field.value)
        if parsed is None:
            continue
        attrs = {"source": field.source}
        if field.name == "total_incl_tax" and words is not None:
            capital = capital_amount_to_yuan(normalize(words.value).replace(" ", ""))
            agrees = capital is not None and capital / WAN == parsed[0]
            attrs["capital_check"] = "ok" if agrees else "mismatch"
        facts.append(Fact(name=field.name, value=parsed[0], unit=parsed[1], confidence=0.97,
                          provenance=_provenance(document, field),
                          precision="day" if parsed[1] == "date" else None, attrs=attrs))
    return facts


def _qr_facts(document: Document, payload: InvoiceQr, text: str, index: int) -> list[Fact]:
    code = document.barcodes[index]
    provenance = Provenance(document=document.path, page=code.page, bbox=code.bbox, locator=code.locator,
                            text=text, extractor=QR)
    values: list[tuple[str, Value, str]] = [("invoice_number", payload.number, "text"),
                                            ("invoice_date", payload.date, "date"),
                                            (payload.amount_field, payload.amount / WAN, "万元")]
    if payload.code:
        values.insert(0, ("invoice_code", payload.code, "text"))
    return [Fact(name=name, value=value, unit=unit, confidence=0.9, provenance=provenance,
                 precision="day" if unit == "date" else None,
                 attrs={"source": "qr", "qr_origin": code.source, "qr_type": payload.type})
            for name, value, unit in values]


def qr_facts(document: Document) -> list[Fact]:
    """Facts from each distinct, well-formed QR payload; malformed payloads are ignored."""
    facts: list[Fact] = []
    seen: set[str] = set()
    for index, code in enumerate(document.barcodes):
        payload = parse_invoice_qr(code.text)
        key = payload and f"{payload.code}|{payload.number}|{payload.amount}|{payload.date}"
        if payload is None or key in seen:
            continue
        seen.add(key)  # type: ignore[arg-type]
        facts += _qr_facts(document, payload, code.text.strip(), index)
    return facts


def _same(a: Value, b: Value) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return abs(a - b) < Decimal("0.0000005")
    return a == b


def _rank(order: tuple[str, ...], fact: Fact) -> int:
    source = fact.attrs.get("source", "page")
    return order.index(source) if source in order else len(order)


def _merged(group: list[Fact], conflict: bool) -> Fact:
    shown = min(group, key=lambda f: _rank(SHOW_ORDER, f))
    sources = sorted({f.attrs.get("source", "page") for f in group}, key=lambda s: SHOW_ORDER.index(s)
                     if s in SHOW_ORDER else len(SHOW_ORDER))
    attrs = {k: v for f in reversed(group) for k, v in f.attrs.items()}
    attrs.update(shown.attrs)
    attrs["source"] = shown.attrs.get("source", "page")
    attrs["sources"] = ",".join(sources)
    for fact in group:  # where the agreeing data says it too (element paths, for reviewers)
        source = fact.attrs.get("source", "page")
        if fact is not shown and source in STATED and fact.provenance.locator:
            attrs.setdefault(f"{source}_locator", fact.provenance.locator)
    if len(sources) > 1:
        attrs["confirmed"] = "1"
    if "qr" in sources and len(sources) > 1:
        attrs["qr"] = "agree"
    confidence = max(f.confidence for f in group)
    if conflict:
        attrs["conflict"] = "1"
        confidence = min(confidence, CONFLICT_CONFIDENCE)
    elif len(sources) > 1:
        confidence = max(confidence, 0.97)
    return shown.model_copy(update={"attrs": attrs, "confidence": confidence})


def merge_candidates(candidates: list[Fact]) -> list[Fact]:
    """One fact per field where the sources agree; every distinct value, trusted first, where not."""
    by_name: dict[str, list[Fact]] = {}
    for fact in candidates:
        by_name.setdefault(fact.name, []).append(fact)
    merged: list[Fact] = []
    def order(item: tuple[str, list[Fact]]) -> int:
        return ORDER.index(item[0]) if item[0] in ORDER else len(ORDER)

    for _, facts in sorted(by_name.items(), key=order):
        groups: list[list[Fact]] = []
        for fact in facts:
            group = next((g for g in groups if _same(g[0].value, fact.value)), None)
            if group is None:
                groups.append([fact])
            else:
                group.append(fact)
        groups.sort(key=lambda g: min(_rank(TRUST_ORDER, f) for f in g))
        merged += [_merged(group, conflict=len(groups) > 1) for group in groups]
    return merged
