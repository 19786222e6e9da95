"""Reading families the ninth blind set (corpus/frozen9) showed, in several wordings: a row naming the guide's
whole software figure beside rows the auditor keeps apart, a number that is part of a word (5G, 3D), and a seal
drawn as text whose star lands in the line it stamps."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.amount import find_money
from extractors.context import ExtractContext
from extractors.investment import investment_facts
from ingest.layout import chars_to_rows
from tests.extractors.paper import paper


def _audit(lines: list[str], rows: list[list[str]]) -> list:
    return investment_facts(ExtractContext(paper(lines, [rows])), 0.95, "test")


@pytest.mark.parametrize(("whole", "beside"), [
    ("工业软件、系统集成、公私有云", "5G网络及云资源费用"),
    ("软件、系统集成及公私有云投入", "云视频会议服务费"),
    ("其中：软件、系统集成、公有云私有云", "边缘计算云节点租赁"),
    ("软件及系统集成、云服务", "工业软件授权续费"),
])
def test_a_row_naming_the_whole_software_figure_is_it(whole: str, beside: str) -> None:
    rows = [["类别", "金额（元）"], ["智能化改造设备及信息化硬件", "16,482,000.00"], [whole, "4,126,000.00"],
            [beside, "1,538,000.00"], ["调试安装", "896,000.00"], ["合计", "23,042,000.00"]]
    facts = _audit(["投入明细如下（元，不含税）："], rows)
    assert {f.value for f in facts if f.name == "software_investment"} == {Decimal("412.6")}


def test_rows_each_naming_a_part_still_add_up() -> None:
    rows = [["类别", "金额（万元）"], ["生产设备", "1,820.00"], ["工业软件", "260.00"], ["系统集成", "96.50"],
            ["私有云平台", "48.00"], ["合计", "2,224.50"]]
    facts = _audit(["单位：万元"], rows)
    assert {f.value for f in facts if f.name == "software_investment"} == {Decimal("404.5")}


@pytest.mark.parametrize(("text", "amounts"), [
    ("5G网络及云资源费用", []),
    ("3D视觉检测系统 1,250,000.00元", ["125"]),
    ("4K工业相机12台，金额36.00万元", ["36"]),
    ("采购5G工业模组286套，计286.00万元", ["286"]),
    ("人民币1,000.00元", ["0.1"]),
])
def test_a_number_inside_a_word_is_not_money(text: str, amounts: list[str]) -> None:
    assert [str(m.figure) for m in find_money(text, "元")] == amounts


def _char(text: str, x0: float, top: float = 100.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 10.5, "top": top, "bottom": top + 10.5, "upright": True}


@pytest.mark.parametrize("star", ["★", "☆"])
def test_a_seals_star_is_not_part_of_the_line_it_stamps(star: str) -> None:
    words = "其中软件投入"
    chars = [_char(c, 60 + 10.5 * i) for i, c in enumerate(words)]
    chars.insert(5, _char(star, 60 + 10.5 * 4.5, top=98.5))
    assert ["".join(c["text"] for c in row) for row in chars_to_rows(chars)] == [words]


OLD, NEW = "常州恒锐机电有限公司", "江苏恒锐智能装备股份有限公司"


@pytest.mark.parametrize(("lines", "new"), [
    (["准予变更登记通知书", f"{NEW}：", "变更事项：名称", f"名称变更前：{OLD} 变更后：{NEW}"], NEW),
    ([f"经核准，公司名称由{OLD}变更为{NEW}，统一社会信用代码不变。"], NEW),
    ([f"2022年7月，{OLD}更名为{NEW}。"], NEW),
    ([f"{NEW}（原名称：{OLD}，2022年7月18日核准变更名称）："], NEW),
    ([f"{NEW}（原名{OLD}）"], NEW),
    ([f"企业名称：{NEW}", f"曾用名：{OLD}"], None),
    ([f"申报单位：{NEW}", f"原企业名称：{OLD}"], None),
])
def test_a_former_name_in_any_wording(lines: list[str], new: str | None) -> None:
    from extractors.renames import former_name_facts

    facts = former_name_facts(ExtractContext(paper(lines, kind="registration_notice")))
    assert {(f.value, f.attrs.get("new")) for f in facts} >= {(OLD, new)}
    assert all(f.value != NEW for f in facts)


def test_a_name_change_written_as_a_table() -> None:
    from extractors.renames import former_name_facts

    rows = [["变更事项", "变更前", "变更后"], ["名称", OLD, NEW], ["注册资本", "6800万元人民币", "8000万元人民币"]]
    facts = former_name_facts(ExtractContext(paper(["准予变更登记通知书"], [rows], kind="registration_notice")))
    assert [(f.value, f.attrs.get("new")) for f in facts] == [(OLD, NEW)]


@pytest.mark.parametrize("lines", [
    [f"甲方：{OLD}", f"乙方：{NEW}"],  # two parties, no change
    [f"{OLD}与{NEW}签订设备采购合同。"],
    [f"本公司子公司{OLD}已于2021年通过验收。"],
])
def test_two_names_side_by_side_are_not_a_change(lines: list[str]) -> None:
    from extractors.renames import former_name_facts

    assert former_name_facts(ExtractContext(paper(lines, kind="other"))) == []


@pytest.mark.parametrize(("head", "period"), [
    (["关于某某项目2021年度投入的专项审计报告", "南京某某科技有限公司："], "2021-01-01/2021-12-31"),
    (["某某项目投入专项审计报告（2022年1月1日至2022年6月15日）"], "2022-01-01/2022-06-15"),
    (["专项审计报告", "我们接受委托，对贵公司某某项目2021年1月1日至2021年12月31日期间的项目投入进行了专项审计。"],
     "2021-01-01/2021-12-31"),
    (["专项审计报告", "受贵公司委托，我们对某某项目2022年1-6月发生的投入进行了审计。"], "2022-01-01/2022-06-30"),
    (["专项审计报告", "我们审计了贵公司某某项目自2020年9月1日开工至2022年4月26日完工期间的项目投入。"], None),
    (["专项审计报告", "截至2022年6月30日，项目累计投入3,280.00万元。"], None),
])
def test_the_period_an_audit_covers(head: list[str], period: str | None) -> None:
    from extractors.audit_scope import audit_period_facts

    facts = audit_period_facts(ExtractContext(paper(head)))
    assert (facts[0].value if facts else None) == period


@pytest.mark.parametrize("works", [
    "研发中心实验楼装修改造及配套工程（墙地面、吊顶、给排水、暖通）",
    "中试车间土建工程",
    "研发楼建筑安装工程",
    "实验室装修工程",
])
def test_an_rd_budget_holding_building_works_counts_without_them(works: str) -> None:
    from extractors.investment import stated_amounts

    rows = [["支出类别", "明细", "申报单位自筹（万元）"],
            ["费用化支出", "消耗材料费", "620.00"], ["费用化支出", "人工费用", "880.00"],
            ["资本化支出", "研发设备、仪器", "760.00"], ["资本化支出", works, "410.00"],
            ["合计", "2022年7月1日起新增研发投入", "2670.00"]]
    doc = paper(["项目研发投入预算表", "单位：万元"], [rows], kind="other")
    facts = stated_amounts(ExtractContext(doc), 0.8, "test", frozenset({"rd_investment"}))
    assert {f.value for f in facts if f.name == "rd_investment"} == {Decimal("2260")}


@pytest.mark.parametrize(("lines", "rows", "direction"), [
    (["二、攻关内容：高频响比例阀芯设计、数字化控制器。"], [["攻关方向", "附件1-26第10项：数字化控制液压阀"]],
     "附件1-26第10项:数字化控制液压阀"),  # a table cell's text normalised (full-width colon)
    (["攻关内容：阀控系统在线诊断", "申报方向：数字化控制液压阀"], None, "数字化控制液压阀"),
    (["攻关内容：高端数控机床主轴设计"], None, "高端数控机床主轴设计"),
])
def test_the_declared_direction_is_the_direction_field_before_the_work_described(
        lines: list[str], rows: list[list[str]] | None, direction: str) -> None:
    from extractors.statements import statement_facts

    facts = statement_facts(ExtractContext(paper(lines, [rows] if rows else None, kind="application_form")), 0.8, "t")
    assert [f.value for f in facts if f.name == "declared_direction"] == [direction]
