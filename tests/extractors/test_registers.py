"""Software copyright registers as applicants list them: counted by registration number, transfers left out."""

from __future__ import annotations

import pytest

from extractors.registry import extract
from ingest.model import Cell, DocStatus, Document, Line, Page, Table


def _register(rows: list[list[str]], kind: str = "other") -> Document:
    cells = tuple(tuple(Cell(row=r, col=c, text=t, locator=f"t1r{r + 1}c{c + 1}") for c, t in enumerate(row))
                  for r, row in enumerate(rows))
    page = Page(number=1, lines=(Line(text="软件著作权登记清单", locator="p0"),), tables=(Table(index=1, rows=cells),))
    return Document(path="著作权清单.pdf", media_type="application/pdf", status=DocStatus.ok, page_count=1,
                    pages=(page,), kind=kind, kind_confidence=0.5)


def _count(document: Document) -> list[int]:
    return [f.value for f in extract(document) if f.name == "software_copyright_count"]  # type: ignore[misc]


@pytest.mark.parametrize(("header", "rows", "count"), [
    (["序号", "软件名称", "登记号", "取得方式"],
     [[str(i), f"软件{i}V1.0", f"2022SR{1387919 + i}", "受让" if i in (3, 6) else "原始取得"] for i in range(1, 12)], 9),
    (["序号", "软件名称", "登记号", "登记日期", "备注"],
     [[str(i), f"平台{i}", f"2021SR0{112408 + i}", "2021-03-01", "受让自某某公司" if i == 1 else ""] for i in range(1, 13)], 11),
    (["证书号", "登记号", "软件全称", "权利取得方式"],
     [[f"软著登字第{8000000 + i}号", f"2021SR{2046617 + i}", f"系统{i}", "继受取得" if i > 10 else "原始取得"]
      for i in range(1, 14)], 10),
])
def test_a_register_counts_its_registrations_without_transfers(header: list[str], rows: list[list[str]], count: int) -> None:
    assert _count(_register([header, *rows])) == [count]


def test_a_registration_listed_twice_counts_once() -> None:
    rows = [["序号", "软件名称", "登记号", "取得方式"], ["1", "甲", "2021SR0112408", "原始取得"],
            ["2", "乙", "2021SR0238815", "原始取得"], ["3", "甲（重复）", "2021 SR 0112408", "原始取得"]]
    assert _count(_register(rows)) == [2]


def test_a_table_without_registration_numbers_counts_nothing() -> None:
    rows = [["序号", "软件名称", "版本"], ["1", "甲", "V1.0"], ["2", "乙", "V2.0"]]
    assert _count(_register(rows)) == []
