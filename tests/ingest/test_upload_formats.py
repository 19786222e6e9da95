"""Files as phones and office machines save them: read by what their bytes are, not by their names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pillow_heif import register_heif_opener

from corpus.scans import FONT, Look, scan_page
from grantcheck.report.crops import CropMaker
from ingest.classify import classify
from ingest.model import DocStatus
from ingest.read import read_file, sniff
from tests.conftest import CORPUS

LICENSE = CORPUS / "tt-01-eligible" / "17-营业执照.pdf"

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="CJK font fonts-wqy-microhei not installed")


@pytest.mark.parametrize(("name", "save_as"), [
    ("营业执照.heic", "HEIF"),  # an iPhone's photo
    ("营业执照.webp", "WEBP"),  # saved from a chat app
    ("营业执照.pdf", "JPEG"),  # a photo renamed .pdf to pass an upload form
    ("营业执照扫描件", "PNG"),  # no extension at all
], ids=["heic", "webp", "jpeg-named-pdf", "no-extension"])
def test_a_photographed_licence_is_read_whatever_it_is_saved_as(tmp_path: Path, name: str, save_as: str) -> None:
    register_heif_opener()  # for Pillow to write one
    text = classify(read_file(LICENSE, LICENSE.name))
    path = tmp_path / name
    scan_page(LICENSE, 1, Look(seed=21, skew_deg=0.8)).save(path, format=save_as)
    photo = classify(read_file(path, name))
    assert sniff(path) == "image"
    assert photo.status == DocStatus.ocr, photo.error
    assert photo.kind == text.kind == "business_license"
    credit_code = re.search(r"[0-9A-Z]{18}", text.text).group(0)
    assert credit_code in photo.text


def test_the_evidence_crop_of_a_photo_saved_as_pdf_comes_from_the_photo(tmp_path: Path) -> None:
    packet = tmp_path / "packet"
    packet.mkdir()
    scan_page(LICENSE, 1, Look(seed=22)).save(packet / "营业执照.pdf", format="JPEG")
    document = read_file(packet / "营业执照.pdf", "营业执照.pdf")
    line = next(line for page in document.pages for line in page.lines if "统一社会信用代码" in line.text)
    with CropMaker(packet) as crops:
        crop = crops.crop({"document": "营业执照.pdf", "page": 1, "bbox": list(line.bbox)})
    assert crop is not None and crop.data_uri.startswith("data:image/webp;base64,")


@pytest.mark.parametrize(("name", "head"), [
    ("发票.rar", b"Rar!\x1a\x07\x01\x00" + b"\0" * 64),
    ("合同扫描件.7z", b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\0" * 64),
    ("审计报告.pdf", b"Rar!\x1a\x07\x00" + b"\0" * 64),  # an archive renamed .pdf
])
def test_an_archive_format_we_do_not_open_says_so(tmp_path: Path, name: str, head: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(head)
    document = read_file(path, name)
    assert document.status == DocStatus.unsupported
    assert "RAR/7z 压缩包不支持" in document.error
