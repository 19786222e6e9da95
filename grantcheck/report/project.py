"""The project's name as the packet states it (项目名称), for the report's header."""

from __future__ import annotations

import re

from ingest.model import Document

NAMED = re.compile(r"项目名称[\s：:|]*([^\s：:|；;，,。]{2,60})")
KINDS = ("application_form", "performance_form", "acceptance_opinion", "project_filing", "audit_report")


def project_name(documents: list[Document]) -> str | None:
    """The first 项目名称 found, the forms first, then the acceptance opinion, the filing, the audit."""
    ranked = sorted(documents, key=lambda d: KINDS.index(d.kind) if d.kind in KINDS else len(KINDS))
    for document in ranked:
        try:
            text = document.text
        except Exception:  # an unreadable document has no text
            continue
        found = NAMED.search(text or "")
        if found:
            return found.group(1)
    return None
