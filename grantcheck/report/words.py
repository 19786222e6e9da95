"""The reviewer's vocabulary: every identifier a report carries, said in Chinese.

Figure names come from checklists/data/figures.yaml, category titles and the guide's title from the
guide, document kinds from CONTRACT.md's table. Identifiers stay available for hover (title attributes).
"""

from __future__ import annotations

import re
from functools import cache

from checklists.loader import figure_glossary, load_guide

OUTCOME = {"eligible": "符合条件", "ineligible": "不符合条件", "incomplete": "材料不全", "needs_review": "需人工复核"}
STATUS = {"pass": "通过", "fail": "不通过", "missing": "缺少材料", "review": "需人工核对"}
DOC_STATUS = {"ok": "已读取", "ocr": "OCR 识别", "unreadable": "无法读取", "unsupported": "格式不支持"}
CATEGORY_SOURCE = {"given": "申报时指定", "detected": "据申报材料识别", "unknown": "未能识别"}
KINDS = {
    "application_form": "项目申报书", "performance_form": "绩效目标申报表", "acceptance_opinion": "验收意见",
    "audit_report": "专项审计报告", "invoice": "发票", "contract": "合同", "payment_voucher": "银行付款凭证",
    "project_filing": "项目备案（核准）文件", "eia_approval": "环评批复", "energy_review": "节能审查意见",
    "procedure_exemption": "推荐单位关于无需相关手续的说明", "construction_start_certificate": "开工证明",
    "designation_certificate": "认定文件（证书）", "third_party_test_report": "第三方测试报告",
    "loan_contract": "贷款合同", "interest_statement": "银行利息单", "business_license": "营业执照",
    "registration_notice": "准予变更登记通知书", "other": "其他材料", "correction": "人工更正",
}
VALUES = {"passed": "通过验收", "rejected": "未通过验收", "consistent": "一致", "inconsistent": "不一致",
          "mismatch": "不一致", "agree": "一致", "disagree": "不一致", "inside": "均在实施期内",
          "outside": "有超出实施期的", "true": "是", "false": "否", "valid": "有效", "invalid": "无效",
          "none": "无", "found": "有", "repeated": "有重复（已只计一次）"}
# Facts the extractors name that figures.yaml does not list (parts of a total, invoice fields).
PRIVATE_FIGURES = {
    "acceptance_issuer": "验收意见出具单位", "construction_cost": "土建投资", "working_capital": "铺底流动资金",
    "equipment_investment": "设备投入", "other_investment": "其他投入", "devices_networked": "联网设备数",
    "issue_date": "出具日期", "revenue": "营业收入", "amount_excl_tax": "不含税金额", "tax_amount": "税额",
    "total_incl_tax": "价税合计", "invoice_code": "发票代码", "invoice_number": "发票号码",
    "procedure_done": "已办理的手续", "line_item": "明细项", "procedure_exempted": "免办手续说明", "form_title": "表格标题",
}
UNITS = {"万元": "万元", "count": "", "ratio": "", "date": "", "text": "", "day": "天"}
SUBSIDY_BASIS_NOTE = "仅供参考"

_CELL = re.compile(r"^t(\d+)r(\d+)c(\d+)$")
_TABLE_CELL_AT = re.compile(r"^t\d+r\d+c\d+@")  # a workbook's table cell: its sheet and address say it better
_PARAGRAPH = re.compile(r"^p(\d+)$")
_SHEET = re.compile(r"^(?:'(?P<quoted>.+)'|(?P<name>[^!]+))!(?P<first>[A-Z]{1,3}\d+)(?::(?P<last>[A-Z]{1,3}\d+))?$")
_CODES = re.compile(r"（[^）]*[A-Za-z|][^）]*）")  # （passed | rejected）, （core-tech）: identifiers, not words


@cache
def _glossary() -> dict[str, dict[str, str]]:
    return figure_glossary()


def figure_name(name: str) -> str:
    """The short Chinese name of a figure: 项目总投入, not total_investment."""
    meaning = _glossary().get(name, {}).get("meaning")
    if not meaning:
        return PRIVATE_FIGURES.get(name, name)
    first = meaning.split("；")[0]
    return _CODES.sub("", first).strip() or meaning


def figure_meaning(name: str) -> str:
    return _glossary().get(name, {}).get("meaning", PRIVATE_FIGURES.get(name, name))


def kind_name(kind: str) -> str:
    return KINDS.get(kind, kind)


def category_title(code: str | None, guide: str) -> str:
    if code is None:
        return "类别未识别"
    try:
        category = load_guide(guide).categories.get(code)
    except Exception:  # an unknown guide: the code is all there is
        return code
    return category.title if category else code


def guide_title(guide: str) -> str:
    try:
        return load_guide(guide).title or guide
    except Exception:
        return guide


def value_text(value: object, unit: str) -> str:
    """A figure's value as a reviewer reads it: 3256.78 万元, 45.00%, 2022-05-20, 一致."""
    if value is None:
        return "未读到"
    if unit == "万元" and isinstance(value, (int, float)):
        return f"{value:,.2f} 万元"
    if unit == "ratio" and isinstance(value, (int, float)):
        return f"{value:.2%}"
    if unit == "count" and isinstance(value, (int, float)):
        return f"{value:g}"
    return VALUES.get(str(value), str(value))


def place(locator: str | None) -> str:
    """A locator in words: t1r7c2 → 表1 第7行 第2列; p12 → 第12段; an XML path → 电子票据数据项."""
    if not locator:
        return ""
    locator = _TABLE_CELL_AT.sub("", locator)
    cell = _CELL.match(locator)
    if cell:
        return f"表{cell.group(1)} 第{cell.group(2)}行 第{cell.group(3)}列"
    paragraph = _PARAGRAPH.match(locator)
    if paragraph:
        return f"第{paragraph.group(1)}段"
    sheet = _SHEET.match(locator)
    if sheet:
        span = sheet["first"] + (f":{sheet['last']}" if sheet["last"] else "")
        return f"工作表「{sheet['quoted'] or sheet['name']}」{span}"
    return "电子票据数据项"


def source_place(source: dict) -> str:
    """Where in its document a source is: 第2页 表1 第7行 第2列; a workbook's sheet and cells (its page is the
    sheet's place, which the sheet's name says better)."""
    on_sheet = bool(_SHEET.match(_TABLE_CELL_AT.sub("", source.get("locator") or "")))
    page = f"第{source['page']}页" if source.get("page") and not on_sheet else ""
    return " ".join(part for part in (page, place(source.get("locator"))) if part)


def confidence_words(figure: dict) -> str:
    """How sure: 人工更正 / 来源不一致 / OCR 识别 / 已核对 / 单一来源, not 0.80."""
    sources = figure.get("sources", [])
    if any(s.get("extractor") == "correction" for s in sources):
        return "人工更正"
    if figure.get("status") == "conflict":
        return "来源不一致"
    ocr = any(s.get("ocr") for s in sources)
    corroborated = bool(figure.get("corroborated_by"))
    if ocr:
        return "OCR 识别，已与其他材料核对" if corroborated else "OCR 识别"
    if figure.get("status") == "tax_incl":
        return "仅见含税金额"
    if figure.get("status") == "low":
        return "识别不确定"
    if corroborated:
        return "已核对"
    return "单一来源"


def shortfall_text(shortfall: dict | None) -> str:
    if not shortfall:
        return ""
    value, unit = shortfall["value"], shortfall["unit"]
    if unit == "万元":
        return f"差 {value:.2f} 万元"
    if unit == "day":
        return f"相差 {value} 天"
    if unit == "ratio":
        return f"差 {value * 100:.2f} 个百分点"
    return f"还差 {value} 项"
