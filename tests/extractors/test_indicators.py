"""How many indicators improved since designation, as third-party test reports write it: a 是否提升 column,
or a sentence with the count before or after the word 指标."""

from __future__ import annotations

import pytest

from extractors.registry import extract
from ingest.model import Cell, DocStatus, Document, Line, Page, Table


def _report(lines: list[str], rows: list[list[str]] | None = None) -> Document:
    tables = ()
    if rows:
        cells = tuple(tuple(Cell(row=r, col=c, text=t, locator=f"t1r{r + 1}c{c + 1}") for c, t in enumerate(row))
                      for r, row in enumerate(rows))
        tables = (Table(index=1, rows=cells),)
    page = Page(number=1, lines=tuple(Line(text=t, locator=f"p{i}") for i, t in enumerate(["能力提升测试报告", *lines])),
                tables=tables)
    return Document(path="测试报告.pdf", media_type="application/pdf", status=DocStatus.ok, page_count=1, pages=(page,),
                    kind="third_party_test_report", kind_confidence=0.9)


def _counts(document: Document) -> list[int]:
    return [f.value for f in extract(document) if f.name == "improved_indicator_count"]  # type: ignore[misc]


@pytest.mark.parametrize(("sentence", "count"), [
    ("结论：制造系统能力、企业标杆能力等方面共4项细分指标比认定时提升。", 4),
    ("结论：与认定时相比，共有5项细分指标实现提升。", 5),
    ("经测试，平台在连接设备数、工业模型数量、工业APP数量、服务企业数等4项指标上均有提升。", 4),
    ("测试的8项指标中有6项提升，2项持平。", 6),
    ("与认定时相比，三项关键指标明显提高。", 3),
])
def test_a_stated_count_of_improved_indicators(sentence: str, count: int) -> None:
    assert _counts(_report([sentence])) == [count]


@pytest.mark.parametrize("sentence", [
    "共有3项指标未提升。",
    "测试共覆盖12项指标。",
])
def test_indicators_not_said_to_improve_are_not_counted(sentence: str) -> None:
    assert _counts(_report([sentence])) == []


@pytest.mark.parametrize(("header", "marks", "count"), [
    (["类别", "细分指标", "认定时", "本次测试", "是否提升"], ["是", "是", "是", "否", "持平"], 3),
    (["序号", "指标名称", "认定时数值", "测试数值", "提升情况"], ["提升", "提升", "√", "提升", "下降"], 4),
    (["指标", "2019年", "2022年", "是否提高"], ["是", "是", "是", "是", "是"], 5),
])
def test_rows_marked_improved_are_counted(header: list[str], marks: list[str], count: int) -> None:
    rows = [header] + [[f"指标{i}"] + ["1"] * (len(header) - 2) + [mark] for i, mark in enumerate(marks)]
    assert _counts(_report([], rows)) == [count]
