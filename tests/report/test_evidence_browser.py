"""The evidence page as a reviewer opens it: a real headless Chromium (Debian's `chromium`, `make chromium`),
no console error, nothing fetched, the crops drawn with their highlight, a screenshot taken."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from checklists.loader import load_guide
from grantcheck.pipeline import run_packet
from grantcheck.report.render import render_html
from tests.browser import Browser, find_chromium
from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.skipif(
    find_chromium() is None,
    reason="chromium not installed and not installable here (`make chromium` runs apt-get install chromium): "
           "the evidence page is not opened in a browser")

SHOTS = Path(os.environ.get("GRANTCHECK_SCREENSHOTS", "")) if os.environ.get("GRANTCHECK_SCREENSHOTS") else None
PACKETS = [
    CORPUS / "sf-05-construction-included",  # ineligible: one failing check with its audit-table crop
    ROOT / "corpus" / "hand2" / "h2-ibf-01-eligible-table",  # two audit readings disagree: crops side by side
    CORPUS / "ocr-01-license-photo",  # a photographed licence: crops from the image file
]
IDENTIFIER = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b|\bt\d+r\d+c\d+\b")  # total_investment, audit_report, t1r7c2
ENGLISH = [*load_guide("jiangsu-2023").categories, "eligible", "ineligible", "incomplete", "needs_review", "pass",
           "fail", "missing", "review", "passed", "consistent", "ocr"]


def _highlighted(png: Path) -> int:
    """Pixels of the crops' highlight (translucent yellow on paper) in a screenshot."""
    pixels = np.asarray(Image.open(png).convert("RGB"), dtype=np.int16)
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return int(((r > 235) & (g > 215) & (g < 250) & (b > 120) & (b < 195)).sum())


@pytest.mark.parametrize("packet", PACKETS, ids=lambda p: p.name)
def test_the_evidence_page_opens_in_chromium(packet: Path, tmp_path: Path) -> None:
    report = run_packet(packet, isolate=False)
    html = render_html(report, packet)
    page_file = tmp_path / "report.html"
    page_file.write_text(html, encoding="utf-8")
    with Browser.launch() as browser:
        page = browser.open(page_file.as_uri())
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        crops = page.evaluate("""[...document.querySelectorAll('svg.crop')]
            .filter(s => s.getBoundingClientRect().width > 50 && s.getBoundingClientRect().height > 10).length""")
        embedded = page.evaluate("""[...document.querySelectorAll('defs image')]
            .filter(i => i.getAttribute('href').startsWith('data:image/webp;base64,')).length""")
        text = page.evaluate("document.body.innerText")
        hover = page.evaluate("[...document.querySelectorAll('article.check')].map(a => a.title)")
        shot = (SHOTS or tmp_path) / f"{packet.name}.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(shot)
        errors, fetched = page.console_errors, [u for u in page.requests if not u.startswith("data:")]
    assert errors == []
    assert fetched == [page_file.as_uri()]  # the page itself, nothing else
    assert crops >= 2 and embedded >= 2
    assert _highlighted(shot) > 200  # the highlighted words are on screen
    assert sorted(hover) == sorted(c.id for c in report.checks)  # each check's identifier on hover
    text = text.replace(report.packet, "")  # the packet's own name is the applicant's words
    english = IDENTIFIER.findall(text) + [w for w in ENGLISH if re.search(rf"\b{w}\b", text)]
    assert english == [], english  # identifiers, codes and status words only on hover
    assert "结论：" in text and "材料清单" in text


def test_a_page_without_its_packet_still_reads(tmp_path: Path) -> None:
    report = run_packet(CORPUS / "sf-03-total-below", isolate=False)
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(report, tmp_path / "gone"), encoding="utf-8")  # the packet moved away
    with Browser.launch() as browser:
        page = browser.open(page_file.as_uri())
        text = page.evaluate("document.body.innerText")
        assert page.console_errors == [] and page.evaluate("document.querySelectorAll('svg.crop').length") == 0
    assert "差 0.50 万元" in text and "第1页" in text
