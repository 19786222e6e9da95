"""A register of software copyrights (登记清单, 证书列表): one row per registration number (2021SR0112408),
counted as the guide counts them — what the applicant acquired by transfer (受让) left out."""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.lexicon import lexicon
from extractors.model import Fact
from extractors.normalize import normalize
from ingest.model import Cell, Document, Page, Table

FIGURE = "software_copyright_count"
EXTRACTOR = "register.copyrights.v1"
REGISTRATION_NUMBER = re.compile(r"^\d{4}\s*SR\s*\d{5,}$", re.I)  # 中国版权保护中心 software registration


def _transferred() -> re.Pattern[str] | None:
    return next((label.without for label in lexicon().counts if label.figure == FIGURE), None)


def _registered_rows(table: Table) -> list[tuple[Cell, tuple[Cell, ...]]]:
    rows = []
    for row in table.rows:
        number = next((c for c in row if REGISTRATION_NUMBER.match(normalize(c.text).strip())), None)
        if number is not None:
            rows.append((number, row))
    return rows


def _counted(document: Document, page: Page, table: Table) -> Fact | None:
    rows = _registered_rows(table)
    if len(rows) < 2:
        return None
    transferred = _transferred()
    unique = {normalize(n.text).replace(" ", "").upper(): row for n, row in rows}
    left_out = [k for k, row in unique.items()
                if transferred and any(transferred.search(normalize(c.text)) for c in row if c.text)]
    value = len(unique) - len(left_out)
    text = f"登记号 {len(unique)} 个" + (f"，其中受让等 {len(left_out)} 个不计" if left_out else "") + f"，计 {value} 件"
    provenance = document.cells_provenance(page, [n for n, _ in rows], text).model_copy(update={"extractor": EXTRACTOR})
    return Fact(name=FIGURE, value=value, unit="count", confidence=0.9, provenance=provenance,
                attrs={"derived": "register_rows", "listed": str(len(unique)), "left_out": str(len(left_out))})


def copyright_register_facts(ctx: ExtractContext) -> list[Fact]:
    document = ctx.document
    return [f for page in document.pages for table in page.tables if (f := _counted(document, page, table))]
