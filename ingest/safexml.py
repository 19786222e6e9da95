"""Untrusted XML (OFD parts, e-invoice files) → an lxml tree, under caps.

No DTD, no entities (no XXE, no billion laughs), no network; a size cap before
parsing and a depth cap after. Every refusal is an `XmlRefused` whose message is
Chinese and says why.
"""

from __future__ import annotations

import re

from lxml import etree

MAX_XML_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 64
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


class XmlRefused(ValueError):
    """The XML part is refused; the message says why, in Chinese."""


def _parser(recover: bool = False) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True, recover=recover)


def local(tag: object) -> str:
    """Element name without its namespace ('{ns}Name' → 'Name'); '' for comments and the like."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]  # recovered parts keep 'ofd:Name' as the tag


def _depth(root: etree._Element) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, depth + 1) for child in node)
    return deepest


def parse_xml(data: bytes, what: str, recover: bool = False) -> etree._Element:
    """Parse `data` (one XML part called `what` in messages). `recover` tolerates malformed
    markup that real producers write (undeclared prefixes), never DTDs or entities."""
    if len(data) > MAX_XML_BYTES:
        raise XmlRefused(f"{what} 过大（{len(data) // 1024} KiB，上限 {MAX_XML_BYTES // 2**20} MiB），已拒绝")
    if _DOCTYPE.search(data):
        raise XmlRefused(f"{what} 含 DOCTYPE/实体声明，已拒绝（可能是恶意文件）")
    try:
        root = etree.fromstring(data, _parser(recover))
    except etree.XMLSyntaxError as exc:
        if "depth" in str(exc).lower() or "nested" in str(exc).lower():
            raise XmlRefused(f"{what} 嵌套过深，已拒绝") from exc
        raise XmlRefused(f"{what} 格式错误，无法解析") from exc
    if root is None:
        raise XmlRefused(f"{what} 为空或格式错误，无法解析")
    if _depth(root) > MAX_DEPTH:
        raise XmlRefused(f"{what} 嵌套过深（超过 {MAX_DEPTH} 层），已拒绝")
    return root


def element_path(element: etree._Element) -> str:
    """'/EInvoice/EInvoiceData/BuyerInformation/BuyerName' (local names, 1-based index when repeated)."""
    parts = []
    node: etree._Element | None = element
    while node is not None:
        name = local(node.tag)
        parent = node.getparent()
        if parent is not None:
            same = [c for c in parent if local(c.tag) == name]
            if len(same) > 1:
                name += f"[{same.index(node) + 1}]"
        parts.append(name)
        node = parent
    return "/" + "/".join(reversed(parts))
