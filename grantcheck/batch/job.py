"""The per-packet job, the same on every engine: verify one packet, return plain data.

The result is a JSON-able dict (it crosses process and machine boundaries): the report, the
invoices and the project the packet claims (for the comparison across packets), or an error.
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path
from typing import Any

from checklists.loader import GuideError
from extractors.model import Fact
from grantcheck.pipeline import UnknownCategory, run_packet_documents
from grantcheck.report.model import json_value
from ingest.model import Document
from ingest.packet import PacketError

INVOICE_FIELDS = (
    "invoice_code",
    "invoice_number",
    "invoice_date",
    "seller_name",
    "seller_tax_id",
    "buyer_name",
    "buyer_tax_id",
    "amount_excl_tax",
    "tax_amount",
    "total_incl_tax",
)
TIMEOUT_MARK = "解析超时"  # ingest/sandbox.py: a file that ran out of time


def invoices_of(documents: list[Document], facts: dict[str, list[Fact]]) -> list[dict[str, Any]]:
    out = []
    for document in documents:
        if document.kind != "invoice":
            continue
        fields: dict[str, Any] = {}
        for fact in facts.get(document.path, []):
            if fact.name in INVOICE_FIELDS and fact.name not in fields:
                fields[fact.name] = json_value(fact.value)
        if fields.get("invoice_number"):
            out.append({"document": document.path, **{name: fields.get(name) for name in INVOICE_FIELDS}})
    return out


def timed_out_files(result: dict[str, Any] | None) -> bool:
    """A file of the packet ran out of its parsing time: with every worker busy the CPU it was timed
    for may not have been there, so the packet deserves another run, alone."""
    report = (result or {}).get("report") or {}
    return any((d.get("error") or "").startswith(TIMEOUT_MARK) for d in report.get("documents", []))


def _figure(report: dict[str, Any], name: str) -> Any:
    figure = report["figures"].get(name)
    return figure["value"] if figure else None


def _isolate() -> bool:
    """The file sandbox forks; a daemonic process (a Dask worker by default) may not."""
    return not multiprocessing.current_process().daemon


def verify_packet(
    path: str, label: str, guide: str = "jiangsu-2023", category: str | None = None
) -> dict[str, Any]:
    started = time.monotonic()
    result: dict[str, Any] = {
        "label": label,
        "report": None,
        "invoices": [],
        "project": None,
        "error": None,
        "refused": False,
    }
    try:
        report, documents, facts = run_packet_documents(  # packets run side by side: one file at a time each
            Path(path), guide, category, isolate=_isolate(), label=label, workers=1
        )
    except (PacketError, UnknownCategory, GuideError) as exc:
        message = f"未知类别 {exc}" if isinstance(exc, UnknownCategory) else str(exc)
        result.update(error=message, refused=True)
    except Exception as exc:  # noqa: BLE001 - one broken packet must not stop an intake
        result["error"] = f"核验出错（{type(exc).__name__}）：{exc}"
    else:
        data = report.model_dump(mode="json", by_alias=True)
        result.update(
            report=data,
            invoices=invoices_of(documents, facts),
            project={
                "name": data.get("project"),  # the report's 项目名称 (grantcheck/report/project.py)
                "applicant_name": _figure(data, "applicant_name"),
                "applicant_uscc": _figure(data, "applicant_uscc"),
                "category": data["category"],
            },
        )
    result["seconds"] = round(time.monotonic() - started, 3)
    return result
