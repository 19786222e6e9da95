"""Seals on the papers an issuer seals: none seen where one could show, or only another body's, is review.

A missing or foreign seal is never a fail: a greyscale copy, a faint stamp or a misread ring of text are
ordinary, and the original settles it. Only what the pages show is judged: a paper whose seal could not
be looked for (a greyscale scan, a Word file) is left alone, and so is a seal whose words
were not read or do not say clearly who it belongs to.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from checklists.checks import Check
from checklists.resolve import Resolved
from checklists.schema import SealedPaper
from extractors.party import canonical_name
from ingest.model import Document

SAME, DIFFERENT = 0.6, 0.35  # name likeness (OCR'd seal words against a stated name)
_GENERIC = re.compile(r"\(特殊普通合伙\)|\(普通合伙\)|有限责任公司|股份有限公司|有限公司|会计师事务所|事务所|公司")


def _core(name: str) -> str:
    return _GENERIC.sub("", canonical_name(name))


def likeness(seal_words: str, name: str) -> float:
    a, b = _core(seal_words), _core(name)
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b).ratio()


def _named(figures: dict[str, Resolved], name: str | None) -> str | None:
    found = figures.get(name) if name else None
    return str(found.value) if found is not None and found.value else None


def _foreign(words: str, paper: SealedPaper, figures: dict[str, Resolved]) -> bool:
    """The seal clearly belongs to another body than the paper's issuer."""
    allowed = _named(figures, paper.allowed)
    if allowed and likeness(words, allowed) >= SAME:
        return False
    if paper.own and re.search(paper.own, words):
        firm = _named(figures, paper.figure)
        return bool(firm) and likeness(words, firm) <= DIFFERENT
    return bool(re.search(paper.foreign, words))


def _whose(words: str, figures: dict[str, Resolved]) -> str:
    applicant = _named(figures, "applicant_name")
    return "（申报单位自身）" if applicant and likeness(words, applicant) >= SAME else ""


def _online_receipt(document: Document, paper: SealedPaper) -> bool:
    """A receipt printed from an online system, unsealed as issued."""
    return bool(paper.online and not document.seal.present and re.search(paper.online, document.text))


def seal_check(check_id: str, name: str, papers: list[Document], paper: SealedPaper,
               figures: dict[str, Resolved]) -> Check | None:
    """`papers`: the readable papers a material rests on, all of one sealed kind. None where no paper
    could show a seal."""
    judged = [d for d in papers if d.seal is not None and not _online_receipt(d, paper)]
    if not judged or len(judged) < len(papers):
        return None
    kinds = sorted({d.kind for d in papers})
    sealed = [d for d in judged if d.seal.present]
    if not sealed:
        listing = "、".join(d.path for d in judged)
        return Check(check_id, "review", f"{name}未见公章（{listing}），须核对盖章原件", documents=kinds)
    own = [d for d in sealed if not d.seal.texts or not all(_foreign(t, paper, figures) for t in d.seal.texts)]
    if own:
        seal = own[0].seal
        where = f"第{seal.page}页" if seal.page else ""
        words = f"“{seal.texts[0]}”" if seal.texts else ""
        return Check(check_id, "pass", f"{name}见红色印章{words}（{own[0].path}{where}）", documents=kinds)
    first = sealed[0]
    words = first.seal.texts[0]
    return Check(check_id, "review", f"{name}所盖印章为“{words}”{_whose(words, figures)}，"
                 f"非出具单位（{first.path}），须核对", documents=kinds)
