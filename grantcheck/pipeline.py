"""The composition root: packet → documents → facts → evaluation → report."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from extractors.model import Fact
from extractors.registry import extract
from grantcheck.report.model import PacketReport, build_report
from ingest.classify import classify
from ingest.model import DocStatus, Document
from ingest.packet import Packet, PacketFile, open_packet
from ingest.read import read_file
from ingest.sandbox import iter_isolated

log = logging.getLogger("grantcheck")


class UnknownCategory(ValueError):
    pass


def _refused(file: PacketFile) -> Document:
    return Document(path=file.rel, media_type="application/octet-stream", status=DocStatus.unreadable,
                    error=file.refused)


def read_documents(packet: Packet, isolate: bool = True, workers: int | None = None) -> list[Document]:
    """Every file of the packet as a classified Document; read in isolated workers (`workers`, default: one
    per core available) unless `isolate` is off."""
    return [document for document, _ in _read(packet, isolate, workers, with_facts=False)]


def read_and_extract(packet: Packet, isolate: bool = True,
                     workers: int | None = None) -> list[tuple[Document, list[Fact]]]:
    """`read_documents` with each document's facts, extracted here while the workers read the next files."""
    return _read(packet, isolate, workers, with_facts=True)  # type: ignore[return-value]


def _read(packet: Packet, isolate: bool, workers: int | None,
          with_facts: bool) -> list[tuple[Document, list[Fact] | None]]:
    results: list[tuple[int, Document, list[Fact] | None]] = []
    for index, document in _read_files(packet, isolate, workers):
        document = classify(document)
        log.info("read %s: %s %s", packet.files[index].rel, document.status.value, document.kind)
        results.append((index, document, extract(document) if with_facts else None))
    return [(document, facts) for _, document, facts in sorted(results, key=lambda result: result[0])]


def _read_files(packet: Packet, isolate: bool, workers: int | None) -> Iterator[tuple[int, Document]]:
    """Each file's index in the packet and its Document: refused files and, unless isolated, all files
    first, in order; then the others as the workers finish them."""
    readable = [index for index, file in enumerate(packet.files) if file.path is not None]
    for index, file in enumerate(packet.files):
        if file.path is None:
            yield index, _refused(file)
        elif not isolate:
            yield index, read_file(file.path, file.rel)
    if isolate:
        jobs = [(packet.files[index].path, packet.files[index].rel) for index in readable]
        for done, (document, _) in iter_isolated(jobs, workers):  # type: ignore[arg-type]
            yield readable[done], document


def run_packet(path: Path, guide_name: str = "jiangsu-2023", category: str | None = None,
               isolate: bool = True, label: str | None = None, workers: int | None = None) -> PacketReport:
    guide = load_guide(guide_name)
    if category is not None and category not in guide.categories:
        raise UnknownCategory(category)
    with open_packet(path) as packet:
        read = read_and_extract(packet, isolate, workers)
    documents = [document for document, _ in read]
    facts: dict[str, list[Fact]] = {document.path: found for document, found in read}
    evaluation = evaluate_packet(documents, facts, guide, category)
    return build_report(label or str(path), guide_name, evaluation, documents, [])


def extract_file(path: Path) -> tuple[Document, list[Fact]]:
    document = classify(read_file(path, path.name))
    return document, extract(document)
