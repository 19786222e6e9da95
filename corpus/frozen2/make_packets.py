#!/usr/bin/env python3
"""Generate the frozen2 blind packets fy01..fy12 and their expected results (deterministic).

    /work/main/.venv/bin/python corpus/frozen2/make_packets.py

Written from the guide, CONTRACT.md and the outside samples only. All names and numbers invented.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib2 import (Pdf, check_uscc, cn_date, cn_upper_date, daxie, docx_file, image_pdf, invoice_pdf,  # noqa: E402
                  receipt_pdf, save_jpeg, scan_page, uscc, yuan)

PK = HERE / "packets"
EX = HERE / "expected"

CAT_TITLE = {
    "smart-factory": ("智能化改造数字化转型—标杆示范项目—智能制造示范工厂项目", "1-2", "智能制造示范工厂项目绩效目标申报表"),
    "iiot-benchmark-factory": ("智能化改造数字化转型—标杆示范项目—工业互联网标杆工厂项目", "1-3", "工业互联网标杆工厂项目绩效目标申报表"),
    "industrial-foundation": ("智能化改造数字化转型—高端化改造升级项目—产业基础再造项目", "1-1", "高端化改造升级项目绩效目标申报表"),
    "green-upgrade": ("绿色化改造提升—绿色化改造升级项目", "1-18", "绿色化改造升级项目绩效目标申报表"),
    "specialized-sme": ("自主品牌企业培育—专精特新中小企业能力提升项目", "1-14", "专精特新中小企业能力提升项目绩效目标申报表"),
    "core-tech": ("关键核心技术（装备）工程化攻关项目", "1-12", "关键核心技术（装备）工程化攻关项目绩效目标申报表"),
    "data-productization": ("智能化改造数字化转型—数据产品化项目", "1-11", "数据产品化项目绩效目标申报表"),
    "merger-acquisition": ("自主品牌企业培育—企业重大兼并重组项目", "1-13", "企业重大兼并重组项目绩效目标申报表"),
}


# ============================================================== common documents
class Ctx:
    def __init__(self, pid, cat, given, outcome):
        self.pid, self.cat, self.given, self.outcome = pid, cat, given, outcome
        self.dir = PK / pid
        self.docs = {}
        self.inv_total = 0.0
        self.inv_n = 0
        self.seed = int(pid[2:]) * 1000

    def path(self, rel, kind):
        self.docs[rel] = kind
        return self.dir / rel


def company(name, code, addr, legal, bank, acct, tel):
    return dict(name=name, uscc=code, addr=addr, legal=legal, bank=bank, acct=acct, tel=tel)


def application_form(x: Ctx, rel, a, rec, rows, date, category_line=True, note_rows=()):
    blocks = []
    if category_line:
        blocks.append(("p", "项目类别：" + CAT_TITLE[x.cat][0]))
    table = [["项目名称", rows["项目名称"]], ["项目承担单位", a["name"]], ["统一社会信用代码", a["uscc"]],
             ["注册地址", a["addr"]], ["法定代表人", a["legal"]], ["联系人及电话", a["tel"]],
             ["项目推荐单位", rec]]
    for k, v in rows.items():
        if k != "项目名称":
            table.append([k, v])
    table.extend(note_rows)
    blocks.append(("t", table))
    blocks.append(("p", "申报单位承诺：所报材料真实、准确、完整，项目未获得过国家和省级财政资金支持，相关发票未重复使用，如有虚假愿承担一切责任。"))
    blocks.append(("p", f"申报单位（盖章）：{a['name']}"))
    blocks.append(("p", f"法定代表人（签字）：{a['legal']}"))
    blocks.append(("r", cn_date(date)))
    docx_file(x.path(rel, "application_form"), "2023年度省工业和信息产业转型升级专项资金入库项目申报表", blocks)


def performance_form(x: Ctx, rel, a, rec, name, start, end, rows, pdf=False):
    num, title = CAT_TITLE[x.cat][1], CAT_TITLE[x.cat][2]
    table = [["项目名称", name], ["项目推荐单位", rec], ["项目承担单位", a["name"]],
             ["项目开始时间", start], ["项目结束时间", end]]
    table += [[k, v] for k, v in rows]
    if pdf:
        p = Pdf(x.path(rel, "performance_form"))
        p.para(f"附件 {num}", 11, indent=False)
        p.title(title, 15)
        p.title("（2023年度）", 11)
        p.table(table, [1.3, 3], 10)
        p.save()
    else:
        docx_file(x.path(rel, "performance_form"), None,
                  [("p", f"附件 {num}"), ("c", title), ("c", "（2023年度）"), ("t", table)])


def license_lines(a, capital, est, scope, kind="有限责任公司"):
    return [("营 业 执 照", 54, "center"), ("（副  本）", 28, "center"),
            (f"统一社会信用代码  {a['uscc']}", 28, "left"), ("", 20, "left"),
            (f"名        称  {a['name']}", 28, "left"),
            (f"类        型  {kind}", 28, "left"),
            (f"法定代表人  {a['legal']}", 28, "left"),
            (f"经营范围  {scope}", 26, "left"),
            (f"注册资本  {capital}", 28, "left"),
            (f"成立日期  {est}", 28, "left"),
            (f"住        所  {a['addr']}", 28, "left"), ("", 40, "left"),
            ("登记机关", 28, "right"), ("2021年06月18日", 28, "right")]


def license_pdf(x, rel, a, capital, est, scope):
    p = Pdf(x.path(rel, "business_license"))
    for t, s, al in license_lines(a, capital, est, scope):
        if s >= 40:
            p.title(t, 24)
        else:
            p.para(t, 12, indent=False, align=al)
    p.seal("市场监督管理局", y=p.y + 40)
    p.save()


def license_scan(x, rel, a, capital, est, scope, as_pdf=False):
    im = scan_page(license_lines(a, capital, est, scope), x.seed + 7, seal="市场监督管理局", border=True)
    if as_pdf:
        image_pdf(x.path(rel, "business_license"), [im])
    else:
        save_jpeg(x.path(rel, "business_license"), im)


def rec_letter(x, rel, rec, a, project, date, extra=""):
    p = Pdf(x.path(rel, "other"))
    p.title(f"关于推荐{a['name']}申报2023年度省工业和信息产业转型升级专项资金项目的函", 14)
    p.para("省工业和信息化厅：", indent=False)
    p.para(f"根据《2023年度江苏省工业和信息产业转型升级专项资金入库项目征集指南》要求，经企业申报、我局审核，"
           f"现推荐{a['name']}“{project}”申报{CAT_TITLE[x.cat][0].split('—')[-1]}。"
           f"经审核，该单位申报材料真实有效，项目符合指南支持条件。{extra}")
    p.para("特此推荐。", indent=True)
    p.gap(20)
    p.para(rec, align="right", indent=False)
    p.para(cn_date(date), align="right", indent=False)
    p.seal(rec)
    p.save()


def credit_pledge(x, rel, a, date, as_docx=True):
    txt = (f"本单位{a['name']}（统一社会信用代码：{a['uscc']}）郑重承诺：所提交的申报材料真实、合法、有效；"
           "项目未以同一内容重复申报省级财政专项资金；近三年无严重失信行为，未被列入失信被执行人名单；"
           "如违反承诺，自愿承担相应法律责任并接受信用惩戒。")
    if as_docx:
        docx_file(x.path(rel, "other"), "信用承诺书", [("p", txt), ("r", f"承诺单位（盖章）：{a['name']}"),
                                                    ("r", f"法定代表人：{a['legal']}"), ("r", cn_date(date))])
    else:
        p = Pdf(x.path(rel, "other"))
        p.title("信用承诺书")
        p.para(txt)
        p.gap(20)
        p.para(f"承诺单位（盖章）：{a['name']}", align="right", indent=False)
        p.para(cn_date(date), align="right", indent=False)
        p.seal(a["name"])
        p.save()


def exemption(x, rel, rec, a, project, which, reason, date):
    p = Pdf(x.path(rel, "procedure_exemption"))
    p.title(f"关于{a['name']}“{project}”相关手续情况的说明", 14)
    p.para("省工业和信息化厅：")
    p.para(f"{a['name']}申报的“{project}”，已按规定办理项目备案。{reason}根据相关规定，该项目无需办理{which}手续。"
           "特此说明。")
    p.gap(16)
    p.para(rec, align="right", indent=False)
    p.para(cn_date(date), align="right", indent=False)
    p.seal(rec)
    p.save()


def filing_lines(a, code, project, place, content, total, period, date, authority):
    return [("江苏省投资项目备案证", 44, "center"), ("", 20, "left"),
            (f"备案证号：{authority[:2]}{code[-6:]}号", 26, "right"),
            (f"项目代码：{code}", 28, "left"),
            (f"项目单位：{a['name']}", 28, "left"),
            (f"项目名称：{project}", 28, "left"),
            (f"建设地点：{place}", 28, "left"),
            (f"主要建设内容及规模：{content}", 26, "left"),
            (f"项目总投资：{total}", 28, "left"),
            (f"计划开工时间：{period}", 28, "left"),
            ("项目单位承诺：对备案项目信息的真实性、合法性和完整性负责。", 24, "left"), ("", 40, "left"),
            (f"备案机关：{authority}", 28, "right"), (f"备案日期：{cn_date(date)}", 28, "right")]


def filing_pdf(x, rel, *args):
    p = Pdf(x.path(rel, "project_filing"))
    for t, s, al in filing_lines(*args):
        if s >= 40:
            p.title(t, 18)
        elif t:
            p.para(t, 11, indent=False, align=al)
    p.seal(args[-1])
    p.save()


def approval_pdf(x, rel, kind, issuer, docno, title, body, date):
    p = Pdf(x.path(rel, kind))
    p.title(issuer, 18)
    p.para(docno, 10, align="center", indent=False)
    p.title(title, 13)
    p.para(body)
    p.gap(20)
    p.para(issuer, align="right", indent=False)
    p.para(cn_date(date), align="right", indent=False)
    p.seal(issuer)
    p.save()


def add_invoice(x, rel, buyer, seller, code, number, date, items, electronic=False, count=True):
    tot, _ = invoice_pdf(x.path(rel, "invoice"), code=code, number=number, date=date,
                         buyer=(buyer["name"], buyer["uscc"], f"{buyer['addr']} {buyer['tel'].split()[-1]}",
                                f"{buyer['bank']} {buyer['acct']}"),
                         seller=(seller["name"], seller["uscc"], seller["addr"], f"{seller['bank']} {seller['acct']}"),
                         items=items, electronic=electronic)
    if count:
        x.inv_total += tot
        x.inv_n += 1
    return tot


def add_receipt(x, rel, payer, payee, date, amount, memo, no):
    receipt_pdf(x.path(rel, "payment_voucher"), bank=payer["bank"].split("银行")[0] + "银行", no=no, date=date,
                payer=(payer["name"], payer["acct"], payer["bank"]),
                payee=(payee["name"], payee["acct"], payee["bank"]), amount=amount, memo=memo)


def add_contract(x, rel, buyer, seller, title, no, date, items_txt, total_incl, pay_terms, as_pdf=False):
    blocks = [("p", f"合同编号：{no}"), ("p", f"甲方（买方）：{buyer['name']}"), ("p", f"乙方（卖方）：{seller['name']}"),
              ("p", "甲乙双方经友好协商，根据《中华人民共和国民法典》的规定，就下列事项订立本合同。"),
              ("p", f"第一条 标的：{items_txt}"),
              ("p", f"第二条 合同总价：人民币{daxie(total_incl)}（¥{yuan(total_incl)}），含增值税。"),
              ("p", f"第三条 付款方式：{pay_terms}"),
              ("p", "第四条 交付与验收：乙方负责送货、安装、调试，甲方在调试完成后组织验收。"),
              ("p", "第五条 本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。"),
              ("p", f"甲方（盖章）：{buyer['name']}        乙方（盖章）：{seller['name']}"),
              ("p", f"签订日期：{cn_date(date)}")]
    if as_pdf:
        p = Pdf(x.path(rel, "contract"), footer_pages=True)
        p.title(title, 15)
        for _, t in blocks:
            p.para(t, 10.5, indent=False)
        p.seal(buyer["name"], x=180, y=p.y + 40)
        p.seal(seller["name"])
        p.save()
    else:
        docx_file(x.path(rel, "contract"), title, blocks)


def acceptance_lines(rec, a, project, date, points, experts):
    L = [(f"“{project}”验收意见", 34, "center"), ("", 16, "left"),
         (f"{cn_date(date)}，{rec}在{a['addr'][:3]}组织召开了{a['name']}承担的“{project}”验收会。验收专家组"
          "（名单附后）听取了项目承担单位的建设情况汇报，审阅了验收资料，进行了现场考察和质询，经认真讨论，形成验收意见如下：", 26, "left")]
    for i, pt in enumerate(points, 1):
        L.append((f"{'一二三四五六'[i - 1]}、{pt}", 26, "left"))
    L.append(("专家组一致同意该项目通过验收。", 26, "left"))
    L.append(("专家组组长（签字）：" + experts[0], 26, "left"))
    L.append(("专家组成员：" + "、".join(experts[1:]), 26, "left"))
    L.append(("", 30, "left"))
    L.append((rec + "（盖章）", 26, "right"))
    L.append((cn_upper_date(date), 26, "right"))
    return L


def designation_list_pdf(x, rel, title, docno, intro, names, applicant_pos, applicant, col2, issuer, date,
                         kind="designation_certificate"):
    p = Pdf(x.path(rel, kind), footer_pages=True)
    p.title(issuer, 16)
    p.para(docno, 10, align="center", indent=False)
    p.title(title, 13)
    p.para(intro)
    p.gap(6)
    rows = [["序号", "企业名称", col2[0], "所在地"]]
    all_names = list(names)
    all_names.insert(applicant_pos, applicant)
    for i, (n) in enumerate(all_names, 1):
        nm, what, city = n
        rows.append([str(i), nm, what, city])
    p.table(rows, [0.6, 3.2, 3.0, 1.0], 9)
    p.para(issuer, align="right", indent=False)
    p.para(cn_date(date), align="right", indent=False)
    p.seal(issuer)
    p.save()


def write_expected(x: Ctx, figures, max_sub, reasons, notes):
    d = {"id": x.pid, "category": x.cat, "given_category": x.cat if x.given else None, "outcome": x.outcome,
         "figures": figures, "max_subsidy_wan": max_sub, "reasons": reasons, "notes": notes,
         "documents": dict(sorted(x.docs.items()))}
    if x.inv_n:
        assert abs(figures["invoice_total"] - round(x.inv_total / 10000, 6)) < 1e-6, (x.pid, x.inv_total)
        assert figures["invoice_count"] == x.inv_n, (x.pid, x.inv_n)
    assert check_uscc(figures["applicant_uscc"])
    EX.mkdir(parents=True, exist_ok=True)
    (EX / f"{x.pid}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---- shared counterparties (sellers)
S_EQ1 = company("苏州恒锐智能装备有限公司", uscc("320506", "56218437"), "苏州市吴中区木渎镇金枫南路1288号", "沈立群",
                "中国建设银行苏州吴中支行", "32250198843600012765", "0512-66201873")
S_EQ2 = company("无锡博瀚自动化系统有限公司", uscc("320214", "60743152"), "无锡市新吴区长江路21号", "钱志远",
                "中国银行无锡新区支行", "469371102354", "0510-85274410")
S_SW1 = company("南京云衡工业软件有限公司", uscc("320115", "39506718"), "南京市江宁区秣周东路12号", "贾宁",
                "招商银行南京江宁支行", "125908877610802", "025-52170366")
S_SW2 = company("杭州数澜信息技术有限公司", uscc("330108", "74220591"), "杭州市滨江区网商路599号", "方晓",
                "杭州银行科技支行", "3301040160008812734", "0571-86712200")
S_EN1 = company("常州绿能环保设备有限公司", uscc("320412", "48867023"), "常州市武进区湖塘镇长虹路88号", "吴海",
                "江苏银行常州武进支行", "80560188000093211", "0519-86330712")
S_EN2 = company("南通清源水处理工程有限公司", uscc("320612", "20395584"), "南通市通州区金沙镇新金路16号", "顾兵",
                "南通农商银行通州支行", "3206120011000284716", "0513-86112739")

FILLER = [  # (name, city) pool for 名单
    ("江苏天衡精工科技有限公司", "南京市"), ("无锡华晟纺织有限公司", "无锡市"), ("徐州景泰重型机械有限公司", "徐州市"),
    ("常州明远新材料股份有限公司", "常州市"), ("苏州汇川精密模具有限公司", "苏州市"), ("南通海融船舶配套有限公司", "南通市"),
    ("连云港康瑞药业有限公司", "连云港市"), ("淮安金盛电子有限公司", "淮安市"), ("盐城远航汽车零部件有限公司", "盐城市"),
    ("扬州晶科光电有限公司", "扬州市"), ("镇江恒顺新能源科技有限公司", "镇江市"), ("泰州润达化工有限公司", "泰州市"),
    ("宿迁银河家居有限公司", "宿迁市"), ("江苏宏图电缆有限公司", "无锡市"), ("南京科威传感技术有限公司", "南京市"),
    ("苏州诺丰半导体有限公司", "苏州市"), ("常州星耀照明电器有限公司", "常州市"), ("江苏博远医疗器械有限公司", "泰州市"),
    ("徐州万利工程机械配件有限公司", "徐州市"), ("南通华贸纺织科技有限公司", "南通市"), ("无锡凯迪轴承有限公司", "无锡市"),
    ("江苏中天动力机械有限公司", "盐城市"), ("扬州瑞丰食品有限公司", "扬州市"), ("镇江江宇船舶设备有限公司", "镇江市"),
    ("淮安创维塑胶科技有限公司", "淮安市"), ("连云港海创新材料有限公司", "连云港市"), ("宿迁永泰纸业有限公司", "宿迁市"),
    ("苏州立德激光科技有限公司", "苏州市"), ("南京迈联电气有限公司", "南京市"), ("常州新锐电池材料有限公司", "常州市"),
    ("江苏安泰钢结构有限公司", "南通市"), ("无锡英达智能装备有限公司", "无锡市"), ("泰州恒生医药化工有限公司", "泰州市"),
    ("盐城东禾织造有限公司", "盐城市"), ("徐州鑫源铝业有限公司", "徐州市"), ("扬州汇通液压件有限公司", "扬州市"),
    ("镇江海泰工具有限公司", "镇江市"), ("南京华鼎数控机床有限公司", "南京市"), ("苏州嘉禾光学有限公司", "苏州市"),
    ("常州腾飞齿轮有限公司", "常州市"), ("江苏普惠环境工程有限公司", "宿迁市"), ("淮安新亚化纤有限公司", "淮安市"),
]


def fillers(n, offset, what):
    out = []
    for i in range(n):
        nm, city = FILLER[(offset + i) % len(FILLER)]
        out.append((nm, what[i % len(what)], city))
    return out


# ============================================================== fy01 smart-factory eligible
def fy01():
    x = Ctx("fy01", "smart-factory", True, "eligible")
    a = company("江苏锦程汽车零部件股份有限公司", uscc("320583", "71382645"), "苏州市昆山市玉山镇元丰路366号", "邵鸿飞",
                "中国工商银行昆山开发区支行", "1102231509000183276", "徐蕾 13862147705")
    rec = "苏州市工业和信息化局"
    proj = "汽车底盘结构件智能制造示范工厂建设项目"
    application_form(x, "项目入库申报表.docx", a, rec, {
        "项目名称": proj, "项目建设地点": "昆山市玉山镇元丰路366号公司二号厂区", "项目代码": "2020-320583-36-03-514872",
        "项目实施期": "2020年3月—2022年4月", "项目总投入（万元，不含税）": "3,574.22",
        "其中：软件、系统集成、公私有云投入（万元）": "356.45", "申请补助金额（万元）": "357.42",
        "项目主要建设内容": "新建冲压—焊接—涂装—总成智能产线4条，部署MES、WMS、设备物联平台及私有云，建设数字孪生车间。",
        "验收情况": "已于2022年9月通过苏州市工业和信息化局组织的验收"}, "2022-11-10")
    performance_form(x, "绩效目标申报表（附件1-2）.docx", a, rec, proj, "2020年3月", "2022年4月",
                     [["项目总投入（万元）", "3574.22"], ["新增销售收入（万元）", "18600"], ["生产效率提升（%）", "32"]])
    # audit in prose, amounts in 元 with 大写, totals before and after exclusions, software parts in a sentence
    firm = "苏州信诚会计师事务所（普通合伙）"
    p = Pdf(x.path("专项审计报告.pdf", "audit_report"), header=firm, footer_pages=True)
    p.title("专项审计报告", 18)
    p.para("苏信会专审〔2022〕第1187号", 10, align="center", indent=False)
    p.para(f"{a['name']}：", indent=False)
    p.para(f"我们接受委托，对贵公司“{proj}”（以下简称该项目）的投入情况进行了专项审计。贵公司管理层对提供资料的真实性、完整性负责，"
           "我们的责任是在实施审计工作的基础上发表专项审计意见。我们审阅了与项目有关的合同、发票、银行付款凭证、设备入库及验收单据，"
           "并实施了现场查看、函证等必要的审计程序。")
    p.para("一、项目概况")
    p.para("该项目于2020年3月16日开工，2022年4月18日全部建成并投入试运行，项目实施周期约两年一个月。")
    p.para("二、项目投入情况")
    p.para("经审计，截至2022年4月30日，该项目累计支出（不含增值税）43,865,200.00元（大写：肆仟叁佰捌拾陆万伍仟贰佰元整），"
           "其中厂房改造等土建工程6,123,000.00元，铺底流动资金2,000,000.00元。按照《2023年度江苏省工业和信息产业转型升级专项资金"
           "入库项目征集指南》的口径剔除土建投资和铺底流动资金后，项目总投入为35,742,200.00元（大写：叁仟伍佰柒拾肆万贰仟贰佰元整）。")
    p.para("项目总投入中，智能化生产及检测设备28,364,500.00元；MES、WMS等工业软件1,864,000.00元，产线控制系统集成1,287,500.00元，"
           "私有云平台及配套服务413,000.00元；设备安装调试费1,652,200.00元；咨询、设计、检测、评价费2,161,000.00元。")
    p.para("上述投入均取得合法有效的发票，款项已通过银行转账支付，与账面记录一致。")
    p.para("三、审计结论")
    p.para("我们认为，贵公司提供的项目投入资料在所有重大方面真实、公允地反映了该项目的实际投入情况。本报告仅供贵公司申报省工业和信息产业"
           "转型升级专项资金之用。")
    p.gap(20)
    p.para(firm, align="right", indent=False)
    p.para("中国注册会计师：蒋文涛    中国注册会计师：陆佳音", align="right", indent=False)
    p.para("二〇二二年十月二十一日", align="right", indent=False)
    p.seal(firm)
    p.save()
    # scanned acceptance opinion (JPEG), other dates quoted inside
    L = acceptance_lines(rec, a, proj, "2022-09-06", [
        "该项目于2020年3月16日开工建设，2022年4月18日完成全部建设内容，试运行至2022年7月31日，各系统运行稳定，"
        "项目实施周期符合指南要求。",
        "经专项审计（苏信会专审〔2022〕第1187号，2022年10月21日出具的正式报告以审计结果为准），项目完成投入3,574.22万元，"
        "其中软件、系统集成和私有云投入356.45万元。",
        "建成冲压、焊接、涂装、总成4条智能产线和数字孪生车间，生产效率提升32%，产品不良率下降41%，达到预期绩效目标。",
        "验收资料齐全，档案规范。"], ["孙振华（东南大学 教授）", "刘雅琴（江苏省工业和信息化研究院 正高级工程师）",
                                     "马骏（苏州市财政投资评审中心 高级会计师）", "何志刚（昆山市工业和信息化局 高级工程师）"])
    save_jpeg(x.path("验收意见.jpg", "acceptance_opinion"), scan_page(L, x.seed + 1, seal=rec))
    # designation list with dozens of companies
    designation_list_pdf(x, "省级智能制造示范工厂名单.pdf", "关于公布2021年江苏省智能制造示范工厂名单的通知", "苏工信装备〔2021〕612号",
                         "根据《江苏省智能制造示范工厂建设三年行动计划》，经企业申报、各设区市推荐、专家评审和网上公示，认定以下企业为2021年"
                         "江苏省智能制造示范工厂，现予公布。",
                         fillers(35, 0, ["高端装备智能制造示范工厂", "新材料智能工厂", "医药智能制造示范工厂", "电子信息智能工厂"]),
                         17, (a["name"], "汽车零部件智能制造示范工厂", "苏州市"), ["示范工厂名称"], "江苏省工业和信息化厅",
                         "2021-12-28")
    filing_pdf(x, "项目备案证.pdf", a, "2020-320583-36-03-514872", proj, "昆山市玉山镇元丰路366号",
               "改造厂房1.2万平方米，新增智能冲压、焊接、涂装及总成设备186台（套）", "4,600万元", "2020年3月", "2020-02-24",
               "昆山市行政审批局")
    approval_pdf(x, "环评批复.pdf", "eia_approval", "苏州市生态环境局", "苏环建〔2020〕83第0217号",
                 f"关于对{a['name']}{proj}环境影响报告表的批复",
                 f"{a['name']}：你公司报送的《{proj}环境影响报告表》收悉。经研究，在落实报告表提出的各项污染防治措施的前提下，"
                 "从环境保护角度，同意该项目在拟建地点建设。", "2020-03-09")
    exemption(x, "推荐单位关于项目能评手续的说明.pdf", rec, a, proj, "节能审查",
              "经核查，该项目年综合能源消费量为780吨标准煤（当量值），电力消费量低于500万千瓦时，属于不单独进行节能审查的项目。",
              "2022-11-08")
    license_pdf(x, "营业执照.pdf", a, "壹亿贰仟万元整", "2006年08月22日", "汽车零部件及配件制造；模具制造；金属结构制造。")
    rec_letter(x, "推荐函.pdf", rec, a, proj, "2022-11-15")
    credit_pledge(x, "信用承诺书.docx", a, "2022-11-10")
    # invoices (buyer = applicant) + contracts + receipts
    add_invoice(x, "发票/发票-32002011-04418823.pdf", a, S_EQ1, "3200201130", "04418823", "2020-11-20",
                [("*通用设备*伺服冲压机", "SP-800", "台", 2, 2680000.00, 0.13),
                 ("*通用设备*机器人焊接工作站", "RW-12", "套", 3, 1596000.00, 0.13)])
    add_invoice(x, "发票/发票-32002111-01937762.pdf", a, S_SW1, "3200211130", "01937762", "2021-06-15",
                [("*信息技术服务*MES制造执行系统", "V5.0", "套", 1, 1120000.00, 0.06)])
    add_invoice(x, "发票/发票-32002111-06620145.pdf", a, S_EQ2, "3200211130", "06620145", "2021-09-03",
                [("*信息系统集成服务*产线控制系统集成", "", "项", 1, 1287500.00, 0.06)])
    add_contract(x, "合同/智能冲压焊接设备采购合同.docx", a, S_EQ1, "设备采购合同", "JCQP-2020-0917", "2020-09-17",
                 "伺服冲压机2台、机器人焊接工作站3套", round((2680000 + 1596000) * 1.13, 2), "合同签订后预付30%，到货验收后付60%，质保金10%。")
    add_contract(x, "合同/MES系统软件合同.pdf", a, S_SW1, "软件购销及实施合同", "YH-SW-2021-033", "2021-03-22",
                 "MES制造执行系统V5.0一套及实施服务", round(1120000 * 1.06, 2), "上线验收后一次性支付。", as_pdf=True)
    add_receipt(x, "付款凭证/回单-20201125.pdf", a, S_EQ1, "2020-11-25", 2000000.00, "冲压焊接设备款", "2020112583310265")
    add_receipt(x, "付款凭证/回单-20210618.pdf", a, S_SW1, "2021-06-18", 1187200.00, "MES软件款", "2021061891028874")
    inv = round((2680000 + 1596000 + 1120000 + 1287500) / 10000, 6)
    write_expected(x, {"applicant_name": a["name"], "applicant_uscc": a["uscc"], "recommending_unit": rec,
                       "total_investment": 3574.22, "software_investment": 356.45, "start_date": "2020-03-16",
                       "completion_date": "2022-04-18", "acceptance_date": "2022-09-06",
                       "invoice_total": inv, "invoice_count": 3}, 357.422, [],
                   "Audit in prose (元 + 大写): 项目累计支出 4,386.52万元 includes 土建 612.30 and 铺底流动资金 200.00; after exclusion "
                   "3,574.22 ≥ 3,000. Software parts given in one sentence, no sum: 186.40 + 128.75 + 41.30 = 356.45 ≥ 300. "
                   "Completed 2022-04-18 (within 2021-01-01..2022-06-30, period ~2 years ≤ 3). Acceptance opinion is a SCANNED JPEG "
                   "dated 2022-09-06 quoting other dates (2020-03-16 start, 2022-04-18 completion, 2022-07-31 trial run, 2022-10-21 audit). "
                   "Applicant is on a 36-company 2021 provincial 示范工厂 list. 能评 exemption by the recommending unit. "
                   "Subsidy 10% × 3,574.22 = 357.42 (cap 2000).")


# ============================================================== fy02 smart-factory ineligible (software < 300)
def fy02():
    x = Ctx("fy02", "smart-factory", True, "ineligible")
    a = company("南通瑞祥家用纺织品有限公司", uscc("320682", "13957402"), "南通市如皋市城北街道福寿东路215号", "陈国梁",
                "中国农业银行如皋支行", "10713601040018826", "王婷 15062791184")
    rec = "南通市工业和信息化局"
    proj = "家纺全流程智能制造示范工厂项目"
    application_form(x, "附件1_项目申报表.docx", a, rec, {
        "项目名称": proj, "项目建设地点": "如皋市城北街道福寿东路215号", "项目代码": "2020-320682-17-03-600921",
        "建设起止时间": "2020年9月1日至2022年3月31日", "项目总投入（万元）": "3862.15", "申请补助（万元）": "386.22",
        "主要建设内容": "引进智能织造、自动裁剪缝制和智能仓储设备，建设MES/APS系统及私有云平台。"}, "2022-11-04")
    performance_form(x, "附件2_绩效目标申报表.docx", a, rec, proj, "2020-09", "2022-03",
                     [["项目总投入（万元）", "3862.15"], ["人均产值提升（%）", "28"]])
    firm = "江苏通达联合会计师事务所有限公司"
    p = Pdf(x.path("附件3_专项审计报告.pdf", "audit_report"), header=firm, footer_pages=True)
    p.title(f"{a['name']}{proj}投入专项审计报告", 14)
    p.para("通达专审〔2022〕0362号", 10, align="center", indent=False)
    p.para(f"{a['name']}全体股东：", indent=False)
    p.para(f"我们审计了贵公司“{proj}”自2020年9月1日开工至2022年3月31日竣工期间的项目投入情况。项目投入明细如下表（单位：万元，不含税）：")
    rows = [["序号", "投入类别", "申报数", "审定数", "备注"],
            ["1", "智能化生产设备", "3,186.45", "3,186.45", "织造、裁剪、缝制及仓储设备"],
            ["2", "工业软件（MES、APS）", "142.60", "142.60", ""],
            ["3", "系统集成", "98.30", "98.30", ""],
            ["4", "私有云平台", "31.50", "31.50", ""],
            ["5", "安装调试费", "236.80", "236.80", ""],
            ["6", "咨询、设计、检测费", "166.50", "166.50", ""],
            ["", "合计", "3,862.15", "3,862.15", ""]]
    p.table(rows, [0.5, 2.2, 1.1, 1.1, 2.4], 10)
    p.para("经审计，项目总投入3,862.15万元，其中软件、系统集成、公私有云投入合计272.40万元。项目于2022年3月31日完成全部建设内容。")
    p.gap(10)
    p.para(firm, align="right", indent=False)
    p.para("2022年9月26日", align="right", indent=False)
    p.seal(firm)
    p.save()
    p = Pdf(x.path("附件4_验收意见.pdf", "acceptance_opinion"))
    p.title(f"{a['name']}{proj}验收意见", 14)
    p.para(f"2022年8月23日，南通市工业和信息化局组织专家对{a['name']}承担的{proj}进行验收。专家组认为：项目于2020年9月开工，"
           "2022年3月31日建成，完成了申报书确定的建设内容，同意通过验收。")
    p.para("专家组组长：朱秋明（南通大学 教授）  成员：韩璐、冯晓东")
    p.para(rec, align="right", indent=False)
    p.para("2022年8月23日", align="right", indent=False)
    p.seal(rec)
    p.save()
    designation_list_pdf(x, "附件5_示范工厂认定文件.pdf", "2020年度江苏省智能制造示范工厂名单", "苏工信装备〔2020〕588号",
                         "经企业申报、专家评审和公示，以下企业认定为2020年度江苏省智能制造示范工厂。",
                         fillers(24, 11, ["智能制造示范工厂"]), 9, (a["name"], "智能制造示范工厂", "南通市"),
                         ["类别"], "江苏省工业和信息化厅", "2020-12-15")
    filing_pdf(x, "附件6_备案证.pdf", a, "2020-320682-17-03-600921", proj, "如皋市城北街道", "购置智能织造等设备210台（套）",
               "4,050万元", "2020年9月", "2020-08-12", "如皋市行政审批局")
    approval_pdf(x, "附件7_环评批复.pdf", "eia_approval", "南通市如皋生态环境局", "皋环表复〔2020〕142号",
                 f"关于{a['name']}{proj}环境影响报告表的批复", "经审查，同意该项目按报告表所列性质、规模、地点建设。", "2020-08-28")
    approval_pdf(x, "附件8_节能审查意见.pdf", "energy_review", "如皋市发展和改革委员会", "皋发改能审〔2020〕37号",
                 f"关于{a['name']}{proj}节能报告的审查意见", "原则同意该项目节能报告，项目年综合能耗1,260吨标准煤。", "2020-08-30")
    im = scan_page(license_lines(a, "捌仟万元整", "2003年04月09日", "家用纺织制成品制造；面料纺织加工。"), x.seed + 7,
                   seal="如皋市市场监督管理局", border=True)
    image_pdf(x.path("附件9_营业执照.pdf", "business_license"), [im])
    rec_letter(x, "附件10_推荐函.pdf", rec, a, proj, "2022-11-12")
    credit_pledge(x, "附件11_信用承诺书.pdf", a, "2022-11-04", as_docx=False)
    add_invoice(x, "附件12_发票/喷气织机.pdf", a, S_EQ2, "3200201130", "08836120", "2020-12-08",
                [("*纺织专用设备*喷气织机", "JA-820", "台", 24, 5328000.00, 0.13)])
    add_invoice(x, "附件12_发票/APS软件.pdf", a, S_SW2, "3300211130", "00478215", "2021-10-19",
                [("*软件*APS高级排程软件", "V3", "套", 1, 486000.00, 0.13)])
    write_expected(x, {"applicant_name": a["name"], "applicant_uscc": a["uscc"], "recommending_unit": rec,
                       "total_investment": 3862.15, "software_investment": 272.40, "start_date": "2020-09-01",
                       "completion_date": "2022-03-31", "acceptance_date": "2022-08-23",
                       "invoice_total": round((5328000 + 486000) / 10000, 6), "invoice_count": 2}, None,
                   [{"kind": "figure", "figure": "software_investment"}],
                   "Everything passes (total 3,862.15 ≥ 3,000; completed 2022-03-31; accepted 2022-08-23; 2020 省级示范工厂 list; "
                   "filing, EIA, 节能审查 present) except the software condition: MES/APS 142.60 + 系统集成 98.30 + 私有云 31.50 = "
                   "272.40 < 300 (the audit states the sum). Tabular audit in 万元; 营业执照 is an image-only PDF scan.")


# ============================================================== fy03 green-upgrade eligible (under way)
def fy03():
    x = Ctx("fy03", "green-upgrade", True, "eligible")
    a = company("江苏华峰特种纸业有限公司", uscc("321181", "30651178"), "镇江市丹阳市开发区齐梁路99号", "汤建华",
                "江苏银行丹阳支行", "70080188000146623", "潘静 18952911063")
    rec = "镇江市工业和信息化局"
    proj = "特种纸生产线节能降耗及废水资源化综合改造项目"
    application_form(x, "01申报表/项目入库申报表.docx", a, rec, {
        "项目名称": proj, "项目代码": "2021-321181-22-03-347710", "建设地点": "丹阳市开发区齐梁路99号厂区",
        "计划总投资（万元）": "5,480.00", "其中：土建投资（万元）": "960.00", "铺底流动资金（万元）": "320.00",
        "项目总投入（万元，不含税，不含土建和铺底流动资金）": "4,200.00",
        "截至2022年6月30日已投入（万元）": "1,106.58", "建设期": "2021年11月8日开工，计划2023年12月31日建成",
        "申请补助（万元）": "840.00",
        "主要建设内容": "更新高效真空系统、热泵干燥和汽罩热回收装置，新建废水膜处理回用系统，配套能源管理平台。"}, "2022-11-09")
    performance_form(x, "01申报表/绩效目标申报表（附件1-18）.docx", a, rec, proj, "2021年11月", "2023年12月",
                     [["项目总投入（万元）", "4200"], ["年节约标准煤（吨）", "6,850"], ["废水回用率（%）", "65"]])
    firm = "镇江正大会计师事务所有限公司"
    p = Pdf(x.path("02投入证明/专项审计报告.pdf", "audit_report"), header=firm, footer_pages=True)
    p.title("关于项目投入情况的专项审计报告", 16)
    p.para("镇正会专字〔2022〕第208号", 10, align="center", indent=False)
    p.para(f"{a['name']}：", indent=False)
    p.para(f"我们对贵公司“{proj}”截至2022年6月30日的投入情况进行了专项审计。该项目计划总投资5,480.00万元，其中土建投资960.00万元、"
           "铺底流动资金320.00万元，设备、软件等项目总投入（不含税）4,200.00万元；项目于2021年11月8日开工，计划2023年12月31日建成，"
           "目前正在建设中。")
    p.para("经审计，截至2022年6月30日该项目已投入情况如下（单位：元，不含税）：")
    p.table([["项目", "合同金额", "已开票金额", "已付款金额", "审定已投入"],
             ["节能设备（真空系统、热泵干燥）", "26,480,000.00", "9,312,600.00", "9,312,600.00", "9,312,600.00"],
             ["能源管理平台软件", "1,280,000.00", "864,000.00", "864,000.00", "864,000.00"],
             ["检验检测及设计", "1,450,000.00", "889,200.00", "889,200.00", "889,200.00"],
             ["合计", "29,210,000.00", "11,065,800.00", "11,065,800.00", "11,065,800.00"]],
            [2.6, 1.4, 1.4, 1.4, 1.4], 9)
    p.para("截至2022年6月30日已投入11,065,800.00元（大写：壹仟壹佰零陆万伍仟捌佰元整），占项目总投入4,200.00万元的26.35%，均有发票、"
           "合同及银行付款凭证支持。另据企业提供资料，截至2022年10月31日项目累计投入已达2,315.40万元（未经本次审计）。")
    p.para(firm, align="right", indent=False)
    p.para("中国注册会计师：严冬梅  蔡立", align="right", indent=False)
    p.para("2022年10月28日", align="right", indent=False)
    p.seal(firm)
    p.save()
    # scanned 备案证 JPEG
    L = filing_lines(a, "2021-321181-22-03-347710", proj, "丹阳市开发区齐梁路99号",
                     "对2条特种纸生产线实施节能降耗改造，新建日处理3000吨废水膜处理回用系统", "5,480万元", "2021年11月", "2021-10-19",
                     "丹阳市行政审批局")
    save_jpeg(x.path("03手续文件/备案证（扫描件）.jpg", "project_filing"), scan_page(L, x.seed + 3, seal="丹阳市行政审批局"))
    approval_pdf(x, "03手续文件/环评批复.pdf", "eia_approval", "镇江市丹阳生态环境局", "丹环审〔2021〕205号",
                 f"关于{a['name']}{proj}环境影响报告表的批复", "同意项目按报告表内容建设，废水回用系统须与主体工程同时投入使用。",
                 "2021-11-01")
    approval_pdf(x, "03手续文件/节能审查意见.pdf", "energy_review", "丹阳市发展和改革委员会", "丹发改能〔2021〕51号",
                 f"关于{a['name']}{proj}节能报告的审查意见", "原则同意该项目节能报告。项目建成后年节约标准煤6,850吨。", "2021-10-29")
    license_pdf(x, "04其他/营业执照.pdf", a, "叁亿元整", "2001年05月16日", "机制纸及纸板制造；纸制品销售。")
    rec_letter(x, "04其他/推荐函.pdf", rec, a, proj, "2022-11-14")
    credit_pledge(x, "04其他/信用承诺书.docx", a, "2022-11-09")
    add_invoice(x, "02投入证明/发票/真空系统-3200212130-07781056.pdf", a, S_EN1, "3200212130", "07781056", "2022-03-18",
                [("*通用设备*高效透平真空风机", "TV-250", "台", 2, 3960000.00, 0.13),
                 ("*通用设备*热泵干燥机组", "HPD-80", "套", 1, 2184600.00, 0.13)])
    add_invoice(x, "02投入证明/发票/汽罩热回收-3200212130-07781102.pdf", a, S_EN1, "3200212130", "07781102", "2022-05-26",
                [("*通用设备*汽罩热回收装置", "HR-6", "套", 1, 3168000.00, 0.13)])
    add_invoice(x, "02投入证明/发票/能管平台-3300221130-00932871.pdf", a, S_SW2, "3300221130", "00932871", "2022-06-10",
                [("*软件*能源管理平台软件", "EMS V2", "套", 1, 864000.00, 0.13)])
    add_contract(x, "02投入证明/合同/节能设备购销合同.docx", a, S_EN1, "节能设备购销合同", "LN-2022-011", "2022-01-10",
                 "高效透平真空风机、热泵干燥机组、汽罩热回收装置及其他节能设备", 29922400.00,
                 "分批到货，每批到货验收后30日内支付该批货款。")
    add_receipt(x, "02投入证明/付款凭证/20220325-真空系统.pdf", a, S_EN1, "2022-03-25", 6943398.00, "设备款", "2022032571208843")
    add_receipt(x, "02投入证明/付款凭证/20220608-汽罩.pdf", a, S_EN1, "2022-06-08", 3579840.00, "设备款", "2022060871211907")
    add_receipt(x, "02投入证明/付款凭证/20220615-软件.pdf", a, S_SW2, "2022-06-15", 976320.00, "软件款", "2022061593300112")
    write_expected(x, {"applicant_name": a["name"], "applicant_uscc": a["uscc"], "recommending_unit": rec,
                       "total_investment": 4200.00, "invested_by_cutoff": 1106.58, "start_date": "2021-11-08",
                       "completion_date": "2023-12-31",
                       "invoice_total": round((3960000 + 2184600 + 3168000 + 864000) / 10000, 6), "invoice_count": 3},
                   840.0, [],
                   "Project under way: 计划总投资 5,480 − 土建 960 − 铺底 320 = 4,200 ≥ 2,000. Audit table (元) certifies 1,106.58 "
                   "by 2022-06-30 = 26.35% ≥ 20%; the 2022-10-31 cumulative 2,315.40 is a distractor, not the cutoff figure. "
                   "Planned completion 2023-12-31 ≤ 2024-06-30. 备案证 is a SCANNED JPEG; EIA and 节能审查 present. "
                   "Numbered sub-folders. Subsidy 20% × 4,200 = 840 (cap 2000).")


# ============================================================== fy04 green-upgrade ineligible (detected; < 20% by cutoff)
def fy04():
    x = Ctx("fy04", "green-upgrade", False, "ineligible")
    a = company("淮安宏达铸造有限公司", uscc("320804", "25189064"), "淮安市淮阴区长江东路518号", "梁振东",
                "中国银行淮安淮阴支行", "507468812296", "高翔 13951280457")
    rec = "淮安市工业和信息化局"
    proj = "铸造车间中频炉替代冲天炉及余热利用改造项目"
    application_form(x, "项目入库申报表.docx", a, rec, {
        "项目名称": proj, "项目代码": "2022-320804-33-03-109254", "项目建设地点": "淮阴区长江东路518号厂区",
        "项目总投入（不含税，万元）": "2,960.00",
        "截至2022年6月30日已完成投入（万元）": "486.20", "项目起止年月": "2022年2月—2023年6月",
        "申请补助金额（万元）": "592.00", "建设内容": "拆除2台冲天炉，新增中频感应电炉4台、余热锅炉及除尘系统，建设能源在线监测系统。"},
        "2022-11-07")
    performance_form(x, "绩效目标申报表（附件1-18）.pdf", a, rec, proj, "2022年2月20日", "2023年6月30日",
                     [["项目总投入（万元）", "2960"], ["年节能量（吨标准煤）", "3,120"]], pdf=True)
    firm = "淮安天元会计师事务所有限公司"
    p = Pdf(x.path("截至2022年6月30日项目投入专项审计报告.pdf", "audit_report"), header=firm, footer_pages=True)
    p.title("专项审计报告", 18)
    p.para("淮天会审字（2022）第0912号", 10, align="center", indent=False)
    p.para(f"{a['name']}：", indent=False)
    p.para(f"我们接受委托，对贵公司“{proj}”截至2022年6月30日的投入情况进行了专项审计。该项目计划总投资3,380.00万元，扣除土建投资420.00万元后，"
           "项目总投入2,960.00万元（不含税）。项目于2022年2月20日开工，计划于2023年6月30日建成。")
    p.para("附表：截至2022年6月30日项目投入明细（单位：人民币元）")
    p.table([["序号", "内容", "供应商", "发票金额（不含税）", "付款金额"],
             ["1", "中频感应电炉（首批2台）", S_EQ2["name"], "3,540,000.00", "3,540,000.00"],
             ["2", "除尘系统设备", S_EN1["name"], "1,102,000.00", "1,102,000.00"],
             ["3", "能源在线监测系统设计", "淮安智联节能科技有限公司", "220,000.00", "220,000.00"],
             ["", "合计", "", "4,862,000.00", "4,862,000.00"]], [0.5, 2.2, 2.6, 1.5, 1.4], 9)
    p.para("经审计，截至2022年6月30日项目已完成投入4,862,000.00元，占项目总投入的16.43%。期后事项：截至2022年9月30日，项目累计完成投入"
           "10,246,000.00元（期后数据未经审计，仅供参考）。")
    p.para(firm, align="right", indent=False)
    p.para("2022年10月17日", align="right", indent=False)
    p.seal(firm)
    p.save()
    filing_pdf(x, "项目备案证.pdf", a, "2022-320804-33-03-109254", proj, "淮安市淮阴区长江东路518号",
               "以中频感应电炉替代冲天炉，配套余热锅炉、除尘及能源在线监测", "3,380万元", "2022年2月", "2022-01-14", "淮安市淮阴区行政审批局")
    approval_pdf(x, "环评批复.pdf", "eia_approval", "淮安市淮阴生态环境局", "淮阴环审〔2022〕11号",
                 f"关于{a['name']}{proj}环境影响报告表的批复", "同意该项目建设。", "2022-02-10")
    approval_pdf(x, "节能审查意见.pdf", "energy_review", "淮安市淮阴区发展和改革委员会", "淮阴发改能〔2022〕6号",
                 f"关于{a['name']}{proj}节能报告的审查意见", "原则同意该项目节能报告。", "2022-02-08")
    license_pdf(x, "营业执照副本.pdf", a, "伍仟万元整", "2008年03月12日", "黑色金属铸造；有色金属铸造；机械零部件加工。")
    rec_letter(x, "推荐函.pdf", rec, a, proj, "2022-11-15")
    credit_pledge(x, "信用承诺书.docx", a, "2022-11-07")
    add_invoice(x, "发票/中频炉.pdf", a, S_EQ2, None, "22322000000041872356", "2022-04-22",
                [("*电气机械*中频感应电炉", "KGPS-3000", "台", 2, 3540000.00, 0.13)], electronic=True)
    add_invoice(x, "发票/除尘设备.pdf", a, S_EN1, "3200221130", "02215840", "2022-06-02",
                [("*环保设备*脉冲布袋除尘器", "DMC-1200", "套", 1, 1102000.00, 0.13)])
    add_receipt(x, "银行回单/回单-20220428.pdf", a, S_EQ2, "2022-04-28", 4000200.00, "中频炉设备款", "2022042850746881")
    add_receipt(x, "银行回单/回单-20220610.pdf", a, S_EN1, "2022-06-10", 1245260.00, "除尘设备款", "2022061050748812")
    write_expected(x, {"applicant_name": a["name"], "applicant_uscc": a["uscc"], "recommending_unit": rec,
                       "total_investment": 2960.00, "invested_by_cutoff": 486.20, "start_date": "2022-02-20",
                       "completion_date": "2023-06-30",
                       "invoice_total": round((3540000 + 1102000) / 10000, 6), "invoice_count": 2}, None,
                   [{"kind": "figure", "figure": "invested_by_cutoff"}],
                   "Category not given: the application form names 绿色化改造提升—绿色化改造升级项目 and the performance form is "
                   "附件1-18. Total 3,380 − 土建 420 = 2,960 ≥ 2,000, but by 2022-06-30 only 4,862,000元 = 486.20万元 = 16.43% < 20% "
                   "is invested (audit table in 元). The unaudited 2022-09-30 cumulative 1,024.60 would pass but is after the cutoff. "
                   "One invoice is a 20-digit 数电票.")


# ============================================================== fy05 specialized-sme eligible
def fy05():
    x = Ctx("fy05", "specialized-sme", True, "eligible")
    a = company("常州精研微电机科技有限公司", uscc("320412", "67024319"), "常州市武进区牛塘镇卢西路27号", "钟毅",
                "中国工商银行常州武进支行", "1105020409001127653", "何玉 13776893320")
    rec = "常州市工业和信息化局"
    proj = "微特电机数字化车间软硬件升级及贷款贴息项目"
    application_form(x, "项目入库申报表.docx", a, rec, {
        "项目名称": proj, "软硬件投入（万元，不含税）": "658.30", "贷款利息（万元）": "176.42",
        "合计（万元）": "834.72", "投入期间": "2021年1月1日至2022年6月30日", "申请补助（万元）": "202.23",
        "小巨人企业认定情况": "2021年度江苏省专精特新小巨人企业（有效期至2024年12月）",
        "2021-2022年获本专项资金支持情况": "无"}, "2022-11-08")
    performance_form(x, "绩效目标申报表（附件1-14）.docx", a, rec, proj, "2021年1月1日", "2022年6月30日",
                     [["新增软硬件投入（万元）", "658.30"], ["贷款利息（万元）", "176.42"]])
    firm = "常州中信联合会计师事务所"
    p = Pdf(x.path("专审报告.pdf", "audit_report"), header=firm, footer_pages=True)
    p.title("专项审计报告", 18)
    p.para("常中信专审〔2022〕第093号", 10, align="center", indent=False)
    p.para(f"{a['name']}：", indent=False)
    p.para("我们接受委托，对贵公司2021年1月1日至2022年6月30日期间新增软硬件投入及贷款利息支出情况进行了专项审计。")
    p.para("一、新增软硬件投入。经审计，上述期间贵公司新增软硬件投入（不含税）6,583,000.00元，其中：自动绕线及装配设备4,920,000.00元，"
           "在线检测设备618,000.00元，MES及质量追溯软件645,000.00元，云资源及网络费用120,000.00元，调试安装费280,000.00元。"
           "明细清单见附表1，相关发票、合同及银行付款凭证已逐笔核对。")
    p.para("二、贷款利息。贵公司向中国工商银行常州武进支行借入流动资金贷款人民币3,000万元，2021年1月1日至2022年6月30日期间实际支付"
           "贷款利息1,764,200.00元（大写：壹佰柒拾陆万肆仟贰佰元整），见附表2及银行利息单。2020年12月21日结息的291,958.33元"
           "属于期间以外，未予计入。")
    p.para("三、合计。新增软硬件投入和贷款利息合计8,347,200.00元。")
    p.para("附表1 新增软硬件投入明细（单位：元）")
    p.table([["序号", "名称", "供应商", "不含税金额", "发票号"],
             ["1", "全自动绕线机", S_EQ1["name"], "2,760,000.00", "05518824"],
             ["2", "转子装配线", S_EQ2["name"], "2,160,000.00", "00731905"],
             ["3", "在线检测设备", S_EQ2["name"], "618,000.00", "00731962"],
             ["4", "MES及质量追溯软件", S_SW1["name"], "645,000.00", "03318407"],
             ["5", "云资源及网络费用", "中国电信常州分公司", "120,000.00", "多张"],
             ["6", "调试安装费", S_EQ1["name"], "280,000.00", "05518901"],
             ["", "合计", "", "6,583,000.00", ""]], [0.5, 2, 2.6, 1.4, 1.1], 9)
    p.para("附表2 贷款利息明细（单位：元）")
    p.table([["结息日", "利息金额", "是否计入"], ["2020-12-21", "291,958.33", "否"], ["2021-03-21", "284,625.00", "是"],
             ["2021-06-21", "295,166.67", "是"], ["2021-09-21", "295,166.67", "是"], ["2021-12-21", "291,958.33", "是"],
             ["2022-03-21", "288,750.00", "是"], ["2022-06-21", "308,533.33", "是"], ["计入合计", "1,764,200.00", ""]],
            [1.5, 1.5, 1], 9)
    p.para(firm, align="right", indent=False)
    p.para("2022年9月30日", align="right", indent=False)
    p.seal(firm)
    p.save()
    # loan contract + interest statement
    lc = Pdf(x.path("贷款材料/流动资金借款合同.pdf", "loan_contract"), footer_pages=True)
    lc.title("流动资金借款合同", 16)
    lc.table([["合同编号", "0110500019-2020年（武进）字00488号"], ["借款人", a["name"]], ["贷款人", "中国工商银行股份有限公司常州武进支行"],
              ["借款金额", "人民币叁仟万元整"], ["借款期限", "2020年10月9日至2023年10月8日"], ["利率", "LPR+5BP，按季结息，结息日为每季末月20日"]],
             [1, 3], 10)
    lc.para("借款人（盖章）：" + a["name"] + "    贷款人（盖章）：中国工商银行股份有限公司常州武进支行", indent=False)
    lc.para("签订日期：2020年9月28日", indent=False)
    lc.save()
    st = Pdf(x.path("贷款材料/银行利息单.pdf", "interest_statement"))
    st.title("中国工商银行 贷款利息清单", 15)
    st.para(f"借款人：{a['name']}    借款合同号：0110500019-2020年（武进）字00488号    币种：人民币", 10, indent=False)
    st.table([["结息日期", "计息起止", "计息本金", "年利率", "利息金额"],
              ["2020-12-21", "2020-10-09至2020-12-20", "30,000,000.00", "3.90%", "291,958.33"],
              ["2021-03-21", "2020-12-21至2021-03-20", "30,000,000.00", "3.85%", "284,625.00"],
              ["2021-06-21", "2021-03-21至2021-06-20", "30,000,000.00", "3.85%", "295,166.67"],
              ["2021-09-21", "2021-06-21至2021-09-20", "30,000,000.00", "3.85%", "295,166.67"],
              ["2021-12-21", "2021-09-21至2021-12-20", "30,000,000.00", "3.85%", "291,958.33"],
              ["2022-03-21", "2021-12-21至2022-03-20", "30,000,000.00", "3.85%", "288,750.00"],
              ["2022-06-21", "2022-03-21至2022-06-20", "30,000,000.00", "3.70%", "308,533.33"]], [1.2, 2.2, 1.5, 0.8, 1.2], 9)
    st.para("打印日期：2022-07-05    本清单加盖业务专用章有效。", 9, indent=False)
    st.seal("中国工商银行常州武进支行 业务专用章")
    st.save()
    # scanned 小巨人 certificate
    L = [("证  书", 60, "center"), ("", 30, "left"), (a["name"] + "：", 32, "left"),
         ("经企业申报、各设区市推荐、专家评审和公示，你单位被认定为2021年度江苏省专精特新“小巨人”企业（制造类）。", 32, "left"),
         ("有效期：2021年12月—2024年12月", 32, "left"), ("证书编号：SJTX2021-0417", 28, "left"), ("", 60, "left"),
         ("江苏省工业和信息化厅", 32, "right"), ("二〇二一年十二月", 32, "right")]
    save_jpeg(x.path("专精特新小巨人证书.jpg", "designation_certificate"),
              scan_page(L, x.seed + 5, seal="江苏省工业和信息化厅", landscape=True, border=True, seal_at=(1400, 950)))
    exemption(x, "推荐单位关于项目相关手续的说明.pdf", rec, a, proj, "项目备案、环评及能评",
              "该项目为企业在现有厂房内购置生产、检测设备及工业软件，不新增用地和建筑面积，不新增产能及排污，年综合能耗增量不足100吨标准煤，",
              "2022-11-10")
    license_pdf(x, "营业执照.pdf", a, "贰仟伍佰万元整", "2011年07月05日", "微特电机及组件制造；电机及其控制系统研发。")
    rec_letter(x, "推荐函.pdf", rec, a, proj, "2022-11-15")
    credit_pledge(x, "信用承诺书.docx", a, "2022-11-08")
    add_invoice(x, "发票/增值税专用发票-05518824.pdf", a, S_EQ1, "3200203130", "05518824", "2021-04-16",
                [("*专用设备*全自动绕线机", "AW-16", "台", 6, 2760000.00, 0.13)])
    add_invoice(x, "发票/增值税专用发票-00731905.pdf", a, S_EQ2, "3200211130", "00731905", "2021-09-28",
                [("*专用设备*转子装配线", "RAL-2", "条", 1, 2160000.00, 0.13)])
    add_invoice(x, "发票/增值税专用发票-03318407.pdf", a, S_SW1, "3200221130", "03318407", "2022-03-11",
                [("*软件*MES及质量追溯软件", "V3.2", "套", 1, 645000.00, 0.13)])
    # the same invoice uploaded a second time as a copy next to the audit report
    add_invoice(x, "专审附件/发票复印件-05518824.pdf", a, S_EQ1, "3200203130", "05518824", "2021-04-16",
                [("*专用设备*全自动绕线机", "AW-16", "台", 6, 2760000.00, 0.13)], count=False)
    add_contract(x, "合同/绕线机采购合同.docx", a, S_EQ1, "设备买卖合同", "HR-2021-0302", "2021-03-02", "全自动绕线机6台",
                 round(2760000 * 1.13, 2), "货到验收合格后支付全款。")
    add_contract(x, "合同/MES软件合同.docx", a, S_SW1, "软件销售合同", "YH-2022-0018", "2022-01-20", "MES及质量追溯软件V3.2一套",
                 round(645000 * 1.13, 2), "验收后付款。")
    add_receipt(x, "付款凭证/回单-2021-04-23.pdf", a, S_EQ1, "2021-04-23", 3118800.00, "绕线机货款", "2021042310275561")
    add_receipt(x, "付款凭证/回单-2021-10-09.pdf", a, S_EQ2, "2021-10-09", 2440800.00, "装配线货款", "2021100910281190")
    add_receipt(x, "付款凭证/回单-2022-03-18.pdf", a, S_SW1, "2022-03-18", 728850.00, "软件款", "2022031810290034")
    write_expected(x, {"applicant_name": a["name"], "applicant_uscc": a["uscc"], "recommending_unit": rec,
                       "hw_sw_investment": 658.30, "loan_interest": 176.42,
                       "invoice_total": round((2760000 + 2160000 + 645000) / 10000, 6), "invoice_count": 3},
                   202.228, [],
                   "hw/sw 658.30 + interest 176.42 = 834.72 ≥ 800. The interest list has 7 settlements; the 2020-12-21 one "
                   "(29.20) is outside 2021-01-01..2022-06-30 and is excluded (the audit says so). 专审报告, invoices, contracts, "
                   "receipts, 明细清单 (audit table), loan contract and 银行利息单 present. 小巨人 certificate is a SCANNED JPEG "
                   "(valid 2021-12..2024-12). Procedure exemption by recommending unit. One invoice uploaded twice (counted once). "
                   "Subsidy 20% × 658.30 + 40% × 176.42 = 131.66 + 70.568 = 202.23 (cap 500).")


# ============================================================== fy06 specialized-sme incomplete (no 专审报告)
def fy06():
    x = Ctx("fy06", "specialized-sme", True, "incomplete")
    a = company("扬州恒泰液压机械有限公司", uscc("321084", "55803127"), "扬州市高邮市经济开发区屏淮路36号", "许国庆",
                "中国建设银行高邮支行", "32050174553600000418", "许丹 13505257716")
    rec = "扬州市工业和信息化局"
    proj = "液压缸智能加工单元建设及贷款贴息项目"
    application_form(x, "1.项目入库申报表.docx", a, rec, {
        "项目名称": proj, "新增软硬件投入（万元）": "563.80", "实际支付贷款利息（万元）": "251.30", "合计（万元）": "815.10",
        "专项审计": "专审报告见附件3", "申请补助（万元）": "213.28",
        "小巨人企业": "2022年度省级专精特新小巨人企业"}, "2022-11-03")
    performance_form(x, "2.绩效目标申报表（附件1-14）.docx", a, rec, proj, "2021-01-01", "2022-06-30",
                     [["新增软硬件投入（万元）", "563.80"], ["贷款利息（万元）", "251.30"]])
    p = Pdf(x.path("4.软硬件投入明细清单.pdf", "other"))
    p.title("新增软硬件投入明细清单（2021.1.1—2022.6.30）", 13)
    p.para(f"编制单位：{a['name']}（财务部）    单位：万元（不含税）", 10, indent=False)
    p.table([["序号", "名称", "供应商", "金额"], ["1", "数控深孔镗床", S_EQ1["name"], "212.40"],
             ["2", "缸筒珩磨机", S_EQ2["name"], "168.60"], ["3", "机器人上下料单元", S_EQ2["name"], "97.50"],
             ["4", "CAPP/MES软件", S_SW1["name"], "62.30"], ["5", "安装调试", S_EQ1["name"], "23.00"],
             ["", "合计", "", "563.80"]], [0.5, 2, 2.6, 1], 10)
    p.para("注：本清单由企业财务部编制，金额与账面记录一致。", 9)
    p.seal(a["name"] + " 财务专用章")
    p.save()
    lc = Pdf(x.path("5.贷款合同.pdf", "loan_contract"))
    lc.title("人民币流动资金贷款合同", 15)
    lc.para(f"借款人：{a['name']}；贷款人：中国建设银行股份有限公司高邮支行。借款金额人民币伍仟万元整，借款期限自2021年1月6日至2022年12月5日，"
            "年利率3.95%，按月结息。", indent=False)
    lc.para("签订日期：2021年1月5日", indent=False)
    lc.save()
    st = Pdf(x.path("6.银行利息单.pdf", "interest_statement"))
    st.title("中国建设银行 单位贷款利息回单（汇总）", 14)
    st.para(f"借款人：{a['name']}  统计期间：2021年1月6日至2022年6月30日  累计收取利息：人民币2,513,000.00元（贰佰伍拾壹万叁仟元整）",
            10, indent=False)
    st.seal("中国建设银行高邮支行")
    st.save()
    designation_list_pdf(x, "7.小巨人企业名单.pdf", "2022年度江苏省专精特新中小企业（小巨人）名单", "苏工信中小〔2022〕301号",
                         "经企业自愿申报、各设区市推荐和专家评审，认定下列企业为2022年度江苏省专精特新小巨人企业（有效期三年）。",
                         fillers(40, 5, ["制造类", "制造类", "服务类"]), 22, (a["name"], "制造类", "扬州市"), ["类型"],
                         "江苏省工业和信息化厅", "2022-08-30")
    exemption(x, "8.推荐单位关于手续的说明.pdf", rec, a, proj, "项目备案、环评和能评",
              "该项目系在现有车间内购置加工设备和软件，不涉及新增建设用地和产能，", "2022-11-09")
    license_pdf(x, "9.营业执照.pdf", a, "叁仟万元整", "2009年10月20日", "液压动力机械及元件制造。")
    rec_letter(x, "10.推荐函.pdf", rec, a, proj, "2022-11-14")
    add_invoice(x, "11.发票/深孔镗床.pdf", a, S_EQ1, "3200212130", "04419087", "2021-08-13",
                [("*专用设备*数控深孔镗床", "TK2150", "台", 2, 2124000.00, 0.13)])
    add_invoice(x, "11.发票/珩磨机.pdf", a, S_EQ2, "3200212130", "00826631", "2022-01-07",
                [("*专用设备*缸筒珩磨机", "HM-3000", "台", 1, 1686000.00, 0.13)])
    add_contract(x, "12.合同/设备采购合同.docx", a, S_EQ1, "设备采购合同", "HT-2021-0615", "2021-06-15", "数控深孔镗床2台",
                 round(2124000 * 1.13, 2), "预付30%，验收后付70%。")
    add_receipt(x, "13.付款凭证/回单1.pdf", a, S_EQ1, "2021-08-20", 2400120.00, "镗床款", "2021082066120045")
    add_receipt(x, "13.付款凭证/回单2.pdf", a, S_EQ2, "2022-01-14", 1905180.00, "珩磨机款", "2022011466120710")
    write_expected(x, {"applicant_name": a["name"], "applicant_uscc": a["uscc"], "recommending_unit": rec,
                       "hw_sw_investment": 563.80, "loan_interest": 251.30,
                       "invoice_total": round((2124000 + 1686000) / 10000, 6), "invoice_count": 2}, None,
                   [{"kind": "missing", "document": "audit_report"}],
                   "Figures would pass (563.80 + 251.30 = 815.10 ≥ 800; 2022 小巨人 list of 41 with the applicant; loan contract "
                   "and 利息单 present), but the guide requires a 项目专审报告; the form says '专审报告见附件3' and there is no "
                   "附件3 — only the company's own 明细清单. Incomplete.")


# ============================================================== fy07 core-tech eligible (detected)
def fy07():
    x = Ctx("fy07", "core-tech", False, "eligible")
    a = company("南京芯测仪器科技有限公司", uscc("320115", "08861432"), "南京市江宁区将军大道159号", "钱海鸥",
                "交通银行南京江宁支行", "320006650018170045612", "周航 18651627730")
    rec = "南京市工业和信息化局"
    proj = "高端晶圆级探针台及测试系统工程化攻关"
    application_form(x, "01-项目申报书.docx", a, rec, {
        "项目名称": proj, "攻关方向": "集成电路—高端仪器（附件1-26 重点方向）", "牵头单位": a["name"],
        "联合单位": "东南大学微电子学院", "项目实施期": "2022年7月1日至2024年12月31日",
        "项目总投入（万元）": "4,720.00", "其中：申报单位新增研发投入（万元）": "3,860.00",
        "其中：合作单位投入（万元）": "860.00", "申请补助（万元）": "1,158.00"}, "2022-11-11")
    performance_form(x, "02-绩效目标申报表.docx", a, rec, proj, "2022年7月1日", "2024年12月31日",
                     [["新增研发投入（万元）", "3,860"], ["申请发明专利（件）", "12"], ["攻关产品首台套（台）", "3"]])
    docx_file(x.path("03-项目资金申请报告.docx", "other"), "项目资金申请报告", [
        ("h", "一、项目单位基本情况"),
        ("p", f"{a['name']}成立于2014年，主营晶圆测试探针台和半导体参数测试系统，现有授权发明专利27件、软件著作权18件。"),
        ("h", "二、研发投入预算"),
        ("p", "项目自2022年7月1日起新增研发投入合计4,720.00万元。其中申报单位自筹3,860.00万元，合作单位东南大学投入860.00万元（不计入申报单位新增研发投入）。"),
        ("t", [["投入类别", "申报单位（万元）", "合作单位（万元）", "合计（万元）"],
               ["费用化支出：材料、试制、测试", "1,140.00", "310.00", "1,450.00"],
               ["费用化支出：人员人工", "1,100.00", "450.00", "1,550.00"],
               ["资本化支出：研发设备仪器", "1,320.00", "100.00", "1,420.00"],
               ["资本化支出：外购软件、专利", "300.00", "0.00", "300.00"],
               ["合计", "3,860.00", "860.00", "4,720.00"]]),
        ("p", "申报单位已设置攻关项目辅助账，专账管理。"),
        ("h", "三、进度安排"),
        ("p", "2022年7月—2023年6月完成样机设计与关键部件研制；2023年7月—2024年6月完成工程样机及用户验证；2024年12月31日前完成攻关任务。")])
    p = Pdf(x.path("04-联合攻关协议.pdf", "contract"))
    p.title("产学研联合攻关协议", 15)
    p.para(f"甲方：{a['name']}  乙方：东南大学。双方就“{proj}”开展联合攻关，甲方投入研发经费3,860万元，乙方自筹投入860万元，协议期限为2022年7月1日至2024年12月31日。")
    p.para("签订日期：2022年6月20日", indent=False)
    p.save()
    p = Pdf(x.path("05-知识产权清单.pdf", "other"))
    p.title("与攻关项目相关的自主知识产权清单", 13)
    p.table([["序号", "名称", "类型", "号码"], ["1", "一种晶圆探针台的真空吸附承片台", "发明专利", "ZL201910338412.6"],
             ["2", "一种多通道参数测试系统", "发明专利", "ZL202010517733.X"], ["3", "探针台运动控制软件V2.0", "软件著作权", "2021SR0418865"]],
            [0.5, 3, 1, 2], 10)
    p.save()
    license_scan(x, "06-营业执照.jpg", a, "壹亿伍仟万元整", "2014年05月07日", "电子测量仪器、半导体器件专用设备制造；软件开发。")
    rec_letter(x, "07-推荐函.pdf", rec, a, proj, "2022-11-16")
    credit_pledge(x, "08-信用承诺书.docx", a, "2022-11-11")
    write_expected(x, {"applicant_name": a["name"], "applicant_uscc": a["uscc"], "recommending_unit": rec,
                       "rd_investment": 3860.00, "start_date": "2022-07-01", "completion_date": "2024-12-31"}, 1158.0, [],
                   "Category not given; the application form's 项目类别 line and the 关键核心技术（装备）工程化攻关项目绩效目标申报表 name it. "
                   "New R&D from 2022-07-01 by the applicant 3,860 ≥ 3,000; the partner's 860 (total 4,720) does not count. "
                   "Period 2022-07-01..2024-12-31 (≤ 3 years, done by end 2024). 营业执照 is a SCANNED JPEG. "
                   "Subsidy 30% × 3,860 = 1,158 (cap 3000).")


# ============================================================== fy08 data-productization ineligible (completed late)
def fy08():
    x = Ctx("fy08", "data-productization", True, "ineligible")
    a = company("无锡数智港大数据科技有限公司", uscc("320214", "33971286"), "无锡市新吴区菱湖大道200号中国传感网国际创新园E2栋", "包文杰",
                "宁波银行无锡新区支行", "78050122000391827", "许可 15306178852")
    rec = "无锡市工业和信息化局"
    proj = "纺织印染行业能耗与质量大数据分析平台"
    application_form(x, "附件1_入库申报表.docx", a, rec, {
        "项目名称": proj, "项目起止时间": "2021年6月1日至2022年8月26日", "项目总投入（万元）": "1,386.40",
        "申请补助（万元）": "277.28", "示范项目入选情况": "2021年江苏省大数据应用示范项目",
        "企业库": "已入省工信厅大数据企业库"}, "2022-11-02")
    performance_form(x, "附件2_绩效目标申报表（附件1-11）.docx", a, rec, proj, "2021.06", "2022.08",
                     [["项目总投入（万元）", "1386.40"], ["服务客户数（个）", "126"]])
    firm = "无锡普信会计师事务所有限公司"
    p = Pdf(x.path("附件3_专项审计报告.pdf", "audit_report"), header=firm, footer_pages=True)
    p.title("专项审计报告", 18)
    p.para("锡普会专〔2022〕第511号", 10, align="center", indent=False)
    p.para(f"我们审计了{a['name']}“{proj}”的投入情况。项目于2021年6月1日启动，2022年8月26日完成全部建设内容并上线运行。"
           "经审计，项目总投入13,864,000.00元（不含税），其中服务器、存储等设备5,216,000.00元，软件开发及系统集成6,488,000.00元，"
           "云资源及网络费用1,040,000.00元，咨询、测评费1,120,000.00元。")
    p.para(firm, align="right", indent=False)
    p.para("2022年10月8日", align="right", indent=False)
    p.seal(firm)
    p.save()
    p = Pdf(x.path("附件4_验收意见.pdf", "acceptance_opinion"))
    p.title(f"“{proj}”验收意见", 14)
    p.para(f"2022年10月14日，无锡市工业和信息化局组织专家组对{a['name']}承担的“{proj}”进行了验收。专家组审阅了资料，听取了汇报，"
           "经质询讨论，意见如下：项目自2021年6月1日启动，于2022年8月26日完成平台上线及全部建设内容，累计接入印染企业126家，"
           "形成能耗分析、质量预测等数据产品6项；项目总投入1,386.40万元。专家组同意通过验收。")
    p.para("专家组组长：邢立军", indent=False)
    p.para(rec, align="right", indent=False)
    p.para("2022年10月14日", align="right", indent=False)
    p.seal(rec)
    p.save()
    designation_list_pdf(x, "附件5_省级大数据应用示范项目名单.pdf", "2021年江苏省大数据应用示范项目名单", "苏工信软件〔2021〕455号",
                         "经组织申报、专家评审和网上公示，确定以下项目为2021年江苏省大数据应用示范项目。",
                         fillers(30, 20, ["工业大数据应用", "行业大数据应用", "数据管理及服务"]), 12,
                         (a["name"], proj, "无锡市"), ["项目名称"], "江苏省工业和信息化厅", "2021-11-19")
    p = Pdf(x.path("附件6_企业库入库证明.pdf", "other"))
    p.title("江苏省云计算大数据区块链企业库 入库信息", 13)
    p.table([["企业名称", a["name"]], ["统一社会信用代码", a["uscc"]], ["入库类别", "大数据"], ["入库时间", "2020-09-15"]], [1, 3], 10)
    p.save()
    license_pdf(x, "附件7_营业执照.pdf", a, "伍仟万元整", "2016年11月30日", "大数据服务；软件开发；信息系统集成服务。")
    rec_letter(x, "附件8_推荐函.pdf", rec, a, proj, "2022-11-10")
    add_invoice(x, "发票/服务器.pdf", a, S_EQ2, "3200211130", "00911244", "2021-08-19",
                [("*计算机设备*机架式服务器", "R5300", "台", 24, 3168000.00, 0.13)])
    add_invoice(x, "发票/软件开发.pdf", a, S_SW2, "3300221130", "01128765", "2022-08-30",
                [("*信息技术服务*数据分析平台开发", "", "项", 1, 3820000.00, 0.06)])
    write_expected(x, {"applicant_name": a["name"], "applicant_uscc": a["uscc"], "recommending_unit": rec,
                       "total_investment": 1386.40, "start_date": "2021-06-01", "completion_date": "2022-08-26",
                       "acceptance_date": "2022-10-14",
                       "invoice_total": round((3168000 + 3820000) / 10000, 6), "invoice_count": 2}, None,
                   [{"kind": "figure", "figure": "completion_date"}],
                   "Total 1,386.40 ≥ 1,000, in the 2021 省级大数据应用示范项目 list, in the 企业库, accepted 2022-10-14 — but the "
                   "project was completed 2022-08-26 (audit, acceptance opinion, application form), after 2022-06-30.")


# ============================================================== M&A
def ma_common(x, a, rec, proj, target, date_form):
    rec_letter(x, "推荐函.pdf", rec, a, proj, "2022-11-15")
    credit_pledge(x, "信用承诺书.pdf", a, date_form, as_docx=False)


def fy09():
    x = Ctx("fy09", "merger-acquisition", True, "eligible")
    a = company("江苏远东电力装备集团有限公司", uscc("320282", "75130849"), "无锡市宜兴市高塍镇远东大道8号", "蒋立新",
                "中国工商银行宜兴支行", "1103028009001652217", "孙洁 13806151278")
    t = company("安徽皖江变压器有限公司", uscc("341102", "61327495"), "滁州市南谯区珠江路66号", "刘正",
                "中国银行滁州分行", "183748512930", "0550-3208816")
    rec = "无锡市工业和信息化局"
    proj = "并购安徽皖江变压器有限公司控股权项目"
    application_form(x, "项目入库申报表.docx", a, rec, {
        "项目名称": proj, "被并购企业": t["name"], "并购方式": "现金收购股权（分两轮实施）",
        "本次并购出资额（万元）": "6,240.00", "并购后持股比例": "65%", "工商变更完成日期": "2022年2月25日",
        "申请补助（万元）": "312.00"}, "2022-11-08")
    performance_form(x, "绩效目标申报表（附件1-13）.docx", a, rec, proj, "2022年1月", "2022年2月",
                     [["并购出资额（万元）", "6240"], ["兼并重组完成及时率（%）", "100"]])
    p = Pdf(x.path("股权转让协议（第一轮，2020年）.pdf", "contract"))
    p.title("股权转让协议", 15)
    p.para(f"转让方：滁州市国有资本运营有限公司；受让方：{a['name']}。转让方将其持有的{t['name']}30%股权以人民币叁仟陆佰万元整（3,600万元）"
           "转让给受让方。本协议签订日期：2020年9月18日。")
    p.save()
    docx_file(x.path("股权转让协议（第二轮，2022年）.docx", "contract"), "股权转让协议", [
        ("p", "转让方（甲方）：滁州皖江投资控股有限公司"), ("p", f"受让方（乙方）：{a['name']}"),
        ("p", f"鉴于：乙方已于2020年受让目标公司{t['name']}30%股权。"),
        ("p", "第一条 甲方同意将其持有的目标公司35%股权（对应注册资本人民币4,900万元）转让给乙方，转让价款为人民币陆仟贰佰肆拾万元整（¥62,400,000.00），全部以现金支付。"),
        ("p", "第二条 付款安排：协议生效后5个工作日内支付30%，工商变更登记完成前支付50%，余款20%于工商变更完成后10个工作日内支付。"),
        ("p", "第三条 本次转让完成后，目标公司股权结构为：乙方持股65%，滁州皖江投资控股有限公司持股20%，滁州市国有资本运营有限公司持股15%。"),
        ("p", "第四条 双方确认，甲、乙双方不存在同一母公司控制关系。"),
        ("p", "签订日期：2022年1月18日")])
    firm = "江苏苏亚金诚会计师事务所（特殊普通合伙）无锡分所"
    p = Pdf(x.path("并购出资专项审计报告.pdf", "audit_report"), header=firm, footer_pages=True)
    p.title("关于并购出资情况的专项审计报告", 15)
    p.para(f"我们审计了{a['name']}收购{t['name']}股权的出资情况。{a['name']}分两轮收购目标公司股权：2020年9月以3,600.00万元受让30%；"
           "2022年1月18日签订协议以62,400,000.00元现金受让35%，分三笔支付（2022年1月24日18,720,000.00元、2022年2月21日31,200,000.00元、"
           "2022年3月4日12,480,000.00元），合计62,400,000.00元。2022年2月25日目标公司完成工商变更登记，变更后公司持股65%，为唯一控股股东。")
    p.para("经审计，本次（最后一轮）并购实际出资额为现金6,240.00万元。转让方与公司不存在同一控制关系。")
    p.para(firm, align="right", indent=False)
    p.para("2022年9月9日", align="right", indent=False)
    p.seal(firm)
    p.save()
    p = Pdf(x.path("工商变更登记通知书.pdf", "other"))
    p.title("登记通知书", 16)
    p.para(f"（滁）登字〔2022〕第0225-018号  {t['name']}：经审查，你单位提交的股东、章程备案等变更登记申请材料齐全，符合法定形式，"
           "我局决定准予变更登记。", indent=False)
    p.para("滁州市南谯区市场监督管理局  2022年2月25日", align="right", indent=False)
    p.seal("滁州市南谯区市场监督管理局")
    p.save()
    docx_file(x.path("目标公司章程修正案.docx", "other"), f"{t['name']}章程修正案", [
        ("p", "原章程第七条修改为：公司注册资本14,000万元。股东及出资：" + a["name"] + "出资9,100万元，占65%；滁州皖江投资控股有限公司出资2,800万元，占20%；"
         "滁州市国有资本运营有限公司出资2,100万元，占15%。"), ("r", "2022年2月18日")])
    for i, (d, amt) in enumerate([("2022-01-24", 18720000.00), ("2022-02-21", 31200000.00), ("2022-03-04", 12480000.00)], 1):
        payee = company("滁州皖江投资控股有限公司", uscc("341103", "96618204"), "", "", "徽商银行滁州分行", "1021901012000188831", "")
        add_receipt(x, f"付款凭证/股权转让款回单-{d}.pdf", a, payee, d, amt, f"股权转让款第{i}期", f"20220{i}2446610{i}")
    license_pdf(x, "营业执照副本.pdf", a, "伍亿元整", "1998年06月01日", "变压器、整流器和电感器制造；输配电及控制设备制造。")
    ma_common(x, a, rec, proj, t, "2022-11-08")
    write_expected(x, {"applicant_name": a["name"], "applicant_uscc": a["uscc"], "recommending_unit": rec,
                       "acquisition_amount": 6240.00, "control_share": 0.65}, 312.0, [],
                   "Two rounds: 30% in 2020 for 3,600; last round 35% for 6,240 cash (agreement 2022-01-18, paid in 3 receipts, "
                   "工商变更 2022-02-25). Only the last round counts: 6,240 ≥ 5,000; holding after 65% ≥ 50% and largest "
                   "(20%, 15% others). Not under common control. 5% × 6,240 = 312 (cap 2000).")


def fy10():
    x = Ctx("fy10", "merger-acquisition", False, "ineligible")
    a = company("盐城悦达智能农机有限公司", uscc("320903", "42206581"), "盐城市盐都区世纪大道1166号", "王德林",
                "江苏银行盐城分行", "14010188000172234", "马晨 13770021956")
    t = company("山东潍坊丰收农业机械有限公司", uscc("370702", "18875304"), "潍坊市潍城区北宫西街9号", "孟强",
                "中国农业银行潍坊潍城支行", "15457101040012209", "")
    rec = "盐城市工业和信息化局"
    proj = "收购山东潍坊丰收农业机械有限公司股权项目"
    application_form(x, "附件1 项目入库申报表.docx", a, rec, {
        "项目名称": proj, "被并购企业": t["name"], "并购出资额（万元）": "7,350.00（现金）", "并购后持股比例": "48%（第一大股东）",
        "股权交割日": "2021年8月10日", "工商变更日期": "2021年9月3日", "申请补助（万元）": "367.50"}, "2022-11-06")
    performance_form(x, "附件2 绩效目标申报表.docx", a, rec, proj, "2021年8月", "2021年9月",
                     [["并购出资额（万元）", "7350"], ["兼并重组完成及时率（%）", "100"]])
    docx_file(x.path("附件3 股权转让协议.docx", "contract"), "股权转让协议", [
        ("p", "转让方：孟强、李秀梅（自然人股东）"), ("p", f"受让方：{a['name']}"),
        ("p", f"第一条 转让方合计向受让方转让{t['name']}48%的股权，转让价款合计人民币柒仟叁佰伍拾万元整（7,350万元），以现金支付。"),
        ("p", "第二条 交割日为2021年8月10日。交割后目标公司股东为：受让方48%，孟强27%，潍坊市农业发展投资有限公司25%。"),
        ("p", "签订日期：2021年7月26日")])
    p = Pdf(x.path("附件4 并购出资审计报告.pdf", "audit_report"))
    p.title("专项审计报告", 16)
    p.para(f"经审计，{a['name']}于2021年8月10日以现金73,500,000.00元（大写：{daxie(73500000)}）受让{t['name']}48%股权，款项已于2021年8月9日"
           "一次性支付。2021年9月3日完成工商变更。并购完成后公司持有目标公司48%股权，为第一大股东。")
    p.para("盐城华诚会计师事务所有限公司  2022年9月20日", align="right", indent=False)
    p.seal("盐城华诚会计师事务所有限公司")
    p.save()
    p = Pdf(x.path("附件5 工商变更登记通知书.pdf", "other"))
    p.title("准予变更登记通知书", 15)
    p.para(f"{t['name']}：你公司股东变更申请材料齐全，准予变更登记。变更后股东：{a['name']}（48%）、孟强（27%）、潍坊市农业发展投资有限公司（25%）。",
           indent=False)
    p.para("潍坊市潍城区行政审批服务局  2021年9月3日", align="right", indent=False)
    p.save()
    payee = company("孟强", "", "", "", "中国农业银行潍坊潍城支行", "6228480258869910217", "")
    add_receipt(x, "附件6 付款凭证/回单.pdf", a, payee, "2021-08-09", 73500000.00, "股权转让款", "2021080914510026")
    license_scan(x, "附件7 营业执照.jpg", a, "贰亿元整", "2010年03月25日", "农业机械制造；智能农机装备研发、销售。")
    rec_letter(x, "附件8 推荐函.pdf", rec, a, proj, "2022-11-14")
    write_expected(x, {"applicant_name": a["name"], "applicant_uscc": a["uscc"], "recommending_unit": rec,
                       "acquisition_amount": 7350.00, "control_share": 0.48}, None,
                   [{"kind": "figure", "figure": "control_share"}],
                   "Category not given; the form's 项目类别 and 附件1-13 title name it. Cash 7,350 ≥ 5,000 and dated 2021-08-10 "
                   "(工商变更 2021-09-03), but after the deal the applicant holds 48%: largest shareholder yet below the guide's 50% "
                   "absolute control. 营业执照 is a SCANNED JPEG.")


# ============================================================== fy11 iiot-benchmark-factory incomplete (no acceptance opinion)
def fy11():
    x = Ctx("fy11", "iiot-benchmark-factory", True, "incomplete")
    a = company("江苏永盛化纤科技股份有限公司", uscc("320281", "60318724"), "无锡市江阴市周庄镇长寿路188号", "华建明",
                "江苏江阴农村商业银行周庄支行", "018801140008816", "夏雨 13961663105")
    rec = "无锡市工业和信息化局"
    proj = "聚酯化纤工业互联网标杆工厂提升项目"
    application_form(x, "申报表.docx", a, rec, {
        "项目名称": proj, "项目建设期": "2021年3月1日至2022年5月30日", "项目总投入（万元，不含税）": "3,425.60",
        "其中软件、系统集成、公私有云投入（万元）": "418.20", "验收情况": "已于2022年9月通过无锡市工业和信息化局组织的验收",
        "标杆工厂认定": "2020年江苏省工业互联网标杆工厂", "两化融合贯标": "AA级，已完成省两化融合贯标联盟备案审核",
        "申请补助（万元）": "342.56"}, "2022-11-09")
    performance_form(x, "绩效目标申报表（附件1-3）.docx", a, rec, proj, "2021年3月", "2022年5月",
                     [["项目总投入（万元）", "3425.60"], ["提升细分指标数（项）", "4"]])
    firm = "江阴澄信会计师事务所有限公司"
    p = Pdf(x.path("专项审计报告.pdf", "audit_report"), header=firm, footer_pages=True)
    p.title("专项审计报告", 18)
    p.para(f"我们审计了{a['name']}“{proj}”的投入。项目于2021年3月1日开工，2022年5月30日完工。项目投入（单位：万元，不含税）：")
    p.table([["类别", "金额"], ["智能设备及传感器", "2,486.70"], ["工业软件", "236.40"], ["系统集成", "121.80"], ["公有云及网络", "60.00"],
             ["安装调试", "312.50"], ["咨询设计检测", "208.20"], ["合计", "3,425.60"]], [3, 1.5], 10)
    p.para("其中软件、系统集成、公私有云投入418.20万元。", indent=True)
    p.para(firm + "  2022年8月30日", align="right", indent=False)
    p.seal(firm)
    p.save()
    designation_list_pdf(x, "标杆工厂认定名单.pdf", "2020年江苏省工业互联网标杆工厂名单", "苏工信融合〔2020〕702号",
                         "经企业申报、设区市推荐、专家评审和公示，认定以下企业为2020年江苏省工业互联网标杆工厂。",
                         fillers(28, 30, ["工业互联网标杆工厂"]), 14, (a["name"], "工业互联网标杆工厂", "无锡市"),
                         ["类别"], "江苏省工业和信息化厅", "2020-12-22")
    p = Pdf(x.path("两化融合管理体系评定证书.pdf", "designation_certificate"))
    p.title("两化融合管理体系评定证书", 16)
    p.para(f"兹证明 {a['name']} 建立的两化融合管理体系符合GB/T 23001-2017标准要求，评定等级：AA级。证书编号：AII/IMS 2021-0738  有效期至2024年10月11日。")
    p.seal("中国船级社质量认证有限公司")
    p.save()
    p = Pdf(x.path("贯标联盟备案审核名单.pdf", "other"))
    p.title("江苏省两化融合贯标联盟2021年度贯标备案审核通过企业名单（节选）", 12)
    p.table([["序号", "企业名称", "评定等级"]] + [[str(i + 1), n, "A级" if i % 3 else "AA级"] for i, (n, c) in
                                          enumerate(FILLER[:12])] + [["13", a["name"], "AA级"]], [0.6, 4, 1], 9)
    p.save()
    p = Pdf(x.path("第三方测试报告.pdf", "third_party_test_report"))
    p.title("工业互联网标杆工厂能力提升测试报告", 15)
    p.para("江苏省工业互联网测评中心  报告编号：JSIIT-2022-0451", align="center", indent=False)
    p.para(f"受{a['name']}委托，按照《江苏省工业互联网标杆工厂建设指南》对其制造系统能力、企业标杆能力、业态模式创新进行测试。与认定时相比，"
           "设备联网率由72%提升至96%，数据采集频次由分钟级提升至秒级，能耗数据覆盖率由60%提升至100%，供应链协同企业数由18家增至54家，"
           "共4项细分指标提升。测试日期：2022年7月12日至7月15日。")
    p.seal("江苏省工业互联网测评中心")
    p.save()
    filing_pdf(x, "项目备案证.pdf", a, "2021-320281-28-03-512006", proj, "江阴市周庄镇长寿路188号", "化纤车间工业互联网改造",
               "3,600万元", "2021年3月", "2021-02-03", "江阴市行政审批局")
    exemption(x, "推荐单位关于环评能评的说明.pdf", rec, a, proj, "环评和节能审查",
              "该项目为现有生产线的数字化、网络化改造，不新增产能和污染物排放，新增能耗不足500吨标准煤，", "2022-11-08")
    license_pdf(x, "营业执照.pdf", a, "陆亿元整", "2004年02月26日", "化学纤维制造；合成纤维销售。")
    rec_letter(x, "推荐函.pdf", rec, a, proj, "2022-11-15")
    credit_pledge(x, "信用承诺书.docx", a, "2022-11-09")
    write_expected(x, {"applicant_name": a["name"], "applicant_uscc": a["uscc"], "recommending_unit": rec,
                       "total_investment": 3425.60, "software_investment": 418.20, "start_date": "2021-03-01",
                       "completion_date": "2022-05-30"}, None,
                   [{"kind": "missing", "document": "acceptance_opinion"}],
                   "Figures pass (3,425.60 ≥ 3,000; software 236.40 + 121.80 + 60.00 = 418.20 ≥ 300; completed 2022-05-30; "
                   "2020 标杆工厂 list of 29; AA 贯标 and 联盟 list; third-party test report with 4 indicators). But the guide requires "
                   "an 验收意见 issued by the recommending unit; the form only claims '已于2022年9月通过验收' and no opinion is in "
                   "the packet. Incomplete.")


# ============================================================== fy12 industrial-foundation eligible (under way)
def fy12():
    x = Ctx("fy12", "industrial-foundation", True, "eligible")
    a = company("徐州博宇精密轴承有限公司", uscc("320321", "50927813"), "徐州市丰县经济开发区工业大道6号", "韩立军",
                "中国建设银行丰县支行", "32050172614409001156", "崔敏 15252033918")
    rec = "徐州市工业和信息化局"
    proj = "高速精密机床主轴轴承产业化项目"
    application_form(x, "01 项目入库申报表.docx", a, rec, {
        "项目名称": proj, "项目代码": "2022-320321-34-03-208816", "建设地点": "丰县经济开发区工业大道6号",
        "计划总投资（万元）": "7,860.00",
        "其中：土建（万元）": "1,320.00", "铺底流动资金（万元）": "400.00",
        "项目总投入（万元，不含土建和铺底流动资金，不含税）": "6,140.00",
        "开工时间": "2022年3月15日", "计划竣工时间": "2023年10月31日", "目前进展": "主体设备已陆续到货安装，截至2022年10月底已完成投入2,684.30万元",
        "申请补助（万元）": "614.00"}, "2022-11-10")
    performance_form(x, "02 绩效目标申报表.pdf", a, rec, proj, "2022年3月", "2023年10月",
                     [["项目总投入（万元）", "6140"], ["新增产能（万套/年）", "45"]], pdf=True)
    docx_file(x.path("03 项目资金申请报告.docx", "other"), "项目资金申请报告", [
        ("h", "一、项目概况"),
        ("p", "项目面向数控机床主轴用P4级以上高速精密角接触球轴承，建设精密磨削、超精研、装配检测生产线各一条，形成年产45万套能力。"),
        ("h", "二、投资构成"),
        ("t", [["序号", "内容", "金额（万元）"], ["1", "生产及检测设备购置", "5,236.50"], ["2", "软件及系统集成", "418.00"],
               ["3", "安装调试", "240.00"], ["4", "检验检测", "185.50"], ["5", "专利及技术许可", "60.00"],
               ["", "项目总投入小计", "6,140.00"], ["6", "土建工程", "1,320.00"], ["7", "铺底流动资金", "400.00"],
               ["", "计划总投资", "7,860.00"]]),
        ("p", "项目列入2022年徐州市重大产业项目清单。")])
    filing_pdf(x, "04 手续/备案证.pdf", a, "2022-320321-34-03-208816", proj, "丰县经济开发区工业大道6号",
               "新建精密轴承生产线3条，购置设备216台（套）", "7,860万元", "2022年3月", "2022-01-21", "丰县行政审批局")
    approval_pdf(x, "04 手续/环评批复.pdf", "eia_approval", "徐州市丰县生态环境局", "丰环项表〔2022〕19号",
                 f"关于{a['name']}{proj}环境影响报告表的批复", "同意该项目建设。", "2022-02-25")
    approval_pdf(x, "04 手续/节能审查意见.pdf", "energy_review", "丰县发展和改革委员会", "丰发改能审〔2022〕9号",
                 f"关于{a['name']}{proj}节能报告的审查意见", "原则同意该项目节能报告。", "2022-02-28")
    # scanned 开工证明 (image-only PDF)
    L = [("开 工 证 明", 48, "center"), ("", 20, "left"),
         ("省工业和信息化厅：", 30, "left"),
         (f"{a['name']}“{proj}”（项目代码2022-320321-34-03-208816）已于2022年1月21日完成备案，2022年2月25日取得环评批复，"
          "并于2022年3月15日正式开工建设。经我局现场核查，项目厂房改造已完成，主要设备正在安装调试，尚未竣工，计划于2023年10月31日建成投产。", 30, "left"),
         ("特此证明。", 30, "left"), ("", 50, "left"),
         ("丰县工业和信息化局", 30, "right"), ("2022年11月4日", 30, "right")]
    image_pdf(x.path("04 手续/开工证明（扫描件）.pdf", "construction_start_certificate"),
              [scan_page(L, x.seed + 9, seal="丰县工业和信息化局")])
    license_pdf(x, "05 营业执照.pdf", a, "壹亿元整", "2012年09月03日", "轴承、齿轮和传动部件制造；轴承销售。")
    rec_letter(x, "06 推荐函.pdf", rec, a, proj, "2022-11-16")
    credit_pledge(x, "07 信用承诺书.docx", a, "2022-11-10")
    add_invoice(x, "08 投入凭证/发票-数控磨床.pdf", a, S_EQ1, "3200221130", "06120935", "2022-05-20",
                [("*通用设备*数控内圆磨床", "3MK2120", "台", 6, 7320000.00, 0.13)])
    add_invoice(x, "08 投入凭证/发票-超精机.pdf", a, S_EQ2, None, "22322000000087461203", "2022-08-11",
                [("*通用设备*轴承套圈超精研机", "3MZ3310", "台", 4, 2680000.00, 0.13)], electronic=True)
    add_receipt(x, "08 投入凭证/回单-磨床.pdf", a, S_EQ1, "2022-05-27", 8271600.00, "设备款", "2022052733018874")
    write_expected(x, {"applicant_name": a["name"], "applicant_uscc": a["uscc"], "recommending_unit": rec,
                       "total_investment": 6140.00, "start_date": "2022-03-15", "completion_date": "2023-10-31",
                       "invoice_total": round((7320000 + 2680000) / 10000, 6), "invoice_count": 2}, 614.0, [],
                   "产业基础再造 (precision bearings). Planned 7,860 − 土建 1,320 − 铺底 400 = 6,140 ≥ 5,000 (basis, not the "
                   "2,684.30 invested so far). Started 2022-03-15, not completed (planned 2023-10-31). 开工证明 by the county "
                   "工信局 is an image-only PDF SCAN quoting filing/EIA dates. 备案/环评/能评 present. 10% × 6,140 = 614 (cap 4000).")


def main():
    for d in (PK, EX):
        if d.exists():
            shutil.rmtree(d)
    for f in (fy01, fy02, fy03, fy04, fy05, fy06, fy07, fy08, fy09, fy10, fy11, fy12):
        f()


if __name__ == "__main__":
    main()
