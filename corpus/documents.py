"""The documents of a packet, written as different issuers write them (wording and layout vary)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import cn2an

from corpus.builders import Doc
from corpus.spec import Invoice, Spec

CN_DIGITS = "〇一二三四五六七八九"
FORM_TITLES = {
    "smart-factory": ("附件1-2", "智能制造示范工厂项目绩效目标申报表"),
    "iiot-benchmark-factory": ("附件1-3", "工业互联网标杆工厂项目绩效目标申报表"),
    "5g-iiot": ("附件1-4", "“5G+工业互联网”融合应用项目绩效目标申报表"),
    "service-manufacturing": ("附件1-5", "服务化改造升级标杆示范项目绩效目标申报表"),
}


def wan(value: Decimal) -> str:
    return f"{value:,.2f}万元"


def yuan(value: Decimal) -> str:
    return f"{value * 10000:,.2f}元"


def capital(value: Decimal) -> str:
    return "人民币" + cn2an.an2cn(f"{value * 10000:.2f}", "rmb")


def money(value: Decimal, variant: int) -> str:
    return (wan, yuan, lambda v: f"{capital(v)}（{yuan(v)}）", wan)[variant % 4](value)


def day(value: date, variant: int) -> str:
    if variant % 4 == 1:
        return value.isoformat()
    if variant % 4 == 2:
        return f"{value:%Y.%m.%d}"
    if variant % 4 == 3:
        year = "".join(CN_DIGITS[int(d)] for d in str(value.year))
        return f"{year}年{cn2an.an2cn(str(value.month), 'low')}月{cn2an.an2cn(str(value.day), 'low')}日"
    return f"{value.year}年{value.month}月{value.day}日"


def audit_report(s: Spec) -> Doc:
    v = s.variant
    firm = ("江苏天衡会计师事务所（特殊普通合伙）", "苏州华明会计师事务所有限公司", "中汇会计师事务所（特殊普通合伙）")[v % 3]
    doc = Doc().title(f"关于{s.applicant}{s.project}的专项审计报告")
    doc.para(f"苏华审字〔2022〕第{100 + s.seed}号")
    doc.para(f"{s.applicant}：")
    doc.para(f"我们接受委托，对贵公司{s.project}（以下简称“项目”）的投入情况进行了专项审计。"
             f"项目建设期自{day(s.start, v)}至{day(s.completion, v)}。")
    tax_word = "（含税）" if s.tax_included_only else ("（不含税）" if v % 2 == 0 else "")
    total = s.gross
    if v % 3 == 0:
        doc.para(f"经审计，项目总投入{tax_word}为{money(total, v)}，其中软件、系统集成、公私有云等投入"
                 f"{money(s.software, v)}。")
    elif v % 3 == 1:
        doc.para(f"经审核确认，该项目实际完成投资{money(total, v)}{tax_word}，其中软件及系统集成投入{money(s.software, v)}。")
    else:
        doc.para(f"审定项目投资合计{tax_word}{money(total, v)}。")
    if not s.tax_included_only and v % 2 == 1:
        doc.para("以上金额均不含增值税。")
    doc.page()
    doc.para("附表：项目投入明细表" + ("（单位：万元）" if v % 2 == 0 else ""))
    doc.table(_breakdown(s))
    doc.sign(firm).stamp(firm)
    doc.sign(f"中国注册会计师：王明　{day(date(s.completion.year, 8, 10), 0)}")
    return doc


def _breakdown(s: Spec) -> list[list[str]]:
    v = s.variant
    equipment = s.total - s.software - Decimal("120.00")
    hw = [("设备购置", equipment), ("软件购置", s.software * Decimal("0.6")),
          ("系统集成", s.software - s.software * Decimal("0.6")), ("咨询、设计及检测", Decimal("120.00"))]
    if s.construction:
        hw.append(("土建工程", s.construction))
    if s.working_capital:
        hw.append(("铺底流动资金", s.working_capital))
    if v % 2 == 0:
        header = ["序号", "投资内容", "申报金额", "审定金额" + ("（含税）" if s.tax_included_only else "（不含税）")]
        rows = [[str(i), name, f"{value + 5:,.2f}", f"{value:,.2f}"] for i, (name, value) in enumerate(hw, 1)]
        rows.append(["", "合计", f"{s.gross + 5 * len(hw):,.2f}", f"{s.gross:,.2f}"])
    else:
        header = ["项目", "审定金额（元）", "备注"]
        rows = [[name, f"{value * 10000:,.2f}", ""] for name, value in hw]
        rows.append(["合计", f"{s.gross * 10000:,.2f}", ""])
    return [header, *rows]


def acceptance_opinion(s: Spec) -> Doc:
    v = s.variant
    verdict = "专家组一致同意该项目通过验收。" if s.conclusion == "passed" else "专家组认为项目资料不全，不同意通过验收。"
    doc = Doc().title(f"{s.project}验收意见")
    network = ""
    if s.devices_wireless is not None:
        network = (f"项目实施区域5G网络全面覆盖，搭建了边缘计算系统（MEC），应用标识解析实现数据追溯；无线联网设备数{s.devices_wireless}台，"
                   f"5G联网设备数{s.devices_5g}台，5G应用场景数{s.scenarios_5g}个。")
    if v % 2 == 0:
        doc.para(f"{day(s.acceptance, v)}，{s.recommender}组织专家对{s.applicant}{s.project}进行了验收。"
                 f"专家组听取了项目汇报，查阅了相关资料，经质询讨论，形成验收意见如下：")
        doc.para(f"项目于{day(s.completion, v)}完工，完成了建设内容。{network}")
        doc.para(verdict)
    else:
        doc.table([["项目名称", s.project], ["项目承担单位", s.applicant], ["项目推荐单位", s.recommender],
                   ["竣工日期", day(s.completion, v)], ["验收日期", day(s.acceptance, v)],
                   ["验收结论", "同意通过验收" if s.conclusion == "passed" else "不同意通过验收"]])
        if network:
            doc.para(network)
    doc.sign(f"{s.recommender}（盖章）").stamp(s.recommender)
    doc.sign(day(s.acceptance, 0))
    return doc


def performance_form(s: Spec) -> Doc:
    annex, title = FORM_TITLES[s.category]
    doc = Doc().para(annex).title(title).para("（2023年度）")
    rows = [["项目名称", s.project], ["项目推荐单位", s.recommender], ["项目承担单位", s.applicant],
            ["项目开始时间", f"{s.start.year}年{s.start.month}月"], ["项目结束时间", f"{s.completion.year}年{s.completion.month}月"],
            ["项目总投入（万元）", f"{s.total:.2f}"]]
    if s.scenarios_5g is not None:
        rows += [["项目建设5G应用场景数（个）", str(s.scenarios_5g)], ["项目应用设备5G方式联网数（台）", str(s.devices_5g)]]
    doc.table(rows)
    doc.sign(f"填报日期：{day(s.application, 0)}")
    return doc


def certificate(s: Spec, what: str, region: str, year: int) -> Doc:
    """A designation as the issuer words it: 证书 or 认定通知, with grade and validity when it has them."""
    issuer = {"江苏省": "江苏省工业和信息化厅", "国家": "工业和信息化部", "苏州市": "苏州市工业和信息化局"}[region]
    doc = Doc().title("证　书" if s.variant % 2 == 0 else f"{region}{what}认定通知")
    doc.para(f"{s.applicant}：")
    doc.para(f"经单位申报、专家评审，贵单位被认定为{year}年度{region if region != '国家' else ''}{what}。")
    if s.integration_grade:
        doc.para(f"贵单位已通过两化融合管理体系{s.integration_grade}级评定，并已在省两化融合贯标联盟完成贯标备案审核。")
    if s.valid_until:
        doc.para(f"有效期至{day(s.valid_until, 0)}。")
    return doc.sign(issuer).stamp(issuer).sign(f"{year}年12月20日")


def designation_certificate(s: Spec) -> Doc:
    assert s.designation is not None
    return certificate(s, *s.designation)


def test_report(s: Spec) -> Doc:
    doc = Doc().title("工业互联网标杆工厂第三方测试报告")
    doc.para(f"委托单位：{s.applicant}")
    doc.para("测试机构：江苏省工业互联网测试中心")
    doc.table([["指标", "认定时", "现状", "结论"], ["设备联网率", "82%", "95%", "提升"],
               ["数据采集覆盖率", "70%", "90%", "提升"], ["订单交付周期", "15天", "12天", "提升"]])
    doc.para(f"测试结论：与认定时相比，提升指标数{s.improved_indicators}项。")
    return doc


def _procedure(title: str, body: str, issuer: str, when: date) -> Doc:
    return Doc().title(title).para(body).sign(issuer).stamp(issuer).sign(day(when, 0))


def project_filing(s: Spec) -> Doc:
    return _procedure("江苏省投资项目备案证", f"备案证号：苏园行审备〔{s.start.year}〕{s.seed}号。项目名称：{s.project}；"
                      f"项目法人单位：{s.applicant}。", "苏州工业园区行政审批局", date(s.start.year - 1, 11, 2))


def eia_approval(s: Spec) -> Doc:
    return _procedure(f"关于{s.applicant}{s.project}环境影响报告表的批复",
                      f"{s.applicant}：你单位报送的环境影响报告表收悉，经研究，同意该项目建设。",
                      "苏州市生态环境局", date(s.start.year - 1, 12, 5))


def energy_review(s: Spec) -> Doc:
    return _procedure(f"关于{s.project}节能报告的审查意见", f"{s.applicant}：经审查，原则同意该项目节能报告。",
                      "苏州市发展和改革委员会", date(s.start.year - 1, 12, 20))


def exemption_letter(s: Spec) -> Doc:
    names = {"filing": "备案", "eia": "环评", "energy": "能评"}
    listed = "、".join(names[p] for p in s.exemption)
    return _procedure(f"关于{s.applicant}{s.project}无需办理相关手续的说明",
                      f"经核实，{s.applicant}{s.project}主要为软件和智能化设备购置，不新增用地和产能，"
                      f"按规定无需办理{listed}手续。特此说明。", s.recommender, s.application)


def invoice(s: Spec, item: Invoice) -> Doc:
    buyer = item.buyer or s.applicant
    amount, tax = item.amount_yuan, item.tax_yuan
    total = amount + tax
    doc = Doc().title("江苏增值税专用发票")
    doc.para(f"发票代码：{item.code}　发票号码：{item.number}　开票日期：{item.issued.year}年{item.issued.month:02d}月{item.issued.day:02d}日")
    doc.table([["购买方", f"名称：{buyer}"], ["", f"纳税人识别号：{s.uscc if item.buyer is None else '91320100MA1N00000X'}"],
               ["货物或应税劳务名称", "金额", "税率", "税额"],
               ["*工业软件*生产管理系统", f"{amount:.2f}", f"{item.rate:.0%}", f"{tax:.2f}"],
               ["合计", f"¥{amount:.2f}", "", f"¥{tax:.2f}"]])
    doc.para(f"价税合计（大写）{cn2an.an2cn(f'{total:.2f}', 'rmb')}　（小写）¥{total:.2f}")
    doc.para("销售方　名称：江苏智控软件科技有限公司")
    doc.para("纳税人识别号：913205947589632218")
    return doc


DOCUMENTS: dict[str, tuple[str, Callable[[Spec], Doc]]] = {
    "performance_form": ("01-{annex}绩效目标申报表.docx", performance_form),
    "audit_report": ("02-专项审计报告.pdf", audit_report),
    "acceptance_opinion": ("03-验收意见.pdf", acceptance_opinion),
    "designation": ("04-认定证书.pdf", designation_certificate),
    "test_report": ("05-第三方测试报告.pdf", test_report),
    "filing": ("06-项目备案证.pdf", project_filing),
    "eia": ("07-环评批复.pdf", eia_approval),
    "energy": ("08-节能审查意见.pdf", energy_review),
    "exemption": ("09-推荐单位说明.pdf", exemption_letter),
}
