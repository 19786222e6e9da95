"""One OFD page as a viewer draws it (GB/T 33190): its templates and its own layers, in drawing order.

A page names the templates it is drawn on (`<Template TemplateID=… ZOrder=…>`); each is a TemplatePage
of the document's CommonData (`ID`, `BaseLoc`, default `ZOrder` Background). A template is drawn as a
layer of type ZOrder: the page's own ZOrder, else the TemplatePage's, else Background. Layers are drawn
Background, Body (a Layer's default type), Foreground; within one type the templates come first, in the
order the page names them, then the page's layers in document order. 数电票 print their labels
(购买方, 金额, 税额, 价税合计 …) on such a template and only the values on the page, so the page reads
as one text only with its templates drawn in.

A template the page names but the document does not declare, or whose part is missing from the
archive, is left out: the page still reads what it draws itself. Every other fault (a hostile or
broken part) refuses the file as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ingest.ofd_package import OfdPackage
from ingest.ofd_text import MAX_CHARS_PER_PAGE, TextObject, TooMuchText, text_objects
from ingest.safexml import local

LAYER_RANK = {"Background": 0, "Body": 1, "Foreground": 2}
TEMPLATE_DEFAULT = "Background"
LAYER_DEFAULT = "Body"
MAX_TEMPLATES_PER_PAGE = 8


@dataclass(frozen=True)
class _TemplatePage:
    location: str  # BaseLoc as written, resolved when a page draws the template
    zorder: str


class Templates:
    """The document's TemplatePages, each parsed once however many pages draw it."""

    def __init__(self, pkg: OfdPackage, doc_name: str, common: etree._Element | None) -> None:
        self._pkg, self._doc_name = pkg, doc_name
        self._pages: dict[str, _TemplatePage] = {}
        for node in ([] if common is None else common):
            if local(node.tag) == "TemplatePage" and (node.get("BaseLoc") or "").strip():
                self._pages.setdefault(node.get("ID", ""), _TemplatePage(
                    node.get("BaseLoc", ""), node.get("ZOrder") or TEMPLATE_DEFAULT))
        self._parsed: dict[str, list[TextObject]] = {}

    def zorder(self, template_id: str) -> str:
        page = self._pages.get(template_id)
        return page.zorder if page else TEMPLATE_DEFAULT

    def objects(self, template_id: str) -> list[TextObject]:
        """The template's text objects; none when it is not declared or its part is not in the file."""
        page = self._pages.get(template_id)
        if page is None:
            return []
        if template_id not in self._parsed:
            name = self._pkg.resolve(self._doc_name, page.location)  # a location outside the file refuses it
            self._parsed[template_id] = text_objects(self._pkg.xml(name)) if self._pkg.has(name) else []
        return self._parsed[template_id]


def _rank(kind: str | None, default: str) -> int:
    return LAYER_RANK.get((kind or "").strip(), LAYER_RANK[default])


def _layers(page: etree._Element) -> list[tuple[str | None, etree._Element]]:
    """The page's layers with their type; what a producer puts in Content outside a Layer is drawn as Body,
    and a page without a Content element is read whole."""
    contents = [node for node in page if local(node.tag) == "Content"]
    if not contents:
        return [(None, page)]
    return [(node.get("Type") if local(node.tag) == "Layer" else None, node)
            for content in contents for node in content]


def drawn_objects(templates: Templates, page: etree._Element) -> tuple[list[TextObject], list[TextObject]]:
    """The page's text objects with its templates', in the order a viewer draws them; and the page's own
    (those a CustomTag can point at)."""
    drawn: list[tuple[int, int, int, list[TextObject]]] = []
    named: list[str] = []
    for node in page:
        if local(node.tag) == "Template" and node.get("TemplateID", "") not in named:
            named.append(node.get("TemplateID", ""))
            template_id = named[-1]
            zorder = node.get("ZOrder") or templates.zorder(template_id)
            drawn.append((_rank(zorder, TEMPLATE_DEFAULT), 0, len(named), templates.objects(template_id)))
            if len(named) >= MAX_TEMPLATES_PER_PAGE:
                break
    room = MAX_CHARS_PER_PAGE - sum(len(obj.chars) for *_, group in drawn for obj in group)
    if room < 0:
        raise TooMuchText()
    for index, (kind, layer) in enumerate(_layers(page)):
        layer_objects = text_objects(layer, room)
        room -= sum(len(obj.chars) for obj in layer_objects)
        drawn.append((_rank(kind, LAYER_DEFAULT), 1, index, layer_objects))
    own = [obj for _, source, _, group in drawn if source == 1 for obj in group]
    drawn.sort(key=lambda item: item[:3])
    return [obj for *_, group in drawn for obj in group], own
