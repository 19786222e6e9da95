"""Invoice QR payloads: strict parsing, decoding from images and rendered PDF pages."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ingest.qr import decode_image_bytes, parse_invoice_qr, pdf_page_codes
from ingest.read import read_file


@pytest.mark.parametrize(("payload", "code", "number", "amount", "issued", "digital"), [
    ("01,10,033002000211,83089647,510.68,20200723,16197833567414507415,0941,", "033002000211", "83089647",
     "510.68", date(2020, 7, 23), False),
    ("01,31, ,23512000000005197325,2150.63,20230130, ,F366", "", "23512000000005197325", "2150.63",
     date(2023, 1, 30), True),
    ("01,32,,25447000001115703415,50.00,20250923,,0CA3", "", "25447000001115703415", "50.00",
     date(2025, 9, 23), True),
])
def test_real_payloads_parse(payload: str, code: str, number: str, amount: str, issued: date,
                             digital: bool) -> None:
    qr = parse_invoice_qr(payload)
    assert qr is not None
    assert (qr.code, qr.number, qr.amount, qr.date) == (code, number, Decimal(amount), issued)
    assert qr.digital == digital
    assert qr.amount_field == ("total_incl_tax" if digital else "amount_excl_tax")


@pytest.mark.parametrize("payload", [
    "",
    "hello world",
    "https://inv-veri.chinatax.gov.cn/",
    "02,10,033002000211,83089647,510.68,20200723,16197833567414507415,0941",  # not version 01
    "01,10,033002000211,8308964X,510.68,20200723,16197833567414507415,0941",  # letter in the number
    "01,10,033002000211,83089647,510.68,20201340,16197833567414507415,0941",  # no such date
    "01,10,033002000211,83089647,5e10,20200723,16197833567414507415,0941",  # not an amount
    "01,10,033002000211,83089647,510.68,20200723,16197833567414507415,0941;rm -rf /",
    "01,10,033002000211,83089647," + "9" * 300 + ".00,20200723,,0941",  # too long
])
def test_malformed_payloads_are_ignored(payload: str) -> None:
    assert parse_invoice_qr(payload) is None


def _qr_png(text: str, scale: int = 4) -> bytes:
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    image = Image.fromarray(np.asarray(code.to_image(scale=scale)))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


PAYLOAD = "01,10,032001900111,12345678,100000.00,20230506,12345678901234567890,ABCD"


def test_decode_embedded_image() -> None:
    assert decode_image_bytes(_qr_png(PAYLOAD)) == [PAYLOAD]


def test_images_too_large_or_broken_are_skipped() -> None:
    buffer = io.BytesIO()
    Image.new("L", (3000, 3000), 255).save(buffer, "PNG")
    assert decode_image_bytes(buffer.getvalue()) == []
    assert decode_image_bytes(b"\x89PNG\r\n\x1a\nbroken") == []


def test_pdf_invoice_page_qr_is_decoded_and_placed(tmp_path: Path) -> None:
    path = tmp_path / "invoice.pdf"
    canvas = Canvas(str(path), pagesize=(595, 397))
    canvas.drawImage(ImageReader(io.BytesIO(_qr_png(PAYLOAD))), 30, 300, 70, 70)
    canvas.save()
    codes = pdf_page_codes(path, [1])
    assert [c.text for c in codes] == [PAYLOAD]
    x0, top, x1, bottom = codes[0].bbox
    assert 25 <= x0 < x1 <= 105 and 20 <= top < bottom <= 100  # top-left origin, PDF points


def test_pdf_without_invoice_text_is_not_rendered(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(100, 700, "Hello")
    canvas.drawImage(ImageReader(io.BytesIO(_qr_png(PAYLOAD))), 30, 300, 70, 70)
    canvas.save()
    assert read_file(path, "letter.pdf").barcodes == ()


def test_red_letter_invoice_amount_is_negative() -> None:
    qr = parse_invoice_qr("01,04,032001900111,12345678,-100.00,20230506,12345678901234567890,ABCD")
    assert qr is not None and qr.amount == Decimal("-100.00")


REAL_INVOICES = Path(__file__).resolve().parents[2].parent / "shared" / "realdocs"


@pytest.mark.parametrize("name", ["MARSCHEN-CN__FapiaoGO/test.pdf", "renoyuan__easyofd/test.pdf"])
def test_a_scanned_invoice_pdf_gives_its_qr_code_too(tmp_path: Path, name: str) -> None:
    """An invoice printed and scanned (an image-only PDF) is read by OCR, and its QR code decoded as on the
    original: the same payload cross-checks the OCR'd fields."""
    import pypdfium2 as pdfium

    original = REAL_INVOICES / name
    if not original.exists():
        pytest.skip("../shared/realdocs is not beside the checkout")
    pdf = pdfium.PdfDocument(str(original))
    image = pdf[0].render(scale=200 / 72).to_pil().convert("RGB")
    pdf.close()
    scan = tmp_path / "扫描件.pdf"
    image.save(scan, "PDF", resolution=200.0)
    read = read_file(scan, scan.name)
    assert read.status.value == "ocr"
    assert [b.text for b in read.barcodes] == [b.text for b in read_file(original, name).barcodes]
