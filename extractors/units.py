"""Document → text units: each line, and each table cell with its row label and column header.

A unit is the smallest piece of text with one provenance. Extractors look for
mentions inside a unit and read their meaning from the unit's own words before
the mention, or, in tables, from the label cell to the left and the column header.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from extractors.amount import FOREIGN, unit_hint
from extractors.date import DateMention, find_dates
from extractors.normalize import normalize
from grantcheck.model import Provenance, merge_bboxes
from ingest.model import Cell, Document, Line, Page, Table

_VALUE_CELL = re.compile(r"^[\s\d,.¥%()\-/:年月日万元亿〇零一二三四五六七八九十整]*$")
_ORDINAL = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|\(\w\)|[\d.]+|序号)[、.]?$")


@dataclass(frozen=True)
class Unit:
    text: str  # normalised
    label: str  # normalised context outside the text: left label cell + column header ('' for lines)
    provenance: Provenance
    default_unit: str | None = None  # money unit for bare numbers (from a header or '单位：万元')
    row_label: str = ""  # tables: the row's first text cell (e.g. 合计)
    column: str = ""  # tables: the column header (申报金额 / 审定金额 …), '' when the table has none
    in_table: bool = False
    period: str = ""  # tables: the period a row covers when a cell states one ("2021-07-01..2021-12-31")
    row_date: str = ""  # tables: the one day a row is dated by, a cell that is a date (结息日 2021-03-21)
    over_table: bool = False  # a line lying on a table: its cells are units too, with their headers


def header_column(header: Sequence[Cell], pattern: re.Pattern[str]) -> int | None:
    """The column whose header cell matches `pattern`."""
    return next((c.col for c in header if pattern.search(normalize(c.text))), None)


def is_value_cell(text: str) -> bool:
    return bool(text.strip()) and bool(_VALUE_CELL.match(text))


FOREIGN_COLUMN = re.compile(FOREIGN, re.I)
# a remarks column refers to rows and notes ("软件类；注2", "第3、4、5项"): its bare numbers are not money
REMARK_COLUMN = re.compile(r"^(备注|说明|附注)")
# a caption names a column; an organisation or a code (统一社会信用代码 91320312059381768H) is a form's value
_NOT_HEADER = re.compile(r"公司|局|厅|委员会|中心|:|[0-9A-Z]{15,}")
PERIOD_CAPTION = re.compile(r"(19|20)\d{2}\s*年度?(\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|\d{1,2}\s*月)?(\s*[(（]\s*(万元|元|亿元)\s*[)）])?")
HEADER_CAPTION = 24  # characters: "截至2022.9.30实际投入（万元）" is a caption, a sentence is not


def _is_header(texts: list[str]) -> bool:
    """Three or more short captions; or two where the second names a money unit (项目 | 审定金额（万元）),
    which a label/value form's first row never does."""
    filled = [t for t in texts if t]
    # period captions (2022年7-12月 | 2023年 | 2024年) head columns beside word captions (科目 … 合计)
    words = [t for t in filled if not PERIOD_CAPTION.fullmatch(t)]
    captions = bool(words) and not any(is_value_cell(t) for t in words) and \
        not any(len(t) > HEADER_CAPTION or _NOT_HEADER.search(t) for t in filled)
    return captions and (len(filled) >= 3 or (len(filled) == 2 and bool(unit_hint(filled[1]))))


def _header(table: Table) -> tuple[int, dict[int, str]]:
    """Index of the header row and its text by column (see `_is_header`); label/value forms have none."""
    for index, row in enumerate(table.rows[:2]):
        texts = [normalize(c.text) for c in row]
        if _is_header(texts):
            return index, {c.col: normalize(c.text) for c in row}
        if _form_row(texts):
            break  # a label/value form (申报单位 | 某公司 | 信用代码 | …): the row under it is its next field
    return -1, {}


def _form_row(texts: list[str]) -> bool:
    """A form's row of label cells and value cells: several cells, none a caption "label：value" (编制单位：…)
    nor a title spanning the table."""
    filled = [t for t in texts if t]
    return len(set(filled)) >= 2 and not any(":" in t for t in filled)


def _is_label(text: str) -> bool:
    return bool(text) and not is_value_cell(text) and not _ORDINAL.match(text)


def _left_label(labels: list[bool], texts: list[str], position: int) -> str:
    """The nearest label cell left of `position` (texts normalised, `labels` which of them are labels)."""
    return next((texts[i] for i in range(position - 1, -1, -1) if labels[i]), "")


_MONTHS = re.compile(r"(\d{4})\s*[年.]\s*(\d{1,2})\s*月?\s*[-—–~至到]+\s*(?:(\d{4})\s*[年.]\s*)?(\d{1,2})\s*月?$")


def _row_period(texts: list[str], dated: list[list[DateMention]]) -> str:
    """The period a row covers: two dates ("2021年7月1日-2021年12月31日") or months ("2021年7月—12月").
    `dated`: each text's date mentions."""
    for text, found in zip(texts, dated, strict=True):
        days = [d for d in found if d.precision == "day"]
        if len(days) == 2 and days[0].value < days[1].value:
            return f"{days[0].value.isoformat()}..{days[1].value.isoformat()}"
        months = _MONTHS.search(text.strip())
        if months and 1 <= int(months.group(2)) <= 12 and 1 <= int(months.group(4)) <= 12:
            year, first, last = int(months.group(1)), int(months.group(2)), int(months.group(4))
            end_year = int(months.group(3) or year)
            end = date(end_year, last, calendar.monthrange(end_year, last)[1])
            if date(year, first, 1) < end:
                return f"{date(year, first, 1).isoformat()}..{end.isoformat()}"
    return ""


def _row_date(texts: list[str], dated: list[list[DateMention]]) -> str:
    for text, days in zip(texts, dated, strict=True):
        if len(days) == 1 and days[0].precision == "day" and len(days[0].text.strip()) >= len(text) - 1:
            return days[0].value.isoformat()
    return ""


def table_units(document: Document, page: Page, table: Table, page_unit: str | None) -> list[Unit]:
    header_index, header = _header(table)
    # a unit in one column's caption (合同金额（元）) is that column's; the table's own is stated for all of it
    # (单位：万元 in a caption, or on the line above), and only then a column's stands for the rest
    table_unit = unit_hint(" ".join(t for t in header.values() if "单位" in t)) or page_unit or \
        unit_hint(" ".join(header.values()))
    units = []
    for r_index, row in enumerate(table.rows):
        if r_index == header_index:
            continue
        texts = [normalize(cell.text) for cell in row]
        labels = [_is_label(text) for text in texts]
        row_label = next((text for text, label in zip(texts, labels, strict=True) if label), "")
        dated = [find_dates(text) for text in texts]
        period, row_date = _row_period(texts, dated), _row_date(texts, dated)
        for position, cell in enumerate(row):
            text = texts[position]
            if not text:
                continue
            column = header.get(cell.col, "")
            left = _left_label(labels, texts, position)
            label = " ".join(part for part in (left, column) if part and part != text)
            # a column in another currency (外币金额（欧元）) holds no 人民币 amount, whatever the table's unit
            default_unit = None if FOREIGN_COLUMN.search(column) or REMARK_COLUMN.match(column) else \
                unit_hint(left) or unit_hint(column) or table_unit
            units.append(Unit(text, label, document.cell_provenance(page, cell), default_unit, row_label, column,
                              in_table=True, period=period, row_date=row_date))
    return units


SENTENCE_CLOSED = re.compile(r"[。；;：:！？!?]$")
WRAP_SLACK = 24.0  # points: a line ending this close to the text's right edge ran on to the next
LEADING_AMOUNT = re.compile(r"^\s*[¥￥]?\d{1,3}(,\d{3})+(\.\d+)?\s*(元|万元)")


def _in_table(line: Line, tables: tuple[Table, ...]) -> bool:
    assert line.bbox is not None
    x0, top, x1, bottom = line.bbox
    return any(t.bbox and t.bbox[0] - 2 <= x0 and x1 <= t.bbox[2] + 2 and t.bbox[1] - 2 <= top and bottom <= t.bbox[3] + 2
               for t in tables)


def paragraphs(page: Page) -> list[list[Line]]:
    """A PDF page's lines grouped into paragraphs: a full-width line not closed by punctuation runs on
    into the next line starting at the left edge. Tables, titles and signatures stay single lines."""
    is_prose = [bool(line.bbox) and not _in_table(line, page.tables) for line in page.lines]
    prose = [line for line, flag in zip(page.lines, is_prose, strict=True) if flag]
    if not prose:
        return [[line] for line in page.lines]
    left, right = _text_block(prose)
    groups: list[list[Line]] = []
    running: list[Line] | None = None  # the prose paragraph the next line may run on into
    for index, line in enumerate(page.lines):
        if running is not None and is_prose[index] and _runs_on(running[-1], line, left, right):
            running.append(line)
            continue
        groups.append([line])
        if running is None or not is_prose[index] or not _overlay(running[-1], line):
            running = groups[-1] if is_prose[index] else None
    return groups


def _text_block(prose: list[Line]) -> tuple[float, float]:
    """The left and right edges of the body text: of the lines in the body's print size, so that a title in
    larger print running past the margins does not stand for the text's width."""
    heights = sorted(line.bbox[3] - line.bbox[1] for line in prose)  # type: ignore[index]
    body = heights[len(heights) // 2]
    lines = [line for line in prose if abs((line.bbox[3] - line.bbox[1]) - body) <= 0.25 * body] or prose  # type: ignore[index]
    return min(line.bbox[0] for line in lines), max(line.bbox[2] for line in lines)  # type: ignore[index]


def _overlay(previous: Line, line: Line) -> bool:
    """Smaller print lying over a line of prose (a seal's name stamped across the text): its own unit, and
    the paragraph it lies on runs on past it ("…无" / 无锡市工业和信息化局 / "需办理备案…")."""
    assert previous.bbox is not None and line.bbox is not None
    height = previous.bbox[3] - previous.bbox[1]
    return line.bbox[3] - line.bbox[1] < 0.8 * height and line.bbox[1] < previous.bbox[3] and \
        line.bbox[3] > previous.bbox[1]


def _runs_on(previous: Line, line: Line, left: float, right: float) -> bool:
    assert previous.bbox is not None and line.bbox is not None
    height = previous.bbox[3] - previous.bbox[1]
    same_size = abs((line.bbox[3] - line.bbox[1]) - height) <= 0.25 * height  # a title does not run into the text
    centred = abs((line.bbox[0] + line.bbox[2]) / 2 - (left + right) / 2) <= WRAP_SLACK  # a title's second line
    # a long number is pushed whole onto the next line, leaving the line before it short
    slack = max(WRAP_SLACK, 6 * height) if LEADING_AMOUNT.match(line.text) else WRAP_SLACK
    return (same_size and previous.bbox[2] >= right - slack and previous.bbox[0] <= left + 2 * WRAP_SLACK
            and (line.bbox[0] <= left + WRAP_SLACK or centred) and 0 <= line.bbox[1] - previous.bbox[3] < 1.5 * height
            and not SENTENCE_CLOSED.search(previous.text.strip()))


def _paragraph_unit(document: Document, page: Page, lines: list[Line]) -> Unit:
    if len(lines) == 1:
        over = bool(lines[0].bbox) and _in_table(lines[0], page.tables)
        return Unit(normalize(lines[0].text), "", document.line_provenance(page, lines[0]), None, over_table=over)
    raw = "".join(line.text for line in lines)
    provenance = Provenance(document=document.path, page=page.number, locator=lines[0].locator, text=raw,
                            bbox=merge_bboxes([line.bbox for line in lines if line.bbox]))
    return Unit(normalize(raw), "", provenance, None)


def document_units(document: Document) -> list[Unit]:
    units: list[Unit] = []
    for page in document.pages:
        page_unit = None
        for lines in paragraphs(page):
            unit = _paragraph_unit(document, page, lines)
            # a line lying on a table repeats its captions (合同金额（元）): the table's header says whose unit it is
            page_unit = (None if unit.over_table else unit_hint(unit.text)) or page_unit
            units.append(unit)
        for table in page.tables:
            units.extend(table_units(document, page, table, page_unit))
    return units
