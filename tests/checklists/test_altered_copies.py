"""银行利息单复印件须字迹清晰无涂改 (frozen10 q03): a statement carrying a correction is asked for again as a clean copy
(missing), whatever other statements the packet holds; a clean statement asks for nothing."""

from __future__ import annotations

import pytest

from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from extractors.registry import extract
from tests.extractors.paper import paper

GUIDE = load_guide("jiangsu-2023")
ROWS = [["序号", "结息日", "利息金额"], ["1", "2021-03-21", "303,750.00"], ["2", "2021-06-21", "310,500.00"]]


def _checks(total_line: str) -> dict:
    form = paper(["专精特新中小企业能力提升项目申报表", "贷款利息（万元）：61.43"], kind="application_form", path="申报表.docx")
    statement = paper(["中国农业银行贷款利息清单", total_line], [ROWS], kind="interest_statement", path="利息清单.pdf")
    clean = paper(["江苏银行利息回单", "利息金额 192,500.00"], kind="interest_statement", path="利息回单.pdf")
    documents = [form, statement, clean]
    result = evaluate_packet(documents, {d.path: extract(d) for d in documents}, GUIDE, "specialized-sme")
    return {c.id: c for c in result.checks}


@pytest.mark.parametrize("line", ["合计 614,250.00 改", "合计 614,250.00", "合计614,250.00 改 644,250.00"])
def test_an_altered_statement_is_asked_for_again(line: str) -> None:
    checks = _checks(line)
    altered = checks.get("specialized-sme.material.interest_statement.unaltered")
    if "改" in line:
        assert altered is not None and altered.status == "missing" and altered.documents == ["interest_statement"]
        assert "利息清单.pdf" in altered.message
    else:
        assert altered is None
