"""pdfplumber's table finder (`page.find_tables()`) on a page's ruling lines, remembered by those lines.

The finder's answer depends on the ruling lines alone, and a packet repeats them: thirty invoices from
one issuer, the pages of a long table. Each distinct set of lines is looked at once per process.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from types import SimpleNamespace
from typing import Any

from ingest.page_shapes import PageShapes

BBox = tuple[float, float, float, float]
Grid = tuple[BBox, tuple[tuple[BBox | None, ...], ...]]  # a table's box, its rows' cells (None: no cell)
MAX_GRIDS = 256

_grids: OrderedDict[Hashable, tuple[Grid, ...]] = OrderedDict()


def table_grids(shapes: PageShapes) -> tuple[Grid, ...]:
    """Each table pdfplumber finds on the page: its box and its cells' boxes, row by row."""
    from pdfplumber.utils import curve_to_edges, line_to_edge, rect_to_edges

    edges = [line_to_edge(line) for line in shapes.lines]
    edges += [edge for rect in shapes.rects for edge in rect_to_edges(rect)]
    edges += [edge for curve in shapes.curves for edge in curve_to_edges(curve)]
    bbox = (0, 0, shapes.width, shapes.height)
    key = _key(edges, bbox)
    found = _grids.get(key) if key is not None else None
    if found is None:
        found = _find(edges, bbox)
        if key is not None:
            _grids[key] = found
            while len(_grids) > MAX_GRIDS:
                _grids.popitem(last=False)
    elif key is not None:
        _grids.move_to_end(key)
    return found


def _find(edges: list[dict[str, Any]], bbox: tuple[float, ...]) -> tuple[Grid, ...]:
    from pdfplumber.table import TableFinder, TableSettings

    page = SimpleNamespace(edges=edges, bbox=bbox)
    return tuple((tuple(table.bbox), tuple(tuple(row.cells) for row in table.rows))
                 for table in TableFinder(page, TableSettings.resolve(None)).tables)


def _key(edges: list[dict[str, Any]], bbox: tuple[float, ...]) -> Hashable | None:
    """The edges as they are, every field; None where a field cannot be hashed (a fallback page's
    colour object): such a page is not remembered."""
    try:
        key = (bbox, tuple(tuple((name, _frozen(value)) for name, value in edge.items()) for edge in edges))
        hash(key)
    except TypeError:
        return None
    return key


def _frozen(value: Any) -> Any:
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value
