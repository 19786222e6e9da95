#!/usr/bin/env python3
"""Generate the frozen11 blind packets r01–r12 and their expected results.

    /work/main/.venv/bin/python corpus/frozen11/make_packets.py

Deletes and rewrites packets/ and expected/ beside this file. Deterministic: byte-identical on rerun
(the script prints a sha256 over every file it wrote). Written blind: from the guide, the CONTRACT, the samples and the
earlier frozen sets' READMEs only. All companies, people, codes and numbers are invented.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib11 import (A4, FONT, Image, ImageDraw, ImageFont, Pdf, TTF, acct, boxed_invoice2_pdf, cn_date,  # noqa: E402
                   cn_upper_date, daxie, docx_pages, docx_rich, einvoice2_pdf, keystone_photo, pdf_page_images,
                   photo, receipt_pdf, rescan, save_jpeg, save_png, scan_page, scan_pdf, sideways, table_repeat, uscc,
                   watermark, web_screenshot, yuan)

PK = HERE / "packets"
EX = HERE / "expected"


# ---------------------------------------------------------------- an independent USCC checker (GB 32100-2015)
def independent_uscc_ok(code: str) -> bool:
    """Written separately from lib11.uscc: checks both the organisation-code digit (GB 11714) and the final digit."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    val = {ch: i for i, ch in enumerate(alphabet)}
    if len(code) != 18 or any(ch not in val for ch in code):
        return False
    weights = [pow(3, i, 31) for i in range(17)]  # 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
    total = sum(val[ch] * w for ch, w in zip(code[:17], weights))
    last = (31 - total % 31) % 31
    if alphabet[last] != code[17]:
        return False
    org = code[8:17]
    ow = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(ch) * w for ch, w in zip(org[:8], ow))
    d = (11 - s % 11) % 11
    return org[8] == ("X" if d == 10 else str(d))


# ---------------------------------------------------------------- packet bookkeeping
class Packet:
    def __init__(self, pid: str):
        self.id = pid
        self.root = PK / pid
        self.root.mkdir(parents=True, exist_ok=True)
        self.kinds: dict[str, str] = {}

    def f(self, rel: str, kind: str) -> Path:
        self.kinds[rel] = kind
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def tmp(self, name: str) -> Path:
        return self.root / f"_tmp_{name}"


def expected(pk: Packet, *, category, given, outcome, figures, subsidy, reasons, notes):
    EX.mkdir(parents=True, exist_ok=True)
    doc = {"id": pk.id, "category": category, "given_category": category if given else None, "outcome": outcome,
           "figures": figures, "max_subsidy_wan": subsidy, "reasons": reasons, "notes": notes,
           "documents": dict(sorted(pk.kinds.items()))}
    (EX / f"{pk.id}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def w(v):  # 元 -> 万元, unrounded
    return round(v / 10000, 6)


# ---------------------------------------------------------------- shared renderers (each packet words its own papers)
def license_image(*, name, code, kind, rep, capital, founded, term, addr, scope, seed, reg="市场监督管理局"):
    lines = [("营 业 执 照", 64, "center"), ("（副    本）", 30, "center"), "",
             (f"统一社会信用代码  {code}", 28, "left"), "",
             (f"名        称  {name}", 28, "left"), (f"类        型  {kind}", 28, "left"),
             (f"法定代表人  {rep}", 28, "left"), (f"注册资本  {capital}", 28, "left"),
             (f"成立日期  {founded}", 28, "left"), (f"营业期限  {term}", 28, "left"),
             (f"住        所  {addr}", 28, "left"), (f"经营范围  {scope}", 26, "left"), "", "",
             (f"登记机关  {reg}", 28, "right"), (f"{founded[:5]}  （变更登记后换发）", 24, "right")]
    return scan_page(lines, seed, seal=reg[:10] + "登记专用章", border=True)


def party(name, tax, addr, bank):
    return (name, tax, addr, bank)


def recommend_letter(path, *, unit, doc_no, to="省工业和信息化厅", body, date, numeral=False, cc=None):
    p = Pdf(path)
    p.c.setFillColorRGB(0.8, 0.1, 0.1)
    p.title(unit + "文件" if cc == "red" else unit, 20, 14)
    p.c.setFillColorRGB(0, 0, 0)
    p.para(doc_no, 11, indent=False, align="center")
    p.gap(10)
    p.title("关于推荐2023年度省工业和信息产业转型升级专项资金项目的函", 14, 12)
    p.para(to + "：", 12, indent=False)
    for b in body:
        p.para(b, 12)
    p.gap(30)
    p.para(unit, 12, indent=False, align="right")
    p.para(cn_upper_date(date) if numeral else cn_date(date), 12, indent=False, align="right")
    p.seal(unit, y=p.y + 40)
    p.save()


# ================================================================ r01 smart-factory, eligible
def r01():
    pk = Packet("r01")
    name = "江苏瑞丰泽精密制造股份有限公司"
    code = uscc("321204", "58317264")
    rec = "泰州市工业和信息化局"
    proj = "新能源汽车减速器壳体智能制造示范工厂建设项目"
    me = party(name, code, "泰州市姜堰区三水大道168号 0523-88216735", "中国工商银行泰州姜堰支行 1115 2201 0902 4417 386")

    # application form: its own labels (项目投资额, 软件类投入), dates written 2020.09.01 / 2022/05/26
    docx_rich(pk.f("附件1 项目入库申报表.docx", "application_form"),
              "2023年度江苏省工业和信息产业转型升级专项资金项目入库申报表", [
        ("p", "申报类别：智能化改造数字化转型 — 标杆示范项目 — 智能制造示范工厂项目"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["项目承担单位（盖章）", name, None, None],
            ["统一社会信用代码", code, "企业规模", "规模以上（2021年营业收入6.83亿元）"],
            ["项目推荐单位", rec, "项目建设地点", "泰州市姜堰区三水大道168号现有厂区3#、4#车间"],
            ["项目起止时间", "2020.09.01—2022/05/26", "实施周期", "约21个月"],
            ["项目投资额（不含税，万元）", "3,314.00（审定数）", "其中：软件类投入（软件、系统集成、私有云）", "344.25"],
            ["申请专项资金（万元）", "331.40", "其他财政资金支持情况", "无"],
            ["示范称号", "2021年度江苏省智能制造示范工厂（苏工信装备〔2021〕552号）", None, None],
            ["手续情况", "已备案（姜堰区行政审批局，2020年8月）；利用现有厂房的设备购置类技改，无需环评、能评，推荐单位已出具说明", None, None],
            ["验收情况", "2022年9月16日由泰州市工业和信息化局组织验收，原则同意通过验收；按专家意见整改事项已于2022年10月完成", None, None],
            ["主要建设内容", "新增五轴加工中心、车铣复合加工中心、在线三坐标检测、AGV及立体库等智能装备112台（套），部署MES、APS、QMS系统并与ERP集成，建设私有云平台，实现减速器壳体加工全过程数据采集与质量追溯", None, None],
            ["联系人及电话", "钱嘉明  0523-88216735  13905261847", None, None],
        ], [(0, 1, 0, 3), (1, 1, 1, 3), (7, 1, 7, 3), (8, 1, 8, 3), (9, 1, 9, 3), (10, 1, 10, 3), (11, 1, 11, 3)]),
        ("p", "申报单位承诺：所报材料真实、准确、完整，项目未获得其他省级财政资金支持，发票未重复使用。"),
        ("r", "法定代表人（签字）：孙立伟        2022年11月14日"),
    ])

    docx_rich(pk.f("附件2 绩效目标申报表（附件1-2）.docx", "performance_form"), None, [
        ("p", "附件1-2"),
        ("c", "智能制造示范工厂项目绩效目标申报表"),
        ("c", "（2023年度）"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["项目推荐单位", rec, "项目承担单位", name],
            ["项目开始时间", "2020年9月", "项目结束时间", "2022年5月"],
            ["总体目标", "建成减速器壳体智能制造示范工厂，生产效率提高30%以上，产品合格率达到99.5%", None, None],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "生产效率提高率（%）", "32"],
            [None, None, "形成企业/行业/国家标准草案数量（个）", "2"],
            [None, None, "新增知识产权数量（个）", "9"],
            [None, "质量指标", "产品合格率（%）", "99.5"],
            [None, "时效指标", "项目进度完成及时率（%）", "100"],
            ["效益指标", "经济效益", "项目总投入（万元）", "3314"],
            [None, None, "主营业务收入（万元）", "75000"],
            [None, None, "实缴税金（万元）", "2860"],
            [None, None, "利润总额（万元）", "6120"],
            [None, "社会效益", "形成智能制造示范应用场景数量（个）", "7"],
            [None, None, "项目中省内智能制造装备应用数量（个）", "46"],
            [None, None, "项目中省内服务商参与数量（个）", "5"],
            ["个性指标", "", "研发周期缩短率（%）", "20"],
            [None, "", "库存周期缩短率（%）", "25"],
            [None, "", "订单准时交付提高率（%）", "15"],
        ], [(0, 1, 0, 3), (3, 1, 3, 3), (5, 0, 9, 0), (5, 1, 7, 1), (10, 0, 16, 0), (10, 1, 13, 1), (14, 1, 16, 1),
            (17, 0, 19, 0)]),
    ])

    # audit: PDF, table in 万元 with an 调整 column written in accounting parentheses
    rows = [
        ("1", "智能加工及检测设备", 2468.30, 0.0, ""),
        ("2", "智能物流及仓储设备（AGV、立体库）", 386.40, 0.0, ""),
        ("3", "工业软件（MES、APS、QMS）", 218.60, 0.0, "软件类"),
        ("4", "系统集成（ERP/MES/设备接口）", 96.80, 0.0, "软件类"),
        ("5", "私有云平台及网络", 41.20, -12.35, "软件类；注2"),
        ("6", "调试安装费用", 68.75, 0.0, ""),
        ("7", "咨询、设计、检测费用", 46.30, 0.0, ""),
        ("8", "车间地坪及隔断改造", 86.40, -86.40, "注1"),
    ]
    dec = round(sum(r[2] for r in rows), 2)
    adj = round(sum(r[3] for r in rows), 2)
    aud = round(dec + adj, 2)
    soft = round(218.60 + 96.80 + (41.20 - 12.35), 2)
    assert (dec, adj, aud, soft) == (3412.75, -98.75, 3314.00, 344.25), (dec, adj, aud, soft)
    p = Pdf(pk.f("附件3 专项审计报告.pdf", "audit_report"), header="泰华信专审字〔2022〕第1093号", footer_pages=True)
    p.gap(120)
    p.title("江苏瑞丰泽精密制造股份有限公司", 18, 14)
    p.title(proj, 15, 10)
    p.title("投入情况专项审计报告", 18, 60)
    p.para("泰州华信会计师事务所有限公司", 13, indent=False, align="center")
    p.para("二〇二二年七月二十二日", 12, indent=False, align="center")
    p.new_page()
    p.title("专项审计报告", 16, 16)
    p.para("江苏瑞丰泽精密制造股份有限公司：", 11, indent=False)
    p.para(f"我们接受委托，对贵公司“{proj}”（以下简称“该项目”）自2020年9月1日开工至2022年5月26日完工期间的项目投入情况"
           "进行了专项审计。提供真实、合法、完整的会计资料是贵公司管理层的责任，我们的责任是在实施审计工作的基础上发表审计意见。"
           "审计过程中，我们检查了项目合同、发票、付款凭证、设备到货验收单及会计账簿，并对主要设备进行了现场盘点。")
    p.para("一、项目概况")
    p.para("该项目在公司现有3#、4#车间内实施，新增五轴加工中心、车铣复合加工中心、在线三坐标测量机、AGV及立体仓库等智能装备"
           "112台（套），部署MES、APS、QMS系统并与ERP集成，建设私有云平台。项目于2020年9月1日开工，2022年5月26日完工。")
    p.para("二、审计结果")
    p.para(f"贵公司申报项目投入{yuan(dec * 10000)}元，经审计调整{acct(adj * 10000)}元，审定项目总投入（不含税）"
           f"{yuan(aud * 10000)}元（大写：人民币{daxie(aud * 10000)}），其中软件、系统集成、私有云等投入{yuan(soft * 10000)}元。"
           "审计调整事项详见附表注释。")
    p.para("三、其他说明")
    p.para("本报告仅供贵公司申报2023年度江苏省工业和信息产业转型升级专项资金使用。")
    p.gap(16)
    p.para("泰州华信会计师事务所有限公司          中国注册会计师：蒋文涛", 11, indent=False)
    p.para("中国·泰州                              中国注册会计师：陆佳慧", 11, indent=False)
    p.para("二〇二二年七月二十二日", 11, indent=False, align="right")
    p.seal("泰州华信会计师事务所有限公司", y=p.y + 50)
    p.new_page()
    p.para("附表", 11, indent=False)
    p.title("项目投入审定明细表", 14, 8)
    p.para("编制单位：江苏瑞丰泽精密制造股份有限公司                金额单位：人民币万元", 9, indent=False)
    trows = [["序号", "投入类别", "申报数", "审计调整", "审定数", "备注"]]
    for r in rows:
        trows.append([r[0], r[1], acct(r[2]), acct(r[3]), acct(round(r[2] + r[3], 2)), r[4]])
    trows.append(["", "合计", acct(dec), acct(adj), acct(aud), ""])
    trows.append(["", "其中：软件类投入", "356.60", "(12.35)", acct(soft), "第3、4、5项"])
    p.table(trows, [0.5, 3.0, 1.2, 1.2, 1.2, 1.3], 9)
    p.para("注1：车间地坪环氧改造及洁净隔断属土建性质支出，不计入项目总投入。", 9, indent=False)
    p.para("注2：私有云平台中12.35万元为2022年7月1日至2023年6月30日的云资源续费（2022年6月预付），发生于项目完工之后，不计入。", 9, indent=False)
    p.save()

    # invoices: one paper 专票 photographed with a phone, one paper 专票 PDF (浙江), one 数电票
    buyer = me
    s1 = party("江苏汇锐数控机床有限公司", uscc("320214", "73905126"), "无锡市新吴区菱湖大道97号 0510-85203316",
               "中国银行无锡新区支行 5043 6612 0958")
    s2 = party("浙江迅驰智能物流装备有限公司", uscc("330110", "46218093"), "杭州市余杭区文一西路1818号 0571-88735120",
               "招商银行杭州余杭支行 5719 0634 8210 501")
    s3 = party("南京云衡工业软件有限公司", uscc("320114", "90572318"), "南京市雨花台区软件大道109号 025-52371186",
               "江苏银行南京雨花支行 3016 0188 0001 7734")
    tmp = pk.tmp("inv1.pdf")
    t1 = boxed_invoice2_pdf(tmp, code="3200204130", number="05827316", date="2021-06-18", buyer=buyer, seller=s1,
                            items=[("*机床*数控车铣复合加工中心", "HTM-630FT", "台", 2, 1486725.66, 0.13)],
                            remark="合同号RFZ-SB-2021-017", province="江苏", copy="抵 扣 联", check="")
    im = pdf_page_images(tmp, scale=170 / 72)[0]
    im = im.crop((0, 0, im.size[0], int(im.size[1] * 0.58)))
    save_jpeg(pk.f("附件5 发票/附件5-1 数控车铣复合加工中心 专票.jpg", "invoice"), keystone_photo(im, 101, 0.045))
    tmp.unlink()
    t2 = boxed_invoice2_pdf(pk.f("附件5 发票/附件5-2 AGV 专票（浙江）.pdf", "invoice"), code="3300211130",
                            number="31064582", date="2021-11-09", buyer=buyer, seller=s2,
                            items=[("*运输设备*潜伏式AGV自动导引车", "XC-AGV600", "台", 6, 624000.00, 0.13)],
                            remark="合同号RFZ-SB-2021-033", province="浙江", copy="抵 扣 联", machine="661920773014")
    t3 = einvoice2_pdf(pk.f("附件5 发票/附件5-3 数电票 MES实施服务.pdf", "invoice"), number="22322000000041786352",
                       date="2022-03-22", buyer=buyer, seller=s3,
                       items=[("*信息技术服务*MES系统实施及接口开发服务", "", "项", 1, 1150943.40, 0.06)],
                       remark="合同号RFZ-RJ-2021-008 第二期")
    inv_total = round((t1[0] + t2[0] + t3[0]) / 10000, 6)

    # invoice list (发票清单): 21 invoices summarised, two pages with the header repeated; only 3 copies attached
    import random as _r
    rnd = _r.Random(11)
    sellers = ["江苏汇锐数控机床有限公司", "浙江迅驰智能物流装备有限公司", "南京云衡工业软件有限公司", "苏州精测仪器有限公司",
               "常州恒拓自动化设备有限公司", "上海锐驰测量技术有限公司", "无锡博安智能装备有限公司", "泰州市启明安装工程有限公司",
               "南京数衡信息技术有限公司", "扬州华测检测技术有限公司"]
    fixed = {0: ("2021-06-18", "05827316", s1[0], "数控车铣复合加工中心", t1[0]),
             6: ("2021-11-09", "31064582", s2[0], "潜伏式AGV自动导引车", t2[0]),
             13: ("2022-03-22", "22322000000041786352", s3[0], "MES系统实施及接口开发服务", t3[0])}
    n = 21
    remain = round(aud * 10000 - sum(v[4] for v in fixed.values()), 2)
    free = [i for i in range(n) if i not in fixed]
    weights = [rnd.uniform(0.5, 2.0) for _ in free]
    sw = sum(weights)
    amts = [round(remain * x / sw, 2) for x in weights]
    amts[-1] = round(remain - sum(amts[:-1]), 2)
    goods = ["五轴立式加工中心", "在线三坐标测量机", "立体仓库货架及堆垛机", "APS高级排程系统软件", "QMS质量管理系统软件",
             "工业交换机及无线AP", "私有云服务器", "设备联网数据采集终端", "清洗机", "去毛刺机器人工作站", "设备安装调试服务",
             "系统集成服务", "检测服务", "智能工厂规划设计咨询", "机器人上下料单元", "刀具管理系统", "气密检测设备", "激光打标机"]
    lst = []
    months = ["2020-10-15", "2020-11-26", "2020-12-18", "2021-01-22", "2021-03-09", "2021-04-16", "2021-05-20", "2021-07-12",
              "2021-08-24", "2021-09-28", "2021-10-19", "2021-12-06", "2022-01-11", "2022-02-23", "2022-04-08", "2022-04-26",
              "2022-05-10", "2022-05-19", "2022-05-25"]
    fi = 0
    for i in range(n):
        if i in fixed:
            d, no, sel, g, a = fixed[i]
        else:
            d = months[min(fi, len(months) - 1)]
            no = f"{rnd.randrange(10 ** 7, 10 ** 8)}"
            sel = sellers[3 + fi % 7]
            g = goods[fi % len(goods)]
            a = amts[fi]
            fi += 1
        lst.append((d, no, sel, g, a))
    lst.sort(key=lambda x: x[0])
    p = Pdf(pk.f("附件4 项目发票清单（汇总）.pdf", "other"))
    p.title("智能制造示范工厂建设项目发票清单", 14, 6)
    p.para("申报单位：江苏瑞丰泽精密制造股份有限公司                     单位：元", 9, indent=False)
    head = ["序号", "开票日期", "发票号码", "销售方", "货物或服务名称", "金额（不含税）", "附件"]
    body = []
    for i, (d, no, sel, g, a) in enumerate(lst, 1):
        att = "附件5-1" if no == "05827316" else "附件5-2" if no == "31064582" else "附件5-3" if no.startswith("2232") else "原件备查"
        body.append([str(i), d.replace("-", "."), no, sel, g, yuan(a), att])
    body.append(["", "", "", "", "合计（21张）", yuan(aud * 10000), ""])
    table_repeat(p, head, body[:14], [0.5, 1.1, 1.9, 2.6, 2.4, 1.4, 0.9], 8, cont="项目发票清单（续表）")
    p.new_page()
    p.para("项目发票清单（续表）", 8, indent=False)
    table_repeat(p, head, body[14:], [0.5, 1.1, 1.9, 2.6, 2.4, 1.4, 0.9], 8, cont="项目发票清单（续表）")
    p.para("说明：发票清单与专项审计报告审定数一致；发票原件已由审计机构核验，本申报材料附主要设备及软件发票复印件3张，其余原件备查。", 8.5,
           indent=False)
    p.save()

    # acceptance: passed with conditions (原则同意 … 请按专家意见整改)
    p = Pdf(pk.f("附件6 验收意见.pdf", "acceptance_opinion"))
    p.title("江苏瑞丰泽精密制造股份有限公司", 14, 4)
    p.title(f"“{proj}”验收意见", 14, 12)
    p.para("2022年9月16日，泰州市工业和信息化局在姜堰区组织召开了江苏瑞丰泽精密制造股份有限公司"
           f"“{proj}”验收会。验收专家组（名单附后）听取了项目单位的建设情况汇报，查阅了专项审计报告、合同、发票等资料，"
           "现场考察了3#、4#车间智能产线，经质询讨论，形成意见如下：")
    p.para("一、项目完成了申报的主要建设内容，新增智能装备112台（套），MES、APS、QMS系统与ERP集成运行，于2022年5月26日完工。")
    p.para("二、经专项审计，项目审定总投入3,314.00万元，其中软件类投入344.25万元。")
    p.para("三、项目主要绩效指标基本达到预期，生产效率提高31.6%，产品一次合格率99.42%。")
    p.para("验收结论：专家组原则同意该项目通过验收。")
    p.para("整改要求：（1）补充完善APS系统与MES系统排产数据接口文档；（2）在线检测数据的追溯保存期限由6个月延长至3年。"
           "请项目单位按专家意见整改，并于2022年10月31日前将整改情况报姜堰区工业和信息化局备案。")
    p.gap(6)
    p.table([["专家组", "姓名", "单位", "职称"], ["组长", "韩振东", "江苏大学", "教授"],
             ["成员", "许亚楠", "泰州职业技术学院", "高级工程师"], ["成员", "周正国", "泰州市财政投资评审中心", "高级会计师"]],
            [1, 1.2, 3.0, 1.3], 9)
    p.gap(20)
    p.para("泰州市工业和信息化局", 12, indent=False, align="right")
    p.para("2022年9月16日", 12, indent=False, align="right")
    p.seal("泰州市工业和信息化局", y=p.y + 40)
    p.save()

    # designation: 2021 provincial list
    p = Pdf(pk.f("附件7 省级智能制造示范工厂认定文件.pdf", "designation_certificate"))
    p.title("江苏省工业和信息化厅", 18, 8)
    p.para("苏工信装备〔2021〕552号", 11, indent=False, align="center")
    p.title("省工业和信息化厅关于公布2021年度江苏省智能制造示范工厂名单的通知", 13, 12)
    p.para("各设区市工业和信息化局：")
    p.para("根据省智能制造示范工厂建设工作安排，经企业申报、各地推荐、专家评审和公示，认定68家企业工厂为2021年度江苏省智能制造示范工厂，"
           "现予公布。各地要加强跟踪服务，推动示范工厂持续提升智能化水平。")
    p.para("附件：2021年度江苏省智能制造示范工厂名单")
    p.para("江苏省工业和信息化厅", 11, indent=False, align="right")
    p.para("2021年12月27日", 11, indent=False, align="right")
    p.seal("江苏省工业和信息化厅", y=p.y + 40)
    p.new_page()
    p.title("2021年度江苏省智能制造示范工厂名单（节选）", 13, 8)
    lst2 = [["序号", "地区", "企业名称", "示范工厂名称"]]
    ents = [("南京", "南京华睿电力装备有限公司", "智能配电设备示范工厂"), ("无锡", "无锡锡东精工股份有限公司", "精密轴承智能制造示范工厂"),
            ("常州", "常州星拓新材料科技有限公司", "碳纤维复材智能工厂"), ("苏州", "苏州吴越光电科技有限公司", "光模块智能制造示范工厂"),
            ("南通", "南通远帆船舶配件有限公司", "船用配件数字化工厂"), ("扬州", "扬州邗江汽配科技有限公司", "汽车座椅骨架智能工厂"),
            ("泰州", "泰州华港医药包装有限公司", "药包材智能制造示范工厂"),
            ("泰州", name, "减速器壳体智能制造示范工厂"),
            ("泰州", "靖江天和船舶设备有限公司", "船用泵阀智能制造示范工厂"), ("宿迁", "宿迁森源家居有限公司", "定制家居智能工厂"),
            ("徐州", "徐州恒邦工程机械配件有限公司", "液压件智能制造示范工厂"), ("盐城", "盐城东港新能源科技有限公司", "动力电池结构件智能工厂")]
    for i, e in enumerate(ents, 31):
        lst2.append([str(i), *e])
    p.table(lst2, [0.6, 0.8, 3.4, 3.2], 9)
    p.save()

    p = Pdf(pk.f("附件8 项目备案证.pdf", "project_filing"))
    p.title("江苏省投资项目备案证", 17, 12)
    p.para("备案证号：姜行审备〔2020〕286号", 10, indent=False, align="right")
    p.table([["项目名称", proj], ["项目法人单位", name], ["项目代码", "2008-321204-89-02-617352"],
             ["建设地点", "泰州市姜堰区三水大道168号（现有厂区）"],
             ["建设规模及内容", "利用现有3#、4#车间，购置五轴加工中心、车铣复合加工中心、三坐标测量机、AGV、立体仓库等设备112台（套），"
                          "建设MES、APS、QMS等系统，形成年产新能源汽车减速器壳体60万件的智能化生产能力。不新增用地，不新建厂房。"],
             ["项目总投资", "3,600万元（其中设备及软件3,450万元）"], ["计划开工时间", "2020年9月"], ["计划竣工时间", "2022年6月"]],
            [1.3, 4.5], 10)
    p.para("备案机关：泰州市姜堰区行政审批局            2020年8月21日", 10, indent=False, align="right")
    p.seal("泰州市姜堰区行政审批局", y=p.y + 36)
    p.save()

    p = Pdf(pk.f("附件9 推荐单位关于项目环评能评手续的说明.pdf", "procedure_exemption"))
    p.title("关于江苏瑞丰泽精密制造股份有限公司项目相关手续的说明", 14, 14)
    p.para("省工业和信息化厅：")
    p.para(f"江苏瑞丰泽精密制造股份有限公司“{proj}”利用企业现有厂房实施，主要为设备购置和软件系统建设，不新增用地和建筑，"
           "不新增污染物排放，年综合能源消费量增量低于1000吨标准煤且年电力消费量增量低于500万千瓦时。根据《建设项目环境影响评价分类管理名录》"
           "和《江苏省固定资产投资项目节能审查实施办法》，该项目无需办理环境影响评价和节能审查手续。")
    p.para("特此说明。")
    p.gap(20)
    p.para(rec, 12, indent=False, align="right")
    p.para("2022年11月18日", 12, indent=False, align="right")
    p.seal(rec, y=p.y + 40)
    p.save()

    expected(pk, category="smart-factory", given=True, outcome="eligible",
             figures={"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                      "total_investment": 3314.00, "software_investment": 344.25, "start_date": "2020-09-01",
                      "completion_date": "2022-05-26", "acceptance_date": "2022-09-16",
                      "invoice_total": inv_total, "invoice_count": 3},
             subsidy=331.40, reasons=[],
             notes="Audit table (万元) with an 审计调整 column in accounting parentheses: 申报 3,412.75, (86.40) 地坪/隔断 as 土建, "
                   "(12.35) cloud renewal after completion → 审定 3,314.00; software 218.60 + 96.80 + 28.85 = 344.25. "
                   "Application form labels differ (项目投资额, 软件类投入) and dates are written 2020.09.01—2022/05/26. "
                   "Acceptance 原则同意通过验收 with 整改要求 = passed. A 发票清单 of 21 invoices is a list, not invoices: "
                   "invoice_total counts the 3 attached copies (a phone photo of a paper 专票, a 浙江 paper 专票, a 数电票). "
                   "10% × 3,314.00 = 331.40 (cap 2,000).")
    return pk


# ================================================================ r02 green-upgrade, needs_review
def r02():
    pk = Packet("r02")
    name = "江苏宿源环保纸业有限公司"
    code = uscc("321302", "67021853")
    rec = "宿迁市工业和信息化局"
    proj = "造纸生产线余热梯级利用及热泵干燥节能技术改造项目"
    me = party(name, code, "宿迁市宿城区洋河大道2号 0527-84356218", "中国农业银行宿迁宿城支行 1056 1101 0400 3318 7")

    docx_rich(pk.f("01 项目入库申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金入库项目申报表", [
        ("p", "项目类别：绿色化改造提升—绿色化改造升级项目（节能技改）"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["申报单位", name, "统一社会信用代码", code],
            ["推荐单位", rec, "所属行业", "C2221 机制纸及纸板制造"],
            ["项目建设期", "2022年1月至2023年12月底", "目前进度", "余热锅炉、热泵机组已安装，能源管理系统上线试运行，干燥部改造进行中"],
            ["计划总投资（万元）", "3,860.00", "其中：土建", "520.00"],
            [None, None, "铺底流动资金", "160.00"],
            ["项目总投入（不含税，万元）", "3,180.00", "截至2022年6月30日已投入（万元）", "660.30（占20.76%）"],
            ["申请补助（万元）", "636.00", "年节能量（吨标准煤）", "6,850"],
            ["建设内容", "新建2台余热锅炉回收烘缸冷凝水及废气余热，建设高温热泵干燥系统替代部分蒸汽，配套能源管理系统，实现蒸汽单耗下降18%", None, None],
        ], [(0, 1, 0, 3), (4, 0, 5, 1), (8, 1, 8, 3)]),
        ("r", "申报单位（盖章）                    2022年11月25日"),
    ])

    docx_rich(pk.f("02 绩效目标申报表（附件1-18）.docx", "performance_form"), None, [
        ("p", "附件1-18"),
        ("c", "绿色化改造升级项目绩效目标申报表"),
        ("c", "（2023年度）"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["项目推荐单位", rec, "项目承担单位", name],
            ["项目开始时间", "2022年1月", "项目结束时间", "2023年12月"],
            ["总体目标", "项目建成后年节能量6,850吨标准煤，吨纸综合能耗降至行业先进水平", None, None],
            ["一级指标", "二级指标", "三级指标", "项目完成后预期达到的指标值"],
            ["产出指标", "节能技改", "节能量（吨标准煤）", "6850"],
            [None, None, "达到行业标杆或先进水平的单位产品能耗01", "吨纸综合能耗≤0.28吨标煤"],
            ["效益指标", "经济效益", "项目总投入（万元）", "3180"],
            [None, None, "主营业务收入（万元）", "86000"],
            [None, None, "实缴税金（万元）", "3200"],
            [None, None, "利润总额（万元）", "5600"],
            [None, "社会效益", "推动节能减排进程", "年减排CO2约1.8万吨"],
        ], [(0, 1, 0, 3), (3, 1, 3, 3), (5, 0, 6, 0), (5, 1, 6, 1), (7, 0, 11, 0), (7, 1, 10, 1)]),
    ])

    # audit with a 万元 header while the contract column is in 元
    items = [  # name, supplier, contract date, contract 元 (含税), inv date, inv 不含税 万元, pay date, paid 含税 万元
        ("余热锅炉及附属设备", "江苏清能热力设备有限公司", "2022-01-15", 3597920.00, "2022-04-20", 318.40, "2022-04-28", 359.792),
        ("高温热泵干燥机组", "常州凯瑞热泵科技有限公司", "2022-03-10", 2402380.00, "2022-05-30", 212.60, "2022-06-15", 240.238),
        ("能源管理系统（软件及实施）", "南京智衡能源科技有限公司", "2022-05-18", 1271250.00, "2022-06-28", 112.50, "2022-07-12", 127.125),
        ("节能改造工程设计", "宿迁市轻工设计院有限公司", "2021-12-20", 178080.00, "2022-02-10", 16.80, "2022-02-15", 17.808),
    ]
    inv = round(sum(i[5] for i in items), 2)
    paid_by = round(sum(i[5] for i in items if i[6] <= "2022-06-30"), 2)
    assert (inv, paid_by) == (660.30, 547.80)
    p = Pdf(pk.f("03 截至2022年6月30日项目投入专项审计报告.pdf", "audit_report"), header="苏宿诚审〔2022〕专字第217号")
    p.title("关于江苏宿源环保纸业有限公司", 15, 4)
    p.title(f"{proj}截至2022年6月30日投入情况的专项审计报告", 13, 14)
    p.para("江苏宿源环保纸业有限公司：")
    p.para(f"我们接受委托，对贵公司“{proj}”截至2022年6月30日的项目投入情况进行了专项审计。我们审阅了项目备案文件、"
           "采购合同、增值税发票、银行付款凭证等资料，并实施了现场查看、函证等必要的审计程序。")
    p.para("一、项目基本情况")
    p.para("该项目经宿迁市宿城区行政审批局备案，计划总投资3,860.00万元，其中设备购置及安装2,826.40万元、软件及系统集成218.60万元、"
           "设计咨询及检测135.00万元、土建工程520.00万元、铺底流动资金160.00万元。扣除土建及铺底流动资金后，项目总投入（不含税）为3,180.00万元。"
           "项目于2022年1月开工，计划于2023年12月底建成。")
    p.para("二、截至2022年6月30日投入情况")
    p.para(f"截至2022年6月30日，该项目已签订采购及服务合同4份，已取得增值税专用发票（不含税）合计{inv:,.2f}万元，"
           f"占项目总投入的{inv / 3180 * 100:.2f}%。其中已于2022年6月30日前支付款项对应的不含税金额为{paid_by:,.2f}万元；"
           "能源管理系统合同款127.125万元（含税）于2022年7月12日支付。明细如下：")
    rows = [["序号", "合同/支出内容", "供应商", "合同签订日", "合同金额（元）", "发票日期", "发票金额（不含税）", "付款日期", "付款金额（含税）"]]
    for i, it in enumerate(items, 1):
        rows.append([str(i), it[0], it[1], it[2].replace("-", "."), yuan(it[3]), it[4].replace("-", "."), f"{it[5]:,.2f}",
                     it[6].replace("-", "."), f"{it[7]:,.3f}"])
    rows.append(["", "合计", "", "", yuan(sum(i[3] for i in items)), "", f"{inv:,.2f}", "", f"{sum(i[7] for i in items):,.3f}"])
    p.para("金额单位：万元", 9, indent=False, align="right")
    p.table(rows, [0.4, 1.7, 1.9, 1.0, 1.4, 1.0, 1.0, 1.0, 1.0], 7.5)
    p.para("三、审计结论")
    p.para(f"经审计，截至2022年6月30日，该项目已投入{inv:,.2f}万元（以合同、发票计），占项目总投入3,180.00万元的"
           f"{inv / 3180 * 100:.2f}%。")
    p.gap(10)
    p.para("江苏宿诚会计师事务所（普通合伙）        中国注册会计师：杨帆  丁慧敏", 11, indent=False)
    p.para("2022年10月26日", 11, indent=False, align="right")
    p.seal("江苏宿诚会计师事务所", y=p.y + 40)
    p.save()

    p = Pdf(pk.f("04 江苏省投资项目备案证.pdf", "project_filing"))
    p.title("江苏省投资项目备案证", 17, 12)
    p.para("备案证号：宿城行审备〔2021〕412号", 10, indent=False, align="right")
    p.table([["项目名称", proj], ["项目法人单位", name], ["项目代码", "2112-321302-89-02-385127"],
             ["建设地点", "宿迁市宿城区洋河大道2号（企业现有厂区）"],
             ["建设规模及内容", "新建余热锅炉2台、高温热泵干燥系统1套，配套能源管理系统，改造干燥部汽罩及通风系统，新建余热锅炉房约860平方米。"],
             ["项目总投资", "3,860万元"], ["建设起止年限", "2022.01-2023.12"]], [1.3, 4.5], 10)
    p.para("宿迁市宿城区行政审批局      2021年12月28日", 10, indent=False, align="right")
    p.seal("宿迁市宿城区行政审批局", y=p.y + 36)
    p.save()

    tmp = pk.tmp("eia.pdf")
    p = Pdf(tmp)
    p.title("宿迁市生态环境局", 18, 6)
    p.para("宿环审（宿城）〔2022〕18号", 11, indent=False, align="center")
    p.title("关于江苏宿源环保纸业有限公司造纸生产线余热梯级利用及热泵干燥节能技术改造项目环境影响报告表的批复", 12, 10)
    p.para("江苏宿源环保纸业有限公司：")
    p.para("你公司报送的《造纸生产线余热梯级利用及热泵干燥节能技术改造项目环境影响报告表》（以下简称《报告表》）收悉。经研究，批复如下：")
    p.para("一、项目在企业现有厂区内实施，新建余热锅炉2台、高温热泵干燥系统1套。在全面落实《报告表》提出的各项污染防治措施后，"
           "从环境保护角度，同意你公司按照《报告表》所列建设项目的性质、规模、地点进行建设。")
    p.para("二、项目建设必须严格执行环境保护设施与主体工程同时设计、同时施工、同时投产使用的环境保护“三同时”制度。")
    p.gap(20)
    p.para("宿迁市生态环境局", 12, indent=False, align="right")
    p.para("2022年1月10日", 12, indent=False, align="right")
    p.seal("宿迁市生态环境局", y=p.y + 40)
    p.save()
    rescan(tmp, pk.f("05 环评批复（扫描件）.pdf", "eia_approval"), 205)

    p = Pdf(pk.f("06 节能审查意见.pdf", "energy_review"))
    p.title("宿迁市宿城区发展和改革局", 17, 6)
    p.para("宿城发改能审〔2022〕3号", 11, indent=False, align="center")
    p.title("关于江苏宿源环保纸业有限公司造纸生产线余热梯级利用及热泵干燥节能技术改造项目节能报告的审查意见", 12, 10)
    p.para("江苏宿源环保纸业有限公司：")
    p.para("你公司报送的项目节能报告收悉。经审查，项目建成后年综合能源消费量（当量值）较改造前减少6,850吨标准煤，"
           "符合国家和省节能法规及标准要求，原则同意该项目节能报告。")
    p.gap(20)
    p.para("宿迁市宿城区发展和改革局", 12, indent=False, align="right")
    p.para("二〇二二年一月十九日", 12, indent=False, align="right")
    p.seal("宿迁市宿城区发展和改革局", y=p.y + 40)
    p.save()

    sellers = {
        "ems": party("南京智衡能源科技有限公司", uscc("320115", "28361945"), "南京市江宁区胜太西路168号 025-86125570",
                     "南京银行江宁支行 0153 2100 0086 115"),
        "hp": party("常州凯瑞热泵科技有限公司", uscc("320411", "59024317"), "常州市新北区汉江路358号 0519-85116203",
                    "中国建设银行常州新北支行 3205 0162 6036 0000 1784"),
    }
    t1 = einvoice2_pdf(pk.f("07 发票/数电票 能源管理系统 2022.06.28.pdf", "invoice"), number="22322000000058314720",
                       date="2022-06-28", buyer=me, seller=sellers["ems"],
                       items=[("*信息系统服务*能源管理系统软件及实施", "EMS-V3", "套", 1, 1125000.00, 0.13)],
                       remark="合同号SY-JN-2022-009")
    t2 = boxed_invoice2_pdf(pk.f("07 发票/江苏增值税专用发票 热泵机组.pdf", "invoice"), code="3200221130", number="19630584",
                            date="2022-05-30", buyer=me, seller=sellers["hp"],
                            items=[("*通用设备*高温热泵干燥机组", "KR-HTP-1200", "台", 2, 2126000.00, 0.13)],
                            remark="合同号SY-JN-2022-004", copy="抵 扣 联")
    payer = (name, "1056 1101 0400 3318 7", "中国农业银行宿迁宿城支行")
    receipt_pdf(pk.f("08 付款凭证/农行回单 2022-06-15 热泵机组.pdf", "payment_voucher"), bank="中国农业银行", no="0615338721",
                date="2022-06-15", payer=payer,
                payee=(sellers["hp"][0], "3205 0162 6036 0000 1784", "中国建设银行常州新北支行"), amount=2402380.00,
                memo="热泵机组设备款 SY-JN-2022-004")
    receipt_pdf(pk.f("08 付款凭证/农行回单 2022-07-12 能源管理系统.pdf", "payment_voucher"), bank="中国农业银行",
                no="0712504413", date="2022-07-12", payer=payer,
                payee=(sellers["ems"][0], "0153 2100 0086 115", "南京银行江宁支行"), amount=1271250.00,
                memo="能源管理系统合同款 SY-JN-2022-009")
    recommend_letter(pk.f("09 推荐函.pdf", "other"), unit=rec, doc_no="宿工信函〔2022〕167号",
                     body=[f"经企业申报、县区初审和我局审核，现推荐{name}“{proj}”申报2023年度省工业和信息产业转型升级专项资金"
                           "绿色化改造升级项目。我局对申报材料的真实性进行了审核。", "特此函告。"], date="2022-12-02")
    inv_total = round((t1[0] + t2[0]) / 10000, 6)
    expected(pk, category="green-upgrade", given=True, outcome="needs_review",
             figures={"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec, "total_investment": 3180.00,
                      "invested_by_cutoff": 660.30, "completion_date": "2023-12-31",
                      "invoice_total": inv_total, "invoice_count": 2},
             subsidy=None, reasons=[{"kind": "figure", "figure": "invested_by_cutoff"}],
             notes="3,860 − 土建 520 − 铺底 160 = 3,180. The audit counts 660.30 by 2022-06-30 (20.76%) on contracts and invoices; "
                   "the energy-management system (112.50 不含税) was invoiced 2022-06-28 but paid 2022-07-12. Paid by the cutoff: "
                   "547.80 = 17.23% < 20%. The guide says 已投入…（以发票、合同、付款凭证为准） without saying whether an invoiced "
                   "but unpaid item counts; the 20% threshold turns on it → a person decides. The audit table header says 万元 while "
                   "its 合同金额 column is in 元.")
    return pk


# ================================================================ r03 specialized-sme, ineligible
def r03():
    pk = Packet("r03")
    name = "连云港海晟精密模具有限公司"
    code = uscc("320706", "74286391")
    rec = "连云港市工业和信息化局"
    proj = "精密注塑模具数字化车间建设及贷款贴息项目"
    me = party(name, code, "连云港市海州区新浦经济开发区珠江路26号 0518-85561203", "江苏银行连云港海州支行 6021 0188 0000 3491 2")

    # interest: 江苏银行 loan 2,800万 at 4.20%, drawn 2020-09-22, settled on the 21st of Mar/Jun/Sep/Dec
    import datetime as dt
    sett = ["2020-09-22", "2020-12-21", "2021-03-21", "2021-06-21", "2021-09-21", "2021-12-21", "2022-03-21", "2022-06-21",
            "2022-09-21"]
    P = 28_000_000.00
    rows, in_win = [], 0.0
    for a, b in zip(sett, sett[1:]):
        da, db = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        days = (db - da).days
        amt = round(P * 0.042 / 360 * days, 2)
        rows.append((b, a, (db - dt.timedelta(days=1)).isoformat(), days, amt))
        if "2021-01-01" <= b <= "2022-06-30":
            in_win += amt
    in_win = round(in_win, 2)
    interest_wan = round(in_win / 10000, 6)
    hw = 6_728_000.00

    docx_rich(pk.f("附件1 项目入库申报表.docx", "application_form"), "江苏省工业和信息产业转型升级专项资金项目申报表（2023年度）", [
        ("p", "申报方向：专精特新中小企业能力提升项目"),
        ("tm", [
            ["企业名称", name, None, None],
            ["统一社会信用代码", code, "推荐单位", rec],
            ["企业资质", "江苏省专精特新中小企业（2021年度认定，证书编号JS-ZJTX-2021-0617，有效期至2024年12月）", None, None],
            ["项目名称", proj, None, None],
            ["新增软硬件投入（万元，不含税）", "672.80", "贷款利息（万元）", f"{interest_wan:.2f}"],
            ["合计（万元）", f"{672.80 + interest_wan:.2f}", "申请补助（万元）", f"{672.80 * 0.2 + interest_wan * 0.4:.2f}"],
            ["2021-2022年获得本专项资金支持情况", "无", None, None],
            ["贷款银行", "江苏银行股份有限公司连云港分行", "贷款金额", "2,800万元（2020年9月22日放款，期限3年）"],
        ], [(0, 1, 0, 3), (2, 1, 2, 3), (3, 1, 3, 3), (6, 1, 6, 3)]),
        ("p", "附件清单：1.申报表 2.绩效目标申报表 3.专项审计报告 4.（略） 5.省级专精特新企业证书 6.贷款合同 7.银行利息回单 8.手续说明 9.推荐函 10.发票"),
        ("r", "法定代表人：武建平      填报日期：2022年11月29日"),
    ])

    p = Pdf(pk.f("附件2 绩效目标申报表（附件1-14）.pdf", "performance_form"))
    p.para("附件1-14", 10, indent=False)
    p.title("专精特新中小企业能力提升项目绩效目标申报表", 14, 4)
    p.title("（2023年度）", 11, 8)
    p.table([["项目名称", proj, "", ""], ["项目推荐单位", rec, "项目承担单位", name],
             ["项目开始时间", "2021年1月", "项目结束时间", "2022年6月"],
             ["一级指标", "二级指标", "三级指标", "指标值"],
             ["产出指标", "数量指标", "新增知识产权数量（个）", "6"], ["", "", "新增数字化设备（台/套数）", "38"],
             ["", "质量指标", "研发投入占营业收入比重（%）", "5.2"],
             ["效益指标", "经济效益", "项目总投入（万元）", f"{672.80 + interest_wan:.2f}"],
             ["", "", "主营业务收入（万元）", "18600"], ["", "社会效益", "新增就业人数（人）", "24"]], [1.2, 1.2, 3.0, 2.2], 9)
    p.save()

    p = Pdf(pk.f("附件3 专项审计报告.pdf", "audit_report"), header="连海正专审〔2022〕第088号")
    p.title("专项审计报告", 17, 14)
    p.para("连云港海晟精密模具有限公司：")
    p.para("我们接受委托，对贵公司2021年1月1日至2022年6月30日期间新增软硬件投入情况进行了专项审计，审核了相关合同、发票、"
           "银行付款凭证、固定资产验收单及明细账。")
    p.para(f"经审计，贵公司在上述期间新增软硬件投入（不含税）合计人民币{yuan(hw)}元（大写：{daxie(hw)}），其中：生产及检测设备"
           "5,186,000.00元，工业软件1,042,000.00元，云资源及网络费用118,000.00元，调试安装费用382,000.00元。")
    p.para("其中，精密注塑模具高速加工中心（合同编号HS-2020-112）合同签订于2020年11月20日，设备于2021年1月26日到货、"
           "2021年2月3日开具发票、2021年2月8日付款，计入本期新增投入。")
    p.para("贷款利息情况不在本次专项审计范围内。")
    p.table([["序号", "类别", "不含税金额（元）"], ["1", "生产及检测设备", "5,186,000.00"], ["2", "工业软件", "1,042,000.00"],
             ["3", "云资源及网络费用", "118,000.00"], ["4", "调试安装费用", "382,000.00"], ["", "合计", yuan(hw)]],
            [0.6, 3, 2], 10)
    p.para("连云港正衡会计师事务所有限公司      中国注册会计师：葛春晖  曹颖", 11, indent=False)
    p.para("2022年9月30日", 11, indent=False, align="right")
    p.seal("连云港正衡会计师事务所有限公司", y=p.y + 40)
    p.save()

    # certificate: the PROVINCIAL 专精特新中小企业 certificate (not 小巨人), landscape, scanned
    cert = scan_page([("", 30, "center"), ("证    书", 70, "center"), "",
                      (f"{name}：", 36, "left"),
                      ("    经企业申报、各地推荐、专家评审和网上公示，你单位被认定为", 34, "left"),
                      ("", 20, "left"),
                      ("江苏省专精特新中小企业", 54, "center"), "",
                      ("证书编号：JS-ZJTX-2021-0617", 28, "left"),
                      ("有效期：2021年12月至2024年12月", 28, "left"), "",
                      ("江苏省工业和信息化厅", 32, "right"), ("二〇二一年十二月", 32, "right")], 307,
                     seal="江苏省工业和信息化厅", landscape=True, border=True)
    scan_pdf(pk.f("附件5 省级专精特新企业证书.pdf", "designation_certificate"), [sideways(cert, clockwise=False)])

    p = Pdf(pk.f("附件6 贷款合同（江苏银行）.pdf", "loan_contract"))
    p.title("流动资金借款合同", 17, 6)
    p.para("合同编号：JSYH-LYG-LD-2020-0937", 10, indent=False, align="right")
    p.para(f"借款人：{name}", 11, indent=False)
    p.para("贷款人：江苏银行股份有限公司连云港分行", 11, indent=False)
    p.para("第一条 借款金额：人民币贰仟捌佰万元整（¥28,000,000.00）。")
    p.para("第二条 借款期限：36个月，自2020年9月22日起至2023年9月21日止。")
    p.para("第三条 借款利率：固定年利率4.20%，按日计息，日利率=年利率/360；按季结息，结息日为每季末月的第21日。")
    p.para("第四条 借款用途：购买原材料及设备、支付软件系统款项等生产经营周转。")
    p.gap(20)
    p.para("借款人（盖章）：连云港海晟精密模具有限公司        贷款人（盖章）：江苏银行股份有限公司连云港分行", 10, indent=False)
    p.para("签订日期：2020年9月18日", 10, indent=False)
    p.seal("江苏银行股份有限公司连云港分行", y=p.y + 20)
    p.save()

    p = Pdf(pk.f("附件7 银行利息回单.pdf", "interest_statement"))
    p.title("江苏银行 贷款利息清单", 15, 6)
    p.para(f"借款人：{name}    贷款账号：60210188000034912-003    合同号：JSYH-LYG-LD-2020-0937", 9, indent=False)
    p.para("打印日期：2022/11/02    币种：人民币    利率：4.2000%", 9, indent=False)
    tr = [["序号", "结息日", "计息起日", "计息止日", "天数", "计息本金（元）", "利息金额（元）"]]
    for i, (b, a, e, d, amt) in enumerate(rows, 1):
        tr.append([str(i), b.replace("-", "/"), a.replace("-", "/"), e.replace("-", "/"), str(d), yuan(P), yuan(amt)])
    tr.append(["", "合计", "", "", "", "", yuan(sum(r[4] for r in rows))])
    p.table(tr, [0.5, 1.2, 1.2, 1.2, 0.6, 1.6, 1.4], 8.5)
    p.para("本清单由江苏银行网点打印，加盖业务专用章有效。", 9, indent=False)
    p.seal("江苏银行连云港分行 业务专用章", y=p.y - 10, r=36)
    p.save()

    p = Pdf(pk.f("附件8 推荐单位关于相关手续的说明.pdf", "procedure_exemption"))
    p.title("关于连云港海晟精密模具有限公司项目相关手续的说明", 14, 12)
    p.para("省工业和信息化厅：")
    p.para("连云港海晟精密模具有限公司申报的专精特新中小企业能力提升项目为企业在现有厂房内购置设备及软件，不涉及新增用地和建设，"
           "无需办理项目备案、环评及能评手续。特此说明。")
    p.gap(20)
    p.para(rec, 12, indent=False, align="right")
    p.para("2022年12月1日", 12, indent=False, align="right")
    p.seal(rec, y=p.y + 40)
    p.save()
    recommend_letter(pk.f("附件9 推荐函.pdf", "other"), unit=rec, doc_no="连工信中小〔2022〕96号",
                     body=[f"现推荐{name}申报2023年度省专项资金专精特新中小企业能力提升项目。该企业为江苏省专精特新中小企业，"
                           "经审核，申报材料真实有效。", "请予支持。"], date="2022-12-05")

    s1 = party("东莞市创锐精密机械有限公司", uscc("441900", "35016287"), "东莞市长安镇振安中路229号 0769-85336012",
               "中国银行东莞长安支行 6793 5728 1094")
    s2 = party("苏州工智云软件科技有限公司", uscc("320505", "81470263"), "苏州高新区科灵路78号 0512-66081932",
               "招商银行苏州高新区支行 5129 0481 7610 802")
    t1 = boxed_invoice2_pdf(pk.f("附件10 发票/广东专票 高速加工中心 2021.2.3.pdf", "invoice"), code="4400201130",
                            number="08163527", date="2021-02-03", buyer=me, seller=s1,
                            items=[("*机床*精密高速加工中心", "CR-HSM650", "台", 2, 1920000.00, 0.13)],
                            remark="合同HS-2020-112", province="广东", copy="抵 扣 联", machine="499103855217")
    t2 = einvoice2_pdf(pk.f("附件10 发票/数电票 MES模具管理系统.pdf", "invoice"), number="22322000000017509836",
                       date="2022-01-14", buyer=me, seller=s2,
                       items=[("*软件*模具全生命周期管理系统软件", "GZY-MES V5.0", "套", 1, 586000.00, 0.13)])
    inv_total = round((t1[0] + t2[0]) / 10000, 6)
    expected(pk, category="specialized-sme", given=True, outcome="ineligible",
             figures={"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                      "hw_sw_investment": 672.80, "loan_interest": interest_wan,
                      "invoice_total": inv_total, "invoice_count": 2},
             subsidy=None, reasons=[{"kind": "document", "document": "designation_certificate"}],
             notes=f"Amounts pass: hw/sw 672.80 (audit, 元 + 大写) + interest {interest_wan} (6 of the 8 江苏银行 settlements, "
                   "2021/03/21 … 2022/06/21; 2020/12/21 and 2022/09/21 are outside) = "
                   f"{672.80 + interest_wan:.2f} ≥ 800. But the applicant's designation is 江苏省专精特新**中小企业** (2021, "
                   "certificate scanned sideways; the file is named 省级专精特新企业证书) — the guide requires a 省级专精特新**小巨人**企业; "
                   "the 申报表 itself names the 中小企业 designation and nothing else. Ineligible on the applicant condition.")
    return pk


# ================================================================ r04 data-productization, ineligible (detected)
def r04():
    pk = Packet("r04")
    name = "镇江云智数据科技有限公司"
    code = uscc("321102", "30981572")
    rec = "镇江市工业和信息化局"
    proj = "面向装备制造企业的设备预测性维护工业大数据平台"
    me = party(name, code, "镇江市京口区学府路300号科技园B座 0511-85562017", "中国建设银行镇江京口支行 3205 0174 5136 0000 0628")

    docx_rich(pk.f("附件1_项目申报表.docx", "application_form"), "2023年度江苏省工业和信息产业转型升级专项资金项目申报表", [
        ("tm", [
            ["申报专题", "数据产品化项目（工业大数据应用）", None, None],
            ["项目名称", proj, None, None],
            ["申报单位", name, "统一社会信用代码", code],
            ["推荐单位", rec, "企业库入库情况", "已入省工信厅大数据企业库（2021年）"],
            ["示范项目", "2021年度江苏省大数据应用示范项目", None, None],
            ["项目起止时间", "2021年3月1日—2022年5月31日", "验收时间", "2022年8月30日"],
            ["项目总投入（万元）", "1,018.40", "申请补助（万元）", "203.68"],
            ["建设内容", "建设设备数据采集边缘网关、大数据存储计算平台和预测性维护模型库，形成面向数控机床、空压机、注塑机的预测性维护SaaS产品", None, None],
        ], [(0, 1, 0, 3), (1, 1, 1, 3), (4, 1, 4, 3), (7, 1, 7, 3)]),
        ("r", "申报单位（盖章）：镇江云智数据科技有限公司     2022年11月21日"),
    ])

    docx_rich(pk.f("附件2_绩效目标申报表（附件1-11）.docx", "performance_form"), None, [
        ("p", "附件1-11"),
        ("c", "数据产品化项目绩效目标申报表"),
        ("c", "（2023年度）"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["项目推荐单位", rec, "项目承担单位", name],
            ["项目开始时间", "2021年3月", "项目结束时间", "2022年5月"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "项目服务行业领域个数（个）", "4"],
            [None, None, "项目服务客户数或用户数（个）", "126"],
            [None, None, "项目自主知识产权数（个）", "11"],
            [None, "时效指标", "项目完成及时率（%）", "100"],
            ["效益指标", "经济效益", "项目总投入（万元）", "1018.40"],
            [None, None, "项目主营业务收入（万元）", "2360"],
            [None, "社会效益", "项目带动就业人数（人）", "35"],
        ], [(0, 1, 0, 3), (4, 0, 7, 0), (4, 1, 6, 1), (8, 0, 10, 0), (8, 1, 9, 1)]),
    ])

    rows = [("1", "服务器、存储及网络设备", 312.60), ("2", "边缘采集网关及传感器", 186.30), ("3", "大数据平台软件", 142.50),
            ("4", "软件开发外包服务费", 248.00), ("5", "云资源租赁费", 92.26), ("6", "数据治理咨询及检测评价", 36.74)]
    tot = round(sum(r[2] for r in rows), 2)
    vat = round(248.00 * 6 / 106 + 92.26 * 6 / 106, 2)
    net = round(tot - vat, 2)
    assert (tot, vat, net) == (1018.40, 19.26, 999.14), (tot, vat, net)
    p = Pdf(pk.f("附件3_项目投入专项审计报告.pdf", "audit_report"), header="镇华审专字〔2022〕第0326号", footer_pages=True)
    p.title("专项审计报告", 17, 14)
    p.para("镇江云智数据科技有限公司：")
    p.para(f"我们接受委托，对贵公司承担的“{proj}”自2021年3月1日至2022年5月31日的项目投入情况进行了专项审计。"
           "我们检查了与项目相关的合同、发票、付款凭证、账簿记录，并对主要设备进行了盘点。")
    p.para("一、项目概况")
    p.para("该项目于2021年3月1日开始建设，2022年5月31日完成全部建设内容并上线运行。项目入选2021年度江苏省大数据应用示范项目。")
    p.para("二、审计结果")
    p.para(f"经审计，截至2022年5月31日，该项目累计完成投入{tot:,.2f}万元，具体构成见附表。")
    p.para("三、审计意见")
    p.para("我们认为，贵公司提供的项目投入资料在所有重大方面真实反映了该项目的实际投入情况。")
    p.gap(10)
    p.para("镇江华正会计师事务所有限公司       中国注册会计师：祁东  孟晓岚", 11, indent=False)
    p.para("2022年7月18日", 11, indent=False, align="right")
    p.seal("镇江华正会计师事务所有限公司", y=p.y + 40)
    p.new_page()
    p.para("附表", 11, indent=False)
    p.title("项目投入明细表", 14, 6)
    p.para("单位：万元", 9, indent=False, align="right")
    tr = [["序号", "投入内容", "金额", "备注"]] + [[r[0], r[1], f"{r[2]:,.2f}", ""] for r in rows]
    tr.append(["", "合计", f"{tot:,.2f}", ""])
    p.table(tr, [0.6, 3.6, 1.4, 1.8], 10)
    p.gap(4)
    p.para(f"注：1.第4、5项系按取得增值税专用发票的价税合计金额入账，含增值税进项税额{vat:.2f}万元（税率6%）；其余各项为不含税金额。"
           "2.项目软件开发外包合同由镇江云智数据科技有限公司与苏州数策信息技术有限公司签订，云资源由阿里云计算有限公司提供。", 8,
           indent=False, lead=1.4)
    p.save()

    # acceptance: expert group + department, dated in Chinese numerals
    p = Pdf(pk.f("附件4_项目验收意见.pdf", "acceptance_opinion"))
    p.title(f"“{proj}”", 13, 4)
    p.title("项目验收意见", 15, 12)
    p.para(f"二〇二二年八月三十日，镇江市工业和信息化局组织专家对镇江云智数据科技有限公司承担的“{proj}”进行验收。"
           "专家组听取了汇报，审阅了项目资料，观看了平台演示，经讨论形成如下意见：")
    p.para("一、项目按计划完成了边缘采集网关、大数据存储计算平台和预测性维护模型库建设，平台已服务装备制造企业126家。")
    p.para("二、项目于二〇二一年三月开工，二〇二二年五月完成全部建设内容。")
    p.para("三、项目资料齐全，资金使用符合规定。")
    p.para("专家组一致同意该项目通过验收。")
    p.para("专家组组长（签字）：谢东平          二〇二二年八月三十日", 11, indent=False, align="right")
    p.gap(16)
    p.para("镇江市工业和信息化局（盖章）", 12, indent=False, align="right")
    p.para("二〇二二年八月三十日", 12, indent=False, align="right")
    p.seal("镇江市工业和信息化局", y=p.y + 40)
    p.save()

    p = Pdf(pk.f("附件5_2021年度省大数据应用示范项目名单.pdf", "designation_certificate"))
    p.title("省工业和信息化厅关于公布2021年度江苏省大数据应用示范项目名单的通知", 13, 10)
    p.para("苏工信软件〔2021〕498号", 10, indent=False, align="center")
    p.para("各设区市工业和信息化局：经企业申报、各地推荐、专家评审和公示，确定58个项目为2021年度江苏省大数据应用示范项目，现予公布。")
    tr = [["序号", "项目名称", "申报单位", "设区市"]]
    for i, (pn, en, ct) in enumerate([
        ("港口集装箱物流大数据平台", "连云港港航数据服务有限公司", "连云港"), ("纺织印染能耗大数据分析系统", "绍鑫印染科技（南通）有限公司", "南通"),
        (proj, name, "镇江"), ("医药冷链追溯大数据平台", "泰州康链医药科技有限公司", "泰州"),
        ("智慧水务漏损分析平台", "扬州清源水务科技有限公司", "扬州"), ("农机作业大数据服务平台", "徐州丰田农机信息服务有限公司", "徐州")], 21):
        tr.append([str(i), pn, en, ct])
    p.table(tr, [0.6, 3.4, 3.0, 0.8], 9)
    p.para("江苏省工业和信息化厅    2021年11月30日", 10, indent=False, align="right")
    p.save()

    im = web_screenshot("https://gxt.jiangsu.gov.cn/qyk/query?type=dsj", "江苏省云计算、大数据、区块链企业库 — 入库企业查询",
                        [["企业名称", "统一社会信用代码", "库别", "入库时间", "状态"],
                         [name, code, "大数据企业库", "2021-06-15", "有效"]], [3, 2.6, 1.4, 1.3, 0.8],
                        notes=["查询时间：2022-11-18 10:26:41", "共查询到1条记录"], seed=4)
    save_png(pk.f("附件6_企业库查询截图.png", "designation_certificate"), im)

    lic = license_image(name=name, code=code, kind="有限责任公司（自然人投资或控股）", rep="沈一鸣", capital="2000万元整",
                        founded="2016年04月12日", term="2016年04月12日至长期", addr="镇江市京口区学府路300号科技园B座6楼",
                        scope="大数据服务；软件开发；信息系统集成服务；数据处理和存储支持服务；工业互联网数据服务。",
                        seed=404, reg="镇江市京口区市场监督管理局")
    save_jpeg(pk.f("附件7_营业执照.jpg", "business_license"), keystone_photo(lic, 44, 0.05))

    s1 = party("苏州数策信息技术有限公司", uscc("320506", "64130928"), "苏州市吴中区东吴北路66号 0512-65213308",
               "中国工商银行苏州吴中支行 1102 0211 0900 0612 775")
    s2 = party("南京汇联计算机系统有限公司", uscc("320104", "71053864"), "南京市秦淮区中山南路1号 025-84729116",
               "交通银行南京城中支行 3200 0661 0018 1700 3315")
    t1 = einvoice2_pdf(pk.f("附件8_发票/数电票_软件开发外包服务.pdf", "invoice"), number="22322000000029650183",
                       date="2022-04-26", buyer=me, seller=s1,
                       items=[("*信息技术服务*软件开发服务", "预测性维护模型及SaaS开发", "项", 1, 2339622.64, 0.06)],
                       remark="合同YZ-2021-RJ-03 全款（价税合计248.00万元）")
    t2 = boxed_invoice2_pdf(pk.f("附件8_发票/专票_服务器及存储.pdf", "invoice"), code="3200211130", number="26408137",
                            date="2021-05-19", buyer=me, seller=s2,
                            items=[("*计算机设备*机架式服务器", "R5300 G5", "台", 12, 1026000.00, 0.13),
                                   ("*计算机设备*分布式存储节点", "OS5000", "台", 4, 360000.00, 0.13)],
                            remark="合同YZ-2021-SB-01")
    recommend_letter(pk.f("附件9_推荐函.pdf", "other"), unit=rec, doc_no="镇工信软〔2022〕121号",
                     body=[f"现推荐{name}“{proj}”申报2023年度省工业和信息产业转型升级专项资金数据产品化项目。", "特此推荐。"],
                     date="2022-11-28")
    inv_total = round((t1[0] + t2[0]) / 10000, 6)
    expected(pk, category="data-productization", given=False, outcome="ineligible",
             figures={"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec, "total_investment": net,
                      "start_date": "2021-03-01", "completion_date": "2022-05-31", "acceptance_date": "2022-08-30",
                      "invoice_total": inv_total, "invoice_count": 2},
             subsidy=None, reasons=[{"kind": "figure", "figure": "total_investment"}],
             notes=f"No --category: the 申报表 says 申报专题 数据产品化项目 and the form is 附件1-11. The audit's headline and table say "
                   f"1,018.40万元, and the 申报表/绩效表 repeat it; the footnote under the table on page 2 says items 4 and 5 were booked "
                   f"价税合计 and contain 进项税 {vat:.2f}万元. The guide's 项目总投入 is tax-excluded: 1,018.40 − {vat:.2f} = {net:.2f} "
                   "< 1,000 → ineligible (everything else passes: 2021 示范项目 list, 企业库 screenshot, completed 2022-05-31, "
                   "accepted 二〇二二年八月三十日).")
    return pk


# ================================================================ r05 core-tech, eligible
def r05():
    pk = Packet("r05")
    name = "徐州锐驰液压科技股份有限公司"
    code = uscc("320312", "05938176")
    rec = "徐州市工业和信息化局"
    proj = "工程机械用数字化控制液压多路阀工程化攻关"
    partner = "淮海工业大学"
    own = [  # item, H2 2022, 2023, 2024
        ("一", "费用化支出", None),
        ("1", "人员人工费用", (186, 468, 426)),
        ("2", "直接投入费用（材料、燃料、动力）", (96, 238, 166)),
        ("3", "中间试验和产品试制的模具、工艺装备开发及制造费", (62, 188, 90)),
        ("4", "试制产品检验费及测试手段购置", (18, 96, 126)),
        ("5", "外聘专家咨询费", (12, 24, 20)),
        ("6", "知识产权申请及成果评审费", (4, 16, 30)),
        ("二", "资本化支出", None),
        ("7", "研发设备、仪器购置", (420, 380, 100)),
        ("8", "研发用软件（多物理场仿真、PLM）", (120, 140, 60)),
    ]
    ytot = [sum(r[2][k] for r in own if r[2]) for k in range(3)]
    otot = sum(ytot)
    assert otot == 3486 and ytot == [918, 1550, 1018], (otot, ytot)
    docx_rich(pk.f("附件1 关键核心技术（装备）工程化攻关项目申报书.docx", "application_form"),
              "2023年度江苏省关键核心技术（装备）工程化攻关项目申报书", [
        ("c", f"项目名称：{proj}"),
        ("c", f"申报单位：{name}（盖章）"),
        ("c", f"推荐单位：{rec}"),
        ("c", "填报日期：2022年11月"),
        ("h", "一、基本信息"),
        ("tm", [
            ["所属集群及攻关方向", "工程机械和农业机械集群 — 10. 数字化控制液压阀（附件1-26）", None, None],
            ["统一社会信用代码", code, "申报形式", "单位独立申报（产学研合作）"],
            ["实施期限", "2022.7.1—2024.12.31", "合作单位", partner],
            ["项目总投资", "约0.37亿元（3,726.00万元）", "其中：申报单位新增研发投入", "3,486.00万元（自2022年7月1日起）"],
            ["", "", "合作单位投入", "240.00万元（不计入申报单位投入）"],
            ["申请省补助", "1,045.80万元", "资金来源", "企业自有资金2,486.00万元，银行贷款1,000.00万元"],
        ], [(0, 1, 0, 3), (3, 0, 4, 0), (3, 1, 4, 1)]),
        ("h", "二、研发基础与知识产权"),
        ("p", "公司自2015年起从事电液比例多路阀研发，拥有授权发明专利9项、实用新型专利27项，建有省级工程技术研究中心。详见附件4。"),
        ("h", "三、攻关目标"),
        ("p", "突破多路阀阀芯位移闭环控制、负载敏感压力补偿和CAN总线数字化控制技术，形成20~50吨级挖掘机用数字多路阀产品，2024年底实现小批量装机验证200台套。"),
        ("h", "四、进度安排"),
        ("p", "22年7月—23年6月：样阀设计与仿真；23年7月—24年3月：样机试制与台架试验；24年4月—24年12月：整机装机验证与工艺定型。"),
    ])

    docx_rich(pk.f("附件2 绩效目标申报表（附件1-12）.docx", "performance_form"), None, [
        ("p", "附件1-12"),
        ("c", "关键核心技术（装备）工程化攻关项目绩效目标申报表"),
        ("c", "（2023年度）"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["项目推荐单位", rec, "项目承担单位", name],
            ["项目开始时间", "2022年7月", "项目结束时间", "2024年12月"],
            ["一级指标", "二级指标", "三级指标", "项目完成后预期达到的指标值"],
            ["产出指标", "数量指标", "解决关键技术难点数（个）", "4"],
            [None, None, "新增授权知识产权数量（个）", "8"],
            [None, "质量指标", "关键技术和应用考核指标达标率（%）", "100"],
            ["效益指标", "经济效益", "项目研发投入（万元）", "3486"],
            [None, None, "实缴税金（万元）", "1200"],
            [None, "社会效益", "攻关成果应用项目数量（个）", "3"],
        ], [(0, 1, 0, 3), (4, 0, 6, 0), (4, 1, 5, 1), (7, 0, 9, 0), (7, 1, 8, 1)]),
    ])

    trows = [["序号", "科目", "2022年7-12月", "2023年", "2024年", "合计"]]
    merges = []
    for r in own:
        if r[2] is None:
            trows.append([r[0], r[1], None, None, None, None])
            merges.append((len(trows) - 1, 1, len(trows) - 1, 5))
        else:
            trows.append([r[0], r[1], *[f"{v:,.2f}" for v in r[2]], f"{sum(r[2]):,.2f}"])
    trows.append(["", "申报单位新增研发投入小计", *[f"{v:,.2f}" for v in ytot], f"{otot:,.2f}"])
    trows.append(["三", f"合作单位（{partner}）自筹投入", "40.00", "120.00", "80.00", "240.00"])
    trows.append(["", "项目总投入合计", f"{ytot[0] + 40:,.2f}", f"{ytot[1] + 120:,.2f}", f"{ytot[2] + 80:,.2f}", f"{otot + 240:,.2f}"])
    docx_rich(pk.f("附件3-1 研发投入预算明细表.docx", "other"), "项目研发投入预算明细表", [
        ("p", f"申报单位：{name}                     单位：万元"),
        ("p", "预算口径：2022年7月1日（含）起新增研发投入；2022年1—6月已发生的前期研发支出（约350万元）未列入。"),
        ("tm", trows, merges),
        ("p", "说明：1.人员人工费用仅含直接从事本项目研发的人员（42人）；2.研发设备包括多路阀综合性能试验台、伺服阀动态测试系统等；"
              "3.合作单位投入由合作单位自行承担，不计入申报单位新增研发投入。"),
        ("r", "财务负责人：冯雪梅        项目负责人：高晓川"),
    ])

    p = Pdf(pk.f("附件3-2 产学研合作协议.pdf", "contract"))
    p.title("产学研合作协议", 17, 10)
    p.para(f"甲方：{name}", 11, indent=False)
    p.para(f"乙方：{partner}", 11, indent=False)
    p.para("甲乙双方就“工程机械用数字化控制液压多路阀”关键技术攻关开展合作，经协商一致，签订本协议。")
    p.para("一、合作内容：乙方负责多路阀阀口流场仿真与阀芯位移闭环控制算法研究，甲方负责样阀设计、试制、台架试验和装机验证。")
    p.para("二、经费：甲方自筹研发经费不低于3,400万元；乙方以自有科研经费投入240万元，乙方投入由乙方自行管理。")
    p.para("三、合作期限：2022年7月1日至2024年12月31日。")
    p.para("四、知识产权：合作产生的知识产权归甲方所有，乙方享有署名权及非商业性使用权。")
    p.gap(16)
    p.para("甲方（盖章）：徐州锐驰液压科技股份有限公司      乙方（盖章）：淮海工业大学", 10, indent=False)
    p.para("签订日期：2022年6月", 10, indent=False)
    p.seal(name, x=170, y=p.y + 20, r=36)
    p.save()

    p = Pdf(pk.f("附件4 自主知识产权清单.pdf", "other"))
    p.title("与攻关项目相关的自主知识产权清单", 14, 8)
    tr = [["序号", "类型", "名称", "专利号/登记号", "授权日"]]
    ips = [("发明专利", "一种负载敏感多路阀压力补偿装置", "ZL201810356214.7", "2020.6.12"),
           ("发明专利", "电液比例多路阀阀芯位移检测方法", "ZL201910621873.2", "2021.3.5"),
           ("发明专利", "一种挖掘机多路阀流量再生结构", "ZL202010148306.9", "2021.11.23"),
           ("发明专利", "基于CAN总线的数字阀控制器", "ZL202010735621.4", "2022.4.8"),
           ("实用新型", "多路阀先导油路防振结构", "ZL202121083715.6", "2021.12.14"),
           ("软件著作权", "锐驰数字多路阀控制软件V1.0", "2021SR1286530", "2021.8.26")]
    for i, ip in enumerate(ips, 1):
        tr.append([str(i), *ip])
    p.table(tr, [0.5, 1.1, 3.3, 2.1, 1.1], 9)
    p.save()

    lic = license_image(name=name, code=code, kind="股份有限公司（非上市、自然人投资或控股）", rep="高晓川", capital="12000万元整",
                        founded="2009年07月16日", term="2009年07月16日至长期", addr="徐州市铜山区高新区银山路11号",
                        scope="液压元件、液压系统研发、制造、销售；工程机械配件制造；技术开发、技术转让。",
                        seed=505, reg="徐州市铜山区市场监督管理局")
    scan_pdf(pk.f("附件5 营业执照（扫描件）.pdf", "business_license"), [lic])
    recommend_letter(pk.f("附件6 推荐函.pdf", "other"), unit=rec, doc_no="徐工信技〔2022〕208号",
                     body=[f"根据申报通知要求，经组织申报和审核，现推荐{name}“{proj}”申报2023年度省关键核心技术（装备）工程化攻关项目。"
                           "项目属于附件1-26所列工程机械和农业机械集群“数字化控制液压阀”方向。", "特此函告。"],
                     date="2022-11-30", numeral=True)
    expected(pk, category="core-tech", given=True, outcome="eligible",
             figures={"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec, "rd_investment": 3486.00,
                      "start_date": "2022-07-01", "completion_date": "2024-12-31"},
             subsidy=1045.80, reasons=[],
             notes="Budget DOCX with year columns (2022年7-12月 / 2023 / 2024) and merged 费用化/资本化 heading rows: applicant's own "
                   "new R&D 918 + 1,550 + 1,018 = 3,486.00 ≥ 3,000; the partner university's 240 and the pre-July ~350 are excluded. "
                   "申报书 gives 总投资 as 约0.37亿元 and the period as 2022.7.1—2024.12.31; 推荐函 dated in Chinese numerals. "
                   "30% × 3,486 = 1,045.80 (cap 3,000).")
    return pk


# ================================================================ r06 talent-training, eligible (detected)
def r06():
    pk = Packet("r06")
    name = "江苏启航智造人才培训有限公司"
    code = uscc("320105", "78541206")
    rec = "南京市工业和信息化局"
    proj = "2023年“英才名匠”智能化改造数字化转型企业中高层管理人员专题培训"
    budget = [("师资费（授课、研讨指导）", 98.60), ("场地及教学设施租赁", 64.80), ("学员食宿", 112.40), ("教材及资料", 18.60),
              ("招生、组织管理及班务", 20.00), ("现场教学（标杆企业参访）", 12.00)]
    btot = round(sum(b[1] for b in budget), 2)
    assert btot == 326.40
    classes = [("南京", "2023.4.10-4.13", 90, "4天", "苏南", "南京、镇江、扬州"),
               ("苏州", "2023.4.24-4.27", 85, "4天", "苏南", "苏州、无锡、常州"),
               ("南通", "2023.5.15-5.18", 80, "4天", "苏中", "南通、泰州、盐城"),
               ("徐州", "2023.5.29-6.1", 90, "4天", "苏北", "徐州、宿迁、连云港"),
               ("无锡", "2023.6.12-6.15", 80, "4天", "苏南", "无锡、常州、苏州"),
               ("扬州", "2023.6.26-6.29", 85, "4天", "苏中", "扬州、泰州、淮安"),
               ("淮安", "2023.7.10-7.13", 80, "4天", "苏北", "淮安、宿迁、盐城"),
               ("常州", "2023.7.24-7.27", 90, "4天", "苏南", "常州、镇江、南京"),
               ("盐城", "2023.8.7-8.8", 80, "2天", "苏北", "盐城、连云港"),
               ("南京", "2023.8.21-8.22", 80, "2天", "苏南", "南京、全省")]
    ntot = sum(c[2] for c in classes)
    assert ntot == 840

    docx_rich(pk.f("附件1 “英才名匠”产业人才培训项目申报书.docx", "application_form"),
              "2023年度江苏省工业和信息产业转型升级专项资金项目申报书", [
        ("tm", [
            ["项目名称", proj, None, None],
            ["申报单位", name, "统一社会信用代码", code],
            ["单位性质", "有限责任公司", "注册资本", "800万元"],
            ["成立时间", "2016年3月22日", "推荐单位", rec],
            ["办公地址", "南京市建邺区江东中路359号国睿大厦2号楼12层（自有租赁，面积1,260平方米）", None, None],
            ["2019-2021年营业收入（万元）", "612.48 / 386.15 / 598.72（经审计）", "年均", "532.45"],
            ["近三年线下培训人次", "2019年1,460人次；2020年980人次；2021年1,520人次", "年均", "1,320人次"],
            ["培训班次及人数", "10个班次，计划培训840人，其中3.5天（含）以上班次8个", None, None],
            ["项目总预算（万元）", f"{btot:,.2f}", "申请补助（万元）", "300.00"],
            ["收费情况", "公益性培训，不向学员收取任何费用（往返城市间交通费自理）", None, None],
        ], [(0, 1, 0, 3), (4, 1, 4, 3), (7, 1, 7, 3), (9, 1, 9, 3)]),
        ("h", "一、申报单位基本情况"),
        ("p", "本单位成立于2016年，经营范围包括职业技能培训（不含需取得许可的培训）、企业管理咨询、教育咨询服务，专职培训业务团队28人，"
              "师资库收录经管名师和知名企业高管等外聘师资136人。近三年承接南京市工信局、无锡市工信局、省中小企业发展中心等设区市级以上政府部门培训项目11项。"),
        ("h", "二、培训方案概述"),
        ("p", "培训方向对应附件1-27“智能化改造数字化转型—制造业企业智能化改造数字化转型”，对象为省内制造企业中高层管理人员及主管智能化改造的负责人。"
              "全年举办10个班次，覆盖苏南、苏中、苏北，学员来自全省13个设区市。具体安排见附件3。"),
        ("h", "三、预算"),
        ("t", [["支出科目", "金额（万元）"]] + [[b[0], f"{b[1]:,.2f}"] for b in budget] + [["合计", f"{btot:,.2f}"]]),
        ("r", "申报单位（盖章）            2022年11月30日"),
    ])

    # performance form 附件1-25 printed, filled and scanned (image only)
    tmp = pk.tmp("perf.pdf")
    p = Pdf(tmp)
    p.para("附件1-25", 10, indent=False)
    p.title("产业人才培训项目绩效目标申报表", 15, 4)
    p.title("（2023年度）", 11, 8)
    p.table([["项目名称", proj, "", ""], ["项目推荐单位", rec, "项目承担单位", name],
             ["项目开始时间", "2023年4月", "项目结束时间", "2023年8月"],
             ["一级指标", "二级指标", "三级指标", "项目完成后预期达到的指标值"],
             ["产出指标", "数量指标", "每班次培训人数下限（人）", "80"], ["", "", "培训人数完成率（%）", "100"],
             ["", "", "培训班次完成率（%）", "100"], ["", "质量指标", "学员到课率（%）", "95"],
             ["", "时效指标", "项目完成及时率（%）", "100"], ["", "成本指标", "每人日培训费用上限（元）", "1050"],
             ["效益指标", "社会效益", "提升人才对先进制造业发展支撑力（定性）", "显著"],
             ["满意度指标", "满意度", "学员满意度（%）", "≥95"]], [1.2, 1.2, 3.2, 2.0], 9)
    p.para("填报单位（盖章）：江苏启航智造人才培训有限公司", 10, indent=False)
    p.seal(name, y=p.y + 10, r=36)
    p.save()
    rescan(tmp, pk.f("附件2 绩效目标申报表（附件1-25）.pdf", "performance_form"), 606)

    p = Pdf(pk.f("附件3 培训实施方案.pdf", "other"), footer_pages=True)
    p.title(proj, 13, 4)
    p.title("实施方案", 16, 10)
    p.para("一、培训目标：围绕制造业智能化改造数字化转型，帮助企业中高层管理人员掌握智改数转政策、方法与实践案例。")
    p.para("二、培训对象：省内工业和信息产业企业中高层管理人员、主管智能化和信息化改造的负责人、工程师骨干（不含企业内训）。")
    p.para("三、课程设置：政策解读、智能制造技术发展趋势、智能车间规划与实施、数据管理方法与案例、标杆企业现场教学。")
    p.para("四、组织方式：每班次4天（含报到半天、撤离半天，实际教学3天）或2天专题研讨；学员免费参训，不以任何方式收取或摊派费用。")
    p.para("五、课程安排：每个4天班次安排政策解读（半天）、智能制造技术发展趋势（半天）、智能车间规划与实施（1天）、数据管理的方法与案例"
           "（半天）、标杆企业现场教学（半天）；2天专题研讨班聚焦“智改数转”诊断与项目实施，安排案例研讨和企业参访。")
    p.para("六、师资安排：每班次配备授课教师不少于6名，其中高校及研究机构专家2名、知名企业高管或首席信息官2名、智能制造系统解决方案服务商专家2名；"
           "拟聘请的主要师资已签订授课意向书。")
    p.para("七、招生与组织管理：由各设区市工信部门协助发布招生通知，学员按企业推荐、本单位审核的方式确定；每班次设班主任1名、班务人员2名，"
           "实行签到考勤，到课率不低于95%，结业时组织满意度测评。学员往返城市间交通费自理，其余费用由本项目承担。")
    p.para("八、班次安排：全年举办10个班次，覆盖苏南、苏中、苏北，具体见下表。")
    p.para("附表：培训班次安排表", 10, indent=False)
    themes = ["智改数转政策解读与企业实施路径", "智能车间规划与实施（电子信息行业）", "船舶海工企业数字化转型实践",
              "工程机械行业智能制造标杆经验", "数据管理能力成熟度与数据治理", "食品医药行业质量管理数字化",
              "中小企业“智改数转”诊断与改造", "装备制造企业工业互联网应用", "“智改数转”项目申报与实施专题研讨",
              "智能制造标准体系与评估专题研讨"]
    head = ["班次", "举办地", "时间", "培训主题", "计划人数", "时长", "区域", "生源地（设区市）"]
    body = [[str(i), c[0], c[1], themes[i - 1], str(c[2]), c[3], c[4], c[5]] for i, c in enumerate(classes, 1)]
    body.append(["合计", "", "", "", str(ntot), "", "", "13个设区市"])
    table_repeat(p, head, body, [0.5, 0.7, 1.4, 2.2, 0.7, 0.6, 0.6, 1.6], 9.5, cont="附表：培训班次安排表（续表）")
    p.para("注：第1—8班为3.5天（含）以上班次（4天，含报到、撤离各半天）；第9、10班为2天专题研讨班。", 9, indent=False)
    p.para("九、经费预算：总预算326.40万元，全部用于培训组织实施，详见申报书。", 11)
    p.save()

    revs = [("2019", 6124800.00, "苏信达审字〔2020〕第0312号", "2020年3月26日"),
            ("2020", 3861500.00, "苏信达审字〔2021〕第0287号", "2021年3月30日"),
            ("2021", 5987200.00, "苏信达审字〔2022〕第0341号", "2022年3月28日")]
    for y, rv, no, dd in revs:
        p = Pdf(pk.f(f"附件4 审计报告/{y}年度审计报告（摘要）.pdf", "audit_report"), header=no)
        p.title("审计报告", 17, 12)
        p.para(f"{name}全体股东：")
        p.para(f"我们审计了{name}（以下简称贵公司）财务报表，包括{y}年12月31日的资产负债表，{y}年度的利润表、现金流量表、"
               "所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司"
               f"{y}年12月31日的财务状况以及{y}年度的经营成果和现金流量。")
        p.para("利润表（摘要）", 11, indent=False)
        cost = round(rv * 0.78, 2)
        p.table([["项目", f"{y}年度（元）"], ["一、营业收入", yuan(rv)], ["其中：培训服务收入", yuan(round(rv * 0.86, 2))],
                 ["减：营业成本", yuan(cost)], ["二、营业利润", yuan(round(rv * 0.09, 2))],
                 ["三、利润总额", yuan(round(rv * 0.088, 2))]], [3, 2], 10)
        p.para("江苏信达会计师事务所有限公司      中国注册会计师：黄文斌  严晓", 10, indent=False)
        p.para(dd, 10, indent=False, align="right")
        p.seal("江苏信达会计师事务所有限公司", y=p.y + 40)
        p.save()

    lic = license_image(name=name, code=code, kind="有限责任公司（自然人投资或控股）", rep="唐俊逸", capital="800万元整",
                        founded="2016年03月22日", term="2016年03月22日至2046年03月21日",
                        addr="南京市建邺区江东中路359号国睿大厦2号楼12层",
                        scope="职业技能培训（不含需取得许可的培训）；企业管理咨询；教育咨询服务（不含涉许可审批的教育培训活动）；会议及展览服务。",
                        seed=616, reg="南京市建邺区市场监督管理局")
    save_jpeg(pk.f("附件5 营业执照.jpg", "business_license"), photo(lic, 66, angle=1.2))

    p = Pdf(pk.f("附件6 近三年培训业绩情况.pdf", "other"))
    p.title("近三年培训业绩情况表", 15, 8)
    tr = [["年度", "项目名称", "委托单位", "班次", "人次（线下）"],
          ["2019", "南京市智能制造专题研修班", "南京市工业和信息化局", "6", "520"],
          ["2019", "中小企业经营管理人员培训", "江苏省中小企业发展中心", "8", "640"],
          ["2019", "企业数字化转型公开课", "自主招生", "5", "300"],
          ["2020", "无锡市智改数转专题培训", "无锡市工业和信息化局", "6", "480"],
          ["2020", "专精特新企业高管研修班", "自主招生", "7", "500"],
          ["2021", "南京市工业互联网应用培训", "南京市工业和信息化局", "8", "660"],
          ["2021", "扬州市制造业企业数字化转型培训", "扬州市工业和信息化局", "6", "480"],
          ["2021", "企业数据管理能力提升班", "自主招生", "6", "380"],
          ["合计", "", "", "52", "3,960"]]
    p.table(tr, [0.7, 3.0, 2.4, 0.6, 1.0], 9)
    p.para("年均线下培训1,320人次。另有线上直播培训未计入。", 10)
    p.save()
    recommend_letter(pk.f("附件7 推荐函.pdf", "other"), unit=rec, doc_no="宁工信人〔2022〕77号",
                     body=[f"现推荐{name}“{proj}”申报2023年度省专项资金“英才名匠”产业人才培训项目。", "特此推荐。"],
                     date="2022-12-06")
    expected(pk, category="talent-training", given=False, outcome="eligible",
             figures={"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec, "total_investment": btot},
             subsidy=300.0, reasons=[],
             notes="No --category and the 申报书's title is the fund's generic one: the category is in its file name (“英才名匠”产业人才培训"
                   "项目申报书), the project name and the image-only scan of 附件1-25. Registered 2016-03-22 (> 3 years at 2022-06-30), "
                   "capital 800 ≥ 500; revenue from three separate audits 612.48 / 386.15 / 598.72 → average 532.45 ≥ 500 (2020 alone "
                   "is below); 1,320 人次/year ≥ 1,200; 10 classes, 840 trainees, every class ≥ 80, exactly 8 classes of 4 days "
                   "(报到/撤离 half a day each) — the class table runs over a page break with a 续表 header; 苏南/苏中/苏北 and 13 cities; "
                   "free. Budget 326.40 → subsidy capped at 300.")
    return pk


# ================================================================ r07 iiot-security, eligible
def r07():
    pk = Packet("r07")
    name = "无锡盾御工业信息安全技术有限公司"
    code = uscc("320214", "09631847")
    rec = "无锡市工业和信息化局"
    proj = "无锡市工业互联网安全态势感知与应急处置平台建设项目"
    me = party(name, code, "无锡市新吴区菱湖大道200号中国传感网国际创新园E2栋 0510-81186352",
               "宁波银行无锡新区支行 7801 0122 0001 6352 4")
    plan = [("服务器、存储及安全设备", 386.50), ("工控安全监测探针及流量采集设备", 248.00), ("态势感知平台软件开发", 312.00),
            ("应急处置及通报系统", 126.00), ("云资源及网络费用", 48.00), ("调试安装", 26.00), ("咨询、设计、测评", 40.00)]
    ptot = round(sum(x[1] for x in plan), 2)
    assert ptot == 1186.50
    docx_rich(pk.f("1.项目入库申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ("p", "项目类别：工业互联网创新应用—工业互联网安全项目（工业互联网安全平台建设）"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["项目承担单位", name, "统一社会信用代码", code],
            ["项目推荐单位", rec, "建设地点", "无锡市新吴区"],
            ["项目起止时间", "2022年3月1日—2024年2月29日", "实施周期", "24个月"],
            ["项目总投入（不含税，万元）", f"{ptot:,.2f}", "截至2022年6月30日已投入（万元）", "288.40（经审计，占24.31%）"],
            ["申请补助（万元）", "237.30", "目前进度", "已开工建设，尚未竣工"],
            ["建设内容", "建设覆盖全市重点工业企业的安全态势感知、信息通报与共享、应急处置平台，部署工控安全监测探针300个，接入江苏省工业信息安全公共服务平台", None, None],
        ], [(0, 1, 0, 3), (6, 1, 6, 3)]),
        ("r", "申报单位（盖章）         2022年11月22日"),
    ])
    docx_rich(pk.f("2.绩效目标申报表（附件1-8）.docx", "performance_form"), None, [
        ("p", "附件1-8"),
        ("c", "工业互联网安全项目绩效目标申报表"),
        ("c", "（2023年度）"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["项目推荐单位", rec, "项目承担单位", name],
            ["项目开始时间", "22年3月", "项目结束时间", "24年2月"],
            ["一级指标", "二级指标", "三级指标", "项目完成后预期达到的指标值"],
            ["产出指标", "数量指标（工业互联网安全平台建设√）", "平台提供的安全技术支撑服务能力不少于5种", "7种"],
            [None, None, "平台可感知发现、处置或验证的网络安全风险、事件、漏洞等数量不少于100个", "≥500个"],
            [None, None, "为不少于10家企业提供态势感知、信息通报共享、应急处置等相关服务", "≥200家"],
            [None, None, "实现与江苏省工业信息安全公共服务平台对接", "是"],
            [None, "时效指标", "项目完成及时率（%）", "100"],
            ["效益指标", "经济效益", "项目总投入（万元）", f"{ptot:.2f}"],
            [None, "可持续发展", "运行维护机制健全性", "健全"],
        ], [(0, 1, 0, 3), (4, 0, 8, 0), (4, 1, 7, 1), (9, 0, 10, 0)]),
    ])

    p = Pdf(pk.f("3.项目实施方案（含投资预算）.pdf", "other"))
    p.title(proj, 13, 4)
    p.title("实施方案", 16, 10)
    p.para("一、建设周期：2022年3月1日至2024年2月29日，共24个月。2022年3—12月完成平台基础设施和探针部署，2023年完成态势感知与应急处置系统开发，"
           "2024年1—2月试运行并接入省平台。")
    p.para("二、投资预算（不含税，单位：万元）")
    p.table([["序号", "内容", "金额"]] + [[str(i), x[0], f"{x[1]:,.2f}"] for i, x in enumerate(plan, 1)] +
            [["", "合计", f"{ptot:,.2f}"]], [0.6, 4, 1.4], 10)
    p.para("三、资金来源：企业自筹。不含机房装修等土建费用。")
    p.save()

    # audit as Word, with 审减 written with a minus sign
    arows = [("1", "服务器及存储设备", 142.80, 0.0, ""), ("2", "工控安全监测探针", 86.40, 0.0, ""),
             ("3", "平台软件开发（外包）", 56.00, -18.60, "预付款，截至审计日未交付，不予确认"),
             ("4", "网络及安全设备", 12.00, 0.0, ""), ("5", "咨询、设计", 9.80, 0.0, ""),
             ("6", "业务招待费", 6.20, -6.20, "与项目无关")]
    dec = round(sum(r[2] for r in arows), 2)
    cut = round(sum(r[3] for r in arows), 2)
    aud = round(dec + cut, 2)
    assert (dec, cut, aud) == (313.20, -24.80, 288.40)
    trows = [["序号", "项目", "申报金额", "审减金额", "审定金额", "说明"]]
    for r in arows:
        trows.append([r[0], r[1], f"{r[2]:,.2f}", (f"-{abs(r[3]):,.2f}" if r[3] else "0.00"), f"{r[2] + r[3]:,.2f}", r[4]])
    trows.append(["", "合计", f"{dec:,.2f}", f"-{abs(cut):,.2f}", f"{aud:,.2f}", ""])
    docx_pages(pk.f("4.截至2022年6月30日投入情况专项审计报告.docx", "audit_report"), None, [
        ("hdr", "锡衡会专审〔2022〕第415号"),
        ("c", "无锡衡信会计师事务所有限公司"),
        ("c", "专 项 审 计 报 告"),
        ("c", "锡衡会专审〔2022〕第415号"),
        ("p", "无锡盾御工业信息安全技术有限公司："),
        ("p", f"我们接受委托，对贵公司“{proj}”截至2022年6月30日的项目投入情况进行了专项审计。我们的审计依据是中国注册会计师审计准则，"
              "审计程序包括检查合同、发票、付款凭证、到货验收单和会计记录，以及向供应商函证。"),
        ("p", "一、项目概况：项目计划总投入1,186.50万元（不含税），建设周期2022年3月1日至2024年2月29日，项目于2022年3月1日开工建设，目前尚在建设中。"),
        ("p", f"二、审计结果：贵公司申报截至2022年6月30日项目投入{dec:,.2f}万元，经审计审减{abs(cut):,.2f}万元，"
              f"审定截至2022年6月30日项目投入{aud:,.2f}万元（大写：人民币{daxie(aud * 10000)}），占项目计划总投入的"
              f"{aud / ptot * 100:.2f}%。审减情况详见附表。"),
        ("p", "三、本报告仅供贵公司申报江苏省工业和信息产业转型升级专项资金之用。"),
        ("r", "无锡衡信会计师事务所有限公司        中国注册会计师：邹凯  潘怡宁"),
        ("r", "2022年9月8日"),
        ("pb",),
        ("p", "附表：截至2022年6月30日项目投入审定表"),
        ("p", "单位：万元"),
        ("t", trows),
        ("small", "注：审减金额以负数列示。平台软件开发合同总价312.00万元，2022年6月已付预付款18.60万元，对应软件模块截至审计日未交付。"),
    ])

    s1 = party("无锡鼎坤信息系统集成有限公司", uscc("320213", "52817460"), "无锡市梁溪区中山路288号 0510-82736150",
               "中国农业银行无锡分行营业部 1063 0101 0400 2238 6")
    s2 = party("北京安擎工控安全科技有限公司", uscc("110108", "39712604"), "北京市海淀区上地信息路12号 010-62983315",
               "中国民生银行北京上地支行 6960 1203 8")
    tmp = pk.tmp("inv1.pdf")
    t1 = boxed_invoice2_pdf(tmp, code="3200221130", number="07315928", date="2022-04-12", buyer=me, seller=s1,
                            items=[("*计算机设备*机架式服务器", "NF5280M6", "台", 10, 986000.00, 0.13),
                                   ("*计算机设备*分布式存储", "AS5500", "套", 2, 442000.00, 0.13)],
                            remark="合同DY-2022-003", copy="抵 扣 联")
    rescan(tmp, pk.f("5.发票/服务器 专票扫描件.pdf", "invoice"), 707)
    t2 = einvoice2_pdf(pk.f("5.发票/安全探针 数电票.pdf", "invoice"), number="22112000000063025871", date="2022-05-20",
                       buyer=me, seller=s2,
                       items=[("*计算机设备*工控安全监测探针", "AQ-ICS-P200", "台", 120, 864000.00, 0.13)],
                       remark="合同DY-2022-007 第一批")
    lic = license_image(name=name, code=code, kind="有限责任公司", rep="邵天磊", capital="3000万元整", founded="2017年09月05日",
                        term="2017年09月05日至长期", addr="无锡市新吴区菱湖大道200号E2栋5层",
                        scope="网络与信息安全软件开发；信息系统集成服务；工业互联网数据服务；安全技术防范系统设计施工服务。",
                        seed=717, reg="无锡市新吴区行政审批局")
    scan_pdf(pk.f("6.营业执照.pdf", "business_license"), [lic])
    recommend_letter(pk.f("7.推荐函.pdf", "other"), unit=rec, doc_no="锡工信安〔2022〕53号",
                     body=[f"现推荐{name}“{proj}”申报2023年度省工业互联网安全项目（安全平台建设类）。"
                           "项目已开工建设，尚未竣工。", "特此函告。"], date="2022-11-28")
    inv_total = round((t1[0] + t2[0]) / 10000, 6)
    expected(pk, category="iiot-security", given=True, outcome="eligible",
             figures={"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec, "total_investment": ptot,
                      "invested_by_cutoff": aud, "start_date": "2022-03-01", "completion_date": "2024-02-29",
                      "invoice_total": inv_total, "invoice_count": 2},
             subsidy=237.30, reasons=[],
             notes="Under way (开工 2022-03-01, not completed). Period 2022-03-01 → 2024-02-29 (a leap day) is exactly 24 months: "
                   "实施周期不超过2年 passes. Audit delivered as Word: 申报 313.20, 审减 written -18.60 (undelivered prepayment) and "
                   "-6.20 (招待费) → 审定 288.40 = 24.31% of 1,186.50 ≥ 20%. One invoice is an image-only scan of a paper 专票, one a "
                   "数电票. 20% × 1,186.50 = 237.30 (cap 500).")
    return pk


# ================================================================ r08 innovation-center, eligible (footnote decides the basis)
def r08():
    pk = Packet("r08")
    name = "江苏瀚风海洋装备研究院有限公司"
    code = uscc("320612", "36802471")
    rec = "南通市工业和信息化局"
    center = "江苏省海上风电装备制造业创新中心"
    proj = "江苏省海上风电装备制造业创新中心创新能力建设项目"
    items = [("1", "研发设备（含软件和网络设备）", 3860.00), ("2", "测试验证平台设备（大功率传动链试验台等）", 1420.00),
             ("3", "中试孵化线设备", 1180.00), ("4", "测试化验加工费", 520.00), ("5", "材料费", 460.00), ("6", "燃料动力费", 180.00),
             ("7", "研发成果论证、评审、验收及知识产权费用", 130.00), ("8", "人工费用及外聘研发人员劳务费", 1000.00),
             ("9", "中试厂房土建工程", 1450.00)]
    tot = round(sum(i[2] for i in items), 2)
    basis = round(tot - 1450.00, 2)
    assert (tot, basis) == (10200.00, 8750.00)
    docx_rich(pk.f("01-省级制造业创新中心创新能力建设项目申报书.docx", "application_form"),
              "2023年度省级制造业创新中心创新能力建设项目申报书", [
        ("tm", [
            ["创新中心名称", center, None, None],
            ["依托企业（申报单位）", name, "统一社会信用代码", code],
            ["试点建设批复", "苏工信科技〔2021〕212号（2021年5月18日）", "推荐单位", rec],
            ["项目名称", proj, None, None],
            ["建设周期", "2022年10月—2025年9月（36个月）", "项目总投入", "10,200万元（1.02亿元）"],
            ["申请省补助", "3,000万元", "资金来源", "依托企业及股东单位自筹"],
            ["建设内容", "建设海上风电大功率传动链试验验证平台、叶片材料测试平台和关键部件中试孵化线，开展主轴承、变桨系统等共性技术研发", None, None],
        ], [(0, 1, 0, 3), (3, 1, 3, 3), (6, 1, 6, 3)]),
        ("p", "项目投资预算详见附件03《创新能力建设方案及投资预算》。"),
        ("r", "依托企业（盖章）          2022年12月1日"),
    ])
    docx_rich(pk.f("02-绩效目标申报表（附件1-21）.docx", "performance_form"), None, [
        ("p", "附件1-21"),
        ("c", "省级制造业创新中心创新能力建设项目绩效目标申报表"),
        ("c", "（2023年度）"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["项目推荐单位", rec, "项目承担单位", name],
            ["项目开始时间", "2022年10月", "项目结束时间", "2025年9月"],
            ["一级指标", "二级指标", "三级指标", "项目完成后预期达到的指标值"],
            ["产出指标", "数量指标", "申请专利数量（个）", "60"], [None, None, "授权专利数量（个）", "30"],
            [None, None, "孵化企业数量（个）", "5"], [None, "质量指标", "主持或参与制定标准数量（个）", "6"],
            ["效益指标", "经济效益", "项目期内营业收入（万元）", "18000"],
            [None, "可持续发展", "新增研发类固定资产（万元）", "6460"], [None, None, "新增研发人员数量（人）", "45"],
        ], [(0, 1, 0, 3), (4, 0, 7, 0), (4, 1, 6, 1), (8, 0, 10, 0), (9, 1, 10, 1)]),
    ])

    p = Pdf(pk.f("03-创新能力建设方案及投资预算.pdf", "other"), footer_pages=True)
    p.title(center, 14, 4)
    p.title("创新能力建设方案及投资预算", 16, 12)
    p.para("一、建设目标：围绕海上风电大兆瓦机组主轴承、变桨系统、叶片材料等共性关键技术，建设试验验证、测试评价和中试孵化三大平台。")
    p.para("二、建设周期：2022年10月1日至2025年9月30日，建设周期36个月。")
    p.para("三、建设内容：（一）大功率传动链试验验证平台；（二）叶片材料与结构测试平台；（三）关键部件中试孵化线；（四）行业共性技术研发与服务。")
    p.para("四、运行机制：创新中心实行理事会领导下的主任负责制，设立专家委员会，股东单位包括整机制造、主轴承、叶片材料等产业链上下游企业"
           "和2所高校、1家科研院所；试验验证平台和中试线面向行业开放共享，按成本价提供测试服务。")
    p.para("五、预期成果：突破大兆瓦机组主轴承设计与寿命评估、变桨系统可靠性验证、叶片复合材料快速测试等关键共性技术8项，"
           "申请专利60件，主持或参与制定标准6项，孵化企业5家，为省内风电装备企业提供测试验证服务不少于200次。")
    p.para("六、投资预算：项目总投资10,200万元，分年度安排为2022年第四季度1,150万元、2023年4,320万元、2024年3,380万元、2025年1—9月1,350万元。"
           "资金来源为依托企业及股东单位自筹。")
    p.para("七、年度实施计划", 11)
    p.table([["阶段", "主要任务", "投资（万元）"],
             ["2022年10—12月", "完成试验台和中试线设计、主要设备招标；启动主轴承寿命评估模型研究", "1,150"],
             ["2023年", "传动链试验台、叶片材料测试平台设备到货安装；中试厂房建设；开展共性技术攻关", "4,320"],
             ["2024年", "试验验证平台投入运行，面向行业开放服务；中试线试生产；申请专利和标准", "3,380"],
             ["2025年1—9月", "中试孵化企业入驻；成果转移扩散；项目总结验收", "1,350"]], [1.3, 4.6, 1.0], 9.5)
    p.para("八、投资预算明细见下表。")
    p.para("附表：投资预算明细表（单位：万元）", 10, indent=False)
    basis_txt = {"1": "主轴承多体动力学仿真工作站、疲劳试验机、激光跟踪仪等32台（套），含仿真软件及网络设备",
                 "2": "10MW级传动链地面试验台1套、变桨系统可靠性试验台1套、数据采集与分析系统",
                 "3": "主轴承滚子精密加工及检测中试线1条、叶片材料预浸料中试线1条",
                 "4": "委托第三方开展材料性能、无损检测及认证测试，约260批次",
                 "5": "试验用轴承钢、复合材料、树脂等原材料",
                 "6": "试验台运行电费、燃气费，按试验负荷测算",
                 "7": "专利申请及维持、标准制定、成果鉴定与验收评审",
                 "8": "专职研发人员65人×3年，外聘专家劳务费",
                 "9": "中试厂房6,800平方米（见注）"}
    head = ["序号", "支出内容", "预算金额", "测算依据"]
    body = [[i[0], i[1], f"{i[2]:,.2f}", basis_txt[i[0]]] for i in items]
    body.append(["", "合计", f"{tot:,.2f}", ""])
    table_repeat(p, head, body, [0.5, 2.6, 1.0, 3.2], 10, cont="附表：投资预算明细表（续表）")
    p.para("注：第9项中试厂房土建工程1,450万元由依托企业以自有资金建设，不属于指南所列创新能力建设投入范围，不计入项目总投入，不申请省补助资金。",
           8, indent=False)
    p.save()

    tmp = pk.tmp("pf.pdf")
    p = Pdf(tmp)
    p.title("江苏省工业和信息化厅", 20, 8)
    p.para("苏工信科技〔2021〕212号", 11, indent=False, align="center")
    p.title(f"省工业和信息化厅关于同意{center}开展试点建设的批复", 13, 12)
    p.para(f"{name}：")
    p.para(f"你单位《关于申请创建{center}的请示》收悉。经专家论证和研究，同意以{name}为依托，组建{center}开展试点建设。")
    p.para("请你单位按照省级制造业创新中心建设有关要求，完善运行机制，聚焦海上风电装备行业关键共性技术研发、转移扩散和首次商业化，"
           "切实发挥创新中心的支撑引领作用。")
    p.gap(30)
    p.para("江苏省工业和信息化厅", 12, indent=False, align="right")
    p.para(cn_upper_date("2021-05-18"), 12, indent=False, align="right")
    p.seal("江苏省工业和信息化厅", y=p.y + 40)
    p.save()
    rescan(tmp, pk.f("04-省工信厅关于同意开展试点建设的批复（扫描件）.pdf", "designation_certificate"), 808)

    lic = license_image(name=name, code=code, kind="其他有限责任公司", rep="陆海峰", capital="20000万元整",
                        founded="2020年11月09日", term="2020年11月09日至长期", addr="南通市通州区高新区世纪大道66号",
                        scope="海洋工程装备研发；风电装备技术研发、技术服务、技术转让；检验检测服务；中试服务。",
                        seed=818, reg="南通市通州区行政审批局")
    scan_pdf(pk.f("05-营业执照副本.pdf", "business_license"), [lic])
    recommend_letter(pk.f("06-推荐函.pdf", "other"), unit=rec, doc_no="通工信科〔2022〕139号",
                     body=[f"现推荐{center}（依托单位{name}）“{proj}”申报2023年度省专项资金。该中心于2021年5月经省工信厅批复开展试点建设。",
                           "特此函告。"], date="2022-12-05")
    expected(pk, category="innovation-center", given=True, outcome="eligible",
             figures={"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec, "total_investment": basis,
                      "start_date": "2022-10-01", "completion_date": "2025-09-30"},
             subsidy=round(basis * 0.30, 2), reasons=[],
             notes="Pilot approved 二〇二一年五月十八日 (image-only scan) — under 3 years. Construction 36 months → floor 8,000. "
                   "申报书 says 项目总投入 10,200万元（1.02亿元） and asks the 3,000 cap, but the budget's last page (the table continues "
                   "over a page break) has a footnote: item 9 中试厂房土建 1,450 is not counted and no subsidy is asked for it. "
                   "Basis 8,750 ≥ 8,000; 30% = 2,625 (not the cap).")
    return pk


# ================================================================ r09 lead-software-enterprise, ineligible (detected)
def r09():
    pk = Packet("r09")
    name = "苏州凌岳工业软件有限公司"
    code = uscc("320505", "55201938")
    rec = "苏州市工业和信息化局"
    docx_rich(pk.f("申报表（头雁型软件企业培育项目）.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目申报表", [
        ("p", "项目类别：自主品牌企业培育—头雁型软件企业培育项目（专精特新软件企业）"),
        ("tm", [
            ["企业名称", name, "统一社会信用代码", code],
            ["推荐单位", rec, "入选名单", "2022年度江苏省专精特新软件企业"],
            ["项目名称", "凌岳工业软件企业发展壮大项目", None, None],
            ["上年度软件和信息技术服务业务收入（万元）", "5,862.40", "上上年度（万元）", "5,108.75"],
            ["软件和信息技术服务业务增速", "14.75%", "上年度软件和信息技术相关投入（万元）", "1,124.60"],
            ["上年度获得软件著作权（件）", "16（均为原始取得）", "申请补助（万元）", "224.92"],
        ], [(2, 1, 2, 3)]),
        ("p", "软件著作权明细见《软件著作权登记情况表》。"),
        ("r", "申报单位（盖章）          2022年11月16日"),
    ])
    docx_rich(pk.f("附件1-15 绩效目标申报表.docx", "performance_form"), None, [
        ("p", "附件1-15"),
        ("c", "头雁型软件企业培育项目绩效目标申报表"),
        ("c", "（2023年度）"),
        ("tm", [
            ["项目名称", "凌岳工业软件企业发展壮大项目", None, None],
            ["项目推荐单位", rec, "项目承担单位", name],
            ["项目开始时间", "2023年1月", "项目结束时间", "2023年12月"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "研发投入占企业销售（营业）收入比例（%）", "18.5"],
            [None, None, "新增自主知识产权数（个）", "20"],
            [None, "质量指标", "软件和信息技术服务人均收入（万元）", "42"],
            ["效益指标", "经济效益", "软件和信息技术服务业务收入增长率（%）", "15"],
            [None, "社会效益", "新增就业人数（人）", "30"],
        ], [(0, 1, 0, 3), (4, 0, 6, 0), (4, 1, 5, 1)]),
    ])
    r21, r20 = 58624000.00, 51087500.00
    inv = [("研发用设备、仪器", 1862000.00), ("研发人员费用", 8924000.00), ("标准制定费用", 460000.00)]
    itot = sum(x[1] for x in inv)
    assert itot == 11246000.00
    p = Pdf(pk.f("2021年度审计报告及软件收入专项说明.pdf", "audit_report"), header="苏中衡审字〔2022〕第0716号", footer_pages=True)
    p.title("审计报告", 17, 12)
    p.para(f"{name}全体股东：")
    p.para("我们审计了贵公司2021年度财务报表。我们认为，财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2021年12月31日的"
           "财务状况以及2021年度的经营成果和现金流量。")
    p.para("苏州中衡会计师事务所有限公司     中国注册会计师：钟立  石梦洁     2022年4月15日", 10, indent=False)
    p.seal("苏州中衡会计师事务所有限公司", y=p.y + 30)
    p.new_page()
    p.title("关于软件和信息技术服务业务收入及相关投入的专项说明", 13, 10)
    p.table([["项目", "2021年度（元）", "2020年度（元）"], ["营业收入", "63,186,300.00", "55,702,800.00"],
             ["其中：软件和信息技术服务业务收入", yuan(r21), yuan(r20)],
             ["软件和信息技术服务业务收入增长率", f"{(r21 / r20 - 1) * 100:.2f}%", ""]], [3.2, 1.8, 1.8], 10)
    p.para(f"2021年度软件和信息技术相关投入（不含税）合计{yuan(itot)}元，其中：" +
           "，".join(f"{a}{yuan(b)}元" for a, b in inv) + "。")
    p.save()

    regs = [("2021-02-08", "凌岳MES制造执行系统V6.0", "原始取得"), ("2021-03-19", "凌岳APS高级计划排程系统V3.2", "原始取得"),
            ("2021-04-27", "凌岳设备物联网关配置软件V2.0", "原始取得"), ("2021-06-10", "凌岳质量追溯管理平台V4.1", "原始取得"),
            ("2021-07-05", "注塑工艺参数优化软件V1.0", "受让取得"), ("2021-08-23", "凌岳WMS仓储管理系统V5.0", "原始取得"),
            ("2021-09-30", "凌岳能耗监测分析软件V2.3", "原始取得"), ("2021-11-16", "凌岳工业APP开发平台V1.0", "原始取得"),
            ("2021-12-21", "凌岳设备预测性维护软件V1.5", "原始取得"), ("2022-01-18", "凌岳数字孪生车间可视化软件V1.0", "原始取得"),
            ("2022-03-07", "凌岳SPC统计过程控制软件V2.0", "原始取得"), ("2022-04-22", "凌岳刀具全生命周期管理软件V1.0", "原始取得"),
            ("2022-05-30", "凌岳模具管理系统V3.0", "原始取得"), ("2022-07-12", "凌岳安灯系统软件V2.1", "原始取得"),
            ("2022-08-26", "凌岳工艺BOM管理软件V1.2", "原始取得"), ("2022-09-19", "凌岳边缘计算调度软件V1.0", "原始取得")]
    c2021 = sum(1 for r in regs if r[0] < "2022" and r[2] == "原始取得")
    assert c2021 == 8
    p = Pdf(pk.f("软件著作权登记情况表.pdf", "other"), footer_pages=True)
    p.title("软件著作权登记情况表", 15, 6)
    p.para(f"著作权人：{name}                统计截止：2022年9月30日", 9, indent=False)
    head = ["序号", "软件全称", "登记号", "首次发表日期", "登记日期", "取得方式"]
    body = []
    for i, r in enumerate(regs, 1):
        pub = f"{r[0][:4]}.{max(1, int(r[0][5:7]) - 2):02d}.15" if r[2] == "原始取得" else "未发表"
        body.append([str(i), f"苏州凌岳工业软件有限公司{r[1]}", f"{r[0][:4]}SR{1000000 + i * 73519 % 900000:07d}", pub,
                     r[0].replace("-", "."), r[2]])
    body.append(["", "合计：16件", "", "", "", ""])
    p.table([["著作权人", name, "统一社会信用代码", code], ["地址", "苏州高新区科技城锦峰路199号", "联系人", "罗佳 0512-66587230"]],
            [1.1, 2.6, 1.3, 2.0], 9)
    p.para("填表说明：1.本表列示公司作为著作权人登记的全部计算机软件著作权，按登记日期排序；2.“取得方式”按登记证书载明的权利取得方式填写；"
           "3.登记号、登记日期以中国版权保护中心出具的《计算机软件著作权登记证书》为准；4.证书复印件附后（略）。", 9, indent=False, lead=1.5)
    p.para("5.第5项《注塑工艺参数优化软件V1.0》系2021年7月自苏州澄明视觉科技有限公司受让取得，已办理著作权转让登记。", 9,
           indent=False, lead=1.5)
    p.gap(212)
    table_repeat(p, head, body, [0.5, 3.4, 1.5, 1.1, 1.1, 0.9], 9.5, cont="软件著作权登记情况表（续表）")
    p.para("附：软件著作权登记证书复印件16份（略）。", 9, indent=False)
    p.save()

    p = Pdf(pk.f("2022年度省专精特新软件企业名单.pdf", "designation_certificate"))
    p.title("省工业和信息化厅关于公布2022年度江苏省专精特新软件企业名单的通知", 13, 10)
    p.para("苏工信软件〔2022〕377号", 10, indent=False, align="center")
    p.para("各设区市工业和信息化局：经企业申报、地方推荐、专家评审和公示，确定46家企业为2022年度江苏省专精特新软件企业，现予公布。")
    tr = [["序号", "企业名称", "设区市"]]
    for i, (en, ct) in enumerate([("南京擎宇数据技术有限公司", "南京"), ("无锡芯图软件有限公司", "无锡"), (name, "苏州"),
                                  ("苏州澄明视觉科技有限公司", "苏州"), ("常州数驰信息科技有限公司", "常州"),
                                  ("南通蓝帆软件有限公司", "南通"), ("扬州智鸿信息技术有限公司", "扬州")], 17):
        tr.append([str(i), en, ct])
    p.table(tr, [0.6, 4.5, 1.0], 10)
    p.para("江苏省工业和信息化厅    2022年9月28日", 10, indent=False, align="right")
    p.save()

    lic = license_image(name=name, code=code, kind="有限责任公司（自然人投资或控股）", rep="任嘉禾", capital="5000万元整",
                        founded="2013年05月20日", term="2013年05月20日至长期", addr="苏州高新区科技城锦峰路199号",
                        scope="软件开发；信息系统集成服务；工业互联网数据服务；技术服务、技术开发、技术咨询。",
                        seed=909, reg="苏州高新区（虎丘区）行政审批局")
    scan_pdf(pk.f("营业执照.pdf", "business_license"), [lic])
    recommend_letter(pk.f("推荐函.pdf", "other"), unit=rec, doc_no="苏工信软〔2022〕204号",
                     body=[f"现推荐{name}申报2023年度省头雁型软件企业培育项目（专精特新软件企业）。", "特此函告。"],
                     date="2022-11-25")
    expected(pk, category="lead-software-enterprise", given=False, outcome="ineligible",
             figures={"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec},
             subsidy=None,
             reasons=[{"kind": "figure", "figure": "software_copyrights",
                       "alt": ["copyright_count", "software_copyright_count", "copyrights", "software_copyrights_last_year",
                               "copyrights_last_year", "new_copyrights"]}],
             notes="Revenue 5,862.40 (+14.75% on 5,108.75), 相关投入 1,124.60 and the 2022 专精特新软件企业 list all pass. "
                   "上年度 is 2021 (the year the audit covers). The 申报表 claims 16 copyrights, but the register runs to 2022-09-30: "
                   "page 1 holds the 2021 entries, page 2 (after a 续表 header) the 2022 ones. In 2021: 9 registrations, one 受让 → "
                   "8 原始 < 10. Ineligible. The figure name for the count is not in the CONTRACT; the reason lists guesses.")
    return pk


# ================================================================ r10 iiot-platform, incomplete
def r10():
    pk = Packet("r10")
    name = "南通纺链工业互联网科技有限公司"
    code = uscc("320602", "47390582")
    rec = "南通市工业和信息化局"
    proj = "纺织行业工业互联网平台服务能力提升项目"
    me = party(name, code, "南通市崇川区崇川路58号紫琅科技城8号楼 0513-85102266", "中国银行南通崇川支行 5362 7518 2210")
    docx_rich(pk.f("1-项目入库申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金入库项目申报表", [
        ("p", "项目类别：工业互联网创新应用项目—工业互联网平台项目"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["项目承担单位", name, "统一社会信用代码", code],
            ["推荐单位", rec, "平台认定情况", "2020年江苏省重点工业互联网平台"],
            ["项目起止时间", "2021年3月1日至2022年6月18日", "项目总投入（万元）", "1,462.80"],
            ["其中：软件、系统集成、公私有云（万元）", "684.30", "申请补助（万元）", "146.28"],
            ["验收情况", "项目已完工，已向南通市工业和信息化局提交验收申请，计划于2022年12月组织验收", None, None],
            ["第三方测试", "江苏赛测信息技术检测有限公司，4项指标较认定时提升", None, None],
        ], [(0, 1, 0, 3), (5, 1, 5, 3), (6, 1, 6, 3)]),
        ("r", "申报单位（盖章）        2022年11月18日"),
    ])
    docx_rich(pk.f("2-绩效目标申报表（附件1-7）.docx", "performance_form"), None, [
        ("p", "附件1-7"),
        ("c", "工业互联网平台项目绩效目标申报表"),
        ("c", "（2023年度）"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["项目推荐单位", rec, "项目承担单位", name],
            ["项目开始时间", "2021年3月", "项目结束时间", "2022年6月"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标（工业互联网平台）", "指标1：设备接入", "接入设备由1.2万台提升至3.6万台"],
            [None, None, "指标2：软件部署", "部署工业APP由46个提升至118个"],
            [None, None, "指标6：行业应用成效", "服务纺织企业由320家提升至860家"],
            [None, None, "指标8：推广规模", "覆盖省内5个纺织产业集群"],
            ["效益指标", "经济效益", "2022年企业营业收入（万元）", "9800"],
            [None, "社会效益", "申请软件著作权数（项）", "14"],
        ], [(0, 1, 0, 3), (4, 0, 7, 0), (4, 1, 7, 1), (8, 0, 9, 0)]),
    ])
    items = [("边缘网关及服务器等设备", 4862000.00, ""), ("网络设备", 2000000.00, ""), ("平台软件开发", 3126000.00, "软件类"),
             ("工业APP开发", 1584000.00, "软件类"), ("系统集成", 1358000.00, "软件类"), ("公有云资源", 775000.00, "软件类"),
             ("安装调试", 568000.00, ""), ("测试评价及咨询", 355000.00, "")]
    tot = sum(x[1] for x in items)
    soft = sum(x[1] for x in items if x[2])
    assert (tot, soft) == (14628000.00, 6843000.00)
    p = Pdf(pk.f("3-专项审计报告.pdf", "audit_report"), header="通正审专字〔2022〕第0519号")
    p.title("专项审计报告", 17, 12)
    p.para(f"{name}：")
    p.para(f"我们接受委托，对贵公司“{proj}”2021年3月1日至2022年6月18日的项目投入进行了专项审计。")
    p.para(f"经审计，该项目于2021年3月1日开工，2022年6月18日完工，累计完成投入（不含税）{yuan(tot)}元（大写：{daxie(tot)}），"
           f"其中软件、系统集成、公有云等投入{yuan(soft)}元（大写：{daxie(soft)}）。明细如下：")
    p.table([["序号", "投入内容", "金额（元，不含税）", "备注"]] +
            [[str(i), x[0], yuan(x[1]), x[2]] for i, x in enumerate(items, 1)] + [["", "合计", yuan(tot), ""]],
            [0.6, 3.2, 2.0, 1.0], 10)
    p.para("南通正大会计师事务所有限公司      中国注册会计师：施海燕  管宁", 10, indent=False)
    p.para("2022年8月12日", 10, indent=False, align="right")
    p.seal("南通正大会计师事务所有限公司", y=p.y + 40)
    p.save()

    p = Pdf(pk.f("4-第三方测试报告.pdf", "third_party_test_report"))
    p.title("测 试 报 告", 18, 8)
    p.para("报告编号：JSSC-GYHL-2022-0371", 10, indent=False, align="center")
    p.para(f"委托单位：{name}", 11, indent=False)
    p.para("测试对象：纺链纺织行业工业互联网平台（V3.0）", 11, indent=False)
    p.para("测试依据：《江苏省重点工业互联网平台评价指标》", 11, indent=False)
    p.table([["序号", "指标", "认定时（2020年）", "本次测试（2022年7月）", "结论"],
             ["1", "设备接入", "12,086台", "36,412台", "提升"], ["2", "软件部署", "46个", "118个", "提升"],
             ["3", "应用开发支持", "支持低代码开发", "支持低代码开发", "持平"],
             ["4", "行业应用成效", "服务企业320家", "服务企业862家", "提升"],
             ["5", "推广规模", "2个集群", "5个集群", "提升"]], [0.5, 1.6, 1.6, 1.8, 0.8], 9)
    p.para("测试结论：与认定时相比，设备接入、软件部署、行业应用成效、推广规模4项指标提升。", 11)
    p.para("江苏赛测信息技术检测有限公司（检验检测专用章）    2022年7月29日", 10, indent=False, align="right")
    p.seal("江苏赛测信息技术检测有限公司", y=p.y + 40)
    p.save()

    p = Pdf(pk.f("5-2020年省重点工业互联网平台名单.pdf", "designation_certificate"))
    p.title("省工业和信息化厅关于公布2020年江苏省重点工业互联网平台名单的通知", 13, 10)
    p.para("苏工信融合〔2020〕612号", 10, indent=False, align="center")
    p.para("各设区市工业和信息化局：经企业申报、各地推荐和专家评审，确定40个平台为2020年江苏省重点工业互联网平台，现予公布。")
    tr = [["序号", "平台名称", "建设单位"]]
    for i, (pn, en) in enumerate([("船舶配套协同制造平台", "南通远洋智造科技有限公司"), ("纺链纺织行业工业互联网平台", name),
                                  ("化工园区安全生产工业互联网平台", "连云港港化数科有限公司"), ("电梯远程运维平台", "苏州迅梯物联科技有限公司"),
                                  ("精密铸造云平台", "常州铸云信息技术有限公司")], 12):
        tr.append([str(i), pn, en])
    p.table(tr, [0.6, 3.5, 3.5], 9)
    p.para("江苏省工业和信息化厅    2020年12月18日", 10, indent=False, align="right")
    p.save()

    p = Pdf(pk.f("6-关于申请项目验收的报告.pdf", "other"))
    p.title(f"{name}", 14, 4)
    p.title(f"关于申请对“{proj}”进行验收的报告", 14, 12)
    p.para(f"{rec}：")
    p.para(f"我公司承担的“{proj}”于2021年3月1日开工建设，已于2022年6月18日完成全部建设内容，平台运行稳定。项目累计完成投入"
           "1,462.80万元，已完成专项审计和第三方测试。根据省专项资金管理要求，现申请对该项目进行验收，恳请贵局组织专家开展验收工作。")
    p.para("附：1.项目验收资料清单；2.项目总结报告；3.专项审计报告；4.第三方测试报告。")
    p.gap(20)
    p.para(f"{name}（盖章）", 11, indent=False, align="right")
    p.para("2022年11月8日", 11, indent=False, align="right")
    p.seal(name, y=p.y + 40)
    p.save()

    s1 = party("南京擎天云网络科技有限公司", uscc("320115", "62803157"), "南京市江宁区秣周东路12号 025-69632210",
               "中信银行南京江宁支行 8110 5010 1270 0316 52")
    s2 = party("南通海纳信息系统集成有限公司", uscc("320602", "91346028"), "南通市崇川区工农路33号 0513-85226190",
               "江苏银行南通分行 5020 0188 0002 6618")
    t1 = einvoice2_pdf(pk.f("7-发票/数电票-平台软件开发.pdf", "invoice"), number="22322000000034287106", date="2021-12-15",
                       buyer=me, seller=s1, items=[("*信息技术服务*平台软件开发服务", "纺链平台V3.0", "项", 1, 1860000.00, 0.06)],
                       remark="合同FL-2021-RJ-02 第一阶段")
    t2 = boxed_invoice2_pdf(pk.f("7-发票/专票-边缘网关.pdf", "invoice"), code="3200213130", number="12957304",
                            date="2021-06-22", buyer=me, seller=s2,
                            items=[("*计算机设备*工业边缘计算网关", "HN-EG300", "台", 400, 1840000.00, 0.13)],
                            remark="合同FL-2021-SB-01")
    lic = license_image(name=name, code=code, kind="有限责任公司", rep="张启帆", capital="3000万元整", founded="2018年03月26日",
                        term="2018年03月26日至长期", addr="南通市崇川区崇川路58号紫琅科技城8号楼",
                        scope="工业互联网数据服务；软件开发；信息系统集成服务；技术服务、技术开发。", seed=1010,
                        reg="南通市崇川区行政审批局")
    scan_pdf(pk.f("8-营业执照.pdf", "business_license"), [lic])
    recommend_letter(pk.f("9-推荐函.pdf", "other"), unit=rec, doc_no="通工信融〔2022〕201号",
                     body=[f"现推荐{name}“{proj}”申报2023年度省工业互联网平台项目。", "特此函告。"], date="2022-11-29")
    inv_total = round((t1[0] + t2[0]) / 10000, 6)
    expected(pk, category="iiot-platform", given=True, outcome="incomplete",
             figures={"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                      "total_investment": w(tot), "software_investment": w(soft), "start_date": "2021-03-01",
                      "completion_date": "2022-06-18", "invoice_total": inv_total, "invoice_count": 2},
             subsidy=None, reasons=[{"kind": "missing", "document": "acceptance_opinion"}],
             notes="Everything passes (2020 省重点工业互联网平台 list; 1,462.80 / 684.30 in 元 + 大写; 2021-03-01 → 2022-06-18 ≤ 3 years; "
                   "third-party test report with 4 indicators up, 1 flat) but there is no 验收意见: the only paper with 验收 in its title is "
                   "the company's own 关于申请…进行验收的报告 (2022-11-08), and the 申报表 says acceptance is planned for 2022-12. "
                   "The acceptance must be done before the deadline → incomplete, missing acceptance_opinion.")
    return pk


# ================================================================ r11 major-tech-renovation, incomplete (detected)
def r11():
    pk = Packet("r11")
    name = "江苏金淮重工机械有限公司"
    code = uscc("320804", "81264035")
    rec = "淮安市工业和信息化局"
    proj = "大型风电齿轮箱箱体智能化铸造及精密加工技术改造项目"
    pcode = "2202-320804-89-02-538164"
    docx_rich(pk.f("一、项目入库申报表.docx", "application_form"), "2023年度江苏省工业和信息产业转型升级专项资金入库项目申报表", [
        ("p", "项目类别：智能化改造数字化转型—高端化改造升级项目（重大技术改造项目）"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["申报单位", name, "统一社会信用代码", code],
            ["推荐单位", rec, "项目代码", pcode],
            ["建设地点", "淮安市淮阴区经济开发区长江东路88号", "是否列入省重大工业项目清单", "否"],
            ["项目总投资（万元）", "23,500", "其中：设备及软件投入（不含税，万元）", "17,500"],
            ["开工时间", "2022年4月18日", "计划竣工时间", "2023年12月"],
            ["截至目前已完成投资（万元）", "6,836", "申请补助（万元）", "1,750"],
            ["手续办理情况", "备案：已备案；能评：已取得节能审查意见；环评：已办理（见附件五）", None, None],
        ], [(0, 1, 0, 3), (7, 1, 7, 3)]),
        ("r", "申报单位（盖章）         2022年11月24日"),
    ])
    docx_rich(pk.f("二、绩效目标申报表（附件1-1）.docx", "performance_form"), None, [
        ("p", "附件1-1"),
        ("c", "高端化改造升级项目绩效目标申报表"),
        ("c", "（2023年度）"),
        ("tm", [
            ["项目名称", proj, None, None],
            ["项目推荐单位", rec, "项目承担单位", name],
            ["项目开始时间", "2022年4月", "项目结束时间", "2023年12月"],
            ["一级指标", "二级指标", "三级指标", "项目完成后预期达到的指标值"],
            ["产出指标", "数量指标", "新增产品生产能力（件/吨）", "年产风电齿轮箱箱体8,000件"],
            [None, "质量指标", "产品合格率（%）", "99"],
            ["效益指标", "经济效益", "项目总投入（万元）", "17500"],
            [None, None, "拉动社会投资（万元）", "23500"],
            [None, None, "主营业务收入（万元）", "126000"],
            [None, "社会效益", "新增就业人数（人）", "160"],
        ], [(0, 1, 0, 3), (4, 0, 5, 0), (6, 0, 9, 0), (6, 1, 8, 1)]),
    ])
    docx_rich(pk.f("三、项目资金申请报告.docx", "other"), f"{proj}资金申请报告", [
        ("h", "一、项目概况"),
        ("p", "项目利用企业现有铸造车间和新建精加工车间，购置大型数控龙门加工中心、3D打印砂型设备、智能浇注机器人、在线检测设备等312台（套），"
              "建设铸造过程数字化管控系统，形成年产8,000件大型风电齿轮箱箱体的生产能力。"),
        ("h", "二、投资构成"),
        ("t", [["项目", "金额（亿元）", "金额（万元）"], ["设备购置及安装", "1.62", "16,200"], ["软件及系统集成", "0.13", "1,300"],
               ["土建工程（精加工车间）", "0.42", "4,200"], ["铺底流动资金", "0.18", "1,800"], ["合计", "2.35", "23,500"]]),
        ("p", "扣除土建工程和铺底流动资金后，项目总投入（不含税）为1.75亿元。"),
        ("h", "三、建设进度"),
        ("p", "项目于2022年4月18日开工，截至2022年10月底累计完成投资6,836万元，铸造车间改造及首批大型加工中心已安装调试，计划2023年12月竣工。"),
        ("h", "四、手续办理"),
        ("p", "项目已在淮阴区行政审批局备案，取得淮安市发改委节能审查意见；环境影响报告表已报淮安市生态环境局审批，现处于拟审批公示阶段。"),
    ])
    p = Pdf(pk.f("四、项目备案证.pdf", "project_filing"))
    p.title("江苏省投资项目备案证", 17, 12)
    p.para("备案证号：淮阴行审备〔2022〕38号", 10, indent=False, align="right")
    p.table([["项目名称", proj], ["项目法人单位", name], ["项目代码", pcode],
             ["建设地点", "淮安市淮阴区经济开发区长江东路88号"],
             ["建设规模及内容", "新建精加工车间1.8万平方米，改造铸造车间，购置数控龙门加工中心、3D打印砂型设备、智能浇注机器人等设备312台（套），"
                          "形成年产8,000件大型风电齿轮箱箱体生产能力。"],
             ["总投资", "2.35亿元"], ["建设起止年限", "2022年4月至2023年12月"]], [1.3, 4.5], 10)
    p.para("淮安市淮阴区行政审批局       2022年2月16日", 10, indent=False, align="right")
    p.seal("淮安市淮阴区行政审批局", y=p.y + 36)
    p.save()

    # EIA: only the 拟审批公示 printed from the website — not the approval
    p = Pdf(pk.f("五、环评公示（网页打印）.pdf", "other"))
    p.c.setFont(FONT, 7)
    p.c.drawString(40, p.H - 25, "2022/11/21 上午9:42                 淮安市生态环境局 - 建设项目环境影响评价文件拟审批公示")
    p.title("淮安市生态环境局", 16, 4)
    p.title("建设项目环境影响评价文件拟作出审批意见的公示", 13, 10)
    p.para("根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对下列建设项目环境影响评价文件作出审批意见。为保证审查工作的严肃性和公正性，"
           "现将拟作出审批意见的环境影响评价文件基本情况予以公示。公示期为2022年11月14日—2022年11月18日（5个工作日）。")
    p.table([["序号", "项目名称", "建设地点", "建设单位", "环评机构", "拟审批意见"],
             ["1", proj, "淮阴经济开发区", name, "江苏淮环环境科技有限公司", "拟同意"],
             ["2", "年产20万套汽车内饰件项目", "清江浦区", "淮安顺诚汽车饰件有限公司", "南京蓝源环境工程有限公司", "拟同意"]],
            [0.4, 2.6, 1.1, 1.6, 1.6, 0.8], 8)
    p.para("公示期间，公众可通过信函、电话、电子邮件等方式反映与项目环境影响有关的意见和建议。联系电话：0517-83660127", 10)
    p.c.setFont(FONT, 7)
    p.c.drawString(40, 22, "https://sthjj.huaian.gov.cn/col/col18623/art/2022/art_3b1f07a2.html")
    p.c.drawRightString(p.W - 40, 22, "1/1")
    p.save()

    p = Pdf(pk.f("六、节能审查意见.pdf", "energy_review"))
    p.title("淮安市发展和改革委员会", 17, 6)
    p.para("淮发改能审〔2022〕14号", 11, indent=False, align="center")
    p.title(f"关于{name}{proj}节能报告的审查意见", 12, 10)
    p.para(f"{name}：")
    p.para("你公司报送的项目节能报告收悉。经审查，项目年综合能源消费量（当量值）6,120吨标准煤，能效水平达到国内先进值，原则同意该项目节能报告。")
    p.gap(20)
    p.para("淮安市发展和改革委员会", 12, indent=False, align="right")
    p.para("2022年3月28日", 12, indent=False, align="right")
    p.seal("淮安市发展和改革委员会", y=p.y + 40)
    p.save()

    # 开工证明 by the district 工信局: two pages, page 1 went through the feeder upside down
    tmp = pk.tmp("kg.pdf")
    p = Pdf(tmp)
    p.title("淮安市淮阴区工业和信息化局", 18, 10)
    p.title("项目开工证明", 17, 14)
    p.para("省工业和信息化厅：")
    p.para(f"兹证明，{name}“{proj}”（项目代码：{pcode}）已于2022年4月18日开工建设。截至目前，铸造车间改造完成，"
           "首批6台大型数控龙门加工中心已安装调试，精加工车间主体结构施工中，项目尚未竣工。")
    p.para("特此证明。")
    p.gap(30)
    p.para("淮安市淮阴区工业和信息化局", 12, indent=False, align="right")
    p.para(cn_upper_date("2022-11-10"), 12, indent=False, align="right")
    p.seal("淮安市淮阴区工业和信息化局", y=p.y + 40)
    p.new_page()
    p.title("附：项目现场核查记录", 14, 10)
    p.table([["核查时间", "2022年11月9日"], ["核查人员", "郑伟、刘婧（区工信局）"],
             ["核查内容", "铸造车间改造、设备到货及安装情况、精加工车间施工进度"],
             ["核查结论", "项目已开工建设，进度与备案内容相符，尚未竣工"]], [1.4, 4.4], 10)
    p.save()
    rescan(tmp, pk.f("七、开工证明.pdf", "construction_start_certificate"), 1111, turn={0: 180})

    lic = license_image(name=name, code=code, kind="有限责任公司", rep="胡振淮", capital="36000万元整", founded="2006年10月11日",
                        term="2006年10月11日至长期", addr="淮安市淮阴区经济开发区长江东路88号",
                        scope="风电齿轮箱箱体、工程机械铸件制造、加工、销售；机械设备制造；货物进出口。",
                        seed=1112, reg="淮安市淮阴区行政审批局")
    save_jpeg(pk.f("八、营业执照.jpg", "business_license"), photo(lic, 1113, angle=1.9))
    recommend_letter(pk.f("九、推荐函.pdf", "other"), unit=rec, doc_no="淮工信投〔2022〕118号",
                     body=[f"现推荐{name}“{proj}”申报2023年度省重大技术改造项目。", "特此函告。"], date="2022-12-01")
    expected(pk, category="major-tech-renovation", given=False, outcome="incomplete",
             figures={"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec, "total_investment": 17500.0,
                      "start_date": "2022-04-18"},
             subsidy=None, reasons=[{"kind": "missing", "document": "eia_approval"}],
             notes="No --category: the 申报表 names 高端化改造升级项目（重大技术改造项目）. 2.35亿元 − 土建 0.42亿 − 铺底 0.18亿 = 17,500 "
                   "≥ 10,000; started 2022-04-18, not completed — the district 工信局's 开工证明 is an image-only scan whose first page "
                   "went through the feeder upside down; 备案 and 节能审查意见 present. The 申报表 says 环评 已办理（见附件五）, but 附件五 is a "
                   "printout of the 生态环境局's 拟审批公示 (公示期 2022-11-14..18) and the 资金申请报告 says it is still at that stage: "
                   "no 环评批复 → incomplete.")
    return pk


# ================================================================ r12 xinchuang-lab, needs_review
def r12():
    pk = Packet("r12")
    name = "江苏云栈信创技术股份有限公司"
    code = uscc("320115", "62019735")
    rec = "南京市工业和信息化局"
    uni = "江淮理工学院"
    lab = "云栈—江淮理工信息技术应用创新联合实验室"
    bud = [("信创服务器、终端及网络设备", 486.00, 0.0), ("国产操作系统、数据库、中间件及开发工具", 238.00, 0.0),
           ("信创案例库、项目库建设", 126.00, 0.0), ("课程开发及师资培训", 86.00, 64.00), ("联合攻关研发", 124.00, 56.00),
           ("实验室运营维护", 0.0, 60.00)]
    ent = round(sum(b[1] for b in bud), 2)
    unv = round(sum(b[2] for b in bud), 2)
    assert (ent, unv) == (1060.00, 180.00)
    docx_rich(pk.f("附件1：信息技术应用创新实验室项目申报书.docx", "application_form"), "2023年度信息技术应用创新实验室项目申报书", [
        ("tm", [
            ["实验室名称", lab, None, None],
            ["牵头企业（申报单位）", name, "统一社会信用代码", code],
            ["合作高校", uni, "推荐单位", rec],
            ["合作期", "5年（3+2）", "创建完成时间", "2024年4月30日"],
            ["2年建设期总投资预算（万元）", f"{ent + unv:,.2f}", "其中：企业/高校", f"{ent:,.2f} / {unv:,.2f}"],
            ["申请首期补助（万元）", "300", "攻关方向", "省高端软件关键技术产业化：面向云原生架构的中间件"],
        ], [(0, 1, 0, 3)]),
        ("h", "一、建设目标"),
        ("p", "依托江淮理工学院计算机学院建设信创联合实验室，开发信创特色课程12门，两年培养信创人才600人，在云原生中间件方向实现突破。"),
        ("h", "二、合作期"),
        ("p", "根据双方签订的《校企共建信创实验室合作协议》，合作期为3年，期满自动续期2年，合计5年（详见附件3第十条）。"),
        ("r", "申报单位（盖章）            2022年11月28日"),
    ])
    docx_rich(pk.f("附件2：绩效目标申报表（附件1-10）.docx", "performance_form"), None, [
        ("p", "附件1-10"),
        ("c", "信息技术应用创新实验室项目绩效目标申报表"),
        ("c", "（2023年度）"),
        ("tm", [
            ["项目名称", lab + "建设项目", None, None],
            ["项目推荐单位", rec, "项目承担单位", name],
            ["项目开始时间", "2022年11月", "项目结束时间", "2024年4月"],
            ["一级指标", "二级指标", "三级指标", "项目完成后预期达到的指标值"],
            ["产出指标", "数量指标", "信创特色课程开发数（门）", "12"], [None, None, "信创人才培养数（人）", "600"],
            [None, "质量指标", "突破相关关键技术数（个）", "3"],
            [None, "时效指标", "实验室建设进度与建设进度计划一致性", "一致"],
            ["效益指标", "社会效益", "促进校企合作", "显著"],
        ], [(0, 1, 0, 3), (4, 0, 7, 0), (4, 1, 5, 1)]),
    ])
    p = Pdf(pk.f("附件3：校企共建信创实验室合作协议.pdf", "contract"), footer_pages=True)
    p.title("校企共建信息技术应用创新实验室合作协议", 15, 12)
    p.para(f"甲方：{name}", 11, indent=False)
    p.para(f"乙方：{uni}", 11, indent=False)
    p.para("为贯彻落实省信息技术应用创新产业发展部署，推动信创人才培养和协同创新，甲乙双方经友好协商，就共建信创实验室达成如下协议：")
    p.para(f"第一条 实验室名称：{lab}（以下简称“实验室”），设在乙方计算机学院。")
    p.para("第二条 乙方责任：提供不少于600平方米的实验室场所及水电、网络等基础设施，负责实验室日常运营，组织信创课程开发与人才培养。")
    p.para("第三条 甲方责任：提供满足实验室建设所需的信创服务器、终端、操作系统、数据库、中间件等软硬件产品和服务，开放信创技术和案例库、项目库。")
    p.para("第四条 建设期：2022年11月至2024年4月，2024年4月30日前完成创建。")
    p.para(f"第五条 投入：建设期内甲方投入不少于{ent:,.0f}万元，乙方投入不少于{unv:,.0f}万元。")
    p.para("第六条 课程与人才培养：双方共同开发信创特色课程不少于12门，建设期内培养信创人才不少于600人。")
    p.para("第七条 协同创新：双方围绕面向云原生架构的中间件开展联合攻关。")
    p.para("第八条 知识产权：合作产生的知识产权由双方共有，具体另行约定。")
    p.para("第九条 保密：双方对合作中知悉的对方商业秘密承担保密义务。")
    p.para("第十条 合作期限：本协议自双方签字盖章之日起生效，合作期限三年。合作期满前三个月内任何一方未书面提出终止的，"
           "本协议自动续期二年，续期以一次为限。")
    p.para("第十一条 违约责任及争议解决：因本协议发生争议的，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。")
    p.para("第十二条 本协议一式四份，双方各执二份。")
    p.gap(16)
    p.para(f"甲方（盖章）：{name}          乙方（盖章）：{uni}", 10, indent=False)
    p.para("代表（签字）：戴明远                    代表（签字）：秦文博", 10, indent=False)
    p.para("2022年10月28日                          2022年10月28日", 10, indent=False)
    p.seal(name, x=170, y=p.y + 20, r=36)
    p.seal(uni, x=400, y=p.y + 20, r=36)
    p.save()

    p = Pdf(pk.f("附件4：实验室建设方案.pdf", "other"))
    p.title(f"{lab}建设方案", 14, 10)
    p.para("一、建设内容：信创软硬件环境、课程体系、案例库和项目库、联合攻关平台。")
    p.para("二、建设进度：2022年11月—2023年6月完成环境部署；2023年7月—2024年4月完成课程开发并开展人才培养，2024年4月30日前完成创建。")
    p.para("三、两年建设期投资预算（单位：万元）")
    p.table([["序号", "内容", "企业投入", "高校投入", "小计"]] +
            [[str(i), b[0], f"{b[1]:,.2f}", f"{b[2]:,.2f}", f"{b[1] + b[2]:,.2f}"] for i, b in enumerate(bud, 1)] +
            [["", "合计", f"{ent:,.2f}", f"{unv:,.2f}", f"{ent + unv:,.2f}"]], [0.5, 3.4, 1.1, 1.1, 1.1], 9)
    p.para("四、合作期内主要工作事项：第1—2年建设与课程开发；第3年课程迭代与联合攻关成果转化；续期后（第4—5年）持续运营、扩大培养规模。")
    p.save()

    p = Pdf(pk.f("附件5：高校承诺函.pdf", "other"))
    p.title("承 诺 函", 16, 12)
    p.para("江苏省工业和信息化厅：")
    p.para(f"我校与{name}共建“{lab}”。我校承诺在建设期内提供不少于600平方米的实验室场所及基础设施，负责实验室运营，"
           "保障实验室建设和运营所需条件，并与企业共同开发信创特色课程、开展信创人才培养。")
    p.gap(20)
    p.para(f"{uni}（盖章）", 12, indent=False, align="right")
    p.para("2022年11月2日", 12, indent=False, align="right")
    p.seal(uni, y=p.y + 40)
    p.save()
    lic = license_image(name=name, code=code, kind="股份有限公司（非上市）", rep="戴明远", capital="15000万元整",
                        founded="2012年08月30日", term="2012年08月30日至长期", addr="南京市江宁区秣陵街道秣周东路9号",
                        scope="软件开发；信息系统集成服务；计算机软硬件及辅助设备销售；信息技术咨询服务。",
                        seed=1212, reg="南京市江宁区市场监督管理局")
    scan_pdf(pk.f("附件6：营业执照.pdf", "business_license"), [lic])
    recommend_letter(pk.f("附件7：推荐函.pdf", "other"), unit=rec, doc_no="宁工信软〔2022〕233号",
                     body=[f"现推荐{name}牵头、与{uni}共建的“{lab}”申报2023年度省信息技术应用创新实验室项目。", "特此函告。"],
                     date="2022-12-02")
    expected(pk, category="xinchuang-lab", given=True, outcome="needs_review",
             figures={"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                      "total_investment": round(ent + unv, 2)},
             subsidy=None, reasons=[{"kind": "document", "document": "contract"}],
             notes="Budget 1,240 (enterprise 1,060 + university 180) ≥ 1,000 and creation by 2024-04-30 pass. The guide requires "
                   "合作期不少于5年. The 申报书 says 5年（3+2）; the agreement's 第十条 (page 2) fixes three years, renewed automatically "
                   "for two more unless either party objects. Whether a term that either party can end after three years meets "
                   "'不少于5年' is a judgement the guide does not settle → a person decides.")
    return pk


# ---------------------------------------------------------------- main
def main():
    for d in (PK, EX):
        if d.exists():
            shutil.rmtree(d)
    packets = [r01(), r02(), r03(), r04(), r05(), r06(), r07(), r08(), r09(), r10(), r11(), r12()]
    # independent check of every USCC in the expected files and in every applicant/supplier code used above
    for pk in packets:
        for t in pk.root.rglob("_tmp_*"):
            raise SystemExit(f"temporary file left: {t}")
        exp = json.loads((EX / f"{pk.id}.json").read_text(encoding="utf-8"))
        assert independent_uscc_ok(exp["figures"]["applicant_uscc"]), (pk.id, exp["figures"]["applicant_uscc"])
        n = sum(1 for p in pk.root.rglob("*") if p.is_file())
        assert 4 <= n <= 12, (pk.id, n)
        assert set(exp["documents"]) == {str(p.relative_to(pk.root)) for p in pk.root.rglob("*") if p.is_file()}, pk.id
    h = hashlib.sha256()
    files = sorted([p for p in PK.rglob("*") if p.is_file()] + [p for p in EX.rglob("*") if p.is_file()])
    for p in files:
        h.update(str(p.relative_to(HERE)).encode())
        h.update(p.read_bytes())
    print(f"{len(files)} files, sha256 {h.hexdigest()}")


if __name__ == "__main__":
    main()
