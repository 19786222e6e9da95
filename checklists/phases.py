"""A project built in phases: an acceptance opinion of 一期 is not the acceptance of the 二期 applied for.
Only the phase written in the project's name is compared; names worded differently otherwise are not judged."""

from __future__ import annotations

import re

from checklists.checks import Check
from extractors.model import Fact

KindFacts = list[tuple[str, Fact]]
_PHASE = re.compile(r"(?:第(?P<ordinal>[一二三四五六七八九1-9])|(?P<n>[一二三四五六七八九1-9首]))\s*期(?:工程|项目)?")
_NUMBERS = {"首": "1", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
FORMS = ("application_form", "performance_form")


def phase_of(name: str) -> str | None:
    found = list(_PHASE.finditer(name))
    if not found:
        return None
    n = found[-1]["ordinal"] or found[-1]["n"]
    return _NUMBERS.get(n, n)


def _phases(kind_facts: KindFacts, kinds: tuple[str, ...]) -> dict[str, tuple[str, Fact]]:
    """Document → (phase, the name stating it), for the project names of papers of these kinds."""
    out = {}
    for kind, fact in kind_facts:
        if kind in kinds and fact.name == "project_name" and (phase := phase_of(str(fact.value))):
            out.setdefault(fact.provenance.document, (phase, fact))
    return out


def other_phase(check: Check, kinds: tuple[str, ...], kind_facts: KindFacts, count: int) -> Check | None:
    """The material's check again where every one of its `count` papers names another phase than the forms do
    (a paper naming no phase may be the right one)."""
    applied = {phase for phase, _ in _phases(kind_facts, FORMS).values()}
    papers = _phases(kind_facts, kinds)
    if check.status != "pass" or len(applied) != 1 or not papers or len(papers) < count:
        return None
    phase = applied.pop()
    if any(p == phase for p, _ in papers.values()):
        return None
    named = "、".join(f"{doc}（{fact.value}）" for doc, (_, fact) in papers.items())
    applied_name = next(str(f.value) for _, f in kind_facts if f.name == "project_name" and phase_of(str(f.value)) == phase)
    return Check(check.id, "missing", f"{check.message.removeprefix('已提供')}所载为其他期次：{named}，"
                 f"非申报项目「{applied_name}」", documents=check.documents)
