"""The intake's results as an Excel workbook: `packets`, `checks`, `invoices` (openpyxl)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from grantcheck.batch.job import INVOICE_FIELDS

WAN = '#,##0.00" 万元"'
DATE = "yyyy-mm-dd"
OUTCOME = {
    "eligible": "符合条件",
    "ineligible": "不符合条件",
    "incomplete": "材料不全",
    "needs_review": "需人工复核",
}
KEY_FIGURES = (
    "total_investment",
    "software_investment",
    "invoice_total",
    "invoice_count",
    "completion_date",
    "acceptance_date",
)
PACKET_COLUMNS = (
    "packet",
    "applicant_name",
    "applicant_uscc",
    "category",
    "outcome",
    "outcome_zh",
    "subsidy_max_wan",
    *KEY_FIGURES,
    "review_items",
    "failed_checks",
    "across_packets",
    "error",
    "html",
    "skipped",
)
CHECK_COLUMNS = ("packet", "check", "status", "message", "expected", "actual", "shortfall", "shortfall_unit")
INVOICE_COLUMNS = ("packet", "document", *INVOICE_FIELDS, "claimed_elsewhere")
MONEY_COLUMNS = {
    "subsidy_max_wan",
    "total_investment",
    "software_investment",
    "invoice_total",
    "amount_excl_tax",
    "tax_amount",
    "total_incl_tax",
}
DATE_COLUMNS = {"completion_date", "acceptance_date", "invoice_date"}
MAX_TEXT = 32000  # Excel holds at most 32767 characters in a cell


@dataclass
class Row:
    """One packet of the intake as the workbook shows it."""

    label: str
    result: dict[str, Any]
    report: dict[str, Any] | None  # with the checks across packets
    html: str | None
    skipped: bool
    elsewhere: dict[str, list[str]]  # invoice document → other packets claiming it


def _cell(column: str, value: Any) -> Any:
    if column in DATE_COLUMNS and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    if isinstance(value, str):  # text from applicants' files: no control characters, no overlong cells
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_TEXT]
    return value


def _figure(report: dict[str, Any], name: str) -> Any:
    figure = report["figures"].get(name)
    return figure.get("value") if figure else None


def _packet_row(row: Row) -> list[Any]:
    r = row.report
    if r is None:
        values: dict[str, Any] = {
            "packet": row.label,
            "error": row.result.get("error"),
            "skipped": row.skipped,
        }
    else:
        checks = r["checks"]
        values = {
            "packet": row.label,
            "applicant_name": _figure(r, "applicant_name"),
            "applicant_uscc": _figure(r, "applicant_uscc"),
            "category": r["category"],
            "outcome": r["outcome"],
            "outcome_zh": OUTCOME.get(r["outcome"], r["outcome"]),
            "subsidy_max_wan": r["subsidy"].get("max_wan"),
            **{name: _figure(r, name) for name in KEY_FIGURES},
            "review_items": sum(c["status"] == "review" for c in checks),
            "failed_checks": sum(c["status"] == "fail" for c in checks),
            "across_packets": sum(c["id"].endswith("_across_packets") for c in checks),
            "error": None,
            "html": row.html,
            "skipped": row.skipped,
        }
    return [_cell(c, values.get(c)) for c in PACKET_COLUMNS]


def _check_rows(row: Row) -> list[list[Any]]:
    out = []
    for check in (row.report or {}).get("checks", []):
        if check["status"] == "pass":
            continue
        shortfall = check.get("shortfall") or {}
        values = [
            row.label,
            check["id"],
            check["status"],
            check["message"],
            check.get("expected"),
            check.get("actual"),
            shortfall.get("value"),
            shortfall.get("unit"),
        ]
        out.append([_cell(c, v) for c, v in zip(CHECK_COLUMNS, values, strict=True)])
    return out


def _invoice_rows(row: Row) -> list[list[Any]]:
    return [
        [
            _cell(
                c,
                {
                    "packet": row.label,
                    **invoice,
                    "claimed_elsewhere": "、".join(row.elsewhere.get(invoice["document"], [])) or None,
                }.get(c),
            )
            for c in INVOICE_COLUMNS
        ]
        for invoice in row.result.get("invoices") or []
    ]


def _sheet(
    book: Workbook, title: str, columns: tuple[str, ...], rows: list[list[Any]], first: bool = False
) -> None:
    sheet = book.active if first else book.create_sheet()
    sheet.title = title
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in rows:
        sheet.append(values)
    for i, column in enumerate(columns, start=1):
        letter = get_column_letter(i)
        number_format = WAN if column in MONEY_COLUMNS else DATE if column in DATE_COLUMNS else None
        if number_format:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = number_format
        sheet.column_dimensions[letter].width = (
            40 if column in ("message", "seller_name", "applicant_name") else 16
        )
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, len(rows) + 1)}"


def write_workbook(rows: list[Row], path: Path) -> None:
    book = Workbook()
    _sheet(book, "packets", PACKET_COLUMNS, [_packet_row(r) for r in rows], first=True)
    _sheet(book, "checks", CHECK_COLUMNS, [x for r in rows for x in _check_rows(r)])
    _sheet(book, "invoices", INVOICE_COLUMNS, [x for r in rows for x in _invoice_rows(r)])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
