"""Reading families the eleventh blind set (corpus/frozen11) showed, in several wordings: a copyright register
running over two pages and two years, each registration read with its 登记日期 and its 取得方式."""

from __future__ import annotations

import pytest

from extractors.registry import extract
from ingest.model import Cell, DocStatus, Document, Line, Page, Table

HEADER = ["序号", "软件全称", "登记号", "首次发表日期", "登记日期", "取得方式"]


def _table(index: int, rows: list[list[str]]) -> Table:
    return Table(index=index, rows=tuple(tuple(Cell(row=r, col=c, text=t, locator=f"t{index}r{r + 1}c{c + 1}")
                                               for c, t in enumerate(row)) for r, row in enumerate(rows)))


def _register(pages: list[tuple[str, list[list[str]]]]) -> Document:
    built = tuple(Page(number=n, lines=(Line(text=title, locator="p0"),), tables=(_table(1, rows),))
                  for n, (title, rows) in enumerate(pages, start=1))
    return Document(path="软件著作权登记情况表.pdf", media_type="application/pdf", status=DocStatus.ok,
                    page_count=len(built), pages=built, kind="other", kind_confidence=0.5)


def _row(i: int, number: str, published: str, registered: str, how: str = "原始取得") -> list[str]:
    return [str(i), f"某某软件V{i}.0", number, published, registered, how]


FIRST_YEAR = [_row(i, f"2021SR{1073519 + i * 7001}", f"2021.0{i}.15" if i < 10 else "2021.10.15",
                   f"2021.{i + 1:02d}.08" if i < 11 else "2021.12.21", "受让取得" if i == 5 else "原始取得")
              for i in range(1, 10)]
SECOND_YEAR = [_row(i, f"2022SR{1735190 + i * 7001}", "2022.01.15", f"2022.{i - 9:02d}.18") for i in range(10, 17)]


def _facts(document: Document, name: str) -> list:
    return [f for f in extract(document) if f.name == name]


@pytest.mark.parametrize("continued", [
    ["软件著作权登记情况表（续表）", [HEADER, *SECOND_YEAR, ["", "合计：16件", "", "", "", ""]]],  # 续表 header
    ["软件著作权登记情况表（续）", [*SECOND_YEAR, ["合计", "16", "", "", "", ""]]],  # continued without a header
])
def test_a_register_over_two_pages_and_years_gives_each_registration_with_its_date(continued: list) -> None:
    document = _register([("软件著作权登记情况表", [HEADER, *FIRST_YEAR]), tuple(continued)])  # type: ignore[list-item]
    rows = _facts(document, "software_copyright_registration")
    assert len(rows) == 16
    assert sum(1 for f in rows if f.attrs["row_date"].startswith("2021")) == 9
    assert [f.value for f in rows if f.attrs.get("transferred")] == [FIRST_YEAR[4][2]]
    assert all(f.attrs["row_date"] != "2021-01-15" for f in rows)  # the 首次发表日期 is not the registration's
    assert not _facts(document, "software_copyright_count")  # the 合计 over two years is no year's count


@pytest.mark.parametrize(("registered", "meant"), [
    ("2021-03-01", "2021-03-01"), ("2021/3/1", "2021-03-01"), ("2021年3月1日", "2021-03-01"), ("2021.3.1", "2021-03-01"),
])
def test_a_register_of_one_year_keeps_its_count(registered: str, meant: str) -> None:
    header = ["序号", "软件名称", "登记号", "登记批准日期", "权利取得方式"]
    rows = [[str(i), f"平台{i}", f"2021SR0{112408 + i}", registered, "继受取得" if i == 1 else "原始取得"] for i in range(1, 13)]
    document = _register([("2021年度软件著作权登记清单", [header, *rows])])
    assert [f.value for f in _facts(document, "software_copyright_count")] == [11]
    assert {f.attrs["row_date"] for f in _facts(document, "software_copyright_registration")} == {meant}
