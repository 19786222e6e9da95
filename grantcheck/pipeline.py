"""The composition root: packet → documents → facts → evaluation → report."""

from __future__ import annotations

import logging
from contextlib import nullcontext
from pathlib import Path

from checklists.adjustments import adjusted
from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from extractors.model import Fact
from extractors.registry import extract
from grantcheck.corrections import Corrections
from grantcheck.report.model import PacketReport, build_report
from ingest.classify import classify
from ingest.model import Document, DocStatus
from ingest.packet import Packet, PacketFile, open_packet
from ingest.read import read_file
from ingest.sandbox import IsolatedReader

log = logging.getLogger("grantcheck")


class UnknownCategory(ValueError):
    pass


def _refused(file: PacketFile) -> Document:
    return Document(path=file.rel, media_type="application/octet-stream", status=DocStatus.unreadable,
                    error=file.refused)


def read_documents(packet: Packet, isolate: bool = True) -> list[Document]:
    documents = []
    with IsolatedReader() if isolate else nullcontext() as reader:
        for file in packet.files:
            if file.path is None:
                document = _refused(file)
            elif reader is not None:
                document = reader.read(file.path, file.rel)
            else:
                document = read_file(file.path, file.rel)
            documents.append(classify(document))
            log.info("read %s: %s %s", file.rel, document.status.value, documents[-1].kind)
    return documents


def run_packet(path: Path, guide_name: str = "jiangsu-2023", category: str | None = None,
               isolate: bool = True, label: str | None = None, corrections: Corrections | None = None) -> PacketReport:
    """`corrections` (grantcheck.corrections): a reviewer's changes, applied before evaluation."""
    guide = load_guide(guide_name)
    if category is not None and category not in guide.categories:
        raise UnknownCategory(category)
    with open_packet(path) as packet:
        documents = read_documents(packet, isolate)
    if corrections is not None:
        documents = corrections.documents(documents)
    facts: dict[str, list[Fact]] = {d.path: extract(d) for d in documents}
    with adjusted(corrections):
        evaluation = evaluate_packet(documents, facts, guide, category)
    report = build_report(label or str(path), guide_name, evaluation, documents, [])
    if corrections is not None:
        corrections.annotate(report)
    return report


def extract_file(path: Path) -> tuple[Document, list[Fact]]:
    document = classify(read_file(path, path.name))
    return document, extract(document)


def run_packet_documents(path: Path, guide_name: str = "jiangsu-2023", category: str | None = None,
                         isolate: bool = True, label: str | None = None
                         ) -> tuple[PacketReport, list[Document], dict[str, list[Fact]]]:
    """`run_packet`, also giving the documents and facts read (batch: invoices across packets)."""
    guide = load_guide(guide_name)
    if category is not None and category not in guide.categories:
        raise UnknownCategory(category)
    with open_packet(path) as packet:
        documents = read_documents(packet, isolate)
    facts: dict[str, list[Fact]] = {d.path: extract(d) for d in documents}
    evaluation = evaluate_packet(documents, facts, guide, category)
    return build_report(label or str(path), guide_name, evaluation, documents, []), documents, facts
