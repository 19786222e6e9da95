"""Scans read like their text twins: corpus PDFs rasterised, degraded (noise, quarter turns, skew,
low contrast, a red seal over the text), saved as PNG, JPEG or image-only PDF, then read through
the normal path. The facts must equal the text PDF's; OCR'd facts say so and are trusted less."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from corpus.scans import FONT, Look, degrade, image_pdf, save_image, scan_page, scan_pdf
from extractors.registry import OCR_DISCOUNT, extract
from ingest.classify import classify
from ingest.model import Document, DocStatus
from ingest.read import read_file
from tests.conftest import CORPUS

PACKET = CORPUS / "sf-01-eligible"
FILING = PACKET / "06-项目备案证.pdf"
ACCEPTANCE = PACKET / "03-验收意见.pdf"
AUDIT = PACKET / "02-专项审计报告.pdf"
INVOICE = PACKET / "发票" / "发票-01.pdf"
LICENSE = CORPUS / "tt-01-eligible" / "17-营业执照.pdf"

# PDFium draws the corpus PDFs' non-embedded CJK font with a system one (`make test` installs it).
pytestmark = pytest.mark.skipif(not FONT.exists(), reason="CJK font fonts-wqy-microhei not installed")


def _read(path: Path) -> Document:
    return classify(read_file(path, path.name))


def _facts(document: Document) -> set[tuple[str, str]]:
    return {(f.name, str(f.value)) for f in extract(document)}


def _scan(source: Path, target: Path, look: Look) -> Path:
    if target.suffix == ".pdf":
        target.write_bytes(image_pdf([scan_page(source, 1, look)]))
    else:
        save_image(scan_page(source, 1, look), target, look)
    return target


@pytest.mark.parametrize(("source", "suffix", "look"), [
    (FILING, ".png", Look(seed=11)),
    (FILING, ".jpg", Look(seed=12, turns=1, jpeg_quality=70)),
    (FILING, ".pdf", Look(seed=13, turns=2)),
    (FILING, ".png", Look(seed=14, turns=3, noise=10)),
    (ACCEPTANCE, ".jpg", Look(seed=15, skew_deg=1.5, seal="苏州市工业和信息化局")),
    (LICENSE, ".pdf", Look(seed=16, contrast=0.45)),
    (INVOICE, ".png", Look(seed=17, seal="江苏智控软件科技有限公司发票专用章")),
], ids=["filing-png", "filing-jpg-90", "filing-pdf-180", "filing-png-270", "acceptance-skew-seal",
        "license-low-contrast", "invoice-seal"])
def test_a_scan_gives_the_facts_of_its_text_twin(tmp_path: Path, source: Path, suffix: str, look: Look) -> None:
    text = _read(source)
    scan = _read(_scan(source, tmp_path / f"{source.stem}{suffix}", look))
    assert scan.status == DocStatus.ocr, scan.error
    assert scan.kind == text.kind
    expected = _facts(text)
    assert expected and _facts(scan) == expected
    assert scan.pages[0].rotation == 90 * (-look.turns % 4)  # turned back
    # the paper's own seal, or one stamped on the copy (a greyscale scan, which shows none, is not judged)
    assert scan.seal is not None and scan.seal.present
    assert all(line.confidence is not None for line in scan.pages[0].lines)


def test_a_scanned_table_page_in_a_text_pdf(tmp_path: Path) -> None:
    target = tmp_path / "audit.pdf"
    scan_pdf(AUDIT, target, Look(seed=21, skew_deg=1.2, seal="苏州华明会计师事务所有限公司"), pages=[2])
    scan = _read(target)
    assert scan.status == DocStatus.ocr and [p.ocr for p in scan.pages] == [False, True]
    text = _read(AUDIT)
    located = {(f.name, str(f.value), f.provenance.page, f.provenance.locator) for f in extract(text)}
    assert {(f.name, str(f.value), f.provenance.page, f.provenance.locator) for f in extract(scan)} == located
    table = {f.provenance.locator: f for f in extract(scan) if f.provenance.page == 2 and f.provenance.locator}
    assert table["t1r6c2"].name == "total_investment" and table["t1r6c2"].provenance.ocr
    assert [c.text for c in scan.pages[1].tables[0].rows[5]] == ["合计", "32,567,800.00", ""]
    assert scan.seal is not None and scan.seal.present and scan.seal.page == 2


def test_ocr_facts_are_marked_and_discounted_unless_the_document_confirms_them(tmp_path: Path) -> None:
    text = {f.name: f for f in extract(_read(INVOICE))}
    scan = {f.name: f for f in extract(_read(_scan(INVOICE, tmp_path / "invoice.jpg", Look(seed=31))))}
    date = scan["invoice_date"]
    assert date.attrs["ocr"] == "1" and "confirmed" not in date.attrs
    assert date.confidence == pytest.approx(text["invoice_date"].confidence * OCR_DISCOUNT)
    total = scan["total_incl_tax"]  # 大写 = 小写
    assert total.attrs["ocr"] == "1" and total.attrs["confirmed"] == "1"
    assert total.confidence == text["total_incl_tax"].confidence
    assert scan["amount_excl_tax"].attrs["confirmed"] == "1"  # 金额 + 税额 = 价税合计
    assert "ocr" not in text["invoice_date"].attrs


def _near(read: str, stamped: str) -> bool:
    """OCR of curved seal text may miss a character or two."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, read, stamped).ratio() >= 0.8


@pytest.mark.parametrize("words", ["江苏中正同仁会计师事务所有限公司", "无锡市工业和信息化局", "南京云衡数据科技有限公司"])
def test_the_words_around_a_seal_are_read(words: str) -> None:
    from corpus.scans import stamp_seal
    from ingest.scan import seals_on
    from ingest.seal_text import read_seal

    dpi = 200
    page = stamp_seal(Image.new("RGB", (800, 800), (250, 250, 247)), (400, 400), words, dpi=dpi)
    pixels = np.asarray(page)
    seals = seals_on(pixels, dpi / 72)
    assert seals and _near(read_seal(pixels, seals[0], dpi / 72) or "", words)


def _unsealed_acceptance(path: Path) -> Path:
    """The corpus acceptance opinion as printed before it is stamped (the corpus PDF carries its seal)."""
    from corpus.builders import Doc, write

    text = _read(ACCEPTANCE)
    doc = Doc()
    for line in text.pages[0].lines:
        signature = "盖章" in line.text or line is text.pages[0].lines[-1]
        (doc.sign if signature else doc.para)(line.text)
    write(doc, path)
    return path


def test_seal_found_where_stamped(tmp_path: Path) -> None:
    look = Look(seed=15, skew_deg=1.5, seal="苏州市工业和信息化局")
    unsealed = _unsealed_acceptance(tmp_path / "验收意见.pdf")
    stamped = _read(_scan(unsealed, tmp_path / "stamped.jpg", look))
    assert stamped.seal is not None and stamped.seal.present and stamped.seal.page == 1
    x0, top, x1, bottom = stamped.seal.bbox
    assert 100 <= x1 - x0 <= 145 and 100 <= bottom - top <= 145  # a 42 mm seal is 119 pt across
    last = stamped.pages[0].lines[-1].bbox
    assert x0 < (last[0] + last[2]) / 2 < x1  # stamped over the signature
    assert "苏州市工业和信息化局" in stamped.text  # read through the red
    assert _near(stamped.seal.text or "", "苏州市工业和信息化局")  # the words around the seal, unwrapped
    text_twin = _read(unsealed)
    assert text_twin.seal is not None and not text_twin.seal.present


def test_the_report_shows_ocr_sources_and_seals(report_schema: dict) -> None:
    from grantcheck.pipeline import run_packet
    from grantcheck.report.render import to_markdown
    from tests.conftest import validate_report

    report = run_packet(CORPUS / "ocr-03-acceptance-scan", isolate=False)
    data = validate_report(report.to_json(), report_schema)
    # the acceptance date is read off the scan alone: a date decides, its source marked OCR
    assert data["outcome"] == "eligible"
    scanned = next(d for d in data["documents"] if d["path"] == "03-验收意见.pdf")
    assert scanned["status"] == "ocr" and scanned["seal"]["present"] and len(scanned["seal"]["bbox"]) == 4
    sources = [s for f in data["figures"].values() for s in f["sources"] if s["document"] == "03-验收意见.pdf"]
    assert sources and all(s["ocr"] is True for s in sources)
    assert all("ocr" not in s for f in data["figures"].values() for s in f["sources"] if s["document"] != "03-验收意见.pdf")
    assert "（OCR 识别）" in to_markdown(report) and "见印章（第1页）" in to_markdown(report)


def test_a_photographed_invoice_gives_its_qr_code(tmp_path: Path) -> None:
    import zxingcpp

    payload = "01,04,3200221130,00100000,185000.00,20210310,12345678901234567890,"
    look = Look(seed=51, turns=2)
    page = scan_page(INVOICE, 1, Look(seed=51))
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    image = zxingcpp.write_barcode_to_image(code, scale=4, add_quiet_zones=False)
    page.paste(Image.fromarray(np.asarray(image)).convert("RGB"), (60, 60))
    photo = degrade(page, Look(seed=52, turns=look.turns, noise=3))
    path = tmp_path / "invoice.jpg"
    save_image(photo, path, look)
    scan = _read(path)
    assert scan.status == DocStatus.ocr and scan.kind == "invoice"
    assert [b.text for b in scan.barcodes] == [payload] and scan.barcodes[0].source == "image"
    x0, top, x1, bottom = scan.barcodes[0].bbox  # where it was pasted, on the upright page (150 dpi)
    assert x0 == pytest.approx(60 * 72 / 150, abs=4) and top == pytest.approx(60 * 72 / 150, abs=4)
    facts = {f.name: f for f in extract(scan)}
    number = facts["invoice_number"]  # read off the page by OCR, confirmed by the QR code
    assert number.attrs["ocr"] == "1" and number.attrs["confirmed"] == "1" and number.attrs["qr"] == "agree"
    assert number.confidence >= {f.name: f for f in extract(_read(INVOICE))}["invoice_number"].confidence
    assert "ocr" not in facts["invoice_code"].attrs  # the QR payload alone gives the code: not OCR'd


@pytest.mark.parametrize("header", ["结息日 计息起日 天数 利息金额（元）", "结息日计息起日天数 利息金额（元）"])
def test_rows_without_rulings_on_a_photo_are_a_table(tmp_path: Path, header: str) -> None:
    """A bank's interest slip photographed: no rulings, each row one OCR box; its fields make the cells, so
    the rows keep their dates and the amount column its header."""
    from PIL import ImageDraw, ImageFont

    lines = ["江苏某农村商业银行", "贷款利息回单", header, "2021-06-21 2021-04-08 74 92,500.00",
             "2021-09-21 2021-06-21 92 115,000.00", "2021-12-21 2021-09-21 91 113,750.00", "合计：321,250.00"]
    image = Image.new("RGB", (1400, 900), (250, 250, 248))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 34)
    for i, text in enumerate(lines):
        draw.text((120, 80 + i * 70), text, fill=(20, 20, 20), font=font)
    path = tmp_path / "利息回单.png"
    image.save(path)
    page = read_file(path, path.name).pages[0]
    table = next(t for t in page.tables if len(t.rows) >= 4)
    assert [c.text for c in table.rows[1]] == ["2021-06-21", "2021-04-08", "74", "92,500.00"]
    assert table.rows[0][-1].text.endswith("利息金额（元）")  # the amount column keeps its header
