"""pdfplumber's table finder (`page.find_tables()`) on a page's ruling lines, remembered by those lines.

The finder's answer depends on the ruling lines alone, and a packet repeats them: thirty invoices from
one issuer, the pages of a long table. Each distinct set of lines is looked at once per process.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from types import SimpleNamespace

from ingest.page_shapes import PageShapes
from ingest.plumber_tables import table_module

BBox = tuple[float, float, float, float]
Grid = tuple[BBox, tuple[tuple[BBox | None, ...], ...]]  # a table's box, its rows' cells (None: no cell)
MAX_GRIDS = 256

_grids: OrderedDict[Hashable, tuple[Grid, ...]] = OrderedDict()


def table_grids(shapes: PageShapes) -> tuple[Grid, ...]:
    """Each table pdfplumber finds on the page: its box and its cells' boxes, row by row."""
    key = _key(shapes)
    found = _grids.get(key) if key is not None else None
    if found is not None:
        _grids.move_to_end(key)
        return found
    found = _find(shapes)
    if key is not None:
        _grids[key] = found
        while len(_grids) > MAX_GRIDS:
            _grids.popitem(last=False)
    return found


def _find(shapes: PageShapes) -> tuple[Grid, ...]:
    plumber = table_module()
    edges = [plumber.utils.line_to_edge(line) for line in shapes.lines]
    edges += [edge for rect in shapes.rects for edge in plumber.utils.rect_to_edges(rect)]
    edges += [edge for curve in shapes.curves for edge in plumber.utils.curve_to_edges(curve)]
    page = SimpleNamespace(edges=edges, bbox=(0, 0, shapes.width, shapes.height))
    return tuple((tuple(table.bbox), tuple(tuple(row.cells) for row in table.rows))
                 for table in plumber.TableFinder(page, plumber.TableSettings.resolve(None)).tables)


# what pdfplumber's edge functions and table finder read of a line, rect or curve
EDGE_FIELDS = ("object_type", "x0", "x1", "top", "bottom", "doctop", "y0", "y1", "width", "height")


def _key(shapes: PageShapes) -> Hashable | None:
    """The page's size and ruling lines, as far as the table finder sees them; None where a value cannot
    be hashed: such a page is not remembered."""
    try:
        key = (shapes.width, shapes.height, *(tuple(map(_object_key, objs))
                                              for objs in (shapes.lines, shapes.rects, shapes.curves)))
        hash(key)
    except TypeError:
        return None
    return key


def _object_key(obj: dict) -> tuple:
    return tuple(obj.get(name) for name in EDGE_FIELDS) + tuple(obj.get("pts") or ())
