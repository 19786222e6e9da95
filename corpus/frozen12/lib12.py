"""Rendering helpers for the frozen12 blind packets: frozen11/lib11.py copied as a toolkit (PDF, DOCX, scans, invoices,
receipts, photos, XML/OFD 数电票, zips), plus (at the end) frozen12 additions: Excel workbooks written as applicants save
them (merged title row, 单位 line, header, items, 合计 as a plain number; several sheets), an OFD 数电票 whose labels sit on
a template layer and values on the page (no amounts in CustomDatas), 2-up scans (two A4 pages on one landscape sheet),
JPEG photos saved under a .pdf name, DOCX whose key table is nested in a layout table or sits in a text box, and
full-width digits. Deterministic."""
from __future__ import annotations

import datetime as _dt
import io
import random
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
TTF = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------- codes and numbers
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(base8: str) -> str:
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * wi for c, wi in zip(base8, w))
    c = 11 - s % 11
    return base8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(region6: str, base8: str, head: str = "91") -> str:
    body = head + region6 + org_code(base8)
    s = sum(_USCC_CHARS.index(ch) * w for ch, w in zip(body, _USCC_W))
    c = 31 - s % 31
    return body + _USCC_CHARS[0 if c == 31 else c]


def check_uscc(code: str) -> bool:
    s = sum(_USCC_CHARS.index(ch) * w for ch, w in zip(code[:17], _USCC_W))
    c = 31 - s % 31
    return code[17] == _USCC_CHARS[0 if c == 31 else c]


_D = "零壹贰叁肆伍陆柒捌玖"


def daxie(yuan: float) -> str:
    fen_total = int(round(yuan * 100))
    integer, frac = divmod(fen_total, 100)
    jiao, fen = divmod(frac, 10)
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    s = ""
    groups = []
    n = integer
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    zero_pending = False
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            zero_pending = True
            continue
        gs = ""
        digits = [(g // 10 ** k) % 10 for k in range(3, -1, -1)]
        started = False
        z = False
        for k, d in enumerate(digits):
            if d == 0:
                if started:
                    z = True
                continue
            if (z or (zero_pending and out)) or (not started and out and k > 0):
                gs += "零"
            z = False
            zero_pending = False
            gs += _D[d] + units[3 - k]
            started = True
        out += gs + big[gi]
        zero_pending = digits[-1] == 0
    s = (out or "零") + "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += _D[jiao] + "角"
    elif integer:
        s += "零"
    if fen:
        s += _D[fen] + "分"
    return s


def yuan(v: float) -> str:
    return f"{v:,.2f}"


def cn_date(d: str) -> str:
    y, m, dd = d.split("-")
    return f"{int(y)}年{int(m)}月{int(dd)}日"


_CN = "〇一二三四五六七八九"


def cn_upper_date(d: str) -> str:
    y, m, dd = (int(x) for x in d.split("-"))

    def num(n):
        if n < 10:
            return _CN[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + _CN[n % 10]
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    return "".join(_CN[int(c)] for c in str(y)) + "年" + num(m) + "月" + num(dd) + "日"


# ---------------------------------------------------------------- PDF
import re as _re


def tokens(text):
    """Wrap units: runs of digits/latin/punctuation inside numbers stay together, CJK per character."""
    return _re.findall(r"[0-9A-Za-z¥][0-9A-Za-z,.%¥\-/]*[0-9A-Za-z%]|[0-9A-Za-z]|\n|.", text)
class Pdf:
    W, H = A4

    def __init__(self, path: Path, header: str | None = None, footer_pages: bool = False):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle("")
        self.c.setAuthor("")
        self.c.setCreator("")
        self.header = header
        self.footer_pages = footer_pages
        self.page = 1
        self.left, self.right = 70, self.W - 70
        self._start()

    def _start(self):
        self.y = self.H - 70
        if self.header:
            self.c.setFont(FONT, 9)
            self.c.drawString(self.left, self.H - 45, self.header)
            self.c.line(self.left, self.H - 50, self.right, self.H - 50)
        if self.footer_pages:
            self.c.setFont(FONT, 9)
            self.c.drawCentredString(self.W / 2, 35, f"第 {self.page} 页")

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self._start()

    def _need(self, h):
        if self.y - h < 60:
            self.new_page()

    def title(self, text, size=16, gap=10):
        self._need(size + gap)
        self.c.setFont(FONT, size)
        self.c.drawCentredString(self.W / 2, self.y - size, text)
        self.y -= size + gap

    def para(self, text, size=11, indent=True, lead=1.6, align="left"):
        width = self.right - self.left
        lines = []
        cur = "\u3000\u3000" if indent else ""
        for ch in tokens(text):
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        for ln in lines:
            self._need(size * lead)
            self.c.setFont(FONT, size)
            if align == "right":
                self.c.drawRightString(self.right, self.y - size, ln)
            elif align == "center":
                self.c.drawCentredString(self.W / 2, self.y - size, ln)
            else:
                self.c.drawString(self.left, self.y - size, ln)
            self.y -= size * lead

    def gap(self, h=8):
        self.y -= h

    def table(self, rows, widths, size=10, row_h=None):
        total = sum(widths)
        scale = (self.right - self.left) / total
        ws = [w * scale for w in widths]
        for row in rows:
            # wrap each cell
            cells = []
            for w, txt in zip(ws, row):
                lines, cur = [], ""
                for ch in tokens(str(txt)):
                    if ch == "\n":
                        lines.append(cur)
                        cur = ""
                        continue
                    if pdfmetrics.stringWidth(cur + ch, FONT, size) > w - 6:
                        lines.append(cur)
                        cur = ch
                    else:
                        cur += ch
                lines.append(cur)
                cells.append(lines)
            h = row_h or (max(len(l) for l in cells) * size * 1.35 + 6)
            self._need(h)
            x = self.left
            for w, lines in zip(ws, cells):
                self.c.rect(x, self.y - h, w, h)
                self.c.setFont(FONT, size)
                yy = self.y - 3 - size
                for ln in lines:
                    self.c.drawString(x + 3, yy, ln)
                    yy -= size * 1.35
                x += w
            self.y -= h
        self.y -= 6

    def seal(self, text, x=None, y=None, r=42):
        x = x if x is not None else self.right - 90
        y = y if y is not None else self.y + 30
        self.c.saveState()
        self.c.setStrokeColorRGB(0.85, 0.1, 0.1)
        self.c.setFillColorRGB(0.85, 0.1, 0.1)
        self.c.setLineWidth(2)
        self.c.circle(x, y, r)
        self.c.setFont(FONT, 7)
        self.c.drawCentredString(x, y - 3, text[:14])
        self.c.drawCentredString(x, y + 10, "★")
        self.c.restoreState()

    def save(self):
        self.c.save()


def image_pdf(path: Path, images: list[Image.Image]):
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("")
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=82)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- DOCX
FIXED = _dt.datetime(2022, 11, 1, 9, 0, 0)


def docx_file(path: Path, title: str | None, blocks: list):
    """blocks: ('p', text) | ('h', text) | ('t', rows) | ('r', text right)"""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(11)
    if title:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(16)
    for b in blocks:
        kind = b[0]
        if kind == "p":
            d.add_paragraph(b[1])
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif kind == "c":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "r":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "t":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                if len(row) < ncol:  # merged label row
                    cells = t.rows[i].cells
                    merged = cells[len(row) - 1].merge(cells[ncol - 1])
                    for j, v in enumerate(row[:-1]):
                        cells[j].text = str(v)
                    merged.text = str(row[-1])
                else:
                    for j, v in enumerate(row):
                        t.rows[i].cells[j].text = str(v)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2022, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- scans
def scan_page(lines: list, seed: int, seal: str | None = None, seal_at=None, landscape=False,
              border=False) -> Image.Image:
    """lines: list of (text, size, align) or str. Returns a noisy, slightly skewed page image."""
    rnd = random.Random(seed)
    W, H = (1754, 1240) if landscape else (1240, 1754)
    im = Image.new("RGB", (W, H), (250, 249, 244))
    dr = ImageDraw.Draw(im)
    if border:
        dr.rectangle([50, 50, W - 50, H - 50], outline=(150, 110, 40), width=8)
        dr.rectangle([70, 70, W - 70, H - 70], outline=(150, 110, 40), width=3)
    y = 150
    margin = 130
    for item in lines:
        if isinstance(item, str):
            item = (item, 30, "left")
        text, size, align = item
        font = ImageFont.truetype(TTF, size)
        # wrap
        wrapped, cur = [], ""
        for ch in tokens(text):
            if font.getlength(cur + ch) > W - 2 * margin:
                wrapped.append(cur)
                cur = ch
            else:
                cur += ch
        wrapped.append(cur)
        for ln in wrapped:
            tw = font.getlength(ln)
            x = (W - tw) / 2 if align == "center" else (W - margin - tw if align == "right" else margin)
            dr.text((x, y), ln, font=font, fill=(25, 25, 30))
            y += int(size * 1.65)
    if seal:
        cx, cy = seal_at or (W - 330, y - 60)
        r = 120
        dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(205, 35, 35), width=7)
        f = ImageFont.truetype(TTF, 26)
        tw = f.getlength(seal)
        if tw > 2 * r - 30:
            f = ImageFont.truetype(TTF, int(26 * (2 * r - 30) / tw))
            tw = f.getlength(seal)
        dr.text((cx - tw / 2, cy + 30), seal, font=f, fill=(205, 35, 35))
        fs = ImageFont.truetype(TTF, 60)
        dr.text((cx - 30, cy - 55), "★", font=fs, fill=(205, 35, 35))
    for _ in range(2500):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        g = rnd.randrange(90, 200)
        dr.point((x, yy), fill=(g, g, g))
    im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=(245, 245, 240))
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    return im


def save_jpeg(path: Path, im: Image.Image):
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "JPEG", quality=85)


# ---------------------------------------------------------------- invoices, receipts
def invoice_pdf(path: Path, *, code: str | None, number: str, date: str, buyer: tuple, seller: tuple,
                items: list, remark: str = "", electronic=False):
    """buyer/seller: (name, tax_id, addr_tel, bank). items: (name, spec, unit, qty, amount_excl, rate)."""
    p = Pdf(path)
    c = p.c
    c.setFont(FONT, 18)
    title = "电子发票（增值税专用发票）" if electronic else "江苏增值税专用发票"
    c.drawCentredString(p.W / 2, p.H - 70, title)
    c.setFont(FONT, 10)
    y = p.H - 100
    if not electronic:
        c.drawString(70, y, "发票联")
        c.drawString(260, y, "国家税务总局监制")
        y -= 16
        c.drawString(360, y, f"发票代码：{code}")
        y -= 16
    c.drawString(360, y, f"发票号码：{number}")
    y -= 16
    c.drawString(360, y, f"开票日期：{date[:4]}年{date[5:7]}月{date[8:10]}日")
    y -= 26
    c.drawString(70, y, "购买方信息")
    y -= 16
    for lab, v in zip(["名称：", "统一社会信用代码/纳税人识别号：", "地址、电话：", "开户行及账号："], buyer):
        c.drawString(90, y, lab + v)
        y -= 15
    y -= 10
    c.drawString(70, y, "项目名称 规格型号 单位 数量 单价 金额 税率 税额")
    y -= 16
    tot, ttax = 0.0, 0.0
    for name, spec, unit, qty, amt, rate in items:
        tax = round(amt * rate, 2)
        tot += amt
        ttax += tax
        c.drawString(70, y, f"{name} {spec} {unit} {qty} {amt / qty:.2f} {amt:.2f} {int(rate * 100)}% {tax:.2f}")
        y -= 15
    tot, ttax = round(tot, 2), round(ttax, 2)
    y -= 6
    c.drawString(70, y, f"合 计 ¥{tot:.2f} ¥{ttax:.2f}")
    y -= 16
    c.drawString(70, y, f"价税合计（大写） {daxie(tot + ttax)} （小写） ¥{tot + ttax:.2f}")
    y -= 26
    c.drawString(70, y, "销售方信息")
    y -= 16
    for lab, v in zip(["名称：", "统一社会信用代码/纳税人识别号：", "地址、电话：", "开户行及账号："], seller):
        c.drawString(90, y, lab + v)
        y -= 15
    y -= 8
    c.drawString(70, y, f"备注：{remark}")
    y -= 20
    c.drawString(70, y, "收款人：周敏 复核：许岚 开票人：顾婷 销售方：（章）")
    p.seal(seller[0] + " 发票专用章", x=450, y=y - 10, r=36)
    p.save()
    return round(tot, 2), round(ttax, 2)


def receipt_pdf(path: Path, *, bank: str, no: str, date: str, payer: tuple, payee: tuple, amount: float,
                memo: str, time_: str = "10:21:07"):
    p = Pdf(path)
    p.title(f"{bank}客户回单", 15)
    p.para(f"回单编号：{no}    记账日期：{date}", 10, indent=False)
    p.table([
        ["付款人户名", payer[0], "收款人户名", payee[0]],
        ["付款人账号", payer[1], "收款人账号", payee[1]],
        ["付款人开户行", payer[2], "收款人开户行", payee[2]],
        ["金额（小写）", f"¥{yuan(amount)}", "金额（大写）", "人民币" + daxie(amount)],
        ["摘要", memo, "交易时间", f"{date} {time_}"],
    ], [1.1, 2, 1.1, 2], 9)
    p.para("本回单为电子回单，可通过网上银行验证真伪，重复打印无效。", 9, indent=False)
    p.seal(bank + " 电子回单专用章", y=p.y - 20, r=36)
    p.save()


# ---------------------------------------------------------------- frozen3 additions
def photo(im: Image.Image, seed: int, angle: float = 1.6) -> Image.Image:
    """A phone photo of a page: the page on a darker desk, more skew, uneven light."""
    rnd = random.Random(seed)
    W, H = im.size
    bg = Image.new("RGB", (W + 160, H + 200), (96, 88, 80))
    bg.paste(im, (80 + rnd.randrange(-20, 20), 100 + rnd.randrange(-20, 20)))
    bg = bg.rotate(rnd.choice([-1, 1]) * angle, resample=Image.BICUBIC, fillcolor=(90, 84, 76))
    # light gradient
    grad = Image.new("L", bg.size, 0)
    gd = ImageDraw.Draw(grad)
    for x in range(0, bg.size[0], 8):
        gd.rectangle([x, 0, x + 8, bg.size[1]], fill=int(28 * x / bg.size[0]))
    dark = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(dark, bg, grad)
    return bg.filter(ImageFilter.GaussianBlur(0.6))


def einvoice_pdf(path: Path, *, number: str, date: str, buyer: tuple, seller: tuple, items: list,
                 remark: str = "", issuer: str = "吴佳"):
    """全面数字化的电子发票（数电票）: 20-digit number, no code, table layout."""
    p = Pdf(path)
    c = p.c
    c.setFont(FONT, 17)
    c.drawCentredString(p.W / 2, p.H - 66, "电子发票（增值税专用发票）")
    c.setFont(FONT, 9.5)
    c.drawString(380, p.H - 92, f"发票号码：{number}")
    c.drawString(380, p.H - 106, f"开票日期：{date[:4]}年{date[5:7]}月{date[8:10]}日")
    p.y = p.H - 122
    p.table([["购买方信息", f"名称：{buyer[0]}\n统一社会信用代码/纳税人识别号：{buyer[1]}",
              "销售方信息", f"名称：{seller[0]}\n统一社会信用代码/纳税人识别号：{seller[1]}"]],
            [0.6, 3, 0.6, 3], 8.5)
    rows = [["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]]
    tot = ttax = 0.0
    for name, spec, unit, qty, amt, rate in items:
        tax = round(amt * rate, 2)
        tot += amt
        ttax += tax
        rows.append([name, spec, unit, str(qty), f"{amt / qty:.2f}", f"{amt:.2f}", f"{int(round(rate * 100))}%", f"{tax:.2f}"])
    tot, ttax = round(tot, 2), round(ttax, 2)
    rows.append(["合计", "", "", "", "", f"¥{tot:.2f}", "", f"¥{ttax:.2f}"])
    p.table(rows, [2.6, 1.2, 0.6, 0.6, 1.1, 1.3, 0.9, 1.1], 8.5)
    p.table([["价税合计（大写）", daxie(tot + ttax), "（小写）", f"¥{tot + ttax:.2f}"]], [1.4, 3.2, 0.8, 1.4], 9)
    p.table([["备注", remark or " "]], [0.8, 6], 9)
    p.para(f"开票人：{issuer}", 9, indent=False)
    p.save()
    return tot, ttax


# ---------------------------------------------------------------- frozen4 additions
def save_png(path: Path, im: Image.Image):
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "PNG", optimize=False)


def sideways(im: Image.Image, clockwise=True) -> Image.Image:
    """A page photographed/scanned sideways (90 degrees)."""
    return im.transpose(Image.ROTATE_270 if clockwise else Image.ROTATE_90)


def boxed_invoice_pdf(path: Path, *, code: str, number: str, date: str, buyer: tuple, seller: tuple,
                      items: list, remark: str = "", province="江苏", check="", machine="661616319437"):
    """Paper 增值税专用发票 (抵扣联 copy) in the ruled grid layout; amounts per line, 合计 and 价税合计."""
    p = Pdf(path)
    c = p.c
    c.setFont(FONT, 8)
    c.drawString(70, p.H - 48, f"{code}")
    c.drawString(p.W - 170, p.H - 48, f"No {number}")
    c.setFont(FONT, 17)
    c.drawCentredString(p.W / 2, p.H - 70, f"{province}增值税专用发票")
    c.setFont(FONT, 9)
    c.drawCentredString(p.W / 2, p.H - 86, "抵 扣 联")
    c.drawString(p.W - 200, p.H - 100, f"开票日期：{date[:4]}年{date[5:7]}月{date[8:10]}日")
    c.drawString(70, p.H - 100, f"机器编号：{machine}")
    p.y = p.H - 108
    p.table([["购\n买\n方", f"名    称：{buyer[0]}\n纳税人识别号：{buyer[1]}\n地址、电话：{buyer[2]}\n开户行及账号：{buyer[3]}",
              "密\n码\n区", "03*<8+1>6/45>7<*81+-2>90<<3\n/*<<67+9-50>5*1/4<6-1+0>>2\n91-3*<+<0572>/8+85>3*<-6/\n<4+01>*-71>>5/-02+3*<9+46"]],
            [0.35, 4.2, 0.35, 3.2], 8.5)
    rows = [["货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"]]
    tot = ttax = 0.0
    for name, spec, unit, qty, amt, rate in items:
        tax = round(amt * rate, 2)
        tot += amt
        ttax += tax
        rows.append([name, spec, unit, str(qty), f"{amt / qty:.2f}", f"{amt:.2f}", f"{int(round(rate * 100))}%", f"{tax:.2f}"])
    tot, ttax = round(tot, 2), round(ttax, 2)
    rows.append(["合    计", "", "", "", "", f"¥{tot:.2f}", "", f"¥{ttax:.2f}"])
    p.y += 6
    p.table(rows, [2.8, 1.1, 0.5, 0.6, 1.2, 1.3, 0.6, 1.1], 8)
    p.y += 6
    p.table([["价税合计（大写）", "ⓧ" + daxie(tot + ttax), "（小写）¥" + f"{tot + ttax:.2f}"]], [1.4, 4.2, 2.0], 9)
    p.y += 6
    p.table([["销\n售\n方", f"名    称：{seller[0]}\n纳税人识别号：{seller[1]}\n地址、电话：{seller[2]}\n开户行及账号：{seller[3]}",
              "备\n注", remark or " "]], [0.35, 4.2, 0.35, 3.2], 8.5)
    c.setFont(FONT, 9)
    c.drawString(70, p.y - 10, "收款人：陆芸      复核：钱晓峰      开票人：施雯      销售方：（章）")
    p.seal(seller[0] + " 发票专用章", x=p.W - 130, y=p.y - 45, r=34)
    p.save()
    return tot, ttax


# ---------------------------------------------------------------- frozen6 additions
def docx_rich(path: Path, title: str | None, blocks: list):
    """blocks: ('p', text) | ('h', text) | ('c', text) | ('r', text) |
    ('tm', rows, merges) where merges = [(r0, c0, r1, c1), ...] (inclusive); text of the top-left cell is kept."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    if title:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(15)
    for b in blocks:
        kind = b[0]
        if kind == "p":
            d.add_paragraph(b[1])
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif kind == "c":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "r":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "tm":
            rows, merges = b[1], b[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            covered = set()
            for (r0, c0, r1, c1) in merges:
                for rr in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (rr, cc) != (r0, c0):
                            covered.add((rr, cc))
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    if (i, j) in covered or v is None:
                        continue
                    t.cell(i, j).text = str(v)
            for (r0, c0, r1, c1) in merges:
                t.cell(r0, c0).merge(t.cell(r1, c1))
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2022, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- frozen7 additions
def _pdf_image_page(self, im: Image.Image, last: bool = False):
    """End the current page and put a scanned page (image only, no text layer) on the next one."""
    self.c.showPage()
    self.page += 1
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=82)
    buf.seek(0)
    self.c.drawImage(ImageReader(buf), 0, 0, width=self.W, height=self.H)
    if not last:
        self.c.showPage()
        self.page += 1
        self._start()


Pdf.image_page = _pdf_image_page


def _item_row(name, spec, unit, qty, amt, rate):
    tax = round(amt * rate, 2)
    if qty is None:  # discount line: no quantity, no unit price
        return [name, spec, unit, "", "", f"{amt:.2f}", f"{int(round(rate * 100))}%", f"{tax:.2f}"], amt, tax
    return [name, spec, unit, str(qty), f"{amt / qty:.2f}", f"{amt:.2f}", f"{int(round(rate * 100))}%", f"{tax:.2f}"], amt, tax


def boxed_invoice_page(p: "Pdf", *, code: str, number: str, date: str, buyer: tuple, seller: tuple, items: list,
                       remark: str = "", province="江苏", kind="专用", copy="发 票 联", machine="499112308815",
                       check=""):
    """One paper 增值税专用/普通发票 in the ruled grid layout drawn on the current page of p."""
    c = p.c
    c.setFont(FONT, 8)
    c.drawString(70, p.H - 48, f"{code}")
    c.drawString(p.W - 170, p.H - 48, f"No {number}")
    c.setFont(FONT, 17)
    c.drawCentredString(p.W / 2, p.H - 70, f"{province}增值税{kind}发票")
    c.setFont(FONT, 9)
    c.drawCentredString(p.W / 2, p.H - 86, copy)
    c.drawString(p.W - 200, p.H - 100, f"开票日期：{date[:4]}年{date[5:7]}月{date[8:10]}日")
    c.drawString(70, p.H - 100, f"机器编号：{machine}")
    if check:
        c.drawString(p.W - 200, p.H - 112, f"校 验 码：{check}")
    p.y = p.H - 118
    p.table([["购\n买\n方", f"名    称：{buyer[0]}\n纳税人识别号：{buyer[1]}\n地址、电话：{buyer[2]}\n开户行及账号：{buyer[3]}",
              "密\n码\n区", "<1*9>+03/6-27*<48>>+1/05-<\n9>*-/26+1<0483*<+>7-15/9\n*02<8/+3>-61*9<4>>0-27+\n>+5-<19/03*7<2+*86>-04"]],
            [0.35, 4.2, 0.35, 3.2], 8.5)
    rows = [["货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"]]
    tot = ttax = 0.0
    for it in items:
        row, amt, tax = _item_row(*it)
        rows.append(row)
        tot += amt
        ttax += tax
    tot, ttax = round(tot, 2), round(ttax, 2)
    rows.append(["合    计", "", "", "", "", f"¥{tot:.2f}", "", f"¥{ttax:.2f}"])
    p.y += 6
    p.table(rows, [2.8, 1.1, 0.5, 0.6, 1.2, 1.3, 0.6, 1.1], 8)
    p.y += 6
    p.table([["价税合计（大写）", "ⓧ" + daxie(tot + ttax), "（小写）¥" + f"{tot + ttax:.2f}"]], [1.4, 4.2, 2.0], 9)
    p.y += 6
    p.table([["销\n售\n方", f"名    称：{seller[0]}\n纳税人识别号：{seller[1]}\n地址、电话：{seller[2]}\n开户行及账号：{seller[3]}",
              "备\n注", remark or " "]], [0.35, 4.2, 0.35, 3.2], 8.5)
    c.setFont(FONT, 9)
    c.drawString(70, p.y - 10, "收款人：蒋雪      复核：任志刚      开票人：邵佳怡      销售方：（章）")
    p.seal(seller[0] + " 发票专用章", x=p.W - 130, y=p.y - 45, r=34)
    return tot, ttax


def multi_invoice_pdf(path: Path, invoices: list):
    """Several paper invoices scanned into one PDF, one per page (as applicants bind them)."""
    p = Pdf(path)
    out = []
    for i, inv in enumerate(invoices):
        if i:
            p.new_page()
        out.append(boxed_invoice_page(p, **inv))
    p.save()
    return out


def boxed_invoice2_pdf(path: Path, **kw):
    p = Pdf(path)
    r = boxed_invoice_page(p, **kw)
    p.save()
    return r


def einvoice2_pdf(path: Path, *, number: str, date: str, buyer: tuple, seller: tuple, items: list,
                  remark: str = "", issuer: str = "沈露", kind="增值税专用发票"):
    """数电票 (20-digit number) whose title says 专用 or 普通发票; items may hold a 折扣 line (qty None)."""
    p = Pdf(path)
    c = p.c
    c.setFont(FONT, 17)
    c.drawCentredString(p.W / 2, p.H - 66, f"电子发票（{kind}）")
    c.setFont(FONT, 9.5)
    c.drawString(380, p.H - 92, f"发票号码：{number}")
    c.drawString(380, p.H - 106, f"开票日期：{date[:4]}年{date[5:7]}月{date[8:10]}日")
    p.y = p.H - 122
    p.table([["购\n买\n方\n信\n息", f"名称：{buyer[0]}\n统一社会信用代码/纳税人识别号：{buyer[1]}",
              "销\n售\n方\n信\n息", f"名称：{seller[0]}\n统一社会信用代码/纳税人识别号：{seller[1]}"]],
            [0.4, 3, 0.4, 3], 8.5)
    rows = [["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]]
    tot = ttax = 0.0
    for it in items:
        row, amt, tax = _item_row(*it)
        rows.append(row)
        tot += amt
        ttax += tax
    tot, ttax = round(tot, 2), round(ttax, 2)
    rows.append(["合计", "", "", "", "", f"¥{tot:.2f}", "", f"¥{ttax:.2f}"])
    p.table(rows, [2.6, 1.2, 0.6, 0.6, 1.1, 1.3, 0.9, 1.1], 8.5)
    p.table([["价税合计（大写）", daxie(tot + ttax), "（小写）", f"¥{tot + ttax:.2f}"]], [1.4, 3.2, 0.8, 1.4], 9)
    p.table([["备注", remark or " "]], [0.8, 6], 9)
    p.para(f"开票人：{issuer}", 9, indent=False)
    p.save()
    return tot, ttax


def receipts_batch_pdf(path: Path, bank: str, receipts: list, per_page: int = 2):
    """A batch print of 电子回单 from internet banking: several receipts per page, each with its own seal."""
    p = Pdf(path)
    for i, r in enumerate(receipts):
        if i and i % per_page == 0:
            p.new_page()
        p.para(f"{bank}  电子回单        回单编号：{r['no']}        第{i + 1}/{len(receipts)}笔", 10, indent=False)
        p.table([
            ["付款人", f"户名：{r['payer'][0]}\n账号：{r['payer'][1]}\n开户行：{r['payer'][2]}",
             "收款人", f"户名：{r['payee'][0]}\n账号：{r['payee'][1]}\n开户行：{r['payee'][2]}"],
            ["金额", f"人民币（小写）¥{yuan(r['amount'])}\n人民币（大写）{daxie(r['amount'])}", "业务类型", r.get("type", "网银转账")],
            ["用途", r["memo"], "记账日期", r["date"]],
            ["交易流水号", r["serial"], "打印次数", "1"],
        ], [0.9, 3.2, 0.9, 2.4], 8.5)
        p.seal(bank + " 电子回单专用章", x=p.right - 36, y=p.y + 40, r=30)
        p.c.setDash(3, 3)
        p.c.line(p.left, p.y - 6, p.right, p.y - 6)
        p.c.setDash()
        p.gap(26)
    p.save()


def web_screenshot(url: str, heading: str, rows: list, widths: list, notes: list = (), seed: int = 0,
                   width: int = 1440) -> Image.Image:
    """A browser screenshot of a government web query page: address bar, blue banner, result table."""
    f_ui = ImageFont.truetype(TTF, 18)
    f_h = ImageFont.truetype(TTF, 30)
    f_t = ImageFont.truetype(TTF, 20)
    row_h = 46
    H = 330 + row_h * len(rows) + 40 * len(notes) + 80
    im = Image.new("RGB", (width, H), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, width, 44], fill=(222, 225, 230))
    for i, col in enumerate([(237, 95, 85), (245, 190, 80), (98, 197, 85)]):
        dr.ellipse([16 + i * 26, 14, 32 + i * 26, 30], fill=col)
    dr.rounded_rectangle([120, 8, width - 120, 36], 12, fill=(255, 255, 255))
    dr.text((140, 11), url, font=f_ui, fill=(60, 60, 60))
    dr.rectangle([0, 44, width, 150], fill=(23, 84, 160))
    dr.text((60, 78), heading, font=f_h, fill=(255, 255, 255))
    y = 190
    x0 = 60
    tw = width - 120
    ws = [w * tw / sum(widths) for w in widths]
    for ri, row in enumerate(rows):
        fill = (234, 241, 250) if ri == 0 else ((248, 248, 248) if ri % 2 else (255, 255, 255))
        dr.rectangle([x0, y, x0 + tw, y + row_h], fill=fill, outline=(200, 205, 215))
        x = x0
        for w, v in zip(ws, row):
            dr.line([x, y, x, y + row_h], fill=(200, 205, 215))
            dr.text((x + 10, y + 12), str(v), font=f_t, fill=(30, 30, 30))
            x += w
        y += row_h
    y += 30
    for n in notes:
        dr.text((x0, y), n, font=f_t, fill=(90, 90, 90))
        y += 40
    dr.text((width - 420, H - 40), "江苏省工业和信息化厅 主办", font=f_ui, fill=(150, 150, 150))
    return im


def scan_table_page(title: str, above: list, rows: list, widths: list, below: list, seed: int,
                    seal: str | None = None) -> Image.Image:
    """A scanned page holding a ruled table (title, lines above, grid, lines below, optional seal)."""
    rnd = random.Random(seed)
    W, H = 1240, 1754
    im = Image.new("RGB", (W, H), (250, 249, 244))
    dr = ImageDraw.Draw(im)
    ft = ImageFont.truetype(TTF, 40)
    f = ImageFont.truetype(TTF, 25)
    y = 150
    dr.text(((W - ft.getlength(title)) / 2, y), title, font=ft, fill=(20, 20, 25))
    y += 90
    for ln in above:
        dr.text((110, y), ln, font=f, fill=(25, 25, 30))
        y += 46
    x0, tw = 110, W - 220
    ws = [w * tw / sum(widths) for w in widths]
    rh = 58
    for ri, row in enumerate(rows):
        x = x0
        for ci, (w, v) in enumerate(zip(ws, row)):
            dr.rectangle([x, y, x + w, y + rh], outline=(40, 40, 40), width=2)
            v = str(v)
            tx = x + 10 if ci < 2 or ri == 0 else x + w - 10 - f.getlength(v)
            dr.text((tx, y + 15), v, font=f, fill=(25, 25, 30))
            x += w
        y += rh
    y += 30
    for ln in below:
        dr.text((110, y), ln, font=f, fill=(25, 25, 30))
        y += 46
    if seal:
        cx, cy, r = W - 330, y + 60, 120
        dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(205, 35, 35), width=7)
        fs = ImageFont.truetype(TTF, 22)
        tw2 = fs.getlength(seal)
        dr.text((cx - tw2 / 2, cy + 30), seal, font=fs, fill=(205, 35, 35))
        dr.text((cx - 30, cy - 55), "★", font=ImageFont.truetype(TTF, 60), fill=(205, 35, 35))
    for _ in range(2500):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        g = rnd.randrange(90, 200)
        dr.point((x, yy), fill=(g, g, g))
    im = im.rotate(rnd.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=(245, 245, 240))
    return im.filter(ImageFilter.GaussianBlur(0.5))


# ---------------------------------------------------------------- frozen8 additions
from reportlab.lib.pagesizes import landscape as _landscape


class LPdf(Pdf):
    """A PDF whose pages are A4 landscape (audit schedules printed sideways)."""
    W, H = _landscape(A4)

    def __init__(self, path: Path, header: str | None = None, footer_pages: bool = False):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.c = canvas.Canvas(str(path), pagesize=_landscape(A4), invariant=1)
        self.c.setTitle("")
        self.c.setAuthor("")
        self.c.setCreator("")
        self.header = header
        self.footer_pages = footer_pages
        self.page = 1
        self.left, self.right = 55, self.W - 55
        self._start()


def table_repeat(p: Pdf, header: list, rows: list, widths: list, size=9, cont="（续表）"):
    """A long table: when a page break falls inside, the next page starts with a 续表 note and the header again."""
    p.table([header], widths, size)
    p.y += 6
    for row in rows:
        h = size * 1.35 * max(1, max(str(v).count("\n") + 1 for v in row)) + 6
        if p.y - h < 70:
            p.new_page()
            p.para(cont, size, indent=False)
            p.table([header], widths, size)
            p.y += 6
        p.table([row], widths, size)
        p.y += 6
    p.y -= 6


def grid_sheet(path: Path, title: str, head_lines: list, rows: list, widths: list, size=7.5,
               foot_lines: list = (), sheet="Sheet1", land=False, seal: str | None = None):
    """A worksheet printed from Excel to PDF: thin grid lines, small type, a page footer with the sheet name."""
    p = (LPdf if land else Pdf)(path)
    c = p.c
    p.left, p.right = 40, p.W - 40
    c.setLineWidth(0.4)
    c.setFont(FONT, 12)
    c.drawCentredString(p.W / 2, p.H - 50, title)
    p.y = p.H - 62
    for ln in head_lines:
        c.setFont(FONT, 8.5)
        c.drawString(p.left, p.y - 9, ln)
        p.y -= 13
    p.y -= 2
    p.table(rows, widths, size)
    for ln in foot_lines:
        p.para(ln, 8.5, indent=False, lead=1.4)
    if seal:
        p.seal(seal, y=p.y + 10, r=36)
    c.setFont(FONT, 7)
    c.drawCentredString(p.W / 2, 22, f"{sheet}  第 1 页，共 1 页")
    p.save()


def scan_pdf(path: Path, pages: list):
    """An image-only PDF (no text layer): each page a scanned image."""
    image_pdf(path, pages)


def slip_photo(lines: list, seed: int, title: str, seal: str) -> Image.Image:
    """A phone photo of a small paper bank slip (e.g. 境外汇款申请书回执) lying on a desk."""
    rnd = random.Random(seed)
    W, H = 1400, 820
    im = Image.new("RGB", (W, H), (247, 245, 236))
    dr = ImageDraw.Draw(im)
    ft = ImageFont.truetype(TTF, 38)
    f = ImageFont.truetype(TTF, 25)
    dr.text(((W - ft.getlength(title)) / 2, 40), title, font=ft, fill=(30, 30, 35))
    dr.rectangle([50, 110, W - 50, H - 60], outline=(60, 60, 60), width=2)
    y = 130
    for ln in lines:
        dr.text((75, y), ln, font=f, fill=(25, 25, 30))
        dr.line([60, y + 40, W - 60, y + 40], fill=(170, 170, 170), width=1)
        y += 48
    cx, cy, r = W - 250, H - 190, 95
    dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(205, 35, 35), width=6)
    fs = ImageFont.truetype(TTF, 20)
    tw = fs.getlength(seal)
    if tw > 2 * r - 20:
        fs = ImageFont.truetype(TTF, int(20 * (2 * r - 20) / tw))
        tw = fs.getlength(seal)
    dr.text((cx - tw / 2, cy + 20), seal, font=fs, fill=(205, 35, 35))
    dr.text((cx - 25, cy - 45), "★", font=ImageFont.truetype(TTF, 50), fill=(205, 35, 35))
    for _ in range(1500):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        g = rnd.randrange(120, 210)
        dr.point((x, yy), fill=(g, g, g))
    # shadow of the phone across one corner
    sh = Image.new("L", (W, H), 0)
    sd = ImageDraw.Draw(sh)
    sd.polygon([(0, H), (0, H - 260), (420, H)], fill=70)
    im = Image.composite(Image.new("RGB", (W, H), (0, 0, 0)), im, sh)
    return photo(im, seed, angle=2.3)


_daxie_pos = daxie


def daxie(yuan: float) -> str:  # noqa: F811  (红字发票: negative amounts are written 负…)
    return "负" + _daxie_pos(-yuan) if yuan < 0 else _daxie_pos(yuan)


# ---------------------------------------------------------------- frozen9 additions
def truncated_copy(src: Path, dst: Path, keep: float = 0.45):
    """An upload cut off part-way: the first part of a PDF only (no xref, no %%EOF)."""
    data = Path(src).read_bytes()
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(data[: int(len(data) * keep)])
    Path(src).unlink()


def watermark(p: "Pdf", text: str):
    """A light diagonal 草稿 / 征求意见稿 mark across the current page."""
    c = p.c
    c.saveState()
    c.setFillColorRGB(0.82, 0.82, 0.82)
    c.setFont(FONT, 54)
    c.translate(p.W / 2, p.H / 2)
    c.rotate(35)
    c.drawCentredString(0, 0, text)
    c.restoreState()


# ---------------------------------------------------------------- frozen10 additions
_ZT = (2022, 11, 1, 9, 0, 0)


def _zip_write(path: Path, members: list):
    """members: (name, bytes). Fixed timestamps, fixed order: byte-identical on rerun."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=_ZT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.flag_bits |= 0x800  # UTF-8 names
            z.writestr(zi, data)


def zip_files(path: Path, files: list):
    """A zip the applicant made of some files: files = (arcname, source Path); the sources are removed."""
    members = [(arc, Path(src).read_bytes()) for arc, src in files]
    _zip_write(path, members)
    for _, src in files:
        Path(src).unlink()


def _esc(t):
    return str(t).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _inv_sums(items):
    tot = ttax = 0.0
    lines = []
    for name, spec, unit, qty, amt, rate in items:
        tax = round(amt * rate, 2)
        tot += amt
        ttax += tax
        lines.append((name, spec, unit, qty, amt, rate, tax))
    return round(tot, 2), round(ttax, 2), lines


def xml_einvoice(path: Path, *, number: str, date: str, buyer: tuple, seller: tuple, items: list,
                 kind="增值税专用发票", remark="", issuer="王倩"):
    """The XML file of a 全面数字化的电子发票 as downloaded from the 电子发票服务平台 (structure after the
    平台's 'EInvoice' XML: header, seller/buyer, basic amounts, item lines, tax supervision info)."""
    tot, ttax, lines = _inv_sums(items)
    code = "01" if "专用" in kind else "02"
    x = ['<?xml version="1.0" encoding="UTF-8"?>', "<EInvoice>", "  <Header>",
         f"    <EIid>{number}</EIid>", "    <EInvoiceTag>SWEI3200</EInvoiceTag>", "    <Version>0.1</Version>",
         "    <InherentLabel>", f"      <EInvoiceType><LabelCode>{code}</LabelCode><LabelName>{kind}</LabelName></EInvoiceType>",
         "    </InherentLabel>", "  </Header>", "  <EInvoiceData>", "    <SellerInformation>",
         f"      <SellerIdNum>{seller[1]}</SellerIdNum>", f"      <SellerName>{_esc(seller[0])}</SellerName>",
         f"      <SellerAddr>{_esc(seller[2])}</SellerAddr>", f"      <SellerBankName>{_esc(seller[3])}</SellerBankName>",
         "    </SellerInformation>", "    <BuyerInformation>",
         f"      <BuyerIdNum>{buyer[1]}</BuyerIdNum>", f"      <BuyerName>{_esc(buyer[0])}</BuyerName>",
         "    </BuyerInformation>", "    <BasicInformation>",
         f"      <TotalAmWithoutTax>{tot:.2f}</TotalAmWithoutTax>", f"      <TotalTaxAm>{ttax:.2f}</TotalTaxAm>",
         f"      <TotalTax-includedAmount>{tot + ttax:.2f}</TotalTax-includedAmount>",
         f"      <TotalTax-includedAmountInChinese>{daxie(tot + ttax)}</TotalTax-includedAmountInChinese>",
         f"      <Drawer>{issuer}</Drawer>", f"      <RequestTime>{date} 10:12:36</RequestTime>",
         "    </BasicInformation>"]
    for name, spec, unit, qty, amt, rate, tax in lines:
        x += ["    <IssuItemInformation>", f"      <ItemName>{_esc(name)}</ItemName>", f"      <SpecMod>{_esc(spec)}</SpecMod>",
              f"      <MeaUnits>{unit}</MeaUnits>", f"      <Quantity>{qty}</Quantity>", f"      <UnPrice>{amt / qty:.2f}</UnPrice>",
              f"      <Amount>{amt:.2f}</Amount>", f"      <TaxRate>{rate:.2f}</TaxRate>", f"      <ComTaxAm>{tax:.2f}</ComTaxAm>",
              f"      <TotaltaxIncludedAmount>{amt + tax:.2f}</TotaltaxIncludedAmount>", "    </IssuItemInformation>"]
    x += [f"    <AdditionalInformation><Remark>{_esc(remark)}</Remark></AdditionalInformation>", "  </EInvoiceData>",
          "  <TaxSupervisionInfo>", f"    <InvoiceNumber>{number}</InvoiceNumber>", f"    <IssueTime>{date}</IssueTime>",
          f"    <TaxBureauCode>{seller[1][2:6]}00000</TaxBureauCode>", "    <TaxBureauName>国家税务总局</TaxBureauName>",
          "  </TaxSupervisionInfo>", "</EInvoice>", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes("\n".join(x).encode("utf-8"))
    return tot, ttax


def ofd_einvoice(path: Path, *, number: str, date: str, buyer: tuple, seller: tuple, items: list,
                 kind="增值税专用发票", remark="", issuer="陈晓"):
    """An OFD (GB/T 33190) 数电票: OFD.xml with the invoice's CustomDatas, one page of positioned TextObjects."""
    tot, ttax, lines = _inv_sums(items)
    texts = [(70, 12, 6, f"电子发票（{kind}）"), (140, 24, 3.2, f"发票号码：{number}"),
             (140, 29, 3.2, f"开票日期：{date[:4]}年{date[5:7]}月{date[8:10]}日"),
             (10, 38, 3.2, f"购买方 名称：{buyer[0]}"), (10, 43, 3.2, f"统一社会信用代码/纳税人识别号：{buyer[1]}"),
             (110, 38, 3.2, f"销售方 名称：{seller[0]}"), (110, 43, 3.2, f"统一社会信用代码/纳税人识别号：{seller[1]}"),
             (10, 52, 3, "项目名称"), (70, 52, 3, "规格型号"), (95, 52, 3, "单位"), (105, 52, 3, "数量"),
             (118, 52, 3, "单价"), (140, 52, 3, "金额"), (160, 52, 3, "税率/征收率"), (182, 52, 3, "税额")]
    y = 58
    for name, spec, unit, qty, amt, rate, tax in lines:
        texts += [(10, y, 3, name), (70, y, 3, spec), (95, y, 3, unit), (105, y, 3, str(qty)), (118, y, 3, f"{amt / qty:.2f}"),
                  (140, y, 3, f"{amt:.2f}"), (162, y, 3, f"{int(round(rate * 100))}%"), (182, y, 3, f"{tax:.2f}")]
        y += 5
    texts += [(10, 90, 3, "合计"), (140, 90, 3, f"¥{tot:.2f}"), (182, 90, 3, f"¥{ttax:.2f}"),
              (10, 97, 3.2, "价税合计（大写）"), (45, 97, 3.2, daxie(tot + ttax)), (140, 97, 3.2, f"（小写）¥{tot + ttax:.2f}"),
              (10, 106, 3, f"备注：{remark}"), (10, 122, 3, f"开票人：{issuer}")]
    objs = []
    for i, (xx, yy, sz, t) in enumerate(texts):
        w = max(4.0, len(t) * sz)
        objs.append(f'      <ofd:TextObject ID="{100 + i}" Boundary="{xx} {yy - sz} {w:.1f} {sz * 1.4:.1f}" Font="2" Size="{sz}">'
                    f'<ofd:TextCode X="0" Y="{sz}">{_esc(t)}</ofd:TextCode></ofd:TextObject>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">\n'
               '  <ofd:Content>\n    <ofd:Layer ID="3">\n' + "\n".join(objs) + "\n    </ofd:Layer>\n  </ofd:Content>\n</ofd:Page>\n")
    custom = {"发票号码": number, "开票日期": date, "合计金额": f"{tot:.2f}", "合计税额": f"{ttax:.2f}",
              "价税合计": f"{tot + ttax:.2f}", "购买方纳税人识别号": buyer[1], "销售方纳税人识别号": seller[1]}
    ofd = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1" DocType="OFD">\n'
           '  <ofd:DocBody>\n    <ofd:DocInfo>\n      <ofd:DocID>' + number + '</ofd:DocID>\n'
           '      <ofd:Title>电子发票</ofd:Title>\n      <ofd:CreationDate>' + date + '</ofd:CreationDate>\n'
           '      <ofd:CustomDatas>\n' + "\n".join(f'        <ofd:CustomData Name="{k}">{_esc(v)}</ofd:CustomData>' for k, v in custom.items()) +
           '\n      </ofd:CustomDatas>\n    </ofd:DocInfo>\n    <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>\n  </ofd:DocBody>\n</ofd:OFD>\n')
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">\n'
           '  <ofd:CommonData>\n    <ofd:MaxUnitID>400</ofd:MaxUnitID>\n    <ofd:PageArea><ofd:PhysicalBox>0 0 210 140</ofd:PhysicalBox></ofd:PageArea>\n'
           '    <ofd:PublicRes>PublicRes.xml</ofd:PublicRes>\n  </ofd:CommonData>\n'
           '  <ofd:Pages>\n    <ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>\n  </ofd:Pages>\n</ofd:Document>\n')
    res = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res">\n'
           '  <ofd:Fonts>\n    <ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/>\n  </ofd:Fonts>\n</ofd:Res>\n')
    _zip_write(path, [("OFD.xml", ofd.encode()), ("Doc_0/Document.xml", doc.encode()), ("Doc_0/PublicRes.xml", res.encode()),
                      ("Doc_0/Pages/Page_0/Content.xml", content.encode())])
    return tot, ttax


def handwrite(im: Image.Image, xy, text, size=30, color=(20, 40, 150), angle=-4.0):
    """Ballpoint handwriting put on a scanned page (a correction, an initial)."""
    f = ImageFont.truetype(TTF, size)
    w = int(f.getlength(text)) + 20
    layer = Image.new("RGBA", (w, size + 20), (0, 0, 0, 0))
    ImageDraw.Draw(layer).text((10, 5), text, font=f, fill=color + (235,))
    layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
    im.paste(layer, (int(xy[0]), int(xy[1])), layer)
    return im


def strike(im: Image.Image, box, color=(20, 40, 150)):
    """Two ballpoint strokes through a printed figure."""
    x0, y0, x1, y1 = box
    dr = ImageDraw.Draw(im)
    dr.line([x0, (y0 + y1) / 2 + 3, x1, (y0 + y1) / 2 - 3], fill=color, width=3)
    dr.line([x0, (y0 + y1) / 2 + 9, x1, (y0 + y1) / 2 + 2], fill=color, width=2)
    return im


# ---------------------------------------------------------------- frozen11 additions
def acct(v: float) -> str:
    """Accounting style: thousands separators, negatives in parentheses, zero as '-'."""
    if abs(v) < 0.005:
        return "-"
    return f"({abs(v):,.2f})" if v < 0 else f"{v:,.2f}"


def pdf_page_images(path: Path, scale: float = 150 / 72) -> list:
    """Render every page of a generated PDF to an RGB image (as a copier's scanner would see it)."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=scale).to_pil().convert("RGB"))
    doc.close()
    return out


def _scan_noise(im: Image.Image, seed: int, skew: float = 0.7) -> Image.Image:
    rnd = random.Random(seed)
    im = im.copy()
    dr = ImageDraw.Draw(im)
    W, H = im.size
    for _ in range(W * H // 700):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        g = rnd.randrange(90, 200)
        dr.point((x, yy), fill=(g, g, g))
    # a faint grey band where the lid did not close
    dr.rectangle([0, 0, 14, H], fill=(205, 205, 200))
    im = im.rotate(rnd.uniform(-skew, skew), resample=Image.BICUBIC, fillcolor=(244, 244, 238))
    return im.filter(ImageFilter.GaussianBlur(0.55))


def rescan(src: Path, dst: Path, seed: int, turn: dict | None = None, remove_src: bool = True):
    """Print a generated PDF and scan it back: an image-only PDF. turn = {page_index: 180 | 90 | 270} for pages
    that went through the feeder the wrong way round (upside down or sideways)."""
    pages = pdf_page_images(src)
    imgs = []
    for i, im in enumerate(pages):
        im = _scan_noise(im, seed + i)
        t = (turn or {}).get(i)
        if t == 180:
            im = im.transpose(Image.ROTATE_180)
        elif t == 90:
            im = im.transpose(Image.ROTATE_90)
        elif t == 270:
            im = im.transpose(Image.ROTATE_270)
        imgs.append(im)
    path = Path(dst)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("")
    for im in imgs:
        w, h = im.size
        pw, ph = (A4[1], A4[0]) if w > h else A4
        c.setPageSize((pw, ph))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=80)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=pw, height=ph)
        c.showPage()
    c.save()
    if remove_src and Path(src) != path:
        Path(src).unlink()


def _coeffs(src_pts, dst_pts):
    import numpy as np
    A, B = [], []
    for (x, y), (u, v) in zip(dst_pts, src_pts):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return [float(t) for t in np.linalg.solve(np.array(A, dtype=float), np.array(B, dtype=float))]


def keystone_photo(im: Image.Image, seed: int, strength: float = 0.05) -> Image.Image:
    """A phone photo taken at a slant: the page becomes a trapezoid on a desk, light falls off to one corner."""
    rnd = random.Random(seed)
    W, H = im.size
    pad = int(0.08 * W)
    BW, BH = W + 2 * pad, H + 2 * pad
    bg = Image.new("RGB", (BW, BH), (104, 94, 82))
    s = strength
    dst = [(pad + s * W * rnd.uniform(0.6, 1.0), pad + s * H * rnd.uniform(0.1, 0.4)),
           (pad + W - s * W * rnd.uniform(0.2, 0.5), pad),
           (pad + W, pad + H - s * H * rnd.uniform(0.1, 0.3)),
           (pad + s * W * rnd.uniform(0.0, 0.3), pad + H)]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    co = _coeffs(src, dst)
    warped = im.convert("RGB").transform((BW, BH), Image.PERSPECTIVE, co, resample=Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", (W, H), 255).transform((BW, BH), Image.PERSPECTIVE, co, resample=Image.BICUBIC)
    bg.paste(warped, (0, 0), mask)
    grad = Image.new("L", (BW, BH), 0)
    gd = ImageDraw.Draw(grad)
    for x in range(0, BW, 10):
        for y in range(0, BH, 10):
            pass
    for k in range(0, BW + BH, 12):
        gd.line([(k, 0), (0, k)], fill=int(52 * k / (BW + BH)), width=12)
    bg = Image.composite(Image.new("RGB", (BW, BH), (0, 0, 0)), bg, grad)
    return bg.filter(ImageFilter.GaussianBlur(0.7))


def docx_pages(path: Path, title: str | None, blocks: list, size=10.5):
    """Like docx_rich, plus ('pb',) page break, ('small', text) footnote-size text, ('tm', rows, merges) tables,
    ('t', rows) plain tables, ('hdr', text) a running header line in the section header."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(size)
    if title:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(15)
    for b in blocks:
        kind = b[0]
        if kind == "p":
            d.add_paragraph(b[1])
        elif kind == "h":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "c":
            d.add_paragraph(b[1]).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "r":
            d.add_paragraph(b[1]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "small":
            p = d.add_paragraph()
            p.add_run(b[1]).font.size = Pt(8)
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "hdr":
            hp = d.sections[0].header.paragraphs[0]
            hp.text = b[1]
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind in ("t", "tm"):
            rows = b[1]
            merges = b[2] if kind == "tm" else []
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            covered = set()
            for (r0, c0, r1, c1) in merges:
                for rr in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (rr, cc) != (r0, c0):
                            covered.add((rr, cc))
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    if (i, j) in covered or v is None:
                        continue
                    t.cell(i, j).text = str(v)
            for (r0, c0, r1, c1) in merges:
                t.cell(r0, c0).merge(t.cell(r1, c1))
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2022, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


_title_one_line = Pdf.title


def _title_wrapped(self, text, size=16, gap=10):
    """Long headings (official titles run to two or three lines) wrap and stay centred."""
    width = self.right - self.left
    if pdfmetrics.stringWidth(text, FONT, size) <= width:
        return _title_one_line(self, text, size, gap)
    lines, cur = [], ""
    for ch in tokens(text):
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width - size:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    for i, ln in enumerate(lines):
        _title_one_line(self, ln, size, gap if i == len(lines) - 1 else 4)


Pdf.title = _title_wrapped


# ================================================================ frozen12 additions
_FW = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def fullwidth(s: str) -> str:
    """Digits and separators as typed with a full-width input method: 1,234.56 → １，２３４．５６."""
    return str(s).translate(_FW)


def _refix_zip(data: bytes, path: Path, dt=(2022, 11, 1, 9, 0, 0)):
    zin = zipfile.ZipFile(io.BytesIO(data))
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time into dcterms:modified
                body = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2022-11-18T09:12:00Z\g<2>", body)
            zout.writestr(zi, body)


def xlsx_book(path: Path, sheets: list):
    """sheets: dicts with name, title, pre (lines under the title, e.g. '单位：万元'), header (list), rows (lists; numbers
    stay numbers), widths (column widths), post (lines under the table), numfmt (default '#,##0.00').
    As an applicant saves it from Excel: merged title row, plain numbers (the 合计 typed or pasted as a value)."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        ncol = len(sh["header"])
        r = 1
        if sh.get("title"):
            ws.cell(r, 1, sh["title"]).font = Font(name="宋体", size=14, bold=True)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        for line in sh.get("pre", []):
            ws.cell(r, 1, line).font = Font(name="宋体", size=10)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        for j, h in enumerate(sh["header"], 1):
            c = ws.cell(r, j, h)
            c.font = Font(name="宋体", size=10, bold=True)
            c.border = box
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r += 1
        fmt = sh.get("numfmt", "#,##0.00")
        for row in sh["rows"]:
            for j, v in enumerate(row, 1):
                c = ws.cell(r, j, v)
                c.border = box
                c.font = Font(name="宋体", size=10)
                if isinstance(v, float):
                    c.number_format = fmt
            r += 1
        for line in sh.get("post", []):
            ws.cell(r, 1, line).font = Font(name="宋体", size=9)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        for j, w in enumerate(sh.get("widths", []), 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    _refix_zip(buf.getvalue(), path)


def ofd_einvoice_tpl(path: Path, *, number: str, date: str, buyer: tuple, seller: tuple, items: list,
                     kind="增值税专用发票", remark="", issuer="刘欣"):
    """A 数电票 OFD as the 电子发票服务平台 issues it: the form's labels on a template page (Tpls/Tpl_0), the values as
    separate TextObjects on the page (each with DeltaX per glyph), and only InvoiceNo/IssueDate in CustomDatas."""
    tot, ttax, lines = _inv_sums(items)

    def tobj(i, x, y, sz, t):
        w = max(4.0, len(t) * sz * 0.9)
        dx = " ".join(["g", str(max(1, len(t) - 1)), f"{sz * 0.9:.2f}"]) if len(t) > 1 else ""
        dxa = f' DeltaX="{dx}"' if dx else ""
        return (f'      <ofd:TextObject ID="{i}" Boundary="{x} {y - sz:.2f} {w:.2f} {sz * 1.4:.2f}" Font="5" Size="{sz}">'
                f'<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="{sz}"{dxa}>{_esc(t)}</ofd:TextCode></ofd:TextObject>')
    labels = [(68, 12, 5.5, f"电子发票（{kind}）"), (140, 22, 3, "发票号码："), (140, 27, 3, "开票日期："),
              (4, 36, 3, "购"), (4, 41, 3, "买"), (4, 46, 3, "方"), (10, 38, 3, "名称："), (10, 45, 3, "统一社会信用代码/纳税人识别号："),
              (106, 36, 3, "销"), (106, 41, 3, "售"), (106, 46, 3, "方"), (112, 38, 3, "名称："), (112, 45, 3, "统一社会信用代码/纳税人识别号："),
              (12, 55, 3, "项目名称"), (60, 55, 3, "规格型号"), (84, 55, 3, "单 位"), (98, 55, 3, "数 量"), (114, 55, 3, "单 价"),
              (138, 55, 3, "金 额"), (156, 55, 3, "税率/征收率"), (182, 55, 3, "税 额"), (12, 92, 3, "合      计"),
              (12, 99, 3, "价税合计（大写）"), (130, 99, 3, "（小写）"), (12, 108, 3, "备"), (12, 113, 3, "注"), (12, 128, 3, "开票人：")]
    vals = [(156, 22, 3, number), (156, 27, 3, f"{date[:4]}年{date[5:7]}月{date[8:10]}日"),
            (20, 38, 3, buyer[0]), (56, 45, 3, buyer[1]), (122, 38, 3, seller[0]), (158, 45, 3, seller[1])]
    y = 61
    for name, spec, unit, qty, amt, rate, tax in lines:
        vals += [(12, y, 2.8, name), (60, y, 2.8, spec), (84, y, 2.8, unit), (98, y, 2.8, str(qty)),
                 (114, y, 2.8, f"{amt / qty:.2f}"), (138, y, 2.8, f"{amt:.2f}"), (160, y, 2.8, f"{int(round(rate * 100))}%"),
                 (182, y, 2.8, f"{tax:.2f}")]
        y += 5
    vals += [(138, 92, 3, f"¥{tot:.2f}"), (182, 92, 3, f"¥{ttax:.2f}"), (50, 99, 3, "ⓧ" + daxie(tot + ttax)),
             (146, 99, 3, f"¥{tot + ttax:.2f}"), (20, 110, 3, remark), (28, 128, 3, issuer)]
    tpl = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">\n  <ofd:Content>\n'
           '    <ofd:Layer ID="20" Type="Background">\n' +
           "\n".join(tobj(30 + i, *t) for i, t in enumerate(labels)) + "\n    </ofd:Layer>\n  </ofd:Content>\n</ofd:Page>\n")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">\n'
               '  <ofd:Template TemplateID="8" ZOrder="Background"/>\n  <ofd:Content>\n    <ofd:Layer ID="90">\n' +
               "\n".join(tobj(100 + i, *t) for i, t in enumerate(vals)) + "\n    </ofd:Layer>\n  </ofd:Content>\n</ofd:Page>\n")
    ofd = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.2" DocType="OFD">\n'
           '  <ofd:DocBody>\n    <ofd:DocInfo>\n      <ofd:DocID>' + f"{abs(hash_str(number)):032x}"[:32] + '</ofd:DocID>\n'
           '      <ofd:Creator>EIS</ofd:Creator>\n      <ofd:CreationDate>' + date + '</ofd:CreationDate>\n'
           '      <ofd:CustomDatas>\n        <ofd:CustomData Name="InvoiceNo">' + number + '</ofd:CustomData>\n'
           '        <ofd:CustomData Name="IssueDate">' + date + '</ofd:CustomData>\n      </ofd:CustomDatas>\n'
           '    </ofd:DocInfo>\n    <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>\n'
           '    <ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>\n  </ofd:DocBody>\n</ofd:OFD>\n')
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">\n'
           '  <ofd:CommonData>\n    <ofd:MaxUnitID>400</ofd:MaxUnitID>\n'
           '    <ofd:PageArea><ofd:PhysicalBox>0 0 210 140</ofd:PhysicalBox></ofd:PageArea>\n'
           '    <ofd:PublicRes>PublicRes.xml</ofd:PublicRes>\n    <ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>\n'
           '    <ofd:TemplatePage ID="8" BaseLoc="Tpls/Tpl_0/Content.xml"/>\n  </ofd:CommonData>\n'
           '  <ofd:Pages>\n    <ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>\n  </ofd:Pages>\n</ofd:Document>\n')
    res = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res">\n'
           '  <ofd:Fonts>\n    <ofd:Font ID="5" FontName="楷体" FamilyName="楷体"/>\n  </ofd:Fonts>\n</ofd:Res>\n')
    dres = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"/>\n')
    signs = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Signatures xmlns:ofd="http://www.ofdspec.org/2016">\n'
             '  <ofd:MaxSignId>1</ofd:MaxSignId>\n</ofd:Signatures>\n')
    _zip_write(path, [("OFD.xml", ofd.encode()), ("Doc_0/Document.xml", doc.encode()),
                      ("Doc_0/PublicRes.xml", res.encode()), ("Doc_0/DocumentRes.xml", dres.encode()),
                      ("Doc_0/Tpls/Tpl_0/Content.xml", tpl.encode()), ("Doc_0/Pages/Page_0/Content.xml", content.encode()),
                      ("Doc_0/Signs/Signatures.xml", signs.encode())])
    return tot, ttax


def hash_str(s: str) -> int:
    import hashlib
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def two_up_scan(src: Path, dst: Path, seed: int, remove_src: bool = True):
    """Print a PDF 2-up (two A4 pages side by side on one landscape A4 sheet) and scan it: image-only PDF."""
    pages = pdf_page_images(src, scale=100 / 72)
    sheets = []
    for k in range(0, len(pages), 2):
        W, H = 1754, 1240
        sheet = Image.new("RGB", (W, H), (255, 255, 255))
        for j, im in enumerate(pages[k:k + 2]):
            w = W // 2 - 50
            h = int(im.size[1] * w / im.size[0])
            if h > H - 60:
                h = H - 60
                w = int(im.size[0] * h / im.size[1])
            sm = im.resize((w, h), Image.LANCZOS)
            x = 30 + j * (W // 2) + (W // 2 - 50 - w) // 2
            sheet.paste(sm, (x, 30))
            ImageDraw.Draw(sheet).rectangle([x, 30, x + w, 30 + h], outline=(170, 170, 170))
        sheets.append(_scan_noise(sheet, seed + k, skew=0.5))
    path = Path(dst)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=(A4[1], A4[0]), invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("")
    for im in sheets:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=82)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[1], height=A4[0])
        c.showPage()
    c.save()
    if remove_src and Path(src) != path:
        Path(src).unlink()


def jpeg_named_pdf(path: Path, im: Image.Image):
    """A phone photo saved (or renamed) with a .pdf extension: the bytes are a JPEG."""
    path.parent.mkdir(parents=True, exist_ok=True)
    im.convert("RGB").save(path, "JPEG", quality=84)


def pdf_to_photo(src: Path, dst: Path, seed: int, angle: float = 1.4, page: int = 0):
    """Photograph page `page` of a generated PDF with a phone and save the JPEG under a .pdf name (src removed)."""
    im = pdf_page_images(src, scale=130 / 72)[page]
    jpeg_named_pdf(dst, photo(im, seed, angle))
    Path(src).unlink()


def docx_boxed(path: Path, title: str | None, blocks: list):
    """Like docx_file, plus ('nest', caption, rows): the table nested in a one-cell layout table (caption above it inside the
    frame), and ('tbox', caption, rows): the table inside a VML text box anchored in a paragraph."""
    import copy
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    if title:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(15)

    def grid(container, rows):
        ncol = max(len(r) for r in rows)
        t = container.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
        return t
    for b in blocks:
        kind = b[0]
        if kind == "p":
            d.add_paragraph(b[1])
        elif kind == "h":
            d.add_paragraph().add_run(b[1]).bold = True
        elif kind == "r":
            d.add_paragraph(b[1]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "t":
            grid(d, b[1])
        elif kind == "nest":
            outer = d.add_table(rows=2, cols=1)
            outer.style = "Table Grid"
            outer.cell(0, 0).text = b[1]
            cell = outer.cell(1, 0)
            grid(cell, b[2])
            cell.add_paragraph("")
        elif kind == "tbox":
            tmp = grid(d, b[2])
            tbl = tmp._tbl
            tbl.getparent().remove(tbl)
            W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            xml = (f'<w:p xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" '
                   'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
                   '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                   '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                   '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
                   'style="width:440pt;height:300pt;mso-position-horizontal:center;mso-wrap-style:square" '
                   'strokeweight=".5pt"><v:textbox><w:txbxContent>'
                   f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{_esc(b[1])}</w:t></w:r></w:p>'
                   '<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
            p = parse_xml(xml)
            d.element.body.insert(len(d.element.body) - 1, p)
            txbx = p.find(".//" + qn("w:txbxContent"))
            txbx.insert(1, tbl)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    _refix_zip(buf.getvalue(), path)
