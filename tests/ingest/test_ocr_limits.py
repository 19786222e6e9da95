"""Scans as untrusted input: bombs, absurd pages, broken files and many frames are capped before
work starts and reported with a reason; no network; no OCR cost for packets without scans."""

from __future__ import annotations

import io
import socket
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from corpus.scans import Look, save_image, scan_page
from ingest import ocr, ocr_budget
from ingest.model import DocStatus
from ingest.read import read_file
from ingest.render import MAX_PIXELS, RenderError, load_image, open_pdf, render_page
from ingest.sandbox import IsolatedReader
from ingest.scan import seals_on
from tests.conftest import CORPUS, ROOT

FILING = CORPUS / "sf-01-eligible" / "06-项目备案证.pdf"


def _png_declaring(width: int, height: int) -> bytes:
    """A PNG header claiming `width` x `height` pixels, with a tiny body."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def _jpeg(size: tuple[int, int] = (400, 300)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("bomb.png", _png_declaring(60_000, 60_000), "疑似恶意"),
    ("zero.png", _png_declaring(0, 10), "图片"),
    ("truncated.jpg", _jpeg()[:300], "损坏"),
    ("garbage.tif", b"II*\x00" + b"\xff" * 200, "图片"),
    ("blank.jpg", _jpeg(), "未识别出文字"),
])
def test_hostile_or_empty_images_are_unreadable_with_a_reason(tmp_path: Path, name: str, data: bytes,
                                                               reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    document = read_file(path, name)
    assert document.status == DocStatus.unreadable
    assert document.error and reason in document.error


def test_large_images_are_scaled_down_before_work(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    Image.new("L", (6000, 5000), 255).save(path)  # 30 MP, highly compressible
    (raster,) = load_image(path)
    assert raster.pixels.shape[0] * raster.pixels.shape[1] <= MAX_PIXELS
    assert raster.width_pt == pytest.approx(6000 * 72 / 200)  # no resolution stored: 200 dpi assumed


def test_multi_frame_images_read_only_the_first_frames(tmp_path: Path) -> None:
    path = tmp_path / "frames.tif"
    frames = [Image.new("RGB", (64, 48), (i, i, i)) for i in range(40)]
    frames[0].save(path, save_all=True, append_images=frames[1:])
    assert len(load_image(path)) == 4
    document = read_file(path, "frames.tif")
    assert document.status == DocStatus.unreadable and document.page_count == 4
    assert "仅读取前 4 帧" in document.error


def test_absurd_pdf_pages_are_capped_or_refused(tmp_path: Path) -> None:
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(14_000, 14_000)  # 200 in square: 1.6 gigapixels at 200 dpi
    pdf.new_page(10_000_000, 10)
    path = tmp_path / "absurd.pdf"
    pdf.save(str(path))
    with open_pdf(path) as document:
        raster = render_page(document, 1)
        assert raster.pixels.shape[0] * raster.pixels.shape[1] <= MAX_PIXELS
        with pytest.raises(RenderError, match="尺寸异常"):
            render_page(document, 2)


def test_a_broken_image_only_pdf_page_is_reported(tmp_path: Path) -> None:
    image = scan_page(FILING, 1, Look(seed=5))
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=150.0)
    data = buffer.getvalue()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    document = read_file(path, "cut.pdf")
    assert document.status in (DocStatus.unreadable, DocStatus.unsupported) and document.error


def test_ocr_needs_no_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    ocr.engine.cache_clear()  # the engine is built, models loaded, with sockets refused
    ocr._cache.clear()
    try:
        path = tmp_path / "filing.png"
        save_image(scan_page(FILING, 1, Look(seed=6)), path, Look())
        document = read_file(path, "filing.png")
    finally:
        ocr.engine.cache_clear()
    assert document.status == DocStatus.ocr
    assert "江苏省投资项目备案证" in document.text


def test_a_packet_without_scans_never_imports_the_ocr_engine() -> None:
    code = ("import sys; from pathlib import Path; from grantcheck.pipeline import run_packet; "
            f"run_packet(Path({str(CORPUS / 'sf-01-eligible')!r}), isolate=False); "
            "print(sorted(m for m in ('rapidocr', 'onnxruntime') if m in sys.modules))")  # cv2 finds its seals
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         timeout=120)
    assert out.stdout.strip() == "[]"


def test_scans_are_read_inside_the_capped_worker(tmp_path: Path) -> None:
    path = tmp_path / "filing.jpg"
    save_image(scan_page(FILING, 1, Look(seed=7)), path, Look())
    with IsolatedReader() as reader:
        document = reader.read(path, "filing.jpg")
    assert document.status == DocStatus.ocr, document.error
    assert "江苏省投资项目备案证" in document.text  # the issuer's name is under its seal, read less surely


def test_text_pixels_whiten_red_and_stretch_faded_scans() -> None:
    pixels = np.full((40, 40, 3), 190, np.uint8)
    pixels[:, :20] = (120, 120, 120)  # faded ink
    pixels[:10, 20:] = (210, 30, 40)  # seal red
    out = ocr.text_pixels(pixels)
    assert out[0, 30, 0] == 255 and out[20, 5, 0] < 60


def test_seals_found_on_a_text_e_invoice_and_a_photographed_paper_invoice() -> None:
    realdocs = ROOT.parent / "shared" / "realdocs"
    if not realdocs.is_dir():
        pytest.skip("realdocs not present")
    # 数电票 PDF: the tax bureau's oval seal over the red title, touching red ruling lines
    e_invoice = read_file(realdocs / "MARSCHEN-CN__FapiaoGO" / "test.pdf", "test.pdf")
    assert e_invoice.status == DocStatus.ok and e_invoice.seal is not None and e_invoice.seal.present
    x0, top, x1, bottom = e_invoice.seal.bbox
    assert 240 < x0 < x1 < 370 and top < bottom < 100
    # phone photo of a paper 普票 with a 发票专用章 (seal detection alone; OCR of it is tested elsewhere)
    (photo,) = load_image(realdocs / "guanshuicheng__invoice" / "机打普票.png")
    (seal, *_) = seals_on(photo.pixels, photo.scale)
    assert seal.bbox[2] - seal.bbox[0] > seal.bbox[3] - seal.bbox[1]  # an oval 发票专用章, wider than high


def test_pages_whose_fonts_do_not_decode_are_read_by_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    from ingest import pdf_reader

    monkeypatch.setattr(pdf_reader, "_undecodable", lambda chars: True)  # as for CID fonts without ToUnicode
    document = read_file(FILING, FILING.name)
    assert document.status == DocStatus.ocr and document.pages[0].ocr
    assert "江苏省投资项目备案证" in document.text


def test_scanned_pages_past_the_time_budget_are_left_and_said_so(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from corpus.scans import image_pdf

    page = scan_page(FILING, 1, Look(seed=8))
    path = tmp_path / "many.pdf"
    path.write_bytes(image_pdf([page] * 7))
    monkeypatch.setenv("GRANTCHECK_OCR_BUDGET_S", "0")
    document = read_file(path, "many.pdf")
    assert document.status == DocStatus.unreadable
    assert document.page_count == 7 and not any(p.ocr for p in document.pages)
    assert document.error and "第 1、2、3、4、5 等共 7 页超出识别时间上限" in document.error


def test_the_worker_is_capped_at_one_and_a_half_gigabytes_of_address_space(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from ingest import sandbox

    def hungry(path: Path, rel: str) -> object:
        held = bytearray(int(path.read_text()) * 1024**2)  # as a parser building a huge structure would
        return read_file(FILING, rel) if held else None

    monkeypatch.setattr(sandbox, "read_file", hungry)  # the forked worker inherits it
    fits, too_much = tmp_path / "fits", tmp_path / "too-much"
    fits.write_text("900")  # a dense A4 scan's OCR peaks near 1.05 GB of address space, 740 MB resident
    too_much.write_text("1900")
    with IsolatedReader() as reader:
        assert reader.read(fits, "fits.pdf").status == DocStatus.ok
        killed = reader.read(too_much, "too-much.pdf")
        assert killed.status == DocStatus.unreadable and "内存" in killed.error
        assert reader.read(fits, "again.pdf").status == DocStatus.ok  # a fresh worker took over


def _pdf_with_image(jpeg: bytes, width: int, height: int) -> bytes:
    """A one-page PDF whose page is a DCT image declaring `width` x `height` pixels."""
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8"
        b" /Filter /DCTDecode /Length %d >>\nstream\n" % (width, height, len(jpeg)) + jpeg + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    return bytes(out)


def test_a_pdf_page_image_declaring_gigapixels_does_not_sink_the_worker(tmp_path: Path) -> None:
    jpeg = bytearray(_jpeg((16, 16)))
    sof = jpeg.index(b"\xff\xc0")
    struct.pack_into(">HH", jpeg, sof + 5, 60_000, 60_000)  # 3.6 gigapixels declared
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_pdf_with_image(bytes(jpeg), 60_000, 60_000))
    with IsolatedReader() as reader:
        document = reader.read(path, "bomb.pdf")
    assert document.status == DocStatus.unreadable and document.error


def test_more_ocr_threads_only_in_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    # a process that ran onnxruntime with a thread pool hangs the workers it forks
    monkeypatch.setenv("GRANTCHECK_OCR_THREADS", "2")
    assert ocr.threads() == 1
    monkeypatch.setattr(ocr_budget, "_threads_allowed", True)
    assert ocr.threads() == 2


def test_only_colour_scans_are_judged_for_a_red_seal() -> None:
    from ingest.scan import in_colour

    grey = np.full((200, 200, 3), 235, np.uint8)
    grey[50:150, 50:150] = 40
    assert not in_colour(grey)
    stamped = grey.copy()
    stamped[90:110, 20:180] = (200, 30, 40)
    assert in_colour(stamped)
