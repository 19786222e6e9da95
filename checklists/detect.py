"""Which category a packet applies for, from the titles of its forms.

Some forms serve two categories (附件1-1 高端化改造升级 for 重大技术改造 and 产业基础再造,
附件1-6 标识解析 for 二级节点 and 公共服务平台); a category's `detect_hint`, searched in
the form's whole text, tells them apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checklists.schema import Guide
from extractors.model import Fact

FORM_KINDS = ("performance_form", "application_form")
_SPACE = re.compile(r"\s+")


@dataclass
class Detection:
    code: str | None
    source: Fact | None
    competing: list[tuple[str, Fact]]  # other categories named by the forms


def _title_matches(title: str, guide: Guide) -> list[str]:
    """Categories whose title pattern matches longest."""
    best: list[str] = []
    length = 0
    for code, category in guide.categories.items():
        if not category.detect:
            continue
        longest = max((len(m.group(0)) for m in re.finditer(category.detect, title)), default=0)
        if longest > length:
            best, length = [code], longest
        elif longest and longest == length:
            best.append(code)
    return best


def categories_named(title: str, text: str, guide: Guide) -> list[str]:
    """The categories one form names, most likely first; more than one when it cannot tell."""
    codes = _title_matches(_SPACE.sub("", title), guide)
    if len(codes) < 2:
        return codes
    flat = _SPACE.sub("", f"{title}\n{text}")
    hinted = [c for c in codes if (hint := guide.categories[c].detect_hint) and re.search(hint, flat)]
    return hinted if len(hinted) == 1 else codes


def detect_category(forms: list[tuple[str, Fact, str]], guide: Guide) -> Detection:
    """`forms` are (document kind, a form_title or declared_category fact, the form's text); performance
    forms speak first. Several facts of one document naming the same category count once."""
    named: list[tuple[str, Fact]] = []
    decisive: list[tuple[str, Fact]] = []  # named by a form that names that one category only
    seen: set[tuple[str, str]] = set()  # (category, document)
    for kind in FORM_KINDS:
        for doc_kind, fact, text in forms:
            if doc_kind != kind:
                continue
            codes = categories_named(str(fact.value), text, guide)
            if len(codes) == 1:
                decisive.append((codes[0], fact))
            for code in codes:
                if (code, fact.provenance.document) not in seen:
                    seen.add((code, fact.provenance.document))
                    named.append((code, fact))
    if not named:
        return Detection(None, None, [])
    # a form shared by two categories (附件1-1) names both; another form that names one settles it
    code, source = next((d for d in decisive if any(c == d[0] for c, _ in named)), named[0])
    rivals = decisive if decisive else named  # a shared form's second reading is no rival once settled
    return Detection(code, source, [(c, f) for c, f in rivals if c != code])
