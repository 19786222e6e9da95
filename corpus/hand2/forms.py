"""Application forms (项目入库申报表) and performance-target forms (附件1-x) as applicants fill them in."""

from __future__ import annotations

from corpus.builders import Doc
from corpus.hand2.common import cn_date, dot_date

ANNEX = {"major-tech-renovation": ("1-1", "高端化改造升级项目绩效目标申报表"),
         "industrial-foundation": ("1-1", "高端化改造升级项目绩效目标申报表"),
         "smart-factory": ("1-2", "智能制造示范工厂项目绩效目标申报表"),
         "iiot-benchmark-factory": ("1-3", "工业互联网标杆工厂项目绩效目标申报表"),
         "5g-iiot": ("1-4", "“5G+工业互联网”融合应用项目绩效目标申报表"),
         "service-manufacturing": ("1-5", "服务化改造升级标杆示范项目绩效目标申报表"),
         "iiot-platform": ("1-7", "工业互联网平台项目绩效目标申报表"),
         "iiot-security": ("1-8", "工业互联网安全项目绩效目标申报表"),
         "data-productization": ("1-11", "数据产品化项目绩效目标申报表"),
         "core-tech": ("1-12", "关键核心技术（装备）工程化攻关项目绩效目标申报表"),
         "merger-acquisition": ("1-13", "企业重大兼并重组项目绩效目标申报表"),
         "specialized-sme": ("1-14", "专精特新中小企业能力提升项目绩效目标申报表"),
         "lead-software-enterprise": ("1-15", "头雁型软件企业培育项目绩效目标申报表"),
         "green-upgrade": ("1-18", "绿色化改造升级项目绩效目标申报表"),
         "connected-vehicles": ("1-19", "车联网示范应用项目绩效目标申报表"),
         "innovation-center": ("1-21", "省级制造业创新中心创新能力建设项目绩效目标申报表"),
         "cluster-promotion": ("1-22", "集群发展促进机构项目绩效目标申报表"),
         "sme-service-platform": ("1-23", "中小企业公共服务示范平台项目绩效目标申报表"),
         "talent-training": ("1-25", "产业人才培训项目绩效目标申报表")}

TYPE_NAME = {"major-tech-renovation": "高端化改造升级项目（重大技术改造）",
             "industrial-foundation": "高端化改造升级项目（产业基础再造）",
             "smart-factory": "标杆示范项目—智能制造示范工厂",
             "iiot-benchmark-factory": "标杆示范项目—工业互联网标杆工厂",
             "5g-iiot": "“5G+工业互联网”融合应用项目",
             "service-manufacturing": "服务化改造升级标杆示范项目",
             "iiot-platform": "工业互联网平台项目",
             "iiot-security": "工业互联网安全项目",
             "data-productization": "数据产品化项目",
             "core-tech": "关键核心技术（装备）工程化攻关项目",
             "merger-acquisition": "企业重大兼并重组项目",
             "specialized-sme": "专精特新中小企业能力提升项目",
             "lead-software-enterprise": "头雁型软件企业培育项目",
             "green-upgrade": "绿色化改造升级项目",
             "connected-vehicles": "车联网示范应用项目",
             "innovation-center": "省级制造业创新中心创新能力建设项目",
             "cluster-promotion": "集群发展促进机构项目",
             "sme-service-platform": "中小企业公共服务示范平台项目",
             "talent-training": "“英才名匠”产业人才培训项目"}


def application_form(category: str, p: dict, style: int = 0, extra: list[list[str]] | None = None) -> Doc:
    """项目入库申报表. p: applicant, uscc, unit (推荐单位), project, start, end, total (text), contact, date."""
    doc = Doc().title("2023年度江苏省工业和信息产业转型升级专项资金项目入库申报表")
    if style % 3 == 0:
        rows = [["项目名称", p["project"]], ["项目类别", TYPE_NAME[category]],
                ["项目承担单位", p["applicant"]], ["统一社会信用代码", p["uscc"]],
                ["项目推荐单位", p["unit"]], ["项目建设起止时间", f"{cn_date(p['start'])}至{cn_date(p['end'])}"],
                ["项目总投入", p["total"]], ["联系人及电话", p.get("contact", "张伟 0512-6688xxxx")]]
    elif style % 3 == 1:
        rows = [["申报单位（盖章）", p["applicant"], "统一社会信用代码", p["uscc"]],
                ["推荐单位", p["unit"], "申报类别", TYPE_NAME[category]],
                ["项目名称", p["project"], "", ""],
                ["开始时间", dot_date(p["start"]), "结束时间", dot_date(p["end"])],
                ["计划总投资", p["total"], "联系人", p.get("contact", "刘洋 025-8457xxxx")]]
    else:
        rows = [["一、申报单位基本情况", ""], ["单位名称", p["applicant"]], ["统一社会信用代码", p["uscc"]],
                ["二、项目基本情况", ""], ["项目名称", p["project"]], ["专项类别", TYPE_NAME[category]],
                ["项目推荐单位", p["unit"]], ["实施期限", f"{p['start'][:7].replace('-', '年')}月—{p['end'][:7].replace('-', '年')}月"],
                ["项目总投入（万元）", p["total"]]]
    doc.table(rows + (extra or []))
    if p.get("summary"):
        doc.para("项目主要建设内容：" + p["summary"])
    doc.para("申报单位承诺：所提交材料真实、准确、完整，如有虚假，愿承担相应责任。")
    doc.sign(f"申报日期：{cn_date(p['date'])}")
    return doc


def performance_form(category: str, p: dict, indicators: list[tuple[str, str, str]], style: int = 0) -> Doc:
    """附件1-x 绩效目标申报表 as a table; indicators are (二级指标, 三级指标, 指标值)."""
    number, title = ANNEX[category]
    doc = Doc().para(f"附件{number}").title(title).para("（2023年度）")
    doc.table([["项目名称", p["project"], "", ""],
               ["项目推荐单位", p["unit"], "项目承担单位", p["applicant"]],
               ["项目开始时间", dot_date(p["start"]) if style % 2 else cn_date(p["start"]),
                "项目结束时间", dot_date(p["end"]) if style % 2 else cn_date(p["end"])],
               ["总体目标", p.get("goal", "按计划完成项目建设内容，形成示范带动效应。"), "", ""]])
    rows = [["一级指标", "二级指标", "三级指标", "指标值"]]
    for second, third, value in indicators:
        first = "效益指标" if second in ("经济效益", "社会效益", "可持续发展") else "产出指标"
        rows.append([first, second, third, value])
    doc.table(rows)
    return doc
