"""One file → Document: sniff the format from its bytes, then call its reader."""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from ingest.docx_reader import read_docx
from ingest.einvoice_xml import read_einvoice_xml
from ingest.image_reader import read_image
from ingest.model import DocStatus, Document, Page
from ingest.ofd_reader import read_ofd
from ingest.pdf_reader import finish_pdf, read_pdf
from ingest.qr import document_page_codes, pdf_page_codes
from ingest.xlsx_reader import read_xlsx
from ingest.zipguard import readable_name

log = logging.getLogger("grantcheck.ingest")
OUT_OF_MEMORY = "解析时内存超限"

Reader = Callable[[Path, str], Document]

UNSUPPORTED = {
    "ole": "加密的 Office 文件或旧版 .doc/.xls 格式，无法读取",
    "zip": "压缩包内的压缩包不展开",
    "archive": "RAR/7z 压缩包不支持，请解压后上传其中的文件",
    "unknown": "无法识别的文件格式",
}
# ISO base media brands of HEIF/AVIF still images (phone photos: iPhones save HEIC)
HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif")


def sniff(path: Path) -> str:
    """The format by the file's bytes (a photo saved as .pdf is a photo); its name only where they say nothing."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    if not head:
        return "empty"
    if head.startswith(b"PK"):
        return _zip_kind(path)
    if head.startswith((b"\xff\xd8", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")) or \
            head[:4] == b"RIFF" and head[8:12] == b"WEBP" or head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS:
        return "image"
    if head.startswith((b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c")):
        return "archive"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    if b"%PDF" in head:  # the header may follow a few bytes of junk
        return "pdf"
    if path.suffix.lower() == ".pdf":
        return "pdf"  # a damaged PDF: its reader says what is wrong
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") or path.suffix.lower() == ".xml":
        return "xml"
    return "unknown"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        return "docx" if path.suffix.lower() == ".docx" else "unknown"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "OFD.xml" in names or path.suffix.lower() == ".ofd":
        return "ofd"
    return "docx" if path.suffix.lower() == ".docx" else "zip"


INVOICE_PAGE = re.compile(r"发\s*票\s*号\s*码|发\s*票\s*代\s*码")
OCR_INVOICE_PAGE = re.compile(r"发\s*票")  # OCR may miss the 号码 label; the word is enough to look
MAX_QR_PAGES = 3


def read_pdf_with_codes(path: Path, rel: str) -> Document:
    """A PDF, and on pages that print an invoice number (read from the text layer or by OCR), the QR codes
    (rendered and decoded, from the document the reader has open)."""
    return read_pdf(path, rel, then=lambda document, pdf: _with_codes(path, rel, document, pdf))


def finish_pdf_with_codes(path: Path, rel: str, pages: list[Page], needs: list[str | None]) -> Document:
    """`read_pdf_with_codes` from pages parsed beforehand (`pdf_reader.read_pdf_pages`, in parts)."""
    return finish_pdf(path, rel, pages, needs, then=lambda document, pdf: _with_codes(path, rel, document, pdf))


def _with_codes(path: Path, rel: str, document: Document, pdf: object | None) -> Document:
    if document.status not in (DocStatus.ok, DocStatus.ocr):
        return document
    ocr_pages = document.ocr_pages
    numbers = [p.number for p in document.pages
               if p.number and (OCR_INVOICE_PAGE if p.number in ocr_pages else INVOICE_PAGE).search(
                   " ".join(line.text for line in p.lines))][:MAX_QR_PAGES]
    if not numbers:
        return document
    try:
        codes = document_page_codes(pdf, numbers) if pdf is not None else pdf_page_codes(path, numbers)
    except Exception:  # noqa: BLE001 - a renderer failure costs the QR check, not the document
        log.warning("QR decoding failed on %s", rel, exc_info=True)
        return document
    return document.model_copy(update={"barcodes": tuple(codes)}) if codes else document


READERS: dict[str, tuple[str, Reader]] = {
    "pdf": ("pdf.pdfium.v1", read_pdf_with_codes),
    "docx": ("docx.body_xml.v1", read_docx),
    "ofd": ("ofd.zip_xml.v1", read_ofd),
    "xml": ("xml.einvoice.v1", read_einvoice_xml),
    "image": ("image.rapidocr.v1", read_image),
    "xlsx": ("xlsx.sheet_xml.v1", read_xlsx),
}


def read_file(path: Path, rel: str) -> Document:
    rel = readable_name(rel)
    kind = sniff(path)
    if kind == "empty":
        return Document(path=rel, media_type="application/octet-stream", status=DocStatus.unreadable,
                        error="空文件（0 字节）")
    if kind not in READERS:
        return Document(path=rel, media_type=f"application/x-{kind}", status=DocStatus.unsupported,
                        error=UNSUPPORTED[kind])
    _, reader = READERS[kind]
    try:
        return reader(path, rel)
    except Exception as exc:  # noqa: BLE001 - a foreign parser bug must not sink the packet
        return _failed(rel, kind, failure_reason(exc, kind, rel))


def failure_reason(exc: Exception, kind: str, rel: str) -> str:
    """Why a reader's exception left the file unreadable, for reviewers."""
    if isinstance(exc, RecursionError):
        return "文件结构异常（递归过深）"
    if isinstance(exc, MemoryError) or "bad_alloc" in str(exc):  # bad_alloc: a native library (onnxruntime)
        return OUT_OF_MEMORY                                        # out of memory under the worker's cap
    log.exception("reader %s failed on %s", kind, rel)
    return f"解析失败（{type(exc).__name__}）"


def _failed(rel: str, kind: str, reason: str) -> Document:
    return Document(path=rel, media_type=f"application/{kind}", status=DocStatus.unreadable, error=reason)
