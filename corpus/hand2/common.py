"""Second-hand writing helpers: amounts as applicants write them, codes, stock documents in varied wording."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
import random

from stdnum.cn import uscc as _uscc

from corpus.builders import Doc

DIGITS = "零壹贰叁肆伍陆柒捌玖"


def uscc(seed: str) -> str:
    """A USCC with a valid GB 32100-2015 check digit, derived from a seed string."""
    rng = random.Random(seed)
    body = "913205" + "".join(rng.choice("0123456789") for _ in range(3)) + "MA" + "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    body = body[:17]
    return body + _uscc.calc_check_digit(body)


def yuan(wan: float | str) -> str:
    """万元 → '34,182,600.00元'."""
    value = (Decimal(str(wan)) * 10000).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{value:,.2f}元"


def yuan_plain(wan: float | str) -> str:
    value = (Decimal(str(wan)) * 10000).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{value:,.2f}"


def wan(w: float | str) -> str:
    return f"{Decimal(str(w)).quantize(Decimal('0.01'), ROUND_HALF_UP):,}万元"


def yi(w: float | str) -> str:
    """万元 → '1.8632亿元'."""
    return f"{(Decimal(str(w)) / 10000).normalize():f}亿元"


def daxie(wan_value: float | str) -> str:
    """Amount in 万元 → 人民币大写 (e.g. 叁仟肆佰壹拾捌万贰仟陆佰元整)."""
    fen_total = int((Decimal(str(wan_value)) * 1000000).quantize(Decimal("1"), ROUND_HALF_UP))
    yuan_int, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10

    def four(n: int) -> str:
        units = ["仟", "佰", "拾", ""]
        out, zero = "", False
        for i, d in enumerate(f"{n:04d}"):
            d = int(d)
            if d == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += DIGITS[d] + units[i]
        return out

    yi_part, rest = divmod(yuan_int, 10 ** 8)
    wan_part, ge = divmod(rest, 10 ** 4)
    text = ""
    if yi_part:
        text += four(yi_part) + "亿"
    if wan_part:
        if text and wan_part < 1000:
            text += "零"
        text += four(wan_part) + "万"
    if ge:
        if text and ge < 1000:
            text += "零"
        text += four(ge)
    text = (text or "零") + "元"
    if jiao == 0 and fen == 0:
        return text + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif fen:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    return text


def cn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def dot_date(iso: str) -> str:
    return iso.replace("-", ".")


FILLER = ["江苏恒瑞达精密机械有限公司", "南通海泰船舶配套股份有限公司", "无锡锡能电气集团有限公司", "常州天沐新材料科技有限公司",
          "徐州隆昌重工机械有限公司", "盐城华悦汽车部件有限公司", "扬州亚澳光电科技有限公司", "镇江润邦液压股份有限公司",
          "泰州博瑞制药有限公司", "宿迁洋河智能包装有限公司", "淮安澳洋纺织有限公司", "连云港中复复材股份有限公司",
          "苏州汇川精工有限公司", "昆山科森电子有限公司", "南京埃斯顿智造有限公司", "江阴兴澄特种材料有限公司",
          "张家港沙钢精密带钢有限公司", "常熟中利光电科技有限公司", "太仓中集冷链装备有限公司", "宜兴环科水处理设备有限公司",
          "溧阳上上电缆有限公司", "海安鹰球轴承股份有限公司", "如皋双马化工有限公司", "丹阳天工工具有限公司",
          "靖江新民洲造船有限公司", "沭阳兆信木业有限公司", "东台富安茧丝绸有限公司", "盱眙凹土新材料有限公司",
          "邳州钢源机械有限公司", "睢宁宝迪智能装备有限公司", "吴江盛虹化纤有限公司", "高邮秦邮特种金属有限公司",
          "句容华阳电器有限公司", "兴化戴窑食品机械有限公司", "金坛长荡湖锂电材料有限公司", "滨海港绿色能源有限公司"]


def roster(applicant: str, seed: str, n: int, index: int, with_city: bool = True) -> list[list[str]]:
    """A 名单 of n enterprises with the applicant at position `index`."""
    rng = random.Random(seed)
    names = rng.sample(FILLER, min(n - 1, len(FILLER)))
    names.insert(index, applicant)
    cities = {"江苏": "南京", "南通": "南通", "无锡": "无锡", "常州": "常州", "徐州": "徐州", "盐城": "盐城", "扬州": "扬州",
              "镇江": "镇江", "泰州": "泰州", "宿迁": "宿迁", "淮安": "淮安", "连云": "连云港", "苏州": "苏州", "昆山": "苏州",
              "南京": "南京", "江阴": "无锡", "张家": "苏州", "常熟": "苏州", "太仓": "苏州", "宜兴": "无锡", "溧阳": "常州",
              "海安": "南通", "如皋": "南通", "丹阳": "镇江", "靖江": "泰州", "沭阳": "宿迁", "东台": "盐城", "盱眙": "淮安",
              "邳州": "徐州", "睢宁": "徐州", "吴江": "苏州", "高邮": "扬州", "句容": "镇江", "兴化": "泰州", "金坛": "常州",
              "滨海": "盐城"}
    rows = []
    for i, name in enumerate(names, 1):
        city = cities.get(name[:2], "苏州") + "市"
        rows.append([str(i), name, city] if with_city else [str(i), name])
    return rows


def invoice(seller: str, seller_id: str, buyer: str, buyer_id: str, number: str, code: str | None, date: str,
            items: list[tuple[str, float, float]], style: int = 0) -> Doc:
    """A VAT special invoice; items are (name, amount excl. tax in 元, tax rate)."""
    amount = sum(Decimal(str(a)) for _, a, _ in items)
    tax = sum((Decimal(str(a)) * Decimal(str(r))).quantize(Decimal("0.01"), ROUND_HALF_UP) for _, a, r in items)
    total = amount + tax
    doc = Doc()
    if code:
        doc.title("江苏增值税专用发票")
        doc.para(f"发票代码：{code}    发票号码：{number}    开票日期：{cn_date(date)}")
    else:
        doc.title("电子发票（增值税专用发票）")
        doc.para(f"发票号码：{number}")
        doc.para(f"开票日期：{cn_date(date)}")
    doc.table([["购买方", f"名称：{buyer}", f"纳税人识别号：{buyer_id}"],
               ["销售方", f"名称：{seller}", f"纳税人识别号：{seller_id}"]])
    rows = [["项目名称", "规格型号", "单位", "数量", "金额", "税率", "税额"]]
    for name, a, r in items:
        rows.append([name, "", "套", "1", f"{Decimal(str(a)):,.2f}", f"{int(r * 100)}%",
                     f"{(Decimal(str(a)) * Decimal(str(r))).quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"])
    rows.append(["合计", "", "", "", f"￥{amount:,.2f}", "", f"￥{tax:,.2f}"])
    doc.table(rows)
    doc.para(f"价税合计（大写）{daxie(total / 10000)}    （小写）￥{total:,.2f}")
    doc.para(f"开票人：{'王芳' if style % 2 else '李婷'}    销售方：（章）")
    return doc


def voucher(payer: str, payee: str, bank: str, date: str, amount_yuan: float, purpose: str, serial: str) -> Doc:
    a = Decimal(str(amount_yuan))
    return (Doc().title(f"{bank}业务回单（付款）")
            .table([["交易日期", cn_date(date), "回单编号", serial],
                    ["付款人户名", payer, "收款人户名", payee],
                    ["金额（小写）", f"CNY {a:,.2f}", "金额（大写）", daxie(a / 10000)],
                    ["用途", purpose, "业务类型", "对公转账"]])
            .para("本回单为电子回单，可通过网上银行验证真伪。"))


def contract(title: str, buyer: str, seller: str, subject: str, amount_yuan: float, date: str, tax_rate: float = 0.13) -> Doc:
    a = Decimal(str(amount_yuan))
    incl = (a * (1 + Decimal(str(tax_rate)))).quantize(Decimal("0.01"))
    return (Doc().title(title)
            .para(f"甲方（买方）：{buyer}")
            .para(f"乙方（卖方）：{seller}")
            .para(f"第一条 标的：{subject}。")
            .para(f"第二条 合同价款：含税总价人民币{daxie(incl / 10000)}（￥{incl:,.2f}），其中不含税价￥{a:,.2f}，"
                  f"增值税税率{int(tax_rate * 100)}%。")
            .para("第三条 付款方式：合同签订后支付30%预付款，到货验收合格后支付60%，余款10%作为质保金。")
            .para("第四条 交付与验收：乙方负责运输、安装及调试，甲方组织验收。")
            .sign(f"签订日期：{cn_date(date)}"))


def procedure_docs(applicant: str, project: str, city: str, code: str, dates: tuple[str, str, str], style: int) -> dict[str, Doc]:
    """备案证, 环评批复, 节能审查意见 — three stock procedure documents, two wordings."""
    filing_date, eia_date, energy_date = dates
    filing = (Doc().title("江苏省投资项目备案证")
              .table([["备案证号", code], ["项目名称", project], ["项目法人单位", applicant],
                      ["建设地点", f"{city}"], ["备案机关", f"{city}行政审批局"], ["备案日期", cn_date(filing_date)]])
              .stamp(f"{city}行政审批局"))
    if style % 2:
        eia = (Doc().title(f"关于{applicant}{project}环境影响报告表的批复")
               .para(f"{applicant}：")
               .para(f"你单位报送的《{project}环境影响报告表》收悉。经研究，在落实报告表提出的各项污染防治措施的前提下，"
                     "从环境保护角度，同意该项目建设。")
               .sign(f"{city}生态环境局  {cn_date(eia_date)}"))
        energy = (Doc().title("节能审查意见")
                  .para(f"{applicant}：你单位{project}节能报告收悉，经审查，原则同意该项目节能报告。")
                  .sign(f"{city}发展和改革委员会  {cn_date(energy_date)}"))
    else:
        eia = (Doc().title("建设项目环境影响登记表备案回执")
               .para(f"建设单位：{applicant}")
               .para(f"项目名称：{project}")
               .para(f"备案日期：{dot_date(eia_date)}，备案号：{eia_date[:4]}3205000{eia_date[5:7]}00{len(project)}"))
        energy = (Doc().title(f"{city}行政审批局关于{project}节能报告的审查意见")
                  .para(f"该项目年综合能源消费量（当量值）较小，符合节能审查要求，同意通过节能审查。")
                  .sign(cn_date(energy_date)).stamp(f"{city}行政审批局"))
    return {"filing": filing, "eia": eia, "energy": energy}


def exemption(unit: str, applicant: str, project: str, which: str, date: str) -> Doc:
    return (Doc().title(f"关于{applicant}项目相关手续的说明")
            .para(f"江苏省工业和信息化厅：")
            .para(f"{applicant}申报的“{project}”主要为软件系统、信息化设备购置及安装调试，不新增用地和建筑物，"
                  f"不新增产能，根据相关规定无需办理{which}手续。特此说明。")
            .sign(f"{unit}  {cn_date(date)}"))


def license_doc(applicant: str, code: str, capital: str, founded: str, scope: str, address: str) -> Doc:
    return (Doc().title("营业执照（副本）")
            .table([["统一社会信用代码", code], ["名称", applicant], ["类型", "有限责任公司"], ["注册资本", capital],
                    ["成立日期", cn_date(founded)], ["住所", address], ["经营范围", scope]]))
