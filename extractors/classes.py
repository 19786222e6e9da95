"""A training plan's class table (班次 | 地点 | 学员人数 | 天数): the trainees summed, the smallest class, the
cities, and each class's length with its days of 报到, teaching and 撤离 where a schedule column or 报到/培训/撤离
columns give them — how much of those counts, and how many classes are long enough, is the guide's to say."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from extractors.context import ExtractContext
from extractors.lexicon import lexicon
from extractors.model import Fact
from extractors.normalize import normalize
from extractors.schedule import ARRIVAL, DEPARTURE, Parts, schedule_parts
from extractors.units import header_column
from ingest.model import Cell, Document, Page, Table

EXTRACTOR = "training.classes.v1"
TRAINEES = re.compile(r"学员(人数|数)?|参训(人数)?|培训人数|人数")
DAYS = re.compile(r"天数|时长|培训天|学时\(天\)|\(天\)$")
SCHEDULE = re.compile(r"日程|安排|行程|日期|时间")
TEACHING = re.compile(r"授课|培训|教学|上课|课程")
WHOLE_LENGTH = re.compile(r"时长|总天数|合计|共计")
PLACE = re.compile(r"地点|城市|地区|设区市|举办地")
TOTAL = re.compile(r"^.{0,3}(合\s*计|总\s*计|小\s*计)")
NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(人|天|日)?\s*$")


def _number(cell: Cell | None) -> Decimal | None:
    match = NUMBER.match(normalize(cell.text)) if cell else None
    try:
        return Decimal(match.group(1)) if match else None
    except InvalidOperation:
        return None


def _columns(header: tuple[Cell, ...]) -> tuple[int | None, int | None, dict[str, int]]:
    """The class length column, a schedule column, and 报到/培训/撤离 columns of days (when 报到 and 撤离 both are)."""
    texts = {c.col: normalize(c.text) for c in header}
    arrival = next((col for col, t in texts.items() if ARRIVAL.search(t)), None)
    departure = next((col for col, t in texts.items() if DEPARTURE.search(t)), None)
    parts: dict[str, int] = {}
    if arrival is not None and departure is not None:
        teaching = next((col for col, t in texts.items() if TEACHING.search(t) and col not in (arrival, departure)
                         and not WHOLE_LENGTH.search(t)), None)
        if teaching is not None:
            parts = {"arrival": arrival, "teaching": teaching, "departure": departure}
    days = next((col for col, t in texts.items() if DAYS.search(t) and col not in parts.values()), None)
    schedule = next((col for col, t in texts.items() if SCHEDULE.search(t) and col not in parts.values()
                     and col != days), None)
    return days, schedule, parts


def _parts(cell: dict[tuple[int, int], Cell], r: int, schedule: int | None, columns: dict[str, int]) -> Parts | None:
    if columns:
        read = {kind: _span(cell.get((r, col))) for kind, col in columns.items()}
        return {k: v for k, v in read.items() if v is not None} if read.get("teaching") is not None else None
    found = cell.get((r, schedule)) if schedule is not None else None
    return schedule_parts(normalize(found.text)) if found else None


def _span(cell: Cell | None) -> Decimal | None:
    text = normalize(cell.text) if cell else ""
    return Decimal("0.5") if re.fullmatch(r"半天?|半日", text.strip()) else _number(cell)


def _fact(document: Document, page: Page, name: str, value: object, cells: list[Cell], text: str,
          unit: str = "count", pages: dict[int, Page] | None = None) -> Fact:
    """Cited on the page of its first cell, with that page's cells (a table continued over a page break)."""
    if pages and cells:
        page = pages.get(id(cells[0]), page)
        cells = [c for c in cells if pages.get(id(c), page) is page]
    provenance = document.cells_provenance(page, cells, text).model_copy(update={"extractor": EXTRACTOR})
    return Fact(name=name, value=value, unit=unit, confidence=0.85, provenance=provenance, attrs={"derived": "class_table"})


def _table_facts(document: Document, page: Page, table: Table, pages: dict[int, Page] | None = None) -> list[Fact]:
    if len(table.rows) < 3:
        return []
    header, rows = table.rows[0], table.rows[1:]
    trainees_at = header_column(header, TRAINEES)
    if trainees_at is None:
        return []
    cell = {(r, c.col): c for r, row in enumerate(rows) for c in row}
    classes = [r for r, row in enumerate(rows) if not TOTAL.match(normalize(row[0].text if row else ""))
               and _number(cell.get((r, trainees_at))) is not None]
    if len(classes) < 2:
        return []
    sizes = [(_number(cell[(r, trainees_at)]), cell[(r, trainees_at)]) for r in classes]
    total = sum((s for s, _ in sizes), Decimal(0))  # type: ignore[misc]
    smallest = min(sizes, key=lambda s: s[0])  # type: ignore[arg-type, return-value]
    facts = [_fact(document, page, "trainee_count", int(total), [c for _, c in sizes],
                   f"班次表 {len(classes)} 个班次学员人数合计 {int(total)} 人", pages=pages),
             _fact(document, page, "min_class_size", int(smallest[0]), [smallest[1]],  # type: ignore[arg-type]
                   f"班次表学员人数最少的班次 {int(smallest[0])} 人", pages=pages)]  # type: ignore[arg-type]
    days_at, schedule_at, part_columns = _columns(header)
    for r in classes:
        days = _number(cell.get((r, days_at))) if days_at is not None else None
        parts = _parts(cell, r, schedule_at, part_columns)
        if days is None and parts:
            days = sum(parts.values(), Decimal(0))
        if days is None:
            continue
        at = [c for c in (cell.get((r, days_at)) if days_at is not None else None,
                          cell.get((r, schedule_at)) if schedule_at is not None else None) if c] or [rows[r][0]]
        fact = _fact(document, page, "class_days", days, at, f"{normalize(rows[r][0].text)} {days} 天"
                     + (f"（{normalize(cell[(r, schedule_at)].text)}）" if parts and schedule_at is not None else ""),
                     unit="day", pages=pages)
        facts.append(fact.model_copy(update={"attrs": {**fact.attrs, **{k: str(v) for k, v in (parts or {}).items()}}}))
    place_at = header_column(header, PLACE)
    if place_at is not None:
        cities = {city for r in classes for city in lexicon().cities if city in normalize(cell[(r, place_at)].text)}
        if cities:
            facts.append(_fact(document, page, "city_count", len(cities), [cell[(r, place_at)] for r in classes],
                               "班次举办地：" + "、".join(sorted(cities)), pages=pages))
    return facts


def _header_texts(table: Table) -> tuple[str, ...]:
    return tuple(normalize(c.text).replace(" ", "") for c in table.rows[0]) if table.rows else ()


def _continues(previous: Table, table: Table) -> bool:
    """A table at the top of the next page going on with a class table: its header repeated (a 续表), or no
    header at all and the same columns, its first row a class's (a number under 学员人数)."""
    if not table.rows or len(table.rows[0]) != len(previous.rows[0]):
        return False
    if _header_texts(table) == _header_texts(previous):
        return True
    trainees_at = header_column(previous.rows[0], TRAINEES)
    first = {c.col: c for c in table.rows[0]}
    return trainees_at is not None and header_column(table.rows[0], TRAINEES) is None \
        and _number(first.get(trainees_at)) is not None


def _whole_tables(document: Document) -> list[tuple[Page, Table, dict[int, Page]]]:
    """The document's tables, one continued over page breaks put together (the rows after its first page's,
    each cell remembering its page)."""
    whole: list[tuple[Page, Table, dict[int, Page]]] = []
    for page in document.pages:
        for index, table in enumerate(page.tables):
            if whole and index == 0 and whole[-1][0].number != page.number and whole[-1][1].rows \
                    and header_column(whole[-1][1].rows[0], TRAINEES) is not None and _continues(whole[-1][1], table):
                start, joined, pages = whole[-1]
                more = table.rows[1:] if _header_texts(table) == _header_texts(joined) else table.rows
                pages = {**pages, **{id(c): page for row in more for c in row}}
                whole[-1] = (start, joined.model_copy(update={"rows": joined.rows + tuple(more)}), pages)
                continue
            whole.append((page, table, {id(c): page for row in table.rows for c in row}))
    return whole


def class_table_facts(ctx: ExtractContext) -> list[Fact]:
    document = ctx.document
    return [f for page, table, pages in _whole_tables(document) for f in _table_facts(document, page, table, pages)]
