"""A Document built by hand for extractor tests: lines, and tables given as rows of cell texts."""

from __future__ import annotations

from ingest.model import Cell, DocStatus, Document, Line, Page, Table

TABLE_BOX = (50.0, 100.0, 550.0, 400.0)
LINE_BOX = (60.0, 150.0, 500.0, 160.0)  # a line lying on TABLE_BOX


def paper(lines: list[str], tables: list[list[list[str]]] | None = None, kind: str = "audit_report",
          path: str = "x.pdf", boxes: bool = False) -> Document:
    """With `boxes`, every line lies on the (first) table, as a table's rows read as lines do."""
    built = tuple(Table(index=i, bbox=TABLE_BOX if boxes else None,
                        rows=tuple(tuple(Cell(row=r, col=c, text=t, locator=f"t{i}r{r + 1}c{c + 1}")
                                         for c, t in enumerate(row)) for r, row in enumerate(rows)))
                  for i, rows in enumerate(tables or [], start=1))
    page = Page(number=1, lines=tuple(Line(text=t, locator=f"p{i}", bbox=LINE_BOX if boxes else None)
                                      for i, t in enumerate(lines)), tables=built)
    return Document(path=path, media_type="application/pdf", status=DocStatus.ok, page_count=1, pages=(page,),
                    kind=kind, kind_confidence=0.9)
