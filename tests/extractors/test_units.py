"""PDF lines → paragraphs: a sentence wrapped onto the next line is read as one."""

from __future__ import annotations

from extractors.units import paragraphs
from ingest.model import Cell, Line, Page, Table

FULL = (60.0, 100.0, 535.0, 112.0)  # a line across the text width


def _line(text: str, x0: float, x1: float, top: float) -> Line:
    return Line(text=text, bbox=(x0, top, x1, top + 12))


def _texts(page: Page) -> list[str]:
    return ["".join(line.text for line in group) for group in paragraphs(page)]


def test_a_wrapped_sentence_is_one_paragraph() -> None:
    page = Page(number=1, lines=(_line("经审计，项目总投入为", 60, 535, 100), _line("3,256.78万元。", 60, 140, 118),
                                 _line("以上金额均不含增值税。", 60, 300, 136)))
    assert _texts(page) == ["经审计，项目总投入为3,256.78万元。", "以上金额均不含增值税。"]


def test_closed_sentences_titles_and_signatures_stay_apart() -> None:
    page = Page(number=1, lines=(
        _line("关于某某项目的专项审计报告", 200, 400, 60),  # centred title
        _line("经审计，项目总投入3,256.78万元，其中软件投入412.50万元。", 60, 535, 100),  # closed by 。
        _line("项目于2022年5月20日完工", 60, 300, 118),  # short line
        _line("苏州市工业和信息化局（盖章）", 380, 535, 136),  # right-aligned signature
        _line("2022年9月15日", 460, 535, 154)))
    assert len(paragraphs(page)) == 5


def test_lines_inside_a_table_are_never_joined() -> None:
    cells = ((Cell(row=0, col=0, text="项目名称"), Cell(row=0, col=1, text="某某项目")),)
    table = Table(index=1, rows=cells, bbox=(60.0, 95.0, 535.0, 140.0))
    page = Page(number=1, tables=(table,), lines=(_line("项目名称 某某项目", 60, 535, 100),
                                                   _line("项目承担单位 某某公司", 60, 535, 118)))
    assert len(paragraphs(page)) == 2


def test_a_title_wrapped_onto_a_centred_second_line_is_one() -> None:
    page = Page(number=1, lines=(_line("江苏省工业和信息化厅关于公布2022年度江苏省规划布局内重点软", 66, 528, 48),
                                 _line("件企业名单的通知", 233, 361, 64),
                                 _line("序号 企业名称", 63, 291, 100)))
    assert _texts(page)[0] == "江苏省工业和信息化厅关于公布2022年度江苏省规划布局内重点软件企业名单的通知"
