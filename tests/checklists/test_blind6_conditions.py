"""Statements that rule a project out, in several wordings (corpus/frozen6): a merger inside one group, a
project built in another province, and a designation only proposed."""

from __future__ import annotations

import pytest

from checklists.conditions import evaluate_condition
from checklists.loader import load_guide
from extractors.model import Fact
from grantcheck.model import Provenance
from tests.checklists.test_categories import Packet

GUIDE = load_guide("jiangsu-2023")


def _check(category: str, condition_id: str, texts: dict[str, tuple[str, str]], **figures: object):  # noqa: ANN202
    condition = next(c for c in GUIDE.categories[category].conditions if c.id == condition_id)
    packet = Packet(figures={"applicant_name": "南京某某科技有限公司", **figures},
                    texts={p: t for p, (_, t) in texts.items()}, kinds={p: k for p, (k, _) in texts.items()})
    return evaluate_condition(condition, packet.evidence())


@pytest.mark.parametrize(("text", "fails"), [
    ("本次股权收购属于同一控制下的企业合并，按账面价值计量。", True),
    ("转让方为收购方的控股股东，交易双方同受江苏某集团最终控制。", True),
    ("本次交易系同一母公司控制下的子公司之间的股权转让。", True),
    ("本次收购为非同一控制下的企业合并，收购对价以评估值为基础确定。", False),
])
def test_a_merger_inside_one_group(text: str, fails: bool) -> None:
    check = _check("merger-acquisition", "not_within_one_group", {"审计.pdf": ("audit_report", text)})
    assert (check is not None and check.status == "fail") is fails, check and check.message


@pytest.mark.parametrize(("kind", "text", "fails"), [
    ("project_filing", "安徽省投资项目备案表 项目代码 2111-341103-04-01-562390", True),
    ("application_form", "建设地点：浙江省嘉兴市南湖区", True),
    ("project_filing", "江苏省投资项目备案证 建设地点：常州市武进区", False),
    ("application_form", "建设地点\t南京市江宁区", False),
])
def test_a_project_built_outside_jiangsu(kind: str, text: str, fails: bool) -> None:
    check = _check("industrial-foundation", "built_in_jiangsu", {"备案.pdf": (kind, text)})
    assert (check is not None and check.status == "fail") is fails, check and check.message


def test_a_designation_only_proposed_is_missing() -> None:
    proposed = Fact(name="designation", value="little_giant", unit="text", confidence=0.9,
                    provenance=Provenance(document="名单（公示）.pdf", page=1, text="拟认定名单的公示"),
                    attrs={"level": "provincial", "year": "2022", "proposed": "1"})
    condition = next(c for c in GUIDE.categories["specialized-sme"].conditions if c.id == "little_giant_valid")
    packet = Packet(figures={"applicant_name": "南通启鸿精密轴承有限公司"}, designations=[proposed],
                    texts={"名单（公示）.pdf": "拟认定名单 南通启鸿精密轴承有限公司"},
                    kinds={"名单（公示）.pdf": "designation_certificate"})
    check = evaluate_condition(condition, packet.evidence())
    assert check is not None and check.status == "missing" and "公示" in check.message
