"""One long PDF read in parts by several workers, then put together: the Document `read_file` gives.

A worker that meets a PDF of more than SPLIT_MIN_PAGES pages reads its first PAGES_PER_PART pages and
hands the others out as parts (`parts`); the pages parsed are put together in page order by one more task
(`assemble`), which renders what needs rendering (OCR within the document's one budget, seals, QR codes)
as `read_pdf` does. Pages are parsed one by one either way, so the parts give the same pages. Where a part
fails, the first failure in page order is the file's, as reading page by page would have stopped there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ingest.model import DocStatus, Document, Page
from ingest.page_shapes import PdfParseError
from ingest.pdf_reader import MEDIA_TYPE, page_count, read_pdf_pages
from ingest.read import failure_reason, finish_pdf_with_codes, sniff
from ingest.zipguard import readable_name

PAGES_PER_PART = 4
SPLIT_MIN_PAGES = 2 * PAGES_PER_PART


@dataclass(frozen=True)
class Part:
    """Pages `start`.. of a PDF as parsed, or why they could not be (`error`, for reviewers)."""

    start: int
    pages: tuple[Page, ...] = ()
    needs: tuple[str | None, ...] = ()
    error: str | None = None


def pages_to_split(path: Path) -> int | None:
    """The page count of a PDF long enough to be read in parts; None for any other file (read whole)."""
    try:
        if sniff(path) != "pdf":
            return None
        count = page_count(path)
    except Exception:  # noqa: BLE001 - the file is read whole, and its reader says what is wrong
        return None
    return count if count is not None and count > SPLIT_MIN_PAGES else None


def page_ranges(count: int) -> list[tuple[int, int]]:
    """The parts' page ranges (from 0, end excluded), in page order."""
    return [(start, min(start + PAGES_PER_PART, count)) for start in range(0, count, PAGES_PER_PART)]


def read_part(path: Path, rel: str, start: int, stop: int) -> Part:
    try:
        parsed = read_pdf_pages(path, start, stop)
    except PdfParseError as exc:
        return Part(start, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - as `read_file`: the file is unreadable, the packet goes on
        return Part(start, error=failure_reason(exc, "pdf", readable_name(rel)))
    return Part(start, parsed.pages, parsed.needs)


def first_failure(rel: str, answers: list[Part | Document]) -> Document | None:
    """The file as the first failed part (in page order) leaves it, else None. `answers`: the parts in page
    order, a Document where the sandbox answered for the part (it timed out, its worker died)."""
    for answer in answers:
        if isinstance(answer, Document):
            return answer
        if answer.error is not None:
            return Document(path=readable_name(rel), media_type=MEDIA_TYPE, status=DocStatus.unreadable,
                            error=answer.error)
    return None


def assemble(path: Path, rel: str, parts: list[Part]) -> Document:
    """The Document from all its parts, none failed."""
    ordered = sorted(parts, key=lambda p: p.start)
    pages = [page for part in ordered for page in part.pages]
    needs = [need for part in ordered for need in part.needs]
    rel = readable_name(rel)
    try:
        return finish_pdf_with_codes(path, rel, pages, needs)
    except Exception as exc:  # noqa: BLE001 - as `read_file`
        return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable,
                        error=failure_reason(exc, "pdf", rel))
