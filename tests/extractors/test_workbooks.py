"""Figures kept in workbooks: each sheet is a paper of its own, titled by its first line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from grantcheck.pipeline import extract_file


def _budget(path: Path, second_title: str, rows: list[tuple[str, float]], total_label: str = "合计") -> Path:
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "总预算"
    cover.append(["项目总预算（按资金来源）"])
    cover.append(["单位：万元"])
    cover.append(["资金来源", "2022年7-12月", "2023年", "2024年", "合计"])
    cover.append(["申报单位自筹", 620, 1640, 1160, 3420])
    cover.append(["合作单位（东南大学）", 120, 380, 260, 760])
    cover.append(["合计", 740, 2020, 1420, 4180])
    detail = book.create_sheet("明细")
    detail.append([second_title])
    detail.append(["单位：万元"])
    detail.append(["序号", "支出科目", "金额", "备注"])
    for index, (name, amount) in enumerate(rows, start=1):
        detail.append([index, name, amount, None])
    detail.append([None, total_label, sum(amount for _, amount in rows), None])
    for sheet in (cover, detail):
        for row in sheet.iter_rows(min_row=3):
            for cell in row:
                if isinstance(cell.value, (int, float)) and cell.column > 2 or cell.column > 1 and sheet is cover:
                    cell.number_format = "#,##0.00"
    book.save(path)
    return path


@pytest.mark.parametrize(("title", "rows", "total_label"), [
    ("申报单位新增研发投入预算明细（2022年7月1日起）", [("材料费", 486), ("人工费用", 1128), ("测试化验加工费", 364),
                                          ("燃料动力费", 96), ("样机试制及模具费", 162), ("研发设备仪器购置", 968),
                                          ("外购EDA及测试软件", 216)], "合计"),
    ("攻关项目新增研发经费预算表", [("人员人工费用", 1300), ("直接投入费用", 900), ("研发设备购置", 1220)], "总计"),
    ("关键核心技术攻关研发投入预算（申报单位部分）", [("费用化支出", 2236), ("资本化支出", 1184)], "合  计"),
])
def test_the_second_sheets_titled_total_is_that_figure(tmp_path: Path, title: str, rows: list, total_label: str) -> None:
    _, facts = extract_file(_budget(tmp_path / "附件3 项目研发投入预算表.xlsx", title, rows, total_label))
    research = [f for f in facts if f.name == "rd_investment"]
    assert [f.value for f in research] == [Decimal("3420")]
    assert research[0].provenance.locator.endswith("@明细!C" + str(4 + len(rows)))
    # the cover's own total, by source, is the whole budget (the partner's share in it), not the applicant's R&D
    assert all(f.value != Decimal("4180") for f in facts if f.name == "rd_investment")


def _yearly_budget(path: Path, years: list[tuple[str, list[float]]], title: str = "{year}先导区建设投资预算") -> Path:
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "说明"
    cover.append(["先导区建设投资预算表"])
    cover.append(["分年度预算见后附工作表"])
    for year, amounts in years:
        sheet = book.create_sheet(year)
        sheet.append([title.format(year=year)])
        sheet.append(["单位：万元"])
        sheet.append(["序号", "建设内容", "预算金额", "资金来源"])
        for index, amount in enumerate(amounts, start=1):
            sheet.append([index, f"建设内容{index}", amount, "管委会及运营主体"])
        sheet.append([None, "合计", sum(amounts), None])
    book.save(path)
    return path


@pytest.mark.parametrize(("years", "title", "total"), [
    ([("2023年度", [1860, 1420, 1080, 500]), ("2024年度", [1740, 1260, 1320, 400])], "{year}先导区建设投资预算", "9580"),
    ([("2023年", [3000, 1200]), ("2024年", [2800, 900]), ("2025年", [1500])], "{year}投资预算明细", "9400"),
    ([("2023", [4860]), ("2024", [4720])], "{year}年度建设投资预算表", "9580"),
])
def test_a_budget_kept_one_sheet_per_year_is_their_sum(tmp_path: Path, years: list, title: str, total: str) -> None:
    _, facts = extract_file(_yearly_budget(tmp_path / "附件3：投资预算表.xlsx", years, title))
    budget = [f for f in facts if f.name == "investment_budget"]
    assert [f.value for f in budget] == [Decimal(total)]
    assert budget[0].confidence >= 0.7  # a 预算金额 column is the budget itself
    assert all(year.rstrip("年度") in budget[0].provenance.text for year, _ in years)


def test_sheets_not_told_apart_by_year_are_not_added_up(tmp_path: Path) -> None:
    path = _yearly_budget(tmp_path / "预算.xlsx", [("方案一", [4860]), ("方案二", [4720])], "{year}投资预算")
    _, facts = extract_file(path)
    assert Decimal("9580") not in [f.value for f in facts if f.name == "investment_budget"]
