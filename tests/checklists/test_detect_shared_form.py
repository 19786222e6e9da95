"""附件1-1 serves 重大技术改造 and 产业基础再造: a form that names one of them settles which, whatever order
the forms come in, and the shared form's second reading is then no rival."""

from __future__ import annotations

import pytest

from checklists.detect import detect_category
from checklists.loader import load_guide
from extractors.model import Fact
from grantcheck.model import Provenance

GUIDE = load_guide("jiangsu-2023")


def _form(kind: str, name: str, text: str, document: str) -> tuple[str, Fact, str]:
    fact = Fact(name=name, value=text, unit="text", confidence=0.9, provenance=Provenance(document=document, text=text))
    return kind, fact, text


@pytest.mark.parametrize(("declared", "code"), [
    ("高端化改造升级项目（重大技术改造）", "major-tech-renovation"),
    ("高端化改造升级—产业基础再造项目", "industrial-foundation"),
    ("申报类别：重大技术改造项目", "major-tech-renovation"),
])
def test_a_form_that_names_one_category_settles_a_shared_form(declared: str, code: str) -> None:
    forms = [_form("performance_form", "form_title", "附件1-1高端化改造升级项目绩效目标申报表(2023年度)", "绩效.docx"),
             _form("application_form", "declared_category", declared, "申报表.docx")]
    detection = detect_category(forms, GUIDE)
    assert detection.code == code
    assert not detection.competing
