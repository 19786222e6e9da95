"""Designations an applicant holds: what, level, year, grade, issuer, validity."""

from __future__ import annotations

import re
from bisect import bisect_right

from extractors.context import ExtractContext
from extractors.date import find_dates
from extractors.lexicon import lexicon
from extractors.model import Fact

EXTRACTOR = "certificate.designation.v1"
NATIONAL = re.compile(r"工业和信息化部|工信部|国家级|国家(智能制造|工业互联网)|全国")
PROVINCIAL = re.compile(r"江苏省|省级|省工业和信息化厅|省工信厅|省经信委")
MUNICIPAL = re.compile(r"市级|市工业和信息化局|市工信局")
GRADE = re.compile(r"(AAA|AA|A)\s*级")
YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?")
VALID_UNTIL = re.compile(r"有效期(至|到|截至)")
VALID_SPAN = re.compile(r"有效期(限)?\s*[:：为]?\s*\d{4}\s*年[^至到—\-~～]{0,8}(至|到|—|-|~|～)\s*\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?")
VALID_FOR = re.compile(r"有效期(为|是)?\s*([1-9]|[一二三四五六七八九十])\s*年")
CN_SMALL = "一二三四五六七八九十"


def designation_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return lexicon().designations


def _level(text: str) -> str:
    if NATIONAL.search(text):
        return "national"
    if PROVINCIAL.search(text):
        return "provincial"
    return "municipal" if MUNICIPAL.search(text) else "unknown"


def _attrs(text: str) -> dict[str, str]:
    attrs = {"level": _level(text)}
    years = [int(y) for y in YEAR.findall(text)]
    dates = find_dates(text)
    if years or dates:
        attrs["year"] = str(min(years + [d.value.year for d in dates]))
    grade = GRADE.search(text)
    if grade:
        attrs["grade"] = grade.group(1)
    valid = VALID_UNTIL.search(text)
    if valid:
        later = find_dates(text[valid.end():])
        if later:
            attrs["valid_until"] = later[0].last_day.isoformat()
    elif span := VALID_SPAN.search(text):  # "有效期：2019年11月至2022年10月": the range's end
        attrs["valid_until"] = find_dates(span.group(0))[1].last_day.isoformat()
    issued = [d.value.isoformat() for d in dates if d.precision == "day" and d.value.isoformat() != attrs.get("valid_until")]
    if issued:
        attrs["issued"] = min(issued)
    duration = VALID_FOR.search(text)
    if duration and "valid_until" not in attrs and dates:
        years = CN_SMALL.index(duration.group(2)) + 1 if duration.group(2) in CN_SMALL else int(duration.group(2))
        issued = max(d.value for d in dates if d.precision == "day") if any(d.precision == "day" for d in dates) \
            else None
        if issued is not None:
            day = min(issued.day, 28) if (issued.month, issued.day) == (2, 29) else issued.day
            attrs["valid_until"] = issued.replace(year=issued.year + years, day=day).isoformat()
    return attrs


# "关于2022年省级专精特新小巨人企业拟认定名单的公示": a list proposed for comment, not yet the designation
PROPOSED = re.compile(r"拟(认定|入选|列入|命名|授予|推荐).{0,30}公示|公示.{0,12}拟(认定|入选|列入|命名)|(认定|入选).{0,6}名单.{0,4}[(（]?公示")


def designation_facts(ctx: ExtractContext) -> list[Fact]:
    """Each designation the document names, at the unit where it is named; a name broken over two
    units (a wrapped title) is found in the joined text and cited at the unit where it starts. A list
    put up for public comment (拟认定名单的公示) marks its designations `proposed`."""
    joined, starts = "", []
    for unit in ctx.units:
        starts.append(len(joined))
        joined += unit.text
    facts = []
    other_kinds = lexicon().other_kinds
    others = [m.span() for key, pattern in designation_patterns() if key in other_kinds for m in pattern.finditer(joined)]
    for key, pattern in designation_patterns():
        match = next((m for m in pattern.finditer(joined) if key in other_kinds or not _inside(m.span(), others)), None)
        if match is None:
            continue
        index = bisect_right(starts, match.start()) - 1
        unit = ctx.units[index]
        attrs = _attrs_of(ctx, index, joined[_clause_start(joined, match.start()):match.end()])
        if PROPOSED.search("".join(u.text for u in ctx.units[:TITLE_UNITS])):
            attrs["proposed"] = "1"
        if key in other_kinds:  # what the paper names, for "所持为江苏省专精特新中小企业，非…"
            attrs.update(instead_of=other_kinds[key][0], instead_of_name=other_kinds[key][1],
                         held=_as_named(joined, match))
        facts.append(Fact(name="designation", value=key, unit="text", confidence=0.9, attrs=attrs,
                          provenance=unit.provenance.model_copy(update={"extractor": EXTRACTOR})))
    return facts


def _inside(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """A required designation's words within another kind's ("专精特新小巨人培育企业" holds 专精特新小巨人)."""
    return any(start < span[1] and span[0] < end for start, end in others)


def _as_named(text: str, match: re.Match[str]) -> str:
    """The designation as the paper names it, with the region or level written just before it."""
    region = re.search(r"(江苏省|国家级|省级|市级)$", text[max(0, match.start() - 4):match.start()])
    return (region.group(1) if region else "") + match.group(0)


TITLE_UNITS, CLOSING_UNITS = 3, 2  # the closing lines: issuer and date
_CLAUSE_BREAK = re.compile(r"[。；;\n]")


def _clause_start(text: str, position: int) -> int:
    breaks = list(_CLAUSE_BREAK.finditer(text, max(0, position - 40), position))
    return breaks[-1].end() if breaks else max(0, position - 40)


def _attrs_of(ctx: ExtractContext, index: int, clause: str) -> dict[str, str]:
    """A designation's level, year, grade and validity from where it is stated: its own clause, the
    title block and the closing lines (issuer, date), never a rule the body cites ("2019年修订")."""
    units = ctx.units
    window = [*units[:TITLE_UNITS], units[index], *units[-CLOSING_UNITS:]]
    attrs = _attrs("\n".join(u.text for u in window))
    own_year = YEAR.findall(clause)
    if own_year:
        attrs["year"] = own_year[-1]
    return attrs
