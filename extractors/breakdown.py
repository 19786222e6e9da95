"""A total and its parts written in one sentence: "总投入X元，其中：设备A元，工业软件B元，私有云C元，土建D元".

What the guide defines as a sum is summed wherever its parts are listed (软件 + 系统集成 + 云), and what it
excludes (土建, 铺底流动资金, a partner institution's money) is taken off the total the sentence states.
Tables get the same treatment in investment.py, column by column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extractors.amount import Money, same_amount
from extractors.figures import masked
from extractors.lexicon import PARTNER_WORDS, label_of, lexicon
from extractors.model import Fact, table_column, table_row
from extractors.nlp import Entity
from extractors.units import Unit

# "其中：…", or a sentence opening on the total it divides ("项目总投入中，设备A元；软件B元……")
SUBSET = re.compile(r"其中[:：,，]?|(?<![\u4e00-\u9fff])(项目)?(总投入|总投资|累计投入|投入|投资|支出)(总额|合计)?中[,，:：]|"
                    r"(按)?构成(划分)?(为|如下)[:：]?|具体(构成|包括|明细)(如下|为)?[:：]")
SENTENCE_END = re.compile(r"[。\n]")
# Money that is not the applicant's: a partner's share of a joint project (攻关: 合作单位自筹 …).
PARTNER = re.compile(PARTNER_WORDS + r"|联合(申报|承担)?单位|共建单位|乙方|科研院所")
EXCLUDED_FIGURES = frozenset({"construction_cost", "working_capital", "overhead_cost", "unrelated_staff_cost"})
KEPT_IN = {"rd_investment": frozenset({"overhead_cost"})}  # R&D counts its instruments' depreciation (折旧费)
# Totals a named exclusion is taken from.
NETTABLE = frozenset({"total_investment", "planned_investment", "rd_investment", "hw_sw_investment",
                      "invested_by_cutoff", "invested_to_date"})


@dataclass(frozen=True)
class Part:
    money: Money
    context: str
    role: str  # software | excluded | other


def _role(context: str) -> str:
    if PARTNER.search(context):
        return "excluded"
    figure = label_of(context, lexicon().amounts)
    if figure in EXCLUDED_FIGURES:
        return "excluded"
    return "software" if figure == "software_investment" else "other"


def _split(text: str, found: list[Entity]) -> list[tuple[Entity | None, list[Part]]]:
    """Each 其中 with the amount it divides (the last amount before it in its sentence) and its parts,
    each part with the words before it (firms' names blanked)."""
    money = [e for e in found if e.label == "MONEY"]
    words = masked(text, found)
    out = []
    for match in SUBSET.finditer(text):
        ends = [m.end() for m in SENTENCE_END.finditer(text, 0, match.start())]
        sentence_start = ends[-1] if ends else 0
        if not text[sentence_start:match.start()].strip() and ends:  # "…合计X元。其中：…" divides the last sentence
            sentence_start = ends[-2] if len(ends) > 1 else 0
        heads = [e for e in money if sentence_start <= e.start and e.end <= match.start()]
        end = SENTENCE_END.search(text, match.end())
        stop = end.start() if end else len(text)
        parts, floor = [], match.end()
        for entity in (e for e in money if match.end() <= e.start and e.end <= stop):
            parts.append(Part(entity.value, words[floor:entity.start], "other"))  # type: ignore[arg-type]
            floor = entity.end
        if parts:
            out.append((heads[-1] if heads else None, [Part(p.money, p.context, _role(p.context)) for p in parts]))
    return out


def _same_unit(fact: Fact, unit: Unit) -> bool:
    return fact.provenance.text == unit.provenance.text and fact.provenance.page == unit.provenance.page \
        and fact.provenance.locator == unit.provenance.locator


def _at(facts: list[Fact], unit: Unit, value: Decimal, names: frozenset[str]) -> list[Fact]:
    return [f for f in facts if f.name in names and f.value == value and _same_unit(f, unit)]


def _without_subtotals(parts: list[Part]) -> list[Part]:
    """"软件A、集成B、云C，以上…合计D": a part that is the sum of the ones before it restates them."""
    kept: list[Part] = []
    for part in parts:
        if len(kept) >= 2 and same_amount(part.money.figure, sum((k.money.figure for k in kept), Decimal(0))):
            continue
        kept.append(part)
    return kept


WHOLE_SOFTWARE = ("软件", "集成", "云")


def names_whole_software(label: str) -> bool:
    """"工业软件、系统集成、公私有云" is the guide's figure itself: rows beside it (5G网络及云资源费用) are the
    auditor's other categories, not more of it."""
    return all(word in label for word in WHOLE_SOFTWARE)


def _software_sum(unit: Unit, parts: list[Part], stated: list[Fact], extractor: str) -> tuple[list[Fact], list[Fact]]:
    software = _without_subtotals([p for p in parts if p.role == "software"])
    if len(software) < 2 or any(names_whole_software(p.context) for p in software):
        return [], []
    replaced = [f for p in software for f in _at(stated, unit, p.money.figure, frozenset({"software_investment"}))]
    if not replaced:
        return [], []
    total = sum((p.money.figure for p in software), Decimal(0))
    listed = "；".join(f"{p.context.strip('，,、；;：: ')} {p.money.figure}" for p in software)
    derived = replaced[0].model_copy(update={
        "value": total, "attrs": {**replaced[0].attrs, "derived": "+".join(str(p.money.figure) for p in software),
                                  "parts": listed},
        "provenance": replaced[0].provenance.model_copy(update={"extractor": extractor})})
    return [derived], replaced


def _net_of_excluded(unit: Unit, head: Entity | None, parts: list[Part], stated: list[Fact],
                     extractor: str) -> tuple[list[Fact], list[Fact]]:
    excluded = [p for p in parts if p.role == "excluded"]
    if not excluded or head is None:
        return [], []
    heads = _at(stated, unit, head.value.figure, NETTABLE)  # type: ignore[attr-defined]
    if not heads:
        return [], []
    gross = heads[0]
    kept = KEPT_IN.get(gross.name, frozenset())
    excluded = [p for p in excluded if PARTNER.search(p.context) or label_of(p.context, lexicon().amounts) not in kept]
    if not excluded:
        return [], []
    taken = sum((p.money.figure for p in excluded), Decimal(0))
    named = "、".join(p.context.strip("，,、；;：: ") for p in excluded)
    # a partner's share read under the head's own name is not the applicant's figure either
    partner_facts = [f for p in excluded for f in _at(stated, unit, p.money.figure, frozenset({gross.name}))]
    net = gross.model_copy(update={
        "value": gross.value - taken,  # type: ignore[operator]
        "attrs": {**gross.attrs, "derived": "net_of_excluded", "gross": str(gross.value), "excluded": str(taken)},
        "provenance": gross.provenance.model_copy(update={
            "extractor": extractor,
            "text": f"{gross.provenance.text}（{gross.value:.2f} 万元中含{named} {taken:.2f} 万元，已扣除）"})})
    return [net], heads + partner_facts


def prose_breakdowns(units: list[tuple[Unit, list[Entity]]], stated: list[Fact],
                     extractor: str) -> tuple[list[Fact], list[Fact]]:
    """Derived facts from every "X，其中 …" sentence, and the stated facts they replace."""
    derived: list[Fact] = []
    replaced: list[Fact] = []
    for unit, found in units:
        # a table cell is a sentence too when it lists its own parts ("3,640.00（其中牵头单位2,860.00，联合单位780.00）")
        if not SUBSET.search(unit.text) or (unit.in_table and len(found) < 2):
            continue
        for head, parts in _split(unit.text, found):
            for new, old in (_software_sum(unit, parts, stated, extractor),
                             _net_of_excluded(unit, head, parts, stated, extractor)):
                derived.extend(new)
                replaced.extend(old)
    return derived, replaced


DEDUCTED = re.compile(r"扣除|剔除|除去|减去|扣减|不含|不计入")


def stated_deductions(units: list[tuple[Unit, list[Entity]]], stated: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """"累计完成投资A元，扣除土建工程投资B元后，计入项目总投入C元" with A − B = C: C is the total, and A is its
    gross wherever else it is stated (the net fact carries it), not a rival."""
    derived: list[Fact] = []
    replaced: list[Fact] = []
    for unit, found in units:
        if not DEDUCTED.search(unit.text):
            continue
        money = [e for e in found if e.label == "MONEY"]
        for gross, taken, net in zip(money, money[1:], money[2:], strict=False):
            a, b, c = (e.value.figure for e in (gross, taken, net))  # type: ignore[attr-defined]
            if not (DEDUCTED.search(unit.text[gross.end:net.start]) and same_amount(a - b, c)):
                continue
            heads, nets = _at(stated, unit, a, NETTABLE), _at(stated, unit, c, NETTABLE)
            if heads and nets:
                derived.append(nets[0].model_copy(update={"attrs": {**nets[0].attrs, "gross": str(a), "excluded": str(b)}}))
                replaced.extend(heads + nets[:1])
    return derived, replaced


BRACKETED = re.compile(r"\s*[（(]([^（()）]*)[）)]")


def bracketed_parts(units: list[tuple[Unit, list[Entity]]], stated: list[Fact]) -> list[Fact]:
    """"1,180.00（企业1,020.00，高校160.00）": amounts in a bracket right after one they add up to are its
    parts, not rival readings of the figure. Returns the stated facts they are."""
    replaced: list[Fact] = []
    for unit, found in units:
        money = [e for e in found if e.label == "MONEY"]
        for head in money:
            bracket = BRACKETED.match(unit.text, head.end)
            if not bracket:
                continue
            inside = [e for e in money if bracket.start(1) <= e.start and e.end <= bracket.end(1)]
            total = sum((e.value.figure for e in inside), Decimal(0))  # type: ignore[attr-defined]
            if len(inside) < 2 or not same_amount(total, head.value.figure):  # type: ignore[attr-defined]
                continue
            names = frozenset(f.name for f in _at(stated, unit, head.value.figure,  # type: ignore[attr-defined]
                                                  frozenset(f.name for f in stated)))
            contexts = [unit.text[max(bracket.start(1), e.start - 12):e.start] for e in inside]
            # a consortium's members' money (联合体成员单位): whether the lead may count it is the reviewer's call,
            # so the lead's own part stays a rival reading of the figure
            unsettled = any(CONSORTIUM_MEMBER.search(c) for c in contexts)
            replaced += [f for e, c in zip(inside, contexts, strict=True) if not (unsettled and APPLICANT_PART.search(c))
                         for f in _at(stated, unit, e.value.figure, names)]  # type: ignore[attr-defined]
    return replaced


CONSORTIUM_MEMBER = re.compile(r"(联合体|创新联合体)?(其他)?成员(单位|企业)?")
APPLICANT_PART = re.compile(r"牵头(单位|企业)?|申报单位|本单位|本公司|我公司")


SUM_WORD = re.compile(r"^(合\s*计|共\s*计|小\s*计|总\s*计|合共|两项合计|以上合计)")


def listed_sums(stated: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """"远程运维软件A，系统集成B，合计C": a 合计 right after parts of one figure is that figure's sum."""
    derived: list[Fact] = []
    replaced: list[Fact] = []
    run: list[Fact] = []
    for fact in stated:
        if table_column(fact) is not None or (run and fact.provenance != run[-1].provenance):
            run = []
        if fact.name == "total_investment":
            if len(run) >= 2 and SUM_WORD.match(fact.attrs.get("context", "")) and \
                    same_amount(sum((f.value for f in run), Decimal(0)), fact.value):  # type: ignore[arg-type, misc]
                derived.append(fact.model_copy(update={"name": run[0].name, "attrs": {
                    **fact.attrs, "derived": "+".join(str(f.value) for f in run)}}))
                replaced.extend([*run, fact])
            run = []
            continue
        if run and fact.name != run[0].name:
            run = []
        run.append(fact)
    return derived, replaced


PART_ROW = re.compile(r"^(其中|含|包括)[:：]?")
UNIT_NOTE = re.compile(r"[（(][^）)]*[）)]")


def form_row_parts(stated: list[Fact], extractor: str) -> tuple[list[Fact], list[Fact]]:
    """A form's total row and the "其中：土建 / 其中：铺底流动资金" rows right under it (项目计划投资 7,260 |
    其中：土建 1,120 | 其中：铺底流动资金 297.40): what the guide leaves out is taken off that total."""
    rows: dict[tuple, list[Fact]] = {}
    for fact in stated:
        if (row := table_row(fact)) is not None:
            rows.setdefault(row, []).append(fact)
    derived: list[Fact] = []
    replaced: list[Fact] = []
    for (document, page, table, index), facts in rows.items():
        for gross in (f for f in facts if f.name in NETTABLE and not PART_ROW.match(f.attrs.get("row", ""))):
            parts: list[Fact] = []
            following = index + 1
            while (below := rows.get((document, page, table, following))) and \
                    all(PART_ROW.match(f.attrs.get("row", "")) for f in below):
                parts.extend(below)
                following += 1
            kept = KEPT_IN.get(gross.name, frozenset())
            excluded = [f for f in parts if f.name in EXCLUDED_FIGURES and f.name not in kept]
            if not excluded:
                continue
            taken = sum((f.value for f in excluded), Decimal(0))  # type: ignore[misc]
            if taken >= gross.value:  # type: ignore[operator]
                continue
            named = "、".join(UNIT_NOTE.sub("", PART_ROW.sub("", f.attrs.get("row", ""))) for f in excluded)
            derived.append(gross.model_copy(update={
                "value": gross.value - taken,  # type: ignore[operator]
                "attrs": {**gross.attrs, "derived": "net_of_excluded", "gross": str(gross.value), "excluded": str(taken)},
                "provenance": gross.provenance.model_copy(update={
                    "extractor": extractor,
                    "text": f"{gross.provenance.text}（{gross.value:.2f} 万元中含{named} {taken:.2f} 万元，已扣除）"})}))
            replaced.append(gross)
    return derived, replaced
