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
