#!/usr/bin/env python3
"""Generator of the frozen9 blind packets p01-p12 and their expected results.

Deterministic: every run deletes packets/ and expected/ and writes byte-identical files.
Run: /work/main/.venv/bin/python corpus/frozen9/make_packets.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import lib9 as L  # noqa: E402

PK = HERE / "packets"
EX = HERE / "expected"

# ------------------------------------------------------------------ independent USCC check (GB 32100-2015)
_C = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _ok_uscc(code: str) -> bool:
    if len(code) != 18:
        return False
    # organisation code check digit (GB 11714)
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(ch) * wi for ch, wi in zip(code[8:16], w))
    c = 11 - s % 11
    want = "X" if c == 10 else "0" if c == 11 else str(c)
    if code[16] != want:
        return False
    s = sum(_C.index(ch) * wi for ch, wi in zip(code[:17], _W))
    return code[17] == _C[(31 - s % 31) % 31]


USCCS: list[str] = []


def U(region, base8, head="91"):
    code = L.uscc(region, base8, head)
    assert _ok_uscc(code) and L.check_uscc(code), code
    USCCS.append(code)
    return code


def wan(yuan_amount):
    return round(yuan_amount / 10000, 6)


# ------------------------------------------------------------------ common documents
def kv_form(path, title, rows, tail=(), head=None):
    """A DOCX form the applicant fills in: two-column (or four-column) table, no seal."""
    blocks = []
    if head:
        blocks += [("p", h) for h in head]
    blocks.append(("t", rows))
    blocks += [("p", t) for t in tail]
    L.docx_file(path, title, blocks)


def perf_form(path, att, title, name, rec, unit, start, end, goal, ind_rows):
    rows = [["项目名称", name, "", ""], ["项目推荐单位", rec, "项目承担单位", unit],
            ["项目开始时间", start, "项目结束时间", end], ["总体目标", goal, "", ""],
            ["一级指标", "二级指标", "三级指标", "指标值"]] + ind_rows
    L.docx_rich(path, None, [("c", f"附件{att}"), ("c", title), ("c", "（2023年度）"),
                             ("tm", rows, [(0, 1, 0, 3), (3, 1, 3, 3)])])


def rec_letter(path, rec, applicant, project, cat, date, extra=""):
    p = L.Pdf(path)
    p.title(f"{rec}", 15, 4)
    p.title("关于推荐2023年度省工业和信息产业转型升级专项资金项目的函", 13, 16)
    p.para("江苏省工业和信息化厅：", 11, indent=False)
    p.para(f"根据《2023年度江苏省工业和信息产业转型升级专项资金入库项目征集指南》要求，经企业申报、我局审核，"
           f"现推荐{applicant}“{project}”申报{cat}。经审核，该单位申报材料真实有效，符合申报条件。{extra}")
    p.para("特此推荐。")
    p.gap(30)
    p.para(rec, 11, indent=False, align="right")
    p.para(L.cn_date(date), 11, indent=False, align="right")
    p.seal(rec, y=p.y + 40)
    p.save()


def license_scan(path, name, code, rep, capital, est, addr, scope, kind="有限责任公司", photo=False, seed=1):
    lines = [("营 业 执 照", 64, "center"), ("（副  本）", 30, "center"), "",
             f"统一社会信用代码  {code}", f"名        称  {name}", f"类        型  {kind}",
             f"法定代表人  {rep}", f"注册资本  {capital}", f"成立日期  {L.cn_date(est)}",
             f"住        所  {addr}", f"经营范围  {scope}", "", ("登记机关", 30, "right"),
             (L.cn_date("2022-07-18") if "股份" in name and "恒锐" in name else L.cn_date(est), 30, "right")]
    im = L.scan_page(lines, seed, seal="市场监督管理局", border=True)
    if photo:
        L.save_jpeg(path, L.photo(im, seed))
    else:
        L.scan_pdf(path, [im])


def designation_list(path, issuer, docno, title, head, rows, widths, date, intro):
    p = L.Pdf(path)
    p.title(issuer, 15, 4)
    p.para(docno, 10, indent=False, align="center")
    p.title(title, 13, 14)
    p.para(intro)
    p.table([head] + rows, widths, 9)
    p.para(issuer, 11, indent=False, align="right")
    p.para(L.cn_date(date), 11, indent=False, align="right")
    p.seal(issuer, y=p.y + 40)
    p.save()


def contract_docx(path, title, a, b, subject_rows, price_text, sign_date, extra=()):
    blocks = [("p", f"合同编号：{path.stem[-6:]}"), ("p", f"甲方（买方）：{a}"), ("p", f"乙方（卖方）：{b}"),
              ("p", "经双方友好协商，就下列货物/服务的采购事宜订立本合同。"),
              ("t", [["序号", "名称", "规格/内容", "数量", "金额（元，含税）"]] + subject_rows),
              ("p", price_text)] + [("p", e) for e in extra] + [
              ("p", "甲方（盖章）：                    乙方（盖章）："),
              ("p", f"签订日期：{L.cn_date(sign_date)}")]
    L.docx_file(path, title, blocks)


def write_expected(pid, d):
    EX.mkdir(parents=True, exist_ok=True)
    d = {"id": pid, **d}
    (EX / f"{pid}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def inv_sum(invs):
    return round(sum(t for t, _ in invs) / 10000, 6)


BANKS = {"icbc": "中国工商银行", "boc": "中国银行", "abc": "中国农业银行", "ccb": "中国建设银行",
         "cmb": "招商银行", "jsb": "江苏银行", "njb": "南京银行", "bocom": "交通银行"}


# ================================================================== p01 smart-factory: name change after designation
def p01():
    d = PK / "p01"
    old, new = "常州恒锐机电有限公司", "江苏恒锐智能装备股份有限公司"
    code = U("320412", "70815236")
    rec = "常州市工业和信息化局"
    proj = "液压缸智能制造示范工厂建设项目"
    addr = "常州市武进区湖塘镇长虹西路88号"
    # audit (元)
    eq, sw, inst, cons, civil = 28365400.00, 4126800.00, 1987500.00, 862300.00, 2480000.00
    total = eq + sw + inst + cons
    p = L.Pdf(d / "专项审计报告.pdf", header="常州中衡会计师事务所有限公司  常中衡专审〔2022〕第0417号", footer_pages=True)
    p.title("关于江苏恒锐智能装备股份有限公司", 15, 4)
    p.title("液压缸智能制造示范工厂建设项目投入情况的专项审计报告", 15, 14)
    p.para(f"{new}（原名称：{old}，2022年7月18日经常州市武进区行政审批局核准变更名称，统一社会信用代码{code}不变）：", 11, indent=False)
    p.para("我们接受委托，对贵公司液压缸智能制造示范工厂建设项目自2020年9月1日开工至2022年4月26日完工期间的项目投入情况进行了专项审计。"
           "项目的相关合同、发票及付款凭证中，2022年7月18日以前形成的均以原名称常州恒锐机电有限公司签署或开具，与现名称为同一主体。")
    p.para("一、项目基本情况")
    p.para("项目于2020年9月1日开工建设，2022年4月26日完成全部建设内容并投入使用，实施周期约20个月。项目对液压缸加工、装配、检测车间"
           "实施数字化、网络化、智能化改造，新增智能加工单元、自动化装配线、在线检测设备，部署MES、WMS、QMS等工业软件及私有云平台。")
    p.para("二、审计结果（金额单位：人民币元，不含增值税）")
    p.table([["序号", "投入类别", "审定金额", "备注"],
             ["1", "智能化设备、工具、器具", L.yuan(eq), "68台（套）"],
             ["2", "工业软件、系统集成及私有云", L.yuan(sw), "MES/WMS/QMS、系统集成、私有云"],
             ["3", "调试安装费用", L.yuan(inst), ""],
             ["4", "咨询、设计、检测、评价", L.yuan(cons), ""],
             ["", "项目总投入合计", L.yuan(total), ""],
             ["—", "车间地坪及厂房改造（土建，不计入）", L.yuan(civil), "不计入项目总投入"]], [0.6, 3.2, 1.6, 2.6], 9.5)
    p.para(f"经审计，截至2022年4月26日，该项目总投入为人民币{L.daxie(total)}（¥{L.yuan(total)}），其中软件、系统集成、公私有云等投入"
           f"{L.daxie(sw)}（¥{L.yuan(sw)}）。车间地坪及厂房改造{L.yuan(civil)}元属土建投资，未计入项目总投入。")
    p.para("三、其他说明：本报告仅供贵公司申报2023年度省工业和信息产业转型升级专项资金使用。")
    p.gap(20)
    p.para("常州中衡会计师事务所有限公司        中国注册会计师：钱立新  孙婉", 10.5, indent=False)
    p.para("中国·常州                          2022年10月20日", 10.5, indent=False)
    p.seal("常州中衡会计师事务所有限公司", y=p.y + 40)
    p.save()
    # acceptance opinion
    p = L.Pdf(d / "验收意见.pdf")
    p.title("江苏恒锐智能装备股份有限公司（原常州恒锐机电有限公司）", 13, 4)
    p.title("液压缸智能制造示范工厂建设项目验收意见", 15, 14)
    p.para("2022年9月14日，常州市工业和信息化局组织专家对江苏恒锐智能装备股份有限公司（原常州恒锐机电有限公司）液压缸智能制造示范工厂"
           "建设项目进行了验收。专家组听取了项目建设情况汇报，现场查看了智能加工单元、自动化装配线和MES系统运行情况，审阅了相关资料，经讨论形成意见如下：")
    p.para("一、项目于2020年9月开工，2022年4月26日完成全部建设内容，实施周期未超过3年。")
    p.para(f"二、项目完成总投入3534.20万元，其中软件、系统集成、私有云投入412.68万元，完成了项目申报时确定的建设内容。")
    p.para("三、项目生产效率提高32.6%，产品合格率由97.1%提升至99.3%。")
    p.para("专家组同意该项目通过验收。")
    p.gap(10)
    p.para("专家组组长：韩启明（签字）", 11, indent=False)
    p.gap(20)
    p.para("常州市工业和信息化局", 11, indent=False, align="right")
    p.para("2022年9月14日", 11, indent=False, align="right")
    p.seal(rec, y=p.y + 40)
    p.save()
    designation_list(d / "2021年度江苏省智能制造示范工厂名单.pdf", "江苏省工业和信息化厅", "苏工信智能〔2021〕612号",
                     "关于公布2021年度江苏省智能制造示范工厂名单的通知",
                     ["序号", "设区市", "企业名称", "示范工厂名称"],
                     [["1", "南京市", "南京同舟轨道装备有限公司", "轨道车辆转向架智能制造示范工厂"],
                      ["2", "无锡市", "无锡锐新纺织机械有限公司", "纺机零部件智能制造示范工厂"],
                      ["3", "常州市", old, "液压缸智能制造示范工厂"],
                      ["4", "苏州市", "苏州汇川新材料科技有限公司", "高分子膜材智能制造示范工厂"],
                      ["5", "南通市", "南通海纳重工有限公司", "船用曲轴智能制造示范工厂"],
                      ["6", "盐城市", "盐城东佳汽车部件有限公司", "汽车座椅骨架智能制造示范工厂"]],
                     [0.6, 1.0, 3.0, 3.4], "2021-12-20",
                     "经企业申报、各设区市工业和信息化主管部门推荐、专家评审和网上公示，现将2021年度江苏省智能制造示范工厂名单予以公布（节选）。")
    # name change notice: scan
    lines = [("准予变更登记通知书", 48, "center"), ("（武）登记内变核字〔2022〕第07183号", 26, "center"), "",
             f"{new}：", "经审查，提交的变更登记申请材料齐全，符合法定形式，我局决定准予变更登记。",
             f"统一社会信用代码：{code}", "变更事项：名称、类型、注册资本",
             f"名称  变更前：{old}    变更后：{new}", "类型  变更前：有限责任公司    变更后：股份有限公司（非上市）",
             "注册资本  变更前：6800万元人民币    变更后：8000万元人民币", "",
             ("常州市武进区行政审批局", 30, "right"), ("2022年7月18日", 30, "right")]
    L.scan_pdf(d / "工商变更（名称变更）通知书.pdf", [L.scan_page(lines, 101, seal="常州市武进区行政审批局")])
    license_scan(d / "营业执照副本.pdf", new, code, "周恒锐", "捌仟万元整", "2009-04-16", addr,
                 "液压元件、液压缸、工程机械配件制造；智能装备研发、销售……", kind="股份有限公司（非上市）", seed=102)
    # filing / EIA in the old name
    p = L.Pdf(d / "江苏省投资项目备案证.pdf")
    p.title("江苏省投资项目备案证", 16, 12)
    p.para("备案证号：武行审备〔2020〕412号", 10, indent=False)
    p.table([["项目名称", proj], ["项目法人单位", old], ["统一社会信用代码", code], ["建设地点", addr],
             ["建设规模及内容", "对液压缸加工、装配、检测车间实施智能化改造，新增智能加工单元、自动化装配线及MES等系统，不新增用地"],
             ["总投资", "4100万元（其中设备及软件3600万元）"], ["计划开工时间", "2020年9月"]], [1.4, 5], 10)
    p.para("常州市武进区行政审批局    2020年7月23日", 10.5, indent=False, align="right")
    p.seal("常州市武进区行政审批局", y=p.y + 40)
    p.save()
    p = L.Pdf(d / "环评批复.pdf")
    p.title("常州市生态环境局", 15, 4)
    p.para("常武环审〔2020〕298号", 10, indent=False, align="center")
    p.title("关于常州恒锐机电有限公司液压缸智能制造示范工厂建设项目环境影响报告表的批复", 12, 12)
    p.para(f"{old}：你公司报送的《液压缸智能制造示范工厂建设项目环境影响报告表》收悉。经研究，在落实报告表提出的各项污染防治措施的前提下，同意项目建设。")
    p.para("常州市生态环境局    2020年8月27日", 10.5, indent=False, align="right")
    p.seal("常州市生态环境局", y=p.y + 40)
    p.save()
    p = L.Pdf(d / "推荐单位关于项目节能审查的说明.pdf")
    p.title("关于江苏恒锐智能装备股份有限公司项目节能审查情况的说明", 13, 14)
    p.para("该公司液压缸智能制造示范工厂建设项目年综合能源消费量不足1000吨标准煤且年电力消费量不足500万千瓦时，按规定不单独进行节能审查。特此说明。")
    p.para("常州市工业和信息化局    2022年11月25日", 10.5, indent=False, align="right")
    p.seal(rec, y=p.y + 40)
    p.save()
    rec_letter(d / "推荐函.pdf", rec, new, proj, "智能制造示范工厂项目", "2022-11-28",
               "该公司原名常州恒锐机电有限公司，2021年以原名称入选省级智能制造示范工厂。")
    kv_form(d / "项目入库申报表.docx", "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", proj], ["项目类别", "智能化改造数字化转型—标杆示范项目—智能制造示范工厂项目"],
        ["项目承担单位", new], ["曾用名", old + "（2022年7月18日变更）"], ["统一社会信用代码", code],
        ["项目推荐单位", rec], ["项目建设地点", addr], ["项目开始时间", "2020年9月1日"], ["项目完工时间", "2022年4月26日"],
        ["项目总投入（万元）", "3534.20"], ["其中：软件、系统集成、公私有云（万元）", "412.68"],
        ["验收情况", "2022年9月14日通过常州市工业和信息化局验收"], ["申请补助金额（万元）", "353.42"]],
        tail=["附件：营业执照、名称变更通知书、示范工厂名单、备案证、环评批复、节能审查说明、专项审计报告、验收意见、发票、合同、付款凭证"])
    perf_form(d / "绩效目标申报表（附件1-2）.docx", "1-2", "智能制造示范工厂项目绩效目标申报表", proj, rec, new,
              "2020年9月1日", "2022年4月26日", "建成液压缸智能制造示范工厂，生产效率提升30%以上。",
              [["产出指标", "数量指标", "生产效率提高率（%）", "32.6"], ["产出指标", "质量指标", "产品合格率（%）", "99.3"],
               ["效益指标", "经济效益", "项目总投入（万元）", "3534.20"], ["效益指标", "经济效益", "主营业务收入（万元）", "48620"]])
    buyer = (old, code, addr + " 0519-86321788", "中国银行常州武进支行 4689 2201 7715")
    s1 = ("南京埃斯顿智能系统工程有限公司", U("320115", "56208317"), "南京市江宁区吉印大道1888号", "工行江宁支行 4301 0188 2260")
    s2 = ("苏州鼎捷软件系统有限公司", U("320506", "58813406"), "苏州市吴中区东方大道18号", "建行吴中支行 3225 0198 8361")
    s3 = ("常州云杉信息技术有限公司", U("320411", "60417289"), "常州市新北区太湖东路9号", "江苏银行新北支行 8017 0188 0006")
    invs = [L.boxed_invoice2_pdf(d / "发票/3200203130_07781425.pdf", code="3200203130", number="07781425", date="2021-03-18",
                                 buyer=buyer, seller=s1, items=[("*机械设备*伺服压装机", "HR-YZ200", "台", 2, 1860000.00, 0.13),
                                                                 ("*机械设备*在线检测设备", "OT-5", "套", 1, 640000.00, 0.13)]),
            L.boxed_invoice2_pdf(d / "发票/3200211130_11360562.pdf", code="3200211130", number="11360562", date="2021-10-12",
                                 buyer=buyer, seller=s2, items=[("*信息技术服务*MES系统软件", "V5.2", "套", 1, 1285000.00, 0.13)]),
            L.einvoice2_pdf(d / "发票/22322000000031848127.pdf", number="22322000000031848127", date="2022-03-08",
                            buyer=buyer, seller=s3, items=[("*信息技术服务*系统集成服务", "", "项", 1, 436000.00, 0.06)])]
    contract_docx(d / "合同/设备采购合同（埃斯顿）.docx", "设备采购合同", old, s1[0],
                  [["1", "伺服压装机", "HR-YZ200", "2", "2,101,800.00"], ["2", "在线检测设备", "OT-5", "1", "723,200.00"]],
                  "合同总价：人民币贰佰捌拾贰万伍仟元整（¥2,825,000.00，含13%增值税）。", "2020-11-20")
    contract_docx(d / "合同/软件及实施服务合同（鼎捷）.docx", "软件购销及实施服务合同", old, s2[0],
                  [["1", "MES系统软件", "V5.2", "1", "1,452,050.00"]], "合同总价：¥1,452,050.00（含税）。", "2021-05-06")
    L.receipts_batch_pdf(d / "付款凭证/中行网银回单（3笔）.pdf", "中国银行", [
        {"no": "BOC2021032900417", "payer": (old, "4689 2201 7715", "中国银行常州武进支行"), "payee": (s1[0], "4301 0188 2260", "工行江宁支行"),
         "amount": 2825000.00, "memo": "设备款", "date": "2021-03-29", "serial": "2021032993318842"},
        {"no": "BOC2021102200928", "payer": (old, "4689 2201 7715", "中国银行常州武进支行"), "payee": (s2[0], "3225 0198 8361", "建行吴中支行"),
         "amount": 1452050.00, "memo": "MES软件款", "date": "2021-10-22", "serial": "2021102210457723"},
        {"no": "BOC2022031500233", "payer": (old, "4689 2201 7715", "中国银行常州武进支行"), "payee": (s3[0], "8017 0188 0006", "江苏银行新北支行"),
         "amount": 462160.00, "memo": "系统集成服务费", "date": "2022-03-15", "serial": "2022031508812267"}])
    write_expected("p01", {
        "category": "smart-factory", "given_category": "smart-factory", "outcome": "eligible",
        "figures": {"applicant_name": new, "applicant_uscc": code, "recommending_unit": rec,
                    "total_investment": wan(total), "software_investment": wan(sw), "start_date": "2020-09-01",
                    "completion_date": "2022-04-26", "acceptance_date": "2022-09-14",
                    "invoice_total": inv_sum(invs), "invoice_count": 3},
        "max_subsidy_wan": round(wan(total) * 0.10, 6), "reasons": [],
        "notes": "The 2021 省级智能制造示范工厂 list, the 备案证, the EIA, contracts and invoices all name the former name 常州恒锐机电有限公司; "
                 "the 准予变更登记通知书 (2022-07-18, same USCC) shows it is the applicant. Audit (元) 35,342,000 excl. 土建 2,480,000 → 3,534.20; "
                 "software 412.68 ≥ 300; 2020-09-01 → 2022-04-26 (< 3 years, in window); accepted by the recommending unit 2022-09-14. 10% = 353.42.",
        "documents": {"专项审计报告.pdf": "audit_report", "验收意见.pdf": "acceptance_opinion",
                      "2021年度江苏省智能制造示范工厂名单.pdf": "designation_certificate", "工商变更（名称变更）通知书.pdf": "other",
                      "营业执照副本.pdf": "business_license", "江苏省投资项目备案证.pdf": "project_filing", "环评批复.pdf": "eia_approval",
                      "推荐单位关于项目节能审查的说明.pdf": "procedure_exemption", "推荐函.pdf": "other",
                      "项目入库申报表.docx": "application_form", "绩效目标申报表（附件1-2）.docx": "performance_form",
                      "发票/3200203130_07781425.pdf": "invoice", "发票/3200211130_11360562.pdf": "invoice",
                      "发票/22322000000031848127.pdf": "invoice", "合同/设备采购合同（埃斯顿）.docx": "contract",
                      "合同/软件及实施服务合同（鼎捷）.docx": "contract", "付款凭证/中行网银回单（3笔）.pdf": "payment_voucher"}})



# ================================================================== p02 green-upgrade: signed contracts taken for "已投入"
def p02():
    d = PK / "p02"
    name = "东台市海晟新材料有限公司"
    code = U("320981", "32176094")
    rec = "盐城市工业和信息化局"
    proj = "年产5万吨再生PET切片生产线节能降碳改造项目"
    addr = "东台市经济开发区纬六路16号"
    # contracts (不含税, 元): signed / invoiced by 2022-06-30
    cons = [("再生PET固相增粘节能装置", "江阴华宏化纤机械有限公司", "2022-03-25", 8260000.00, 2478000.00),
            ("聚合余热回收及热媒系统", "无锡蓝天节能设备有限公司", "2022-04-18", 3125000.00, 1562500.00),
            ("在线能耗监测系统", "南京聚能测控技术有限公司", "2022-05-10", 1000000.00, 541500.00),
            ("能源管控中心软件", "苏州擎天能源信息有限公司", "2022-06-20", 1480000.00, 0.00)]
    signed = sum(c[3] for c in cons)
    inv = sum(c[4] for c in cons)
    plan_total, civil, liquid = 41500000.00, 6300000.00, 2400000.00
    basis = plan_total - civil - liquid
    p = L.Pdf(d / "附件4_截至2022年6月30日项目投资情况专项审计报告.pdf", header="盐城华瑞会计师事务所（普通合伙）  盐华瑞专审字〔2022〕第216号")
    p.title("东台市海晟新材料有限公司", 14, 4)
    p.title("年产5万吨再生PET切片生产线节能降碳改造项目投资情况专项审计报告", 14, 14)
    p.para(f"{name}：")
    p.para("我们接受委托，对贵公司年产5万吨再生PET切片生产线节能降碳改造项目截至2022年6月30日的投资落实情况进行了专项审计。"
           "项目计划总投资4150万元，其中土建工程630万元、铺底流动资金240万元，设备、软件及其他投入3280万元。项目于2022年3月10日开工，计划2023年12月31日建成。")
    p.para("一、投资落实情况（金额单位：元）")
    rows = [["序号", "合同名称", "供应商", "签订日期", "合同金额（不含税）", "截至6.30已开票（不含税）", "截至6.30已付款（含税）"]]
    for i, (n, s, dt, amt, iv) in enumerate(cons, 1):
        rows.append([str(i), n, s, dt, L.yuan(amt), L.yuan(iv), L.yuan(round(iv * 1.13, 2))])
    rows.append(["", "合计", "", "", L.yuan(signed), L.yuan(inv), L.yuan(round(inv * 1.13, 2))])
    p.table(rows, [0.4, 1.9, 1.9, 1.0, 1.3, 1.3, 1.3], 8)
    p.para(f"二、审计结论：截至2022年6月30日，该项目已落实投资（已签订合同金额，不含税）{L.yuan(signed)}元，"
           f"占项目设备、软件及其他投入3280万元的{signed / basis * 100:.2f}%。其中已取得发票并支付款项的金额为{L.yuan(inv)}元（不含税）。"
           "其余合同款项将按合同约定于设备到货、安装调试及验收后支付。")
    p.gap(12)
    p.para("盐城华瑞会计师事务所（普通合伙）    中国注册会计师：杨帆  陆敏", 10.5, indent=False)
    p.para("2022年8月26日", 10.5, indent=False, align="right")
    p.seal("盐城华瑞会计师事务所（普通合伙）", y=p.y + 40)
    p.save()
    kv_form(d / "附件1_项目入库申报表.docx", "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", proj], ["申报类别", "绿色化改造提升—绿色化改造升级项目（资源综合利用、节能技改）"],
        ["申报单位", name], ["统一社会信用代码", code], ["推荐单位", rec],
        ["项目总投资（万元）", "4150（其中土建630，铺底流动资金240）"], ["项目总投入（不含税，万元）", "3280"],
        ["截至2022年6月30日已投入（万元）", f"{wan(signed):.2f}（占{signed / basis * 100:.2f}%）"],
        ["开工时间", "2022年3月10日"], ["计划建成时间", "2023年12月31日"], ["申请补助（万元）", "656"]])
    perf_form(d / "附件2_绩效目标申报表（附件1-18）.docx", "1-18", "绿色化改造升级项目绩效目标申报表", proj, rec, name,
              "2022年3月", "2023年12月", "通过固相增粘节能改造和余热回收，年节能4200吨标准煤。",
              [["产出指标", "节能技改", "节能量（吨标准煤）", "4200"], ["效益指标", "经济效益", "项目总投入（万元）", "3280"]])
    p = L.Pdf(d / "附件5_项目备案证.pdf")
    p.title("江苏省投资项目备案证", 16, 12)
    p.para("备案证号：东行审备〔2022〕58号", 10, indent=False)
    p.table([["项目名称", proj], ["项目法人", name], ["建设地点", addr], ["总投资", "4150万元"],
             ["建设内容", "对现有再生PET切片生产线实施固相增粘节能改造、余热回收及能源管控系统建设"], ["建设起止年限", "2022年3月至2023年12月"]], [1.4, 5], 10)
    p.para("东台市行政审批局    2022年2月14日", 10.5, indent=False, align="right")
    p.seal("东台市行政审批局", y=p.y + 40)
    p.save()
    for fn, org, ttl, dt in [("附件6_环评批复.pdf", "盐城市东台生态环境局", "关于年产5万吨再生PET切片生产线节能降碳改造项目环境影响报告表的批复", "2022-02-28"),
                             ("附件7_节能审查意见.pdf", "东台市发展和改革委员会", "关于年产5万吨再生PET切片生产线节能降碳改造项目节能报告的审查意见", "2022-03-02")]:
        p = L.Pdf(d / fn)
        p.title(org, 15, 10)
        p.title(ttl, 12, 12)
        p.para(f"{name}：你公司报送的相关材料收悉。经审查，原则同意该项目。请严格落实各项要求。")
        p.para(f"{org}    {L.cn_date(dt)}", 10.5, indent=False, align="right")
        p.seal(org, y=p.y + 40)
        p.save()
    license_scan(d / "附件8_营业执照副本.pdf", name, code, "陈海晟", "伍仟万元整", "2012-06-08", addr, "再生聚酯切片、涤纶短纤维制造、销售……", seed=201)
    rec_letter(d / "附件9_推荐函.pdf", rec, name, proj, "绿色化改造升级项目", "2022-11-30")
    buyer = (name, code, addr + " 0515-85288061", "农行东台开发区支行 1034 0101 0400 2288")
    invs = []
    sellers = [("江阴华宏化纤机械有限公司", U("320281", "14256037"), "江阴市周庄镇华宏路5号", "工行江阴周庄支行 1103 0280 0920"),
               ("无锡蓝天节能设备有限公司", U("320214", "67320918"), "无锡市新吴区锡兴路22号", "建行新吴支行 3205 0161 2100"),
               ("南京聚能测控技术有限公司", U("320115", "69841307"), "南京市江宁区天元中路126号", "南京银行江宁支行 0181 2800 0012")]
    specs = [("2022-05-16", "24518803", "*专用设备*固相增粘节能装置（首批）", 2478000.00),
             ("2022-06-08", "24518966", "*专用设备*余热回收换热机组", 1562500.00),
             ("2022-06-22", "24519270", "*仪器仪表*在线能耗监测终端", 541500.00)]
    for (dt, no, item, amt), s in zip(specs, sellers):
        invs.append(L.boxed_invoice2_pdf(d / f"发票/{dt}_{s[0][:6]}_{no}.pdf", code="3200221130", number=no, date=dt, buyer=buyer, seller=s,
                                         items=[(item, "", "套", 1, amt, 0.13)]))
    for (n, s, dt, amt, iv) in cons[:2]:
        contract_docx(d / f"合同/{n}合同.docx", f"{n}采购合同", name, s, [["1", n, "详见技术协议", "1", L.yuan(round(amt * 1.13, 2))]],
                      f"合同总价（含税）¥{L.yuan(round(amt * 1.13, 2))}。付款方式：合同签订后付30%，到货验收后付60%，质保金10%。", dt)
    L.receipts_batch_pdf(d / "付款凭证/农行回单.pdf", "中国农业银行", [
        {"no": f"ABC20220{k}", "payer": (name, "1034 0101 0400 2288", "农行东台开发区支行"), "payee": (s[0], s[3][-14:], s[3][:-15]),
         "amount": round(amt * 1.13, 2), "memo": "设备款", "date": dt, "serial": f"20220{k}77310{k}"}
        for k, ((dt, no, item, amt), s) in enumerate(zip(specs, sellers), 1)])
    write_expected("p02", {
        "category": "green-upgrade", "given_category": "green-upgrade", "outcome": "ineligible",
        "figures": {"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                    "total_investment": wan(basis), "invested_by_cutoff": wan(inv), "start_date": "2022-03-10",
                    "completion_date": "2023-12-31", "invoice_total": inv_sum(invs), "invoice_count": 3},
        "max_subsidy_wan": None,
        "reasons": [{"kind": "figure", "figure": "invested_by_cutoff"}],
        "notes": "项目总投入 = 4,150 − 土建 630 − 铺底 240 = 3,280. The audit's headline 'investment落实' 1,386.50 (42.27%) and the 申报表 are "
                 "contract amounts signed by 2022-06-30; the guide measures 已投入 by 发票、合同、付款凭证 together. Invoiced and paid by 06-30: "
                 "458.20 = 13.97% < 20% → ineligible.",
        "documents": {}})



# ================================================================== p03 specialized-sme: a US-dollar loan's interest
def p03():
    d = PK / "p03"
    name = "无锡澄川精密传动有限公司"
    code = U("320214", "79536128")
    rec = "无锡市工业和信息化局"
    proj = "精密减速器数字化车间能力提升项目"
    addr = "无锡市新吴区珠江路51号"
    hw = 6124000.00
    icbc = [("2021-03-21", 326250.00), ("2021-06-21", 329875.00), ("2021-09-21", 333500.00), ("2021-12-21", 326250.00),
            ("2022-03-21", 318995.00), ("2022-06-21", 322620.00)]
    usd = [("2021-09-20", 9562.50, 6.4512), ("2021-12-20", 9562.50, 6.3754), ("2022-03-21", 9668.75, 6.3701), ("2022-06-20", 9881.25, 6.6912)]
    icbc_sum = round(sum(a for _, a in icbc), 2)
    usd_rmb = round(sum(round(u * r, 2) for _, u, r in usd), 2)
    p = L.Pdf(d / "专审报告.pdf", header="无锡梁溪会计师事务所有限公司  锡梁会专审〔2022〕第1106号")
    p.title("无锡澄川精密传动有限公司", 14, 4)
    p.title("专精特新中小企业能力提升项目专项审计报告", 14, 14)
    p.para(f"{name}：我们审计了贵公司2021年1月1日至2022年6月30日期间精密减速器数字化车间能力提升项目的新增软硬件投入及贷款利息情况。")
    p.para("一、新增软硬件投入（不含税）")
    p.table([["类别", "金额（元）"], ["数控加工及检测设备", "4,862,000.00"], ["工业软件（MES/PLM）", "984,000.00"],
             ["云资源及网络", "168,000.00"], ["调试安装", "110,000.00"], ["合计", L.yuan(hw)]], [3, 2], 10)
    p.para("二、贷款利息")
    rows = [["贷款银行", "借款合同号", "币种", "结息日", "利息（原币）", "折合人民币（元）"]]
    for dt, a in icbc:
        rows.append(["中国工商银行无锡新区支行", "0110300025-2020年（新区）字00318号", "人民币", dt, L.yuan(a), L.yuan(a)])
    for dt, u, r in usd:
        rows.append(["招商银行无锡分行", "2021年锡字第FX0076号", "美元", dt, f"USD {u:,.2f}", L.yuan(round(u * r, 2))])
    rows.append(["合计", "", "", "", "", L.yuan(icbc_sum + usd_rmb)])
    p.table(rows, [1.8, 2.2, 0.6, 1.0, 1.1, 1.3], 8)
    p.para(f"美元贷款利息按结息日中国人民银行公布的人民币汇率中间价折算。经审计，项目期间新增软硬件投入{L.yuan(hw)}元，"
           f"贷款利息合计{L.yuan(icbc_sum + usd_rmb)}元（其中美元贷款利息折合人民币{L.yuan(usd_rmb)}元），两项合计"
           f"{L.yuan(hw + icbc_sum + usd_rmb)}元。")
    p.gap(10)
    p.para("无锡梁溪会计师事务所有限公司    中国注册会计师：潘晓东  吴静", 10.5, indent=False)
    p.para("2022年9月30日", 10.5, indent=False, align="right")
    p.seal("无锡梁溪会计师事务所有限公司", y=p.y + 40)
    p.save()
    # loans
    p = L.Pdf(d / "贷款/工行流动资金借款合同（节选）.pdf")
    p.title("流动资金借款合同", 16, 12)
    p.para("合同编号：0110300025-2020年（新区）字00318号", 10, indent=False)
    p.para(f"借款人：{name}        贷款人：中国工商银行股份有限公司无锡新区支行", 10.5, indent=False)
    p.para("第一条 借款金额：人民币叁仟万元整（¥30,000,000.00）。第二条 借款期限：自2020年12月25日至2023年12月24日。"
           "第三条 利率：按LPR加25个基点，按季结息，结息日为每季末月的21日。")
    p.para("借款人（盖章）            贷款人（盖章）            2020年12月25日", 10.5, indent=False)
    p.seal("中国工商银行无锡新区支行 合同专用章", y=p.y + 40)
    p.save()
    p = L.Pdf(d / "贷款/工行利息清单.pdf")
    p.title("中国工商银行 贷款利息清单", 15, 10)
    p.para(f"借款人：{name}    贷款账号：1103 0280 0920 7715 6", 10, indent=False)
    p.table([["结息日", "计息期间", "计息本金（元）", "利息（元）"]] +
            [[dt, "按季", "30,000,000.00", L.yuan(a)] for dt, a in icbc] +
            [["合计", "", "", L.yuan(icbc_sum)]], [1.2, 1.2, 1.6, 1.4], 9.5)
    p.para("打印日期：2022-09-08", 9, indent=False, align="right")
    p.seal("中国工商银行无锡新区支行 业务专用章", y=p.y + 30)
    p.save()
    p = L.Pdf(d / "贷款/招行外币借款合同（节选）.pdf")
    p.title("外币流动资金借款合同", 16, 12)
    p.para("合同编号：2021年锡字第FX0076号", 10, indent=False)
    p.para(f"借款人：{name}        贷款人：招商银行股份有限公司无锡分行", 10.5, indent=False)
    p.para("第一条 借款币种及金额：美元壹佰伍拾万元整（USD 1,500,000.00），用于支付进口设备及原材料货款。第二条 借款期限：2021年7月1日至2022年12月31日。"
           "第三条 利率：SOFR+180BP，按季结息。")
    p.para("借款人（盖章）            贷款人（盖章）            2021年6月28日", 10.5, indent=False)
    p.seal("招商银行无锡分行 合同专用章", y=p.y + 40)
    p.save()
    p = L.Pdf(d / "贷款/招行外币贷款结息回单.pdf")
    p.title("招商银行 贷款结息通知单（外币）", 15, 10)
    p.table([["结息日", "币种", "本金", "利息"]] + [[dt, "USD", "1,500,000.00", f"{u:,.2f}"] for dt, u, _ in usd], [1.3, 0.8, 1.6, 1.3], 9.5)
    p.seal("招商银行无锡分行 业务专用章", y=p.y + 10)
    p.save()
    designation_list(d / "省级专精特新小巨人企业认定文件（节选）.pdf", "江苏省工业和信息化厅", "苏工信中小〔2021〕708号",
                     "关于公布2021年度江苏省专精特新“小巨人”企业名单的通知", ["序号", "企业名称", "所在地", "有效期"],
                     [["211", "无锡昊天环境科技有限公司", "无锡市", "2021.12-2024.12"], ["212", name, "无锡市", "2021.12-2024.12"],
                      ["213", "无锡普瑞达新材料有限公司", "无锡市", "2021.12-2024.12"]], [0.6, 3, 1, 1.4], "2021-12-24",
                     "经企业申报、市级推荐、专家评审和公示，认定以下企业为2021年度江苏省专精特新“小巨人”企业，有效期三年。")
    p = L.Pdf(d / "推荐单位关于项目相关手续的说明.pdf")
    p.title("关于无锡澄川精密传动有限公司项目相关手续的说明", 13, 12)
    p.para("该公司申报项目为在现有厂房内购置数控设备及工业软件，不新增产能、不新增用地，无需办理备案、环评及节能审查手续。特此说明。")
    p.para("无锡市工业和信息化局    2022年11月22日", 10.5, indent=False, align="right")
    p.seal(rec, y=p.y + 40)
    p.save()
    rec_letter(d / "推荐函.pdf", rec, name, proj, "专精特新中小企业能力提升项目", "2022-11-25")
    license_scan(d / "营业执照副本.pdf", name, code, "许澄川", "叁仟伍佰万元整", "2011-09-02", addr, "精密减速器、传动部件研发、制造……", seed=301)
    total_claim = hw + icbc_sum + usd_rmb
    kv_form(d / "项目入库申报表.docx", "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", proj], ["申报类别", "专精特新中小企业能力提升项目"], ["申报单位", name], ["统一社会信用代码", code],
        ["推荐单位", rec], ["小巨人认定", "2021年度（苏工信中小〔2021〕708号），有效期至2024年12月"],
        ["新增软硬件投入（万元）", f"{wan(hw):.2f}"], ["贷款利息（万元）", f"{wan(icbc_sum + usd_rmb):.4f}（工行人民币贷款、招行美元贷款）"],
        ["合计（万元）", f"{wan(total_claim):.4f}"], ["2021-2022年获本专项资金支持情况", "无"],
        ["申请补助（万元）", f"{round(wan(hw) * 0.2 + wan(icbc_sum + usd_rmb) * 0.4, 2):.2f}"]])
    perf_form(d / "绩效目标申报表（附件1-14）.docx", "1-14", "专精特新中小企业能力提升项目绩效目标申报表", proj, rec, name,
              "2021年1月", "2022年6月", "建成精密减速器数字化车间。",
              [["产出指标", "数量指标", "新增数字化设备（台/套数）", "26"], ["效益指标", "经济效益", "项目总投入（万元）", f"{wan(hw):.2f}"]])
    buyer = (name, code, addr + " 0510-85226170", "工行无锡新区支行 1103 0280 0920 7715 6")
    sl = [("宁波海天精工股份有限公司", U("330206", "14430952"), "宁波市北仑区黄山西路235号", "工行北仑支行 3901 1100 0920"),
          ("上海望繁信息科技有限公司", U("310115", "68731905"), "上海市浦东新区张衡路1000号", "招行张江支行 1219 0887 7610"),
          ("无锡云岫计算科技有限公司", U("320214", "71103586"), "无锡市新吴区清源路18号", "江苏银行新区支行 2201 0188 0004")]
    invs = [L.boxed_invoice2_pdf(d / "发票/专票_宁波海天_30917725.pdf", code="3302212130", number="30917725", date="2021-04-16", buyer=buyer, seller=sl[0],
                                 province="浙江", items=[("*金属加工机械*五轴立式加工中心", "HU-5X", "台", 1, 2180000.00, 0.13)]),
            L.boxed_invoice2_pdf(d / "发票/专票_望繁信息_01827746.pdf", code="3100212130", number="01827746", date="2021-08-03", buyer=buyer, seller=sl[1],
                                 province="上海", items=[("*软件*PLM产品数据管理软件", "V8", "套", 1, 864000.00, 0.13)]),
            L.einvoice2_pdf(d / "发票/数电票_云岫计算_22322000000011209874.pdf", number="22322000000011209874", date="2022-01-12", buyer=buyer, seller=sl[2],
                            items=[("*信息技术服务*工业云资源服务（2022年度）", "", "年", 1, 240000.00, 0.06)])]
    contract_docx(d / "合同/加工中心采购合同.docx", "设备买卖合同", name, sl[0][0], [["1", "五轴立式加工中心", "HU-5X", "1", "2,463,400.00"]],
                  "合同总价¥2,463,400.00（含税）。", "2021-02-26")
    L.receipts_batch_pdf(d / "付款凭证/工行回单.pdf", "中国工商银行", [
        {"no": "ICBC202104280117", "payer": (name, "1103 0280 0920 7715 6", "工行无锡新区支行"), "payee": (sl[0][0], "3901 1100 0920", "工行北仑支行"),
         "amount": 2463400.00, "memo": "设备款", "date": "2021-04-28", "serial": "4212800011735"},
        {"no": "ICBC202108160342", "payer": (name, "1103 0280 0920 7715 6", "工行无锡新区支行"), "payee": (sl[1][0], "1219 0887 7610", "招行张江支行"),
         "amount": 976320.00, "memo": "软件款", "date": "2021-08-16", "serial": "4216800034218"}])
    write_expected("p03", {
        "category": "specialized-sme", "given_category": "specialized-sme", "outcome": "eligible",
        "figures": {"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                    "hw_sw_investment": wan(hw), "loan_interest": wan(icbc_sum),
                    "invoice_total": inv_sum(invs), "invoice_count": 3},
        "max_subsidy_wan": round(wan(hw) * 0.2 + wan(icbc_sum) * 0.4, 6),
        "reasons": [],
        "notes": f"The guide counts only 商业银行人民币贷款. The audit adds the interest of a USD loan (招商银行, USD 38,675.00 = RMB {L.yuan(usd_rmb)}); "
                 f"without it interest = ICBC six settlements {L.yuan(icbc_sum)}元 = {wan(icbc_sum)}万元; 612.40 + {wan(icbc_sum)} = "
                 f"{wan(hw + icbc_sum)} ≥ 800 still. Subsidy 20% × 612.40 + 40% × {wan(icbc_sum)} = {round(wan(hw) * 0.2 + wan(icbc_sum) * 0.4, 4)} "
                 f"(the applicant asks {round(wan(hw) * 0.2 + wan(icbc_sum + usd_rmb) * 0.4, 2)}).",
        "documents": {}})


# ================================================================== p04 core-tech: lab building renovation in the R&D budget
def p04():
    d = PK / "p04"
    name = "徐州博远液压科技股份有限公司"
    code = U("320312", "58820473")
    rec = "徐州市工业和信息化局"
    proj = "高响应数字化控制液压阀关键技术攻关及工程化"
    partner = "中国矿业大学"
    fee = [("消耗材料费", 620.00), ("人工费用及外聘研发人员劳务费", 880.00), ("中间试验模具、工艺装备开发及制造费", 310.00),
           ("试制产品检验费", 145.00), ("专家咨询、知识产权申请等其他费用", 65.00)]
    cap = [("研发设备、仪器（液压综合性能试验台、高频响测试系统等）", 760.00), ("外购仿真软件（AMESim、多物理场仿真）", 120.00),
           ("研发中心实验楼装修改造及配套工程（墙地面、吊顶、给排水、暖通）", 410.00)]
    fee_s = round(sum(v for _, v in fee), 2)
    cap_s = round(sum(v for _, v in cap), 2)
    tot = round(fee_s + cap_s, 2)
    ok = round(tot - 410.00, 2)
    rows = [["支出类别", "明细", "申报单位自筹（万元）", "合作单位（万元）"]]
    rows += [["费用化支出", n, f"{v:.2f}", ""] for n, v in fee]
    rows += [["费用化支出", "小计", f"{fee_s:.2f}", ""]]
    rows += [["资本化支出", n, f"{v:.2f}", ""] for n, v in cap]
    rows += [["资本化支出", "小计", f"{cap_s:.2f}", ""], ["合作单位投入", "中国矿业大学（自有经费，不计入）", "", "150.00"],
             ["合计", "2022年7月1日起新增研发投入", f"{tot:.2f}", "150.00"]]
    n_fee, n_cap = len(fee) + 1, len(cap) + 1
    L.docx_rich(d / "03-项目研发投入预算表.docx", "项目研发投入预算表", [
        ("p", f"申报单位：{name}    预算期间：2022年7月1日—2024年12月31日    单位：万元"),
        ("tm", rows, [(1, 0, n_fee, 0), (n_fee + 1, 0, n_fee + n_cap, 0)]),
        ("p", "注：资金来源均为申报单位自有资金及银行贷款，不含财政资金及合作单位投入。申报单位已设置攻关项目辅助账。")])
    kv_form(d / "01-项目申报书.docx", "2023年度关键核心技术（装备）工程化攻关项目申报书", [
        ["项目名称", proj], ["攻关方向", "附件1-26第10项：数字化控制液压阀（工程机械和农业机械集群）"],
        ["申报单位", name], ["统一社会信用代码", code], ["推荐单位", rec], ["合作单位", partner],
        ["实施期", "2022年7月1日至2024年12月31日"], ["新增研发投入（万元）", f"{tot:.2f}（全部为申报单位自筹）"],
        ["其中：费用化支出（万元）", f"{fee_s:.2f}"], ["资本化支出（万元）", f"{cap_s:.2f}（含研发中心实验楼装修改造410.00）"],
        ["申请补助（万元）", f"{tot * 0.3:.2f}"]],
        tail=["一、研发基础：公司拥有液压阀相关发明专利12项，省级工程技术研究中心1个。",
              "二、攻关内容：高频响比例阀芯设计、数字化控制器、阀控系统在线诊断。",
              "三、实施进度：2022年7月—2023年6月样机研制；2023年7月—2024年6月工程化验证；2024年7月—12月产业化应用。"])
    perf_form(d / "02-绩效目标申报表（附件1-12）.docx", "1-12", "关键核心技术（装备）工程化攻关项目绩效目标申报表", proj, rec, name,
              "2022年7月1日", "2024年12月31日", "突破数字化控制液压阀关键技术，实现工程化应用。",
              [["产出指标", "数量指标", "解决关键技术难点数（个）", "4"], ["效益指标", "经济效益", "项目研发投入（万元）", f"{tot:.2f}"]])
    p = L.Pdf(d / "04-产学研合作协议.pdf")
    p.title("产学研合作协议", 16, 12)
    p.para(f"甲方：{name}    乙方：{partner}", 11, indent=False)
    p.para("双方就数字化控制液压阀关键技术联合攻关达成协议：甲方负责工程化与产业化，乙方负责控制算法研究。乙方以自有经费投入150万元，甲方不向乙方支付费用。"
           "合作期限2022年7月1日至2024年12月31日。")
    p.para("甲方（盖章）                乙方（盖章）                2022年6月20日", 10.5, indent=False)
    p.seal(name + " 合同专用章", x=150, y=p.y + 30, r=34)
    p.seal(partner + " 科研合同专用章", y=p.y + 30, r=34)
    p.save()
    p = L.Pdf(d / "05-知识产权清单.pdf")
    p.title("与攻关项目相关的自主知识产权清单", 14, 12)
    p.table([["序号", "名称", "类型", "专利号", "授权日"],
             ["1", "一种高频响比例换向阀", "发明专利", "ZL201910386725.4", "2021-03-12"],
             ["2", "数字液压阀控制器及控制方法", "发明专利", "ZL202010514932.8", "2022-01-07"],
             ["3", "液压阀阀芯位移检测装置", "实用新型", "ZL202120871563.2", "2021-11-23"]], [0.5, 3, 1, 1.8, 1.1], 9)
    p.save()
    license_scan(d / "06-营业执照副本.pdf", name, code, "彭博远", "壹亿贰仟万元整", "2006-05-19", "徐州市铜山区高新技术产业开发区银山路9号",
                 "液压元件、液压系统研发、制造……", kind="股份有限公司（非上市）", seed=401)
    rec_letter(d / "07-推荐函.pdf", rec, name, proj, "关键核心技术（装备）工程化攻关项目", "2022-12-02")
    write_expected("p04", {
        "category": "core-tech", "given_category": "core-tech", "outcome": "ineligible",
        "figures": {"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                    "rd_investment": ok, "start_date": "2022-07-01", "completion_date": "2024-12-31"},
        "max_subsidy_wan": None,
        "reasons": [{"kind": "figure", "figure": "rd_investment"}],
        "notes": f"Budget from 2022-07-01, own funds: {tot:.2f} (partner 150 not counted). It includes 410.00 for 研发中心实验楼装修改造及配套工程 "
                 "(walls, ceilings, plumbing, HVAC): the guide's 资本化支出 are intangible assets and the purchase of R&D equipment, instruments and "
                 f"test facilities — building works are not 研发投入. {tot:.2f} − 410.00 = {ok:.2f} < 3,000 → ineligible.",
        "documents": {}})



def simple_doc(path, org, title, paras, date, seal=True, docno=None):
    p = L.Pdf(path)
    p.title(org, 15, 4)
    if docno:
        p.para(docno, 10, indent=False, align="center")
    p.title(title, 12.5, 12)
    for t in paras:
        p.para(t)
    p.gap(10)
    p.para(org, 10.5, indent=False, align="right")
    p.para(L.cn_date(date), 10.5, indent=False, align="right")
    if seal:
        p.seal(org, y=p.y + 40)
    p.save()


def audit_simple(path, firm, no, title, addressee, paras, table, widths, date, cpas):
    p = L.Pdf(path, header=f"{firm}  {no}", footer_pages=True)
    p.title(title, 14, 14)
    p.para(addressee + "：", 11, indent=False)
    for t in paras[:-1]:
        p.para(t)
    if table:
        p.table(table, widths, 9)
    p.para(paras[-1])
    p.gap(10)
    p.para(f"{firm}    中国注册会计师：{cpas}", 10.5, indent=False)
    p.para(L.cn_date(date), 10.5, indent=False, align="right")
    p.seal(firm, y=p.y + 40)
    p.save()


# ================================================================== p05 data-productization: two audits, one per period
def p05():
    d = PK / "p05"
    name = "南京云栈数据科技有限公司"
    code = U("320111", "66902175")
    rec = "南京市工业和信息化局"
    proj = "工业设备预测性维护大数据平台"
    a1 = [("服务器、存储及网络设备", 2864000.00), ("大数据平台软件及数据中台", 2186000.00), ("云资源及网络费用", 415000.00),
          ("调试安装", 268000.00), ("咨询设计", 690000.00)]
    a2 = [("边缘计算网关及采集终端", 1537500.00), ("数据分析模型开发及系统集成", 2428000.00), ("云资源及网络费用", 362000.00),
          ("检测评价（第三方软件测评）", 186000.00), ("调试安装", 674000.00)]
    s1 = round(sum(v for _, v in a1), 2)
    s2 = round(sum(v for _, v in a2), 2)
    audit_simple(d / "附件3-1_2021年度项目投入专项审计报告.pdf", "南京正则会计师事务所有限公司", "宁正则专审〔2022〕第0087号",
                 "关于工业设备预测性维护大数据平台项目2021年度投入的专项审计报告", name,
                 ["我们接受委托，对贵公司工业设备预测性维护大数据平台项目2021年1月1日至2021年12月31日期间的项目投入进行了专项审计。项目于2021年2月1日启动。",
                  f"经审计，2021年度该项目投入合计人民币{L.daxie(s1)}（¥{L.yuan(s1)}），不含增值税，不含土建及铺底流动资金。本报告仅反映上述期间的投入。"],
                 [["序号", "投入类别", "金额（元，不含税）"]] + [[str(i), n, L.yuan(v)] for i, (n, v) in enumerate(a1, 1)] + [["", "合计", L.yuan(s1)]],
                 [0.6, 3.5, 1.8], "2022-01-25", "秦岭  韦小芸")
    audit_simple(d / "附件3-2_2022年1-6月项目投入专项审计报告.pdf", "江苏中瑞华会计师事务所有限公司", "苏中瑞审专〔2022〕第3316号",
                 "工业设备预测性维护大数据平台项目投入专项审计报告（2022年1月1日至2022年6月15日）", name,
                 ["受贵公司委托，我们对工业设备预测性维护大数据平台项目2022年1月1日至2022年6月15日（项目完工日）期间发生的投入进行了审计。"
                  "2021年度投入已由南京正则会计师事务所有限公司另行审计，不在本报告范围内。",
                  f"审计结论：上述期间项目投入合计{L.yuan(s2)}元（不含税）。项目已于2022年6月15日完工。"],
                 [["投入类别", "金额（元）"]] + [[n, L.yuan(v)] for n, v in a2] + [["合计", L.yuan(s2)]],
                 [3.5, 1.8], "2022-08-10", "严宁  方博")
    simple_doc(d / "附件4_验收意见.pdf", rec, "南京云栈数据科技有限公司工业设备预测性维护大数据平台项目验收意见",
               ["2022年9月6日，南京市工业和信息化局组织专家对该项目进行验收。项目于2021年2月启动，2022年6月15日完工，"
                "建成设备数据采集、故障预测模型和可视化运维平台，接入设备1.2万台，服务客户46家。",
                "专家组一致同意项目通过验收。专家组组长：钟立（签字）"], "2022-09-06")
    designation_list(d / "附件5_2021年省级大数据应用示范项目名单.pdf", "江苏省工业和信息化厅", "苏工信数据〔2021〕433号",
                     "关于公布2021年江苏省大数据应用示范项目名单的通知", ["序号", "项目名称", "申报单位"],
                     [["17", "智慧园区能耗大数据分析平台", "苏州智源能联科技有限公司"], ["18", proj, name],
                      ["19", "纺织印染质量大数据应用", "江苏锦华数码科技有限公司"]], [0.5, 3.2, 3], "2021-09-28",
                     "经企业申报、各地推荐、专家评审，现将2021年江苏省大数据应用示范项目名单予以公布。")
    simple_doc(d / "附件6_入库证明.pdf", "江苏省工业和信息化厅", "江苏省云计算、大数据、区块链企业库入库企业名单（第三批，节选）",
               [f"……第56号 {name}（大数据） 统一社会信用代码：{code}……"], "2021-06-30", docno="苏工信数据函〔2021〕19号")
    license_scan(d / "附件7_营业执照.pdf", name, code, "陆晨", "贰仟万元整", "2015-03-11", "南京市浦口区江浦街道浦滨路320号",
                 "大数据服务；软件开发；信息系统集成服务……", seed=501)
    rec_letter(d / "附件8_推荐函.pdf", rec, name, proj, "数据产品化项目", "2022-11-29")
    kv_form(d / "附件1_项目入库申报表.docx", "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", proj], ["申报方向", "数据产品化项目—工业大数据应用"], ["申报单位", name], ["统一社会信用代码", code], ["推荐单位", rec],
        ["项目起止时间", "2021年2月1日至2022年6月15日"],
        ["项目总投入（万元）", f"{wan(s1 + s2):.2f}（2021年度{wan(s1):.2f}，2022年1-6月{wan(s2):.2f}，分别经专项审计）"],
        ["验收情况", "2022年9月6日通过南京市工业和信息化局验收"], ["申请补助（万元）", f"{wan(s1 + s2) * 0.2:.2f}"]])
    perf_form(d / "附件2_绩效目标申报表（附件1-11）.docx", "1-11", "数据产品化项目绩效目标申报表", proj, rec, name,
              "2021年2月1日", "2022年6月15日", "形成工业设备预测性维护数据产品。",
              [["产出指标", "数量指标", "项目服务客户数或用户数（个）", "46"], ["效益指标", "经济效益", "项目总投入（万元）", f"{wan(s1 + s2):.2f}"]])
    buyer = (name, code, "南京市浦口区浦滨路320号 025-58662031", "南京银行浦口支行 0163 2100 0008 8812")
    sl = [("浪潮电子信息产业股份有限公司南京分公司", U("320106", "77861248"), "南京市鼓楼区汉中门大街301号", "工行汉中门支行 4301 0112 0900"),
          ("杭州数澜科技有限公司", U("330108", "32194057"), "杭州市滨江区网商路599号", "招行滨江支行 5719 0880 1110")]
    invs = [L.boxed_invoice2_pdf(d / "发票/2021-05-20_浪潮_05519328.pdf", code="3200211130", number="05519328", date="2021-05-20", buyer=buyer, seller=sl[0],
                                 items=[("*计算机*机架式服务器", "NF5280M6", "台", 8, 1864000.00, 0.13)]),
            L.einvoice2_pdf(d / "发票/2022-03-17_数澜_22332000000020458816.pdf", number="22332000000020458816", date="2022-03-17", buyer=buyer, seller=sl[1],
                            items=[("*软件*数据中台软件", "V6", "套", 1, 1428000.00, 0.13)])]
    L.receipts_batch_pdf(d / "付款凭证/南京银行回单.pdf", "南京银行", [
        {"no": "NJCB2021060300415", "payer": (name, "0163 2100 0008 8812", "南京银行浦口支行"), "payee": (sl[0][0], "4301 0112 0900", "工行汉中门支行"),
         "amount": 2106320.00, "memo": "服务器货款", "date": "2021-06-03", "serial": "NJ2106030419"},
        {"no": "NJCB2022032800122", "payer": (name, "0163 2100 0008 8812", "南京银行浦口支行"), "payee": (sl[1][0], "5719 0880 1110", "招行滨江支行"),
         "amount": 1613640.00, "memo": "软件款", "date": "2022-03-28", "serial": "NJ2203280125"}])
    write_expected("p05", {
        "category": "data-productization", "given_category": None, "outcome": "eligible",
        "figures": {"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                    "total_investment": wan(s1 + s2), "start_date": "2021-02-01", "completion_date": "2022-06-15",
                    "acceptance_date": "2022-09-06", "invoice_total": inv_sum(invs), "invoice_count": 2},
        "max_subsidy_wan": round(wan(s1 + s2) * 0.2, 6), "reasons": [],
        "notes": f"Two audits by two firms cover consecutive periods: 2021 = {wan(s1):.2f}, 2022-01-01..06-15 = {wan(s2):.2f}; neither alone reaches 1,000, "
                 f"together {wan(s1 + s2):.2f} (the 申报表 states the sum). Category detected from the 申报表's 申报方向 line and 附件1-11. 20% = {wan(s1 + s2) * 0.2:.2f}.",
        "documents": {}})


# ================================================================== p06 merger-acquisition: control bought by capital increase
def p06():
    d = PK / "p06"
    name = "江苏澜清生物医药股份有限公司"
    code = U("320506", "73419582")
    tgt = "泰州禾安药业有限公司"
    tcode = U("321291", "59213846")
    rec = "苏州市工业和信息化局"
    proj = "增资控股泰州禾安药业有限公司"
    p = L.Pdf(d / "增资协议.pdf")
    p.title("关于泰州禾安药业有限公司之增资协议", 15, 12)
    p.para(f"甲方（投资方）：{name}\n乙方（原股东）：张立恒、李慧敏\n丙方（目标公司）：{tgt}（统一社会信用代码{tcode}）", 10.5, indent=False)
    p.para("鉴于：目标公司现注册资本4,000万元，乙方张立恒持股60%、李慧敏持股40%。甲方与乙方、目标公司之间不存在关联关系，亦不受同一主体控制。")
    p.para("第一条 增资：目标公司注册资本由4,000万元增加至10,000万元，新增注册资本6,000万元全部由甲方以货币认缴，增资价款为人民币陆仟陆佰万元整"
           "（¥66,000,000.00），其中6,000万元计入注册资本，600万元计入资本公积。")
    p.para("第二条 缴付：甲方于本协议生效后15个工作日内缴付50%，于工商变更登记前缴付其余50%，款项汇入目标公司指定账户。")
    p.para("第三条 增资完成后股权结构：甲方60%，张立恒24%，李慧敏16%。甲方为目标公司控股股东，有权提名董事会五名董事中的三名。")
    p.para("甲方（盖章）      乙方（签字）      丙方（盖章）      签订日期：2021年11月20日", 10.5, indent=False)
    p.seal(name + " 合同专用章", x=140, y=p.y + 30, r=34)
    p.seal(tgt, y=p.y + 30, r=34)
    p.save()
    lines = [("准予变更登记通知书", 48, "center"), ("（泰高）登记内变核字〔2022〕第00146号", 26, "center"), "",
             f"{tgt}：", "经审查，提交的变更登记申请材料齐全，符合法定形式，我局决定准予变更登记。",
             "变更事项：注册资本、股东（投资人）、章程备案", "注册资本  变更前：4000万元  变更后：10000万元",
             f"股东  变更前：张立恒 60%；李慧敏 40%", f"        变更后：{name} 60%；张立恒 24%；李慧敏 16%", "",
             ("泰州医药高新技术产业开发区行政审批局", 28, "right"), ("2022年1月14日", 30, "right")]
    L.scan_pdf(d / "工商变更登记通知书（目标公司）.pdf", [L.scan_page(lines, 601, seal="泰州医药高新区行政审批局")])
    L.receipts_batch_pdf(d / "付款凭证/增资款回单.pdf", "中国建设银行", [
        {"no": "CCB20211210-0088", "payer": (name, "3225 0198 3600 0051 7712", "建行苏州吴中支行"), "payee": (tgt, "3205 0162 8801 0000 4216", "建行泰州医药城支行"),
         "amount": 33000000.00, "memo": "增资款（第一期）", "date": "2021-12-10", "serial": "3211210088731", "type": "对公转账"},
        {"no": "CCB20220105-0021", "payer": (name, "3225 0198 3600 0051 7712", "建行苏州吴中支行"), "payee": (tgt, "3205 0162 8801 0000 4216", "建行泰州医药城支行"),
         "amount": 33000000.00, "memo": "增资款（第二期）", "date": "2022-01-05", "serial": "3220105002164", "type": "对公转账"}])
    audit_simple(d / "并购出资专项审计报告.pdf", "苏州永诚会计师事务所有限公司", "苏永诚专审〔2022〕第205号",
                 "关于江苏澜清生物医药股份有限公司增资控股泰州禾安药业有限公司出资情况的专项审计报告", name,
                 ["我们对贵公司以增资方式取得泰州禾安药业有限公司控股权的出资情况进行了专项审计。",
                  "经审计，贵公司按增资协议以货币资金向泰州禾安药业有限公司缴付增资款合计人民币陆仟陆佰万元整（¥66,000,000.00），分别于2021年12月10日、"
                  "2022年1月5日汇入目标公司账户，其中6,000万元计入实收资本、600万元计入资本公积。目标公司已于2022年1月14日完成工商变更登记，增资后贵公司持股60%，为第一大股东。"],
                 None, None, "2022-09-15", "戴雯  黄启航")
    simple_doc(d / "章程修正案.pdf", tgt, "泰州禾安药业有限公司章程修正案",
               ["根据2021年11月25日股东会决议，对公司章程修改如下：第五条 公司注册资本为人民币10000万元。第六条 股东出资："
                f"{name}认缴6000万元，占60%；张立恒认缴2400万元，占24%；李慧敏认缴1600万元，占16%。"], "2021-11-25")
    license_scan(d / "营业执照副本.pdf", name, code, "沈澜清", "贰亿元整", "2008-10-06", "苏州市吴中区越溪街道吴中大道1368号",
                 "药品生产；药品研发；医药中间体销售……", kind="股份有限公司（非上市）", seed=602)
    rec_letter(d / "推荐函.pdf", rec, name, proj, "企业重大兼并重组项目", "2022-11-24")
    kv_form(d / "项目入库申报表.docx", "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", proj], ["项目类别", "企业重大兼并重组项目（生物医药）"], ["发起方（申报单位）", name], ["统一社会信用代码", code],
        ["目标企业", tgt], ["推荐单位", rec], ["并购方式", "增资扩股"], ["实际出资额（万元）", "6600（全部为现金）"],
        ["并购后持股比例", "60%（第一大股东）"], ["工商变更完成日期", "2022年1月14日"], ["申请补助（万元）", "330"]])
    perf_form(d / "绩效目标申报表（附件1-13）.docx", "1-13", "企业重大兼并重组项目绩效目标申报表", proj, rec, name,
              "2021年11月", "2022年1月", "通过增资控股整合原料药产能。",
              [["产出指标", "时效指标", "兼并重组完成及时率（%）", "100"], ["效益指标", "经济效益", "项目总投入（万元）", "6600"]])
    write_expected("p06", {
        "category": "merger-acquisition", "given_category": "merger-acquisition", "outcome": "eligible",
        "figures": {"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                    "acquisition_amount": 6600.0, "control_share": 0.6},
        "max_subsidy_wan": 330.0, "reasons": [],
        "notes": "Control acquired by a cash capital increase (增资扩股), not a share purchase: 6,600万元 paid into the target (6,000 注册资本 + 600 资本公积), "
                 "工商变更 2022-01-14 (in window), 60% after, unrelated parties. 实际出资额 6,600 ≥ 5,000; 5% = 330.",
        "documents": {}})



def std_invoices(d, buyer, specs):
    out = []
    for i, (dt, no, seller, item, amt, rate) in enumerate(specs):
        if len(no) == 20:
            out.append(L.einvoice2_pdf(d / f"发票/{dt}_{no}.pdf", number=no, date=dt, buyer=buyer, seller=seller,
                                       items=[(item, "", "项", 1, amt, rate)]))
        else:
            out.append(L.boxed_invoice2_pdf(d / f"发票/{dt}_{no}.pdf", code="3200221130", number=no, date=dt, buyer=buyer, seller=seller,
                                            items=[(item, "", "套", 1, amt, rate)]))
    return out


# ================================================================== p07 major-tech-renovation: amended filing supersedes the first
def p07():
    d = PK / "p07"
    name = "江苏华澄特钢制品有限公司"
    code = U("320281", "62057813")
    rec = "无锡市工业和信息化局"
    proj = "高端轴承钢棒材精整线技术改造项目"
    for fn, no, dt, rows in [
        ("2.手续文件/备案证（2021年5月）.pdf", "澄行审备〔2021〕236号", "2021-05-12",
         [["总投资", "18000万元（设备及软件12600万元，土建4200万元，铺底流动资金1200万元）"], ["建设起止年限", "2021年9月至2023年12月"]]),
        ("2.手续文件/备案变更证明（2022年4月）.pdf", "澄行审备〔2021〕236号（变更）", "2022-04-08",
         [["变更事项", "总投资、建设内容、建设起止年限"], ["变更后总投资", "15600万元（设备、软件及其他投入11900万元，土建2900万元，铺底流动资金800万元）"],
          ["变更后建设起止年限", "2021年9月至2023年6月"], ["变更原因", "取消新建成品库，精整线布局优化"]])]:
        p = L.Pdf(d / fn)
        p.title("江苏省投资项目备案证", 16, 10)
        p.para(f"备案证号：{no}", 10, indent=False)
        p.table([["项目名称", proj], ["项目法人", name], ["统一社会信用代码", code], ["建设地点", "江阴市临港街道滨江西路2号"]] + rows, [1.5, 5], 10)
        p.para(f"江阴市行政审批局    {L.cn_date(dt)}", 10.5, indent=False, align="right")
        p.seal("江阴市行政审批局", y=p.y + 40)
        p.save()
    simple_doc(d / "2.手续文件/环评批复.pdf", "无锡市江阴生态环境局", "关于高端轴承钢棒材精整线技术改造项目环境影响报告表的批复",
               [f"{name}：经研究，同意你公司按报告表所列内容进行建设。"], "2021-07-20", docno="澄环审〔2021〕177号")
    simple_doc(d / "2.手续文件/节能审查意见.pdf", "无锡市发展和改革委员会", "关于高端轴承钢棒材精整线技术改造项目节能报告的审查意见",
               [f"{name}：经审查，原则同意该项目节能报告。"], "2021-08-16", docno="锡发改能审〔2021〕52号")
    lines = [("开 工 证 明", 52, "center"), "",
             f"兹证明{name}“{proj}”（备案证号：澄行审备〔2021〕236号）已于2021年9月18日开工建设，目前精整线主体设备正在安装，项目尚未竣工。", "",
             "特此证明。", "", ("江阴市工业和信息化局", 30, "right"), ("2022年11月10日", 30, "right")]
    L.scan_pdf(d / "2.手续文件/开工证明.pdf", [L.scan_page(lines, 701, seal="江阴市工业和信息化局")])
    kv_form(d / "1.申报表/项目入库申报表.docx", "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", proj], ["项目类别", "高端化改造升级项目—重大技术改造项目"], ["申报单位", name], ["统一社会信用代码", code], ["推荐单位", rec],
        ["项目总投资（万元）", "15600（按2022年4月备案变更）"], ["项目总投入（不含税，不含土建和铺底流动资金，万元）", "11900"],
        ["其中：设备", "10260"], ["软件系统集成、检验检测等其他投入", "1640"], ["开工时间", "2021年9月18日"], ["计划竣工时间", "2023年6月30日"],
        ["截至2022年10月底累计完成投入（万元）", "5860"], ["是否列入省重大工业项目清单", "否"], ["申请补助（万元）", "1190"]])
    perf_form(d / "1.申报表/绩效目标申报表（附件1-1）.docx", "1-1", "高端化改造升级项目绩效目标申报表", proj, rec, name,
              "2021年9月", "2023年6月", "建成高端轴承钢棒材精整线，年新增精整能力30万吨。",
              [["产出指标", "数量指标", "新增产品生产能力（件/吨）", "300000吨"], ["效益指标", "经济效益", "项目总投入（万元）", "11900"]])
    license_scan(d / "4.其他/营业执照.pdf", name, code, "朱华澄", "叁亿元整", "2003-02-18", "江阴市临港街道滨江西路2号", "特种钢材、钢棒制造……", seed=702)
    rec_letter(d / "4.其他/推荐函.pdf", rec, name, proj, "高端化改造升级项目（重大技术改造）", "2022-11-28")
    buyer = (name, code, "江阴市滨江西路2号 0510-86011888", "工行江阴支行 1103 0270 0900 1188")
    sl = [("中冶京诚（湖南）重工设备有限公司", U("430181", "69214357"), "湘潭市九华工业园", "建行九华支行 4305 0162 0001"),
          ("钢研纳克检测技术股份有限公司", U("110108", "80236917"), "北京市海淀区高粱桥斜街13号", "工行高粱桥支行 0200 0035 1900")]
    invs = std_invoices(d / "3.投资证明", buyer, [("2022-06-24", "41286630", sl[0], "*专用设备*棒材精整线矫直机组", 14800000.00, 0.13),
                                               ("2022-08-19", "00561127", sl[1], "*仪器仪表*超声波探伤检测系统", 3265000.00, 0.13)])
    write_expected("p07", {
        "category": "major-tech-renovation", "given_category": None, "outcome": "eligible",
        "figures": {"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                    "total_investment": 11900.0, "start_date": "2021-09-18", "completion_date": "2023-06-30",
                    "invoice_total": inv_sum(invs), "invoice_count": 2},
        "max_subsidy_wan": 1190.0, "reasons": [],
        "notes": "The 2021 备案证 (18,000 / equipment 12,600) was amended on 2022-04-08 (15,600; 11,900 excl. 土建 2,900 and 铺底 800): the later filing "
                 "governs. 11,900 ≥ 10,000; 开工证明 by the 江阴市工业和信息化局 (started 2021-09-18, not completed); 备案/环评/能评 present. Not on the "
                 "省重大项目清单 (only a priority). 10% = 1,190 (cap 4,000). Category detected from the 申报表 类别 line (附件1-1 serves both 高端化 kinds).",
        "documents": {}})


# ================================================================== p08 iiot-security: when did the project start?
def p08():
    d = PK / "p08"
    name = "苏州安御工控信息安全技术有限公司"
    code = U("320594", "39207168")
    rec = "苏州市工业和信息化局"
    proj = "面向电子信息制造业的工业互联网安全态势感知平台"
    rows = [("2021-11-26", "安全分析服务器（预研试点采购，2022年1月纳入项目）", 384000.00, "2022-01-14"),
            ("2022-02-28", "态势感知平台软件", 1120000.00, "2022-03-22"),
            ("2022-05-06", "工控安全监测探针及部署服务", 742000.00, "2022-06-10")]
    cut = sum(r[2] for r in rows)
    audit_simple(d / "附件4_截至2022年6月30日项目投入专项审计报告.pdf", "苏州天平会计师事务所有限公司", "苏天平专审〔2022〕第0713号",
                 "工业互联网安全态势感知平台项目投入情况专项审计报告", name,
                 ["项目计划总投入860.00万元（不含税），项目开始时间2022年1月1日，计划2023年12月31日完成。截至2022年6月30日项目投入明细如下（单位：元，不含税）：",
                  f"截至2022年6月30日，项目累计投入{L.yuan(cut)}元，占计划总投入的{cut / 8600000 * 100:.2f}%。其中安全分析服务器系公司于2021年11月26日为项目前期"
                  "预研试点签订合同采购，2022年1月到货开票后纳入本项目。"],
                 [["合同签订日", "内容", "金额", "开票日"]] + [[a, b, L.yuan(c), e] for a, b, c, e in rows] + [["", "合计", L.yuan(cut), ""]],
                 [1.1, 3.6, 1.3, 1.1], "2022-08-30", "唐亦凡  丁洁")
    p = L.Pdf(d / "附件5_项目备案证.pdf")
    p.title("江苏省投资项目备案证", 16, 10)
    p.para("备案证号：苏园经备〔2021〕1187号", 10, indent=False)
    p.table([["项目名称", proj], ["项目法人", name], ["建设内容", "建设工业互联网安全态势感知平台，部署工控安全监测探针"],
             ["总投资", "980万元"], ["建设起止年限", "2021年11月至2023年12月"]], [1.5, 5], 10)
    p.para("苏州工业园区经济发展委员会    2021年10月12日", 10.5, indent=False, align="right")
    p.seal("苏州工业园区经济发展委员会", y=p.y + 40)
    p.save()
    simple_doc(d / "附件6_推荐单位关于项目相关手续的说明.pdf", rec, "关于苏州安御工控信息安全技术有限公司项目环评、能评手续的说明",
               ["该项目为软件平台建设项目，不涉及生产性建设内容，无需办理环评及节能审查手续。"], "2022-11-21")
    kv_form(d / "附件1_项目入库申报表.docx", "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", proj], ["项目类别", "工业互联网安全项目—工业互联网安全平台建设"], ["申报单位", name], ["统一社会信用代码", code], ["推荐单位", rec],
        ["项目开始时间", "2022年1月1日"], ["计划完成时间", "2023年12月31日"], ["实施周期", "24个月"],
        ["项目总投入（不含税，万元）", "860.00"], ["截至2022年6月30日已投入（万元）", f"{wan(cut):.2f}（{cut / 8600000 * 100:.2f}%）"], ["申请补助（万元）", "172"]])
    perf_form(d / "附件2_绩效目标申报表（附件1-8）.docx", "1-8", "工业互联网安全项目绩效目标申报表", proj, rec, name,
              "2022年1月", "2023年12月", "建成区域级工业互联网安全态势感知平台。",
              [["产出指标", "数量指标", "平台提供的安全技术支撑服务能力（种）", "7"], ["效益指标", "经济效益", "项目总投入（万元）", "860"]])
    license_scan(d / "附件7_营业执照.pdf", name, code, "吴安御", "壹仟万元整", "2016-08-30", "苏州工业园区星湖街328号", "网络与信息安全软件开发；信息系统集成服务……", seed=801)
    rec_letter(d / "附件8_推荐函.pdf", rec, name, proj, "工业互联网安全项目", "2022-11-25")
    buyer = (name, code, "苏州工业园区星湖街328号 0512-62880716", "中行园区支行 5331 5818 2219")
    sl = [("苏州曙光信息技术有限公司", U("320594", "55817902"), "苏州工业园区金鸡湖大道88号", "建行园区支行 3225 0199 8801"),
          ("南京天融信安科技有限公司", U("320114", "30827516"), "南京市雨花台区软件大道180号", "招行雨花支行 2509 0011 7710"),
          ("无锡恒安工控技术有限公司", U("320213", "71290643"), "无锡市梁溪区兴源北路401号", "江苏银行梁溪支行 2201 0188 7006")]
    invs = std_invoices(d, buyer, [("2022-01-14", "08812265", sl[0], "*计算机*安全分析服务器", 384000.00, 0.13),
                                   ("2022-03-22", "22322000000014428801", sl[1], "*软件*态势感知平台软件", 1120000.00, 0.13),
                                   ("2022-06-10", "22322000000026610934", sl[2], "*信息技术服务*工控安全监测部署服务", 742000.00, 0.06)])
    write_expected("p08", {
        "category": "iiot-security", "given_category": "iiot-security", "outcome": "needs_review",
        "figures": {"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                    "total_investment": 860.0, "invested_by_cutoff": wan(cut), "start_date": "2022-01-01", "completion_date": "2023-12-31",
                    "invoice_total": inv_sum(invs), "invoice_count": 3},
        "max_subsidy_wan": None,
        "reasons": [{"kind": "figure", "figure": "start_date", "alt": ["completion_date"]}],
        "notes": "实施周期不超过2年 turns on the start: the 申报表 and audit say 2022-01-01 → 2023-12-31 (24 months), but the 备案证 says 2021年11月至2023年12月 "
                 "(26 months) and the audit counts a server contracted 2021-11-26 as project investment. Amounts pass either way (860 ≥ 500; "
                 f"{wan(cut):.2f} = {cut / 8600000 * 100:.2f}% ≥ 20%; without the server 186.20 = 21.65%). A person must decide when the project began.",
        "documents": {}})



# ================================================================== p09 iiot-benchmark-factory: acceptance opinion is an unsealed, undated draft
def p09():
    d = PK / "p09"
    name = "江苏锦程汽车零部件有限公司"
    code = U("320581", "67438219")
    rec = "苏州市工业和信息化局"
    proj = "汽车底盘件工业互联网标杆工厂提升项目"
    audit_simple(d / "03 专项审计报告.pdf", "苏州信达会计师事务所有限公司", "苏信达专审〔2022〕第0922号",
                 "汽车底盘件工业互联网标杆工厂提升项目投入专项审计报告", name,
                 ["项目于2021年3月1日开工，2022年5月31日完工。项目投入明细如下（万元，不含税）：",
                  "经审计，项目总投入3268.40万元，其中软件、系统集成、公私有云投入486.90万元。"],
                 [["类别", "金额（万元）"], ["设备、工具、器具", "2358.60"], ["工业软件、系统集成、公私有云", "486.90"],
                  ["调试安装", "241.30"], ["咨询、设计、检测、评价", "181.60"], ["合计", "3268.40"]], [3, 1.5], "2022-08-05", "顾晨  邹一鸣")
    p = L.Pdf(d / "04 验收意见.pdf")
    L.watermark(p, "征求意见稿")
    p.para("（征求意见稿，请于11月10日前反馈修改意见）", 10, indent=False, align="right")
    p.title("江苏锦程汽车零部件有限公司汽车底盘件工业互联网标杆工厂提升项目验收意见", 13, 14)
    p.para("2022年  月  日，苏州市工业和信息化局组织专家对该项目进行了验收。专家组听取了汇报，查看了现场，审阅了资料，形成意见如下：")
    p.para("一、项目于2021年3月开工，2022年5月31日完工，完成了申报的建设内容。二、项目总投入3268.40万元，其中软件等投入486.90万元。"
           "三、设备联网率、数据采集与集成、生产模式创新等指标较认定时提升。")
    p.para("专家组同意该项目通过验收。")
    p.gap(10)
    p.para("专家组组长：                专家组成员：", 11, indent=False)
    p.gap(20)
    p.para("苏州市工业和信息化局（盖章）", 11, indent=False, align="right")
    p.para("2022年  月  日", 11, indent=False, align="right")
    p.save()
    designation_list(d / "05 2020年省工业互联网标杆工厂名单.pdf", "江苏省工业和信息化厅", "苏工信融合〔2020〕546号",
                     "关于公布2020年江苏省工业互联网标杆工厂名单的通知", ["序号", "企业名称", "标杆工厂名称"],
                     [["21", "昆山沪光汽车电器股份有限公司", "汽车线束标杆工厂"], ["22", name, "汽车底盘件工业互联网标杆工厂"],
                      ["23", "张家港华昌药业有限公司", "原料药标杆工厂"]], [0.5, 3, 3], "2020-12-10", "现将2020年江苏省工业互联网标杆工厂名单予以公布。")
    lines = [("两化融合管理体系评定证书", 46, "center"), "", f"证书编号：AIITRE-2021-0365-AA", f"组织名称：{name}",
             f"统一社会信用代码：{code}", "评定等级：AA级", "评定范围：汽车底盘件的研发、生产、销售及服务", "发证日期：2021年8月12日  有效期至：2024年8月11日",
             "", ("评定机构：中启计量体系认证中心", 28, "right")]
    L.scan_pdf(d / "06 两化融合管理体系AA级评定证书.pdf", [L.scan_page(lines, 901, seal="中启计量体系认证中心", border=True)])
    designation_list(d / "07 省两化融合贯标联盟贯标备案审核通过名单.pdf", "江苏省两化融合管理体系贯标联盟", "苏两化联盟〔2021〕12号",
                     "2021年第三批两化融合管理体系贯标备案审核通过企业名单", ["序号", "企业名称", "等级"],
                     [["40", name, "AA"], ["41", "常熟长城轴承有限公司", "A"]], [0.5, 4, 1], "2021-10-20", "以下企业已完成贯标备案审核。")
    simple_doc(d / "08 第三方测试报告.pdf", "江苏省信息产业研究院检测中心", "汽车底盘件工业互联网标杆工厂指标提升测试报告（报告编号：JSIT-2022-T-0417）",
               ["测试结论：与2020年认定时相比，设备联网率由72%提升至93%，数据采集点由1.8万个增加至4.1万个，设备综合效率（OEE）由68%提升至79%，"
                "订单交付周期缩短21%。共4项细分指标提升。"], "2022-07-15")
    simple_doc(d / "09 推荐单位关于项目相关手续的说明.pdf", rec, "关于江苏锦程汽车零部件有限公司项目相关手续的说明",
               ["该项目在现有厂房内实施，已办理备案（昆行审备〔2021〕88号），不新增产能，无需办理环评和节能审查。"], "2022-11-18")
    kv_form(d / "01 项目入库申报表.docx", "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", proj], ["项目类别", "工业互联网标杆工厂项目"], ["申报单位", name], ["统一社会信用代码", code], ["推荐单位", rec],
        ["项目开始时间", "2021年3月1日"], ["项目完工时间", "2022年5月31日"], ["项目总投入（万元）", "3268.40"], ["软件等投入（万元）", "486.90"],
        ["验收情况", "已由苏州市工业和信息化局组织验收"], ["申请补助（万元）", "326.84"]])
    perf_form(d / "02 绩效目标申报表（附件1-3）.docx", "1-3", "工业互联网标杆工厂项目绩效目标申报表", proj, rec, name, "2021年3月", "2022年5月",
              "标杆工厂能力提升。", [["产出指标", "数量指标", "设备联网数（台）", "1286"], ["效益指标", "经济效益", "项目总投入（万元）", "3268.40"]])
    license_scan(d / "10 营业执照.jpg", name, code, "林锦程", "壹亿元整", "2007-12-03", "昆山市开发区前进东路1699号", "汽车零部件制造……", photo=True, seed=902)
    rec_letter(d / "11 推荐函.pdf", rec, name, proj, "工业互联网标杆工厂项目", "2022-11-23")
    write_expected("p09", {
        "category": "iiot-benchmark-factory", "given_category": "iiot-benchmark-factory", "outcome": "incomplete",
        "figures": {"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                    "total_investment": 3268.4, "software_investment": 486.9, "start_date": "2021-03-01", "completion_date": "2022-05-31"},
        "max_subsidy_wan": None,
        "reasons": [{"kind": "document", "document": "acceptance_opinion"}],
        "notes": "Everything else passes (2020 标杆工厂 list, AA 贯标 certificate and 联盟 备案审核 list, test report with 4 indicators up, 3,268.40 / 486.90, "
                 "2021-03-01 → 2022-05-31). The only 验收意见 is a 征求意见稿: watermarked draft, no date (2022年  月  日), no expert signatures, no seal. "
                 "A draft is not the recommending unit's acceptance opinion → the required material is missing; no acceptance_date.",
        "documents": {}})


# ================================================================== p10 iiot-identifier-platform: are co-developed modules 自研?
def p10():
    d = PK / "p10"
    name = "江苏标联信息技术有限公司"
    code = U("320115", "08631724")
    rec = "南京市工业和信息化局"
    proj = "江苏工业互联网标识解析公共服务平台"
    mods = []
    kinds = ["自研"] * 18 + ["联合开发（与东南大学共有著作权）"] * 2 + ["外购（第三方授权）"] * 4
    price = (["免费", "优惠价"] * 9) + ["免费", "优惠价"] + ["免费", "优惠价", "优惠价", "免费"]
    names = ["标识注册管理", "标识解析查询", "产品追溯", "设备全生命周期管理", "供应链协同", "质量追溯", "仓储物流标识", "能耗标识采集",
             "标识数据看板", "标识载体打印", "模具管理", "危化品追溯", "电子元器件追溯", "纺织品溯源", "备品备件管理", "标识网关配置",
             "主动标识载体接入", "企业节点部署工具", "标识数据共享交换", "标识安全认证", "工业APP商店接入", "区块链存证", "RFID中间件", "OCR识读"]
    rows = [["序号", "软件（模块）名称", "来源", "省内节点企业使用方式", "软件著作权登记号"]]
    for i, (n, k, pr) in enumerate(zip(names, kinds, price), 1):
        rows.append([str(i), n + "模块", k, pr, f"2021SR{1187300 + i * 37:07d}" if "外购" not in k else "—"])
    p = L.Pdf(d / "附件5_标识应用软件（模块）清单.pdf")
    p.title("二级节点接入使用的标识应用软件（模块）清单", 14, 12)
    L.table_repeat(p, rows[0], rows[1:], [0.5, 2.6, 2.4, 1.4, 1.6], 8.5)
    p.para("说明：来源为“联合开发”的模块由公司与东南大学共同开发，著作权由双方共有；“外购”模块为第三方授权，经二次配置后上架。", 9, indent=False)
    p.save()
    kv_form(d / "附件1_项目入库申报表.docx", "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", proj], ["项目类别", "工业互联网标识解析公共服务平台项目"], ["申报单位", name], ["统一社会信用代码", code], ["推荐单位", rec],
        ["项目开始时间", "2021年10月1日"], ["计划完成时间", "2023年9月30日"], ["项目总投入（不含税，万元）", "1480.00"],
        ["截至2022年6月30日已投入（万元）", "342.60（23.15%）"],
        ["自研且二级节点接入使用的标识应用软件（款）", "20（其中免费10款、优惠价10款）"], ["应用培训推广场次", "12"], ["上架标识应用软件产品（款）", "68"],
        ["软件产品服务企业数（家）", "1136"], ["服务二级节点数（家）", "12"], ["申请补助（万元）", "296"]])
    perf_form(d / "附件2_绩效目标申报表（附件1-6）.docx", "1-6", "工业互联网标识解析项目绩效目标申报表", proj, rec, name, "2021年10月", "2023年9月",
              "建成全省标识解析公共服务平台。", [["产出指标", "公共服务平台☑", "应用软件研发数量（个）", "20"],
                                        ["产出指标", "公共服务平台☑", "服务企业数量（家）", "1136"], ["效益指标", "经济效益", "项目总投入（万元）", "1480"]])
    audit_simple(d / "附件3_截至2022年6月30日投入专项审计报告.pdf", "南京宁信会计师事务所有限公司", "宁信专审〔2022〕第338号",
                 "江苏工业互联网标识解析公共服务平台项目投入专项审计报告", name,
                 ["项目计划总投入1480.00万元（不含税），2021年10月1日开工。",
                  "经审计，截至2022年6月30日项目已投入3,426,000.00元（不含税），占计划总投入的23.15%，其中服务器及网络设备1,684,000.00元、平台开发及系统集成服务1,742,000.00元。"],
                 None, None, "2022-08-18", "江帆  卢佳")
    simple_doc(d / "附件4_推荐单位关于项目相关手续的说明.pdf", rec, "关于江苏标联信息技术有限公司项目相关手续的说明",
               ["该项目为软件平台项目，无需办理备案、环评、能评手续。"], "2022-11-20")
    license_scan(d / "附件6_营业执照.pdf", name, code, "郑标", "伍仟万元整", "2018-01-09", "南京市江宁区秣周东路12号", "软件开发；信息技术咨询服务……", seed=1001)
    rec_letter(d / "附件7_推荐函.pdf", rec, name, proj, "工业互联网标识解析公共服务平台项目", "2022-11-26")
    buyer = (name, code, "南京市江宁区秣周东路12号 025-52106688", "工行江宁开发区支行 4301 0125 0919")
    sl = [("南京新华三信息技术有限公司", U("320114", "78903562"), "南京市雨花台区凤集大道15号", "中行雨花支行 5161 5820 0012"),
          ("南京紫金云创软件有限公司", U("320115", "30175648"), "南京市江宁区将军大道100号", "江苏银行江宁支行 3001 0188 0009")]
    invs = std_invoices(d, buyer, [("2021-12-16", "06628714", sl[0], "*计算机*服务器及网络设备", 1684000.00, 0.13),
                                   ("2022-05-27", "22322000000019934027", sl[1], "*信息技术服务*平台开发及系统集成服务", 1742000.00, 0.06)])
    write_expected("p10", {
        "category": "iiot-identifier-platform", "given_category": "iiot-identifier-platform", "outcome": "needs_review",
        "figures": {"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                    "total_investment": 1480.0, "invested_by_cutoff": 342.6, "start_date": "2021-10-01", "completion_date": "2023-09-30",
                    "invoice_total": inv_sum(invs), "invoice_count": 2},
        "max_subsidy_wan": None,
        "reasons": [{"kind": "document", "document": "application_form"}],
        "notes": "The module list has 24 rows: 18 自研 (9 免费, 9 优惠价), 2 联合开发 with copyright co-owned with a "
                 "university (1 免费, 1 优惠价), 4 外购. The 申报表 claims 20 自研 = 10 免费 + 10 优惠价 by counting the co-developed two; without them "
                 "18 = 9 + 9 and all three thresholds (20 / 10 / 10) fail. Whether co-developed, co-owned modules are '自研' the guide does not say → a person decides. "
                 "Amounts pass (1,480 ≥ 1,000; 342.60 = 23.15% ≥ 20%); training 12 ≥ 10, 上架 68 ≥ 60, 1,136 firms, 12 nodes; completion planned 2023-09-30.",
        "documents": {}})



# ================================================================== p11 talent-training: a full 报到 day does not count
def p11():
    d = PK / "p11"
    name = "江苏智汇产业人才发展研究院有限公司"
    code = U("320105", "13580264")
    rec = "南京市工业和信息化局"
    proj = "2023年“英才名匠”智能化改造数字化转型产业人才专题培训"
    cls = [("1", "智能车间规划与实施（南京）", "南京", 92, "3月14日下午报到，15—17日授课，18日上午撤离", "4"),
           ("2", "工业软件与信创融合应用（苏州）", "苏州", 88, "4月11日下午报到，12—14日授课，15日上午撤离", "4"),
           ("3", "5G+工业互联网典型场景（无锡）", "无锡", 90, "5月9日下午报到，10—12日授课，13日上午撤离", "4"),
           ("4", "企业数据管理与数据安全（常州）", "常州", 86, "6月6日下午报到，7—9日授课，10日上午撤离", "4"),
           ("5", "智能化改造方法与案例（扬州）", "扬州", 85, "6月27日下午报到，28—30日授课，7月1日上午撤离", "4"),
           ("6", "质量管理数字化升级（南通）", "南通", 84, "7月18日下午报到，19—21日授课，22日上午撤离", "4"),
           ("7", "工业大数据与人工智能应用（徐州）", "徐州", 86, "8月15日下午报到，16—18日授课，19日上午撤离", "4"),
           ("8", "数字化转型诊断实务（淮安）", "淮安", 92, "9月12日全天报到，13—14日授课，15日上午撤离", "3.5"),
           ("9", "工业互联网标识解析应用（盐城）", "盐城", 90, "10月10日全天报到，11—12日授课，13日上午撤离", "3.5"),
           ("10", "中小企业数字化转型（连云港）", "连云港", 107, "10月24日全天报到，25—26日授课，27日上午撤离", "3.5")]
    total = sum(c[3] for c in cls)
    L.docx_file(d / "1 项目申报书.docx", "2023年度“英才名匠”产业人才培训项目申报书", [
        ("t", [["项目名称", proj], ["申报单位", name], ["统一社会信用代码", code], ["推荐单位", rec],
               ["注册资金", "1000万元"], ["成立时间", "2016年4月21日"], ["2019-2021年年均收入（万元）", "826.40（见审计报告）"],
               ["近三年年均线下培训人次", "1580"], ["培训总人数", str(total)], ["班次数", "10"], ["总预算（万元）", "286.40"]]),
        ("p", "一、培训方案：面向省内工业和信息产业企业中高层管理人员及技术骨干，按附件1-27“智能化改造数字化转型”方向设计课程，不向学员收取任何费用。"),
        ("p", "二、班次安排（每班次时长均含报到和撤离时间）："),
        ("t", [["班次", "主题", "地点", "人数", "日程", "时长（天）"]] + [list(map(str, c)) for c in cls]),
        ("p", f"三、合计10个班次，培训{total}人，学员覆盖南京、苏州、无锡、常州、扬州、南通、徐州、淮安、盐城、连云港10个设区市，苏南、苏中、苏北均有班次。"),
        ("p", "申报单位（盖章）：                        2022年12月5日")])
    perf_form(d / "2 绩效目标申报表（附件1-25）.docx", "1-25", "产业人才培训项目绩效目标申报表", proj, rec, name, "2023年3月", "2023年10月",
              f"举办10个班次，培训{total}人。", [["产出指标", "数量指标", "每班次培训人数下限（人）", "84"],
                                              ["产出指标", "数量指标", "培训班次完成率（%）", "100"], ["产出指标", "成本指标", "每人日培训费用上限（元）", "800"]])
    audit_simple(d / "3 2019-2021年度审计报告（摘要）.pdf", "南京中盛会计师事务所有限公司", "宁中盛审〔2022〕第116号",
                 "江苏智汇产业人才发展研究院有限公司2019—2021年度财务报表审计报告（摘要）", name,
                 ["我们审计了贵公司2019年度、2020年度、2021年度财务报表。", "营业收入：2019年度782.60万元，2020年度711.30万元，2021年度985.30万元，三年平均826.40万元。"],
                 None, None, "2022-04-20", "何洁  石磊")
    license_scan(d / "4 营业执照.pdf", name, code, "王智汇", "壹仟万元整", "2016-04-21", "南京市秦淮区中山南路395号",
                 "教育咨询服务；职业技能培训（不含需取得许可的培训）；人力资源服务……", seed=1101)
    rec_letter(d / "5 推荐函.pdf", rec, name, proj, "“英才名匠”产业人才培训项目", "2022-12-07")
    write_expected("p11", {
        "category": "talent-training", "given_category": None, "outcome": "ineligible",
        "figures": {"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec},
        "max_subsidy_wan": None,
        "reasons": [{"kind": "document", "document": "application_form"}],
        "notes": f"Everything about the applicant passes (licence scope 教育咨询/职业技能培训, registered 2016, capital 1,000, revenue 826.40 by audit, 1,580 a year). "
                 f"{total} trainees ≥ 800, every class ≥ 50, 10 cities, 苏南/苏中/苏北. But classes 8-10 are '3.5 days' only with a full 报到 day: the guide counts "
                 "报到 and 撤离 at most half a day each → 0.5 + 2 + 0.5 = 3 days < 3.5. Only classes 1-7 (4 days) qualify: 7 < 8 → ineligible. "
                 "Category detected from the 申报书 title and 附件1-25.",
        "documents": {}})


# ================================================================== p12 5g-iiot: the acceptance opinion PDF is broken
def p12():
    d = PK / "p12"
    name = "扬州捷锐电子科技有限公司"
    code = U("321012", "50827193")
    rec = "扬州市工业和信息化局"
    proj = "电子元器件5G全连接工厂建设项目"
    audit_simple(d / "附件3_专项审计报告.pdf", "扬州广陵会计师事务所有限公司", "扬广会专审〔2022〕第0610号",
                 "电子元器件5G全连接工厂建设项目投入专项审计报告", name,
                 ["项目于2021年4月6日开工，2022年5月20日完工，投入明细如下（元，不含税）：",
                  "经审计，项目总投入23,568,000.00元，其中软件、系统集成、公私有云投入4,126,000.00元。"],
                 [["类别", "金额（元）"], ["5G智能化改造设备及信息化硬件", "16,482,000.00"], ["工业软件、系统集成、公私有云", "4,126,000.00"],
                  ["5G网络及云资源费用", "1,538,000.00"], ["调试安装", "896,000.00"], ["咨询、设计、检测、评价", "526,000.00"], ["合计", "23,568,000.00"]],
                 [3, 1.6], "2022-07-28", "刘静  袁野")
    simple_doc(d / "附件5_第三方测试报告.pdf", "中国信息通信研究院华东分院", "电子元器件5G全连接工厂测试报告（报告编号：CAICT-HD-2022-0588）",
               ["测试结论：项目实施区域5G网络全面覆盖，部署MEC边缘计算节点（64 vCPU）；无线联网设备402台，其中5G方式联网286台，5G无线联网率71.14%；"
                "应用工信部发布的5G应用场景10个；应用标识解析开展数据连接，实现物料、产品的查找与追溯。"], "2022-06-30")
    # the acceptance opinion, scanned, then cut off by the upload
    lines = [("验 收 意 见", 50, "center"), "", f"2022年9月20日，扬州市工业和信息化局组织专家对{name}{proj}进行了验收……",
             "项目于2022年5月20日完工，完成全部建设内容。专家组同意通过验收。", "", ("扬州市工业和信息化局", 30, "right"), ("2022年9月20日", 30, "right")]
    tmp = d / "_tmp.pdf"
    L.scan_pdf(tmp, [L.scan_page(lines, 1201, seal="扬州市工业和信息化局")])
    L.truncated_copy(tmp, d / "附件4_验收意见.pdf", 0.4)
    simple_doc(d / "附件6_推荐单位关于项目相关手续的说明.pdf", rec, "关于扬州捷锐电子科技有限公司项目相关手续的说明",
               ["该项目已办理备案（扬江行审备〔2021〕61号），在现有厂房内实施网络及设备改造，不新增产能，无需办理环评和节能审查。"], "2022-11-17")
    kv_form(d / "附件1_项目入库申报表.docx", "2023年度省工业和信息产业转型升级专项资金项目入库申报表", [
        ["项目名称", proj], ["项目类别", "“5G+工业互联网”融合应用项目"], ["申报单位", name], ["统一社会信用代码", code], ["推荐单位", rec],
        ["项目开始时间", "2021年4月6日"], ["项目完工时间", "2022年5月20日"], ["项目总投入（万元）", "2356.80"], ["其中软件等投入（万元）", "412.60"],
        ["5G无线联网率", "71.14%（286/402）"], ["5G应用场景数", "10"], ["验收情况", "2022年9月20日通过扬州市工业和信息化局验收（见附件4）"],
        ["申请补助（万元）", "235.68"]])
    perf_form(d / "附件2_绩效目标申报表（附件1-4）.docx", "1-4", "“5G+工业互联网”融合应用项目绩效目标申报表", proj, rec, name, "2021年4月", "2022年5月",
              "建成5G全连接工厂。", [["产出指标", "数量指标", "项目建设5G应用场景数（个）", "10"],
                                 ["产出指标", "数量指标", "项目应用设备5G方式联网数（台）", "286"], ["效益指标", "经济效益", "项目总投入（万元）", "2356.80"]])
    license_scan(d / "附件7_营业执照.pdf", name, code, "孙捷", "陆仟万元整", "2010-07-15", "扬州市江都区仙城工业园仙城路8号", "电子元器件制造……", seed=1202)
    rec_letter(d / "附件8_推荐函.pdf", rec, name, proj, "“5G+工业互联网”融合应用项目", "2022-11-24")
    write_expected("p12", {
        "category": "5g-iiot", "given_category": "5g-iiot", "outcome": "incomplete",
        "figures": {"applicant_name": name, "applicant_uscc": code, "recommending_unit": rec,
                    "total_investment": 2356.8, "software_investment": 412.6, "start_date": "2021-04-06", "completion_date": "2022-05-20"},
        "max_subsidy_wan": None,
        "reasons": [{"kind": "unreadable", "path": "附件4_验收意见.pdf"}, {"kind": "missing", "document": "acceptance_opinion"}],
        "notes": "Every condition that can be checked passes (2,356.80 ≥ 2,000; software 412.60 ≥ 300; 5G 286/402 = 71.1%; 10 scenarios; MEC; 标识解析; completed "
                 "2022-05-20). The acceptance opinion — the one required material only the recommending unit can issue — was uploaded broken (the file stops "
                 "at 40%: no page can be opened). The 申报表 says it was accepted on 2022-09-20, but that is the applicant's word; the reviewer asks for the "
                 "file again → incomplete. No acceptance_date expected.",
        "documents": {}})


# ------------------------------------------------------------------ document kinds (my own labelling of every file)
KINDS = [("绩效目标", "performance_form"), ("申报表", "application_form"), ("申报书", "application_form"), ("验收意见", "acceptance_opinion"),
         ("审计报告", "audit_report"), ("专审报告", "audit_report"), ("发票/", "invoice"), ("付款凭证/", "payment_voucher"),
         ("合同/", "contract"), ("贷款/工行利息", "interest_statement"), ("贷款/招行外币贷款结息", "interest_statement"),
         ("借款合同", "loan_contract"), ("备案", "project_filing"), ("环评", "eia_approval"), ("节能审查意见", "energy_review"),
         ("相关手续的说明", "procedure_exemption"), ("节能审查的说明", "procedure_exemption"), ("开工证明", "construction_start_certificate"),
         ("营业执照", "business_license"), ("名单", "designation_certificate"), ("认定文件", "designation_certificate"),
         ("入库证明", "designation_certificate"), ("评定证书", "designation_certificate"), ("测试报告", "third_party_test_report"),
         ("协议", "contract"), ("研发投入预算表", "other")]


def fill_documents():
    for f in sorted(EX.glob("p*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        root = PK / d["id"]
        docs = {}
        for x in sorted(root.rglob("*")):
            if not x.is_file():
                continue
            rel = x.relative_to(root).as_posix()
            kind = d["documents"].get(rel)
            if kind is None:
                kind = "other"
                for key, k in KINDS:
                    if key in rel and not (key == "备案" and "联盟" in rel):
                        kind = k
                        break
            docs[rel] = kind
        d["documents"] = docs
        f.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(only=None):
    todo = [f for n, f in sorted(globals().items()) if n[:1] == "p" and n[1:].isdigit() and callable(f)]
    if only is None:
        shutil.rmtree(PK, ignore_errors=True)
        shutil.rmtree(EX, ignore_errors=True)
    for f in todo:
        if only and f.__name__ not in only:
            continue
        shutil.rmtree(PK / f.__name__, ignore_errors=True)
        f()
    fill_documents()


if __name__ == "__main__":
    main(sys.argv[1:] or None)
