"""An acceptance under another title (corpus/frozen12 s01): 项目终验意见, 终验报告, 竣工验收意见, 结题验收报告 are the
acceptance the guide asks for; its date, conclusion and issuer are read as a 验收意见's are."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.registry import extract
from ingest.classify import classify
from tests.extractors.paper import paper

BODY = ["一、项目于2020年9月开工，2022年4月26日竣工，完成了批准的建设内容。",
        "二、项目总投入3486.50万元（不含税），审阅了专项审计报告等资料。"]


@pytest.mark.parametrize(("lines", "date_", "conclusion"), [
    (["关于江苏鼎川精密机械有限公司智能制造示范工厂建设项目的终验意见",
      "2022年8月19日，苏州市工业和信息化局组织专家对该项目进行了项目终验。", *BODY, "三、资料齐全，同意通过终验。",
      "苏州市工业和信息化局", "2022年8月19日"], date(2022, 8, 19), "passed"),
    (["项目终验报告", "终验时间：2022年8月19日", *BODY, "终验结论：终验合格。", "无锡市工业和信息化局"],
     date(2022, 8, 19), "passed"),
    (["年产5万套精密轴承技改项目竣工验收意见", *BODY, "验收组一致同意该项目通过竣工验收。", "常州市武进区工业和信息化局",
      "二〇二二年九月六日"], date(2022, 9, 6), "passed"),
    (["结题验收报告", *BODY, "2022年10月12日召开结题验收会，专家组认为暂缓结题验收。", "南京市工业和信息化局"],
     date(2022, 10, 12), "rejected"),
])
def test_an_acceptance_by_another_title(lines: list[str], date_: date, conclusion: str) -> None:
    document = classify(paper(lines, kind="other", path="05.pdf"))
    assert document.kind == "acceptance_opinion"
    facts = {f.name: f.value for f in extract(document)}
    assert facts["acceptance_date"] == date_
    assert facts["acceptance_conclusion"] == conclusion


@pytest.mark.parametrize("lines", [
    ["项目初验意见", "2022年3月1日初验，待整改后申请终验。"],  # a preliminary check is not the acceptance
    ["专项审计报告", "苏信审字〔2022〕118号", "项目尚未组织终验。", "会计师事务所对项目投入进行了专项审计"],
])
def test_not_an_acceptance(lines: list[str]) -> None:
    assert classify(paper(lines, kind="other", path="x.pdf")).kind != "acceptance_opinion"
