"""Document kinds by what a document says it is, in several applicants' titles (data/kinds.yaml)."""

from __future__ import annotations

import pytest

from ingest.classify import classify
from ingest.model import DocStatus, Document, Line, Page


def _kind(lines: list[str], name: str = "材料.pdf") -> str:
    page = Page(number=1, lines=tuple(Line(text=t) for t in lines))
    return classify(Document(path=name, media_type="application/pdf", status=DocStatus.ok, pages=(page,))).kind


@pytest.mark.parametrize(("lines", "kind"), [
    (["2022年度取得的计算机软件著作权登记证书清单", "序号 软件名称 登记号 取得方式"], "other"),
    (["社会团体法人登记证书", "名称：江苏省某产业集群促进会"], "business_license"),
    (["营业执照", "统一社会信用代码 91320000MA1XXXXXX"], "business_license"),
    (["常州市工业和信息化局", "关于推荐2023年度省工业和信息产业转型升级专项资金项目的函", "现推荐某公司某智能制造示范工厂项目"], "other"),
    (["项目申报材料信用承诺书", "申报项目使用的发票均为真实交易发票"], "other"),
    (["江苏省云计算、大数据、区块链企业库—企业信息", "企业名称 某公司", "入库状态 已入库"], "designation_certificate"),
    (["江苏省云计算、大数据、区块链企业库", "入库企业信息", "企业名称 某公司"], "designation_certificate"),
    (["省工业和信息化厅关于同意某制造业创新中心开展试点建设的批复"], "designation_certificate"),
    (["关于某项目环评、能评手续情况的说明", "该项目无需办理环评手续，不单独进行节能审查。"], "procedure_exemption"),
    (["关于江苏某某股份有限公司项目节能审查情况的说明", "年综合能源消费量不足1000吨标准煤，按规定不单独进行节能审查。"],
     "procedure_exemption"),
    (["关于某项目备案情况的说明", "该项目为软件购置，不属于投资项目备案范围。"], "procedure_exemption"),
    (["关于项目环评的说明", "本项目不新增产能，按规定不纳入环境影响评价管理。"], "procedure_exemption"),
    (["中国银行境外汇款申请书（银行回执联）", "汇款日期：2022-03-15", "汇款人：江苏某某股份有限公司"], "payment_voucher"),
    (["电汇凭证（回单）", "付款人：江苏某某股份有限公司", "金额：¥2,860,000.00"], "payment_voucher"),
    (["江苏省工业和信息产业转型升级专项资金项目申请书", "申报单位：江苏某某股份有限公司"], "application_form"),
])
def test_a_document_is_what_its_title_says(lines: list[str], kind: str) -> None:
    assert _kind(lines) == kind


@pytest.mark.parametrize(("title", "header", "kind"), [
    ("智能化改造项目设备购置清单", ("序号", "设备名称", "数量", "合同金额（含税）", "发票日期"), "other"),
    ("项目投入明细表", ("序号", "供应商", "合同编号", "发票开具日期", "付款日期"), "other"),
    ("软件及信息化投入一览", ("序号", "软件名称", "合同金额", "验收日期"), "other"),
    ("增值税专用发票", ("发票代码", "3200221130", "发票号码", "01234567"), "invoice"),
    ("中国农业银行贷款利息通知单（合并打印）", ("结息日", "天数", "年利率", "利息金额（元）"), "interest_statement"),
    ("中国工商银行借款利息清单", ("结息日期", "计息本金", "利率", "利息"), "interest_statement"),
])
def test_a_tables_column_captions_are_not_its_title(title: str, header: tuple[str, ...], kind: str) -> None:
    """A list with a 发票日期 or 合同金额 column is neither an invoice nor a contract; the title says what it is."""
    borrower = "借款人：南通某某机械有限公司借款合同号：32010120200003316本金：25,000,000.00元"
    page = Page(number=1, lines=(Line(text=title, segments=(title,)), Line(text=borrower, segments=(borrower,)),
                                 Line(text=" ".join(header), segments=header)))
    document = Document(path="附件5.pdf", media_type="application/pdf", status=DocStatus.ok, pages=(page,))
    assert classify(document).kind == kind
