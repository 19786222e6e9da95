"""A training plan's class table as organisers write it: trainees summed, the smallest class, the cities,
each class's length; one class's 学员人数 is never the project's trainee count."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.registry import extract
from ingest.model import Cell, DocStatus, Document, Line, Page, Table


def _plan(rows: list[list[str]]) -> Document:
    cells = tuple(tuple(Cell(row=r, col=c, text=t, locator=f"t1r{r + 1}c{c + 1}") for c, t in enumerate(row))
                  for r, row in enumerate(rows))
    page = Page(number=1, lines=(Line(text="培训实施方案", locator="p0"),), tables=(Table(index=1, rows=cells),))
    return Document(path="方案.docx", media_type="application/docx", status=DocStatus.ok, page_count=1, pages=(page,),
                    kind="application_form", kind_confidence=0.9)


@pytest.mark.parametrize("rows", [
    [["班次", "地点", "区域", "学员人数", "天数"], ["第1期", "南京", "苏南", "96", "4.5"], ["第2期", "苏州", "苏南", "88", "3.5"],
     ["第3期", "扬州", "苏中", "62", "2"], ["第4期", "徐州", "苏北", "110", "3.5"]],
    [["序号", "培训时间", "举办地", "参训人数（人）", "培训时长（天）"], ["1", "2023年4月", "南京市", "96人", "4.5天"],
     ["2", "2023年5月", "苏州市", "88人", "3.5天"], ["3", "2023年6月", "扬州市", "62人", "2天"],
     ["4", "2023年7月", "徐州市", "110人", "3.5天"], ["合计", "", "", "356", ""]],
])
def test_a_class_table_gives_the_plans_figures(rows: list[list[str]]) -> None:
    facts = extract(_plan(rows))
    values = {f.name: f.value for f in facts if f.name != "class_days"}
    assert values["trainee_count"] == 356 and values["min_class_size"] == 62 and values["city_count"] == 4
    assert sorted(f.value for f in facts if f.name == "class_days") == [Decimal(2), Decimal("3.5"), Decimal("3.5"),
                                                                        Decimal("4.5")]
    assert [f.value for f in facts if f.name == "trainee_count"] in ([356], [356, 356])  # never one class's 96
