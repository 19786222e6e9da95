"""Which category a packet applies for, from the titles of its forms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checklists.schema import Guide
from extractors.model import Fact

FORM_KINDS = ("performance_form", "application_form")


@dataclass
class Detection:
    code: str | None
    source: Fact | None
    competing: list[tuple[str, Fact]]  # other categories named by other forms


def _match(title: str, guide: Guide) -> str | None:
    best, length = None, 0
    for code, category in guide.categories.items():
        if not category.detect:
            continue
        for match in re.finditer(category.detect, title):
            if len(match.group(0)) > length:
                best, length = code, len(match.group(0))
    return best


def detect_category(titles: list[tuple[str, Fact]], guide: Guide) -> Detection:
    """`titles` are (document kind, form_title fact); performance forms speak first."""
    named = []
    for kind in FORM_KINDS:
        for doc_kind, fact in titles:
            code = _match(str(fact.value), guide) if doc_kind == kind else None
            if code:
                named.append((code, fact))
    if not named:
        return Detection(None, None, [])
    code, source = named[0]
    return Detection(code, source, [(c, f) for c, f in named if c != code])
