#!/usr/bin/env python3
"""Generate the frozen4 blind packets g01..g12 and their expected results (deterministic).

    /work/main/.venv/bin/python corpus/frozen4/make_packets.py
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common4 import (Packet, app_form_docx, exemption_letter, license_image, perf_form,  # noqa: E402
                     recommend_letter)
from lib4 import (Pdf, boxed_invoice_pdf, cn_date, cn_upper_date, daxie, einvoice_pdf, image_pdf,  # noqa: E402
                  invoice_pdf, photo, receipt_pdf, save_jpeg, save_png, scan_page, sideways, uscc, yuan)

ROOT = HERE
SEALS = {}


def w(v):  # 元 -> 万元, rounded like a reviewer writes it
    return round(v / 10000, 6)


def contract_docx(pk, rel, *, title, party_a, party_b, subject, amount_yuan, date, pay_terms, extra=()):
    blocks = [("p", f"合同编号：{rel[-12:-5]}"), ("p", f"甲方（买方）：{party_a}"), ("p", f"乙方（卖方）：{party_b}"),
              ("p", f"第一条  标的：{subject}。"),
              ("p", f"第二条  合同总价（含税）：人民币{yuan(amount_yuan)}元（大写：{daxie(amount_yuan)}）。"),
              ("p", f"第三条  付款方式：{pay_terms}"), *[("p", e) for e in extra],
              ("p", "第四条  本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。"),
              ("p", f"甲方（盖章）：{party_a}        乙方（盖章）：{party_b}"),
              ("p", f"签订日期：{cn_date(date)}")]
    pk.docx(rel, "contract", title, blocks)


# ============================================================ g01 smart-factory, eligible
def g01():
    pk = Packet(ROOT, "g01", "smart-factory", True)
    A = "常州锐驰精工汽车部件有限公司"
    C = uscc("320411", "58213694")
    REC = "常州市工业和信息化局"
    PRJ = "新能源汽车电驱壳体智能制造示范工厂建设项目"
    # audit rows in 元 (included), 土建 excluded
    equip = [("高真空压铸岛（含取件、喷涂机器人）", "3套", 12860000.00), ("五轴卧式加工中心", "14台", 9452000.00),
             ("激光导航AGV及调度系统硬件", "18台", 2186400.00), ("在线三坐标及X光探伤检测设备", "4套", 3046800.00),
             ("去毛刺、清洗、装配工业机器人", "22台", 4615000.00)]
    soft = [("制造执行系统MES（含实施）", 1286000.00), ("仓储管理系统WMS", 624500.00), ("私有云平台及超融合一体机软件许可", 458000.00),
            ("OT/IT系统集成服务", 973600.00)]
    other = [("设备调试安装费", 1132000.00), ("智能工厂规划咨询设计费", 486300.00), ("第三方检测评价费", 345000.00)]
    civil = 3860000.00
    s_eq = sum(x[2] for x in equip)
    s_soft = sum(x[1] for x in soft)
    s_oth = sum(x[1] for x in other)
    total = s_eq + s_soft + s_oth
    assert abs(total - 37465600.00) < 0.01 and abs(s_soft - 3342100.00) < 0.01
    # -------- audit report (table runs over a page break, subtotals carried)
    p = pk.pdf("03 专项审计报告（常州天衡会审字〔2022〕第0917号）.pdf", "audit_report", header="常州天衡会计师事务所有限公司", footer=True)
    p.title("关于常州锐驰精工汽车部件有限公司", 15)
    p.title(f"{PRJ}投入情况的专项审计报告", 15)
    p.para("常天会审字〔2022〕第0917号", 10, indent=False, align="center")
    p.para(f"{A}：")
    p.para(f"我们接受委托，对贵公司“{PRJ}”自2019年10月8日开工至2022年6月18日完工期间的投入情况进行了专项审计。"
           "贵公司管理层的责任是提供真实、合法、完整的会计资料；我们的责任是在实施审计工作的基础上发表审计意见。"
           "审计过程中我们检查了相关合同、发票、付款凭证、设备验收单及会计账簿，并实施了我们认为必要的其他程序。")
    p.para("一、项目基本情况")
    p.para("项目位于常州市新北区华山中路以东锐驰工业园，对原有压铸、机加工、检测车间实施智能化改造，建设电驱壳体智能制造示范工厂。"
           "项目备案总投资4,500万元，其中厂房改造等土建工程部分由企业另行列支。")
    p.para("二、项目投入明细（单位：元）")
    rows = [["序号", "类别", "名称", "数量", "不含税金额"]]
    n = 1
    for nm, q, v in equip:
        rows.append([str(n), "智能化设备", nm, q, yuan(v)]); n += 1
    for nm, v in soft:
        rows.append([str(n), "软件/集成/云", nm, "1项", yuan(v)]); n += 1
    p.table(rows[:8], [0.5, 1.4, 3.8, 0.7, 1.5], 9)
    p.table([["", "", "本页小计（转下页）", "", yuan(s_eq + soft[0][1] + soft[1][1])]], [0.5, 1.4, 3.8, 0.7, 1.5], 9)
    p.new_page()
    p.table([["", "", "承上页", "", yuan(s_eq + soft[0][1] + soft[1][1])]], [0.5, 1.4, 3.8, 0.7, 1.5], 9)
    rows2 = rows[8:]
    for nm, v in other:
        rows2.append([str(n), "其他投入", nm, "1项", yuan(v)]); n += 1
    rows2.append(["", "合计", "计入项目总投入", "", yuan(total)])
    rows2.append(["附", "不计入", "厂房地坪改造、设备基础等土建工程", "", yuan(civil)])
    p.table(rows2, [0.5, 1.4, 3.8, 0.7, 1.5], 9)
    p.para("三、审计结论")
    p.para(f"经审计，项目累计完成投资{yuan(total + civil)}元，扣除土建工程投资{yuan(civil)}元后，计入项目总投入"
           f"{yuan(total)}元（大写：{daxie(total)}），均为不含税金额。其中软件、系统集成及私有云投入合计{yuan(s_soft)}元。"
           "项目于2019年10月8日开工，2022年6月18日完成全部设备调试并投入使用。")
    p.para("本报告仅供贵公司申报2023年度省工业和信息产业转型升级专项资金使用。")
    p.gap(20)
    p.para("常州天衡会计师事务所有限公司        中国注册会计师：顾永年  杭semicolon".replace("杭semicolon", "蒋思琪"), indent=False)
    p.para("二〇二二年十月九日", indent=False, align="right")
    p.seal("常州天衡会计师事务所有限公司", x=p.right - 80, y=p.y + 40)
    p.save()
    # -------- application form (docx)
    app_form_docx(pk, "01 项目入库申报表.docx", rows=[
        ["项目名称", PRJ], ["项目类别", "智能化改造数字化转型—标杆示范项目—智能制造示范工厂项目"],
        ["项目承担单位", A], ["统一社会信用代码", C], ["项目推荐单位", REC],
        ["项目建设地点", "常州市新北区华山中路以东锐驰工业园"],
        ["建设起止时间", "2019年10月至2022年6月"],
        ["项目总投入（万元，不含税）", "3746.56"], ["其中：软件、系统集成、公私有云等投入（万元）", "334.21"],
        ["2021年主营业务收入（万元）", "68,412.30"], ["联系人及电话", "钱晓东 0519-85126637"]],
        tail=["申报单位承诺：以上内容及所附材料真实、准确。", "（单位盖章）2022年10月20日"])
    perf_form(pk, "02 绩效目标申报表.docx", annex="1-2", title="智能制造示范工厂项目绩效目标申报表",
              head=(PRJ, REC, A, "2019年10月", "2022年6月", "建成电驱壳体智能制造示范工厂，生产效率提升30%以上。"),
              rows=[["产出指标", "数量指标", "生产效率提高率（%）", "32"], ["产出指标", "质量指标", "产品合格率（%）", "99.3"],
                    ["效益指标", "经济效益", "项目总投入（万元）", "3746.56"], ["效益指标", "经济效益", "主营业务收入（万元）", "72000"],
                    ["效益指标", "社会效益", "形成智能制造示范应用场景数量（个）", "9"]])
    # -------- designation: scanned certificate (image-only PDF), landscape with border and seal
    cert = scan_page([("江苏省智能制造示范工厂", 64, "center"), "", ("证  书", 48, "center"), "",
                      (f"{A}：", 32, "left"),
                      ("你单位“新能源汽车电驱壳体智能工厂”被认定为2021年度江苏省智能制造示范工厂。", 32, "left"),
                      ("特发此证。", 32, "left"), "",
                      ("证书编号：JSZNGC-2021-047", 26, "left"), ("江苏省工业和信息化厅", 30, "right"),
                      ("二〇二一年十二月", 30, "right")], seed=101, seal="江苏省工业和信息化厅", landscape=True, border=True,
                     seal_at=(1400, 930))
    image_pdf(pk.path("05 省智能制造示范工厂证书（扫描件）.pdf", "designation_certificate"), [cert])
    # -------- filing, EIA, energy exemption, acceptance opinion
    p = pk.pdf("04 手续文件/江苏省投资项目备案证.pdf", "project_filing")
    p.title("江苏省投资项目备案证", 17)
    p.para("备案证号：常新行审备〔2019〕412号", 10, indent=False, align="right")
    p.table([["项目名称", PRJ], ["项目法人单位", A], ["法人单位统一社会信用代码", C], ["项目代码", "2019-320411-36-03-561204"],
             ["建设地点", "常州市新北区"], ["建设规模及内容", "购置压铸岛、五轴加工中心、AGV、在线检测设备及MES、WMS等系统，改造现有车间12,000平方米"],
             ["项目总投资", "4500万元"], ["计划开工时间", "2019年10月"]], [1.6, 4.6], 10)
    p.para("常州国家高新技术产业开发区（新北区）行政审批局", indent=False, align="right")
    p.para("2019年9月12日", indent=False, align="right")
    p.seal("常州市新北区行政审批局", x=p.right - 70, y=p.y + 30)
    p.save()
    p = pk.pdf("04 手续文件/环评批复.pdf", "eia_approval")
    p.title("常州市生态环境局", 16)
    p.title("关于常州锐驰精工汽车部件有限公司新能源汽车电驱壳体智能制造示范工厂建设项目环境影响报告表的批复", 12)
    p.para("常新环审〔2019〕288号", 10, indent=False, align="center")
    p.para(f"{A}：你公司报送的项目环境影响报告表收悉。经研究，批复如下：在落实报告表提出的各项污染防治措施后，从环境保护角度同意项目建设。")
    p.para("常州市生态环境局", indent=False, align="right")
    p.para("2019年9月27日", indent=False, align="right")
    p.seal("常州市生态环境局", x=p.right - 70, y=p.y + 30)
    p.save()
    exemption_letter(pk, "04 手续文件/推荐单位关于节能审查的说明.pdf", unit=REC, applicant=A, project=PRJ,
                     what="节能审查（能评）", why="项目年综合能源消费量约640吨标准煤（当量值），不足1000吨标准煤，且年电力消费量不足500万千瓦时，",
                     date="2022-10-18")
    p = pk.pdf("06 验收意见.pdf", "acceptance_opinion")
    p.title(f"{PRJ}", 14)
    p.title("验收意见", 16)
    p.para(f"2022年10月26日，常州市工业和信息化局组织专家对{A}承担的“{PRJ}”进行了验收。专家组听取了项目建设情况汇报，"
           "现场查看了压铸、机加工、检测车间及MES、WMS系统运行情况，审阅了专项审计报告等资料，经质询讨论，形成意见如下：")
    p.para("一、项目于2019年10月开工，2022年6月18日完成建设，建设周期符合要求；累计完成投资3,746.56万元（不含税，不含土建），"
           "其中软件、系统集成及云资源投入334.21万元。")
    p.para("二、项目建成后生产效率提高32.4%，产品不良品率由2.1%降至0.7%，运营成本降低21.6%。")
    p.para("专家组一致同意该项目通过验收。")
    p.table([["专家组组长", "孙立强（常州大学 教授）"], ["专家组成员", "周海波、陆文娟、薛成、汤卫民"]], [1.5, 4.5], 10)
    p.para("常州市工业和信息化局（盖章）", indent=False, align="right")
    p.para("2022年10月26日", indent=False, align="right")
    p.seal(REC, x=p.right - 70, y=p.y + 30)
    p.save()
    recommend_letter(pk, "07 推荐函.pdf", unit=REC, applicant=A, project=PRJ, category_cn="智能制造示范工厂项目", date="2022-11-02")
    # -------- license (text PDF with seal, copy stamped)
    p = pk.pdf("08 营业执照（复印件加盖公章）.pdf", "business_license")
    p.title("营 业 执 照", 22)
    p.para("（副本）", indent=False, align="center")
    p.table([["统一社会信用代码", C], ["名称", A], ["类型", "有限责任公司（自然人投资或控股）"], ["法定代表人", "钱国栋"],
             ["注册资本", "12000万元整"], ["成立日期", "2006年04月18日"], ["住所", "常州市新北区华山中路166号"]], [1.6, 4.6], 11)
    p.para("常州国家高新技术产业开发区（新北区）市场监督管理局  2021年07月02日", indent=False, align="right")
    p.seal("与原件一致 " + A, x=200, y=p.y - 40)
    p.save()
    # -------- invoices: one paper 专票 (boxed), two 数电票
    B = (A, C, "常州市新北区华山中路166号 0519-85126600", "中国银行常州新北支行 5462 1127 0035")
    t1, _ = boxed_invoice_pdf(pk.path("09 发票/压铸岛 3200192130-05518311.pdf", "invoice"), code="3200192130", number="05518311",
                              date="2020-06-16", buyer=B,
                              seller=("宁波力劲精密压铸装备有限公司", uscc("330206", "73518264"), "宁波市北仑区大港工业城 0574-86823100", "工商银行宁波北仑支行 3901 1200 0920"),
                              items=[("*通用设备*高真空压铸单元", "LK-DCC1600", "套", 1, 3215000.00, 0.13)],
                              remark="合同号RC-2020-011")
    t2, _ = einvoice_pdf(pk.path("09 发票/MES 22322000000041927735.pdf", "invoice"), number="22322000000041927735", date="2022-03-08",
                         buyer=B, seller=("南京智衡工业软件有限公司", uscc("320114", "60912376")),
                         items=[("*信息技术服务*制造执行系统MES实施", "V3.2", "项", 1, 1286000.00, 0.06)])
    t3, _ = einvoice_pdf(pk.path("09 发票/私有云 22322000000052210418.pdf", "invoice"), number="22322000000052210418", date="2022-04-22",
                         buyer=B, seller=("苏州云峦数据科技有限公司", uscc("320594", "59381624")),
                         items=[("*软件*超融合平台软件许可", "HCI-8", "套", 1, 458000.00, 0.13)])
    inv_total = t1 + t2 + t3
    contract_docx(pk, "10 合同/压铸岛采购合同 RC-2020-011.docx", title="设备采购合同", party_a=A, party_b="宁波力劲精密压铸装备有限公司",
                  subject="高真空压铸单元LK-DCC1600（含取件、喷涂机器人）一套", amount_yuan=3632950.00, date="2020-03-20",
                  pay_terms="预付30%，到货验收后付60%，质保金10%一年后付清。")
    contract_docx(pk, "10 合同/MES实施合同.docx", title="软件系统实施服务合同", party_a=A, party_b="南京智衡工业软件有限公司",
                  subject="制造执行系统MES实施服务", amount_yuan=1363160.00, date="2021-08-30", pay_terms="验收合格后一次性支付。")
    receipt_pdf(pk.path("11 付款凭证/回单 2020-06-20.pdf", "payment_voucher"), bank="中国银行", no="BOC2020062013357",
                date="2020-06-20", payer=(A, "5462 1127 0035", "中国银行常州新北支行"),
                payee=("宁波力劲精密压铸装备有限公司", "3901 1200 0920", "工商银行宁波北仑支行"), amount=2179770.00, memo="压铸岛到货款")
    receipt_pdf(pk.path("11 付款凭证/回单 2022-03-15.pdf", "payment_voucher"), bank="中国银行", no="BOC2022031548812",
                date="2022-03-15", payer=(A, "5462 1127 0035", "中国银行常州新北支行"),
                payee=("南京智衡工业软件有限公司", "0120 0114 0921", "南京银行河西支行"), amount=1363160.00, memo="MES实施款")
    figs = {"applicant_name": A, "applicant_uscc": C, "recommending_unit": REC,
            "total_investment": w(total), "software_investment": w(s_soft),
            "start_date": "2019-10-08", "completion_date": "2022-06-18", "acceptance_date": "2022-10-26",
            "invoice_total": round(w(inv_total), 6), "invoice_count": 3}
    pk.expected(ROOT, "eligible", figs, round(w(total) * 0.10, 3), [],
                "Audit table in 元 runs over a page break with a carried subtotal (本页小计/承上页); 土建 3,860,000 listed as "
                "an excluded row below the 合计. 3,746.56 ≥ 3,000; software 334.21 ≥ 300 (stated); 2019-10-08 → 2022-06-18 "
                "(2 y 8 m ≤ 3 y; completion inside the window); acceptance by the recommending unit 2022-10-26. Designation: "
                "scanned 2021 省智能制造示范工厂 certificate (image-only PDF, landscape). 能评 exempted by the recommending unit. "
                "备案 total 4,500 is a distractor. Subsidy 10% = 374.656 (cap 2,000).")


# ============================================================ g02 green-upgrade, ineligible (tax-inclusive total)
def g02():
    pk = Packet(ROOT, "g02", "green-upgrade", True)
    A = "淮安福润新材料有限公司"
    C = uscc("320803", "69417238")
    REC = "淮安市工业和信息化局"
    PRJ = "RTO蓄热焚烧及余热梯级回收节能改造项目"
    budget = [("节能环保设备购置（RTO焚烧炉、余热锅炉、热泵机组等）", 16950000.00, 0.13),
              ("能源管控系统及工业软件", 2260000.00, 0.13),
              ("设备安装调试", 2180000.00, 0.09),
              ("能效检测及评价", 848000.00, 0.06)]
    incl = sum(b[1] for b in budget)
    excl = sum(round(b[1] / (1 + b[2]), 2) for b in budget)
    tax = incl - excl
    assert abs(incl - 22238000.00) < 0.01 and abs(excl - 19800000.00) < 0.01
    by_cut = [("3200211130", "02847736", "2022-03-18", "江苏沃德环保装备有限公司", uscc("320282", "71438265"),
               "*环境污染防治专用设备*RTO蓄热式焚烧炉", 3280000.00),
              ("3200211130", "03115520", "2022-06-09", "无锡顺风余热锅炉制造有限公司", uscc("320211", "62571834"),
               "*锅炉及辅助设备*余热锅炉", 1585000.00)]
    cut = sum(x[6] for x in by_cut)
    assert abs(cut - 4865000.00) < 0.01
    # 资金申请报告 with the budget table (含税 / 税额 / 不含税)
    rows = [["序号", "投资内容", "含税金额（万元）", "税额（万元）", "不含税金额（万元）"]]
    for i, (nm, v, r) in enumerate(budget, 1):
        e = round(v / (1 + r), 2)
        rows.append([str(i), nm, f"{v / 10000:,.2f}", f"{(v - e) / 10000:,.2f}", f"{e / 10000:,.2f}"])
    rows.append(["", "合计", f"{incl / 10000:,.2f}", f"{tax / 10000:,.2f}", f"{excl / 10000:,.2f}"])
    pk.docx("附件3 项目资金申请报告.docx", "other", f"{A}\n{PRJ}资金申请报告", [
        ("h", "一、项目概况"),
        ("p", "公司现有4条涂布复合生产线，VOCs废气经活性炭吸附后排放，天然气消耗大。本项目新建2台RTO蓄热式焚烧炉，"
              "利用焚烧余热经余热锅炉产生蒸汽回用于烘箱，配套热泵机组与能源管控系统，实现余热梯级利用。"),
        ("h", "二、建设期"), ("p", "项目于2021年11月20日开工，计划2023年11月30日建成投运。"),
        ("h", "三、投资估算"),
        ("p", f"项目总投资{incl / 10000:,.2f}万元，具体构成见下表。另RTO设备基础及管廊土建126.20万元由公司自有资金另行列支，未列入本表。"),
        ("t", rows),
        ("h", "四、截至2022年6月30日投入情况"),
        ("p", f"截至2022年6月30日，已签订设备合同并取得发票{cut / 10000:,.2f}万元，已支付款项见付款凭证，详见专项审计报告。"),
        ("h", "五、节能效果"), ("p", "项目建成后年节约天然气约186万立方米，折合标准煤2,474吨，年减排VOCs约92吨。")])
    app_form_docx(pk, "附件1 项目入库申报表.docx", rows=[
        ["项目名称", PRJ], ["项目类别", "绿色化改造提升—绿色化改造升级项目"], ["承担单位", A], ["统一社会信用代码", C],
        ["推荐单位", REC], ["开工时间", "2021年11月20日"], ["计划建成时间", "2023年11月30日"],
        ["项目总投资（万元）", f"{incl / 10000:,.2f}"], ["截至2022年6月30日已投入（万元）", f"{cut / 10000:,.2f}"],
        ["已投入占比", f"{cut / incl * 100:.2f}%"]])
    perf_form(pk, "附件2 绩效目标申报表（附件1-18）.docx", annex="1-18", title="绿色化改造升级项目绩效目标申报表",
              head=(PRJ, REC, A, "2021年11月", "2023年11月", "建成RTO及余热梯级利用系统，年节约标煤2,400吨以上。"),
              rows=[["产出指标", "数量指标", "年节能量（吨标准煤）", "2474"], ["效益指标", "经济效益", "项目总投入（万元）", f"{incl / 10000:.2f}"],
                    ["效益指标", "社会效益", "VOCs减排量（吨/年）", "92"]])
    # audit of the by-cutoff investment
    p = pk.pdf("附件4 专项审计报告.pdf", "audit_report", header="江苏中准会计师事务所有限公司淮安分所", footer=True)
    p.title("专项审计报告", 17)
    p.para("苏中准淮专审〔2022〕第136号", 10, indent=False, align="center")
    p.para(f"{A}全体股东：")
    p.para(f"我们审计了贵公司“{PRJ}”截至2022年6月30日的投入情况。经审计，截至2022年6月30日，项目已签订合同"
           f"金额合计6,042.16万元（含税），已取得增值税专用发票不含税金额{yuan(cut)}元，已支付款项5,321,450.00元。"
           f"按发票、合同及付款凭证确认的已投入金额为{yuan(cut)}元（大写：{daxie(cut)}），占项目总投资"
           f"{incl / 10000:,.2f}万元的{cut / incl * 100:.2f}%。")
    p.table([["发票号码", "开票日期", "销售方", "不含税金额（元）", "付款日期"]] +
            [[x[1], x[2], x[3], yuan(x[6]), d] for x, d in zip(by_cut, ["2022-03-25", "2022-06-15"])] +
            [["合计", "", "", yuan(cut), ""]], [1.2, 1.2, 2.8, 1.6, 1.2], 9)
    p.para("注：项目总投资依据企业提供的《项目资金申请报告》。")
    p.para("中国注册会计师：包振华  孟洁", indent=False, align="right")
    p.para("2022年9月28日", indent=False, align="right")
    p.seal("江苏中准会计师事务所有限公司淮安分所", x=p.right - 80, y=p.y + 36)
    p.save()
    # 备案证 as a skewed phone photo (JPEG)
    im = scan_page([("江苏省投资项目备案证", 52, "center"), ("备案证号：淮开管审备〔2021〕187号", 26, "right"), "",
                    (f"项目名称：{PRJ}", 28, "left"), (f"项目法人单位：{A}", 28, "left"),
                    (f"统一社会信用代码：{C}", 28, "left"), ("项目代码：2021-320871-41-03-640218", 28, "left"),
                    ("建设地点：淮安经济技术开发区深圳东路9号", 28, "left"),
                    ("主要建设内容：新建RTO蓄热式焚烧炉2台、余热锅炉1台、热泵机组3台，建设能源管控系统。", 28, "left"),
                    ("项目总投资：2350万元", 28, "left"), ("计划开工时间：2021年11月", 28, "left"), "", "",
                    ("淮安经济技术开发区管理委员会", 28, "right"), ("2021年10月14日", 28, "right")], seed=202,
                   seal="淮安经济技术开发区管理委员会")
    save_jpeg(pk.path("附件5 备案证（手机拍照）.jpg", "project_filing"), photo(im, 202, angle=2.3))
    p = pk.pdf("附件6 环评批复.pdf", "eia_approval")
    p.title("淮安市生态环境局文件", 16)
    p.para("淮环开审〔2021〕74号", 10, indent=False, align="center")
    p.title(f"关于{A}{PRJ}环境影响报告表的批复", 12)
    p.para(f"{A}：经研究，同意你公司按报告表所列性质、规模、地点和环境保护措施进行建设。")
    p.para("淮安市生态环境局  2021年11月3日", indent=False, align="right")
    p.seal("淮安市生态环境局", x=p.right - 70, y=p.y + 20)
    p.save()
    p = pk.pdf("附件7 节能审查意见.pdf", "energy_review")
    p.title("淮安市发展和改革委员会", 16)
    p.title(f"关于{A}{PRJ}节能报告的审查意见", 12)
    p.para("淮发改能审〔2021〕52号", 10, indent=False, align="center")
    p.para("经审查，原则同意该项目节能报告。项目建成后年综合能源消费量（当量值）较改造前减少2,474吨标准煤。")
    p.para("淮安市发展和改革委员会  2021年11月8日", indent=False, align="right")
    p.seal("淮安市发展和改革委员会", x=p.right - 70, y=p.y + 20)
    p.save()
    recommend_letter(pk, "附件8 推荐函.pdf", unit=REC, applicant=A, project=PRJ, category_cn="绿色化改造升级项目", date="2022-11-10")
    B = (A, C, "淮安经济技术开发区深圳东路9号 0517-83712288", "农业银行淮安开发区支行 1047 0101 0400 1862")
    tots = []
    for code, no, d, sn, sc, item, amt in by_cut:
        t, _ = boxed_invoice_pdf(pk.path(f"发票/{d}_{sn[:6]}_{no}.pdf", "invoice"), code=code, number=no, date=d, buyer=B,
                                 seller=(sn, sc, "江苏省 0510-8xxxxxxx".replace("8xxxxxxx", "88216630"), "建设银行 3205 0162 0036"),
                                 items=[(item, "定制", "台", 1, amt, 0.13)])
        tots.append(t)
    contract_docx(pk, "合同/RTO设备采购合同.docx", title="RTO蓄热式焚烧炉采购合同", party_a=A, party_b=by_cut[0][3],
                  subject="RTO蓄热式焚烧炉（三室，处理风量40000m³/h）2台", amount_yuan=7458000.00, date="2022-01-06",
                  pay_terms="预付40%，到货后付50%，验收合格后付10%。")
    contract_docx(pk, "合同/余热锅炉采购合同.docx", title="余热锅炉采购合同", party_a=A, party_b=by_cut[1][3],
                  subject="余热锅炉1台", amount_yuan=1791050.00, date="2022-02-11", pay_terms="到货后付清。")
    receipt_pdf(pk.path("付款凭证/农行回单20220325.pdf", "payment_voucher"), bank="中国农业银行", no="ABC20220325001187",
                date="2022-03-25", payer=(A, "1047 0101 0400 1862", "农业银行淮安开发区支行"),
                payee=(by_cut[0][3], "3205 0162 0036", "建设银行宜兴支行"), amount=3530400.00, memo="RTO设备款")
    receipt_pdf(pk.path("付款凭证/农行回单20220615.pdf", "payment_voucher"), bank="中国农业银行", no="ABC20220615003362",
                date="2022-06-15", payer=(A, "1047 0101 0400 1862", "农业银行淮安开发区支行"),
                payee=(by_cut[1][3], "3205 0162 0091", "建设银行无锡新吴支行"), amount=1791050.00, memo="余热锅炉款")
    figs = {"applicant_name": A, "applicant_uscc": C, "recommending_unit": REC,
            "total_investment": w(excl), "invested_by_cutoff": w(cut),
            "start_date": "2021-11-20", "completion_date": "2023-11-30",
            "invoice_total": round(w(sum(tots)), 6), "invoice_count": 2}
    pk.expected(ROOT, "ineligible", figs, None, [{"kind": "figure", "figure": "total_investment"}],
                "The 申报表 and the audit use 总投资 2,223.80万元, which is 含税: the budget table (含税/税额/不含税 columns) "
                "gives 不含税 1,980.00 < 2,000 (the guide: 项目总投入不含税额). 土建 126.20 is outside the table anyway; "
                "备案证 2,350 (incl. 土建) is a distractor. The cutoff share passes either way (486.50 = 24.57% of 1,980; "
                "the audit's 21.88% is on the 含税 total). 备案证 is a JPEG phone photo.")


# ============================================================ g03 specialized-sme, ineligible (小贷 interest)
def g03():
    pk = Packet(ROOT, "g03", "specialized-sme", True)
    A = "无锡泓科微电机有限公司"
    C = uscc("320213", "73820416")
    REC = "无锡市工业和信息化局"
    PRJ = "微特电机数字化车间能力提升项目"
    hw = [("绕线、嵌线、插纸自动化设备", 2386000.00), ("转子动平衡及电机综合性能测试线", 1642500.00),
          ("数控冲床及模具", 984000.00), ("MES及设备物联系统", 761000.00), ("PLM研发管理软件", 342000.00),
          ("设备安装调试费", 169000.00)]
    hws = sum(v for _, v in hw)
    assert abs(hws - 6284500.00) < 0.01
    loanA = [("2021-03-21", 161245.83), ("2021-06-21", 164875.00), ("2021-09-21", 164875.00), ("2021-12-21", 163083.33),
             ("2022-03-21", 159500.00), ("2022-06-21", 163083.33), ("2022-09-21", 163083.33)]
    loanB = [("2021-09-21", 84600.00), ("2021-12-21", 102375.00), ("2022-03-21", 100125.00), ("2022-06-21", 103500.00)]
    inA = [v for d, v in loanA if "2021-01-01" <= d <= "2022-06-30"]
    sA, sB = sum(inA), sum(v for _, v in loanB)
    bank = sA + sB
    smallC = 588000.00
    assert abs(bank - 1367262.49) < 0.01
    claimed = bank + smallC
    # 专审报告
    p = pk.pdf("专审报告/2021-2022新增软硬件投入及贷款利息专项审计报告.pdf", "audit_report", header="无锡华清会计师事务所", footer=True)
    p.title("专项审计报告", 17)
    p.para("锡华清专审字（2022）第0611号", 10, indent=False, align="center")
    p.para(f"{A}：")
    p.para(f"我们对贵公司2021年1月1日至2022年6月30日期间“{PRJ}”新增软硬件投入及贷款利息支出情况进行了专项审计。")
    p.para("一、新增软硬件投入（不含税，单位：元）")
    p.table([["序号", "项目", "不含税金额"]] + [[str(i), n, yuan(v)] for i, (n, v) in enumerate(hw, 1)] +
            [["", "合计", yuan(hws)]], [0.6, 4.4, 1.6], 10)
    p.para(f"新增软硬件投入合计{yuan(hws)}元（大写：{daxie(hws)}）。")
    p.para("二、贷款利息支出（单位：元）")
    p.table([["贷款人", "借款合同编号", "借款金额", "期间内结息合计"],
             ["中国工商银行无锡梁溪支行", "0110300012-2021（梁溪）字00046号", "15,000,000.00", yuan(sA)],
             ["江苏银行无锡分行", "JY-WX-2021-LD-3307", "10,000,000.00", yuan(sB)],
             ["无锡市梁溪区科技小额贷款有限公司", "LXXD(2021)第058号", "8,000,000.00", yuan(smallC)],
             ["合计", "", "", yuan(claimed)]], [2.6, 2.6, 1.3, 1.5], 9)
    p.para(f"三、结论：2021年1月1日至2022年6月30日，贵公司新增软硬件投入{yuan(hws)}元，支付贷款利息{yuan(claimed)}元，"
           f"两项合计{yuan(hws + claimed)}元。")
    p.para("无锡华清会计师事务所（特殊普通合伙）  中国注册会计师：邵建国  2022年9月16日", indent=False, align="right")
    p.seal("无锡华清会计师事务所", x=p.right - 80, y=p.y + 20)
    p.save()
    app_form_docx(pk, "一 项目入库申报表.docx", rows=[
        ["项目名称", PRJ], ["项目类别", "专精特新中小企业能力提升项目"], ["申报单位", A], ["统一社会信用代码", C],
        ["推荐单位", REC], ["省级专精特新小巨人企业认定年度", "2021年（有效期三年）"],
        ["2021-2022年是否获得过本专项资金支持", "否"],
        ["新增软硬件投入（万元）", f"{hws / 10000:.2f}"], ["贷款利息（万元）", f"{claimed / 10000:.2f}"],
        ["合计（万元）", f"{(hws + claimed) / 10000:.2f}"],
        ["申请补助（万元）", f"{(hws * 0.2 + claimed * 0.4) / 10000:.2f}"]])
    perf_form(pk, "二 绩效目标申报表（附件1-14）.pdf", annex="1-14", title="专精特新中小企业能力提升项目绩效目标申报表",
              head=(PRJ, REC, A, "2021年1月", "2022年6月", "建成微特电机数字化车间，人均产值提高25%。"),
              rows=[["产出指标", "数量指标", "新增软硬件投入（万元）", f"{hws / 10000:.2f}"],
                    ["产出指标", "数量指标", "贷款贴息（万元）", f"{claimed / 10000:.2f}"],
                    ["效益指标", "经济效益", "营业收入（万元）", "26800"]], as_pdf=True)
    p = pk.pdf("三 省级专精特新小巨人企业证书.pdf", "designation_certificate")
    p.title("江苏省专精特新“小巨人”企业", 18)
    p.para(f"{A}：", indent=False)
    p.para("经企业申报、地方推荐、专家评审，你单位被认定为江苏省专精特新“小巨人”企业。有效期：2021年12月至2024年12月。")
    p.para("江苏省工业和信息化厅  二〇二一年十二月", indent=False, align="right")
    p.seal("江苏省工业和信息化厅", x=p.right - 70, y=p.y + 20)
    p.save()
    exemption_letter(pk, "四 推荐单位关于相关手续的说明.pdf", unit=REC, applicant=A, project=PRJ, what="项目备案、环评、能评",
                     why="项目系在现有厂房内购置生产及检测设备、软件，不新增用地和产能，不涉及新增污染物排放，年能耗增量不足200吨标准煤，",
                     date="2022-10-25")
    # loans: contracts + statements
    for fn, bankname, no, amt, rate, start in [
            ("工行借款合同.pdf", "中国工商银行股份有限公司无锡梁溪支行", "0110300012-2021（梁溪）字00046号", 15000000, "4.35%", "2021-01-08"),
            ("江苏银行借款合同.pdf", "江苏银行股份有限公司无锡分行", "JY-WX-2021-LD-3307", 10000000, "4.05%", "2021-07-12"),
            ("小贷公司借款合同.pdf", "无锡市梁溪区科技小额贷款有限公司", "LXXD(2021)第058号", 8000000, "7.35%", "2021-04-02")]:
        p = pk.pdf(f"五 贷款材料/{fn}", "loan_contract")
        p.title("流动资金借款合同", 16)
        p.para(f"合同编号：{no}", 10, indent=False, align="right")
        p.para(f"借款人：{A}", indent=False)
        p.para(f"贷款人：{bankname}", indent=False)
        p.para(f"第一条  借款金额：人民币{daxie(amt)}（¥{yuan(amt)}）。借款期限自{cn_date(start)}起二十四个月。")
        p.para(f"第二条  借款利率：年利率{rate}，按季结息，结息日为每季末月的第21日。")
        p.para("第三条  借款用途：购买原材料、支付设备款等日常经营周转。")
        p.para(f"贷款人（盖章）：{bankname}      借款人（盖章）：{A}", indent=False)
        p.seal(bankname[:14], x=p.right - 90, y=p.y - 20)
        p.save()
    p = pk.pdf("五 贷款材料/工行利息回单汇总.pdf", "interest_statement")
    p.title("中国工商银行  贷款利息清单", 15)
    p.para(f"借款人：{A}    借款合同号：0110300012-2021（梁溪）字00046号    本金：15,000,000.00", 10, indent=False)
    p.table([["结息日期", "计息本金", "利率", "利息金额（元）"]] + [[d, "15,000,000.00", "4.35%", yuan(v)] for d, v in loanA] +
            [["合计", "", "", yuan(sum(v for _, v in loanA))]], [1.5, 2, 1, 2], 10)
    p.seal("中国工商银行无锡梁溪支行 业务专用章", y=p.y - 20)
    p.save()
    p = pk.pdf("五 贷款材料/江苏银行结息单.pdf", "interest_statement")
    p.title("江苏银行  贷款结息通知单", 15)
    p.table([["结息日", "借款人", "合同号", "利息（元）"]] + [[d, A, "JY-WX-2021-LD-3307", yuan(v)] for d, v in loanB] +
            [["合计", "", "", yuan(sB)]], [1.3, 2.6, 2, 1.3], 9)
    p.seal("江苏银行无锡分行 业务专用章", y=p.y - 20)
    p.save()
    im = scan_page([("无锡市梁溪区科技小额贷款有限公司", 40, "center"), ("利息结算单", 48, "center"), "",
                    (f"借款人：{A}", 28, "left"), ("合同编号：LXXD(2021)第058号   借款本金：8,000,000.00元   年利率：7.35%", 26, "left"), "",
                    ("结息期间：2021年4月2日至2022年4月1日", 28, "left"),
                    (f"应付利息：{yuan(smallC)}元（大写：{daxie(smallC)}）", 28, "left"),
                    ("实收利息：588,000.00元    收款日期：2022年4月1日", 28, "left"), "",
                    ("经办：陈晓    复核：蔡文杰", 26, "left"), ("2022年4月1日", 28, "right")], seed=303,
                   seal="无锡市梁溪区科技小额贷款有限公司")
    save_jpeg(pk.path("五 贷款材料/小贷公司利息结算单.jpg", "interest_statement"), photo(im, 303, angle=1.2))
    B = (A, C, "无锡市梁溪区锡沪西路77号 0510-82716650", "工商银行无锡梁溪支行 1103 0200 0920 0046")
    t1, _ = boxed_invoice_pdf(pk.path("六 发票/发票-3200204130-08812734.pdf", "invoice"), code="3200204130", number="08812734",
                              date="2021-05-20", buyer=B,
                              seller=("苏州精绕自动化设备有限公司", uscc("320506", "55837261"), "苏州市吴中区 0512-65802211", "招商银行苏州吴中支行 5129 0322"),
                              items=[("*专用设备*全自动绕线机", "JR-12A", "台", 6, 1428000.00, 0.13),
                                     ("*专用设备*嵌线插纸一体机", "JR-QX8", "台", 2, 958000.00, 0.13)])
    t2, _ = einvoice_pdf(pk.path("六 发票/数电票-22322000000017564209.pdf", "invoice"), number="22322000000017564209",
                         date="2022-01-14", buyer=B, seller=("无锡测腾仪器有限公司", uscc("320214", "66184523")),
                         items=[("*仪器仪表*电机综合性能测试线", "CT-M500", "套", 1, 1642500.00, 0.13)])
    t3, _ = einvoice_pdf(pk.path("六 发票/数电票-22322000000029417650.pdf", "invoice"), number="22322000000029417650",
                         date="2022-05-30", buyer=B, seller=("南京睿工云软件有限公司", uscc("320116", "57213846")),
                         items=[("*信息技术服务*MES及设备物联系统实施", "", "项", 1, 761000.00, 0.06)])
    contract_docx(pk, "七 合同/绕线设备采购合同.docx", title="设备买卖合同", party_a=A, party_b="苏州精绕自动化设备有限公司",
                  subject="全自动绕线机6台、嵌线插纸一体机2台", amount_yuan=2696180.00, date="2021-03-02", pay_terms="到货验收后一次付清。")
    receipt_pdf(pk.path("八 付款凭证/工行回单-20210528.pdf", "payment_voucher"), bank="中国工商银行", no="ICBC20210528007741",
                date="2021-05-28", payer=(A, "1103 0200 0920 0046", "工商银行无锡梁溪支行"),
                payee=("苏州精绕自动化设备有限公司", "5129 0322", "招商银行苏州吴中支行"), amount=2696180.00, memo="设备款")
    figs = {"applicant_name": A, "applicant_uscc": C, "recommending_unit": REC,
            "hw_sw_investment": w(hws), "loan_interest": round(w(bank), 6),
            "invoice_total": round(w(t1 + t2 + t3), 6), "invoice_count": 3}
    pk.expected(ROOT, "ineligible", figs, None,
                [{"kind": "figure", "figure": "loan_interest", "alt": ["hw_sw_investment"]}],
                "Interest from three lenders; the third is a 小额贷款有限公司, not a 商业银行 (the guide: 贷款应为企业获得的商业银行"
                "人民币贷款), so its 58.80万元 does not count. Bank interest in the window: ICBC six settlements 97.67 "
                "(the 2022-09-21 settlement is outside) + 江苏银行 39.06 = 136.73; + hw/sw 628.45 = 765.18 < 800. The 申报表 "
                "and the audit's total (823.98) include the 小贷 interest. The 小贷 statement is a JPEG phone photo.")


# ============================================================ g04 core-tech, eligible (detected)
def g04():
    pk = Packet(ROOT, "g04", "core-tech", False)
    A = "徐州恒拓液压科技有限公司"
    C = uscc("320324", "50836172")
    REC = "徐州市工业和信息化局"
    PRJ = "大流量数字化控制液压阀工程化攻关"
    # budget in 万元: rows x (已发生 2022.1-6, 新增 2022.7-2024.10)
    rows = [("费用化支出", "材料、燃料、动力费", 186.40, 742.60), ("费用化支出", "试制模具、工艺装备开发费", 92.00, 486.00),
            ("费用化支出", "人员人工费用", 318.50, 1280.40), ("费用化支出", "试验检验及外协测试费", 46.20, 326.00),
            ("费用化支出", "专家咨询、知识产权等其他费用", 12.30, 85.00),
            ("资本化支出", "研发软件（CFD/多物理场仿真）购置", 130.00, 260.00),
            ("资本化支出", "试验台架及检测仪器设备", 400.00, 1440.00)]
    old = round(sum(r[2] for r in rows), 2)
    new = round(sum(r[3] for r in rows), 2)
    assert abs(new - 4620.00) < 0.001 and abs(old - 1185.40) < 0.001
    app_form_docx(pk, "1.申报书/关键核心技术（装备）工程化攻关项目申报书.docx",
                  title="2023年度关键核心技术（装备）工程化攻关项目申报书", rows=[
                      ["项目名称", PRJ], ["所属集群", "工程机械和农业机械集群"],
                      ["攻关方向", "10 数字化控制液压阀（附件1-26）"], ["申报单位", A], ["统一社会信用代码", C],
                      ["推荐单位", REC], ["实施期", "2022年1月1日至2024年10月31日"],
                      ["项目总投资", "约0.58亿元"],
                      ["其中：2022年7月1日起新增研发投入", "0.462亿元（全部由申报单位自筹）"],
                      ["合作单位", "无"]],
                  tail=["申报单位已设置攻关项目研发辅助账，专账管理。", "法定代表人（签字）：赵恒    2022年11月"])
    perf_form(pk, "1.申报书/绩效目标表（附件1-12）.docx", annex="1-12", title="关键核心技术（装备）工程化攻关项目绩效目标申报表",
              head=(PRJ, REC, A, "2022年1月", "2024年10月", "突破大流量数字阀高频响控制技术，实现国产化替代。"),
              rows=[["产出指标", "数量指标", "新增发明专利申请（件）", "12"], ["产出指标", "质量指标", "阀口流量（L/min）", "≥1200"],
                    ["效益指标", "经济效益", "新增研发投入（万元）", "4620"], ["效益指标", "经济效益", "新增销售收入（万元）", "18000"]])
    table = [["支出类别", "科目", "2022年1-6月已发生（不计入新增）", "2022年7月-2024年10月新增", "资金来源"]]
    table += [[a, b, f"{c:.2f}", f"{d:.2f}", "企业自筹"] for a, b, c, d in rows]
    table += [["合计", "", f"{old:.2f}", f"{new:.2f}", ""]]
    pk.docx("2.资金申请报告.docx", "other", f"{PRJ}资金申请报告", [
        ("h", "一、企业基本情况"),
        ("p", f"{A}成立于2008年，主要从事液压阀、液压系统研发制造，拥有发明专利23件，2021年营业收入5.63亿元。"),
        ("h", "二、攻关内容及实施进度"),
        ("p", "项目于2022年1月1日启动预研，2022年7月起进入样机试制及工程化验证阶段，计划2024年10月31日完成攻关任务并通过用户验证。"),
        ("h", "三、研发投入预算（单位：万元）"),
        ("p", f"项目研发总预算{old + new:,.2f}万元。其中2022年1-6月已发生{old:,.2f}万元，2022年7月1日起新增研发投入"
              f"{new:,.2f}万元，资金全部由我公司自筹，不含任何合作单位出资。"),
        ("t", table),
        ("h", "四、申请补助"), ("p", f"按新增研发投入的30%申请补助{new * 0.3:,.2f}万元。")])
    p = pk.pdf("3.附件/知识产权清单.pdf", "other")
    p.title("与攻关项目相关的自主知识产权清单", 14)
    p.table([["序号", "名称", "类型", "专利号", "授权日"],
             ["1", "一种高频响数字比例阀阀芯驱动结构", "发明", "ZL202010318842.6", "2021-08-17"],
             ["2", "大流量插装阀先导控制方法", "发明", "ZL201911204536.1", "2021-03-09"],
             ["3", "液压阀数字控制器软件V2.0", "软著", "2021SR0817736", "2021-06-02"]], [0.5, 3.2, 0.7, 1.8, 1.1], 9)
    p.save()
    p = pk.pdf("3.附件/营业执照.pdf", "business_license")
    p.title("营业执照", 22)
    p.table([["统一社会信用代码", C], ["名称", A], ["类型", "有限责任公司"], ["法定代表人", "赵恒"], ["注册资本", "8000万元整"],
             ["成立日期", "2008年06月11日"], ["住所", "徐州市铜山区高新技术产业开发区银山路18号"]], [1.6, 4.6], 11)
    p.seal("徐州市铜山区市场监督管理局", y=p.y - 30)
    p.save()
    recommend_letter(pk, "3.附件/推荐函.pdf", unit=REC, applicant=A, project=PRJ, category_cn="关键核心技术（装备）工程化攻关项目",
                     date="2022-11-15")
    figs = {"applicant_name": A, "applicant_uscc": C, "recommending_unit": REC, "rd_investment": new,
            "start_date": "2022-01-01", "completion_date": "2024-10-31"}
    pk.expected(ROOT, "eligible", figs, round(new * 0.30, 3), [],
                "No --category: the 申报书 title and 附件1-12 name it. New R&D from 2022-07-01 = 4,620.00 (DOCX budget table with "
                "an 已发生 2022年1-6月 column of 1,185.40 that does not count, and the 申报书 in 亿元: 0.462亿元). Applicant's own funds "
                "only. Implementation 2022-01-01 → 2024-10-31 (2 y 10 m, before end 2024). Direction 10 of 附件1-26. 30% = 1,386.")


# ============================================================ g05 data-productization, ineligible (list names the group)
def g05():
    pk = Packet(ROOT, "g05", "data-productization", True)
    A = "南京云衡数据科技有限公司"
    C = uscc("320115", "61947283")
    G = "江苏云衡信息科技集团有限公司"
    REC = "南京市工业和信息化局"
    PRJ = "装备制造业供应链数据要素服务平台"
    tot = 1268.40
    app_form_docx(pk, "附件1_项目入库申报表.docx", rows=[
        ["项目名称", PRJ], ["项目类别", "数据产品化项目"], ["申报单位", A], ["统一社会信用代码", C], ["推荐单位", REC],
        ["项目起止时间", "2021年2月1日—2022年4月28日"], ["项目总投入（万元）", f"{tot:.2f}"],
        ["入选示范项目名单情况", "2021年度省级大数据应用示范项目（名单序号17）"],
        ["是否已入省云计算、大数据、区块链企业库", "是"], ["是否获得过本专项资金支持", "否"]])
    perf_form(pk, "附件2_绩效目标申报表.docx", annex="1-11", title="数据产品化项目绩效目标申报表",
              head=(PRJ, REC, A, "2021年2月", "2022年4月", "建成装备制造供应链数据服务平台，服务企业500家以上。"),
              rows=[["产出指标", "数量指标", "形成数据产品（个）", "6"], ["效益指标", "经济效益", "项目总投入（万元）", f"{tot:.2f}"]])
    p = pk.pdf("附件3_专项审计报告.pdf", "audit_report", header="江苏苏亚金诚会计师事务所", footer=True)
    p.title("项目投入专项审计报告", 16)
    p.para(f"{A}：我们审计了贵公司“{PRJ}”的投入情况。项目于2021年2月1日启动，2022年4月28日完工。")
    items = [("服务器、存储及网络设备", 3862000.00), ("数据治理与分析软件", 2740000.00), ("公有云资源及带宽", 1486000.00),
             ("平台开发及系统集成", 3512000.00), ("调试安装、咨询及测评", 1084000.00)]
    s = sum(v for _, v in items)
    assert abs(s / 10000 - tot) < 1e-6
    p.table([["投入内容", "不含税金额（元）"]] + [[n, yuan(v)] for n, v in items] + [["合计", yuan(s)]], [4, 2], 10)
    p.para(f"项目总投入{yuan(s)}元（不含税），大写{daxie(s)}。")
    p.para("审计机构（盖章）  2022年9月30日", indent=False, align="right")
    p.seal("江苏苏亚金诚会计师事务所", x=p.right - 80, y=p.y + 20)
    p.save()
    p = pk.pdf("附件4_验收意见.pdf", "acceptance_opinion")
    p.title("项目验收意见", 16)
    p.para(f"2022年9月20日，南京市工业和信息化局组织专家对{A}实施的“{PRJ}”进行验收。项目于2022年4月28日完工，"
           f"完成投资{tot:,.2f}万元，平台已接入企业612家。专家组同意通过验收。")
    p.para("南京市工业和信息化局  2022年9月20日", indent=False, align="right")
    p.seal(REC, x=p.right - 70, y=p.y + 20)
    p.save()
    # the designation list: entry 17 names the group, not the applicant
    p = pk.pdf("附件5_2021年度省级大数据应用示范项目名单.pdf", "designation_certificate")
    p.para("苏工信数据〔2021〕412号", 10, indent=False, align="right")
    p.title("省工业和信息化厅关于公布2021年度省级大数据应用示范项目名单的通知", 13)
    p.para("各设区市工业和信息化局：经企业申报、地方推荐、专家评审和网上公示，确定以下项目为2021年度省级大数据应用示范项目。")
    names = [("江苏数智港科技有限公司", "港口物流大数据调度平台"), ("苏州工创数据服务有限公司", "纺织印染能耗数据产品"),
             ("无锡鑫算科技有限公司", "集成电路良率分析系统"), ("常州星链数据科技有限公司", "新能源电池全生命周期数据平台"),
             ("南通海启大数据有限公司", "船舶配套供应链数据服务"), ("扬州智联数据科技有限公司", "汽车零部件质量追溯平台")]
    rows = [["序号", "项目名称", "申报单位", "所在地"]]
    k = 0
    for i in range(1, 25):
        if i == 17:
            rows.append([str(i), PRJ, G, "南京"])
        else:
            n, pr = names[k % len(names)]
            rows.append([str(i), pr + ("" if k < 6 else f"（{k // 6 + 1}期）"), n, "—"])
            k += 1
    p.table(rows, [0.5, 3.2, 2.8, 0.8], 9)
    p.para("江苏省工业和信息化厅  2021年12月6日", indent=False, align="right")
    p.seal("江苏省工业和信息化厅", x=p.right - 70, y=p.y + 20)
    p.save()
    p = pk.pdf("附件6_关于项目实施主体的说明.pdf", "other")
    p.title("关于项目实施主体的说明", 15)
    p.para(f"“{PRJ}”2021年由我集团（{G}）统一申报并入选省级大数据应用示范项目名单。项目实际由全资子公司{A}投资建设和运营，"
           f"故由{A}作为申报主体申请本次专项资金。")
    p.para(f"{G}（盖章）  2022年10月28日", indent=False, align="right")
    p.seal(G, x=p.right - 70, y=p.y + 20)
    p.save()
    p = pk.pdf("附件7_企业入库查询截图.pdf", "other")
    p.title("江苏省云计算、大数据、区块链企业库 — 查询结果", 13)
    p.table([["企业名称", "统一社会信用代码", "入库类别", "入库时间"], [A, C, "大数据", "2020-11-20"]], [2.6, 2.2, 1, 1.2], 9)
    p.save()
    recommend_letter(pk, "附件8_推荐函.pdf", unit=REC, applicant=A, project=PRJ, category_cn="数据产品化项目", date="2022-11-04")
    figs = {"applicant_name": A, "applicant_uscc": C, "recommending_unit": REC, "total_investment": tot,
            "start_date": "2021-02-01", "completion_date": "2022-04-28", "acceptance_date": "2022-09-20"}
    pk.expected(ROOT, "ineligible", figs, None, [{"kind": "document", "document": "designation_certificate"}],
                "Amounts, dates, acceptance and 企业库 pass. But the 2021 示范项目 list (entry 17) names the parent 江苏云衡信息科技集团"
                "有限公司 as 申报单位, not the applicant; the group's own letter confirms it. The guide ties the designation to the "
                "applicant's project and the applicant is a separate legal person: the designation does not name the applicant.")


# ============================================================ g06 merger-acquisition, eligible (cash + shares)
def g06():
    pk = Packet(ROOT, "g06", "merger-acquisition", True)
    A = "江苏华锂新能源科技股份有限公司"
    C = uscc("320481", "47261835")
    T = "常州储芯电池材料有限公司"
    TC = uscc("320404", "52918467")
    REC = "常州市工业和信息化局"
    cash = [("2021-11-02", 25000000.00), ("2022-03-15", 22000000.00), ("2022-06-10", 15000000.00)]
    cs = sum(v for _, v in cash)
    shares = 34000000.00
    assert cs == 62000000.00
    pk.docx("1 项目入库申报表.docx", "application_form", "江苏省工业和信息产业转型升级专项资金入库项目申报表", [
        ("t", [["项目名称", f"并购{T}70%股权项目"], ["项目类别", "企业重大兼并重组项目"], ["申报单位（发起方）", A],
               ["统一社会信用代码", C], ["推荐单位", REC], ["目标企业", f"{T}（{TC}）"],
               ["交易对价（万元）", "9,600.00（现金6,200.00＋发行股份3,400.00）"], ["并购后持股比例", "70%"],
               ["工商变更完成日期", "2022年3月9日"], ["申请补助（万元）", "310.00"]])])
    perf_form(pk, "2 绩效目标申报表（附件1-13）.docx", annex="1-13", title="企业重大兼并重组项目绩效目标申报表",
              head=(f"并购{T}70%股权项目", REC, A, "2021年10月", "2022年6月", "整合正极材料产能，完善产业链。"),
              rows=[["产出指标", "数量指标", "并购实际出资额（万元）", "9600"], ["效益指标", "经济效益", "营业收入（万元）", "420000"]])
    pk.docx("3 股权转让协议.docx", "contract", "股权转让及发行股份购买资产协议", [
        ("p", f"甲方（受让方）：{A}"), ("p", "乙方一（转让方）：常州储能产业投资合伙企业（有限合伙）"), ("p", "乙方二（转让方）：沈建林"),
        ("p", f"鉴于乙方合计持有{T}（“目标公司”）70%股权，甲方拟以支付现金及发行股份相结合的方式受让上述股权。"),
        ("p", "第一条  标的股权：乙方一持有的目标公司52%股权、乙方二持有的目标公司18%股权，合计70%。"),
        ("p", f"第二条  交易对价：经评估（目标公司100%股权评估值13,714.29万元），标的股权作价人民币9,600万元，"
              f"其中以现金支付6,200万元，以甲方向乙方一定向发行股份支付3,400万元（发行价格8.50元/股，发行400万股）。"),
        ("p", "第三条  现金对价分三期支付：协议生效后十个工作日内支付2,500万元；工商变更完成后支付2,200万元；2022年6月30日前支付剩余1,500万元。"),
        ("p", "第四条  交割完成后，甲方持有目标公司70%股权，为目标公司控股股东；乙方二保留目标公司12%股权，常州润泽投资有限公司持有18%股权。"),
        ("p", "签署日期：2021年10月15日")])
    p = pk.pdf("4 并购出资专项审计报告.pdf", "audit_report", header="江苏公证天业会计师事务所（特殊普通合伙）常州分所", footer=True)
    p.title("关于江苏华锂新能源科技股份有限公司并购出资情况的专项审计报告", 13)
    p.para(f"我们审计了{A}收购{T}70%股权的出资情况。经审计：")
    p.table([["出资方式", "日期", "金额（元）"]] + [["现金（银行转账）", d, yuan(v)] for d, v in cash] +
            [["现金小计", "", yuan(cs)], ["发行股份（400万股×8.50元）", "2022-05-26", yuan(shares)],
             ["实际出资合计", "", yuan(cs + shares)]], [2.6, 1.6, 2], 10)
    p.para(f"甲方对目标企业实际出资额合计{yuan(cs + shares)}元，其中现金部分{yuan(cs)}元（大写：{daxie(cs)}），股份部分"
           f"{yuan(shares)}元。并购完成后，{A}持有{T}70%股权，为其唯一控股股东。")
    p.para("2022年9月20日", indent=False, align="right")
    p.seal("江苏公证天业会计师事务所", x=p.right - 80, y=p.y + 20)
    p.save()
    for d, v in cash:
        receipt_pdf(pk.path(f"5 付款凭证/股权转让款 {d}.pdf", "payment_voucher"), bank="中国建设银行", no=f"CCB{d.replace('-', '')}66120",
                    date=d, payer=(A, "3205 0162 3300 0000 1182", "建设银行溧阳支行"),
                    payee=("常州储能产业投资合伙企业（有限合伙）", "1006 0128 0001 3362", "江南农商银行常州分行"), amount=v,
                    memo="股权转让款")
    p = pk.pdf("6 准予变更登记通知书.pdf", "other")
    p.title("准予变更登记通知书", 16)
    p.para("（常金市监）登记内变核字〔2022〕第0309017号", 10, indent=False, align="center")
    p.para(f"{T}（统一社会信用代码{TC}）：经审查，提交的股东、章程备案等变更登记申请材料齐全，符合法定形式，决定准予变更登记。")
    p.table([["变更事项", "变更前", "变更后"],
             ["股东及出资比例", "常州储能产业投资合伙企业（有限合伙）52%；沈建林30%；常州润泽投资有限公司18%",
              f"{A}70%；常州润泽投资有限公司18%；沈建林12%"]], [1.2, 2.6, 2.6], 9)
    p.para("常州市金坛区市场监督管理局  2022年3月9日", indent=False, align="right")
    p.seal("常州市金坛区市场监督管理局", x=p.right - 70, y=p.y + 20)
    p.save()
    im = license_image(name=A, code=C, kind="股份有限公司（上市）", rep="周致远", capital="48600万元整", founded="2009-08-21",
                       address="溧阳市昆仑街道泓口路218号", scope="锂离子电池及材料研发、制造、销售；储能系统集成。",
                       term="2009年08月21日至长期", issuer="常州市市场监督管理局", seed=606, issue_date="2022-06-08")
    image_pdf(pk.path("7 营业执照（扫描）.pdf", "business_license"), [im])
    recommend_letter(pk, "8 推荐函.pdf", unit=REC, applicant=A, project=f"并购{T}70%股权项目", category_cn="企业重大兼并重组项目",
                     date="2022-11-08")
    figs = {"applicant_name": A, "applicant_uscc": C, "recommending_unit": REC, "acquisition_amount": w(cs), "control_share": 0.70}
    pk.expected(ROOT, "eligible", figs, round(w(cs) * 0.05, 3), [],
                "Consideration 9,600 = cash 6,200 (three receipts) + 3,400 in the acquirer's new shares. Threshold (≥5,000) passes "
                "on either; the subsidy is 5% of the cash part only = 310.00 (the 申报表 asks 310 too). 70% after, largest and only "
                "controlling holder; 工商变更 2022-03-09 inside the window. Valuation 13,714.29 is a distractor. 营业执照 is an "
                "image-only PDF scan.")


# ============================================================ g07 iiot-identifier-node, eligible (detected)
def g07():
    pk = Packet(ROOT, "g07", "iiot-identifier-node", False)
    A = "南通恒链标识科技有限公司"
    C = uscc("320612", "70348215")
    REC = "南通市工业和信息化局"
    PRJ = "工业互联网标识解析二级节点（家纺行业）建设项目"
    items = [("标识解析服务器集群及安全设备", 4216000.00), ("标识注册解析系统软件", 3185000.00), ("行业标识应用平台开发与系统集成", 3624000.00),
             ("云资源及网络费用", 1268000.00), ("咨询设计、检验检测及调试安装", 1572000.00)]
    s = sum(v for _, v in items)
    assert abs(s - 13865000.00) < 0.01
    app_form_docx(pk, "申报材料/01 申报表.docx", title="2023年度省工业和信息产业转型升级专项资金项目申报表", rows=[
        ["项目名称", PRJ], ["项目类别", "工业互联网创新应用—工业互联网标识解析二级节点项目"], ["申报单位", A],
        ["统一社会信用代码", C], ["推荐单位", REC], ["建设期", "2021年3月1日至2023年9月30日"],
        ["项目总投入（万元）", f"{s / 10000:,.2f}"], ["申请补助（万元）", "400"]])
    perf_form(pk, "申报材料/02 绩效目标申报表（附件1-6）.pdf", annex="1-6", title="工业互联网标识解析项目绩效目标申报表",
              head=(PRJ, REC, A, "2021年3月", "2023年9月", "建成家纺行业标识解析二级节点，标识注册量达到3亿。"),
              rows=[["产出指标", "数量指标", "累计标识注册量（亿）", "3"], ["产出指标", "数量指标", "接入企业数（家）", "1500"],
                    ["效益指标", "经济效益", "项目总投入（万元）", f"{s / 10000:.2f}"]], as_pdf=True)
    p = pk.pdf("申报材料/03 项目投入专项审计报告.pdf", "audit_report", header="南通华瑞会计师事务所", footer=True)
    p.title("专项审计报告", 17)
    p.para(f"我们审计了{A}“{PRJ}”项目总投入情况（含已完成及合同已签订待实施部分）。")
    p.table([["投入内容", "金额（元，不含税）"]] + [[n, yuan(v)] for n, v in items] + [["项目总投入", yuan(s)]], [4, 2], 10)
    p.para(f"项目总投入为{yuan(s)}元（大写：{daxie(s)}），其中截至审计日已完成投入9,412,300.00元。项目计划于2023年9月30日全部建成。")
    p.para("2022年10月12日", indent=False, align="right")
    p.seal("南通华瑞会计师事务所", x=p.right - 80, y=p.y + 20)
    p.save()
    # scanned expert-evaluation opinion by a 工信部所属单位 (image-only PDF, skewed)
    ev = scan_page([("中国信息通信研究院", 44, "center"), ("工业互联网标识解析二级节点评估意见", 36, "center"), "",
                    (f"被评估单位：{A}", 28, "left"), ("节点名称：工业互联网标识解析二级节点（家纺行业）", 28, "left"),
                    ("节点前缀：88.238.6", 28, "left"), "",
                    ("2022年8月16日，我院组织专家对该节点进行了评估。专家组认为，该节点已按要求完成与国家顶级节点对接，"
                     "系统功能、性能、安全及运营能力满足二级节点建设要求，评估结论为：通过。", 28, "left"), "",
                    ("专家组组长：韩立群", 28, "left"), "",
                    ("中国信息通信研究院（工业互联网与物联网研究所）", 26, "right"), ("2022年8月16日", 28, "right")],
                   seed=707, seal="中国信息通信研究院")
    image_pdf(pk.path("申报材料/04 二级节点专家评估意见（扫描件）.pdf", "designation_certificate"),
              [ev.rotate(2.2, expand=False, fillcolor=(240, 240, 236))])
    p = pk.pdf("申报材料/05 节点运营情况报告.pdf", "other")
    p.title("二级节点运营情况报告（截至2022年10月31日）", 14)
    p.para("一、展示体验中心：2021年12月在南通家纺城建成“标识解析展示体验中心”，面积360平方米。")
    p.para("二、运营数据：累计标识注册量236,418,902条（约2.36亿），累计标识解析量108,527,316次（约1.09亿），接入企业1,126家。")
    p.para("三、标识应用推广活动：")
    p.table([["序号", "日期", "活动名称", "地点", "参会企业（家）"],
             ["1", "2021-12-18", "家纺行业标识解析应用推广会", "南通", "86"], ["2", "2022-03-25", "标识赋能家纺供应链协同对接会（线上线下）", "南通", "112"],
             ["3", "2022-05-20", "叠石桥家纺产业带标识应用培训", "海门", "64"], ["4", "2022-07-08", "标识解析+产品追溯现场会", "南通", "71"],
             ["5", "2022-08-26", "长三角家纺标识应用交流会", "苏州", "58"], ["6", "2022-10-14", "家纺企业标识贯标推进会", "南通", "93"]],
            [0.5, 1.2, 3.4, 0.8, 1.2], 9)
    p.para("合计开展标识应用推广活动6场。")
    p.save()
    recommend_letter(pk, "申报材料/06 推荐函.pdf", unit=REC, applicant=A, project=PRJ, category_cn="工业互联网标识解析二级节点项目",
                     date="2022-11-11")
    p = pk.pdf("申报材料/07 营业执照.pdf", "business_license")
    p.title("营业执照", 22)
    p.table([["统一社会信用代码", C], ["名称", A], ["类型", "有限责任公司"], ["法定代表人", "陶文杰"], ["注册资本", "5000万元整"],
             ["成立日期", "2020年09月03日"], ["住所", "南通市通州区川姜镇家纺城路9号"]], [1.6, 4.6], 11)
    p.seal("南通市通州区行政审批局", y=p.y - 30)
    p.save()
    figs = {"applicant_name": A, "applicant_uscc": C, "recommending_unit": REC, "total_investment": w(s),
            "start_date": "2021-03-01", "completion_date": "2023-09-30"}
    pk.expected(ROOT, "eligible", figs, 400.0, [],
                "No --category: 申报表 类别 line and the 附件1-6 title (shared by both identifier categories; the 申报表 says 二级节点). "
                "1,386.50 ≥ 1,000, completion planned 2023-09-30 ≤ 2023-12-31. Expert evaluation by 中国信通院 (a 工信部所属单位), "
                "scanned and skewed; 展示体验中心 built; 6 events ≥ 5; 2.36亿 registrations ≥ 2亿; 1.09亿 resolutions ≥ 1亿; "
                "1,126 enterprises ≥ 1,000 (performance-form targets 3亿 / 1,500 are distractors). Fixed subsidy 400.")


# ============================================================ g08 iiot-identifier-platform, needs_review
def g08():
    pk = Packet(ROOT, "g08", "iiot-identifier-platform", True)
    A = "苏州标枢信息技术有限公司"
    C = uscc("320585", "63192748")
    REC = "苏州市工业和信息化局"
    PRJ = "江苏工业互联网标识解析公共服务平台（二期）"
    total = 2450.00
    audit_cut = 5126000.00
    prepaid = 443000.00
    rec_cut = audit_cut - prepaid
    app_form_docx(pk, "01_申报表.docx", rows=[
        ["项目名称", PRJ], ["项目类别", "工业互联网标识解析公共服务平台项目"], ["申报单位", A], ["统一社会信用代码", C],
        ["推荐单位", REC], ["建设期", "2021年10月8日—2023年6月30日"], ["项目总投入（万元）", f"{total:,.2f}"],
        ["截至2022年6月30日已投入（万元）", f"{audit_cut / 10000:,.2f}（见专项审计报告）"]])
    perf_form(pk, "02_绩效目标申报表（附件1-6）.docx", annex="1-6", title="工业互联网标识解析项目绩效目标申报表",
              head=(PRJ, REC, A, "2021年10月", "2023年6月", "建成省级标识解析公共服务平台，服务二级节点15家。"),
              rows=[["产出指标", "数量指标", "自研标识应用软件（款）", "30"], ["产出指标", "数量指标", "服务企业数（家）", "1500"],
                    ["效益指标", "经济效益", "项目总投入（万元）", f"{total:.2f}"]])
    pk.docx("03_项目资金申请报告.docx", "other", f"{PRJ}资金申请报告", [
        ("p", f"项目总投入{total:,.2f}万元（不含税），建设期2021年10月8日至2023年6月30日。"),
        ("t", [["投入内容", "金额（万元）"], ["平台软硬件设备", "812.00"], ["标识应用软件模块研发", "968.00"], ["云资源及网络", "286.00"],
               ["系统集成、测评及调试", "384.00"], ["合计", f"{total:.2f}"]]),
        ("p", "平台现状：自研且二级节点接入使用的标识应用软件（模块）24款，其中免费供省内节点企业使用12款、优惠价供应12款；"
              "2021年以来开展应用培训推广11场；上架标识应用软件产品68款；软件产品服务企业1,240家，服务二级节点12家。")])
    p = pk.pdf("04_截至2022年6月30日投入专项审计报告.pdf", "audit_report", header="苏州信诚会计师事务所", footer=True)
    p.title("专项审计报告", 17)
    p.para(f"我们审计了{A}“{PRJ}”截至2022年6月30日的投入情况。")
    p.table([["内容", "已取得发票（不含税，元）", "已付款（元）"],
             ["平台软硬件设备", "2,386,000.00", "2,696,180.00"], ["标识应用软件模块研发（含预付款）", "1,948,000.00", "2,064,880.00"],
             ["云资源及网络", "792,000.00", "839,520.00"], ["合计", yuan(audit_cut), "5,600,580.00"]], [2.8, 2, 1.6], 10)
    p.para(f"经审计，截至2022年6月30日项目已投入{yuan(audit_cut)}元（大写：{daxie(audit_cut)}），占项目总投入2,450.00万元的"
           f"{audit_cut / 10000 / total * 100:.2f}%。其中软件模块研发项下含2022年6月20日按合同预付的开发款443,000.00元（已开具发票）。")
    p.para("2022年9月6日", indent=False, align="right")
    p.seal("苏州信诚会计师事务所", x=p.right - 80, y=p.y + 20)
    p.save()
    p = pk.pdf("05_推荐单位核查意见.pdf", "other")
    p.title("苏州市工业和信息化局", 16)
    p.title("关于苏州标枢信息技术有限公司申报项目的核查意见", 13)
    p.para(f"经现场核查，{A}“{PRJ}”已开工建设，截至2022年6月30日，项目已完成投资{rec_cut / 10000:,.2f}万元，"
           f"占项目总投入的{rec_cut / 10000 / total * 100:.2f}%。（注：软件模块开发预付款44.30万元对应成果尚未交付，未计入已完成投资。）")
    p.para("平台已接入二级节点12家，服务企业1,240家。")
    p.para("苏州市工业和信息化局  2022年11月9日", indent=False, align="right")
    p.seal(REC, x=p.right - 70, y=p.y + 20)
    p.save()
    recommend_letter(pk, "06_推荐函.pdf", unit=REC, applicant=A, project=PRJ, category_cn="工业互联网标识解析公共服务平台项目",
                     date="2022-11-10")
    p = pk.pdf("07_营业执照.pdf", "business_license")
    p.title("营业执照", 22)
    p.table([["统一社会信用代码", C], ["名称", A], ["法定代表人", "许诺"], ["注册资本", "3000万元整"], ["成立日期", "2016年05月20日"]], [1.6, 4.6], 11)
    p.seal("苏州工业园区市场监督管理局", y=p.y - 30)
    p.save()
    B = (A, C, "苏州工业园区星湖街328号 0512-62886600", "招商银行苏州工业园区支行 5129 0876 0110")
    t1, _ = einvoice_pdf(pk.path("08_发票/数电票_22322000000068813502.pdf", "invoice"), number="22322000000068813502",
                         date="2022-06-20", buyer=B, seller=("无锡码链软件有限公司", uscc("320214", "59371842")),
                         items=[("*信息技术服务*标识应用软件模块开发（预付）", "", "项", 1, 443000.00, 0.06)])
    t2, _ = boxed_invoice_pdf(pk.path("08_发票/专票_3200213130_01928837.pdf", "invoice"), code="3200213130", number="01928837",
                              date="2022-01-12", buyer=B,
                              seller=("南京鼎泰网络设备有限公司", uscc("320106", "71842536"), "南京市鼓楼区 025-83316622", "中信银行南京鼓楼支行 8110 5010"),
                              items=[("*计算机网络设备*标识解析服务器", "R7420", "台", 8, 1468000.00, 0.13),
                                     ("*计算机网络设备*数据库服务器", "R5300", "台", 4, 918000.00, 0.13)])
    figs = {"applicant_name": A, "applicant_uscc": C, "recommending_unit": REC, "total_investment": total,
            "start_date": "2021-10-08", "completion_date": "2023-06-30",
            "invoice_total": round(w(t1 + t2), 6), "invoice_count": 2}
    pk.expected(ROOT, "needs_review", figs, None, [{"kind": "figure", "figure": "invested_by_cutoff"}],
                "Cutoff share decides the packet and two official documents disagree: the audit certifies 512.60 (20.92%, counting a "
                "44.30 prepayment invoiced 2022-06-20), the recommending unit's 核查意见 says 468.30 (19.11%, prepayment for undelivered "
                "work left out). The guide does not say whether a prepayment counts as 已投入 for this category; a reviewer refers it. "
                "Everything else passes (2,450 ≥ 1,000; completion 2023-06-30; 24/12/12 modules, 11 trainings, 68 products, 1,240 "
                "enterprises, 12 nodes). No invested_by_cutoff figure is expected.")


# ============================================================ g09 info-consumption, ineligible (already completed; detected)
def g09():
    pk = Packet(ROOT, "g09", "info-consumption", False)
    A = "徐州智养健康科技有限公司"
    C = uscc("320311", "71625384")
    REC = "徐州市工业和信息化局"
    PRJ = "“云上颐养”智慧健康养老服务平台建设项目"
    items = [("智能终端及物联网设备", 2864000.00), ("平台软件开发及系统集成", 3126000.00), ("云资源及网络", 812000.00),
             ("咨询设计、测评及调试安装", 1062000.00)]
    s = sum(v for _, v in items)
    cut = 4021000.00
    assert abs(s - 7864000.00) < 0.01
    app_form_docx(pk, "项目申报表.docx", title="信息消费升级平台项目申报表", rows=[
        ["项目名称", PRJ], ["项目类别", "信息消费升级平台项目（信息化提升公共服务平台）"], ["申报单位", A], ["统一社会信用代码", C],
        ["推荐单位", REC], ["项目开始时间", "2021年8月1日"], ["项目结束时间", "2022年9月"],
        ["项目进展", "平台已建成并于2022年9月28日通过竣工验收，投入运营"],
        ["项目总投入（万元）", f"{s / 10000:.2f}"], ["截至2022年6月30日已投入（万元）", f"{cut / 10000:.2f}"]])
    perf_form(pk, "绩效目标申报表(附件1-24).docx", annex="1-24", title="信息消费升级平台项目绩效目标申报表",
              head=(PRJ, REC, A, "2021年8月", "2022年9月", "建成覆盖徐州主城区的智慧健康养老服务平台，服务老人5万人。"),
              rows=[["产出指标", "数量指标", "服务人数（人）", "50000"], ["效益指标", "经济效益", "项目总投入（万元）", f"{s / 10000:.2f}"]])
    p = pk.pdf("专项审计报告.pdf", "audit_report", header="徐州淮海会计师事务所", footer=True)
    p.title("专项审计报告", 17)
    p.para(f"我们审计了{A}“{PRJ}”的投入情况。项目于2021年8月1日开工，2022年9月28日竣工。")
    p.table([["投入内容", "不含税金额（元）"]] + [[n, yuan(v)] for n, v in items] + [["合计", yuan(s)]], [4, 2], 10)
    p.para(f"项目总投入{yuan(s)}元；其中截至2022年6月30日已投入{yuan(cut)}元，占{cut / s * 100:.2f}%。")
    p.para("2022年10月20日", indent=False, align="right")
    p.seal("徐州淮海会计师事务所", x=p.right - 80, y=p.y + 20)
    p.save()
    p = pk.pdf("竣工验收报告.pdf", "other")
    p.title("项目竣工验收报告", 16)
    p.para(f"2022年9月28日，{A}会同监理单位江苏苏信工程咨询有限公司、平台开发单位对“{PRJ}”进行竣工验收。"
           "项目建设内容已全部完成，平台接入智能终端12,460台，服务老人3.8万人，验收组同意通过竣工验收，项目正式投入运营。")
    p.table([["单位", "签字"], [A, "刘畅"], ["江苏苏信工程咨询有限公司（监理）", "葛建平"]], [4, 2], 10)
    p.para("2022年9月28日", indent=False, align="right")
    p.seal(A, x=p.right - 70, y=p.y + 20)
    p.save()
    recommend_letter(pk, "推荐函.pdf", unit=REC, applicant=A, project=PRJ, category_cn="信息消费升级平台项目", date="2022-11-14")
    im = license_image(name=A, code=C, kind="有限责任公司（自然人投资或控股）", rep="刘畅", capital="2000万元整",
                       founded="2018-03-26", address="徐州市泉山区软件园路6号", scope="健康养老信息服务；软件开发；物联网技术服务。",
                       term="2018年03月26日至长期", issuer="徐州市泉山区市场监督管理局", seed=909, issue_date="2021-05-11")
    save_jpeg(pk.path("营业执照.jpg", "business_license"), photo(im, 909, angle=3.0))
    B = (A, C, "徐州市泉山区软件园路6号 0516-83370012", "徐州农商银行泉山支行 3203 0018 7765")
    t1, _ = einvoice_pdf(pk.path("发票/数电票-22322000000041106628.pdf", "invoice"), number="22322000000041106628", date="2022-04-15",
                         buyer=B, seller=("南京康联物联网科技有限公司", uscc("320104", "58126473")),
                         items=[("*通信设备*智能养老终端", "KL-H3", "台", 4000, 1864000.00, 0.13)])
    t2, _ = invoice_pdf(pk.path("发票/增值税专用发票-3200211130-07731925.pdf", "invoice"), code="3200211130", number="07731925",
                        date="2021-12-09", buyer=B, seller=("苏州云栖软件有限公司", uscc("320505", "62318457"), "苏州", "工行苏州分行"),
                        items=[("*信息技术服务*平台软件开发", "", "项", 1, 1560000.00, 0.06)])
    figs = {"applicant_name": A, "applicant_uscc": C, "recommending_unit": REC, "total_investment": w(s),
            "invested_by_cutoff": w(cut), "start_date": "2021-08-01", "completion_date": "2022-09-28",
            "invoice_total": round(w(t1 + t2), 6), "invoice_count": 2}
    pk.expected(ROOT, "ineligible", figs, None, [{"kind": "figure", "figure": "completion_date"}],
                "No --category: 申报表 title/类别 and 附件1-24. The guide wants a project 已开工建设但尚未竣工; this one was completed "
                "(竣工验收) on 2022-09-28, before the application (Nov 2022) — the 申报表 says so itself. Every amount passes "
                "(786.40 ≥ 500; 402.10 = 51.13% ≥ 20%; 14 months ≤ 2 years). 营业执照 is a JPEG phone photo.")


# ============================================================ g10 xinchuang-lab, eligible
def g10():
    pk = Packet(ROOT, "g10", "xinchuang-lab", True)
    A = "南京擎源信创科技股份有限公司"
    C = uscc("320114", "56038271")
    U = "江苏信息工程大学"
    REC = "南京市工业和信息化局"
    PRJ = "擎源—江苏信息工程大学信息技术应用创新联合实验室"
    ent = [("信创服务器、终端及网络设备", 486.00), ("国产操作系统、数据库、中间件许可", 312.00), ("适配测试平台及案例库、项目库开放", 186.00),
           ("课程开发及师资培训", 136.00)]
    uni = [("实验室场所改造配套（非土建）及运维", 148.00), ("实验室运营人员及学生实训", 92.00)]
    se, su = round(sum(v for _, v in ent), 2), round(sum(v for _, v in uni), 2)
    tot = round(se + su, 2)
    assert tot == 1360.00 and se == 1120.00
    app_form_docx(pk, "1 申报表.docx", rows=[
        ["项目名称", PRJ], ["项目类别", "信息技术应用创新实验室项目"], ["牵头实施主体", A], ["统一社会信用代码", C],
        ["合作高校", U], ["合作单位", "南京翰存数据库有限公司、江苏云启中间件有限公司"], ["推荐单位", REC],
        ["建设期", "2022年12月1日—2024年5月31日"], ["合作期", "5年（2022年11月18日—2027年11月17日）"],
        ["2年建设期内总投资预算（万元）", f"{tot:,.2f}"], ["突破方向", "国产数据库内核优化与迁移工具（省高端软件关键技术产业化重点方向：数据库）"]])
    perf_form(pk, "2 绩效目标申报表（附件1-10）.docx", annex="1-10", title="信息技术应用创新实验室项目绩效目标申报表",
              head=(PRJ, REC, A, "2022年12月", "2024年5月", "建成信创联合实验室，开发信创课程8门，培养信创人才600人。"),
              rows=[["产出指标", "数量指标", "开发信创特色课程（门）", "8"], ["产出指标", "数量指标", "培养信创人才（人）", "600"],
                    ["效益指标", "经济效益", "总投资预算（万元）", f"{tot:.2f}"]])
    rows = [["出资方", "内容", "预算（万元）"]] + [[A, n, f"{v:.2f}"] for n, v in ent] + [["", "企业小计", f"{se:.2f}"]] + \
           [[U, n, f"{v:.2f}"] for n, v in uni] + [["", "高校小计", f"{su:.2f}"], ["", "合计", f"{tot:.2f}"]]
    pk.docx("3 实验室建设方案.docx", "other", f"{PRJ}建设方案", [
        ("h", "一、建设目标"), ("p", "围绕国产数据库内核优化与迁移工具方向联合攻关，2024年5月31日前完成实验室创建。"),
        ("h", "二、分工"), ("p", f"{U}提供实验室场所（计算机学院楼B座4层，约620平方米）和基础设施并负责运营；{A}提供信创软硬件产品和服务，"
                              "开放信创技术和案例库、项目库。"),
        ("h", "三、投资预算（2年建设期）"), ("t", rows),
        ("h", "四、合作期内主要工作"), ("p", "2023年：完成适配测试平台建设，开发课程4门；2024年：完成迁移工具原型，开发课程4门；2025—2027年：持续运营。")])
    p = pk.pdf("4 校企合作共建协议.pdf", "contract")
    p.title("信息技术应用创新联合实验室共建协议", 15)
    p.para(f"甲方：{A}      乙方：{U}", indent=False)
    p.para("第一条  双方在乙方共建“信息技术应用创新联合实验室”。")
    p.para("第二条  合作期限：自本协议生效之日起五年。本协议自双方签字盖章之日起生效。")
    p.para(f"第三条  甲方在建设期内投入{se:,.2f}万元，乙方投入{su:,.2f}万元。")
    p.para("签订日期：2022年11月18日", indent=False, align="right")
    p.seal(A, x=200, y=p.y - 30)
    p.seal(U, x=400, y=p.y - 30)
    p.save()
    im = license_image(name=A, code=C, kind="股份有限公司（非上市）", rep="顾擎", capital="15000万元整", founded="2010-10-12",
                       address="南京市雨花台区软件大道109号", scope="软件开发；信息系统集成服务；计算机系统服务。",
                       term="2010年10月12日至长期", issuer="南京市市场监督管理局", seed=1010, issue_date="2022-02-17")
    save_png(pk.path("5 营业执照（横拍）.png", "business_license"), sideways(photo(im, 1010, angle=1.0).resize((1000, 1360))))
    p = pk.pdf("6 2022年度省规划布局内重点软件企业名单（节选）.pdf", "other")
    p.title("2022年度江苏省规划布局内重点软件企业名单（节选）", 13)
    p.table([["序号", "企业名称"], ["11", "南京翰存数据库有限公司"], ["12", A], ["13", "苏州微码信息科技有限公司"]], [0.6, 4], 10)
    p.save()
    recommend_letter(pk, "7 推荐函.pdf", unit=REC, applicant=A, project=PRJ, category_cn="信息技术应用创新实验室项目", date="2022-11-28")
    figs = {"applicant_name": A, "applicant_uscc": C, "recommending_unit": REC, "total_investment": tot,
            "start_date": "2022-12-01", "completion_date": "2024-05-31"}
    pk.expected(ROOT, "eligible", figs, 500.0, [],
                "Lead 信创 enterprise + university; cooperation 5 years from 2022-11-18 (协议: '自生效之日起五年'); creation by "
                "2024-05-31 ≤ 2024-06-30; 2-year budget 1,360 ≥ 1,000 (enterprise alone 1,120 also passes); one breakthrough "
                "direction named. Subsidy: total up to 500 (first phase 30% × 1,360 = 408 → capped 300, second phase up to 200). "
                "营业执照 is a PNG phone photo turned 90°.")


# ============================================================ g11 xinchuang-pilot-zone, incomplete (no performance form)
def g11():
    pk = Packet(ROOT, "g11", "xinchuang-pilot-zone", True)
    A = "宿迁湖滨软件产业园管理委员会"
    C = uscc("321302", "01457836", head="11")
    REC = "宿迁市工业和信息化局"
    PRJ = "宿迁湖滨信息技术应用创新先导区"
    app_form_docx(pk, "申报书.docx", title="信息技术应用创新先导区项目申报书", rows=[
        ["项目名称", PRJ], ["项目类别", "信息技术应用创新先导区项目"], ["申报主体", A], ["统一社会信用代码", C],
        ["实施运营主体", "宿迁湖滨信创产业发展有限公司"], ["推荐单位", REC], ["重点应用领域", "政务、金融、能源"],
        ["实施期", "2022年4月1日至2024年3月31日"], ["2年实施期投资预算", "1.35亿元"],
        ["附件", "1.实施方案；2.绩效目标申报表（附件1-9）；3.龙头企业及信创产品清单；4.推荐函"]])
    pk.docx("附件1 先导区实施方案.docx", "other", f"{PRJ}实施方案", [
        ("h", "一、基础条件"), ("p", "园区集聚信创企业86家，其中龙头骨干企业5家，已形成政务云、金融终端等可推广信创产品23项，已在市级政务系统开展示范应用。"),
        ("h", "二、建设内容与投资预算（单位：万元）"),
        ("t", [["建设内容", "2022.4—2023.3", "2023.4—2024.3", "合计"], ["龙头企业信创产品研发", "2,860", "2,340", "5,200"],
               ["信创产业公共服务平台", "1,650", "1,150", "2,800"], ["信创产品推广应用", "1,900", "2,100", "4,000"],
               ["标准、知识产权等生态建设", "640", "860", "1,500"], ["合计", "7,050", "6,450", "13,500"]]),
        ("h", "三、进度安排"), ("p", "2024年3月31日前完成先导区创建。"),
        ("h", "四、绩效目标"), ("p", "详见附件2绩效目标申报表。")])
    p = pk.pdf("附件3 龙头企业及信创产品清单.pdf", "other")
    p.title("先导区龙头骨干企业及信创产品清单", 14)
    p.table([["企业", "产品", "应用领域"], ["宿迁云信科技有限公司", "政务云管理平台V3", "政务"], ["江苏湖滨金融终端有限公司", "国产化柜员终端", "金融"],
             ["宿迁能信软件有限公司", "电力调度信创适配套件", "能源"]], [2.6, 2.6, 1], 10)
    p.save()
    recommend_letter(pk, "附件4 推荐函.pdf", unit=REC, applicant=A, project=PRJ, category_cn="信息技术应用创新先导区项目", date="2022-11-18")
    p = pk.pdf("附件5 统一社会信用代码证书.pdf", "other")
    p.title("统一社会信用代码证书", 20)
    p.table([["统一社会信用代码", C], ["机构名称", A], ["机构性质", "机关"], ["机构地址", "宿迁市湖滨新区湖滨大道88号"],
             ["负责人", "沈卫东"], ["赋码机关", "宿迁市委机构编制委员会办公室"]], [1.6, 4.6], 11)
    p.seal("宿迁市委机构编制委员会办公室", y=p.y - 30)
    p.save()
    figs = {"applicant_name": A, "applicant_uscc": C, "recommending_unit": REC, "total_investment": 13500.0,
            "start_date": "2022-04-01", "completion_date": "2024-03-31"}
    pk.expected(ROOT, "incomplete", figs, None, [{"kind": "missing", "document": "performance_form"}],
                "A 软件产业园 applies (allowed); budget 1.35亿元 = 13,500 ≥ 10,000 over 2 years; creation by 2024-03-31. The guide "
                "requires 明确的实施方案和绩效目标; the 申报书 lists the 附件1-9 绩效目标申报表 as 附件2 and the 实施方案 says '详见附件2', "
                "but the packet has no 附件2 (numbering jumps 1, 3, 4, 5). Missing required material → incomplete.")


# ============================================================ g12 major-exhibition, incomplete (no audit)
def g12():
    pk = Packet(ROOT, "g12", "major-exhibition", True)
    A = "南京秦淮湾经济技术开发区管理委员会"
    C = uscc("320115", "00962315", head="11")
    REC = "南京市工业和信息化局"
    PRJ = "2022江苏智能装备与工业互联网博览会"
    rows = [("展馆租赁及搭建", 612.40), ("宣传推广", 238.60), ("论坛及配套活动", 286.80), ("安保、交通及后勤", 198.30),
            ("展会组织服务费", 150.20)]
    tot = round(sum(v for _, v in rows), 2)
    assert tot == 1486.30
    app_form_docx(pk, "01-项目申报表.docx", title="省委省政府部署的重大展会项目申报表", rows=[
        ["项目名称", PRJ], ["项目类别", "省委省政府部署的重大展会项目"], ["申报单位", A], ["统一社会信用代码", C],
        ["推荐单位", REC], ["展会时间", "2022年10月20日—22日"], ["展会地点", "南京国际博览中心"],
        ["项目总投入（万元）", f"{tot:,.2f}"], ["申请补助（万元）", f"{tot * 0.5:,.2f}"],
        ["专项审计情况", "审计工作正在进行中，报告待出具后补充"]])
    perf_form(pk, "02-绩效目标申报表（附件1-16）.docx", annex="1-16", title="省委省政府部署的重大展会项目绩效目标申报表",
              head=(PRJ, REC, A, "2022年6月", "2022年12月", "举办高水平智能装备与工业互联网博览会。"),
              rows=[["产出指标", "数量指标", "参展商数量（家）", "420"], ["产出指标", "数量指标", "观展人数（人）", "68000"],
                    ["效益指标", "经济效益", "项目总投入（万元）", f"{tot:.2f}"]])
    p = pk.pdf("03-省政府办公厅关于举办博览会的通知.pdf", "other")
    p.title("江苏省人民政府办公厅", 17)
    p.para("苏政办函〔2022〕61号", 10, indent=False, align="center")
    p.title("省政府办公厅关于举办2022江苏智能装备与工业互联网博览会的通知", 12)
    p.para("经省政府同意，定于2022年10月在南京举办2022江苏智能装备与工业互联网博览会，由省工业和信息化厅、南京市人民政府主办，"
           "南京秦淮湾经济技术开发区管理委员会承办。展会经费按照《博览会总体方案》规定的支出标准执行。")
    p.para("江苏省人民政府办公厅  2022年6月14日", indent=False, align="right")
    p.seal("江苏省人民政府办公厅", x=p.right - 70, y=p.y + 20)
    p.save()
    p = pk.pdf("04-展会经费决算表.pdf", "other")
    p.title(f"{PRJ}经费决算表", 14)
    p.para(f"编制单位：{A}      单位：万元", 10, indent=False)
    p.table([["支出项目", "方案预算", "实际支出"]] + [[n, f"{v * 1.04:.2f}", f"{v:.2f}"] for n, v in rows] +
            [["合计", f"{sum(v * 1.04 for _, v in rows):.2f}", f"{tot:.2f}"]], [3, 1.5, 1.5], 10)
    p.para("注：以上为单位财务初步决算数，专项审计报告出具后以审计数为准。", 9)
    p.para("单位负责人：沈晓明    财务负责人：陈丽    制表：钱诚    2022年11月25日", 9, indent=False)
    p.seal(A, x=p.right - 80, y=p.y - 10)
    p.save()
    p = pk.pdf("05-展会总结报告.pdf", "other")
    p.title(f"{PRJ}总结报告", 14)
    p.para("本届博览会于2022年10月20日至22日在南京国际博览中心举办，展览面积6.2万平方米，参展企业436家，专业观众7.1万人次，"
           "举办主题论坛及对接活动14场，现场签约项目38个。")
    p.save()
    recommend_letter(pk, "06-推荐函.pdf", unit=REC, applicant=A, project=PRJ, category_cn="省委省政府部署的重大展会项目", date="2022-11-28")
    figs = {"applicant_name": A, "applicant_uscc": C, "recommending_unit": REC, "total_investment": tot}
    pk.expected(ROOT, "incomplete", figs, None, [{"kind": "missing", "document": "audit_report"}],
                "The guide pays on 经专项审计后的总投入; the packet has only the organiser's own 初步决算 (1,486.30) and the 申报表 "
                "says the audit is still in progress. Exhibition deployed by the provincial government (办公厅 notice names the "
                "applicant as 承办); applicant type (省级以上经开区) allowed. Missing 专项审计报告 → incomplete.")


def main():
    for sub in ("packets", "expected"):
        d = ROOT / sub
        if d.exists():
            shutil.rmtree(d)
    for f in (g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11, g12):
        f()


if __name__ == "__main__":
    main()
