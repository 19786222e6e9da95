"""Generate the frozen5 blind packets h01..h12 and their expected results (deterministic).

    /work/main/.venv/bin/python corpus/frozen5/make_packets.py
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common5 import (ROOT, Packet, app_form, letter, licence_lines, licence_pdf, party, perf_form, wan)  # noqa: E402
from lib5 import (Pdf, cn_date, cn_upper_date, daxie, image_pdf, photo, receipt_pdf, scan_page, sideways,  # noqa: E402
                  uscc, yuan)

STD_FIGS = ("applicant_name", "applicant_uscc", "recommending_unit")


def base_figs(app, code, rec):
    return {"applicant_name": app, "applicant_uscc": code, "recommending_unit": rec}


def recommend(pk, rel, *, unit, app, project, cat_cn, date, extra=""):
    letter(pk, rel, "other", unit=unit, title="关于推荐2023年度省工业和信息产业转型升级专项资金项目的函",
           to="江苏省工业和信息化厅：",
           paras=[f"按照《2023年度江苏省工业和信息产业转型升级专项资金入库项目征集指南》要求，经组织申报、"
                  f"材料审核和实地核查，现推荐{app}“{project}”申报{cat_cn}。{extra}",
                  "我局已对项目申报材料进行审核，对材料真实性负责。", "特此函告。"], date=date)


def receipt(pk, rel, *, bank, no, date, payer, payee, amount, memo):
    receipt_pdf(pk.path(rel, "payment_voucher"), bank=bank, no=no, date=date, payer=payer, payee=payee,
                amount=amount, memo=memo)


def contract_docx(pk, rel, *, title, buyer, seller, items, sign_date, extra=None):
    rows = [["序号", "名称", "规格/内容", "数量", "金额（元，含税）"]]
    tot = 0
    for i, (n, s, q, a) in enumerate(items, 1):
        rows.append([str(i), n, s, str(q), yuan(a)])
        tot += a
    rows.append(["合计", "", "", "", yuan(tot)])
    blocks = [("p", f"合同编号：{abs(hash_(rel)) % 10 ** 8:08d}"),
              ("p", f"甲方（买方）：{buyer}"), ("p", f"乙方（卖方）：{seller}"),
              ("p", "甲乙双方经友好协商，就下列货物及服务的采购事宜订立本合同。"), ("t", rows),
              ("p", f"合同总价（含税）：人民币{daxie(tot)}（¥{yuan(tot)}）。"),
              ("p", "付款方式：合同签订后支付30%预付款，到货验收合格后支付60%，质保期满后支付10%。")]
    blocks += [("p", t) for t in (extra or [])]
    blocks += [("p", f"甲方（盖章）：{buyer}        乙方（盖章）：{seller}"), ("p", f"签订日期：{cn_date(sign_date)}")]
    pk.docx(rel, "contract", title, blocks)


def hash_(s: str) -> int:
    h = 7
    for ch in s:
        h = (h * 131 + ord(ch)) % 1_000_000_007
    return h


def quarterly_interest(principal, rate, start, settle_dates):
    """Interest per settlement (元): principal × rate / 360 × days since the previous settlement."""
    out = []
    prev = dt.date.fromisoformat(start)
    for s in settle_dates:
        d = dt.date.fromisoformat(s)
        days = (d - prev).days
        out.append((s, days, round(principal * rate / 360 * days, 2)))
        prev = d
    return out


def in_window(d):
    return "2021-01-01" <= d <= "2022-06-30"


# ======================================================================================= h01
def h01():
    pk = Packet("h01", "smart-factory", True)
    APP, CODE, REC = "昆山瀚铂精密机电股份有限公司", uscc("320583", "66180427"), "苏州市工业和信息化局"
    PRJ = "新能源汽车电驱壳体智能制造示范工厂建设项目"
    rows = [("智能装备（五轴加工中心、压铸岛、机器人、AGV、在线检测设备等）", 189_256_200.00),
            ("工业软件（MES、APS、WMS、PLM、QMS）", 12_864_000.00),
            ("系统集成", 6_427_500.00),
            ("私有云及边缘数据中心", 3_189_000.00),
            ("工业网络（5G专网、工业环网）", 11_043_000.00),
            ("调试安装费", 14_682_000.00),
            ("咨询、设计、检测、评价", 21_173_000.00)]
    total = sum(a for _, a in rows)
    soft = rows[1][1] + rows[2][1] + rows[3][1]
    assert round(total, 2) == 258_634_700.00 and soft == 22_480_500.00
    civil = 31_420_800.00
    TOTAL_W, SOFT_W = 25863.47, 2248.05

    # application form (DOCX) — 亿元 and 万元 mixed, 备案 total as distractor
    app_form(pk, "01 申报书/项目入库申报表（瀚铂）.docx", [
        ["项目名称", PRJ, "项目类别", "智能化改造数字化转型—标杆示范—智能制造示范工厂项目"],
        ["项目承担单位", APP, "统一社会信用代码", CODE],
        ["项目推荐单位", REC, "所在地", "苏州市昆山市"],
        ["示范工厂认定情况", "2021年度江苏省智能制造示范工厂", "企业规模", "规模以上工业企业（2021年营业收入18.62亿元）"],
        ["项目开工时间", "2020年3月16日", "项目完工时间", "2022年5月31日"],
        ["备案总投资", "3.2亿元（含厂房改造土建）", "项目总投入（不含税、不含土建）", "25,863.47万元（约2.59亿元）"],
        ["其中：软件、系统集成、公私有云", "2,248.05万元", "申请补助金额", "2,000万元"],
        ["验收情况", "2022年9月22日通过苏州市工业和信息化局组织的验收", "联系人", "倪思远 0512-5781 6620"],
    ], pre=["填报日期：2022年12月8日"], tail=[
        "项目建设内容：新建电驱壳体压铸—机加—清洗—检测一体化智能产线6条，部署MES、APS、WMS等工业软件，"
        "建成工厂级私有云和5G专网，实现设备联网率98.6%。"], seal=APP, date="2022-12-08")
    perf_form(pk, "01 申报书/绩效目标表 附件1-2.docx", annex="1-2", title="智能制造示范工厂项目绩效目标申报表",
              name=PRJ, rec=REC, app=APP, start="2020年3月", end="2022年5月",
              goal="建成新能源汽车电驱壳体智能制造示范工厂，生产效率提升30%以上。",
              rows=[["产出指标", "数量指标", "生产效率提高率（%）", "32.5"],
                    ["产出指标", "数量指标", "新增知识产权数量（个）", "14"],
                    ["产出指标", "质量指标", "产品合格率（%）", "99.3"],
                    ["效益指标", "经济效益", "项目总投入（万元）", "25,863.47"],
                    ["效益指标", "经济效益", "主营业务收入（万元）", "186,200"],
                    ["效益指标", "经济效益", "实缴税金（万元）", "7,412"],
                    ["个性指标", "", "订单准时交付提高率（%）", "18"]])

    # designation list
    names = ["南京埃斯顿智能装备有限公司东山工厂", "无锡华澄线缆股份有限公司", "徐州徐工铸锻件有限公司",
             "常州星宇车身部件有限公司", "苏州金澄精密铸造有限公司", APP, "南通中集顺达集装箱有限公司",
             "连云港鹏宇医药有限公司", "淮安澳洋纺织有限公司", "盐城东风动力电池有限公司", "扬州亚星客车部件有限公司",
             "镇江大全电气有限公司", "泰州海陵钢结构有限公司", "宿迁洋河包装有限公司", "张家港永钢特钢有限公司",
             "江阴兴澄精密钢管有限公司", "宜兴环保装备有限公司", "昆山沪光汽车电器有限公司"]
    letter(pk, "02 认定及验收/2021年度省智能制造示范工厂名单.pdf", "designation_certificate",
           unit="江苏省工业和信息化厅", doc_no="苏工信装备〔2021〕612号",
           title="关于公布2021年度江苏省智能制造示范工厂名单的通知",
           to="各设区市工业和信息化局：",
           paras=["根据《江苏省智能制造示范工厂建设三年行动计划》，经企业申报、地方推荐、专家评审和网上公示，"
                  "确定18家企业为2021年度江苏省智能制造示范工厂，现予公布。",
                  ("table", [["序号", "企业名称", "所在地"]] +
                   [[str(i), n, ["南京", "无锡", "徐州", "常州", "苏州", "苏州", "南通", "连云港", "淮安", "盐城",
                                 "扬州", "镇江", "泰州", "宿迁", "苏州", "无锡", "无锡", "苏州"][i - 1]]
                    for i, n in enumerate(names, 1)], [0.6, 4.4, 1.2])], date="2021-12-20")
    # acceptance opinion — phone photo JPEG, skewed
    acc = scan_page([("智能制造示范工厂项目验收意见", 44, "center"), "",
                     f"项目名称：{PRJ}", f"承担单位：{APP}",
                     "2022年9月22日，苏州市工业和信息化局在昆山市组织召开项目验收会。验收专家组听取了项目建设情况汇报，"
                     "查阅了项目合同、发票、付款凭证及专项审计报告，现场察看了压铸、机加和检测产线，形成验收意见如下：",
                     "一、项目于2020年3月16日开工，2022年5月31日完工，建设内容与备案一致。",
                     "二、项目实际完成投资（不含税、不含土建）25,863.47万元，其中软件、系统集成及私有云投入2,248.05万元。",
                     "三、项目建成智能产线6条，关键工序数控化率100%，生产效率提高32.5%，产品不良率下降41%。",
                     "专家组一致同意该项目通过验收。", "",
                     ("专家组组长：陶建华（签字）", 28, "right"),
                     ("苏州市工业和信息化局", 30, "right"), ("2022年9月22日", 30, "right")],
                    seed=101, seal="苏州市工业和信息化局")
    pk.jpeg("02 认定及验收/验收意见-拍照件.jpg", "acceptance_opinion", photo(acc, 11, angle=2.4))

    # audit report: narrative + long equipment schedule over several pages + summary in 元
    p = pk.pdf("03 审计/项目投入专项审计报告（瀚铂）.pdf", "audit_report", header="苏州正衡会计师事务所（普通合伙）", footer=True)
    p.title("关于昆山瀚铂精密机电股份有限公司", 15)
    p.title("新能源汽车电驱壳体智能制造示范工厂建设项目投入情况的专项审计报告", 13)
    p.para("苏正衡专审字〔2022〕第0871号", 10, indent=False, align="center")
    p.para(f"{APP}全体股东：", indent=False)
    p.para("我们接受委托，对贵公司新能源汽车电驱壳体智能制造示范工厂建设项目自2020年3月16日开工至2022年5月31日"
           "完工期间的项目投入情况进行了专项审计。提供真实、完整的会计资料是贵公司管理层的责任，我们的责任是"
           "在实施审计工作的基础上发表审计意见。")
    p.para("经审计，项目累计支出（不含增值税）人民币290,055,500.00元，其中厂房改造及土建支出31,420,800.00元，按照"
           "申报指南不计入项目总投入；扣除后，项目总投入为人民币" + daxie(total) + "（¥" + yuan(total) + "），"
           "其中工业软件、系统集成及私有云投入22,480,500.00元。项目相关增值税进项税额合计35,216,489.00元，未计入上述金额。")
    assert round(total + civil, 2) == 290_055_500.00
    p.para("附表一：项目设备购置明细（单位：元，不含税）", 10, indent=False)
    eq = [["序号", "设备名称", "型号", "数量", "不含税金额"]]
    kinds = ["五轴立式加工中心", "卧式加工中心", "2800T压铸岛", "六轴工业机器人", "AGV搬运机器人", "三坐标测量机",
             "在线气密检测机", "高压清洗机", "去毛刺工作站", "X射线探伤仪", "立体仓库堆垛机", "激光打标机"]
    remaining = rows[0][1]
    for i in range(36):
        k = kinds[i % len(kinds)]
        amt = 3_000_000 + (hash_(k + str(i)) % 4_000_000) + 0.0
        amt = float(int(amt / 100) * 100)
        if i == 35:
            amt = round(remaining, 2)
        remaining -= amt
        eq.append([str(i + 1), k, f"HB-{1000 + i * 7}", str(1 + i % 4), yuan(amt)])
    assert abs(remaining) < 0.01 and float(eq[-1][4].replace(",", "")) > 0
    eq.append(["", "小计", "", "", yuan(rows[0][1])])
    p.table(eq, [0.6, 2.6, 1.4, 0.7, 1.8], 9)
    p.para("附表二：项目总投入汇总表（单位：元）", 10, indent=False)
    sm = [["序号", "投入类别", "不含税金额", "备注"]]
    for i, (n, a) in enumerate(rows, 1):
        sm.append([str(i), n, yuan(a), "计入软件类投入" if i in (2, 3, 4) else ""])
    sm.append(["", "项目总投入合计", yuan(total), ""])
    sm.append(["", "厂房改造及土建（不计入）", yuan(civil), "按指南扣除"])
    p.table(sm, [0.6, 3.6, 1.8, 1.4], 9)
    p.para("本报告仅供贵公司申报2023年度江苏省工业和信息产业转型升级专项资金使用。", 10)
    p.gap(20)
    p.para("苏州正衡会计师事务所（普通合伙）    中国注册会计师：沈立言  陆可心", 10, indent=False, align="right")
    p.para("二〇二二年十一月二十八日", 10, indent=False, align="right")
    p.seal("苏州正衡会计师事务所", x=p.right - 80, y=p.y + 34)
    p.save()

    # procedures
    letter(pk, "04 手续/项目备案证.pdf", "project_filing", unit="昆山市行政审批局",
           title="江苏省投资项目备案证", paras=[
               ("table", [["备案证号", "昆行审备〔2020〕118号"], ["项目代码", "2002-320583-89-02-417206"],
                          ["项目法人单位", APP], ["项目名称", PRJ], ["建设地点", "昆山市开发区前进东路"],
                          ["总投资", "32000万元（其中设备及软件投资25600万元）"],
                          ["建设规模及内容", "改造厂房4.2万平方米，购置压铸岛、五轴加工中心等设备412台（套），建设MES等工业软件系统"],
                          ["建设起止年限", "2020年3月至2022年6月"]], [1.4, 5])], date="2020-02-26")
    letter(pk, "04 手续/环评批复.pdf", "eia_approval", unit="苏州市生态环境局", doc_no="苏环建〔2020〕83第0146号",
           title=f"关于对{APP}{PRJ}环境影响报告表的批复", to=f"{APP}：",
           paras=["你公司报送的环境影响报告表收悉。经研究，从环境保护角度，同意你公司按照报告表所列建设项目的性质、"
                  "规模、地点和拟采取的环境保护措施进行建设。"], date="2020-03-09")
    letter(pk, "04 手续/节能审查意见.pdf", "energy_review", unit="昆山市发展和改革委员会", doc_no="昆发改能审〔2020〕21号",
           title=f"关于{PRJ}节能报告的审查意见", to=f"{APP}：",
           paras=["经审查，该项目年综合能源消费量3,862吨标准煤（当量值），符合节能审查要求，同意通过节能审查。"],
           date="2020-03-12")

    # invoices
    buyer = party(APP, CODE, "江苏省昆山市", "中国建设银行", "3225 0198 8361 0000 1472")
    s1 = party("苏州翼动机器人科技有限公司", uscc("320507", "55310288"), "江苏省苏州市")
    s2 = party("南京擎石工业软件有限公司", uscc("320114", "58820413"), "江苏省南京市")
    s3 = party("无锡澜云数据服务有限公司", uscc("320214", "63991072"), "江苏省无锡市")
    pk.paper_invoice("05 票据/发票 No 30817264.pdf", code="3200201130", number="30817264", date="2020-11-17",
                     buyer=buyer, seller=s1, items=[("*机器人*六轴工业机器人", "YD-R20", "台", 12, 4_236_000.00, 0.13),
                                                    ("*仪器仪表*视觉检测单元", "YD-V6", "套", 6, 1_158_000.00, 0.13)])
    pk.e_invoice("05 票据/数电票 21322000000048213075.pdf", number="21322000000048213075", date="2021-09-03",
                 buyer=buyer, seller=s2, items=[("*软件*制造执行系统MES V5.0", "", "套", 1, 6_420_000.00, 0.13),
                                                ("*信息技术服务*系统实施服务", "", "项", 1, 1_180_000.00, 0.06)])
    pk.e_invoice("05 票据/数电票 22322000000011730544.pdf", number="22322000000011730544", date="2022-03-15",
                 buyer=buyer, seller=s3, items=[("*信息技术服务*私有云平台建设服务", "", "项", 1, 1_268_000.00, 0.06)])
    licence_pdf(pk, "06 其他/营业执照（副本）.pdf", name=APP, code=CODE, kind="股份有限公司（非上市、自然人投资或控股）",
                rep="倪志刚", capital="18,600万元整", founded="2006-04-18", address="昆山市开发区前进东路1288号",
                scope="精密机电部件、汽车零部件的研发、制造、销售；货物及技术进出口。",
                term="2006年4月18日至长期", issuer="苏州市市场监督管理局", issue_date="2021-06-03")
    recommend(pk, "06 其他/推荐函.pdf", unit=REC, app=APP, project=PRJ, cat_cn="智能制造示范工厂项目", date="2022-12-12")
    inv_total, inv_n = pk.invoice_figures()
    assert inv_n == 3 and abs(inv_total - 1426.20) < 1e-6
    figs = base_figs(APP, CODE, REC) | {"total_investment": TOTAL_W, "software_investment": SOFT_W,
                                        "start_date": "2020-03-16", "completion_date": "2022-05-31",
                                        "acceptance_date": "2022-09-22", "invoice_total": inv_total,
                                        "invoice_count": inv_n}
    sub = min(round(TOTAL_W * 0.10, 3), 2000)
    assert sub == 2000
    pk.expected("eligible", figs, 2000.0, [],
                "Cap case: audit in 元 with a 36-row equipment schedule over pages, total 258,634,700.00元 (大写) after "
                "excluding 土建 31,420,800.00; 备案 32000万元 and 含土建 29,005.55 are distractors; the 申报表 mixes 亿元. "
                "25,863.47 ≥ 3,000, software 2,248.05 ≥ 300; 2020-03-16..2022-05-31 (< 3 years, in window); acceptance "
                "2022-09-22 by the recommending unit (JPEG photo). 10% = 2,586.35 → capped at 2,000.")


# ======================================================================================= h02
def h02():
    pk = Packet("h02", "smart-factory", True)
    APP, CODE, REC = "常州弘钜电气有限公司", uscc("320412", "71326659"), "常州市工业和信息化局"
    PRJ = "中低压成套开关设备智能工厂建设项目"
    rows = [("智能化设备", 3012.60), ("工业软件", 286.30), ("系统集成", 158.70), ("公有云资源", 67.40),
            ("网络建设", 214.80), ("调试安装", 329.50), ("咨询设计、检测评价", 257.50)]
    total = round(sum(a for _, a in rows), 2)
    soft = round(rows[1][1] + rows[2][1] + rows[3][1], 2)
    assert total == 4326.80 and soft == 512.40
    app_form(pk, "申报表.docx", [
        ["项目名称", PRJ, "申报类别", "智能制造示范工厂项目"],
        ["申报单位", APP, "统一社会信用代码", CODE],
        ["推荐单位", REC, "企业类型", "规模以上工业企业"],
        ["示范工厂认定情况", "2021年度常州市智能制造示范工厂；2022年度江苏省智能制造示范车间（成套开关柜装配车间）", "", ""],
        ["开工时间", "2020年9月1日", "完工时间", "2022年4月30日"],
        ["项目总投入（万元）", "4,326.80", "其中软件等投入（万元）", "512.40"],
        ["验收时间", "2022年8月30日", "申请补助（万元）", "432.68"],
    ], seal=APP, date="2022-12-06")
    perf_form(pk, "绩效目标申报表.docx", annex="1-2", title="智能制造示范工厂项目绩效目标申报表", name=PRJ, rec=REC,
              app=APP, start="2020年9月", end="2022年4月", goal="建成开关设备智能工厂。",
              rows=[["效益指标", "经济效益", "项目总投入（万元）", "4,326.80"],
                    ["产出指标", "质量指标", "产品合格率（%）", "99.6"]])
    # city-level certificate, scanned landscape image PDF — the deciding paper
    cert = scan_page([("荣 誉 证 书", 70, "center"), "", (APP, 40, "center"), "",
                      ("被认定为", 34, "center"), ("2021年度常州市智能制造示范工厂", 46, "center"), "",
                      ("证书编号：CZZN-2021-017", 26, "center"), "",
                      ("常州市工业和信息化局", 32, "right"), ("二〇二一年十二月", 32, "right")],
                     seed=202, seal="常州市工业和信息化局", landscape=True, border=True)
    pk.scan_pdf("示范工厂证书.pdf", "designation_certificate", [cert])
    letter(pk, "省示范车间名单（节选）.pdf", "designation_certificate", unit="江苏省工业和信息化厅",
           doc_no="苏工信装备〔2022〕538号", title="关于公布2022年度江苏省智能制造示范车间名单的通知",
           to="各设区市工业和信息化局：", paras=[
               "经企业申报、地方推荐、专家评审和公示，认定以下车间为2022年度江苏省智能制造示范车间（节选常州市部分）：",
               ("table", [["序号", "企业名称", "车间名称"],
                          ["61", "常州天合精密模具有限公司", "精密模具加工车间"],
                          ["62", APP, "成套开关柜装配车间"],
                          ["63", "常州中车铁马传动有限公司", "齿轮箱装配车间"],
                          ["64", "溧阳天目新材料有限公司", "正极材料烧结车间"]], [0.6, 3.2, 2.6])],
           date="2022-10-28")
    letter(pk, "验收意见.pdf", "acceptance_opinion", unit=REC, title="项目验收意见", paras=[
        f"2022年8月30日，常州市工业和信息化局组织专家对{APP}“{PRJ}”进行验收。项目于2020年9月1日开工，"
        "2022年4月30日完工，完成投资4,326.80万元（不含税），其中工业软件、系统集成及公有云投入512.40万元。",
        "验收组认为，项目完成了建设任务，同意通过验收。"], date="2022-08-30")
    p = pk.pdf("专项审计报告.pdf", "audit_report")
    p.title("专项审计报告", 16)
    p.para("常德信审〔2022〕第214号", 10, indent=False, align="center")
    p.para(f"我们审计了{APP}{PRJ}的投入情况。项目于2020年9月1日开工，2022年4月30日完工。经审计，项目总投入（不含税）"
           f"为4,326.80万元，明细如下（单位：万元）：")
    p.table([["投入类别", "金额"]] + [[n, f"{a:,.2f}"] for n, a in rows] + [["合计", f"{total:,.2f}"]], [4, 2], 10)
    p.para("其中软件、系统集成、公有云投入合计512.40万元。")
    p.gap(16)
    p.para("常州德信会计师事务所有限公司  2022年11月20日", indent=False, align="right")
    p.seal("常州德信会计师事务所", x=p.right - 70, y=p.y + 30)
    p.save()
    letter(pk, "备案证.pdf", "project_filing", unit="常州市武进区行政审批局", title="江苏省投资项目备案证",
           paras=[("table", [["项目代码", "2008-320412-89-02-660153"], ["项目名称", PRJ], ["法人单位", APP],
                             ["总投资", "4500万元"], ["建设内容", "购置智能装配线、立体仓库等设备，建设MES系统"]], [1.4, 5])],
           date="2020-08-18")
    letter(pk, "环评批复.pdf", "eia_approval", unit="常州市生态环境局", title="关于项目环境影响登记表的备案回执",
           paras=[f"{APP}{PRJ}环境影响登记表已完成备案，备案号：202032041200000731。"], date="2020-08-25")
    letter(pk, "能评情况说明.pdf", "procedure_exemption", unit=REC, title="关于项目节能审查手续的说明",
           paras=[f"{APP}“{PRJ}”年综合能源消费量不足1000吨标准煤，且年电力消费量不足500万千瓦时，"
                  "按规定无需单独进行节能审查。", "特此说明。"], date="2022-12-07")
    buyer = party(APP, CODE, "江苏省常州市")
    pk.paper_invoice("发票1.pdf", code="3200203130", number="61208833", date="2021-03-22", buyer=buyer,
                     seller=party("苏州科逸自动化设备有限公司", uscc("320505", "69913302"), "江苏省苏州市"),
                     items=[("*通用设备*柔性装配线", "KY-FA12", "条", 2, 6_840_000.00, 0.13)])
    pk.paper_invoice("发票2.pdf", code="3200211130", number="07731942", date="2021-11-09", buyer=buyer,
                     seller=party("杭州明拓软件有限公司", uscc("330106", "73264198"), "浙江省杭州市"),
                     items=[("*软件*MES系统软件", "V3", "套", 1, 1_720_000.00, 0.13)], province="浙江")
    licence_pdf(pk, "营业执照.pdf", name=APP, code=CODE, kind="有限责任公司（自然人投资或控股）", rep="钱弘毅",
                capital="6,000万元整", founded="2009-05-12", address="常州市武进区湖塘镇长虹路66号",
                scope="输配电及控制设备制造、销售。", term="2009年5月12日至2039年5月11日",
                issuer="常州市武进区市场监督管理局", issue_date="2020-07-01")
    recommend(pk, "推荐函.pdf", unit=REC, app=APP, project=PRJ, cat_cn="智能制造示范工厂项目", date="2022-12-09")
    it, n = pk.invoice_figures()
    figs = base_figs(APP, CODE, REC) | {"total_investment": 4326.80, "software_investment": 512.40,
                                        "start_date": "2020-09-01", "completion_date": "2022-04-30",
                                        "acceptance_date": "2022-08-30", "invoice_total": it, "invoice_count": n}
    pk.expected("ineligible", figs, None, [{"kind": "document", "document": "designation_certificate"}],
                "All amounts and dates pass, but the applicant is not a 省级（含）以上智能制造示范工厂: the scanned certificate "
                "is a 2021 常州市 (city-level) 示范工厂, and the provincial list names only its 装配车间 as a 2022 省级智能制造"
                "示范车间 — a 车间 is not a 工厂. A reviewer rejects: the subject condition ① fails.")


# ======================================================================================= h03
def h03():
    pk = Packet("h03", "green-upgrade", True)
    APP, CODE, REC = "泰兴瑞澜新材料科技有限公司", uscc("321283", "59420813"), "泰州市工业和信息化局"
    PRJ = "年处理6万吨废硫酸资源化利用及清洁生产改造项目"
    months = [("2022年3月", 1_864_000.00), ("2022年4月", 2_427_500.00), ("2022年5月", 1_386_000.00),
              ("2022年6月", 3_012_500.00), ("2022年7月", 2_153_000.00), ("2022年8月", 1_648_000.00),
              ("2022年9月", 987_000.00)]
    cut = sum(a for _, a in months[:4])
    allsum = sum(a for _, a in months)
    assert cut == 8_690_000.00 and allsum == 13_478_000.00
    TOTAL = 3860.00
    assert round(869.00 / TOTAL, 4) == 0.2251
    app_form(pk, "1.申报表/入库项目申报表.docx", [
        ["项目名称", PRJ, "", ""],
        ["项目类别", "绿色化改造提升—绿色化改造升级项目（绿色制造工程：资源综合利用）", "", ""],
        ["项目单位", APP, "统一社会信用代码", CODE],
        ["推荐单位", REC, "项目地点", "泰兴经济开发区"],
        ["开工时间", "2022年3月1日", "计划竣工时间", "2024年8月31日"],
        ["备案总投资（万元）", "4,280（含土建420）", "项目总投入（不含税、不含土建，万元）", "3,860.00"],
        ["截至2022年6月30日已投入（万元）", "869.00", "占比", "22.51%"],
        ["申请补助（万元）", "772.00", "建设周期", "30个月"],
    ], seal=APP, date="2022-12-02")
    perf_form(pk, "1.申报表/绩效目标表(1-18).docx", annex="1-18", title="绿色化改造升级项目绩效目标申报表",
              name=PRJ, rec=REC, app=APP, start="2022年3月", end="2024年8月",
              goal="建成废硫酸资源化装置，年处理废硫酸6万吨。",
              rows=[["产出指标", "绿色制造工程", "制造过程绿色化率（%）", "86"],
                    ["产出指标", "绿色制造工程", "制造过程绿色化率提高（百分点）", "12"],
                    ["效益指标", "经济效益", "项目总投入（万元）", "3,860.00"]])
    # 资金申请报告 with schedule
    pk.docx("2.资金申请报告/项目资金申请报告.docx", "other", "年处理6万吨废硫酸资源化利用及清洁生产改造项目资金申请报告", [
        ("h", "一、项目概况"),
        ("p", f"{APP}拟在泰兴经济开发区现有厂区内实施废硫酸裂解再生及清洁生产改造，项目备案总投资4,280万元，其中土建"
              "（装置基础、管廊）420万元，设备购置、安装及软件等投入3,860万元。"),
        ("h", "二、投资构成（万元，不含税）"),
        ("t", [["类别", "金额"], ["裂解炉、余热锅炉、转化器等设备", "2,846.00"], ["DCS控制系统及软件", "312.00"],
               ["在线监测及检验检测", "186.00"], ["安装调试", "398.00"], ["设计咨询", "118.00"],
               ["合计", "3,860.00"], ["土建（不计入项目总投入）", "420.00"]]),
        ("h", "三、实施进度"),
        ("t", [["阶段", "起止时间"], ["设备订货与预付款", "2022年3月1日—2022年6月30日"],
               ["设备制造与到货", "2022年7月1日—2023年6月30日"], ["安装", "2023年7月1日—2023年12月31日"],
               ["单机及联动试车", "2024年1月1日—2024年6月30日"], ["试生产及竣工验收", "2024年7月1日—2024年8月31日"]]),
        ("p", "项目计划于2024年8月31日建成并完成竣工验收。"),
    ])
    # audit with monthly table, cumulative to Sep
    p = pk.pdf("3.审计/截至2022年9月30日投资完成情况专项审计报告.pdf", "audit_report", footer=True)
    p.title("专项审计报告", 16)
    p.para("泰鑫会专审〔2022〕第0392号", 10, indent=False, align="center")
    p.para(f"{APP}：")
    p.para(f"我们接受委托，对贵公司“{PRJ}”截至2022年9月30日的投资完成情况进行了专项审计。经审计，截至2022年9月30日，"
           f"项目累计完成投资（不含税）{yuan(allsum)}元（大写：{daxie(allsum)}），均有合同、发票及银行付款凭证支持。"
           "按月完成情况如下（单位：元）：")
    rows = [["月份", "当月完成（不含税）", "累计完成", "对应主要合同"]]
    acc = 0
    ctr = ["裂解炉预付款", "余热锅炉预付款", "DCS系统首付款", "转化器及换热器预付款", "在线监测设备", "裂解炉进度款", "安装工程预付款"]
    for (m, a), c in zip(months, ctr):
        acc += a
        rows.append([m, yuan(a), yuan(acc), c])
    p.table(rows, [1.2, 1.8, 1.8, 2.4], 9)
    p.para("项目计划总投入3,860.00万元，截至审计基准日完成投资比例为34.92%。项目计划于2024年8月竣工。")
    p.gap(16)
    p.para("江苏泰鑫会计师事务所有限公司  二〇二二年十月二十五日", indent=False, align="right")
    p.seal("江苏泰鑫会计师事务所", x=p.right - 70, y=p.y + 30)
    p.save()
    # 备案证 as a sideways PNG photo
    fil = scan_page([("江苏省投资项目备案证", 48, "center"), ("备案证号：泰兴行审备〔2022〕47号", 26, "center"), "",
                     f"项目代码：2202-321283-89-02-615734", f"项目法人：{APP}", f"项目名称：{PRJ}",
                     "建设地点：泰兴经济开发区滨江北路", "总投资：4280万元（其中土建420万元）",
                     "建设规模及内容：新建废硫酸裂解再生装置一套，配套余热回收、尾气治理及DCS控制系统，年处理废硫酸6万吨。",
                     "项目建设期限：2022年3月至2024年8月", "", ("泰兴市行政审批局", 30, "right"),
                     ("2022年2月16日", 30, "right")], seed=303, seal="泰兴市行政审批局")
    pk.png("4.手续/备案证 拍照.png", "project_filing", sideways(photo(fil, 33, angle=1.2), clockwise=False))
    letter(pk, "4.手续/环评批复.pdf", "eia_approval", unit="泰州市生态环境局", doc_no="泰环审（泰兴）〔2022〕31号",
           title=f"关于{APP}{PRJ}环境影响报告书的批复", to=f"{APP}：",
           paras=["经研究，同意该项目按报告书所列性质、规模、地点和环境保护措施建设。"], date="2022-02-24")
    letter(pk, "4.手续/节能审查意见.pdf", "energy_review", unit="泰兴市发展和改革委员会", doc_no="泰兴发改能〔2022〕9号",
           title=f"关于{PRJ}节能报告的审查意见", to=f"{APP}：",
           paras=["经审查，项目建成后年综合能源消费量5,210吨标准煤（当量值），同意通过节能审查。"], date="2022-02-25")
    buyer = party(APP, CODE, "江苏省泰兴市")
    pk.paper_invoice("5.票据/专票-裂解炉预付款.pdf", code="3200221130", number="02214571", date="2022-03-18",
                     buyer=buyer, seller=party("南京凯腾化工装备有限公司", uscc("320116", "60338175"), "江苏省南京市"),
                     items=[("*专用设备*废酸裂解炉（预付款）", "KT-SL60", "套", 1, 1_864_000.00, 0.13)])
    pk.e_invoice("5.票据/数电票-DCS.pdf", number="22322000000026633018", date="2022-05-20", buyer=buyer,
                 seller=party("无锡中控流程自动化有限公司", uscc("320211", "58214406"), "江苏省无锡市"),
                 items=[("*软件*DCS控制系统（首付款）", "", "套", 1, 1_386_000.00, 0.13)])
    licence_pdf(pk, "6.其他/营业执照.pdf", name=APP, code=CODE, kind="有限责任公司", rep="顾瑞澜", capital="12,000万元整",
                founded="2011-09-07", address="泰兴经济开发区滨江北路18号", scope="硫酸、发烟硫酸生产；危险废物经营。",
                term="2011年9月7日至长期", issuer="泰州市市场监督管理局", issue_date="2021-03-15")
    recommend(pk, "6.其他/推荐函.pdf", unit=REC, app=APP, project=PRJ, cat_cn="绿色化改造升级项目", date="2022-12-09")
    it, n = pk.invoice_figures()
    figs = base_figs(APP, CODE, REC) | {"total_investment": TOTAL, "invested_by_cutoff": 869.00,
                                        "start_date": "2022-03-01", "completion_date": "2024-08-31",
                                        "invoice_total": it, "invoice_count": n}
    pk.expected("ineligible", figs, None, [{"kind": "figure", "figure": "completion_date"}],
                "Amounts pass: 3,860 (备案 4,280 incl. 土建 420) ≥ 2,000; invested by 2022-06-30 = Mar..Jun rows of the audit's "
                "monthly table = 869.00 = 22.51% (the audit's headline 1,347.80 is at 2022-09-30). But the project is planned "
                "to be completed 2024-08-31 (申报表, 资金申请报告 schedule, 备案证 photo 2022.3–2024.8): the guide requires "
                "建设完成 by 2024-06-30. Ineligible.")


# ======================================================================================= h04
def h04():
    pk = Packet("h04", "specialized-sme", True)
    APP, CODE, REC = "无锡铂睿精工科技股份有限公司", uscc("320214", "32871504"), "无锡市工业和信息化局"
    PRJ = "精密传动部件数字化车间能力提升项目"
    hw = [("数控成形磨齿机 2台", "设备", 6_380_000.00, "2021-03-15"), ("五轴车铣复合加工中心 3台", "设备", 7_245_000.00, "2021-06-28"),
          ("齿轮测量中心 1台", "设备", 2_168_000.00, "2021-09-10"), ("AGV及线边库", "设备", 2_841_500.00, "2022-01-20"),
          ("MES/QMS工业软件", "软件", 2_186_400.00, "2021-11-30"), ("工业云资源及专线网络（2021.7—2022.6）", "云及网络", 426_800.00, "2022-06-20"),
          ("设备调试安装", "调试安装", 365_300.00, "2022-04-12")]
    hw_total = round(sum(a for _, _, a, _ in hw), 2)
    assert hw_total == 21_613_000.00
    HW = 2161.30
    # interest: bank A (3,000万, 3.85%), bank B (2,000万, 4.20%), quarterly settlements on the 21st
    A = quarterly_interest(30_000_000, 0.0385, "2020-11-20",
                           ["2020-12-21", "2021-03-21", "2021-06-21", "2021-09-21", "2021-12-21", "2022-03-21",
                            "2022-06-21", "2022-09-21"])
    B = quarterly_interest(20_000_000, 0.042, "2021-05-10",
                           ["2021-06-21", "2021-09-21", "2021-12-21", "2022-03-21", "2022-06-21", "2022-09-21"])
    ia = sum(x for d, _, x in A if in_window(d))
    ib = sum(x for d, _, x in B if in_window(d))
    LI = round((ia + ib) / 10000, 6)
    sub_raw = HW * 0.2 + LI * 0.4
    assert sub_raw > 500, sub_raw
    app_form(pk, "一、申报表/专精特新能力提升项目申报表.docx", [
        ["项目名称", PRJ, "", ""],
        ["申报单位", APP, "统一社会信用代码", CODE],
        ["推荐单位", REC, "小巨人认定", "2021年度江苏省专精特新小巨人企业（有效期至2024年12月）"],
        ["新增软硬件投入（万元，不含税）", "2,161.30", "贷款利息（万元）", f"{LI:,.2f}"],
        ["合计（万元）", f"{HW + LI:,.2f}", "申请补助（万元）", "500.00"],
        ["2021-2022年是否获得过本专项资金支持", "否", "", ""],
    ], tail=["说明：软硬件投入按20%、贷款利息按40%测算合计超过500万元，按单个项目上限500万元申请。"],
        seal=APP, date="2022-12-05")
    perf_form(pk, "一、申报表/附件1-14 绩效目标申报表.pdf", annex="1-14", title="专精特新中小企业能力提升项目绩效目标申报表",
              name=PRJ, rec=REC, app=APP, start="2021年1月", end="2022年6月", goal="建成精密齿轮数字化车间。",
              rows=[["产出指标", "数量指标", "新增数字化设备（台/套数）", "26"],
                    ["效益指标", "经济效益", "项目总投入（万元）", f"{HW + LI:,.2f}"]], as_pdf=True)
    # certificate — JPEG photo
    cert = scan_page([("江苏省专精特新小巨人企业", 52, "center"), "", (APP, 38, "center"), "",
                      ("经评审认定为江苏省专精特新小巨人企业（制造类）", 30, "center"),
                      ("认定年度：2021年", 28, "center"), ("有效期：2021年12月—2024年12月", 28, "center"), "",
                      ("江苏省工业和信息化厅", 32, "right"), ("二〇二一年十二月", 30, "right")],
                     seed=404, seal="江苏省工业和信息化厅", landscape=True, border=True)
    pk.jpeg("二、资质/小巨人证书.jpg", "designation_certificate", photo(cert, 44, angle=3.0))
    # audit
    p = pk.pdf("三、专审报告/软硬件投入及贷款贴息专项审计报告.pdf", "audit_report", footer=True)
    p.title("专项审计报告", 16)
    p.para("锡衡专审字〔2022〕第1187号", 10, indent=False, align="center")
    p.para(f"{APP}：")
    p.para("我们审计了贵公司2021年1月1日至2022年6月30日期间新增软硬件投入及银行贷款利息情况。")
    p.para("一、新增软硬件投入。经审计，上述期间贵公司新增软硬件投入（不含税）合计" + yuan(hw_total) + "元，大写"
           + daxie(hw_total) + "，均取得增值税发票、合同及银行付款凭证。另，2022年7月8日取得的数控磨床尾款发票（不含税"
           "284,000.00元）不属于上述期间，未纳入本次审计金额。明细如下（单位：元）：")
    p.table([["序号", "项目", "类别", "不含税金额", "发票日期"]] +
            [[str(i), n, k, yuan(a), d] for i, (n, k, a, d) in enumerate(hw, 1)] +
            [["", "合计", "", yuan(hw_total), ""]], [0.5, 3.2, 1, 1.6, 1.2], 9)
    p.para(f"二、贷款利息。贵公司于上述期间向中国银行无锡新吴支行、江苏银行无锡分行实际支付人民币贷款利息合计"
           f"{yuan(ia + ib)}元，其中中国银行{yuan(ia)}元、江苏银行{yuan(ib)}元（2020年12月21日及2022年9月21日结息不在期间内，未计入）。")
    p.para("三、政府补助情况（供参考）。贵公司2020年11月收到2020年度江苏省工业和信息产业转型升级专项资金150.00万元"
           "（用于2019年实施的机加车间技改项目）；2021年12月收到无锡市智能化改造和数字化转型奖补资金80.00万元。"
           "2021年、2022年贵公司未收到省工业和信息产业转型升级专项资金。")
    p.gap(16)
    p.para("无锡衡信会计师事务所有限公司  2022年11月16日", indent=False, align="right")
    p.seal("无锡衡信会计师事务所", x=p.right - 70, y=p.y + 30)
    p.save()
    # loans and interest
    for bank, rel, amt, rate, start, L in [("中国银行无锡新吴支行", "四、贷款/借款合同-中国银行.docx", "3,000万元", "3.85%", "2020-11-20", A),
                                           ("江苏银行无锡分行", "四、贷款/流动资金借款合同-江苏银行.docx", "2,000万元", "4.20%", "2021-05-10", B)]:
        pk.docx(rel, "loan_contract", "人民币流动资金借款合同", [
            ("p", f"借款人：{APP}"), ("p", f"贷款人：{bank}"),
            ("p", f"借款金额：人民币{amt}；借款期限：36个月，自{cn_date(start)}起；年利率{rate}（固定），按季结息，结息日为每季末月21日。"),
            ("p", "借款用途：购买原材料、设备及支付技术服务费。"), ("p", f"签订日期：{cn_date(start)}")])
    # bank A statement — JPEG photo
    lines = [("中国银行 贷款利息清单", 44, "center"), (f"借款人：{APP}", 26, "left"),
             ("贷款账号：4852 7719 0263    合同金额：30,000,000.00    年利率：3.85%", 24, "left"), "",
             ("结息日期        计息天数        利息金额（元）", 26, "left")]
    for d, days, x in A:
        lines.append((f"{d}        {days}        {yuan(x)}", 26, "left"))
    lines += ["", ("以上利息均已从借款人账户扣收。", 24, "left"), ("中国银行股份有限公司无锡新吴支行", 28, "right"),
              ("打印日期：2022-10-09", 24, "right")]
    pk.jpeg("四、贷款/中行利息单.jpg", "interest_statement",
            photo(scan_page(lines, seed=405, seal="中国银行无锡新吴支行 业务专用章"), 45, angle=1.8))
    p = pk.pdf("四、贷款/江苏银行利息回单汇总.pdf", "interest_statement")
    p.title("江苏银行 贷款结息回单（汇总打印）", 14)
    p.para(f"借款人：{APP}    合同号：JSB-WX-2021-0510-338    本金：20,000,000.00元    年利率4.20%", 9, indent=False)
    p.table([["结息日", "计息天数", "利息（元）", "扣款账户"]] + [[d, str(dd), yuan(x), "3201 8800 0263 7"] for d, dd, x in B],
            [1.6, 1, 1.8, 2.2], 9)
    p.seal("江苏银行无锡分行 业务专用章", y=p.y - 30)
    p.save()
    # invoices, contracts, vouchers
    buyer = party(APP, CODE, "江苏省无锡市", "中国银行", "4852 7719 0263 0001")
    s1 = party("秦川精密机床（苏州）有限公司", uscc("320505", "66823017"), "江苏省苏州市")
    s2 = party("上海聚齿测量技术有限公司", uscc("310115", "70123458"), "上海市浦东新区")
    s3 = party("无锡数衡软件有限公司", uscc("320214", "61047735"), "江苏省无锡市")
    pk.paper_invoice("五、票据/增值税专用发票_01893347.pdf", code="3200212130", number="01893347", date="2021-03-15",
                     buyer=buyer, seller=s1, items=[("*金属加工机械*数控成形磨齿机", "QM-400", "台", 2, 6_380_000.00, 0.13)])
    pk.e_invoice("五、票据/电子发票_21312000000088264017.pdf", number="21312000000088264017", date="2021-09-10",
                 buyer=buyer, seller=s2, items=[("*仪器仪表*齿轮测量中心", "GMC-650", "台", 1, 2_168_000.00, 0.13)])
    pk.e_invoice("五、票据/电子发票_21322000000097120553.pdf", number="21322000000097120553", date="2021-11-30",
                 buyer=buyer, seller=s3, items=[("*软件*MES制造执行系统", "", "套", 1, 1_486_400.00, 0.13),
                                                ("*软件*QMS质量管理系统", "", "套", 1, 700_000.00, 0.13)])
    contract_docx(pk, "五、票据/合同-秦川磨齿机.docx", title="设备买卖合同", buyer=APP, seller=s1[0],
                  items=[("数控成形磨齿机", "QM-400", 2, 7_209_400.00)], sign_date="2021-01-08")
    contract_docx(pk, "五、票据/合同-数衡软件.docx", title="软件购销及实施合同", buyer=APP, seller=s3[0],
                  items=[("MES制造执行系统", "V6", 1, 1_679_632.00), ("QMS质量管理系统", "V2", 1, 791_000.00)],
                  sign_date="2021-06-15")
    payer = (APP, "4852 7719 0263 0001", "中国银行无锡新吴支行")
    receipt(pk, "五、票据/回单-20210318.pdf", bank="中国银行", no="BOC2021031800417", date="2021-03-18", payer=payer,
            payee=(s1[0], "3220 1987 6654 0021", "建设银行苏州工业园区支行"), amount=7_209_400.00, memo="磨齿机货款")
    receipt(pk, "五、票据/回单-20210915.pdf", bank="中国银行", no="BOC2021091500288", date="2021-09-15", payer=payer,
            payee=(s2[0], "0310 5566 2200 1", "招商银行上海张江支行"), amount=2_449_840.00, memo="测量中心货款")
    receipt(pk, "五、票据/回单-20211206.pdf", bank="中国银行", no="BOC2021120600913", date="2021-12-06", payer=payer,
            payee=(s3[0], "3201 7788 1002 5", "江苏银行无锡分行"), amount=2_470_632.00, memo="MES QMS软件款")
    letter(pk, "六、手续/备案证.pdf", "project_filing", unit="无锡市新吴区行政审批局", title="江苏省投资项目备案证",
           paras=[("table", [["项目代码", "2012-320214-89-02-537710"], ["项目名称", PRJ], ["法人单位", APP],
                             ["总投资", "2600万元"], ["建设内容", "购置磨齿机、车铣复合中心、测量中心等设备，建设MES/QMS"]],
                   [1.4, 5])], date="2020-12-28")
    letter(pk, "六、手续/关于项目环评能评手续的说明.pdf", "procedure_exemption", unit=REC, title="情况说明", paras=[
        f"{APP}“{PRJ}”利用现有厂房购置设备和软件，不新增用地和产能，依据《建设项目环境影响评价分类管理名录》"
        "及节能审查有关规定，无需办理环境影响评价和节能审查手续。", "特此说明。"], date="2022-12-06")
    licence_pdf(pk, "六、手续/营业执照.pdf", name=APP, code=CODE, kind="股份有限公司（非上市）", rep="陈铂睿",
                capital="5,800万元整", founded="2012-03-26", address="无锡市新吴区锡兴路56号",
                scope="齿轮、减速机及精密传动部件的研发、制造、销售。", term="2012年3月26日至长期",
                issuer="无锡市行政审批局", issue_date="2021-08-19")
    recommend(pk, "推荐函.pdf", unit=REC, app=APP, project=PRJ, cat_cn="专精特新中小企业能力提升项目", date="2022-12-08")
    it, n = pk.invoice_figures()
    figs = base_figs(APP, CODE, REC) | {"hw_sw_investment": HW, "loan_interest": LI, "invoice_total": it,
                                        "invoice_count": n}
    pk.expected("eligible", figs, 500.0, [],
                f"Combined cap: hw/sw 2,161.30 (audit, 元 + 大写; a 2022-07-08 invoice excluded) × 20% = 432.26 plus bank "
                f"interest {LI:.2f} (6 BOC settlements 2021-03-21..2022-06-21 from a JPEG photo + 5 江苏银行 settlements; the "
                f"2020-12-21 and 2022-09-21 ones are outside) × 40% = {LI * 0.4:.2f}; sum {sub_raw:.2f} → cap 500. The audit "
                "mentions a 2020年度 grant of this fund (received 2020-11) and a 2021 municipal grant: neither is 2021-2022 "
                "support from this fund. 小巨人 2021, valid to 2024-12 (JPEG photo).")


# ======================================================================================= h05
def h05():
    pk = Packet("h05", "specialized-sme", True)
    APP, CODE, REC = "南通钧泰纺织机械有限公司", uscc("320682", "60518247"), "南通市工业和信息化局"
    PRJ = "经编机关键部件智能化产线升级项目"
    hw = [("高速经编机槽针加工中心", 3_286_000.00), ("梳栉激光焊接工作站", 1_742_000.00),
          ("在线视觉检测系统", 968_000.00), ("ERP/MES一体化软件", 1_104_000.00), ("工业互联网云平台服务", 326_000.00)]
    hwt = sum(a for _, a in hw)
    assert hwt == 7_426_000.00
    L = quarterly_interest(25_000_000, 0.041, "2020-12-01",
                           ["2020-12-21", "2021-03-21", "2021-06-21", "2021-09-21", "2021-12-21", "2022-03-21", "2022-06-21"])
    li = sum(x for d, _, x in L if in_window(d))
    LI = round(li / 10000, 6)
    assert 742.60 + LI >= 800
    files = ["1.项目申报表", "2.绩效目标申报表", "3.小巨人证书", "4.专项审计报告", "5.投入明细清单", "6.发票", "7.合同",
             "8.银行付款凭证", "9.借款合同", "10.银行利息单", "11.手续说明", "12.营业执照"]
    app_form(pk, "01项目申报表.pdf", [
        ["项目名称", PRJ, "", ""], ["申报单位", APP, "统一社会信用代码", CODE], ["推荐单位", REC, "所属行业", "纺织专用设备制造"],
        ["新增软硬件投入（万元）", "742.60", "贷款利息（万元）", f"{LI:.2f}"],
        ["合计（万元）", f"{742.60 + LI:.2f}", "申请补助（万元）", f"{742.60 * 0.2 + LI * 0.4:.2f}"],
    ], tail=["附件清单：" + "；".join(files) + "。"], as_pdf=True, seal=APP, date="2022-12-10")
    perf_form(pk, "02绩效目标申报表.docx", annex="1-14", title="专精特新中小企业能力提升项目绩效目标申报表", name=PRJ,
              rec=REC, app=APP, start="2021年1月", end="2022年6月", goal="建成经编机关键部件智能产线。",
              rows=[["效益指标", "经济效益", "项目总投入（万元）", f"{742.60 + LI:.2f}"]])
    letter(pk, "03小巨人证书.pdf", "designation_certificate", unit="江苏省工业和信息化厅", title="江苏省专精特新小巨人企业证书",
           paras=[f"{APP}：", "经企业申报、地方推荐、专家评审，你单位被认定为2020年度江苏省专精特新小巨人企业（制造类），有效期三年"
                  "（2020年12月至2023年12月）。"], date="2020-12-30")
    p = pk.pdf("04专项审计报告.pdf", "audit_report")
    p.title("专项审计报告", 16)
    p.para("通诚专审〔2022〕第306号", 10, indent=False, align="center")
    p.para(f"经审计，{APP}2021年1月1日至2022年6月30日新增软硬件投入（不含税）合计{yuan(hwt)}元（{daxie(hwt)}），"
           f"已全部通过银行转账支付，付款凭证详见申报材料附件8；同期实际支付中国农业银行如皋支行贷款利息{yuan(li)}元。")
    p.table([["项目", "不含税金额（元）"]] + [[n, yuan(a)] for n, a in hw] + [["合计", yuan(hwt)]], [4, 2], 10)
    p.gap(14)
    p.para("南通通诚会计师事务所有限公司  2022年11月25日", indent=False, align="right")
    p.seal("南通通诚会计师事务所", x=p.right - 70, y=p.y + 30)
    p.save()
    p = pk.pdf("05投入明细清单.pdf", "other")
    p.title("新增软硬件投入明细清单", 14)
    p.table([["序号", "名称", "合同号", "发票号", "不含税金额（元）", "付款日期"]] +
            [[str(i), n, f"JT-HT-21{i:03d}", f"{30000000 + hash_(n) % 9999999:08d}", yuan(a), d]
             for i, ((n, a), d) in enumerate(zip(hw, ["2021-04-12", "2021-06-03", "2021-08-26", "2021-10-15", "2022-03-02"]), 1)] +
            [["", "合计", "", "", yuan(hwt), ""]], [0.5, 2.6, 1.3, 1.2, 1.5, 1.2], 8.5)
    p.save()
    buyer = party(APP, CODE, "江苏省如皋市", "中国农业银行", "1071 2301 0400 1188 6")
    pk.paper_invoice("06发票/发票-槽针加工中心.pdf", code="3200211130", number="55308216", date="2021-04-09", buyer=buyer,
                     seller=party("宁波海锐数控设备有限公司", uscc("330212", "68824101"), "浙江省宁波市"),
                     items=[("*金属加工机械*槽针加工中心", "HR-CZ8", "台", 2, 3_286_000.00, 0.13)], province="浙江")
    pk.paper_invoice("06发票/发票-激光焊接.pdf", code="3200211130", number="55308904", date="2021-06-01", buyer=buyer,
                     seller=party("苏州锐焊激光科技有限公司", uscc("320506", "57128834"), "江苏省苏州市"),
                     items=[("*专用设备*梳栉激光焊接工作站", "RH-LW3", "套", 2, 1_742_000.00, 0.13)])
    pk.e_invoice("06发票/发票-ERP MES.pdf", number="21322000000061250377", date="2021-10-14", buyer=buyer,
                 seller=party("南京普诺信息技术有限公司", uscc("320106", "72281139"), "江苏省南京市"),
                 items=[("*软件*ERP/MES一体化软件", "", "套", 1, 1_104_000.00, 0.13)])
    contract_docx(pk, "07合同/槽针加工中心采购合同.docx", title="设备采购合同", buyer=APP, seller="宁波海锐数控设备有限公司",
                  items=[("槽针加工中心", "HR-CZ8", 2, 3_713_180.00)], sign_date="2021-02-20")
    contract_docx(pk, "07合同/激光焊接工作站采购合同.docx", title="设备采购合同", buyer=APP, seller="苏州锐焊激光科技有限公司",
                  items=[("梳栉激光焊接工作站", "RH-LW3", 2, 1_968_460.00)], sign_date="2021-03-30")
    contract_docx(pk, "07合同/软件实施合同.docx", title="软件许可及实施合同", buyer=APP, seller="南京普诺信息技术有限公司",
                  items=[("ERP/MES一体化软件", "许可+实施", 1, 1_247_520.00)], sign_date="2021-07-06")
    pk.docx("09借款合同.docx", "loan_contract", "流动资金借款合同", [
        ("p", f"借款人：{APP}"), ("p", "贷款人：中国农业银行股份有限公司如皋支行"),
        ("p", "借款金额：人民币2,500万元；期限三年，自2020年12月1日起；年利率4.10%，按季结息，每季末月21日为结息日。"),
        ("p", "签订日期：2020年11月30日")])
    p = pk.pdf("10银行利息单.pdf", "interest_statement")
    p.title("中国农业银行 贷款利息通知单（合并打印）", 14)
    p.para(f"借款人：{APP}    借款合同号：32010120200003316    本金：25,000,000.00元", 9, indent=False)
    p.table([["结息日", "天数", "年利率", "利息金额（元）"]] + [[d, str(dd), "4.10%", yuan(x)] for d, dd, x in L],
            [1.6, 1, 1, 2], 9)
    p.seal("中国农业银行如皋支行 业务专用章", y=p.y - 30)
    p.save()
    letter(pk, "11手续说明.pdf", "procedure_exemption", unit=REC, title="关于项目相关手续的说明", paras=[
        f"{APP}“{PRJ}”为设备购置及软件升级项目，不新增用地和产能，无需办理项目备案、环评及节能审查手续。"],
        date="2022-12-08")
    licence_pdf(pk, "12营业执照.pdf", name=APP, code=CODE, kind="有限责任公司", rep="邵钧泰", capital="3,200万元整",
                founded="2008-10-21", address="如皋市经济技术开发区海阳南路9号", scope="纺织机械及配件制造、销售。",
                term="2008年10月21日至长期", issuer="如皋市市场监督管理局", issue_date="2020-05-06")
    it, n = pk.invoice_figures()
    figs = base_figs(APP, CODE, REC) | {"hw_sw_investment": 742.60, "loan_interest": LI, "invoice_total": it,
                                        "invoice_count": n}
    pk.expected("incomplete", figs, None, [{"kind": "missing", "document": "payment_voucher"}],
                f"hw/sw 742.60 + interest {LI:.2f} (6 settlements in the window; the 2020-12-21 one is outside) = "
                f"{742.60 + LI:.2f} ≥ 800, 小巨人 valid, exemption letter present. But the guide requires the 专审报告 "
                "“并附发票、合同、银行付款凭证及…明细清单”: the packet has invoices, contracts and the list, the 申报表 lists "
                "“8.银行付款凭证” and the audit refers to them (“详见申报材料附件8”), yet no payment voucher is in the packet.")


# ======================================================================================= h06
def h06():
    pk = Packet("h06", "core-tech", False)
    APP, CODE, REC = "江苏矽衡微电子有限公司", uscc("320115", "57309126"), "南京市工业和信息化局"
    PRJ = "车规级功率驱动与功能安全监控SoC芯片工程化攻关"
    fee = [("材料费", 8_460_000), ("流片及试制费", 14_280_000), ("测试验证及AEC-Q100认证费", 5_160_000),
           ("人员人工费用", 11_520_000), ("外聘研发人员劳务费", 680_000), ("EDA软件摊销", 2_340_000),
           ("知识产权申请及代理费", 420_000), ("差旅、会议及其他费用", 1_060_000)]
    cap = [("研发测试设备（ATE测试机、老化箱）", 11_600_000), ("外购IP核", 2_680_000)]
    done = [1_736_000, 3_420_000, 0, 3_960_000, 150_000, 585_000, 82_000, 210_000, 2_222_000, 0]
    tf, tc = sum(a for _, a in fee), sum(a for _, a in cap)
    assert tf + tc == 58_200_000 and sum(done) == 12_365_000
    RD = 5820.00
    pk.docx("01 申报书（关键核心技术攻关）.docx", "application_form", "2023年度江苏省关键核心技术（装备）工程化攻关项目申报书", [
        ("t", [["项目名称", PRJ], ["申报单位", APP], ["统一社会信用代码", CODE], ["推荐单位", REC],
               ["所属集群及攻关方向", "集成电路与新型显示集群——应用于汽车动力和安全系统的车规级芯片（附件1-26第39项，可放宽攻关时间不超过2年）"],
               ["项目实施期", "2022年7月1日至2025年12月31日"],
               ["项目总投资", "0.645亿元（含2022年1—6月前期研发投入630万元）"],
               ["自2022年7月1日起新增研发投入", "5,820万元（全部为申报单位自有及自筹资金，合作单位东南理工大学自筹投入不计入）"],
               ["申请补助", "1,746万元"]]),
        ("h", "一、研发基础"),
        ("p", "公司已量产车规级栅极驱动芯片3款，拥有授权发明专利17项、集成电路布图设计登记23项，通过IATF 16949质量体系认证。"),
        ("h", "二、攻关目标"),
        ("p", "研制满足ISO 26262 ASIL-D要求的功率驱动与功能安全监控SoC，通过AEC-Q100 Grade 0认证，在3家整车/Tier1客户导入。"),
        ("h", "三、实施期说明"),
        ("p", "车规级芯片需完成流片、可靠性验证和整车验证三个阶段，验证周期长。按照指南附件1-26第39项“可放宽攻关时间不超过2年”"
              "的规定，项目攻关任务于2025年12月31日前完成。"),
        ("h", "四、研发投入预算（单位：元）"),
        ("t", [["类别", "科目", "预算金额", "其中2022年7—12月已发生"]] +
              [["费用化支出", n, yuan(a), yuan(d)] for (n, a), d in zip(fee, done[:8])] +
              [["资本化支出", n, yuan(a), yuan(d)] for (n, a), d in zip(cap, done[8:])] +
              [["", "合计", yuan(tf + tc), yuan(sum(done))]]),
        ("p", "注：公司已设立攻关项目辅助账，对研发投入实行专账管理。"),
        ("r", f"申报单位（盖章）：{APP}"), ("r", "2022年12月12日")])
    perf_form(pk, "02 绩效目标申报表（附件1-12）.pdf", annex="1-12", title="关键核心技术（装备）工程化攻关项目绩效目标申报表",
              name=PRJ, rec=REC, app=APP, start="2022年7月", end="2025年12月", goal="完成车规级SoC芯片工程化攻关并实现量产导入。",
              rows=[["产出指标", "数量指标", "解决关键技术难点数（个）", "6"],
                    ["产出指标", "数量指标", "新增授权知识产权数量（个）", "15"],
                    ["效益指标", "经济效益", "项目研发投入（万元）", "5,820"],
                    ["效益指标", "社会效益", "攻关成果应用项目数量（个）", "3"]], as_pdf=True)
    lic = scan_page(licence_lines(name=APP, code=CODE, kind="有限责任公司（自然人投资或控股）", rep="林矽衡",
                                  capital="1.2亿元整", founded="2015-07-09", address="南京市江宁区秣周东路12号",
                                  scope="集成电路设计、销售；半导体器件研发；技术服务。", term="2015年7月9日至长期",
                                  issuer="南京市江宁区市场监督管理局", issue_date="2022-03-01"),
                    seed=606, seal="南京市江宁区市场监督管理局", border=True)
    pk.scan_pdf("03 营业执照（扫描件）.pdf", "business_license", [lic])
    p = pk.pdf("04 知识产权清单.pdf", "other")
    p.title("与攻关项目相关的自主知识产权清单", 14)
    p.table([["序号", "名称", "类型", "号码", "授权日"]] +
            [[str(i), f"一种车规级栅极驱动{t}", k, f"ZL2019{10000000 + i * 7331}.{i % 10}", f"2021-{(i % 12) + 1:02d}-15"]
             for i, (t, k) in enumerate([("电路", "发明"), ("保护方法", "发明"), ("芯片", "发明"), ("监测电路", "实用新型"),
                                         ("版图", "布图设计"), ("隔离结构", "发明")], 1)], [0.5, 3, 1, 2, 1.2], 9)
    p.save()
    pk.docx("05 产学研合作协议.docx", "contract", "技术开发合作协议", [
        ("p", f"甲方：{APP}    乙方：东南理工大学"),
        ("p", "双方就车规级功率驱动SoC功能安全架构开展联合攻关，乙方自筹投入480万元，甲方另向乙方支付技术开发费320万元"
              "（已含在甲方研发投入预算“外聘研发人员劳务费”及“流片及试制费”中）。"),
        ("p", "合作期限：2022年7月1日至2025年12月31日。"), ("p", "签订日期：2022年6月20日")])
    recommend(pk, "06 推荐函.pdf", unit=REC, app=APP, project=PRJ, cat_cn="关键核心技术（装备）工程化攻关项目", date="2022-12-14")
    figs = base_figs(APP, CODE, REC) | {"rd_investment": RD, "start_date": "2022-07-01", "completion_date": "2025-12-31"}
    pk.expected("eligible", figs, 1746.0, [],
                "Detect core-tech from the 申报书 title and 附件1-12. New R&D from 2022-07-01 funded by the applicant = 5,820 "
                "(DOCX table in 元; 0.645亿元 incl. 630 spent before July and the 1,236.50 already spent in 2022-07..12 are "
                "distractors; university's own 480 not counted). Ends 2025-12-31, after 2024 and 3.5 years long — but the "
                "direction is 附件1-26 #39 车规级芯片 “可放宽攻关时间不超过2年”, so up to end-2026 / 5 years is allowed. "
                "30% = 1,746 (cap 3,000). 营业执照 is an image-only scan.")


# ======================================================================================= h07
def h07():
    pk = Packet("h07", "data-productization", True)
    APP, CODE, REC = "徐州云矿数据科技有限公司", uscc("320311", "69054318"), "徐州市工业和信息化局"
    PRJ = "矿山装备工业大数据分析与预测性维护平台"
    rows = [("服务器、存储及GPU计算设备", 5_836_000.00), ("数据采集网关及传感终端", 2_412_500.00),
            ("大数据平台软件及算法模型开发", 4_286_000.00), ("云资源及网络费用", 1_318_000.00),
            ("调试安装", 896_000.00), ("咨询、设计、检测、评价", 1_495_000.00)]
    tot = sum(a for _, a in rows)
    assert tot == 16_243_500.00
    app_form(pk, "附件1_项目入库申报表.docx", [
        ["项目名称", PRJ, "项目类别", "数据产品化项目（工业大数据应用）"],
        ["申报单位", APP, "统一社会信用代码", CODE], ["推荐单位", REC, "", ""],
        ["企业库入库情况", "已入省工信厅大数据企业库（入库证明见附件7）", "示范项目", "2021年度省级大数据应用示范项目（见附件6）"],
        ["开始时间", "2021年2月1日", "完工时间", "2022年3月25日"],
        ["项目总投入（万元）", "1,624.35", "申请补助（万元）", "324.87"],
        ["是否获得过本专项资金支持", "否", "", ""],
    ], tail=["附件：1.申报表 2.绩效目标表 3.专项审计报告 4.验收意见 5.营业执照 6.示范项目名单 7.企业库入库证明 8.发票 9.推荐函"],
        seal=APP, date="2022-12-07")
    perf_form(pk, "附件2_绩效目标申报表（附件1-11）.docx", annex="1-11", title="数据产品化项目绩效目标申报表", name=PRJ,
              rec=REC, app=APP, start="2021年2月", end="2022年3月", goal="形成矿山装备预测性维护数据产品。",
              rows=[["产出指标", "数量指标", "项目服务客户数或用户数（个）", "46"],
                    ["效益指标", "经济效益", "项目总投入（万元）", "1,624.35"]])
    p = pk.pdf("附件3_专项审计报告.pdf", "audit_report")
    p.title("项目投入专项审计报告", 15)
    p.para("徐淮会审〔2022〕第0518号", 10, indent=False, align="center")
    p.para(f"经审计，{APP}“{PRJ}”于2021年2月1日开始建设，2022年3月25日完工，项目总投入（不含税）{yuan(tot)}元，"
           f"大写{daxie(tot)}。明细如下（单位：元）：")
    p.table([["类别", "不含税金额"]] + [[n, yuan(a)] for n, a in rows] + [["合计", yuan(tot)]], [4, 2], 10)
    p.gap(14)
    p.para("徐州徐淮会计师事务所有限公司  2022年10月31日", indent=False, align="right")
    p.seal("徐州徐淮会计师事务所", x=p.right - 70, y=p.y + 30)
    p.save()
    letter(pk, "附件4_验收意见.pdf", "acceptance_opinion", unit=REC, title="项目验收意见", paras=[
        f"2022年7月18日，徐州市工业和信息化局组织专家对{APP}“{PRJ}”进行验收。项目于2022年3月25日完工，"
        "完成投资1,624.35万元，形成矿山装备预测性维护数据产品1套，服务客户46家。", "验收组同意该项目通过验收。"],
           date="2022-07-18")
    licence_pdf(pk, "附件5_营业执照.pdf", name=APP, code=CODE, kind="有限责任公司", rep="孟云矿", capital="2,000万元整",
                founded="2016-11-02", address="徐州市泉山区软件园路6号", scope="大数据服务；软件开发；信息系统集成服务。",
                term="2016年11月2日至长期", issuer="徐州市泉山区市场监督管理局", issue_date="2021-01-12")
    letter(pk, "附件6_2021年度省级大数据应用示范项目名单.pdf", "designation_certificate", unit="江苏省工业和信息化厅",
           doc_no="苏工信软件〔2021〕455号", title="关于公布2021年度江苏省大数据应用示范项目名单的通知",
           to="各设区市工业和信息化局：", paras=["经评审和公示，确定以下项目为2021年度江苏省大数据应用示范项目：",
                                        ("table", [["序号", "项目名称", "申报单位"],
                                                   ["1", "城市排水管网大数据监测平台", "南京河清数据有限公司"],
                                                   ["2", "纺织印染能耗大数据平台", "苏州织云信息科技有限公司"],
                                                   ["3", PRJ, APP],
                                                   ["4", "港口物流数据服务平台", "连云港港信数据科技有限公司"],
                                                   ["5", "医药冷链追溯大数据平台", "泰州医云信息技术有限公司"]],
                                         [0.5, 3.4, 2.8])], date="2021-10-15")
    buyer = party(APP, CODE, "江苏省徐州市")
    pk.paper_invoice("附件8_发票/服务器及GPU.pdf", code="3200211130", number="44197082", date="2021-05-12", buyer=buyer,
                     seller=party("南京曙算信息系统有限公司", uscc("320105", "62914473"), "江苏省南京市"),
                     items=[("*计算机*GPU计算服务器", "SS-G8", "台", 8, 3_936_000.00, 0.13)])
    pk.e_invoice("附件8_发票/平台软件开发.pdf", number="22322000000004418926", date="2022-01-14", buyer=buyer,
                 seller=party("徐州矿软信息技术有限公司", uscc("320311", "74120958"), "江苏省徐州市"),
                 items=[("*信息技术服务*算法模型开发服务", "", "项", 1, 2_380_000.00, 0.06)])
    recommend(pk, "附件9_推荐函.pdf", unit=REC, app=APP, project=PRJ, cat_cn="数据产品化项目", date="2022-12-09")
    it, n = pk.invoice_figures()
    figs = base_figs(APP, CODE, REC) | {"total_investment": 1624.35, "start_date": "2021-02-01",
                                        "completion_date": "2022-03-25", "acceptance_date": "2022-07-18",
                                        "invoice_total": it, "invoice_count": n}
    pk.expected("incomplete", figs, None, [{"kind": "missing", "document": "designation_certificate"}],
                "Everything that is in the packet passes (1,624.35 ≥ 1,000; completed 2022-03-25; accepted 2022-07-18 by the "
                "recommending unit; 2021 示范项目 list names the applicant and project). But the first condition has two parts "
                "and the packet proves only one: the 申报表 says the 企业库 proof is 附件7, and the files jump from 附件6 to "
                "附件8 — no evidence of 入省工信厅云计算、大数据、区块链企业库. Incomplete.")


# ======================================================================================= h08
def h08():
    pk = Packet("h08", "merger-acquisition", True)
    APP, CODE, REC = "扬州恒帆船舶配套股份有限公司", uscc("321012", "75038164"), "扬州市工业和信息化局"
    PRJ = "恒帆船舶配套产业链并购整合项目"
    T1, C1 = "镇江润舟船用阀门有限公司", uscc("321191", "68430297")
    T2, C2 = "泰州海晟推进器制造有限公司", uscc("321204", "56207813")
    app_form(pk, "01-申报表.docx", [
        ["项目名称", PRJ, "项目类别", "企业重大兼并重组项目"],
        ["发起方", APP, "统一社会信用代码", CODE], ["推荐单位", REC, "", ""],
        ["并购标的一", f"{T1}65%股权", "出资额（现金）", "3,250万元（工商变更2021年9月14日）"],
        ["并购标的二", f"{T2}70%股权", "出资额（现金）", "2,880万元（工商变更2022年4月20日）"],
        ["合并计算出资额", "6,130万元", "申请补助", "306.50万元"],
    ], tail=["说明：根据指南“发起方为同一企业的，完成的多个并购项目出资额可合并计算”，本次申报将两个并购项目合并计算。"],
        seal=APP, date="2022-12-05")
    perf_form(pk, "02-绩效目标申报表(附件1-13).docx", annex="1-13", title="企业重大兼并重组项目绩效目标申报表", name=PRJ,
              rec=REC, app=APP, start="2021年7月", end="2022年4月", goal="整合船用阀门及推进器产能，形成船舶配套产业链。",
              rows=[["效益指标", "经济效益", "项目总投入（万元）", "6,130"],
                    ["产出指标", "时效指标", "兼并重组完成及时率（%）", "100"]])
    pk.docx("03-股权转让协议（润舟阀门）.docx", "contract", "股权转让协议", [
        ("p", f"转让方：镇江金润投资有限公司（持有{T1}65%股权）"), ("p", f"受让方：{APP}"),
        ("p", f"转让方将其持有的{T1}65%股权以人民币3,250万元转让给受让方，受让方以现金分两期支付：协议生效后10个工作日内支付"
              "1,950万元，工商变更登记完成后10个工作日内支付1,300万元。"),
        ("p", "本次转让完成后，受让方持有目标公司65%股权，自然人股东周润舟持有35%。"), ("p", "签订日期：2021年7月26日")])
    p = pk.pdf("04-股权转让协议（海晟推进器）.pdf", "contract")
    p.title("股权转让协议", 16)
    p.para(f"甲方（转让方）：上海海晟实业有限公司    乙方（受让方）：{APP}    目标公司：{T2}", indent=False)
    p.para(f"甲方同意将持有的目标公司70%股权转让给乙方，转让价款为人民币贰仟捌佰捌拾万元整（¥28,800,000.00），乙方以货币资金支付。"
           "转让完成后乙方持股70%，甲方持股30%。")
    p.para("签订日期：2022年2月18日", indent=False, align="right")
    p.save()
    # 变更通知书 1 — scan
    sc = scan_page([("准予变更登记通知书", 48, "center"), ("（镇）登记内变核字〔2021〕第09140021号", 24, "center"), "",
                    f"{T1}：", f"经审查，提交的股东（投资人）变更登记申请材料齐全，符合法定形式，我局决定准予变更登记。",
                    "变更前股东：镇江金润投资有限公司 65%；周润舟 35%",
                    f"变更后股东：{APP} 65%；周润舟 35%", "",
                    ("镇江市市场监督管理局", 30, "right"), ("2021年9月14日", 30, "right")],
                   seed=808, seal="镇江市市场监督管理局")
    pk.scan_pdf("05-变更登记通知书/润舟阀门-准予变更登记通知书.pdf", "other", [sc])
    letter(pk, "05-变更登记通知书/海晟推进器-准予变更登记通知书.pdf", "other", unit="泰州市高港区市场监督管理局",
           title="准予变更登记通知书", paras=[f"{T2}：", "经审查，你单位提交的股东变更登记申请材料齐全，符合法定形式，准予变更登记。",
                                          f"变更后股东及出资比例：{APP} 70%；上海海晟实业有限公司 30%。"], date="2022-04-20")
    p = pk.pdf("06-并购出资专项审计报告.pdf", "audit_report")
    p.title("关于扬州恒帆船舶配套股份有限公司并购出资情况的专项审计报告", 13)
    p.para("扬信专审〔2022〕第129号", 10, indent=False, align="center")
    p.para(f"我们审计了{APP}2021年1月1日至2022年6月30日期间实施的股权并购出资情况。经审计：")
    p.table([["标的公司", "取得股权比例", "现金出资（元）", "股权变更日"],
             [T1, "65%", "32,500,000.00", "2021-09-14"], [T2, "70%", "28,800,000.00", "2022-04-20"],
             ["合计", "", "61,300,000.00", ""]], [2.8, 1.2, 1.8, 1.4], 9)
    p.para("上述出资均以银行转账方式支付完毕，交易对方与贵公司不存在同一控制关系。")
    p.gap(14)
    p.para("扬州信达会计师事务所有限公司  2022年11月18日", indent=False, align="right")
    p.seal("扬州信达会计师事务所", x=p.right - 70, y=p.y + 30)
    p.save()
    payer = (APP, "1010 2233 0900 6187", "中国工商银行扬州江都支行")
    for rel, no, d, payee, amt in [("07-付款凭证/回单1.pdf", "ICBC20210805", "2021-08-05", ("镇江金润投资有限公司", "3201 6600 1234 5", "交通银行镇江分行"), 19_500_000.00),
                                   ("07-付款凭证/回单2.pdf", "ICBC20210924", "2021-09-24", ("镇江金润投资有限公司", "3201 6600 1234 5", "交通银行镇江分行"), 13_000_000.00),
                                   ("07-付款凭证/回单3.pdf", "ICBC20220301", "2022-03-01", ("上海海晟实业有限公司", "3100 4455 8800 1", "浦发银行上海分行"), 14_400_000.00),
                                   ("07-付款凭证/回单4.pdf", "ICBC20220428", "2022-04-28", ("上海海晟实业有限公司", "3100 4455 8800 1", "浦发银行上海分行"), 14_400_000.00)]:
        receipt(pk, rel, bank="中国工商银行", no=no, date=d, payer=payer, payee=payee, amount=amt, memo="股权转让款")
    licence_pdf(pk, "08-营业执照.pdf", name=APP, code=CODE, kind="股份有限公司（非上市）", rep="邱恒帆", capital="1.5亿元整",
                founded="2004-06-15", address="扬州市江都区仙城工业园恒帆路1号", scope="船舶配套设备制造、销售。",
                term="2004年6月15日至长期", issuer="扬州市市场监督管理局", issue_date="2021-02-22")
    recommend(pk, "09-推荐函.pdf", unit=REC, app=APP, project=PRJ, cat_cn="企业重大兼并重组项目", date="2022-12-08")
    figs = base_figs(APP, CODE, REC)
    pk.expected("ineligible", figs, None, [{"kind": "figure", "figure": "acquisition_amount"}],
                "Two acquisitions in the window: 65% of 润舟阀门 for 3,250 cash (变更 2021-09-14, scanned) and 70% of 海晟推进器 for "
                "2,880 cash (变更 2022-04-20); control passes in both. The applicant adds them to 6,130 ≥ 5,000. The guide lets "
                "several acquisitions be combined only if each one so combined is > 5,000万元 — neither is, so each project is "
                "below the 5,000 floor. Ineligible. No single acquisition_amount is expected (two deals; 6,130 is not a valid basis).")


# ======================================================================================= h09
def h09():
    pk = Packet("h09", "5g-iiot", True)
    APP, CODE, REC = "镇江鼎川重工机械有限公司", uscc("321102", "62815940"), "镇江市工业和信息化局"
    PRJ = "基于5G+工业互联网的起重机械全连接工厂建设项目"
    rows = [("5G工业网关、5G CPE及模组", 412.60), ("智能化改造设备（焊接机器人、AGV、数控切割）", 1_386.40),
            ("MEC边缘计算系统", 186.30), ("工业软件（MES、数字孪生、视觉质检）", 276.50), ("系统集成", 104.20),
            ("公有云资源", 57.50), ("调试安装", 148.60), ("咨询设计、检测评价", 112.40)]
    tot = round(sum(a for _, a in rows), 2)
    soft = round(276.50 + 104.20 + 57.50, 2)
    assert tot == 2684.50 and soft == 438.20
    n5g, nwifi, nlora, nwired = 318, 246, 92, 412
    assert round(n5g / (n5g + nwifi), 4) == 0.5638 and round(n5g / (n5g + nwifi + nlora), 4) == 0.4848
    app_form(pk, "申报材料/1 项目申报表.docx", [
        ["项目名称", PRJ, "申报类别", "“5G+工业互联网”融合应用项目"],
        ["申报单位", APP, "统一社会信用代码", CODE], ["推荐单位", REC, "", ""],
        ["开工时间", "2021年3月1日", "完工时间", "2022年5月20日"],
        ["项目总投入（万元）", "2,684.50", "其中软件、系统集成、公有云（万元）", "438.20"],
        ["5G应用场景数", "9个", "5G联网率", "56.38%（5G联网设备318台/无线联网设备564台）"],
        ["验收时间", "2022年9月6日", "申请补助（万元）", "268.45"],
    ], seal=APP, date="2022-12-09")
    perf_form(pk, "申报材料/2 绩效目标申报表（附件1-4）.docx", annex="1-4", title="“5G+工业互联网”融合应用项目绩效目标申报表",
              name=PRJ, rec=REC, app=APP, start="2021年3月", end="2022年5月", goal="建成5G全连接工厂。",
              rows=[["产出指标", "数量指标", "项目建设5G应用场景数（个）", "9"],
                    ["产出指标", "数量指标", "项目应用设备联网数（台）", "1068"],
                    ["产出指标", "数量指标", "项目应用设备5G方式联网数（台）", "318"],
                    ["产出指标", "数量指标", "项目搭建边缘计算节点所部署的虚拟处理器vCPU（核）", "256"],
                    ["效益指标", "经济效益", "项目总投入（万元）", "2,684.50"]])
    p = pk.pdf("申报材料/3 专项审计报告.pdf", "audit_report")
    p.title("专项审计报告", 16)
    p.para("镇诚专审〔2022〕第0277号", 10, indent=False, align="center")
    p.para(f"经审计，{APP}“{PRJ}”于2021年3月1日开工、2022年5月20日完工，项目总投入（不含税）2,684.50万元，"
           "其中工业软件、系统集成及公有云投入438.20万元。明细如下（单位：万元）：")
    p.table([["类别", "不含税金额"]] + [[n, f"{a:,.2f}"] for n, a in rows] + [["合计", f"{tot:,.2f}"]], [4, 2], 10)
    p.gap(14)
    p.para("镇江诚信会计师事务所有限公司  2022年10月20日", indent=False, align="right")
    p.seal("镇江诚信会计师事务所", x=p.right - 70, y=p.y + 30)
    p.save()
    p = pk.pdf("申报材料/4 5G网络及设备联网测试报告.pdf", "third_party_test_report", footer=True)
    p.title("检 测 报 告", 18)
    p.para("报告编号：JSHC-2022-TX-0916    委托单位：" + APP, 10, indent=False)
    p.para("检测机构：江苏泓测信息技术检测有限公司（CMA 211012345678）", 10, indent=False)
    p.para("一、5G网络覆盖：在厂区3个车间、2个堆场共布设测试点126个，5G SA网络RSRP均优于-95dBm，覆盖率100%。"
           "部署MEC边缘计算节点1套（vCPU 256核），UPF下沉至园区。")
    p.para("二、设备联网情况（截至2022年8月25日现场核查）：")
    p.table([["联网方式", "设备类别", "数量（台）", "备注"],
             ["有线（工业以太网/现场总线）", "数控机床、PLC、焊接电源等", str(nwired), ""],
             ["5G", "AGV、焊接机器人、视觉质检相机、巡检终端等", str(n5g), "5G工业网关/CPE/模组接入"],
             ["Wi-Fi 6", "手持终端、电子看板、扫码枪等", str(nwifi), "无线接入"],
             ["LoRa", "起重机结构应力、温振无线传感终端", str(nlora), "低功耗无线接入，经LoRa网关汇聚"],
             ["合计", "", str(nwired + n5g + nwifi + nlora), "全部设备已联网"]], [1.6, 2.8, 1, 2], 9)
    p.para("三、5G应用场景：经核查，项目应用工信部《5G全连接工厂建设指南》所列场景9个：协同研发设计、远程设备操控、"
           "设备协同作业、柔性生产制造、现场辅助装配、机器视觉质检、设备故障诊断、厂区智能物流、生产现场监测。")
    p.para("四、标识解析：已接入工业互联网标识解析二级节点（起重机械行业），注册标识12.6万条，实现关键零部件追溯。")
    p.gap(12)
    p.para("检测结论：该项目5G网络覆盖、MEC部署、场景应用及标识解析应用情况如上所述。", indent=False)
    p.para("江苏泓测信息技术检测有限公司  2022年8月30日", indent=False, align="right")
    p.seal("江苏泓测信息技术检测有限公司 检验检测专用章", x=p.right - 70, y=p.y + 30)
    p.save()
    letter(pk, "申报材料/5 验收意见.pdf", "acceptance_opinion", unit=REC, title="项目验收意见", paras=[
        f"2022年9月6日，镇江市工业和信息化局组织专家对{APP}“{PRJ}”进行了验收。项目于2022年5月20日完工，"
        "完成投资2,684.50万元。验收组认为项目完成了建设内容，同意通过验收。"], date="2022-09-06")
    letter(pk, "申报材料/6 备案证.pdf", "project_filing", unit="镇江市京口区行政审批局", title="江苏省投资项目备案证",
           paras=[("table", [["项目代码", "2102-321102-89-02-370114"], ["项目名称", PRJ], ["法人单位", APP],
                             ["总投资", "2800万元"]], [1.4, 5])], date="2021-02-08")
    letter(pk, "申报材料/7 关于环评和能评手续的说明.pdf", "procedure_exemption", unit=REC, title="关于项目环评、能评手续的说明",
           paras=[f"{APP}“{PRJ}”为网络及信息化改造，不新增产能，无需办理环境影响评价及节能审查手续。"], date="2022-12-07")
    buyer = party(APP, CODE, "江苏省镇江市")
    pk.paper_invoice("申报材料/8 发票/5G网关.pdf", code="3200211130", number="18830572", date="2021-06-22", buyer=buyer,
                     seller=party("南京泰联通信设备有限公司", uscc("320115", "77301925"), "江苏省南京市"),
                     items=[("*通信设备*5G工业网关", "TL-5G200", "台", 160, 2_240_000.00, 0.13),
                            ("*通信设备*5G CPE", "TL-C10", "台", 158, 1_106_000.00, 0.13)])
    pk.e_invoice("申报材料/8 发票/MEC.pdf", number="21322000000055301748", date="2021-10-11", buyer=buyer,
                 seller=party("中移（镇江）数智科技有限公司", uscc("321102", "68290413"), "江苏省镇江市"),
                 items=[("*信息技术服务*MEC边缘计算系统部署", "", "套", 1, 1_863_000.00, 0.06)])
    licence_pdf(pk, "申报材料/9 营业执照.pdf", name=APP, code=CODE, kind="有限责任公司", rep="丁鼎川", capital="8,000万元整",
                founded="2003-03-18", address="镇江市京口区丁卯桥路88号", scope="起重运输机械制造、销售、安装。",
                term="2003年3月18日至长期", issuer="镇江市市场监督管理局", issue_date="2020-09-09")
    recommend(pk, "申报材料/10 推荐函.pdf", unit=REC, app=APP, project=PRJ, cat_cn="“5G+工业互联网”融合应用项目", date="2022-12-12")
    it, n = pk.invoice_figures()
    figs = base_figs(APP, CODE, REC) | {"total_investment": 2684.50, "software_investment": 438.20,
                                        "start_date": "2021-03-01", "completion_date": "2022-05-20",
                                        "acceptance_date": "2022-09-06", "invoice_total": it, "invoice_count": n}
    pk.expected("ineligible", figs, None,
                [{"kind": "figure", "figure": "5g_wireless_ratio",
                  "alt": ["fiveg_wireless_ratio", "5g_ratio", "fiveg_ratio", "wireless_5g_ratio", "5g_connection_ratio",
                          "5g_networking_ratio", "5g_device_ratio"]}],
                "All amounts, dates, 9 scenarios, MEC and 标识解析 pass. The 5G ratio is 5G devices / all wirelessly connected "
                "devices. The 申报表 claims 56.38% = 318/(318+246), leaving out the 92 LoRa sensor terminals; the third-party "
                "test report lists them under 联网方式 LoRa (低功耗无线接入). 318/(318+246+92) = 48.48% < 50%. Ineligible.")


# ======================================================================================= h10
def h10():
    pk = Packet("h10", "talent-training", True)
    APP, CODE, REC = "南京金陵匠心职业技能培训有限公司", uscc("320104", "30871562"), "南京市工业和信息化局"
    PRJ = "2023年“英才名匠”制造业智能化改造数字化转型专题培训项目"
    classes = [("制造业企业智能化改造数字化转型（一期）", "南京", "苏南", 96), ("智能车间规划与实施", "苏州", "苏南", 88),
               ("5G全连接工厂建设实践", "无锡", "苏南", 82), ("工业数据安全与工业互联网安全防护", "常州", "苏南", 76),
               ("制造业企业智能化改造数字化转型（二期）", "扬州", "苏中", 90), ("工业大数据与人工智能应用", "南通", "苏中", 84),
               ("服务型制造模式创新", "泰州", "苏中", 72), ("制造业企业智能化改造数字化转型（三期）", "徐州", "苏北", 94),
               ("专精特新中小企业管理提升", "盐城", "苏北", 88), ("智能网联汽车传感器技术与应用", "淮安", "苏北", 80)]
    trainees = sum(c[3] for c in classes)
    assert trainees == 850 and all(c[3] >= 50 for c in classes)
    budget = [("师资费", 86.40), ("场地及设备租赁费", 58.20), ("住宿费", 62.80), ("伙食费", 31.50), ("教材资料费", 12.75),
              ("异地教学及组织管理费", 16.75)]
    bt = round(sum(a for _, a in budget), 2)
    assert bt == 268.40
    app_form(pk, "申报书/项目申报表.docx", [
        ["项目名称", PRJ, "", ""], ["项目类别", "产业人才培训项目（“英才名匠”产业人才培训）", "", ""],
        ["申报单位", APP, "统一社会信用代码", CODE], ["推荐单位", REC, "单位性质", "有限责任公司"],
        ["注册资金", "800万元", "成立时间", "2019年8月12日（前身南京市机械工业职工培训中心成立于2008年3月）"],
        ["2019—2021年营业收入（万元）", "214.60 / 612.80 / 786.40", "年均", "537.93"],
        ["近三年线下培训人次", "2019年1,086；2020年1,312；2021年1,548", "年均", "1,315"],
        ["培训总人数", str(trainees), "班次", "10个（每班4天，含报到、撤离各半天）"],
        ["总预算（万元）", f"{bt:.2f}", "申请补助（万元）", f"{bt:.2f}"],
    ], tail=["收费说明：本项目为公益性培训，不向学员收取任何费用。",
             "运营时间说明：本公司系南京市机械工业职工培训中心转企改制设立，承继原中心全部培训业务、师资团队和场地，"
             "原中心自2008年起持续开展面向工业企业的培训，合并计算运营时间已超过14年。"], seal=APP, date="2022-12-06")
    perf_form(pk, "申报书/附件1-25 绩效目标申报表.docx", annex="1-25", title="产业人才培训项目绩效目标申报表", name=PRJ,
              rec=REC, app=APP, start="2023年3月", end="2023年11月", goal="培训工业和信息产业企业人员850人。",
              rows=[["产出指标", "数量指标", "每班次培训人数下限（人）", "72"],
                    ["产出指标", "数量指标", "培训班次完成率（%）", "100"],
                    ["产出指标", "成本指标", "每人日培训费用上限（元）", "800"]])
    pk.docx("申报书/培训实施方案.docx", "other", "“英才名匠”产业人才培训实施方案", [
        ("p", "培训对象：省内工业和信息产业企业中高层管理人员、技术骨干（不含本单位及单一企业内训）。"),
        ("t", [["班次", "培训主题（附件1-27重点方向）", "举办地", "区域", "学员人数", "天数"]] +
              [[str(i), t, c, r, str(n), "4"] for i, (t, c, r, n) in enumerate(classes, 1)] +
              [["合计", "", "10个设区市", "苏南4/苏中3/苏北3", str(trainees), ""]]),
        ("h", "经费预算（万元）"),
        ("t", [["科目", "金额"]] + [[n, f"{a:.2f}"] for n, a in budget] + [["合计", f"{bt:.2f}"]])])
    lic = scan_page(licence_lines(name=APP, code=CODE, kind="有限责任公司（国有控股）", rep="金匠心", capital="800万元整",
                                  founded="2019-08-12", address="南京市秦淮区中山南路398号",
                                  scope="职业技能培训（不含需取得许可的培训）；教育咨询服务；会议及展览服务。",
                                  term="2019年8月12日至长期", issuer="南京市秦淮区市场监督管理局", issue_date="2019-08-12"),
                    seed=1010, seal="南京市秦淮区市场监督管理局", border=True)
    pk.jpeg("资质/营业执照.jpg", "business_license", photo(lic, 1011, angle=2.0))
    rep = scan_page([("南京市机械冶金工业国有资产管理办公室", 34, "center"),
                     ("关于南京市机械工业职工培训中心转企改制的批复", 36, "center"), ("宁机国资〔2019〕27号", 24, "center"), "",
                     "南京市机械工业职工培训中心：",
                     "你中心《关于转企改制的请示》收悉。经研究，同意你中心整体转制为有限责任公司，公司名称为南京金陵匠心职业技能"
                     "培训有限公司。原中心的培训业务、在编人员、资产和债权债务由改制后的公司承继。改制完成后，原中心事业单位"
                     "法人依法注销。",
                     "原中心成立于2008年3月，改制前为差额拨款事业单位。", "", "此复。", "",
                     ("南京市机械冶金工业国有资产管理办公室", 28, "right"), ("2019年6月18日", 28, "right")],
                    seed=1012, seal="南京市机械冶金工业国有资产管理办公室")
    pk.scan_pdf("资质/转企改制批复.pdf", "other", [rep])
    p = pk.pdf("资质/2019-2021年度审计报告（摘要）.pdf", "audit_report")
    p.title("2019—2021年度财务报表审计报告（摘要）", 14)
    p.para(f"被审计单位：{APP}", indent=False)
    p.table([["年度", "审计报告文号", "营业收入（元）", "备注"],
             ["2019年", "宁恒审〔2020〕0142号", "2,146,000.00", "2019年8月12日至12月31日"],
             ["2020年", "宁恒审〔2021〕0098号", "6,128,000.00", ""],
             ["2021年", "宁恒审〔2022〕0117号", "7,864,000.00", ""]], [1, 2.2, 1.8, 2.4], 9)
    p.para("三年营业收入合计16,138,000.00元，年均5,379,333.33元。")
    p.para("南京恒信会计师事务所有限公司", indent=False, align="right")
    p.seal("南京恒信会计师事务所", y=p.y - 10)
    p.save()
    p = pk.pdf("资质/近三年培训业绩.pdf", "other")
    p.title("近三年承接政府部门培训项目及培训人次", 14)
    p.table([["年度", "委托单位", "项目", "线下人次"],
             ["2019", "南京市工业和信息化局", "智能制造专题研修班（1—7月由原中心承办）", "1,086"],
             ["2020", "南京市工业和信息化局、南京市人社局", "两化融合、智能制造专题培训", "1,312"],
             ["2021", "江苏省工业和信息化厅、南京市工信局", "“英才名匠”专题培训等", "1,548"]], [0.8, 2.4, 3, 1], 9)
    p.save()
    recommend(pk, "推荐函.pdf", unit=REC, app=APP, project=PRJ, cat_cn="“英才名匠”产业人才培训项目", date="2022-12-12")
    figs = base_figs(APP, CODE, REC)
    pk.expected("needs_review", figs, None, [{"kind": "document", "document": "business_license"}],
                "All counts pass (850 trainees, 10 classes ≥ 50, 4 days, 10 cities, 苏南/苏中/苏北; free; 注册资金 800; average "
                "revenue 537.93 by audit; 1,315 人次/year). The hinge is “注册运营时间…不低于3年（截至2022年6月30日）”: the "
                "licence (JPEG photo) shows 成立 2019-08-12 — 2 years 10 months — but the company is the 转企改制 successor of a "
                "事业单位 training centre operating since 2008 (scanned 批复). Whether the predecessor's years count is a policy "
                "question the guide does not answer; a reviewer refers it.")


# ======================================================================================= h11
def h11():
    pk = Packet("h11", "sme-service-platform", True)
    APP, CODE, REC = "淮安智汇企业服务有限公司", uscc("320812", "67249031"), "淮安市工业和信息化局"
    PRJ = "淮安智汇中小企业公共服务示范平台能力提升项目"
    inv = [("购置服务设备、仪器（检测仪器、直播及培训设备）", 126.40), ("日常运营管理（场地租赁、平台运维、人员）", 148.75),
           ("服务中小微企业支出（诊断咨询、培训、对接活动）", 287.35)]
    excl = [("固定资产折旧", 18.60), ("业务招待费", 6.85), ("办公用房装修改造", 42.00)]
    T = round(sum(a for _, a in inv), 2)
    assert T == 562.50 and round(T + sum(a for _, a in excl), 2) == 629.95
    app_form(pk, "01_申报表.pdf", [
        ["项目名称", PRJ, "", ""], ["项目类别", "中小企业公共服务示范平台项目", "", ""],
        ["申报单位", APP, "统一社会信用代码", CODE], ["推荐单位", REC, "平台认定", "2021年度省级中小企业公共服务示范平台"],
        ["线下服务中小微企业（家）", "286", "公益性服务活动（场）", "12（其中与淮安市工信局联合开展2场）"],
        ["服务满意度", "94.6%", "免费及低收费服务占比", "34.8%"],
        ["项目投入（万元）", "562.50", "申请补助（万元）", "112.50"],
        ["以往获专项资金支持情况", "2019年度、2021年度获省中小企业公共服务示范平台专项资金支持；2020年度、2022年度未获支持", "", ""],
    ], pre=["统计期间：2021年1月1日—2022年6月30日"], as_pdf=True, seal=APP, date="2022-12-01")
    perf_form(pk, "02_附件1-23绩效目标申报表.docx", annex="1-23", title="中小企业公共服务示范平台项目绩效目标申报表", name=PRJ,
              rec=REC, app=APP, start="2021年1月", end="2022年6月", goal="提升平台服务能力，服务中小企业300家。",
              rows=[["产出指标", "数量指标", "年服务中小企业数量（个）", "300"],
                    ["产出指标", "质量指标", "公益性服务或低收费服务量占比（%）", "34.8"],
                    ["效益指标", "经济效益", "建设投入和支出总额（万元）", "562.50"],
                    ["满意度指标", "满意度", "服务对象满意度（%）", "94.6"]])
    names = ["南京紫金中小企业服务中心有限公司", "无锡惠企通服务有限公司", "徐州淮海企服科技有限公司", "常州龙城中小企业服务有限公司",
             "苏州工业园区企业发展服务中心", "南通江海企业服务有限公司", "连云港港城中小企业服务中心", APP,
             "盐城黄海科创服务有限公司", "扬州广陵企业服务有限公司", "镇江金山企服有限公司", "泰州凤城中小企业服务有限公司",
             "宿迁运河企业服务有限公司"]
    letter(pk, "03_省级示范平台认定文件.pdf", "designation_certificate", unit="江苏省工业和信息化厅",
           doc_no="苏工信中小〔2021〕389号", title="关于认定2021年度江苏省中小企业公共服务示范平台的通知",
           to="各设区市工业和信息化局：", paras=["经审核和公示，认定以下单位为2021年度江苏省中小企业公共服务示范平台，有效期三年：",
                                        ("table", [["序号", "平台运营单位"]] + [[str(i), n] for i, n in enumerate(names, 1)],
                                         [0.6, 5])], date="2021-09-26")
    p = pk.pdf("04_专项审计报告.pdf", "audit_report", footer=True)
    p.title("平台项目投入专项审计报告", 15)
    p.para("淮正专审〔2022〕第0208号", 10, indent=False, align="center")
    p.para(f"我们审计了{APP}2021年1月1日至2022年6月30日期间平台建设投入和服务中小微企业支出。经审计，上述期间贵公司"
           "平台相关支出（不含税）合计629.95万元；按照指南口径剔除固定资产折旧、业务招待费及办公用房装修改造等支出后，"
           "项目投入为562.50万元（大写：" + daxie(5_625_000) + "）。")
    p.table([["类别", "金额（万元）", "是否计入项目投入"]] + [[n, f"{a:.2f}", "是"] for n, a in inv] +
            [["小计：项目投入", f"{T:.2f}", ""]] + [[n, f"{a:.2f}", "否（指南不予计入）"] for n, a in excl] +
            [["支出总计", "629.95", ""]], [3.6, 1.4, 2], 9)
    p.para("其中免费服务及低收费服务支出占服务总支出的34.8%。")
    p.gap(14)
    p.para("淮安正大会计师事务所有限公司  2022年11月10日", indent=False, align="right")
    p.seal("淮安正大会计师事务所", x=p.right - 70, y=p.y + 30)
    p.save()
    p = pk.pdf("05_服务活动及服务企业清单.pdf", "other", footer=True)
    p.title("2021年1月—2022年6月公益性服务活动一览表", 13)
    acts = [("2021-03-18", "专精特新企业培育政策宣讲会", "淮安市工业和信息化局、本平台", 126),
            ("2021-04-22", "中小企业数字化转型诊断沙龙", "本平台", 48), ("2021-05-27", "小升规企业财税辅导", "本平台", 62),
            ("2021-07-08", "知识产权质押融资对接会", "本平台", 55), ("2021-09-16", "智能化改造现场观摩", "本平台", 71),
            ("2021-10-21", "上市培育训练营", "本平台", 40), ("2021-11-25", "中小企业品牌建设讲座", "本平台", 66),
            ("2022-01-13", "银企对接会", "本平台", 83), ("2022-03-10", "企业用工招聘专场", "本平台", 97),
            ("2022-04-14", "工业互联网平台应用推广会", "淮安市工业和信息化局、本平台", 118),
            ("2022-05-19", "产业链供需对接会", "本平台", 74), ("2022-06-16", "中小企业合规经营讲座", "本平台", 59)]
    p.table([["序号", "日期", "活动名称", "主办", "参加企业数"]] + [[str(i), *a[:3], str(a[3])] for i, a in enumerate(acts, 1)],
            [0.5, 1.1, 2.6, 2.4, 0.9], 8.5)
    p.para("线下服务中小微企业共286家（名单略，见平台服务台账），满意度调查回收问卷251份，满意及基本满意率94.6%。")
    p.save()
    licence_pdf(pk, "06_营业执照.pdf", name=APP, code=CODE, kind="有限责任公司", rep="汪智汇", capital="1,000万元整",
                founded="2014-05-20", address="淮安市清江浦区健康东路18号", scope="企业管理咨询；信息技术咨询；会议及展览服务；培训服务。",
                term="2014年5月20日至长期", issuer="淮安市清江浦区市场监督管理局", issue_date="2020-11-03")
    recommend(pk, "07_推荐函.pdf", unit=REC, app=APP, project=PRJ, cat_cn="中小企业公共服务示范平台项目", date="2022-12-07")
    figs = base_figs(APP, CODE, REC) | {"total_investment": T}
    pk.expected("eligible", figs, 112.5, [],
                "省级示范平台 2021 (valid 3 years). 2021-01-01..2022-06-30: 286 firms ≥ 200, 12 events ≥ 8 with 2 jointly with "
                "the 工信局, satisfaction 94.6% ≥ 90%, free/low-fee 34.8% ≥ 20%. 项目投入 562.50 ≥ 400 after the audit removes "
                "折旧, 招待费 and 装修 (629.95 is the distractor). Funded in 2019 and 2021, not 2022 and not 3 years running. "
                "20% = 112.50 (cap 300).")


# ======================================================================================= h12
def h12():
    pk = Packet("h12", "connected-vehicles", False)
    APP, CODE, REC = "盐城智行车联科技有限公司", uscc("320913", "70426815"), "盐城市工业和信息化局"
    PRJ = "盐城高新区车路协同与智能网联公交示范应用项目"
    rows = [("路侧感知设备（RSU、毫米波雷达、摄像机）", 13_286_000), ("路侧边缘计算单元", 2_864_000),
            ("车联网云控平台软件", 4_120_000), ("车载终端（OBU）", 3_150_000), ("云资源及网络费用", 1_682_000),
            ("调试安装", 2_416_000), ("咨询、设计、检测、评价", 1_950_000)]
    tot = sum(a for _, a in rows)
    civil = 1_835_000
    assert tot == 29_468_000
    app_form(pk, "A-申报表.docx", [
        ["项目名称", PRJ, "", ""],
        ["项目类别", "绿色化改造提升—新能源汽车推广应用—车联网示范应用项目", "", ""],
        ["项目承担单位（建设和运营主体）", APP, "统一社会信用代码", CODE], ["推荐单位", REC, "", ""],
        ["开工日期", "2021年4月6日", "完工日期", "2022年4月28日"],
        ["项目总投入（不含税）", "2,946.80万元", "申请补助", "500万元"],
        ["是否列入省车联网典型应用场景", "是（2021年智能网联公交典型应用场景）", "", ""],
    ], seal=APP, date="2022-12-05")
    perf_form(pk, "B-绩效目标申报表（附件1-19）.docx", annex="1-19", title="车联网示范应用项目绩效目标申报表", name=PRJ,
              rec=REC, app=APP, start="2021年4月", end="2022年4月", goal="建成车路协同示范道路42公里。",
              rows=[["产出指标", "数量指标", "提供应用场景数（个）", "12"],
                    ["产出指标", "数量指标", "应用服务覆盖道路里程（km）", "42"],
                    ["效益指标", "经济效益", "项目总投入（万元）", "2,946.80"]])
    p = pk.pdf("C-专项审计报告.pdf", "audit_report", footer=True)
    p.title("车联网示范应用项目投入专项审计报告", 14)
    p.para("盐瑞专审〔2022〕第177号", 10, indent=False, align="center")
    p.para(f"经审计，{APP}“{PRJ}”自2021年4月6日开工至2022年4月28日完工，累计支出（不含税）"
           f"{yuan(tot + civil)}元，其中杆件基础、管道开挖等土建支出{yuan(civil)}元不计入项目总投入；项目总投入为"
           f"{yuan(tot)}元（{daxie(tot)}）。明细如下（单位：元）：")
    p.table([["类别", "不含税金额"]] + [[n, yuan(a)] for n, a in rows] + [["项目总投入合计", yuan(tot)],
                                                                          ["土建（不计入）", yuan(civil)]], [4, 2], 10)
    p.gap(14)
    p.para("盐城瑞华会计师事务所有限公司  2022年10月12日", indent=False, align="right")
    p.seal("盐城瑞华会计师事务所", x=p.right - 70, y=p.y + 30)
    p.save()
    acc = scan_page([("盐城市工业和信息化局", 40, "center"), ("车联网示范应用项目验收意见", 40, "center"), "",
                     f"项目名称：{PRJ}", f"建设运营单位：{APP}",
                     "2022年8月12日，我局组织专家对该项目进行验收。专家组现场查看了42公里示范道路路侧设施和云控平台，"
                     "审阅了专项审计报告等资料，形成意见如下：",
                     "1. 项目于2021年4月6日开工，2022年4月28日完工，建设内容全部完成；",
                     "2. 项目总投入2,946.80万元（不含税，不含土建），部署RSU 126套、OBU 350套，开通智能网联公交线路6条；",
                     "3. 已建立运营维护机制，配备运维人员14人。", "验收组同意通过验收。", "",
                     ("盐城市工业和信息化局", 30, "right"), ("2022年8月12日", 30, "right")],
                    seed=1212, seal="盐城市工业和信息化局")
    pk.scan_pdf("D-验收意见（扫描）.pdf", "acceptance_opinion", [acc])
    buyer = party(APP, CODE, "江苏省盐城市")
    pk.paper_invoice("E-发票/RSU及雷达 02287719.pdf", code="3200211130", number="02287719", date="2021-07-19", buyer=buyer,
                     seller=party("苏州华路智能交通科技有限公司", uscc("320509", "58893320"), "江苏省苏州市"),
                     items=[("*通信设备*路侧单元RSU", "HL-R5", "套", 126, 4_536_000.00, 0.13),
                            ("*雷达设备*毫米波雷达", "HL-M79", "台", 84, 3_192_000.00, 0.13)])
    pk.e_invoice("E-发票/云控平台 22322000000019904352.pdf", number="22322000000019904352", date="2022-02-25", buyer=buyer,
                 seller=party("南京网联云控信息技术有限公司", uscc("320111", "79305514"), "江苏省南京市"),
                 items=[("*软件*车联网云控平台软件", "V2.0", "套", 1, 4_120_000.00, 0.13)])
    licence_pdf(pk, "F-营业执照.pdf", name=APP, code=CODE, kind="有限责任公司", rep="姚智行", capital="5,000万元整",
                founded="2019-02-14", address="盐城市亭湖区高新区新园路9号", scope="车联网技术服务；智能交通系统集成；软件开发。",
                term="2019年2月14日至长期", issuer="盐城市亭湖区市场监督管理局", issue_date="2020-12-01")
    recommend(pk, "G-推荐函.pdf", unit=REC, app=APP, project=PRJ, cat_cn="车联网示范应用项目", date="2022-12-08")
    it, n = pk.invoice_figures()
    figs = base_figs(APP, CODE, REC) | {"total_investment": 2946.80, "start_date": "2021-04-06",
                                        "completion_date": "2022-04-28", "acceptance_date": "2022-08-12",
                                        "invoice_total": it, "invoice_count": n}
    pk.expected("eligible", figs, 500.0, [],
                "Detect connected-vehicles from the 申报表 类别 line and 附件1-19. Total 29,468,000元 = 2,946.80 after the audit "
                "removes 土建 1,835,000 (累计 31,303,000 is a distractor) ≥ 1,000; completed 2022-04-28; acceptance 2022-08-12 by "
                "the recommending unit (image-only scan); applicant is 建设和运营主体. 20% = 589.36 → capped at 500.")


def main():
    for d in ("packets", "expected"):
        shutil.rmtree(ROOT / d, ignore_errors=True)
    for f in (h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12):
        f()


if __name__ == "__main__":
    main()
