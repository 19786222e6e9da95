"""The project's name as a paper gives it (项目名称), for telling a project's phases apart (一期, 二期)."""

from __future__ import annotations

import re

from extractors.context import ExtractContext
from extractors.model import Fact
from extractors.statements import labelled_text


def project_name_facts(ctx: ExtractContext) -> list[Fact]:
    return labelled_text(ctx, re.compile(r"项目名称"), "project_name", 0.85, "project_name.v1")
