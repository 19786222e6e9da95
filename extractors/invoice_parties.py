"""Buyer and seller on an invoice page: names after 名称, tax ids after 纳税人识别号 / 统一社会信用代码.

Both invoice layouts put the buyer's block before the seller's in reading order: the old
VAT invoice stacks them (购买方 above 销售方, each with 名称 then 纳税人识别号), the 数电票 sets
them side by side (购买方信息 left, 销售方信息 right, one row of 名称 and one of tax ids).
So a value's role is the one its label says (购买方名称, or the vertical 购/买/销/售 glyph
just before it); otherwise, two tax ids on one row are buyer then seller, and a lone tax id
belongs to the party whose name was read last (a 个人 buyer has none). The text is read
column segment by column segment, so a 密码区 or the other party's block never runs into a value;
a bare 名称 label (as OCR splits it off) takes the next segment, or the next row's first, as its value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.normalize import normalize
from extractors.party import canonical_name
from grantcheck.model import Provenance
from ingest.model import Document

NAME = re.compile(r"(?:名\s*)?称\s*[:：]\s*(?P<value>[^\s:：]{2,60})")
BARE_NAME = re.compile(r"(?:名\s*)?称\s*[:：]|名\s*称")
NAME_VALUE = re.compile(r"[\u4e00-\u9fff]{2}")
LABEL_ONLY = re.compile(r"[:：]|^(?:密码区?|购买方|销售方|备注?|纳税人识别号|地址|开户行)")
NAME_STOP = re.compile(r"(?:统一社会信用代码|纳税人识别号|地址|开户行|密码区|密码|电话).*$")
TAX_ID = re.compile(r"(?<![0-9A-Z])(?P<value>[0-9A-Z]{18}|[0-9A-Z]{15})(?![0-9A-Z])")
NOT_TAX_ID = re.compile(r"账号|开户行|电话|地址|校验码|机器编号|号码|代码[:：]\s*\d")
TAX_LABEL = re.compile(r"纳税人识别号|信用代码|识别号")
BUYER = re.compile(r"购买方|购方|买方|受票方|[购买]$")
SELLER = re.compile(r"销售方|销方|售方|开票方|[销售]$")
ROLES = ("buyer", "seller")


@dataclass(frozen=True)
class _Mention:
    kind: str  # name | tax_id
    value: str
    role: str | None
    provenance: Provenance
    row_index: int  # among the row's mentions of this kind
    row_count: int


def _role(head: str) -> str | None:
    head = head.rstrip(":：/ 名")[-4:]
    return "buyer" if BUYER.search(head) else "seller" if SELLER.search(head) else None


def _name_like(text: str) -> bool:
    return bool(NAME_VALUE.search(text)) and not LABEL_ONLY.search(text)


Mention = tuple[str, str, str | None, Provenance]  # kind, value, role, provenance


def _segment_mentions(text: str, previous: str, provenance: Provenance) -> list[Mention]:
    found: list[Mention] = []
    for match in NAME.finditer(text):
        value = NAME_STOP.sub("", match["value"]).strip()
        if len(value) >= 2:
            found.append(("name", canonical_name(value), _role(previous + text[:match.start()]), provenance))
    compact = text.replace(" ", "") if len(text) < 80 else text
    if not NOT_TAX_ID.search(compact):
        for match in TAX_ID.finditer(compact):
            if any(ch.isdigit() for ch in match["value"]):
                role = _role(TAX_LABEL.sub("", previous + compact[:match.start()]))
                found.append(("tax_id", match["value"], role, provenance))
    return found


def _row_mentions(document: Document) -> Iterator[list[Mention]]:
    """Mentions row by row. A bare 名称 label (scans, OCR) takes the next segment, or the next row's first."""
    for page in document.pages:
        waiting: tuple[str | None, Provenance] | None = None
        for line in page.lines:
            provenance = document.line_provenance(page, line)
            segments = [normalize(s) for s in line.segments or (line.text,)]
            found: list[Mention] = []
            if waiting and segments and _name_like(segments[0]):
                found.append(("name", canonical_name(segments[0]), waiting[0], waiting[1]))
            waiting = None
            previous = ""
            for index, text in enumerate(segments):
                found += _segment_mentions(text, previous, provenance)
                if BARE_NAME.fullmatch(text) or text == "名":  # OCR may lose 称 of a widely spaced 名  称
                    role = _role(previous)
                    if index + 1 < len(segments) and _name_like(segments[index + 1]):
                        found.append(("name", canonical_name(segments[index + 1]), role, provenance))
                    elif index + 1 == len(segments) and text != "名":
                        waiting = (role, provenance)
                previous += text
            yield found


def _mentions(document: Document) -> list[_Mention]:
    mentions = []
    for row in _row_mentions(document):
        for kind in ("name", "tax_id"):
            same = [m for m in row if m[0] == kind]
            mentions += [_Mention(kind, value, role, provenance, index, len(same))
                         for index, (_, value, role, provenance) in enumerate(same)]
    return mentions


def party_fields(document: Document) -> list[tuple[str, str, Provenance]]:
    """(fact name, value, provenance) for buyer_name, seller_name, buyer_tax_id, seller_tax_id found."""
    taken: dict[str, tuple[str, Provenance]] = {}
    last_name_role: str | None = None
    for mention in _mentions(document):
        role = mention.role
        if role is None and mention.row_count == 2:
            role = ROLES[mention.row_index]
        if role is None and mention.kind == "tax_id" and last_name_role:
            role = last_name_role
        if role is None:
            role = next((r for r in ROLES if f"{r}_{mention.kind}" not in taken), None)
        if role is None:
            continue
        if mention.kind == "name":
            last_name_role = role
        taken.setdefault(f"{role}_{mention.kind}", (mention.value, mention.provenance))
    return [(name, value, provenance) for name, (value, provenance) in taken.items()]
