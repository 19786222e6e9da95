"""The Markdown and HTML reports read as a reviewer's document: header, conclusion with reasons first, failing
checks first, places and confidence in words, the subsidy 仅供参考 unless eligible, no English."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from checklists.loader import load_guide
from grantcheck.pipeline import run_packet
from grantcheck.report.render import render_html, to_html, to_markdown
from grantcheck.report.words import confidence_words, figure_name, place, value_text
from tests.conftest import CORPUS, ROOT

TODAY = date(2023, 1, 5)
CODES = list(load_guide("jiangsu-2023").categories)
LEAKS = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b|\bt\d+r\d+c\d+\b|\b(?:eligible|ineligible|incomplete|needs_review|pass|"
                   r"fail|missing|review|passed|rejected|consistent|inconsistent|agree|disagree|repeated|None)\b|"
                   r"(?<![\w-])(?:" + "|".join(map(re.escape, CODES)) + r")(?![\w-])")


@pytest.fixture(scope="module")
def sf05() -> object:
    return run_packet(CORPUS / "sf-05-construction-included", isolate=False)


def test_markdown_of_an_ineligible_packet(sf05: object) -> None:
    text = to_markdown(sf05, today=TODAY)
    lines = text.splitlines()
    assert lines[0] == "# 核验报告：徐州华泰机械有限公司"
    for row in ("| 申报主体 | 徐州华泰机械有限公司 |", "| 项目名称 | 数字化车间改造项目 |",
                "| 申报类别 | 智能制造示范工厂项目（据申报材料识别） |", "| 推荐单位 | 苏州市工业和信息化局 |",
                "| 申报指南 | 2023年度江苏省工业和信息产业转型升级专项资金入库项目征集指南 |", "| 报告日期 | 2023-01-05 |"):
        assert row in lines
    conclusion = lines.index("**结论：不符合条件**")
    assert lines[conclusion + 2].startswith("- **不符合原因**：项目总投入") and "差 100.00 万元" in lines[conclusion + 2]
    assert conclusion < lines.index("## 待处理的核验项（1）") < lines.index("## 已通过的核验项（26）")  # 5 of them seals
    assert "补助上限：【仅供参考】290.00 万元（申报不符合支持条件，补助金额不予安排）" in lines
    # the audit's 合计 cell, in words: page, table, row, column
    assert "  - 02-专项审计报告.pdf 第2页 表1 第7行 第2列：“33,500,000.00（合计 3350.00 万元含土建工程 450.00 万元，已扣除）”" in lines
    assert "- 项目总投入（不含税，不含土建和铺底流动资金）：2,900.00 万元（已核对）" in lines  # the form states it too
    assert "发票覆盖：发票不含税金额合计 111.00 万元（3 张），为项目总投入（不含税，不含土建和铺底流动资金） " \
           "2,900.00 万元的 3.8%，未覆盖 2,789.00 万元" in lines
    assert "| 02-专项审计报告.pdf | 专项审计报告 | 2 | 已读取 |  | 见印章（第2页） |" in lines
    assert LEAKS.findall(text.replace(sf05.packet, "")) == []


def test_the_html_puts_the_failing_check_first_with_its_crop(sf05: object) -> None:
    html = render_html(sf05, CORPUS / "sf-05-construction-included", today=TODAY)
    assert html.index('id="conclusion"') < html.index('id="subsidy"') < html.index('id="open"') < html.index('id="passed"')
    failing = html[html.index('<article class="check fail" title="smart-factory.total_investment_min">'):]
    failing = failing[:failing.index("</article>")]
    assert "差 100.00 万元" in failing and '<use href="#crop-' in failing and "第2页 表1 第7行 第2列" in failing
    assert 'title="total_investment：' in failing  # the identifier on hover
    assert html.count("data:image/webp;base64,") == html.count('<image id="crop-')  # each crop embedded once
    assert not re.search(r"""(src|href)=["'](https?:)?//""", html) and "<script" not in html and "<link" not in html
    assert "仅供参考" in html


def test_an_eligible_packet_states_its_subsidy_plainly() -> None:
    report = run_packet(CORPUS / "sf-01-eligible", isolate=False)
    text = to_markdown(report, today=TODAY)
    assert "补助上限：325.68 万元" in text and "仅供参考" not in text
    assert "- 各项条件均已满足。" in text
    # a pass says what was found: the certificate, its level and year
    assert "- 【通过】见 04-认定证书.pdf「江苏省智能制造示范工厂认定通知」（省级，2021年认定），符合：" \
           "申报主体须为省级（含）以上智能制造示范工厂" in text
    assert "- 【通过】已提供专项审计报告（02-专项审计报告.pdf）" in text


def test_a_needs_review_packet_marks_its_subsidy_reference_only() -> None:
    report = run_packet(CORPUS / "fg-05-buyer-mismatch", isolate=False)
    text = to_markdown(report, today=TODAY)
    assert "**结论：需人工复核**" in text and "- **需人工核对**：发票购买方不是申报主体" in text
    assert re.search(r"补助上限：【仅供参考】[\d,.]+ 万元（尚有须人工核对的事项）", text)


def test_ocr_readings_say_so() -> None:
    report = run_packet(CORPUS / "ocr-01-license-photo", isolate=False)
    text = to_markdown(report, today=TODAY)
    assert "| 申报主体注册资本 |" not in text  # (the figure is 注册资本)
    assert re.search(r"\| 注册资本 \| 800\.00 万元 \| OCR 识别 \| 17-营业执照\.jpg 第1页", text)


SAMPLE = ["cp-02-eight-exchange-events", "ct-02-direction-not-listed", "ib-05-duplicate-invoice", "ma-04-two-deals",
          "sc-02-period-over-two-years", "ss-03-no-interest-statement", "tt-04-public-institution", "xl-01-eligible",
          "ib-04-test-report-unreadable", "sf-10-two-categories"]


@pytest.mark.parametrize("name", SAMPLE)
def test_no_english_reaches_the_reader(name: str) -> None:
    report = run_packet(CORPUS / name, isolate=False)
    page = re.sub(r"<style>.*?</style>", "", to_html(report, today=TODAY), flags=re.S)
    for text in (to_markdown(report, today=TODAY), re.sub(r"<[^>]+>", " ", page)):  # what is on screen
        assert LEAKS.findall(text.replace(report.packet, "")) == []


def test_conflicting_readings_side_by_side() -> None:
    packet = ROOT / "corpus" / "frozen3" / "packets" / "fz11"  # its audit and acceptance opinion disagree on the completion date, by design
    html = render_html(run_packet(packet, isolate=False), packet, today=TODAY)
    block = html[html.index('<div class="sources conflict">'):]
    block = block[:block.index("</div>\n</div>\n</div>")]
    assert "候选 1：" in block and "候选 2：" in block and block.count('<use href="#crop-') == 2


def test_words() -> None:
    assert place("t1r7c2") == "表1 第7行 第2列" and place("p12") == "第12段" and place(None) == ""
    assert place("OFD.xml:Invoice/TaxInclusiveTotalAmount") == "电子票据数据项"
    assert value_text(3256.78, "万元") == "3,256.78 万元" and value_text(0.45, "ratio") == "45.00%"
    assert value_text("passed", "text") == "通过验收" and value_text(None, "万元") == "未读到"
    assert figure_name("total_investment") == "项目总投入（不含税，不含土建和铺底流动资金）"
    assert figure_name("acceptance_conclusion") == "验收结论" and figure_name("construction_cost") == "土建投资"
    assert confidence_words({"sources": [{"ocr": True}], "status": "ok"}) == "OCR 识别"
    assert confidence_words({"sources": [{}], "status": "ok", "corroborated_by": ["a.pdf"]}) == "已核对"
    assert confidence_words({"sources": [{}], "status": "ok"}) == "单一来源"
    assert confidence_words({"sources": [{}, {}], "status": "conflict"}) == "来源不一致"
