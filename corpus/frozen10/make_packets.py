#!/usr/bin/env python3
"""Generate the frozen10 blind packets q01-q12 and their expected results (deterministic).

    /work/main/.venv/bin/python corpus/frozen10/make_packets.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import lib10 as L  # noqa: E402
from lib10 import Pdf, yuan, daxie, cn_date  # noqa: E402

PK = HERE / "packets"
EX = HERE / "expected"

# ------------------------------------------------------------------ independent USCC check (GB 32100-2015)
_C = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(code: str) -> bool:
    if len(code) != 18:
        return False
    # organisation code (GB 11714) check digit, chars 9..17
    oc = code[8:17]
    vals = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in oc[:8]]
    c = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    if oc[8] != ("X" if c == 10 else "0" if c == 11 else str(c)):
        return False
    s = sum(_C.index(ch) * w for ch, w in zip(code[:17], _W))
    return code[17] == _C[(31 - s % 31) % 31]


class Packet:
    def __init__(self, pid):
        self.pid = pid
        self.dir = PK / pid
        self.docs = {}

    def p(self, rel: str, kind: str) -> Path:
        self.docs[rel] = kind
        path = self.dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def expected(self, category, given, outcome, figures, subsidy, reasons, notes):
        for k in ("applicant_uscc",):
            if k in figures:
                assert uscc_ok(figures[k]), figures[k]
        d = {"id": self.pid, "category": category, "given_category": category if given else None, "outcome": outcome,
             "figures": figures, "max_subsidy_wan": subsidy, "reasons": reasons, "notes": notes,
             "documents": dict(sorted(self.docs.items()))}
        EX.mkdir(parents=True, exist_ok=True)
        (EX / f"{self.pid}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")


# ------------------------------------------------------------------ common documents
def form_docx(path, title, rows, before=(), after=(), merges=None):
    """A Word form: label/value rows in a grid (2 or 4 columns); unsealed as such forms are."""
    blocks = [("p", t) for t in before]
    ncol = max(len(r) for r in rows)
    full = []
    mg = []
    for i, r in enumerate(rows):
        if len(r) < ncol:
            mg.append((i, len(r) - 1, i, ncol - 1))
            r = list(r) + [None] * (ncol - len(r))
        full.append(list(r))
    blocks.append(("tm", full, mg + list(merges or [])))
    blocks += [("p", t) for t in after]
    L.docx_rich(path, title, blocks)


def perf_docx(path, annex, title, name, rec, app, start, end, goal, ind, personal=()):
    """附件1-N 绩效目标申报表 as the applicant fills it in Word."""
    rows = [["项目名称", name, None, None], ["项目推荐单位", rec, "项目承担单位", app],
            ["项目开始时间", start, "项目结束时间", end], ["总体目标", goal, None, None],
            ["一级指标", "二级指标", "三级指标", "指标值"]]
    mg = [(0, 1, 0, 3), (3, 1, 3, 3)]
    for a, b, c, v in ind:
        rows.append([a, b, c, v])
    for c, v in personal:
        rows.append(["个性指标", "", c, v])
    L.docx_rich(path, None, [("p", f"附件{annex}"), ("c", title), ("c", "（2023年度）"), ("tm", rows, mg)])


def letter(path, title, paras, sign, date, seal=True, docno=None, to=None, header=None, sealtext=None, tail=()):
    p = Pdf(path, header=header)
    if docno:
        p.para(docno, 10.5, indent=False, align="center")
        p.gap(4)
    p.title(title, 16)
    p.gap(4)
    if to:
        p.para(to, 11.5, indent=False)
    for t in paras:
        if isinstance(t, list):
            p.table(t[1:], t[0], 9.5)
        else:
            p.para(t, 11.5)
    p.gap(24)
    p.para(sign, 11.5, indent=False, align="right")
    p.para(date, 11.5, indent=False, align="right")
    if seal:
        p.seal(sealtext or sign, x=p.right - 70, y=p.y + 30)
    for t in tail:
        p.para(t, 9.5, indent=False)
    p.save()


def license_image(seed, name, code, kind, rep, capital, found, addr, scope, issuer, typ="有限责任公司", date="2021年06月18日",
                  label="营业执照", extra=()):
    lines = [(label, 64, "center"), ("（副        本）", 28, "center"), "",
             (f"统一社会信用代码  {code}", 28, "left"), "",
             (f"名        称  {name}", 28, "left"), (f"类        型  {typ}", 28, "left"),
             (f"{'法定代表人' if kind == 'corp' else '负  责  人'}  {rep}", 28, "left")]
    if capital:
        lines.append((f"注 册 资 本  {capital}", 28, "left"))
    lines += [(f"成 立 日 期  {found}", 28, "left"), (f"住        所  {addr}", 28, "left"),
              (f"经 营 范 围  {scope}", 26, "left")] + list(extra) + ["", "", (f"登记机关  {issuer}", 28, "right"),
                                                                        (date, 28, "right")]
    return L.scan_page(lines, seed, seal=issuer, border=True)


def invoice_entity(name, code, addr, bank):
    return (name, code, addr, bank)


def contract_docx(path, title, no, buyer, seller, subject_rows, total_incl, sign_date, extra=()):
    rows = [["序号", "名称", "规格型号", "数量", "金额（元，含税）"]]
    for i, r in enumerate(subject_rows, 1):
        rows.append([str(i)] + list(r))
    rows.append(["合计", "", "", "", yuan(total_incl)])
    L.docx_file(path, title, [
        ("r", f"合同编号：{no}"),
        ("p", f"甲方（买方）：{buyer}"), ("p", f"乙方（卖方）：{seller}"),
        ("p", "根据《中华人民共和国民法典》及相关法律法规，甲乙双方经友好协商，就下列标的达成如下协议："),
        ("h", "一、合同标的及价款"), ("t", rows),
        ("p", f"合同总价（含税）：人民币{daxie(total_incl)}（¥{yuan(total_incl)}）。"),
        *[("p", t) for t in extra],
        ("h", "二、交付与验收"), ("p", "乙方应按甲方书面通知的时间将标的交付至甲方指定地点，安装调试完毕后由甲方组织验收。"),
        ("h", "三、付款方式"), ("p", "合同签订后支付30%预付款，到货验收合格后支付60%，余款10%作为质保金于质保期满后支付。"),
        ("p", "本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。"),
        ("p", f"甲方（盖章）：{buyer}                乙方（盖章）：{seller}"),
        ("p", f"签订日期：{cn_date(sign_date)}"),
    ])


def wan(v):
    return f"{v:,.2f}"


BANKS = {
    "icbc": "中国工商银行", "boc": "中国银行", "abc": "中国农业银行", "ccb": "中国建设银行", "jsb": "江苏银行",
}


# ================================================================== q01 smart-factory, eligible
def q01():
    k = Packet("q01")
    app = "江苏澄宇精工科技股份有限公司"
    code = L.uscc("320281", "60827413")
    rec = "无锡市工业和信息化局"
    name = "高精密轴承套圈智能制造示范工厂建设项目"
    buyer = (app, code, "江阴市璜土镇澄宇路18号 0510-86217730", "中国工商银行江阴璜土支行 1103028109000126633")
    s1 = ("上海栈桥工业软件有限公司", L.uscc("310115", "35081276"), "上海市浦东新区张衡路1000弄6号 021-50276631", "招商银行上海张江支行 121935610710802")
    s2 = ("深圳市恒麦自动化设备有限公司", L.uscc("440300", "59431028"), "深圳市宝安区新桥街道新发东路9号 0755-27093318", "中国银行深圳新桥支行 757968231040")
    s3 = ("上海云栈信息技术有限公司", L.uscc("310104", "32610857"), "上海市徐汇区宜山路700号 021-64870215", "交通银行上海漕河泾支行 310066726018800492817")
    # ---- invoices: three 数电票 as the XML files downloaded from the platform, plus the PDF of one of them printed again
    inv = [
        ("发票/24312000000012785301.xml", "24312000000012785301", "2022-03-16", s1,
         [("*软件*轴承制造执行系统MES", "V3.2", "套", 1, 1286000.00, 0.13)], "合同号CY-2021-MES-07"),
        ("发票/24442000000031650729.xml", "24442000000031650729", "2022-04-22", s2,
         [("*机床*数控内圆磨床", "MK2120-CNC", "台", 2, 3240000.00, 0.13)], "合同号CY-2021-EQ-15"),
        ("发票/24312000000040286115.xml", "24312000000040286115", "2022-05-30", s3,
         [("*信息技术服务*私有云平台部署服务", "", "项", 1, 413000.00, 0.06)], "合同号CY-2022-YUN-02"),
    ]
    for rel, no, d, s, items, rm in inv:
        L.xml_einvoice(k.p(rel, "invoice"), number=no, date=d, buyer=buyer, seller=s, items=items, remark=rm)
    L.einvoice2_pdf(k.p("发票/磨床发票打印件.pdf", "invoice"), number="24442000000031650729", date="2022-04-22",
                    buyer=buyer, seller=s2, items=[("*机床*数控内圆磨床", "MK2120-CNC", "台", 2, 3240000.00, 0.13)],
                    remark="合同号CY-2021-EQ-15")
    contract_docx(k.p("合同/MES软件采购合同.docx", "contract"), "软件采购及实施合同", "CY-2021-MES-07", app, s1[0],
                  [("轴承制造执行系统MES（含实施）", "V3.2", "1套", yuan(1286000 * 1.13))], 1286000 * 1.13, "2021-06-18")
    contract_docx(k.p("合同/磨床采购合同.docx", "contract"), "设备采购合同", "CY-2021-EQ-15", app, s2[0],
                  [("数控内圆磨床", "MK2120-CNC", "2台", yuan(3240000 * 1.13))], 3240000 * 1.13, "2021-09-02")
    L.receipts_batch_pdf(k.p("付款凭证/工行回单（批量打印）.pdf", "payment_voucher"), "中国工商银行", [
        {"no": "0510220318004417", "payer": (app, "1103028109000126633", "中国工商银行江阴璜土支行"),
         "payee": (s1[0], "121935610710802", "招商银行上海张江支行"), "amount": 1286000 * 1.13 * 0.9,
         "memo": "MES系统款（CY-2021-MES-07）", "date": "2022-03-18", "serial": "HZ2203180441701"},
        {"no": "0510220426009127", "payer": (app, "1103028109000126633", "中国工商银行江阴璜土支行"),
         "payee": (s2[0], "757968231040", "中国银行深圳新桥支行"), "amount": 3240000 * 1.13 * 0.6,
         "memo": "磨床到货款", "date": "2022-04-26", "serial": "HZ2204260912702"},
        {"no": "0510220602001863", "payer": (app, "1103028109000126633", "中国工商银行江阴璜土支行"),
         "payee": (s3[0], "310066726018800492817", "交通银行上海漕河泾支行"), "amount": 413000 * 1.06,
         "memo": "私有云部署服务费", "date": "2022-06-02", "serial": "HZ2206020186303"},
    ])
    # ---- 专项审计报告 (Word → PDF), amounts in 元, 土建 excluded in words
    rows = [("数控内圆磨床等加工设备", "设备", 18652000.00), ("套圈自动上下料桁架及AGV", "设备", 6138400.00),
            ("在线测量及视觉检测系统", "设备", 4325800.00), ("立体仓库及物流输送线", "设备", 4796000.00),
            ("工业软件（MES、APS、QMS许可）", "软件", 1864000.00), ("系统集成及实施服务", "软件", 986000.00),
            ("私有云平台及部署", "软件", 413000.00), ("网络及安全设备", "设备", 786000.00),
            ("安装调试、设计咨询及检测费", "其他", 784000.00)]
    tot = sum(r[2] for r in rows)
    assert round(tot, 2) == 38745200.00, tot
    sw = 1864000 + 986000 + 413000
    p = Pdf(k.p("专项审计报告.pdf", "audit_report"), header="锡诚会计师事务所（特殊普通合伙）", footer_pages=True)
    p.para("锡诚专审字〔2022〕第0917号", 10.5, indent=False, align="center")
    p.title("关于江苏澄宇精工科技股份有限公司", 15, 4)
    p.title("高精密轴承套圈智能制造示范工厂建设项目投入情况的专项审计报告", 14)
    p.para(f"{app}全体股东：", 11, indent=False)
    p.para("我们接受委托，对贵公司高精密轴承套圈智能制造示范工厂建设项目（以下简称“该项目”）自2019年7月1日开工至"
           "2022年6月30日完工期间的投入情况进行了专项审计。贵公司管理层对所提供资料的真实性、完整性负责，我们的责任是在"
           "执行审计工作的基础上发表专项审计意见。")
    p.para("一、项目基本情况", 11.5, indent=False)
    p.para("该项目于2019年7月1日开工建设，2022年6月30日全部完工并投入使用，实施周期三年。项目对原有磨加工、装配车间实施"
           "智能化改造，新建套圈磨加工智能产线6条，部署MES、APS、QMS等工业软件及私有云平台。")
    p.para("二、项目投入审计情况", 11.5, indent=False)
    p.para(f"经审计，截至2022年6月30日，该项目累计支出人民币43,865,200.00元，其中厂房改造及设备基础等土建工程支出"
           f"5,120,000.00元，按照申报指南要求不计入项目总投入。扣除土建后，项目总投入（不含税）为人民币{yuan(tot)}元"
           f"（大写：{daxie(tot)}），其中软件、系统集成及私有云投入{yuan(sw)}元。明细如下：")
    p.table([["序号", "投入内容", "类别", "不含税金额（元）"]] +
            [[str(i), r[0], r[1], yuan(r[2])] for i, r in enumerate(rows, 1)] +
            [["", "合计", "", yuan(tot)]], [0.6, 4, 1, 2], 9.5)
    p.para("注：上表金额均不含增值税进项税额；土建工程支出未列入上表。", 9.5, indent=False)
    p.para("三、审计意见", 11.5, indent=False)
    p.para("我们认为，贵公司提供的项目投入资料在所有重大方面真实、完整地反映了该项目的实际投入情况。")
    p.gap(20)
    p.para("锡诚会计师事务所（特殊普通合伙）      中国注册会计师：钱雨辰  蒋立波", 10.5, indent=False, align="right")
    p.para("二〇二二年八月二十六日", 10.5, indent=False, align="right")
    p.seal("锡诚会计师事务所（特殊普通合伙）", x=p.right - 90, y=p.y + 34)
    p.save()
    # ---- forms
    form_docx(k.p("1-项目入库申报表.docx", "application_form"), "2023年度江苏省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", name], ["项目类别", "智能化改造数字化转型—标杆示范项目—智能制造示范工厂项目"],
        ["项目承担单位", app], ["统一社会信用代码", code], ["项目推荐单位", rec],
        ["示范工厂认定情况", "2021年江苏省智能制造示范工厂（苏工信装备〔2021〕512号）"],
        ["项目开工时间", "2019年7月1日"], ["项目完工时间", "2022年6月30日"],
        ["项目验收情况", "2022年9月15日通过无锡市工业和信息化局组织的验收"],
        ["项目总投入（万元，不含税）", "3874.52"], ["其中：软件、系统集成、公私有云投入（万元）", "326.30"],
        ["申请补助资金（万元）", "387.45"],
        ["项目联系人及电话", "沈佳怡 0510-86217731"]])
    perf_docx(k.p("2-绩效目标申报表（附件1-2）.docx", "performance_form"), "1-2", "智能制造示范工厂项目绩效目标申报表",
              name, rec, app, "2019年7月", "2022年6月", "建成轴承套圈磨加工智能制造示范工厂，生产效率提高30%以上。",
              [("产出指标", "数量指标", "生产效率提高率（%）", "32"), ("产出指标", "质量指标", "产品合格率（%）", "99.6"),
               ("产出指标", "时效指标", "项目进度完成及时率（%）", "100"),
               ("效益指标", "经济效益", "项目总投入（万元）", "3874.52"), ("效益指标", "经济效益", "主营业务收入（万元）", "68420"),
               ("效益指标", "社会效益", "形成智能制造示范应用场景数量（个）", "9")])
    letter(k.p("3-项目备案证.pdf", "project_filing"), "江苏省投资项目备案证",
           [[[1.4, 4], ["备案证号", "澄行审备〔2019〕318号"], ["项目代码", "2019-320281-34-03-541276"], ["项目名称", name],
             ["项目法人单位", app], ["建设地点", "江阴市璜土镇澄宇路18号"],
             ["建设规模及内容", "对现有磨加工、装配车间实施智能化改造，新增数控磨床、自动上下料、在线检测、立体仓库等设备，部署MES等工业软件。"],
             ["项目总投资", "4500万元（其中设备及软件投资3900万元）"], ["计划开工时间", "2019年7月"]],
            "本项目已予备案。备案后项目法人、建设地点、建设规模和内容发生重大变化的，应及时告知备案机关。"],
           "江阴市行政审批局", "2019年6月12日")
    letter(k.p("4-环评登记表备案回执.pdf", "eia_approval"), "建设项目环境影响登记表备案回执",
           [f"{app}：", f"你单位“{name}”建设项目环境影响登记表已于2019年6月20日在建设项目环境影响登记表备案系统完成备案，"
            "备案号：201932028100000417。", "项目建设单位应严格执行环境保护“三同时”制度。"],
           "无锡市江阴生态环境局", "2019年6月20日")
    letter(k.p("5-节能审查意见.pdf", "energy_review"), "关于高精密轴承套圈智能制造示范工厂建设项目节能报告的审查意见",
           ["江阴市行政审批局根据《固定资产投资项目节能审查办法》，对该项目节能报告进行了审查。项目年综合能源消费量"
            "（当量值）1,286吨标准煤，能效水平达到国内先进，原则同意该项目节能报告。"],
           "江阴市行政审批局", "2019年7月8日", docno="澄行审能〔2019〕46号")
    letter(k.p("6-2021年省智能制造示范工厂名单（摘录）.pdf", "designation_certificate"),
           "省工业和信息化厅关于公布2021年江苏省智能制造示范工厂名单的通知",
           ["各设区市工业和信息化局：", "经企业申报、地方推荐、专家评审和网上公示，现将2021年江苏省智能制造示范工厂名单予以公布。",
            [[0.6, 3.2, 3.2, 1.2], ["序号", "企业名称", "示范工厂名称", "地区"],
             ["1", "江苏苏辰电气股份有限公司", "智能配电设备示范工厂", "南京"],
             ["2", "无锡锦岚纺织科技有限公司", "高端面料智能制造示范工厂", "无锡"],
             ["3", app, "高精密轴承套圈智能制造示范工厂", "无锡"],
             ["4", "徐州澜涛机械制造有限公司", "工程机械结构件示范工厂", "徐州"],
             ["5", "常州泓益新材料有限公司", "锂电隔膜智能制造示范工厂", "常州"]]],
           "江苏省工业和信息化厅", "2021年12月20日", docno="苏工信装备〔2021〕512号")
    letter(k.p("7-项目验收意见.pdf", "acceptance_opinion"), "高精密轴承套圈智能制造示范工厂建设项目验收意见",
           ["2022年9月15日，无锡市工业和信息化局组织专家对江苏澄宇精工科技股份有限公司高精密轴承套圈智能制造示范工厂建设项目"
            "进行了验收。专家组听取了项目建设情况汇报，查看了现场，审阅了相关资料，经质询讨论，形成验收意见如下：",
            "一、项目于2019年7月开工，2022年6月30日完成全部建设内容，实施周期三年，完成了备案的建设内容。",
            "二、项目总投入3,874.52万元（不含税），其中软件、系统集成及私有云投入326.30万元。",
            "三、项目建成套圈磨加工智能产线6条，生产效率提高32%，产品不良品率下降41%。",
            "验收组同意该项目通过验收。", "专家组组长：许文杰（签字）"],
           rec, "2022年9月15日")
    L.scan_pdf(k.p("8-营业执照.pdf", "business_license"), [license_image(101, app, code, "corp", "顾志成", "壹亿贰仟陆佰万元整",
               "2004年03月22日", "江阴市璜土镇澄宇路18号", "轴承及轴承套圈制造、销售；机械零部件加工；自营和代理各类商品及技术的进出口业务。",
               "无锡市行政审批局", typ="股份有限公司（非上市）")])
    letter(k.p("9-推荐函.pdf", "other"), "关于推荐江苏澄宇精工科技股份有限公司申报2023年度省工业和信息产业转型升级专项资金项目的函",
           ["省工业和信息化厅：", f"经审核，我局同意推荐{app}“{name}”申报2023年度省工业和信息产业转型升级专项资金智能制造示范工厂项目。"
            "该项目申报材料真实，符合申报条件。"], rec, "2022年12月5日", docno="锡工信函〔2022〕211号")
    inv_total = (1286000 + 3240000 + 413000) / 10000
    k.expected("smart-factory", True, "eligible", {
        "applicant_name": app, "applicant_uscc": code, "recommending_unit": rec,
        "total_investment": 3874.52, "software_investment": 326.30, "start_date": "2019-07-01",
        "completion_date": "2022-06-30", "acceptance_date": "2022-09-15",
        "invoice_total": inv_total, "invoice_count": 3}, 387.452, [],
        "Two boundaries met exactly: completed on 2022-06-30 (last day of the window, 含) after a cycle of exactly three years "
        "(2019-07-01 → 2022-06-30, 不超过3年). Audit in 元: 43,865,200 − 土建 5,120,000 = 38,745,200 (3,874.52); software "
        "1,864,000 + 986,000 + 413,000 = 326.30 ≥ 300. Invoices are three 数电票 XML files plus a PDF print of one of them "
        "(same 20-digit number) → 3 distinct, 493.90 tax excluded. 10% = 387.452 (cap 2000).")


# ================================================================== q02 green-upgrade, eligible
def q02():
    k = Packet("q02")
    app = "江苏瀚沣化纤有限公司"
    code = L.uscc("320982", "77315820")
    rec = "盐城市工业和信息化局"
    name = "聚酯熔体直纺余热梯级回收及节能改造项目"
    buyer = (app, code, "盐城市大丰区经济开发区港城路66号 0515-83216618", "江苏银行大丰支行 30480188000062117")
    sA = ("上海绿焓节能设备有限公司", L.uscc("310117", "52063184"), "上海市松江区九亭镇涞寅路1888号 021-57634120", "中国建设银行上海九亭支行 31050174360000003318")
    sB = ("无锡赛沃锅炉股份有限公司", L.uscc("320214", "13806275"), "无锡市新吴区锡兴路29号 0510-85318872", "中国工商银行无锡新区支行 1103021709000388215")
    sC = ("深圳市能策智控科技有限公司", L.uscc("440305", "34917026"), "深圳市南山区粤海街道科技园中区M-6栋 0755-86530297", "招商银行深圳科技园支行 755936028410901")
    # invoices by the cutoff: OFD 数电票, paper 专票, 数电票 PDF; one more paper 专票 after the cutoff
    t1 = L.ofd_einvoice(k.p("发票/2022-04-19_上海绿焓_板式换热机组.ofd", "invoice"), number="22312000000071904326", date="2022-04-19",
                        buyer=buyer, seller=sA, items=[("*通用设备*板式换热机组", "BRH-0.6", "套", 4, 2860000.00, 0.13)])
    t2 = L.boxed_invoice2_pdf(k.p("发票/2022-05-27_无锡赛沃_3200068140_05518327.pdf", "invoice"), code="3200068140", number="05518327",
                              date="2022-05-27", buyer=buyer, seller=sB, items=[("*锅炉*余热锅炉", "YR-12/1.6", "台", 2, 2412000.00, 0.13)],
                              remark="合同号HF-JN-2022-03")
    t3 = L.einvoice2_pdf(k.p("发票/2022-06-23_深圳能策_能源管理系统.pdf", "invoice"), number="22442000000095563018", date="2022-06-23",
                         buyer=buyer, seller=sC, items=[("*软件*能源管控平台软件", "EMS V5.0", "套", 1, 621000.00, 0.13)])
    t4 = L.boxed_invoice2_pdf(k.p("发票/2022-08-12_无锡赛沃_3200068140_06120954.pdf", "invoice"), code="3200068140", number="06120954",
                              date="2022-08-12", buyer=buyer, seller=sB, items=[("*锅炉*余热锅炉配套汽包", "QB-2.5", "台", 2, 312000.00, 0.13)],
                              remark="合同号HF-JN-2022-03")
    cut = 2860000 + 2412000 + 621000
    assert cut == 5893000
    contract_docx(k.p("合同/换热机组采购合同.docx", "contract"), "设备采购合同", "HF-JN-2022-01", app, sA[0],
                  [("板式换热机组", "BRH-0.6", "4套", yuan(2860000 * 1.13))], 2860000 * 1.13, "2022-03-28")
    contract_docx(k.p("合同/余热锅炉采购合同.docx", "contract"), "设备采购合同", "HF-JN-2022-03", app, sB[0],
                  [("余热锅炉", "YR-12/1.6", "2台", yuan(2412000 * 1.13)), ("配套汽包", "QB-2.5", "2台", yuan(312000 * 1.13))],
                  (2412000 + 312000) * 1.13, "2022-04-06")
    contract_docx(k.p("合同/能源管控平台合同.docx", "contract"), "软件购销合同", "HF-JN-2022-05", app, sC[0],
                  [("能源管控平台软件", "EMS V5.0", "1套", yuan(621000 * 1.13))], 621000 * 1.13, "2022-05-10")
    for rel, no, d, payee, amt, memo in [
            ("付款凭证/江苏银行回单20220425.pdf", "JS0425170318", "2022-04-25", (sA[0], "31050174360000003318", "中国建设银行上海九亭支行"), 2860000 * 1.13, "换热机组货款"),
            ("付款凭证/江苏银行回单20220530.pdf", "JS0530096441", "2022-05-30", (sB[0], "1103021709000388215", "中国工商银行无锡新区支行"), 2412000 * 1.13, "余热锅炉货款"),
            ("付款凭证/江苏银行回单20220628.pdf", "JS0628114702", "2022-06-28", (sC[0], "755936028410901", "招商银行深圳科技园支行"), 621000 * 1.13, "能源管控平台软件款")]:
        L.receipt_pdf(k.p(rel, "payment_voucher"), bank="江苏银行", no=no, date=d, payer=(app, "30480188000062117", "江苏银行大丰支行"),
                      payee=payee, amount=amt, memo=memo)
    # audit of the investment to 2022-06-30
    p = Pdf(k.p("截至2022年6月30日项目投入专项审计报告.pdf", "audit_report"), header="盐城瑞信会计师事务所有限公司", footer_pages=True)
    p.para("盐瑞专审〔2022〕第186号", 10.5, indent=False, align="center")
    p.title("专项审计报告", 16)
    p.para(f"{app}：", 11, indent=False)
    p.para(f"我们接受委托，对贵公司“{name}”截至2022年6月30日的投入情况进行了专项审计，审计依据为相关合同、发票及银行付款凭证。")
    p.para("一、项目概况", 11.5, indent=False)
    p.para("项目于2022年3月15日开工，计划总投资3,520.00万元，其中设备购置及安装2,702.50万元，能源管控软件及系统集成244.00万元，"
           "土建工程410.00万元，铺底流动资金163.50万元。项目计划于2024年6月底建成。")
    p.para("二、截至2022年6月30日投入情况", 11.5, indent=False)
    p.table([["序号", "合同编号", "供应商", "合同金额（含税）", "已开票金额（不含税）", "已付款", "开票日期"],
             ["1", "HF-JN-2022-01", sA[0], yuan(2860000 * 1.13), yuan(2860000), yuan(2860000 * 1.13), "2022-04-19"],
             ["2", "HF-JN-2022-03", sB[0], yuan(2724000 * 1.13), yuan(2412000), yuan(2412000 * 1.13), "2022-05-27"],
             ["3", "HF-JN-2022-05", sC[0], yuan(621000 * 1.13), yuan(621000), yuan(621000 * 1.13), "2022-06-23"],
             ["", "合计", "", yuan((2860000 + 2724000 + 621000) * 1.13), yuan(cut), yuan(cut * 1.13), ""]],
            [0.5, 1.6, 2.6, 1.6, 1.6, 1.6, 1.2], 8)
    p.para(f"经审计，截至2022年6月30日，项目已投入（不含税）人民币{yuan(cut)}元（大写：{daxie(cut)}），已取得合同、发票及银行付款凭证。"
           "项目总投入（不含税，不含土建工程及铺底流动资金）为2,946.50万元，截至2022年6月30日已投入占项目总投入的20.00%。")
    p.para("三、其他事项", 11.5, indent=False)
    p.para("合同HF-JN-2022-03项下配套汽包于2022年8月12日开票，金额312,000.00元（不含税），不属于截至2022年6月30日的投入。")
    p.gap(18)
    p.para("盐城瑞信会计师事务所有限公司    中国注册会计师：葛春梅  陶立新", 10.5, indent=False, align="right")
    p.para("2022年9月20日", 10.5, indent=False, align="right")
    p.seal("盐城瑞信会计师事务所有限公司", x=p.right - 90, y=p.y + 34)
    p.save()
    form_docx(k.p("附件1 项目入库申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金入库项目申报表", [
        ["项目名称", name], ["申报类别", "绿色化改造提升—绿色化改造升级项目（节能技改）"],
        ["申报单位", app], ["统一社会信用代码", code], ["推荐单位", rec],
        ["项目总投资（万元）", "3520.00（其中：土建410.00，铺底流动资金163.50）"],
        ["项目总投入（万元，不含税、土建及铺底流动资金）", "2946.50"],
        ["截至2022年6月30日已投入（万元）", "589.30（占项目总投入20.00%）"],
        ["开工时间", "2022年3月15日"], ["计划建成时间", "2024年6月底"],
        ["项目手续", "备案：大行审备〔2022〕76号；环评：盐环审（大）〔2022〕31号；节能审查：盐行审能〔2022〕18号"],
        ["申请补助（万元）", "589.30"]])
    perf_docx(k.p("附件2 绩效目标申报表（附件1-18）.docx", "performance_form"), "1-18", "绿色化改造升级项目绩效目标申报表",
              name, rec, app, "2022年3月", "2024年6月", "回收熔体直纺工段余热，年节约标准煤6,800吨。",
              [("产出指标", "节能技改或能效提升改造项目", "节能量（吨标准煤）", "6800"),
               ("效益指标", "经济效益", "项目总投入（万元）", "2946.50"), ("效益指标", "经济效益", "主营业务收入（万元）", "186300")])
    letter(k.p("附件3 江苏省投资项目备案证.pdf", "project_filing"), "江苏省投资项目备案证",
           [[[1.4, 4], ["备案证号", "大行审备〔2022〕76号"], ["项目代码", "2022-320982-28-03-518840"], ["项目名称", name],
             ["项目法人单位", app], ["建设地点", "盐城市大丰区经济开发区港城路66号"],
             ["主要建设内容", "新增板式换热机组、余热锅炉、能源管控平台等，对熔体直纺工段余热实施梯级回收利用。"],
             ["总投资", "3520万元"], ["建设起止年限", "2022年3月至2024年6月"]]],
           "盐城市大丰区行政审批局", "2022年3月2日")
    letter(k.p("附件4 环评批复.pdf", "eia_approval"), "关于江苏瀚沣化纤有限公司聚酯熔体直纺余热梯级回收及节能改造项目环境影响报告表的批复",
           [f"{app}：", "你公司报送的项目环境影响报告表收悉。经研究，在落实报告表提出的各项污染防治措施的前提下，同意项目建设。"],
           "盐城市大丰生态环境局", "2022年3月10日", docno="盐环审（大）〔2022〕31号")
    letter(k.p("附件5 节能审查意见.pdf", "energy_review"), "关于聚酯熔体直纺余热梯级回收及节能改造项目节能报告的审查意见",
           ["项目建成后年节约标准煤约6,800吨，原则同意该项目节能报告。"], "盐城市行政审批局", "2022年3月11日", docno="盐行审能〔2022〕18号")
    L.save_jpeg(k.p("附件6 营业执照.jpg", "business_license"), L.photo(license_image(202, app, code, "corp", "陆海峰", "叁亿元整",
                "2009年08月14日", "盐城市大丰区经济开发区港城路66号", "聚酯切片、涤纶长丝制造、销售；化纤原料销售。", "盐城市大丰区行政审批局"), 202))
    letter(k.p("附件7 推荐函.pdf", "other"), "推荐函", [f"经审核，同意推荐{app}“{name}”申报绿色化改造升级项目。"],
           rec, "2022年12月8日", docno="盐工信函〔2022〕93号")
    k.expected("green-upgrade", True, "eligible", {
        "applicant_name": app, "applicant_uscc": code, "recommending_unit": rec,
        "total_investment": 2946.50, "invested_by_cutoff": 589.30, "start_date": "2022-03-15", "completion_date": "2024-06-30",
        "invoice_total": (cut + 312000) / 10000, "invoice_count": 4}, 589.30, [],
        "Share exactly at the floor: 589.30 / 2,946.50 = 20.00% (不少于 → passes). 3,520 − 土建 410 − 铺底 163.50 = 2,946.50. "
        "Planned completion written '2024年6月底' / '2024年6月' = 2024-06-30, the last permitted day. Invoices: OFD 数电票, "
        "two paper 专票 (one after the cutoff, 31.20) and a 数电票 PDF = 620.50 tax excluded. 20% = 589.30.")


# ================================================================== q03 specialized-sme, incomplete
def interest_scan(seed, title, head, rows, total_txt, foot, seal, alter=None):
    """A photocopied bank 利息清单 with a ruled table; alter=(row_index, new_text, new_total) puts a ballpoint correction on it."""
    import random
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = 1240, 1754
    im = Image.new("RGB", (W, H), (246, 246, 243))
    dr = ImageDraw.Draw(im)
    ft = ImageFont.truetype(L.TTF, 40)
    f = ImageFont.truetype(L.TTF, 24)
    dr.text(((W - ft.getlength(title)) / 2, 140), title, font=ft, fill=(20, 20, 25))
    y = 230
    for ln in head:
        dr.text((100, y), ln, font=f, fill=(25, 25, 30))
        y += 44
    widths = [70, 200, 330, 170, 120, 150]
    hdr = ["序号", "结息日", "计息期间", "计息本金", "利率", "利息金额"]
    x0 = 100
    rh = 56
    cells = {}
    for ri, row in enumerate([hdr] + rows + [["", "合计", "", "", "", total_txt]]):
        x = x0
        for ci, (w, v) in enumerate(zip(widths, row)):
            dr.rectangle([x, y, x + w, y + rh], outline=(40, 40, 40), width=2)
            tw = f.getlength(str(v))
            tx = x + 8 if ci < 3 or ri == 0 else x + w - 8 - tw
            dr.text((tx, y + 14), str(v), font=f, fill=(25, 25, 30))
            cells[(ri, ci)] = (tx, y + 10, tx + tw, y + rh - 10)
            x += w
        y += rh
    y += 30
    for ln in foot:
        dr.text((100, y), ln, font=f, fill=(25, 25, 30))
        y += 44
    cx, cy, r = W - 300, y + 40, 110
    dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(205, 35, 35), width=7)
    fs = ImageFont.truetype(L.TTF, 20)
    dr.text((cx - fs.getlength(seal) / 2, cy + 28), seal, font=fs, fill=(205, 35, 35))
    dr.text((cx - 30, cy - 55), "★", font=ImageFont.truetype(L.TTF, 60), fill=(205, 35, 35))
    if alter:
        ri, new, newtot = alter
        b = cells[(ri + 1, 5)]
        L.strike(im, b)
        L.handwrite(im, (b[0] - 40, b[1] - 46), new, 28)
        b = cells[(len(rows) + 1, 5)]
        L.strike(im, b)
        L.handwrite(im, (b[0] - 50, b[3] + 2), newtot, 28)
        L.handwrite(im, (b[2] + 6, b[1] - 4), "改", 26, angle=6)
    for _ in range(3500):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        g = rnd.randrange(80, 190)
        dr.point((x, yy), fill=(g, g, g))
    im = im.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(240, 240, 236))
    return im.filter(ImageFilter.GaussianBlur(0.55))


def q03():
    k = Packet("q03")
    app = "常州嘉泓精密传动有限公司"
    code = L.uscc("320412", "58172946")
    rec = "常州市工业和信息化局"
    name = "精密减速器数字化车间及工业软件提升项目"
    buyer = (app, code, "常州市武进区湖塘镇嘉泽路21号 0519-86391152", "中国农业银行常州武进支行 10602101040018827")
    sA = ("宁波精锐数控设备有限公司", L.uscc("330212", "26035819"), "宁波市鄞州区首南街道天童南路588号 0574-88213065", "宁波银行鄞州支行 51010122000396218")
    sB = ("南京拓衡工业软件有限公司", L.uscc("320115", "48820731"), "南京市江宁区秣周东路12号 025-52181766", "中国银行南京江宁支行 487672903417")
    t1 = L.boxed_invoice2_pdf(k.p("3-发票/浙江专票_3300211130_02648815.pdf", "invoice"), code="3300211130", number="02648815", province="浙江",
                              date="2021-07-08", buyer=buyer, seller=sA, items=[("*机床*数控成形磨齿机", "YK7236", "台", 2, 3186000.00, 0.13)])
    t2 = L.einvoice2_pdf(k.p("3-发票/电子专票_南京拓衡.pdf", "invoice"), number="22322000000014582209", date="2022-03-30",
                         buyer=buyer, seller=sB, items=[("*软件*数字化车间MES及WMS", "V2.0", "套", 1, 1042000.00, 0.13)])
    contract_docx(k.p("4-合同/磨齿机采购合同.docx", "contract"), "设备采购合同", "JH-2021-018", app, sA[0],
                  [("数控成形磨齿机", "YK7236", "2台", yuan(3186000 * 1.13))], 3186000 * 1.13, "2021-04-16")
    contract_docx(k.p("4-合同/MES软件合同.docx", "contract"), "软件购销及实施合同", "JH-2021-043", app, sB[0],
                  [("数字化车间MES及WMS", "V2.0", "1套", yuan(1042000 * 1.13))], 1042000 * 1.13, "2021-10-20")
    L.receipts_batch_pdf(k.p("5-付款凭证/农行回单.pdf", "payment_voucher"), "中国农业银行", [
        {"no": "ABC210712001", "payer": (app, "10602101040018827", "中国农业银行常州武进支行"),
         "payee": (sA[0], "51010122000396218", "宁波银行鄞州支行"), "amount": 3186000 * 1.13, "memo": "磨齿机货款", "date": "2021-07-12",
         "serial": "5521071200183"},
        {"no": "ABC220406007", "payer": (app, "10602101040018827", "中国农业银行常州武进支行"),
         "payee": (sB[0], "487672903417", "中国银行南京江宁支行"), "amount": 1042000 * 1.13, "memo": "MES软件款", "date": "2022-04-06",
         "serial": "5522040600761"}])
    # 专审报告: hardware/software only (interest outside its scope)
    hw = [("数控成形磨齿机（2台）", 3186000.00), ("精密减速器装配线及在线检测", 1124000.00), ("数字化车间MES及WMS", 1042000.00),
          ("工业网络及边缘服务器", 232000.00)]
    hwt = sum(x[1] for x in hw)
    assert hwt == 5584000.00
    p = Pdf(k.p("2-专项审计报告.pdf", "audit_report"), header="常州正衡会计师事务所有限公司")
    p.para("常正专审〔2022〕第3381号", 10.5, indent=False, align="center")
    p.title("专精特新中小企业能力提升项目软硬件投入专项审计报告", 14)
    p.para(f"{app}：", 11, indent=False)
    p.para("我们接受委托，对贵公司2021年1月1日至2022年6月30日期间新增软硬件投入进行了专项审计。贷款利息不在本次审计范围内。")
    p.table([["序号", "投入内容", "不含税金额（元）"]] + [[str(i), a, yuan(b)] for i, (a, b) in enumerate(hw, 1)] +
            [["", "合计", yuan(hwt)]], [0.6, 4.5, 2], 10)
    p.para(f"经审计，贵公司上述期间新增软硬件投入（不含税）合计{yuan(hwt)}元，大写{daxie(hwt)}。相关发票、合同、银行付款凭证及明细清单附后。")
    p.gap(16)
    p.para("常州正衡会计师事务所有限公司   注册会计师：卜晓东", 10.5, indent=False, align="right")
    p.para("2022年8月30日", 10.5, indent=False, align="right")
    p.seal("常州正衡会计师事务所有限公司", x=p.right - 90, y=p.y + 34)
    p.save()
    # loans and interest: 江苏银行 (clean PDF) and 农业银行 (photocopy with a ballpoint correction)
    letter(k.p("6-贷款/江苏银行流动资金借款合同（摘要页）.pdf", "loan_contract"), "流动资金借款合同",
           ["合同编号：JSB-CZ-2021-LD-0619", f"借款人：{app}", "贷款人：江苏银行股份有限公司常州分行",
            "借款金额：人民币贰仟万元整（¥20,000,000.00）", "借款期限：2021年8月10日至2022年8月9日", "借款利率：年利率3.85%，按季结息，结息日为每季末月21日。"],
           "江苏银行股份有限公司常州分行", "2021年8月10日", sealtext="江苏银行常州分行 合同专用章")
    letter(k.p("6-贷款/农行固定资产借款合同（摘要页）.pdf", "loan_contract"), "固定资产借款合同",
           ["合同编号：32010420200009153", f"借款人：{app}", "贷款人：中国农业银行股份有限公司常州武进支行",
            "借款金额：人民币叁仟万元整（¥30,000,000.00）", "借款期限：2020年9月15日至2023年9月14日", "借款利率：年利率4.05%，按季结息。"],
           "中国农业银行股份有限公司常州武进支行", "2020年9月15日", sealtext="农行常州武进支行 合同专用章")
    js = [("2021-09-21", "2021-08-10至2021-09-20", 89833.33), ("2021-12-21", "2021-09-21至2021-12-20", 194638.89),
          ("2022-03-21", "2021-12-21至2022-03-20", 192500.00), ("2022-06-21", "2022-03-21至2022-06-20", 196777.78)]
    jst = round(sum(x[2] for x in js), 2)
    assert jst == 673750.00
    p = Pdf(k.p("7-利息单/江苏银行利息回单.pdf", "interest_statement"))
    p.title("江苏银行 贷款利息回单（汇总）", 15)
    p.para(f"借款人：{app}    借款合同号：JSB-CZ-2021-LD-0619    打印日期：2022-07-05", 10, indent=False)
    p.table([["结息日", "计息期间", "本金（元）", "年利率", "利息（元）"]] +
            [[d, per, "20,000,000.00", "3.85%", yuan(v)] for d, per, v in js] + [["合计", "", "", "", yuan(jst)]],
            [1.2, 2.6, 1.6, 0.8, 1.4], 9.5)
    p.seal("江苏银行常州分行 业务专用章", y=p.y - 10)
    p.save()
    abc = [("2021-03-21", "2020-12-21至2021-03-20", 303750.00), ("2021-06-21", "2021-03-21至2021-06-20", 310500.00),
           ("2021-09-21", "2021-06-21至2021-09-20", 310500.00), ("2021-12-21", "2021-09-21至2021-12-20", 307125.00),
           ("2022-03-21", "2021-12-21至2022-03-20", 303750.00), ("2022-06-21", "2022-03-21至2022-06-20", 310500.00)]
    abct = sum(x[2] for x in abc)
    assert abct == 1846125.00
    img = interest_scan(303, "中国农业银行贷款利息清单", [f"借款人：{app}", "借款合同号：32010420200009153    账号：10602101040018827",
                        "查询期间：2021-01-01 至 2022-06-30"],
                        [[str(i), d, per, "30,000,000.00", "4.05%", yuan(v)] for i, (d, per, v) in enumerate(abc, 1)],
                        yuan(abct), ["（本清单复印件与原件核对一致）"], "农行常州武进支行 业务专用章",
                        alter=(2, "340,500.00", "1,876,125.00"))
    L.scan_pdf(k.p("7-利息单/农行利息清单（复印件）.pdf", "interest_statement"), [img])
    claimed = round((jst + 1876125.00) / 10000, 4)  # 254.9875 as the application adds them
    form_docx(k.p("1-项目入库申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", name], ["项目类别", "专精特新中小企业能力提升项目"], ["申报单位", app], ["统一社会信用代码", code],
        ["推荐单位", rec], ["省级专精特新小巨人认定", "2021年认定，有效期至2024年12月"],
        ["2021.1.1-2022.6.30新增软硬件投入（万元）", "558.40"],
        ["同期实际支付贷款利息（万元）", "254.99（江苏银行67.38，农业银行187.61）"],
        ["合计（万元）", "813.39"], ["申请补助（万元）", "213.67"],
        ["2021-2022年获得本专项资金支持情况", "无"]])
    perf_docx(k.p("1-绩效目标申报表（附件1-14）.docx", "performance_form"), "1-14", "专精特新中小企业能力提升项目绩效目标申报表",
              name, rec, app, "2021年1月", "2022年6月", "建成精密减速器数字化车间。",
              [("产出指标", "数量指标", "新增数字化设备（台/套数）", "26"), ("效益指标", "经济效益", "项目总投入（万元）", "813.39")])
    L.scan_pdf(k.p("8-小巨人证书.pdf", "designation_certificate"), [L.scan_page([
        ("江苏省专精特新小巨人企业", 56, "center"), "", "", (app, 36, "center"), "",
        ("经评审，你单位被认定为江苏省专精特新小巨人企业。", 30, "center"), "", ("有效期：2021年12月至2024年12月", 28, "center"),
        "", "", ("江苏省工业和信息化厅", 30, "right"), ("二〇二一年十二月", 30, "right")], 313, seal="江苏省工业和信息化厅",
        landscape=True, border=True)])
    letter(k.p("9-推荐单位关于项目相关手续的说明.pdf", "procedure_exemption"), "关于常州嘉泓精密传动有限公司项目相关手续的说明",
           ["该项目为现有厂房内购置软硬件，不新增用地和建筑，不涉及新增能耗和排放，无需办理备案、环评和节能审查手续。特此说明。"],
           rec, "2022年12月6日")
    L.scan_pdf(k.p("10-营业执照.pdf", "business_license"), [license_image(310, app, code, "corp", "何嘉泓", "伍仟万元整",
               "2011年05月09日", "常州市武进区湖塘镇嘉泽路21号", "精密减速器、传动部件研发、制造、销售。", "常州市武进区行政审批局")])
    letter(k.p("11-推荐函.pdf", "other"), "推荐函", [f"同意推荐{app}申报专精特新中小企业能力提升项目。"], rec, "2022年12月6日")
    k.expected("specialized-sme", True, "incomplete", {
        "applicant_name": app, "applicant_uscc": code, "recommending_unit": rec,
        "hw_sw_investment": 558.40, "loan_interest": claimed,
        "invoice_total": (3186000 + 1042000) / 10000, "invoice_count": 2}, None,
        [{"kind": "document", "document": "interest_statement"}],
        "The 农业银行 利息清单 copy carries a ballpoint correction: the 2021-09-21 interest 310,500.00 and the 合计 1,846,125.00 are "
        "struck through and rewritten 340,500.00 / 1,876,125.00 with '改'. The guide wants 银行利息单复印件（字迹清晰无涂改）, so this "
        "statement cannot be accepted as it is. Without it: 558.40 + 67.375 = 625.78 < 800; with it (either version) ≥ 800. "
        "A reviewer asks for a clean bank-issued copy → incomplete. loan_interest is the application's 254.99 (= 67.375 + 187.6125 "
        "as altered).")


# ================================================================== q04 core-tech, ineligible
def q04():
    k = Packet("q04")
    app = "苏州启衡半导体装备有限公司"
    code = L.uscc("320505", "67042318")
    rec = "苏州市工业和信息化局"
    name = "功率半导体器件晶圆级动态参数精密测试设备工程化攻关"
    uni = "东吴理工大学"
    # budget (万元), own funds, 2022-07-01 → 2024-12-31
    fee = [("人员人工费", "项目研发人员（38人）工资、社保及公积金", 1186.00),
           ("人员人工费", "管理及后勤人员分摊（行政、财务、采购、人事共12人，按工时比例分摊）", 312.00),
           ("直接投入费用", "材料、燃料、动力", 682.50), ("直接投入费用", "中试及样机试制模具、工艺装备", 215.00),
           ("直接投入费用", "试制产品检验、测试化验加工", 98.00), ("折旧费用", "研发用仪器设备折旧", 126.00),
           ("无形资产摊销", "研发软件及专利摊销", 45.00), ("新产品设计费等", "新产品设计、新工艺规程制定", 60.00),
           ("其他相关费用", "资料、专家咨询、知识产权申请代理、差旅会议", 48.50)]
    cap = [("研发活动固定资产", "高压动态参数测试平台、探针台等研发设备", 420.00), ("研发活动无形资产", "外购EDA及仿真软件", 86.00)]
    total = round(sum(x[2] for x in fee + cap), 2)
    assert total == 3279.00, total
    counted = round(total - 312.00, 2)
    rows = [["类别", "科目", "明细", "申报单位自筹（万元）", "合作单位（万元）"]]
    mg = []
    r0 = 1
    for i, (a, b, v) in enumerate(fee):
        rows.append(["一、费用化支出" if i == 0 else None, a, b, wan(v), "—"])
    mg.append((r0, 0, r0 + len(fee) - 1, 0))
    # merge the two 人员人工费 subject cells
    mg.append((r0, 1, r0 + 1, 1))
    rows[r0 + 1][1] = None
    r1 = r0 + len(fee)
    for i, (a, b, v) in enumerate(cap):
        rows.append(["二、资本化支出" if i == 0 else None, a, b, wan(v), "—"])
    mg.append((r1, 0, r1 + len(cap) - 1, 0))
    rows.append(["三、合作单位投入（不计入申报单位新增研发投入）", None, f"{uni}：样机可靠性试验及失效分析", "—", "260.00"])
    mg.append((len(rows) - 1, 0, len(rows) - 1, 1))
    rows.append(["合计（申报单位）", None, None, wan(total), "260.00"])
    mg.append((len(rows) - 1, 0, len(rows) - 1, 2))
    L.docx_rich(k.p("附件3 项目研发投入预算明细表.docx", "other"), "项目新增研发投入预算明细表", [
        ("p", f"项目名称：{name}"), ("p", "投入期间：2022年7月1日—2024年12月31日    单位：万元"),
        ("tm", rows, mg),
        ("p", "说明：1.申报单位已按要求设置攻关项目研发支出辅助账，专账管理。2.管理及后勤人员费用按其参与项目管理、采购、"
              "财务核算的工时比例分摊计入。3.合作单位投入由其自筹，不计入申报单位研发投入。")])
    L.docx_rich(k.p("附件1 项目申报书.docx", "application_form"), "2023年度关键核心技术（装备）工程化攻关项目申报书", [
        ("tm", [["项目名称", name, None, None], ["申报单位", app, "统一社会信用代码", code],
                ["推荐单位", rec, "所属集群", "高端装备集群"],
                ["攻关方向", "附件1-26 第61项：功率半导体器件精密检测测量设备", None, None],
                ["实施期", "2022年7月1日至2024年12月31日", None, None],
                ["新增研发投入（万元）", "3279.00（全部为申报单位自筹，合作单位投入260.00万元另计）", None, None],
                ["申请补助（万元）", "983.70", None, None]], [(0, 1, 0, 3), (3, 1, 3, 3), (4, 1, 4, 3), (5, 1, 5, 3), (6, 1, 6, 3)]),
        ("h", "一、研发基础"), ("p", "公司拥有功率器件测试相关发明专利11项、软件著作权7项，已量产静态参数测试机。"),
        ("h", "二、攻关内容"), ("p", "攻克晶圆级动态参数（开关特性、反向恢复、短路耐受）测试中的高压大电流快速切换、寄生电感抑制等关键技术。"),
        ("h", "三、资金预算"), ("p", "项目新增研发投入3,279.00万元，其中费用化支出2,773.00万元，资本化支出506.00万元，详见附件3。"),
        ("h", "四、产学研合作"), ("p", f"与{uni}合作开展样机可靠性试验，合作单位自筹260.00万元。")])
    perf_docx(k.p("附件2 绩效目标申报表（附件1-12）.docx", "performance_form"), "1-12", "关键核心技术（装备）工程化攻关项目绩效目标申报表",
              name, rec, app, "2022年7月", "2024年12月", "研制晶圆级动态参数测试设备并实现首台套应用。",
              [("产出指标", "数量指标", "解决关键技术难点数（个）", "5"), ("产出指标", "数量指标", "新增授权知识产权数量（个）", "8"),
               ("效益指标", "经济效益", "项目研发投入（万元）", "3279.00")])
    letter(k.p("附件4 产学研合作协议.pdf", "contract"), "产学研合作协议",
           [f"甲方：{app}", f"乙方：{uni}", "双方就功率半导体器件动态参数测试设备样机可靠性试验及失效分析开展合作，合作期2022年7月至2024年12月。"
            "乙方投入经费260万元由乙方自筹。"], f"甲方：{app}    乙方：{uni}", "2022年6月28日", sealtext=app)
    letter(k.p("附件5 知识产权清单.pdf", "other"), "与攻关项目相关的自主知识产权清单",
           [[[0.5, 3.5, 1.6, 1.2], ["序号", "名称", "号码", "类型"],
             ["1", "一种功率器件动态参数测试的寄生电感补偿方法", "ZL202010346127.5", "发明专利"],
             ["2", "晶圆级大电流探针卡及测试系统", "ZL202110085632.1", "发明专利"],
             ["3", "功率器件双脉冲测试控制软件V1.0", "2021SR0618832", "软件著作权"]]], app, "2022年12月", seal=True)
    L.scan_pdf(k.p("附件6 营业执照.pdf", "business_license"), [license_image(404, app, code, "corp", "孔令衡", "捌仟万元整",
               "2015年10月20日", "苏州高新区科灵路78号", "半导体测试设备研发、制造、销售；软件开发。", "苏州高新区（虎丘区）行政审批局")])
    letter(k.p("附件7 推荐函.pdf", "other"), "推荐函", [f"同意推荐{app}申报关键核心技术（装备）工程化攻关项目。"], rec, "2022年12月9日")
    k.expected("core-tech", True, "ineligible", {
        "applicant_name": app, "applicant_uscc": code, "recommending_unit": rec,
        "rd_investment": counted, "start_date": "2022-07-01", "completion_date": "2024-12-31"}, None,
        [{"kind": "figure", "figure": "rd_investment"}],
        "The budget's 人员人工费 includes 312.00 of 管理及后勤人员分摊 (administration, finance, purchasing, HR, allocated by hours). "
        "The guide: 不得将与项目无关人员费用纳入项目支出; 人工费用 are those of R&D activity. Without them the applicant's own new R&D is "
        "3,279.00 − 312.00 = 2,967.00 < 3,000. The university's 260 is listed apart and not counted either way.")


# ================================================================== q05 data-productization, eligible (detected)
def q05():
    k = Packet("q05")
    app = "江苏衡策数据科技有限公司"
    code = L.uscc("320114", "53926071")
    rec = "南京市工业和信息化局"
    name = "工业设备能耗大数据分析与优化服务平台"
    buyer = (app, code, "南京市雨花台区软件大道168号 025-58726630", "南京银行雨花支行 0181230000009321")
    sA = ("南京云栖计算机系统有限公司", L.uscc("320106", "71268430"), "南京市鼓楼区汉中门大街301号 025-83361907", "中国建设银行南京鼓楼支行 32001594036052511876")
    sB = ("杭州析数软件有限公司", L.uscc("330106", "22094586"), "杭州市西湖区文三路478号 0571-88275631", "杭州银行文创支行 3301040160018233761")
    sC = ("江苏联云网络科技有限公司", L.uscc("320111", "60318297"), "南京市浦口区江浦街道浦滨路320号 025-58106172", "中国工商银行南京浦口支行 4301010909100216634")
    tmp = HERE / "_tmp_q05"
    tmp.mkdir(exist_ok=True)
    L.boxed_invoice2_pdf(tmp / "1.pdf", code="3200214130", number="07218846", date="2021-08-16", buyer=buyer, seller=sA,
                         items=[("*计算机*机架式服务器", "R8480 G7", "台", 14, 1862000.00, 0.13)], remark="HC-2021-HW-03")
    L.einvoice2_pdf(tmp / "2.pdf", number="22332000000008126473", date="2022-01-18", buyer=buyer, seller=sB,
                    items=[("*软件*工业数据治理软件", "DataGov V4", "套", 1, 968000.00, 0.13)])
    L.xml_einvoice(tmp / "2.xml", number="22332000000008126473", date="2022-01-18", buyer=buyer, seller=sB,
                   items=[("*软件*工业数据治理软件", "DataGov V4", "套", 1, 968000.00, 0.13)])
    L.einvoice2_pdf(tmp / "3.pdf", number="22322000000019044518", date="2022-03-25", buyer=buyer, seller=sC,
                    items=[("*信息技术服务*云资源租用服务", "2021.06-2022.03", "项", 1, 426500.00, 0.06)])
    L.zip_files(k.p("发票.zip", "invoice"), [
        ("发票/01 南京云栖 服务器 07218846.pdf", tmp / "1.pdf"), ("发票/02 杭州析数 数据治理软件.pdf", tmp / "2.pdf"),
        ("发票/02 杭州析数 数据治理软件.xml", tmp / "2.xml"), ("发票/03 江苏联云 云资源.pdf", tmp / "3.pdf")])
    tmp.rmdir()
    contract_docx(k.p("合同/服务器采购合同.docx", "contract"), "设备采购合同", "HC-2021-HW-03", app, sA[0],
                  [("机架式服务器", "R8480 G7", "14台", yuan(1862000 * 1.13))], 1862000 * 1.13, "2021-06-21")
    contract_docx(k.p("合同/数据治理软件合同.docx", "contract"), "软件许可及实施合同", "HC-2021-SW-07", app, sB[0],
                  [("工业数据治理软件", "DataGov V4", "1套", yuan(968000 * 1.13))], 968000 * 1.13, "2021-09-09")
    L.receipts_batch_pdf(k.p("付款凭证/南京银行回单.pdf", "payment_voucher"), "南京银行", [
        {"no": "NJCB2108190017", "payer": (app, "0181230000009321", "南京银行雨花支行"), "payee": (sA[0], "32001594036052511876", "中国建设银行南京鼓楼支行"),
         "amount": 1862000 * 1.13, "memo": "服务器货款", "date": "2021-08-19", "serial": "N210819440017"},
        {"no": "NJCB2201240092", "payer": (app, "0181230000009321", "南京银行雨花支行"), "payee": (sB[0], "3301040160018233761", "杭州银行文创支行"),
         "amount": 968000 * 1.13, "memo": "数据治理软件款", "date": "2022-01-24", "serial": "N220124440092"},
        {"no": "NJCB2203290031", "payer": (app, "0181230000009321", "南京银行雨花支行"), "payee": (sC[0], "4301010909100216634", "中国工商银行南京浦口支行"),
         "amount": 426500 * 1.06, "memo": "云资源服务费", "date": "2022-03-29", "serial": "N220329440031"}])
    items = [("服务器、存储及网络设备", 486.30), ("工业数据治理及分析软件", 312.80), ("数据采集网关及边缘终端", 168.45),
             ("云资源及网络费用", 96.70), ("系统集成及调试安装", 124.60), ("咨询、设计、检测费用", 48.00)]
    tot = round(sum(x[1] for x in items), 2)
    assert tot == 1236.85, tot
    p = Pdf(k.p("附件3-项目专项审计报告.pdf", "audit_report"), header="江苏金陵天衡会计师事务所有限公司", footer_pages=True)
    p.title("专项审计报告", 16)
    p.para("金天衡专审〔2022〕第0522号", 10.5, indent=False, align="center")
    p.para(f"{app}：", 11, indent=False)
    p.para(f"我们审计了贵公司“{name}”的投入情况。项目于2021年5月10日启动，2022年4月26日完工上线。")
    p.table([["序号", "投入类别", "不含税金额（万元）"]] + [[str(i), a, wan(b)] for i, (a, b) in enumerate(items, 1)] +
            [["", "合计", wan(tot)]], [0.6, 4, 2], 10)
    p.para("经审计，项目总投入（不含税）1,236.85万元，不含土建投资和铺底流动资金。")
    p.gap(14)
    p.para("江苏金陵天衡会计师事务所有限公司  注册会计师：施雨婷", 10.5, indent=False, align="right")
    p.para("2022年7月18日", 10.5, indent=False, align="right")
    p.seal("江苏金陵天衡会计师事务所有限公司", x=p.right - 90, y=p.y + 34)
    p.save()
    form_docx(k.p("附件1-入库申报表.docx", "application_form"), "2023年度江苏省工业和信息产业转型升级专项资金入库项目申报表", [
        ["项目名称", name], ["申报单位", app], ["统一社会信用代码", code], ["推荐单位", rec],
        ["入选示范项目名单", "2021年江苏省大数据应用示范项目"], ["入库情况", "已入省工信厅大数据企业库（2021年）"],
        ["建设期", "2021年5月10日至2022年4月26日"], ["验收情况", "2022年9月8日通过南京市工业和信息化局验收"],
        ["项目总投入（万元）", "1236.85"], ["申请补助（万元）", "247.37"]])
    perf_docx(k.p("附件2-绩效目标申报表.docx", "performance_form"), "1-11", "数据产品化项目绩效目标申报表", name, rec, app,
              "2021年5月", "2022年4月", "形成工业设备能耗大数据分析产品并服务200家以上企业。",
              [("产出指标", "数量指标", "项目服务客户数或用户数（个）", "236"), ("效益指标", "经济效益", "项目总投入（万元）", "1236.85")])
    L.scan_pdf(k.p("附件4-验收意见.pdf", "acceptance_opinion"), [L.scan_page([
        ("工业设备能耗大数据分析与优化服务平台项目", 36, "center"), ("验 收 意 见", 40, "center"), "",
        "2022年9月8日，南京市工业和信息化局组织专家对江苏衡策数据科技有限公司“工业设备能耗大数据分析与优化服务平台”项目进行验收。",
        "项目于2021年5月启动，2022年4月26日完成全部建设内容并上线运行，项目总投入1236.85万元（不含税）。",
        "平台已接入工业设备4.6万台，服务企业236家。专家组一致同意通过验收。", "", "专家组组长：汪静怡", "",
        ("南京市工业和信息化局", 30, "right"), ("2022年9月8日", 30, "right")], 505, seal="南京市工业和信息化局")])
    letter(k.p("附件5-2021年省级大数据应用示范项目名单.pdf", "designation_certificate"), "2021年江苏省大数据应用示范项目名单",
           [[[0.6, 3.2, 3.6, 1], ["序号", "单位名称", "项目名称", "地区"],
             ["1", "江苏汇数智能科技有限公司", "城市交通运行大数据平台", "南京"],
             ["2", app, name, "南京"],
             ["3", "无锡物数通信息技术有限公司", "纺织印染工艺大数据服务平台", "无锡"],
             ["4", "南通瀚海云数据有限公司", "船舶配套供应链数据服务平台", "南通"]]],
           "江苏省工业和信息化厅", "2021年11月26日", docno="苏工信软件〔2021〕630号")
    L.save_png(k.p("附件6-企业库截图.png", "designation_certificate"), L.web_screenshot(
        "https://gxt.jiangsu.gov.cn/bigdata/qyk/query", "江苏省云计算、大数据、区块链企业库 — 查询结果",
        [["企业名称", "统一社会信用代码", "入库类别", "入库年度"], [app, code, "大数据", "2021"]], [3, 3, 1.4, 1.2], seed=506))
    L.scan_pdf(k.p("附件7-营业执照.pdf", "business_license"), [license_image(507, app, code, "corp", "邹衡", "贰仟万元整",
               "2016年04月12日", "南京市雨花台区软件大道168号", "大数据服务；软件开发；信息系统集成服务。", "南京市雨花台区市场监督管理局")])
    letter(k.p("附件8-推荐函.pdf", "other"), "推荐函", [f"同意推荐{app}申报数据产品化项目。"], rec, "2022年12月2日")
    k.expected("data-productization", False, "eligible", {
        "applicant_name": app, "applicant_uscc": code, "recommending_unit": rec,
        "total_investment": 1236.85, "start_date": "2021-05-10", "completion_date": "2022-04-26", "acceptance_date": "2022-09-08",
        "invoice_total": (1862000 + 968000 + 426500) / 10000, "invoice_count": 3}, 247.37, [],
        "No --category; the 申报表 has no 类别 line and the 绩效 form's title (数据产品化项目绩效目标申报表, 附件1-11) names it. "
        "The invoices come as the applicant zipped them: 发票.zip holds three invoices (paper 专票 PDF, two 数电票 PDFs) and the XML "
        "of one 数电票 (same number, counted once) → 325.65 tax excluded, 3 invoices. Acceptance opinion an image-only scan. "
        "1,236.85 ≥ 1,000; completed 2022-04-26; 20% = 247.37.")


# ================================================================== q06 merger-acquisition, ineligible
def q06():
    k = Packet("q06")
    app = "扬州澜沧汽车零部件股份有限公司"
    code = L.uscc("321012", "74618392")
    rec = "扬州市工业和信息化局"
    tgt = "合肥精铸压铸科技有限公司"
    tcode = L.uscc("340123", "08467251")
    fund = "合肥科铸投资合伙企业（有限合伙）"
    amt = 68600000.00
    L.docx_file(k.p("股权转让协议.docx", "contract"), "股权转让协议", [
        ("p", f"转让方一：王建华（身份证号：340104197206******）"), ("p", f"转让方二：{fund}"), ("p", f"受让方：{app}"),
        ("p", f"目标公司：{tgt}（统一社会信用代码：{tcode}）"),
        ("h", "第一条 标的股权"),
        ("p", "转让方一将其持有的目标公司35%股权、转让方二将其持有的目标公司35%股权（合计70%）转让给受让方。转让完成后，受让方持有目标公司70%股权，"
              "转让方一持有30%股权。"),
        ("h", "第二条 转让价款及支付"),
        ("p", f"股权转让总价款为人民币陆仟捌佰陆拾万元整（¥{yuan(amt)}），全部以现金支付：本协议生效后10个工作日内支付50%，"
              "股东会决议作出后支付剩余50%。"),
        ("h", "第三条 交割"),
        ("p", "各方确认以2022年6月30日为股权交割日，自交割日起受让方享有标的股权对应的股东权利。目标公司应于交割日后尽快办理工商变更登记。"),
        ("p", "签署日期：2022年5月18日")])
    for rel, no, d, payee, a in [("付款凭证/股权转让款回单-2022-05-31.pdf", "0531884120", "2022-05-31", ("王建华", "6217001830012658843", "中国建设银行合肥庐阳支行"), amt / 4),
                                 ("付款凭证/股权转让款回单-2022-05-31-2.pdf", "0531884127", "2022-05-31", (fund, "1302010109200188361", "中国工商银行合肥长江路支行"), amt / 4),
                                 ("付款凭证/股权转让款回单-2022-06-27.pdf", "0627410036", "2022-06-27", ("王建华", "6217001830012658843", "中国建设银行合肥庐阳支行"), amt / 4),
                                 ("付款凭证/股权转让款回单-2022-06-27-2.pdf", "0627410041", "2022-06-27", (fund, "1302010109200188361", "中国工商银行合肥长江路支行"), amt / 4)]:
        L.receipt_pdf(k.p(rel, "payment_voucher"), bank="中国银行", no=no, date=d, payer=(app, "470771236518", "中国银行扬州开发区支行"),
                      payee=payee, amount=a, memo="合肥精铸股权转让款")
    letter(k.p("目标公司股东会决议.pdf", "other"), f"{tgt}股东会决议",
           ["会议于2022年6月10日召开，全体股东出席。决议：同意王建华、合肥科铸投资合伙企业（有限合伙）分别将所持35%股权转让给"
            f"{app}；通过章程修正案。"], "全体股东签字", "2022年6月10日", seal=False)
    letter(k.p("章程修正案.pdf", "other"), f"{tgt}章程修正案",
           ["原章程第六条修改为：公司股东及出资：扬州澜沧汽车零部件股份有限公司，认缴出资2,800万元，占70%；王建华，认缴出资1,200万元，占30%。"],
           tgt, "2022年6月10日", sealtext=tgt)
    L.scan_pdf(k.p("准予变更登记通知书.pdf", "other"), [L.scan_page([
        ("合肥市市场监督管理局", 36, "center"), ("准予变更登记通知书", 44, "center"), ("（合市监）登记内变字〔2022〕第07134号", 26, "center"), "",
        f"{tgt}：", "经审查，提交的股东、章程备案变更登记申请，申请材料齐全，符合法定形式，我局决定准予变更登记。",
        "变更事项：股东（投资人）", f"变更前：王建华 65%；{fund} 35%",
        f"变更后：{app} 70%；王建华 30%", "", ("合肥市市场监督管理局", 30, "right"), ("2022年7月8日", 30, "right")],
        606, seal="合肥市市场监督管理局")])
    p = Pdf(k.p("并购出资专项审计报告.pdf", "audit_report"), header="扬州广陵会计师事务所有限公司")
    p.title("关于扬州澜沧汽车零部件股份有限公司收购合肥精铸压铸科技有限公司70%股权出资情况的专项审计报告", 13)
    p.para(f"经审计，{app}依据2022年5月18日签署的《股权转让协议》收购{tgt}70%股权，转让价款{yuan(amt)}元已于2022年5月31日、"
           "6月27日分四笔以银行转账方式全额支付，均为现金出资。根据协议，股权交割日为2022年6月30日。收购完成后，贵公司持有目标公司70%股权，为其控股股东。")
    p.gap(12)
    p.para("扬州广陵会计师事务所有限公司  注册会计师：严秋华", 10.5, indent=False, align="right")
    p.para("2022年10月12日", 10.5, indent=False, align="right")
    p.seal("扬州广陵会计师事务所有限公司", x=p.right - 90, y=p.y + 34)
    p.save()
    form_docx(k.p("项目入库申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", "收购合肥精铸压铸科技有限公司70%股权"], ["项目类别", "企业重大兼并重组项目"], ["申报单位（发起方）", app],
        ["统一社会信用代码", code], ["推荐单位", rec], ["目标企业", tgt],
        ["并购实际出资额（万元）", "6860（现金）"], ["并购后持股比例", "70%"], ["并购完成时间", "2022年6月（股权交割日2022年6月30日）"],
        ["申请补助（万元）", "343"]])
    perf_docx(k.p("绩效目标申报表（附件1-13）.docx", "performance_form"), "1-13", "企业重大兼并重组项目绩效目标申报表",
              "收购合肥精铸压铸科技有限公司70%股权", rec, app, "2022年5月", "2022年6月", "完成对压铸企业的控股收购。",
              [("产出指标", "时效指标", "兼并重组完成及时率（%）", "100"), ("效益指标", "经济效益", "项目总投入（万元）", "6860")])
    L.scan_pdf(k.p("营业执照.pdf", "business_license"), [license_image(607, app, code, "corp", "任澜", "贰亿壹仟万元整",
               "2006年11月02日", "扬州经济技术开发区澜沧路9号", "汽车零部件研发、制造、销售。", "扬州市市场监督管理局", typ="股份有限公司（非上市）")])
    letter(k.p("推荐函.pdf", "other"), "推荐函", [f"同意推荐{app}申报企业重大兼并重组项目。"], rec, "2022年12月7日")
    k.expected("merger-acquisition", True, "ineligible", {
        "applicant_name": app, "applicant_uscc": code, "recommending_unit": rec,
        "acquisition_amount": 6860.0, "control_share": 0.7, "completion_date": "2022-07-08"}, None,
        [{"kind": "figure", "figure": "completion_date"}],
        "Agreement 2022-05-18, all 6,860 paid in cash by 2022-06-27, 交割日 2022-06-30 by contract, 股东会/章程修正案 2022-06-10 — but the "
        "工商变更 (准予变更登记通知书, image-only scan) is dated 2022-07-08. The guide requires the acquisition to be completed "
        "with 工商变更和股权变更等相关手续 within 2021-01-01..2022-06-30 → outside by 8 days. completion_date = the registration date.")


# ================================================================== q07 xinchuang-pilot-zone, ineligible
def q07():
    k = Packet("q07")
    app = "南京溧湖软件产业园管理委员会"
    code = L.uscc("320117", "01452368", head="11")
    rec = "南京市工业和信息化局"
    name = "溧湖信息技术应用创新先导区建设"
    yrs = [("2023年", 4200.00, "龙头企业信创产品研发、公共服务平台一期"), ("2024年", 6150.00, "适配验证中心、推广应用示范"),
           ("2025年1-6月", 2250.00, "标准与知识产权生态、评估验收")]
    tot = sum(x[1] for x in yrs)
    assert tot == 12600.00
    L.docx_rich(k.p("01 申报书.docx", "application_form"), "信息技术应用创新先导区项目申报书", [
        ("tm", [["申报主体", app, "统一社会信用代码", code], ["推荐单位", rec, "实施运营主体", "南京溧湖软件园发展有限公司"],
                ["实施期", "2023年1月—2025年6月", None, None], ["投资预算（万元）", "12,600", None, None],
                ["创建完成时间", "2025年6月30日", None, None]], [(2, 1, 2, 3), (3, 1, 3, 3), (4, 1, 4, 3)]),
        ("h", "一、建设基础"), ("p", "园区集聚信创企业126家，其中龙头骨干企业6家，已形成操作系统适配、信创办公、金融信创等产品。"),
        ("h", "二、建设目标与进度"), ("p", "先导区分三个阶段建设，2025年6月底前完成创建，详见实施方案。"),
        ("tm", [["阶段", "时间", "投资预算（万元）", "主要内容"]] + [[str(i), a, wan(b), c] for i, (a, b, c) in enumerate(yrs, 1)] +
         [["合计", None, wan(tot), ""]], [(len(yrs) + 1, 0, len(yrs) + 1, 1)])])
    perf_docx(k.p("02 绩效目标申报表（附件1-9）.docx", "performance_form"), "1-9", "信息技术应用创新先导区项目绩效目标申报表",
              name, rec, app, "2023年1月", "2025年6月", "建成全国有影响的信创先导区。",
              [("产出指标", "数量指标", "信创产品和解决方案数（个）", "60"), ("效益指标", "经济效益", "项目总投入（万元）", "12600")])
    p = Pdf(k.p("03 先导区建设实施方案.pdf", "other"), footer_pages=True)
    p.title("溧湖信息技术应用创新先导区建设实施方案", 16)
    p.para("一、总体安排", 11.5, indent=False)
    p.para("先导区建设期为2023年1月至2025年6月，共30个月，总投资预算12,600万元，其中2023—2024年两年投资10,350万元。")
    p.para("二、进度安排", 11.5, indent=False)
    p.table([["阶段", "起止时间", "投资（万元）", "任务"]] + [[f"第{i}阶段", a, wan(b), c] for i, (a, b, c) in enumerate(yrs, 1)],
            [1, 1.6, 1.2, 4], 9.5)
    p.para("第三阶段完成标准与知识产权生态建设，开展绩效自评估，2025年6月30日前全面完成先导区创建。")
    p.para("三、实施运营主体", 11.5, indent=False)
    p.para("由南京溧湖软件园发展有限公司作为实施运营主体，负责公共服务平台建设和运营。")
    p.gap(14)
    p.para(app, 11, indent=False, align="right")
    p.para("2022年12月", 11, indent=False, align="right")
    p.seal(app, x=p.right - 80, y=p.y + 30)
    p.save()
    L.scan_pdf(k.p("04 统一社会信用代码证书.pdf", "business_license"), [L.scan_page([
        ("统一社会信用代码证书", 56, "center"), "", (f"统一社会信用代码  {code}", 30, "left"), "", (f"机构名称  {app}", 30, "left"),
        ("机构性质  机关", 30, "left"), ("负 责 人  褚志远", 30, "left"), ("地    址  南京市江宁区溧湖大道1号", 30, "left"), "",
        ("颁发机关  南京市机构编制委员会办公室", 28, "right"), ("2019年03月26日", 28, "right")], 707, seal="南京市机构编制委员会办公室", border=True)])
    letter(k.p("05 推荐函.pdf", "other"), "推荐函", [f"同意推荐{app}申报信息技术应用创新先导区项目。"], rec, "2022年12月12日")
    k.expected("xinchuang-pilot-zone", True, "ineligible", {
        "applicant_name": app, "applicant_uscc": code, "recommending_unit": rec,
        "start_date": "2023-01-01", "completion_date": "2025-06-30"}, None,
        [{"kind": "figure", "figure": "completion_date"}],
        "Applicant a 软件产业园管委会 (机关, USCC 11…) — a permitted 申报主体; two-year budget 2023–2024 = 4,200 + 6,150 = 10,350 ≥ 1亿. "
        "But every document plans the creation to be finished on 2025-06-30 (30-month plan, third stage 2025年1-6月); the guide: "
        "须在2024年6月30日前创建完成 → fails. total_investment not expected (12,600 total vs 10,350 two-year: either passes).")


# ================================================================== q08 industrial-foundation, incomplete
def q08():
    k = Packet("q08")
    app = "江苏锐澄特种合金材料有限公司"
    code = L.uscc("321204", "39570184")
    rec = "泰州市工业和信息化局"
    name = "航空发动机用高温合金精密环件产业化项目"
    pcode = "2022-321204-33-03-613852"
    old = "年产3000吨特种合金棒材技术改造项目"
    oldcode = "2020-321204-32-03-507416"
    L.docx_rich(k.p("1.项目入库申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ("tm", [["项目名称", name, None, None], ["项目类别", "高端化改造升级—产业基础再造项目", None, None],
                ["申报单位", app, "统一社会信用代码", code], ["推荐单位", rec, "项目代码", pcode],
                ["计划总投资（万元）", "9860", "其中：土建 / 铺底流动资金（万元）", "2240 / 600"],
                ["项目总投入（万元，不含税、土建、铺底）", "7020", None, None],
                ["开工时间", "2022年5月18日", "计划竣工时间", "2023年12月31日"],
                ["备案情况", f"已备案（{pcode}）", None, None], ["环评 / 能评", "泰环审（姜）〔2022〕22号 / 泰行审能〔2022〕9号", None, None],
                ["申请补助（万元）", "702", None, None]],
         [(0, 1, 0, 3), (1, 1, 1, 3), (5, 1, 5, 3), (7, 1, 7, 3), (8, 1, 8, 3), (9, 1, 9, 3)])])
    perf_docx(k.p("2.绩效目标申报表（附件1-1）.docx", "performance_form"), "1-1", "高端化改造升级项目绩效目标申报表", name, rec, app,
              "2022年5月", "2023年12月", "形成年产1.2万件航空发动机高温合金精密环件能力。",
              [("产出指标", "数量指标", "新增产品生产能力（件/吨）", "12000件"), ("产出指标", "数量指标", "新增知识产权数量（个）", "9"),
               ("效益指标", "经济效益", "项目总投入（万元）", "7020")])
    # the only 备案证 in the packet is the 2020 one for another project of the company
    letter(k.p("3.项目备案证.pdf", "project_filing"), "江苏省投资项目备案证",
           [[[1.4, 4], ["备案证号", "姜行审备〔2020〕141号"], ["项目代码", oldcode], ["项目名称", old], ["项目法人单位", app],
             ["建设地点", "泰州市姜堰区经济开发区锐澄路6号"], ["主要建设内容", "新增真空感应炉、快锻机等，形成年产3000吨特种合金棒材能力。"],
             ["项目总投资", "6800万元"], ["建设起止年限", "2020年9月至2021年12月"]]],
           "泰州市姜堰区行政审批局", "2020年8月21日")
    letter(k.p("4.环评批复.pdf", "eia_approval"), f"关于{app}{name}环境影响报告表的批复",
           [f"{app}：", f"你公司报送的《{name}环境影响报告表》（项目代码：{pcode}）收悉。经研究，同意项目建设。"],
           "泰州市姜堰生态环境局", "2022年4月15日", docno="泰环审（姜）〔2022〕22号")
    letter(k.p("5.节能审查意见.pdf", "energy_review"), f"关于{name}节能报告的审查意见",
           [f"项目代码：{pcode}。项目年综合能耗（当量值）4,860吨标准煤，原则同意该项目节能报告。"],
           "泰州市行政审批局", "2022年4月26日", docno="泰行审能〔2022〕9号")
    L.scan_pdf(k.p("6.开工证明.pdf", "construction_start_certificate"), [L.scan_page([
        ("开 工 证 明", 48, "center"), "",
        f"兹证明{app}“{name}”（项目代码：{pcode}）已于2022年5月18日开工建设，目前正在进行设备安装，尚未竣工。", "特此证明。", "", "",
        ("泰州市姜堰区工业和信息化局", 30, "right"), ("2022年11月25日", 30, "right")], 808, seal="泰州市姜堰区工业和信息化局")])
    p = Pdf(k.p("7.项目资金申请报告（节选）.pdf", "other"))
    p.title("项目投资估算", 15)
    p.table([["序号", "内容", "金额（万元）", "是否计入项目总投入"], ["1", "设备购置及安装（不含税）", "6,380.00", "是"],
             ["2", "工艺软件、检测及专利", "640.00", "是"], ["3", "土建工程", "2,240.00", "否"], ["4", "铺底流动资金", "600.00", "否"],
             ["", "总投资", "9,860.00", ""], ["", "项目总投入", "7,020.00", ""]], [0.6, 3.2, 1.5, 1.8], 10)
    p.save()
    L.scan_pdf(k.p("8.营业执照.pdf", "business_license"), [license_image(809, app, code, "corp", "吕澄", "壹亿伍仟万元整",
               "2012年07月30日", "泰州市姜堰区经济开发区锐澄路6号", "特种合金材料、锻件研发、制造、销售。", "泰州市姜堰区行政审批局")])
    letter(k.p("9.推荐函.pdf", "other"), "推荐函", [f"同意推荐{app}申报产业基础再造项目。"], rec, "2022年12月9日")
    k.expected("industrial-foundation", True, "incomplete", {
        "applicant_name": app, "applicant_uscc": code, "recommending_unit": rec,
        "total_investment": 7020.0, "start_date": "2022-05-18", "completion_date": "2023-12-31"}, None,
        [{"kind": "document", "document": "project_filing"}],
        f"Amounts, 开工证明 (county 工信局, image-only scan) and EIA/energy review all belong to project {pcode} and pass "
        "(9,860 − 2,240 − 600 = 7,020 ≥ 5,000). The only 备案证 uploaded is the company's 2020 filing for another project "
        f"('{old}', {oldcode}, 2020–2021). The 备案 of this project is therefore not in the packet → incomplete (present but "
        "not qualifying).")


# ================================================================== q09 free diagnosis (conditions not published), needs_review
def q09():
    k = Packet("q09")
    app = "江苏智诊工业互联网服务有限公司"
    code = L.uscc("321102", "81236457")
    rec = "镇江市工业和信息化局"
    L.docx_rich(k.p("申报书-智改数转免费诊断服务.docx", "application_form"), "2023年度智能化改造数字化转型免费诊断服务项目入库申报书", [
        ("tm", [["申报单位", app, "统一社会信用代码", code], ["推荐单位", rec, "服务区域", "镇江市"],
                ["拟诊断企业数（家）", "120", "申请补助（万元）", "360"],
                ["服务期", "2023年1月—2023年12月", None, None]], [(3, 1, 3, 3)]),
        ("h", "一、服务商基本情况"), ("p", "我公司2021年入选省智能化改造数字化转型服务商资源池，2022年为镇江市规上工业企业提供免费诊断98家。"),
        ("h", "二、诊断服务方案"), ("p", "按“一企一策”开展现场诊断，出具诊断报告和改造方案，每家企业诊断费用3万元，由政府购买服务。"),
        ("h", "三、2022年服务绩效"), ("p", "2022年完成诊断98家，企业满意度96.3%，诊断后实施改造项目41个。")])
    letter(k.p("服务商资源池入池通知（摘录）.pdf", "designation_certificate"), "关于公布江苏省智能化改造数字化转型服务商资源池（第二批）名单的通知",
           [[[0.6, 4, 1.4], ["序号", "服务商名称", "地区"], ["1", "南京智衡工业技术有限公司", "南京"], ["2", app, "镇江"],
             ["3", "苏州数擎智能科技有限公司", "苏州"]]], "江苏省工业和信息化厅", "2021年10月18日", docno="苏工信数字〔2021〕488号")
    L.scan_pdf(k.p("营业执照.pdf", "business_license"), [license_image(909, app, code, "corp", "符志诚", "叁仟万元整",
               "2017年02月21日", "镇江市京口区学府路300号", "工业互联网技术服务；信息技术咨询服务；软件开发。", "镇江市京口区行政审批局")])
    letter(k.p("推荐函.pdf", "other"), "推荐函", [f"同意推荐{app}申报2023年度智能化改造数字化转型免费诊断服务项目。"], rec, "2022年12月10日")
    k.expected("free-diagnosis", False, "needs_review", {
        "applicant_name": app, "applicant_uscc": code, "recommending_unit": rec}, None, [],
        "A 服务商 applies for 免费诊断服务项目 (guide 一（六）): '具体入库方案另行通知' — no conditions, materials or rates are published, "
        "so nothing can be checked; the CONTRACT says such categories are known but yield needs_review. There is no 附件1-N form for it. "
        "The CONTRACT lists no code for deferred categories; 'free-diagnosis' is this set's guess at the name (the outcome is the test).")


# ================================================================== q10 iiot-identifier-node, eligible
def q10():
    k = Packet("q10")
    app = "江苏纺联标识科技有限公司"
    code = L.uscc("320682", "46291073")
    rec = "南通市工业和信息化局"
    name = "工业互联网标识解析（纺织行业）二级节点建设项目"
    ev = [("2021-11-19", "南通", "纺织行业标识解析应用推广会", 132), ("2022-03-24", "苏州", "标识赋能纺织供应链专场", 86),
          ("2022-06-16", "盐城", "标识解析进园区（盐城纺织产业园）", 74), ("2022-08-25", "无锡", "纺织服装标识应用对接会", 95),
          ("2022-10-20", "南通", "二级节点接入企业培训会", 118)]
    L.docx_rich(k.p("1 项目申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目申报表", [
        ("tm", [["项目名称", name, None, None], ["项目类别", "工业互联网标识解析二级节点项目（行业型）", None, None],
                ["申报单位", app, "统一社会信用代码", code], ["推荐单位", rec, "节点前缀", "88.168.6"],
                ["建设期", "2021年9月1日至2023年6月30日", None, None], ["项目总投入（万元）", "1048.60", None, None],
                ["截至2022年11月30日运营数据", "累计标识注册量20,316.8万条；累计标识解析量10,126.4万次；接入企业1,000家；推广活动5场", None, None],
                ["申请补助（万元）", "400", None, None]],
         [(0, 1, 0, 3), (1, 1, 1, 3), (4, 1, 4, 3), (5, 1, 5, 3), (6, 1, 6, 3), (7, 1, 7, 3)]),
        ("h", "一、投资构成（不含税）"),
        ("tm", [["内容", "金额（万元）"], ["服务器、存储、网络及安全设备", "486.20"], ["标识解析系统软件及二次开发", "318.40"],
                ["云资源及网络费用", "96.00"], ["展示体验中心设备", "88.00"], ["调试安装、咨询设计及检测", "60.00"], ["合计", "1048.60"]], []),
        ("h", "二、推广活动"),
        ("tm", [["序号", "日期", "地点", "活动名称", "参会企业（家）"]] + [[str(i), a, b, c, str(d)] for i, (a, b, c, d) in enumerate(ev, 1)], []),
        ("p", "展示体验中心于2022年5月在南通建成，面积460平方米。")])
    perf_docx(k.p("2 绩效目标申报表（附件1-6）.docx", "performance_form"), "1-6", "工业互联网标识解析项目绩效目标申报表", name, rec, app,
              "2021年9月", "2023年6月", "建成纺织行业二级节点并规模化应用。",
              [("产出指标", "数量指标（二级节点☑）", "累计标识注册量（亿）", "2.03"), ("产出指标", "数量指标（二级节点☑）", "累计标识解析量（亿）", "1.01"),
               ("产出指标", "数量指标（二级节点☑）", "接入企业数量（家）", "1000"), ("效益指标", "经济效益", "项目总投入（万元）", "1048.60"),
               ("效益指标", "社会效益", "开展应用（培训）推广活动次数（次）", "5")])
    L.scan_pdf(k.p("3 专家评估意见（中国信通院）.pdf", "third_party_test_report"), [L.scan_page([
        ("工业互联网标识解析二级节点", 36, "center"), ("专 家 评 估 意 见", 42, "center"), "",
        f"2022年7月22日，中国信息通信研究院组织专家对{app}建设的工业互联网标识解析（纺织行业）二级节点（前缀88.168.6）进行评估。",
        "专家组认为，该节点系统功能、性能、安全及运营符合二级节点建设运营规范要求，同意通过评估。", "", "专家组组长：邬立新",
        "", ("中国信息通信研究院", 30, "right"), ("2022年7月22日", 30, "right")], 1010, seal="中国信息通信研究院")])
    letter(k.p("4 节点运营数据监测报告.pdf", "other"), "工业互联网标识解析二级节点运营数据监测报告",
           [f"监测对象：{app}（节点前缀88.168.6）    数据截止：2022年11月30日",
            [[3, 2], ["指标", "监测值"], ["累计标识注册量", "203,168,000条"], ["累计标识解析量", "101,264,000次"],
             ["接入企业数", "1,000家"], ["标识应用场景", "7个"]],
            "以上数据来自国家工业互联网标识解析顶级节点（南京）监测平台。"], "国家工业互联网标识解析顶级节点（南京）运营中心", "2022年12月2日")
    L.scan_pdf(k.p("5 营业执照.pdf", "business_license"), [license_image(1011, app, code, "corp", "缪纺", "伍仟万元整",
               "2020年06月03日", "南通市海门区纺织城路88号", "工业互联网标识解析服务；软件开发；数据处理服务。", "南通市海门区行政审批局")])
    letter(k.p("6 推荐函.pdf", "other"), "推荐函", [f"同意推荐{app}申报工业互联网标识解析二级节点项目。"], rec, "2022年12月8日")
    k.expected("iiot-identifier-node", True, "eligible", {
        "applicant_name": app, "applicant_uscc": code, "recommending_unit": rec,
        "total_investment": 1048.60, "start_date": "2021-09-01", "completion_date": "2023-06-30"}, 400.0, [],
        "Counts sit exactly on the floors or are written in 万/亿 units: 推广活动 5 (≥ 5, five rows), 接入企业 1,000 (≥ 1,000), "
        "registrations 20,316.8万条 = 203,168,000 = 2.03亿 (≥ 2亿), resolutions 10,126.4万次 = 1.01亿 (≥ 1亿). CAICT (工信部所属) "
        "evaluation as an image-only scan; 展示体验中心 built. 1,048.60 ≥ 1,000, completion planned 2023-06-30 ≤ 2023-12-31. "
        "Fixed subsidy 400.")


# ================================================================== q11 major-event, eligible
def q11():
    k = Packet("q11")
    app = "江苏吴淞江经济技术开发区管理委员会"
    code = L.uscc("320506", "01428765", head="11")
    rec = "苏州市工业和信息化局"
    name = "第三届江苏“智造强省”产业创新大赛总决赛"
    letter(k.p("A 省政府办公厅关于举办大赛的通知.pdf", "other"), f"省政府办公厅关于举办{name}的通知",
           ["各设区市人民政府，省各有关部门和单位：", f"经省政府同意，定于2022年11月在苏州举办{name}。由省工业和信息化厅牵头，"
            f"苏州市人民政府承办，{app}具体负责赛事组织实施。"], "江苏省人民政府办公厅", "2022年7月6日", docno="苏政办发〔2022〕58号")
    rows = [("场地租赁及搭建", 1486000.00, 1486000.00), ("赛事组织及评审专家劳务", 986500.00, 986500.00),
            ("宣传推广及直播", 1124000.00, 1124000.00), ("会务（食宿交通）", 864600.00, 712400.00),
            ("纪念品及其他", 667500.00, 554600.00)]
    sb = sum(r[1] for r in rows)
    sd = sum(r[2] for r in rows)
    assert round(sd, 2) == 4863500.00, sd
    p = Pdf(k.p("B 专项审计报告.pdf", "audit_report"), header="苏州中吴会计师事务所有限公司", footer_pages=True)
    p.title(f"关于{name}经费支出情况的专项审计报告", 13)
    p.para("苏中吴专审〔2022〕第1207号", 10.5, indent=False, align="center")
    p.para(f"{app}：")
    p.para("我们接受委托，对大赛总决赛（2022年11月23日至25日）经费支出进行了专项审计。")
    p.table([["支出项目", "报审金额（元）", "审定金额（元）", "审减说明"]] +
            [[a, yuan(b), yuan(c), "超方案标准部分" if b != c else ""] for a, b, c in rows] + [["合计", yuan(sb), yuan(sd), ""]],
            [2.6, 1.6, 1.6, 1.6], 9.5)
    p.para(f"经审计，大赛报审支出{yuan(sb)}元，审减超出方案支出标准的会务及纪念品支出{yuan(sb - sd)}元，审定实际支出{yuan(sd)}元"
           f"（大写：{daxie(sd)}）。")
    p.gap(12)
    p.para("苏州中吴会计师事务所有限公司  注册会计师：华婉清", 10.5, indent=False, align="right")
    p.para("2022年12月16日", 10.5, indent=False, align="right")
    p.seal("苏州中吴会计师事务所有限公司", x=p.right - 90, y=p.y + 34)
    p.save()
    form_docx(k.p("C 项目申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目申报表", [
        ["项目名称", name], ["项目类别", "省委省政府部署的重大活动项目"], ["申报单位", app], ["统一社会信用代码", code],
        ["推荐单位", rec], ["活动时间", "2022年11月23日—25日"], ["经专项审计的实际支出（万元）", "486.35"], ["申请补助（万元）", "486.35"]])
    perf_docx(k.p("D 绩效目标申报表（附件1-17）.docx", "performance_form"), "1-17", "省委省政府部署的重大活动项目绩效目标申报表",
              name, rec, app, "2022年8月", "2022年11月", "办好大赛总决赛，促进成果转化。",
              [("产出指标", "数量指标", "参赛作品数（件）", "1286"), ("产出指标", "数量指标", "初、复、决赛完成场次（场）", "14"),
               ("满意度指标", "满意度", "参与者满意度（%）", "95")])
    L.scan_pdf(k.p("E 统一社会信用代码证书.pdf", "business_license"), [L.scan_page([
        ("统一社会信用代码证书", 56, "center"), "", (f"统一社会信用代码  {code}", 30, "left"), (f"机构名称  {app}", 30, "left"),
        ("机构性质  机关", 30, "left"), ("负 责 人  钱松涛", 30, "left"), "", ("颁发机关  苏州市机构编制委员会办公室", 28, "right"),
        ("2018年05月10日", 28, "right")], 1111, seal="苏州市机构编制委员会办公室", border=True)])
    letter(k.p("F 推荐函.pdf", "other"), "推荐函", [f"同意推荐{app}申报省委省政府部署的重大活动项目。"], rec, "2022年12月20日")
    k.expected("major-event", True, "eligible", {
        "applicant_name": app, "applicant_uscc": code, "recommending_unit": rec,
        "total_investment": 486.35}, 486.35, [],
        "A 省级经开区 管委会 (机关) runs a 省政府办公厅-deployed contest. The guide: 重大活动项目按专项审计后的实际支出予以一定补助 — "
        "no rate, no cap; the most that can be granted is the audited actual expenditure: 5,128,600 reported − 265,100 over-standard "
        "= 4,863,500元 = 486.35. The 申报表 asks that amount.")


# ================================================================== q12 cluster-promotion, needs_review (detected)
def q12():
    k = Packet("q12")
    app = "常州市智能网联汽车产业发展促进中心"
    code = L.uscc("320400", "46609528", head="12")
    rec = "常州市工业和信息化局"
    name = "常州新能源（智能网联）汽车集群发展促进能力提升"
    rev = [("新能源（智能网联）汽车集群", "集群观测站数据服务、专场对接、咨询报告", 176.20),
           ("高端装备集群（工程机械零部件）", "产业链图谱编制、对接活动承办", 92.20)]
    rt = round(sum(r[2] for r in rev), 2)
    assert rt == 268.40
    form_docx(k.p("集群发展促进机构项目入库申报表.docx", "application_form"), "2023年度集群发展促进机构项目入库申报表", [
        ["项目名称", name], ["申报单位", app], ["统一社会信用代码", code], ["推荐单位", rec],
        ["聚焦服务集群", "新能源（智能网联）汽车集群"], ["服务团队人数", "14"],
        ["牵头编制发布图谱、白皮书、报告等（个）", "22"], ["组织成员单位交流活动（场）", "12"], ["服务集群内企业（家）", "138"],
        ["2021.7.1-2022.6.30集群服务收入（万元）", "268.40"], ["申请补助（万元）", "134.20"]])
    perf_docx(k.p("绩效目标申报表（附件1-22）.docx", "performance_form"), "1-22", "集群发展促进机构项目绩效目标申报表", name, rec, app,
              "2023年1月", "2023年12月", "提升集群观测与服务能力。",
              [("产出指标", "数量指标", "集群观测站建设完成数（个）", "1"), ("产出指标", "数量指标", "支持赋能集群和产业链的公共服务活动次数（次）", "12")])
    p = Pdf(k.p("服务收入专项审计报告.pdf", "audit_report"), header="常州天宁会计师事务所有限公司")
    p.title("关于常州市智能网联汽车产业发展促进中心集群服务收入的专项审计报告", 13)
    p.para("审计期间：2021年7月1日至2022年6月30日。")
    p.table([["服务对象集群", "服务内容", "收入（万元）"]] + [[a, b, wan(c)] for a, b, c in rev] + [["合计", "", wan(rt)]], [2.6, 3.4, 1.2], 9.5)
    p.para(f"经审计，贵中心审计期间开展集群服务取得收入{wan(rt)}万元，其中服务新能源（智能网联）汽车集群176.20万元，"
           "受常州市工程机械行业协会委托为高端装备集群提供服务92.20万元。")
    p.gap(12)
    p.para("常州天宁会计师事务所有限公司  注册会计师：符雯", 10.5, indent=False, align="right")
    p.para("2022年11月28日", 10.5, indent=False, align="right")
    p.seal("常州天宁会计师事务所有限公司", x=p.right - 90, y=p.y + 34)
    p.save()
    letter(k.p("工作业绩清单.pdf", "other"), "集群服务工作业绩清单（2021.7—2022.6）",
           ["一、牵头编制发布：《常州智能网联汽车产业链图谱（2022）》等22项。", "二、组织交流活动12场（详见附表）。",
            "三、服务集群内企业138家。", "四、参与2021年国家先进制造业集群竞赛（常州新能源汽车集群）相关工作。"], app, "2022年11月")
    L.save_jpeg(k.p("事业单位法人证书.jpg", "business_license"), L.photo(L.scan_page([
        ("事业单位法人证书", 56, "center"), "", (f"统一社会信用代码  {code}", 28, "left"), (f"名    称  {app}", 28, "left"),
        ("宗旨和业务范围  开展智能网联汽车产业研究、集群服务、产业链对接。", 26, "left"), ("住    所  常州市新北区汽车城路2号", 28, "left"),
        ("法定代表人  邵启航", 28, "left"), ("开办资金  ¥600万元", 28, "left"), ("举办单位  常州市工业和信息化局", 28, "left"), "",
        ("登记管理机关  常州市事业单位登记管理局", 26, "right")], 1212, seal="常州市事业单位登记管理局", border=True), 1212))
    letter(k.p("推荐函.pdf", "other"), "推荐函", [f"同意推荐{app}申报集群发展促进机构项目。"], rec, "2022年12月9日")
    k.expected("cluster-promotion", False, "needs_review", {
        "applicant_name": app, "applicant_uscc": code, "recommending_unit": rec, "service_revenue": 268.40}, None,
        [{"kind": "figure", "figure": "service_revenue"}],
        "Applicant a 事业单位 (USCC 12…, 法人证书 as a JPEG photo) declaring it focuses on the 新能源（智能网联）汽车集群. Audited "
        "集群服务收入 2021-07-01..2022-06-30 = 268.40 ≥ 200, but 92.20 of it was earned serving another cluster (高端装备, on a "
        "trade association's commission); for the declared cluster alone it is 176.20 < 200. The guide says 须聚焦某一特定集群 and "
        "counts 开展集群服务收入 without saying whose — a person must decide. Counts pass (22 / 12 / 138, team 14).")


def main():
    for d in (PK, EX):
        if d.exists():
            shutil.rmtree(d)
    for f in (q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12):
        f()
    print("ok")


if __name__ == "__main__":
    main()
