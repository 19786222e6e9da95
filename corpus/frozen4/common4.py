"""Shared pieces for the frozen4 packets: a packet writer that records each file's kind, and the
paper types most packets carry (申报表, 推荐函, 营业执照, 说明). Layout and wording are this set's own."""
from __future__ import annotations

import json
from pathlib import Path

from lib4 import (Pdf, check_uscc, cn_date, cn_upper_date, docx_file, image_pdf, photo, save_jpeg, save_png,
                  scan_page, sideways, yuan)


class Packet:
    def __init__(self, root: Path, pid: str, category: str, given: bool):
        self.pid = pid
        self.dir = root / "packets" / pid
        self.category = category
        self.given = given
        self.docs: dict[str, str] = {}

    def path(self, rel: str, kind: str) -> Path:
        self.docs[rel] = kind
        p = self.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def pdf(self, rel, kind, header=None, footer=False) -> Pdf:
        return Pdf(self.path(rel, kind), header=header, footer_pages=footer)

    def docx(self, rel, kind, title, blocks):
        docx_file(self.path(rel, kind), title, blocks)

    def expected(self, root: Path, outcome, figures, subsidy, reasons, notes):
        for k in ("applicant_uscc",):
            if k in figures:
                assert check_uscc(figures[k]), figures[k]
        assert (subsidy is None) == (outcome != "eligible")
        data = {"id": self.pid, "category": self.category,
                "given_category": self.category if self.given else None,
                "outcome": outcome, "figures": figures, "max_subsidy_wan": subsidy,
                "reasons": reasons, "notes": notes,
                "documents": dict(sorted(self.docs.items()))}
        out = root / "expected" / f"{self.pid}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def recommend_letter(pk: Packet, rel, *, unit, applicant, project, category_cn, date, extra=""):
    p = pk.pdf(rel, "other")
    p.title(f"{unit}", 15)
    p.title("关于推荐2023年度省工业和信息产业转型升级专项资金入库项目的函", 13)
    p.para("江苏省工业和信息化厅：", indent=False)
    p.para(f"根据《2023年度江苏省工业和信息产业转型升级专项资金入库项目征集指南》要求，经企业申报、"
           f"我局审核，现推荐{applicant}“{project}”申报{category_cn}。{extra}"
           "我局对申报材料的真实性进行了审核，材料内容真实有效。")
    p.para("特此推荐。")
    p.gap(30)
    p.para(unit, indent=False, align="right")
    p.para(cn_date(date), indent=False, align="right")
    p.seal(unit, x=p.right - 70, y=p.y + 30)
    p.save()


def exemption_letter(pk: Packet, rel, *, unit, applicant, project, what, why, date):
    p = pk.pdf(rel, "procedure_exemption")
    p.title("情况说明", 16)
    p.para(f"{applicant}申报的“{project}”，{why}根据有关规定，该项目无需办理{what}手续。")
    p.para("特此说明。")
    p.gap(24)
    p.para(unit, indent=False, align="right")
    p.para(cn_date(date), indent=False, align="right")
    p.seal(unit, x=p.right - 70, y=p.y + 30)
    p.save()


def license_image(*, name, code, kind, rep, capital, founded, address, scope, term, issuer, seed, issue_date):
    lines = [("营 业 执 照", 64, "center"), ("（副    本）", 30, "center"), "",
             (f"统一社会信用代码  {code}", 28, "left"), "",
             (f"名        称  {name}", 28, "left"),
             (f"类        型  {kind}", 28, "left"),
             (f"法定代表人  {rep}", 28, "left"),
             (f"经 营 范 围  {scope}", 26, "left"),
             (f"注 册 资 本  {capital}", 28, "left"),
             (f"成 立 日 期  {cn_date(founded)}", 28, "left"),
             (f"营 业 期 限  {term}", 28, "left"),
             (f"住        所  {address}", 28, "left"), "", "",
             (f"登记机关  {issuer}", 28, "right"),
             (cn_date(issue_date), 28, "right")]
    return scan_page(lines, seed, seal=issuer, border=True)


def app_form_docx(pk: Packet, rel, *, title="江苏省工业和信息产业转型升级专项资金入库项目申报表", rows, tail=None):
    blocks = [("r", "（2023年度）"), ("t", rows)]
    if tail:
        blocks += [("p", t) for t in tail]
    pk.docx(rel, "application_form", title, blocks)


def perf_form(pk: Packet, rel, *, annex, title, head, rows, as_pdf=False):
    """head: (项目名称, 推荐单位, 承担单位, 开始, 结束, 总体目标); rows: indicator rows."""
    name, rec, app, start, end, goal = head
    table = [["项目名称", name, "", ""],
             ["项目推荐单位", rec, "项目承担单位", app],
             ["项目开始时间", start, "项目结束时间", end],
             ["总体目标", goal]]
    ind = [["一级指标", "二级指标", "三级指标", "指标值"]] + rows
    if as_pdf:
        p = pk.pdf(rel, "performance_form")
        p.para(f"附件 {annex}", indent=False)
        p.title(title, 14)
        p.title("（2023年度）", 11)
        p.table([[r[0], r[1], r[2] if len(r) > 2 else "", r[3] if len(r) > 3 else ""] for r in table[:3]]
                + [["总体目标", goal, "", ""]], [1.2, 2.6, 1.2, 2.6], 9)
        p.table(ind, [1, 1.4, 3.2, 1.6], 9)
        p.save()
    else:
        pk.docx(rel, "performance_form", None,
                [("p", f"附件{annex}"), ("c", title), ("c", "（2023年度）"), ("t", table), ("t", ind)])
