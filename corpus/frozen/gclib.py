"""Rendering helpers for the frozen blind packets (PDF, DOCX, scans, invoices).

Deterministic: fixed seeds, reportlab invariant mode, fixed DOCX core properties.
"""
from __future__ import annotations

import datetime as _dt
import random
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.pdfgen import canvas as rl_canvas

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))

# --------------------------------------------------------------------------- USCC
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(body8: str) -> str:
    """GB 11714 organisation code: 8 chars + check char."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    c = 11 - sum(a * b for a, b in zip(vals, w)) % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(prefix2: str, region6: str, org8: str) -> str:
    """GB 32100-2015 unified social credit code with valid check digits."""
    body = prefix2 + region6 + org_code(org8)
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(body, USCC_W))
    c = 31 - s % 31
    return body + USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code: str) -> bool:
    if len(code) != 18:
        return False
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(code[:17], USCC_W))
    c = 31 - s % 31
    return code[17] == USCC_CHARS[0 if c == 31 else c]


# --------------------------------------------------------------------------- money
def D(x) -> Decimal:
    return Decimal(str(x))


def yuan(x) -> str:
    return f"{D(x).quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"


def wan(x) -> str:
    return f"{D(x).quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"


_DIG = "零壹贰叁肆伍陆柒捌玖"
def daxie(amount):
    a = Decimal(str(amount)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    n = int(a * 100)
    y, rem = divmod(n, 100)
    jiao, fen = divmod(rem, 10)
    units = ["", "拾", "佰", "仟", "万", "拾", "佰", "仟", "亿", "拾", "佰", "仟"]
    s = ""
    if y:
        ds = str(y)
        L = len(ds)
        zero = False
        for i, ch in enumerate(ds):
            pos = L - 1 - i
            d = int(ch)
            if d == 0:
                zero = True
                if pos in (4, 8):
                    # section marker: add 万/亿 if the section has non-zero digits
                    sec = ds[max(0, i - 3):i + 1]
                    if int(sec) and not (pos == 4 and s.endswith("亿")):
                        s += units[pos]
                continue
            if zero and s:
                s += "零"
            zero = False
            s += _DIG[d] + units[pos]
        s += "元"
    if jiao == 0 and fen == 0:
        return (s or "零元") + "整"
    if jiao:
        s += _DIG[jiao] + "角"
    elif y:
        s += "零"
    if fen:
        s += _DIG[fen] + "分"
    else:
        s += "整"
    return s


def cn_date(d: str) -> str:
    y, m, dd = d.split("-")
    return f"{int(y)}年{int(m)}月{int(dd)}日"


_CN_NUM = "〇一二三四五六七八九"


def cn_date_upper(d: str) -> str:
    y, m, dd = (int(x) for x in d.split("-"))

    def small(n):
        if n < 10:
            return _CN_NUM[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + _CN_NUM[n % 10]
        return _CN_NUM[n // 10] + "十" + (_CN_NUM[n % 10] if n % 10 else "")
    return "".join(_CN_NUM[int(c)] for c in str(y)) + "年" + small(m) + "月" + small(dd) + "日"


# --------------------------------------------------------------------------- PDF
def _styles(font):
    base = ParagraphStyle("b", fontName=font, fontSize=11, leading=18, wordWrap="CJK", firstLineIndent=22)
    return {
        "p": base,
        "pn": ParagraphStyle("pn", parent=base, firstLineIndent=0),
        "h": ParagraphStyle("h", parent=base, fontSize=16, leading=24, alignment=TA_CENTER, firstLineIndent=0,
                            spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12.5, leading=20, firstLineIndent=0, spaceBefore=4),
        "c": ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0),
        "r": ParagraphStyle("r", parent=base, alignment=TA_RIGHT, firstLineIndent=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=13, firstLineIndent=0),
    }


def pdf(path: Path, items, font="WQY", header=None, footer_pages=True):
    """items: list of (kind, payload). kinds: h, h2, p, pn, c, r, sp, br, t (rows, colwidths_mm)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    st = _styles(font)
    story = []
    for it in items:
        k = it[0]
        if k == "sp":
            story.append(Spacer(1, it[1] if len(it) > 1 else 10))
        elif k == "br":
            story.append(PageBreak())
        elif k == "t":
            rows = it[1]
            widths = [w * mm for w in it[2]] if len(it) > 2 and it[2] else None
            data = [[Paragraph(str(c), st["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(it[1], st[k]))

    def on_page(c, doc):
        c.saveState()
        c.setFont(font, 9)
        if header:
            c.drawString(20 * mm, A4[1] - 14 * mm, header)
        if footer_pages:
            c.drawCentredString(A4[0] / 2, 12 * mm, f"- {doc.page} -")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, invariant=1, title="", author="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# --------------------------------------------------------------------------- DOCX
FIXED_DT = _dt.datetime(2022, 11, 1, 9, 0, 0)


def docx(path: Path, items):
    """items: (kind, payload): h, p, t (rows) , pb (page break)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    stl = d.styles["Normal"]
    stl.font.name = "宋体"
    stl.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    stl.font.size = Pt(11)
    for it in items:
        k = it[0]
        if k == "h":
            p = d.add_paragraph()
            r = p.add_run(it[1])
            r.bold = True
            r.font.size = Pt(16)
            p.alignment = 1
        elif k == "p":
            d.add_paragraph(it[1])
        elif k == "t":
            rows = it[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    t.cell(i, j).text = str(r[j]) if j < len(r) else ""
                # horizontal merges for rows given shorter than table: merge last cell to end
                if len(r) < ncol:
                    t.cell(i, len(r) - 1).merge(t.cell(i, ncol - 1))
                    t.cell(i, len(r) - 1).text = str(r[-1])
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path):
    """Rewrite a DOCX with fixed zip entry times so the output is byte-identical across runs."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2022, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# --------------------------------------------------------------------------- scans
def scan_image(lines, seed=0, stamp=None, size=(1240, 1754), rotate=0.6, title_idx=(0,)):
    """Render lines of text like a scanned page. lines: list of str or (str, fontsize, align)."""
    rnd = random.Random(seed)
    img = Image.new("L", size, 246)
    dr = ImageDraw.Draw(img)
    y = 130
    for ln in lines:
        if isinstance(ln, tuple):
            text, fs, align = ln
        else:
            text, fs, align = ln, 30, "l"
        f = ImageFont.truetype(WQY, fs)
        w = dr.textlength(text, font=f)
        x = (size[0] - w) / 2 if align == "c" else (size[0] - 140 - w if align == "r" else 120)
        dr.text((x, y), text, font=f, fill=22)
        y += int(fs * 1.75)
    # speckle noise
    for _ in range(1800):
        dr.point((rnd.randrange(size[0]), rnd.randrange(size[1])), fill=rnd.randrange(120, 200))
    rgb = img.convert("RGB")
    if stamp:
        cx, cy, text = stamp
        sd = ImageDraw.Draw(rgb, "RGBA")
        r = 150
        sd.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(205, 40, 40, 170), width=8)
        sf = ImageFont.truetype(WQY, 28)
        sd.text((cx - sd.textlength(text, font=sf) / 2, cy - 14), text, font=sf, fill=(205, 40, 40, 170))
        star = ImageFont.truetype(WQY, 60)
        sd.text((cx - 30, cy - 95), "★", font=star, fill=(205, 40, 40, 170))
    rgb = rgb.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=(246, 246, 246))
    rgb = rgb.filter(ImageFilter.GaussianBlur(0.6))
    return rgb


def scan_pdf(path: Path, pages):
    path.parent.mkdir(parents=True, exist_ok=True)
    imgs = [p.convert("RGB") for p in pages]
    imgs[0].save(str(path), "PDF", resolution=150.0, save_all=True, append_images=imgs[1:],
                 creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())


def scan_jpg(path: Path, img):
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), "JPEG", quality=82)


# --------------------------------------------------------------------------- invoices
def invoice_pdf(path: Path, inv: dict, font="WQY"):
    """VAT invoice in the layout of a printed 增值税专用发票 / 普通发票 / 数电票.

    inv: code, number, date (ISO), kind (专用/普通/数电), buyer{name,id,addr,bank}, seller{...},
    items: [(name, spec, unit, qty, amount_excl, rate)]
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=(240 * mm, 140 * mm), invariant=1)
    W, H = 240 * mm, 140 * mm
    c.setFont(font, 16)
    kind = inv.get("kind", "专用")
    if kind == "数电":
        title = "电子发票（增值税专用发票）"
    elif kind == "普通":
        title = "江苏增值税电子普通发票"
    else:
        title = "江苏增值税专用发票"
    c.drawCentredString(W / 2, H - 14 * mm, title)
    c.setFont(font, 9)
    if kind == "数电":
        c.drawString(160 * mm, H - 12 * mm, f"发票号码：{inv['number']}")
        c.drawString(160 * mm, H - 17 * mm, f"开票日期：{cn_date_pad(inv['date'])}")
    else:
        c.drawString(12 * mm, H - 10 * mm, f"机器编号：{inv.get('machine', '661234987012')}")
        c.drawString(165 * mm, H - 10 * mm, f"发票代码：{inv['code']}")
        c.drawString(165 * mm, H - 15 * mm, f"发票号码：{inv['number']}")
        c.drawString(165 * mm, H - 20 * mm, f"开票日期：{cn_date_pad(inv['date'])}")
        c.drawCentredString(W / 2, H - 20 * mm, "发票联" if kind == "专用" else "")
    top = H - 26 * mm
    c.rect(10 * mm, 18 * mm, W - 20 * mm, top - 18 * mm)
    b = inv["buyer"]
    y = top - 6 * mm
    c.drawString(12 * mm, y + 1 * mm, "购")
    c.drawString(12 * mm, y - 5 * mm, "买")
    c.drawString(12 * mm, y - 11 * mm, "方")
    for lab, val in (("名        称：", b["name"]), ("纳税人识别号：", b["id"]),
                     ("地 址、电 话：", b.get("addr", "")), ("开户行及账号：", b.get("bank", ""))):
        c.drawString(20 * mm, y, lab + val)
        y -= 5 * mm
    c.line(10 * mm, y + 2 * mm, W - 10 * mm, y + 2 * mm)
    y -= 3 * mm
    cols = [12, 70, 100, 115, 128, 150, 178, 195]
    heads = ["货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"]
    for x, h in zip(cols, heads):
        c.drawString(x * mm, y, h)
    y -= 5 * mm
    tot_amt = D(0)
    tot_tax = D(0)
    for name, spec, unit, qty, amt, rate in inv["items"]:
        amt = D(amt)
        tax = (amt * D(rate) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        price = (amt / D(qty)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        vals = [name, spec, unit, str(qty), f"{price:.2f}", f"{amt:.2f}", f"{rate}%", f"{tax:.2f}"]
        for x, v in zip(cols, vals):
            c.drawString(x * mm, y, v)
        tot_amt += amt
        tot_tax += tax
        y -= 5 * mm
    y -= 2 * mm
    c.drawString(12 * mm, y, "合        计")
    c.drawString(150 * mm, y, f"¥{tot_amt:.2f}")
    c.drawString(195 * mm, y, f"¥{tot_tax:.2f}")
    y -= 6 * mm
    total = tot_amt + tot_tax
    c.drawString(12 * mm, y, f"价税合计（大写）    {daxie(total)}")
    c.drawString(165 * mm, y, f"（小写）¥{total:.2f}")
    y -= 3 * mm
    c.line(10 * mm, y, W - 10 * mm, y)
    y -= 5 * mm
    s = inv["seller"]
    c.drawString(12 * mm, y + 1 * mm, "销")
    c.drawString(12 * mm, y - 5 * mm, "售")
    c.drawString(12 * mm, y - 11 * mm, "方")
    for lab, val in (("名        称：", s["name"]), ("纳税人识别号：", s["id"]),
                     ("地 址、电 话：", s.get("addr", "")), ("开户行及账号：", s.get("bank", ""))):
        c.drawString(20 * mm, y, lab + val)
        y -= 5 * mm
    c.drawString(150 * mm, 30 * mm, "备注：" + inv.get("note", ""))
    c.drawString(12 * mm, 12 * mm, f"收款人：{inv.get('payee', '王丽')}    复核：{inv.get('checker', '赵敏')}    "
                                   f"开票人：{inv.get('drawer', '孙倩')}    销售方：（章）")
    c.showPage()
    c.save()
    return tot_amt, tot_tax


def cn_date_pad(d):
    y, m, dd = d.split("-")
    return f"{y}年{m}月{dd}日"


def bank_receipt_pdf(path: Path, r: dict, font="STSong-Light"):
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=(210 * mm, 99 * mm), invariant=1)
    W, H = 210 * mm, 99 * mm
    c.setFont(font, 14)
    c.drawCentredString(W / 2, H - 12 * mm, f"{r['bank']}  业务回单（付款）")
    c.setFont(font, 9.5)
    lines = [
        f"回单编号：{r['no']}                          交易日期：{cn_date_pad(r['date'])}",
        f"付款人户名：{r['payer']}",
        f"付款人账号：{r['payer_acct']}        开户行：{r['payer_bank']}",
        f"收款人户名：{r['payee']}",
        f"收款人账号：{r['payee_acct']}",
        f"金额（小写）：CNY {yuan(r['amount'])}",
        f"金额（大写）：人民币{daxie(r['amount'])}",
        f"用途：{r['purpose']}        摘要：{r.get('memo', '货款')}",
        "本回单仅作为付款凭证，不作为收款方发货依据。",
    ]
    y = H - 22 * mm
    for ln in lines:
        c.drawString(14 * mm, y, ln)
        y -= 7 * mm
    c.showPage()
    c.save()
