"""A long PDF read in parts by the pool's workers: the same Document as read whole; the file's limits (time
across all its parts, memory per part) still stop a crafted file while the rest of the packet is read."""

from __future__ import annotations

import time
from pathlib import Path

from corpus.builders import Doc, write
from grantcheck.split_job import extracted_in_parts
from ingest.classify import classify
from ingest.model import DocStatus, Document
from ingest.pdf_parts import PAGES_PER_PART, SPLIT_MIN_PAGES, Part
from ingest.read import OUT_OF_MEMORY, read_file
from ingest.sandbox import Split, read_isolated


def _long_pdf(path: Path, pages: int) -> Path:
    doc = Doc().title("专项审计报告")
    for page in range(pages - 1):
        doc.para(f"第{page + 1}页 设备购置金额 {100 + page}.00 万元").table(
            [["序号", "设备名称", "审定金额"], ["1", f"加工中心{page}", f"{98 + page}.00"]]).page()
    doc.para("审计结论：项目总投入 3350.00 万元")
    write(doc, path)
    return path


def _short_pdfs(tmp_path: Path, count: int) -> list[tuple[Path, str]]:
    files = []
    for index in range(count):
        path = tmp_path / f"short-{index}.pdf"
        write(Doc().para(f"验收意见 第{index}号"), path)
        files.append((path, path.name))
    return files


def test_a_long_pdf_read_in_parts_is_the_pdf_read_whole(tmp_path: Path) -> None:
    path = _long_pdf(tmp_path / "audit.pdf", SPLIT_MIN_PAGES + PAGES_PER_PART + 1)
    files = [(path, "审计/audit.pdf"), *_short_pdfs(tmp_path, 3)]
    results = read_isolated(files, workers=2, job=extracted_in_parts)
    whole = classify(read_file(path, "审计/audit.pdf"))
    assert whole.page_count == SPLIT_MIN_PAGES + PAGES_PER_PART + 1
    assert results[0][0] == whole
    assert [document.path for document, _ in results] == [rel for _, rel in files]


def _spin(seconds: float) -> tuple[Part, None]:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass
    return Part(0), None


def _unused(path: str, rel: str, answers: list) -> tuple[Document, None]:
    raise AssertionError("a file over its limit is not joined")


def _settle_first_failure(path: str, rel: str, answers: list) -> tuple[Document, None] | None:
    return next(((a, None) for a, _ in answers if isinstance(a, Document)), None)


def _parts_over_the_file_limit(path: Path, rel: str) -> tuple[Document, None] | Split:
    if rel != "long.pdf":
        return read_file(path, rel), None
    # each part alone is under the limit; together they are over it
    return Split(first=(Part(0), None), parts=[(_spin, (1.0,)) for _ in range(3)],
                 settle=_settle_first_failure, join=_unused)


def test_the_time_limit_counts_every_part_of_a_file(tmp_path: Path) -> None:
    files = [(tmp_path / "long.pdf", "long.pdf"), *_short_pdfs(tmp_path, 2)]
    files[0][0].write_bytes(b"%PDF-1.4\n")
    started = time.monotonic()
    results = read_isolated(files, workers=2, job=_parts_over_the_file_limit, timeout_s=1.5)
    assert results[0][0].status == DocStatus.unreadable and "超时" in (results[0][0].error or "")
    assert [document.status for document, _ in results[1:]] == [DocStatus.ok, DocStatus.ok]
    assert time.monotonic() - started < 20


def _hungry(size: int) -> tuple[Part, None]:
    try:
        block = bytearray(size)
    except MemoryError:
        return Part(0, error=OUT_OF_MEMORY), None
    return Part(0, error=f"allocated {len(block)}"), None


def _settle_error(path: str, rel: str, answers: list) -> tuple[Document, None] | None:
    failed = next((a for a, _ in answers if a.error), None)
    return None if failed is None else (Document(path=rel, media_type="application/pdf",
                                                 status=DocStatus.unreadable, error=failed.error), None)


def _part_over_the_memory_cap(path: Path, rel: str) -> tuple[Document, None] | Split:
    if rel != "long.pdf":
        return read_file(path, rel), None
    return Split(first=(Part(0), None), parts=[(_hungry, (8 * 1024**3,))], settle=_settle_error, join=_unused)


def test_a_part_over_the_memory_cap_leaves_its_file_unreadable(tmp_path: Path) -> None:
    files = [(tmp_path / "long.pdf", "long.pdf"), *_short_pdfs(tmp_path, 2)]
    files[0][0].write_bytes(b"%PDF-1.4\n")
    results = read_isolated(files, workers=2, job=_part_over_the_memory_cap)
    assert results[0][0].status == DocStatus.unreadable and results[0][0].error == OUT_OF_MEMORY
    assert [document.status for document, _ in results[1:]] == [DocStatus.ok, DocStatus.ok]
