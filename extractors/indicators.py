"""How many indicators improved since designation (第三方测试报告): a 是否提升 column counted row by row,
or the count the report states ("共4项细分指标比认定时提升", "在…等4项指标上均有提升")."""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.model import Fact
from extractors.normalize import normalize, small_from_chinese
from ingest.model import Document, Page, Table

FIGURE = "improved_indicator_count"
EXTRACTOR = "test_report.indicators.v1"
IMPROVED_COLUMN = re.compile(r"是否(提升|提高|改善|优化)|(提升|提高|改善)(情况|与否|结论)")
IMPROVED = re.compile(r"^(是|提升|提高|改善|有提升|已提升|有|√|✓|✔)$")
_N = r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})"
_UP = r"(提升|提高|改善|优于)"
# the count before the word 指标 ("共有5项细分指标实现提升"), or after it ("各项指标中有4项提升"); no other number between
STATED = (re.compile(rf"{_N}\s*项(细分|关键|主要|核心|测试|评估)?指标(?P<gap>[^。；;\d]{{0,14}}?){_UP}"),
          re.compile(rf"指标[^。；;\d]{{0,8}}?(有|共|共有)\s*{_N}\s*项(?P<gap>[^。；;\d]{{0,6}}?){_UP}"))
NEGATED = re.compile(r"未|没有|无|下降|降低")


def _count(text: str) -> int | None:
    return int(text) if text.isdigit() else small_from_chinese(text)


def _stated(ctx: ExtractContext) -> list[Fact]:
    facts = []
    for unit in ctx.units:
        if unit.in_table:
            continue
        for pattern in STATED:
            for match in pattern.finditer(unit.text):
                value = _count(match["n"])
                if value is None or NEGATED.search(match["gap"]):
                    continue
                facts.append(Fact(name=FIGURE, value=value, unit="count", confidence=0.9, provenance=unit.provenance.model_copy(update={"extractor": EXTRACTOR}),
                                  attrs={"context": match.group(0)}))
    return facts


def _header_column(table: Table) -> int | None:
    for cell in table.rows[0] if table.rows else ():
        if IMPROVED_COLUMN.search(normalize(cell.text)):
            return cell.col
    return None


def _counted(document: Document, page: Page, table: Table) -> Fact | None:
    column = _header_column(table)
    if column is None:
        return None
    cells = [c for row in table.rows[1:] for c in row if c.col == column and normalize(c.text).strip()]
    improved = [c for c in cells if IMPROVED.match(normalize(c.text).strip())]
    if not cells:
        return None
    header = next(c for c in table.rows[0] if c.col == column)
    text = f"{normalize(header.text)}：{len(improved)} 行为“是”，共 {len(cells)} 行"
    provenance = document.cells_provenance(page, [header, *cells], text).model_copy(update={"extractor": EXTRACTOR})
    return Fact(name=FIGURE, value=len(improved), unit="count", confidence=0.9, provenance=provenance,
                attrs={"derived": "rows_marked_improved"})


def improved_indicator_facts(ctx: ExtractContext) -> list[Fact]:
    document = ctx.document
    counted = [f for page in document.pages for table in page.tables if (f := _counted(document, page, table))]
    return counted + _stated(ctx)
