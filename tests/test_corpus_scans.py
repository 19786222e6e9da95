"""The scanned corpus packets: `corpus/scans.py` writes them deterministically (fixed seeds, no time
stamps; the bytes still depend on the installed Pillow, PDFium and CJK font, so the committed files
are not compared byte for byte) and they expect what their text twins expect."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from corpus.scans import FONT, SCAN_VARIANTS, write_scan_variant
from tests.conftest import CORPUS


@pytest.mark.skipif(not FONT.exists(), reason="CJK font fonts-wqy-microhei not installed")
@pytest.mark.parametrize("variant", SCAN_VARIANTS, ids=[v.name for v in SCAN_VARIANTS])
def test_scans_are_written_deterministically(tmp_path: Path, variant) -> None:
    shutil.copytree(CORPUS / variant.twin, tmp_path / variant.twin)
    first = (write_scan_variant(tmp_path, variant) / variant.target).read_bytes()
    assert (write_scan_variant(tmp_path, variant) / variant.target).read_bytes() == first
    assert (CORPUS / variant.name / variant.target).is_file()
    assert sorted(p.name for p in (tmp_path / variant.name).rglob("*")) == \
        sorted(p.name for p in (CORPUS / variant.name).rglob("*"))


def test_scanned_packets_expect_what_their_text_twins_expect() -> None:
    """The same outcome as the twin, except where the scan alone states an amount that decides a check
    (an OCR reading nothing confirms goes to review): only those checks, named in the variant, differ."""
    for variant in SCAN_VARIANTS:
        twin = json.loads((CORPUS / f"{variant.twin}.expected.json").read_text("utf-8"))
        scanned = json.loads((CORPUS / f"{variant.name}.expected.json").read_text("utf-8"))
        assert scanned == variant.expected(twin)
        assert scanned["figures"] == twin["figures"]  # every figure read off the scan as off the text
        assert scanned["outcome"] == (twin["outcome"] if not variant.reviews else "needs_review")
