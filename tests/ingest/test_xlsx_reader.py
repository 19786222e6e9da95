"""Workbooks as applicants attach them: lists and forms kept in Excel, read as shown, with the sheet and cell."""

from __future__ import annotations

import datetime
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Border, Side

from grantcheck.pipeline import extract_file
from grantcheck.report.words import source_place
from ingest.classify import classify
from ingest.model import DocStatus
from ingest.read import read_file
from ingest.xlsx_format import shown

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _rule(sheet, first_row: int, last_row: int) -> None:
    for row in sheet.iter_rows(min_row=first_row, max_row=last_row):
        for cell in row:
            cell.border = BOX


def _equipment_list(path: Path, ruled: bool = True) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "设备购置清单"
    sheet.merge_cells("A1:F1")
    sheet["A1"] = "智能化改造项目设备购置清单"
    sheet["A2"], sheet["E2"] = "编制单位：江苏恒远精工机械有限公司", "单位：元"
    sheet.append(["序号", "设备名称", "数量", "合同金额（含税）", "不含税金额", "发票日期"])
    sheet.append([1, "五轴联动加工中心", 2, 4520000, 4000000, datetime.date(2022, 3, 15)])
    sheet.append([2, "MES制造执行系统", 1, 1130000, 1000000, datetime.date(2022, 5, 6)])
    sheet.append(["合计", None, None, 5650000, 5000000, None])
    for row in sheet.iter_rows(min_row=4, max_row=6):
        row[3].number_format = row[4].number_format = "#,##0.00"
        row[5].number_format = 'yyyy"年"m"月"d"日"'
    if ruled:
        _rule(sheet, 3, 6)
    sheet["A8"] = "注：以上金额不含土建工程。"
    book.save(path)
    return path


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "gridlines-only"])
def test_a_list_reads_as_a_table_under_its_title_and_unit_caption(tmp_path: Path, ruled: bool) -> None:
    document = read_file(_equipment_list(tmp_path / "清单.xlsx", ruled), "清单.xlsx")
    assert document.status == DocStatus.ok and document.page_count == 1
    page = document.pages[0]
    assert [line.text for line in page.lines] == [
        "智能化改造项目设备购置清单", "编制单位：江苏恒远精工机械有限公司 单位：元", "注：以上金额不含土建工程。"]
    (table,) = page.tables
    assert [c.text for c in table.rows[0]] == ["序号", "设备名称", "数量", "合同金额（含税）", "不含税金额", "发票日期"]
    assert [c.text for c in table.rows[1]] == ["1", "五轴联动加工中心", "2", "4,520,000.00", "4,000,000.00", "2022年3月15日"]
    assert [c.text for c in table.rows[3]] == ["合计", "", "", "5,650,000.00", "5,000,000.00", ""]
    assert table.rows[3][4].locator == "t1r4c5@设备购置清单!E6"
    assert page.lines[1].locator == "设备购置清单!A2:E2"


def test_a_list_with_an_invoice_date_column_is_no_invoice(tmp_path: Path) -> None:
    document = classify(read_file(_equipment_list(tmp_path / "设备购置清单.xlsx"), "设备购置清单.xlsx"))
    assert document.kind == "other"


def test_an_application_form_kept_in_excel_gives_its_figures_with_sheet_and_cell(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "申报表"
    sheet.merge_cells("A1:D1")
    sheet["A1"] = "2023年度省工业和信息产业转型升级专项资金项目申报表"
    for row in [("申报单位", "江苏恒远精工机械有限公司", "联系人", "周敏"),
                ("项目名称", "高精度齿轮智能制造示范工厂建设项目", "申报方向", "智能制造示范工厂"),
                ("项目总投入（万元）", 4280.5, "其中：软件及系统集成（万元）", 612.3),
                ("开工时间", datetime.date(2021, 3, 1), "完工时间", datetime.date(2022, 5, 30))]:
        sheet.append(list(row))
    sheet["B4"].number_format = sheet["D4"].number_format = "#,##0.00"
    sheet["B5"].number_format = sheet["D5"].number_format = "yyyy/m/d"
    _rule(sheet, 2, 5)
    path = tmp_path / "附件1 项目申报表.xlsx"
    book.save(path)
    document, facts = extract_file(path)
    assert document.kind == "application_form"
    found = {fact.name: fact for fact in facts}
    assert found["total_investment"].value == Decimal("4280.5")
    assert found["software_investment"].value == Decimal("612.3")
    assert found["project_name"].value == "高精度齿轮智能制造示范工厂建设项目"
    assert str(found["completion_date"].value) == "2022-05-30"
    source = found["total_investment"].provenance
    assert source.locator.endswith("@申报表!B4") and source.text == "4,280.50"
    assert source_place(source.model_dump()) == "工作表「申报表」B4"


def test_the_figure_on_a_second_sheet_is_on_page_two_and_hidden_sheets_are_not_read(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "封面"
    book.active["A1"] = "项目预算表"
    detail = book.create_sheet("预算明细 (2)")
    detail.append(["科目", "金额（万元）", "占比"])
    detail.append(["设备购置", 1060, 0.8548])
    detail.append(["软件", 180, 0.1452])
    detail["C2"].number_format = detail["C3"].number_format = "0.00%"
    scratch = book.create_sheet("草稿")
    scratch["A1"] = "作废数据 9999"
    scratch.sheet_state = "hidden"
    path = tmp_path / "预算.xlsx"
    book.save(path)
    document = read_file(path, "预算.xlsx")
    assert document.page_count == 2
    (table,) = document.pages[1].tables
    assert [c.text for c in table.rows[1]] == ["设备购置", "1060", "85.48%"]
    assert table.rows[1][1].locator == "t1r2c2@'预算明细 (2)'!B2"
    assert "9999" not in document.text


def _workbook_with_sheet(sheet_xml: str, styles: str = "") -> bytes:
    """A workbook written the way Excel saves one: formulas with their stored results, shared strings."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", (
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="汇总" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'))
        archive.writestr("xl/sharedStrings.xml", (
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<si><t>项目</t></si><si><t>金额（万元）</t></si>'
            '<si><r><t>设备</t></r><r><t>购置</t></r><rPh><t>シェビ</t></rPh></si><si><t>合计</t></si></sst>'))
        if styles:
            archive.writestr("xl/styles.xml", styles)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return buffer.getvalue()


SHEET = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
         '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>1234.5</v></c></row>'
         '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" s="1"><f>{formula}</f>{result}</c></row>'
         '</sheetData></worksheet>')
STYLES = ('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="176" formatCode="#,##0.00_);[Red]\\(#,##0.00\\)"/></numFmts>'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="176"/></cellXfs></styleSheet>')


@pytest.mark.parametrize(("formula", "result", "shown_as", "note"), [
    ("SUM(B2:B2)", "<v>1234.5</v>", "1,234.50", None),  # as Excel saves it
    ("SUM(B2:B2)", "", "1,234.50", "1 个公式单元格未保存计算结果，已按公式计算"),  # as exporters write it
    ("B2*1.13-B2", "", "160.49", "已按公式计算"),
    ("ROUND(B2/3,2)", "", "411.50", "已按公式计算"),
    ("VLOOKUP(A2,汇总!A:B,2,FALSE)", "", "", "1 个公式单元格未保存计算结果且无法计算，按空白读取"),
    ("'其他表'!B9", "", "", "无法计算"),
])
def test_a_formula_shows_its_result_stored_or_worked_out(tmp_path: Path, formula: str, result: str, shown_as: str,
                                                         note: str | None) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(_workbook_with_sheet(SHEET.format(formula=formula, result=result), STYLES))
    document = read_file(path, "book.xlsx")
    rows = [[c.text for c in row] for row in document.pages[0].tables[0].rows]
    if shown_as:
        assert rows == [["项目", "金额（万元）"], ["设备购置", "1,234.50"], ["合计", shown_as]]
    else:  # nothing shown beside 合计: a line under the table
        assert rows == [["项目", "金额（万元）"], ["设备购置", "1,234.50"]]
        assert [line.text for line in document.pages[0].lines] == ["合计"]
    assert document.status == DocStatus.ok
    assert (note is None and document.error is None) or (note and note in document.error)


@pytest.mark.parametrize(("value", "code", "text"), [
    (1234.5, "General", "1234.5"),
    (0.1 + 0.2, "General", "0.3"),
    (3314, '#,##0.00"万元"', "3,314.00万元"),
    (-86.4, "#,##0.00_);(#,##0.00)", "(86.40)"),
    (-12.35, '_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ', "¥-12.35"),
    (1234567, "#,##0,", "1,235"),
    (0.2431, "0.00%", "24.31%"),
    (160.485, "#,##0.00", "160.49"),  # Excel rounds the decimal it shows, halves away from zero
    (0.125, "0.00", "0.13"),
    (45000, "yyyy-mm-dd", "2023年3月15日"),
    (45000, 'yyyy"年"m"月"', "2023年3月"),
    (45000.75, "yyyy/m/d h:mm", "2023年3月15日"),
])
def test_cells_read_as_excel_shows_them(value: float, code: str, text: str) -> None:
    assert shown(value, code) == text


@pytest.mark.parametrize(("part", "data", "reason"), [
    ("xl/worksheets/sheet1.xml", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet>&e;</worksheet>',
     "DOCTYPE"),
    ("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>", "格式错误"),
    ("xl/workbook.xml", "<workbook/>", "没有可见的工作表"),
])
def test_hostile_or_broken_workbooks_are_unreadable_with_the_reason(tmp_path: Path, part: str, data: str,
                                                                    reason: str) -> None:
    raw = io.BytesIO(_workbook_with_sheet(SHEET.format(formula="SUM(B2:B2)", result="")))
    rebuilt = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(rebuilt, "w") as target:
        for name in source.namelist():
            target.writestr(name, data if name == part else source.read(name))
    path = tmp_path / "hostile.xlsx"
    path.write_bytes(rebuilt.getvalue())
    document = read_file(path, "hostile.xlsx")
    assert document.status == DocStatus.unreadable and reason in document.error


def test_a_bomb_inside_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b"a" * (20 * 1024 * 1024))
    document = read_file(path, "bomb.xlsx")
    assert document.status == DocStatus.unreadable
