"""Shared builders for the frozen3 packets: packet bookkeeping, standard applicant documents,
lists naming many companies. Deterministic (seeded)."""
from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import lib3 as L

ROOT = Path(__file__).resolve().parent
PK = ROOT / "packets"
EX = ROOT / "expected"


def reset():
    for d in (PK, EX):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)


class Co:
    def __init__(self, name, region, base8, addr, legal, bank, acct, head="91", phone="0510-8xxxxxxx"):
        self.name, self.addr, self.legal, self.bank, self.acct = name, addr, legal, bank, acct
        self.uscc = L.uscc(region, base8, head)
        assert L.check_uscc(self.uscc)
        self.phone = phone

    @property
    def inv(self):
        return (self.name, self.uscc, f"{self.addr} {self.phone}", f"{self.bank} {self.acct}")

    @property
    def payer(self):
        return (self.name, self.acct, self.bank)


class Packet:
    def __init__(self, pid, category, given, outcome):
        self.id, self.category, self.given, self.outcome = pid, category, given, outcome
        self.dir = PK / pid
        self.dir.mkdir(parents=True, exist_ok=True)
        self.docs = {}
        self.invoices = {}  # number -> amount excl tax (yuan)

    def p(self, rel, kind):
        self.docs[rel] = kind
        q = self.dir / rel
        q.parent.mkdir(parents=True, exist_ok=True)
        return q

    def invoice(self, rel, *, code=None, number, date, buyer, seller, items, remark="", electronic=False,
                digital=False):
        path = self.p(rel, "invoice")
        if digital:
            amt, tax = L.einvoice_pdf(path, number=number, date=date, buyer=buyer.inv, seller=seller.inv,
                                      items=items, remark=remark)
        else:
            amt, tax = L.invoice_pdf(path, code=code, number=number, date=date, buyer=buyer.inv,
                                     seller=seller.inv, items=items, remark=remark, electronic=electronic)
        self.invoices[number] = amt
        return amt, tax

    def receipt(self, rel, *, bank, no, date, payer, payee, amount, memo, time_="10:21:07"):
        L.receipt_pdf(self.p(rel, "payment_voucher"), bank=bank, no=no, date=date, payer=payer.payer,
                      payee=payee.payer, amount=amount, memo=memo, time_=time_)

    def inv_figures(self):
        if not self.invoices:
            return {}
        return {"invoice_total": round(sum(self.invoices.values()) / 10000, 6),
                "invoice_count": len(self.invoices)}

    def expected(self, figures, reasons, subsidy, notes):
        assert set(self.docs) == {str(q.relative_to(self.dir)) for q in self.dir.rglob("*") if q.is_file()}, \
            (self.id, sorted(self.docs))
        ex = {"id": self.id, "category": self.category, "given_category": self.category if self.given else None,
              "outcome": self.outcome, "figures": figures, "max_subsidy_wan": subsidy, "reasons": reasons,
              "notes": notes, "documents": dict(sorted(self.docs.items()))}
        (EX / f"{self.id}.json").write_text(json.dumps(ex, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ filler companies for lists
_CITIES = ["南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁"]
_CORE = ["恒瑞", "华宏", "天工", "亚邦", "永鼎", "通润", "新宇", "海澜", "中超", "远东", "双良", "鹏鹞", "长电",
         "汇川", "东材", "金陵", "隆基", "苏博", "聚力", "宏达", "凯迪", "瑞泰", "博远", "中润", "飞龙", "润邦",
         "协鑫", "晨光", "鼎盛", "合丰", "天奇", "新纶", "卓胜", "微导", "航锦", "国茂", "亿嘉", "恒力", "苏盐",
         "银河", "东恒", "嘉澳", "正昌", "华昌", "润和", "科沃", "维尔", "光明", "盛虹", "澳洋"]
_IND = ["机械", "电子", "新材料", "化工", "纺织", "精密制造", "汽车零部件", "电气", "智能装备", "特钢", "医药",
        "光电", "环保科技", "重工", "软件", "信息技术", "数据科技", "网络科技"]
_FORM = ["有限公司", "股份有限公司", "集团有限公司", "科技有限公司"]


def fillers(seed, n, inds=None, exclude=()):
    rnd = random.Random(seed)
    out, seen = [], set(exclude)
    while len(out) < n:
        city = rnd.choice(_CITIES)
        core = rnd.choice(_CORE)
        ind = rnd.choice(inds or _IND)
        form = rnd.choice(_FORM)
        name = ("江苏" if rnd.random() < 0.45 else city) + core + ind + form
        name = name.replace("科技科技", "科技")
        if name in seen:
            continue
        seen.add(name)
        out.append((city, name))
    return out


# ------------------------------------------------------------------ standard documents
def license_pdf(path, co, *, capital, founded, scope, authority, kind="有限责任公司"):
    p = L.Pdf(path)
    p.title("营 业 执 照", 22, 14)
    p.para("（副 本）", 12, indent=False, align="center")
    p.gap(10)
    p.para(f"统一社会信用代码  {co.uscc}", 11, indent=False)
    p.gap(6)
    for k, v in [("名称", co.name), ("类型", kind), ("法定代表人", co.legal), ("注册资本", capital),
                 ("成立日期", L.cn_date(founded)), ("营业期限", f"{L.cn_date(founded)}至******"),
                 ("住所", co.addr), ("经营范围", scope)]:
        p.para(f"{k}    {v}", 11, indent=False)
    p.gap(30)
    p.para(f"登记机关  {authority}", 11, indent=False, align="right")
    p.para("2021年08月16日", 11, indent=False, align="right")
    p.seal(authority.replace("（", "").replace("）", "")[:12])
    p.para("国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8, indent=False)
    p.save()


def license_lines(co, *, capital, founded, scope, authority, kind="有限责任公司"):
    return [("营 业 执 照", 64, "center"), ("（副 本）", 32, "center"), "",
            (f"统一社会信用代码 {co.uscc}", 30, "left"), "",
            f"名    称  {co.name}", f"类    型  {kind}", f"法定代表人  {co.legal}",
            f"注册资本  {capital}", f"成立日期  {L.cn_date(founded)}", f"住    所  {co.addr}",
            (f"经营范围  {scope}", 26, "left"), "", "",
            (f"登记机关  {authority}", 30, "right"), ("2021年08月16日", 30, "right")]


def rec_letter(path, rec, co, project, category_cn, date, extra=""):
    p = L.Pdf(path)
    p.title(f"{rec}", 15)
    p.title(f"关于推荐{co.name}申报2023年度省工业和信息产业转型升级专项资金项目的函", 13)
    p.para("江苏省工业和信息化厅：", 11, indent=False)
    p.para(f"根据《2023年度江苏省工业和信息产业转型升级专项资金入库项目征集指南》要求，经企业申报、我局审核，"
           f"现推荐{co.name}“{project}”申报{category_cn}。{extra}经审核，该企业申报材料真实有效，"
           "近三年无严重失信行为，项目符合指南支持条件。", 11)
    p.para("特此推荐。", 11)
    p.gap(30)
    p.para(rec, 11, indent=False, align="right")
    p.para(L.cn_date(date), 11, indent=False, align="right")
    p.seal(rec)
    p.save()


def docx_form(path, title, rows, *, preface=None, tail=None, subtitle="（2023年度）"):
    blocks = []
    if subtitle:
        blocks.append(("c", subtitle))
    if preface:
        blocks += [("p", x) for x in preface]
    blocks.append(("t", rows))
    if tail:
        blocks += [("p", x) if not x.startswith(">") else ("r", x[1:]) for x in tail]
    L.docx_file(path, title, blocks)


def perf_rows(project, rec, unit, start, end, goal, indicators):
    rows = [["项目名称", project, "", ""],
            ["项目推荐单位", rec, "项目承担单位", unit],
            ["项目开始时间", start, "项目结束时间", end],
            ["总体目标", goal]]
    rows.append(["一级指标", "二级指标", "三级指标", "指标值"])
    rows += indicators
    return rows


def perf_docx(path, annex, title, project, rec, unit, start, end, goal, indicators):
    L.docx_file(path, None, [("p", f"附件{annex}"), ("c", title), ("c", "（2023年度）"),
                             ("t", perf_rows(project, rec, unit, start, end, goal, indicators))])


def perf_pdf(path, annex, title, project, rec, unit, start, end, goal, indicators):
    p = L.Pdf(path)
    p.para(f"附件{annex}", 11, indent=False)
    p.title(title, 14)
    p.para("（2023年度）", 11, indent=False, align="center")
    rows = perf_rows(project, rec, unit, start, end, goal, indicators)
    rows[0] = ["项目名称", project, "", ""]
    rows[3] = ["总体目标", goal, "", ""]
    p.table(rows, [1.2, 2.2, 2.6, 1.6], 9)
    p.gap(10)
    p.para(f"填报单位（盖章）：{unit}", 10, indent=False)
    p.seal(unit)
    p.save()


def name_list_pdf(path, *, issuer, docno, notice_title, body, date, list_title, header, rows, widths,
                  addressee="各设区市工业和信息化局："):
    p = L.Pdf(path, footer_pages=True)
    p.title(notice_title, 14)
    p.para(docno, 11, indent=False, align="center")
    p.para(addressee, 11, indent=False)
    for b in body:
        p.para(b, 11)
    p.para("附件：" + list_title, 11)
    p.gap(20)
    p.para(issuer, 11, indent=False, align="right")
    p.para(L.cn_date(date), 11, indent=False, align="right")
    p.seal(issuer)
    p.new_page()
    p.para("附件", 11, indent=False)
    p.title(list_title, 13)
    p.table([header] + rows, widths, 9)
    p.save()


def contract_docx(path, title, no, buyer, seller, date, items, total_incl, *, terms=None, subject="货物"):
    rows = [["序号", "名称", "规格型号", "数量", "金额（元，含税）"]]
    for i, (n, spec, q, a) in enumerate(items, 1):
        rows.append([str(i), n, spec, str(q), L.yuan(a)])
    rows.append(["合计", "", "", "", L.yuan(total_incl)])
    blocks = [("r", f"合同编号：{no}"),
              ("p", f"甲方（买方）：{buyer.name}"), ("p", f"乙方（卖方）：{seller.name}"),
              ("p", f"根据《中华人民共和国民法典》及相关法律法规，甲乙双方经友好协商，就甲方向乙方采购{subject}事宜达成如下协议："),
              ("h", "一、合同标的及金额"), ("t", rows),
              ("p", f"合同总价款（含税）为人民币{L.daxie(total_incl)}（¥{L.yuan(total_incl)}）。")]
    for t in terms or ["二、付款方式：合同签订后支付30%预付款，到货验收合格后支付60%，余款10%作为质保金于质保期满后支付。",
                       "三、交货及验收：乙方应于合同签订后90日内完成交货、安装调试，甲方组织验收。",
                       "四、质保期：自验收合格之日起12个月。"]:
        blocks.append(("p", t))
    blocks += [("p", ""), ("p", f"甲方（盖章）：{buyer.name}        乙方（盖章）：{seller.name}"),
               ("p", f"法定代表人或授权代表：{buyer.legal}        法定代表人或授权代表：{seller.legal}"),
               ("p", f"签订日期：{L.cn_date(date)}")]
    L.docx_file(path, title, blocks)
