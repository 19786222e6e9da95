"""A procedure paper (备案/核准, 环评, 能评) of another project than the one applied for: the company's filing of an
earlier project is not this project's filing. Judged only on clear evidence:

- the paper quotes a 项目代码 and none of its codes is the project's, where the project's code is known from other
  papers (the forms, or two other papers quoting the same code) — the material is then missing, unless the paper
  names the applied project itself (a code copied wrong onto a form or a paper happens; the name settles it);
- the paper quotes no code the project's matches, and its 项目名称 shares not two characters running with the
  applied project's name once the words every project name uses are set aside — a person looks (names are
  abbreviated and reworded, a filing's formal name is often not the application's).

Codes one character apart are taken for the same code (a scan reads a digit wrong)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from checklists.checks import Check
from extractors.model import Fact

KindFacts = list[tuple[str, Fact]]
PROCEDURE_KINDS = frozenset({"project_filing", "eia_approval", "energy_review"})
FORMS = ("application_form", "performance_form")
CORROBORATING = 2  # other papers that must quote one code for it to be the project's, where the forms quote none
# what every project name is made of: scale, the kind of works, the word 项目 itself
_GENERIC = re.compile(r"年产|新增|\d+(?:\.\d+)?\s*(?:万|千|亿)?(?:吨|台套|台|套|件|只|辆|片|米|平方米|平米|吨/年)?"
                      r"|项目|工程|建设|新建|扩建|改建|扩能|技术改造|技改|改造|升级|产业化|智能化|数字化|一期|二期|三期"
                      r"|[（）()《》“”\"\s、及和与的用]")


def _same_code(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 1


def _core(name: str) -> str:
    return _GENERIC.sub("", name)


def _shares_a_run(a: str, b: str, length: int = 2) -> bool:
    runs = {a[i:i + length] for i in range(len(a) - length + 1)}
    return any(b[i:i + length] in runs for i in range(len(b) - length + 1))


def clearly_another_name(name: str, applied: str) -> bool:
    """Two project names with nothing distinctive in common ("年产3000吨特种合金棒材技术改造项目" beside
    "航空发动机用精密环件产业化项目"); an abbreviation or a rewording shares its distinctive words."""
    paper, own = _core(name), _core(applied)
    if len(paper) < 2 or len(own) < 2 or paper in own or own in paper:
        return False
    return not _shares_a_run(paper, own)


def _same_name(name: str, applied: str) -> bool:
    """The applied project's name, abbreviated or with a character read wrong: one holds the other, or they
    share four characters running."""
    paper, own = _core(name), _core(applied)
    return bool(paper) and bool(own) and (paper in own or own in paper or _shares_a_run(paper, own, 4))


def _by_document(kind_facts: KindFacts, name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for _, fact in kind_facts:
        if fact.name == name and str(fact.value) not in out[fact.provenance.document]:
            out[fact.provenance.document].append(str(fact.value))
    return out


def project_codes(kind_facts: KindFacts, besides: str) -> list[str]:
    """The project's codes: those the forms quote; else the one code at least two papers other than `besides`
    quote, where no other code is quoted as often."""
    forms = list(dict.fromkeys(str(f.value) for kind, f in kind_facts if kind in FORMS and f.name == "project_code"))
    if forms:
        return forms
    counts = Counter(code for document, codes in _by_document(kind_facts, "project_code").items()
                     if document != besides for code in codes)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < CORROBORATING or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return []
    return [ranked[0][0]]


def applied_name(kind_facts: KindFacts) -> str | None:
    for form in FORMS:
        for kind, fact in kind_facts:
            if kind == form and fact.name == "project_name" and str(fact.value).strip():
                return str(fact.value)
    return None


def _verdict(document: str, kind_facts: KindFacts, applied: str | None) -> tuple[str, str] | None:
    """("missing" | "review", what the paper names) where `document` is another project's paper."""
    codes = _by_document(kind_facts, "project_code").get(document, [])
    names = _by_document(kind_facts, "project_name").get(document, [])
    own_codes = project_codes(kind_facts, document)
    if codes and own_codes and any(_same_code(c, o) for c in codes for o in own_codes):
        return None
    named = "，".join([*names[:1], *(f"代码{c}" for c in codes)])
    if codes and own_codes:
        if applied and any(_same_name(n, applied) for n in names):
            return None
        return "missing", named
    if applied and names and all(clearly_another_name(n, applied) for n in names):
        return "review", named
    return None


def other_project(check: Check, papers: list[str], kind_facts: KindFacts, material_name: str) -> Check | None:
    """The procedure material's check again where every one of its papers is another project's: missing when
    the codes say so, review when only the names do."""
    if check.status != "pass" or not papers:
        return None
    applied = applied_name(kind_facts)
    verdicts = [(paper, _verdict(paper, kind_facts, applied)) for paper in papers]
    if any(v is None for _, v in verdicts):
        return None
    own = project_codes(kind_facts, "")
    this = "，".join([*([f"「{applied}」"] if applied else []), *(f"代码{c}" for c in own[:1])])
    listing = "；".join(f"{paper} 所载项目（{v[1]}）" for paper, v in verdicts if v)
    if all(v and v[0] == "missing" for _, v in verdicts):
        return Check(check.id, "missing", f"缺少{material_name}：{listing}非本项目（{this}）",
                     documents=check.documents)
    return Check(check.id, "review", f"{material_name}所载项目与申报项目不一致，须核对是否为本项目：{listing}；"
                 f"申报项目{this}", documents=check.documents)
