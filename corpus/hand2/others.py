"""专精特新, 兼并重组, 数据产品化, 攻关, 平台, 头雁, 公共服务平台, 人才培训, 集群促进, 车联网."""

from __future__ import annotations

from corpus.builders import Doc
from corpus.hand2.common import (cn_date, contract, daxie, dot_date, exemption, invoice, license_doc, roster, uscc, voucher,
                                 wan, yuan)
from corpus.hand2.forms import application_form, performance_form
from corpus.hand2.packet import Packet, ident, party
from corpus.hand2.smart import acceptance


def _sme(name: str, outcome: str, tests: str, p: dict, bills: list[tuple[str, str, float, str]], interest: list[tuple[str, float]] | None,
         with_statement: bool, style: int) -> Packet:
    pk = Packet(name, "specialized-sme", outcome, tests)
    hw = round(sum(b[2] for b in bills), 2)
    paid = round(sum(a for _, a in interest), 2) if interest else 0.0
    pk.add("绩效目标申报表（附件1-14）.docx", performance_form("specialized-sme", p, [
        ("经济效益", "新增软硬件投入（万元）", f"{hw:.2f}"), ("经济效益", "贷款利息（万元）", f"{paid:.2f}")], style))
    rows = [["序号", "供应商", "内容", "发票号码", "不含税金额（元）", "付款日期"]]
    for i, (seller, item, amount, date) in enumerate(bills, 1):
        rows.append([str(i), seller, item, f"{44120000 + i * 3307 + len(name)}", f"{amount * 10000:,.2f}", dot_date(date)])
    rows.append(["", "合计", "", "", f"{hw * 10000:,.2f}", ""])
    audit = (Doc().title(f"{p['applicant']}专精特新能力提升项目专项审计报告")
             .para(f"一、软硬件投入：2021年1月1日至2022年6月30日，公司新增软硬件投入{yuan(hw)}（不含税），明细如下：").table(rows))
    if interest:
        audit.para(f"二、贷款利息：公司向中国银行股份有限公司{p['city']}分行借入流动资金贷款，上述期间实际支付利息{yuan(paid)}。")
        audit.para(f"三、合计：软硬件投入与贷款利息合计{wan(round(hw + paid, 2))}。")
    else:
        audit.para("二、贷款利息：本项目不申请贷款贴息。")
    pk.add("专项审计报告.pdf", audit.sign("江苏华星会计师事务所有限公司  2022年9月"))
    for i, (seller, item, amount, date) in enumerate(bills, 1):
        number = f"{44120000 + i * 3307 + len(name)}"
        pk.add(f"附件/发票{i}.pdf", invoice(seller, uscc(seller), p["applicant"], p["uscc"], number, "3200212130", date,
                                          [(item, amount * 10000, 0.13)], style + i))
        pk.add(f"附件/合同{i}.docx", contract(f"{item}买卖合同", p["applicant"], seller, item, amount * 10000, date))
        pk.add(f"附件/银行付款凭证{i}.pdf", voucher(p["applicant"], seller, "江苏银行", date, round(amount * 11300, 2), "货款",
                                                f"JS{date.replace('-', '')}{i:02d}"))
    if interest:
        pk.add("附件/流动资金借款合同.pdf", Doc().title("流动资金借款合同").para(f"借款人：{p['applicant']}")
               .para(f"贷款人：中国银行股份有限公司{p['city']}分行").para("借款金额：人民币伍仟万元整，期限：2021年1月至2022年12月，年利率3.85%。"))
        if with_statement:
            pk.add("附件/银行利息单.pdf", Doc().title("中国银行 贷款利息清单（复印件）").para(f"户名：{p['applicant']}")
                   .table([["计息期间", "利息金额（元）"]] + [[q, f"{a * 10000:,.2f}"] for q, a in interest] + [["合计", f"{paid * 10000:,.2f}"]]))
    pk.add("小巨人名单.pdf", Doc().title("关于公布2021年度江苏省专精特新小巨人企业名单的通知")
           .para("有效期三年。").table([["序号", "企业名称", "设区市"]] + roster(p["applicant"], name, 32, 11)))
    pk.add("未获支持承诺.docx", Doc().title("承诺书").para(f"我单位{p['applicant']}2021-2022年未获得过省工业和信息产业转型升级专项资金支持。")
           .sign(cn_date(p["date"])))
    pk.add("推荐单位关于手续的说明.pdf", exemption(p["unit"], p["applicant"], p["project"], "项目备案、环评、能评", "2023-02-10"))
    pk.figures = {**ident(p), "hw_sw_investment": hw, "invoice_total": hw, "invoice_count": len(bills)}
    if interest:
        pk.figures["loan_interest"] = paid
    return pk


def sme_01() -> Packet:
    p = party("泰州华东数控刀具有限公司", "泰州市工业和信息化局", "数控刀具智能化改造能力提升项目", "2021-01-01", "2022-06-30",
              "849.20", "2023-02-21", city="泰州")
    bills = [("沈阳机床（江苏）销售有限公司", "五轴数控磨床", 318.0, "2021-07-12"), ("苏州汇博机器人有限公司", "上下料机器人", 196.4, "2021-11-25"),
             ("用友网络科技股份有限公司", "ERP及MES软件", 98.0, "2022-03-18")]
    interest = [("2021年第1季度", 28.6), ("2021年第2季度", 29.4), ("2021年第3季度", 30.1), ("2021年第4季度", 30.9),
                ("2022年第1季度", 58.2), ("2022年第2季度", 59.6)]
    pk = _sme("h2-sme-01-eligible-interest", "eligible", "612.40 hardware/software + 236.80 interest from a quarterly 利息单 = 849.20 ≥ 800",
              p, bills, interest, True, 0)
    pk.checks = {"specialized-sme.investment_and_interest_min": "pass"}
    return pk


def sme_02() -> Packet:
    p = party("南通恒力精密齿轮有限公司", "南通市工业和信息化局", "齿轮加工数字化车间改造项目", "2021-01-01", "2022-06-30",
              "838.50", "2023-02-22", city="南通")
    bills = [("秦川机床工具集团股份公司", "数控成形磨齿机", 400.0, "2021-09-06"), ("南京埃斯顿自动化股份有限公司", "机器人上下料系统", 240.0, "2022-02-17")]
    interest = [("2021年度", 121.3), ("2022年1-6月", 77.2)]
    pk = _sme("h2-sme-02-incomplete-no-interest-slip", "incomplete", "interest 198.50 claimed with a loan contract but no 银行利息单",
              p, bills, interest, False, 1)
    pk.checks = {"specialized-sme.material.interest_statement": "missing"}
    return pk


def sme_03() -> Packet:
    p = party("无锡透平叶片精工有限公司", "无锡市工业和信息化局", "叶片精锻智能化改造项目", "2021-01-01", "2022-06-30",
              "705.30", "2023-02-23", city="无锡")
    bills = [("德马吉森精机机床贸易有限公司", "五轴加工中心", 355.3, "2021-04-08"), ("海克斯康测量技术（青岛）有限公司", "三坐标测量机", 210.0, "2021-10-21"),
             ("西门子工业软件（上海）有限公司", "CAM软件", 140.0, "2022-05-12")]
    pk = _sme("h2-sme-03-ineligible-below-800", "ineligible", "705.30 hardware/software and no loan interest: below 800", p, bills, None, False, 2)
    pk.checks = {"specialized-sme.investment_and_interest_min": "fail"}
    return pk


def _merger(name: str, outcome: str, tests: str, p: dict, target: str, rounds: list[tuple[str, float, float]], change: str) -> Packet:
    """rounds: (date, cash 万元, share acquired)."""
    pk = Packet(name, "merger-acquisition", outcome, tests)
    held = round(sum(r[2] for r in rounds), 4)
    last = rounds[-1]
    pk.add("项目入库申报表.docx", application_form("merger-acquisition", p, 0, extra=[["并购标的", target]]))
    pk.add("附件1-13绩效目标申报表.docx", performance_form("merger-acquisition", p, [("经济效益", "并购后营业收入（万元）", "186000")]))
    history = "；".join(f"第{i}轮：{cn_date(d)}以现金{wan(a)}受让{target}{s * 100:g}%股权" for i, (d, a, s) in enumerate(rounds, 1))
    pk.add("并购专项审计报告.pdf", Doc().title("关于并购事项出资情况的专项审计报告")
           .para(f"{p['applicant']}对{target}分阶段实施并购：{history}。")
           .para(f"本次申报并购为最后一轮，实际现金出资{yuan(last[1])}，已于{cn_date(last[0])}前全部支付。")
           .para(f"各轮完成后，{p['applicant']}合计持有{target}{held * 100:g}%股权，" +
                 ("为其唯一控股股东。" if held >= 0.5 else "为其第一大股东，其余股东持股均不超过20%。"))
           .sign("中汇会计师事务所（特殊普通合伙）江苏分所"))
    pk.add("股权转让协议.docx", contract("股权转让协议", p["applicant"], "原股东（转让方）", f"{target}{last[2] * 100:g}%股权", last[1] * 10000, last[0], 0.0))
    pk.add("付款回单.pdf", voucher(p["applicant"], "原股东（转让方）", "招商银行", last[0], last[1] * 10000, "股权转让款", "ZS" + last[0].replace("-", "")))
    pk.add("工商变更登记通知书.pdf", Doc().title("登记通知书").para(f"{target}：")
           .para(f"经审查，你单位提交的股东变更登记申请材料齐全，符合法定形式，我局决定准予变更登记。")
           .sign(f"{p['city']}市场监督管理局  {cn_date(change)}"))
    pk.figures = {**ident(p), "acquisition_amount": last[1], "acquisition_total": last[1], "control_share": held, "completion_date": change}
    return pk


def ma_01() -> Packet:
    p = party("江苏恒立液压股份有限公司", "常州市工业和信息化局", "并购德国精密液压件公司项目", "2020-09-01", "2022-04-12",
              "6850", "2023-02-20", city="常州市")
    pk = _merger("h2-ma-01-eligible-two-rounds", "eligible",
                 "two rounds (30% for 4200 in 2020, 35% for 6850 in 2022): last round 6850 is the deal, control 65% after all rounds",
                 p, "常州恒德精密液压有限公司", [("2020-09-15", 4200.0, 0.30), ("2022-03-18", 6850.0, 0.35)], "2022-04-12")
    pk.checks = {"merger-acquisition.control_share_min": "pass", "merger-acquisition.acquisition_amount_min": "pass",
                 "merger-acquisition.completion_window": "pass"}
    return pk


def ma_02() -> Packet:
    p = party("苏州东山精密制造股份有限公司", "苏州市工业和信息化局", "并购柔性线路板企业项目", "2021-05-01", "2022-06-08",
              "5600", "2023-02-21", city="苏州市")
    pk = _merger("h2-ma-02-ineligible-largest-not-majority", "ineligible",
                 "20% + 25% = 45% after both rounds: largest shareholder but not ≥ 50%",
                 p, "苏州维信柔性电路有限公司", [("2021-05-20", 3000.0, 0.20), ("2022-05-26", 5600.0, 0.25)], "2022-06-08")
    pk.checks = {"merger-acquisition.control_share_min": "fail"}
    return pk


def _data(name: str, outcome: str, tests: str, p: dict, total: float, with_acceptance: bool) -> Packet:
    pk = Packet(name, "data-productization", outcome, tests)
    pk.add("1.入库申报表.docx", application_form("data-productization", p, 1))
    pk.add("2.绩效目标申报表.docx", performance_form("data-productization", p, [("经济效益", "项目总投入（万元）", f"{total:.2f}"),
                                                                            ("数量指标", "形成数据产品（个）", "3")], 0))
    pk.add("3.审计报告.pdf", Doc().title("数据产品化项目专项审计报告")
           .para(f"项目总投入{daxie(total)}（{yuan(total)}，不含税），其中服务器及存储设备、数据中台软件、云资源租赁、数据治理咨询等。"
                 f"项目于{cn_date(p['end'])}完工。").sign("江苏永拓会计师事务所  2022年8月"))
    if with_acceptance:
        pk.add("4.验收意见.pdf", acceptance(p, p["accepted"], p["end"], 2))
    pk.add("5.入库证明（企业库截图）.pdf", Doc().title("江苏省云计算、大数据、区块链企业库 — 企业信息")
           .table([["企业名称", p["applicant"]], ["统一社会信用代码", p["uscc"]], ["入库类别", "大数据"], ["入库状态", "已入库"], ["入库时间", "2020-11-05"]])
           .para("（网页截图，打印时间2023-02-12）"))
    pk.add("6.示范项目名单.pdf", Doc().title("关于公布2021年江苏省大数据应用示范项目名单的通知")
           .table([["序号", "项目承担单位", "所在地"]] + roster(p["applicant"], name, 28, 3)))
    pk.add("7.未获支持说明.docx", Doc().title("关于未获得本专项资金支持的说明")
           .para(f"{p['project']}未获得过省工业和信息产业转型升级专项资金支持。").sign(p["applicant"]))
    pk.figures = {**ident(p), "total_investment": total, "completion_date": p["end"]}
    return pk


def dp_01() -> Packet:
    p = party("南京云创大数据科技股份有限公司", "南京市工业和信息化局", "工业设备健康数据产品化项目", "2021-02-01", "2022-03-31",
              "1368.45", "2023-02-19", accepted="2022-10-18")
    pk = _data("h2-dp-01-eligible-screenshot", "eligible", "企业库 evidence is a web-page screenshot (入库证明); project in a 28-row 示范项目名单",
               p, 1368.45, True)
    pk.figures["acceptance_date"] = "2022-10-18"
    pk.checks = {"data-productization.total_investment_min": "pass", "data-productization.enterprise_library": "pass"}
    return pk


def dp_02() -> Packet:
    p = party("苏州国云数据科技有限公司", "苏州市工业和信息化局", "纺织行业数据要素服务平台项目", "2021-01-15", "2022-05-20",
              "1125.00", "2023-02-22", accepted="")
    pk = _data("h2-dp-02-incomplete-no-acceptance", "incomplete", "no 验收意见 from the 推荐单位", p, 1125.0, False)
    pk.checks = {"data-productization.material.acceptance_opinion": "missing"}
    return pk


def _coretech(name: str, outcome: str, tests: str, p: dict, direction: str, own: list[tuple[str, float]], partner: str, partner_amount: float) -> Packet:
    pk = Packet(name, "core-tech", outcome, tests)
    mine = round(sum(a for _, a in own), 2)
    pk.add("申报书.docx", application_form("core-tech", p, 2, extra=[["攻关方向", direction], ["合作单位", partner]]))
    pk.add("附件1-12 绩效目标申报表.docx", performance_form("core-tech", p, [("数量指标", "申请发明专利（件）", "8"),
                                                                          ("经济效益", "新增研发投入（万元）", f"{mine + partner_amount:.2f}")], 1))
    rows = [["费用科目", "申报单位（万元）", f"{partner}（万元）"]] + [[n, f"{a:,.2f}", ""] for n, a in own]
    rows.append(["合作单位自筹研发经费", "", f"{partner_amount:,.2f}"])
    rows.append(["合计", f"{mine:,.2f}", f"{partner_amount:,.2f}"])
    pk.add("研发投入预算及辅助账说明.pdf", Doc().title("攻关项目新增研发投入预算（2022年7月1日起）")
           .para(f"项目新增研发投入总计{wan(mine + partner_amount)}，由申报单位与合作单位共同承担。").table(rows)
           .para("申报单位已设置攻关项目辅助账，专账管理。"))
    pk.add("知识产权清单.pdf", Doc().title("与攻关项目相关的自主知识产权").table([
        ["序号", "名称", "类型", "授权号"], ["1", f"一种{direction[:6]}控制方法", "发明专利", "ZL202010558812.3"],
        ["2", f"{direction[:6]}测试装置", "实用新型", "ZL202121044701.9"]]))
    pk.figures = {**ident(p), "rd_investment": mine, "start_date": p["start"], "completion_date": p["end"]}
    return pk


def ct_01() -> Packet:
    p = party("江苏汇智高端液压件有限公司", "徐州市工业和信息化局", "数字化控制液压阀工程化攻关项目", "2022-07-01", "2024-10-31",
              "5600", "2023-02-23")
    pk = _coretech("h2-ct-01-eligible-partner-excluded", "eligible",
                   "5600 in all, of which 1900 are the partner university's own funds: applicant's 3700 ≥ 3000; direction No.10 of 附件1-26",
                   p, "数字化控制液压阀", [("设备购置费", 1650.0), ("材料及试制费", 820.0), ("人工费", 960.0), ("测试化验及知识产权费", 270.0)],
                   "南京理工大学", 1900.0)
    pk.checks = {"core-tech.rd_investment_min": "pass"}
    return pk


def ct_02() -> Packet:
    p = party("常州储能动力科技有限公司", "常州市工业和信息化局", "飞轮储能系统工程化攻关项目", "2022-07-01", "2024-12-31",
              "4100", "2023-02-24")
    pk = _coretech("h2-ct-02-ineligible-partner-funds", "ineligible",
                   "4100 in all, but 1450 are the partner's: applicant's 2650 < 3000",
                   p, "飞轮储能系统", [("设备购置费", 1280.0), ("材料费", 610.0), ("人工费", 600.0), ("测试化验费", 160.0)],
                   "东南大学", 1450.0)
    pk.checks = {"core-tech.rd_investment_min": "fail"}
    return pk


def ip_01() -> Packet:
    p = party("江苏徐工信息技术股份有限公司", "徐州市工业和信息化局", "汉云工业互联网平台服务能力提升项目", "2020-07-01", "2022-06-10",
              "1486.20", "2023-02-17", accepted="2022-11-02")
    pk = Packet("h2-ip-01-eligible", "iiot-platform", "eligible",
                "platform designated 2019; audit in 元 with prose components; 4 indicators improved in the test report prose")
    pk.add("申报书/项目入库申报表.docx", application_form("iiot-platform", p, 0))
    pk.add("申报书/附件1-7绩效目标申报表.docx", performance_form("iiot-platform", p, [("数量指标", "平台连接设备数（万台）", "120"),
                                                                                ("经济效益", "项目总投入（万元）", "1486.20")], 0))
    pk.add("审计/专项审计报告.pdf", Doc().title("工业互联网平台项目专项审计报告")
           .para(f"经审计，项目总投入为{yuan(1486.2)}，其中：平台软件开发及外购软件{yuan(412.6)}，系统集成{yuan(134.2)}，"
                 f"公有云资源{yuan(78.0)}，服务器、网络及安全设备{yuan(861.4)}。项目实施期2020年7月至2022年6月10日。")
           .sign("江苏天华会计师事务所  2022年9月"))
    pk.add("审计/验收意见.pdf", acceptance(p, "2022-11-02", "2022-06-10", 0))
    pk.add("证明/省重点工业互联网平台认定通知.pdf", Doc().title("关于公布2019年江苏省重点工业互联网平台的通知")
           .table([["序号", "平台名称", "建设单位"]] + [[r[0], f"平台{r[0]}", r[1]] for r in roster(p["applicant"], "ip01", 20, 7)]))
    pk.add("证明/第三方测试报告.pdf", Doc().title("工业互联网平台能力测试报告")
           .para("经测试，与认定时相比，平台在连接设备数、工业模型数量、工业APP数量、服务企业数等4项指标上均有提升，"
                 "平台已实时向省级监测系统上报数据。").sign("国家工业信息安全发展研究中心江苏分中心"))
    pk.figures = {**ident(p), "total_investment": 1486.2, "software_investment": 624.8, "completion_date": "2022-06-10",
                  "acceptance_date": "2022-11-02", "improved_indicator_count": 4}
    pk.checks = {"iiot-platform.software_investment_min": "pass", "iiot-platform.improved_indicators_min": "pass"}
    return pk


def ls_01() -> Packet:
    p = party("无锡华云数字软件有限公司", "无锡市工业和信息化局", "头雁型软件企业培育项目", "2022-01-01", "2022-12-31",
              "1240", "2023-02-20")
    pk = Packet("h2-ls-01-ineligible-assigned-copyrights", "lead-software-enterprise", "ineligible",
                "14 copyrights obtained in 2022 but 5 were 受让 (assigned): 9 own < 10")
    pk.add("入库申报表.docx", application_form("lead-software-enterprise", p, 1))
    pk.add("附件1-15绩效目标申报表.docx", performance_form("lead-software-enterprise", p, [("经济效益", "软件业务收入（万元）", "6820")], 1))
    pk.add("2022年度审计报告（节选）.pdf", Doc().title("审计报告（节选）")
           .para("2022年度软件和信息技术服务业务收入6,820.00万元，2021年度5,980.00万元，同比增长14.05%。")
           .para("2022年度软件和信息技术相关投入1,240.00万元（不含税），其中研发人员费用860.00万元，研发设备购置320.00万元，标准制定费用60.00万元。"))
    rows = [["序号", "软件名称", "登记号", "取得方式"]]
    for i in range(1, 15):
        rows.append([str(i), f"华云工业数据{['采集', '治理', '分析', '可视化', '调度', '运维', '安全'][i % 7]}软件V{i}.0",
                     f"2022SR{1380000 + i * 7919}", "受让" if i in (3, 6, 9, 11, 13) else "原始取得"])
    pk.add("2022年软件著作权清单.pdf", Doc().title("2022年度取得的计算机软件著作权登记证书清单").table(rows))
    pk.add("省规划布局内重点软件企业名单.pdf", Doc().title("2022年度江苏省规划布局内重点软件企业名单")
           .table([["序号", "企业名称", "所在地"]] + roster(p["applicant"], "ls01", 30, 22)))
    pk.figures = {**ident(p), "software_revenue": 6820.0, "software_revenue_growth": 0.1405, "software_related_investment": 1240.0,
                  "software_copyright_count": 9}
    pk.checks = {"lead-software-enterprise.copyrights_min": "fail"}
    return pk


def ssp_01() -> Packet:
    p = party("常州市中小企业服务中心有限公司", "常州市工业和信息化局", "中小企业公共服务示范平台服务能力提升项目", "2021-01-01", "2022-06-30",
              "468.50", "2023-02-18")
    # Expected corrected after the first run (see README): the applicant is itself a 市中小企业服务中心, so guide
    # condition (4) applies and its services must all be free; 35% free fails. The packet is unchanged.
    pk = Packet("h2-ssp-01-eligible", "sme-service-platform", "ineligible",
                "a city 中小企业服务中心 (guide condition 4: all services free) stating only 35% free service; counts in a narrative audit")
    pk.add("入库申报表.docx", application_form("sme-service-platform", p, 2))
    pk.add("附件1-23绩效目标申报表.docx", performance_form("sme-service-platform", p, [("数量指标", "服务企业数（家）", "236")], 0))
    pk.add("专项审计报告.pdf", Doc().title("平台项目投入及服务情况专项审计报告")
           .para("2021年1月1日至2022年6月30日，平台项目投入4,685,000.00元（不含税），其中服务设备购置1,320,000.00元，"
                 "运营管理及服务中小微企业支出3,365,000.00元，不含土建及房屋改造费用。")
           .para("期间线下服务省内中小微企业236家，开展公益性公共服务活动11场，其中与常州市工业和信息化局联合开展2场；"
                 "第三方满意度调查结果为96%；免费及低收费服务占总服务量的35%。"))
    pk.add("省级示范平台认定文件.pdf", Doc().title("关于认定2021年度江苏省中小企业公共服务示范平台的通知")
           .para("认定有效期三年。").table([["序号", "平台名称", "运营单位"]] + [[r[0], "公共服务平台", r[1]] for r in roster(p["applicant"], "ssp", 25, 14)]))
    pk.figures = {**ident(p), "total_investment": 468.5, "served_enterprise_count": 236, "public_event_count": 11, "joint_event_count": 2,
                  "satisfaction_rate": 0.96, "free_service_share": 0.35}
    pk.checks = {"sme-service-platform.total_investment_min": "pass", "sme-service-platform.served_enterprises_min": "pass",
                 "sme-service-platform.center_all_free": "fail"}
    return pk


def tt_01() -> Packet:
    p = party("江苏苏商企业管理培训学院有限公司", "南京市工业和信息化局", "2023年“英才名匠”专精特新企业经营管理人才培训项目",
              "2023-04-01", "2023-11-30", "298", "2023-02-16")
    pk = Packet("h2-tt-01-eligible-class-table", "talent-training", "eligible",
                "10 classes in a table (min 62 trainees, 9 of 3.5 days+), 8 cities across 苏南/苏中/苏北; revenue by year in the audit")
    pk.add("申报表.docx", application_form("talent-training", p, 0))
    pk.add("绩效目标申报表（附件1-25）.docx", performance_form("talent-training", p, [("数量指标", "培训总人数（人）", "960")], 1))
    pk.add("营业执照.pdf", license_doc(p["applicant"], p["uscc"], "1000万元人民币", "2015-04-20", "企业管理培训；职业技能培训（不含需取得许可的培训）；会议服务",
                                     "南京市鼓楼区中山北路xx号"))
    pk.add("2019-2021年度审计报告摘要.pdf", Doc().title("审计报告摘要")
           .table([["年度", "营业收入（万元）", "培训人次（线下）"], ["2019", "620.00", "1480"], ["2020", "540.00", "1260"], ["2021", "710.00", "1940"]])
           .para("三年年均营业收入623.33万元，年均线下培训1,560人次。").sign("南京宁信会计师事务所有限公司  2022年3月"))
    classes = [("南京", "苏南", 96, 4.5), ("苏州", "苏南", 88, 3.5), ("无锡", "苏南", 90, 3.5), ("南通", "苏中", 100, 3.5), ("扬州", "苏中", 84, 4),
               ("泰州", "苏中", 62, 2), ("徐州", "苏北", 110, 3.5), ("淮安", "苏北", 120, 3.5), ("南京", "苏南", 100, 5), ("苏州", "苏南", 110, 3.5)]
    pk.add("培训实施方案.docx", Doc().title("培训实施方案").para("培训面向省内工业和信息产业企业人员，全部免费，不向学员收取任何费用。")
           .table([["班次", "地点", "区域", "学员人数", "天数"]] + [[f"第{i}期", c, r, str(n), f"{d:g}"] for i, (c, r, n, d) in enumerate(classes, 1)]))
    pk.figures = {**ident(p), "registration_date": "2015-04-20", "registered_capital": 1000.0, "average_revenue": 623.33,
                  "annual_trainee_count": 1560, "trainee_count": 960, "min_class_size": 62, "class_count": 9, "city_count": 8}
    pk.checks = {"talent-training.trainees_min": "pass", "talent-training.long_classes_min": "pass", "talent-training.cities_min": "pass"}
    return pk


def cp_01() -> Packet:
    p = party("江苏省物联网产业促进中心", "无锡市工业和信息化局", "物联网集群发展促进机构能力提升项目", "2021-07-01", "2022-06-30",
              "264.70", "2023-02-19")
    pk = Packet("h2-cp-01-eligible-half-years", "cluster-promotion", "eligible",
                "service revenue by half-year (146.20 + 118.50 = 264.70); counts stated in a narrative; staff in a roster count")
    pk.add("申报表.docx", application_form("cluster-promotion", p, 1))
    pk.add("绩效目标申报表.docx", performance_form("cluster-promotion", p, [("数量指标", "服务企业数量（家）", "168")], 0))
    pk.add("专项审计报告.pdf", Doc().title("集群服务收入专项审计报告")
           .table([["期间", "集群服务收入（万元）"], ["2021年7月—12月", "146.20"], ["2022年1月—6月", "118.50"]])
           .para("本机构聚焦物联网集群，现有专职服务团队18人，牵头编制发布集群图谱、白皮书、咨询报告等24个，组织成员单位交流活动13场，"
                 "服务集群内企业168家，并参与国家先进制造业集群竞赛工作。")
           .sign("江苏苏信会计师事务所有限公司  2022年8月"))
    pk.figures = {**ident(p), "service_revenue": 264.7, "staff_count": 18, "publication_count": 24, "exchange_event_count": 13,
                  "served_enterprise_count": 168}
    pk.checks = {"cluster-promotion.service_revenue_min": "pass", "cluster-promotion.exchange_events_min": "pass"}
    return pk


def cv_01() -> Packet:
    p = party("苏州智行车联科技有限公司", "苏州市相城区工业和信息化局", "相城区智能网联公交示范应用项目", "2021-04-01", "2022-05-26",
              "1520.60", "2023-02-21", accepted="2022-09-14")
    pk = Packet("h2-cv-01-eligible", "connected-vehicles", "eligible",
                "audit components in prose (路侧设备、平台、车载终端); operator responsibility stated; 先行区 priority")
    pk.add("入库申报表.docx", application_form("connected-vehicles", p, 2, extra=[["建设运营主体", "本单位（负责软硬件建设及运营维护）"]]))
    pk.add("附件1-19绩效目标申报表.docx", performance_form("connected-vehicles", p, [("数量指标", "部署路侧单元（套）", "86")], 1))
    pk.add("审计报告.pdf", Doc().title("车联网示范应用项目专项审计报告")
           .para(f"项目总投入{yuan(1520.6)}（不含税），其中：路侧感知及通信设备{yuan(812.4)}，车联网平台软件{yuan(386.2)}，"
                 f"车载终端{yuan(214.0)}，安装调试及检测评价{yuan(108.0)}。项目于2022年5月26日完工。")
           .sign("苏州方正会计师事务所有限公司  2022年8月"))
    pk.add("验收意见.pdf", acceptance(p, "2022-09-14", "2022-05-26", 1))
    pk.add("先行区说明.pdf", Doc().title("情况说明").para("本项目在苏州（相城）省车联网和智能网联汽车高质量发展先行区内实施。"))
    pk.figures = {**ident(p), "total_investment": 1520.6, "completion_date": "2022-05-26", "acceptance_date": "2022-09-14"}
    pk.checks = {"connected-vehicles.total_investment_min": "pass", "connected-vehicles.completion_window": "pass"}
    return pk


PACKETS = [sme_01, sme_02, sme_03, ma_01, ma_02, dp_01, dp_02, ct_01, ct_02, ip_01, ls_01, ssp_01, tt_01, cp_01, cv_01]
