"""Shared pieces for the frozen5 packets (h01..h12): packet writer, official letters with seals,
licences, forms, invoices. Wording and layout are this set's own."""
from __future__ import annotations

import json
from pathlib import Path

from lib5 import (Pdf, boxed_invoice_pdf, check_uscc, cn_date, daxie, docx_file, einvoice_pdf, image_pdf,
                  photo, receipt_pdf, save_jpeg, save_png, scan_page, sideways, uscc, yuan)

ROOT = Path(__file__).resolve().parent


class Packet:
    def __init__(self, pid: str, category: str, given: bool):
        self.pid = pid
        self.dir = ROOT / "packets" / pid
        self.category = category
        self.given = given
        self.docs: dict[str, str] = {}
        self.invoices: list[float] = []  # amounts excl. tax, 元

    def path(self, rel: str, kind: str) -> Path:
        assert rel not in self.docs, rel
        self.docs[rel] = kind
        p = self.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def pdf(self, rel, kind, header=None, footer=False) -> Pdf:
        return Pdf(self.path(rel, kind), header=header, footer_pages=footer)

    def docx(self, rel, kind, title, blocks):
        docx_file(self.path(rel, kind), title, blocks)

    def jpeg(self, rel, kind, im):
        save_jpeg(self.path(rel, kind), im)

    def png(self, rel, kind, im):
        save_png(self.path(rel, kind), im)

    def scan_pdf(self, rel, kind, ims):
        image_pdf(self.path(rel, kind), ims)

    # invoices -----------------------------------------------------------------
    def paper_invoice(self, rel, **kw):
        tot, tax = boxed_invoice_pdf(self.path(rel, "invoice"), **kw)
        self.invoices.append(tot)
        return tot, tax

    def e_invoice(self, rel, **kw):
        tot, tax = einvoice_pdf(self.path(rel, "invoice"), **kw)
        self.invoices.append(tot)
        return tot, tax

    def invoice_figures(self):
        return round(sum(self.invoices) / 10000, 6), len(self.invoices)

    def expected(self, outcome, figures, subsidy, reasons, notes):
        if "applicant_uscc" in figures:
            assert check_uscc(figures["applicant_uscc"]), figures["applicant_uscc"]
        assert (subsidy is None) == (outcome != "eligible")
        assert outcome == "eligible" or reasons
        data = {"id": self.pid, "category": self.category,
                "given_category": self.category if self.given else None,
                "outcome": outcome, "figures": figures, "max_subsidy_wan": subsidy,
                "reasons": reasons, "notes": notes,
                "documents": dict(sorted(self.docs.items()))}
        out = ROOT / "expected" / f"{self.pid}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def party(name, code, city="江苏省", bank="中国工商银行", acct="1102 0241 0900 3318 562"):
    return (name, code, f"{city} 0512-6688{code[-4:-1]}", f"{bank}{city[-3:-1]}支行 {acct}")


def letter(pk: Packet, rel, kind, *, unit, title, paras, date, to=None, doc_no=None, sign=None, header=None,
           subtitle=None, seal_text=None):
    """An official letter: red-headed unit name, number, addressee, paragraphs, signature, date and seal."""
    p = pk.pdf(rel, kind, header=header)
    p.c.saveState()
    p.c.setFillColorRGB(0.8, 0.1, 0.1)
    p.title(unit + ("文件" if doc_no else ""), 20, 6)
    p.c.restoreState()
    if doc_no:
        p.para(doc_no, 10, indent=False, align="center")
        p.c.setStrokeColorRGB(0.8, 0.1, 0.1)
        p.c.line(p.left, p.y - 2, p.right, p.y - 2)
        p.c.setStrokeColorRGB(0, 0, 0)
        p.gap(10)
    p.title(title, 14)
    if subtitle:
        p.title(subtitle, 11)
    if to:
        p.para(to, indent=False)
    for t in paras:
        if isinstance(t, tuple) and t[0] == "table":
            p.table(t[1], t[2], t[3] if len(t) > 3 else 9)
        else:
            p.para(t)
    p.gap(26)
    p.para(sign or unit, indent=False, align="right")
    p.para(cn_date(date), indent=False, align="right")
    p.seal(seal_text or unit, x=p.right - 70, y=p.y + 32)
    p.save()


def licence_lines(*, name, code, kind, rep, capital, founded, address, scope, term, issuer, issue_date):
    return [("营 业 执 照", 62, "center"), ("（副本）", 30, "center"), ("副本编号：1-1", 22, "right"), "",
            (f"统一社会信用代码：{code}", 28, "left"), "",
            (f"名    称：{name}", 28, "left"),
            (f"类    型：{kind}", 28, "left"),
            (f"法定代表人：{rep}", 28, "left"),
            (f"经营范围：{scope}", 25, "left"),
            (f"注册资本：{capital}", 28, "left"),
            (f"成立日期：{cn_date(founded)}", 28, "left"),
            (f"营业期限：{term}", 28, "left"),
            (f"住    所：{address}", 28, "left"), "", "",
            (f"登记机关：{issuer}", 28, "right"),
            (cn_date(issue_date), 28, "right")]


def licence_pdf(pk: Packet, rel, **kw):
    """Text-layer copy of a licence (复印件 printed from the 电子营业执照)."""
    p = pk.pdf(rel, "business_license")
    p.title("营业执照", 26, 8)
    p.title("（副本）", 12)
    rows = [["统一社会信用代码", kw["code"]], ["名称", kw["name"]], ["类型", kw["kind"]],
            ["法定代表人", kw["rep"]], ["经营范围", kw["scope"]], ["注册资本", kw["capital"]],
            ["成立日期", cn_date(kw["founded"])], ["营业期限", kw["term"]], ["住所", kw["address"]]]
    p.table(rows, [1.4, 5], 10)
    p.gap(20)
    p.para(f"登记机关：{kw['issuer']}", indent=False, align="right")
    p.para(cn_date(kw["issue_date"]), indent=False, align="right")
    p.seal(kw["issuer"], x=p.right - 70, y=p.y + 30)
    p.para("（与原件一致，仅供申报2023年度省工业和信息产业转型升级专项资金使用）", 9, indent=False)
    p.save()


def app_form(pk: Packet, rel, rows, *, title="2023年度江苏省工业和信息产业转型升级专项资金入库项目申报表",
             pre=None, tail=None, as_pdf=False, seal=None, date=None):
    if as_pdf:
        p = pk.pdf(rel, "application_form")
        p.title(title, 14)
        for t in pre or []:
            p.para(t, 10, indent=False)
        p.table(rows, [1.5, 2.6, 1.5, 2.6], 9)
        for t in tail or []:
            p.para(t, 10)
        if seal:
            p.gap(20)
            p.para(f"申报单位（盖章）：{seal}", indent=False, align="right")
            p.para(cn_date(date), indent=False, align="right")
            p.seal(seal, x=p.right - 70, y=p.y + 30)
        p.save()
        return
    blocks = [("p", t) for t in (pre or [])] + [("t", rows)] + [("p", t) for t in (tail or [])]
    if seal:
        blocks += [("r", f"申报单位（盖章）：{seal}"), ("r", cn_date(date))]
    pk.docx(rel, "application_form", title, blocks)


def perf_form(pk: Packet, rel, *, annex, title, name, rec, app, start, end, goal, rows, as_pdf=False):
    head = [["项目名称", name, "", ""], ["项目推荐单位", rec, "项目承担单位", app],
            ["项目开始时间", start, "项目结束时间", end], ["总体目标", goal, "", ""]]
    ind = [["一级指标", "二级指标", "三级指标", "指标值"]] + rows
    if as_pdf:
        p = pk.pdf(rel, "performance_form")
        p.para(f"附件{annex}", indent=False)
        p.title(title, 14)
        p.title("（2023年度）", 11)
        p.table(head, [1.2, 2.6, 1.2, 2.6], 9)
        p.table(ind, [1, 1.4, 3.2, 1.6], 9)
        p.save()
    else:
        pk.docx(rel, "performance_form", None,
                [("p", f"附件{annex}"), ("c", title), ("c", "（2023年度）"), ("t", head), ("t", ind)])


def wan(v_yuan: float) -> float:
    return round(v_yuan / 10000, 6)
