"""A reviewer's corrections (CONTRACT.md, "Additions for reviewers"): read, checked, applied.

    reviewer: 王审核
    date: 2023-01-05            # optional, today when absent
    corrections:
      - figure: total_investment  # a figure's value replaced
        value: 2986.3
        reason: 审计报告合计为含税金额
      - document: 附件6.pdf        # a document's kind replaced
        kind: designation_certificate
        reason: 入库信息即认定证明
      - check: smart-factory.applicant_consistent   # a check decided by a person
        status: pass
        reason: 名单中其他企业不是申报主体

Document kinds are replaced before facts are extracted, figures after they are resolved and before any
condition reads them, checks before the outcome is drawn; the outcome and subsidy follow. Every change is
recorded with what it replaced (`trail`). A malformed file or a name the packet or guide does not know
raises CorrectionError naming the entry and the field (the CLI exits 2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path

from checklists.checks import Check
from checklists.loader import figure_glossary
from checklists.resolve import Resolved
from extractors.model import Fact, Value
from grantcheck.model import Provenance
from grantcheck.report.model import CorrectionOut, PacketReport, json_value, source_of
from grantcheck.yamlio import load_yaml
from ingest.model import Document

CHECK_STATUSES = {"pass": "通过", "fail": "不通过"}
EXTRACTOR = "correction"  # provenance.extractor of a value a person gave
TOP_KEYS = {"reviewer", "date", "corrections"}
ENTRY_KEYS = {"figure": {"figure", "value", "reason"}, "document": {"document", "kind", "reason"},
              "check": {"check", "status", "reason"}}


class CorrectionError(ValueError):
    """A corrections file that cannot be applied; the message names the entry and the field (Chinese)."""


@dataclass(frozen=True)
class Entry:
    index: int  # 1-based, as a reviewer counts the entries
    target: str  # figure | document | check
    name: str
    value: Value  # the figure's value, the document's kind, the check's status
    reason: str

    @property
    def label(self) -> str:
        return f"第 {self.index} 条（{self.target}: {self.name}）"


@dataclass
class Corrections:
    reviewer: str
    date: date
    entries: list[Entry]
    source: str = ""
    trail: list[dict] = field(default_factory=list)  # CONTRACT `corrections`, filled as they are applied
    originals: dict[str, Resolved | None] = field(default_factory=dict)  # figure name → what was read

    def _of(self, target: str) -> list[Entry]:
        return [e for e in self.entries if e.target == target]

    def _record(self, entry: Entry, original: object, value: object) -> None:
        self.trail.append({"target": entry.target, "name": entry.name, "original": original, "value": value,
                           "reason": entry.reason, "reviewer": self.reviewer, "date": self.date.isoformat()})

    def documents(self, documents: list[Document]) -> list[Document]:
        """Documents with their kinds replaced, before any fact is read from them."""
        by_path = {d.path: i for i, d in enumerate(documents)}
        result = list(documents)
        for entry in self._of("document"):
            index = by_path.get(entry.name)
            if index is None:
                raise CorrectionError(f"{self.source}{entry.label} 字段 document：材料包中没有此文件"
                                      f"（现有：{'、'.join(by_path) or '无'}）")
            original = result[index]
            result[index] = original.model_copy(update={"kind": entry.value, "kind_confidence": 1.0})
            self._record(entry, original.kind, entry.value)
        return result

    def figures(self, figures: dict[str, Resolved]) -> dict[str, Resolved]:
        """Figures with the corrected values: each decides as stated; what was read stays an alternative."""
        result = dict(figures)
        for entry in self._of("figure"):
            original = figures.get(entry.name)
            self.originals[entry.name] = original
            result[entry.name] = _corrected(entry, original, self.reviewer, self.date)
            self._record(entry, _json(original.value) if original else None, _json(entry.value))
        return result

    def checks(self, checks: list[Check]) -> list[Check]:
        """Checks a person decided; an id the evaluation did not produce is an error."""
        by_id = {c.id: c for c in checks}
        for entry in self._of("check"):
            check = by_id.get(entry.name)
            if check is None:
                raise CorrectionError(f"{self.source}{entry.label} 字段 check：本材料包的核验项中没有此项"
                                      f"（现有：{'、'.join(by_id)}）")
            before = f"原判断{STATUS_WORDS.get(check.status, check.status)}：{check.message}"
            self._record(entry, check.status, entry.value)
            check.status = str(entry.value)
            check.message = (f"人工核定为{CHECK_STATUSES[check.status]}（{self.reviewer}，{self.date}）："
                             f"{entry.reason}。{before}")
            if check.status == "pass":
                check.shortfall = None
        return checks


    def annotate(self, report: PacketReport) -> None:
        """The trail on the report, and each corrected figure's original reading beside its new value."""
        report.corrections = [CorrectionOut(**item) for item in self.trail]
        for name, original in self.originals.items():
            shown = report.figures.get(name)
            if shown is not None and original is not None:
                shown.original = json_value(original.value)
                shown.original_sources = [source_of(f) for f in [*original.sources, *original.parts]]


STATUS_WORDS = {"pass": "通过", "fail": "不通过", "missing": "缺失", "review": "需人工核对"}


def _json(value: Value | None) -> object:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _corrected(entry: Entry, original: Resolved | None, reviewer: str, when: date) -> Resolved:
    unit = figure_glossary()[entry.name]["unit"]
    fact = Fact(name=entry.name, value=entry.value, unit=unit, confidence=1.0,
                provenance=Provenance(document="人工更正", text=f"{reviewer}（{when}）：{entry.reason}",
                                      extractor=EXTRACTOR),
                precision="day" if unit == "date" else None)
    read = f"原读数 {_json(original.value)}" if original and original.value is not None else "材料中未读到"
    if original is None:
        return Resolved(entry.name, entry.value, unit, 1.0, [fact], note=f"人工更正（{read}）",
                        kinds=("correction",))
    earlier = [*original.sources, *original.parts, *original.alternatives]
    return replace(original, value=entry.value, unit=unit, confidence=1.0, sources=[fact], status="ok",
                   note=f"人工更正（{read}）", precision=fact.precision, alternatives=earlier, parts=[],
                   kinds=("correction",), target_only=False)


# ---- reading the file ---------------------------------------------------------------------------------


@cache
def known_kinds() -> frozenset[str]:
    path = Path(str(resources.files("ingest").joinpath("data", "kinds.yaml")))
    return frozenset(item["kind"] for item in load_yaml(path.read_text("utf-8")))


def load_corrections(path: Path) -> Corrections:
    source = f"更正文件 {path.name}："
    try:
        data = load_yaml(path.read_text("utf-8"))
    except OSError as exc:
        raise CorrectionError(f"{source}无法读取（{exc.strerror}）") from exc
    except Exception as exc:  # a YAML syntax error, in the parser's words (line and column)
        raise CorrectionError(f"{source}不是有效的 YAML：{str(exc).splitlines()[0]}") from exc
    return parse_corrections(data, source)


def parse_corrections(data: object, source: str = "更正文件：") -> Corrections:
    if not isinstance(data, dict):
        raise CorrectionError(f"{source}顶层应为映射（reviewer、date、corrections）")
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise CorrectionError(f"{source}未知字段 {'、'.join(sorted(map(str, unknown)))}（可用：reviewer、date、corrections）")
    reviewer = data.get("reviewer")
    if not isinstance(reviewer, str) or not reviewer.strip():
        raise CorrectionError(f"{source}字段 reviewer：须写明更正人")
    when = _date(data.get("date", date.today()), f"{source}字段 date")
    items = data.get("corrections") or []
    if not isinstance(items, list):
        raise CorrectionError(f"{source}字段 corrections：应为列表")
    entries = [_entry(i, item, source) for i, item in enumerate(items, start=1)]
    return Corrections(reviewer.strip(), when, entries, source)


def _entry(index: int, item: object, source: str) -> Entry:
    where = f"{source}第 {index} 条"
    if not isinstance(item, dict):
        raise CorrectionError(f"{where}：应为映射（figure/document/check、value/kind/status、reason）")
    targets = [t for t in ENTRY_KEYS if t in item]
    if len(targets) != 1:
        raise CorrectionError(f"{where}：须恰好有 figure、document、check 之一")
    target = targets[0]
    name = item[target]
    if not isinstance(name, str) or not name.strip():
        raise CorrectionError(f"{where} 字段 {target}：须为名称")
    where = f"{source}第 {index} 条（{target}: {name}）"
    unknown = set(item) - ENTRY_KEYS[target]
    if unknown:
        raise CorrectionError(f"{where} 字段 {'、'.join(sorted(map(str, unknown)))}：未知字段"
                              f"（可用：{'、'.join(sorted(ENTRY_KEYS[target]))}）")
    reason = item.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise CorrectionError(f"{where} 字段 reason：须写明更正理由")
    if target == "figure":
        value = _figure_value(name, item, where)
    elif target == "document":
        value = item.get("kind")
        if value not in known_kinds():
            raise CorrectionError(f"{where} 字段 kind：未知材料类型 {value!r}（可用：{'、'.join(sorted(known_kinds()))}）")
    else:
        value = item.get("status")
        if value not in CHECK_STATUSES:
            raise CorrectionError(f"{where} 字段 status：应为 pass 或 fail，读到 {value!r}")
    return Entry(index, target, name.strip(), value, reason.strip())


def _figure_value(name: str, item: dict, where: str) -> Value:
    glossary = figure_glossary()
    if name not in glossary:
        raise CorrectionError(f"{where} 字段 figure：未知数据项（见 checklists/data/figures.yaml）")
    if "value" not in item or item["value"] is None:
        raise CorrectionError(f"{where} 字段 value：缺少更正后的数值")
    return parse_value(item["value"], glossary[name]["unit"], f"{where} 字段 value")


_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def parse_value(raw: object, unit: str, where: str) -> Value:
    """A value as a reviewer writes it, in the figure's unit: 万元 and ratios as numbers (a ratio may be
    written 85%), dates as YYYY-MM-DD, counts as whole numbers, text as text."""
    text = str(raw).strip().replace(",", "")
    if unit == "date":
        return _date(raw, where)
    if unit == "text":
        return str(raw).strip()
    if unit == "ratio" and text.endswith("%") and _NUMBER.match(text[:-1]):
        return Decimal(text[:-1]) / 100
    number = _number(raw, text.removesuffix("万元").strip() if unit == "万元" else text, unit, where)
    if number < 0:
        raise CorrectionError(f"{where}：不能为负数，读到 {raw!r}")
    if unit == "count":
        if number != number.to_integral_value():
            raise CorrectionError(f"{where}：件数应为整数，读到 {raw!r}")
        return int(number)
    if unit == "ratio" and number > 1:
        raise CorrectionError(f"{where}：比例写作小数（0.5）或百分数（50%），读到 {raw!r}")
    return number


def _number(raw: object, text: str, unit: str, where: str) -> Decimal:
    if isinstance(raw, bool) or not _NUMBER.match(text):
        raise CorrectionError(f"{where}：应为数值（{unit}），读到 {raw!r}")
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise CorrectionError(f"{where}：应为数值（{unit}），读到 {raw!r}") from exc


def _date(raw: object, where: str) -> date:
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw).strip())
    except ValueError as exc:
        raise CorrectionError(f"{where}：日期应写作 YYYY-MM-DD，读到 {raw!r}") from exc


# ---- the template a reviewer starts from ----------------------------------------------------------------


def _where(source: dict) -> str:
    from grantcheck.report.words import source_place  # the report's own words for a place in a document

    return f"{source['document']} {source_place(source)}".strip()


def template(report: PacketReport) -> str:
    """A corrections file for this packet: every figure with its value and source, every document with its
    kind, every check that did not pass, all commented out; a reviewer uncomments what they correct."""
    import yaml

    glossary = figure_glossary()
    data = report.model_dump(by_alias=True)
    lines = [f"# 更正文件：{report.packet}（{report.category or '类别未识别'}）",
             "# 取消注释需要更正的条目，改写 value / kind / status，并写明 reason；然后运行",
             f"#   grantcheck verify {report.packet} --corrections 本文件",
             "reviewer: ''        # 更正人",
             f"date: {date.today().isoformat()}",
             "corrections:", "", "# ---- 数据项（figure）：读到的数值及来源 ----"]
    for name, figure in data["figures"].items():
        if name not in glossary:
            continue  # a part of a total or an extractor's own fact: correct the figure it feeds
        meaning = glossary.get(name, {}).get("meaning", name)
        lines.append(f"#  # {meaning}")
        for source in figure["sources"][:3]:
            lines.append(f"#  #   来源：{_where(source)}：“{' '.join(source['text'].split())[:80]}”")
        value = yaml.safe_dump(figure["value"], allow_unicode=True, default_flow_style=True).strip()
        value = value.removesuffix("...").strip()
        lines += [f"#  - figure: {name}", f"#    value: {value}", "#    reason: ''", ""]
    lines.append("# ---- 材料（document）：识别的类型 ----")
    for document in data["documents"]:
        path = yaml.safe_dump(document["path"], allow_unicode=True).strip().removesuffix("...").strip()
        lines += [f"#  - document: {path}", f"#    kind: {document['kind']}", "#    reason: ''", ""]
    lines.append("# ---- 核验项（check）：未通过的各项，可人工核定为 pass 或 fail ----")
    for check in data["checks"]:
        if check["status"] == "pass":
            continue
        lines += [f"#  # {check['message'][:100]}", f"#  - check: {check['id']}", "#    status: pass",
                  "#    reason: ''", ""]
    return "\n".join(lines) + "\n"
