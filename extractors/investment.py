"""Investment amounts and the audit breakdown: total net of 土建 and 铺底流动资金, software share."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from decimal import Decimal

from extractors.amount import same_amount
from extractors.breakdown import (
    bracketed_parts,
    form_row_parts,
    listed_sums,
    names_whole_software,
    prose_breakdowns,
    stated_deductions,
)
from extractors.cash import cash_parts
from extractors.context import ExtractContext
from extractors.date import as_of_date
from extractors.figures import TOTAL_NOUN, reading_facts
from extractors.lexicon import PARTNER_WORDS, label_of, lexicon
from extractors.model import Column, Fact, table_column, table_row
from extractors.notes import note_deductions
from extractors.partners import partners_apart
from extractors.rounds import EARLIER_ROUND, last_round
from extractors.years import EARLIER, consecutive_periods, latest_year, row_totals
from ingest.xlsx_reader import MEDIA_TYPE as WORKBOOK_MEDIA_TYPE

INVESTMENT_FIGURES = frozenset({
    "total_investment", "total_incl_tax", "software_investment", "equipment_investment", "other_investment",
    "construction_cost", "working_capital", "invested_by_cutoff", "hw_sw_investment", "tax_amount",
    "planned_investment", "loan_interest", "gross_investment", "invested_to_date", "overhead_cost", "unrelated_staff_cost", "line_item",
    "combined_total", "carried_subtotal",
})
COMPONENTS = ("equipment_investment", "software_investment", "other_investment", "hw_sw_investment", "line_item")
EXCLUDED = ("construction_cost", "working_capital", "overhead_cost", "unrelated_staff_cost")
# what a total of one figure leaves out: R&D counts the depreciation of its instruments (the guide's 折旧费)
EXCLUDED_FROM = {"rd_investment": ("construction_cost", "working_capital", "unrelated_staff_cost")}
TOTALS = frozenset({"total_investment", "planned_investment", "invested_to_date", "invested_by_cutoff"})
TITLE_UNITS = 2
JOINT = re.compile(rf"(与|和|及).{{0,12}}({PARTNER_WORDS}).{{0,6}}(共同|联合|分别)(承担|投入|出资)")
TITLE_FIGURES = frozenset({"rd_investment", "investment_budget", "software_related_investment"})
TOTAL_ROW = re.compile(r"^.{0,4}?(合\s*计|总\s*计|小\s*计|总额)")  # 合计, 计入合计, 本期合计


def stated_amounts(ctx: ExtractContext, base: float, extractor: str,
                   allowed: frozenset[str] = INVESTMENT_FIGURES) -> list[Fact]:
    """Every amount the document names, with a total's listed parts summed or taken off it (a table
    column with its 合计, a sentence with 其中) wherever the document lists them."""
    wanted = allowed | INVESTMENT_FIGURES
    stated: list[Fact] = []
    for unit, readings in ctx.amount_readings:
        stated.extend(reading_facts(unit, readings, wanted, base, extractor))
    stated = _without_subtotal_rows(_net_of_tax(_dedupe(partners_apart(stated))))
    derived, replaced = breakdown_facts(stated, extractor, _title_figure(ctx, allowed))
    in_prose, replaced_in_prose = prose_breakdowns(ctx.units_with_entities(), stated, extractor)
    summed, replaced_by_sums = listed_sums(stated)
    in_rows, replaced_in_rows = form_row_parts(stated, extractor)
    summed, replaced_by_sums = summed + in_rows, replaced_by_sums + replaced_in_rows
    netted, replaced_by_deductions = stated_deductions(ctx.units_with_entities(), stated)
    in_prose = in_prose + summed + netted
    replaced_in_prose = replaced_in_prose + replaced_by_sums + replaced_by_deductions + \
        bracketed_parts(ctx.units_with_entities(), stated)
    gross = {d.attrs["gross"] for d in derived + in_prose if "gross" in d.attrs}
    gone = {id(f) for f in replaced + replaced_in_prose}
    # a gross total repeated in the text is the same gross figure, not a second candidate
    gone |= {id(f) for f in stated if f.name == "total_investment" and str(f.value) in gross}
    kept = last_round(latest_year(consecutive_periods(row_totals(
        _without_rounded([f for f in stated if id(f) not in gone] + derived + in_prose)))))
    kept = kept if ctx.document.kind == "audit_report" else invested_so_far(ctx, kept)
    kept = cash_parts(_year_sheets_summed(ctx, _titled_totals(ctx, kept, allowed)))
    netted, replaced_by_notes = note_deductions(ctx.units_with_entities(), kept, extractor)
    kept = [f for f in kept if not any(f is r for r in replaced_by_notes)] + netted
    # a note naming the figure it keeps an amount out of ("不计入项目总投入") speaks of that figure on any paper
    return [f for f in kept if (f.name in allowed or f.name in (EARLIER, EARLIER_ROUND) or f.attrs.get("note_named"))
            and f.name != "carried_subtotal"]


ROUNDED = re.compile(r"(约|约合|约为|约计|大约|近)\s*$")
ROUNDING = Decimal("0.02")


def _without_rounded(facts: list[Fact]) -> list[Fact]:
    """"…45,823,600.00元计入项目总投入，约合0.46亿元": the rounded restatement of an exact amount beside it is
    not a second reading of the figure."""
    def restates(rounded: Fact, exact: Fact) -> bool:
        same_figure = rounded.name in (exact.name, exact.attrs.get("stated_as")) or \
            exact.name == rounded.attrs.get("stated_as")
        return exact is not rounded and same_figure and \
            (exact.provenance.page, exact.provenance.locator) == (rounded.provenance.page, rounded.provenance.locator) \
            and not ROUNDED.search(exact.attrs.get("context", "")) \
            and abs(exact.value - rounded.value) <= abs(exact.value) * ROUNDING  # type: ignore[operator]
    return [f for f in facts if not (ROUNDED.search(f.attrs.get("context", "")) and any(restates(f, e) for e in facts))]


def _title_figure(ctx: ExtractContext, allowed: frozenset[str], page: int | None = None) -> str | None:
    """The figure a paper's title names ("攻关项目新增研发投入预算"), where its table's 合计 totals it; with
    `page`, the title of that page alone."""
    units = ctx.units if page is None else [u for u in ctx.units if u.provenance.page == page]
    titles = [u.text for u in units[:TITLE_UNITS] if not u.in_table]
    titled = next((name for t in titles if (name := label_of(t, lexicon().amounts)) in TITLE_FIGURES), None)
    return titled if titled in allowed else None


def _titled_totals(ctx: ExtractContext, facts: list[Fact], allowed: frozenset[str]) -> list[Fact]:
    """A paper titled by one figure ("攻关项目新增研发投入预算") totals that figure in its table's 合计 row. Each
    sheet of a workbook is a paper with its own title (按资金来源 on one, 新增研发投入明细 on the next)."""
    workbook = ctx.document.media_type == WORKBOOK_MEDIA_TYPE
    if workbook:
        titles = {page.number: _title_figure(ctx, allowed, page.number) for page in ctx.document.pages}
    else:
        titles = dict.fromkeys((f.provenance.page for f in facts), _title_figure(ctx, allowed))
    if not any(titles.values()):
        return facts
    facts = [f.model_copy(update={"name": titles[f.provenance.page], "attrs": {**f.attrs, "titled": "1"}})
             if titles.get(f.provenance.page) and f.name == "total_investment" and table_column(f)
             and TOTAL_ROW.match(f.attrs.get("row", "")) else f
             for f in facts]
    titled = next(name for name in titles.values() if name)
    own = [f for f in facts if f.attrs.get("titled")]
    joint = [f for f in facts if f.name == titled and not table_column(f) and JOINT.search(f.provenance.text)]
    if len(own) != 1 or not joint:
        return facts
    # "总计4,100万元，由申报单位与合作单位共同承担" beside the applicant's own column: that total is the gross
    gross = max(joint, key=lambda f: f.value)  # type: ignore[arg-type, return-value]
    net = own[0].model_copy(update={"attrs": {**own[0].attrs, "gross": str(gross.value)}})
    return [net if f is own[0] else f for f in facts if not any(f is j for j in joint)]


SHEET_YEAR = re.compile(r"(20\d{2})\s*年度?")


def _year_sheets_summed(ctx: ExtractContext, facts: list[Fact]) -> list[Fact]:
    """A workbook keeping a budget one sheet per year (2023年度…预算 | 2024年度…预算), each with its 合计: the
    figure is their sum; each sheet's rows, its 合计 included, are parts of it."""
    if ctx.document.media_type != WORKBOOK_MEDIA_TYPE:
        return facts
    years: dict[int | None, str] = {}
    for page in ctx.document.pages:
        title = next((u.text for u in ctx.units if u.provenance.page == page.number and not u.in_table), "")
        if match := SHEET_YEAR.search(title):
            years[page.number] = match.group(1)
    out = list(facts)
    for name in TITLE_FIGURES | {"total_investment"}:
        totals = [f for f in facts if f.name == name and table_column(f) and TOTAL_ROW.match(f.attrs.get("row", ""))
                  and f.provenance.page in years]
        sheets = [f.provenance.page for f in totals]
        if len(totals) < 2 or len(set(sheets)) != len(sheets) or len({years[page] for page in sheets}) != len(sheets):
            continue
        total = sum((f.value for f in totals), Decimal(0))  # type: ignore[misc]
        out = [f.model_copy(update={"name": "line_item"}) if f.name == name and f.provenance.page in sheets else f
               for f in out]
        out.append(totals[0].model_copy(update={
            "value": total, "attrs": {**totals[0].attrs, "derived": "+".join(str(f.value) for f in totals)},
            "provenance": totals[0].provenance.model_copy(update={
                "text": "；".join(f"{years[f.provenance.page]}年度 {f.provenance.text}" for f in totals)})}))
    return out


TAX_RATE_CEILING = Decimal("1.17")  # the highest VAT rate (13%) with room for rounding


SUBTOTAL_ROW = re.compile(r"^.{0,6}小\s*计")
GRAND_TOTAL = re.compile(r"合\s*计|总\s*计|总投入|总投资")


def _without_subtotal_rows(facts: list[Fact]) -> list[Fact]:
    """A 小计 beside a different 合计 or 总投入 in the same paper (附表一 设备购置 小计, 附表二 项目总投入合计)
    adds up one part: it is not the project's total."""
    totals = [f for f in facts if f.name == "total_investment"]
    grand = [f for f in totals if not SUBTOTAL_ROW.match(f.attrs.get("row", "")) and
             (GRAND_TOTAL.search(f.attrs.get("row", "")) or not _in_cell(f))]
    return [f for f in facts if not (f.name == "total_investment" and SUBTOTAL_ROW.match(f.attrs.get("row", "")) and
                                     grand and not any(same_amount(f.value, g.value) for g in grand))]  # type: ignore[arg-type]


def _net_of_tax(facts: list[Fact]) -> list[Fact]:
    """A 合计 row with a 含税 and a 不含税 total: the 不含税 total is the project's, and the 含税 one is its
    gross, wherever else it is repeated without saying so (申报表 "总投资2,223.80万元")."""
    totals = [f for f in facts if f.name in ("total_investment", "total_incl_tax") and table_row(f)
              and TOTAL_ROW.match(f.attrs.get("row", ""))]
    in_totals = {id(f) for f in totals}
    out = []
    for fact in facts:
        if fact.name == "total_investment" and fact.attrs.get("tax") == "excl" and id(fact) in in_totals:
            gross = [g for g in totals if g is not fact and table_row(g) == table_row(fact) and g.attrs.get("tax") == "incl"
                     and fact.value < g.value <= fact.value * TAX_RATE_CEILING]  # type: ignore[operator]
            if gross:
                fact = fact.model_copy(update={"attrs": {**fact.attrs, "gross": str(gross[0].value), "gross_of": "tax"}})
        out.append(fact)
    return out


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """The same figure and value read from a table line and its cell is one fact: keep the cell. Two cells
    holding the same amount (two equal interest settlements) are two facts."""
    cells = {(f.name, f.value, f.provenance.page) for f in facts if _in_cell(f)}
    best: dict[tuple[object, ...], Fact] = {}
    for fact in facts:
        key = (fact.name, fact.value, fact.provenance.page)  # type: ignore[assignment]
        if not _in_cell(fact) and key in cells:
            continue
        # a total written twice down one column (小计, then 项目总投入（不含土建）) is one total
        where = (table_column(fact) if fact.name in TOTALS else fact.provenance.locator) if _in_cell(fact) else None
        cell_key = (*key, where)
        kept = best.get(cell_key)
        if kept is None or fact.confidence > kept.confidence:
            best[cell_key] = fact
    return list(best.values())


def _in_cell(fact: Fact) -> bool:
    return (fact.provenance.locator or "").startswith("t")


def _table_columns(facts: list[Fact]) -> dict[Column, list[Fact]]:
    columns: dict[Column, list[Fact]] = defaultdict(list)
    for fact in facts:
        column = table_column(fact)
        if column is not None:
            columns[column].append(fact)
    return columns


def breakdown_facts(facts: list[Fact], extractor: str, titled: str | None = None) -> tuple[list[Fact], list[Fact]]:
    """From each breakdown table column: the software sum and the total net of excluded items (`titled`: the
    figure the paper's title says its 合计 totals). Returns the derived facts and the stated facts they replace."""
    derived: list[Fact] = []
    replaced: list[Fact] = []
    carried = any(f.name == "carried_subtotal" for f in facts)
    for column in _table_columns(facts).values():
        new, old = _column_derivations(column, extractor, carried, titled)
        derived.extend(new)
        replaced.extend(old)
    return derived, replaced


def _sum(column: list[Fact], name: str) -> Decimal:
    return sum((f.value for f in column if f.name == name), Decimal(0))  # type: ignore[misc]


def _column_derivations(column: list[Fact], extractor: str, carried: bool = False,
                        titled: str | None = None) -> tuple[list[Fact], list[Fact]]:
    out: list[Fact] = []
    replaced: list[Fact] = []
    software_rows = [f for f in column if f.name == "software_investment"]
    if carried:
        # a table carried over a page break (本页小计（转下页）/ 承上页): each page's rows are parts of a sum
        # the other page completes, never the figure themselves
        return [f.model_copy(update={"name": "line_item"}) for f in software_rows], software_rows
    # "其中：软件、系统集成、公私有云等投入 | 2+3+4 | 356.20": a row stating the sum of the others restates them
    stated_sum = [f for f in software_rows if len(software_rows) > 2 and same_amount(
        f.value, sum((g.value for g in software_rows if g is not f), Decimal(0)))]  # type: ignore[arg-type, misc]
    software_rows = [f for f in software_rows if not stated_sum or f is not stated_sum[0]]
    whole = [f for f in software_rows if names_whole_software(f.attrs.get("row", ""))]
    if whole and len(software_rows) > 1:  # the row naming the figure is it; the others are other categories
        others = [f for f in software_rows if f is not whole[0]]
        out.extend(f.model_copy(update={"name": "line_item"}) for f in others)
        replaced.extend(others)
    elif len(software_rows) > 1:
        first = software_rows[0]
        total = sum((f.value for f in software_rows), Decimal(0))  # type: ignore[misc]
        out.append(first.model_copy(update={
            "value": total, "attrs": {**first.attrs, "derived": "+".join(str(f.value) for f in software_rows)},
            "provenance": first.provenance.model_copy(update={
                "text": "；".join(f.attrs.get("row", "") + " " + str(f.value) for f in software_rows),
                "extractor": extractor})}))
        replaced.extend(software_rows)
    # a column of items under a header adds up to its total; a label/value form's column does not
    # (研发投入 leaves 土建 out as the project's investment does: the guide's 资本化支出 are equipment and intangibles)
    totals = [f for f in column if f.name in NETTED and (f.attrs.get("column") or TOTAL_ROW.match(f.attrs.get("row", "")))]
    if not totals:
        return out, replaced
    total = totals[-1]
    # a 合计 adds up the rows above it: a 土建 row below it is outside it ("不计入" beside a row says what the
    # guide's figure leaves out, not whether this 合计 holds it: 项目总支出 may)
    meant = titled if titled and total.name == "total_investment" and TOTAL_ROW.match(total.attrs.get("row", "")) \
        else total.name
    left_out = EXCLUDED_FROM.get(meant, EXCLUDED)
    inside = [f for f in column if f.name in left_out and (table_row(f) or ()) < (table_row(total) or ())]
    excluded = sum((f.value for f in inside), Decimal(0))  # type: ignore[misc]
    if not excluded:
        return out, replaced
    # The 合计 row adds up the rows above it, so a 土建 row listed there is inside it whatever else the
    # column holds; rows that do not add up to it leave the net figure for a person to confirm.
    counted = COMPONENTS + tuple(name for name in EXCLUDED if name not in left_out)  # rows this total keeps
    reconciled = same_amount(total.value,  # type: ignore[arg-type]
                             sum((_sum(column, name) for name in counted), Decimal(0)) + excluded) or \
        _inside_their_rows(inside, column, counted, total)
    net = total.value - excluded  # type: ignore[operator]
    named = "、".join(_row_name(f, column) for f in inside) or "土建/铺底流动资金"
    unrelated = "（与项目无关人员费用）" if any(f.name == "unrelated_staff_cost" for f in inside) else ""
    note = f"合计 {total.value:.2f} 万元含{named} {excluded:.2f} 万元{unrelated}，已扣除"
    if not reconciled:
        note += "；明细行与合计不符，须人工核对"
    out.append(total.model_copy(update={
        "value": net, "confidence": total.confidence if reconciled else min(total.confidence, 0.6),
        "attrs": {**total.attrs, "derived": "net_of_excluded", "gross": str(total.value), "excluded": str(excluded),
                  **({} if reconciled else {"unreconciled": "1"})},
        "provenance": total.provenance.model_copy(update={"text": f"{total.provenance.text}（{note}）",
                                                           "extractor": extractor})}))
    if total.name == "total_investment":
        out.append(total.model_copy(update={"name": "gross_investment"}))
    replaced.append(total)
    return out, replaced


SUB_ROW = re.compile(r"^\s*其中")
NUMBERED_ROW = re.compile(r"^\s*([一二三四五六七八九十]+|\d+)\s*[、.．)）]")


def _sub_rows(column: list[Fact]) -> list[Fact]:
    """Rows that detail the row above them: "其中：办公用房装修改造", and the unnumbered rows after one
    ("其中：固定资产折旧" then "业务招待费") until the next numbered row."""
    rows, under = [], False
    for fact in sorted(column, key=lambda f: table_row(f) or ()):
        label = fact.attrs.get("row", "")
        under = bool(SUB_ROW.match(label)) or (under and not NUMBERED_ROW.match(label) and not TOTAL_ROW.match(label))
        if under:
            rows.append(fact)
    return rows


def _inside_their_rows(inside: list[Fact], column: list[Fact], counted: tuple[str, ...], total: Fact) -> bool:
    """The excluded items are "其中" rows of the rows the 合计 adds up (装修改造 under 日常运营管理建设投入):
    the other rows alone make the 合计, and it holds the items through them."""
    parts = _sub_rows(column)
    if not inside or not all(any(f is p for p in parts) for f in inside):
        return False
    rows = [f for f in column if f.name in counted and not any(f is p for p in parts)
            and (table_row(f) or ()) < (table_row(total) or ())]
    return same_amount(total.value, sum((f.value for f in rows), Decimal(0)))  # type: ignore[arg-type, misc]


def _row_name(fact: Fact, column: list[Fact]) -> str:
    """What a row is: its first cell, unless that names a group of rows (一、费用化支出); then its own label."""
    row = fact.attrs.get("row", "")
    if sum(f.attrs.get("row") == row for f in column) < 2:
        return row
    own = fact.attrs.get("context", "").replace(fact.attrs.get("column", ""), "").strip()
    return own or row


NETTED = ("total_investment", "rd_investment")
SCOPE_UNITS = 20  # the title and the opening paragraphs say what period an audit covers
UNDER_WAY = re.compile(r"阶段性|建设期内|处于建设期|在建|尚未(完工|竣工|建成|完成)|未完工|正在(实施|建设)|实施中|建设中|"
                       r"(计划|预计)于?.{0,14}(建成|完工|竣工|完成)")


def _opening(ctx: ExtractContext) -> list[str]:
    return [unit.text for unit in ctx.units[:SCOPE_UNITS] if not unit.in_table]


def _renamed(fact: Fact, name: str, as_of: date | None = None) -> Fact:
    attrs = {**fact.attrs, "scope": "under_way"} | ({"as_of": as_of.isoformat()} if as_of else {})
    return fact.model_copy(update={"name": name, "attrs": attrs})


def invested_so_far(ctx: ExtractContext, facts: list[Fact], audit: bool = False) -> list[Fact]:
    """A project still under way (its papers say so, or state a planned total) has invested, by some date,
    part of its total: a total stated 截至 a date is what was invested by then, not the total. An audit
    states the date it runs to ("截至2022年6月30日的投入情况"): its totals are what was invested by then —
    the project's total too, unless the project was still being built; the checklists know which, and
    whether that date is the guide's cutoff."""
    opening = "".join(_opening(ctx))
    under_way = bool(UNDER_WAY.search(opening))
    planned = any(f.name == "planned_investment" for f in facts)
    audited_to = _audited_to(ctx) if audit else None
    out = []
    for fact in facts:
        if fact.name == "invested_to_date" and fact.attrs.get("stated_as") == "total_investment" and (
                under_way or planned):
            fact = _renamed(fact, "invested_to_date")
        elif fact.name == "total_investment" and audit and not TOTAL_NOUN.search(fact.attrs.get("context", "")):
            # the project's 总投入 named as such stays the total
            if under_way:
                fact = _renamed(fact, "invested_to_date", audited_to)
            elif audited_to:
                fact = fact.model_copy(update={"name": "invested_to_date", "attrs": {
                    **fact.attrs, "as_of": audited_to.isoformat(), "stated_as": "total_investment"}})
        out.append(fact)
    return out


AUDITED_TO = re.compile(r"(截至|截止)(到)?\s*\d{4}[^，。；]{2,12}?(日|月底|月末|月)(止)?[^。；]{0,12}?(投入|投资|支出|建设)")


AUDIT_SCOPE = re.compile(r"审计|报告")  # the title or the sentence saying what was audited, not a 其中 in the body


def _audited_to(ctx: ExtractContext) -> date | None:
    sentences = re.split(r"[。；;]", "".join(_opening(ctx)))
    scope = AUDITED_TO.search("。".join(s for s in sentences if AUDIT_SCOPE.search(s)))
    return as_of_date(scope.group(0)) if scope else None


def investment_facts(ctx: ExtractContext, base: float, extractor: str) -> list[Fact]:
    return invested_so_far(ctx, stated_amounts(ctx, base, extractor), audit=True)
