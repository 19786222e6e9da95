"""Devices by how they are networked, from a table with a 联网方式 column ("5G | AGV… | 318", "LoRa | 传感终端 | 92"):
the 5G ones, the wireless ones (5G, Wi-Fi, LoRa, NB-IoT …) and all of them, for the guide's 5G share
("5G方式联网设备/所有无线方式联网设备")."""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.model import Fact
from extractors.normalize import normalize
from extractors.units import header_column
from ingest.model import Cell, Document, Page

EXTRACTOR = "devices.by_connection.v1"
MODE_HEADER = re.compile(r"联网方式|接入方式|连接方式|通信方式|网络类型|联网类型")
COUNT_HEADER = re.compile(r"数量|台数|台\(套\)|设备数|个数")
FIVE_G = re.compile(r"5G", re.I)
WIRELESS = re.compile(r"5G|4G|LTE|Wi-?Fi|WLAN|无线|LoRa|NB-?IoT|Zigbee|蓝牙|Bluetooth|UWB|433M|RFID|Mesh", re.I)
TOTAL = re.compile(r"^(合\s*计|总\s*计|小\s*计)")
NUMBER = re.compile(r"^\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(台|套|个|件)?\s*$")


def _count(cell: Cell | None) -> int | None:
    match = NUMBER.match(cell.text) if cell else None
    return int(match.group(1).replace(",", "")) if match else None


def _table_facts(document: Document, page: Page, rows: list[list[Cell]], base: float) -> list[Fact]:
    header = rows[0]
    mode_col, count_col = header_column(header, MODE_HEADER), header_column(header, COUNT_HEADER)
    if mode_col is None or count_col is None:
        return []
    groups: dict[str, list[tuple[int, list[Cell]]]] = {"devices_5g": [], "devices_wireless": [], "devices_networked": []}
    total = None
    for row in rows[1:]:
        cells = {c.col: c for c in row}
        mode, count = normalize(cells[mode_col].text) if mode_col in cells else "", _count(cells.get(count_col))
        if count is None:
            continue
        if TOTAL.match(mode) or TOTAL.match(normalize(row[0].text)):
            total = (count, row)
            continue
        groups["devices_networked"].append((count, row))
        if WIRELESS.search(mode):
            groups["devices_wireless"].append((count, row))
        if FIVE_G.search(mode):
            groups["devices_5g"].append((count, row))
    if not groups["devices_5g"]:
        return []
    facts = []
    for name, listed in groups.items():
        value = sum(count for count, _ in listed)
        if name == "devices_networked" and total is not None:
            value, listed = total[0], [total]
        cells = [c for _, row in listed for c in row]
        text = "；".join(" ".join(c.text for c in row) for _, row in listed)
        facts.append(Fact(name=name, value=value, unit="count", confidence=base,
                          provenance=document.cells_provenance(page, cells, text).model_copy(
                              update={"extractor": EXTRACTOR})))
    return facts


def connection_table_facts(ctx: ExtractContext, base: float = 0.85) -> list[Fact]:
    document = ctx.document
    facts = []
    for page in document.pages:
        for table in page.tables:
            rows = [list(row) for row in table.rows]
            if len(rows) >= 3:
                facts.extend(_table_facts(document, page, rows, base))
    return facts
