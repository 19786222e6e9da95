"""Families of documents the sixth blind set (corpus/frozen6) showed, each in several wordings: a rounded
restatement beside the exact total, parts listed after 按构成划分为, a stated subtotal among listed parts, a
total before and after a deduction said in other words, a row named by its first cell while a description
sits beside the amount, a 2+3+4 cell, a list put up for public comment, and a note that a procedure is pending."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.certificate import designation_facts
from extractors.context import ExtractContext
from extractors.investment import investment_facts, stated_amounts
from ingest.classify import classify
from ingest.model import DocStatus, Document, Line, Page
from tests.extractors.paper import paper


def _document(lines: list[str], rows: list[list[str]] | None = None, kind: str = "audit_report") -> Document:
    return paper(lines, [rows] if rows else None, kind)


def _named(facts: list, name: str) -> list[Decimal]:
    return sorted({f.value for f in facts if f.name == name or f.attrs.get("stated_as") == name})


def _audit(lines: list[str], rows: list[list[str]] | None = None) -> list:
    return investment_facts(ExtractContext(_document(lines, rows)), 0.95, "test")


@pytest.mark.parametrize("line", [
    "经审计，该项目累计完成投资52,008,600.00元，其中土建工程6,185,000.00元不计入项目总投入；其余45,823,600.00元计入项目总投入，约合0.46亿元。",
    "项目总投入45,823,600.00元（约4,582万元）。",
    "项目总投入为4,582.36万元，约为0.46亿元。",
])
def test_a_rounded_restatement_is_not_a_second_total(line: str) -> None:
    assert _named(_audit([line]), "total_investment") == [Decimal("4582.36")]


@pytest.mark.parametrize("line", [
    "计入项目总投入的金额按构成划分为：设备38,061,600.00元，工业软件2,148,000.00元，系统集成服务1,284,000.00元，云资源及网络费用465,000.00元。",
    "项目投入具体构成如下：设备3,806.16万元，工业软件214.80万元，系统集成128.40万元，私有云46.50万元。",
    "项目总投入中，工业软件214.80万元、系统集成128.40万元、公有云资源46.50万元，以上软件、系统集成、公私有云等投入合计389.70万元。",
])
def test_software_parts_after_any_lead_in_are_summed_once(line: str) -> None:
    assert _named(_audit([line]), "software_investment") == [Decimal("389.7")]


@pytest.mark.parametrize("line", [
    "投资总额（不含税）60,140,000.00元，其中展示及运维中心装修工程1,536,000.00元属于土建性质，不计入项目总投入。扣除后项目总投入为58,604,000.00元。",
    "项目完成投资6,014.00万元，其中装饰装修工程153.60万元不计入，计入项目总投入5,860.40万元。",
])
def test_a_total_before_and_after_a_deduction_said_otherwise(line: str) -> None:
    assert _named(_audit([line]), "total_investment") == [Decimal("5860.4")]


def test_a_row_is_named_by_its_first_cell_when_a_description_sits_by_the_amount() -> None:
    rows = [["序号", "投入类别", "主要内容", "审定金额（万元，不含税）"], ["1", "智能化生产设备", "涂布线、分切机", "2,402.85"],
            ["2", "工业软件", "MES、QMS、WMS", "186.40"], ["3", "系统集成", "数据采集与集成", "112.30"],
            ["4", "云资源", "公有云、平台订阅", "57.50"], ["", "合计", "", "2,759.05"],
            ["", "其中：软件、系统集成、公私有云等投入", "2+3+4", "356.20"]]
    facts = stated_amounts(ExtractContext(_document([], rows)), 0.95, "test", frozenset({"software_investment"}))
    assert _named(facts, "software_investment") == [Decimal("356.2")]


@pytest.mark.parametrize(("title", "proposed"), [
    ("关于2022年省级专精特新小巨人企业拟认定名单的公示", True),
    ("2022年度江苏省专精特新小巨人企业认定名单（公示稿）", True),
    ("关于公布2022年省级专精特新小巨人企业名单的通知", False),
    ("省工业和信息化厅关于认定2022年度省级专精特新小巨人企业的通知（经公示无异议）", False),
])
def test_a_list_put_up_for_comment_is_proposed_not_held(title: str, proposed: bool) -> None:
    lines = ["江苏省工业和信息化厅", title, "序号 企业名称", "1 南通启鸿精密轴承有限公司 省级专精特新小巨人企业"]
    facts = designation_facts(ExtractContext(_document(lines, kind="designation_certificate")))
    assert facts and all(bool(f.attrs.get("proposed")) is proposed for f in facts)


def _kind(lines: list[str], name: str) -> str:
    page = Page(number=1, lines=tuple(Line(text=t) for t in lines))
    return classify(Document(path=name, media_type="application/pdf", status=DocStatus.ok, pages=(page,))).kind


@pytest.mark.parametrize(("lines", "name", "kind"), [
    (["某公司", "关于项目节能审查办理情况的说明", "我公司已重新报送节能报告，目前正在审查中，待取得节能审查意见后补充提交。"],
     "08 关于项目节能审查办理情况的说明.pdf", "other"),
    (["关于项目环评手续进展情况的说明", "环评报告表已报送，尚未取得批复。"], "07 环评情况说明.pdf", "other"),
    (["推荐单位关于项目相关手续情况的说明", "该项目不涉及新增用能，无需办理节能审查手续。"], "手续说明.pdf", "procedure_exemption"),
    (["节能审查意见", "经审查，原则同意该项目节能报告。"], "08 节能审查意见.pdf", "energy_review"),
])
def test_a_note_that_a_procedure_is_pending_proves_none(lines: list[str], name: str, kind: str) -> None:
    assert _kind(lines, name) == kind


def test_a_column_that_names_its_figure_wins_over_a_rows_description() -> None:
    rows = [["期间", "集群服务收入（万元）", "说明"], ["2021年7月1日-2021年12月31日", "176.40", "观测站运营、产业链对接、咨询报告"],
            ["2022年1月1日-2022年6月30日", "142.20", "集群活动承办、战略研究"]]
    facts = stated_amounts(ExtractContext(_document([], rows)), 0.95, "test", frozenset({"service_revenue"}))
    assert _named(facts, "service_revenue") == [Decimal("318.6")]
