"""OFD (GB/T 33190) → Document: page text with positions, plus the invoice's structured data.

OFD.xml → DocBody → DocRoot (Document.xml) → Pages → Content.xml, drawn with its
templates as a viewer draws it (`ofd_page`). Text objects become positioned characters
and then lines (`ofd_lines`), as PDF characters do, so every extractor reads an OFD like
a PDF. An invoice OFD also states its fields as data: the embedded original invoice XML
(Attachments), the CustomTag map from field names to the text objects that print them, and
the DocInfo CustomData entries; these go to `Document.fields`, and QR codes in embedded
images to `Document.barcodes`.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

from lxml import etree

from grantcheck.model import merge_bboxes
from ingest.einvoice_xml import ELEMENT_FIELD, field_lines, graph_codes, invoice_fields
from ingest.model import Barcode, DataField, DocStatus, Document, Line, Page
from ingest.ofd_lines import page_lines
from ingest.ofd_package import OfdPackage, OfdRefused, open_ofd
from ingest.ofd_page import Templates, drawn_objects
from ingest.ofd_text import MM_TO_PT, TextObject, TooMuchText, numbers
from ingest.qr import decode_image_bytes
from ingest.safexml import XmlRefused, element_path, local

MEDIA_TYPE = "application/ofd"
MAX_PAGES = 200
MAX_QR_IMAGES = 4
MAX_ATTACHMENTS = 8
MAX_CHARS_PER_DOCUMENT = 400_000
DEFAULT_PAGE_MM = (210.0, 297.0)
META_FIELDS = {"发票代码": "invoice_code", "发票号码": "invoice_number", "开票日期": "invoice_date",
               "购买方名称": "buyer_name", "购买方纳税人识别号": "buyer_tax_id", "销售方名称": "seller_name",
               "销售方纳税人识别号": "seller_tax_id", "合计金额": "amount_excl_tax", "合计税额": "tax_amount",
               "价税合计": "total_incl_tax"}
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff")


def _child(element: etree._Element | None, name: str) -> etree._Element | None:
    if element is None:
        return None
    return next((c for c in element if local(c.tag) == name), None)


def _children(element: etree._Element | None, name: str) -> list[etree._Element]:
    return [] if element is None else [c for c in element if local(c.tag) == name]


def _text(element: etree._Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


class _OfdDoc:
    """One DocBody's document: its pages, templates and resources."""

    def __init__(self, pkg: OfdPackage, root_name: str) -> None:
        self.pkg, self.name = pkg, root_name
        self.root = pkg.xml(root_name)
        common = _child(self.root, "CommonData")
        self.area = _box(_text(_child(_child(common, "PageArea"), "PhysicalBox")))
        self.templates = Templates(pkg, root_name, common)
        self.res_files = [pkg.resolve(root_name, _text(r)) for r in
                          _children(common, "PublicRes") + _children(common, "DocumentRes") if _text(r)]
        self.pages = _children(_child(self.root, "Pages"), "Page")
        if len(self.pages) > MAX_PAGES:
            raise OfdRefused(f"OFD 页数过多（{len(self.pages)} 页，上限 {MAX_PAGES}），已拒绝")

    def location(self, name: str) -> str:
        return self.pkg.resolve(self.name, _text(_child(self.root, name)))


def _box(spec: str) -> tuple[float, float] | None:
    values = numbers(spec, 4)
    return (values[2], values[3]) if len(values) == 4 and values[2] > 0 and values[3] > 0 else None


def _page(doc: _OfdDoc, entry: etree._Element, number: int) -> tuple[Page, dict[str, TextObject], list[str]]:
    content_name = doc.pkg.resolve(doc.name, entry.get("BaseLoc", ""))
    content = doc.pkg.xml(content_name)
    objects, own = drawn_objects(doc.templates, content)
    size = _box(_text(_child(_child(content, "Area"), "PhysicalBox"))) or doc.area or DEFAULT_PAGE_MM
    page = Page(number=number, width=round(size[0] * MM_TO_PT, 2), height=round(size[1] * MM_TO_PT, 2),
                lines=page_lines(objects))
    images = [node.get("ResourceID", "") for node in content.iter() if local(node.tag) == "ImageObject"]
    return page, {obj.id: obj for obj in own if obj.id}, images


def _meta_fields(ofd_root: etree._Element) -> list[DataField]:
    fields = []
    for data in ofd_root.iter():
        if local(data.tag) != "CustomData":
            continue
        name = META_FIELDS.get((data.get("Name") or "").strip())
        value = " ".join(_text(data).split())[:200]
        if name and value:
            fields.append(DataField(name=name, value=value, source="ofd_meta",
                                    text=f"{data.get('Name')}: {value}",
                                    locator=f"OFD.xml:{element_path(data)}[@Name='{data.get('Name')}']"))
    return fields


def _attachment_names(doc: _OfdDoc) -> list[str]:
    """XML attachments the document lists, then any XML in an Attachs folder it does not list."""
    names = []
    if _child(doc.root, "Attachments") is not None:
        index_name = doc.location("Attachments")
        for attachment in _children(doc.pkg.xml(index_name), "Attachment"):
            location = _text(_child(attachment, "FileLoc"))
            if location and (attachment.get("Format") or "xml").lower() == "xml":
                names.append(doc.pkg.resolve(index_name, location))
    folder = posixpath.dirname(doc.name)
    names += [n for n in sorted(doc.pkg.names())
              if n.startswith(f"{folder}/Attachs/") and n.lower().endswith(".xml")
              and not n.endswith("/Attachments.xml") and n not in names]
    return names[:MAX_ATTACHMENTS]


def _attachment_xml(doc: _OfdDoc) -> tuple[list[DataField], list[Barcode]]:
    """The original invoice XML an OFD invoice carries as an attachment."""
    for name in _attachment_names(doc):
        try:
            tree = doc.pkg.xml(name)
        except (XmlRefused, OfdRefused):
            continue
        fields = invoice_fields(tree, "xml", prefix=name)
        if fields:
            return fields, graph_codes(tree, prefix=name)
    return [], []


def _tag_fields(doc: _OfdDoc, objects: dict[tuple[str, str], TextObject],
                page_ids: dict[str, int]) -> list[DataField]:
    """Fields named in the CustomTag map, read from the text objects they point at."""
    if _child(doc.root, "CustomTags") is None:
        return []
    index_name = doc.location("CustomTags")
    fields: list[DataField] = []
    for tag in _children(doc.pkg.xml(index_name), "CustomTag"):
        location = _text(_child(tag, "FileLoc"))
        if not location:
            continue
        name = doc.pkg.resolve(index_name, location)
        tree = doc.pkg.xml(name, recover=True)  # producers write undeclared prefixes here
        for element in tree.iter():
            field = ELEMENT_FIELD.get(local(element.tag))
            refs = [r for r in element if local(r.tag) == "ObjectRef"]
            if field and refs and not any(f.name == field for f in fields):
                made = _tagged(field, refs, objects, page_ids, f"{name}:{element_path(element)}")
                if made:
                    fields.append(made)
    return fields


def _tagged(field: str, refs: list[etree._Element], objects: dict[tuple[str, str], TextObject],
            page_ids: dict[str, int], locator: str) -> DataField | None:
    found = [(objects[key], page_ids[key[0]]) for r in refs
             if (key := (r.get("PageRef", ""), _text(r))) in objects]
    if not found:
        return None
    value = "".join(obj.text for obj, _ in found).strip()
    box = merge_bboxes([obj.bbox for obj, _ in found if obj.bbox])
    return DataField(name=field, value=value[:200], source="ofd_tag", locator=locator, text=value[:200],
                     page=found[0][1], bbox=box) if value else None


def _image_codes(doc: _OfdDoc, resource_ids: list[tuple[int, str]]) -> list[Barcode]:
    """QR codes in the page's embedded images (PNG/JPEG; JBIG2 is not decoded)."""
    media = _media(doc)
    codes: list[Barcode] = []
    for number, resource in resource_ids[:MAX_QR_IMAGES * 4]:
        name = media.get(resource)
        if not name or not name.lower().endswith(IMAGE_SUFFIXES):
            continue
        try:
            data = doc.pkg.read(name)
        except OfdRefused:
            continue
        codes += [Barcode(text=text, source="image", page=number, locator=name)
                  for text in decode_image_bytes(data)]
        if len(codes) >= MAX_QR_IMAGES:
            break
    return codes


def _media(doc: _OfdDoc) -> dict[str, str]:
    media: dict[str, str] = {}
    for res_name in doc.res_files:
        try:
            res = doc.pkg.xml(res_name)
        except (OfdRefused, XmlRefused):
            continue
        base = res.get("BaseLoc", "")
        for item in res.iter():
            if local(item.tag) == "MultiMedia" and _text(_child(item, "MediaFile")):
                file = _text(_child(item, "MediaFile"))
                where = f"{base.rstrip('/')}/{file}" if base and not file.startswith("/") else file
                media[item.get("ID", "")] = doc.pkg.resolve(res_name, where)
    return media


def _read(pkg: OfdPackage, rel: str) -> Document:
    if not pkg.has("OFD.xml"):
        raise OfdRefused("不是 OFD 文件：缺少 OFD.xml")
    ofd_root = pkg.xml("OFD.xml")
    body = _child(ofd_root, "DocBody")
    doc_root = _text(_child(body, "DocRoot"))
    if not doc_root:
        raise OfdRefused("OFD 文件缺少 DocRoot（文档入口）")
    doc = _OfdDoc(pkg, pkg.resolve("OFD.xml", doc_root))
    pages, objects, page_ids, images, chars = [], {}, {}, [], 0
    for number, entry in enumerate(doc.pages, start=1):
        page, own, resources = _page(doc, entry, number)
        chars += sum(len(line.text) for line in page.lines)
        if chars > MAX_CHARS_PER_DOCUMENT:
            raise TooMuchText()
        pages.append(page)
        page_ids[entry.get("ID", str(number))] = number
        objects.update({(entry.get("ID", str(number)), oid): obj for oid, obj in own.items()})
        images += [(number, r) for r in resources]
    xml_fields, xml_codes = _attachment_xml(doc)
    fields = xml_fields + _tag_fields(doc, objects, page_ids) + _meta_fields(ofd_root)
    invoice_like = bool(fields) or any("发票" in line.text for page in pages for line in page.lines)
    codes = (_image_codes(doc, images) if invoice_like else []) + xml_codes
    has_text = any(page.lines for page in pages)
    if not has_text and fields and pages:  # glyph-only text: restate the data so the file is classified
        lines = (Line(text="电子发票", segments=("电子发票",)), *field_lines(fields))
        pages[0] = pages[0].model_copy(update={"lines": lines})
    status, error = (DocStatus.ok, None) if has_text or fields else \
        (DocStatus.unreadable, "OFD 文件没有文字内容")
    return Document(path=rel, media_type=MEDIA_TYPE, status=status, error=error, page_count=len(pages),
                    pages=tuple(pages), fields=tuple(fields), barcodes=tuple(codes))


def read_ofd(path: Path, rel: str) -> Document:
    try:
        archive, pkg = open_ofd(path)
        with archive:
            return _read(pkg, rel)
    except (OfdRefused, XmlRefused) as exc:
        return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable, error=str(exc))
    except TooMuchText:
        return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable,
                        error="OFD 页面文字对象过多，已拒绝")
    except zipfile.BadZipFile:
        return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable,
                        error="OFD 文件损坏或不完整")
