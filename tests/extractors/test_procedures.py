"""The 推荐单位's letter that procedures are not needed: which ones it names."""

from __future__ import annotations

import pytest

from extractors.context import ExtractContext
from extractors.procedures import exemption_facts
from tests.extractors.test_statements import _document


@pytest.mark.parametrize(("lines", "exempted"), [
    (["关于某项目无需办理相关手续的说明", "经核实，该项目为软硬件购置，无需办理备案、环评、能评手续。"], {"filing", "eia", "energy"}),
    (["经核实，该项目不涉及环境影响评价。"], {"eia"}),
    (["该项目不新增用地，按规定无需办理节能审查；备案手续已办理。"], {"energy"}),
    (["经核实，该项目无需办理相关手续。"], {"filing", "eia", "energy"}),
    (["项目已办理备案、环评和能评手续。"], set()),
    # a threshold not reached, or a review not held separately
    (["年综合能源消费量640吨标准煤，低于须单独开展节能审查的标准，不再单独进行节能审查。项目备案、环评手续已办理完毕。"],
     {"energy"}),
    (["该项目年耗能不足1000吨标准煤，按规定不再单独开展节能审查。"], {"energy"}),
    (["项目能耗低于节能审查限额，备案已完成。"], {"energy"}),
    (["该项目属于环境影响登记表类别，豁免环评审批手续。"], {"eia"}),
    (["根据名录，该项目不纳入环境影响评价管理。"], {"eia"}),
])
def test_which_procedures_a_letter_exempts(lines: list[str], exempted: set[str]) -> None:
    facts = exemption_facts(ExtractContext(_document(lines, kind="procedure_exemption")))
    assert {f.value for f in facts} == exempted
