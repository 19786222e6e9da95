"""E-invoice XML → structured invoice fields, and a standalone XML file → Document.

Two layouts are in use: the 2019 e-invoice schema that OFD invoices embed
(`eInvoice` with InvoiceCode, InvoiceNo, Buyer/BuyerName, TaxExclusiveTotalAmount …,
namespace http://www.edrm.org.cn/schema/e-invoice/2019) and the 数电票 file the tax
platform issues (`EInvoice` with TaxSupervisionInfo/InvoiceNumber, EInvoiceData/
SellerInformation, BuyerInformation, BasicInformation/TotalAmWithoutTax …). Fields are
found by element name, whatever the namespace; each keeps its element path as locator.
The Document's lines restate the fields with their Chinese labels (for classification and
for people); the invoice extractor reads `Document.fields`.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ingest.model import Barcode, DataField, DocStatus, Document, Line, Page
from ingest.safexml import XmlRefused, element_path, local, parse_xml

MEDIA_TYPE = "application/xml"
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_VALUE_CHARS = 200

# CONTRACT invoice fact name → element names carrying it, most specific first.
FIELD_ELEMENTS: dict[str, tuple[str, ...]] = {
    "invoice_code": ("InvoiceCode",),
    "invoice_number": ("InvoiceNumber", "InvoiceNo", "EIid"),
    "invoice_date": ("IssueTime", "IssueDate", "RequestTime"),
    "buyer_name": ("BuyerName",),
    "buyer_tax_id": ("BuyerIdNum", "BuyerTaxID"),
    "seller_name": ("SellerName",),
    "seller_tax_id": ("SellerIdNum", "SellerTaxID"),
    "amount_excl_tax": ("TotalAmWithoutTax", "TaxExclusiveTotalAmount"),
    "tax_amount": ("TotalTaxAm", "TaxTotalAmount"),
    "total_incl_tax": ("TotalTax-includedAmount", "TaxInclusiveTotalAmount"),
    "total_incl_tax_words": ("TotalTax-includedAmountInChinese",),
}
ELEMENT_FIELD = {element: name for name, elements in FIELD_ELEMENTS.items() for element in elements}
QR_ELEMENTS = ("GraphCode",)
LABELS = {
    "invoice_code": "发票代码", "invoice_number": "发票号码", "invoice_date": "开票日期",
    "buyer_name": "购买方名称", "buyer_tax_id": "购买方统一社会信用代码/纳税人识别号",
    "seller_name": "销售方名称", "seller_tax_id": "销售方统一社会信用代码/纳税人识别号",
    "amount_excl_tax": "合计金额", "tax_amount": "合计税额", "total_incl_tax": "价税合计（小写）",
    "total_incl_tax_words": "价税合计（大写）",
}
ITEM_ELEMENTS = ("GoodsInfo", "IssuItemInformation")
ITEM_PARTS = (("名称", ("Item", "ItemName")), ("金额", ("Amount",)), ("税率", ("TaxScheme", "TaxRate")),
              ("税额", ("TaxAmount", "ComTaxAm")))
TITLE_LABELS = ("EInvoiceType", "GeneralOrSpecialVAT")


def _text(element: etree._Element) -> str:
    return " ".join((element.text or "").split())[:MAX_VALUE_CHARS]


def _is_leaf(element: etree._Element) -> bool:
    return not any(isinstance(child.tag, str) for child in element)


def invoice_fields(root: etree._Element, source: str, prefix: str = "") -> list[DataField]:
    """The invoice fields written in an e-invoice XML tree, one per name (its most specific element)."""
    best: dict[str, tuple[int, DataField]] = {}
    for element in root.iter():
        name = ELEMENT_FIELD.get(local(element.tag))
        if name is None or not _is_leaf(element):
            continue
        value = _text(element)
        if not value:
            continue
        rank = FIELD_ELEMENTS[name].index(local(element.tag))
        if name in best and best[name][0] <= rank:
            continue
        locator = f"{prefix}:{element_path(element)}" if prefix else element_path(element)
        best[name] = (rank, DataField(name=name, value=value, source=source, locator=locator,
                                      text=f"{local(element.tag)}: {value}"))
    return [field for _, field in best.values()]


def graph_codes(root: etree._Element, prefix: str = "") -> list[Barcode]:
    """QR payloads the XML states (GraphCode): what the printed QR code should carry."""
    return [Barcode(text=_text(e), source="xml",
                    locator=f"{prefix}:{element_path(e)}" if prefix else element_path(e))
            for e in root.iter() if local(e.tag) in QR_ELEMENTS and _text(e)]


def _title(root: etree._Element) -> str:
    names = []
    for wanted in TITLE_LABELS:
        for element in root.iter():
            if local(element.tag) == wanted:
                label = next((_text(c) for c in element if local(c.tag) == "LabelName"), "")
                if label:
                    names.append(label)
                break
    if len(names) == 2:
        return f"{names[0]}（{names[1]}）"
    return names[0] if names else "电子发票"


def _item_lines(root: etree._Element) -> list[Line]:
    lines = []
    for element in root.iter():
        if local(element.tag) not in ITEM_ELEMENTS:
            continue
        children = {local(c.tag): _text(c) for c in element if isinstance(c.tag, str)}
        parts = [f"{label}：{children[key]}"
                 for label, keys in ITEM_PARTS for key in keys if children.get(key)]
        if parts:
            text = "项目" + " ".join(parts)
            lines.append(Line(text=text, segments=(text,), locator=element_path(element)))
    return lines


def field_lines(fields: list[DataField]) -> list[Line]:
    order = list(LABELS)
    lines = []
    for field in sorted(fields, key=lambda f: order.index(f.name)):
        money = field.name in ("amount_excl_tax", "tax_amount", "total_incl_tax")
        value = f"¥{field.value}" if money else field.value
        text = f"{LABELS[field.name]}：{value}"
        lines.append(Line(text=text, segments=(text,), locator=field.locator))
    return lines


def read_einvoice_xml(path: Path, rel: str) -> Document:
    if path.stat().st_size > MAX_FILE_BYTES:
        return _refused(rel, f"XML 文件过大（上限 {MAX_FILE_BYTES // 2**20} MiB），已拒绝")
    try:
        root = parse_xml(path.read_bytes(), "XML 文件")
    except XmlRefused as exc:
        return _refused(rel, str(exc))
    fields = invoice_fields(root, "xml")
    if not any(f.name in ("invoice_number", "total_incl_tax", "amount_excl_tax") for f in fields):
        return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unsupported,
                        error="XML 文件不是可识别的电子发票")
    title = _title(root)
    lines = [Line(text=title, segments=(title,), locator=element_path(root))]
    lines += field_lines(fields) + _item_lines(root)
    return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.ok, page_count=None,
                    pages=(Page(number=None, lines=tuple(lines)),), fields=tuple(fields),
                    barcodes=tuple(graph_codes(root)))


def _refused(rel: str, reason: str) -> Document:
    return Document(path=rel, media_type=MEDIA_TYPE, status=DocStatus.unreadable, error=reason)
