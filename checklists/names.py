"""The applicant's name as registered: a form may name it in short ("常州国家高新区管委会", "联标数科技术公司");
the licence, the certificate or another paper writing the same party out in full gives the figure."""

from __future__ import annotations

from checklists.resolve import Resolved
from extractors.model import Fact
from extractors.org_names import fullness, same_party
from extractors.party import canonical_name

KindFacts = list[tuple[str, Fact]]


def _rank(fact: Fact) -> tuple[bool, int, bool, float]:
    written, length = fullness(str(fact.value))
    return written, length, fact.attrs.get("registered") == "yes", fact.confidence


def registered_name(applicant: Resolved | None, kind_facts: KindFacts) -> Resolved | None:
    if applicant is None or not applicant.value:
        return applicant
    chosen = str(applicant.value)
    same = [f for _, f in kind_facts if f.name == "applicant_name" and same_party(str(f.value), chosen)]
    best = max(same, key=_rank, default=None)
    rivals = [f for f in applicant.sources[1:] if not same_party(str(f.value), chosen)]
    if best is None or canonical_name(str(best.value)) == canonical_name(chosen):
        return applicant
    short = [f for f in same if canonical_name(str(f.value)) != canonical_name(str(best.value))]
    note = applicant.note if rivals else \
        "、".join(dict.fromkeys(f"{f.provenance.document}「{f.value}」" for f in short)) + " 为简称，取全称"
    return Resolved("applicant_name", best.value, applicant.unit, max(applicant.confidence, best.confidence),
                    [best, *rivals] if rivals else [best], status=applicant.status if rivals else "ok", note=note,
                    alternatives=[f for f in same if f is not best], kinds=applicant.kinds)
