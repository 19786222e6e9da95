"""The composition root: packet → documents → facts → evaluation → report."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from checklists.loader import load_guide
from extractors.model import Fact
from extractors.registry import extract
from grantcheck.reading import ContentCache, read_and_extract, read_documents
from ingest.classify import classify
from ingest.model import Document
from ingest.packet import open_packet
from ingest.read import read_file

if TYPE_CHECKING:
    from grantcheck.corrections import Corrections
    from grantcheck.report.model import PacketReport

log = logging.getLogger("grantcheck")
__all__ = ["ContentCache", "UnknownCategory", "extract_file", "read_documents", "run_packet", "run_packet_documents"]


class UnknownCategory(ValueError):
    pass


def run_packet(path: Path, guide_name: str = "jiangsu-2023", category: str | None = None,
               isolate: bool = True, label: str | None = None, corrections: Corrections | None = None,
               workers: int | None = None, cache: ContentCache | None = None) -> PacketReport:
    """`corrections` (grantcheck.corrections): a reviewer's changes, applied before evaluation; `workers`:
    files read at once (default: the cores available); `cache`: files already read, by content (default: those
    read in this process, `reading.PROCESS_CACHE`)."""
    return run_packet_documents(path, guide_name, category, isolate, label, corrections, workers, cache)[0]


def run_packet_documents(path: Path, guide_name: str = "jiangsu-2023", category: str | None = None,
                         isolate: bool = True, label: str | None = None, corrections: Corrections | None = None,
                         workers: int | None = None, cache: ContentCache | None = None
                         ) -> tuple[PacketReport, list[Document], dict[str, list[Fact]]]:
    """`run_packet`, also giving the documents and facts read (batch: invoices across packets)."""
    guide = load_guide(guide_name)
    if category is not None and category not in guide.categories:
        raise UnknownCategory(category)
    with open_packet(path) as packet:
        read = read_and_extract(packet, isolate, workers, cache, meanwhile=_evaluation_modules)
    from checklists.adjustments import adjusted
    from checklists.evaluate import evaluate_packet
    from grantcheck.report.model import build_report
    documents = [document for document, _ in read]
    facts: dict[str, list[Fact]] = {document.path: found for document, found in read}
    if corrections is not None:  # a document given another kind is read as that kind
        corrected = corrections.documents(documents)
        facts = {d.path: facts[d.path] if d.kind == before.kind else extract(d)
                 for d, before in zip(corrected, documents, strict=True)}
        documents = corrected
    with adjusted(corrections):
        evaluation = evaluate_packet(documents, facts, guide, category)
    report = build_report(label or str(path), guide_name, evaluation, documents, [])
    if corrections is not None:
        corrections.annotate(report)
    return report, documents, facts


def extract_file(path: Path) -> tuple[Document, list[Fact]]:
    document = classify(read_file(path, path.name))
    return document, extract(document)


def _evaluation_modules() -> None:
    """What evaluation and the report import, imported while the workers read the packet's files: the
    workers are forked before, so they do not carry it, and on a machine with cores to spare it costs no
    time of its own."""
    import checklists.adjustments  # noqa: F401
    import checklists.evaluate  # noqa: F401
    import grantcheck.report.model  # noqa: F401
