"""Context words → figure names, from data/labels.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from grantcheck.yamlio import load_yaml


@dataclass(frozen=True)
class Label:
    figure: str
    include: re.Pattern[str]
    exclude: re.Pattern[str] | None
    # A count that says which of its items the guide counts: "17（其中原始取得14件）" counts 14 when the
    # part matches `only`, 17 − the part when it matches `without` (受让 copyrights do not count).
    only: re.Pattern[str] | None = None
    without: re.Pattern[str] | None = None
    # the measure words a count of this figure is written with (班次: 个, 期); "每班次4天", "教师6名" are not one
    measures: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Lexicon:
    amounts: tuple[Label, ...]
    dates: tuple[Label, ...]
    counts: tuple[Label, ...]
    ratios: tuple[Label, ...]
    ranges: re.Pattern[str]
    places_where: re.Pattern[str]
    cities: tuple[str, ...]
    designations: tuple[tuple[str, re.Pattern[str]], ...]  # key, how it is written
    # a designation of another kind, often taken for one the guide requires (专精特新中小企业 for 小巨人):
    # its key → (the key it is not, how the guide names that one)
    other_kinds: dict[str, tuple[str, str]]


def _labels(items: list[dict[str, str]]) -> tuple[Label, ...]:
    return tuple(
        Label(item["figure"], re.compile(item["include"]),
              re.compile(item["exclude"]) if item.get("exclude") else None,
              re.compile(item["only"]) if item.get("only") else None,
              re.compile(item["without"]) if item.get("without") else None,
              re.compile(item["measures"]) if item.get("measures") else None)
        for item in items
    )


@cache
def lexicon() -> Lexicon:
    raw = load_yaml(resources.files("extractors").joinpath("data/labels.yaml").read_text("utf-8"))
    return Lexicon(_labels(raw["amounts"]), _labels(raw["dates"]), _labels(raw["counts"]), _labels(raw["ratios"]),
                   re.compile(raw["ranges"]["include"]),
                   re.compile(raw["places"]["where"]), tuple(raw["places"]["cities"]),
                   tuple((item["key"], re.compile(item["include"])) for item in raw["designations"]),
                   {item["key"]: (item["not"], item["not_name"]) for item in raw["designations"] if item.get("not")})


_LABELLED: dict[tuple[int, str], tuple[tuple[Label, ...], str | None]] = {}
_LABELLED_MAX = 1 << 16


def label_of(context: str, labels: tuple[Label, ...]) -> str | None:
    """The figure of the first label whose words the context has (and not its exclusions). Remembered by
    labels and context: a table's rows and columns ask about the same words again and again."""
    key = (id(labels), context)
    found = _LABELLED.get(key)
    if found is not None and found[0] is labels:  # the entry keeps its labels alive: an id is not reused
        return found[1]
    figure = _first_label(context, labels)
    if len(_LABELLED) >= _LABELLED_MAX:
        _LABELLED.clear()
    _LABELLED[key] = (labels, figure)
    return figure


def _first_label(context: str, labels: tuple[Label, ...]) -> str | None:
    for label in labels:
        if label.include.search(context) and not (label.exclude and label.exclude.search(context)):
            return label.figure
    return None


# Who else may put money into a project (攻关 partners): their share is never the applicant's.
PARTNER_WORDS = "合作单位|协作单位|参与单位|合作方|高校|大学|研究院|研究所"
TAX_EXCL = re.compile(r"不含税|不含增值税|除税|税前金额|未含税")
TAX_INCL = re.compile(r"含税|价税合计|含增值税")


def tax_basis(context: str) -> str | None:
    if TAX_EXCL.search(context):
        return "excl"
    if TAX_INCL.search(context):
        return "incl"
    return None
