"""A company's former name, where a paper records the change (准予变更登记通知书, the licence's 变更记录, a 情况说明):
papers issued before the change name the same legal person by its old name.

Written as "名称变更前：A 变更后：B", "名称由A变更为B", "A更名为B", "原名称：A", "曾用名A", "B（原名A）", or as a table row
名称 | A | B under 变更前 / 变更后. `former_name` is A; its `attrs["new"]` is B where the paper says it.
"""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.model import Fact
from extractors.party import find_orgs
from grantcheck.model import Provenance
from ingest.model import Line

_WHITE = re.compile(r"\s+")
_CHANGED = re.compile(r"变更后|变更为|更名为|改名为")  # between the old name and the new
_OLD_AFTER_NEW = re.compile(r"^[（(](?:原名称|原企业名称|原名|原)[:：为]?$")  # B（原名A）
_OLD_ALONE = re.compile(r"(?:原名称|原企业名称|原单位名称|曾用名|原名)[:：为]?$")  # 原名称：A


def _pairs(text: str) -> list[tuple[str, str | None]]:
    """(old, new) of each change the text records; new is None where only the old name is given."""
    orgs = find_orgs(text)
    found: list[tuple[str, str | None]] = []
    paired: set[int] = set()
    for i, ((name, _, end), (following, start, _)) in enumerate(zip(orgs, orgs[1:], strict=False)):
        between = text[end:start]
        if len(between) <= 12 and _CHANGED.search(between):
            found.append((name, following))
        elif _OLD_AFTER_NEW.match(between):
            found.append((following, name))
        else:
            continue
        paired |= {i, i + 1}
    found += [(name, None) for i, (name, start, _) in enumerate(orgs)
              if i not in paired and _OLD_ALONE.search(text[max(0, start - 8):start])]
    return list(dict.fromkeys((old, new) for old, new in found if old != new))


def _row_pairs(rows: list[list[str]]) -> list[tuple[str, str]]:
    """A 变更事项 table: the 名称 row's 变更前 and 变更后 cells."""
    header = next((r for r in rows if any("变更前" in c for c in r) and any("变更后" in c for c in r)), None)
    if header is None:
        return []
    before = next(i for i, c in enumerate(header) if "变更前" in c)
    after = next(i for i, c in enumerate(header) if "变更后" in c)
    out = []
    for row in rows:
        if len(row) > max(before, after) and re.search(r"名称", row[0]) and row is not header:
            old, new = (_WHITE.sub("", row[before]), _WHITE.sub("", row[after]))
            if find_orgs(old) and find_orgs(new) and old != new:
                out.append((find_orgs(old)[0][0], find_orgs(new)[0][0]))
    return out


def _joined(lines: list[Line]) -> str:
    """The page's text with a wrapped line run on into the next (a name may be cut by the wrap): a line
    reaching the right margin without a closing mark; other lines stay apart."""
    right = max((line.bbox[2] for line in lines if line.bbox), default=None)
    out, last = "", None
    for line in lines:
        runs_on = last is not None and last.bbox is not None and right is not None \
            and last.bbox[2] >= right - 12 and out[-1:] not in ("。", "；", "：", ":", "）", ")")
        out += ("" if runs_on else "\n") + _WHITE.sub("", line.text)
        last = line
    return out


def former_name_facts(ctx: ExtractContext) -> list[Fact]:
    document, facts = ctx.document, []
    for page in document.pages:
        lines = [line for line in page.lines if line.text.strip()]
        joined = _joined(lines)
        for old, new in _pairs(joined):
            where = next((line for line in lines if old in _WHITE.sub("", line.text)), lines[0] if lines else None)
            facts.append(_fact(old, new, document.path, page.number, where.text if where else old,
                               where.bbox if where else None, where.locator if where else None, page.ocr))
        for table in page.tables:
            rows = [[cell.text for cell in row] for row in table.rows]
            for old, new in _row_pairs(rows):
                facts.append(_fact(old, new, document.path, page.number, f"名称 {old} → {new}", table.bbox,
                                   f"t{table.index}", page.ocr))
    return list({(f.value, f.attrs.get("new")): f for f in facts}.values())


def _fact(old: str, new: str | None, path: str, page: int | None, text: str, bbox: object, locator: str | None,
          ocr: bool) -> Fact:
    provenance = Provenance(document=path, page=page, bbox=bbox, locator=locator, text=text, ocr=ocr,
                            extractor="any.former_name.v1")
    return Fact(name="former_name", value=old, unit="text", confidence=0.9,
                provenance=provenance, attrs={"new": new} if new else {})
