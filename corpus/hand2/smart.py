"""智能化改造数字化转型: smart factory, benchmark factory, 5G, service manufacturing — completed, accepted projects."""

from __future__ import annotations

from corpus.builders import Doc
from corpus.hand2.common import (cn_date, contract, daxie, dot_date, exemption, invoice, procedure_docs, roster, uscc,
                                 voucher, wan, yuan)
from corpus.hand2.forms import application_form, performance_form
from corpus.hand2.packet import Packet, ident, party


def acceptance(p: dict, when: str, done: str, style: int, passed: bool = True) -> Doc:
    if style == 0:
        return (Doc().title(f"{p['project']}验收意见")
                .para(f"{cn_date(when)}，{p['unit']}组织专家对{p['applicant']}承担的“{p['project']}”进行了验收。"
                      f"专家组听取了项目汇报，查阅了相关资料并现场察看，经质询讨论，形成验收意见如下：")
                .para(f"一、项目于{cn_date(p['start'])}启动，{cn_date(done)}完成全部建设内容并投入运行。")
                .para("二、项目完成了实施方案确定的建设内容，财务资料齐全。")
                .para("三、专家组一致同意该项目通过验收。" if passed else "三、专家组认为项目尚未达到验收条件，不予通过验收。")
                .sign(f"{p['unit']}（盖章）"))
    if style == 1:
        return (Doc().title("项目验收意见书")
                .table([["项目名称", p["project"]], ["承担单位", p["applicant"]],
                        ["实施期", f"{dot_date(p['start'])}—{dot_date(done)}"], ["验收时间", dot_date(when)],
                        ["验收结论", "通过验收" if passed else "不通过"]])
                .para("验收组意见：项目建设内容与申报方案一致，主要设备及系统运行稳定，达到预期目标。")
                .sign(f"验收组织单位：{p['unit']}"))
    return (Doc().title(f"关于{p['applicant']}{p['project']}的验收意见")
            .para(f"根据申报要求，我局于{cn_date(when)}对该项目开展了现场验收。项目建设周期为{cn_date(p['start'])}至{cn_date(done)}，"
                  "已按计划完工。经审核，同意通过验收。")
            .sign(f"{p['unit']}  {cn_date(when)}"))


def _invoices(pk: Packet, folder: str, p: dict, sellers: list[tuple[str, str, float, float, str]], style: int) -> float:
    """sellers: (seller, item, amount 万元, tax rate, date); returns the total 万元."""
    total = 0.0
    for i, (seller, item, amount, rate, date) in enumerate(sellers):
        number = f"{3172 + i * 977:04d}{len(seller) * 1311 + i:04d}"
        code = None if style % 2 else f"32002{date[2:4]}130"
        if code is None:
            number = f"2332{date[2:4]}000000{number}"
        pk.add(f"{folder}/{date}_{seller[:4]}_{number[-8:]}.pdf",
               invoice(seller, uscc(seller), p["applicant"], p["uscc"], number, code, date, [(item, amount * 10000, rate)], i))
        total += amount
    return round(total, 2)


def sf_01() -> Packet:
    p = party("苏州瑞拓智能装备股份有限公司", "苏州市工业和信息化局", "高端数控折弯机智能制造示范工厂建设项目",
              "2020-06-01", "2022-04-18", "3785.62万元（含土建）", "2023-02-20")
    pk = Packet("h2-sf-01-eligible-prose-audit", "smart-factory", "eligible",
                "narrative audit in 元, 土建 excluded in prose, software as a prose list; designation from a 名单通知 of 30 firms")
    pk.add("一、申报表/项目入库申报表.docx", application_form("smart-factory", p, 0))
    pk.add("一、申报表/附件1-2 绩效目标申报表.docx", performance_form("smart-factory", p, [
        ("数量指标", "生产效率提高率（%）", "32"), ("质量指标", "产品合格率（%）", "99.2"),
        ("经济效益", "项目总投入（万元）", "3418.26"), ("经济效益", "主营业务收入（万元）", "68000")]))
    pk.add("二、审计及验收/专项审计报告.pdf", Doc().title("关于苏州瑞拓智能装备股份有限公司智能制造示范工厂项目投入情况的专项审计报告")
           .para("苏瑞会专审字〔2023〕第0087号")
           .para(f"{p['applicant']}全体股东：")
           .para("我们接受委托，对贵公司“高端数控折弯机智能制造示范工厂建设项目”截至2022年4月18日的投入情况进行了专项审计。")
           .para("经审计，项目自2020年6月开始实施，于2022年4月18日完工。项目累计发生投入37,856,240.00元（不含增值税，下同），"
                 "其中包含新建联合厂房土建工程款3,673,640.00元。按照申报指南要求扣除土建投资后，纳入核定范围的项目总投入为"
                 "34,182,600.00元，其中：智能化生产设备30,318,600.00元，工业软件1,862,000.00元，系统集成费用1,284,000.00元，"
                 "私有云平台建设718,000.00元。软件、系统集成及私有云合计3,864,000.00元。")
           .para("上述投入均取得合法有效的发票及付款凭证。")
           .sign("苏州正信联合会计师事务所（普通合伙）  中国注册会计师：周明、沈佳  2022年8月30日"))
    pk.add("二、审计及验收/验收意见.pdf", acceptance(p, "2022-11-23", "2022-04-18", 0))
    pk.add("三、证明材料/名单通知-2021年省智能制造示范工厂.pdf",
           Doc().title("省工业和信息化厅关于公布2021年江苏省智能制造示范工厂名单的通知")
           .para("苏工信智能〔2021〕612号").para("各设区市工业和信息化局：")
           .para("经企业申报、地方推荐、专家评审和网上公示，确定以下30家工厂为2021年江苏省智能制造示范工厂，现予公布。")
           .table([["序号", "企业名称", "所在地"]] + roster(p["applicant"], "sf01", 30, 16)).sign("江苏省工业和信息化厅  2021年12月20日"))
    docs = procedure_docs(p["applicant"], p["project"], "苏州市", "苏园行审备〔2020〕211号", ("2020-04-10", "2020-05-06", "2020-05-12"), 0)
    pk.add("三、证明材料/备案证.pdf", docs["filing"]).add("三、证明材料/环评登记表.pdf", docs["eia"]).add("三、证明材料/节能审查.pdf", docs["energy"])
    pk.add("三、证明材料/营业执照.pdf", Doc().title("营业执照").table([["统一社会信用代码", p["uscc"]], ["名称", p["applicant"]],
                                                               ["注册资本", "12000万元人民币"], ["成立日期", "2008年3月14日"]]))
    total = _invoices(pk, "四、票据", p, [("南京天祥工业软件有限公司", "MES制造执行系统软件V3.0", 186.2, 0.13, "2021-05-12"),
                                          ("上海宝信系统集成有限公司", "产线数据采集与系统集成服务", 128.4, 0.06, "2021-11-03")], 0)
    pk.figures = {**ident(p), "total_investment": 3418.26, "software_investment": 386.40, "start_date": "2020-06-01",
                  "completion_date": "2022-04-18", "acceptance_date": "2022-11-23", "invoice_total": total, "invoice_count": 2}
    pk.checks = {"smart-factory.total_investment_min": "pass", "smart-factory.software_investment_min": "pass",
                 "smart-factory.designation_held": "pass", "smart-factory.completion_window": "pass"}
    return pk


def sf_02() -> Packet:
    p = party("常州华晟传动科技有限公司", "常州市武进区工业和信息化局", "新能源汽车减速器智能工厂项目",
              "2020-09-01", "2022-03-15", "3349.00", "2023-02-24")
    pk = Packet("h2-sf-02-ineligible-civil-works", "smart-factory", "ineligible",
                "tabular audit: 合计 3349 includes 土建 690 and 铺底流动资金 120; after exclusions 2539 < 3000")
    pk.add("01 入库申报表.docx", application_form("smart-factory", p, 1))
    pk.add("02 附件1-2绩效目标表.docx", performance_form("smart-factory", p, [
        ("经济效益", "项目总投入（万元）", "3349"), ("数量指标", "新增知识产权数量（个）", "6")], 1))
    pk.add("03 审计报告.pdf", Doc().title("专项审计报告").para("常衡审〔2022〕专字第316号")
           .para("一、项目概况：本项目建设期2020年9月至2022年3月，2022年3月15日完工。")
           .para("二、项目投入明细（单位：万元，不含税）")
           .table([["序号", "投入类别", "金额"], ["1", "智能化生产及检测设备", "2,186.40"],
                   ["2", "工业软件（MES/WMS/QMS）", "218.30"], ["3", "系统集成及调试安装", "134.30"],
                   ["4", "厂房土建及装修工程", "690.00"], ["5", "铺底流动资金", "120.00"], ["", "合计", "3,349.00"]])
           .para("三、审计说明：根据指南口径，第4、5项不计入项目总投入，核定项目总投入为2,539.00万元，其中软件及系统集成352.60万元。")
           .sign("常州衡信会计师事务所有限公司  2022年9月8日"))
    pk.add("04 验收意见.pdf", acceptance(p, "2022-10-12", "2022-03-15", 1))
    pk.add("05 示范工厂证书.pdf", Doc().title("江苏省智能制造示范工厂").para(f"{p['applicant']}：").para(
        "你单位“新能源汽车减速器智能工厂”被认定为2021年江苏省智能制造示范工厂。").sign("江苏省工业和信息化厅  二〇二一年十二月"))
    docs = procedure_docs(p["applicant"], p["project"], "常州市武进区", "武行审备〔2020〕587号", ("2020-07-02", "2020-07-28", "2020-08-04"), 1)
    pk.add("06 备案.pdf", docs["filing"]).add("07 环评.pdf", docs["eia"]).add("08 能评.pdf", docs["energy"])
    pk.figures = {**ident(p), "total_investment": 2539.00, "software_investment": 352.60, "completion_date": "2022-03-15",
                  "acceptance_date": "2022-10-12"}
    pk.checks = {"smart-factory.total_investment_min": "fail"}
    return pk


def sf_03() -> Packet:
    p = party("南通铭泰纺织智能科技有限公司", "南通市工业和信息化局", "高档家纺数字化车间智能化升级项目",
              "2021-03-01", "2022-08-26", "4126.35", "2023-02-27")
    pk = Packet("h2-sf-03-ineligible-late-completion", "smart-factory", "ineligible",
                "completion 2022-08-26 stated in the acceptance prose and audit period, outside the 2022-06-30 window; amounts in 大写")
    pk.add("申报表.docx", application_form("smart-factory", p, 2))
    pk.add("绩效目标申报表（附件1-2）.docx", performance_form("smart-factory", p, [("经济效益", "项目总投入（万元）", "4126.35")]))
    pk.add("审计报告.pdf", Doc().title("专项审计报告")
           .para(f"审计对象：{p['applicant']}{p['project']}。审计期间：2021年3月1日至2022年8月26日。")
           .para(f"经审计，项目总投入（不含税）为人民币{daxie(4126.35)}（小写：{yuan(4126.35)}），其中工业软件及系统集成"
                 f"{daxie(215.3)}，云资源及网络费用{daxie(98.6)}，其余为智能化设备。")
           .para("项目于2022年8月26日完成最后一批设备安装调试，全部完工。").sign("南通通华会计师事务所  2022年11月2日"))
    pk.add("验收意见.pdf", acceptance(p, "2022-12-06", "2022-08-26", 2))
    pk.add("认定文件.pdf", Doc().title("关于公布江苏省智能制造示范工厂名单的通知")
           .table([["序号", "企业名称", "所在地"]] + roster(p["applicant"], "sf03", 24, 5)).sign("江苏省工业和信息化厅  2021年12月20日"))
    docs = procedure_docs(p["applicant"], p["project"], "南通市", "通行审备〔2021〕77号", ("2021-01-15", "2021-02-10", "2021-02-20"), 0)
    pk.add("备案证.pdf", docs["filing"]).add("环评.pdf", docs["eia"]).add("能评.pdf", docs["energy"])
    pk.figures = {**ident(p), "total_investment": 4126.35, "software_investment": 313.90, "completion_date": "2022-08-26",
                  "acceptance_date": "2022-12-06"}
    pk.checks = {"smart-factory.completion_window": "fail"}
    return pk


def _benchmark(p: dict, pk: Packet, total: float, sw: tuple[float, float, float], with_test: bool, improved: int) -> None:
    pk.add("1-申报书/入库申报表.docx", application_form("iiot-benchmark-factory", p, 1))
    pk.add("1-申报书/附件1-3绩效目标申报表.docx", performance_form("iiot-benchmark-factory", p, [
        ("数量指标", "设备联网数（台）", "1260"), ("数量指标", "制造系统能力指标满足数（项）", "6"),
        ("质量指标", "两化融合管理体系贯标A级及以上等级", "AA级"), ("经济效益", "项目总投入（万元）", f"{total:.2f}")], 0))
    pk.add("2-审计/投入专项审计报告.pdf", Doc().title("工业互联网标杆工厂项目投入专项审计报告")
           .para("金额单位：人民币万元")
           .table([["项目", "合同金额", "已付金额", "审定投入（不含税）"],
                   ["工业互联网平台及工业软件", f"{sw[0] * 1.13:.2f}", f"{sw[0] * 1.13:.2f}", f"{sw[0]:.2f}"],
                   ["系统集成服务", f"{sw[1] * 1.06:.2f}", f"{sw[1] * 1.06:.2f}", f"{sw[1]:.2f}"],
                   ["公有云资源租用", f"{sw[2] * 1.06:.2f}", f"{sw[2] * 1.06:.2f}", f"{sw[2]:.2f}"],
                   ["数据采集终端及生产设备", "", "", f"{total - sum(sw):.2f}"], ["合计", "", "", f"{total:.2f}"]])
           .para(f"审计结论：项目于{cn_date(p['end'])}完工，审定总投入{wan(total)}，其中软件、系统集成、公有云合计{wan(sum(sw))}。")
           .sign("江苏天衡会计师事务所（特殊普通合伙）无锡分所"))
    pk.add("2-审计/验收意见.pdf", acceptance(p, p["accepted"], p["end"], 1))
    pk.add("3-资质/标杆工厂批复.pdf", Doc().title("省工业和信息化厅关于公布2020年江苏省工业互联网标杆工厂的通知")
           .table([["序号", "企业名称", "所在地"]] + roster(p["applicant"], p["project"], 22, 9)).sign("江苏省工业和信息化厅  2020年11月"))
    pk.add("3-资质/两化融合评定证书.pdf", Doc().title("两化融合管理体系评定证书").para(f"组织名称：{p['applicant']}")
           .para("评定等级：AA级").para("证书有效期至2025年6月").sign("中国两化融合服务联盟"))
    pk.add("3-资质/贯标备案审核通知.pdf", Doc().title("江苏省两化融合贯标联盟贯标备案审核结果")
           .para(f"{p['applicant']}已完成贯标备案审核，审核结果：通过。"))
    if with_test:
        rows = [["指标类别", "细分指标", "认定时", "本次测试", "是否提升"],
                ["制造系统能力", "设备联网率", "72%", "91%", "是"], ["制造系统能力", "数据采集点数", "8600", "15200", "是"],
                ["企业标杆能力", "生产计划排程自动化率", "55%", "83%", "是"], ["企业标杆能力", "质量数据在线分析覆盖率", "60%", "88%", "是"],
                ["业态模式创新", "个性化定制订单占比", "12%", "19%", "是"], ["业态模式创新", "远程运维服务客户数", "40", "38", "否"]]
        pk.add("3-资质/第三方测试报告.pdf", Doc().title("工业互联网标杆工厂能力提升测试报告").para("报告编号：JSCC-2022-TF-0198")
               .table(rows).para(f"结论：与认定时相比，共有{improved}项细分指标实现提升。").sign("江苏省信息中心测评部  2022年8月"))
    docs = procedure_docs(p["applicant"], p["project"], "无锡市", "锡行审备〔2020〕406号", ("2020-10-09", "2020-11-02", "2020-11-12"), 1)
    pk.add("4-手续/备案.pdf", docs["filing"]).add("4-手续/环评.pdf", docs["eia"]).add("4-手续/能评.pdf", docs["energy"])


def ibf_01() -> Packet:
    p = party("无锡锡钢精密管业有限公司", "无锡市工业和信息化局", "精密钢管工业互联网标杆工厂提升项目",
              "2020-12-01", "2022-05-31", "3580.72", "2023-02-21", accepted="2022-09-20")
    pk = Packet("h2-ibf-01-eligible-table", "iiot-benchmark-factory", "eligible",
                "audit table with contract/paid/approved columns; 5 improved indicators in a test-report table; 批复 as designation")
    _benchmark(p, pk, 3580.72, (236.40, 151.25, 80.50), True, 5)
    pk.figures = {**ident(p), "total_investment": 3580.72, "software_investment": 468.15, "completion_date": "2022-05-31",
                  "acceptance_date": "2022-09-20", "improved_indicator_count": 5}
    pk.checks = {"iiot-benchmark-factory.improved_indicators_min": "pass", "iiot-benchmark-factory.total_investment_min": "pass"}
    return pk


def ibf_02() -> Packet:
    p = party("江阴澄星智能铸件有限公司", "江阴市工业和信息化局", "铸件工厂工业互联网标杆提升项目",
              "2021-01-05", "2022-04-30", "3210.00", "2023-02-23", accepted="2022-10-11")
    pk = Packet("h2-ibf-02-incomplete-no-test-report", "iiot-benchmark-factory", "incomplete",
                "no third-party test report although the guide requires one for the improved indicators")
    _benchmark(p, pk, 3210.00, (182.0, 120.5, 52.5), False, 0)
    pk.figures = {**ident(p), "total_investment": 3210.00, "software_investment": 355.00, "completion_date": "2022-04-30"}
    pk.checks = {"iiot-benchmark-factory.material.test_report": "missing"}
    return pk


SCENES = ["协同研发设计", "远程设备操控", "设备协同作业", "柔性生产制造", "现场辅助装配", "机器视觉质检", "设备故障诊断",
          "厂区智能物流", "无人智能巡检", "生产现场监测", "生产单元模拟", "精准动态作业"]


def _fiveg(name: str, p: dict, tests: str, outcome: str, total: float, sw: tuple, devices: tuple, scenes: int, style: int) -> Packet:
    pk = Packet(name, "5g-iiot", outcome, tests)
    all_dev, wireless, five_g = devices
    pk.add("附件1_项目入库申报表.docx", application_form("5g-iiot", p, style))
    pk.add("附件2_绩效目标申报表（附件1-4）.docx", performance_form("5g-iiot", p, [
        ("数量指标", "5G联网设备数（台）", str(five_g)), ("数量指标", "应用场景数量（个）", str(scenes)),
        ("经济效益", "项目总投入（万元）", f"{total:.2f}")], style))
    pk.add("附件3_专项审计报告.pdf", Doc().title("“5G+工业互联网”融合应用项目专项审计报告")
           .para(f"经审计，{p['applicant']}{p['project']}实际完成投入{yuan(total)}（不含税）。其中：工业软件{yuan(sw[0])}，"
                 f"系统集成{yuan(sw[1])}，私有云及边缘计算平台{yuan(sw[2])}；5G工业模组、CPE、AGV等智能化设备{yuan(round(total - sum(sw), 2))}。")
           .para(f"项目于{cn_date(p['end'])}完工。").sign("江苏苏亚金诚会计师事务所  2022年9月"))
    pk.add("附件4_验收意见.pdf", Doc().title("项目验收意见")
           .para(f"{cn_date(p['accepted'])}，{p['unit']}组织对{p['applicant']}“{p['project']}”进行验收。")
           .para(f"项目实施区域5G网络已全面覆盖，部署MEC边缘计算系统1套。厂区联网设备共计{all_dev}台，全部实现联网；"
                 f"其中采用无线方式联网{wireless}台，通过5G网络连接{five_g}台。")
           .para(f"项目将5G技术应用于{'、'.join(SCENES[:scenes])}等{scenes}个场景，并接入工业互联网标识解析二级节点，实现产品追溯。")
           .para("验收结论：同意通过验收。").sign(p["unit"]))
    docs = procedure_docs(p["applicant"], p["project"], p["city"], "备案号2021-320500-39-03-5" + str(len(name)), ("2021-02-01", "2021-02-01", "2021-02-01"), style)
    pk.add("附件5_项目备案证.pdf", docs["filing"])
    pk.add("附件6_推荐单位关于环评能评的说明.pdf", exemption(p["unit"], p["applicant"], p["project"], "环境影响评价及节能审查", "2023-02-15"))
    pk.figures = {**ident(p), "total_investment": total, "software_investment": round(sum(sw), 2), "completion_date": p["end"],
                  "acceptance_date": p["accepted"], "devices_5g": five_g, "devices_wireless": wireless, "scenario_count_5g": scenes}
    return pk


def fiveg_01() -> Packet:
    p = party("昆山沪光汽车电器股份有限公司", "昆山市工业和信息化局", "5G全连接线束工厂建设项目", "2021-03-01", "2022-06-18",
              "2364.50", "2023-02-22", accepted="2022-10-28", city="昆山市")
    pk = _fiveg("h2-5g-01-eligible-device-prose", p, "5G ratio stated as device counts in the acceptance prose (186/240); 10 scenes listed by name; "
                "环评/能评 exempted by the 推荐单位", "eligible", 2364.50, (198.30, 143.70, 72.40), (412, 240, 186), 10, 0)
    pk.checks = {"5g-iiot.wireless_5g_ratio_min": "pass", "5g-iiot.scenario_count_min": "pass", "5g-iiot.software_investment_min": "pass"}
    return pk


def fiveg_02() -> Packet:
    p = party("扬州扬杰电子科技股份有限公司", "扬州市工业和信息化局", "功率半导体5G智慧工厂项目", "2021-01-10", "2022-02-28",
              "2618.00", "2023-02-25", accepted="2022-08-30", city="扬州市")
    pk = _fiveg("h2-5g-02-ineligible-ratio", p, "84 of 200 wireless devices on 5G: ratio 0.42 < 0.5", "ineligible",
                2618.00, (168.20, 120.00, 48.00), (530, 200, 84), 9, 2)
    pk.checks = {"5g-iiot.wireless_5g_ratio_min": "fail"}
    return pk


def _service(name: str, p: dict, outcome: str, tests: str, total: float, parts: list[tuple[str, float]], style: int) -> Packet:
    pk = Packet(name, "service-manufacturing", outcome, tests)
    sw = round(sum(a for _, a in parts), 2)
    pk.add("项目入库申报表.docx", application_form("service-manufacturing", p, style))
    pk.add("附件1-5 绩效目标申报表.docx", performance_form("service-manufacturing", p, [("经济效益", "项目总投入（万元）", f"{total:.2f}"),
                                                                                  ("数量指标", "服务收入占比提升（个百分点）", "6")], style))
    listing = "，".join(f"{n}{daxie(a)}" for n, a in parts)
    pk.add("专审报告.pdf", Doc().title(f"{p['applicant']}服务化改造项目专项审计报告")
           .para(f"一、经审计，截至{cn_date(p['end'])}项目完工，项目总投入为人民币{daxie(total)}（￥{total * 10000:,.2f}，不含税）。")
           .para(f"二、其中软件及系统集成、云服务类投入：{listing}，合计{daxie(sw)}；其余为设计检测设备及仪器。")
           .sign("江苏公证天业会计师事务所  2022年8月"))
    pk.add("验收意见.pdf", acceptance(p, p["accepted"], p["end"], style % 3))
    pk.add("省级工业设计中心认定文件.pdf", Doc().title("关于认定第九批江苏省工业设计中心的通知")
           .table([["序号", "单位名称", "所在地"]] + roster(p["applicant"], name, 26, 20)).sign("江苏省工业和信息化厅 2021年6月"))
    pk.add("推荐单位说明（手续）.pdf", exemption(p["unit"], p["applicant"], p["project"], "项目备案、环境影响评价和节能审查", "2023-02-14"))
    pk.figures = {**ident(p), "total_investment": total, "software_investment": sw, "completion_date": p["end"], "acceptance_date": p["accepted"]}
    return pk


def sm_01() -> Packet:
    p = party("徐州徐工智联设计服务有限公司", "徐州市工业和信息化局", "工程机械全生命周期服务平台项目", "2020-10-01", "2021-12-20",
              "2286.94", "2023-02-18", accepted="2022-07-15")
    pk = _service("h2-sm-01-eligible-daxie", p, "eligible", "all amounts in 大写; all three procedures exempted in one 推荐单位 note",
                  2286.94, [("工业设计软件", 156.80), ("PLM系统集成", 122.60), ("私有云服务", 61.80)], 0)
    pk.checks = {"service-manufacturing.software_investment_min": "pass", "service-manufacturing.total_investment_min": "pass"}
    return pk


def sm_02() -> Packet:
    p = party("泰州海陵精工服务有限公司", "泰州市工业和信息化局", "船用泵阀远程运维服务化改造项目", "2021-02-01", "2022-01-30",
              "2450.60", "2023-02-26", accepted="2022-09-05")
    pk = _service("h2-sm-02-ineligible-software", p, "ineligible", "software + integration 268.30 < 300, stated only in 大写",
                  2450.60, [("远程运维软件", 142.50), ("系统集成", 125.80)], 1)
    pk.checks = {"service-manufacturing.software_investment_min": "fail"}
    return pk


PACKETS = [sf_01, sf_02, sf_03, ibf_01, ibf_02, fiveg_01, fiveg_02, sm_01, sm_02]
