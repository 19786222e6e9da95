"""Document → kind (CONTRACT.md) with a confidence: title first, content second, file name last."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import PurePosixPath

from grantcheck.yamlio import load_yaml
from ingest.model import Document, DocStatus

TITLE_LINES = 6
TABLE_ROW_SEGMENTS = 3
TITLE_SCORE, CONTENT_SCORE, FILENAME_SCORE = 0.9, 0.6, 0.5
AGREEMENT_BONUS = 0.05
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class KindRule:
    kind: str
    title: re.Pattern[str] | None
    requires: re.Pattern[str] | None
    content: re.Pattern[str] | None
    filename: re.Pattern[str] | None
    title_not: re.Pattern[str] | None = None  # a title that says it is something else (a 公示 of the procedure)


def _compile(value: str | None) -> re.Pattern[str] | None:
    return re.compile(value, re.IGNORECASE) if value else None


@cache
def kind_rules() -> tuple[KindRule, ...]:
    raw = load_yaml(resources.files("ingest").joinpath("data/kinds.yaml").read_text("utf-8"))
    return tuple(
        KindRule(item["kind"], _compile(item.get("title")), _compile(item.get("requires")),
                 _compile(item.get("content")), _compile(item.get("filename")), _compile(item.get("title_not")))
        for item in raw
    )


def _compact(text: str) -> str:
    return _SPACE.sub("", text)


def _title_text(document: Document) -> str:
    if not document.pages:
        return ""
    first = document.pages[0]
    lines = []
    for line in first.lines[:TITLE_LINES]:
        if len(line.segments) >= TABLE_ROW_SEGMENTS and lines:
            break  # a table's header row is not a title: a 清单's 发票日期 or 合同金额 column names no kind
        lines.append(line.text)
    if not lines and first.tables:
        lines = [cell.text for row in first.tables[0].rows[:2] for cell in row]
    return _compact("\n".join(lines))


def _score(rule: KindRule, title: str, body: str, name: str) -> float:
    score = 0.0
    if rule.title and rule.title.search(title) and (not rule.requires or rule.requires.search(body)) \
            and not (rule.title_not and rule.title_not.search(title)):
        score = TITLE_SCORE
    elif rule.content and rule.content.search(body):
        score = CONTENT_SCORE
    by_name = bool(rule.filename and rule.filename.search(name))
    if score and by_name:
        return score + AGREEMENT_BONUS
    return score or (FILENAME_SCORE if by_name else 0.0)


def _body_text(document: Document) -> str:
    cells = (cell.text for page in document.pages for table in page.tables for row in table.rows for cell in row)
    return _compact(document.text + "\n" + "\n".join(cells))


def classify(document: Document) -> Document:
    name = PurePosixPath(document.path).stem
    readable = document.status in (DocStatus.ok, DocStatus.ocr)
    title = _title_text(document) if readable else ""
    body = _body_text(document) if readable else ""
    best_kind, best_score = "other", 0.0
    for rule in kind_rules():
        score = _score(rule, title, body, name)
        if score > best_score:
            best_kind, best_score = rule.kind, score
    return document.model_copy(update={"kind": best_kind, "kind_confidence": round(best_score, 2)})
