"""The applicant's former names: papers issued before a 名称变更 name the same legal person by its old name
(the designation list, the filing, the invoices). A name counts as the applicant's former name only where a
paper records the change to the applicant's present name."""

from __future__ import annotations

from checklists.resolve import Resolved
from extractors.model import Fact
from extractors.party import canonical_name

KindFacts = list[tuple[str, Fact]]


def former_names(kind_facts: KindFacts, applicant: Resolved | None) -> Resolved | None:
    if applicant is None or not applicant.value:
        return None
    present = canonical_name(str(applicant.value))
    changes = [f for _, f in kind_facts if f.name == "former_name" and f.attrs.get("new")
               and canonical_name(f.attrs["new"]) == present and canonical_name(str(f.value)) != present]
    if not changes:
        return None
    names = list(dict.fromkeys(str(f.value) for f in changes))
    best = max(f.confidence for f in changes)
    return Resolved("applicant_former_name", "；".join(names), "text", best, changes,
                    kinds=tuple(dict.fromkeys(k for k, f in kind_facts if f in changes)))


def applicant_names(figures: dict[str, Resolved]) -> list[str]:
    """The applicant's present name first, then its former ones."""
    names = [str(figures[n].value) for n in ("applicant_name",) if n in figures and figures[n].value]
    former = figures.get("applicant_former_name")
    return names + (str(former.value).split("；") if former is not None and former.value else [])
