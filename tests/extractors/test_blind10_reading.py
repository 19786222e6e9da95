"""Reading families the tenth blind set (corpus/frozen10) showed, in several wordings."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.date import as_of_date, find_dates


@pytest.mark.parametrize(("text", "meant"), [
    ("项目计划于2024年6月底完工", date(2024, 6, 30)),
    ("预计2023年2月底前建成投产", date(2023, 2, 28)),
    ("建设期至2024年12月末", date(2024, 12, 31)),
    ("计划2023年底竣工", date(2023, 12, 31)),
    ("2022 年 9 月 底完成验收", date(2022, 9, 30)),
])
def test_the_end_of_a_month_or_year_is_its_last_day(text: str, meant: date) -> None:
    found = find_dates(text)
    assert [(d.value, d.precision) for d in found] == [(meant, "day")]


@pytest.mark.parametrize(("text", "meant"), [
    ("截至2022年6月底，项目已投入1,200万元", date(2022, 6, 30)),
    ("截至2022年6月末已完成投资", date(2022, 6, 30)),
])
def test_as_of_the_end_of_a_month(text: str, meant: date) -> None:
    assert as_of_date(text) == meant


def test_a_month_alone_stays_a_month() -> None:
    assert [(d.value, d.precision) for d in find_dates("2022年6月完工")] == [(date(2022, 6, 1), "month")]


def _counts(lines: list[str], rows: list[list[str]] | None = None, name: str = "identifier_registrations") -> set:
    from extractors.context import ExtractContext
    from extractors.statements import statement_facts
    from tests.extractors.paper import paper

    facts = statement_facts(ExtractContext(paper(lines, [rows] if rows else None, kind="other")), 0.8, "t")
    return {f.value for f in facts if f.name == name}


@pytest.mark.parametrize(("rows", "value"), [
    ([["指标", "监测值"], ["累计标识注册量", "203,168,000条"]], 203168000),
    ([["指标", "监测值"], ["累计标识注册量", "2.03亿条"]], 203000000),
    ([["指标", "监测值"], ["累计标识注册量（万条）", "20316.8"]], 203168000),
    ([["指标", "数值"], ["标识注册总量", "21,500万条"]], 215000000),
])
def test_identifier_registrations_counted_in_entries(rows: list[list[str]], value: int) -> None:
    assert _counts([], rows) == {value}


@pytest.mark.parametrize("event", ["二级节点接入企业培训会", "接入企业对接会", "标识解析接入企业推广活动"])
def test_an_events_name_is_not_the_count_of_connected_enterprises(event: str) -> None:
    rows = [["序号", "日期", "地点", "活动名称", "参会企业（家）"], ["1", "2022-10-20", "南通", event, "118"]]
    assert _counts([], rows, "connected_enterprise_count") == set()
    assert _counts(["接入企业数：1,000家"], None, "connected_enterprise_count") == {1000}


# --- a date under its seal (q06's 准予变更登记通知书): whitening the seal's ink whitens the digit's strokes too

@pytest.mark.parametrize(("read", "again", "surer", "restored"), [
    ("2022年月8日", "2022年7月8日", False, True),  # a digit lost under the ring
    ("2022年7月6日", "2022年7月8日", True, True),  # a digit read as another, re-read more confidently
    ("202i年11月30日", "2021年11月30日", True, True),
    ("二〇二一年七月八日", "二〇二二年七月八日", True, True),
    ("2022年7月6日", "2022年7月8日", False, False),  # not read more confidently: the first reading stands
    ("2022年7月8日", "2022年7月8日", True, False),  # nothing changed
    ("2022年7月8日", "2022年7月8日市场监督管理局", True, False),  # the seal's own words
    ("合肥市场监督管理局", "合肥市市场监督管理局", True, False),  # not a numeral
    ("2022年7月8日", "2022年17月8日", False, True),  # insertion of a numeral: taken (the date parser judges it)
])
def test_numerals_restored_under_a_seal(read: str, again: str, surer: bool, restored: bool) -> None:
    from ingest.ocr import numerals_restored

    assert numerals_restored(read, again, surer) is restored


@pytest.mark.parametrize(("text", "dx", "dy"), [
    ("2022年7月8日", 250, -120),
    ("2021年11月30日", 130, -120),
    ("二〇二二年七月八日", 130, 180),
])
def test_a_date_a_seals_ring_crosses_is_read_whole(text: str, dx: int, dy: int) -> None:
    from corpus.scans import FONT, RED

    if not FONT.exists():
        pytest.skip("CJK font fonts-wqy-microhei not installed")
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from ingest.ocr import ocr_image

    image = Image.new("RGB", (900, 300), "white")
    draw = ImageDraw.Draw(image)
    draw.text((300, 130), text, fill="black", font=ImageFont.truetype(str(FONT), 40))
    cx, cy, r = 300 + dx, 130 + dy, 150
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=RED, width=9)  # the ring painted over the digits
    assert text in [b.text for b in ocr_image(np.asarray(image)).boxes]


# --- when a registration authority granted the change of shareholders (the merger's 工商变更)

def _registration(lines: list[str], rows: list[list[str]] | None = None) -> list[tuple[date, str]]:
    from extractors.context import ExtractContext
    from extractors.registrations import share_change_date_facts
    from tests.extractors.paper import paper

    document = paper(lines, [rows] if rows else None, kind="registration_notice")
    return [(f.value, f.name) for f in share_change_date_facts(ExtractContext(document))]





@pytest.mark.parametrize(("lines", "rows", "meant"), [
    (["合肥市市场监督管理局", "准予变更登记通知书", "（合市监）登记内变字〔2022〕第07134号", "合肥精铸压铸科技有限公司：",
      "经审查，提交的股东、章程备案变更登记申请，申请材料齐全，符合法定形式，我局决定准予变更登记。",
      "变更事项：股东（投资人）", "合肥市市场监督管理局", "2022年7月8日"], None, date(2022, 7, 8)),
    (["准予变更登记通知书", "苏州恒锐机电有限公司：", "经审查，你单位提交的投资人（股权）变更登记申请，申请材料齐全，符合法定形式，"
      "我局决定准予变更登记。", "苏州市吴中区行政审批局", "二〇二二年六月二十日"], None, date(2022, 6, 20)),
    (["变更登记情况"], [["企业名称", "无锡澄锋精密部件有限公司"], ["变更事项", "股东、出资比例"], ["核准日期", "2022-05-16"]],
     date(2022, 5, 16)),
    # a change of name or address only: no merger's registration
    (["准予变更登记通知书", "经审查，提交的名称变更登记申请，申请材料齐全，我局决定准予变更登记。", "变更事项：名称",
      "南京市市场监督管理局", "2022年3月2日"], None, None),
    # no date it closes on
    (["准予变更登记通知书", "变更事项：股东（投资人）", "特此通知。"], None, None),
])
def test_the_date_a_change_of_shareholders_was_registered(lines: list[str], rows, meant: date | None) -> None:
    assert _registration(lines, rows) == ([(meant, "registration_change_date")] if meant else [])


@pytest.mark.parametrize(("lines", "total", "cash"), [
    (["股权转让总价款为人民币陆仟捌佰陆拾万元整（¥68,600,000.00），全部以现金支付。"], "6860", "6860"),
    (["本次股份转让对价合计人民币伍仟贰佰万元整，由受让方以货币资金支付。"], "5200", "5200"),
    (["交易总价款：金额大写 柒仟零伍拾万元整（小写：70,500,000.00元），全部为现金。"], "7050", "7050"),
    (["转让价款68,600,000.00元已于2022年5月31日、6月27日分四笔支付"], "6860", None),  # cash not said on the line
])
def test_an_acquisition_price_written_out(lines: list[str], total: str, cash: str | None) -> None:
    from decimal import Decimal

    from extractors.registry import extract
    from tests.extractors.paper import paper

    facts = extract(paper(lines, kind="contract", path="股权转让协议.pdf"))
    assert {f.value for f in facts if f.name == "acquisition_total"} == {Decimal(total)}
    assert {f.value for f in facts if f.name == "acquisition_amount"} == ({Decimal(cash)} if cash else set())


# --- the applicant's own R&D (q04): a partner's money named in its clause, and staff the project does not employ

def _rd(lines: list[str], rows: list[list[str]] | None = None, kind: str = "other",
        title: str = "项目新增研发投入预算明细表") -> set:
    from extractors.registry import extract
    from tests.extractors.paper import paper

    document = paper([title, *lines] if rows else lines, [rows] if rows else None, kind=kind, path="研发投入预算.docx")
    return {f.value for f in extract(document) if f.name == "rd_investment"}


@pytest.mark.parametrize(("cell", "own"), [
    ("3279.00（全部为申报单位自筹，合作单位投入260.00万元另计）", "3279"),
    ("3,279.00万元（东吴理工大学自筹260万元，不计入）", "3279"),
    ("3279.00（申报单位自筹；另有合作高校配套投入260.00万元，不计入）", "3279"),
])
def test_a_partners_money_in_the_applicants_cell_is_not_its_rd(cell: str, own: str) -> None:
    from decimal import Decimal

    assert _rd([], [["项目名称", "功率器件测试设备攻关"], ["新增研发投入（万元）", cell]], kind="application_form",
               title="项目申报书") == {Decimal(own)}


@pytest.mark.parametrize(("line", "value"), [
    ("与南京大学合作投入新增研发经费3,500万元", "3500"),  # the applicant works with a partner: its own money
    ("新增研发投入3,500万元，与合作单位共同承担的试验另计", "3500"),
])
def test_working_with_a_partner_is_still_the_applicants_money(line: str, value: str) -> None:
    from decimal import Decimal

    assert _rd([line], kind="application_form") == {Decimal(value)}


BUDGET_HEAD = ["类别", "科目", "明细", "申报单位自筹（万元）", "合作单位（万元）"]
BUDGET_ROWS = [
    ["一、费用化支出", "人员人工费", "项目研发人员（38人）工资、社保及公积金", "1,186.00", "—"],
    ["一、费用化支出", "人员人工费", "{staff}", "312.00", "—"],
    ["一、费用化支出", "直接投入费用", "材料、燃料、动力", "682.50", "—"],
    ["一、费用化支出", "直接投入费用", "中试及样机试制模具、工艺装备", "215.00", "—"],
    ["一、费用化支出", "直接投入费用", "试制产品检验、测试化验加工", "98.00", "—"],
    ["一、费用化支出", "折旧费用", "研发用仪器设备折旧", "126.00", "—"],
    ["一、费用化支出", "无形资产摊销", "研发软件及专利摊销", "45.00", "—"],
    ["一、费用化支出", "新产品设计费等", "新产品设计、新工艺规程制定", "60.00", "—"],
    ["一、费用化支出", "其他相关费用", "资料、专家咨询、知识产权申请代理、差旅会议", "48.50", "—"],
    ["二、资本化支出", "研发活动固定资产", "高压动态参数测试平台、探针台等研发设备", "420.00", "—"],
    ["二、资本化支出", "研发活动无形资产", "外购EDA及仿真软件", "86.00", "—"],
    ["三、合作单位投入（不计入申报单位新增研发投入）", "东吴理工大学：样机可靠性试验", "—", "—", "260.00"],
    ["合计（申报单位）", "", "", "3,279.00", "260.00"],
]


@pytest.mark.parametrize(("staff", "value"), [
    ("管理及后勤人员分摊（行政、财务、采购、人事共12人，按工时比例分摊）", "2967"),
    ("行政、财务人员工资按工时分摊", "2967"),
    ("采购及人事人员薪酬分摊", "2967"),
    ("职能部门人工费用分摊", "2967"),
    ("外聘研发人员劳务费", "3279"),  # R&D staff hired from outside: the guide's 外聘研发人员的劳务费用
    ("研发管理人员工资（项目经理2人）", "3279"),  # managing the R&D itself, not allocated overhead staff
])
def test_allocated_admin_staff_are_not_rd_staff(staff: str, value: str) -> None:
    from decimal import Decimal

    rows = [BUDGET_HEAD] + [[c.replace("{staff}", staff) for c in row] for row in BUDGET_ROWS]
    assert _rd([], rows) == {Decimal(value)}  # the instruments' depreciation stays in (the guide's 折旧费)


def test_the_budgets_net_rd_outranks_the_forms_gross() -> None:
    from decimal import Decimal

    from checklists.evaluate import evaluate_packet
    from checklists.loader import load_guide
    from extractors.registry import extract
    from tests.extractors.paper import paper

    rows = [BUDGET_HEAD] + [[c.replace("{staff}", "管理及后勤人员分摊（按工时比例）") for c in row] for row in BUDGET_ROWS]
    documents = [paper([], [[["项目名称", "功率器件测试设备攻关"], ["新增研发投入（万元）", "3279.00（全部为申报单位自筹，合作单位投入260.00万元另计）"]]],
                       kind="application_form", path="申报书.docx"),
                 paper(["项目新增研发投入预算明细表"], [rows], kind="other", path="研发投入预算.docx")]
    result = evaluate_packet(documents, {d.path: extract(d) for d in documents}, load_guide("jiangsu-2023"), "core-tech")
    assert result.figures["rd_investment"].value == Decimal("2967")
    check = next(c for c in result.checks if c.id == "core-tech.rd_investment_min")
    assert check.status == "fail"


# --- a bank's interest statement whose columns name no unit (q03's 农业银行 利息清单): its amounts are 元

@pytest.mark.parametrize(("head", "cells", "meant"), [
    (["序号", "结息日", "计息期间", "计息本金", "利率", "利息金额"], ["303,750.00", "310,500.00", "614,250.00"],
     ["30.375", "31.05", "61.425"]),
    (["结息日", "本金", "年利率", "应付利息"], ["89,833.33", "194,638.89", "284,472.22"], ["8.983333", "19.463889", "28.447222"]),
    (["结息日", "计息期间", "实收利息"], ["196,777.78", "192,500.00", "389,277.78"], ["19.677778", "19.25", "38.927778"]),
    (["结息日", "计息本金", "利率", "利息（万元）"], ["30.375", "31.05", "61.425"], ["30.375", "31.05", "61.425"]),  # stated: kept
])
def test_a_bank_statements_unitless_interest_column_is_in_yuan(head: list[str], cells: list[str], meant: list[str]) -> None:
    from decimal import Decimal

    from extractors.registry import extract
    from tests.extractors.paper import paper

    days = ["2021-03-21", "2021-06-21"]
    rows = [head] + [[d if "结息日" == h else (c if "利息" in h else ("30,000,000.00" if "本金" in h else
                                                                  ("4.05%" if "利率" in h else "")))
                      for h in head] for d, c in zip(days, cells[:2], strict=True)]
    rows.append(["合计"] + [""] * (len(head) - 2) + [cells[2]])
    document = paper(["中国农业银行贷款利息清单", "借款人：常州嘉泓精密传动有限公司"], [rows], kind="interest_statement",
                     path="利息清单.pdf")
    facts = [f for f in extract(document) if f.name == "loan_interest"]
    assert sorted(f.value for f in facts) == sorted(Decimal(m) for m in meant)
    assert all(f.value < 100 for f in facts)  # the principal (计息本金 30,000,000.00) is never interest


def test_a_foreign_currency_statement_is_not_taken_for_yuan() -> None:
    from extractors.registry import extract
    from tests.extractors.paper import paper

    rows = [["结息日", "币种", "本金", "利息"], ["2021-09-20", "USD", "1,500,000.00", "9,562.50"],
            ["2021-12-20", "USD", "1,500,000.00", "9,562.50"]]
    document = paper(["招商银行贷款结息通知单（外币）"], [rows], kind="interest_statement", path="外币结息回单.pdf")
    assert not [f for f in extract(document) if f.name.startswith("loan_interest") and f.value > 0.5]
