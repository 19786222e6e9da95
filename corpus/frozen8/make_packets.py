#!/usr/bin/env python3
"""Generate the frozen8 blind packets n01..n12 and their expected results. Deterministic.

    /work/main/.venv/bin/python corpus/frozen8/make_packets.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import lib8 as L  # noqa: E402

PK = HERE / "packets"
EX = HERE / "expected"

# ------------------------------------------------------------------ USCC (own checker, GB 32100-2015)
_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ALL_USCC: list[str] = []


def my_check(code: str) -> bool:
    if len(code) != 18:
        return False
    org = code[8:17]
    s = sum(int(ch) * w for ch, w in zip(org[:8], [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    if org[8] != ("X" if c == 10 else "0" if c == 11 else str(c)):
        return False
    s = sum(_CH.index(ch) * w for ch, w in zip(code[:17], _W))
    c = (31 - s % 31) % 31
    return code[17] == _CH[c]


def U(region: str, base: str, head: str = "91") -> str:
    c = L.uscc(region, base, head)
    assert my_check(c), c
    ALL_USCC.append(c)
    return c


def W(x: float) -> float:
    """元 → 万元 (unrounded)."""
    return round(x / 10000, 6)


# ------------------------------------------------------------------ packet bookkeeping
class Packet:
    def __init__(self, pid):
        self.pid = pid
        self.root = PK / pid
        self.kinds: dict[str, str] = {}

    def p(self, rel: str, kind: str) -> Path:
        self.kinds[rel] = kind
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def expect(self, *, category, given, outcome, figures, subsidy, reasons, notes):
        for rel in self.kinds:
            assert (self.root / rel).exists(), rel
        on_disk = sorted(str(x.relative_to(self.root)) for x in self.root.rglob("*") if x.is_file())
        assert on_disk == sorted(self.kinds), (on_disk, sorted(self.kinds))
        d = {"id": self.pid, "category": category, "given_category": category if given else None,
             "outcome": outcome, "figures": figures, "max_subsidy_wan": subsidy, "reasons": reasons,
             "notes": notes, "documents": dict(sorted(self.kinds.items()))}
        EX.mkdir(parents=True, exist_ok=True)
        (EX / f"{self.pid}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ common documents
def licence(path, co, seed):
    lines = [("营 业 执 照", 64, "center"), ("（副 本）", 30, "center"), "",
             f"统一社会信用代码  {co['uscc']}", f"名        称  {co['name']}",
             f"类        型  {co.get('type', '有限责任公司')}", f"法定代表人  {co['rep']}",
             f"注册资本  {co['capital']}", f"成立日期  {L.cn_date(co['founded'])}",
             f"住        所  {co['addr']}", f"经营范围  {co['scope']}", "", "",
             (f"登记机关  {co['reg']}", 28, "right"), (L.cn_date(co.get('issued', '2022-03-15')), 28, "right")]
    im = L.scan_page(lines, seed, seal=co["reg"], border=True)
    L.image_pdf(path, [im])


def rec_letter(path, unit, co, project, cat_title, date, extra=""):
    p = L.Pdf(path)
    p.title(unit, 18, 6)
    p.title("关于推荐2023年度省工业和信息产业转型升级专项资金项目的函", 13, 20)
    p.para("江苏省工业和信息化厅：", 12, indent=False)
    p.para(f"根据《2023年度江苏省工业和信息产业转型升级专项资金入库项目征集指南》要求，经审核，现推荐{co['name']}"
           f"“{project}”申报{cat_title}。{extra}我局已对申报材料的真实性进行审核，该企业近三年无严重失信行为。", 12)
    p.para("特此推荐。", 12)
    p.gap(30)
    p.para(unit, 12, indent=False, align="right")
    p.para(L.cn_date(date), 12, indent=False, align="right")
    p.seal(unit, y=p.y + 30)
    p.save()


def official(path, issuer, docno, title, to, paras, date, seal=None, sign=None):
    p = L.Pdf(path)
    p.c.setFillColorRGB(0.8, 0.1, 0.1)
    p.title(issuer + ("文件" if docno else ""), 22, 8)
    p.c.setFillColorRGB(0, 0, 0)
    if docno:
        p.para(docno, 11, indent=False, align="center")
        p.c.setStrokeColorRGB(0.8, 0.1, 0.1)
        p.c.line(p.left, p.y, p.right, p.y)
        p.c.setStrokeColorRGB(0, 0, 0)
        p.gap(14)
    p.title(title, 14, 16)
    if to:
        p.para(to, 12, indent=False)
    for t in paras:
        if isinstance(t, list):
            p.table(t[1:], t[0], 9.5)
        else:
            p.para(t, 12)
    p.gap(24)
    p.para(sign or issuer, 12, indent=False, align="right")
    p.para(L.cn_date(date), 12, indent=False, align="right")
    p.seal(seal or issuer, y=p.y + 30)
    p.save()


def perf_form_docx(path, no, title, proj, rec, co, start, end, goal, rows):
    blocks = [("c", "（2023年度）"),
              ("tm", [["项目名称", proj, None, None],
                      ["项目推荐单位", rec, "项目承担单位", co],
                      ["项目开始时间", start, "项目结束时间", end],
                      ["总体目标", goal, None, None]],
               [(0, 1, 0, 3), (3, 1, 3, 3)]),
              ("tm", [["一级指标", "二级指标", "三级指标", "指标值"]] + rows, [])]
    L.docx_rich(path, f"附件{no}\n{title}绩效目标申报表", blocks)


def contract_docx(path, title, no, a, b, subject_rows, price, pay_clause, date, extra=()):
    blocks = [("r", f"合同编号：{no}"),
              ("p", f"甲方（买方）：{a}"), ("p", f"乙方（卖方）：{b}"),
              ("p", "根据《中华人民共和国民法典》及相关法律法规，甲乙双方经友好协商，就下列事项达成一致，订立本合同。"),
              ("h", "第一条  标的"),
              ("tm", [["名称", "规格/内容", "数量", "金额（元，含税）"]] + subject_rows, []),
              ("p", f"合同总价（含税）：人民币{L.yuan(price)}元（大写：{L.daxie(price)}）。"),
              ("h", "第二条  付款方式"), ("p", pay_clause)]
    blocks += [("p", t) for t in extra]
    blocks += [("h", "第三条  交付与验收"), ("p", "乙方按甲方要求完成交付、安装调试，甲方在调试完成后组织验收并签署验收单。"),
               ("p", f"甲方（盖章）：{a}            乙方（盖章）：{b}"),
               ("p", f"签订日期：{L.cn_date(date)}")]
    L.docx_rich(path, title, blocks)


def party(name, tax, addr="", bank=""):
    return (name, tax, addr or "江苏省", bank or "中国工商银行 1102 0200 0900 0000 000")


# ================================================================== n01 smart-factory (eligible)
def n01():
    k = Packet("n01")
    co = dict(name="江苏澄锋汽车零部件有限公司", uscc=U("320281", "74581236"), rep="顾建新", capital="12000万元人民币",
              founded="2003-05-16", addr="江阴市临港街道澄锋路18号", reg="江阴市行政审批局",
              scope="汽车零部件及配件制造；金属结构制造；机械零件、零部件加工；货物进出口")
    rec = "无锡市工业和信息化局"
    proj = "新能源汽车底盘结构件智能制造示范工厂建设项目"
    start, done, acc = "2020-09-01", "2022-04-30", "2022-09-20"
    # suppliers
    S = {
        "robot": ("昆山锐焊机器人系统有限公司", U("320583", "58214730")),
        "soft": ("无锡极数工业软件有限公司", U("320214", "66120384")),
        "laser": ("武汉华镭激光装备有限公司", U("420100", "71530226")),
        "agv": ("苏州迅途智能物流设备有限公司", U("320505", "69234175")),
        "net": ("中国移动通信集团江苏有限公司无锡分公司", U("320200", "13585206")),
    }
    # audit rows: (类别, 内容, 供应商, 合同编号, 不含税金额元)
    eq = [
        ("智能化设备", "激光切割柔性生产线 FMS-3015", S["laser"][0], "CF-2020-031", 4260000.00),
        ("智能化设备", "机器人焊接工作站（6套）", S["robot"][0], "CF-2021-007", 1836000.00),
        ("智能化设备", "伺服冲压生产线 SP-800", "扬州锻压机床股份有限公司", "CF-2020-033", 5120000.00),
        ("智能化设备", "铝合金副车架自动焊接线", S["robot"][0], "CF-2020-036", 3685000.00),
        ("智能化设备", "三坐标在线检测系统", "青岛海测计量仪器有限公司", "CF-2020-041", 1268000.00),
        ("智能化设备", "视觉焊缝检测单元（4套）", "苏州明视智能科技有限公司", "CF-2021-002", 864000.00),
        ("智能化设备", "AGV搬运系统（12台）", S["agv"][0], "CF-2021-011", 1728000.00),
        ("智能化设备", "立体仓库及堆垛机", S["agv"][0], "CF-2021-012", 2465000.00),
        ("智能化设备", "电泳涂装自动线改造", "常州佳涂环保设备有限公司", "CF-2021-015", 2380000.00),
        ("智能化设备", "数控折弯中心（2台）", "南通锻精机械有限公司", "CF-2021-018", 1156000.00),
        ("智能化设备", "激光打标追溯系统", "武汉华镭激光装备有限公司", "CF-2021-019", 312000.00),
        ("智能化设备", "在线扭矩拧紧系统", "上海拓紧工业技术有限公司", "CF-2021-021", 586000.00),
        ("智能化设备", "空压站智能群控系统", "无锡压缩机股份有限公司", "CF-2021-024", 498000.00),
        ("智能化设备", "能源计量采集终端（186点）", "江苏能测电气有限公司", "CF-2021-026", 372000.00),
        ("智能化设备", "工业服务器及存储", "南京中科曙联信息设备有限公司", "CF-2021-029", 686000.00),
        ("智能化设备", "工业交换机及无线AP", "南京中科曙联信息设备有限公司", "CF-2021-030", 418000.00),
        ("智能化设备", "智能刀具管理柜", "苏州迅途智能物流设备有限公司", "CF-2021-033", 156000.00),
        ("智能化设备", "环境监测及安全联锁装置", "江苏能测电气有限公司", "CF-2021-035", 214000.00),
        ("工业软件", "制造执行系统（MES）", S["soft"][0], "CF-2021-040", 1280000.00),
        ("工业软件", "仓储管理系统（WMS）", S["soft"][0], "CF-2021-040", 620000.00),
        ("工业软件", "产品生命周期管理系统（PLM）模块", "南京工图软件有限公司", "CF-2021-043", 468000.00),
        ("系统集成", "MES/WMS实施及系统集成服务", S["soft"][0], "CF-2021-040", 380000.00),
        ("系统集成", "设备联网数据采集集成", "无锡联数信息技术有限公司", "CF-2021-046", 356000.00),
        ("云资源及网络", "5G专网及私有云资源（2021.6-2022.4）", S["net"][0], "CF-2021-048", 464000.00),
        ("调试安装", "产线安装调试服务", "扬州锻压机床股份有限公司", "CF-2020-033", 426000.00),
        ("咨询设计检测", "智能工厂规划设计咨询", "江苏智造规划设计研究院有限公司", "CF-2020-028", 318000.00),
        ("咨询设计检测", "焊接工艺第三方检测评价", "无锡市产品质量监督检验院", "CF-2022-003", 126600.00),
    ]
    total = round(sum(r[4] for r in eq), 2)
    soft = round(sum(r[4] for r in eq if r[0] in ("工业软件", "系统集成", "云资源及网络")), 2)
    assert W(total) >= 3000 and W(soft) >= 300, (total, soft)

    # --- audit report: table over two pages, header repeated; totals only in 大写 in the text
    p = L.Pdf(k.p("03 专项审计报告.pdf", "audit_report"), header="江苏公诚会计师事务所有限公司    公诚专审〔2022〕第0317号", footer_pages=True)
    p.title("专项审计报告", 20, 10)
    p.para("公诚专审〔2022〕第0317号", 11, indent=False, align="center")
    p.para(f"{co['name']}：", 12, indent=False)
    p.para(f"我们接受委托，对贵公司“{proj}”（以下简称“该项目”）自{L.cn_date(start)}开工至{L.cn_date(done)}完工期间的项目投入情况"
           "进行了专项审计。提供真实、完整的合同、发票、付款凭证等资料是贵公司的责任，我们的责任是在实施审计工作的基础上发表审计意见。", 11)
    p.para("一、项目基本情况", 11, indent=False)
    p.para(f"该项目经江阴市行政审批局备案（备案证号：澄行审备〔2020〕412号），建设地点为江阴市临港街道澄锋路18号公司现有厂区。项目于"
           f"{L.cn_date(start)}开工建设，{L.cn_date(done)}全部完工并投入使用。", 11)
    p.para("二、审计结论", 11, indent=False)
    p.para(f"经审计，该项目投入（不含增值税）合计人民币{L.daxie(total)}；其中软件、系统集成及云资源投入合计人民币{L.daxie(soft)}。"
           "车间地坪及钢结构雨棚等土建工程支出人民币贰佰捌拾陆万元整，按规定未计入项目投入。项目投入明细见下表。", 11)
    p.para("三、项目投入明细表（金额单位：人民币元，不含税）", 11, indent=False)
    hdr = ["序号", "投资类别", "项目内容", "供应商", "合同编号", "不含税金额"]
    rows = [[str(i + 1), r[0], r[1], r[2], r[3], L.yuan(r[4])] for i, r in enumerate(eq)]
    rows.append(["", "合计", "", "", "", L.yuan(total)])
    rows.append(["", "其中：软件、系统集成及云资源", "", "", "", L.yuan(soft)])
    L.table_repeat(p, hdr, rows, [0.5, 1.3, 2.6, 2.6, 1.2, 1.3], 8.5, "项目投入明细表（续表）")
    p.gap(10)
    p.para("江苏公诚会计师事务所有限公司          中国注册会计师：钱韵秋   孙立平", 10.5, indent=False)
    p.para("中国·南京                                   二〇二二年八月二十六日", 10.5, indent=False)
    p.seal("江苏公诚会计师事务所有限公司", y=p.y + 30)
    p.save()

    # --- acceptance opinion: expert list as a table, conclusion at the bottom
    p = L.Pdf(k.p("04 验收意见.pdf", "acceptance_opinion"))
    p.title("项目验收意见", 18, 14)
    p.table([["项目名称", proj], ["项目承担单位", co["name"]], ["验收组织单位", rec],
             ["验收时间", "2022年9月20日"], ["验收地点", "江阴市临港街道澄锋路18号 公司行政楼三楼会议室"]], [1.3, 4.5], 10)
    p.para("验收专家组名单", 12, indent=False, align="center")
    p.table([["序号", "姓名", "工作单位", "职称/职务", "签名"],
             ["1", "许国梁", "江南大学机械工程学院", "教授（组长）", ""],
             ["2", "潘慧敏", "无锡市智能制造协会", "高级工程师", ""],
             ["3", "韩子谦", "江苏省工业互联网发展促进中心", "正高级工程师", ""],
             ["4", "陶文静", "无锡中正会计师事务所", "注册会计师", ""],
             ["5", "邢立伟", "中汽研（无锡）检测有限公司", "高级工程师", ""]], [0.5, 0.9, 2.8, 1.4, 0.9], 10)
    p.para(f"2022年9月20日，{rec}组织专家组对{co['name']}承担的“{proj}”进行了验收。专家组听取了项目建设情况汇报，"
           "现场查看了激光切割柔性生产线、机器人焊接及AGV物流系统、MES/WMS运行情况，审阅了专项审计报告及相关文件资料，经质询讨论，形成验收意见如下：", 11)
    p.para(f"1. 项目于2020年9月开工，2022年4月30日完工，建设内容与备案内容一致，实施周期符合要求。", 11)
    p.para(f"2. 经江苏公诚会计师事务所有限公司专项审计，项目投入（不含税）{W(total):,.2f}万元，其中软件、系统集成及云资源投入{W(soft):,.2f}万元。", 11)
    p.para("3. 生产效率提高32.6%，产品一次合格率由96.1%提升至99.2%，形成智能制造典型场景9个。", 11)
    p.para("验收结论：专家组一致同意该项目通过验收。", 12, indent=False)
    p.gap(30)
    p.para(f"{rec}（盖章）", 12, indent=False, align="right")
    p.para("2022年9月20日", 12, indent=False, align="right")
    p.seal(rec, y=p.y + 30)
    p.save()

    # --- application form, performance form
    L.docx_rich(k.p("01 项目入库申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ("tm", [["项目名称", proj, None, None],
                ["项目类别", "智能制造示范工厂项目", None, None],
                ["申报单位", co["name"], "统一社会信用代码", co["uscc"]],
                ["项目推荐单位", rec, "所属集群", "新能源（智能网联）汽车集群"],
                ["开工时间", "2020年9月1日", "完工时间", "2022年4月30日"],
                ["项目总投入（万元，不含税）", f"{W(total):.2f}", "其中软件等投入（万元）", f"{W(soft):.2f}"],
                ["示范工厂认定", "2021年江苏省智能制造示范工厂（苏工信装备〔2021〕512号）", None, None],
                ["申请补助（万元）", f"{W(total) * 0.1:.2f}", "验收情况", "2022年9月20日通过无锡市工信局验收"]],
         [(0, 1, 0, 3), (1, 1, 1, 3), (6, 1, 6, 3)]),
        ("p", "申报单位（盖章）：江苏澄锋汽车零部件有限公司          法定代表人：顾建新          2022年11月28日")])
    perf_form_docx(k.p("02 绩效目标申报表（附件1-2）.docx", "performance_form"), "1-2", "智能制造示范工厂项目",
                   proj, rec, co["name"], "2020年9月1日", "2022年4月30日", "建成新能源汽车底盘结构件智能制造示范工厂",
                   [["产出指标", "数量指标", "生产效率提高率（%）", "32.6"], ["产出指标", "质量指标", "产品合格率（%）", "99.2"],
                    ["效益指标", "经济效益", "项目总投入（万元）", f"{W(total):.2f}"],
                    ["效益指标", "社会效益", "形成智能制造示范应用场景数量（个）", "9"]])
    # --- designation, filing, eia, energy
    p = L.Pdf(k.p("05 省级智能制造示范工厂名单.pdf", "designation_certificate"))
    p.title("江苏省工业和信息化厅关于公布2021年江苏省智能制造示范工厂名单的通知", 13, 10)
    p.para("苏工信装备〔2021〕512号", 10.5, indent=False, align="center")
    p.para("各设区市工业和信息化局：经企业申报、地方推荐、专家评审和网上公示，现将2021年江苏省智能制造示范工厂名单予以公布。", 11)
    p.table([["序号", "企业名称", "示范工厂名称", "地区"],
             ["1", "南京汇驰电机有限公司", "高效电机智能制造示范工厂", "南京"],
             ["2", "无锡中天精密轴承有限公司", "精密轴承智能工厂", "无锡"],
             ["3", co["name"], "汽车底盘结构件智能制造示范工厂", "无锡"],
             ["4", "常州恒力储能科技有限公司", "储能电池智能制造示范工厂", "常州"],
             ["5", "苏州维拓光电有限公司", "光电模组智能工厂", "苏州"]], [0.5, 2.6, 2.8, 0.7], 10)
    p.para("江苏省工业和信息化厅", 11, indent=False, align="right")
    p.para("2021年11月19日", 11, indent=False, align="right")
    p.seal("江苏省工业和信息化厅", y=p.y + 30)
    p.save()
    official(k.p("06 项目备案证.pdf", "project_filing"), "江阴市行政审批局", None, "江苏省投资项目备案证",
             None, ["备案证号：澄行审备〔2020〕412号", f"项目名称：{proj}", f"项目法人单位：{co['name']}",
                    f"统一社会信用代码：{co['uscc']}", "建设地点：江阴市临港街道澄锋路18号",
                    "总投资：3,800万元（其中设备及软件投入3,514万元）", "建设起止年限：2020年9月至2022年6月"], "2020-07-22")
    official(k.p("07 环评批复.pdf", "eia_approval"), "无锡市行政审批局", "锡行审环许〔2020〕7193号",
             f"关于{co['name']}{proj}环境影响报告表的批复", f"{co['name']}：",
             [f"你公司报送的《{proj}环境影响报告表》收悉。经研究，在落实报告表提出的各项污染防治措施的前提下，从环境保护角度同意项目建设。"],
             "2020-08-14")
    official(k.p("08 节能审查意见.pdf", "energy_review"), "江阴市发展和改革委员会", "澄发改能审〔2020〕58号",
             f"关于{proj}节能报告的审查意见", f"{co['name']}：",
             ["项目年综合能源消费量1,286吨标准煤（当量值），符合节能审查要求，同意该项目节能报告。"], "2020-08-20")
    licence(k.p("09 营业执照.pdf", "business_license"), co, 101)
    rec_letter(k.p("10 推荐函.pdf", "other"), rec, co, proj, "智能制造示范工厂项目", "2022-12-02")
    # --- contracts
    contract_docx(k.p("合同/焊接工作站采购合同.docx", "contract"), "设备采购合同", "CF-2021-007", co["name"], S["robot"][0],
                  [["机器人焊接工作站", "RW-650 双机器人", "6套", L.yuan(2074680.00)]], 2074680.00,
                  "合同签订后支付30%预付款，设备到厂支付60%，验收合格后支付10%。", "2021-02-26",
                  ["补充约定：经双方协商，合同价款在原报价基础上优惠人民币27,120.00元（含税），已开具的发票作红字冲销后重新开具。"])
    contract_docx(k.p("合同/MES及WMS软件合同.docx", "contract"), "软件购销及实施服务合同", "CF-2021-040", co["name"], S["soft"][0],
                  [["制造执行系统MES", "V5.2 企业版", "1套", L.yuan(1446400.00)], ["仓储管理系统WMS", "V3.0", "1套", L.yuan(700600.00)],
                   ["实施及系统集成服务", "", "1项", L.yuan(402800.00)]], 2549800.00,
                  "合同签订后支付40%，上线运行后支付50%，验收后支付10%。", "2021-05-10")
    # --- invoices: a 数电票 with several lines, a blue paper invoice, its 红字 counterpart, the re-issued one
    buyer = party(co["name"], co["uscc"], "江阴市临港街道澄锋路18号 0510-86123456", "中国银行江阴临港支行 4876 5820 1234")
    inv = []
    inv.append(L.einvoice2_pdf(k.p("发票/数电票_24322000000118452013.pdf", "invoice"), number="24322000000118452013",
                               date="2021-11-18", buyer=buyer, seller=party(*S["soft"]),
                               items=[("*信息系统服务*制造执行系统MES", "V5.2", "套", 1, 1280000.00, 0.13),
                                      ("*信息系统服务*仓储管理系统WMS", "V3.0", "套", 1, 620000.00, 0.13),
                                      ("*信息技术服务*实施及系统集成服务", "", "项", 1, 380000.00, 0.06)],
                               remark="合同编号CF-2021-040", issuer="蔡雯"))
    robot_items = [("*机械设备*机器人焊接工作站", "RW-650", "套", 6, 1860000.00, 0.13)]
    inv.append(L.boxed_invoice2_pdf(k.p("发票/专票_05812347（已红冲）.pdf", "invoice"), code="3200204130", number="05812347",
                                    date="2021-03-10", buyer=buyer, seller=party(*S["robot"]), items=robot_items,
                                    remark="合同编号CF-2021-007", check="61234 50987 33210 84412"))
    inv.append(L.boxed_invoice2_pdf(k.p("发票/专票_05812391（红字）.pdf", "invoice"), code="3200204130", number="05812391",
                                    date="2021-03-25", buyer=buyer, seller=party(*S["robot"]),
                                    items=[("*机械设备*机器人焊接工作站", "RW-650", "套", -6, -1860000.00, 0.13)],
                                    remark="销项负数 开具红字增值税专用发票信息表编号3205832103001234 对应正数发票代码3200204130号码05812347"))
    inv.append(L.boxed_invoice2_pdf(k.p("发票/专票_05812392.pdf", "invoice"), code="3200204130", number="05812392",
                                    date="2021-03-26", buyer=buyer, seller=party(*S["robot"]),
                                    items=[("*机械设备*机器人焊接工作站", "RW-650", "套", 6, 1836000.00, 0.13)],
                                    remark="合同编号CF-2021-007（价格调整后重开）"))
    inv_total = W(sum(t for t, _ in inv))
    L.receipt_pdf(k.p("付款凭证/回单_20210402.pdf", "payment_voucher"), bank="中国银行", no="BOC2021040218337", date="2021-04-02",
                  payer=(co["name"], "4876 5820 1234", "中国银行江阴临港支行"), payee=(S["robot"][0], "5412 0033 8761", "中国农业银行昆山开发区支行"),
                  amount=1451856.00, memo="焊接工作站设备款（到货60%+预付30%余额）")
    k.expect(category="smart-factory", given=True, outcome="eligible",
             figures={"applicant_name": co["name"], "applicant_uscc": co["uscc"], "recommending_unit": rec,
                      "total_investment": W(total), "software_investment": W(soft), "start_date": start,
                      "completion_date": done, "acceptance_date": acc, "invoice_total": round(inv_total, 6), "invoice_count": 4},
             subsidy=round(W(total) * 0.10, 4), reasons=[],
             notes=f"Audit table (元) runs over two pages with its header repeated (续表); the numeric totals {W(total):.2f} / {W(soft):.2f} "
                   "appear only in the table's last rows on page 2, the text gives them in 大写 only. 土建 2,860,000 excluded by the audit. "
                   "Invoices: a 数电票 with three lines (228.00), a blue 专票 186.00 cancelled by a 红字 专票 −186.00, re-issued at 183.60: "
                   "invoice_total nets to 411.60 over 4 distinct invoices. Acceptance: expert list as a table, conclusion at the bottom. "
                   f"Subsidy 10% = {W(total) * 0.1:.4f} (cap 2,000).")


# ================================================================== n02 green-upgrade (eligible)
def n02():
    k = Packet("n02")
    co = dict(name="江苏汇澜印染有限公司", uscc=U("320612", "60327714"), rep="陆海峰", capital="8800万元人民币",
              founded="2006-09-12", addr="南通市通州区川姜镇汇澜路6号", reg="南通市通州区行政审批局",
              scope="纺织品印染；针纺织品制造；污水处理及其再生利用；热力生产和供应")
    rec = "南通市工业和信息化局"
    proj = "印染废水深度处理及余热回收节能改造项目"
    start, plan_done = "2021-09-15", "2023-12-31"
    plan_total, civil = 2860.00, 560.00
    S1 = ("江苏清源膜科技有限公司", U("320213", "55102346"))
    S2 = ("浙江热联节能设备有限公司", U("330106", "70118925"))
    S3 = ("南京智水环境工程软件有限公司", U("320115", "68841207"))
    y21 = [("MBR膜生物反应器组件（一期）", S1[0], "2021-10-28", 1486000.00),
           ("废水余热回收换热机组", S2[0], "2021-11-30", 1258000.00),
           ("在线水质监测仪表", "南京水测仪器有限公司", "2021-12-20", 380000.00)]
    y22a = [("MBR膜生物反应器组件（二期）", S1[0], "2022-03-18", 1392000.00),
            ("智慧水务管控软件及系统集成", S3[0], "2022-05-12", 926500.00),
            ("高效热泵机组", S2[0], "2022-06-16", 1063000.00)]
    y22b = [("反渗透回用装置（首批）", S1[0], "2022-08-22", 780000.00),
            ("余热回收管网保温改造", S2[0], "2022-09-20", 340000.00)]
    s21, s22a, s22b = (round(sum(r[3] for r in b), 2) for b in (y21, y22a, y22b))
    cutoff = W(s21 + s22a)
    assert cutoff / plan_total >= 0.20 and W(s21) / plan_total < 0.2
    p = L.Pdf(k.p("附件4_项目投入专项审计报告.pdf", "audit_report"), header="南通通衡会计师事务所有限公司", footer_pages=True)
    p.title("关于江苏汇澜印染有限公司", 15, 4)
    p.title(f"{proj}投入情况的专项审计报告", 15, 10)
    p.para("通衡专审字〔2022〕第186号", 10.5, indent=False, align="center")
    p.para(f"{co['name']}全体股东：", 11, indent=False)
    p.para(f"我们审计了贵公司{proj}（以下简称“该项目”）自开工之日（{L.cn_date(start)}）起至2022年9月30日止的项目投入情况。"
           f"该项目计划总投资3,420.00万元，其中土建投资{civil:.2f}万元、设备及软件等投入{plan_total:,.2f}万元，计划于{L.cn_date(plan_done)}前建成。", 11)
    p.para("经审计，该项目按会计年度（期间）分段列示的投入（不含增值税，以发票、合同、付款凭证为准）如下：", 11)
    for lab, blk, sub in (("（一）2021年度（2021年9月15日至12月31日）", y21, s21), ("（二）2022年1月1日至6月30日", y22a, s22a),
                          ("（三）2022年7月1日至9月30日", y22b, s22b)):
        p.para(lab, 11, indent=False)
        p.table([["内容", "供应商", "发票日期", "不含税金额（元）"]] + [[a, b, c, L.yuan(d)] for a, b, c, d in blk] +
                [["本期小计", "", "", L.yuan(sub)]], [2.6, 2.4, 1.1, 1.3], 9)
    p.para(f"截至2022年9月30日，该项目累计投入（不含税）{L.yuan(s21 + s22a + s22b)}元。土建工程尚未开始结算，未计入上述投入。", 11)
    p.para("本报告仅供贵公司申报2023年度省工业和信息产业转型升级专项资金使用。", 11)
    p.gap(16)
    p.para("南通通衡会计师事务所有限公司        中国注册会计师：曹立群  施慧", 10.5, indent=False)
    p.para("二〇二二年十月二十八日", 10.5, indent=False, align="right")
    p.seal("南通通衡会计师事务所有限公司", y=p.y + 30)
    p.save()
    L.docx_rich(k.p("附件1_项目入库申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ("p", "申报单位（盖章）：江苏汇澜印染有限公司"),
        ("tm", [["项目名称", proj, None, None], ["项目类别", "绿色化改造升级项目", None, None],
                ["统一社会信用代码", co["uscc"], "推荐单位", rec],
                ["项目总投资（万元）", "3,420.00", "其中：土建（万元）", f"{civil:.2f}"],
                ["项目总投入（不含土建，万元）", f"{plan_total:,.2f}", "截至2022年6月30日已投入（万元）", "见专项审计报告"],
                ["开工时间", "2021年9月15日", "计划建成时间", "2023年12月31日"],
                ["申请补助（万元）", f"{plan_total * 0.2:.2f}", "建设地点", "南通市通州区川姜镇"]], [(0, 1, 0, 3), (1, 1, 1, 3)]),
        ("p", "填报日期：2022年12月5日")])
    perf_form_docx(k.p("附件2_绩效目标申报表（附件1-18）.docx", "performance_form"), "1-18", "绿色化改造升级项目", proj, rec,
                   co["name"], "2021年9月15日", "2023年12月31日", "废水回用率提升至65%，年节能4,260吨标准煤",
                   [["产出指标", "数量指标", "节能量（吨标准煤）", "4260"], ["效益指标", "经济效益", "项目总投入（万元）", f"{plan_total:.2f}"]])
    official(k.p("附件5_项目备案证.pdf", "project_filing"), "南通市通州区行政审批局", None, "江苏省投资项目备案证", None,
             ["备案证号：通州行审备〔2021〕328号", f"项目名称：{proj}", f"项目法人单位：{co['name']}",
              "总投资：3,420万元", "建设起止年限：2021年9月至2023年12月"], "2021-08-20")
    im = L.scan_page([("南通市通州生态环境局", 44, "center"), ("通环审〔2021〕96号", 28, "center"), "",
                      (f"关于{co['name']}{proj}环境影响报告表的批复", 32, "center"), "", f"{co['name']}：",
                      f"你公司报送的《{proj}环境影响报告表》收悉。经研究，批复如下：", "一、在全面落实报告表提出的各项污染防治措施后，项目建设从环境保护角度可行。",
                      "二、项目废水经深度处理后回用，外排执行《纺织染整工业水污染物排放标准》。", "", "",
                      ("南通市通州生态环境局", 30, "right"), ("2021年9月6日", 30, "right")], 202, seal="南通市通州生态环境局")
    L.save_jpeg(k.p("附件6_环评批复（手机拍照）.jpg", "eia_approval"), L.photo(im, 202, 2.1))
    im = L.scan_page([("南通市通州区发展和改革委员会", 42, "center"), ("通发改能审〔2021〕31号", 28, "center"), "",
                      (f"关于{proj}节能报告的审查意见", 32, "center"), "", f"{co['name']}：",
                      "你公司报送的项目节能报告收悉。项目建成后年综合能源消费量2,180吨标准煤（当量值），年节能量4,260吨标准煤。经审查，同意该项目节能报告。",
                      "", ("南通市通州区发展和改革委员会", 30, "right"), ("2021年9月10日", 30, "right")], 203, seal="南通市通州区发展和改革委员会")
    L.scan_pdf(k.p("附件7_节能审查意见（扫描件）.pdf", "energy_review"), [im])
    licence(k.p("附件8_营业执照副本.pdf", "business_license"), co, 204)
    rec_letter(k.p("附件9_推荐函.pdf", "other"), rec, co, proj, "绿色化改造升级项目", "2022-12-08")
    buyer = party(co["name"], co["uscc"], "南通市通州区川姜镇汇澜路6号 0513-86551234", "江苏银行南通通州支行 5012 0188 0000 3365")
    inv = [L.boxed_invoice2_pdf(k.p("发票/3200211130_30219876.pdf", "invoice"), code="3200211130", number="30219876", date="2021-10-28",
                                buyer=buyer, seller=party(*S1), items=[("*专用设备*MBR膜生物反应器组件", "MBR-PVDF-30", "套", 4, 1486000.00, 0.13)]),
           L.boxed_invoice2_pdf(k.p("发票/3300211130_61120453.pdf", "invoice"), code="3300211130", number="61120453", date="2021-11-30",
                                buyer=buyer, seller=party(*S2), province="浙江",
                                items=[("*通用设备*废水余热回收换热机组", "HR-1200", "台", 2, 1258000.00, 0.13)]),
           L.einvoice2_pdf(k.p("发票/数电票_22322000000042671190.pdf", "invoice"), number="22322000000042671190", date="2022-05-12",
                           buyer=buyer, seller=party(*S3), items=[("*软件*智慧水务管控软件", "V2.0", "套", 1, 684000.00, 0.13),
                                                                    ("*信息技术服务*系统集成服务", "", "项", 1, 242500.00, 0.06)])]
    contract_docx(k.p("合同/膜组件采购合同.docx", "contract"), "设备采购合同", "HL-2021-022", co["name"], S1[0],
                  [["MBR膜生物反应器组件", "分两期供货", "8套", L.yuan(3252020.00)]], 3252020.00,
                  "一期到货验收后付一期货款，二期到货验收后付二期货款。", "2021-09-28")
    contract_docx(k.p("合同/智慧水务软件合同.docx", "contract"), "软件购销合同", "HL-2022-004", co["name"], S3[0],
                  [["智慧水务管控软件", "V2.0", "1套", L.yuan(772920.00)], ["系统集成服务", "", "1项", L.yuan(257050.00)]],
                  1029970.00, "验收合格后一次性付清。", "2022-02-21")
    L.receipt_pdf(k.p("付款凭证/回单_20211105.pdf", "payment_voucher"), bank="江苏银行", no="JSB20211105007712", date="2021-11-05",
                  payer=(co["name"], "5012 0188 0000 3365", "江苏银行南通通州支行"), payee=(S1[0], "3201 0088 1122", "中国建设银行无锡太湖支行"),
                  amount=1679180.00, memo="MBR膜组件一期货款")
    L.receipt_pdf(k.p("付款凭证/回单_20220520.pdf", "payment_voucher"), bank="江苏银行", no="JSB20220520003318", date="2022-05-20",
                  payer=(co["name"], "5012 0188 0000 3365", "江苏银行南通通州支行"), payee=(S3[0], "1001 2233 4455", "招商银行南京江宁支行"),
                  amount=1029970.00, memo="智慧水务软件款")
    it = sum(t for t, _ in inv)
    k.expect(category="green-upgrade", given=True, outcome="eligible",
             figures={"applicant_name": co["name"], "applicant_uscc": co["uscc"], "recommending_unit": rec,
                      "total_investment": plan_total, "invested_by_cutoff": cutoff, "start_date": start,
                      "completion_date": plan_done, "invoice_total": W(it), "invoice_count": 3},
             subsidy=round(plan_total * 0.2, 4), reasons=[],
             notes=f"The audit runs to 2022-09-30 and lists its amounts by period with a 小计 each (2021年度 {W(s21):.2f}, 2022年1-6月 "
                   f"{W(s22a):.2f}, 2022年7-9月 {W(s22b):.2f}) and only a cumulative total to 9-30 ({W(s21 + s22a + s22b):.2f}). The cutoff "
                   f"amount must be added: {cutoff:.2f} / {plan_total:.2f} = {cutoff / plan_total:.2%} ≥ 20% (2021 alone would be "
                   f"{W(s21) / plan_total:.2%}). 项目总投入 {plan_total:.2f} excludes 土建 560 (申报表 states both). EIA批复 as a phone "
                   "photo (JPEG), 节能审查意见 an image-only scan. Subsidy 20% = 572.")


# ================================================================== n03 specialized-sme (ineligible: 小巨人 expired)
def n03():
    k = Packet("n03")
    co = dict(name="常州锐扬精工科技有限公司", uscc=U("320412", "79654018"), rep="储志强", capital="3000万元人民币",
              founded="2011-04-08", addr="常州市武进区湖塘镇锐扬路9号", reg="常州市武进区行政审批局",
              scope="精密模具、液压件制造；机械零部件加工；软件开发")
    rec = "常州市工业和信息化局"
    proj = "精密液压阀体数字化车间提升项目"
    hw = [("五轴联动加工中心", "2台", "2021-04-16", 2360000.00), ("精密卧式加工中心", "2台", "2021-06-22", 1586000.00),
          ("在线激光测量系统", "1套", "2021-09-09", 628000.00), ("MES生产管理系统", "1套", "2021-10-15", 786000.00),
          ("设备联网及数据采集系统", "1套", "2021-12-03", 412000.00), ("三维设计软件许可（3年）", "6套", "2022-02-18", 486000.00),
          ("恒温检测室空调及净化设备", "1套", "2022-05-27", 296000.00)]
    hw_total = round(sum(r[3] for r in hw), 2)
    abc = [("2021-03-21", 193450.26), ("2021-06-21", 196581.11), ("2021-09-21", 198816.40), ("2021-12-21", 196223.75),
           ("2022-03-21", 190437.62), ("2022-06-21", 197980.34)]
    abc_out = [("2020-12-21", 63210.55), ("2022-09-21", 199120.88)]
    jsb = [("2021-09-21", 104416.67), ("2021-12-21", 105577.78), ("2022-03-21", 103255.56), ("2022-06-21", 106222.22)]
    interest = round(sum(v for _, v in abc + jsb), 2)
    assert W(hw_total) + W(interest) >= 800
    p = L.Pdf(k.p("3-专审报告.pdf", "audit_report"), header="常州中信达会计师事务所有限公司")
    p.title("专项审计报告", 20, 8)
    p.para("常中信专审〔2022〕第212号", 10.5, indent=False, align="center")
    p.para(f"{co['name']}：", 11, indent=False)
    p.para(f"我们对贵公司2021年1月1日至2022年6月30日期间“{proj}”新增软硬件投入及贷款利息进行了专项审计。", 11)
    p.para("一、新增软硬件投入明细（不含税，单位：元）", 11, indent=False)
    p.table([["序号", "名称", "数量", "发票日期", "不含税金额"]] + [[str(i + 1), a, b, c, L.yuan(d)] for i, (a, b, c, d) in enumerate(hw)],
            [0.5, 3.2, 0.8, 1.3, 1.4], 9.5)
    p.para("二、贷款利息（单位：元）", 11, indent=False)
    p.table([["贷款银行", "借款合同编号", "结息期间", "利息金额"],
             ["中国农业银行常州武进支行", "32010120200012786", "2021年1月-2022年6月（6次结息）", L.yuan(sum(v for _, v in abc))],
             ["江苏银行常州武进支行", "JSB-WJ-2021-0612", "2021年7月-2022年6月（4次结息）", L.yuan(sum(v for _, v in jsb))]],
            [2.2, 1.9, 2.4, 1.2], 9.5)
    p.para(f"三、审计结论：经审计，项目期间新增软硬件投入合计人民币{L.daxie(hw_total)}，实际支付商业银行贷款利息合计人民币"
           f"{L.daxie(interest)}，两项合计人民币{L.daxie(hw_total + interest)}。", 11)
    p.gap(12)
    p.para("常州中信达会计师事务所有限公司      中国注册会计师：尤国栋  杭青", 10.5, indent=False)
    p.para("二〇二二年十一月十日", 10.5, indent=False, align="right")
    p.seal("常州中信达会计师事务所有限公司", y=p.y + 30)
    p.save()
    # certificate: phone photo, 有效期 printed on it
    im = L.scan_page([("江苏省专精特新小巨人企业", 56, "center"), "", "", (co["name"], 40, "center"), "",
                      ("经审核，你单位被认定为2019年度江苏省专精特新小巨人企业。", 32, "center"), "",
                      ("证书编号：JSXJR-2019-0418", 28, "center"), ("有效期：2019年11月至2022年10月", 30, "center"), "", "", "",
                      ("江苏省工业和信息化厅", 32, "right"), ("二〇一九年十一月", 32, "right")], 303, seal="江苏省工业和信息化厅", border=True)
    L.save_jpeg(k.p("4-小巨人证书.jpg", "designation_certificate"), L.photo(im, 303, 2.8))
    L.docx_rich(k.p("1-项目申报表.docx", "application_form"), "2023年度专精特新中小企业能力提升项目申报表", [
        ("p", "申报单位（盖章）：常州锐扬精工科技有限公司"),
        ("tm", [["企业名称", co["name"], "统一社会信用代码", co["uscc"]], ["项目名称", proj, None, None],
                ["推荐单位", rec, "小巨人认定年度", "2019年（省级）"],
                ["新增软硬件投入（万元）", f"{W(hw_total):.2f}", "贷款利息（万元）", f"{W(interest):.2f}"],
                ["合计（万元）", f"{W(hw_total + interest):.2f}", "2021-2022年获本专项资金支持情况", "无"]], [(1, 1, 1, 3)]),
        ("p", "申报日期：2022年12月9日")])
    perf_form_docx(k.p("2-绩效目标申报表（附件1-14）.docx", "performance_form"), "1-14", "专精特新中小企业能力提升项目", proj, rec,
                   co["name"], "2021年1月1日", "2022年6月30日", "建成精密液压阀体数字化车间",
                   [["产出指标", "数量指标", "新增数字化设备（台/套数）", "9"], ["效益指标", "经济效益", "项目总投入（万元）", f"{W(hw_total):.2f}"]])
    L.docx_rich(k.p("5-贷款合同（农行）.docx", "loan_contract"), "流动资金借款合同", [
        ("r", "合同编号：32010120200012786"), ("p", f"借款人：{co['name']}"), ("p", "贷款人：中国农业银行股份有限公司常州武进支行"),
        ("p", "借款金额：人民币壹仟伍佰万元整；借款期限：2020年11月20日至2022年11月19日；年利率：5.22%，按季结息，结息日为每季末月21日。"),
        ("p", "签订日期：2020年11月18日")])
    L.docx_rich(k.p("5-贷款合同（江苏银行）.docx", "loan_contract"), "借款合同", [
        ("r", "合同编号：JSB-WJ-2021-0612"), ("p", f"借款人：{co['name']}"), ("p", "贷款人：江苏银行股份有限公司常州武进支行"),
        ("p", "借款金额：人民币捌佰万元整；借款期限：2021年6月15日至2023年6月14日；年利率：5.20%，按季结息。"),
        ("p", "签订日期：2021年6月12日")])
    p = L.Pdf(k.p("6-银行利息单.pdf", "interest_statement"))
    for bank, acct, rows in (("中国农业银行常州武进支行", "1060 1301 0400 12786", sorted(abc + abc_out)),
                             ("江苏银行常州武进支行", "8011 0188 0006 2211", jsb)):
        p.title(f"{bank}  贷款利息回单汇总", 13, 8)
        p.para(f"借款人：{co['name']}    贷款账号：{acct}", 10, indent=False)
        p.table([["结息日", "计息起止", "利息金额（元）", "状态"]] +
                [[d, "按季", L.yuan(v), "已扣收"] for d, v in rows], [1.4, 1.6, 1.6, 1], 9.5)
        p.seal(bank + " 业务专用章", y=p.y + 10, r=34)
        p.gap(50)
    p.save()
    licence(k.p("7-营业执照.pdf", "business_license"), co, 305)
    rec_letter(k.p("8-推荐函.pdf", "other"), rec, co, proj, "专精特新中小企业能力提升项目", "2022-12-12",
               "该企业为2019年度省级专精特新小巨人企业。")
    official(k.p("9-推荐单位关于项目相关手续的说明.pdf", "procedure_exemption"), rec, None, "关于项目备案等手续情况的说明", "江苏省工业和信息化厅：",
             [f"{co['name']}{proj}为在现有厂房内购置设备和软件，不新增用地和产能，无需办理备案、环评和节能审查手续。特此说明。"], "2022-12-12")
    buyer = party(co["name"], co["uscc"])
    inv = [L.boxed_invoice2_pdf(k.p("发票/五轴加工中心发票.pdf", "invoice"), code="3200203130", number="21784055", date="2021-04-16", buyer=buyer,
                                seller=party("宁波海天精工数控机床有限公司", U("330206", "71125903")), province="浙江",
                                items=[("*机床*五轴联动加工中心", "HU-5X650", "台", 2, 2360000.00, 0.13)]),
           L.einvoice2_pdf(k.p("发票/MES发票.pdf", "invoice"), number="21322000000010668452", date="2021-10-15", buyer=buyer,
                           seller=party("常州数联软件有限公司", U("320411", "66201573")),
                           items=[("*软件*MES生产管理系统", "V4", "套", 1, 786000.00, 0.13)])]
    contract_docx(k.p("合同/五轴加工中心采购合同.docx", "contract"), "设备采购合同", "RY-2021-03", co["name"], "宁波海天精工数控机床有限公司",
                  [["五轴联动加工中心", "HU-5X650", "2台", L.yuan(2666800.00)]], 2666800.00, "预付30%，验收后付70%。", "2021-02-20")
    L.receipt_pdf(k.p("付款凭证/回单_20210420.pdf", "payment_voucher"), bank="中国农业银行", no="ABC2021042009981", date="2021-04-20",
                  payer=(co["name"], "1060 1301 0400 12786", "中国农业银行常州武进支行"),
                  payee=("宁波海天精工数控机床有限公司", "3310 0456 7788", "宁波银行北仑支行"), amount=1866760.00, memo="设备款")
    k.expect(category="specialized-sme", given=True, outcome="ineligible",
             figures={"applicant_name": co["name"], "applicant_uscc": co["uscc"], "recommending_unit": rec,
                      "hw_sw_investment": W(hw_total), "loan_interest": W(interest),
                      "invoice_total": W(sum(t for t, _ in inv)), "invoice_count": 2},
             subsidy=None, reasons=[{"kind": "document", "document": "designation_certificate"}],
             notes=f"Amounts pass: hw/sw {W(hw_total):.2f} (audit states it only in 大写) + interest {W(interest):.6f} (10 settlements in "
                   f"window; the ABC statement also lists 2020-12-21 and 2022-09-21, outside) = {W(hw_total + interest):.2f} ≥ 800. But the only "
                   "小巨人 evidence is a 2019 certificate (JPEG phone photo) printed '有效期：2019年11月至2022年10月'; the application is dated "
                   "2022-12-09 and no renewal/复核 is in the packet → not 处于有效期内 → ineligible.")


# ================================================================== n04 core-tech (eligible, detected)
def n04():
    k = Packet("n04")
    co = dict(name="苏州芯衡精密测量技术有限公司", uscc=U("320505", "32187465"), rep="邵宇航",
              capital="5200万元人民币", founded="2015-07-21", addr="苏州高新区锦峰路158号", reg="苏州高新区（虎丘区）行政审批局",
              scope="半导体测试设备研发、制造；仪器仪表制造；软件开发")
    rec = "苏州市工业和信息化局"
    proj = "功率半导体器件晶圆级动态参数精密测试设备工程化攻关"
    rows = [("费用化支出", "直接投入—材料费", "3,850,000元", 385.00), ("费用化支出", "试制模具及工艺装备开发费", "286.40万元", 286.40),
            ("费用化支出", "人工费用（研发人员42人×30个月）", "1,326.00万元", 1326.00),
            ("费用化支出", "外聘研发人员劳务费", "480,000元", 48.00), ("费用化支出", "新产品设计费、试制产品检验费", "1,140,000元", 114.00),
            ("费用化支出", "知识产权申请、注册、代理费", "36.6万元", 36.60),
            ("费用化支出", "差旅、会议、资料、专家咨询等其他费用", "520,000元", 52.00),
            ("资本化支出", "研发设备：高压动态参数测试平台、探针台等", "1,065.00万元", 1065.00),
            ("资本化支出", "外购仿真软件及EDA许可", "1,550,000元", 155.00)]
    rd = round(sum(r[3] for r in rows), 2)
    assert rd >= 3000
    table = [["序号", "支出类别", "明细", "预算金额", "资金来源", "备注"]]
    for i, (a, b, c, _) in enumerate(rows):
        table.append([str(i + 1), a, b, c, "企业自筹", "2022.7.1起新增"])
    table.append(["", "小计", "申报单位新增研发投入", f"{rd:,.2f}万元", "企业自筹", ""])
    table.append(["", "合作单位", "东南大学苏州研究院配套投入", "1,800,000元", "合作单位自筹", "不计入申报单位投入"])
    table.append(["", "前期投入", "2021.10-2022.6 样机预研", "2,123,000元", "企业自筹", "2022.7.1前发生，不计入"])
    L.grid_sheet(k.p("附件3 研发投入预算明细表.pdf", "other"), "项目新增研发投入预算明细表",
                 [f"申报单位（盖章）：{co['name']}", "项目实施期：2022年7月1日—2024年12月31日          金额单位：见各单元格"],
                 table, [0.4, 0.9, 2.8, 1.1, 0.9, 1.4], 8,
                 ["注：资金来源仅限项目申报单位，合作单位投入单列、不计入；预算金额按不含税口径编制。", "编制人：陶敏   财务负责人：朱晓琳   2022年11月20日"],
                 sheet="研发预算", seal=co["name"])
    L.docx_rich(k.p("附件1 项目申报书.docx", "application_form"), None, [
        ("p", f"申报单位（盖章）：{co['name']}"),
        ("c", "2023年度关键核心技术（装备）工程化攻关项目申报书"),
        ("tm", [["项目名称", proj, None, None], ["攻关方向", "附件1-26 第61项 功率半导体器件精密检测测量设备", None, None],
                ["申报单位", co["name"], "统一社会信用代码", co["uscc"]], ["推荐单位", rec, "所属集群", "高端装备集群"],
                ["项目实施期", "2022年7月1日至2024年12月31日", "新增研发投入（万元）", f"{rd:,.2f}"],
                ["资金来源", "全部由申报单位自筹（合作单位投入180万元单列，不计入）", None, None]],
         [(0, 1, 0, 3), (1, 1, 1, 3), (5, 1, 5, 3)]),
        ("h", "一、研发基础"), ("p", "公司拥有功率器件测试相关发明专利11项、软件著作权8项，已推出静态参数测试系统并实现销售。"),
        ("h", "二、攻关目标"), ("p", "研制1200V/600A晶圆级动态参数测试设备，测试重复性优于0.5%，实现国产替代。"),
        ("h", "三、实施计划"), ("p", "2022年7月—2023年6月完成方案设计及原理样机；2023年7月—2024年6月工程样机及可靠性验证；2024年12月31日前完成用户验证。"),
        ("p", "申报日期：2022年11月25日")])
    L.grid_sheet(k.p("附件2 绩效目标申报表（附件1-12）.pdf", "performance_form"),
                 "附件1-12 关键核心技术（装备）工程化攻关项目绩效目标申报表（2023年度）",
                 [f"申报单位（盖章）：{co['name']}"],
                 [["项目名称", proj, "", ""], ["项目推荐单位", rec, "项目承担单位", co["name"]],
                  ["项目开始时间", "2022年7月1日", "项目结束时间", "2024年12月31日"],
                  ["一级指标", "二级指标", "三级指标", "指标值"],
                  ["产出指标", "数量指标", "解决关键技术难点数（个）", "5"], ["产出指标", "数量指标", "新增授权知识产权数量（个）", "8"],
                  ["产出指标", "质量指标", "关键技术和应用考核指标达标率（%）", "100"],
                  ["效益指标", "经济效益", "项目研发投入（万元）", f"{rd:,.2f}"], ["效益指标", "社会效益", "攻关成果应用项目数量（个）", "3"]],
                 [1.2, 2.6, 1.6, 2.2], 8, sheet="绩效目标")
    contract_docx(k.p("附件4 高压脉冲源采购合同（分期付款）.docx", "contract"), "研发设备采购合同", "XH-2022-RD-017", co["name"],
                  "西安凯测电子仪器有限公司", [["高压大电流脉冲源", "HCP-1200/600", "1台", L.yuan(2960000.00)]], 2960000.00,
                  "本合同价款分三期支付：（1）合同签订后10个工作日内支付30%，即人民币888,000.00元；（2）设备到货并经甲方开箱检验合格后支付60%，"
                  "即人民币1,776,000.00元；（3）设备验收合格满12个月且无质量问题后支付剩余10%，即人民币296,000.00元。",
                  "2022-08-15")
    licence(k.p("附件5 营业执照.pdf", "business_license"), co, 404)
    rec_letter(k.p("附件6 推荐函.pdf", "other"), rec, co, proj, "关键核心技术（装备）工程化攻关项目", "2022-12-06")
    k.expect(category="core-tech", given=False, outcome="eligible",
             figures={"applicant_name": co["name"], "applicant_uscc": co["uscc"], "recommending_unit": rec,
                      "rd_investment": rd, "start_date": "2022-07-01", "completion_date": "2024-12-31"},
             subsidy=round(rd * 0.3, 4), reasons=[],
             notes=f"Detect from 申报书 title + 附件1-12. Budget printed from Excel (grid, 8pt) with units in each cell, 万元 and 元 mixed: "
                   f"applicant's own new R&D from 2022-07-01 = {rd:,.2f}万元; partner 180万 and 2,123,000元 of pre-July research excluded. "
                   f"The form header line '申报单位（盖章）：…' carries the applicant. 30% = {rd * 0.3:.2f} (cap 3,000). Contract with 分期付款 "
                   "(30/60/10) is supporting only.")


# ================================================================== n05 data-productization (needs_review: acceptance before completion)
def n05():
    k = Packet("n05")
    co = dict(name="南京数澜信息技术有限公司", uscc=U("320114", "08812653"), rep="冯景行", capital="2000万元人民币",
              founded="2014-01-09", addr="南京市雨花台区软件大道119号", reg="南京市雨花台区市场监督管理局",
              scope="软件开发；信息系统集成服务；数据处理和存储支持服务")
    rec = "南京市工业和信息化局"
    proj = "城市供水管网多源数据融合分析平台"
    start, done, acc = "2021-03-01", "2022-06-28", "2022-06-16"
    rows = [("服务器、存储及GPU计算节点", 386.20), ("管网IoT数据采集终端", 214.80), ("数据中台软件", 268.00),
            ("水力模型及漏损分析软件", 186.50), ("公有云资源（2021.3-2022.6）", 72.30), ("等保测评及第三方检测", 18.60),
            ("咨询设计", 31.40), ("数据接口联调及上线实施服务（2022年6月）", 148.60)]
    tot = round(sum(v for _, v in rows), 2)
    assert tot >= 1000
    p = L.Pdf(k.p("03-专项审计报告.pdf", "audit_report"), header="江苏金陵永信会计师事务所")
    p.title("项目投入专项审计报告", 18, 8)
    p.para("金永专审〔2022〕第0871号", 10.5, indent=False, align="center")
    p.para(f"{co['name']}：", 11, indent=False)
    p.para(f"受贵公司委托，我们对“{proj}”的投入情况进行了专项审计。该项目于{L.cn_date(start)}开工，{L.cn_date(done)}完成全部建设内容"
           "（最后一项为数据接口联调及上线实施，实施服务确认单日期为2022年6月28日）并上线试运行。", 11)
    p.table([["序号", "投入内容", "不含税金额（万元）"]] + [[str(i + 1), a, f"{v:.2f}"] for i, (a, v) in enumerate(rows)] +
            [["", "合计", f"{tot:,.2f}"]], [0.5, 4, 1.5], 10)
    p.para(f"经审计，项目总投入（不含税）{tot:,.2f}万元。", 11)
    p.gap(10)
    p.para("江苏金陵永信会计师事务所      中国注册会计师：杨岚  谢东篱", 10.5, indent=False)
    p.para("2022年9月2日", 10.5, indent=False, align="right")
    p.seal("江苏金陵永信会计师事务所", y=p.y + 30)
    p.save()
    im = L.scan_page([("南京市工业和信息化局", 46, "center"), ("项目验收意见", 40, "center"), "",
                      f"项目名称：{proj}", f"承担单位：{co['name']}", "验收时间：2022年6月16日", "",
                      f"2022年6月16日，南京市工业和信息化局组织专家对{co['name']}承担的“{proj}”进行了验收。专家组听取汇报、查看平台演示、审阅资料后，认为：",
                      "1. 项目已按计划完成全部建设内容，平台接入管网监测点12,600个，建成漏损分析、爆管预警等模型18个；",
                      "2. 项目资料齐全，资金使用符合规定；",
                      "验收结论：同意通过验收。", "", "专家组组长：钱立峰", "",
                      ("南京市工业和信息化局", 30, "right"), ("2022年6月16日", 30, "right")], 505, seal="南京市工业和信息化局")
    L.scan_pdf(k.p("04-验收意见.pdf", "acceptance_opinion"), [im])
    L.docx_rich(k.p("01-项目入库申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ("tm", [["项目名称", proj, None, None], ["项目类别", "数据产品化项目", None, None],
                ["申报单位", co["name"], "统一社会信用代码", co["uscc"]], ["推荐单位", rec, "示范项目", "2021年省级大数据应用示范项目"],
                ["开工时间", "2021年3月1日", "完工时间", "2022年6月28日"], ["项目总投入（万元）", f"{tot:,.2f}", "验收时间", "2022年6月16日"]],
         [(0, 1, 0, 3), (1, 1, 1, 3)]), ("p", "申报日期：2022年11月30日")])
    perf_form_docx(k.p("02-绩效目标申报表（附件1-11）.docx", "performance_form"), "1-11", "数据产品化项目", proj, rec, co["name"],
                   "2021年3月1日", "2022年6月28日", "形成供水管网数据融合分析产品",
                   [["产出指标", "数量指标", "项目服务客户数或用户数（个）", "14"], ["效益指标", "经济效益", "项目总投入（万元）", f"{tot:.2f}"]])
    p = L.Pdf(k.p("05-2021年省级大数据应用示范项目名单.pdf", "designation_certificate"))
    p.title("2021年江苏省大数据应用示范项目名单", 14, 10)
    p.table([["序号", "项目名称", "申报单位"], ["1", "工业设备健康管理大数据平台", "无锡云测科技有限公司"],
             ["2", proj, co["name"]], ["3", "港口物流数据交换服务平台", "连云港港通数据有限公司"],
             ["4", "医药流通追溯大数据平台", "泰州医链数据科技有限公司"]], [0.5, 3.2, 2.6], 10)
    p.para("江苏省工业和信息化厅  2021年12月", 10.5, indent=False, align="right")
    p.save()
    L.save_png(k.p("06-企业库截图.png", "designation_certificate"), L.web_screenshot(
        "https://gxt.jiangsu.gov.cn/qyk/query?key=数澜", "江苏省云计算、大数据、区块链企业库 — 查询结果",
        [["企业名称", "统一社会信用代码", "入库类别", "入库年份"], [co["name"], co["uscc"], "大数据", "2020"]], [3, 3, 1.2, 1.2], seed=506))
    licence(k.p("07-营业执照.pdf", "business_license"), co, 507)
    rec_letter(k.p("08-推荐函.pdf", "other"), rec, co, proj, "数据产品化项目", "2022-12-05")
    buyer = party(co["name"], co["uscc"])
    inv = [L.einvoice2_pdf(k.p("发票/22322000000031877665.pdf", "invoice"), number="22322000000031877665", date="2022-06-28", buyer=buyer,
                           seller=party("南京水联智能科技有限公司", U("320104", "57713209")),
                           items=[("*信息技术服务*数据接口联调服务", "", "项", 1, 968000.00, 0.06),
                                  ("*信息技术服务*上线实施服务", "", "项", 1, 518000.00, 0.06)], remark="实施服务确认单日期2022-06-28"),
           L.einvoice2_pdf(k.p("发票/22322000000011250387.pdf", "invoice"), number="22322000000011250387", date="2021-07-19", buyer=buyer,
                           seller=party("南京中算信息设备有限公司", U("320102", "60081534")),
                           items=[("*计算机*GPU计算服务器", "X640", "台", 4, 1240000.00, 0.13), ("*计算机*分布式存储", "S300", "套", 1, 682000.00, 0.13)])]
    k.expect(category="data-productization", given=True, outcome="needs_review",
             figures={"applicant_name": co["name"], "applicant_uscc": co["uscc"], "recommending_unit": rec,
                      "total_investment": tot, "start_date": start, "completion_date": done, "acceptance_date": acc,
                      "invoice_total": W(sum(t for t, _ in inv)), "invoice_count": 2},
             subsidy=None, reasons=[{"kind": "figure", "figure": "acceptance_date", "alt": ["completion_date"]}],
             notes=f"Everything else passes ({tot:,.2f} ≥ 1,000; 2021 示范名单 + 企业库 screenshot). The audit and the 申报表 date completion "
                   "2022-06-28 (last item 数据接口联调及上线实施, invoiced 2022-06-28), but the recommending unit's acceptance opinion (image-only "
                   "scan) is dated 2022-06-16 and says all construction was finished. An acceptance 12 days before the stated completion cannot "
                   "have covered the finished project, or the completion date is wrong: documents disagree → a person must look.")


# ================================================================== n06 merger-acquisition (eligible; EUR paid, RMB equivalent)
def n06():
    k = Packet("n06")
    co = dict(name="江苏恒岳智能装备股份有限公司", uscc=U("321012", "73078126"), type="股份有限公司（上市）", rep="丁承远",
              capital="42000万元人民币", founded="2002-12-18", addr="扬州市江都区恒岳大道1号", reg="扬州市市场监督管理局",
              scope="智能装备、数控机床及功能部件研发制造；货物进出口")
    rec = "扬州市工业和信息化局"
    proj = "收购德国Brandt Präzisionstechnik GmbH 100%股权项目"
    pays = [("2022-03-15", 4100000.00, 6.9680), ("2022-05-10", 4100000.00, 7.0523)]
    rmb = [round(e * r, 2) for _, e, r in pays]
    amt = W(sum(rmb))
    assert amt >= 5000
    p = L.Pdf(k.p("附件3 并购出资专项审计报告.pdf", "audit_report"), header="江苏苏亚华信会计师事务所（特殊普通合伙）")
    p.title("关于江苏恒岳智能装备股份有限公司", 15, 4)
    p.title("跨境并购实际出资情况的专项审计报告", 15, 10)
    p.para("苏亚华信专审〔2022〕第559号", 10.5, indent=False, align="center")
    p.para(f"{co['name']}董事会：", 11, indent=False)
    p.para("我们审计了贵公司收购德国Brandt Präzisionstechnik GmbH（以下简称“目标公司”）100%股权的实际出资情况。根据2021年12月8日签署的"
           "《股权购买协议》（SPA），交易对价为800万欧元，另因交割日净营运资本调整增加20万欧元，合计820万欧元，全部以现金支付，分两期经"
           "中国银行扬州分行购汇汇出。", 11)
    p.table([["期次", "汇出日期", "汇出金额（欧元）", "购汇汇率", "折合人民币（元）"]] +
            [[str(i + 1), d, f"{e:,.2f}", f"{r:.4f}", L.yuan(v)] for i, ((d, e, r), v) in enumerate(zip(pays, rmb))] +
            [["合计", "", f"{sum(e for _, e, _ in pays):,.2f}", "", L.yuan(sum(rmb))]], [0.6, 1.3, 1.5, 1.0, 1.8], 10)
    p.para(f"经审计，贵公司对目标公司的实际出资额为820万欧元，均为现金，按实际购汇汇率折合人民币{L.yuan(sum(rmb))}元（约{amt:,.2f}万元）。"
           "股权交割于2022年5月20日完成，目标公司股东名册及德国商业登记（Handelsregister）已于当日变更，贵公司持有目标公司100%股权。", 11)
    p.gap(10)
    p.para("江苏苏亚华信会计师事务所（特殊普通合伙）   中国注册会计师：高文彬  郑雪梅", 10.5, indent=False)
    p.para("二〇二二年十月十八日", 10.5, indent=False, align="right")
    p.seal("江苏苏亚华信会计师事务所", y=p.y + 30)
    p.save()
    for i, ((d, e, r), v) in enumerate(zip(pays, rmb)):
        im = L.slip_photo([f"汇款日期：{d}        业务编号：BOCYZ{d.replace('-', '')}0{i + 3}17",
                           f"汇款人：{co['name']}", "汇款人账号：4739 5812 6601",
                           "收款人：Richter & Partner Notare – Anderkonto Brandt", "收款银行：Deutsche Bank AG, Stuttgart  SWIFT: DEUTDESS",
                           f"汇款币种及金额：EUR {e:,.2f}", f"购汇汇率：{r:.4f}      折合人民币：CNY {L.yuan(v)}",
                           f"汇款附言：SPA BRANDT SHARE PURCHASE PRICE INSTALMENT {i + 1}", "费用承担：OUR"],
                          610 + i, "中国银行 境外汇款申请书（银行回执联）", "中国银行扬州分行 国际结算专用章")
        L.save_jpeg(k.p(f"附件5 付款凭证/汇款回执{i + 1}.jpg", "payment_voucher"), im)
    L.docx_rich(k.p("附件4 股权购买协议（中文译本摘要）.docx", "contract"), "股权购买协议（中文译本，摘要）", [
        ("p", "卖方：Brandt Holding GmbH（德国斯图加特）"), ("p", f"买方：{co['name']}"),
        ("p", "标的：Brandt Präzisionstechnik GmbH 100%股权（注册资本50万欧元）。"),
        ("p", "对价：800万欧元（现金），按交割日净营运资本调整；分两期支付：签署并取得中国境外投资备案后支付50%，交割日支付余款。"),
        ("p", "交割：以股东名册变更及商业登记簿登记为准。"), ("p", "卖方声明其与买方及买方控股股东不存在关联关系。"),
        ("p", "签署日期：2021年12月8日（斯图加特）")])
    official(k.p("附件6 企业境外投资证书.pdf", "other"), "江苏省商务厅", None, "企业境外投资证书", None,
             ["境外投资证第N3200202200046号", f"境内投资主体：{co['name']}", "境外企业名称：Brandt Präzisionstechnik GmbH",
              "投资总额：820万欧元  投资方式：并购  股比：100%"], "2022-02-25", sign="江苏省商务厅")
    official(k.p("附件7 德国商业登记摘录（译文）.pdf", "other"), "斯图加特地方法院商业登记处（译文）", None,
             "商业登记簿摘录 HRB 73 1184", None,
             ["公司：Brandt Präzisionstechnik GmbH", f"股东：{co['name']}（持股100%）", "登记日期：2022年5月20日",
              "翻译单位：扬州译通翻译有限公司（译文与原文一致）"], "2022-05-27", seal="扬州译通翻译有限公司", sign="扬州译通翻译有限公司")
    L.docx_rich(k.p("附件1 项目申报表.docx", "application_form"), "2023年度企业重大兼并重组项目申报表", [
        ("tm", [["项目名称", proj, None, None], ["并购方（申报单位）", co["name"], "统一社会信用代码", co["uscc"]],
                ["推荐单位", rec, "目标企业", "Brandt Präzisionstechnik GmbH（德国）"],
                ["实际出资额", f"820万欧元，折合人民币{amt:,.2f}万元（现金）", "并购后持股比例", "100%"],
                ["股权变更完成日期", "2022年5月20日", "申请补助（万元）", f"{amt * 0.05:.2f}"]], [(0, 1, 0, 3)]),
        ("p", "声明：本次并购为跨境并购，交易双方不存在同一控制关系。"), ("p", "申报日期：2022年12月1日")])
    perf_form_docx(k.p("附件2 绩效目标申报表（附件1-13）.docx", "performance_form"), "1-13", "企业重大兼并重组项目", proj, rec, co["name"],
                   "2021年12月8日", "2022年5月20日", "并购德国精密主轴企业，补齐高速电主轴短板",
                   [["效益指标", "经济效益", "项目总投入（万元）", f"{amt:.2f}"], ["产出指标", "数量指标", "新增发明专利（个）", "6"]])
    licence(k.p("附件8 营业执照.pdf", "business_license"), co, 608)
    rec_letter(k.p("附件9 推荐函.pdf", "other"), rec, co, proj, "企业重大兼并重组项目", "2022-12-07")
    k.expect(category="merger-acquisition", given=True, outcome="eligible",
             figures={"applicant_name": co["name"], "applicant_uscc": co["uscc"], "recommending_unit": rec,
                      "acquisition_amount": amt, "control_share": 1.0},
             subsidy=round(amt * 0.05, 4), reasons=[],
             notes=f"Cross-border acquisition paid in euros: EUR 8.2m in two remittances (bank slips as JPEG phone photos); the audit converts at the "
                   f"actual purchase rates to RMB {L.yuan(sum(rmb))} = {amt:.4f}万元 ≥ 5,000; 100% after; 交割/商业登记 2022-05-20 in window. "
                   f"5% = {amt * 0.05:.4f} (cap 2,000). The 境外投资证书 and the German register extract stand in for 工商变更.")


# ================================================================== n07 iiot-identifier-node (needs_review: connected firms disagree)
def n07():
    k = Packet("n07")
    co = dict(name="江苏泰标智联科技有限公司", uscc=U("321202", "08536419"), rep="单晓明", capital="3000万元人民币",
              founded="2019-03-26", addr="泰州市海陵区药城大道799号", reg="泰州市市场监督管理局",
              scope="工业互联网数据服务；软件开发；信息系统集成服务")
    rec = "泰州市工业和信息化局"
    proj = "工业互联网标识解析（医药行业）二级节点扩容升级项目"
    total, start, done = 1218.60, "2021-06-01", "2023-10-31"
    L.docx_rich(k.p("01 项目申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ("p", f"申报单位（盖章）：{co['name']}"),
        ("tm", [["项目名称", proj, None, None], ["项目类别", "工业互联网标识解析二级节点项目", None, None],
                ["统一社会信用代码", co["uscc"], "推荐单位", rec],
                ["项目总投入（万元，不含税）", f"{total:,.2f}", "建设周期", "2021年6月1日至2023年10月31日"],
                ["专家评估", "2021年8月通过中国信息通信研究院组织的二级节点上线评估", None, None],
                ["运行数据（截至2022年11月30日）", "累计标识注册量2.41亿；累计标识解析量1.36亿次；接入企业1,052家；推广活动7场；展示体验中心已建成", None, None]],
         [(0, 1, 0, 3), (1, 1, 1, 3), (4, 1, 4, 3), (5, 1, 5, 3)]),
        ("p", "注：接入企业数据为企业节点管理后台统计。"), ("p", "填报日期：2022年12月2日")])
    perf_form_docx(k.p("02 绩效目标申报表（附件1-6）.docx", "performance_form"), "1-6", "工业互联网标识解析项目", proj, rec, co["name"],
                   "2021年6月1日", "2023年10月31日", "■二级节点  □公共服务平台",
                   [["产出指标", "数量指标", "累计标识注册量（亿）", "2.41"], ["产出指标", "数量指标", "累计标识解析量（亿）", "1.36"],
                    ["产出指标", "数量指标", "接入企业数量（家）", "1052"], ["效益指标", "经济效益", "*项目总投入（万元）", f"{total:.2f}"]])
    p = L.Pdf(k.p("03 二级节点运行监测报告.pdf", "third_party_test_report"), header="中国信息通信研究院华东分院")
    p.title("工业互联网标识解析二级节点运行监测报告", 15, 8)
    p.para("报告编号：CAICT-HD-BS-2022-1187", 10, indent=False, align="center")
    p.para(f"受{co['name']}委托，我院依据国家顶级节点（南京）监测数据，对该公司运营的医药行业二级节点（前缀88.166.12）截至2022年9月30日的运行情况进行了统计核验。", 11)
    p.table([["指标", "核验值（截至2022-09-30）", "指南要求"], ["累计标识注册量", "2.27亿", "≥2亿"], ["累计标识解析量", "1.21亿次", "≥1亿"],
             ["接入企业数", "968家", "≥1000家"], ["标识应用推广场次", "6场", "≥5场"], ["展示体验区", "已建成（泰州医药城）", "建成"]], [2, 2, 1.2], 10)
    p.para("说明：接入企业数以顶级节点登记的二级节点下企业节点前缀为准，未登记前缀的企业不计入。", 10)
    p.para("中国信息通信研究院华东分院", 11, indent=False, align="right")
    p.para("2022年10月21日", 11, indent=False, align="right")
    p.seal("中国信息通信研究院华东分院", y=p.y + 30)
    p.save()
    official(k.p("04 二级节点上线评估意见.pdf", "other"), "中国信息通信研究院", None, "工业互联网标识解析二级节点上线评估意见", None,
             [f"2021年8月26日，我院组织专家对{co['name']}建设的医药行业二级节点进行上线评估。专家组认为该节点系统功能、性能、安全满足要求，同意上线运行。"],
             "2021-08-26")
    L.grid_sheet(k.p("05 项目投资预算表.pdf", "other"), "项目总投入预算表（不含税）", [f"申报单位（盖章）：{co['name']}"],
                 [["序号", "内容", "金额（万元）", "已完成（万元）"], ["1", "节点服务器、存储、网络及安全设备", "486.40", "312.60"],
                  ["2", "标识解析系统软件及二次开发", "372.00", "168.00"], ["3", "展示体验中心设备", "128.20", "128.20"],
                  ["4", "云资源及网络费用", "96.00", "41.20"], ["5", "咨询设计、检验检测", "56.00", "18.00"],
                  ["6", "研发费用", "80.00", "24.00"], ["", "合计", f"{total:,.2f}", "692.00"]], [0.5, 3.4, 1.2, 1.2], 9, sheet="预算")
    licence(k.p("06 营业执照.pdf", "business_license"), co, 707)
    rec_letter(k.p("07 推荐函.pdf", "other"), rec, co, proj, "工业互联网标识解析二级节点项目", "2022-12-06")
    k.expect(category="iiot-identifier-node", given=True, outcome="needs_review",
             figures={"applicant_name": co["name"], "applicant_uscc": co["uscc"], "recommending_unit": rec,
                      "total_investment": total, "start_date": start, "completion_date": done},
             subsidy=None, reasons=[{"kind": "document", "document": "third_party_test_report"}],
             notes="Investment 1,218.60 ≥ 1,000, planned completion 2023-10-31 ≤ 2023-12-31, expert evaluation, showroom, 6-7 events, "
                   "registrations and resolutions all pass. 接入企业: the CAICT monitoring report (third party, to 2022-09-30) certifies 968 "
                   "(< 1,000); the 申报表 and performance form claim 1,052 to 2022-11-30 from the company's own back-office, with no "
                   "third-party proof. The two disagree on the deciding count; the later figure may be true → a person must verify.")


# ================================================================== n08 innovation-center (ineligible: 27 months → 8,000 floor)
def n08():
    k = Packet("n08")
    co = dict(name="江苏芯联封测技术有限公司", uscc=U("320214", "67103528"), rep="孔德润",
              capital="20000万元人民币", founded="2010-10-11", addr="无锡市新吴区长江路21号", reg="无锡市新吴区行政审批局",
              scope="集成电路封装测试技术研发及服务；检验检测服务")
    rec = "无锡市工业和信息化局"
    center = "江苏省先进封装测试制造业创新中心"
    proj = f"{center}创新能力建设项目"
    start, done = "2022-10-01", "2024-12-31"
    items = [("研究开发—设备费（含软件和网络设备）", 2980.00), ("测试验证平台建设", 1160.00), ("中试孵化线设备", 1040.00),
             ("材料费、燃料动力费", 386.00), ("测试化验加工费", 214.00), ("人工费用及外聘研发人员劳务费", 520.00),
             ("知识产权及成果评审验收费", 80.00)]
    tot = round(sum(v for _, v in items), 2)
    assert 5000 <= tot < 8000
    im = L.scan_page([("江苏省工业和信息化厅", 48, "center"), ("苏工信科技〔2020〕318号", 28, "center"), "",
                      (f"关于同意组建{center}的批复", 32, "center"), "", "无锡市工业和信息化局：",
                      f"你局《关于申请组建{center}的请示》收悉。经专家论证，同意以{co['name']}为依托单位，试点建设{center}。",
                      "请指导创新中心完善治理结构，聚焦先进封装共性技术研发、测试验证和中试孵化，按期完成建设任务。", "", "",
                      ("江苏省工业和信息化厅", 30, "right"), ("2020年6月18日", 30, "right")], 808, seal="江苏省工业和信息化厅")
    L.scan_pdf(k.p("附件3-省级制造业创新中心批复.pdf", "designation_certificate"), [im])
    L.docx_rich(k.p("附件1-项目申报书.docx", "application_form"), "2023年度省级制造业创新中心创新能力建设项目申报书", [
        ("p", f"申报单位（依托企业，盖章）：{co['name']}"),
        ("tm", [["项目名称", proj, None, None], ["创新中心", center, "批复时间", "2020年6月18日"],
                ["依托企业", co["name"], "统一社会信用代码", co["uscc"]], ["推荐单位", rec, "建设周期", "27个月"],
                ["建设起止时间", "2022年10月1日至2024年12月31日", "项目总投入（万元）", f"{tot:,.2f}"]], [(0, 1, 0, 3)]),
        ("h", "建设内容"), ("p", "建设芯粒（Chiplet）异构集成工艺研发平台、可靠性测试验证平台和中试孵化线，面向行业提供共性技术服务。"),
        ("h", "投资预算（万元）"), ("tm", [["内容", "金额"]] + [[a, f"{v:,.2f}"] for a, v in items] + [["合计", f"{tot:,.2f}"]], []),
        ("p", "申报日期：2022年12月1日")])
    perf_form_docx(k.p("附件2-绩效目标申报表（附件1-21）.docx", "performance_form"), "1-21", "省级制造业创新中心创新能力建设项目", proj, rec,
                   co["name"], "2022年10月1日", "2024年12月31日", "建成先进封装共性技术研发与中试平台",
                   [["产出指标", "数量指标", "申请专利数量（个）", "40"], ["效益指标", "可持续发展", "新增研发类固定资产（万元）", f"{2980 + 1160 + 1040:.2f}"]])
    licence(k.p("附件4-营业执照.pdf", "business_license"), co, 809)
    rec_letter(k.p("附件5-推荐函.pdf", "other"), rec, co, proj, "省级制造业创新中心创新能力建设项目", "2022-12-08")
    k.expect(category="innovation-center", given=True, outcome="ineligible",
             figures={"applicant_name": co["name"], "applicant_uscc": co["uscc"], "recommending_unit": rec,
                      "total_investment": tot, "start_date": start, "completion_date": done},
             subsidy=None, reasons=[{"kind": "figure", "figure": "total_investment", "alt": ["start_date", "completion_date"]}],
             notes=f"Center approved 2020-06-18 (image-only scan of the 批复; under 3 years at application). Construction 2022-10-01 → 2024-12-31 = "
                   f"27 months (the 申报书 says so itself): over 2 years, so the floor is 8,000, not 5,000. {tot:,.2f} < 8,000 → ineligible "
                   f"(it would pass a 2-year project).")


# ================================================================== n09 lead-software-enterprise (eligible, detected)
def n09():
    k = Packet("n09")
    co = dict(name="南京擎宇软件科技有限公司", uscc=U("320115", "69457310"), rep="姚启明", capital="6000万元人民币",
              founded="2012-08-30", addr="南京市江宁区秣周东路12号", reg="南京市江宁区市场监督管理局",
              scope="软件开发；信息技术咨询服务；信息系统集成服务；数据处理服务")
    rec = "南京市工业和信息化局"
    rev21, rev20 = 6284.50, 5561.30
    inv_rows = [("研发用服务器、测试设备等固定资产", 412.60), ("研发人员费用（职工薪酬、社保公积金）", 1356.80), ("标准制定费用", 38.40)]
    invest = round(sum(v for _, v in inv_rows), 2)
    assert invest >= 1000 and rev21 / rev20 - 1 >= 0.10
    p = L.Pdf(k.p("3 专项审计报告.pdf", "audit_report"), header="天衡会计师事务所（特殊普通合伙）江苏分所")
    p.title("专项审计报告", 18, 8)
    p.para("天衡专字（2022）01644号", 10.5, indent=False, align="center")
    p.para(f"{co['name']}：", 11, indent=False)
    p.para("我们对贵公司2021年度、2020年度软件和信息技术服务业务收入及2021年度软件和信息技术相关投入进行了专项审计。", 11)
    p.table([["项目", "2021年度", "2020年度", "增长率"], ["软件和信息技术服务业务收入（万元）", f"{rev21:,.2f}", f"{rev20:,.2f}",
                                                       f"{(rev21 / rev20 - 1) * 100:.2f}%"],
             ["营业收入（万元）", "6,902.17", "6,118.44", ""]], [3, 1.3, 1.3, 1], 10)
    p.para(f"2021年度软件和信息技术相关投入（不含税）{invest:,.2f}万元，明细见附表《2021年度软件和信息技术相关投入明细表》。办公区装修改造"
           "支出96.00万元不属于研发用设备、研发人员费用或标准制定费用，未计入。", 11)
    p.gap(10)
    p.para("天衡会计师事务所（特殊普通合伙）江苏分所      中国注册会计师：戴韵  邹明哲", 10.5, indent=False)
    p.para("2022年4月26日", 10.5, indent=False, align="right")
    p.seal("天衡会计师事务所", y=p.y + 30)
    p.save()
    L.docx_rich(k.p("3-1 专项审计报告附表.docx", "audit_report"), "附表：2021年度软件和信息技术相关投入明细表", [
        ("p", f"编制单位：{co['name']}                单位：万元"),
        ("tm", [["序号", "项目", "2021年度金额（不含税）", "备注"],
                ["1", inv_rows[0][0], f"{inv_rows[0][1]:.2f}", "固定资产卡片"],
                ["2", inv_rows[1][0], f"{inv_rows[1][1]:.2f}", "研发人员186人"],
                ["3", inv_rows[2][0], f"{inv_rows[2][1]:.2f}", "2项团体标准"],
                ["", "合计", f"{invest:,.2f}", ""], ["", "办公区装修改造（不计入）", "96.00", ""]], []),
        ("p", "（本附表为天衡专字（2022）01644号专项审计报告的组成部分）")])
    sw = [("擎宇工业数据采集网关软件V3.0", "原始取得"), ("擎宇设备健康管理平台V2.1", "原始取得"), ("擎宇能耗分析系统V1.5", "原始取得"),
          ("擎宇MES移动端软件V2.0", "原始取得"), ("擎宇质量追溯系统V3.2", "原始取得"), ("擎宇排产优化引擎V1.0", "原始取得"),
          ("擎宇低代码表单平台V1.0", "原始取得"), ("擎宇仓储看板软件V1.3", "原始取得"), ("擎宇工艺知识库系统V1.0", "原始取得"),
          ("擎宇设备点检APP V2.0", "原始取得"), ("擎宇边缘计算管理软件V1.1", "原始取得"), ("某某OPC协议转换软件V1.0", "受让"),
          ("某某视觉标注工具V2.0", "受让"), ("某某报表引擎V3.1", "受让")]
    p = L.Pdf(k.p("4 2021年度软件著作权清单.pdf", "other"))
    p.title("2021年度获得计算机软件著作权登记清单", 14, 8)
    p.table([["序号", "软件名称", "登记号", "登记日期", "权利取得方式"]] +
            [[str(i + 1), n.replace("某某", "擎宇"), f"2021SR0{518203 + i * 3791}", f"2021-{(i % 11) + 1:02d}-{(i * 7) % 27 + 1:02d}", w]
             for i, (n, w) in enumerate(sw)], [0.5, 3, 1.5, 1.2, 1.2], 9)
    p.para("合计14件，其中原始取得11件、受让取得3件。", 10.5)
    p.save()
    p = L.Pdf(k.p("5 2022年度省规划布局内重点软件企业名单.pdf", "designation_certificate"))
    p.title("江苏省工业和信息化厅关于公布2022年度江苏省规划布局内重点软件企业名单的通知", 13, 8)
    p.para("苏工信软件〔2022〕387号", 10.5, indent=False, align="center")
    p.table([["序号", "企业名称", "所在地"], ["…", "…", "…"], ["17", "南京云栈信息技术有限公司", "南京"], ["18", co["name"], "南京"],
             ["19", "无锡数维软件股份有限公司", "无锡"], ["…", "…", "…"]], [0.6, 4, 1], 10)
    p.para("江苏省工业和信息化厅  2022年9月28日", 10.5, indent=False, align="right")
    p.save()
    L.docx_rich(k.p("1 项目申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ("tm", [["申报单位", co["name"], "统一社会信用代码", co["uscc"]], ["项目名称", "工业软件产品线升级与专精特新能力提升", None, None],
                ["项目类别", "头雁型软件企业培育项目（省规划布局内重点软件企业）", None, None], ["推荐单位", rec, "联系人", "姚思远"],
                ["2021年软件业务收入（万元）", f"{rev21:,.2f}", "增速", f"{(rev21 / rev20 - 1) * 100:.2f}%"],
                ["2021年相关投入（万元）", f"{invest:,.2f}", "2021年软著（件，不含受让）", "11"]], [(1, 1, 1, 3), (2, 1, 2, 3)]),
        ("p", "申报日期：2022年11月29日")])
    L.docx_rich(k.p("2 绩效目标申报表.docx", "performance_form"), "附件1-15\n头雁型软件企业培育项目绩效目标申报表（2023年度）", [
        ("tm", [["项目名称", "工业软件产品线升级与专精特新能力提升", None, None], ["项目推荐单位", rec, "项目承担单位", co["name"]],
                ["项目开始时间", "2023年1月1日", "项目结束时间", "2023年12月31日"],
                ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "研发投入占企业销售（营业）收入比例（%）", "26"],
                ["效益指标", "经济效益", "软件和信息技术服务业务收入增长率（%）", "12"]], [(0, 1, 0, 3)])])
    licence(k.p("6 营业执照.pdf", "business_license"), co, 906)
    rec_letter(k.p("7 推荐函.pdf", "other"), rec, co, "工业软件产品线升级与专精特新能力提升", "头雁型软件企业培育项目", "2022-12-05")
    k.expect(category="lead-software-enterprise", given=False, outcome="eligible",
             figures={"applicant_name": co["name"], "applicant_uscc": co["uscc"], "recommending_unit": rec},
             subsidy=round(invest * 0.2, 4), reasons=[],
             notes=f"Detect from the 申报表 项目类别 line + 附件1-15 title. In the 2022 (latest) 重点软件企业 list. 2021 software revenue {rev21:,.2f} "
                   f"vs {rev20:,.2f} = +{(rev21 / rev20 - 1) * 100:.2f}% ≥ 10%; related investment {invest:,.2f} ≥ 1,000, its breakdown in a "
                   "separate DOCX 附表 of the audit (装修 96 excluded); 14 copyrights of which 3 受让 → 11 ≥ 10. 20% = "
                   f"{invest * 0.2:.2f} (cap 500). No amount figure expected (the guide's basis '上年度软件和信息技术相关投入' has no CONTRACT name).")


# ================================================================== n10 sme-service-platform (incomplete: no recommending unit)
def n10():
    k = Packet("n10")
    co = dict(name="盐城汇企通企业服务有限公司", uscc=U("320902", "32590147"), rep="季红霞", capital="1000万元人民币",
              founded="2016-05-20", addr="盐城市亭湖区开放大道59号", reg="盐城市亭湖区行政审批局",
              scope="企业管理咨询；技术服务；人力资源服务；会议及展览服务")
    proj = "盐城中小企业公共服务示范平台服务能力提升项目"
    rows = [("服务设备、仪器购置", 86.40), ("平台运营人员及运营管理投入", 182.60), ("公益培训、诊断活动支出", 126.50),
            ("专家咨询及服务外包支出", 72.80)]
    tot = round(sum(v for _, v in rows), 2)
    assert tot >= 400
    p = L.Pdf(k.p("附件3 专项审计报告.pdf", "audit_report"), header="盐城华瑞会计师事务所有限公司")
    p.title("专项审计报告", 18, 8)
    p.para("盐华瑞专审〔2022〕第093号", 10.5, indent=False, align="center")
    p.para(f"{co['name']}：", 11, indent=False)
    p.para("我们对贵公司2021年1月1日至2022年6月30日期间平台项目投入情况进行了专项审计。", 11)
    p.table([["项目", "金额（万元，不含税）"]] + [[a, f"{v:.2f}"] for a, v in rows] + [["合计", f"{tot:.2f}"],
             ["未计入：固定资产折旧", "23.10"], ["未计入：员工奖金福利", "31.40"], ["未计入：业务招待费", "8.75"]], [4, 2], 10)
    p.para(f"经审计，平台项目投入合计{tot:.2f}万元；期间服务中小微企业248家（线下），其中免费及低收费服务占总服务量的36.3%；开展公益性服务活动11场，"
           "其中与盐城市工业和信息化局联合开展2场；服务满意度95.2%。", 11)
    p.gap(10)
    p.para("盐城华瑞会计师事务所有限公司    中国注册会计师：季文涛  何青", 10.5, indent=False)
    p.para("2022年10月12日", 10.5, indent=False, align="right")
    p.seal("盐城华瑞会计师事务所有限公司", y=p.y + 30)
    p.save()
    L.docx_rich(k.p("附件1 项目申报表.docx", "application_form"), "2023年度中小企业公共服务示范平台项目申报表", [
        ("tm", [["申报单位", co["name"], "统一社会信用代码", co["uscc"]], ["项目名称", proj, None, None],
                ["项目推荐单位", "", "平台类型", "省级中小企业公共服务示范平台"],
                ["项目投入（万元）", f"{tot:.2f}", "服务企业数（家）", "248"], ["公益活动（场）", "11", "满意度", "95.2%"]], [(1, 1, 1, 3)]),
        ("p", "2022年度及连续3年获中小企业公共服务示范平台专项资金支持情况：无"), ("p", "申报日期：2022年12月6日")])
    perf_form_docx(k.p("附件2 绩效目标申报表（附件1-23）.docx", "performance_form"), "1-23", "中小企业公共服务示范平台项目", proj, "",
                   co["name"], "2021年1月1日", "2022年6月30日", "服务中小微企业200家以上",
                   [["产出指标", "数量指标", "年服务中小企业数量（个）", "248"], ["效益指标", "经济效益", "建设投入和支出总额（万元）", f"{tot:.2f}"]])
    p = L.Pdf(k.p("附件4 省级示范平台认定文件.pdf", "designation_certificate"))
    p.title("江苏省工业和信息化厅关于认定2021年度江苏省中小企业公共服务示范平台的通知", 13, 8)
    p.para("苏工信中小〔2021〕466号", 10.5, indent=False, align="center")
    p.para("经申报推荐、专家评审和公示，认定以下单位为2021年度江苏省中小企业公共服务示范平台，有效期三年。", 11)
    p.table([["序号", "平台名称", "运营单位"], ["1", "苏州工业园区中小企业服务平台", "苏州园企服科技有限公司"],
             ["2", "盐城中小企业综合服务平台", co["name"]], ["3", "徐州智能制造公共服务平台", "徐州工服科技有限公司"]], [0.6, 3, 3], 10)
    p.para("江苏省工业和信息化厅  2021年10月25日", 10.5, indent=False, align="right")
    p.save()
    p = L.Pdf(k.p("附件5 公益服务活动清单.pdf", "other"))
    p.title("2021年1月—2022年6月公益性服务活动清单", 14, 8)
    acts = [("2021-03-18", "专精特新政策解读会", "盐城市工业和信息化局、本平台"), ("2021-05-12", "中小企业数字化转型诊断沙龙", "本平台"),
            ("2021-06-24", "企业融资对接会", "本平台"), ("2021-08-19", "知识产权保护培训", "本平台"), ("2021-10-15", "小升规企业培育辅导", "本平台"),
            ("2021-11-26", "财税合规公益讲座", "本平台"), ("2022-01-14", "用工服务对接会", "本平台"),
            ("2022-03-22", "智改数转现场观摩", "盐城市工业和信息化局、本平台"), ("2022-04-20", "上市培育沙龙", "本平台"),
            ("2022-05-18", "质量管理提升培训", "本平台"), ("2022-06-16", "中小企业服务月启动", "本平台")]
    p.table([["日期", "活动名称", "主办/联合单位", "参加企业（家）"]] + [[a, b, c, str(30 + i * 4)] for i, (a, b, c) in enumerate(acts)],
            [1.2, 2.6, 2.6, 1.1], 9)
    p.save()
    licence(k.p("附件6 营业执照.pdf", "business_license"), co, 1006)
    k.expect(category="sme-service-platform", given=True, outcome="incomplete",
             figures={"applicant_name": co["name"], "applicant_uscc": co["uscc"], "total_investment": tot},
             subsidy=None, reasons=[{"kind": "figure", "figure": "recommending_unit"}],
             notes=f"Every condition passes on paper (2021 省级示范平台 valid three years; input {tot:.2f} ≥ 400 after the audit itself "
                   "removed depreciation, bonuses and entertainment; 248 firms; 11 events, 2 with 盐城市工信局; 36.3% free/low-fee; 95.2% "
                   "satisfaction), but no unit recommends the project: the 申报表's and the performance form's 推荐单位 cells are empty and "
                   "there is no 推荐函. The guide routes every project through a 推荐单位 → incomplete.")


# ================================================================== n11 iiot-platform (ineligible: software < 300 without post-completion renewal)
def n11():
    k = Packet("n11")
    co = dict(name="常州智云工联科技有限公司", uscc=U("320411", "39821765"), rep="钱亦凡", capital="5000万元人民币",
              founded="2015-11-02", addr="常州市新北区太湖东路9号", reg="常州市新北区行政审批局",
              scope="工业互联网平台服务；软件开发；信息系统集成；云计算服务")
    rec = "常州市工业和信息化局"
    proj = "智云工联工业互联网平台服务能力提升项目"
    start, done, acc = "2020-08-01", "2022-05-31", "2022-10-12"
    rows = [("硬件", "边缘计算网关及采集终端（1,200套）", "2020-11-20", 486.30), ("硬件", "平台服务器、存储及网络设备", "2021-03-16", 398.60),
            ("硬件", "安全设备（防火墙、态势感知）", "2021-06-08", 86.40), ("软件", "平台PaaS组件及工业微服务开发", "2021-09-30", 168.20),
            ("软件", "工业APP及数字孪生建模工具", "2022-01-18", 72.00), ("系统集成", "平台系统集成服务", "2022-04-26", 26.00),
            ("云资源", "混合云资源（2021.6.1-2022.5.31）", "2021-06-01", 26.00), ("云资源", "混合云资源续费（2022.7.1-2023.6.30）", "2022-07-05", 26.40),
            ("调试安装", "终端安装调试", "2022-05-20", 46.80), ("检测评价", "第三方测试评估", "2022-05-30", 49.50)]
    tot_claim = round(sum(r[3] for r in rows), 2)
    sw_claim = round(sum(r[3] for r in rows if r[0] in ("软件", "系统集成", "云资源")), 2)
    renew = 26.40
    tot, sw = round(tot_claim - renew, 2), round(sw_claim - renew, 2)
    assert sw_claim >= 300 > sw and tot >= 1000
    p = L.LPdf(k.p("附件4 专项审计报告.pdf", "audit_report"), header="常州正衡会计师事务所有限公司  常正专审〔2022〕第205号")
    p.title("专项审计报告", 18, 8)
    p.para(f"{co['name']}：我们接受委托，对“{proj}”（{L.cn_date(start)}开工、{L.cn_date(done)}完工）的项目投入进行了专项审计。"
           f"经审计，项目总投入（不含税）{tot_claim:,.2f}万元，其中软件、系统集成、公私有云等投入{sw_claim:,.2f}万元。明细如下（单位：万元）：", 10.5, indent=False)
    p.table([["序号", "类别", "内容", "发票日期", "供应商", "不含税金额"]] +
            [[str(i + 1), a, b, c, ["华为技术有限公司", "浪潮电子信息产业股份有限公司", "深信服科技股份有限公司", "常州云启软件有限公司",
                                     "常州云启软件有限公司", "江苏数集信息技术有限公司", "天翼云科技有限公司江苏分公司", "天翼云科技有限公司江苏分公司",
                                     "常州安装工程有限公司", "中国电子技术标准化研究院"][i], f"{d:.2f}"] for i, (a, b, c, d) in enumerate(rows)] +
            [["", "合计", "", "", "", f"{tot_claim:,.2f}"], ["", "其中：软件、系统集成、公私有云", "", "", "", f"{sw_claim:,.2f}"]],
            [0.4, 0.9, 3.0, 1.0, 2.6, 1.0], 9)
    p.para("常州正衡会计师事务所有限公司     中国注册会计师：周晓涵  毛东                   2022年9月16日", 10.5, indent=False)
    p.seal("常州正衡会计师事务所有限公司", y=p.y + 20, r=38)
    p.save()
    p = L.Pdf(k.p("附件5 验收意见.pdf", "acceptance_opinion"))
    p.title(rec, 18, 6)
    p.title("项目验收意见", 15, 14)
    p.para(f"2022年10月12日，{rec}组织专家对{co['name']}“{proj}”进行验收。项目于{L.cn_date(start)}开工，{L.cn_date(done)}完工，"
           "建设内容已全部完成，平台接入设备1.86万台，服务企业612家。专家组同意通过验收。", 12)
    p.gap(20)
    p.para(rec, 12, indent=False, align="right")
    p.para("2022年10月12日", 12, indent=False, align="right")
    p.seal(rec, y=p.y + 30)
    p.save()
    L.docx_rich(k.p("附件1 项目申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ("tm", [["项目名称", proj, None, None], ["项目类别", "工业互联网平台项目", None, None], ["申报单位", co["name"], "统一社会信用代码", co["uscc"]],
                ["推荐单位", rec, "平台认定", "2020年江苏省重点工业互联网平台"], ["开工时间", "2020年8月1日", "完工时间", "2022年5月31日"],
                ["项目总投入（万元）", f"{tot_claim:,.2f}", "其中软件等（万元）", f"{sw_claim:,.2f}"]], [(0, 1, 0, 3), (1, 1, 1, 3)]),
        ("p", "申报日期：2022年11月24日")])
    perf_form_docx(k.p("附件2 绩效目标申报表（附件1-7）.docx", "performance_form"), "1-7", "工业互联网平台项目", proj, rec, co["name"],
                   "2020年8月1日", "2022年5月31日", "提升平台设备接入、软件部署和应用成效",
                   [["产出指标", "数量指标", "指标1：设备接入（万台）", "1.86（认定时0.72）"], ["产出指标", "数量指标", "指标2：软件部署（个）", "146（认定时58）"],
                    ["产出指标", "数量指标", "指标6：行业应用成效（家）", "612（认定时230）"], ["效益指标", "经济效益", "2022年企业营业收入（万元）", "8,260"]])
    p = L.Pdf(k.p("附件6 第三方测试报告.pdf", "third_party_test_report"))
    p.title("工业互联网平台能力测试报告", 15, 8)
    p.para("报告编号：CESI-TS-2022-0736    委托单位：" + co["name"], 10, indent=False)
    p.table([["指标", "认定时（2020）", "测试值（2022-05）", "结论"], ["设备接入", "7,200台", "18,600台", "提升"], ["软件部署", "58个", "146个", "提升"],
             ["行业应用成效", "230家", "612家", "提升"]], [2, 1.5, 1.5, 1], 10)
    p.para("中国电子技术标准化研究院  2022年5月30日", 10.5, indent=False, align="right")
    p.save()
    p = L.Pdf(k.p("附件3 省重点工业互联网平台名单.pdf", "designation_certificate"))
    p.title("2020年江苏省重点工业互联网平台名单", 14, 8)
    p.table([["序号", "平台名称", "建设单位"], ["1", "云擎工业互联网平台", "南京云擎科技有限公司"], ["2", "智云工联工业互联网平台", co["name"]],
             ["3", "纺织产业链协同平台", "苏州纺联网络科技有限公司"]], [0.6, 3, 3], 10)
    p.para("江苏省工业和信息化厅  2020年11月", 10.5, indent=False, align="right")
    p.save()
    buyer = party(co["name"], co["uscc"])
    cloud = party("天翼云科技有限公司江苏分公司", U("320100", "71235508"))
    inv = [L.einvoice2_pdf(k.p("发票/云资源续费_22322000000069120418.pdf", "invoice"), number="22322000000069120418", date="2022-07-05",
                           buyer=buyer, seller=cloud, items=[("*信息技术服务*混合云资源服务费", "2022.7.1-2023.6.30", "年", 1, 264000.00, 0.06)]),
           L.einvoice2_pdf(k.p("发票/云资源_21322000000025518830.pdf", "invoice"), number="21322000000025518830", date="2021-06-01",
                           buyer=buyer, seller=cloud, items=[("*信息技术服务*混合云资源服务费", "2021.6.1-2022.5.31", "年", 1, 260000.00, 0.06)])]
    contract_docx(k.p("合同/云资源服务合同（续签）.docx", "contract"), "云资源服务合同（续签）", "ZY-2022-019", co["name"], cloud[0],
                  [["混合云资源服务", "服务期2022年7月1日至2023年6月30日", "1年", L.yuan(279840.00)]], 279840.00,
                  "服务期开始后5个工作日内一次性支付全年服务费。", "2022-06-20")
    licence(k.p("附件7 营业执照.pdf", "business_license"), co, 1107)
    rec_letter(k.p("附件8 推荐函.pdf", "other"), rec, co, proj, "工业互联网平台项目", "2022-12-02")
    k.expect(category="iiot-platform", given=True, outcome="ineligible",
             figures={"applicant_name": co["name"], "applicant_uscc": co["uscc"], "recommending_unit": rec,
                      "total_investment": tot, "software_investment": sw, "start_date": start, "completion_date": done,
                      "acceptance_date": acc, "invoice_total": W(sum(t for t, _ in inv)), "invoice_count": 2},
             subsidy=None, reasons=[{"kind": "figure", "figure": "software_investment"}],
             notes=f"Audit on a landscape page counts {tot_claim:,.2f} / software {sw_claim:,.2f}, including a cloud renewal for 2022-07-01..2023-06-30 "
                   f"(contract 2022-06-20, invoice 2022-07-05, {renew:.2f}) — operating cost of the finished platform (completed 2022-05-31), not project "
                   f"investment. Without it: total {tot:,.2f} (≥ 1,000, fine), software {sw:.2f} < 300 → ineligible. Designation 2020 (≥ 2018), "
                   "3 indicators improved (test report), 2020-08 → 2022-05 < 3 years, accepted 2022-10-12.")


# ================================================================== n12 connected-vehicles (incomplete: acceptance covers phase 1 only)
def n12():
    k = Packet("n12")
    co = dict(name="苏州相城智行网联科技有限公司", uscc=U("320507", "35160982"), rep="程以诺", capital="10000万元人民币",
              founded="2019-06-06", addr="苏州市相城区高铁新城南天成路77号", reg="苏州市相城区行政审批局",
              scope="智能网联汽车技术服务；车联网平台运营；软件开发；道路交通设施安装")
    rec = "苏州市工业和信息化局"
    proj2 = "相城区高铁新城车路协同示范应用项目（二期）"
    proj1 = "相城区高铁新城车路协同示范应用项目（一期）"
    start, done = "2021-04-01", "2022-05-26"
    rows = [("路侧单元RSU及边缘计算设备（86个路口）", 612.40), ("智能感知设备（激光雷达、毫米波雷达、摄像机）", 486.20),
            ("车联网平台软件及云资源", 268.50), ("车载终端（公交、出租车 420套）", 176.40), ("安装调试", 64.00), ("咨询设计、检测评价", 35.00)]
    tot = round(sum(v for _, v in rows), 2)
    p = L.Pdf(k.p("04 专项审计报告.pdf", "audit_report"), header="苏州天平会计师事务所有限公司")
    p.title("专项审计报告", 18, 8)
    p.para("苏天专审〔2022〕第1129号", 10.5, indent=False, align="center")
    p.para(f"{co['name']}：我们对贵公司“{proj2}”的投入情况进行了专项审计。项目于{L.cn_date(start)}开工，{L.cn_date(done)}完工，"
           "土建（路侧杆件基础）182.00万元未计入。", 11)
    p.table([["序号", "内容", "不含税金额（万元）"]] + [[str(i + 1), a, f"{v:.2f}"] for i, (a, v) in enumerate(rows)] + [["", "合计", f"{tot:,.2f}"]],
            [0.5, 4, 1.5], 10)
    p.para(f"经审计，项目总投入（不含税）{tot:,.2f}万元。", 11)
    p.para("苏州天平会计师事务所有限公司   中国注册会计师：沈一鸣  过佳", 10.5, indent=False)
    p.para("2022年8月30日", 10.5, indent=False, align="right")
    p.seal("苏州天平会计师事务所有限公司", y=p.y + 30)
    p.save()
    im = L.scan_page([("苏州市工业和信息化局", 46, "center"), ("项目验收意见", 40, "center"), "",
                      f"项目名称：{proj1}", f"承担单位：{co['name']}", "验收时间：2021年12月8日", "",
                      f"2021年12月8日，苏州市工业和信息化局组织专家对{proj1}进行验收。项目建设期2020年5月至2021年10月，完成高铁新城核心区42个路口车路协同改造，"
                      "项目投入980.00万元。", "专家组认为：项目完成了一期建设内容，平台运行稳定。", "验收结论：同意通过验收。", "",
                      ("苏州市工业和信息化局", 30, "right"), ("2021年12月8日", 30, "right")], 1212, seal="苏州市工业和信息化局")
    L.scan_pdf(k.p("05 验收意见.pdf", "acceptance_opinion"), [im])
    L.docx_rich(k.p("01 项目申报表.docx", "application_form"), "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ("tm", [["项目名称", proj2, None, None], ["项目类别", "车联网示范应用项目", None, None], ["申报单位", co["name"], "统一社会信用代码", co["uscc"]],
                ["推荐单位", rec, "建设和运营主体", "本单位"], ["开工时间", "2021年4月1日", "完工时间", "2022年5月26日"],
                ["项目总投入（万元，不含税）", f"{tot:,.2f}", "验收情况", "见附件05"]], [(0, 1, 0, 3), (1, 1, 1, 3)]),
        ("p", "申报日期：2022年12月1日")])
    perf_form_docx(k.p("02 绩效目标申报表（附件1-19）.docx", "performance_form"), "1-19", "车联网示范应用项目", proj2, rec, co["name"],
                   "2021年4月1日", "2022年5月26日", "扩展车路协同覆盖至86个路口",
                   [["产出指标", "数量指标", "提供应用场景数（个）", "12"], ["产出指标", "数量指标", "应用服务覆盖道路里程（km）", "68"],
                    ["效益指标", "经济效益", "项目总投入（万元）", f"{tot:.2f}"]])
    L.docx_rich(k.p("03 运营维护机制说明.docx", "other"), "项目建设和运营维护机制说明", [
        ("p", f"{co['name']}为项目建设和运营主体，设立运维中心，配备运维人员24人，制定《路侧设施运维管理办法》等制度。")])
    licence(k.p("06 营业执照.pdf", "business_license"), co, 1206)
    rec_letter(k.p("07 推荐函.pdf", "other"), rec, co, proj2, "车联网示范应用项目", "2022-12-05")
    k.expect(category="connected-vehicles", given=True, outcome="incomplete",
             figures={"applicant_name": co["name"], "applicant_uscc": co["uscc"], "recommending_unit": rec,
                      "total_investment": tot, "start_date": start, "completion_date": done},
             subsidy=None, reasons=[{"kind": "document", "document": "acceptance_opinion"}],
             notes=f"二期 {tot:,.2f} ≥ 1,000, 2021-04-01 → 2022-05-26 in window, applicant is 建设和运营主体. The only acceptance opinion "
                   "(image-only scan with red seal) is the recommending unit's acceptance of 一期 (2021-12-08, 980万, 2020-05..2021-10) — "
                   "a different project, dated before 二期 even finished. No acceptance of the project applied for → incomplete.")


def main():
    for d in (PK, EX):
        if d.exists():
            shutil.rmtree(d)
    for f in (n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12):
        f()
    assert len(set(ALL_USCC)) == len(ALL_USCC)
    assert all(L.check_uscc(c) and my_check(c) for c in ALL_USCC)
    print(f"ok: 12 packets, {len(ALL_USCC)} USCCs checked")


if __name__ == "__main__":
    main()
