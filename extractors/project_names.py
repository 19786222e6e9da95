"""The project's name as a paper gives it (项目名称), for telling a project's phases apart (一期, 二期), and the
project's code (项目代码, the national investment project code 2022-321204-33-03-613852) a procedure paper
quotes, for telling this project's papers from another project's."""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.model import Fact
from extractors.statements import labelled_text

CODE_EXTRACTOR = "project_code.v1"
_DASH = r"\s*[-－—–_]\s*"
# year - 6-digit area - 2-digit industry - 2-digit type - 6-digit serial (投资项目在线审批监管平台's 项目代码)
PROJECT_CODE = re.compile(rf"(?<![\d-])((?:19|20)\d{{2}}){_DASH}(\d{{6}}){_DASH}(\d{{2}}){_DASH}(\d{{2}}){_DASH}(\d{{6}})(?![\d-])")


def project_name_facts(ctx: ExtractContext) -> list[Fact]:
    return labelled_text(ctx, re.compile(r"项目名称"), "project_name", 0.85, "project_name.v1")


def project_codes(text: str) -> list[str]:
    """Every project code written in `text`, dashes made plain."""
    return list(dict.fromkeys("-".join(m.groups()) for m in PROJECT_CODE.finditer(text)))


def project_code_facts(ctx: ExtractContext) -> list[Fact]:
    """Each project code the paper quotes, once, where it first appears."""
    facts: dict[str, Fact] = {}
    for unit in ctx.units:
        for code in project_codes(unit.text):
            facts.setdefault(code, Fact(name="project_code", value=code, unit="text", confidence=0.9,
                                        provenance=unit.provenance.model_copy(update={"extractor": CODE_EXTRACTOR})))
    return list(facts.values())
