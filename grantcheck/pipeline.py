"""The composition root: packet → documents → facts → evaluation → report."""

from __future__ import annotations

import logging
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.model import Fact
from extractors.registry import extract
from grantcheck.reading import ContentCache, read_and_extract, read_documents
from ingest.classify import classify
from ingest.model import Document
from ingest.packet import open_packet
from ingest.read import read_file

if TYPE_CHECKING:
    from checklists.schema import Guide
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
    """`run_packet`, also giving the documents and facts read (batch: invoices across packets).

    The guide is loaded while the workers read (with evaluation's imports), not before: what a caller
    hears of first stays as it was — an unknown category (not one of the guide's category files) and a
    guide that does not load are raised before the packet is opened or read, and a packet that cannot be
    opened is reported after the guide has been found to load."""
    if category is not None and category not in _category_codes(guide_name):
        _checked_guide(guide_name, category)  # raises: GuideError, or UnknownCategory
    stack = ExitStack()
    try:
        packet = stack.enter_context(open_packet(path))
    except Exception:
        _checked_guide(guide_name, category)  # a guide that does not load is what the caller heard of first
        raise
    with stack:
        read = read_and_extract(packet, isolate, workers, cache, meanwhile=lambda: _meanwhile(guide_name))
    guide = _checked_guide(guide_name, category)  # loaded meanwhile (cached), or raising here
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


def _category_codes(guide_name: str) -> set[str]:
    """The guide's category codes as its files name them (`load_guide` refuses a category whose code is
    not its file's name), without loading it; none for an unknown guide."""
    folder = Path(str(resources.files("checklists").joinpath("data", guide_name, "categories")))
    return {path.stem for path in folder.glob("*.yaml")}


def _checked_guide(guide_name: str, category: str | None) -> Guide:
    from checklists.loader import load_guide

    guide = load_guide(guide_name)
    if category is not None and category not in guide.categories:
        raise UnknownCategory(category)
    return guide


def _meanwhile(guide_name: str) -> None:
    """What this process needs after reading, done while the workers read the packet's files: the guide,
    and what evaluation and the report import. The workers are forked before, so they do not carry it, and
    on a machine with cores to spare it costs no time of its own."""
    from checklists.loader import load_guide

    import checklists.adjustments  # noqa: F401
    import checklists.evaluate  # noqa: F401
    import grantcheck.report.model  # noqa: F401

    load_guide(guide_name)
