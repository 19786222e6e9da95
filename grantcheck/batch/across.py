"""Claims made in more than one packet: the same invoice, or the same project under two categories.

Each packet sees every other packet of this intake and of earlier intakes in the registry. A match
becomes a `review` check in the report of every packet of this intake involved (`…invoices_across_packets`,
`…project_across_packets`); an eligible packet with such a check needs review.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from extractors.party import canonical_name

PROJECT_SIMILARITY = 0.8
INVOICE_CHECK = "invoices_across_packets"
PROJECT_CHECK = "project_across_packets"


@dataclass
class Entry:
    source: str
    label: str
    result: dict[str, Any]
    current: bool = True
    intake: str = ""


@dataclass
class Match:
    kind: str  # invoice | project
    other: Entry
    message: str
    documents: list[str] = field(default_factory=list)
    invoice: dict[str, Any] | None = None


def invoice_keys(invoice: dict[str, Any]) -> list[tuple]:
    number = str(invoice.get("invoice_number") or "").strip()
    if not number:
        return []
    keys: list[tuple] = []
    if invoice.get("invoice_code"):
        keys.append(("code", str(invoice["invoice_code"]).strip(), number))
    amount = invoice.get("amount_excl_tax")
    if invoice.get("seller_name") and amount is not None:
        keys.append(("seller", number, canonical_name(str(invoice["seller_name"])), round(float(amount), 2)))
    return keys


def _where(entry: Entry) -> str:
    return f"材料包「{entry.label}」" + ("" if entry.current else f"（往期受理批次 {entry.intake}）")


def _invoice_words(invoice: dict[str, Any]) -> str:
    parts = [
        f"代码 {invoice['invoice_code']}" if invoice.get("invoice_code") else "",
        f"号码 {invoice['invoice_number']}",
        f"销售方 {invoice['seller_name']}" if invoice.get("seller_name") else "",
        f"不含税金额 {float(invoice['amount_excl_tax']):.2f} 万元"
        if invoice.get("amount_excl_tax") is not None
        else "",
    ]
    return "，".join(p for p in parts if p)


def invoice_matches(entries: list[Entry]) -> dict[int, list[Match]]:
    index: dict[tuple, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    for i, entry in enumerate(entries):
        for invoice in entry.result.get("invoices") or []:
            for key in invoice_keys(invoice):
                index[key].append((i, invoice))
    found: dict[int, dict[tuple, Match]] = defaultdict(dict)
    for claims in index.values():
        for i, invoice in claims:
            for j, other in claims:
                if entries[i].source == entries[j].source or not entries[i].current:
                    continue
                pair = (j, invoice["document"], other["document"])
                if pair in found[i]:
                    continue
                found[i][pair] = Match(
                    "invoice",
                    entries[j],
                    f"发票（{_invoice_words(invoice)}，{invoice['document']}）已在{_where(entries[j])}中申报"
                    f"（{other['document']}）",
                    [invoice["document"], f"{entries[j].label}/{other['document']}"],
                    invoice,
                )
    return {i: list(matches.values()) for i, matches in found.items()}


def _applicant(project: dict[str, Any]) -> str | None:
    if project.get("applicant_uscc"):
        return str(project["applicant_uscc"]).upper()
    if project.get("applicant_name"):
        return canonical_name(str(project["applicant_name"]))
    return None


def _plain(name: str) -> str:
    return re.sub(r"[\s()（）《》“”\"'、，,。.:：-]|项目$", "", name)


def similar_projects(a: str, b: str) -> bool:
    a, b = _plain(a), _plain(b)
    if not a or not b:
        return False
    return a in b or b in a or SequenceMatcher(None, a, b).ratio() >= PROJECT_SIMILARITY


def project_matches(entries: list[Entry], titles: dict[str, str]) -> dict[int, list[Match]]:
    by_applicant: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(entries):
        project = entry.result.get("project") or {}
        if project.get("name") and project.get("category") and _applicant(project):
            by_applicant[_applicant(project)].append(i)  # type: ignore[index]
    found: dict[int, list[Match]] = defaultdict(list)
    for members in by_applicant.values():
        for i in members:
            for j in members:
                mine, theirs = entries[i].result["project"], entries[j].result["project"]
                if (
                    i == j
                    or not entries[i].current
                    or entries[i].source == entries[j].source
                    or mine["category"] == theirs["category"]
                    or not similar_projects(mine["name"], theirs["name"])
                ):
                    continue
                category = titles.get(theirs["category"], theirs["category"])
                found[i].append(
                    Match(
                        "project",
                        entries[j],
                        f"同一申报主体的项目「{mine['name']}」另以「{category}」类别在{_where(entries[j])}"
                        f"中申报（项目名称「{theirs['name']}」）",
                        [entries[j].label],
                    )
                )
    return found


def _check(
    prefix: str, name: str, matches: list[Match], figures: list[str], expected: str, actual: str
) -> dict[str, Any]:
    documents = sorted({d for m in matches for d in m.documents})
    return {
        "id": f"{prefix}.{name}",
        "status": "review",
        "figures": figures,
        "documents": documents,
        "expected": expected,
        "actual": actual,
        "message": "；".join(m.message for m in matches),
    }


def flag_report(report: dict[str, Any], matches: list[Match]) -> dict[str, Any]:
    """The report with the checks for these matches (any earlier ones replaced)."""
    prefix = report.get("category") or "packet"
    checks = [c for c in report["checks"] if not c["id"].endswith((f".{INVOICE_CHECK}", f".{PROJECT_CHECK}"))]
    invoices = [m for m in matches if m.kind == "invoice"]
    projects = [m for m in matches if m.kind == "project"]
    if invoices:
        count = len({(m.invoice or {}).get("document") for m in invoices})
        checks.append(
            _check(
                prefix,
                INVOICE_CHECK,
                invoices,
                ["invoice_total"],
                "发票未在其他材料包中申报",
                f"{count} 张发票已在其他材料包中申报",
            )
        )
    if projects:
        checks.append(
            _check(
                prefix,
                PROJECT_CHECK,
                projects,
                ["applicant_name"],
                "同一项目只申报一个类别",
                f"同一项目另在 {len(projects)} 个材料包中申报",
            )
        )
    flagged = dict(report, checks=checks)
    if matches and flagged["outcome"] == "eligible":
        flagged["outcome"] = "needs_review"
    return flagged
