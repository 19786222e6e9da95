"""Generate the frozen7 blind packets m01..m12 and their expected results.

    /work/main/.venv/bin/python corpus/frozen7/make_packets.py

Deletes and rewrites packets/ and expected/. Deterministic (byte-identical on rerun).
Written blind: from the guide, CONTRACT.md, the outside samples and the earlier sets' READMEs only.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib7 import (Pdf, scan_table_page, check_uscc, cn_date, cn_upper_date, daxie, docx_rich, einvoice2_pdf, boxed_invoice2_pdf,  # noqa: E402
                  image_pdf, multi_invoice_pdf, photo, receipt_pdf, receipts_batch_pdf, save_jpeg, save_png,
                  scan_page, uscc, web_screenshot, yuan)

PK = HERE / "packets"
EX = HERE / "expected"


# ============================================================================ bookkeeping
class Packet:
    def __init__(self, pid, category, given, outcome):
        self.id, self.category, self.given, self.outcome = pid, category, given, outcome
        self.root = PK / pid
        self.docs = {}
        self.inv = []          # (number, amount_excl_tax in 元)

    def f(self, rel, kind):
        assert rel not in self.docs, rel
        self.docs[rel] = kind
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def invoice(self, number, amount):
        self.inv.append((number, round(amount, 2)))

    def expect(self, figures, subsidy, reasons, notes, with_invoices=True):
        figs = dict(figures)
        if with_invoices and self.inv:
            nums = {n for n, _ in self.inv}
            assert len(nums) == len(self.inv)
            figs["invoice_total"] = round(sum(a for _, a in self.inv) / 10000, 6)
            figs["invoice_count"] = len(self.inv)
        for k in ("applicant_uscc",):
            if k in figs:
                assert check_uscc(figs[k]), figs[k]
        on_disk = sorted(str(p.relative_to(self.root)) for p in self.root.rglob("*") if p.is_file())
        assert on_disk == sorted(self.docs), (self.id, set(on_disk) ^ set(self.docs))
        data = {"id": self.id, "category": self.category, "given_category": self.category if self.given else None,
                "outcome": self.outcome, "figures": figs, "max_subsidy_wan": subsidy, "reasons": reasons,
                "notes": notes, "documents": dict(sorted(self.docs.items()))}
        EX.mkdir(parents=True, exist_ok=True)
        (EX / f"{self.id}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def co(name, region, base8, addr, legal, bank, acct, tel, head="91"):
    code = uscc(region, base8, head)
    assert check_uscc(code)
    return {"name": name, "uscc": code, "addr": addr, "legal": legal, "bank": bank, "acct": acct, "tel": tel}


def party(c):
    return (c["name"], c["uscc"], f"{c['addr']} {c['tel']}", f"{c['bank']} {c['acct']}")


def wan(v):
    return f"{v:,.2f}"


# ============================================================================ common documents
def form_docx(path, title, rows, *, pre=(), post=(), merges=(), subtitle=None):
    blocks = []
    if subtitle:
        blocks.append(("c", subtitle))
    for t in pre:
        blocks.append(t if isinstance(t, tuple) else ("p", t))
    blocks.append(("tm", rows, list(merges)))
    for t in post:
        blocks.append(t if isinstance(t, tuple) else ("p", t))
    docx_rich(path, title, blocks)


def perf_docx(path, num, name, proj, rec, app, start, end, goal, indicators, fill_line):
    """附件1-N 绩效目标申报表 with the usual merged first/second-level cells."""
    rows = [["项目名称", proj, None, None],
            ["项目推荐单位", rec, "项目承担单位", app],
            ["项目开始时间", start, "项目结束时间", end],
            ["总体目标", goal, None, None],
            ["一级指标", "二级指标", "三级指标", "指标值"]]
    merges = [(0, 1, 0, 3), (3, 1, 3, 3)]
    base = len(rows)
    for ind in indicators:
        rows.append(list(ind))
    # merge runs of equal first / second level labels
    for col in (0, 1):
        i = base
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][col] == rows[i][col]:
                j += 1
            if j > i:
                merges.append((i, col, j, col))
                for k in range(i + 1, j + 1):
                    rows[k][col] = None
            i = j + 1
    docx_rich(path, None, [("p", f"附件1-{num}"), ("c", f"{name}绩效目标申报表"), ("c", "（2023年度）"),
                           ("p", fill_line), ("tm", rows, merges)])


def rec_letter(path, rec, no, app, proj, cat_cn, date, extra=""):
    p = Pdf(path)
    p.title(rec, 18, 6)
    p.c.setStrokeColorRGB(0.8, 0.1, 0.1)
    p.c.setLineWidth(1.5)
    p.c.line(p.left, p.y - 2, p.right, p.y - 2)
    p.c.setStrokeColorRGB(0, 0, 0)
    p.c.setLineWidth(1)
    p.gap(14)
    p.para(no, 10.5, indent=False, align="center")
    p.title("关于推荐2023年度省工业和信息产业转型升级专项资金项目的函", 14, 12)
    p.para("省工业和信息化厅：", 11, indent=False)
    p.para(f"根据《2023年度江苏省工业和信息产业转型升级专项资金入库项目征集指南》要求，经单位申报、我局初审，现推荐"
           f"{app}“{proj}”申报{cat_cn}。我局已对项目申报材料进行了审核，申报材料真实，项目符合申报条件。{extra}")
    p.para("特此函告。")
    p.gap(30)
    p.para(rec, 11, indent=False, align="right")
    p.para(cn_date(date), 11, indent=False, align="right")
    p.seal(rec, y=p.y + 36)
    p.save()


def license_pdf(path, c, kind="有限责任公司", capital="5,000万元人民币", found="2012年05月16日", scope="", type_line=None):
    p = Pdf(path)
    p.title("营 业 执 照", 22, 8)
    p.para("（副    本）", 11, indent=False, align="center")
    p.para(f"统一社会信用代码  {c['uscc']}", 10.5, indent=False)
    p.gap(6)
    rows = [["名    称", c["name"]], ["类    型", type_line or kind], ["法定代表人", c["legal"]],
            ["注册资本", capital], ["成立日期", found], ["住    所", c["addr"]],
            ["经营范围", scope or "一般项目：技术服务、技术开发、技术咨询；货物进出口（依法须经批准的项目，经相关部门批准后方可开展经营活动）"]]
    p.table(rows, [1.2, 4.5], 10.5)
    p.gap(30)
    p.para("登记机关", 11, indent=False, align="right")
    p.para("2021年09月08日", 10.5, indent=False, align="right")
    p.seal("市场监督管理局", y=p.y + 30)
    p.save()


def license_img(c, seed, capital, found, kind="有限责任公司", scope="技术开发、技术服务"):
    return scan_page([("营 业 执 照", 64, "center"), ("（副 本）", 30, "center"), "",
                      (f"统一社会信用代码 {c['uscc']}", 30, "left"), "",
                      f"名    称  {c['name']}", f"类    型  {kind}", f"法定代表人  {c['legal']}",
                      f"注册资本  {capital}", f"成立日期  {found}", f"住    所  {c['addr']}",
                      f"经营范围  {scope}", "", "", ("登记机关", 30, "right"), ("2021年07月19日", 30, "right")],
                     seed, seal="市场监督管理局")


def filing_pdf(path, code, app, proj, place, invest, content, organ, date, period):
    p = Pdf(path)
    p.title("江苏省投资项目备案证", 18, 10)
    p.para(f"备案证号：{code[0]}", 10.5, indent=False, align="right")
    p.table([["项目代码", code[1]], ["项目名称", proj], ["项目法人单位", app["name"]],
             ["统一社会信用代码", app["uscc"]], ["建设地点", place], ["项目总投资", invest],
             ["建设性质", "技术改造"], ["计划开工时间", period[0]], ["计划竣工时间", period[1]],
             ["主要建设内容及规模", content]], [1.5, 4.5], 10.5)
    p.para("项目法人单位承诺：对项目信息的真实性、合法性和完整性负责；项目符合国家产业政策；依法依规办理环评、能评、规划、"
           "土地等相关手续后开工建设。", 9.5)
    p.gap(20)
    p.para(f"备案机关：{organ}", 11, indent=False, align="right")
    p.para(f"备案日期：{cn_date(date)}", 11, indent=False, align="right")
    p.seal(organ, y=p.y + 34)
    p.save()


def exemption_pdf(path, rec, app, proj, body, date, no):
    p = Pdf(path)
    p.title(rec, 16, 8)
    p.para(no, 10, indent=False, align="center")
    p.title(f"关于{app}{proj}相关手续情况的说明", 13, 12)
    p.para("省工业和信息化厅：", 11, indent=False)
    p.para(body)
    p.para("特此说明。")
    p.gap(24)
    p.para(rec, 11, indent=False, align="right")
    p.para(cn_date(date), 11, indent=False, align="right")
    p.seal(rec, y=p.y + 36)
    p.save()


def audit_cover(p, firm, no, title_lines, date_cn):
    p.gap(120)
    for t in title_lines:
        p.title(t, 17, 8)
    p.gap(16)
    p.para(no, 11, indent=False, align="center")
    p.gap(260)
    p.para(firm, 12, indent=False, align="center")
    p.para(date_cn, 12, indent=False, align="center")
    p.new_page()


def applicant_promise(c, date):
    return [("p", "申报单位承诺：本单位对所报材料的真实性、准确性负责，所申报项目未重复申报其他省级财政专项资金，相关发票、合同未重复使用。"
                  "如有虚假，愿承担相应法律责任。"),
            ("p", f"申报单位（盖章）：{c['name']}"),
            ("p", f"法定代表人（签字）：{c['legal']}"),
            ("r", cn_date(date))]


# ============================================================================ m01 smart-factory (eligible)
def m01():
    P = Packet("m01", "smart-factory", True, "eligible")
    app = co("江苏璟岳精密制造有限公司", "320509", "57831296", "苏州市吴江区汾湖高新区临沪大道1688号", "沈建华",
             "中国建设银行苏州吴江汾湖支行", "32250198643600001527", "0512-63258816")
    rec = "苏州市工业和信息化局"
    proj = "高精度轴承套圈智能制造示范工厂建设项目"
    start, done, accept = "2020-03-16", "2022-05-26", "2022-09-14"
    # audit: 申报数 / 审定数 / 审减数 (元)
    rows = [("智能化生产及检测设备", 27365800.00, 26921800.00, "部分设备按价税合计申报，审减进项税额"),
            ("工业软件（MES/APS/QMS）", 2186000.00, 2186000.00, ""),
            ("系统集成", 864500.00, 864500.00, ""),
            ("私有云平台及网络", 416800.00, 346800.00, "2022年7月续费发生于完工后，不计入"),
            ("调试安装费用", 1092400.00, 1092400.00, ""),
            ("车间地坪及洁净隔断改造", 1286000.00, 0.00, "属土建工程，不计入项目总投入"),
            ("咨询、设计、检测费用", 428000.00, 428000.00, "")]
    claim = round(sum(r[1] for r in rows), 2)
    audited = round(sum(r[2] for r in rows), 2)
    soft = round(sum(r[2] for r in rows[1:4]), 2)
    soft_claim = round(sum(r[1] for r in rows[1:4]), 2)
    assert (claim, audited, soft) == (33639500.00, 31839500.00, 3397300.00)
    total_w, soft_w = audited / 10000, soft / 10000

    # 附件1 申报表
    form_docx(P.f("附件1 项目申报表（智能制造示范工厂）.docx", "application_form"),
              "2023年度江苏省工业和信息产业转型升级专项资金项目申报表",
              [["项目类别", "智能化改造数字化转型—标杆示范项目—智能制造示范工厂项目", None, None],
               ["项目名称", proj, None, None],
               ["项目承担单位", app["name"], "统一社会信用代码", app["uscc"]],
               ["法定代表人", app["legal"], "联系电话", app["tel"]],
               ["注册地址", app["addr"], None, None],
               ["项目推荐单位", rec, "项目建设地点", "吴江区汾湖高新区公司现有厂区"],
               ["项目开始时间", cn_date(start), "项目完工时间", cn_date(done)],
               ["项目总投入（万元，不含税）", wan(total_w), "其中：软件、系统集成、公私有云等投入（万元）", wan(soft_w)],
               ["申请补助金额（万元）", wan(round(total_w * 0.1, 2)), "企业规模", "规模以上工业企业"],
               ["示范工厂认定情况", "2021年度江苏省智能制造示范工厂（苏工信装备〔2021〕）", None, None],
               ["项目验收情况", "2022年9月通过苏州市工业和信息化局组织的验收", None, None],
               ["主要建设内容", "新建轴承套圈车削—热处理—磨削—检测数字化产线4条，部署MES、APS、QMS工业软件，建设私有云平台，"
                               "实现设备联网、工艺数据采集与质量追溯。", None, None]],
              merges=[(0, 1, 0, 3), (1, 1, 1, 3), (4, 1, 4, 3), (9, 1, 9, 3), (10, 1, 10, 3), (11, 1, 11, 3)],
              post=applicant_promise(app, "2022-11-18"))
    # 附件2 绩效目标表
    perf_docx(P.f("附件2 绩效目标申报表（附件1-2）.docx", "performance_form"), 2, "智能制造示范工厂项目", proj, rec,
              app["name"], "2020年3月", "2022年5月",
              "建成轴承套圈智能制造示范工厂，关键工序数控化率达到95%，产品一次合格率提升至99.3%。",
              [("产出指标", "数量指标", "生产效率提高率（%）", "26"),
               ("产出指标", "数量指标", "形成企业/行业/国家标准草案数量（个）", "1"),
               ("产出指标", "数量指标", "新增知识产权数量（个）", "9"),
               ("产出指标", "质量指标", "产品合格率（%）", "99.3"),
               ("产出指标", "时效指标", "项目进度完成及时率（%）", "100"),
               ("效益指标", "经济效益", "项目总投入（万元）", wan(total_w)),
               ("效益指标", "经济效益", "主营业务收入（万元）", "46,800"),
               ("效益指标", "社会效益", "形成智能制造示范应用场景数量（个）", "7"),
               ("效益指标", "社会效益", "项目中省内智能制造装备应用数量（个）", "22"),
               ("个性指标", "", "订单准时交付提高率（%）", "15")],
              f"填报单位（盖章）：{app['name']}            填报日期：2022年11月18日")
    # 附件3 专项审计报告 (DOCX)
    trows = [["序号", "投入类别", "申报数", "审定数", "审减数", "审减说明"]]
    for i, (n, a, b, why) in enumerate(rows, 1):
        trows.append([str(i), n, yuan(a), yuan(b), yuan(a - b) if a != b else "—", why])
    trows.append(["", "合  计", yuan(claim), yuan(audited), yuan(claim - audited), ""])
    trows.append(["", "其中：软件、系统集成、公私有云", yuan(soft_claim), yuan(soft), yuan(soft_claim - soft), ""])
    docx_rich(P.f("附件3 专项审计报告（苏德衡专审〔2022〕第137号）.docx", "audit_report"), None, [
        ("c", "苏州德衡会计师事务所（普通合伙）"),
        ("c", "专 项 审 计 报 告"),
        ("c", "苏德衡专审〔2022〕第137号"),
        ("p", f"{app['name']}："),
        ("p", f"我们接受委托，对贵公司“{proj}”（以下简称“该项目”）的投入情况进行了专项审计。提供真实、完整的项目资料是贵公司的责任，"
              "我们的责任是在执行审计程序的基础上发表审计意见。审计过程中，我们检查了项目合同、发票、付款凭证、设备验收单及账簿记录，"
              "并对主要设备进行了现场盘点。"),
        ("h", "一、项目概况"),
        ("p", f"该项目位于吴江区汾湖高新区贵公司现有厂区，{cn_date(start)}开工建设，{cn_date(done)}完工，建设周期约26个月。"),
        ("h", "二、申报及审定情况"),
        ("p", f"贵公司申报该项目投入{yuan(claim)}元。经审计，审减{yuan(claim - audited)}元，主要为：车间地坪及洁净隔断改造属土建工程，"
              f"审减1,286,000.00元；部分设备按价税合计申报，审减进项税额444,000.00元；私有云续费70,000.00元发生于完工之后，予以审减。"),
        ("p", "项目投入申报数与审定数对比如下："),
        ("p", "金额单位：人民币元"),
        ("tm", trows, []),
        ("h", "三、审计意见"),
        ("p", f"我们认为，该项目审定投入（不含税）为{yuan(audited)}元（大写：人民币{daxie(audited)}），其中软件、系统集成、公私有云等投入"
              f"{yuan(soft)}元。以上审定数可作为贵公司申报省级专项资金的依据。"),
        ("p", "本报告仅供贵公司申报2023年度江苏省工业和信息产业转型升级专项资金使用。"),
        ("r", "苏州德衡会计师事务所（普通合伙）"),
        ("r", "中国注册会计师：邹文涛    中国注册会计师：华蓉"),
        ("r", "二〇二二年八月二十日"),
    ])
    # 附件4 验收意见: date only in Chinese numerals
    p = Pdf(P.f("附件4 项目验收意见.pdf", "acceptance_opinion"))
    p.title(f"{app['name']}", 14, 4)
    p.title(f"{proj}验收意见", 15, 14)
    p.para(f"{cn_upper_date(accept)}，苏州市工业和信息化局在吴江区组织召开{app['name']}“{proj}”验收会。验收专家组（名单附后）"
           "听取了项目承担单位的建设情况汇报，查阅了项目专项审计报告、合同、发票等资料，现场察看了数字化产线和私有云平台运行情况，"
           "经认真讨论，形成验收意见如下：")
    p.para("一、项目于2020年3月开工，2022年5月完成全部建设内容，实施周期未超过3年。项目建成车削、热处理、磨削、检测数字化产线4条，"
           "部署MES、APS、QMS系统，关键工序数控化率达到95.2%，设备联网率92%，完成了申报的建设任务。")
    p.para("二、项目投入经苏州德衡会计师事务所专项审计，审定投入符合申报要求，资金使用规范。")
    p.para("三、项目绩效目标基本实现，生产效率提升26.4%，产品一次合格率由97.6%提升至99.3%。")
    p.para("验收结论：专家组一致同意该项目通过验收。")
    p.gap(6)
    p.table([["专家组职务", "姓名", "工作单位", "职称"], ["组长", "韩松", "苏州大学机电工程学院", "教授"],
             ["成员", "倪佳", "江苏省工业和信息化研究院", "正高级工程师"], ["成员", "彭立军", "苏州市财政投资评审中心", "高级会计师"]],
            [1, 1, 3, 1.4], 10)
    p.gap(30)
    p.para("苏州市工业和信息化局（盖章）", 11, indent=False, align="right")
    p.para(cn_upper_date(accept), 11, indent=False, align="right")
    p.seal(rec, y=p.y + 34)
    p.save()
    # 附件5 certificate photo
    cert = scan_page([("", 30, "center"), ("江苏省智能制造示范工厂", 78, "center"), "", "",
                      (app["name"], 44, "center"), "",
                      ("高精度轴承套圈智能制造示范工厂", 36, "center"), "", "",
                      ("江苏省工业和信息化厅", 34, "right"), ("二〇二一年十二月", 34, "right")],
                     101, seal="江苏省工业和信息化厅", seal_at=(1380, 900), landscape=True, border=True)
    save_jpeg(P.f("附件5 省智能制造示范工厂证书（照片）.jpg", "designation_certificate"), photo(cert, 7, angle=2.4))
    # 附件6 备案证, 附件7 环评, 附件8 能评说明
    filing_pdf(P.f("附件6 项目备案证.pdf", "project_filing"), ("吴江行审备〔2020〕112号", "2020-320509-34-03-512786"), app,
               proj, "苏州市吴江区汾湖高新区临沪大道1688号", "3,800万元", "购置数控车床、磨床、热处理及在线检测设备180台（套），"
               "部署MES/APS/QMS系统，建设私有云平台，不新增用地。", "苏州市吴江区行政审批局", "2020-02-24", ("2020年3月", "2022年6月"))
    p = Pdf(P.f("附件7 环评批复.pdf", "eia_approval"))
    p.title("苏州市吴江生态环境局", 16, 6)
    p.para("吴环建〔2020〕86号", 10.5, indent=False, align="center")
    p.title(f"关于对{app['name']}{proj}环境影响报告表的批复", 13, 12)
    p.para(f"{app['name']}：")
    p.para("你公司报送的《高精度轴承套圈智能制造示范工厂建设项目环境影响报告表》收悉。经研究，批复如下：项目位于汾湖高新区临沪大道1688号"
           "现有厂区内，在落实报告表提出的各项污染防治措施后，从环境保护角度同意项目建设。项目热处理废气须经收集处理后达标排放，"
           "磨削废液按危险废物规范贮存并委托有资质单位处置。项目竣工后须按规定开展竣工环境保护验收。")
    p.gap(24)
    p.para("苏州市吴江生态环境局", 11, indent=False, align="right")
    p.para("2020年3月5日", 11, indent=False, align="right")
    p.seal("苏州市吴江生态环境局", y=p.y + 34)
    p.save()
    exemption_pdf(P.f("附件8 推荐单位关于节能审查的说明.pdf", "procedure_exemption"), rec, app["name"], proj,
                  "该项目在企业现有厂房内实施，经测算年综合能源消费量640吨标准煤（当量值），年电力消费量412万千瓦时，"
                  "低于须单独开展节能审查的标准，按照《江苏省固定资产投资项目节能审查实施办法》规定，不再单独进行节能审查。"
                  "项目备案、环评手续已办理完毕。", "2022-11-21", "苏工信函〔2022〕417号")
    license_pdf(P.f("附件9 营业执照副本.pdf", "business_license"), app, capital="12,000万元人民币", found="2009年06月02日",
                scope="轴承、轴承套圈及精密机械零部件的研发、制造、销售；自营和代理各类商品及技术的进出口业务。")
    rec_letter(P.f("附件10 推荐函.pdf", "other"), rec, "苏工信装备〔2022〕208号", app["name"], proj, "智能制造示范工厂项目",
               "2022-11-22")
    # 附件11 票据: three paper invoices in one PDF + one 数电票 with a 折扣 line
    s1 = co("洛阳铭川精密机床有限公司", "410305", "61752849", "洛阳市涧西区天津路82号", "郑海", "中国银行洛阳涧西支行",
            "246613582094", "0379-64218890")
    s2 = co("无锡拓力自动化设备有限公司", "320214", "73018645", "无锡市新吴区菱湖大道199号", "许卫", "江苏银行无锡新区支行",
            "20150188000216745", "0510-85327761")
    s3 = co("南京钧衡工业软件有限公司", "320114", "68420157", "南京市雨花台区软件大道168号", "季明", "招商银行南京雨花支行",
            "125908843210601", "025-52896410")
    s4 = co("上海弦云信息科技有限公司", "310115", "59260438", "上海市浦东新区张江路665号", "林枫", "交通银行上海张江支行",
            "310066771018800245731", "021-58903316")
    invs = [dict(code="4100211130", number="08126735", date="2021-04-12", buyer=party(app), seller=party(s1), province="河南",
                 items=[("*金属加工机械*数控车床", "CK6150", "台", 4, 1486000.00, 0.13)], remark="合同号 JY-2021-017",
                 machine="661102394857"),
            dict(code="3200211130", number="39015284", date="2021-07-30", buyer=party(app), seller=party(s2),
                 items=[("*专用设备*桁架机械手", "TL-HJ1200", "台", 6, 726000.00, 0.13),
                        ("*仪器仪表*在线尺寸检测单元", "TL-MS20", "套", 2, 318600.00, 0.13)], machine="661616510823"),
            dict(code="3200212130", number="40662913", date="2021-11-19", buyer=party(app), seller=party(s3),
                 items=[("*信息技术服务*MES系统软件许可", "JH-MES V5.2", "套", 1, 986000.00, 0.13),
                        ("*信息技术服务*实施服务", "", "项", 1, 214000.00, 0.06)], machine="499110026731")]
    got = multi_invoice_pdf(P.f("附件11 票据/发票（第1-3张）.pdf", "invoice"), invs)
    for inv, (t, _) in zip(invs, got):
        P.invoice(inv["number"], t)
    t, _ = einvoice2_pdf(P.f("附件11 票据/数电票24322000000086127453.pdf", "invoice"), number="24322000000086127453",
                         date="2022-01-17", buyer=party(app), seller=party(s4),
                         items=[("*计算机设备*机架式服务器", "XY-R5300", "台", 4, 268000.00, 0.13),
                                ("*计算机设备*分布式存储", "XY-S200", "套", 1, 96800.00, 0.13),
                                ("*计算机设备*折扣", "", "", None, -18000.00, 0.13)], remark="私有云平台项目")
    P.invoice("24322000000086127453", t)
    # 附件12 合同: price only in 大写 on the signature page
    p = Pdf(P.f("附件12 合同/数控车床采购合同.pdf", "contract"), footer_pages=True)
    p.title("设 备 采 购 合 同", 18, 8)
    p.para("合同编号：JY-2021-017", 10, indent=False, align="right")
    p.para(f"甲方（买方）：{app['name']}", 11, indent=False)
    p.para(f"乙方（卖方）：{s1['name']}", 11, indent=False)
    for k, t in enumerate(["第一条 标的：CK6150数控车床4台，配置详见附件一《技术协议》。",
                           "第二条 合同价款：合同总价见本合同签署页，该价款为含税价，包含设备、运输、安装调试及培训费用。",
                           "第三条 付款方式：合同生效后7日内甲方支付合同总价的30%作为预付款；设备到厂验收合格后支付60%；"
                           "质保期满支付剩余10%。",
                           "第四条 交货：合同生效后60日内交货至甲方吴江厂区。",
                           "第五条 验收：设备安装调试完毕后，由甲方组织验收，验收标准按技术协议执行。",
                           "第六条 质保：设备质保期12个月，自验收合格之日起计算。",
                           "第七条 违约责任：乙方逾期交货的，每逾期一日按合同总价的0.5‰支付违约金。",
                           "第八条 争议解决：协商不成的，提交甲方所在地人民法院诉讼解决。"]):
        p.para(t)
    p.new_page()
    p.title("签 署 页", 15, 14)
    p.para(f"本合同总价为人民币{daxie(1486000 * 1.13)}（含13%增值税）。", 12)
    p.gap(30)
    p.table([[f"甲方：{app['name']}（盖章）\n\n授权代表：\n\n日期：2021年3月2日",
              f"乙方：{s1['name']}（盖章）\n\n授权代表：\n\n日期：2021年3月2日"]], [1, 1], 11)
    p.seal(app["name"], x=170, y=p.y + 50)
    p.seal(s1["name"], x=400, y=p.y + 50)
    p.save()
    docx_rich(P.f("附件12 合同/MES系统及实施服务合同.docx", "contract"), "MES系统软件许可及实施服务合同", [
        ("p", f"甲方：{app['name']}"), ("p", f"乙方：{s3['name']}"),
        ("p", "一、乙方向甲方提供JH-MES V5.2制造执行系统软件许可1套及实施服务。"),
        ("p", "二、合同金额：软件许可费1,114,180.00元（含税），实施服务费226,840.00元（含税），合计1,341,020.00元。"),
        ("p", "三、实施周期：2021年8月至2022年3月，分计划排程、质量追溯、设备联网三个阶段上线。"),
        ("r", "签订日期：2021年7月8日")])
    for i, (d, amt, memo, ser) in enumerate([("2021-03-09", 1679180.00 * 0.3, "数控车床预付款", "s1"),
                                             ("2021-12-06", 1341020.00, "MES系统及实施款", "s3")]):
        payee = s1 if ser == "s1" else s3
        receipt_pdf(P.f(f"附件13 付款回单/回单{i + 1}-{d.replace('-', '')}.pdf", "payment_voucher"), bank="中国建设银行",
                    no=f"3225{d.replace('-', '')}0{i + 4}817", date=d, payer=(app["name"], app["acct"], app["bank"]),
                    payee=(payee["name"], payee["acct"], payee["bank"]), amount=round(amt, 2), memo=memo)
    P.expect({"applicant_name": app["name"], "applicant_uscc": app["uscc"], "recommending_unit": rec,
              "total_investment": round(total_w, 2), "software_investment": round(soft_w, 2),
              "start_date": start, "completion_date": done, "acceptance_date": accept},
             round(total_w * 0.10, 4), [],
             "DOCX audit with 申报数/审定数/审减数 columns: claim 3,363.95 → audited 3,183.95 (审减 土建 地坪 128.60, 进项税 44.40, "
             "post-completion cloud renewal 7.00); software 审定 339.73 (申报 346.73). The audited figures count. Acceptance opinion "
             "dated only 二〇二二年九月十四日 (body and signature). 2020-03-16 → 2022-05-26 (26 months). Three paper 专票 in one PDF + a "
             "数电票 with a 折扣 line (4 invoices). 10% × 3,183.95 = 318.395 (cap 2,000). Energy review exempted by the recommending unit.")


# ============================================================================ m02 green-upgrade (eligible)
def m02():
    P = Packet("m02", "green-upgrade", True, "eligible")
    app = co("泰州瑞泓新材料科技有限公司", "321203", "69138524", "泰州市高港区永安洲镇疏港路28号", "丁文斌",
             "中国农业银行泰州高港支行", "10218601040018836", "0523-86921475")
    rec = "泰州市工业和信息化局"
    proj = "余热梯级利用及高效电机系统节能改造项目"
    start, plan_done = "2022-02-15", "2023-10-31"
    plan = [("设备购置", 2746.00), ("软件及系统集成", 236.00), ("安装调试", 178.00), ("土建工程", 520.00)]
    gross = round(sum(v for _, v in plan), 2)
    net = round(gross - 520.00, 2)
    assert (gross, net) == (3680.00, 3160.00)
    cut_rows = [("余热锅炉及换热设备", 3864000.00), ("高效永磁电机及变频器", 2146580.00),
                ("能源管理系统软件", 586000.00), ("安装调试", 649800.00)]
    cut = round(sum(v for _, v in cut_rows), 2)
    assert cut == 7246380.00
    cut_w = cut / 10000
    assert cut_w / net >= 0.20 > cut_w / gross

    form_docx(P.f("01 项目入库申报表.docx", "application_form"), "2023年度江苏省工业和信息产业转型升级专项资金入库项目申报表",
              [["项目类别", "绿色化改造提升—绿色化改造升级项目", None, None, None],
               ["项目名称", proj, None, None, None],
               ["申报单位", app["name"], None, "统一社会信用代码", app["uscc"]],
               ["法定代表人", app["legal"], None, "联系电话", app["tel"]],
               ["推荐单位", rec, None, "所属行业", "化学原料和化学制品制造业"],
               ["建设起止年限", f"{cn_date(start)}至{cn_date(plan_done)}", None, None, None],
               ["投资构成", "（单位：万元）", None, None, None],
               ["", "设备购置", "软件及系统集成", "安装调试", "土建工程"],
               ["", "2,746.00", "236.00", "178.00", "520.00"],
               ["项目总投资（万元）", wan(gross), None, "截至2022年6月30日已完成投资（万元）", wan(cut_w)],
               ["申请省级补助资金（万元）", wan(gross * 0.2), None, "项目进展", "设备安装阶段，尚未建成"],
               ["节能效果", "项目建成后年节约标准煤4,860吨，余热回收率由38%提升至71%", None, None, None]],
              merges=[(0, 1, 0, 4), (1, 1, 1, 4), (2, 1, 2, 2), (3, 1, 3, 2), (4, 1, 4, 2), (5, 1, 5, 4),
                      (6, 0, 8, 0), (6, 1, 6, 4), (9, 1, 9, 2), (10, 1, 10, 2), (11, 1, 11, 4)],
              post=applicant_promise(app, "2022-11-25"))
    perf_docx(P.f("02 绩效目标申报表(附件1-18).docx", "performance_form"), 18, "绿色化改造升级项目", proj, rec, app["name"],
              "2022年2月", "2023年10月", "通过余热梯级利用和电机系统能效提升，实现年节能4,860吨标准煤。",
              [("产出指标", "数量指标", "节能量（吨标准煤）", "4,860"),
               ("产出指标", "数量指标", "达到行业标杆或先进水平的单位产品能耗 01", "吨产品综合能耗≤0.42吨标煤"),
               ("效益指标", "经济效益", "项目总投入（万元）", wan(gross)),
               ("效益指标", "经济效益", "主营业务收入（万元）", "128,000"),
               ("效益指标", "社会效益", "推动节能减排进程", "年减排二氧化碳约1.26万吨")],
              f"填报单位（盖章）：{app['name']}    填报时间：2022年11月25日")
    # audit: narrative text pages + the amount table as a scanned page
    firm = "泰州正衡会计师事务所有限公司"
    p = Pdf(P.f("03 泰州瑞泓新材料科技有限公司余热梯级利用及高效电机系统节能改造项目截至2022年6月30日投入情况专项审计报告.pdf",
                "audit_report"), header="泰正衡专审字〔2022〕第0215号", footer_pages=True)
    audit_cover(p, firm, "泰正衡专审字〔2022〕第0215号",
                [f"{app['name']}", f"{proj}", "截至2022年6月30日投入情况专项审计报告"], "二〇二二年十月二十八日")
    p.title("专项审计报告", 16, 12)
    p.para(f"{app['name']}：", 11, indent=False)
    p.para(f"我们接受委托，对贵公司“{proj}”截至2022年6月30日的投入情况进行了专项审计。我们审核了项目合同、发票、付款凭证、"
           "设备到货签收单及会计账簿，对已到货设备进行了监盘。")
    p.para("一、项目基本情况", 11, indent=False)
    p.para(f"该项目经泰州市高港区行政审批局备案，计划总投资3,680.00万元，其中设备购置2,746.00万元、软件及系统集成236.00万元、"
           f"安装调试178.00万元、土建工程520.00万元。项目于{cn_date(start)}开工，计划于{cn_date(plan_done)}建成。截至审计报告日，"
           "余热锅炉已安装完毕，电机系统改造完成约40%，项目尚在建设中。")
    p.para("二、截至2022年6月30日项目投入情况", 11, indent=False)
    p.para(f"经审计，截至2022年6月30日，该项目累计完成投入{wan(cut_w)}万元（不含增值税），均有合同、发票及付款凭证支持，"
           "明细详见附表。另，项目配套土建工程截至2022年6月30日已发生1,128,000.00元，根据专项资金申报要求未计入上述投入。")
    p.para("三、审计结论", 11, indent=False)
    p.para("贵公司提供的项目投入资料真实、完整，上述投入金额在所有重大方面公允反映了项目截至2022年6月30日的实际投入情况。")
    p.gap(24)
    p.para(f"{firm}        中国注册会计师：蔡文静  陶宏", 10.5, indent=False, align="right")
    p.para("二〇二二年十月二十八日", 10.5, indent=False, align="right")
    p.seal(firm, y=p.y + 36)
    contract_incl = [4366320.00, 2425635.40, 591860.00, 708282.00]
    trows = [["序号", "投入类别", "已开票价税合计", "已投入（不含税）"]]
    for i, ((n, v), ci) in enumerate(zip(cut_rows, contract_incl), 1):
        trows.append([str(i), n, yuan(ci), yuan(v)])
    trows.append(["", "合    计", yuan(sum(contract_incl)), yuan(cut)])
    img = scan_table_page("附表：截至2022年6月30日项目投入明细表",
                          [f"编制单位：{app['name']}", "金额单位：人民币元"], trows, [0.6, 2.8, 1.7, 1.7],
                          ["说明：土建工程截至2022年6月30日已发生1,128,000.00元，不计入项目投入。", "",
                           f"{firm}（盖章）          二〇二二年十月二十八日"], 202, seal=firm)
    p.image_page(img, last=True)
    p.save()
    filing_pdf(P.f("04 江苏省投资项目备案证.pdf", "project_filing"), ("高行审备〔2022〕9号", "2022-321203-26-03-104385"),
               app, proj, "泰州市高港区永安洲镇疏港路28号", "3,680万元（其中土建520万元）",
               "利用现有厂房，新建余热锅炉2台、换热站1座，更换高效永磁电机及变频器48台套，建设能源管理系统。",
               "泰州市高港区行政审批局", "2022-01-12", ("2022年2月", "2023年10月"))
    shot = web_screenshot("https://hpzy.mee.gov.cn/djbabhz/record/detail?id=32120320220117", "建设项目环境影响登记表备案系统（江苏省）",
                          [["项目", "内容"], ["备案号", "202232120300000046"], ["项目名称", proj],
                           ["建设单位", app["name"]], ["建设地点", "江苏省泰州市高港区永安洲镇疏港路28号"],
                           ["备案日期", "2022-01-17"], ["备案状态", "已备案"]], [1, 3],
                          notes=["该项目环境影响登记表已经完成备案，备案号：202232120300000046。",
                                 "建设单位须严格执行相应的环境保护法律法规和标准，落实污染防治措施。"], seed=3)
    save_png(P.f("05 环评登记表备案回执（系统截图）.png", "eia_approval"), shot)
    p = Pdf(P.f("06 节能审查意见 泰行审能评〔2022〕18号.pdf", "energy_review"))
    p.title("泰州市行政审批局", 16, 6)
    p.para("泰行审能评〔2022〕18号", 10.5, indent=False, align="center")
    p.title(f"关于{app['name']}{proj}节能报告的审查意见", 13, 12)
    p.para(f"{app['name']}：")
    p.para("你单位报送的项目节能报告及相关材料收悉。经审查，项目建成后年综合能源消费量（当量值）由改造前的38,420吨标准煤下降至"
           "33,560吨标准煤，年节能量4,860吨标准煤，主要用能设备能效达到国家1级能效标准，原则同意该项目节能报告。"
           "请严格落实节能报告提出的各项节能措施，项目竣工后按规定开展节能验收。")
    p.gap(24)
    p.para("泰州市行政审批局", 11, indent=False, align="right")
    p.para("2022年1月26日", 11, indent=False, align="right")
    p.seal("泰州市行政审批局", y=p.y + 34)
    p.save()
    license_pdf(P.f("07 营业执照.pdf", "business_license"), app, capital="8,600万元人民币", found="2011年04月22日",
                scope="精细化工产品、高分子材料的研发、生产、销售（按许可证核定范围经营）。")
    rec_letter(P.f("08 推荐函.pdf", "other"), rec, "泰工信节能〔2022〕156号", app["name"], proj, "绿色化改造升级项目", "2022-11-28")
    s1 = co("江苏华锐锅炉设备有限公司", "320583", "74126983", "昆山市张浦镇俱进路219号", "王锐", "中国银行昆山张浦支行",
            "528962100018", "0512-57456618")
    s2 = co("宁波永驰电机科技有限公司", "330212", "58431672", "宁波市鄞州区启明路818号", "戴永", "宁波银行鄞州支行",
            "51010122000876543", "0574-88236710")
    s3 = co("泰州智源能效软件有限公司", "321202", "09517364", "泰州市海陵区凤凰路18号", "储杰", "江苏泰州农村商业银行海陵支行",
            "3212020110009283", "0523-86609215")
    t1, _ = boxed_invoice2_pdf(P.f("09 发票 合同 回单/发票1 余热锅炉 32002213.pdf", "invoice"), code="3200221130",
                               number="32002213", date="2022-04-18", buyer=party(app), seller=party(s1),
                               items=[("*锅炉及辅助设备*余热锅炉", "YR-12/2.5", "台", 2, 1932000.00, 0.13)],
                               remark="合同HR-2022-031 首批", machine="661620884451")
    P.invoice("32002213", t1)
    t2, _ = einvoice2_pdf(P.f("09 发票 合同 回单/发票2 数电票 电机 22332000000041758306.pdf", "invoice"),
                          number="22332000000041758306", date="2022-05-27", buyer=party(app), seller=party(s2),
                          items=[("*电动机*高效永磁同步电机", "YC-TYB 160kW", "台", 24, 1073290.00, 0.13),
                                 ("*电力电子设备*变频器", "YC-VF160", "台", 12, 412000.00, 0.13)])
    P.invoice("22332000000041758306", t2)
    t3, _ = boxed_invoice2_pdf(P.f("09 发票 合同 回单/发票3 普通发票 能源管理软件 07731529.pdf", "invoice"),
                               code="032002100104", number="07731529", date="2022-03-16", buyer=party(app), seller=party(s3),
                               kind="普通", copy="发 票 联",
                               items=[("*信息技术服务*能源管理系统软件", "ZY-EMS V2.0", "套", 1, 586000.00, 0.01)],
                               check="52018 77390 21645 08813", machine="499098512230")
    P.invoice("07731529", t3)
    docx_rich(P.f("09 发票 合同 回单/合同-余热锅炉采购.docx", "contract"), "余热锅炉采购合同", [
        ("p", f"买方：{app['name']}"), ("p", f"卖方：{s1['name']}"),
        ("p", "标的：YR-12/2.5型余热锅炉4台，合同总价8,732,640.00元（含13%增值税），分两批交货。"),
        ("p", "付款：预付30%，每批到货验收后按批次支付该批货款的60%，质保金10%。"), ("r", "2022年3月10日")])
    docx_rich(P.f("09 发票 合同 回单/合同-能源管理系统.docx", "contract"), "能源管理系统软件购销及实施合同", [
        ("p", f"甲方：{app['name']}"), ("p", f"乙方：{s3['name']}"),
        ("p", "乙方为小规模纳税人，向甲方提供ZY-EMS V2.0能源管理系统软件1套及部署实施，合同价款591,860.00元（含税），开具增值税普通发票。"),
        ("r", "2022年2月28日")])
    receipt_pdf(P.f("09 发票 合同 回单/回单-20220420.pdf", "payment_voucher"), bank="中国农业银行", no="ABC2022042000318826",
                date="2022-04-20", payer=(app["name"], app["acct"], app["bank"]), payee=(s1["name"], s1["acct"], s1["bank"]),
                amount=round(1932000 * 1.13, 2), memo="余热锅炉首批货款")
    receipt_pdf(P.f("09 发票 合同 回单/回单-20220318.pdf", "payment_voucher"), bank="中国农业银行", no="ABC2022031800207714",
                date="2022-03-18", payer=(app["name"], app["acct"], app["bank"]), payee=(s3["name"], s3["acct"], s3["bank"]),
                amount=591860.00, memo="能源管理系统软件款")
    P.expect({"applicant_name": app["name"], "applicant_uscc": app["uscc"], "recommending_unit": rec,
              "total_investment": net, "invested_by_cutoff": round(cut_w, 4), "start_date": start,
              "completion_date": plan_done},
             round(net * 0.20, 2), [],
             "申报表 and 备案证 give 总投资 3,680 including 土建 520; the guide's 项目总投入 excludes 土建 → 3,160 (stated nowhere as such). "
             "Invested by 2022-06-30: 724.638 (audit narrative 724.64万元 in text, table in 元 on an image-only page) = 22.93% of "
             "3,160 ≥ 20% (it would be 19.69% of 3,680). Planned completion 2023-10-31 ≤ 2024-06-30; under way. EIA is a 登记表备案 "
             "(PNG screenshot), energy review present. Invoices: boxed 专票, 数电票, boxed 普通发票 at 1% (金额 is tax-excluded). "
             "Subsidy 20% × 3,160 = 632 (the 申报表 asks 736 on 3,680).")


# ============================================================================ m03 specialized-sme (ineligible: 2021 grant)
def m03():
    P = Packet("m03", "specialized-sme", True, "ineligible")
    app = co("无锡恒屹传感技术有限公司", "320214", "79563218", "无锡市新吴区长江南路35号", "秦国栋",
             "交通银行无锡新区支行", "322000612018010079415", "0510-81192637")
    rec = "无锡市工业和信息化局"
    proj = "MEMS压力传感器数字化车间能力提升项目"
    hw = [("生产设备", 428.60), ("检测仪器", 96.35), ("工业软件", 58.20), ("云资源及网络", 12.65), ("安装调试", 21.50)]
    hw_total = round(sum(v for _, v in hw), 2)
    assert hw_total == 617.30
    # 交通银行 利息清单: quarterly settlements (元)
    settle = [("2020-12-21", 331805.56), ("2021-03-21", 326250.00), ("2021-06-21", 333500.00), ("2021-09-21", 333500.00),
              ("2021-12-21", 330875.00), ("2022-03-21", 322145.83), ("2022-06-21", 337912.50), ("2022-09-21", 337912.50)]
    inwin = [(d, v) for d, v in settle if "2021-01-01" <= d <= "2022-06-30"]
    interest = round(sum(v for _, v in inwin), 2)
    interest_w = interest / 10000
    assert len(inwin) == 6 and hw_total + interest_w >= 800
    grant = "2021年11月获2021年度省工业和信息产业转型升级专项资金（专精特新中小企业能力提升项目）补助86.40万元"

    form_docx(P.f("No.01_项目入库申报表.docx", "application_form"), "江苏省工业和信息产业转型升级专项资金项目申报表",
              [["项目类别", "自主品牌企业培育—专精特新中小企业能力提升项目"],
               ["项目名称", proj], ["申报单位", app["name"]], ["统一社会信用代码", app["uscc"]],
               ["推荐单位", rec], ["专精特新资质", "江苏省专精特新小巨人企业（2021年认定，有效期至2024年12月）"],
               ["新增软硬件投入（万元，不含税）", wan(hw_total)],
               ["贷款利息（万元，2021.1.1—2022.6.30）", wan(round(interest_w, 2))],
               ["合计（万元）", wan(round(hw_total + interest_w, 2))],
               ["申请补助（万元）", wan(round(hw_total * 0.2 + interest_w * 0.4, 2))],
               ["近两年获得省级财政专项资金支持情况", grant + "（用于2020年数字化检测线建设）；2022年未获得省级专项资金支持。"],
               ["项目建设内容", "新增贴片、键合、标定等生产设备及检测仪器，部署MES与质量追溯系统，租用工业云资源。"]],
              subtitle="（2023年度）", post=applicant_promise(app, "2022-11-15"))
    perf_docx(P.f("No.02_绩效目标申报表（附件1-14）.docx", "performance_form"), 14, "专精特新中小企业能力提升项目", proj, rec,
              app["name"], "2021年1月", "2022年6月", "建成MEMS压力传感器数字化车间，产能提升40%。",
              [("产出指标", "数量指标", "新增知识产权数量（个）", "6"), ("产出指标", "数量指标", "新增数字化设备（台/套数）", "37"),
               ("产出指标", "质量指标", "研发投入占营业收入比重（%）", "7.8"),
               ("效益指标", "经济效益", "项目总投入（万元）", wan(round(hw_total + interest_w, 2))),
               ("效益指标", "经济效益", "主营业务收入（万元）", "21,600")],
              f"填报单位：{app['name']}（盖章）    2022年11月15日")
    firm = "无锡中汇信达会计师事务所有限公司"
    p = Pdf(P.f("No.03_专审报告.pdf", "audit_report"), header=f"{firm}  锡中汇专审〔2022〕0391号")
    p.title("专项审计报告", 17, 12)
    p.para("锡中汇专审〔2022〕0391号", 10.5, indent=False, align="center")
    p.para(f"{app['name']}：", 11, indent=False)
    p.para(f"我们接受委托，审计了贵公司“{proj}”2021年1月1日至2022年6月30日期间新增软硬件投入情况。我们检查了采购合同、发票、"
           "银行付款凭证、固定资产卡片及入库单。")
    p.para(f"经审计，2021年1月1日至2022年6月30日，贵公司新增软硬件投入合计{wan(hw_total)}万元（不含税），明细如下：")
    p.table([["序号", "类别", "金额（万元）"]] + [[str(i), n, wan(v)] for i, (n, v) in enumerate(hw, 1)] +
            [["", "合计", wan(hw_total)]], [0.6, 3, 1.6], 10.5)
    p.para(f"其他事项：贵公司于2021年11月收到2021年度省工业和信息产业转型升级专项资金（专精特新中小企业能力提升项目）补助资金86.40万元，已计入递延收益，该补助对应的2020年检测线设备未包含在本次审计范围内。"
           "本报告不对贵公司贷款利息发表意见。")
    p.gap(20)
    p.para(f"{firm}    中国注册会计师：朱伟 刘晓庆", 10.5, indent=False, align="right")
    p.para("2022年10月18日", 10.5, indent=False, align="right")
    p.seal(firm, y=p.y + 36)
    p.save()
    p = Pdf(P.f("No.04_小巨人企业证书.pdf", "designation_certificate"))
    p.gap(80)
    p.title("江苏省专精特新中小企业", 24, 14)
    p.title("（小巨人企业）", 16, 30)
    p.para(app["name"], 16, indent=False, align="center")
    p.gap(20)
    p.para("经审核，认定你单位为江苏省专精特新小巨人企业。", 12, indent=False, align="center")
    p.para("证书编号：JSXJR-2021-0386    有效期：2021年12月至2024年12月", 11, indent=False, align="center")
    p.gap(60)
    p.para("江苏省工业和信息化厅", 13, indent=False, align="right")
    p.para("二〇二一年十二月", 13, indent=False, align="right")
    p.seal("江苏省工业和信息化厅", y=p.y + 36)
    p.save()
    bank = "交通银行无锡新区支行"
    p = Pdf(P.f("No.05_贷款及利息/交通银行利息清单（2020.12-2022.9）.pdf", "interest_statement"))
    p.title("交通银行 贷款利息清单", 15, 8)
    p.para(f"借款人：{app['name']}    借款合同号：交银锡新流贷〔2020〕118号    打印日期：2022-10-08", 9.5, indent=False)
    p.table([["序号", "结息日", "计息期间", "本金（元）", "年利率", "利息（元）"]] +
            [[str(i), d, "上一结息日至本结息日", "30,000,000.00", "4.35%" if i < 6 else "4.20%", yuan(v)]
             for i, (d, v) in enumerate(settle, 1)] +
            [["", "合计", "", "", "", yuan(sum(v for _, v in settle))]], [0.5, 1.2, 2.0, 1.5, 0.8, 1.3], 9.5)
    p.para("本清单由交通银行无锡新区支行根据借款人申请出具，与原始记录核对一致。", 9.5, indent=False)
    p.seal(bank + " 业务专用章", y=p.y - 30)
    p.save()
    p = Pdf(P.f("No.05_贷款及利息/流动资金借款合同.pdf", "loan_contract"))
    p.title("流动资金借款合同", 16, 10)
    p.para("合同编号：交银锡新流贷〔2020〕118号", 10, indent=False, align="right")
    p.para(f"借款人：{app['name']}    贷款人：{bank}", 11, indent=False)
    p.para("第一条 借款金额：人民币叁仟万元整。第二条 借款期限：2020年9月25日至2023年9月24日。第三条 利率：按一年期LPR加0.5个百分点，"
           "按季结息，结息日为每季末月21日。第四条 用途：购买原材料及设备。")
    p.para("借款人（盖章）：              贷款人（盖章）：          签订日期：2020年9月22日", 10.5, indent=False)
    p.save()
    s1 = co("深圳锐晶自动化设备有限公司", "440300", "68972415", "深圳市宝安区福永街道桥头社区富桥三区1栋", "钟锐",
            "招商银行深圳宝安支行", "755912876510802", "0755-27381160")
    s2 = co("南京乐测工业软件有限公司", "320115", "58804316", "南京市江宁区秣周东路12号", "黄乐", "南京银行江宁支行",
            "0162270000001592", "025-52158862")
    t1, _ = boxed_invoice2_pdf(P.f("No.06_发票/专票-44031-15927364.pdf", "invoice"), code="4403213130", number="15927364",
                               date="2021-05-11", buyer=party(app), seller=party(s1), province="深圳",
                               items=[("*专用设备*高精度贴片机", "RJ-SMT680", "台", 2, 2360000.00, 0.13),
                                      ("*专用设备*折扣", "", "", None, -60000.00, 0.13)], remark="合同RJ21-0412")
    P.invoice("15927364", t1)
    t2, _ = einvoice2_pdf(P.f("No.06_发票/数电票-24322000000011924680.pdf", "invoice"), number="24322000000011924680",
                          date="2022-02-24", buyer=party(app), seller=party(s2),
                          items=[("*信息技术服务*MES质量追溯系统软件", "LC-MES 3.0", "套", 1, 462000.00, 0.13),
                                 ("*信息技术服务*系统实施服务", "", "项", 1, 120000.00, 0.06)])
    P.invoice("24322000000011924680", t2)
    docx_rich(P.f("No.07_合同/贴片机采购合同.docx", "contract"), "设备采购合同",
              [("p", f"买方：{app['name']}  卖方：{s1['name']}"),
               ("p", "标的：RJ-SMT680高精度贴片机2台，单价1,333,400.00元，商务折扣67,800.00元，合同总价2,599,000.00元（含税）。"),
               ("r", "2021年4月12日")])
    docx_rich(P.f("No.07_合同/MES软件合同.docx", "contract"), "软件购销及实施合同",
              [("p", f"甲方：{app['name']}  乙方：{s2['name']}"),
               ("p", "乙方提供LC-MES 3.0质量追溯系统及实施服务，合同总价649,260.00元（含税）。"), ("r", "2022年1月6日")])
    receipts_batch_pdf(P.f("No.08_银行付款凭证.pdf", "payment_voucher"), "交通银行", [
        dict(no="JT20210513088216", date="2021-05-13", payer=(app["name"], app["acct"], bank),
             payee=(s1["name"], s1["acct"], s1["bank"]), amount=2599000.00, memo="贴片机货款", serial="9312021051300466"),
        dict(no="JT20220228019374", date="2022-02-28", payer=(app["name"], app["acct"], bank),
             payee=(s2["name"], s2["acct"], s2["bank"]), amount=649260.00, memo="MES软件及实施款", serial="9312022022800873")])
    rows = [["序号", "投入内容", "供应商", "发票号码", "不含税金额（元）"],
            ["1", "高精度贴片机2台（含折扣）", s1["name"], "15927364", "2,300,000.00"],
            ["2", "MES质量追溯系统及实施", s2["name"], "24322000000011924680", "582,000.00"],
            ["…", "其余设备、仪器及云资源（发票见专审底稿）", "", "", "3,291,000.00"],
            ["合计", "", "", "", yuan(hw_total * 10000)]]
    docx_rich(P.f("No.09_实际完成投入明细清单.docx", "other"), "新增软硬件投入明细清单",
              [("p", "单位：元"), ("tm", rows, [(4, 0, 4, 3)])])
    exemption_pdf(P.f("No.10_推荐单位关于项目手续的说明.pdf", "procedure_exemption"), rec, app["name"], proj,
                  "该项目为企业在现有厂房内购置生产设备、检测仪器及软件，不新增用地和建筑面积，不新增产能类别，"
                  "根据相关规定无需办理项目备案、环评和节能审查手续。", "2022-11-18", "锡工信函〔2022〕233号")
    license_pdf(P.f("No.11_营业执照.pdf", "business_license"), app, capital="3,200万元人民币", found="2013年08月09日",
                scope="传感器、微机电系统器件的研发、制造与销售。")
    rec_letter(P.f("No.12_推荐函.pdf", "other"), rec, "锡工信中小〔2022〕71号", app["name"], proj,
               "专精特新中小企业能力提升项目", "2022-11-21")
    P.expect({"applicant_name": app["name"], "applicant_uscc": app["uscc"], "recommending_unit": rec,
              "hw_sw_investment": hw_total, "loan_interest": round(interest_w, 6)},
             None, [{"kind": "document", "document": "application_form"}],
             "Amounts pass: hw/sw 617.30 (audit table, 万元) + interest 6 of 8 BOCOM settlements in 2021-01-01..2022-06-30 "
             f"({interest_w:.6f}) = {hw_total + interest_w:.2f} ≥ 800. But the 申报表 itself (and the audit's 其他事项) discloses a "
             "2021年度省工业和信息产业转型升级专项资金 grant received 2021-11 (86.40万元); the guide requires 2021-2022 年未获得过本专项资金支持 → "
             "ineligible. Evidence: application_form (also audit_report). 专票 with a 折扣 line; 小巨人 certificate valid to 2024-12.")


# ============================================================================ m04 core-tech (needs_review: 创新联合体 funds)
def m04():
    P = Packet("m04", "core-tech", True, "needs_review")
    app = co("常州晟测光电科技有限公司", "320411", "55092743", "常州市新北区汉江路368号", "顾明远", "中国银行常州新北支行",
             "472875012339", "0519-85126673")
    m1 = co("江苏锐镭精密机械有限公司", "320412", "66103827", "常州市武进区常武中路801号", "潘磊", "江苏银行常州武进支行",
            "80270188000093372", "0519-86335120")
    m2 = co("苏州衡准软件技术有限公司", "320505", "08765231", "苏州市虎丘区科灵路78号", "唐准", "苏州银行科技城支行",
            "51669200002351", "0512-66083217")
    rec = "常州市工业和信息化局"
    proj = "大尺寸构件激光跟踪测量装备工程化攻关"
    start, end = "2022-08-01", "2024-11-30"
    # budget (万元): rows x funders
    heads = ["晟测光电（牵头）", "锐镭精密", "衡准软件"]
    exp_rows = [("费用化支出", "材料费", [486.00, 92.00, 0.00]), ("费用化支出", "人工费用", [742.00, 118.00, 196.00]),
                ("费用化支出", "测试化验加工费", [168.00, 46.00, 0.00]), ("费用化支出", "外聘研发人员劳务费", [96.00, 0.00, 24.00]),
                ("费用化支出", "知识产权及论证评审费", [38.00, 0.00, 12.00]),
                ("资本化支出", "研发设备及仪器购置", [870.00, 164.00, 0.00]), ("资本化支出", "外购软件", [180.00, 0.00, 78.00])]
    col = [round(sum(r[2][i] for r in exp_rows), 2) for i in range(3)]
    assert col == [2580.00, 420.00, 310.00]
    total = round(sum(col), 2)
    assert total == 3310.00 and col[0] < 3000 <= total
    rows = [["支出类别", "科目", *heads, "合计"]]
    for g, n, v in exp_rows:
        rows.append([g, n, *[wan(x) for x in v], wan(sum(v))])
    rows.append(["合计", "", *[wan(x) for x in col], wan(total)])
    merges = [(1, 0, 5, 0), (6, 0, 7, 0), (8, 0, 8, 1)]
    for r in (2, 3, 4, 5):
        rows[r][0] = None
    rows[7][0] = None
    docx_rich(P.f("研发投入预算表.docx", "other"), "项目新增研发投入预算表（2022年7月1日起）",
              [("p", "单位：万元    资金来源：均为各单位自有资金"), ("tm", rows, merges),
               ("p", "注：江南光电技术研究院作为联合体成员，以派驻研发人员和开放测试平台方式参与，不列支出。")])
    form_docx(P.f("申报书.docx", "application_form"), "2023年度关键核心技术（装备）工程化攻关项目申报书",
              [["项目名称", proj], ["攻关方向", "附件1-26 第59项 高端装备集群—激光测量装备"],
               ["申报单位", f"{app['name']}（激光测量装备创新联合体牵头单位）"], ["统一社会信用代码", app["uscc"]],
               ["联合体成员", f"{m1['name']}、{m2['name']}、江南光电技术研究院"],
               ["项目推荐单位", rec], ["项目实施期", f"{cn_date(start)}至{cn_date(end)}"],
               ["新增研发投入（万元）", f"{wan(total)}（自2022年7月1日起；其中牵头单位{wan(col[0])}万元，联合体成员单位{wan(col[1] + col[2])}万元，均为自有资金）"],
               ["申请补助（万元）", wan(total * 0.3)],
               ["研发基础", "公司拥有激光干涉测距、绝对测距相关发明专利14项、软件著作权9项，已量产小尺寸激光跟踪仪。"],
               ["攻关目标", "研制测量范围80米、空间测量精度15μm+6μm/m的激光跟踪测量装备，实现航空航天、风电大尺寸构件装配测量国产替代。"]],
              pre=[("p", "申报主体类型：☐单一单位  ☑由申报单位牵头的创新联合体")], post=applicant_promise(app, "2022-11-30"))
    perf_docx(P.f("绩效目标申报表（附件1-12）.docx", "performance_form"), 12, "关键核心技术（装备）工程化攻关项目", proj, rec,
              app["name"], "2022年8月", "2024年11月", "突破激光跟踪测量核心技术，形成工程化样机并实现首台套应用。",
              [("产出指标", "数量指标", "解决关键技术难点数（个）", "5"), ("产出指标", "数量指标", "新增授权知识产权数量（个）", "12"),
               ("产出指标", "质量指标", "关键技术和应用考核指标达标率（%）", "100"),
               ("效益指标", "经济效益", "项目研发投入（万元）", wan(total)),
               ("效益指标", "社会效益", "攻关成果应用项目数量（个）", "3")],
              f"填报单位：{app['name']}（牵头单位）    2022年11月30日")
    p = Pdf(P.f("创新联合体协议.pdf", "contract"), footer_pages=True)
    p.title("激光测量装备创新联合体协议", 17, 12)
    p.para(f"牵头单位：{app['name']}（以下简称“牵头单位”）", 11, indent=False)
    p.para(f"成员单位：{m1['name']}、{m2['name']}、江南光电技术研究院", 11, indent=False)
    for t in ["第一条 各方自愿组建激光测量装备创新联合体，以牵头单位名义申报2023年度江苏省关键核心技术（装备）工程化攻关项目。",
              "第二条 分工：牵头单位负责总体设计、激光测距与跟踪控制；锐镭精密负责精密转台与机械结构；衡准软件负责测量软件与数据处理；"
              "江南光电技术研究院负责标定与计量测试。",
              f"第三条 出资：各方以自有资金投入，自2022年7月1日起新增研发投入合计{wan(total)}万元，其中牵头单位{wan(col[0])}万元、"
              f"锐镭精密{wan(col[1])}万元、衡准软件{wan(col[2])}万元。各成员单位的出资在本单位设置攻关项目辅助账核算，"
              "纳入联合体项目投入统一管理，接受牵头单位的统筹和审计。",
              "第四条 知识产权：各方独立完成的成果归各自所有，共同完成的成果由各方共有，牵头单位享有优先实施权。",
              "第五条 省级补助资金由牵头单位统一申请和管理，按各方实际投入比例使用。",
              f"第六条 本协议自签署之日起生效，有效期至{cn_date(end)}。"]:
        p.para(t)
    p.gap(20)
    p.table([[f"{app['name']}（盖章）", f"{m1['name']}（盖章）"], [f"{m2['name']}（盖章）", "江南光电技术研究院（盖章）"],
             ["签署日期：2022年7月15日", ""]], [1, 1], 10.5)
    p.save()
    p = Pdf(P.f("知识产权清单.pdf", "other"))
    p.title("与攻关项目相关的自主知识产权清单", 14, 10)
    p.table([["序号", "类别", "名称", "号码", "权利人"]] +
            [[str(i), k, n, f"ZL2019{i:02d}10{3860 + i * 7}.{i % 10}", app["name"]] for i, (k, n) in enumerate(
                [("发明专利", "一种激光绝对测距方法"), ("发明专利", "球面反射镜靶标姿态解算方法"), ("发明专利", "激光跟踪仪转台误差补偿方法"),
                 ("发明专利", "双频激光干涉信号处理装置"), ("实用新型", "便携式激光跟踪仪支架")], 1)], [0.5, 1, 3, 2, 2.2], 9.5)
    p.save()
    license_pdf(P.f("营业执照.pdf", "business_license"), app, capital="6,000万元人民币", found="2014年03月27日",
                scope="光电测量仪器、精密仪器的研发、制造、销售；软件开发；技术服务。")
    rec_letter(P.f("推荐函.pdf", "other"), rec, "常工信科技〔2022〕183号", app["name"], proj,
               "关键核心技术（装备）工程化攻关项目", "2022-12-02")
    P.expect({"applicant_name": app["name"], "applicant_uscc": app["uscc"], "recommending_unit": rec,
              "start_date": start, "completion_date": end},
             None, [{"kind": "figure", "figure": "rd_investment"}],
             "The applicant is the lead of an 创新联合体 (the guide allows 由申报单位牵头的创新联合体 as 申报主体). New R&D from 2022-07-01: "
             "3,310 = lead 2,580 + member enterprises 420 + 310 (own funds of each member; the institute funds nothing). The guide: "
             "资金来源仅限项目申报单位，不包括合作单位. If the members' funds are the 申报单位's (the 联合体 applies) → 3,310 ≥ 3,000; if only "
             "the lead is the 申报单位 and members are 合作单位 → 2,580 < 3,000. The guide does not settle it and the threshold turns on "
             "it → needs_review; no rd_investment value expected. Period 2022-08-01..2024-11-30 passes.", with_invoices=False)


# ============================================================================ m05 data-productization (incomplete: own 竣工验收报告 only)
def m05():
    P = Packet("m05", "data-productization", False, "incomplete")
    app = co("苏州数岚信息科技有限公司", "320594", "31264857", "苏州工业园区星湖街328号创意产业园12幢", "陆可欣",
             "中国工商银行苏州工业园区支行", "1102020309000761834", "0512-62873305")
    rec = "苏州工业园区经济发展委员会"
    proj = "印染工业大数据质量分析平台产品化项目"
    start, done, own_accept = "2021-02-01", "2022-04-29", "2022-05-20"
    rows = [("服务器、存储及网络设备", 4386000.00), ("数据采集终端及边缘网关", 2154000.00), ("平台软件开发", 3620000.00),
            ("工业软件及数据库许可", 1128000.00), ("云资源及网络费用", 486000.00), ("调试安装及测评费用", 712000.00)]
    total = round(sum(v for _, v in rows), 2)
    assert total == 12486000.00
    tw = total / 10000
    form_docx(P.f("附件一 项目申报表.docx", "application_form"), "2023年度江苏省工业和信息产业转型升级专项资金项目申报表",
              [["申报类别", "智能化改造数字化转型—数据产品化项目", None, None],
               ["项目名称", proj, None, None],
               ["申报单位", app["name"], "统一社会信用代码", app["uscc"]],
               ["推荐单位", rec, "法定代表人", app["legal"]],
               ["项目起止时间", f"{cn_date(start)}—{cn_date(done)}", "项目总投入（万元，不含税）", wan(tw)],
               ["入库及示范情况", "已入省云计算、大数据、区块链企业库（大数据类）；项目入选2021年度江苏省大数据应用示范项目", None, None],
               ["项目验收情况", "项目已于2022年5月20日组织竣工验收（详见附件五）", None, None],
               ["申请补助（万元）", wan(tw * 0.2), "联系人", "周笑 13962170548"]],
              merges=[(0, 1, 0, 3), (1, 1, 1, 3), (5, 1, 5, 3), (6, 1, 6, 3)], post=applicant_promise(app, "2022-11-16"))
    perf_docx(P.f("附件二 绩效目标申报表（附件1-11）.docx", "performance_form"), 11, "数据产品化项目", proj, rec, app["name"],
              "2021年2月", "2022年4月", "形成面向印染行业的质量分析模型与SaaS平台产品，服务印染企业60家以上。",
              [("产出指标", "数量指标", "项目服务行业领域个数（个）", "3"), ("产出指标", "数量指标", "项目服务客户数或用户数（个）", "64"),
               ("产出指标", "数量指标", "项目自主知识产权数（个）", "11"),
               ("效益指标", "经济效益", "项目总投入（万元）", wan(tw)), ("效益指标", "经济效益", "项目主营业务收入（万元）", "2,380")],
              f"填报单位（盖章）：{app['name']}    日期：2022年11月16日")
    firm = "苏州信诚联合会计师事务所（普通合伙）"
    p = Pdf(P.f("附件三 专项审计报告.pdf", "audit_report"), footer_pages=True)
    p.title("专项审计报告", 17, 8)
    p.para("苏信诚专审字〔2022〕第0672号", 10.5, indent=False, align="center")
    p.para(f"{app['name']}：", 11, indent=False)
    p.para(f"我们审计了贵公司“{proj}”的项目投入情况。项目于{cn_date(start)}启动，{cn_date(done)}完成全部建设内容。")
    p.para(f"经审计，该项目累计投入（不含税）{yuan(total)}元，大写人民币{daxie(total)}，明细如下：")
    p.table([["序号", "投入内容", "金额（元）"]] + [[str(i), n, yuan(v)] for i, (n, v) in enumerate(rows, 1)] +
            [["", "合计", yuan(total)]], [0.6, 3.2, 1.8], 10.5)
    p.gap(16)
    p.para(f"{firm}    中国注册会计师：金涛 方园", 10.5, indent=False, align="right")
    p.para("2022年7月26日", 10.5, indent=False, align="right")
    p.seal(firm, y=p.y + 36)
    p.save()
    p = Pdf(P.f("附件四 2021年度省级大数据应用示范项目名单.pdf", "designation_certificate"))
    p.title("江苏省工业和信息化厅", 16, 6)
    p.title("关于公布2021年度江苏省大数据应用示范项目名单的通知", 13, 12)
    p.para("各设区市工业和信息化局：经企业申报、地方推荐、专家评审和网上公示，现将2021年度江苏省大数据应用示范项目名单予以公布（节选）。")
    lst = [("南京", "江苏数衍科技有限公司", "政务数据共享交换平台"), ("无锡", "无锡智维数据服务有限公司", "物联网设备运维大数据平台"),
           ("苏州", app["name"], proj.replace("产品化项目", "")), ("苏州", "苏州云帆物流科技有限公司", "多式联运数据服务平台"),
           ("常州", "常州能链新能源科技有限公司", "分布式光伏运维大数据平台"), ("南通", "南通海纳数据有限公司", "海工装备运维数据平台"),
           ("扬州", "扬州汇通信息技术有限公司", "农产品溯源大数据平台")]
    p.table([["序号", "地区", "申报单位", "项目名称"]] + [[str(i), a, b, c] for i, (a, b, c) in enumerate(lst, 1)],
            [0.5, 0.7, 2.6, 3], 9.5)
    p.para("江苏省工业和信息化厅    2021年12月20日", 10.5, indent=False, align="right")
    p.seal("江苏省工业和信息化厅", y=p.y + 30)
    p.save()
    # own acceptance report
    p = Pdf(P.f("附件五 项目竣工验收报告.pdf", "other"))
    p.title("项目竣工验收报告", 17, 12)
    p.table([["项目名称", proj], ["建设单位", app["name"]], ["验收组织单位", f"{app['name']}（项目管理办公室）"],
             ["验收时间", cn_date(own_accept)], ["验收地点", "公司二楼会议室"],
             ["验收小组", "组长：陆可欣（公司总经理）；成员：周笑（项目经理）、严志华（技术总监）、吴丹（财务经理）、"
                          "孙浩（苏州博衍系统集成有限公司项目负责人）、邱明（外聘专家，苏州科技大学副教授）"]], [1.4, 4.6], 10)
    p.para("验收内容：验收小组对照项目建设方案和合同，逐项检查了硬件到货安装、平台功能、数据接入及试运行情况，"
           "平台已接入印染企业64家、设备1,860台，质量分析模型准确率达到92.6%。")
    p.para("验收结论：项目按建设方案完成全部建设内容，系统运行稳定，同意通过竣工验收。")
    p.gap(14)
    p.para("验收小组成员签字：陆可欣  周笑  严志华  吴丹  孙浩  邱明", 10.5, indent=False)
    p.para(f"{app['name']}（盖章）    {cn_date(own_accept)}", 10.5, indent=False, align="right")
    p.seal(app["name"], y=p.y + 30)
    p.save()
    shot = web_screenshot("https://gxt.jiangsu.gov.cn/qyk/query?type=dsj", "江苏省云计算、大数据、区块链企业库 · 入库企业查询",
                          [["序号", "企业名称", "统一社会信用代码", "入库类别", "入库批次"],
                           ["1", app["name"], app["uscc"], "大数据", "2020年第二批"]], [0.6, 3.2, 2.6, 1.2, 1.6],
                          notes=["查询条件：企业名称包含“数岚”    共1条记录", "截图时间：2022-11-14 10:26"], seed=5)
    save_png(P.f("附件六 企业库入库截图.png", "designation_certificate"), shot)
    license_pdf(P.f("附件七 营业执照.pdf", "business_license"), app, capital="2,000万元人民币", found="2016年10月11日",
                scope="软件开发；信息系统集成服务；大数据服务；数据处理和存储支持服务。")
    rec_letter(P.f("附件八 推荐函.pdf", "other"), rec, "苏园经〔2022〕298号", app["name"], proj, "数据产品化项目", "2022-11-24")
    s1 = co("苏州博衍系统集成有限公司", "320506", "32786419", "苏州市吴中区东吴北路101号", "孙浩", "苏州农村商业银行吴中支行",
            "0706678821120158", "0512-65219837")
    s2 = co("杭州数栈智能科技有限公司", "330106", "59820134", "杭州市西湖区文三路90号", "厉栈", "杭州银行西湖支行",
            "3301040160009821", "0571-88027716")
    t1, _ = boxed_invoice2_pdf(P.f("发票/苏州博衍-服务器及网络设备-61204738.pdf", "invoice"), code="3200204130",
                               number="61204738", date="2021-06-22", buyer=party(app), seller=party(s1),
                               items=[("*计算机设备*机架式服务器", "BY-2288", "台", 12, 2856000.00, 0.13),
                                      ("*计算机设备*分布式存储", "BY-OS9000", "套", 2, 1018000.00, 0.13),
                                      ("*网络设备*核心交换机", "BY-CE6880", "台", 4, 512000.00, 0.13)])
    P.invoice("61204738", t1)
    t2, _ = einvoice2_pdf(P.f("发票/杭州数栈-平台软件开发-22332000000076610492.pdf", "invoice"),
                          number="22332000000076610492", date="2022-03-30", buyer=party(app), seller=party(s2),
                          items=[("*信息技术服务*软件开发服务", "质量分析模型及平台开发", "项", 1, 1860000.00, 0.06)])
    P.invoice("22332000000076610492", t2)
    docx_rich(P.f("合同/服务器及网络设备采购合同.docx", "contract"), "设备采购合同",
              [("p", f"甲方：{app['name']}  乙方：{s1['name']}"), ("p", "合同总价4,956,180.00元（含税）。"), ("r", "2021年5月8日")])
    docx_rich(P.f("合同/平台软件委托开发合同.docx", "contract"), "技术开发（委托）合同",
              [("p", f"委托方：{app['name']}  受托方：{s2['name']}"), ("p", "研究开发经费及报酬：1,971,600.00元（含税）。"),
               ("r", "2021年9月3日")])
    P.expect({"applicant_name": app["name"], "applicant_uscc": app["uscc"], "recommending_unit": rec,
              "total_investment": round(tw, 2), "start_date": start, "completion_date": done},
             None, [{"kind": "missing", "document": "acceptance_opinion"}],
             "No --category: 申报表 类别 line + 附件1-11 title. Amounts, dates, 企业库 (PNG screenshot) and 2021 示范项目 list pass "
             "(1,248.60 ≥ 1,000; completed 2022-04-29). The only acceptance is the company's own 竣工验收报告 (its own staff, its "
             "supplier and one invited expert, 2022-05-20); the guide requires the acceptance by the 项目推荐单位 (须由项目推荐单位出具"
             "验收意见) → missing acceptance_opinion → incomplete. No acceptance_date expected.")


# ============================================================================ m06 merger-acquisition (eligible, cap)
def m06():
    P = Packet("m06", "merger-acquisition", True, "eligible")
    app = co("江苏鼎翔新材料集团股份有限公司", "321112", "73265018", "镇江市丹徒区高资街道港区路6号", "韦志强",
             "中国银行镇江丹徒支行", "535268410977", "0511-85613320")
    tgt = co("安徽淮晟精细化工有限公司", "341171", "56027184", "安徽省滁州市南谯区化工园区纬三路9号", "葛晟",
             "徽商银行滁州分行", "1021701021000398812", "0550-3128760")
    sel = co("安徽丰源投资控股有限公司", "341100", "68831724", "安徽省滁州市琅琊区丰乐大道1500号", "孔丰",
             "中国建设银行滁州分行", "34050172600800000271", "0550-3021668")
    rec = "镇江市工业和信息化局"
    proj = "并购安徽淮晟精细化工有限公司51%股权项目"
    pays = [("2022-03-18", 145800000.00, "股权转让款（首期30%）"), ("2022-05-10", 194400000.00, "股权转让款（第二期40%）"),
            ("2022-06-15", 145800000.00, "股权转让款（第三期30%）")]
    cash = round(sum(v for _, v, _ in pays), 2)
    assert cash == 486000000.00
    cw = cash / 10000
    share = 0.51
    change_date = "2022-06-21"
    form_docx(P.f("鼎翔-01-项目入库申报表.docx", "application_form"), "2023年度江苏省工业和信息产业转型升级专项资金项目申报表",
              [["项目类别", "自主品牌企业培育—企业重大兼并重组项目"], ["项目名称", proj], ["申报单位（发起方）", app["name"]],
               ["统一社会信用代码", app["uscc"]], ["推荐单位", rec], ["目标企业", tgt["name"]],
               ["并购方式", "现金收购股权（协议转让）"], ["并购金额（亿元）", "4.86（全部为现金）"],
               ["并购前持股比例", "0"], ["并购后持股比例", "51%（第一大股东，控股）"],
               ["工商变更完成时间", cn_date(change_date)], ["申请补助金额（万元）", "2,000.00"]],
              post=applicant_promise(app, "2022-11-10"))
    perf_docx(P.f("鼎翔-02-绩效目标申报表（附件1-13）.docx", "performance_form"), 13, "企业重大兼并重组项目", proj, rec,
              app["name"], "2022年3月", "2022年6月", "通过并购整合含氟精细化学品产能，形成产业链上下游协同。",
              [("产出指标", "数量指标", "新增发明专利（个）", "8"), ("产出指标", "时效指标", "兼并重组完成及时率（%）", "100"),
               ("效益指标", "经济效益", "项目总投入（万元）", "48,600"), ("效益指标", "经济效益", "主营业务收入（万元）", "386,500")],
              f"填报单位：{app['name']}    2022年11月10日")
    p = Pdf(P.f("鼎翔-03-股权转让协议.pdf", "contract"), footer_pages=True)
    p.title("股权转让协议", 18, 12)
    p.para(f"转让方（甲方）：{sel['name']}", 11, indent=False)
    p.para(f"受让方（乙方）：{app['name']}", 11, indent=False)
    p.para(f"目标公司：{tgt['name']}（统一社会信用代码{tgt['uscc']}）", 11, indent=False)
    for t in ["鉴于：甲方持有目标公司85%股权，滁州淮晟企业管理合伙企业（有限合伙）持有15%股权；甲、乙双方之间不存在关联关系，"
              "亦不受同一主体控制。",
              "第一条 甲方将其持有的目标公司51%股权（对应注册资本10,200万元）转让给乙方。",
              "第二条 转让价款：以2021年12月31日为评估基准日，参考评估值协商确定转让价款为人民币4.86亿元"
              "（大写：肆亿捌仟陆佰万元整），全部以现金支付。",
              "第三条 支付安排：本协议生效后10日内支付30%；取得反垄断审查不予禁止决定后支付40%；工商变更登记申请受理后支付30%。",
              "第四条 股权交割：全部价款支付后5个工作日内完成工商变更登记。交割后目标公司股权结构为：乙方51%，甲方34%，"
              "滁州淮晟企业管理合伙企业（有限合伙）15%。乙方向目标公司委派董事5名中的3名。"]:
        p.para(t)
    p.para("甲方（盖章）：                        乙方（盖章）：", 11, indent=False)
    p.para("签署日期：2022年3月8日", 11, indent=False, align="right")
    p.save()
    firm = "江苏天衡正信会计师事务所有限公司"
    p = Pdf(P.f("鼎翔-04-并购出资专项审计报告.pdf", "audit_report"), footer_pages=True)
    p.title("关于江苏鼎翔新材料集团股份有限公司并购出资情况的专项审计报告", 14, 8)
    p.para("苏天衡专审〔2022〕第1187号", 10.5, indent=False, align="center")
    p.para(f"{app['name']}：")
    p.para(f"我们接受委托，对贵公司收购{tgt['name']}51%股权的出资情况进行了专项审计。经审计，贵公司以现金方式向{sel['name']}"
           f"支付股权转让款合计4.86亿元，分三期于2022年3月18日至6月15日支付完毕，资金来源为自有资金及并购贷款。"
           f"目标公司已于{cn_date(change_date)}完成工商变更登记，贵公司持有其51%股权，为第一大股东。")
    p.table([["序号", "支付日期", "收款方", "摘要", "金额（元）"]] +
            [[str(i), d, sel["name"], m, yuan(v)] for i, (d, v, m) in enumerate(pays, 1)] +
            [["", "", "", "合计", yuan(cash)]], [0.5, 1.2, 2.6, 2.0, 1.6], 9.5)
    p.para("本次交易对价全部为现金，不涉及股份支付或债务承接。")
    p.gap(16)
    p.para(f"{firm}    中国注册会计师：吉文 胡亚楠    2022年10月14日", 10, indent=False, align="right")
    p.seal(firm, y=p.y + 30)
    p.save()
    receipts_batch_pdf(P.f("鼎翔-05-股权转让款银行回单（3笔）.pdf", "payment_voucher"), "中国银行", [
        dict(no=f"BOC{d.replace('-', '')}7{i}1935", date=d, payer=(app["name"], app["acct"], app["bank"]),
             payee=(sel["name"], sel["acct"], "中国建设银行滁州分行"), amount=v, memo=m, type="大额实时支付",
             serial=f"2022{i}0{d[5:7]}{d[8:]}99813{i}") for i, (d, v, m) in enumerate(pays, 1)])
    p = Pdf(P.f("鼎翔-06-准予变更登记通知书.pdf", "other"))
    p.title("滁州市市场监督管理局", 15, 6)
    p.title("准予变更登记通知书", 16, 8)
    p.para("（滁市监）登记内变核字〔2022〕第0621-03号", 10, indent=False, align="center")
    p.para(f"{tgt['name']}：")
    p.para("经审查，提交的股东变更、董事变更、章程备案等事项的申请材料齐全，符合法定形式，我局决定准予变更登记。")
    p.table([["变更事项", "变更前", "变更后"],
             ["股东及出资比例", f"{sel['name']} 85%\n滁州淮晟企业管理合伙企业（有限合伙） 15%",
              f"{app['name']} 51%\n{sel['name']} 34%\n滁州淮晟企业管理合伙企业（有限合伙） 15%"]], [1.2, 2.6, 2.6], 9.5)
    p.para(f"滁州市市场监督管理局    {cn_date(change_date)}", 10.5, indent=False, align="right")
    p.seal("滁州市市场监督管理局", y=p.y + 30)
    p.save()
    img = license_img(tgt, 61, "20,000万元人民币", "2008年11月03日", scope="精细化学品、含氟中间体的生产与销售（凭许可证经营）")
    save_jpeg(P.f("鼎翔-07-目标公司变更后营业执照（拍照）.jpg", "business_license"), photo(img, 11, angle=1.8))
    p = Pdf(P.f("鼎翔-08-关于交易不属于同一控制下重组的声明.pdf", "other"))
    p.title("声  明", 16, 12)
    p.para(f"本公司收购{tgt['name']}51%股权，交易对方{sel['name']}为安徽省滁州市国资系统控股企业，与本公司及本公司控股股东、"
           "实际控制人不存在关联关系，本次交易不属于同一母公司控制下的子公司间交易。")
    p.para(f"{app['name']}（盖章）    2022年11月10日", 11, indent=False, align="right")
    p.save()
    license_pdf(P.f("鼎翔-09-营业执照.pdf", "business_license"), app, kind="股份有限公司（上市）", capital="68,420万元人民币",
                found="2003年07月18日", scope="化工新材料、精细化学品的研发、生产和销售。")
    rec_letter(P.f("鼎翔-10-推荐函.pdf", "other"), rec, "镇工信综〔2022〕266号", app["name"], proj, "企业重大兼并重组项目",
               "2022-11-17")
    P.expect({"applicant_name": app["name"], "applicant_uscc": app["uscc"], "recommending_unit": rec,
              "acquisition_amount": cw, "control_share": share},
             2000.0, [],
             "Cash 4.86亿元 = 48,600万元 (协议 in 亿元 + 大写, audit and batch receipts in 元), paid 2022-03-18..06-15; 工商变更 "
             "2022-06-21 (inside the window by 9 days). 51% after, seller keeps 34% → 唯一 ≥50% largest holder. Unrelated seller "
             "(声明). 5% × 48,600 = 2,430 → cap 2,000. The target's licence photo is a second business_license in the packet.",
             with_invoices=False)


# ============================================================================ m07 major-event (ineligible: applicant type)
def m07():
    P = Packet("m07", "major-event", True, "ineligible")
    app = co("江苏智汇会展服务有限公司", "320105", "09386251", "南京市建邺区江东中路359号国睿大厦2号楼1106室", "邵文杰",
             "南京银行河西支行", "0151200000008826", "025-86590372")
    rec = "南京市工业和信息化局"
    proj = "第四届“智造江苏”工业APP创新应用大赛"
    items = [("赛事平台开发及运维", 1286000.00), ("初赛、复赛评审专家劳务", 824500.00), ("决赛及颁奖活动场地租赁", 1065000.00),
             ("决赛活动策划执行", 1478000.00), ("宣传推广及媒体报道", 936000.00), ("获奖作品展示及成果汇编", 535000.00)]
    spent = round(sum(v for _, v in items), 2)
    assert spent == 6124500.00
    form_docx(P.f("申报表-重大活动项目.docx", "application_form"), "2023年度江苏省工业和信息产业转型升级专项资金项目申报表",
              [["项目类别", "自主品牌企业培育—省委省政府部署的重大活动项目", None, None],
               ["项目名称", proj, None, None],
               ["申报单位", app["name"], "单位性质", "有限责任公司（自然人投资或控股）"],
               ["统一社会信用代码", app["uscc"], "法定代表人", app["legal"]],
               ["推荐单位", rec, "活动时间", "2022年6月—2022年10月"],
               ["活动实际支出（万元）", wan(spent / 10000), "申请补助（万元）", "300.00"],
               ["活动简介", "受省工业和信息化厅委托承办大赛，征集工业APP作品1,286件，完成初赛、复赛、决赛共7场，决赛于2022年10月18日在南京举行。",
                None, None]],
              merges=[(0, 1, 0, 3), (1, 1, 1, 3), (6, 1, 6, 3)], post=applicant_promise(app, "2022-11-21"))
    perf_docx(P.f("附件1-17 绩效目标表.docx", "performance_form"), 17, "省委省政府部署的重大活动项目", proj, rec, app["name"],
              "2022年6月", "2022年10月", "办好第四届“智造江苏”工业APP创新应用大赛，推动优秀工业APP成果转化。",
              [("产出指标", "数量指标", "参赛作品数（件）", "1,286"), ("产出指标", "数量指标", "初、复、决赛完成场次（场）", "7"),
               ("产出指标", "时效指标", "大赛完成及时率（%）", "100"), ("效益指标", "社会效益", "促进活动成果转化", "签约转化项目23个"),
               ("满意度指标", "满意度", "参与者满意度（%）", "96")],
              f"填报单位：{app['name']}    2022年11月21日")
    firm = "南京华审会计师事务所有限公司"
    p = Pdf(P.f("专项审计报告.pdf", "audit_report"))
    p.title("专项审计报告", 17, 8)
    p.para("宁华审专字〔2022〕第356号", 10.5, indent=False, align="center")
    p.para(f"{app['name']}：")
    p.para(f"我们审计了贵公司承办“{proj}”的实际支出情况。经审计，大赛实际发生支出合计612.45万元（不含税），"
           "均取得合法票据，支出内容与省工业和信息化厅批准的活动方案一致。明细如下（单位：元）：")
    p.table([["序号", "支出项目", "实际支出（元）"]] + [[str(i), n, yuan(v)] for i, (n, v) in enumerate(items, 1)] +
            [["", "合计", yuan(spent)]], [0.6, 3.4, 1.8], 10.5)
    p.gap(14)
    p.para(f"{firm}    2022年11月8日", 10.5, indent=False, align="right")
    p.seal(firm, y=p.y + 30)
    p.save()
    p = Pdf(P.f("省工信厅委托函.pdf", "other"))
    p.title("江苏省工业和信息化厅", 16, 6)
    p.title("关于委托承办第四届“智造江苏”工业APP创新应用大赛的函", 13, 12)
    p.para(f"{app['name']}：")
    p.para("根据省委、省政府关于推进制造强省建设的工作部署，我厅定于2022年6月至10月举办第四届“智造江苏”工业APP创新应用大赛。"
           "经政府采购程序，委托你公司承办大赛的组织实施工作，包括赛事平台搭建、作品征集、专家评审及决赛活动执行等。"
           "请按照大赛实施方案做好各项工作，规范使用经费。")
    p.para("江苏省工业和信息化厅    2022年5月26日", 10.5, indent=False, align="right")
    p.seal("江苏省工业和信息化厅", y=p.y + 30)
    p.save()
    p = Pdf(P.f("大赛实施方案.pdf", "other"))
    p.title(f"{proj}实施方案", 14, 10)
    for t in ["一、主办单位：江苏省工业和信息化厅。承办单位：江苏智汇会展服务有限公司。",
              "二、赛程安排：6月启动征集，7—8月分赛区初赛（5场），9月复赛（1场），10月决赛及颁奖（1场）。",
              "三、经费预算：大赛经费预算650万元，由承办单位先行垫付，按规定申请省级专项资金补助。"]:
        p.para(t)
    p.save()
    save_jpeg(P.f("营业执照.jpg", "business_license"),
              license_img(app, 71, "1,000万元人民币", "2014年02月14日", scope="会议及展览服务；企业管理咨询；广告设计、制作、代理。"))
    rec_letter(P.f("推荐函.pdf", "other"), rec, "宁工信推〔2022〕95号", app["name"], proj, "省委省政府部署的重大活动项目",
               "2022-11-25")
    s1 = co("南京国际会议中心管理有限公司", "320104", "13487562", "南京市秦淮区中山东路307号", "彭会", "中国工商银行南京新街口支行",
            "4301011309001254178", "025-84823366")
    s2 = co("南京云栖数智科技有限公司", "320114", "30716428", "南京市雨花台区宁双路19号", "苗云", "中信银行南京雨花支行",
            "8110501013501738264", "025-58736610")
    t1, _ = einvoice2_pdf(P.f("发票/场地租赁-数电普票-24322000000092347016.pdf", "invoice"), number="24322000000092347016",
                          date="2022-10-19", buyer=party(app), seller=party(s1), kind="普通发票",
                          items=[("*经营租赁*会议场地租赁", "国际厅", "天", 3, 1065000.00, 0.06)], remark="智造江苏决赛场地")
    P.invoice("24322000000092347016", t1)
    t2, _ = boxed_invoice2_pdf(P.f("发票/赛事平台开发-专票-28107346.pdf", "invoice"), code="3200221130", number="28107346",
                               date="2022-07-05", buyer=party(app), seller=party(s2),
                               items=[("*信息技术服务*赛事平台开发及运维", "", "项", 1, 1286000.00, 0.06)])
    P.invoice("28107346", t2)
    P.expect({"applicant_name": app["name"], "applicant_uscc": app["uscc"], "recommending_unit": rec},
             None, [{"kind": "figure", "figure": "applicant_name", "alt": ["applicant_uscc"]}],
             "The event is deployed by the province (省工信厅 委托函 cites the 省委省政府 部署) and audited (612.45), but the applicant is "
             "the private company that 承办 the event under a procurement contract. The guide's 申报主体 for 重大展会/重大活动 are "
             "省工信厅、各设区市工信局、省级（含）以上经开区、高新区等单位 — public bodies; an 有限责任公司 (USCC 91…) is not → ineligible. "
             "The organiser (省工信厅) would be the one to apply.")


# ============================================================================ m08 xinchuang-lab (incomplete: no 合作协议)
def m08():
    P = Packet("m08", "xinchuang-lab", True, "incomplete")
    app = co("江苏方衡信创科技股份有限公司", "320114", "79845316", "南京市雨花台区软件大道109号方衡大厦", "韩立新",
             "中国民生银行南京雨花支行", "633812097", "025-52780961")
    uni = "江苏海陵理工学院"
    rec = "南京市工业和信息化局"
    proj = "方衡—海陵理工信息技术应用创新联合实验室"
    start, end = "2022-12-01", "2024-05-31"
    bud = [("信创服务器、终端及网络设备", 486.00, 0.00), ("国产操作系统、数据库、中间件软件", 268.00, 0.00),
           ("信创适配验证平台建设", 142.00, 0.00), ("信创课程及案例库开发", 86.00, 48.00),
           ("实验室运营及师资培训", 38.00, 112.00)]
    e = round(sum(b[1] for b in bud), 2)
    u = round(sum(b[2] for b in bud), 2)
    tot = round(e + u, 2)
    assert (e, u, tot) == (1020.00, 160.00, 1180.00)
    form_docx(P.f("附件1 申报书.docx", "application_form"), "2023年度信息技术应用创新实验室项目申报书",
              [["项目类别", "智能化改造数字化转型—信息技术应用创新项目—信息技术应用创新实验室项目"],
               ["实验室名称", proj], ["牵头实施主体", app["name"]], ["统一社会信用代码", app["uscc"]],
               ["合作高校", uni], ["项目推荐单位", rec],
               ["建设期", f"{cn_date(start)}至{cn_date(end)}"],
               ["合作期", "五年（自合作协议生效之日起），详见附件4《校企合作共建信创实验室协议》"],
               ["2年建设期总投资预算（万元）", f"{wan(tot)}（企业{wan(e)}，高校{wan(u)}）"],
               ["首期申请补助（万元）", "300.00"],
               ["攻关方向", "省高端软件关键技术产业化重点方向：面向云原生的国产中间件适配与性能优化"],
               ["附件清单", "1.申报书；2.绩效目标申报表（附件1-10）；3.建设方案及预算；4.校企合作共建信创实验室协议；"
                           "5.营业执照；6.推荐函；7.高校场地保障承诺函"]],
              post=applicant_promise(app, "2022-12-06"))
    perf_docx(P.f("附件2 绩效目标申报表（附件1-10）.docx", "performance_form"), 10, "信息技术应用创新实验室项目", proj, rec,
              app["name"], "2022年12月", "2024年5月", "建成信创联合实验室，开发信创特色课程，培养信创人才。",
              [("产出指标", "数量指标", "信创特色课程开发数（门）", "8"), ("产出指标", "数量指标", "信创人才培养数（人）", "600"),
               ("产出指标", "质量指标", "突破相关关键技术数（个）", "3"),
               ("产出指标", "时效指标", "实验室建设进度与建设进度计划一致性", "一致")],
              f"填报单位：{app['name']}    2022年12月6日")
    rows = [["序号", "建设内容", "企业投入", "高校投入", "小计"]]
    for i, (n, a, b) in enumerate(bud, 1):
        rows.append([str(i), n, wan(a), wan(b), wan(a + b)])
    rows.append(["合计", "", wan(e), wan(u), wan(tot)])
    docx_rich(P.f("附件3 建设方案及预算.docx", "other"), f"{proj}建设方案", [
        ("h", "一、建设目标"),
        ("p", f"由{app['name']}牵头，联合{uni}及产业生态企业，在{uni}江宁校区建设信息技术应用创新联合实验室，"
              f"{cn_date(end)}前完成创建。"),
        ("h", "二、合作分工"),
        ("p", f"{uni}提供实验室场所（约620平方米）及基础设施，负责实验室运营；{app['name']}提供信创软硬件产品和服务，开放信创技术和案例库、项目库。"),
        ("h", "三、合作期内主要工作事项"),
        ("p", "第一年完成实验室建设与首批4门课程；第二年完成适配验证平台并开展信创协同攻关；第三至五年持续开展人才培养与成果推广。"),
        ("h", "四、投资预算（2年建设期）"),
        ("p", "单位：万元"),
        ("tm", rows, [(len(rows) - 1, 0, len(rows) - 1, 1)]),
    ])
    license_pdf(P.f("附件5 营业执照.pdf", "business_license"), app, kind="股份有限公司（非上市）", capital="15,000万元人民币",
                found="2010年09月30日", scope="软件开发；信息系统集成；信息技术咨询服务；计算机软硬件销售。")
    rec_letter(P.f("附件6 推荐函.pdf", "other"), rec, "宁工信软〔2022〕142号", app["name"], proj, "信息技术应用创新实验室项目",
               "2022-12-08")
    p = Pdf(P.f("附件7 高校场地保障承诺函.pdf", "other"))
    p.title("承 诺 函", 17, 12)
    p.para("省工业和信息化厅：")
    p.para(f"我校与{app['name']}共建“{proj}”。我校承诺在江宁校区信息楼三层提供约620平方米实验室场所及水电、网络等基础设施，"
           "负责实验室日常运营，对实验室的建设和运营提供保障。")
    p.para(f"{uni}（盖章）    2022年12月2日", 11, indent=False, align="right")
    p.seal(uni, y=p.y + 30)
    p.save()
    P.expect({"applicant_name": app["name"], "applicant_uscc": app["uscc"], "recommending_unit": rec,
              "total_investment": tot, "start_date": start, "completion_date": end},
             None, [{"kind": "missing", "document": "contract"}],
             "2-year budget 1,180 ≥ 1,000 (enterprise 1,020 + university 160, DOCX table); creation by 2024-05-31 ≤ 2024-06-30; the "
             "university's own letter covers premises. But the 合作期 ≥ 5 年 condition rests only on the applicant's 申报书 "
             "('五年，详见附件4'); 附件4 校企合作共建信创实验室协议 is not in the packet (files jump 附件3 → 附件5), and the university's "
             "letter does not state a term → missing contract → incomplete.", with_invoices=False)


# ============================================================================ m09 5g-iiot (ineligible: completed 2022-07-04)
def m09():
    P = Packet("m09", "5g-iiot", True, "ineligible")
    app = co("盐城澄宇汽车零部件有限公司", "320913", "66874302", "盐城经济技术开发区希望大道南路58号", "杭建国",
             "中国工商银行盐城开发区支行", "1109660109200187346", "0515-88367725")
    rec = "盐城市工业和信息化局"
    proj = "汽车底盘结构件5G全连接工厂建设项目"
    start, done, accept = "2021-03-08", "2022-07-04", "2022-10-12"
    rows = [("5G专网及MEC边缘计算设备", 5826000.00, False), ("5G工业网关、CPE及智能终端", 3148000.00, False),
            ("智能化改造生产及检测设备", 10847000.00, False), ("工业软件（MES/设备管理）", 1986000.00, True),
            ("系统集成", 1254000.00, True), ("云资源及网络费用", 622000.00, True), ("调试安装、咨询、检测费用", 1000000.00, False)]
    total = round(sum(r[1] for r in rows), 2)
    soft = round(sum(r[1] for r in rows if r[2]), 2)
    assert (total, soft) == (24683000.00, 3862000.00)
    n5g, nwifi = 412, 154
    assert n5g / (n5g + nwifi) >= 0.5
    form_docx(P.f("盐城澄宇-01 申报表.docx", "application_form"), "2023年度江苏省工业和信息产业转型升级专项资金项目申报表",
              [["项目类别", "智能化改造数字化转型—标杆示范项目—“5G+工业互联网”融合应用项目"], ["项目名称", proj],
               ["申报单位", app["name"]], ["统一社会信用代码", app["uscc"]], ["推荐单位", rec],
               ["项目起止时间", f"{cn_date(start)}至{cn_date(done)}"],
               ["项目总投入（万元，不含税）", wan(total / 10000)], ["其中软件、系统集成、公私有云等（万元）", wan(soft / 10000)],
               ["5G应用情况", f"5G网络全覆盖，部署MEC节点1个（64 vCPU），5G联网设备{n5g}台/无线联网设备{n5g + nwifi}台，应用场景9个"],
               ["项目完成情况", "项目主体工程于2022年6月底基本建成，7月4日完成全部建设内容；2022年10月通过盐城市工信局验收。"],
               ["申请补助（万元）", wan(total / 100000)]],
              post=applicant_promise(app, "2022-11-14"))
    perf_docx(P.f("盐城澄宇-02 绩效目标申报表（附件1-4）.docx", "performance_form"), 4, "“5G+工业互联网”融合应用项目", proj,
              rec, app["name"], "2021年3月", "2022年7月", "建成5G全连接工厂，生产效率提升20%以上。",
              [("产出指标", "数量指标", "项目建设5G应用场景数（个）", "9"), ("产出指标", "数量指标", "项目应用5G终端数（个）", "436"),
               ("产出指标", "数量指标", "项目应用设备联网数（台）", "688"), ("产出指标", "数量指标", "项目应用设备5G方式联网数（台）", str(n5g)),
               ("产出指标", "数量指标", "项目搭建边缘计算节点所部署的虚拟处理器vCPU（核）", "64"),
               ("效益指标", "经济效益", "项目总投入（万元）", wan(total / 10000))],
              f"填报单位：{app['name']}    2022年11月14日")
    firm = "盐城众信会计师事务所有限公司"
    p = Pdf(P.f("盐城澄宇-03 专项审计报告.pdf", "audit_report"), footer_pages=True)
    p.title("专项审计报告", 17, 8)
    p.para("盐众信专审〔2022〕第208号", 10.5, indent=False, align="center")
    p.para(f"{app['name']}：")
    p.para(f"我们对贵公司“{proj}”的投入情况进行了专项审计。该项目于{cn_date(start)}开工，{cn_date(done)}完成全部建设内容。"
           f"经审计，项目累计投入（不含税）{yuan(total)}元，其中软件、系统集成、公私有云等投入{yuan(soft)}元。")
    p.table([["序号", "投入类别", "金额（元）", "软件类"]] +
            [[str(i), n, yuan(v), "√" if s else ""] for i, (n, v, s) in enumerate(rows, 1)] +
            [["", "合计", yuan(total), ""]], [0.5, 3.4, 1.6, 0.7], 10)
    p.gap(14)
    p.para(f"{firm}    中国注册会计师：缪静 居海涛    2022年9月16日", 10, indent=False, align="right")
    p.seal(firm, y=p.y + 30)
    p.save()
    p = Pdf(P.f("盐城澄宇-04 验收意见.pdf", "acceptance_opinion"))
    p.title(f"“{proj}”验收意见", 14, 14)
    p.para(f"2022年10月12日，盐城市工业和信息化局组织专家对{app['name']}“{proj}”进行了验收。专家组审阅了项目资料，现场查看了"
           "5G专网、MEC边缘计算平台及各应用场景，形成意见如下：")
    p.para(f"1. 项目于{cn_date(start)}开工，{cn_date(done)}完成全部建设内容，建设内容与备案一致。")
    p.para(f"2. 厂区5G网络全覆盖，部署MEC边缘计算节点，设备联网率100%，5G方式联网设备{n5g}台，占无线联网设备的72.8%；"
           "建成远程设备操控、机器视觉质检、AGV协同等9个应用场景，应用标识解析实现零部件质量追溯。")
    p.para(f"3. 项目投入经审计为{wan(total / 10000)}万元（不含税），其中软件、系统集成、公私有云等投入{wan(soft / 10000)}万元。")
    p.para("验收结论：同意通过验收。")
    p.gap(10)
    p.para("专家组组长（签字）：管志强        专家组成员（签字）：戴文、严华、朱晓梅", 10.5, indent=False)
    p.para("日期：2022年10月12日", 10.5, indent=False)
    p.gap(18)
    p.para("盐城市工业和信息化局（盖章）", 11, indent=False, align="right")
    p.seal(rec, y=p.y + 10)
    p.save()
    p = Pdf(P.f("盐城澄宇-05 第三方测试报告.pdf", "third_party_test_report"))
    p.title("5G全连接工厂网络与应用测试报告", 15, 8)
    p.para("报告编号：JSTC-5G-2022-0317    检测机构：江苏泰科信息通信测试中心有限公司    测试日期：2022年8月22日—26日", 9.5,
           indent=False)
    p.table([["测试项目", "测试结果"], ["5G网络覆盖（RSRP≥-100dBm区域占比）", "99.6%"], ["MEC边缘计算节点", "1个，64 vCPU"],
             ["无线联网设备总数", str(n5g + nwifi)], ["其中5G方式联网", str(n5g)], ["Wi-Fi方式联网", str(nwifi)],
             ["5G无线联网率", f"{n5g / (n5g + nwifi) * 100:.1f}%"], ["工信部发布场景应用数", "9"], ["标识解析应用", "已接入二级节点"]],
            [3, 2.5], 10)
    p.seal("江苏泰科信息通信测试中心有限公司", y=p.y - 20)
    p.save()
    filing_pdf(P.f("盐城澄宇-06 备案证.pdf", "project_filing"), ("盐开行审备〔2021〕37号", "2021-320913-36-03-518264"), app, proj,
               "盐城经济技术开发区希望大道南路58号", "2,600万元", "建设5G专网、MEC边缘计算平台，改造底盘结构件冲焊涂装生产线。",
               "盐城经济技术开发区行政审批局", "2021-02-23", ("2021年3月", "2022年6月"))
    exemption_pdf(P.f("盐城澄宇-07 关于环评能评手续的说明.pdf", "procedure_exemption"), rec, app["name"], proj,
                  "该项目在企业现有厂房内实施，主要为网络、信息化设备及生产设备智能化改造，不新增产能和污染物排放，"
                  "按照《建设项目环境影响评价分类管理名录》不纳入环评管理；年新增能耗低于须单独节能审查的标准，无需办理节能审查。",
                  "2022-11-16", "盐工信函〔2022〕188号")
    license_pdf(P.f("盐城澄宇-08 营业执照.pdf", "business_license"), app, capital="9,800万元人民币", found="2010年12月06日",
                scope="汽车零部件及配件制造；模具制造；金属结构制造。")
    rec_letter(P.f("盐城澄宇-09 推荐函.pdf", "other"), rec, "盐工信推〔2022〕57号", app["name"], proj,
               "“5G+工业互联网”融合应用项目", "2022-11-22")
    s1 = co("江苏联讯通信工程有限公司", "320102", "25318670", "南京市玄武区珠江路88号", "耿讯", "中国银行南京玄武支行",
            "508766239915", "025-83361277")
    s2 = co("深圳极算边缘计算科技有限公司", "440305", "35926784", "深圳市南山区科技园科苑路16号", "易算", "平安银行深圳科技园支行",
            "15000098126477", "0755-86543120")
    t1, _ = einvoice2_pdf(P.f("票据/5G专网建设-数电票-22322000000058103694.pdf", "invoice"), number="22322000000058103694",
                          date="2021-09-28", buyer=party(app), seller=party(s1),
                          items=[("*通信设备*5G室内分布系统", "LX-5GQF", "套", 1, 2436000.00, 0.13),
                                 ("*通信设备*5G工业网关", "LX-GW500", "台", 120, 1128000.00, 0.13),
                                 ("*建筑服务*安装服务", "", "项", 1, 186000.00, 0.09)])
    P.invoice("22322000000058103694", t1)
    t2, _ = boxed_invoice2_pdf(P.f("票据/MEC服务器-专票-09461823.pdf", "invoice"), code="4403221130", number="09461823",
                               date="2022-05-09", buyer=party(app), seller=party(s2), province="深圳",
                               items=[("*计算机设备*MEC边缘计算服务器", "JS-E3000", "台", 2, 846000.00, 0.13),
                                      ("*信息技术服务*边缘计算平台软件", "JS-MEC OS", "套", 1, 392000.00, 0.13)])
    P.invoice("09461823", t2)
    p = Pdf(P.f("票据/5G专网建设合同.pdf", "contract"), footer_pages=True)
    p.title("5G专网建设及集成服务合同", 16, 10)
    p.para(f"甲方：{app['name']}    乙方：{s1['name']}", 11, indent=False)
    for t in ["第一条 乙方为甲方厂区建设5G室内分布系统、部署工业网关并完成与MES的集成。",
              "第二条 合同金额见签署页。", "第三条 工期：2021年5月至2022年6月，分三期交付。"]:
        p.para(t)
    p.new_page()
    p.title("签署页", 14, 12)
    p.para(f"合同总价：人民币{daxie(2436000 * 1.13 + 1128000 * 1.13 + 186000 * 1.09)}（含税）", 12)
    p.para(f"甲方：{app['name']}（盖章）        乙方：{s1['name']}（盖章）        2021年4月20日", 10.5, indent=False)
    p.save()
    tw, sw = total / 10000, soft / 10000
    P.expect({"applicant_name": app["name"], "applicant_uscc": app["uscc"], "recommending_unit": rec,
              "total_investment": round(tw, 2), "software_investment": round(sw, 2), "start_date": start,
              "completion_date": done, "acceptance_date": accept},
             None, [{"kind": "figure", "figure": "completion_date"}],
             "Everything passes (2,468.30 ≥ 2,000; software 386.20 ≥ 300; 5G 412/566 = 72.8%; 9 scenarios; MEC; 标识解析; "
             "acceptance by 盐城市工信局 with the expert group's own date line) except the completion date: audit, acceptance opinion and "
             "the 申报表 itself say all construction was finished on 2022-07-04 — 4 days after 2022-06-30 → ineligible. The 备案证's "
             "planned 2022年6月 and the form's '6月底基本建成' do not change the completion date.")


# ============================================================================ m10 major-exhibition (eligible, cap; detected)
def m10():
    P = Packet("m10", "major-exhibition", False, "eligible")
    app = co("南通市工业和信息化局", "320600", "01412739", "南通市崇川区世纪大道6号", "顾海峰", "南通市财政局国库支付中心",
             "—", "0513-85099510", head="11")
    proj = "2022中国（南通）国际海工装备与高技术船舶博览会"
    rows = [("展馆租赁", 612.40, 612.40, ""), ("展位搭建及布展", 786.25, 752.25, "特装展位补贴超出方案标准部分"),
            ("宣传推广", 356.80, 356.80, ""), ("会议论坛", 248.60, 214.45, "会务费超出方案规定标准部分"),
            ("安保保洁及交通保障", 196.20, 196.20, ""), ("接待及礼品", 184.40, 4.70, "方案未列支的接待费、礼品费")]
    claim = round(sum(r[1] for r in rows), 2)
    audited = round(sum(r[2] for r in rows), 2)
    assert (claim, audited) == (2384.65, 2136.80)
    form_docx(P.f("（一）申报表.docx", "application_form"), "2023年度江苏省工业和信息产业转型升级专项资金项目申报表",
              [["项目类别", "自主品牌企业培育—省委省政府部署的重大展会项目", None, None],
               ["项目名称", proj, None, None],
               ["申报单位", app["name"], "统一社会信用代码", app["uscc"]],
               ["单位负责人", app["legal"], "联系电话", app["tel"]],
               ["举办时间", "2022年9月23日—26日", "举办地点", "南通国际会展中心"],
               ["展会总支出（万元，经专项审计）", wan(audited), "申请补助（万元）", "1,000.00"],
               ["展会成效", "参展企业628家，专业观众8.6万人次，签约项目41个，签约金额186亿元。", None, None]],
              merges=[(0, 1, 0, 3), (1, 1, 1, 3), (6, 1, 6, 3)],
              post=[("p", f"申报单位（盖章）：{app['name']}"), ("r", "2022年11月29日")])
    perf_docx(P.f("（二）绩效目标申报表.docx", "performance_form"), 16, "省委省政府部署的重大展会项目", proj, "—", app["name"],
              "2022年9月", "2022年9月", "办好海工装备与高技术船舶博览会，促进产业链合作与项目签约。",
              [("产出指标", "数量指标", "参展商数量（家）", "628"), ("产出指标", "数量指标", "观展人数（人）", "86,000"),
               ("产出指标", "数量指标", "主流媒体刊发报道数（篇）", "312"), ("产出指标", "成本指标", "展会成本控制率（%）", "89.6"),
               ("效益指标", "经济效益", "项目签约合作金额（万元）", "1,860,000"), ("效益指标", "社会效益", "签约项目数（个）", "41")],
              f"填报单位：{app['name']}    2022年11月29日")
    firm = "南通通衡会计师事务所有限公司"
    p = Pdf(P.f("（三）专项审计报告.pdf", "audit_report"), footer_pages=True)
    p.title(f"{proj}", 13, 4)
    p.title("经费支出专项审计报告", 16, 10)
    p.para("通衡专审〔2022〕第419号", 10.5, indent=False, align="center")
    p.para(f"{app['name']}：")
    p.para(f"我们接受委托，对{proj}（以下简称“博览会”）的经费支出进行了专项审计。审计依据为省政府办公厅同意举办博览会的复函及"
           "经批准的《博览会总体方案》所规定的支出范围和标准。")
    p.para(f"贵局申报博览会支出总额{yuan(claim * 10000)}元（约0.24亿元）。经审计，其中超出方案规定支出标准或方案未列支的支出"
           f"{yuan((claim - audited) * 10000)}元不予确认，审定符合方案规定支出标准的总投入{yuan(audited * 10000)}元"
           f"（大写：人民币{daxie(audited * 10000)}）。明细如下：")
    p.table([["序号", "支出项目", "申报数（万元）", "审定数（万元）", "审减数（万元）", "审减原因"]] +
            [[str(i), n, wan(a), wan(b), wan(a - b) if a != b else "—", why] for i, (n, a, b, why) in enumerate(rows, 1)] +
            [["", "合计", wan(claim), wan(audited), wan(claim - audited), ""]], [0.5, 1.8, 1.2, 1.2, 1.2, 2.4], 9)
    p.gap(12)
    p.para(f"{firm}    中国注册会计师：钱坤 宋雅    2022年11月15日", 10, indent=False, align="right")
    p.seal(firm, y=p.y + 30)
    p.save()
    p = Pdf(P.f("（四）省政府办公厅复函.pdf", "other"))
    p.title("江苏省人民政府办公厅", 16, 6)
    p.title(f"关于同意举办{proj}的复函", 13, 12)
    p.para("南通市人民政府、省工业和信息化厅：")
    p.para(f"你们关于举办{proj}的请示收悉。经省政府同意，现函复如下：同意于2022年9月在南通举办该博览会，由省工业和信息化厅、"
           "南通市人民政府共同主办，南通市工业和信息化局具体承办。请按照节俭办会的要求，严格执行经费支出标准。")
    p.para("江苏省人民政府办公厅    2022年4月18日", 10.5, indent=False, align="right")
    p.seal("江苏省人民政府办公厅", y=p.y + 30)
    p.save()
    p = Pdf(P.f("（五）展会总结报告.pdf", "other"))
    p.title("博览会总结报告", 15, 10)
    p.para("博览会于2022年9月23日至26日在南通国际会展中心举办，展览面积6.2万平方米，参展企业628家，专业观众8.6万人次，"
           "线上直播观看1,260万人次，签约项目41个，签约金额186亿元。")
    p.save()
    p = Pdf(P.f("（六）统一社会信用代码证书.pdf", "business_license"))
    p.title("统一社会信用代码证书", 18, 14)
    p.table([["统一社会信用代码", app["uscc"]], ["机构名称", app["name"]], ["机构性质", "机关"],
             ["机构地址", app["addr"]], ["负责人", app["legal"]], ["颁发单位", "南通市委员会机构编制委员会办公室"]],
            [1.6, 4], 11)
    p.save()
    s1 = co("南通国际会展中心运营管理有限公司", "320602", "50816437", "南通市崇川区星湖大道1692号", "陈展", "交通银行南通分行",
            "326008607018170092764", "0513-85226900")
    s2 = co("江苏博雅展览展示工程有限公司", "320602", "67013825", "南通市崇川区工农路111号", "孙博", "江苏银行南通分行",
            "50210188000164538", "0513-81055736")
    t1, _ = einvoice2_pdf(P.f("（七）票据/展馆租赁 数电票 24322000000067340812.pdf", "invoice"),
                          number="24322000000067340812", date="2022-09-28", buyer=(app["name"], app["uscc"]), seller=party(s1),
                          items=[("*经营租赁*展馆租赁", "A1-A4馆", "天", 6, 6124000.00, 0.06)], kind="普通发票")
    P.invoice("24322000000067340812", t1)
    t2, _ = boxed_invoice2_pdf(P.f("（七）票据/展位搭建 普票 17024598.pdf", "invoice"), code="3200221130", number="17024598",
                               date="2022-09-30", buyer=(app["name"], app["uscc"], f"{app['addr']} {app['tel']}", " "),
                               seller=party(s2), kind="普通", copy="发 票 联",
                               items=[("*现代服务*展位设计搭建服务", "公共展区", "项", 1, 4286000.00, 0.06),
                                      ("*现代服务*特装展位补贴搭建", "", "项", 1, 1860000.00, 0.06)])
    P.invoice("17024598", t2)
    P.expect({"applicant_name": app["name"], "applicant_uscc": app["uscc"], "total_investment": audited},
             1000.0, [],
             "No --category: 申报表 类别 line + 附件1-16 title. Applicant is a 设区市工信局 (机关, USCC 11…), approved by the 省政府办公厅. "
             "Basis = the audited total meeting the 方案 standards: 申报 2,384.65 − 审减 247.85 = 2,136.80 (table in 万元, narrative in 元 "
             "with '约0.24亿元'). 50% = 1,068.40 → cap 1,000. No recommending unit (a city bureau applies itself).",
             with_invoices=True)


# ============================================================================ m11 cluster-promotion (needs_review: 会费)
def m11():
    P = Packet("m11", "cluster-promotion", True, "needs_review")
    app = co("常州市智能装备产业集群促进中心", "320400", "58264137",
             "常州市新北区太湖东路9号常州创新大厦B座8楼", "钱永康", "江苏江南农村商业银行新北支行", "8930120120000418",
             "0519-85553180", head="52")
    rec = "常州市工业和信息化局"
    proj = "常州智能装备产业集群促进机构能力提升项目"
    inc = [("政府购买服务收入（集群观测、产业链研究）", 964000.00), ("企业委托咨询及研究服务收入", 587000.00),
           ("集群对接活动服务收入", 312000.00), ("会员会费收入", 540000.00)]
    total = round(sum(v for _, v in inc), 2)
    without = round(total - 540000.00, 2)
    assert total == 2403000.00 and total / 10000 >= 200 > without / 10000
    outputs = [("集群产业链图谱", 3), ("白皮书", 2), ("咨询报告", 11), ("规划、方案", 5), ("《常州智能装备》期刊", 3)]
    n_out = sum(v for _, v in outputs)
    assert n_out == 24
    events = [("2021-07-16", "工业机器人产业链供需对接会", 126), ("2021-08-20", "智能装备集群数字化转型沙龙", 84),
              ("2021-09-24", "集群企业走进高校产学研对接活动", 96), ("2021-10-22", "长三角智能装备集群协同发展论坛", 210),
              ("2021-11-12", "专精特新企业融资对接会", 72), ("2021-12-03", "集群标准化工作推进会", 65),
              ("2022-01-14", "集群年度观测报告发布会", 138), ("2022-02-25", "数控系统国产化替代对接会", 58),
              ("2022-03-18", "集群人才招聘专场（线下）", 112), ("2022-04-22", "产业链安全稳定保供协调会", 47),
              ("2022-05-20", "智能装备出海服务专场", 66), ("2022-06-10", "集群企业质量品牌提升培训", 91),
              ("2022-06-17", "核心零部件联合攻关对接会", 53), ("2022-06-28", "集群国家竞赛成果交流会", 104)]
    assert len(events) == 14
    form_docx(P.f("1 项目申报书.docx", "application_form"), "2023年度集群发展促进机构项目申报书",
              [["项目类别", "产业支撑体系建设—集群发展促进机构项目"], ["项目名称", proj], ["申报单位", app["name"]],
               ["单位性质", "民办非企业单位"], ["统一社会信用代码", app["uscc"]], ["推荐单位", rec],
               ["服务集群", "常州市智能装备产业集群（省16个先进制造业集群之一：高端装备集群）"],
               ["服务团队", "专职人员16人，其中博士2人、硕士7人"], ["办公场所", "常州创新大厦B座8楼，自有使用面积860平方米"],
               ["2021.7.1—2022.6.30集群服务收入（万元）", wan(total / 10000)],
               ["牵头编制图谱、白皮书、咨询报告等（个）", str(n_out)], ["牵头组织成员单位交流活动（场）", str(len(events))],
               ["服务集群内企业数（家）", "186"],
               ["参与国家集群竞赛等专项工作", "作为常州智能装备集群促进机构参与国家先进制造业集群竞赛，承担市产业强链专项“智能装备链”工作"],
               ["申请补助（万元）", wan(total / 10000 * 0.5)]],
              post=[("p", f"申报单位（盖章）：{app['name']}"), ("p", f"法定代表人（签字）：{app['legal']}"), ("r", "2022年11月23日")])
    perf_docx(P.f("2 绩效目标申报表（附件1-22）.docx", "performance_form"), 22, "集群发展促进机构项目", proj, rec, app["name"],
              "2023年1月", "2023年12月", "建成集群观测站，提升集群促进机构专业化服务能力。",
              [("产出指标", "数量指标", "集群观测站建设完成数（个）", "1"),
               ("产出指标", "数量指标", "支持赋能集群和产业链的公共服务活动次数（次）", "16"),
               ("产出指标", "质量指标", "资金使用合规性", "合规"), ("效益指标", "经济效益", "项目总投入（万元）", "320")],
              f"填报单位：{app['name']}    2022年11月23日")
    firm = "常州正则会计师事务所有限公司"
    p = Pdf(P.f("3 服务收入专项审计报告.pdf", "audit_report"), footer_pages=True)
    p.title("专项审计报告", 17, 8)
    p.para("常正则专审〔2022〕第147号", 10.5, indent=False, align="center")
    p.para(f"{app['name']}：")
    p.para(f"我们审计了贵中心2021年7月1日至2022年6月30日期间开展集群服务的收入情况。经审计，该期间贵中心集群服务相关收入合计"
           f"{wan(total / 10000)}万元，其中会员会费收入54.00万元。上述收入均已入账，取得相应合同、票据及银行收款记录。")
    p.para("收入明细如下（单位：元）：", indent=False)
    p.table([["序号", "收入类别", "金额（元）", "备注"]] +
            [[str(i), n, yuan(v), "按会员章程收取，会员享受集群信息、活动等服务" if "会费" in n else ""]
             for i, (n, v) in enumerate(inc, 1)] + [["", "合计", yuan(total), ""]], [0.5, 3.0, 1.5, 2.6], 9.5)
    p.gap(12)
    p.para(f"{firm}    中国注册会计师：闵宁 贾晓东    2022年10月31日", 10, indent=False, align="right")
    p.seal(firm, y=p.y + 30)
    p.save()
    cert = scan_page([("民办非企业单位登记证书", 58, "center"), ("（副本）", 30, "center"), "", "",
                      f"名    称：{app['name']}", f"统一社会信用代码：{app['uscc']}", f"住    所：{app['addr']}",
                      f"法定代表人：{app['legal']}", "开办资金：300万元", "业务主管单位：常州市工业和信息化局",
                      "业务范围：产业集群研究、咨询服务、交流对接、培训服务", "有效期限：2020年8月18日至2025年8月17日", "", "",
                      ("登记管理机关：常州市民政局", 30, "right"), ("2020年8月18日", 30, "right")], 111, seal="常州市民政局")
    save_jpeg(P.f("4 民办非企业单位登记证书（扫描件）.jpg", "business_license"), cert)
    docx_rich(P.f("5 活动及成果清单.docx", "other"), "2021年7月—2022年6月集群交流活动及成果清单", [
        ("h", "一、牵头组织的集群成员单位交流活动"),
        ("tm", [["序号", "日期", "活动名称", "参加单位数"]] + [[str(i), d, n, str(k)] for i, (d, n, k) in enumerate(events, 1)], []),
        ("h", "二、牵头编制发布的成果"),
        ("tm", [["类别", "数量（个）"]] + [[n, str(v)] for n, v in outputs] + [["合计", str(n_out)]], [])])
    rec_letter(P.f("6 推荐函.pdf", "other"), rec, "常工信产〔2022〕201号", app["name"], proj, "集群发展促进机构项目", "2022-11-28")
    P.expect({"applicant_name": app["name"], "applicant_uscc": app["uscc"], "recommending_unit": rec},
             None, [{"kind": "figure", "figure": "service_revenue"}],
             "Counts pass (24 outputs, 14 events, 186 firms, team 16, national cluster competition). The audit's '集群服务相关收入' "
             "for 2021-07-01..2022-06-30 is 240.30 but includes 会员会费 54.00; without the dues 186.30 < 200. Whether membership dues "
             "are 开展集群服务收入 is not settled by the guide and the threshold turns on it → needs_review; no service_revenue value "
             "expected (either 240.30 or 186.30). Applicant a 民办非企业单位 (USCC 52…), registration certificate as JPEG scan.",
             with_invoices=False)


# ============================================================================ m12 info-consumption (eligible; nested folders)
def m12():
    P = Packet("m12", "info-consumption", True, "eligible")
    app = co("徐州云康智慧养老科技有限公司", "320303", "32581946", "徐州市云龙区彭祖大道1号软件园C3栋", "孟庆华",
             "江苏银行徐州云龙支行", "60230188000297516", "0516-83306721")
    rec = "徐州市工业和信息化局"
    proj = "智慧健康养老综合服务平台建设项目"
    start, plan_done = "2021-12-01", "2023-09-30"
    top = "徐州云康-信息消费升级平台申报材料（2022.12）"
    bud = [("智能终端及感知设备", 412.60, 0.13), ("平台软件开发", 286.40, 0.06), ("云资源及网络", 98.50, 0.06),
           ("系统集成实施", 71.00, 0.06)]
    net = round(sum(b[1] for b in bud), 2)
    gross = round(sum(round(b[1] * (1 + b[2]), 2) for b in bud), 2)
    assert net == 868.50
    s1 = co("深圳安瑞康物联科技有限公司", "440306", "79214865", "深圳市宝安区西乡街道宝源路1号", "陶瑞", "中国银行深圳宝安支行",
            "772366198245", "0755-29563318")
    s2 = co("徐州汉云软件技术有限公司", "320311", "06318427", "徐州市泉山区软件园路6号", "刘汉", "徐州农村商业银行泉山支行",
            "3203110112010002735", "0516-87731206")
    s3 = co("江苏淮海云计算服务有限公司", "320312", "57746138", "徐州市铜山区高新路28号", "吕淮", "中国建设银行徐州铜山支行",
            "32050172870800001348", "0516-83892216")
    s4 = co("徐州彭城呼叫设备经营部", "320302", "98723160", "徐州市鼓楼区中山北路216号", "彭城", "中国邮政储蓄银行徐州鼓楼支行",
            "932003010014920573", "0516-85620971", head="92")
    invs = [("boxed", "15930742", "2022-03-08", s1, [("*通信设备*智能健康手环", "ARK-B6", "只", 2000, 598000.00, 0.13),
                                                      ("*仪器仪表*非接触式床垫传感器", "ARK-S2", "套", 800, 388000.00, 0.13)],
             "专用", "深圳", "4403221130"),
            ("e", "22322000000031764905", "2022-05-16", s2, [("*信息技术服务*软件开发服务", "平台一期", "项", 1, 648000.00, 0.06)],
             "增值税专用发票", None, None),
            ("e", "22322000000027016384", "2022-04-01", s3, [("*信息技术服务*云主机及存储租用", "2022.4-2023.3", "年", 1, 156000.00, 0.06)],
             "普通发票", None, None),
            ("boxed", "02981356", "2022-02-20", s4, [("*通信设备*呼叫中心坐席终端", "PC-Z8", "台", 40, 95600.00, 0.01)],
             "普通", "江苏", "032002100204"),
            ("e", "22322000000052918376", "2022-06-22", s2, [("*信息技术服务*系统集成实施服务", "一期", "项", 1, 258000.00, 0.06)],
             "增值税专用发票", None, None)]
    cut = round(sum(sum(i[4] for i in inv[4]) for inv in invs), 2)
    assert cut == 2143600.00
    cut_w = cut / 10000
    assert cut_w / net >= 0.2
    base = f"{top}/01 申报材料"
    form_docx(P.f(f"{base}/1-1 项目申报表.docx", "application_form"), "2023年度江苏省工业和信息产业转型升级专项资金项目申报表",
              [["项目类别", "产业支撑体系建设—信息消费升级平台项目（信息化提升公共服务平台）"], ["项目名称", proj],
               ["申报单位", app["name"]], ["统一社会信用代码", app["uscc"]], ["推荐单位", rec],
               ["建设期", f"{cn_date(start)}至{cn_date(plan_done)}（22个月）"],
               ["项目总投入（万元，不含税）", wan(net)], ["截至2022年6月30日已投入（万元，不含税）", wan(cut_w)],
               ["项目进展", "平台一期已上线试运行，二期（区县养老服务中心接入、家庭养老床位扩面）建设中"],
               ["申请补助（万元）", wan(net * 0.2)]],
              post=applicant_promise(app, "2022-12-02"))
    perf_docx(P.f(f"{base}/1-2 绩效目标申报表（附件1-24）.docx", "performance_form"), 24, "信息消费升级平台项目", proj, rec,
              app["name"], "2021年12月", "2023年9月", "建成覆盖全市的智慧健康养老综合服务平台，服务老年人5万人以上。",
              [("产出指标", "数量指标", "服务用户数（个）", "50,000"), ("产出指标", "数量指标", "产生专利（著作权）数（个）", "12"),
               ("产出指标", "时效指标", "项目完成及时率（%）", "100"), ("效益指标", "经济效益", "项目总投入（万元）", wan(net))],
              f"填报单位：{app['name']}    2022年12月2日")
    rows = [["序号", "投资内容", "含税金额", "税率", "税额", "不含税金额"]]
    for i, (n, v, r) in enumerate(bud, 1):
        g = round(v * (1 + r), 2)
        rows.append([str(i), n, wan(g), f"{int(r * 100)}%", wan(g - v), wan(v)])
    rows.append(["合计", "", wan(gross), "", wan(gross - net), wan(net)])
    docx_rich(P.f(f"{base}/1-3 项目资金申请报告.docx", "other"), f"{proj}资金申请报告", [
        ("h", "一、项目概况"),
        ("p", f"项目建设期{cn_date(start)}至{cn_date(plan_done)}，建设智慧健康养老综合服务平台，接入家庭养老床位、社区养老服务中心及医疗机构。"),
        ("h", "二、投资估算"), ("p", "单位：万元"), ("tm", rows, [(len(rows) - 1, 0, len(rows) - 1, 1)]),
        ("p", f"项目总投入按不含税金额计为{wan(net)}万元，不含土建及铺底流动资金。")])
    firm = "徐州华诚会计师事务所有限公司"
    p = Pdf(P.f(f"{top}/02 投资证明/截至2022年6月30日投资专项审计报告.pdf", "audit_report"), footer_pages=True)
    p.title("专项审计报告", 17, 8)
    p.para("徐华诚专审〔2022〕第233号", 10.5, indent=False, align="center")
    p.para(f"{app['name']}：")
    p.para(f"我们对贵公司“{proj}”截至2022年6月30日的投入情况进行了专项审计。项目计划总投入{wan(net)}万元（不含税），"
           f"于{cn_date(start)}开工，目前尚在建设中，计划{cn_date(plan_done)}完成。")
    p.para("截至2022年6月30日，项目已取得发票并支付的投入如下（单位：元）：", indent=False)
    trows = [["序号", "发票号码", "开票日期", "销售方", "发票类型", "金额（不含税）", "税额", "价税合计"]]
    ttax = 0.0
    for i, inv in enumerate(invs, 1):
        a = sum(x[4] for x in inv[4])
        t = sum(round(x[4] * x[5], 2) for x in inv[4])
        ttax += t
        typ = "专票" if inv[5] in ("专用", "增值税专用发票") else "普票"
        trows.append([str(i), inv[1], inv[2], inv[3]["name"], typ, yuan(a), yuan(t), yuan(a + t)])
    trows.append(["", "合计", "", "", "", yuan(cut), yuan(ttax), yuan(cut + ttax)])
    p.table(trows, [0.4, 1.9, 1.1, 2.2, 0.6, 1.3, 1.0, 1.3], 7.5)
    p.para(f"经审计，截至2022年6月30日项目已投入{wan(cut_w)}万元（不含税），占计划总投入的{cut_w / net * 100:.2f}%。"
           "其中普通发票所列税额不能抵扣，但按申报要求仍以不含税金额计入。")
    p.gap(12)
    p.para(f"{firm}    中国注册会计师：邢娜 马骏    2022年10月20日", 10, indent=False, align="right")
    p.seal(firm, y=p.y + 30)
    p.save()
    for inv in invs:
        typ, num, d, s, items, kind, prov, code = inv
        short = s["name"][2:6]
        if typ == "boxed":
            t, _ = boxed_invoice2_pdf(P.f(f"{top}/02 投资证明/发票/{d} {short} {num}.pdf", "invoice"), code=code, number=num,
                                      date=d, buyer=party(app), seller=party(s), items=items, kind=kind, province=prov,
                                      copy="发 票 联")
        else:
            t, _ = einvoice2_pdf(P.f(f"{top}/02 投资证明/发票/{d} {short} {num}.pdf", "invoice"), number=num, date=d,
                                 buyer=party(app), seller=party(s), items=items, kind=kind)
        P.invoice(num, t)
    receipt_pdf(P.f(f"{top}/02 投资证明/付款/回单 20220310 安瑞康.pdf", "payment_voucher"), bank="江苏银行",
                no="JSB20220310446180", date="2022-03-10", payer=(app["name"], app["acct"], app["bank"]),
                payee=(s1["name"], s1["acct"], s1["bank"]), amount=round(986000 * 1.13, 2), memo="智能终端货款")
    receipt_pdf(P.f(f"{top}/02 投资证明/付款/回单 20220624 汉云.pdf", "payment_voucher"), bank="江苏银行",
                no="JSB20220624518827", date="2022-06-24", payer=(app["name"], app["acct"], app["bank"]),
                payee=(s2["name"], s2["acct"], s2["bank"]), amount=round(258000 * 1.06, 2), memo="系统集成实施款")
    docx_rich(P.f(f"{top}/02 投资证明/合同/平台开发合同（汉云）.docx", "contract"), "软件开发及系统集成合同",
              [("p", f"甲方：{app['name']}  乙方：{s2['name']}"),
               ("p", "合同总价：3,794,800.00元（含税），分一期、二期开发交付，二期计划2023年9月完成。"), ("r", "2022年1月10日")])
    license_pdf(P.f(f"{top}/03 其他/营业执照.pdf", "business_license"), app, capital="3,000万元人民币", found="2017年05月19日",
                scope="养老服务；健康咨询服务；软件开发；物联网技术服务。")
    rec_letter(P.f(f"{top}/03 其他/推荐函.pdf", "other"), rec, "徐工信推〔2022〕118号", app["name"], proj,
               "信息消费升级平台项目", "2022-12-06")
    P.expect({"applicant_name": app["name"], "applicant_uscc": app["uscc"], "recommending_unit": rec,
              "total_investment": net, "invested_by_cutoff": round(cut_w, 4), "start_date": start,
              "completion_date": plan_done},
             round(net * 0.2, 2), [],
             f"Under way: plan 868.50 不含税 (资金申请报告 table with 含税 {gross:,.2f} beside it); invested by 2022-06-30 214.36 = "
             f"{cut_w / net * 100:.2f}% ≥ 20% — five invoices incl. two 普票 (数电普票 6%, 个体 paper 普票 1%), counted tax-excluded. "
             "Period 2021-12-01 → 2023-09-30 = 22 months ≤ 2 years. Everything inside a top folder with sub-folders. "
             "20% × 868.50 = 173.70 (cap 500).")


def main():
    for d in (PK, EX):
        if d.exists():
            shutil.rmtree(d)
    for fn in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12):
        fn()
    print("ok")


if __name__ == "__main__":
    main()
