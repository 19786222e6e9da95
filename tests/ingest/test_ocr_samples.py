"""The outside sample packets' real scans (image-only PDFs, 200 dpi greyscale), with the values read
off the page images by a person. Skipped where the samples are not checked out next to the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.registry import extract
from ingest.classify import classify
from ingest.model import DocStatus
from ingest.read import read_file

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "packets"
pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="outside samples not present")


def _read(rel: str):
    path = SAMPLES / rel
    return classify(read_file(path, path.name))


@pytest.mark.parametrize(("rel", "uscc", "founded", "capital"), [
    ("ext01/营业执照副本.pdf", "9132041290408311X4", "2000-05-05", "15000"),
    ("ext02/附件8_营业执照副本.pdf", "91320902926951416A", "2004-06-06", "12000"),
    ("ext06/营业执照副本.pdf", "913206820588254430", "2002-05-20", "15000"),
])
def test_scanned_business_licences(rel: str, uscc: str, founded: str, capital: str) -> None:
    document = _read(rel)
    assert (document.status, document.kind) == (DocStatus.ocr, "business_license")
    assert document.seal is None  # a greyscale scan: its grey seal is not judged
    facts = {f.name: f for f in extract(document)}
    assert facts["applicant_uscc"].value == uscc and facts["applicant_uscc"].attrs["ocr"] == "1"
    assert str(facts["registration_date"].value) == founded
    assert facts["registered_capital"].value == int(capital)


def test_scanned_project_filing_ext02() -> None:
    document = _read("ext02/附件5_项目备案证.pdf")
    assert (document.status, document.kind) == (DocStatus.ocr, "project_filing")
    text = document.text
    for seen in ("江苏普瑞纺织有限公司", "2021-320902-39-03-271796", "4,100.00万元", "亭行审备〔2021〕110号",
                 "盐城市亭湖区行政审批局", "2021年5月28日"):
        assert seen in text
    facts = {f.name: f for f in extract(document)}
    assert facts["applicant_uscc"].value == "91320902926951416A"
    assert facts["procedure_done"].value == "filing"
    table = document.pages[0].tables[0]
    assert [c.text for c in table.rows[2]] == ["项目法人单位", "江苏普瑞纺织有限公司"]
