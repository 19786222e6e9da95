"""Documents of the categories beyond 标杆示范: application forms, statement audits, certificates,
agreements, bank papers — each writing the facts of its profile, in a table or in prose by variant."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from corpus.builders import Doc
from corpus.documents import FORM_TITLES, day, money
from corpus.profiles import AGREEMENT_FACTS, LICENSE_FACTS, PROFILES, RATIOS, YI, Profile
from corpus.spec import Spec

SELLER = "江苏智控软件科技有限公司"
FIRMS = ("江苏天衡会计师事务所（特殊普通合伙）", "苏州华明会计师事务所有限公司", "中汇会计师事务所（特殊普通合伙）")


def profile_of(s: Spec) -> Profile:
    return PROFILES[s.category]


def _prose_value(figure: str, value: object, variant: int) -> str:
    if figure in ("identifier_registrations", "identifier_resolutions"):
        return f"{Decimal(int(value)) / YI:g}"  # type: ignore[call-overload]
    if figure in RATIOS:
        return f"{Decimal(str(value)) * 100:g}%"
    if isinstance(value, date):
        return day(value, variant)
    if isinstance(value, Decimal):
        return money(value, variant)
    return str(value)


def _cell_value(label: str, figure: str, value: object, variant: int) -> str:
    if isinstance(value, Decimal) and figure not in RATIOS:
        return f"{value:,.2f}" if "万元" in label else f"{value:,.2f}万元"
    return _prose_value(figure, value, variant)


def _state(doc: Doc, s: Spec, figures: list[str], as_table: bool) -> None:
    p = profile_of(s)
    present = [f for f in figures if f in s.facts]
    if not present:
        return
    if as_table:
        doc.table([[p.phrase(f)[0], _cell_value(p.phrase(f)[0], f, s.facts[f], s.variant)] for f in present])
        return
    for figure in present:
        doc.para(p.phrase(figure, s.variant)[1].format(v=_prose_value(figure, s.facts[figure], s.variant)) + "。")


def application_form(s: Spec) -> Doc:
    if s.category not in PROFILES:  # a 标杆示范 application form: its header only
        return (Doc().title(FORM_TITLES[s.category][1].replace("绩效目标申报表", "申报书"))
                .table([["项目名称", s.project], ["申报单位", s.applicant]]).sign(f"申报日期：{day(s.application, 0)}"))
    p = profile_of(s)
    doc = Doc().title(f"{p.app_title}申报书")
    doc.table([["项目名称", s.project], ["申报单位", s.applicant], ["统一社会信用代码", s.uscc],
               ["项目推荐单位", s.recommender]])
    stated_elsewhere = set(p.audit) | LICENSE_FACTS | AGREEMENT_FACTS | {"deals"}
    if p.uses_standard_audit:
        stated_elsewhere |= {"total_investment", "software_investment"}
    own = [f for f in s.facts if f not in stated_elsewhere]
    _state(doc, s, own, as_table=s.variant % 2 == 0)
    for sentence in p.statements:
        doc.para(sentence)
    doc.sign(f"申报单位（盖章）：{s.applicant}")
    doc.sign(f"申报日期：{day(s.application, 0)}")
    return doc


def category_performance_form(s: Spec) -> Doc:
    p = profile_of(s)
    doc = Doc().para(p.annex).title(p.form_title).para("（2023年度）")
    rows = [["项目名称", s.project], ["项目推荐单位", s.recommender], ["项目承担单位", s.applicant]]
    for figure, label in (("start_date", "项目开始时间"), ("completion_date", "项目结束时间")):
        value = s.facts.get(figure)
        if isinstance(value, date) and figure not in p.audit:
            rows.append([label, f"{value.year}年{value.month}月"])
    rows += [list(row) for row in p.form_rows]
    if p.annex == "附件1-1":
        rows.append(["新增知识产权数量（个）（产业基础再造项目必填）", "6"])
    doc.table(rows)
    doc.sign(f"填报日期：{day(s.application, 0)}")
    return doc


def statement_audit(s: Spec) -> Doc:
    p = profile_of(s)
    doc = Doc().title(f"关于{s.applicant}{s.project}的专项审计报告")
    doc.para(f"苏华审字〔2023〕第{200 + s.seed}号")
    doc.para(f"{s.applicant}：")
    doc.para(f"我们接受委托，对贵单位{s.project}的相关情况进行了专项审计。")
    for note in p.audit_notes:
        doc.para(note)
    deals = s.facts.get("deals")
    if isinstance(deals, list):
        doc.table(_deal_rows(deals))
    _state(doc, s, [f for f in p.audit if not (deals and f in DEAL_FIGURES)], as_table=s.variant % 2 == 1)
    if s.variant % 2 == 0:
        doc.para("以上金额均不含增值税。")
    doc.sign(FIRMS[s.variant % 3]).stamp(FIRMS[s.variant % 3])
    doc.sign(f"中国注册会计师：李华　{day(date(2023, 2, 20), 0)}")
    return doc


DEAL_FIGURES = ("acquisition_total", "acquisition_amount", "completion_date")


def _deal_rows(deals: list[tuple[str, Decimal, Decimal, date]]) -> list[list[str]]:
    """Several acquisitions counted together: one row each and their 合计."""
    rows = [["序号", "目标企业", "实际出资额（万元）", "其中现金（万元）", "工商变更完成日期"]]
    rows += [[str(i), target, f"{total:,.2f}", f"{cash:,.2f}", day(done, 1)]
             for i, (target, total, cash, done) in enumerate(deals, start=1)]
    rows.append(["", "合计", f"{sum(d[1] for d in deals):,.2f}", f"{sum(d[2] for d in deals):,.2f}", ""])
    return rows


def start_certificate(s: Spec) -> Doc:
    start = s.facts["start_date"]
    assert isinstance(start, date)
    return (Doc().title("项目开工证明")
            .para(f"兹证明{s.applicant}{s.project}已于{day(start, s.variant)}开工建设，目前项目正在建设中，尚未竣工。")
            .para("特此证明。").sign(s.recommender).stamp(s.recommender).sign(day(date(2023, 2, 15), 0)))


def expert_evaluation(s: Spec) -> Doc:
    return (Doc().title("工业互联网标识解析二级节点专家评估意见")
            .para(f"2022年11月8日，中国信息通信研究院组织专家对{s.applicant}建设的工业互联网标识解析二级节点进行了评估。")
            .para("专家组听取了汇报，查看了展示体验中心和系统运行情况，一致同意该节点通过专家评估。")
            .sign("中国信息通信研究院（盖章）").sign(day(date(2022, 11, 8), 0)))


def cooperation_agreement(s: Spec) -> Doc:
    years = s.facts.get("cooperation_years", 5)
    return (Doc().title("信息技术应用创新实验室共建合作协议")
            .para(f"甲方：{s.applicant}")
            .para("乙方：南京邮电大学")
            .para(f"双方在乙方校内合作共建信息技术应用创新实验室，合作期{years}年。乙方提供实验室场所和基础设施并负责运营，"
                  "甲方提供实验室建设所需的信创软硬件产品和服务。")
            .sign("甲方（盖章）　乙方（盖章）").sign(day(date(2022, 3, 20), 0)))


def share_agreement(s: Spec) -> Doc:
    total = s.facts.get("acquisition_total", Decimal("8000"))
    assert isinstance(total, Decimal)
    return (Doc().title("股权转让协议")
            .para(f"受让方（甲方）：{s.applicant}")
            .para("转让方（乙方）：常州远景投资有限公司")
            .para(f"乙方将其持有的常州精工传动科技有限公司股权转让给甲方，股权转让价款为{money(total, s.variant)}。")
            .sign("甲方（盖章）　乙方（盖章）").sign(day(date(2021, 12, 18), 0)))


def registration_notice(s: Spec) -> Doc:
    done = s.facts.get("completion_date", date(2022, 3, 15))
    assert isinstance(done, date)
    return (Doc().title("准予变更登记通知书")
            .para("常州精工传动科技有限公司：")
            .para(f"经审查，你单位提交的股东变更登记申请，申请材料齐全，符合法定形式，我局决定准予变更登记。变更后控股股东为{s.applicant}。")
            .sign("常州市市场监督管理局").stamp("常州市市场监督管理局").sign(day(done, 0)))


def purchase_contract(s: Spec) -> Doc:
    total = sum((i.amount_yuan for i in s.invoices), Decimal(0))
    return (Doc().title("设备及软件采购合同")
            .para(f"甲方（买方）：{s.applicant}")
            .para(f"乙方（卖方）：{SELLER}")
            .para(f"甲方向乙方采购生产管理系统软件及配套设备，合同总价为人民币{total * Decimal('1.13'):,.2f}元（含税）。")
            .sign("甲方（盖章）　乙方（盖章）").sign(day(date(2021, 2, 26) if s.invoices[0].issued.year == 2021 else
                                                   date(2022, 2, 26), 0)))


def payment_voucher(s: Spec) -> Doc:
    paid = s.facts.get("acquisition_amount")
    payee, use = ("常州远景投资有限公司", "股权转让款") if isinstance(paid, Decimal) else (SELLER, "货款")
    amount = paid * 10000 if isinstance(paid, Decimal) else \
        sum((i.amount_yuan + i.tax_yuan for i in s.invoices), Decimal(0))
    return (Doc().title("中国工商银行网上银行电子回单")
            .table([["付款人", s.applicant], ["收款人", payee], ["金额", f"人民币{amount:,.2f}元"], ["用途", use]])
            .sign(day(date(2022, 1, 10), 0)))


def loan_contract(s: Spec) -> Doc:
    return (Doc().title("流动资金借款合同")
            .para(f"借款人：{s.applicant}")
            .para("贷款人：中国银行股份有限公司苏州分行")
            .para("借款金额：人民币叁仟万元整，借款期限自2021年1月5日至2023年1月4日。")
            .sign("借款人（盖章）　贷款人（盖章）").sign(day(date(2021, 1, 5), 0)))


def interest_statement(s: Spec) -> Doc:
    interest = s.facts.get("loan_interest", Decimal(0))
    assert isinstance(interest, Decimal)
    return (Doc().title("中国银行利息清单")
            .para(f"户名：{s.applicant}")
            .para(f"计息期间：2021年1月1日至2022年6月30日，利息合计：人民币{interest * 10000:,.2f}元。")
            .sign("中国银行股份有限公司苏州分行").sign(day(date(2022, 7, 5), 0)))


def business_license(s: Spec) -> Doc:
    """A company's 营业执照, or a public institution's 事业单位法人证书 (开办资金, 宗旨和业务范围)."""
    public = s.applicant.endswith("中心")
    rows = [["名称", s.applicant], ["统一社会信用代码", s.uscc], ["类型", "事业单位" if public else "有限责任公司"]]
    p = profile_of(s)
    for figure in sorted(LICENSE_FACTS & set(s.facts)):
        label = p.phrase(figure)[0]
        label = "开办资金" if public and figure == "registered_capital" else label
        rows.append([label, _cell_value(label, figure, s.facts[figure], s.variant)])
    scope = "宗旨和业务范围" if public else "经营范围"
    rows.append([scope, "企业管理培训；职业技能培训（不含需取得许可的项目）；会议及展览服务"])
    issuer = "江苏省事业单位登记管理局" if public else "南京市市场监督管理局"
    return Doc().title("事业单位法人证书" if public else "营业执照").table(rows).sign(issuer).stamp(issuer)


def commitment(s: Spec) -> Doc:
    doc = Doc().title("承诺书")
    for sentence in profile_of(s).statements:
        doc.para(sentence)
    doc.para("本单位对所提交材料的真实性负责。")
    return doc.sign(f"{s.applicant}（盖章）").sign(day(s.application, 0))
