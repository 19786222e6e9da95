"""Projects under way: 重大技术改造, 产业基础再造, 绿色化改造, 工业互联网安全, 创新中心 — planned versus invested."""

from __future__ import annotations

from corpus.builders import Doc
from corpus.hand2.common import (cn_date, contract, daxie, dot_date, exemption, invoice, procedure_docs, roster, uscc,
                                 voucher, wan, yi, yuan)
from corpus.hand2.forms import application_form, performance_form
from corpus.hand2.packet import Packet, ident, party


def start_certificate(p: dict, started: str, issuer: str, state: str) -> Doc:
    return (Doc().title("项目开工证明")
            .para(f"兹证明{p['applicant']}“{p['project']}”已于{cn_date(started)}开工建设，{state}。")
            .para("特此证明。").sign(f"{issuer}（盖章）  {cn_date(p['date'])}"))


def _renovation(name: str, category: str, outcome: str, tests: str, p: dict, plan: list[tuple[str, float]], excluded: list[tuple[str, float]],
                done: float, started: str, state: str | None, listed: bool, style: int) -> Packet:
    pk = Packet(name, category, outcome, tests)
    total = round(sum(a for _, a in plan), 2)
    gross = round(total + sum(a for _, a in excluded), 2)
    pk.add(f"{'01' if style else 'A'}-项目入库申报表.docx", application_form(category, p, style, extra=[
        ["截至申报日已完成投资", wan(done)], ["列入省重大工业项目清单", "是" if listed else "否"]]))
    pk.add(f"{'02' if style else 'B'}-附件1-1绩效目标申报表.docx", performance_form(category, p, [
        ("数量指标", "新增产品生产能力（件/吨）", "12000吨"), ("经济效益", "项目总投入（万元）", f"{total:.2f}"),
        ("经济效益", "拉动社会投资（万元）", f"{gross:.2f}")], style))
    body = "，".join(f"{n}{wan(a)}" for n, a in plan)
    ex = "、".join(f"{n}{wan(a)}" for n, a in excluded)
    pk.add(f"{'03' if style else 'C'}-项目资金申请报告.docx", Doc().title(f"{p['project']}资金申请报告")
           .para("第三章 项目投资及进度")
           .para(f"项目计划总投资{yi(gross)}，其中{ex}按规定不列入项目总投入，项目总投入为{yi(total)}（{wan(total)}，不含税）。"
                 f"项目总投入构成：{body}。")
           .para(f"项目于{cn_date(started)}开工，截至{cn_date(p['date'])}累计完成投资{wan(done)}，" +
                 (f"{state}。" if state else "主体设备已安装调试完毕。")))
    if state is not None:
        pk.add(f"{'04' if style else 'D'}-开工证明.pdf", start_certificate(p, started, p["unit"], state))
    if listed:
        pk.add(f"{'05' if style else 'E'}-省重大工业项目清单（节选）.pdf", Doc().title("2022年江苏省重大工业项目清单")
               .table([["序号", "项目单位", "所在地"]] + roster(p["applicant"], name, 35, 27)))
    docs = procedure_docs(p["applicant"], p["project"], p["city"], f"{p['city'][:2]}发改备〔2021〕{len(name) * 7}号",
                          ("2021-09-10", "2021-10-20", "2021-11-05"), style)
    pk.add(f"{'06' if style else 'F'}-备案证.pdf", docs["filing"]).add(f"{'07' if style else 'G'}-环评批复.pdf", docs["eia"])
    pk.add(f"{'08' if style else 'H'}-节能审查意见.pdf", docs["energy"])
    pk.figures = {**ident(p), "total_investment": total, "start_date": started}
    return pk


def mtr_01() -> Packet:
    p = party("盐城捷威新能源装备有限公司", "盐城市工业和信息化局", "年产20GWh储能电池模组智能化技术改造项目", "2022-03-01", "2024-06-30",
              "1.8632亿元", "2023-02-16", city="盐城市大丰区")
    pk = _renovation("h2-mtr-01-eligible-yi", "major-tech-renovation", "eligible",
                     "total in 亿元 after excluding 土建 and 铺底流动资金 in prose; in progress per 开工证明; on the 省重大工业项目清单 (35 rows)",
                     p, [("生产设备购置", 15820.0), ("检测仪器", 1412.0), ("工业软件及系统集成", 1400.0)],
                     [("土建工程", 4300.0), ("铺底流动资金", 1500.0)], 7215.0, "2022-03-01", "目前正在进行设备安装，尚未竣工", True, 0)
    pk.checks = {"major-tech-renovation.total_investment_min": "pass", "major-tech-renovation.started_not_completed": "pass"}
    return pk


def mtr_02() -> Packet:
    p = party("宿迁金田铜业科技有限公司", "宿迁市工业和信息化局", "高精度铜带连轧技术改造项目", "2021-02-01", "2022-05-20",
              "12800.00", "2023-02-17", city="宿迁市")
    pk = _renovation("h2-mtr-02-ineligible-completed", "major-tech-renovation", "ineligible",
                     "开工证明 says the project was 竣工 and 投产 on 2022-05-20: not 'started but not completed'",
                     p, [("连轧机组及配套设备", 11200.0), ("在线检测系统", 980.0), ("软件及集成", 620.0)],
                     [("铺底流动资金", 900.0)], 12800.0, "2021-02-01", "并于2022年5月20日竣工投产", False, 1)
    pk.figures["completion_date"] = "2022-05-20"
    pk.checks = {"major-tech-renovation.started_not_completed": "fail"}
    return pk


def if_01() -> Packet:
    p = party("镇江大全高性能轴承材料有限公司", "镇江市工业和信息化局", "高端轴承钢精密成形产业基础再造项目", "2022-05-10", "2024-05-31",
              "6240", "2023-02-19", city="镇江市")
    pk = _renovation("h2-if-01-eligible", "industrial-foundation", "eligible",
                     "planned 7040 minus 铺底流动资金 800 = 6240 ≥ 5000; listed; 开工证明 from the district bureau",
                     p, [("精密成形设备", 5180.0), ("热处理及检测设备", 760.0), ("专利及软件", 300.0)],
                     [("铺底流动资金", 800.0)], 1960.0, "2022-05-10", "现处于设备安装阶段", True, 1)
    pk.checks = {"industrial-foundation.total_investment_min": "pass"}
    return pk


def if_02() -> Packet:
    p = party("常州星宇光学元器件有限公司", "常州市工业和信息化局", "车规级光学透镜基础工艺再造项目", "2022-08-01", "2024-07-31",
              "5460", "2023-02-20", city="常州市")
    pk = _renovation("h2-if-02-incomplete-no-start-cert", "industrial-foundation", "incomplete",
                     "the report says 已开工 but no 开工证明 from the local 工信 department is in the packet",
                     p, [("精密模压设备", 4620.0), ("检测设备", 540.0), ("工艺软件", 300.0)],
                     [], 1320.0, "2022-08-01", None, False, 0)
    pk.checks = {"industrial-foundation.material.start_certificate": "missing"}
    return pk


def _green(name: str, outcome: str, tests: str, p: dict, total: float, cutoff_audit: float, cutoff_form: float,
           bills: list[tuple[str, str, float, str]], style: int, excluded: float = 0.0) -> Packet:
    pk = Packet(name, "green-upgrade", outcome, tests)
    pk.add("附件1_项目入库申报表.docx", application_form("green-upgrade", p, style, extra=[
        ["截至2022年6月30日已完成投资（万元）", f"{cutoff_form:.2f}"], ["项目建设状态", "在建"]]))
    pk.add("附件2_绩效目标申报表（附件1-18）.docx", performance_form("green-upgrade", p, [
        ("经济效益", "项目总投入（万元）", f"{total:.2f}"), ("社会效益", "年节约标准煤（吨）", "3600"),
        ("时效指标", "项目计划完成时间", cn_date(p["end"]))], style))
    gross = total + excluded
    text = (f"项目计划总投资{wan(gross)}，其中铺底流动资金{wan(excluded)}，扣除后项目总投入{wan(total)}。" if excluded
            else f"项目计划总投入{wan(total)}（不含税）。")
    pk.add("附件3_截至2022年6月30日投入情况专项审计报告.pdf", Doc().title("绿色化改造项目阶段性投入专项审计报告")
           .para(text)
           .para(f"经审计，截至2022年6月30日，项目已完成投入{yuan(cutoff_audit)}（不含税），均有发票、合同及银行付款凭证支持。"
                 "项目目前仍在建设中，后续仍有设备到货及安装投入。")
           .sign("江苏中正同仁会计师事务所  2022年10月"))
    for i, (seller, item, amount, date) in enumerate(bills):
        number = f"{58310000 + i * 4721 + len(name)}"
        pk.add(f"发票/{number}.pdf", invoice(seller, uscc(seller), p["applicant"], p["uscc"], number, f"3200221130", date,
                                            [(item, amount * 10000, 0.13)], i))
        pk.add(f"合同/{seller[:6]}-{item[:6]}合同.docx", contract(f"{item}采购合同", p["applicant"], seller, item, amount * 10000, date))
        pk.add(f"付款凭证/回单-{date}.pdf", voucher(p["applicant"], seller, "中国工商银行", date, round(amount * 1.13 * 10000, 2),
                                                 f"{item}货款", f"HD{date.replace('-', '')}{i}"))
    docs = procedure_docs(p["applicant"], p["project"], p["city"], f"{p['city'][:2]}行审备〔2021〕{len(name) * 3}号",
                          ("2021-08-02", "2021-09-01", "2021-09-15"), style)
    pk.add("附件5_项目备案证.pdf", docs["filing"]).add("附件6_环评批复.pdf", docs["eia"]).add("附件7_节能审查意见.pdf", docs["energy"])
    pk.figures = {**ident(p), "total_investment": total, "invoice_total": round(sum(b[2] for b in bills), 2), "invoice_count": len(bills),
                  "completion_date": p["end"]}
    return pk


def gu_01() -> Packet:
    p = party("淮安清江环保新材料有限公司", "淮安市工业和信息化局", "锅炉余热回收及清洁生产改造项目", "2021-10-01", "2024-03-31",
              "2850.00", "2023-02-21", city="淮安市")
    bills = [("江苏双良节能系统股份有限公司", "余热回收机组", 236.5, "2022-01-18"), ("无锡华光环保能源集团股份有限公司", "低氮燃烧器", 198.0, "2022-03-09"),
             ("南京科远智慧科技集团股份有限公司", "能源管理系统", 152.3, "2022-04-22"), ("江苏久吾高科技股份有限公司", "膜分离设备", 97.2, "2022-06-15")]
    pk = _green("h2-gu-01-eligible-cutoff", "eligible", "684.00 invested by the cutoff of 2850 (0.24), backed by 4 invoices, contracts and 回单",
                p, 2850.0, 684.0, 684.0, bills, 0)
    pk.figures["invested_by_cutoff"] = 684.0
    pk.checks = {"green-upgrade.invested_by_cutoff_share": "pass", "green-upgrade.total_investment_min": "pass"}
    return pk


def gu_02() -> Packet:
    p = party("连云港德邦精细化工有限公司", "连云港市工业和信息化局", "VOCs深度治理及资源化利用项目", "2022-02-01", "2024-05-31",
              "3600", "2023-02-22", city="连云港市")
    bills = [("江苏新中环保股份有限公司", "RTO蓄热焚烧装置", 268.0, "2022-04-11"), ("苏州仕净科技股份有限公司", "废气收集管网", 164.0, "2022-06-20")]
    pk = _green("h2-gu-02-ineligible-cutoff-share", "ineligible", "only 432 of 3600 invested by the cutoff (0.12 < 0.2)",
                p, 3600.0, 432.0, 432.0, bills, 1)
    pk.figures["invested_by_cutoff"] = 432.0
    pk.checks = {"green-upgrade.invested_by_cutoff_share": "fail"}
    return pk


def gu_03() -> Packet:
    p = party("宜兴凌霞陶瓷新材料有限公司", "宜兴市工业和信息化局", "窑炉电能替代节能技改项目", "2021-12-01", "2024-06-30",
              "2100", "2023-02-23", city="宜兴市")
    bills = [("江苏中陶窑炉设备有限公司", "电窑炉主体", 126.0, "2022-02-14"), ("常州东方电力设备有限公司", "变配电设备", 112.5, "2022-04-02"),
             ("无锡新联能源科技有限公司", "余热利用系统", 71.5, "2022-05-30")]
    pk = _green("h2-gu-03-ineligible-claim-above-audit", "ineligible",
                "audit says 398.60 by the cutoff (0.19), the form claims 452.00 (0.215), invoices attached cover only 310: "
                "the guide counts what invoices, contracts and vouchers prove (the audit), not the claim",
                p, 2100.0, 398.6, 452.0, bills, 2, excluded=260.0)
    pk.figures["invested_by_cutoff"] = 398.6
    pk.checks = {"green-upgrade.invested_by_cutoff_share": "fail"}
    return pk


def sec_01() -> Packet:
    p = party("南京中新赛克工控安全技术有限公司", "南京市工业和信息化局", "工业控制系统安全态势感知平台建设项目", "2022-01-10", "2023-12-31",
              "860", "2023-02-15")
    pk = Packet("h2-sec-01-eligible", "iiot-security", "eligible",
                "planned 860, 215 invested by the cutoff stated in a 截至 sentence (0.25); period under 2 years; 开工 stated in the form")
    pk.add("申报材料/入库申报表.docx", application_form("iiot-security", p, 2, extra=[["项目状态", "已开工建设，尚未竣工"]]))
    pk.add("申报材料/附件1-8绩效目标申报表.docx", performance_form("iiot-security", p, [
        ("数量指标", "接入监测企业数（家）", "260"), ("经济效益", "项目总投入（万元）", "860.00")], 0))
    pk.add("申报材料/投入专项审计报告.pdf", Doc().title("工业互联网安全项目投入情况专项审计报告")
           .para("项目计划总投入860.00万元（不含税），其中安全监测设备410.00万元，态势感知平台软件300.00万元，集成调试及测评150.00万元。")
           .table([["期间", "已投入金额（万元）"], ["2022年1月1日—2022年3月31日", "96.40"], ["2022年4月1日—2022年6月30日", "118.60"],
                   ["截至2022年6月30日累计", "215.00"]])
           .sign("南京立信永华会计师事务所  2022年9月"))
    pk.figures = {**ident(p), "total_investment": 860.0, "invested_by_cutoff": 215.0, "start_date": "2022-01-10"}
    pk.checks = {"iiot-security.invested_by_cutoff_share": "pass", "iiot-security.total_investment_min": "pass"}
    return pk


def sec_02() -> Packet:
    p = party("苏州科达工业网络安全有限公司", "苏州市工业和信息化局", "5G+智慧工厂安全防护平台项目", "2022-03-01", "2024-02-28",
              "720", "2023-02-18")
    pk = Packet("h2-sec-02-needs-review-vague", "iiot-security", "needs_review",
                "invested by the cutoff only 'about two tenths' (约两成) with contracts but no audit or invoices: cannot tell whether ≥ 20%")
    pk.add("入库申报表.docx", application_form("iiot-security", p, 0, extra=[["建设进度", "已开工，截至2022年6月底已完成投资约两成"]]))
    pk.add("绩效目标申报表.docx", performance_form("iiot-security", p, [("经济效益", "项目总投入（万元）", "720")], 1))
    pk.add("合同/安全网关采购合同.docx", contract("工业安全网关采购合同", p["applicant"], "深信服科技股份有限公司", "工业防火墙及安全网关", 2860000.0, "2022-03-20"))
    pk.add("合同/平台开发合同.docx", contract("安全防护平台开发合同", p["applicant"], "南京南瑞信息通信科技有限公司", "安全监测平台软件开发", 2340000.0, "2022-05-06", 0.06))
    pk.figures = {**ident(p), "total_investment": 720.0}
    pk.checks = {"iiot-security.invested_by_cutoff_share": "review"}
    return pk


def ic_01() -> Packet:
    p = party("江苏省先进功率半导体创新中心有限公司", "无锡市工业和信息化局", "功率半导体中试验证平台创新能力建设项目", "2022-01-01", "2024-12-31",
              "8650", "2023-02-24")
    pk = Packet("h2-ic-01-eligible-three-years", "innovation-center", "eligible",
                "3-year period needs ≥ 8000: 8650 stated by cost heads (设备/材料/人工/测试化验); 批复 dated 2021-08 (< 3 years)")
    pk.add("01项目申报书.docx", application_form("innovation-center", p, 1))
    pk.add("02绩效目标申报表（附件1-21）.docx", performance_form("innovation-center", p, [
        ("数量指标", "突破关键共性技术（项）", "5"), ("经济效益", "项目总投入（万元）", "8650")], 1))
    pk.add("03建设方案.docx", Doc().title("创新能力建设实施方案（节选）")
           .para("建设周期：2022年1月—2024年12月，共3年。")
           .para("投资预算：设备费（含软件和网络设备）5,120万元，测试化验加工费1,060万元，材料费及燃料动力费930万元，"
                 "人工费及外聘研发人员劳务费1,240万元，知识产权及评审验收费300万元，合计8,650万元。"))
    pk.add("04省工信厅批复.pdf", Doc().title("省工业和信息化厅关于同意江苏省先进功率半导体创新中心开展试点建设的批复")
           .para("苏工信科技〔2021〕488号").para(f"{p['applicant']}：")
           .para("经专家论证，同意你单位作为依托单位，开展省级制造业创新中心试点建设。").sign("江苏省工业和信息化厅  2021年8月16日"))
    pk.figures = {**ident(p), "total_investment": 8650.0, "start_date": "2022-01-01", "completion_date": "2024-12-31"}
    pk.checks = {"innovation-center.total_investment_by_period": "pass", "innovation-center.center_approved_recently": "pass"}
    return pk


PACKETS = [mtr_01, mtr_02, if_01, if_02, gu_01, gu_02, gu_03, sec_01, sec_02, ic_01]
