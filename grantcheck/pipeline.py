"""The composition root: packet → documents → facts → evaluation → report."""

from __future__ import annotations

import logging
from pathlib import Path

from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from extractors.model import Fact
from extractors.registry import extract
from grantcheck.reading import ContentCache, read_and_extract, read_documents
from grantcheck.report.model import PacketReport, build_report
from ingest.classify import classify
from ingest.model import Document
from ingest.packet import open_packet
from ingest.read import read_file

log = logging.getLogger("grantcheck")
__all__ = ["ContentCache", "UnknownCategory", "extract_file", "read_documents", "run_packet"]


class UnknownCategory(ValueError):
    pass


def run_packet(path: Path, guide_name: str = "jiangsu-2023", category: str | None = None,
               isolate: bool = True, label: str | None = None, workers: int | None = None,
               cache: ContentCache | None = None) -> PacketReport:
    guide = load_guide(guide_name)
    if category is not None and category not in guide.categories:
        raise UnknownCategory(category)
    with open_packet(path) as packet:
        read = read_and_extract(packet, isolate, workers, cache)
    documents = [document for document, _ in read]
    facts: dict[str, list[Fact]] = {document.path: found for document, found in read}
    evaluation = evaluate_packet(documents, facts, guide, category)
    return build_report(label or str(path), guide_name, evaluation, documents, [])


def extract_file(path: Path) -> tuple[Document, list[Fact]]:
    document = classify(read_file(path, path.name))
    return document, extract(document)
