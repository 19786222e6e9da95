"""DOCX → Document by walking the body XML.

python-docx's own accessors drop text in text boxes (w:txbxContent), content
controls (w:sdt) and nested tables; government form templates use all three, so
the body is walked directly. Each paragraph becomes a Line with locator `pN`,
each table cell a Cell with locator `tNrRcC` (nested tables get their own N).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from ingest.model import Cell, Document, DocStatus, Line, Page, Table
from ingest.zipguard import ZipRefused, check_archive

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_PART_BYTES = 64 * 1024 * 1024


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _load_body(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        check_archive(archive)
        try:
            info = archive.getinfo("word/document.xml")
        except KeyError as exc:
            raise ValueError("不是 Word 文档：缺少 word/document.xml") from exc
        if info.file_size > MAX_PART_BYTES:
            raise ValueError("Word 正文过大，已拒绝")
        data = archive.read(info)
    if b"<!DOCTYPE" in data[:4096].upper():
        raise ValueError("Word 正文含 DOCTYPE 声明，已拒绝（可能是恶意文件）")
    root = etree.fromstring(data, _parser())
    body = root.find(f"{W}body")
    if body is None:
        raise ValueError("Word 文档没有正文")
    return body


def _nearest(element: etree._Element, tags: tuple[str, ...]) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag not in tags:
        parent = parent.getparent()
    return parent


def _own_text(paragraph: etree._Element) -> str:
    """Text of a paragraph without that of text boxes nested in it (they are paragraphs too)."""
    parts = []
    for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br"):
        if _nearest(node, (f"{W}p",)) is not paragraph:
            continue
        parts.append(node.text or "" if node.tag == f"{W}t" else " ")
    return "".join(parts).strip()


def _cell_text(cell: etree._Element) -> str:
    paragraphs = [p for p in cell.iter(f"{W}p") if _nearest(p, (f"{W}tbl",)) is _nearest(cell, (f"{W}tbl",))]
    return "".join(_own_text(p) for p in paragraphs).strip()


def _span(cell: etree._Element) -> int:
    grid = cell.find(f"{W}tcPr/{W}gridSpan")
    return int(grid.get(f"{W}val", "1")) if grid is not None else 1


def _is_merged_continuation(cell: etree._Element) -> bool:
    merge = cell.find(f"{W}tcPr/{W}vMerge")
    return merge is not None and merge.get(f"{W}val", "continue") == "continue"


def _is_joined_to_left(cell: etree._Element) -> bool:
    """A cell merged into the one on its left the old way (w:hMerge, as WPS and Word 97 write it)."""
    merge = cell.find(f"{W}tcPr/{W}hMerge")
    return merge is not None and merge.get(f"{W}val", "continue") == "continue"


def _table(table: etree._Element, index: int) -> Table:
    rows: list[tuple[Cell, ...]] = []
    above: dict[int, str] = {}
    for r_index, row in enumerate(table.findall(f"{W}tr")):
        cells, col = [], 0
        for cell in row.findall(f"{W}tc"):
            if cells and _is_joined_to_left(cell):
                col += _span(cell)
                continue
            text = above.get(col, "") if _is_merged_continuation(cell) else _cell_text(cell)
            above[col] = text
            cells.append(Cell(row=r_index, col=col, text=text, locator=f"t{index}r{r_index + 1}c{col + 1}"))
            col += _span(cell)
        rows.append(tuple(cells))
    return Table(index=index, rows=tuple(rows))


def _walk(body: etree._Element) -> tuple[list[Line], list[Table]]:
    lines: list[Line] = []
    tables: list[Table] = []
    for p_index, element in enumerate(body.iter(f"{W}p", f"{W}tbl"), start=1):
        if element.tag == f"{W}tbl":
            tables.append(_table(element, len(tables) + 1))
        elif _nearest(element, (f"{W}tbl",)) is None:
            text = _own_text(element)
            if text:
                lines.append(Line(text=text, segments=(text,), locator=f"p{p_index}"))
    return lines, tables


def _page_count(path: Path) -> int | None:
    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read("docProps/app.xml")[:65536]
        node = etree.fromstring(data, _parser()).find(
            "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Pages")
        return int(node.text) if node is not None and node.text else None
    except (KeyError, ValueError, etree.XMLSyntaxError, zipfile.BadZipFile):
        return None


def read_docx(path: Path, rel: str) -> Document:
    try:
        body = _load_body(path)
    except (zipfile.BadZipFile, EOFError, NotImplementedError):
        return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable, error="Word 文件损坏或不完整")
    except ZipRefused as exc:
        return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable, error=str(exc))
    except (ValueError, etree.XMLSyntaxError) as exc:
        reason = str(exc) if isinstance(exc, ValueError) else "Word 正文 XML 损坏"
        return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable, error=reason)
    lines, tables = _walk(body)
    status, error = (DocStatus.ok, None) if lines or tables else (DocStatus.unreadable, "Word 文档没有文字内容")
    page = Page(number=None, lines=tuple(lines), tables=tuple(tables))
    return Document(path=rel, media_type=MEDIA_TYPE, status=status, error=error,
                    page_count=_page_count(path), pages=(page,))
