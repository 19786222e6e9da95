"""The applicant named in short and in full (corpus/frozen12 s01, s05, s08): a form's short form is the same party
as the licence's or certificate's registered name, and the registered name is the figure; a 名单 naming the
applicant in short names the applicant; a parent group or a namesake in another city stays another party."""

from __future__ import annotations

import pytest

from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from extractors.org_names import names_party, same_party
from extractors.registry import extract
from tests.extractors.paper import paper

GUIDE = load_guide("jiangsu-2023")


@pytest.mark.parametrize(("short", "full", "same"), [
    ("联标数科技术公司", "江苏联标数科技术有限公司", True),
    ("常州国家高新区管委会", "常州国家高新技术产业开发区管理委员会", True),
    ("江苏鼎川精密机械", "江苏鼎川精密机械有限公司", True),
    ("无锡市工信局", "无锡市工业和信息化局", True),
    ("武进区工信局", "常州市武进区工业和信息化局", True),
    ("江苏联标数科（集团）有限公司", "江苏联标数科技术有限公司", False),  # the parent group
    ("苏州云衡数据科技有限公司", "南京云衡数据科技有限公司", False),  # a namesake elsewhere
    ("苏州市工信局", "无锡市工业和信息化局", False),
    ("江苏鼎川精密机械销售有限公司", "江苏鼎川精密机械有限公司", False),
])
def test_one_party_under_two_names(short: str, full: str, same: bool) -> None:
    assert same_party(short, full) is same
    assert same_party(full, short) is same


@pytest.mark.parametrize(("text", "named"), [
    ("18 苏州市 江苏鼎川精密机械 精密传动部件智能制造示范工厂", True),
    ("18 苏州市 鼎川精密机械 精密传动部件智能制造示范工厂", True),
    ("18 苏州市 江苏鼎川精密机械销售 精密传动部件智能制造示范工厂", False),
    ("18 无锡市 无锡鼎川精密机械 精密传动部件智能制造示范工厂", False),
])
def test_a_list_names_the_applicant_in_short(text: str, named: bool) -> None:
    assert names_party(text, "江苏鼎川精密机械有限公司") is named


LICENCE = ["营业执照", "（副本）", "统一社会信用代码91320115744021867D", "名 称江苏联标数科技术有限公司", "类 型有限责任公司"]
CODE_CERTIFICATE = ["统一社会信用代码证书", "统一社会信用代码11320400015081261P", "机构名称常州国家高新技术产业开发区管理委员会",
                    "机构性质机关"]


@pytest.mark.parametrize(("short", "register", "kind", "full"), [
    ("联标数科技术公司", LICENCE, "business_license", "江苏联标数科技术有限公司"),
    ("常州国家高新区管委会", CODE_CERTIFICATE, "designation_certificate", "常州国家高新技术产业开发区管理委员会"),
])
def test_the_registered_name_wins_over_the_forms_short_one(short: str, register: list[str], kind: str, full: str) -> None:
    form = paper([], [[["项目名称", "标识解析公共服务平台建设项目"], ["项目承担单位", short]]], kind="application_form",
                 path="申报表.docx")
    licence = paper(register, kind=kind, path="证照.pdf")
    documents = [form, licence]
    result = evaluate_packet(documents, {d.path: extract(d) for d in documents}, GUIDE, "iiot-identifier-platform")
    assert result.figures["applicant_name"].value == full
    assert result.figures["applicant_name"].status == "ok"
    assert result.figures["applicant_consistency"].value == "consistent"


def test_another_party_on_the_licence_is_not_taken_for_the_applicant() -> None:
    form = paper([], [[["项目承担单位", "江苏联标数科技术有限公司"]]], kind="application_form", path="申报表.docx")
    licence = paper(["营业执照", "名 称江苏联标数科（集团）有限公司"], kind="business_license", path="执照.pdf")
    documents = [form, licence]
    result = evaluate_packet(documents, {d.path: extract(d) for d in documents}, GUIDE, "iiot-identifier-platform")
    assert result.figures["applicant_name"].value == "江苏联标数科技术有限公司"
    assert result.figures["applicant_consistency"].value == "inconsistent"
