"""Non-company applicants of the twelfth blind set (corpus/frozen12 s07, s10): a 设区市工信局's exhibition plan, signed
months before the fair, does not date the application (the fair would seem held after applying); an audit typed
with full-width digits (２０２１年７月１日至２０２２年６月３０日) states its period as well as one typed with half-width."""

from __future__ import annotations

import pytest

from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from extractors.registry import extract
from tests.extractors.paper import paper

GUIDE = load_guide("jiangsu-2023")


def _statuses(documents: list, category: str) -> dict[str, str]:
    result = evaluate_packet(documents, {d.path: extract(d) for d in documents}, GUIDE, category)
    return {c.id.rpartition(".")[2]: c.status for c in result.checks}


FORM = paper([], [[["项目名称", "2022江苏（徐州）高端装备制造博览会"], ["申报单位", "徐州市工业和信息化局"],
                   ["举办时间", "2022年9月23日—9月25日"]]], kind="application_form", path="申报表.docx")


@pytest.mark.parametrize("plan", [
    ["2022江苏（徐州）高端装备制造博览会实施方案（摘要）", "一、展会规模：展览面积6万平方米以上。", "徐州市工业和信息化局",
     "2022年6月15日"],
    ["关于举办2022世界物联网博览会的工作方案", "一、时间地点：2022年9月在无锡举办。", "无锡市工业和信息化局", "2022年5月8日"],
    ["项目可行性研究报告", "一、项目概况：略。", "江苏某某有限公司", "2021年3月2日"],
])
def test_a_plans_signature_date_is_not_the_application_date(plan: list[str]) -> None:
    documents = [FORM, paper(plan, kind="application_form", path="方案.pdf")]
    assert "application_date" not in {f.name for f in extract(documents[1])}
    assert _statuses(documents, "major-exhibition")["completed_before_application"] != "fail"


def test_a_plans_labelled_application_date_still_counts() -> None:
    plan = paper(["项目实施方案", "申报日期：2023年3月1日"], kind="application_form", path="方案.pdf")
    assert [str(f.value) for f in extract(plan) if f.name == "application_date"] == ["2023-03-01"]


@pytest.mark.parametrize("stated", [
    "我们接受委托，对贵会２０２１年７月１日至２０２２年６月３０日期间开展集群服务取得的收入进行了专项审计。",
    "审计期间：２０２１．０７．０１－２０２２．０６．３０",
    "审计期间：2021年7月1日至2022年6月30日",
])
def test_an_audit_period_typed_in_full_width_digits(stated: str) -> None:
    audit = paper(["专项审计报告", "无锡市物联网产业集群促进会：", stated, "经审计，集群服务收入合计人民币２，８６４，３００．００元。"],
                  kind="audit_report", path="审计.docx")
    assert _statuses([audit], "cluster-promotion")["revenue_period_stated"] == "pass"
