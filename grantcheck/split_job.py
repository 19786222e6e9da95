"""The reading job for a worker pool: a long PDF is read in parts by several workers (`ingest.pdf_parts`),
then classified and its facts extracted as a whole, as `reading.extracted` does with any other file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractors.model import Fact
from extractors.registry import extract
from ingest.classify import classify
from ingest.model import Document
from ingest.pdf_parts import Part, assemble, first_failure, page_ranges, pages_to_split, read_part
from ingest.read import read_file
from ingest.sandbox import Split

Read = tuple[Document, list[Fact] | None]


def extracted_in_parts(path: Path, rel: str) -> Read | Split:
    count = pages_to_split(path)
    if count is None:
        document = classify(read_file(path, rel))
        return document, extract(document)
    (start, stop), *others = page_ranges(count)
    return Split(first=part(str(path), rel, start, stop),
                 parts=[(part, (str(path), rel, start, stop)) for start, stop in others],
                 settle=settled, join=joined)


def part(path: str, rel: str, start: int, stop: int) -> tuple[Part, None]:
    return read_part(Path(path), rel, start, stop), None


def settled(path: str, rel: str, answers: list[tuple[Any, Any]]) -> Read | None:
    """The file as unreadable where a part failed; None when all were read (then `joined`)."""
    failed = first_failure(rel, [answer for answer, _ in answers])
    return None if failed is None else (failed, None)


def joined(path: str, rel: str, answers: list[tuple[Part, None]]) -> Read:
    document = classify(assemble(Path(path), rel, [answer for answer, _ in answers]))
    return document, extract(document)
