"""A packet's files → classified Documents and their facts, read and extracted in isolated workers.

The workers (`ingest.sandbox.iter_isolated`, one per core by default) read, classify and extract each
file, the largest first, so that the cores stay busy to the end; this process only waits meanwhile (its
work would slow the workers down; their OCR budgets and time limits count their own CPU time, so it would
not time them out). A `ContentCache` shared across runs (a batch, a service, a re-run after
corrections) skips files met before: same bytes, same name in the packet.
"""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path

from extractors.model import Fact
from extractors.registry import extract
from ingest.classify import classify
from ingest.model import DocStatus, Document
from ingest.packet import Packet, PacketFile
from ingest.read import read_file
from ingest.sandbox import available_cores, default_timeout, iter_isolated

log = logging.getLogger("grantcheck")
Read = tuple[Document, list[Fact] | None]
EXTRACT_ALLOWANCE_S = 30.0  # a worker's time per file beyond reading's: extracting a long document's facts


class ContentCache:
    """Classified Documents and their facts by file content and name, the least recently used dropped
    beyond `max_entries`. Documents read incompletely (an error: OCR time ran out, a timeout) are not
    kept, so they are tried again."""

    def __init__(self, max_entries: int = 512) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[str, str], tuple[Document, list[Fact]]] = OrderedDict()

    @staticmethod
    def key(path: Path, rel: str) -> tuple[str, str]:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest(), rel

    def get(self, key: tuple[str, str]) -> tuple[Document, list[Fact]] | None:
        found = self._entries.get(key)
        if found is None:
            return None
        self._entries.move_to_end(key)
        document, facts = found
        return document, list(facts)  # the caller's list: what it adds or drops stays out of the cache

    def put(self, key: tuple[str, str], document: Document, facts: list[Fact]) -> None:
        if document.error is not None:
            return
        self._entries[key] = (document, list(facts))
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)


PROCESS_CACHE = ContentCache(max_entries=128)  # a packet verified again in this process is not read again


def read_documents(packet: Packet, isolate: bool = True, workers: int | None = None) -> list[Document]:
    """Every file of the packet as a classified Document; read in isolated workers (`workers`, default: one
    per core available) unless `isolate` is off."""
    return [document for document, _ in _read(packet, isolate, workers, with_facts=False)]


def read_and_extract(packet: Packet, isolate: bool = True, workers: int | None = None,
                     cache: ContentCache | None = None, meanwhile: Callable[[], object] | None = None
                     ) -> list[tuple[Document, list[Fact]]]:
    """`read_documents` with each document's facts; files met before in this process (`PROCESS_CACHE`)
    or in `cache` are not read again. `meanwhile`: called once while isolated workers read (the caller's
    own imports, done beside the workers rather than before them)."""
    return _read(packet, isolate, workers, with_facts=True, cache=PROCESS_CACHE if cache is None else cache,  # type: ignore[return-value]
                 meanwhile=meanwhile)


def _read(packet: Packet, isolate: bool, workers: int | None, with_facts: bool,
          cache: ContentCache | None = None, meanwhile: Callable[[], object] | None = None) -> list[Read]:
    keys = {index: ContentCache.key(file.path, file.rel) for index, file in enumerate(packet.files)
            if cache is not None and file.path is not None}
    results: dict[int, Read] = {}
    for index, key in keys.items():
        found = cache.get(key) if cache is not None else None
        if found is not None:
            results[index] = found
    job = extracted if with_facts else classified
    for index, (document, facts) in _read_files(packet, isolate, workers, job, skip=set(results), meanwhile=meanwhile):
        if document.status not in (DocStatus.ok, DocStatus.ocr):  # a worker that failed gave it unclassified
            document = classify(document)
            facts = extract(document) if with_facts else None
        log.info("read %s: %s %s", packet.files[index].rel, document.status.value, document.kind)
        if cache is not None and facts is not None and index in keys:
            cache.put(keys[index], document, facts)
        results[index] = (document, facts)
    return [results[index] for index in sorted(results)]


def classified(path: Path, rel: str) -> tuple[Document, None]:
    return classify(read_file(path, rel)), None


def extracted(path: Path, rel: str) -> tuple[Document, list[Fact]]:
    document = classify(read_file(path, rel))
    return document, extract(document)


def _refused(file: PacketFile) -> Read:
    return Document(path=file.rel, media_type="application/octet-stream", status=DocStatus.unreadable,
                    error=file.refused), None


def _read_files(packet: Packet, isolate: bool, workers: int | None, job: Callable[[Path, str], Read],
                skip: set[int], meanwhile: Callable[[], object] | None = None) -> Iterator[tuple[int, Read]]:
    """Each file's index in the packet and what `job` gives for it: refused files and, unless isolated,
    all files first, in order; then the others as the workers finish them, the largest files given out
    first."""
    todo = [(index, file) for index, file in enumerate(packet.files) if index not in skip]
    for index, file in todo:
        if file.path is None:
            yield index, _refused(file)
        elif not isolate:
            yield index, job(file.path, file.rel)
    if isolate:
        readable = sorted(((index, file) for index, file in todo if file.path is not None),
                          key=lambda item: -_size(item[1].path))
        jobs = [(file.path, file.rel) for _, file in readable]
        timeout = default_timeout() + (EXTRACT_ALLOWANCE_S if job is extracted else 0.0)
        if job is extracted and min(workers or available_cores(), len(jobs)) > 1:
            from grantcheck.split_job import extracted_in_parts

            job = extracted_in_parts  # a long PDF's pages read by several workers
        for done, result in iter_isolated(jobs, workers, job, timeout, meanwhile):  # type: ignore[arg-type]
            yield readable[done][0], result


def _size(path: Path | None) -> int:
    try:
        return path.stat().st_size if path is not None else 0
    except OSError:
        return 0
