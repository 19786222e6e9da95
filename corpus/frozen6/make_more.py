"""frozen6 packets k05..k12 (imported by make_packets.py)."""
from __future__ import annotations

import datetime as dt

import lib6 as L
from common6 import (PROMISE, S, Co, Packet, app_form_docx, contract_docx, invoice, letter_pdf, license_lines,
                     license_pdf, perf_form_docx, perf_form_pdf, receipt, recommend_letter, wan)
from lib6 import Pdf, cn_date, daxie, yuan


def _d(s):
    return dt.date.fromisoformat(s)


def settlements(principal, rate, lend_date, dates):
    """Interest per settlement (元): principal × rate / 360 × days since the previous settlement."""
    out, prev = [], _d(lend_date)
    for d in dates:
        days = (_d(d) - prev).days
        out.append((d, prev.isoformat(), days, round(principal * rate / 360 * days, 2)))
        prev = _d(d)
    return out


def in_window(rows):
    return [r for r in rows if "2021-01-01" <= r[0] <= "2022-06-30"]


def loan_contract_pdf(path, *, bank, no, co, principal, rate, start, end, purpose):
    p = Pdf(path, footer_pages=True)
    p.title("流动资金借款合同", 17, 8)
    p.para(f"合同编号：{no}", 10.5, indent=False, align="right")
    p.para(f"借款人：{co.name}（统一社会信用代码：{co.uscc}）", 11, indent=False)
    p.para(f"贷款人：{bank}", 11, indent=False)
    p.para(f"第一条 借款金额：人民币{daxie(principal)}（¥{yuan(principal)}）。")
    p.para(f"第二条 借款用途：{purpose}。")
    p.para(f"第三条 借款期限：自{cn_date(start)}至{cn_date(end)}。")
    p.para(f"第四条 借款利率：年利率{rate * 100:.2f}%（固定利率），按日计息，按季结息，结息日为每季末月的第21日。")
    p.para("第五条 借款人应按期足额偿还借款本息，逾期的按合同约定计收罚息。")
    p.gap(20)
    p.para(f"借款人（盖章）：{co.name}            贷款人（盖章）：{bank}", 10.5, indent=False)
    p.para(f"签订日期：{cn_date(start)}", 10.5, indent=False)
    p.seal(bank, x=420, y=p.y + 30)
    p.save()


def interest_pdf(path, *, bank, co, acct, loan_no, rows, title="贷款利息清单"):
    p = Pdf(path)
    p.title(f"{bank}", 15, 4)
    p.title(title, 14, 8)
    p.para(f"借款人：{co.name}    贷款账号：{acct}    借据号：{loan_no}", 9.5, indent=False)
    tbl = [["结息日", "计息起日", "计息天数", "利息金额（元）"]]
    for d, a, n, v in rows:
        tbl.append([d, a, str(n), yuan(v)])
    tbl.append(["合计", "", "", yuan(sum(r[3] for r in rows))])
    p.table(tbl, [1.3, 1.3, 1, 1.6], 10)
    p.para("本清单由我行贷款核算系统打印，与原始记账凭证一致。", 9.5, indent=False)
    p.seal(bank + "业务专用章", y=p.y - 10, r=38)
    p.save()


# =========================================================================== k05
def k05():
    pkt = Packet("k05")
    co = Co("南通启鸿精密轴承有限公司", "320684", "69831250", "南通市海门区海门街道秀山东路88号", "0513-82196630",
            "中国工商银行海门支行", "1111820109200166801", "施启鸿", "5000万元人民币", "2010-09-14",
            "精密轴承、轴承套圈及滚动体的研发、制造、销售；机械零部件加工。")
    rec = "南通市工业和信息化局"
    hw_rows = [("高精度数控外圆磨床（3台）", 318.00), ("轴承套圈自动检测线", 142.50), ("ERP及MES软件", 96.80),
               ("云资源及网络费用", 38.40), ("调试安装费用", 52.90)]
    hw = round(sum(v for _, v in hw_rows), 2)
    assert hw == 648.60
    icbc = settlements(12000000, 0.0415, "2020-11-20", ["2020-12-21", "2021-03-21", "2021-06-21", "2021-09-21",
                                                       "2021-12-21", "2022-03-21", "2022-06-21", "2022-09-21"])
    rcb = settlements(10000000, 0.045, "2021-04-08", ["2021-06-21", "2021-09-21", "2021-12-21", "2022-03-21", "2022-06-21"])
    njb = settlements(15000000, 0.040, "2021-10-15", ["2021-12-21", "2022-03-21", "2022-06-21", "2022-09-21"])
    interest_yuan = sum(r[3] for r in in_window(icbc) + in_window(rcb) + in_window(njb))
    interest = round(interest_yuan / 10000, 6)
    assert hw + interest >= 800
    subsidy = round(hw * 0.2 + interest * 0.4, 6)
    A, B, C, D = "一、申报表及绩效表", "二、专审报告及附件", "三、贷款及利息", "四、资质及其他"
    app_form_docx(pkt.path(f"{A}/项目申报表.docx", "application_form"),
                  title="2023年度省工业和信息产业转型升级专项资金项目申报表",
                  cat_line="项目类别：自主品牌企业培育—专精特新中小企业能力提升项目",
                  rows=[["项目名称", "精密轴承数字化车间及智能检测能力提升项目", None, None],
                        ["申报单位", co.name, "统一社会信用代码", co.uscc], ["推荐单位", rec, "所在地", "南通市海门区"],
                        ["省级专精特新小巨人", "2021年认定，证书有效期至2024年12月", None, None],
                        ["新增软硬件投入（万元，不含税）", f"{hw:,.2f}", "贷款利息（万元）", f"{interest:,.2f}"],
                        ["合计（万元）", f"{hw + interest:,.2f}", "申请补助（万元）", f"{subsidy:,.2f}"],
                        ["2021-2022年是否获得本专项资金支持", "否", None, None]],
                  merges=[(0, 1, 0, 3), (3, 1, 3, 3), (6, 1, 6, 3)], promise=PROMISE, co=co, date="2022-11-30")
    perf_form_docx(pkt.path(f"{A}/绩效目标申报表（附件1-14）.docx", "performance_form"), annex="附件1-14",
                   title="专精特新中小企业能力提升项目绩效目标申报表", name="精密轴承数字化车间及智能检测能力提升项目",
                   rec=rec, owner=co.name, start="2021年1月", end="2022年6月", goal="建成轴承套圈磨加工数字化车间。",
                   rows=[("产出指标", "数量指标", "新增数字化设备（台/套数）", "11"),
                         ("效益指标", "经济效益", "项目总投入（万元）", f"{hw + interest:,.2f}"),
                         ("效益指标", "经济效益", "主营业务收入（万元）", "18,630")])
    p = Pdf(pkt.path(f"{B}/专项审计报告.pdf", "audit_report"), footer_pages=True)
    p.title("南通启鸿精密轴承有限公司", 15, 6)
    p.title("新增软硬件投入专项审计报告", 17, 8)
    p.para("通明华专审〔2022〕第386号", 10.5, indent=False, align="center")
    p.gap(10)
    p.table([["项目", "内容"], ["审计对象", f"{co.name}2021年1月1日至2022年6月30日新增软硬件投入"],
             ["审计范围", "设备、软件、云资源及调试安装投入；贷款利息不在本次审计范围"],
             ["审计依据", "合同、增值税专用发票、银行付款凭证、入库单及验收单"]], [1.2, 5], 10)
    p.para("新增软硬件投入审定表（金额单位：万元）", 11, indent=False, align="center")
    p.table([["序号", "投入内容", "审定金额（不含税）"]] + [[str(i), n, f"{v:,.2f}"] for i, (n, v) in enumerate(hw_rows, 1)]
            + [["", "合计", f"{hw:,.2f}"]], [0.6, 4, 2], 10.5)
    p.table([["审计结论", f"经审计，{co.name}在规定期间新增软硬件投入（不含税）合计{hw:,.2f}万元。"],
             ["签章", "南通明华会计师事务所有限公司    注册会计师：钱海波  吉雯"], ["日期", "2022年8月19日"]], [1.2, 5], 10)
    p.seal("南通明华会计师事务所有限公司", y=p.y + 40)
    p.save()
    L.docx_rich(pkt.path(f"{B}/投入明细清单.docx", "other"), "新增软硬件投入明细清单", [
        ("tm", [["序号", "合同编号", "供应商", "内容", "发票号码", "不含税金额（元）", "付款日期"],
                ["1", "QH-2021-07", S["szbearing"].name, "高精度数控外圆磨床3台", "40127763", "3,180,000.00", "2021-05-26"],
                ["2", "QH-2021-12", "无锡视界机器视觉科技有限公司", "轴承套圈自动检测线", "07731966", "1,425,000.00", "2021-09-08"],
                ["3", "ZY-2021-088", S["nterp"].name, "ERP及MES软件", "22322000000047716308", "968,000.00", "2021-11-30"],
                ["4", "TH-2021-330", S["njcloud"].name, "云资源及网络服务", "22322000000129034417", "384,000.00", "2022-04-15"],
                ["5", "—", "各安装单位", "调试安装", "（详见专审底稿）", "529,000.00", "—"],
                ["合计", None, None, None, None, "6,486,000.00", ""]], [(6, 0, 6, 4)])])
    invoice(pkt, f"{B}/发票/洛阳精工-40127763.pdf", "boxed", code="4100203130", number="40127763", date="2021-05-20",
            buyer=co.inv(), seller=S["szbearing"].inv(), items=[("*金属加工机械*数控外圆磨床", "MK1320", "台", 3, 3180000.00, 0.13)],
            province="河南")
    invoice(pkt, f"{B}/发票/南通智云-数电票.pdf", "e", number="22322000000047716308", date="2021-11-26",
            buyer=co.inv(), seller=S["nterp"].inv(), items=[("*信息系统服务*ERP及MES软件", "V3", "套", 1, 968000.00, 0.13)])
    invoice(pkt, f"{B}/发票/天衡云-数电票.pdf", "e", number="22322000000129034417", date="2022-04-12",
            buyer=co.inv(), seller=S["njcloud"].inv(), items=[("*信息技术服务*云资源及网络服务", "", "项", 1, 384000.00, 0.06)])
    contract_docx(pkt.path(f"{B}/合同/磨床采购合同.docx", "contract"), title="设备采购合同", no="QH-2021-07", buyer=co,
                  seller=S["szbearing"], items=[("数控外圆磨床", "MK1320", 3, 1197800.00)], sign_date="2021-03-15",
                  pay_terms="货到验收合格后一次付清。", place="海门")
    contract_docx(pkt.path(f"{B}/合同/ERP-MES合同.docx", "contract"), title="软件购销合同", no="ZY-2021-088", buyer=co,
                  seller=S["nterp"], items=[("ERP及MES软件", "V3", 1, 1093840.00)], sign_date="2021-08-02",
                  pay_terms="上线验收后付清。", place="海门")
    receipt(pkt, f"{B}/回单/工行-20210526.pdf", bank="中国工商银行", no="ICBC210526008812", date="2021-05-26",
            payer=co.payer(), payee=S["szbearing"].payer(), amount=3593400.00, memo="磨床货款")
    receipt(pkt, f"{B}/回单/工行-20211130.pdf", bank="中国工商银行", no="ICBC211130017703", date="2021-11-30",
            payer=co.payer(), payee=S["nterp"].payer(), amount=1093840.00, memo="ERP MES软件款")
    loan_contract_pdf(pkt.path(f"{C}/工行借款合同.pdf", "loan_contract"), bank="中国工商银行股份有限公司海门支行",
                      no="0111100047-2020年(海门)字00318号", co=co, principal=12000000, rate=0.0415, start="2020-11-20",
                      end="2023-11-19", purpose="购买原材料及日常经营周转")
    interest_pdf(pkt.path(f"{C}/工行利息清单.pdf", "interest_statement"), bank="中国工商银行股份有限公司海门支行",
                 co=co, acct="1111820109200166801", loan_no="2020(海门)00318-01", rows=icbc)
    loan_contract_pdf(pkt.path(f"{C}/农商行借款合同.pdf", "loan_contract"), bank="江苏海门农村商业银行股份有限公司",
                      no="海农商借字2021第0412号", co=co, principal=10000000, rate=0.045, start="2021-04-08",
                      end="2024-04-07", purpose="购买设备及经营周转")
    # 农商行 slips photographed sideways
    lines = [("江苏海门农村商业银行", 40, "center"), ("贷款利息回单（汇总打印）", 32, "center"),
             (f"借款人：{co.name}", 26, "left"), ("借据号：HMRCB-20210408-0412", 26, "left"),
             ("结息日        计息起日      天数    利息金额（元）", 26, "left")]
    for d, a, n, v in rcb:
        lines.append((f"{d}    {a}    {n:>3}     {yuan(v)}", 26, "left"))
    lines.append((f"合计：{yuan(sum(r[3] for r in rcb))}", 26, "left"))
    lines.append(("打印日期：2022年11月22日", 24, "right"))
    im = L.scan_page(lines, seed=505, seal="江苏海门农村商业银行业务专用章", landscape=True)
    L.save_png(pkt.path(f"{C}/农商行利息回单.png", "interest_statement"), L.sideways(L.photo(im, 55, 1.2), True))
    loan_contract_pdf(pkt.path(f"{C}/南京银行借款合同.pdf", "loan_contract"), bank="南京银行股份有限公司南通分行",
                      no="Ba1602210150012", co=co, principal=15000000, rate=0.040, start="2021-10-15", end="2024-10-14",
                      purpose="日常经营周转")
    interest_pdf(pkt.path(f"{C}/南京银行结息单.pdf", "interest_statement"), bank="南京银行股份有限公司南通分行", co=co,
                 acct="0160290000005173", loan_no="Ba1602210150012-1", rows=njb, title="贷款结息明细")
    cert = L.scan_page([("江苏省专精特新小巨人企业", 56, "center"), ("", 30, "center"), (co.name, 40, "center"),
                        ("", 30, "center"), ("经评审认定为2021年江苏省专精特新小巨人企业。", 32, "center"),
                        ("有效期：2022年1月至2024年12月", 30, "center"), ("证书编号：JSXJR2021-1327", 26, "center"),
                        ("", 40, "center"), ("江苏省工业和信息化厅", 32, "right"), ("二〇二一年十二月", 30, "right")],
                       seed=506, seal="江苏省工业和信息化厅", landscape=True, border=True)
    L.image_pdf(pkt.path(f"{D}/小巨人证书（扫描件）.pdf", "designation_certificate"), [cert])
    license_pdf(pkt.path(f"{D}/营业执照.pdf", "business_license"), co, "南通市海门区市场监督管理局", "2021-02-03")
    letter_pdf(pkt.path(f"{D}/推荐单位关于项目相关手续的说明.pdf", "procedure_exemption"), org=rec,
               title="关于南通启鸿精密轴承有限公司项目相关手续的说明", docno=None, to="省工业和信息化厅：",
               paras=["该企业本次申报的软硬件投入均在现有厂房内购置设备和软件，不新增用地和建筑，不涉及新增产能，"
                      "根据相关规定无需办理项目备案、环评和节能审查手续。特此说明。"], date="2022-12-01", seal=rec)
    recommend_letter(pkt, f"{D}/推荐函.pdf", rec=rec, docno="通工信中小〔2022〕98号", co=co,
                     project="精密轴承数字化车间及智能检测能力提升项目", cat_name="专精特新中小企业能力提升项目",
                     date="2022-12-02")
    pkt.write_expected(
        category="specialized-sme", given="specialized-sme", outcome="eligible",
        figures={"applicant_name": co.name, "applicant_uscc": co.uscc, "recommending_unit": rec,
                 "hw_sw_investment": hw, "loan_interest": interest, "invoice_total": pkt.invoice_total_wan(),
                 "invoice_count": 3},
        subsidy=subsidy, reasons=[],
        notes=(f"hw/sw {hw:.2f} (table-only audit, 万元; the audit says interest is outside its scope). Interest from three "
               f"lenders, each a 商业银行 — a 农村商业银行 is one: ICBC 6 of 8 settlements in window, 海门农商行 5 (PNG photo turned "
               f"90°), 南京银行 3 of 4; the ICBC loan was drawn 2020-11-20 but only the interest settled in the window counts. "
               f"Interest {interest:.6f}; total {hw + interest:.2f} ≥ 800. Subsidy 20%×{hw:.2f} + 40%×interest = {subsidy:.6f}. "
               "小巨人 certificate valid 2022-01..2024-12 as an image-only scan; recommending unit's procedure exemption."))


# =========================================================================== k06
def k06():
    pkt = Packet("k06")
    co = Co("扬州锐拓电子科技有限公司", "321003", "08316527", "扬州市邗江区念四路21号", "0514-87356619",
            "中国银行扬州邗江支行", "484771520318", "郭锐", "3000万元人民币", "2013-12-05",
            "电子元器件、汽车电子控制模块的研发、生产、销售。")
    rec = "扬州市工业和信息化局"
    rows_amt = [("SMT高速贴片生产线", 4126000.00), ("AOI自动光学检测设备", 984000.00), ("MES制造执行系统软件", 865000.00),
                ("工业互联网平台订阅服务", 423000.00), ("设备调试安装费", 484000.00)]
    hw_y = sum(v for _, v in rows_amt)
    assert hw_y == 6882000.00
    boc = settlements(20000000, 0.0435, "2020-12-10", ["2020-12-21", "2021-03-21", "2021-06-21", "2021-09-21",
                                                       "2021-12-21", "2022-03-21", "2022-06-21", "2022-09-21"])
    intr = round(sum(r[3] for r in in_window(boc)) / 10000, 6)
    assert hw_y / 10000 + intr >= 800
    proj = "汽车电子控制模块数字化产线提升项目"
    app_form_docx(pkt.path("申报表.docx", "application_form"), title="专精特新中小企业能力提升项目申报表",
                  cat_line="申报方向：专精特新中小企业能力提升项目",
                  rows=[["项目名称", proj], ["企业名称", co.name], ["统一社会信用代码", co.uscc], ["推荐单位", rec],
                        ["企业资质", "2022年度省级专精特新小巨人企业（已公示，见附件）"],
                        ["新增软硬件投入（万元）", wan(hw_y)], ["贷款利息（万元）", f"{intr:,.2f}"],
                        ["合计（万元）", f"{hw_y / 10000 + intr:,.2f}"],
                        ["申请补助（万元）", f"{hw_y / 10000 * 0.2 + intr * 0.4:,.2f}"]],
                  promise=PROMISE, co=co, date="2022-11-25")
    perf_form_pdf(pkt.path("绩效表.pdf", "performance_form"), annex="附件1-14", title="专精特新中小企业能力提升项目绩效目标申报表",
                  name=proj, rec=rec, owner=co.name, start="2021年1月", end="2022年6月", goal="建成汽车电子模块数字化产线。",
                  rows=[("产出指标", "数量指标", "新增数字化设备（台/套数）", "7"),
                        ("效益指标", "经济效益", "主营业务收入（万元）", "12,480")])
    p = Pdf(pkt.path("专审报告.pdf", "audit_report"), header="扬广信专审〔2022〕第072号", footer_pages=True)
    p.title("专项审计报告", 18, 10)
    p.para(f"{co.name}：", 11, indent=False)
    p.para("我们接受委托，对贵公司2021年1月1日至2022年6月30日期间实施的新增软硬件投入进行了专项审计，检查了相关合同、"
           "发票、银行付款凭证及资产入账记录。")
    p.para(f"经审计，贵公司上述期间新增软硬件投入（不含税）合计{yuan(hw_y)}元（大写：{daxie(hw_y)}），明细如下：")
    p.table([["序号", "投入内容", "不含税金额（元）"]] + [[str(i), n, yuan(v)] for i, (n, v) in enumerate(rows_amt, 1)] +
            [["", "合计", yuan(hw_y)]], [0.6, 4, 2], 10)
    p.para(f"同期，贵公司向中国银行扬州分行借款2,000万元，2021年1月1日至2022年6月30日期间结息合计{intr * 10000:,.2f}元。")
    p.gap(16)
    p.para("扬州广信会计师事务所有限公司      中国注册会计师：薛明  周晓雯", 11, indent=False)
    p.para("2022年9月5日", 11, indent=False, align="right")
    p.seal("扬州广信会计师事务所有限公司", y=p.y + 40)
    p.save()
    lst = ["南京华芯半导体材料有限公司", "无锡恒信精密模具有限公司", "徐州智擎液压科技有限公司", "常州迈瑞传感技术有限公司",
           "苏州朗坤光学科技有限公司", "南通辰星新材料有限公司", "连云港中科药用辅料有限公司", "淮安盛达智能装备有限公司",
           "盐城东方激光科技有限公司", co.name, "扬州宏泰机电有限公司", "镇江瑞丰密封件有限公司", "泰州华晟电力设备有限公司",
           "宿迁博特新材料有限公司"]
    letter_pdf(pkt.path("2022年省级专精特新小巨人企业名单（公示）.pdf", "other"), org="江苏省工业和信息化厅",
               title="关于2022年省级专精特新小巨人企业拟认定名单的公示", docno=None, to=None,
               paras=["根据《江苏省专精特新小巨人企业培育实施办法》，经企业自愿申报、各设区市推荐和专家评审，现将2022年省级"
                      "专精特新小巨人企业拟认定名单予以公示（摘录）。公示期为2022年10月17日至10月23日。公示期间，对名单如有"
                      "异议，请以书面形式向我厅中小企业局反映。公示期满无异议的，将正式发文认定。",
                      ("table", [["序号", "企业名称"]] + [[str(i), n] for i, n in enumerate(lst, 1)], [0.6, 5])],
               date="2022-10-16", seal=None, sign="江苏省工业和信息化厅中小企业局")
    loan_contract_pdf(pkt.path("借款合同-中行.pdf", "loan_contract"), bank="中国银行股份有限公司扬州分行",
                      no="2020年扬中银借字第0711号", co=co, principal=20000000, rate=0.0435, start="2020-12-10",
                      end="2023-12-09", purpose="经营周转")
    interest_pdf(pkt.path("中行利息单.pdf", "interest_statement"), bank="中国银行股份有限公司扬州分行", co=co,
                 acct="484771520318", loan_no="2020扬中银借0711", rows=boc, title="贷款计收利息清单")
    invoice(pkt, "发票-SMT贴片线.pdf", "boxed", code="3200213130", number="06648215", date="2021-06-18", buyer=co.inv(),
            seller=S["yzequip"].inv(), items=[("*专用设备*SMT高速贴片生产线", "XC-M20", "条", 2, 4126000.00, 0.13)])
    invoice(pkt, "发票-MES.pdf", "e", number="22332000000058812640", date="2022-01-14", buyer=co.inv(),
            seller=S["hzsoft"].inv(), items=[("*信息系统服务*MES制造执行系统软件", "SZ-MES", "套", 1, 865000.00, 0.13)])
    contract_docx(pkt.path("合同-SMT贴片线.docx", "contract"), title="设备购销合同", no="RT-2021-004", buyer=co,
                  seller=S["yzequip"], items=[("SMT高速贴片生产线", "XC-M20", 2, 2331190.00)], sign_date="2021-03-22",
                  pay_terms="预付30%，验收后70%。", place="扬州")
    receipt(pkt, "回单-20210625.pdf", bank="中国银行", no="BOCYZ2106250073", date="2021-06-25", payer=co.payer(),
            payee=S["yzequip"].payer(), amount=3263666.00, memo="贴片线验收款")
    license_pdf(pkt.path("营业执照.pdf", "business_license"), co, "扬州市邗江区市场监督管理局", "2019-07-11")
    letter_pdf(pkt.path("手续说明.pdf", "procedure_exemption"), org="扬州市邗江区工业和信息化局",
               title="关于扬州锐拓电子科技有限公司项目手续的说明", docno=None, to="扬州市工业和信息化局：",
               paras=["该企业项目为现有厂房内设备和软件购置，不涉及新增用地和建设，无需办理备案、环评、能评手续。"],
               date="2022-11-22", seal="扬州市邗江区工业和信息化局")
    recommend_letter(pkt, "推荐函.pdf", rec=rec, docno="扬工信中小〔2022〕156号", co=co, project=proj,
                     cat_name="专精特新中小企业能力提升项目", date="2022-11-29",
                     extra="该企业已列入2022年省级专精特新小巨人企业拟认定名单。")
    pkt.write_expected(
        category="specialized-sme", given="specialized-sme", outcome="incomplete",
        figures={"applicant_name": co.name, "applicant_uscc": co.uscc, "recommending_unit": rec,
                 "hw_sw_investment": round(hw_y / 10000, 2), "loan_interest": intr,
                 "invoice_total": pkt.invoice_total_wan(), "invoice_count": 2},
        subsidy=None, reasons=[{"kind": "missing", "document": "designation_certificate"}],
        notes=(f"Amounts pass: hw/sw 688.20 (audit in 元 + 大写) + BOC interest {intr:.2f} (6 of 8 settlements) = "
               f"{hw_y / 10000 + intr:.2f} ≥ 800. The only proof of 小巨人 status is a PUBLIC NOTICE (拟认定名单的公示, 公示期 "
               "2022-10-17..23, '公示期满无异议的，将正式发文认定') — not the designation itself; the 申报表 and the 推荐函 also "
               "only say 已公示/拟认定. A reviewer asks for the 认定文件/证书 → incomplete (not ineligible: the designation may "
               "well have been issued)."))


# =========================================================================== k07
def k07():
    pkt = Packet("k07")
    co = Co("苏州芯测智能装备有限公司", "320505", "31627480", "苏州高新区科灵路78号", "0512-66801359",
            "招商银行苏州高新区支行", "512907315510808", "林哲", "6800万元人民币", "2014-08-08",
            "半导体检测设备、精密测量仪器的研发、制造和销售；软件开发；技术服务。")
    rec = "苏州市工业和信息化局"
    proj = "功率半导体器件高精度动静态参数检测设备工程化攻关"
    start, end = "2022-07-01", "2024-12-31"
    hdr = ["费用类别", "明细科目", "2022年7-12月", "2023年", "2024年", "合计"]
    exp = [("直接投入（材料、燃料动力、试制）", 180, 260, 150), ("人员人工费用", 210, 460, 420),
           ("外聘研发人员劳务费", 30, 60, 50), ("研发设备折旧及软件摊销", 25, 60, 55),
           ("设计、检验、评审、知识产权等其他费用", 40, 90, 70)]
    cap = [("研发设备：高精度探针台测试系统（1套）", 620, 0, 0), ("其他研发仪器、仪表及测试设备", 60, 120, 40),
           ("外购软件及专利", 30, 30, 20)]
    tot = sum(a + b + c for _, a, b, c in exp + cap)
    assert tot == 3080
    col = [sum(r[i] for r in exp + cap) for i in (1, 2, 3)]
    rows = [hdr]
    for i, (n, a, b, c) in enumerate(exp):
        rows.append(["一、费用化支出" if i == 0 else None, n, f"{a:.2f}", f"{b:.2f}", f"{c:.2f}", f"{a + b + c:.2f}"])
    for i, (n, a, b, c) in enumerate(cap):
        rows.append(["二、资本化支出" if i == 0 else None, n, f"{a:.2f}", f"{b:.2f}", f"{c:.2f}", f"{a + b + c:.2f}"])
    rows.append(["新增研发投入合计", None, f"{col[0]:.2f}", f"{col[1]:.2f}", f"{col[2]:.2f}", f"{tot:.2f}"])
    rows.append(["注：资金来源全部为申报单位自筹（不含合作单位投入）。高精度探针台测试系统采购合同于2022年6月18日签订，"
                 "按合同约定已于2022年6月24日支付预付款2,101,800.00元（含税，对应不含税金额186.00万元），设备于2022年8月12日"
                 "到货验收并开具全额发票，全额620.00万元计入2022年7-12月研发投入。", None, None, None, None, None])
    n = len(rows)
    merges = [(1, 0, 5, 0), (6, 0, 8, 0), (n - 2, 0, n - 2, 1), (n - 1, 0, n - 1, 5)]
    L.docx_rich(pkt.path("01_项目申报书.docx", "application_form"), "2023年度关键核心技术（装备）工程化攻关项目申报书", [
        ("p", f"项目名称：{proj}"), ("p", f"申报单位：{co.name}（统一社会信用代码：{co.uscc}）"),
        ("p", f"推荐单位：{rec}"), ("p", "攻关方向：高端装备集群—功率半导体器件精密检测测量设备（附件1-26第61项）"),
        ("p", f"项目实施期：{cn_date(start)}至{cn_date(end)}"),
        ("h", "一、研发基础"),
        ("p", "公司拥有功率器件动态参数测试相关发明专利6项、实用新型专利14项、软件著作权9项，已形成IGBT静态参数测试机系列产品。"),
        ("h", "二、攻关目标"),
        ("p", "研制覆盖SiC/IGBT模块的高精度动静态参数检测设备，电压测量精度±0.1%，动态测试电流可达6000A。"),
        ("h", "三、新增研发投入预算（金额单位：万元）"),
        ("tm", rows, merges),
        ("p", f"项目新增研发投入{tot:,.2f}万元，申请省专项资金补助{tot * 0.3:,.2f}万元。"),
        ("p", PROMISE), ("r", f"申报单位（盖章）：{co.name}"), ("r", "2022年12月5日")])
    perf_form_pdf(pkt.path("02_绩效目标申报表（附件1-12）.pdf", "performance_form"), annex="附件1-12",
                  title="关键核心技术（装备）工程化攻关项目绩效目标申报表", name=proj, rec=rec, owner=co.name,
                  start="2022年7月", end="2024年12月", goal="完成高精度动静态参数检测设备工程化并实现批量应用。",
                  rows=[("产出指标", "数量指标", "解决关键技术难点数（个）", "5"),
                        ("产出指标", "数量指标", "新增授权知识产权数量（个）", "12"),
                        ("效益指标", "经济效益", "项目研发投入（万元）", f"{tot:,.2f}")])
    p = Pdf(pkt.path("03_探针台采购合同.pdf", "contract"), footer_pages=True)
    p.title("设备采购合同", 17, 8)
    p.para("合同编号：XC-YF-2022-0618", 10.5, indent=False, align="right")
    p.para(f"买方：{co.name}", 11, indent=False)
    p.para(f"卖方：{S['szprobe'].name}", 11, indent=False)
    p.para("签订日期：2022年6月18日    签订地点：苏州", 11, indent=False)
    p.para("第一条 标的：高精度探针台测试系统1套（型号WT-HP3000），用于买方功率半导体检测设备研发项目。")
    p.para("第二条 价款：不含税金额人民币6,200,000.00元，增值税税额806,000.00元，价税合计人民币7,006,000.00元"
           "（大写：柒佰万零陆仟元整）。")
    p.para("第三条 付款：合同签订后7日内买方支付价税合计的30%作为预付款（2,101,800.00元）；设备到货验收合格后支付60%；"
           "余款10%于验收满一年后支付。")
    p.para("第四条 交货：卖方于2022年8月15日前将设备交付至买方研发中心并完成安装调试。")
    p.new_page()
    p.para("第五条 验收：设备到货后买方按技术协议组织验收，验收合格之日起卖方开具全额增值税专用发票。")
    p.para("第六条 违约责任、争议解决等按《中华人民共和国民法典》执行。")
    p.gap(20)
    p.para(f"买方（盖章）：{co.name}        卖方（盖章）：{S['szprobe'].name}", 10.5, indent=False)
    p.seal(co.name, x=170, y=p.y - 20)
    p.seal(S["szprobe"].name, x=430, y=p.y - 20)
    p.save()
    receipt(pkt, "04_预付款回单（2022.6.24）.pdf", bank="招商银行", no="CMB20220624331785", date="2022-06-24",
            payer=co.payer(), payee=S["szprobe"].payer(), amount=2101800.00, memo="探针台预付款30% XC-YF-2022-0618")
    invoice(pkt, "05_探针台发票.pdf", "e", number="22442000000183306517", date="2022-08-12", buyer=co.inv(),
            seller=S["szprobe"].inv(), items=[("*专用设备*高精度探针台测试系统", "WT-HP3000", "套", 1, 6200000.00, 0.13)],
            remark="合同XC-YF-2022-0618，已预收2,101,800.00元")
    letter_pdf(pkt.path("06_知识产权清单.pdf", "other"), org=co.name, title="与攻关项目相关的自主知识产权清单", docno=None,
               to=None, paras=[("table", [["序号", "类型", "名称", "号码", "授权日"],
                                          ["1", "发明专利", "一种功率器件动态参数测试方法", "ZL201910318275.6", "2021-03-19"],
                                          ["2", "发明专利", "IGBT模块双脉冲测试装置", "ZL202010226514.1", "2021-11-02"],
                                          ["3", "发明专利", "探针接触电阻补偿方法", "ZL202011093371.4", "2022-04-15"],
                                          ["4", "软件著作权", "功率器件测试管理软件V2.0", "2021SR0418826", "2021-03-18"]],
                                 [0.5, 1.1, 3, 2, 1.2], 9)], date="2022-12-01", seal=co.name)
    p = Pdf(pkt.path("07_研发辅助账（2022年7-10月）.pdf", "other"))
    p.title("攻关项目研发支出辅助账汇总表", 14, 6)
    p.para(f"编制单位：{co.name}    期间：2022年7月1日—2022年10月31日    单位：元", 9.5, indent=False)
    p.table([["月份", "费用化支出", "资本化支出", "合计", "备注"],
             ["2022-07", "612,300.00", "0.00", "612,300.00", ""],
             ["2022-08", "688,150.00", "6,200,000.00", "6,888,150.00", "探针台到货转固（含6月预付款对应部分）"],
             ["2022-09", "701,420.00", "214,000.00", "915,420.00", ""],
             ["2022-10", "752,730.00", "385,400.00", "1,138,130.00", ""],
             ["合计", "2,754,600.00", "6,799,400.00", "9,554,000.00", ""]], [1, 1.5, 1.5, 1.5, 2.6], 9)
    p.para("财务负责人：何莉      制表：郑佳", 10, indent=False)
    p.save()
    license_pdf(pkt.path("08_营业执照.pdf", "business_license"), co, "苏州市虎丘区市场监督管理局", "2021-09-27")
    recommend_letter(pkt, "09_推荐函.pdf", rec=rec, docno="苏工信科技〔2022〕77号", co=co, project=proj,
                     cat_name="关键核心技术（装备）工程化攻关项目", date="2022-12-07")
    pkt.write_expected(
        category="core-tech", given="core-tech", outcome="needs_review",
        figures={"applicant_name": co.name, "applicant_uscc": co.uscc, "recommending_unit": rec,
                 "start_date": start, "completion_date": end, "invoice_total": pkt.invoice_total_wan(), "invoice_count": 1},
        subsidy=None, reasons=[{"kind": "figure", "figure": "rd_investment"}],
        notes=("New R&D budget 3,080 (DOCX table with merged cells, own funds only) includes the 620 probe station in "
               "2022-H2. Its contract was signed 2022-06-18 and a 30% prepayment (2,101,800 含税 = 186.00 不含税) was PAID on "
               "2022-06-24, before the counted period starts (2022-07-01); delivery, acceptance and invoice are in August. "
               "If the prepayment is 'before 2022-07-01' the new R&D is 2,894 < 3,000; if expenditure is recognised on "
               "delivery/invoice it is 3,080 ≥ 3,000. The guide does not say which → needs_review. No rd_investment figure "
               "expected. Direction #61 of 附件1-26; 2022-07-01 → 2024-12-31."))


# =========================================================================== k08
def k08():
    pkt = Packet("k08")
    co = Co("南京链融数据科技有限公司", "320114", "33905172", "南京市雨花台区软件大道168号", "025-58816342",
            "南京银行雨花支行", "0172230000006614", "薛凌", "5000万元人民币", "2016-05-16",
            "区块链技术服务；数据处理和存储服务；软件开发；信息系统集成服务。")
    rec = "南京市工业和信息化局"
    proj = "基于区块链的产业链供应链金融数据服务平台"
    start, done, acc = "2017-09-01", "2021-01-05", "2022-03-16"
    parts = [("服务器、存储及网络安全设备", 9864000), ("区块链底层平台软件", 6240000), ("数据治理与分析软件", 4126000),
             ("云资源及网络费用", 3183000), ("调试安装费用", 1465000), ("咨询、设计、检测、评价费用", 2490000)]
    total = sum(v for _, v in parts)
    assert total == 27368000
    P = "【附件{}】"
    app_form_docx(pkt.path(P.format(1) + "项目入库申报表.docx", "application_form"),
                  title="2023年度江苏省工业和信息产业转型升级专项资金入库项目申报表",
                  cat_line="项目类别：智能化改造数字化转型—数据产品化项目（区块链创新应用）",
                  rows=[["项目名称", proj], ["项目承担单位", co.name], ["统一社会信用代码", co.uscc], ["项目推荐单位", rec],
                        ["项目启动时间", cn_date(start)], ["项目完工时间", cn_date(done)], ["验收时间", cn_date(acc)],
                        ["项目总投入（元，不含税）", yuan(total)], ["示范项目", "2021年江苏省区块链应用示范项目"],
                        ["企业库", "江苏省云计算、大数据、区块链企业库（区块链），入库编号QKL-2021-0147"],
                        ["是否获得过本专项资金支持", "否"]], promise=PROMISE, co=co, date="2022-11-29")
    perf_form_docx(pkt.path(P.format(2) + "数据产品化项目绩效目标申报表.docx", "performance_form"), annex="附件1-11",
                   title="数据产品化项目绩效目标申报表", name=proj, rec=rec, owner=co.name, start="2017年9月",
                   end="2021年1月", goal="形成基于区块链的供应链金融数据服务产品并规模化推广。",
                   rows=[("产出指标", "数量指标", "项目服务客户数或用户数（个）", "1,260"),
                         ("效益指标", "经济效益", "项目总投入（万元）", wan(total))])
    p = Pdf(pkt.path(P.format(3) + "专项审计报告.pdf", "audit_report"), footer_pages=True)
    p.title("项目投资专项审计报告", 18, 6)
    p.para("宁中瑞专审〔2022〕第0219号", 10.5, indent=False, align="center")
    p.table([["被审计单位", co.name], ["项目名称", proj], ["审计期间", f"{cn_date(start)}至{cn_date(done)}"],
             ["审计依据", "合同、发票、付款凭证、资产卡片、云服务账单"]], [1.3, 5], 10)
    p.table([["序号", "投资内容", "账面金额（含税，元）", "审定金额（不含税，元）"]] +
            [[str(i), n, yuan(round(v * (1.13 if i <= 3 else 1.06), 2)), yuan(v)] for i, (n, v) in enumerate(parts, 1)] +
            [["", "合计", yuan(sum(round(v * (1.13 if i <= 3 else 1.06), 2) for i, (_, v) in enumerate(parts, 1))),
              yuan(total)]], [0.5, 3, 1.8, 1.8], 9.5)
    p.table([["审计结论", "审定金额真实、合规，与合同、发票及付款凭证一致。"],
             ["会计师事务所", "南京中瑞会计师事务所有限公司（盖章）"], ["注册会计师", "戴琳、陶明亮"], ["日期", "2022年2月25日"]],
            [1.3, 5], 10)
    p.seal("南京中瑞会计师事务所有限公司", y=p.y + 50)
    p.save()
    letter_pdf(pkt.path(P.format(4) + "验收意见.pdf", "acceptance_opinion"), org=rec, title=f"{proj}项目验收意见",
               docno="宁工信软〔2022〕31号", to=None,
               paras=[f"{cn_date(acc)}，南京市工业和信息化局组织专家对{co.name}承担的“{proj}”进行验收。项目于{cn_date(done)}"
                      f"完成建设并上线运行，经审计完成投资{yuan(total)}元。专家组同意通过验收。"], date=acc, seal=rec)
    lst = [("南京", "江苏省港口集团信息科技有限公司", "港口物流区块链电子放货平台"), ("南京", co.name, proj),
           ("无锡", "无锡市数据集团有限公司", "政务数据区块链共享平台"), ("苏州", "苏州同济区块链研究院有限公司", "工业品溯源区块链平台"),
           ("苏州", "苏州银通金融信息服务有限公司", "区块链票据流转平台"), ("常州", "常州天宁数字科技有限公司", "区块链电子合同存证平台"),
           ("南通", "南通中远海运数字科技有限公司", "船舶供应链区块链服务"), ("徐州", "徐州工程机械数字科技有限公司", "工程机械区块链租赁服务"),
           ("扬州", "扬州数科信息技术有限公司", "区块链农产品溯源平台"), ("泰州", "泰州医药城数据科技有限公司", "医药流通区块链追溯平台")]
    letter_pdf(pkt.path(P.format(5) + "省区块链应用示范项目名单.pdf", "designation_certificate"), org="江苏省工业和信息化厅",
               title="省工业和信息化厅关于公布2021年江苏省区块链应用示范项目名单的通知", docno="苏工信软件〔2021〕521号",
               to="各设区市工业和信息化局：", paras=["经企业申报、地方推荐和专家评审，确定以下项目为2021年江苏省区块链应用示范项目（摘录）。",
                                             ("table", [["序号", "地区", "企业名称", "项目名称"]] +
                                              [[str(i), a, b, c] for i, (a, b, c) in enumerate(lst, 1)], [0.5, 0.7, 2.6, 3])],
               date="2021-10-12", seal="江苏省工业和信息化厅")
    cert = L.scan_page([("入 库 证 明", 56, "center"), ("", 30, "left"),
                        (f"兹证明{co.name}（统一社会信用代码：{co.uscc}）已通过审核，列入江苏省云计算、大数据、区块链企业库"
                         "（区块链类）。", 30, "left"),
                        ("入库编号：QKL-2021-0147", 30, "left"), ("入库时间：2021年7月", 30, "left"), ("", 40, "left"),
                        ("特此证明。", 30, "left"), ("", 40, "left"), ("江苏省工业和信息化厅软件与信息服务业处", 28, "right"),
                        ("2022年11月10日", 28, "right")], seed=808, seal="江苏省工业和信息化厅")
    L.save_jpeg(pkt.path(P.format(6) + "企业库入库证明.jpg", "designation_certificate"), L.photo(cert, 88, 3.0))
    license_pdf(pkt.path(P.format(7) + "营业执照.pdf", "business_license"), co, "南京市雨花台区市场监督管理局", "2020-10-09")
    recommend_letter(pkt, P.format(8) + "推荐函.pdf", rec=rec, docno="宁工信软〔2022〕102号", co=co, project=proj,
                     cat_name="数据产品化项目", date="2022-12-02")
    invoice(pkt, "发票/华曙服务器-00317524.pdf", "boxed", code="1100191130", number="00317524", date="2019-06-20",
            buyer=co.inv(), seller=S["bjserver"].inv(), items=[("*计算机外部设备*服务器及存储设备", "HS-R5300", "台", 12,
                                                                3216000.00, 0.13)], province="北京")
    invoice(pkt, "发票/链通平台软件-06639021.pdf", "boxed", code="3300201130", number="06639021", date="2020-03-18",
            buyer=co.inv(), seller=S["njchain"].inv(), items=[("*信息系统服务*区块链底层平台软件", "LT-BaaS 3.0", "套", 1,
                                                               2450000.00, 0.13)], province="浙江")
    invoice(pkt, "发票/天衡云-电子专票-12906413.pdf", "text", code="032002000111", number="12906413", date="2020-12-28",
            buyer=co.inv(), seller=S["njcloud"].inv(), items=[("*信息技术服务*云资源及网络服务", "", "项", 1, 1280000.00, 0.06)],
            electronic=True)
    contract_docx(pkt.path("合同/服务器采购合同.docx", "contract"), title="采购合同", no="LR-CG-2019-06", buyer=co,
                  seller=S["bjserver"], items=[("服务器及存储设备", "HS-R5300", 12, 302840.00)], sign_date="2019-05-30",
                  pay_terms="到货验收后付清。", place="南京")
    receipt(pkt, "付款凭证/南京银行回单-20190628.pdf", bank="南京银行", no="NJCB20190628114", date="2019-06-28",
            payer=co.payer(), payee=S["bjserver"].payer(), amount=3634080.00, memo="服务器货款")
    pkt.write_expected(
        category="data-productization", given=None, outcome="eligible",
        figures={"applicant_name": co.name, "applicant_uscc": co.uscc, "recommending_unit": rec,
                 "total_investment": total / 10000, "start_date": start, "completion_date": done, "acceptance_date": acc,
                 "invoice_total": pkt.invoice_total_wan(), "invoice_count": 3},
        subsidy=500.0, reasons=[],
        notes=("Category detected (申报表 类别 line + 附件1-11 form). Table-only audit in 元 with a 含税 column beside the "
               "不含税 审定 column: 27,368,000 = 2,736.80. CAP: 20% = 547.36 → 500. The project ran 2017-09-01 → 2021-01-05 "
               "(3 y 4 m): data-productization has NO 实施周期 limit (unlike smart-factory / iiot-platform), and completion "
               "2021-01-05 is inside the window. Designation is the 2021 省区块链应用示范项目 list (the guide says 大数据、区块链); "
               "企业库 proof titled 入库证明 as a skewed JPEG photo. Invoices from 2019–2020 (before the window) are normal."))


# =========================================================================== k09
def k09():
    pkt = Packet("k09")
    co = Co("常州天弘电气股份有限公司", "320411", "78530164", "常州市新北区河海西路302号", "0519-85126673",
            "中国工商银行常州新区支行", "1105020409000183327", "许天弘", "21000万元人民币", "2005-03-28",
            "高低压开关柜、变压器、电气成套设备的研发、制造、销售。", kind="股份有限公司（非上市）")
    parent = Co("江苏天弘控股集团有限公司", "320411", "13582702", "常州市新北区河海西路300号", "0519-85126600",
                "中国银行常州新北支行", "528866105512", "许天弘", "50000万元人民币", "1999-06-10", "实业投资；企业管理。")
    tgt = Co("常州天弘精工有限公司", "320411", "50731863", "常州市新北区罗溪镇天弘路6号", "0519-83351208",
             "江苏银行常州新北支行", "80030188000126655", "许晨", "8000万元人民币", "2011-11-21", "精密钣金及结构件制造。")
    rec = "常州市工业和信息化局"
    amt1, amt2 = 21840000.00, 50960000.00
    price = amt1 + amt2
    assert price == 72800000.00
    A, B, C = "第1部分-申报表", "第2部分-交易材料", "第3部分-证照及其他"
    rows = [["项目名称", "收购常州天弘精工有限公司70%股权项目", None, None],
            ["并购方", co.name, "统一社会信用代码", co.uscc], ["推荐单位", rec, "标的企业", tgt.name],
            ["交易对价（万元，现金）", f"{price / 10000:,.2f}", "工商变更日期", "2022年3月15日"],
            ["并购前持股", "0%", "并购后持股", "70%"],
            ["并购后股权结构", "股东名称", "持股比例", None], [None, co.name, "70%", None], [None, parent.name, "30%", None],
            ["申请补助（万元）", f"{price / 10000 * 0.05:,.2f}", None, None]]
    app_form_docx(pkt.path(f"{A}/企业重大兼并重组项目申报表.docx", "application_form"),
                  title="2023年度企业重大兼并重组项目申报表", cat_line="项目类别：自主品牌企业培育—企业重大兼并重组项目",
                  rows=rows, merges=[(0, 1, 0, 3), (5, 0, 7, 0), (5, 2, 5, 3), (6, 2, 6, 3), (7, 2, 7, 3), (8, 1, 8, 3)],
                  promise=PROMISE, co=co, date="2022-11-23")
    perf_form_docx(pkt.path(f"{A}/绩效目标申报表（附件1-13）.docx", "performance_form"), annex="附件1-13",
                   title="企业重大兼并重组项目绩效目标申报表", name="收购常州天弘精工有限公司70%股权项目", rec=rec, owner=co.name,
                   start="2021年12月", end="2022年3月", goal="整合精密结构件产能，完善电气成套设备产业链。",
                   rows=[("效益指标", "经济效益", "项目总投入（万元）", f"{price / 10000:,.2f}"),
                         ("效益指标", "经济效益", "主营业务收入（万元）", "152,300")])
    contract_docx(pkt.path(f"{B}/股权转让协议.docx", "contract"), title="股权转让协议", no="TH-GQ-2021-12", buyer=co,
                  seller=parent, items=[("常州天弘精工有限公司70%股权", "对应注册资本5,600万元", 1, price)],
                  sign_date="2021-12-28", place="常州",
                  pay_terms="本协议生效后10个工作日内支付30%（2,184万元）；工商变更登记完成后15个工作日内支付剩余70%（5,096万元）。",
                  extra=[("p", f"鉴于：转让方{parent.name}持有标的公司100%股权，同时为受让方的控股股东（持有受让方61.50%股份）。")])
    receipt(pkt, f"{B}/转让款回单1-20220220.pdf", bank="中国工商银行", no="ICBCCZ2202200016", date="2022-02-20",
            payer=co.payer(), payee=parent.payer(), amount=amt1, memo="天弘精工股权转让款（首期30%）")
    receipt(pkt, f"{B}/转让款回单2-20220328.pdf", bank="中国工商银行", no="ICBCCZ2203280041", date="2022-03-28",
            payer=co.payer(), payee=parent.payer(), amount=amt2, memo="天弘精工股权转让款（余款70%）")
    p = Pdf(pkt.path(f"{B}/并购出资专项审计报告.pdf", "audit_report"), header="常正则专审〔2022〕第0801号", footer_pages=True)
    p.title("关于常州天弘电气股份有限公司", 15, 4)
    p.title("收购常州天弘精工有限公司股权出资情况的专项审计报告", 14, 12)
    p.para(f"{co.name}：")
    p.para("我们接受委托，对贵公司收购常州天弘精工有限公司70%股权的实际出资情况进行了专项审计。")
    p.para("一、交易概况")
    p.para(f"2021年12月28日，贵公司与{parent.name}签订《股权转让协议》，以现金人民币{yuan(price)}元受让其持有的常州天弘精工"
           "有限公司70%股权。2022年3月15日，标的公司完成工商变更登记。")
    p.para("二、出资情况")
    p.table([["序号", "付款日期", "收款方", "金额（元）", "付款方式"],
             ["1", "2022-02-20", parent.name, yuan(amt1), "银行转账"], ["2", "2022-03-28", parent.name, yuan(amt2), "银行转账"],
             ["", "合计", "", yuan(price), ""]], [0.5, 1.2, 2.6, 1.5, 1], 9.5)
    p.para("三、会计处理")
    p.para(f"本次股权收购前，常州天弘精工有限公司为{parent.name}的全资子公司，贵公司亦为{parent.name}的控股子公司"
           f"（{parent.name}持有贵公司61.50%股份），合并前后合并双方均受{parent.name}最终控制且该控制并非暂时性的，"
           "根据《企业会计准则第20号——企业合并》，本次合并属于同一控制下的企业合并，贵公司按照被合并方所有者权益在最终控制方"
           "合并财务报表中的账面价值份额确认长期股权投资。")
    p.para("四、审计结论")
    p.para(f"经审计，贵公司本次收购实际出资额为现金人民币{yuan(price)}元（{daxie(price)}），已全部支付完毕。")
    p.gap(10)
    p.para("常州正则会计师事务所有限公司    中国注册会计师：毛勇  芮佳", 11, indent=False)
    p.para("2022年8月30日", 11, indent=False, align="right")
    p.seal("常州正则会计师事务所有限公司", y=p.y + 40)
    p.save()
    reg = L.scan_page([("常州市新北区市场监督管理局", 38, "center"), ("准予变更登记通知书", 44, "center"),
                       ("（常新）登字〔2022〕第03150027号", 26, "center"), ("", 20, "left"),
                       (f"{tgt.name}：", 28, "left"),
                       ("经审查，你单位提交的股东变更登记申请，申请材料齐全，符合法定形式，我局决定准予变更登记。", 28, "left"),
                       ("变更事项：股东（发起人）", 28, "left"),
                       (f"变更前：{parent.name} 100%", 28, "left"),
                       (f"变更后：{co.name} 70%；{parent.name} 30%", 28, "left"), ("", 30, "left"),
                       ("常州市新北区市场监督管理局", 28, "right"), ("2022年3月15日", 28, "right")], seed=909,
                      seal="常州市新北区市场监督管理局")
    L.image_pdf(pkt.path(f"{B}/准予变更登记通知书.pdf", "other"), [reg])
    letter_pdf(pkt.path(f"{C}/关于关联关系的声明.pdf", "other"), org=co.name, title="声    明", docno=None,
               to="省工业和信息化厅、常州市工业和信息化局：",
               paras=[f"本公司就收购{tgt.name}70%股权事项声明如下：",
                      f"一、本次交易的转让方{parent.name}为本公司控股股东，交易前本公司与标的公司同受{parent.name}控制。",
                      "二、本次交易价格以评估值为基础协商确定，已全部以现金支付，交易真实、合法。",
                      "三、本公司对申报材料的真实性负责。"], date="2022-11-23", seal=co.name)
    license_pdf(pkt.path(f"{C}/营业执照（并购方）.pdf", "business_license"), co, "常州市新北区市场监督管理局", "2021-08-16")
    recommend_letter(pkt, f"{C}/推荐函.pdf", rec=rec, docno="常工信企〔2022〕188号", co=co,
                     project="收购常州天弘精工有限公司70%股权项目", cat_name="企业重大兼并重组项目", date="2022-11-30")
    pkt.write_expected(
        category="merger-acquisition", given="merger-acquisition", outcome="ineligible",
        figures={"applicant_name": co.name, "applicant_uscc": co.uscc, "recommending_unit": rec,
                 "acquisition_amount": price / 10000, "control_share": 0.7},
        subsidy=None, reasons=[{"kind": "document", "document": "audit_report"}],
        notes=("All numbers pass (7,280 cash in two receipts, 70% after, 工商变更 2022-03-15 in the window). But the seller is "
               "the applicant's own controlling shareholder and the target its wholly-owned subsidiary: the audit calls it "
               "同一控制下的企业合并, the agreement's 鉴于 clause and the applicant's 声明 say the same. The guide bars "
               "同一母公司控制下的各子公司间交易 → ineligible. Reason tied to the audit (the document that states it); the 声明 "
               "and the agreement are other evidence. 变更通知书 is an image-only scan."))


# =========================================================================== k10
def k10():
    pkt = Packet("k10")
    co = Co("江苏瀚海汽车零部件有限公司", "320902", "06921583", "盐城市亭湖区环保科技城瀚海路9号", "0515-88326109",
            "中国农业银行盐城亭湖支行", "10350101040016673", "顾海涛", "32000万元人民币", "2008-06-30",
            "汽车零部件、铝合金压铸件的研发、制造、销售。")
    sub = Co("盐城瀚海投资管理有限公司", "320902", "32167045", "盐城市亭湖区瀚海路9号2幢", "0515-88326100",
             "中国农业银行盐城亭湖支行", "10350101040019988", "顾海涛", "5000万元人民币", "2015-09-18", "股权投资；投资管理。")
    tgt = Co("浙江嘉禾精密压铸有限公司", "330421", "71402893", "嘉善县惠民街道禾丰路18号", "0573-84612281",
             "中国银行嘉善支行", "371258339127", "周建林", "6000万元人民币", "2009-02-16", "精密压铸件制造。")
    rec = "盐城市工业和信息化局"
    a1, a2 = 32400000.00, 21600000.00
    price = a1 + a2
    app_form_docx(pkt.path("申报表（瀚海收购嘉禾）.docx", "application_form"), title="企业重大兼并重组项目申报表",
                  cat_line="项目类别：企业重大兼并重组项目",
                  rows=[["项目名称", "收购浙江嘉禾精密压铸有限公司股权项目"], ["并购方（申报主体）", co.name],
                        ["统一社会信用代码", co.uscc], ["推荐单位", rec], ["标的企业", tgt.name],
                        ["交易内容", "受让周建林持有的标的公司45%股权"], ["实际出资额", "0.54亿元（现金）"],
                        ["工商变更完成日", "2022年5月26日"],
                        ["并购后控制情况", "本公司直接持股45%，通过全资子公司盐城瀚海投资管理有限公司间接持股10%，合计控制55%，"
                                           "为标的公司第一大股东，实现绝对控股"],
                        ["申请补助（万元）", f"{price / 10000 * 0.05:,.2f}"]], promise=PROMISE, co=co, date="2022-11-28")
    perf_form_docx(pkt.path("绩效目标申报表-附件1-13.docx", "performance_form"), annex="附件1-13",
                   title="企业重大兼并重组项目绩效目标申报表", name="收购浙江嘉禾精密压铸有限公司股权项目", rec=rec, owner=co.name,
                   start="2022年3月", end="2022年5月", goal="整合长三角压铸产能，形成新能源汽车一体化压铸件配套能力。",
                   rows=[("产出指标", "时效指标", "兼并重组完成及时率（%）", "100"),
                         ("效益指标", "经济效益", "项目总投入（万元）", f"{price / 10000:,.2f}")])
    p = Pdf(pkt.path("股权转让协议.pdf", "contract"), footer_pages=True)
    p.title("股权转让协议", 18, 10)
    p.para("转让方（甲方）：周建林（身份证号：3304211968********）", 11, indent=False)
    p.para(f"受让方（乙方）：{co.name}", 11, indent=False)
    p.para(f"目标公司：{tgt.name}", 11, indent=False)
    p.para("鉴于：目标公司注册资本6,000万元，甲方持有75%，嘉善禾丰投资合伙企业（有限合伙）持有15%，盐城瀚海投资管理有限公司"
           "（乙方全资子公司）持有10%。")
    p.para("第一条 甲方同意将其持有的目标公司45%股权（对应注册资本2,700万元）转让给乙方，乙方同意受让。")
    p.para(f"第二条 转让价款为人民币伍仟肆佰万元整（¥{yuan(price)}），全部以现金支付：协议生效后5个工作日内支付60%"
           f"（¥{yuan(a1)}），工商变更登记完成后20个工作日内支付40%（¥{yuan(a2)}）。")
    p.para("第三条 转让完成后，目标公司股权结构为：乙方45%，甲方30%，嘉善禾丰投资合伙企业（有限合伙）15%，"
           "盐城瀚海投资管理有限公司10%。")
    p.new_page()
    p.para("第四条 转让完成后，目标公司董事会由5名董事组成，乙方提名3名，甲方提名1名，禾丰投资提名1名；董事长由乙方提名。")
    p.para("第五条 本协议自双方签字盖章之日起生效。")
    p.gap(20)
    p.para(f"甲方（签字）：周建林              乙方（盖章）：{co.name}", 11, indent=False)
    p.para("签订日期：2022年3月22日", 11, indent=False)
    p.seal(co.name, x=420, y=p.y + 30)
    p.save()
    receipt(pkt, "付款回单/农行-20220329.pdf", bank="中国农业银行", no="ABCYC2203290051", date="2022-03-29",
            payer=co.payer(), payee=("周建林", "6228480329118726513", "中国农业银行嘉善支行"), amount=a1, memo="股权转让款60%")
    receipt(pkt, "付款回单/农行-20220615.pdf", bank="中国农业银行", no="ABCYC2206150093", date="2022-06-15",
            payer=co.payer(), payee=("周建林", "6228480329118726513", "中国农业银行嘉善支行"), amount=a2, memo="股权转让款40%")
    reg = L.scan_page([("嘉善县市场监督管理局", 38, "center"), ("登记通知书", 44, "center"),
                       ("（嘉善）登记内变字〔2022〕第0526018号", 26, "center"), ("", 20, "left"), (f"{tgt.name}：", 28, "left"),
                       ("你单位申请的股东变更登记，经审查，准予变更登记。", 28, "left"),
                       ("变更后股东及出资情况：", 28, "left"),
                       (f"  {co.name}          2,700万元   45%", 26, "left"),
                       ("  周建林                                1,800万元   30%", 26, "left"),
                       ("  嘉善禾丰投资合伙企业（有限合伙）  900万元   15%", 26, "left"),
                       ("  盐城瀚海投资管理有限公司          600万元   10%", 26, "left"), ("", 30, "left"),
                       ("嘉善县市场监督管理局", 28, "right"), ("2022年5月26日", 28, "right")],
                      seed=1010, seal="嘉善县市场监督管理局")
    L.save_jpeg(pkt.path("IMG_20221128_101533.jpg", "other"), L.photo(reg, 1010, 2.4))
    p = Pdf(pkt.path("并购专项审计报告.pdf", "audit_report"), footer_pages=True)
    p.title("关于江苏瀚海汽车零部件有限公司并购出资情况的专项审计报告", 14, 8)
    p.para("盐华信专审〔2022〕第146号", 10.5, indent=False, align="center")
    p.para(f"{co.name}：")
    p.para(f"经审计，贵公司于2022年3月22日与周建林签订股权转让协议，受让{tgt.name}45%股权，实际出资额人民币0.54亿元"
           f"（{yuan(price)}元），已于2022年3月29日和2022年6月15日以银行转账方式全部支付。2022年5月26日，标的公司完成工商变更。")
    p.para("交易完成后，贵公司直接持有标的公司45%股权，为其第一大股东；贵公司全资子公司盐城瀚海投资管理有限公司自2020年8月起"
           "持有标的公司10%股权。贵公司直接及间接合计持有标的公司55%股权，自2022年6月起将其纳入合并财务报表范围。")
    p.gap(12)
    p.para("盐城华信会计师事务所有限公司    中国注册会计师：成浩  王璐", 11, indent=False)
    p.para("2022年9月16日", 11, indent=False, align="right")
    p.seal("盐城华信会计师事务所有限公司", y=p.y + 40)
    p.save()
    letter_pdf(pkt.path("章程修正案.pdf", "other"), org=tgt.name, title=f"{tgt.name}章程修正案", docno=None, to=None,
               paras=["根据2022年5月18日股东会决议，对公司章程作如下修改：",
                      "原第七条“股东周建林出资4,500万元，占注册资本75%……”修改为：",
                      f"第七条 股东{co.name}出资2,700万元，占注册资本45%；股东周建林出资1,800万元，占30%；股东嘉善禾丰投资合伙企业"
                      "（有限合伙）出资900万元，占15%；股东盐城瀚海投资管理有限公司出资600万元，占10%。",
                      "股东会会议由股东按照出资比例行使表决权；董事会决议须经全体董事过半数通过。"],
               date="2022-05-18", seal=tgt.name)
    license_pdf(pkt.path("营业执照-瀚海.pdf", "business_license"), co, "盐城市亭湖区市场监督管理局", "2021-12-01")
    license_pdf(pkt.path("营业执照-瀚海投资.pdf", "other"), sub, "盐城市亭湖区市场监督管理局", "2020-04-22")
    recommend_letter(pkt, "推荐函.pdf", rec=rec, docno="盐工信企〔2022〕211号", co=co, project="收购浙江嘉禾精密压铸有限公司股权项目",
                     cat_name="企业重大兼并重组项目", date="2022-12-01")
    pkt.write_expected(
        category="merger-acquisition", given="merger-acquisition", outcome="needs_review",
        figures={"applicant_name": co.name, "applicant_uscc": co.uscc, "recommending_unit": rec,
                 "acquisition_amount": price / 10000},
        subsidy=None, reasons=[{"kind": "figure", "figure": "control_share"}],
        notes=("5,400 cash (0.54亿元, two receipts) ≥ 5,000; 工商变更 2022-05-26 in window. Control: the 发起方 holds 45% DIRECTLY "
               "(largest single holder; others 30/15) and 10% more through its wholly-owned subsidiary (held since 2020) → 55% "
               "consolidated. The guide: '发起方须为企业唯一控股50%（含）以上的最大股东'. Whether indirect holdings via a wholly-owned "
               "subsidiary count for the 发起方 is not settled by the guide; the applicant claims 55%, a literal reading gives 45% "
               "→ needs_review. No control_share figure expected (45% vs 55%)."))


# =========================================================================== k11
def k11():
    pkt = Packet("k11")
    co = Co("镇江铖远新材料科技有限公司", "321102", "08573396", "镇江市京口区学府路88号", "0511-85503217",
            "中国建设银行镇江京口支行", "32050175361800000419", "陈远", "20000万元人民币", "2013-10-22",
            "电子级硅材料、半导体材料的研发、生产、销售（分支机构经营）；技术进出口。")
    rec = "镇江市工业和信息化局"
    proj = "电子级高纯多晶硅基础材料产业化项目"
    site = "安徽省滁州市南谯区乌衣镇新材料产业园纬三路6号（镇江铖远新材料科技有限公司滁州分公司）"
    start, plan_done = "2021-11-08", "2023-06-30"
    plan, civil, flow = 8650.00, 1980.00, 520.00
    total = plan - civil - flow
    assert total == 6150.00
    app_form_docx(pkt.path("A1 项目申报表.docx", "application_form"), title="2023年度省工业和信息产业转型升级专项资金项目申报表",
                  cat_line="项目类别：高端化改造升级项目—产业基础再造项目（关键基础材料）",
                  rows=[["项目名称", proj], ["项目承担单位", co.name], ["统一社会信用代码", co.uscc], ["项目推荐单位", rec],
                        ["项目建设地点", site], ["开工时间", cn_date(start)], ["计划竣工时间", cn_date(plan_done)],
                        ["计划总投资（万元）", f"{plan:,.2f}"], ["项目总投入（万元，不含税，扣除土建及铺底流动资金）", f"{total:,.2f}"],
                        ["截至2022年10月底完成投资（万元）", "2,316.40"], ["申请补助（万元）", f"{total * 0.1:,.2f}"]],
                  promise=PROMISE, co=co, date="2022-11-30")
    perf_form_docx(pkt.path("A2 绩效目标申报表（附件1-1）.docx", "performance_form"), annex="附件1-1",
                   title="高端化改造升级项目绩效目标申报表", name=proj, rec=rec, owner=co.name, start="2021年11月",
                   end="2023年6月", goal="形成年产3000吨电子级高纯多晶硅产能，实现进口替代。",
                   rows=[("产出指标", "数量指标", "新增产品生产能力（件/吨）", "3000吨"),
                         ("产出指标", "数量指标", "新增知识产权数量（个）", "8"),
                         ("效益指标", "经济效益", "项目总投入（万元）", f"{total:,.2f}")])
    p = Pdf(pkt.path("A3 项目资金申请报告.pdf", "other"), footer_pages=True)
    p.title(f"{proj}", 15, 6)
    p.title("资金申请报告", 18, 20)
    p.para("一、企业基本情况")
    p.para(f"{co.name}注册于镇江市京口区，2021年在安徽省滁州市设立滁州分公司，作为电子级硅材料生产基地。")
    p.para("二、项目建设地点及内容")
    p.para(f"项目建设地点位于{site}。主要建设内容为：购置还原炉、精馏塔、尾气回收及分析检测设备等，形成年产3,000吨电子级高纯多晶硅产能。")
    p.para("三、投资估算（单位：万元）")
    p.table([["序号", "投资内容", "金额", "备注"], ["1", "设备购置及安装", "5,486.00", ""], ["2", "软件及系统集成", "312.00", ""],
             ["3", "检验检测、专利等其他投入", "352.00", ""], ["4", "土建工程", f"{civil:,.2f}", "不计入项目总投入"],
             ["5", "铺底流动资金", f"{flow:,.2f}", "不计入项目总投入"], ["", "计划总投资", f"{plan:,.2f}", ""],
             ["", "项目总投入", f"{total:,.2f}", "1+2+3"]], [0.6, 3, 1.4, 2], 10)
    p.para("四、建设进度")
    p.para(f"项目于{cn_date(start)}开工建设，截至2022年10月底完成投资2,316.40万元，主厂房已封顶，还原炉等主要设备已陆续到货，"
           f"计划{cn_date(plan_done)}建成投产。")
    p.new_page()
    p.para("五、项目手续")
    p.para("项目已取得滁州市南谯区发展和改革委员会备案（项目代码2021-341103-30-03-047716）、滁州市生态环境局环评批复"
           "及滁州市发展和改革委员会节能审查意见，滁州市南谯区经济和信息化局出具了开工证明。")
    p.save()
    assert abs(5486 + 312 + 352 - total) < 1e-9
    letter_pdf(pkt.path("A4 项目备案表.pdf", "project_filing"), org="滁州市南谯区发展和改革委员会", title="安徽省投资项目备案表",
               docno="南发改备〔2021〕219号", to=None,
               paras=[("table", [["项目代码", "2021-341103-30-03-047716"], ["项目名称", proj],
                                 ["项目单位", "镇江铖远新材料科技有限公司滁州分公司"], ["建设地点", "安徽省滁州市南谯区乌衣镇新材料产业园"],
                                 ["总投资", "8650万元"], ["建设规模及内容", "年产3000吨电子级高纯多晶硅"]], [1.3, 5], 10.5),
                      "备案机关：滁州市南谯区发展和改革委员会"], date="2021-09-14", seal="滁州市南谯区发展和改革委员会")
    letter_pdf(pkt.path("A5 环评批复.pdf", "eia_approval"), org="滁州市生态环境局", title=f"关于{proj}环境影响报告书的批复",
               docno="滁环〔2021〕316号", to="镇江铖远新材料科技有限公司滁州分公司：",
               paras=["经研究，同意项目在滁州市南谯区乌衣镇新材料产业园按报告书所列内容建设。"], date="2021-10-25",
               seal="滁州市生态环境局")
    letter_pdf(pkt.path("A6 节能审查意见.pdf", "energy_review"), org="滁州市发展和改革委员会", title=f"关于{proj}节能报告的审查意见",
               docno="滁发改能审〔2021〕41号", to="镇江铖远新材料科技有限公司滁州分公司：",
               paras=["经审查，原则同意该项目节能报告。"], date="2021-10-29", seal="滁州市发展和改革委员会")
    kg = L.scan_page([("滁州市南谯区经济和信息化局", 38, "center"), ("开 工 证 明", 48, "center"), ("", 20, "left"),
                      (f"兹证明镇江铖远新材料科技有限公司滁州分公司“{proj}”（项目代码2021-341103-30-03-047716）"
                       f"已于{cn_date(start)}正式开工建设，目前项目正在建设中，尚未竣工。", 30, "left"),
                      ("特此证明。", 30, "left"), ("", 40, "left"), ("滁州市南谯区经济和信息化局", 30, "right"),
                      ("2022年11月15日", 30, "right")], seed=1111, seal="滁州市南谯区经济和信息化局")
    L.image_pdf(pkt.path("A7 开工证明（扫描）.pdf", "construction_start_certificate"), [kg])
    license_pdf(pkt.path("A8 营业执照.pdf", "business_license"), co, "镇江市京口区市场监督管理局", "2021-07-05")
    recommend_letter(pkt, "A9 推荐函.pdf", rec=rec, docno="镇工信投资〔2022〕93号", co=co, project=proj,
                     cat_name="产业基础再造项目", date="2022-12-05")
    branch = ("镇江铖远新材料科技有限公司滁州分公司", L.uscc("341103", "09126637"), "安徽省滁州市南谯区乌衣镇纬三路6号 0550-3216688",
              "中国建设银行滁州南谯支行 34050172620800000316")
    invoice(pkt, "A10 发票/还原炉-数电票.pdf", "e", number="22312000000220194736", date="2022-07-22", buyer=branch,
            seller=S["shturbine"].inv(), items=[("*专用设备*多晶硅还原炉", "HJ-40对棒", "台", 4, 9680000.00, 0.13)])
    invoice(pkt, "A10 发票/精馏塔-数电票.pdf", "e", number="22342000000198307521", date="2022-09-09", buyer=branch,
            seller=S["ahkiln"].inv(), items=[("*专用设备*三氯氢硅精馏塔", "JL-1200", "套", 2, 5260000.00, 0.13)])
    pkt.write_expected(
        category="industrial-foundation", given="industrial-foundation", outcome="ineligible",
        figures={"applicant_name": co.name, "applicant_uscc": co.uscc, "recommending_unit": rec,
                 "total_investment": total, "start_date": start, "completion_date": plan_done,
                 "invoice_total": pkt.invoice_total_wan(), "invoice_count": 2},
        subsidy=None, reasons=[{"kind": "document", "document": "project_filing"}],
        notes=("A Jiangsu-registered applicant, but the project is built in ANHUI (滁州 branch): 安徽省投资项目备案表 by 滁州市南谯区"
               "发改委, 滁州 EIA / energy review, 开工证明 (image-only scan) by 滁州市南谯区经信局, invoices to the 滁州分公司. The guide's "
               "first condition for 高端化改造升级 is 项目实施地在江苏省域内 → ineligible, although every amount passes "
               "(8,650 − 土建 1,980 − 铺底 520 = 6,150 ≥ 5,000; started 2021-11-08, not completed)."))


# =========================================================================== k12
def k12():
    pkt = Packet("k12")
    co = Co("苏州博远环境装备股份有限公司", "320507", "67842019", "苏州市相城区黄埭镇春兴路58号", "0512-65738812",
            "中国银行苏州相城支行", "469958211043", "沈博远", "15600万元人民币", "2007-01-09",
            "环保设备、除尘脱硝装备的研发、制造、销售、安装及运维服务；环境工程设计。", kind="股份有限公司（非上市）")
    rec = "苏州市工业和信息化局"
    proj = "环保装备全生命周期管理与远程智能运维服务平台建设项目"
    start, done, acc = "2020-06-01", "2022-05-20", "2022-09-08"
    soft_parts = [("远程运维平台软件", 5124000), ("系统集成", 3862000), ("公有云资源", 1680000), ("工业设计及仿真软件", 1520000)]
    other = [("智能化检测设备及物联网终端", 39268000), ("调试安装费用", 3180000), ("咨询、设计、检测、评价费用", 3970000)]
    soft = sum(v for _, v in soft_parts)
    total = soft + sum(v for _, v in other)
    deco = 1536000
    assert soft == 12186000 and total == 58604000
    app_form_docx(pkt.path("(1)项目申报表.docx", "application_form"),
                  title="2023年度江苏省工业和信息产业转型升级专项资金项目申报表（服务化改造升级标杆示范项目）", cat_line=None,
                  rows=[["项目名称", proj, None, None], ["申报单位", co.name, "统一社会信用代码", co.uscc],
                        ["推荐单位", rec, "服务化方向", "全生命周期管理、节能环保服务"],
                        ["起止时间", f"{cn_date(start)}—{cn_date(done)}", "验收时间", cn_date(acc)],
                        ["项目总投入（万元）", f"{total / 10000:,.2f}", "其中软件等（万元）", f"{soft / 10000:,.2f}"],
                        ["服务型制造示范企业/工业设计中心/设计大赛获奖", "暂无", None, None],
                        ["申请补助（万元）", "500.00", None, None]],
                  merges=[(0, 1, 0, 3), (5, 1, 5, 3), (6, 1, 6, 3)], promise=PROMISE, co=co, date="2022-11-26")
    perf_form_docx(pkt.path("(2)绩效目标申报表.docx", "performance_form"), annex="附件1-5",
                   title="服务化改造升级标杆示范项目绩效目标申报表", name=proj, rec=rec, owner=co.name, start="2020年6月",
                   end="2022年5月", goal="建成覆盖在役环保装备的全生命周期管理和远程运维服务体系。",
                   rows=[("产出指标", "数量指标", "综合服务收入（万元）", "9,860"),
                         ("产出指标", "数量指标", "服务客户数量（个）", "420"),
                         ("效益指标", "经济效益", "项目总投入（万元）", f"{total / 10000:,.2f}")])
    rows = [["类别", "明细", "金额（元）", "小计（元）"]]
    for i, (n, v) in enumerate(soft_parts):
        rows.append(["软件、系统集成、公私有云" if i == 0 else None, n, yuan(v), yuan(soft) if i == 0 else None])
    for i, (n, v) in enumerate(other):
        rows.append(["设备及其他" if i == 0 else None, n, yuan(v), yuan(total - soft) if i == 0 else None])
    rows.append(["展示及运维中心装修工程（土建性质，不计入）", None, yuan(deco), None])
    rows.append(["项目总投入（不含税）", None, None, yuan(total)])
    n = len(rows)
    merges = [(1, 0, 4, 0), (1, 3, 4, 3), (5, 0, 7, 0), (5, 3, 7, 3), (n - 2, 0, n - 2, 1), (n - 2, 2, n - 2, 3),
              (n - 1, 0, n - 1, 2)]
    L.docx_rich(pkt.path("(3)项目资金申请报告.docx", "other"), f"{proj}资金申请报告", [
        ("h", "一、项目概况"), ("p", "公司以除尘、脱硝装备为基础，建设远程智能运维平台，向客户提供全生命周期管理和节能环保托管服务。"),
        ("h", "二、投资完成情况"), ("tm", rows, merges)])
    p = Pdf(pkt.path("(4)专项审计报告.pdf", "audit_report"), header="苏华瑞专审字（2022）第1563号", footer_pages=True)
    p.title("专 项 审 计 报 告", 20, 16)
    p.para(f"{co.name}：", 11, indent=False)
    p.para(f"我们审计了贵公司“{proj}”的投资完成情况。")
    p.para(f"经审计，项目自{cn_date(start)}开工至{cn_date(done)}完工，投资总额（不含税）{yuan(total + deco)}元，其中展示及"
           f"运维中心装修工程{yuan(deco)}元属于土建性质，不计入项目总投入。扣除后项目总投入为{yuan(total)}元"
           f"（大写：{daxie(total)}）。")
    p.para("项目总投入中，" + "、".join(f"{n}{yuan(v)}元" for n, v in soft_parts) +
           f"，以上软件、系统集成、公私有云等投入合计{yuan(soft)}元；" +
           "、".join(f"{n}{yuan(v)}元" for n, v in other) + "。")
    p.para("我们认为，上述投资完成情况在所有重大方面真实、公允。")
    p.gap(16)
    p.para("苏州华瑞会计师事务所有限公司   中国注册会计师：陆青  任思齐", 11, indent=False)
    p.para("2022年7月28日", 11, indent=False, align="right")
    p.seal("苏州华瑞会计师事务所有限公司", y=p.y + 40)
    p.save()
    letter_pdf(pkt.path("(5)验收意见.pdf", "acceptance_opinion"), org=rec, title=f"“{proj}”验收意见", docno="苏工信服务〔2022〕46号",
               to=None, paras=[f"{cn_date(acc)}，苏州市工业和信息化局组织专家对该项目进行验收。项目于{cn_date(done)}完工，"
                               f"经审计项目总投入{total / 10000:,.2f}万元。专家组同意通过验收。"], date=acc, seal=rec)
    letter_pdf(pkt.path("(6)项目备案证.pdf", "project_filing"), org="苏州市相城区行政审批局", title="江苏省投资项目备案证",
               docno="相行审备〔2020〕281号", to=None,
               paras=[("table", [["项目名称", proj], ["项目单位", co.name], ["总投资", "6,200万元"],
                                 ["建设内容", "建设远程运维平台、物联网监测终端及运维中心。"]], [1.3, 5], 10.5)],
               date="2020-05-12", seal="苏州市相城区行政审批局")
    letter_pdf(pkt.path("(7)推荐单位关于环评能评手续的说明.pdf", "procedure_exemption"), org=rec,
               title="关于苏州博远环境装备股份有限公司项目环评、能评手续的说明", docno=None, to="省工业和信息化厅：",
               paras=["该项目为信息化平台及运维服务能力建设，不新增生产能力和污染物排放，年综合能耗低于1000吨标准煤，"
                      "根据规定无需办理环境影响评价和节能审查手续。"], date="2022-11-28", seal=rec)
    lic = L.scan_page(license_lines(co, "苏州市相城区市场监督管理局", "2021-04-20"), seed=1212, seal="苏州市相城区市场监督管理局",
                      border=True)
    L.save_jpeg(pkt.path("(8)营业执照.jpg", "business_license"), L.photo(lic, 1212, 1.4))
    recommend_letter(pkt, "(9)推荐函.pdf", rec=rec, docno="苏工信服务〔2022〕61号", co=co, project=proj,
                     cat_name="服务化改造升级标杆示范项目", date="2022-12-01")
    invoice(pkt, "票据/云帆物联-数电票-0528.pdf", "e", number="22322000000031862904", date="2021-05-28", buyer=co.inv(),
            seller=S["szplat"].inv(), items=[("*通信设备*环保装备物联网监测终端", "YF-T300", "台", 1100, 2860000.00, 0.13)])
    invoice(pkt, "票据/数织平台软件-专票.pdf", "boxed", code="3300211130", number="08845127", date="2021-09-17",
            buyer=co.inv(), seller=S["hzsoft"].inv(), items=[("*信息系统服务*远程运维平台软件", "SZ-RMS", "套", 1,
                                                              1680000.00, 0.13)], province="浙江")
    invoice(pkt, "票据/天衡云-数电票-0331.pdf", "e", number="22322000000203316589", date="2022-03-31", buyer=co.inv(),
            seller=S["njcloud"].inv(), items=[("*信息技术服务*公有云资源服务", "", "项", 1, 720000.00, 0.06)])
    receipt(pkt, "票据/回单-20210608.pdf", bank="中国银行", no="BOCSZ2106080339", date="2021-06-08", payer=co.payer(),
            payee=S["szplat"].payer(), amount=3231800.00, memo="物联网终端货款")
    pkt.write_expected(
        category="service-manufacturing", given=None, outcome="eligible",
        figures={"applicant_name": co.name, "applicant_uscc": co.uscc, "recommending_unit": rec,
                 "total_investment": total / 10000, "software_investment": soft / 10000, "start_date": start,
                 "completion_date": done, "acceptance_date": acc, "invoice_total": pkt.invoice_total_wan(),
                 "invoice_count": 3},
        subsidy=500.0, reasons=[],
        notes=("Category detected (申报表 title names 服务化改造升级标杆示范项目; 附件1-5 form). The applicant has NO 服务型制造 "
               "designation ('暂无'): for this category designations are only 优先支持, not a condition. Audit narrative in 元: "
               "60,140,000 incl. 装修 1,536,000 (土建性质) → 58,604,000 = 5,860.40 (大写); software four parts = 1,218.60 "
               "(DOCX table with merged 小计 cells). CAP: 10% = 586.04 → 500. 备案 6,200 distractor. Completion 2022-05-20, "
               "accepted 2022-09-08 by the recommending unit; 环评/能评 exemption by the recommending unit; licence as a JPEG photo."))
