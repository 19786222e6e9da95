"""Generic figure extraction: amounts, dates and counts named by their context words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache

from extractors.amount import Money
from extractors.date import DateMention, as_of_date
from extractors.lexicon import PARTNER_WORDS, Label, label_of, lexicon, tax_basis
from extractors.model import Fact
from extractors.nlp import Entity
from extractors.normalize import small_from_chinese
from extractors.party import find_orgs
from extractors.units import Unit

CLAUSE_END = re.compile(r"[,;。;\n]")
SENTENCE_END = re.compile(r"[。;；\n]")
# Columns that hold no amount of the applicant's record: differences, shares, a partner's own money.
SKIP_COLUMN = re.compile(r"汇率|差异|差额|[核审调]减|[核审调]增|调整|增减|比例|占比|%|学院|科学院|^序号$|^编号$|" + PARTNER_WORDS)
PREFERRED_COLUMN = re.compile(r"审定|审计|核定|实际|确认|完成")
WEAK_COLUMN = re.compile(r"申报(?!单位|主体|企业|人)|计划|预算|合同|预计|拟")
# the claim an audit went through before it corrected it (报审金额 | 报送数 | 审定金额): never the audited figure
CLAIMED_COLUMN = re.compile(r"报审|送审|报送(?!单位)|审计前|审前")
# what was paid to a supplier, or agreed in a contract, is the 价税合计 unless the column says otherwise
GROSS_OF_TAX_COLUMN = re.compile(r"^(已|累计|实际)?付(款|金额)|已支付|累计支付|实付|^合同(金额|价款|总价|价|额)")
PLAN_COLUMN = re.compile(r"计划|预算|预计|拟")
PLAIN_COLUMN = 0.92  # the trust in a column whose header neither confirms (审定) nor weakens (预算) its amounts
PLANNED_FIGURES = frozenset({"investment_budget", "planned_investment"})
TRAILING_TAX = re.compile(r"^\s*\((不含税|含税|不含增值税|含增值税)\)")
CUTOFF_QUALIFIED = frozenset({"total_investment", "planned_investment"})  # a total, not the parts listed after it


def _tail(text: str, start: int, floor: int, breaks: re.Pattern[str]) -> str:
    """The text since the last break before `start`; a break inside brackets ("(不含税,不含土建)") is
    part of what the brackets qualify, not the end of a clause."""
    window = text[floor:start]
    depth, last = 0, 0
    for index, char in enumerate(window):
        if char in "(（":
            depth += 1
        elif char in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and breaks.match(char):
            last = index + 1
    return window[last:]


def _sentence(text: str, start: int, floor: int) -> str:
    return _tail(text, start, floor, SENTENCE_END)


# Firms' names say what they trade in (管理咨询有限公司), which must not name a figure; a public body's
# name is kept, since "与市工信局联合开展" says what an event is.
FIRM = re.compile(r"(公司|事务所|商行|经营部|合伙\))$")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + "某" * (end - start) + text[end:]
    return text


def masked(text: str, found: list[Entity]) -> str:
    """The text with firms' names blanked (same length, so positions hold)."""
    return _blank(text, [(e.start, e.end) for e in found if e.label == "ORG" and FIRM.search(str(e.value))])


@lru_cache(maxsize=4096)
def masked_label(label: str) -> str:
    return _blank(label, [(start, end) for name, start, end in find_orgs(label) if FIRM.search(name)])


def before(text: str, start: int, floor: int) -> str:
    """The clause before a mention: back to the previous mention or clause break."""
    return _tail(text, start, floor, CLAUSE_END)


def after(text: str, end: int, ceiling: int, breaks: re.Pattern[str] = SENTENCE_END) -> str:
    window = text[end:ceiling]
    stop = breaks.search(window)
    return window[: stop.start()] if stop else window


def column_weight(label: str) -> float | None:
    """How much a table column's header is trusted; None for columns that are not amounts of record."""
    if SKIP_COLUMN.search(label):
        return None
    if CLAIMED_COLUMN.search(label):
        return 0.8
    if PREFERRED_COLUMN.search(label):
        return 1.0
    return 0.8 if WEAK_COLUMN.search(label) else PLAIN_COLUMN


def _tax_by_custom(unit: Unit) -> str | None:
    return "incl_assumed" if unit.column and GROSS_OF_TAX_COLUMN.search(unit.column) else None


def _weight(unit: Unit) -> float | None:
    """Trust in a table cell by its column header; label/value tables and prose are fully trusted."""
    return column_weight(unit.column) if unit.column else 1.0


# "…已投入X元，占项目总投入4,200万元的26.35%": the amount named 总投入 is the total, whatever its sentence says
AS_OF_DATE = re.compile(r"(截至|截止|截止到)\s*$")
CONVERTED = re.compile(r"(折合|折算|约合|折)(为|成)?(人民币)?\s*$")
TOTAL_NAMED = re.compile(r"总投入|总投资|投资总额|投入总额")
# "项目总投入（不含税）为3,180.00万元": a qualifier in brackets between the noun and its amount
TOTAL_NOUN = re.compile(r"(总投入|总投资|投资总额|投入总额)\s*(\([^()]{1,30}\))?\s*(为|是|:)?$|占.{0,10}(总投入|总投资)")
def _stated_as(figure: str | None, as_of: date | None, context: str, sentence: str) -> str | None:
    """A total stated 截至 a date is what was invested by then; the checklists know whether that date is
    the guide's cutoff (invested_by_cutoff) or the total it was read as (stated_as) still stands. Beside
    the project's 总投入 in its sentence ("…已投入X，占项目总投入Y的26%") it is a part, never the total."""
    if as_of is None or TOTAL_NOUN.search(context):
        return None
    if figure == "invested_to_date" or figure in CUTOFF_QUALIFIED:
        return "" if TOTAL_NAMED.search(sentence) else (figure if figure in CUTOFF_QUALIFIED else "total_investment")
    return None


def _whole_sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], the amount itself blanked."""
    head = max(text.rfind(mark, 0, start) for mark in "。；;\n") + 1
    tails = [i for i in (text.find(mark, end) for mark in "。；;\n") if i >= 0]
    return text[head:start] + text[end:min(tails, default=len(text))]


def _amount_figure(unit: Unit, context: str, words_before: str) -> str | None:
    """What an amount is: in a table, its row says first; a column header (审定金额, 合计（万元）) names
    what the column holds, so it may say what a row is but never make an item row a total."""
    if not unit.column:
        return label_of(context, lexicon().amounts)
    if label_of(unit.column, lexicon().amounts) == "tax_amount":
        return "tax_amount"  # a 税额 column holds each row's tax, whatever the row is
    row_context = f"{masked_label(unit.label.replace(unit.column, ''))} {words_before}".strip()
    by_row = label_of(row_context, lexicon().amounts)
    by_both = label_of(context, lexicon().amounts)
    if by_row is None and by_both in (None, "amount_excl_tax", "total_investment") and unit.row_label:
        # the cell to the left is a description ("MES、QMS、WMS") and the column names nothing: the row's
        # first words name the amount ("工业软件")
        by_row = label_of(masked_label(unit.row_label), lexicon().amounts)
    if by_row == "total_investment":  # a 合计 row totals whatever its column holds (实际出资额, 其中现金 …)
        if by_both in (None, "total_investment") and PLAN_COLUMN.search(unit.column):
            return "planned_investment"  # the 合计 of a 预算 / 计划 column is the planned total
        return by_both
    if by_row is not None:
        return by_row
    # an item row the lexicon does not name still adds to its column's 合计
    return "line_item" if by_both in (None, "total_investment", "amount_excl_tax") else by_both


MEASURED = re.compile(r"\s*(套|台|项|个|件|只|辆|人次|人(?!民)|家|次|条|场|款|份|名|座|平方米|吨|千瓦)")
ROW_FORMULA = re.compile(r"^\s*\d{1,2}(\s*[+＋]\s*\d{1,2})+\s*$")  # "2+3+4": the rows a 其中 adds, not money
QUANTITY_COLUMN = re.compile(r"数量|台数|套数|件数|个数|台\(套\)|台套")


# an audit's adjustment: "审减1,286,000元", "私有云续费70,000元发生于完工之后，予以审减" is taken off a claim, not a figure
DEDUCTED_BEFORE = re.compile(r"[审核调]减|不予(计入|认定|确认)")
DEDUCTED_AFTER = re.compile(r"^[^，,。；;]*(?:[审核调]减|不予(?:计入|认定|确认))|^[^，,。；;]*[，,]\s*(予以|已|均|全额|全部)?"
                            r"(?:[审核调]减|剔除|扣除|不予(?:计入|认定|确认))(?!后)")


# "私有云平台中12.35万元为完工后的续费，不计入": a part the document names as not counted is no reading of the figure
# it is part of; an excluded kind (土建 1,450万元…不计入项目总投入, 进项税) is kept, marked, for the total to be netted of it
# the words open a clause of their own: "…合作单位自筹投入不计入" says it of another amount
NOT_COUNTED_AFTER = re.compile(r"^(?:[^。；;]*?[，,(（、])?\s*(?:均|全部|全额|予以|亦|也)?\s*"
                               r"(?:不计入|未计入|不予计入|不属于[^，,。；;]{0,30}范围)")
NAMED_EXCLUSIONS = frozenset({"construction_cost", "working_capital", "overhead_cost", "tax_amount"})


# "贵公司申报项目投入313.20万元，经审计审减24.80万元，审定…288.40万元": the claim an audit corrects in the same
# sentence is not a reading of the figure; the 审定 amount is
CLAIMED_BEFORE = re.compile(r"申报(?!单位|主体|企业|人|表|书)[^，,。；;]*$")
AUDITED_LATER = re.compile(r"^[^。；;]*?(审定|核定|经审计.{0,4}(审减|核减|调整|调减|调增|审增|确认))")


AmountReading = tuple[str, Entity, float, dict[str, str]]  # figure, the MONEY entity, column weight, attrs


def amount_readings(unit: Unit, found: list[Entity], document_tax: str | None) -> list[AmountReading]:
    """Every amount of the unit with the figure it names, whatever figures a caller keeps: what
    `amount_facts` gives before it filters by figure and dresses each as a Fact (a document's extractors
    that ask for different figures share one reading, `ExtractContext.amount_readings`)."""
    weight = _weight(unit)
    if weight is None:
        return []
    readings: list[AmountReading] = []
    floor = 0
    text, label = masked(unit.text, found), masked_label(unit.label)
    money_starts = [e.start for e in found if e.label == "MONEY"]
    for entity in found:
        if entity.label != "MONEY":
            continue
        money: Money = entity.value  # type: ignore[assignment]
        if MEASURED.match(unit.text[entity.end:]) or QUANTITY_COLUMN.search(unit.column) or ROW_FORMULA.match(unit.text):
            continue  # "3套", a 数量 column: a quantity, not money
        words = before(text, entity.start, floor)
        following = text[entity.end:min((s for s in money_starts if s > entity.start), default=len(text))]
        if DEDUCTED_BEFORE.search(words) or DEDUCTED_AFTER.search(following) or \
                (CLAIMED_BEFORE.search(words) and AUDITED_LATER.search(text[entity.end:])):
            floor = entity.end
            continue
        if CONVERTED.search(words):  # "…出资额为7,500,000.00欧元，全部为现金，折合人民币X元": the same amount restated
            words = _sentence(text, entity.start, floor)
        context = f"{label} {words}".strip()
        figure = _amount_figure(unit, context, words)
        as_of = as_of_date(label + _sentence(text, entity.start, 0))  # a 截至 holds to the end of its sentence
        stated_as = _stated_as(figure, as_of, context, _whole_sentence(text, entity.start, entity.end))
        if stated_as is not None:
            figure = "invested_to_date"  # "截至2022年6月30日，项目已完成投资 X": what is invested by then
        floor = entity.end
        if figure is None:
            continue
        not_counted = bool(NOT_COUNTED_AFTER.search(following))
        if not_counted and figure not in NAMED_EXCLUSIONS:
            continue
        attrs = {"context": context} | ({"not_counted": "1"} if not_counted else {})
        trailing = TRAILING_TAX.match(unit.text[entity.end:])
        tax = tax_basis(trailing.group(1) if trailing else context) or _tax_by_custom(unit) or document_tax
        if tax:
            attrs["tax"] = tax
        if money.capital:
            attrs["written"] = "capital"
        if unit.row_label:
            attrs["row"] = unit.row_label
        if unit.column:
            attrs["column"] = unit.column
        if as_of:
            attrs["as_of"] = as_of.isoformat()
        if stated_as:
            attrs["stated_as"] = stated_as
        if unit.period:
            attrs["period"] = unit.period
        if unit.row_date:
            attrs["row_date"] = unit.row_date
        readings.append((figure, entity, weight, attrs))
    return readings


def reading_facts(unit: Unit, readings: list[AmountReading], allowed: frozenset[str], base: float,
                  extractor: str) -> Iterable[Fact]:
    """The readings of figures in `allowed` as Facts of `extractor`, trusted `base` × the column's weight."""
    for figure, entity, weight, attrs in readings:
        if figure not in allowed:
            continue
        if figure in PLANNED_FIGURES and PLAN_COLUMN.search(attrs.get("column", "")):
            weight = max(weight, PLAIN_COLUMN)  # a budget's 预算金额 column is the very figure, not a weak reading
        money: Money = entity.value  # type: ignore[assignment]
        yield Fact(name=figure, value=money.figure, unit="万元", confidence=round(base * weight, 3),
                   provenance=_prov(unit, entity, extractor), attrs=dict(attrs))


def amount_facts(unit: Unit, found: list[Entity], allowed: frozenset[str], base: float, extractor: str,
                 document_tax: str | None) -> Iterable[Fact]:
    return reading_facts(unit, amount_readings(unit, found, document_tax), allowed, base, extractor)


def _prov(unit: Unit, entity: Entity, extractor: str):  # noqa: ANN202 - Provenance
    return unit.provenance.model_copy(update={"extractor": extractor})


# figures that close something: written to the month ("2023年12月", "2022.07-2024.12"), they mean its last day
MONTH_END_FIGURES = frozenset({"completion_date"})
EVENT_DAY = re.compile(r"(活动|举[办行]|会议|展会|大会)(时间|日期)|会期|展期")  # an event's one day (a fair's dates are a range)
PERIOD_END = "period_end"  # attrs["basis"] of a completion read only as the end of a stated period
FIELD = "field"  # attrs["basis"] of a date in the field its label names


def _date_fact(figure: str, mention: DateMention, unit: Unit, entity: Entity, base: float,
               extractor: str, basis: str | None = None) -> Fact:
    value = mention.last_day if figure in MONTH_END_FIGURES else mention.value
    return Fact(name=figure, value=value, unit="date", precision=mention.precision,
                confidence=round(base * (1.0 if mention.precision == "day" else 0.9), 3),
                provenance=_prov(unit, entity, extractor), attrs={"basis": basis} if basis else {})


def date_facts(unit: Unit, found: list[Entity], allowed: frozenset[str], base: float,
               extractor: str) -> Iterable[Fact]:
    dates = [e for e in found if e.label == "DATE"]
    labels: tuple[Label, ...] = lexicon().dates
    floor = 0
    for index, entity in enumerate(dates):
        mention: DateMention = entity.value  # type: ignore[assignment]
        ceiling = dates[index + 1].start if index + 1 < len(dates) else len(unit.text)
        head = f"{unit.label} {before(unit.text, entity.start, floor)}".strip()
        if AS_OF_DATE.search(head):  # "截至2023年2月16日累计完成投资…" dates an amount, not the project
            floor = entity.end
            continue
        # the words right after a date name it before the rest of its sentence does ("于5月20日完成全部建设内容，
        # 同意通过验收": the date is the completion, not the acceptance)
        figure = label_of(head, labels) or label_of(after(unit.text, entity.end, ceiling, CLAUSE_END), labels) \
            or label_of(after(unit.text, entity.end, ceiling), labels)
        basis = None
        if not figure and len(dates) == 1 and EVENT_DAY.search(head):  # "活动时间 2022年8月18日": held that day
            if "start_date" in allowed:
                yield _date_fact("start_date", mention, unit, entity, base, extractor)
            figure = "completion_date"
        elif not figure and lexicon().ranges.search(head) and index + 1 < len(dates):
            figure = "start_date"
        elif not figure and index > 0 and lexicon().ranges.search(unit.label + unit.text[:dates[0].start]):
            figure, basis = "completion_date", PERIOD_END
        if figure and unit.label and label_of(unit.label, labels) == figure:
            basis = FIELD  # "创建完成时间 | 2024年6月": the form's own field for it
        floor = entity.end
        if figure in allowed:
            yield _date_fact(figure, mention, unit, entity, base, extractor, basis)


@cache
def count_figures() -> frozenset[str]:
    """Every count the lexicon can name (devices_5g, scenario_count_5g ...)."""
    return frozenset(label.figure for label in lexicon().counts)


@cache
def ratio_figures() -> frozenset[str]:
    return frozenset(label.figure for label in lexicon().ratios) | {"acquired_share"}


# A count: digits (thousands separators allowed), a decimal part only with 亿/万 ("2.35亿"), then
# an optional measure word. Not a percentage, not part of a date.
_COUNT = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(亿|万)?\s*"
                    r"(人次|个|台|项|家|场|款|套|件|次|人|年|天|班|篇|份|名|期|座|条)?(?!\s*[%％.\d元万亿A-Za-z])")
_SCALE = {"亿": Decimal(10) ** 8, "万": Decimal(10) ** 4}
_LABEL_SCALE = re.compile(r"[(（](亿|万)[个次家件条人]?[)）]")
_DATE_NEXT = re.compile(r"^\s*[年月日号]")
AFTER_LABEL = 8  # characters after a number that may still name it ("覆盖5个设区市")


def _count_value(match: re.Match[str], label: str) -> int | None:
    whole, fraction, scale_word, measure = match.groups()
    number = Decimal(whole.replace(",", "") + (f".{fraction}" if fraction else ""))
    hinted = _LABEL_SCALE.search(label)
    scale = _SCALE.get(scale_word or (hinted.group(1) if hinted else ""), Decimal(1))
    value = number * scale
    if value != value.to_integral_value():
        return None  # 3.5 (天) is a duration, not a count
    if measure == "年" and value >= 1900:
        return None
    return int(value)


_AFTER_STOP = re.compile(r"[,;。;\n、]|\d(?![GgDd])")  # 5G, 3D are words, not the next number


def _right_after(text: str, end: int) -> str:
    """The words right after a count, up to the next clause, list item or number ("覆盖5个设区市")."""
    return _AFTER_STOP.split(text[end:end + AFTER_LABEL], maxsplit=1)[0]


def _not_a_date(text: str, match: re.Match[str]) -> bool:
    return not (match.group(4) is None and _DATE_NEXT.match(text[match.end():]))


_LEADING = re.compile(r"^\s*(?:不少于|不低于|不超过|大于|超过|约|共计|共|合计|累计|达到|达)\s*")
_TRAILING = re.compile(r"\s*(?:以上|余|多|左右)\s*(?=(?:人次|[个台项家场款套件次人年天班篇份名期座条])?\s*$)")


def _bare(text: str) -> str:
    """A count with its qualifiers taken off: 不少于60人 → 60人, 1100余 → 1100."""
    return _TRAILING.sub("", _LEADING.sub("", text))


def _count_context(text: str, start: int, floor: int) -> str:
    """The words naming a count: those after a colon when there are any ("安排：苏南地区5期" is not the
    number of classes), else the heading before the colon too ("培训总人数：不少于1000人")."""
    context = before(text, start, floor)
    _, colon, tail = context.rpartition(":")
    return tail if colon and re.search(r"[\u4e00-\u9fff]{2}", _bare(tail)) else context


_QUALIFIED = re.compile(r"^\s*(\d+)\s*[件项个家人台款场次]?\s*\((?:其中|含)?([^()\d]{0,16}?)(\d+)\s*[件项个家人台款场次]?\)\s*$")


def _part_named(text: str, figure: str | None, labels: tuple[Label, ...]) -> tuple[str, int] | None:
    """"12（其中与淮安市工信局联合开展2场）": the part a cell's note counts, when its words name another figure."""
    match = _QUALIFIED.match(text.replace("（", "(").replace("）", ")"))
    named = label_of(match.group(2), labels) if match else None
    return (named, int(match.group(3))) if match and named and named != figure else None


def _qualified_count(text: str, figure: str | None) -> int | None:
    """"17（其中原始取得14件）": the count the guide means, by the figure's `only` / `without` words."""
    match = _QUALIFIED.match(text.replace("（", "(").replace("）", ")"))
    entry = next((label for label in lexicon().counts if label.figure == figure), None)
    if match is None or entry is None:
        return None
    total, words, part = int(match.group(1)), match.group(2), int(match.group(3))
    if entry.only and entry.only.search(words):
        return part
    if entry.without and entry.without.search(words):
        return total - part
    return total


YUAN = re.compile(r"元|¥|人民币|RMB")
ITEM_TOTAL_ROW = re.compile(r"^.{0,4}?(合\s*计|总\s*计|小\s*计|总数|总人数)")


def _per_item(unit: Unit, labels: tuple[Label, ...]) -> bool:
    """A count down a table's column (学员人数 of 第1期, 第2期 …) is one item's, not the figure; the column's
    合计 row, or a row that names the figure itself, is."""
    left = unit.label.replace(unit.column, "").strip()
    return bool(unit.in_table and unit.column and unit.row_label and not ITEM_TOTAL_ROW.match(unit.row_label)
                and label_of(masked_label(left), labels) is None and label_of(masked_label(unit.row_label), labels) is None)


_CN_COUNT = re.compile(r"(?<![第之近前后每〇○零一二两三四五六七八九十百千])([二三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])"
                       r"(?=\s*(?:个|年|家|场|项|期|名|人|天|班|篇|份|座|款|套|件|次|台))")
_TRAILING_NOTE = re.compile(r"\s*[（(][^（）()]*[)）]\s*$")


def _arabic_counts(text: str) -> str:
    """"自本协议生效之日起五年" → "…5 年": small Chinese numerals before a measure word, same length."""
    def digits(match: re.Match[str]) -> str:
        value = small_from_chinese(match.group(1).replace("两", "二"))
        return str(value).ljust(len(match.group(1))) if value and len(str(value)) <= len(match.group(1)) else match.group(1)
    return _CN_COUNT.sub(digits, text)


def _heading_of_one(text: str, match: re.Match[str], floor: int, labels: tuple[Label, ...]) -> str | None:
    """"合作期限：自本协议生效之日起五年": the heading names the one count after its colon; a list after it
    ("班次安排：苏南地区5期、苏中地区4期") is not the heading's count."""
    head, colon, _ = before(text, match.start(), floor).rpartition(":")
    if not colon:
        return None
    sentence = text[match.start():].split("。")[0]
    return label_of(head, labels) if len(_COUNT.findall(sentence)) == 1 else None


def count_facts(unit: Unit, allowed: frozenset[str], base: float, extractor: str,
                found: list[Entity] | None = None) -> Iterable[Fact]:
    labels = lexicon().counts
    if unit.label:
        label = masked_label(unit.label)
        figure = label_of(label, labels)
        if _per_item(unit, labels):
            return
        # "5年（2022年11月18日—2027年11月17日）": a count with a note after it
        cell = _arabic_counts(unit.text).strip()
        match = _COUNT.fullmatch(_bare(cell))
        value = _count_value(match, label) if match else _qualified_count(unit.text, figure)
        if value is None and not match and (match := _COUNT.fullmatch(_bare(_TRAILING_NOTE.sub("", cell)))):
            value = _count_value(match, label)
        if figure in allowed and value is not None:
            yield Fact(name=figure, value=value, unit="count", confidence=base,
                       provenance=unit.provenance.model_copy(update={"extractor": extractor}))
        part = _part_named(unit.text, figure, labels)
        if part and part[0] in allowed:
            yield Fact(name=part[0], value=part[1], unit="count", confidence=base,
                       provenance=unit.provenance.model_copy(update={"extractor": extractor}))
        return
    text = _arabic_counts(masked(unit.text, found or []))
    floor = 0
    for match in _COUNT.finditer(text):
        context = _count_context(text, match.start(), floor)
        figure = label_of(context, labels) or label_of(_right_after(text, match.end()), labels) or \
            _heading_of_one(text, match, floor, labels)
        floor = match.end()
        if match.group(4) is None and unit.over_table:
            continue  # a bare number in a table row is its column's: the cell says what it counts
        value = _count_value(match, context)
        within_money = any(e.label == "MONEY" and e.start <= match.start() < e.end and YUAN.search(e.text)
                           for e in found or [])  # "3,365,000.00元" is money; "0.12万家" is a count
        if figure in allowed and value is not None and _not_a_date(text, match) and not within_money \
                and _measured(figure, match.group(4), labels):
            yield Fact(name=figure, value=value, unit="count", confidence=round(base * 0.9, 3),
                       provenance=unit.provenance.model_copy(update={"extractor": extractor}))


def _measured(figure: str, measure: str | None, labels: tuple[Label, ...]) -> bool:
    """A count written with a measure word its figure is not counted in ("每班次4天" is no number of classes)."""
    entry = next((label for label in labels if label.figure == figure), None)
    return measure is None or entry is None or entry.measures is None or bool(entry.measures.search(measure))


_PERCENT = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*[%％]")


# A share after a deal (完成后持有80%, 股权结构) is the holding; a share a deal trades (收购…60%股权) is not.
RESULTING_HOLDING = re.compile(r"(完成|交割|变更|转让|收购|并购|增资|重组)(后|之后)|累计|合计持|股权结构|现持有")
TRADED_SHARE = re.compile(r"收购|受让|转让|出让|购买|认购|增资|标的")
# "张三持股": a natural person's holding; "合计持股", "本公司持有" are not names
PERSON_HOLDER = re.compile(r"(^|[,;:、])(?!合计|共计|累计|总计|直接|间接|本公司|我公司|贵公司|公司|我司|现|仍|并|共)"
                           r"[\u4e00-\u9fff]{2,4}(持股|持有)$")
OTHER_HOLDERS = re.compile(r"(其余|其他|剩余|原)(股东|各方|投资人)")


def _share_figure(unit: Unit, start: int, floor: int) -> str | None:
    """control_share for the applicant's holding after a deal, acquired_share for what a deal trades,
    None for a natural person's holding (an applicant is an organisation)."""
    clause = unit.label + " " + before(unit.text, start, floor)
    if PERSON_HOLDER.search(clause.strip()) or OTHER_HOLDERS.search(clause):
        return None
    if RESULTING_HOLDING.search(clause):
        return "control_share"
    if TRADED_SHARE.search(clause):
        return "acquired_share"
    sentence_start = max((m.end() for m in SENTENCE_END.finditer(unit.text, 0, start)), default=0)
    end = SENTENCE_END.search(unit.text, start)
    sentence = unit.label + " " + unit.text[sentence_start:end.start() if end else len(unit.text)]
    if RESULTING_HOLDING.search(sentence):
        return "control_share"
    return "acquired_share" if TRADED_SHARE.search(sentence) else "control_share"


INDIRECT = re.compile(r"间接|通过.{0,16}(子公司|关联方|一致行动人).{0,6}持")


def ratio_facts(unit: Unit, allowed: frozenset[str], base: float, extractor: str,
                found: list[Entity] | None = None) -> Iterable[Fact]:
    """Percentages named by their context, as fractions (95% → 0.95)."""
    floor = 0
    text, label = masked(unit.text, found or []), masked_label(unit.label)
    for match in _PERCENT.finditer(text):
        context = f"{label} {before(text, match.start(), floor)}".strip()
        figure = label_of(context, lexicon().ratios) or label_of(_right_after(text, match.end()), lexicon().ratios)
        if figure == "control_share":
            figure = _share_figure(unit, match.start(), floor)
        floor = match.end()
        if figure in allowed:
            value = (Decimal(match.group(1)) / 100).normalize()
            # "直接及间接合计持有55%": a holding counted through a subsidiary
            indirect = figure == "control_share" and INDIRECT.search(_sentence(text, match.start(), 0))
            yield Fact(name=figure, value=value, unit="ratio", confidence=round(base * 0.95, 3),
                       provenance=unit.provenance.model_copy(update={"extractor": extractor}),
                       attrs={"holding": "indirect"} if indirect else {})
