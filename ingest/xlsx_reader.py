"""XLSX → Document: each visible sheet a page; each bordered or blank-delimited block of rows a table, every
other row (a title, a 单位 caption, a note) a line, as a Word document's paragraphs and tables.

Applicants attach workbooks as they keep them: a 发票清单 or 设备购置清单 with a merged title row, a
「单位：万元」 line, a header, item rows and a 合计; a budget over several sheets. The parts are parsed
directly with the hardened XML parser (no DTD, no entities, size and depth caps) after the archive guard,
and each cell's stored value is shown as Excel shows it (`xlsx_format`). A sheet is page N (its position
among the visible sheets); a line's locator is in Excel's own terms (`预算表!A5:F5`), a table cell's is the
table's (`t1r3c2`, as every reader's) with its Excel address after "@" (`t1r3c2@预算表!C7`).
A formula with no stored result (a file written by a program that never calculated it) is worked out where
it is plain arithmetic over the sheet (`xlsx_formula`), as Excel would on opening it, and otherwise reads as
empty; the document's note says how many of each there were.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ingest.model import Cell, DocStatus, Document, Line, Page, Table
from ingest.safexml import XmlRefused, local, parse_xml
from ingest.xlsx_format import format_code, general, shown
from ingest.xlsx_formula import evaluate
from ingest.zipguard import ZipRefused, check_archive

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_SHEETS = 30
MAX_ROWS = 5000  # per sheet
MAX_COLUMNS = 200
_REF = re.compile(r"^([A-Z]{1,3})(\d{1,7})$")
_RANGE = re.compile(r"^([A-Z]{1,3}\d{1,7})(?::([A-Z]{1,3}\d{1,7}))?$")


class WorkbookRefused(ValueError):
    """The workbook cannot be read; the message says why, in Chinese."""


def column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell_ref(ref: str) -> tuple[int, int] | None:
    match = _REF.match(ref)
    return (int(match.group(2)), column_number(match.group(1))) if match else None


@dataclass
class _Styles:
    codes: list[str] = field(default_factory=list)  # per cellXfs index: the number format code
    bordered: list[bool] = field(default_factory=list)

    def code(self, index: int) -> str:
        return self.codes[index] if 0 <= index < len(self.codes) else "General"

    def has_border(self, index: int) -> bool:
        return 0 <= index < len(self.bordered) and self.bordered[index]


@dataclass
class _Sheet:
    name: str
    values: dict[tuple[int, int], str]  # (row, column) → shown text, non-empty only
    bordered: set[tuple[int, int]]
    unset_formulas: int = 0
    computed_formulas: int = 0
    truncated: bool = False


class _Workbook:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = set(archive.namelist())

    def part(self, name: str, what: str, required: bool = True) -> etree._Element | None:
        if name not in self.names:
            if required:
                raise WorkbookRefused(f"不是有效的 Excel 工作簿：缺少 {name}")
            return None
        info = self.archive.getinfo(name)
        if info.file_size > 8 * 1024 * 1024:
            raise XmlRefused(f"{what}过大（{info.file_size // 2**20} MiB），已拒绝")
        return parse_xml(self.archive.read(info), what)

    def sheets(self) -> tuple[list[tuple[str, str]], bool]:
        """The visible sheets in workbook order as (name, part), and whether dates count from 1904."""
        root = self.part("xl/workbook.xml", "工作簿目录")
        rels = self.part("xl/_rels/workbook.xml.rels", "工作簿关系表")
        targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter() if local(rel.tag) == "Relationship"}
        date1904 = any(local(node.tag) == "workbookPr" and node.get("date1904") in ("1", "true")
                       for node in root.iter())
        found = []
        for node in root.iter():
            if local(node.tag) != "sheet" or node.get("state") in ("hidden", "veryHidden"):
                continue
            rid = next((value for key, value in node.attrib.items() if local(key) == "id"), None)
            target = targets.get(rid, "")
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            if part in self.names:
                found.append((node.get("name") or f"Sheet{len(found) + 1}", part))
        return found, date1904

    def shared_strings(self) -> list[str]:
        root = self.part("xl/sharedStrings.xml", "共享字符串表", required=False)
        if root is None:
            return []
        return [_inline_text(item) for item in root if local(item.tag) == "si"]

    def styles(self) -> _Styles:
        root = self.part("xl/styles.xml", "样式表", required=False)
        styles = _Styles()
        if root is None:
            return styles
        custom: dict[int, str] = {}
        borders: list[bool] = []
        for node in root:
            name = local(node.tag)
            if name == "numFmts":
                custom.update({_int(fmt.get("numFmtId")): fmt.get("formatCode", "General") for fmt in node})
            elif name == "borders":
                borders = [any(local(side.tag) in ("left", "right", "top", "bottom") and side.get("style")
                               for side in border) for border in node]
            elif name == "cellXfs":
                for xf in node:
                    styles.codes.append(format_code(_int(xf.get("numFmtId")), custom))
                    border = _int(xf.get("borderId"))
                    styles.bordered.append(0 <= border < len(borders) and borders[border])
        return styles


def _int(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return -1


def _inline_text(node: etree._Element) -> str:
    """A string item's text: its <t> and rich-text runs, not its phonetic (rPh) guide."""
    parts = []
    for element in node.iter():
        if local(element.tag) == "t" and not any(local(a.tag) == "rPh" for a in element.iterancestors()):
            parts.append(element.text or "")
    return "".join(parts)


@dataclass(frozen=True)
class _Value:
    text: str
    number: float | None = None  # a numeric cell's stored value
    formula: str | None = None  # a formula saved without its result ("" for a shared formula's copies)


def _value(cell: etree._Element, strings: list[str], styles: _Styles, date1904: bool) -> _Value:
    """The cell's shown text (and its number), or the formula whose result was never stored."""
    kind = cell.get("t", "n")
    stored = formula = None
    inline = None
    for child in cell:
        name = local(child.tag)
        if name == "v":
            stored = child.text
        elif name == "f":
            formula = child
        elif name == "is":
            inline = child
    if kind == "inlineStr":
        return _Value(_inline_text(inline) if inline is not None else "")
    if stored is None:
        return _Value("", formula=(formula.text or "") if formula is not None else None)
    if kind == "s":
        index = _int(stored)
        return _Value(strings[index] if 0 <= index < len(strings) else "")
    if kind in ("str", "e", "d"):
        return _Value(stored)
    if kind == "b":
        return _Value("TRUE" if stored.strip() == "1" else "FALSE")
    try:
        number = float(stored)
    except ValueError:
        return _Value(stored)
    return _Value(_shown(number, styles, _int(cell.get("s")), date1904), number)


def _shown(number: float, styles: _Styles, style: int, date1904: bool) -> str:
    return shown(number, styles.code(style), date1904) if style >= 0 else general(number)


def _read_sheet(book: _Workbook, name: str, part: str, strings: list[str], styles: _Styles,
                date1904: bool) -> _Sheet:
    root = book.part(part, f"工作表「{name}」")
    sheet = _Sheet(name=name, values={}, bordered=set())
    merged_away: set[tuple[int, int]] = set()
    for node in root.iter():
        if local(node.tag) == "mergeCell":
            match = _RANGE.match(node.get("ref", ""))
            if match and match.group(2):
                (r0, c0), (r1, c1) = _cell_ref(match.group(1)), _cell_ref(match.group(2))
                if (r1 - r0 + 1) * (c1 - c0 + 1) <= MAX_ROWS * 4:
                    merged_away.update((r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
                                       if (r, c) != (r0, c0))
    numbers: dict[tuple[int, int], float] = {}
    unsaved: dict[tuple[int, int], tuple[str, int]] = {}  # formula and style of cells without a result
    next_row = 0
    for row in root.iter():
        if local(row.tag) != "row":
            continue
        next_row = _int(row.get("r")) if row.get("r") else next_row + 1
        if next_row > MAX_ROWS:
            sheet.truncated = True
            break
        next_col = 0
        for cell in row:
            if local(cell.tag) != "c":
                continue
            place = _cell_ref(cell.get("r", "")) or (next_row, next_col + 1)
            next_col = place[1]
            if next_col > MAX_COLUMNS or place in merged_away:
                continue
            value = _value(cell, strings, styles, date1904)
            if value.number is not None:
                numbers[place] = value.number
            if value.formula is not None:
                unsaved[place] = (value.formula, _int(cell.get("s")))
            text = value.text.strip()
            if text or value.formula is not None:
                if text:
                    sheet.values[place] = text
                if styles.has_border(_int(cell.get("s"))):
                    sheet.bordered.add(place)
    _work_out(sheet, unsaved, numbers, styles, date1904)
    return sheet


def _work_out(sheet: _Sheet, unsaved: dict[tuple[int, int], tuple[str, int]], numbers: dict[tuple[int, int], float],
              styles: _Styles, date1904: bool) -> None:
    """Formulas saved without results: those that are plain arithmetic over the sheet are worked out (as
    Excel does on opening the file), the rest stay empty; the document's note counts both."""
    if not unsaved:
        return
    texts = {place for place in sheet.values if place not in numbers}
    results = evaluate({place: formula for place, (formula, _) in unsaved.items()}, numbers, texts)
    for place, result in results.items():
        sheet.values[place] = _shown(result, styles, unsaved[place][1], date1904)
    sheet.computed_formulas += len(results)
    sheet.unset_formulas += len(unsaved) - len(results)


def _locator(sheet: str, row: int, first: int, last: int | None = None) -> str:
    name = f"'{sheet}'" if re.search(r"[\s!'\-]", sheet) else sheet
    end = f":{column_letters(last)}{row}" if last and last != first else ""
    return f"{name}!{column_letters(first)}{row}{end}"


def _blocks(rows: list[int]) -> list[list[int]]:
    """Runs of consecutive non-empty rows."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][-1] + 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def _table_rows(block: list[int], columns: dict[int, list[int]], sheet: _Sheet) -> list[int]:
    """The rows of a block that form its table: a title, a 单位 line or a note (one value, or no border
    where the block's others have one) above or below the grid is a line, not a row."""
    ruled = any(place[0] in block for place in sheet.bordered)

    def outside(row: int) -> bool:
        if len(columns[row]) < 2:
            return True
        return ruled and not any((row, col) in sheet.bordered for col in columns[row])

    def caption(index: int) -> bool:
        """Unruled: a short row above a wider one (「编制单位：…  单位：元」 over the header)."""
        row = block[index]
        return not ruled and index + 1 < len(block) and len(columns[row]) < min(3, len(columns[block[index + 1]]))

    start, end = 0, len(block)
    while start < end and (outside(block[start]) or caption(start)):
        start += 1
    while end > start and outside(block[end - 1]):
        end -= 1
    kept = block[start:end]
    return kept if sum(len(columns[row]) >= 2 for row in kept) >= 2 else []


def _page(number: int, sheet: _Sheet) -> Page:
    columns: dict[int, list[int]] = {}
    for row, col in sorted(sheet.values):
        columns.setdefault(row, []).append(col)
    tables, in_tables = [], set()
    for block in _blocks(sorted(columns)):
        rows = _table_rows(block, columns, sheet)
        if not rows:
            continue
        in_tables.update(rows)
        first = min(columns[row][0] for row in rows)
        last = max(columns[row][-1] for row in rows)
        grid = tuple(
            tuple(Cell(row=r_index, col=c_index, text=sheet.values.get((row, col), ""),
                       locator=f"t{len(tables) + 1}r{r_index + 1}c{c_index + 1}@{_locator(sheet.name, row, col)}")
                  for c_index, col in enumerate(range(first, last + 1)))
            for r_index, row in enumerate(rows))
        tables.append(Table(index=len(tables) + 1, rows=grid))
    lines = []
    for row in sorted(set(columns) - in_tables):
        cols = columns[row]
        texts = tuple(sheet.values[(row, col)] for col in cols)
        lines.append(Line(text=" ".join(texts), segments=texts, locator=_locator(sheet.name, row, cols[0], cols[-1])))
    return Page(number=number, lines=tuple(lines), tables=tuple(tables))


def _notes(sheets: list[_Sheet], skipped: int) -> list[str]:
    notes = []
    computed = sum(sheet.computed_formulas for sheet in sheets)
    if computed:
        notes.append(f"{computed} 个公式单元格未保存计算结果，已按公式计算")
    unset = sum(sheet.unset_formulas for sheet in sheets)
    if unset:
        notes.append(f"{unset} 个公式单元格未保存计算结果且无法计算，按空白读取")
    notes.extend(f"工作表「{sheet.name}」超过 {MAX_ROWS} 行，仅读取前 {MAX_ROWS} 行" for sheet in sheets if sheet.truncated)
    if skipped:
        notes.append(f"工作表超过 {MAX_SHEETS} 个，其余 {skipped} 个未读取")
    return notes


def read_xlsx(path: Path, rel: str) -> Document:
    def unreadable(reason: str) -> Document:
        return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable, error=reason)

    try:
        with zipfile.ZipFile(path) as archive:
            check_archive(archive)
            book = _Workbook(archive)
            listed, date1904 = book.sheets()
            strings, styles = book.shared_strings(), book.styles()
            sheets = [_read_sheet(book, name, part, strings, styles, date1904) for name, part in listed[:MAX_SHEETS]]
    except (zipfile.BadZipFile, EOFError, NotImplementedError):
        return unreadable("Excel 文件损坏或不完整")
    except (ZipRefused, XmlRefused, WorkbookRefused) as exc:
        return unreadable(str(exc))
    if not listed:
        return unreadable("Excel 工作簿没有可见的工作表")
    pages = tuple(_page(number, sheet) for number, sheet in enumerate(sheets, start=1))
    notes = _notes(sheets, len(listed) - len(sheets))
    if not any(page.lines or page.tables for page in pages):
        return unreadable("；".join(["Excel 工作簿没有文字内容", *notes]))
    return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.ok, error="；".join(notes) or None,
                    page_count=len(pages), pages=pages)
