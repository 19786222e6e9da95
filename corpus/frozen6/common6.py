"""Document builders for the frozen6 blind packets (layouts and wordings of this set)."""
from __future__ import annotations

import json
from pathlib import Path

import lib6 as L
from lib6 import Pdf, cn_date, cn_upper_date, daxie, yuan

HERE = Path(__file__).resolve().parent
PACKETS = HERE / "packets"
EXPECTED = HERE / "expected"


class Packet:
    def __init__(self, pid: str):
        self.pid = pid
        self.root = PACKETS / pid
        self.docs: dict[str, str] = {}
        self.inv: dict[str, float] = {}   # invoice number -> amount excl. tax (元)

    def path(self, rel: str, kind: str) -> Path:
        assert rel not in self.docs, rel
        self.docs[rel] = kind
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def invoice_total_wan(self) -> float:
        return round(sum(self.inv.values()) / 10000, 6)

    def write_expected(self, *, category, given, outcome, figures, subsidy, reasons, notes):
        assert outcome in ("eligible", "ineligible", "incomplete", "needs_review")
        assert (subsidy is not None) == (outcome == "eligible")
        if "applicant_uscc" in figures:
            assert L.check_uscc(figures["applicant_uscc"]), figures["applicant_uscc"]
        files = sorted(str(p.relative_to(self.root)) for p in self.root.rglob("*") if p.is_file())
        assert files == sorted(self.docs), (set(files) ^ set(self.docs))
        data = {
            "id": self.pid, "category": category, "given_category": given, "outcome": outcome,
            "figures": figures, "max_subsidy_wan": subsidy, "reasons": reasons, "notes": notes,
            "documents": {k: self.docs[k] for k in sorted(self.docs)},
        }
        EXPECTED.mkdir(parents=True, exist_ok=True)
        (EXPECTED / f"{self.pid}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


# ------------------------------------------------------------------ companies
class Co:
    def __init__(self, name, region6, base8, addr, tel, bank, acct, rep, capital_wan, founded, scope,
                 head="91", kind="有限责任公司"):
        self.name = name
        self.uscc = L.uscc(region6, base8, head)
        self.addr, self.tel, self.bank, self.acct = addr, tel, bank, acct
        self.rep, self.capital, self.founded, self.scope, self.kind = rep, capital_wan, founded, scope, kind

    def inv(self):
        return (self.name, self.uscc, f"{self.addr} {self.tel}", f"{self.bank} {self.acct}")

    def payer(self):
        return (self.name, self.acct, self.bank)


def license_lines(co: Co, registrar: str, issue_date: str):
    return [
        ("营 业 执 照", 64, "center"),
        ("（副      本）", 30, "center"),
        (f"统一社会信用代码  {co.uscc}", 28, "left"),
        ("", 20, "left"),
        (f"名        称  {co.name}", 30, "left"),
        (f"类        型  {co.kind}", 30, "left"),
        (f"法定代表人  {co.rep}", 30, "left"),
        (f"注册资本  {co.capital}", 30, "left"),
        (f"成立日期  {cn_date(co.founded)}", 30, "left"),
        ("营业期限  长期", 30, "left"),
        (f"住        所  {co.addr}", 30, "left"),
        (f"经营范围  {co.scope}", 26, "left"),
        ("", 30, "left"),
        (f"登记机关  {registrar}", 30, "right"),
        (cn_date(issue_date), 30, "right"),
    ]


def license_pdf(path: Path, co: Co, registrar: str, issue_date: str):
    p = Pdf(path)
    p.title("营 业 执 照", 26, 6)
    p.para("（副本）", 12, indent=False, align="center")
    p.gap(10)
    rows = [["统一社会信用代码", co.uscc], ["名称", co.name], ["类型", co.kind], ["法定代表人", co.rep],
            ["注册资本", co.capital], ["成立日期", cn_date(co.founded)], ["营业期限", "长期"],
            ["住所", co.addr], ["经营范围", co.scope]]
    p.table(rows, [1.3, 4], 11)
    p.gap(20)
    p.para(f"登记机关：{registrar}", 11, indent=False, align="right")
    p.para(cn_date(issue_date), 11, indent=False, align="right")
    p.seal(registrar + "登记专用章", y=p.y + 30)
    p.save()


def letter_pdf(path: Path, *, org: str, title: str, docno: str | None, to: str | None, paras: list, date: str,
               seal: str | None = None, sign: str | None = None, header: str | None = None, upper_date=False,
               extra_tables: list | None = None, size=11):
    p = Pdf(path, header=header, footer_pages=True)
    if header is None:
        p.c.setFillColorRGB(0.8, 0.1, 0.1)
        p.title(org, 20, 6)
        p.c.setFillColorRGB(0, 0, 0)
        if docno:
            p.para(docno, 11, indent=False, align="center")
        p.c.setStrokeColorRGB(0.8, 0.1, 0.1)
        p.c.setLineWidth(1.5)
        p.c.line(p.left, p.y - 2, p.right, p.y - 2)
        p.c.setStrokeColorRGB(0, 0, 0)
        p.c.setLineWidth(1)
        p.gap(14)
    for t in title.split("\n"):
        p.title(t, 15, 6)
    if header is not None and docno:
        p.para(docno, 10.5, indent=False, align="center")
    p.gap(8)
    if to:
        p.para(to, size, indent=False)
    for para in paras:
        if isinstance(para, tuple) and para[0] == "table":
            p.table(para[1], para[2], para[3] if len(para) > 3 else 9.5)
        elif isinstance(para, tuple) and para[0] == "noindent":
            p.para(para[1], size, indent=False)
        elif isinstance(para, tuple) and para[0] == "page":
            p.new_page()
        else:
            p.para(para, size)
    for t in extra_tables or []:
        p.table(*t)
    p.gap(24)
    p.para(sign or org, size, indent=False, align="right")
    p.para(cn_upper_date(date) if upper_date else cn_date(date), size, indent=False, align="right")
    if seal:
        p.seal(seal, y=p.y + 26)
    p.save()


def app_form_docx(path: Path, *, title: str, cat_line: str | None, rows: list, promise: str, co: Co, date: str,
                  before: list | None = None, after: list | None = None, merges=None):
    blocks = []
    if cat_line:
        blocks.append(("p", cat_line))
    blocks += before or []
    blocks.append(("tm", rows, merges or []))
    blocks += after or []
    blocks.append(("p", promise))
    blocks.append(("r", f"申报单位（盖章）：{co.name}"))
    blocks.append(("r", f"法定代表人（签字）：{co.rep}"))
    blocks.append(("r", cn_date(date)))
    L.docx_rich(path, title, blocks)


def perf_form_docx(path: Path, *, annex: str, title: str, name: str, rec: str, owner: str, start: str, end: str,
                   goal: str, rows: list):
    head = [["项目名称", name, None, None], ["项目推荐单位", rec, "项目承担单位", owner],
            ["项目开始时间", start, "项目结束时间", end], ["总体目标", goal, None, None],
            ["一级指标", "二级指标", "三级指标", "指标值"]]
    body = [list(r) for r in rows]
    allrows = head + body
    merges = [(0, 1, 0, 3), (3, 1, 3, 3)]
    # merge equal consecutive first/second column labels vertically
    for col in (0, 1):
        start_i = 5
        for i in range(5, len(allrows) + 1):
            if i == len(allrows) or allrows[i][col] != allrows[start_i][col]:
                if i - 1 > start_i:
                    merges.append((start_i, col, i - 1, col))
                    for k in range(start_i + 1, i):
                        allrows[k][col] = None
                start_i = i
    L.docx_rich(path, None, [("c", annex), ("c", title), ("c", "（2023年度）"), ("tm", allrows, merges)])


def perf_form_pdf(path: Path, *, annex: str, title: str, name: str, rec: str, owner: str, start: str, end: str,
                  goal: str, rows: list):
    p = Pdf(path)
    p.para(annex, 11, indent=False)
    p.title(title, 14, 4)
    p.para("（2023年度）", 11, indent=False, align="center")
    p.table([["项目名称", name], ["项目推荐单位", rec], ["项目承担单位", owner], ["项目开始时间", start],
             ["项目结束时间", end], ["总体目标", goal]], [1.3, 5], 9.5)
    p.table([["一级指标", "二级指标", "三级指标", "指标值"]] + [list(r) for r in rows], [1, 1.3, 3, 1.6], 9)
    p.save()


def contract_docx(path: Path, *, title: str, no: str, buyer: Co, seller: Co, items: list, sign_date: str,
                  pay_terms: str, place: str, extra: list | None = None):
    """items: (name, spec, qty, unit price incl. tax yuan)."""
    rows = [["序号", "名称", "规格型号", "数量", "含税单价（元）", "含税金额（元）"]]
    tot = 0.0
    for i, (n, s, q, up) in enumerate(items, 1):
        rows.append([str(i), n, s, str(q), yuan(up), yuan(up * q)])
        tot += up * q
    rows.append(["合计", None, None, None, None, f"{yuan(tot)}（{daxie(tot)}）"])
    blocks = [("p", f"合同编号：{no}"), ("p", f"甲方（买方）：{buyer.name}"), ("p", f"乙方（卖方）：{seller.name}"),
              ("p", f"签订地点：{place}    签订日期：{cn_date(sign_date)}"),
              ("p", "甲乙双方经友好协商，依据《中华人民共和国民法典》，就下列标的的买卖事宜达成如下条款："),
              ("h", "一、标的、数量及价款"), ("tm", rows, [(len(rows) - 1, 0, len(rows) - 1, 4)]),
              ("h", "二、付款方式"), ("p", pay_terms),
              ("h", "三、交货及验收"), ("p", "乙方应在合同生效后按甲方书面通知分批交货至甲方指定地点，安装调试完成后由甲方组织验收，验收合格后签署验收单。")]
    blocks += extra or []
    blocks += [("p", "本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。"),
               ("p", f"甲方（盖章）：{buyer.name}        乙方（盖章）：{seller.name}"),
               ("p", f"法定代表人或授权代表：{buyer.rep}        法定代表人或授权代表：{seller.rep}")]
    L.docx_rich(path, title, blocks)
    return tot


def invoice(pkt: Packet, rel: str, style: str, **kw):
    """style: boxed | text | e (数电票). Records amount excl. tax."""
    p = pkt.path(rel, "invoice")
    if style == "boxed":
        tot, tax = L.boxed_invoice_pdf(p, **kw)
    elif style == "text":
        tot, tax = L.invoice_pdf(p, **kw)
    else:
        tot, tax = L.einvoice_pdf(p, **kw)
    pkt.inv[kw["number"]] = tot
    return tot, tax


def receipt(pkt: Packet, rel: str, **kw):
    L.receipt_pdf(pkt.path(rel, "payment_voucher"), **kw)


def wan(v_yuan: float) -> str:
    return f"{v_yuan / 10000:,.2f}"


# ------------------------------------------------------------------ shared parties
PROMISE = ("申报单位承诺：本单位对所报材料的真实性、准确性、完整性负责，所申报项目未获得过本专项资金支持，相关发票、"
           "合同等材料未重复用于其他财政资金申报。如有不实，愿承担相应法律责任。")

# ------------------------------------------------------------------ suppliers (outside and inside Jiangsu)
S = {
    "sdcnc": Co("山东锐捷数控装备有限公司", "370112", "66291835", "济南市历城区工业北路218号", "0531-88213456",
                "中国建设银行济南历城支行", "37050161620800001288", "孙立军", "8000万元人民币", "2009-05-12", "数控机床制造"),
    "bjsoft": Co("北京云栖工业软件有限公司", "110108", "59827314", "北京市海淀区上地信息路26号", "010-62981177",
                 "招商银行北京上地支行", "110925836710902", "何思远", "3000万元人民币", "2013-08-20", "软件开发"),
    "njcloud": Co("南京天衡云计算有限公司", "320115", "67513042", "南京市江宁区秣周东路12号", "025-52168890",
                  "南京银行江宁支行", "0117240000001623", "严慧", "5000万元人民币", "2015-03-09", "云计算服务"),
    "dgcoat": Co("东莞精锐涂布设备有限公司", "441900", "71834025", "东莞市松山湖园区工业东路9号", "0769-22891043",
                 "中国工商银行东莞松山湖支行", "2010029109200136652", "黎振华", "6000万元人民币", "2010-11-02", "涂布设备制造"),
    "wxvision": Co("无锡视界机器视觉科技有限公司", "320214", "55960318", "无锡市新吴区菱湖大道111号", "0510-85316620",
                   "江苏银行无锡新区支行", "20120188000173362", "钱程", "2000万元人民币", "2016-06-18", "机器视觉"),
    "hzsoft": Co("杭州数织软件有限公司", "330106", "62851907", "杭州市西湖区文三路90号", "0571-87702168",
                 "杭州银行文创支行", "3301040160009215337", "沈一帆", "1500万元人民币", "2014-04-22", "软件开发"),
    "njenv": Co("南京凯盛环保装备有限公司", "320115", "58316274", "南京市江宁区将军大道159号", "025-51186630",
                "中国银行南京江宁支行", "512468803621", "韩国庆", "1.2亿元人民币", "2008-09-15", "环保设备制造"),
    "wxboiler": Co("无锡锡炉能源装备有限公司", "320213", "76120953", "无锡市梁溪区锡沪西路66号", "0510-83129977",
                   "中国农业银行无锡梁溪支行", "10651101040018826", "顾建平", "1亿元人民币", "2004-07-01", "锅炉制造"),
    "hzauto": Co("杭州中屹自动化工程有限公司", "330108", "69520731", "杭州市滨江区六和路368号", "0571-86690215",
                 "浙商银行杭州滨江支行", "3310010210120100211066", "冯楠", "5000万元人民币", "2011-12-06", "自动化控制系统"),
    "sjtest": Co("江苏苏科检测技术有限公司", "320106", "68027145", "南京市鼓楼区草场门大街88号", "025-83310592",
                 "交通银行南京鼓楼支行", "320006633018010102736", "陶然", "2000万元人民币", "2012-02-28", "检验检测"),
    "ahkiln": Co("合肥中材窑炉热工技术有限公司", "340104", "73215880", "合肥市蜀山区望江西路520号", "0551-65318702",
                 "徽商银行合肥蜀山支行", "1021201021000392751", "江涛", "8000万元人民币", "2005-10-10", "热工装备"),
    "shturbine": Co("上海汽轮动力设备有限公司", "310112", "63128459", "上海市闵行区剑川路1120号", "021-64301877",
                    "上海浦东发展银行闵行支行", "98180154740005622", "陆伟东", "2亿元人民币", "2006-03-16", "汽轮机制造"),
    "xzinstall": Co("徐州恒安机电安装工程有限公司", "320311", "74019362", "徐州市泉山区湖北路36号", "0516-83702215",
                    "江苏银行徐州分行", "40010188000029817", "葛亮", "3000万元人民币", "2007-08-08", "机电安装"),
    "szbearing": Co("洛阳精工轴承装备有限公司", "410305", "61780324", "洛阳市涧西区建设路6号", "0379-64212039",
                    "中国银行洛阳涧西支行", "249817266931", "马跃", "6000万元人民币", "2009-06-23", "轴承装备"),
    "nterp": Co("南通智云企业管理软件有限公司", "320602", "70138296", "南通市崇川区工农路486号", "0513-85519662",
                "江苏南通农村商业银行崇川支行", "3206010171010000211903", "邱立", "1000万元人民币", "2015-09-01", "软件开发"),
    "szprobe": Co("深圳微探半导体设备有限公司", "440305", "75208631", "深圳市南山区科技南十二路3号", "0755-86613921",
                  "平安银行深圳科技园支行", "15000098712346", "郑凯", "1亿元人民币", "2012-05-30", "半导体设备"),
    "njchain": Co("杭州链通区块链技术有限公司", "330110", "70952164", "杭州市余杭区文一西路998号", "0571-88826370",
                  "中国建设银行杭州余杭支行", "33050161743500001102", "陈默", "2000万元人民币", "2016-01-11", "区块链技术"),
    "bjserver": Co("北京华曙信息系统有限公司", "110108", "72461983", "北京市海淀区苏州街18号", "010-82651102",
                   "中国民生银行北京中关村支行", "0126014170007832", "刘华", "1.5亿元人民币", "2003-04-18", "计算机设备"),
    "yzequip": Co("苏州迅驰贴装设备有限公司", "320506", "69270853", "苏州市吴中区东吴南路101号", "0512-65532108",
                  "中国工商银行苏州吴中支行", "1102021109000562301", "王振", "5000万元人民币", "2011-07-19", "电子装备"),
    "szplat": Co("苏州云帆物联科技有限公司", "320507", "79314602", "苏州市相城区澄阳路116号", "0512-65881273",
                 "苏州银行相城支行", "51913400000722", "周航", "3000万元人民币", "2017-02-14", "物联网平台"),
}


def seal_text(org):
    return org


def recommend_letter(pkt, rel, *, rec, docno, co, project, cat_name, date, extra=""):
    letter_pdf(pkt.path(rel, "other"), org=rec, title="关于推荐2023年度省工业和信息产业转型升级专项资金项目的函",
               docno=docno, to="省工业和信息化厅：",
               paras=[f"根据《2023年度江苏省工业和信息产业转型升级专项资金入库项目征集指南》要求，经企业申报、属地初审，"
                      f"我局对{co.name}申报的“{project}”进行了审核，现推荐该项目申报{cat_name}。{extra}",
                      "我局对申报材料的真实性、完整性进行了审核，特此推荐。"],
               date=date, seal=rec)


