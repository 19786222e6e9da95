"""A PDF page's text layer through PDFium, in pdfplumber's terms.

Characters come out as the dicts `layout.py` takes from pdfplumber (`text, x0, x1, top, bottom,
upright`) with pdfminer's geometry: the box spans the glyph's advance width and the font size, from
the font's descent below the baseline. Paths come out as pdfplumber's `line` / `rect` / `curve`
objects (pdfminer's classification of each subpath), so pdfplumber's own table finder runs on them.

A page this module cannot read as pdfminer would is marked `suspect` and read by pdfplumber instead:
a rotated page or one whose MediaBox does not start at the origin; forms nested deeper than
MAX_FORM_DEPTH (a form drawn inside itself); glyphs in vertical writing; and characters that look
undecodable (no Unicode mapping, private-use or replacement glyphs, or many CJK ideographs outside
GB2312 — what a CID font without a ToUnicode map gives PDFium; pdfminer.six issue 566).

Known, measured differences from pdfminer on the pages kept (903 corpus, sample and real PDFs): PDFium
keeps embedded fonts' glyph widths in whole thousandths of an em, so glyphs drift up to about 0.25 pt
along a line of such a font; and it reads a UCS-2 code pdfminer's CMap drops (U+00B7 in "中国·南京").
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ingest.layout import Char
from ingest.page_shapes import Obj, PageShapes

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
MAX_FORM_DEPTH = 6  # deeper nesting is a form drawn inside itself (pdfminer refuses it, PDFium repeats it)
# pdfminer takes a standard font's descent from its built-in metrics (pdfminer.fontmetrics), where
# PDFium measures the substitute font it renders with
STANDARD_DESCENTS = {
    **dict.fromkeys(("Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique", "CourierNew",
                     "CourierNew,Italic", "CourierNew,Bold", "CourierNew,BoldItalic"), -0.194),
    **dict.fromkeys(("Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique", "Arial",
                     "Arial,Italic", "Arial,Bold", "Arial,BoldItalic"), -0.207),
    **dict.fromkeys(("Times-Bold", "Times-BoldItalic", "Times-Italic", "Times-Roman", "TimesNewRoman",
                     "TimesNewRoman,Italic", "TimesNewRoman,Bold", "TimesNewRoman,BoldItalic"), -0.217),
    "Symbol": 0.0, "ZapfDingbats": 0.0,
}
RARE_CJK_SHARE = 0.1  # more CJK ideographs outside GB2312 than this: a font that maps glyphs, not text
RARE_CJK_MIN = 3


_ROUNDED: dict[float, float] = {}
_ROUNDED_MAX = 1 << 16


def _f(value: float) -> float:
    """PDFium works in single precision: the decimal a PDF writer wrote, as pdfminer reads it. Remembered
    per value (ruling lines and baselines repeat their coordinates), except zeros and NaN, whose sign or
    identity a dict would not keep apart."""
    found = _ROUNDED.get(value)
    if found is not None:
        return found
    rounded = float(f"{value:.7g}")
    if value != 0 and value == value:
        if len(_ROUNDED) >= _ROUNDED_MAX:
            _ROUNDED.clear()
        _ROUNDED[value] = rounded
    return rounded


def read_page(pdf: pdfium.PdfDocument, index: int) -> PageShapes:
    page = pdf[index]
    try:
        left, bottom, right, top = page.get_mediabox()
        layer = PageShapes(width=_f(right - left), height=_f(top - bottom))
        if left != 0 or bottom != 0 or page.get_rotation() != 0:
            layer.suspect = True
            return layer
        _read_objects(page, layer)
        if not layer.suspect:
            _read_chars(page, layer)
        return layer
    finally:
        page.close()


# ---- characters ---------------------------------------------------------------------------------

def _by_address(function: Any, restype: Any, *argtypes: Any) -> Any:
    """A PDFium function called with plain integers (the text page's and out-parameters' addresses):
    pypdfium2's bindings convert pointer objects on every call, and these run once per character or path
    segment."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)


_unicode_at = _by_address(raw.FPDFText_GetUnicode, ctypes.c_uint, ctypes.c_void_p, ctypes.c_int)
_origin_at = _by_address(raw.FPDFText_GetCharOrigin, ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p,
                         ctypes.c_void_p)
_map_error_at = _by_address(raw.FPDFText_HasUnicodeMapError, ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
# the text object's address, a plain int, where pypdfium2's binding gives a pointer object that takes a
# ctypes.cast per character to compare
_text_object_address = _by_address(raw.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)


class _Fonts:
    """Per font: its descent (per unit of font size); per font and glyph: the advance."""

    def __init__(self) -> None:
        self._descents: dict[int, float] = {}
        self._widths: dict[tuple[int, int], float | None] = {}
        self._value = ctypes.c_float()

    def font(self, text_obj: int) -> tuple[Any, int, float]:
        """The text object's font, the font's address and its descent. `text_obj`: the object's address."""
        font = raw.FPDFTextObj_GetFont(ctypes.cast(ctypes.c_void_p(text_obj), raw.FPDF_PAGEOBJECT))
        font_key = ctypes.cast(font, ctypes.c_void_p).value or 0
        descent = self._descents.get(font_key)
        if descent is None:
            descent = self._descents[font_key] = self._descent(font)
        return font, font_key, descent

    def advance(self, font: Any, font_key: int, codepoint: int) -> float | None:
        """The glyph's advance from the font's width table (what positions glyphs), per unit of font size;
        None where the font has no width for it."""
        width_key = (font_key, codepoint)
        if width_key not in self._widths:
            ok = font and raw.FPDFFont_GetGlyphWidth(font, codepoint, 1000.0, self._value)
            self._widths[width_key] = self._value.value / 1000.0 if ok else None
        return self._widths[width_key]

    def glyph(self, text_obj: int, codepoint: int) -> tuple[float, float | None]:
        """The descent of the glyph's font and its advance, per unit of font size."""
        font, font_key, descent = self.font(text_obj)
        return descent, self.advance(font, font_key, codepoint)

    def _descent(self, font: Any) -> float:
        if not font:
            return 0.0
        name = ctypes.create_string_buffer(128)
        raw.FPDFFont_GetBaseFontName(font, name, len(name))
        standard = STANDARD_DESCENTS.get(name.value.decode("latin-1"))
        if standard is not None:
            return standard
        if raw.FPDFFont_GetDescent(font, 1000.0, self._value):
            return self._value.value / 1000.0
        return 0.0


Placed = tuple[float, float, float, bool, bool, Any, int, float, dict[int, tuple[float | None, float, float]]]


def _read_chars(page: pdfium.PdfPage, layer: PageShapes) -> None:
    textpage = page.get_textpage()
    try:
        layer.chars, doubtful = _chars(textpage.raw, layer.height)
    finally:
        textpage.close()
    layer.suspect = layer.suspect or doubtful or _undecodable(layer.chars)


def _chars(textpage: Any, height: float) -> tuple[list[Char], bool]:
    """The page's characters, and whether any of them PDFium may have read wrong: a code its font does not
    map to Unicode (asked once per font and code: a page repeats its glyphs), or a vertical-writing glyph."""
    fonts = _Fonts()
    # by text object: its matrix's a and d, its font size, whether it is upright and scaled, its font, and
    # its glyphs' box measures; PDFium gives every character of a text object the object's matrix (its
    # text matrix in its form) and size. The glyph measures (the advance and the descent times the size
    # and matrix, the products taken in the order the box below takes them) are shared by the text
    # objects of one font, matrix and size: a table page draws each cell as an object of its own.
    objects: dict[int, Placed] = {}
    styles: dict[tuple[int, str, str, str], dict[int, tuple[float | None, float, float]]] = {}
    baselines: dict[float, float] = {}
    x, y, m, box = ctypes.c_double(), ctypes.c_double(), raw.FS_MATRIX(), raw.FS_RECTF()
    # the bindings as locals: this loop runs once per character of every page
    generated, matrix = raw.FPDFText_IsGenerated, raw.FPDFText_GetMatrix
    font_size, loose_box = raw.FPDFText_GetFontSize, raw.FPDFText_GetLooseCharBox
    unicode, origin, map_error, text_object = _unicode_at, _origin_at, _map_error_at, _text_object_address
    chars: list[Char] = []
    page_address = ctypes.cast(textpage, ctypes.c_void_p).value
    x_at, y_at = ctypes.addressof(x), ctypes.addressof(y)
    unmapped: dict[tuple[int, int], bool] = {}  # by font and code
    doubtful = False
    for i in range(raw.FPDFText_CountChars(textpage)):
        code = unicode(page_address, i)
        # PDFium generates only spaces and line breaks (between words, at line ends): only a space asks
        if code == 0x0D or code == 0x0A or (code == 0x20 and generated(textpage, i)):
            continue
        origin(page_address, i, x_at, y_at)
        obj = text_object(page_address, i) or 0
        placed = objects.get(obj) if obj else None
        if placed is None:
            matrix(textpage, i, m)
            a, d, size = m.a, m.d, font_size(textpage, i)
            font, font_key, descent = fonts.font(obj)
            style = styles.setdefault((font_key, a.hex(), d.hex(), float(size).hex()), {})
            placed = (a, d, size, a * d > 0 and m.b * m.c <= 0, abs(a - 1) > 1e-3, font, font_key, descent, style)
            if obj:
                objects[obj] = placed
        a, d, size, upright, scaled, font, font_key, descent, style = placed
        glyph = style.get(code)
        if glyph is None:
            advance = fonts.advance(font, font_key, code)
            glyph = style[code] = (advance * size * a if advance is not None else None, d * descent * size, d * size)
        width, below, tall = glyph
        loose_width = None
        if width is None or scaled:
            loose_box(textpage, i, box)
            loose_width = box.right - box.left
            if width is None:
                width = loose_width
        x0 = _f(x.value)
        baseline = baselines.get(y.value)
        if baseline is None:
            baseline = baselines[y.value] = _f(y.value)
        x1 = x0 + width
        y0 = baseline + below
        y1 = y0 + tall
        if not doubtful:
            mapped_key = (font_key, code)
            missing = unmapped.get(mapped_key)
            if missing is None:
                missing = unmapped[mapped_key] = code == 0 or bool(map_error(page_address, i))
            # PDFium's box for a vertical-writing glyph is one unscaled font size wide where the matrix
            # scales every other box; pdfminer boxes those glyphs differently, so such a page is left to it
            doubtful = missing or (loose_width is not None and scaled and abs(loose_width - size) < 1e-3)
        chars.append({
            "text": chr(code) if code else "\ufffd",
            # min and max of two, as written out (NaN keeps the first)
            "x0": x1 if x1 < x0 else x0, "x1": x1 if x1 > x0 else x0,
            "top": height - (y1 if y1 > y0 else y0), "bottom": height - (y1 if y1 < y0 else y0),
            "upright": upright,
        })
    return chars, doubtful


def _is_garbage(text: str) -> bool:
    return text == "\ufffd" or "\ue000" <= text <= "\uf8ff" or (text < " " and text not in "\t")


def _rare_cjk(text: str) -> bool:
    if not ("\u3400" <= text <= "\u9fff" or "\uf900" <= text <= "\ufaff"):
        return False
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def _undecodable(chars: list[Char]) -> bool:
    """Whether PDFium's text may be wrong here; pdfminer decides then, as it did before."""
    if any(_is_garbage(c["text"]) for c in chars):
        return True
    cjk = [c["text"] for c in chars if "\u3400" <= c["text"] <= "\u9fff" or "\uf900" <= c["text"] <= "\ufaff"]
    rare = sum(1 for text in cjk if _rare_cjk(text))
    return rare >= RARE_CJK_MIN and rare > RARE_CJK_SHARE * len(cjk)


# ---- page objects: images and paths -------------------------------------------------------------

def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF row-vector convention)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _object_matrix(obj: Any) -> Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _walk(page: pdfium.PdfPage) -> Iterator[tuple[Any, int, Matrix]]:
    """Every page object with its type and the matrix of the forms it sits in, forms descended;
    a form nested deeper than MAX_FORM_DEPTH is yielded as itself."""
    stack = [(raw.FPDFPage_GetObject(page, i), IDENTITY, 0) for i in range(raw.FPDFPage_CountObjects(page))]
    stack.reverse()
    while stack:
        obj, outer, depth = stack.pop()
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
            inner = _multiply(_object_matrix(obj), outer)
            children = [(raw.FPDFFormObj_GetObject(obj, i), inner, depth + 1)
                        for i in range(raw.FPDFFormObj_CountObjects(obj))]
            stack.extend(reversed(children))
            continue
        yield obj, kind, outer


def _read_objects(page: pdfium.PdfPage, layer: PageShapes) -> None:
    for obj, kind, outer in _walk(page):
        if kind == raw.FPDF_PAGEOBJ_FORM:
            layer.suspect = True
            return
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            layer.images.append(_image_box(obj, outer, layer.height))
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            _add_path(obj, outer, layer)


def _image_box(obj: Any, outer: Matrix, height: float) -> Obj:
    m = _multiply(_object_matrix(obj), outer)
    pts = [_apply(m, x, y) for x, y in ((0, 0), (1, 0), (1, 1), (0, 1))]
    pts = [(_f(x), _f(y)) for x, y in pts]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return {"x0": min(xs), "x1": max(xs), "top": height - max(ys), "bottom": height - min(ys)}


def _painted(obj: Any) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, fill, stroke):
        return False
    return bool(fill.value or stroke.value)


_segment_at = _by_address(raw.FPDFPath_GetPathSegment, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_point_at = _by_address(raw.FPDFPathSegment_GetPoint, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_segment_type_at = _by_address(raw.FPDFPathSegment_GetType, ctypes.c_int, ctypes.c_void_p)
_segment_closes_at = _by_address(raw.FPDFPathSegment_GetClose, ctypes.c_int, ctypes.c_void_p)


def _segments(obj: Any, m: Matrix) -> list[tuple[str, tuple[float, float]]]:
    """The path as pdfminer's operators (m, l, c, h), each with its end point in page space."""
    ops: list[tuple[str, tuple[float, float]]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    x_at, y_at = ctypes.addressof(x), ctypes.addressof(y)
    a, b, c, d, e, f = m
    # the bindings as locals: this loop runs once per segment of every path (each table cell's border)
    get_segment, get_point, get_type, get_close = _segment_at, _point_at, _segment_type_at, _segment_closes_at
    bezier, move = raw.FPDF_SEGMENT_BEZIERTO, raw.FPDF_SEGMENT_MOVETO
    pending_curve = 0
    path = ctypes.cast(obj, ctypes.c_void_p).value
    for i in range(raw.FPDFPath_CountSegments(obj)):
        segment = get_segment(path, i)
        get_point(segment, x_at, y_at)
        px, py = x.value, y.value
        point = (_f(a * px + c * py + e), _f(b * px + d * py + f))  # _apply(m, px, py)
        kind = get_type(segment)
        if kind == bezier:
            pending_curve += 1
            if pending_curve == 3:  # PDFium gives a curve as its two control points and its end
                ops.append(("c", point))
                pending_curve = 0
        else:
            ops.append(("m" if kind == move else "l", point))
        if get_close(segment):
            ops.append(("h", point))
    return ops


def _subpaths(ops: list[tuple[str, tuple[float, float]]]) -> Iterator[list[tuple[str, tuple[float, float]]]]:
    current: list[tuple[str, tuple[float, float]]] = []
    for op in ops:
        if op[0] == "m" and current:
            yield current
            current = []
        current.append(op)
    if current:
        yield current


def _add_path(obj: Any, outer: Matrix, layer: PageShapes) -> None:
    if not _painted(obj):
        return
    m = _multiply(_object_matrix(obj), outer)
    red = _red(obj)
    for subpath in _subpaths(_segments(obj, m)):
        kind = _add_subpath(subpath, layer)
        if kind in ("rect", "curve") and red:
            layer.red_shapes = True


def _add_subpath(path: list[tuple[str, tuple[float, float]]], layer: PageShapes) -> str | None:
    """pdfminer's `paint_path` for one subpath: a line, a rectangle or a curve."""
    shape = "".join(op for op, _ in path)
    if shape[:1] != "m":
        return None
    pts = [path[0][1] if op == "h" else point for op, point in path]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in ("mlh", "ml"):
        layer.lines.append(_shape_obj("line", pts[:2], layer.height))
        return "line"
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = ((x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
                  or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0))
        if pts[0] == pts[4] and square:
            (ax, ay), (bx, by) = pts[0], pts[2]
            layer.rects.append(_shape_obj("rect", [(ax, ay), (bx, ay), (bx, by), (ax, by)], layer.height))
            return "rect"
    layer.curves.append(_shape_obj("curve", pts, layer.height))
    return "curve"


def _shape_obj(kind: str, pts: list[tuple[float, float]], height: float) -> Obj:
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    top = height - y1
    return {"object_type": kind, "x0": x0, "x1": x1, "y0": y0, "y1": y1, "top": top, "doctop": top,
            "bottom": height - y0, "width": x1 - x0, "height": y1 - y0,
            "pts": [(x, height - y) for x, y in pts]}


def _red(obj: Any) -> bool:
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    for getter in (raw.FPDFPageObj_GetStrokeColor, raw.FPDFPageObj_GetFillColor):
        # pdfplumber's test (red >= 0.5, green and blue <= 0.45) on PDFium's RGB
        if getter(obj, r, g, b, a) and r.value >= 128 and g.value <= 114 and b.value <= 114:
            return True
    return False
