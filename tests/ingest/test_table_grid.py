"""Tables found as pdfplumber finds them, once per set of ruling lines; system fonts read once per process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from ingest import table_grid
from ingest.pdfplumber_pages import shapes
from ingest.plumber_tables import PACKAGE, table_module
from tests.conftest import CORPUS, ROOT

PACKET = CORPUS / "sf-01-eligible"
RULED = [PACKET / "02-专项审计报告.pdf", next((PACKET / "发票").glob("*.pdf"))]


@pytest.mark.parametrize("path", RULED, ids=lambda p: p.name)
def test_grids_are_pdfplumbers_tables(path: Path) -> None:
    assert table_module().__name__ == f"{PACKAGE}.table"  # pdfplumber's finder, without its package
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            expected = tuple((tuple(t.bbox), tuple(tuple(row.cells) for row in t.rows))
                             for t in page.find_tables())
            assert table_grid._find(shapes(page)) == expected


def test_one_set_of_ruling_lines_is_looked_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    with pdfplumber.open(RULED[1]) as pdf:
        page = shapes(pdf.pages[0])
    table_grid._grids.clear()
    looked = []
    real = table_grid._find
    monkeypatch.setattr(table_grid, "_find", lambda s: looked.append(s) or real(s))
    first = table_grid.table_grids(page)
    assert first and table_grid.table_grids(page) == first and len(looked) == 1


RENDER = """
import hashlib, sys
import pypdfium2 as pdfium
from ingest import pdfium_fonts
from ingest.pdfium_text import read_page
if sys.argv[1] == "cached":
    pdfium_fonts.install()
digest = hashlib.sha256()
for path in sys.argv[2:] * 2:
    pdf = pdfium.PdfDocument(path)
    digest.update(repr(read_page(pdf, 0).chars).encode())
    digest.update(pdf[0].render(scale=0.5).to_pil().tobytes())
    pdf.close()
print(digest.hexdigest())
"""


def test_fonts_kept_in_memory_read_and_render_the_same() -> None:
    paths = [str(p) for p in (*RULED, PACKET / "04-认定证书.pdf")]
    digests = [subprocess.run([sys.executable, "-c", RENDER, mode, *paths], capture_output=True, text=True,
                              check=True, cwd=ROOT).stdout for mode in ("plain", "cached")]
    assert digests[0] == digests[1] and digests[0].strip()
