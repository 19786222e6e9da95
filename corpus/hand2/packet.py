"""A packet: files (relative path → Doc) and the expected result written from the guide."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.builders import Doc
from corpus.hand2.common import uscc


@dataclass
class Packet:
    name: str
    category: str
    outcome: str
    tests: str
    files: dict[str, Doc] = field(default_factory=dict)
    figures: dict = field(default_factory=dict)
    checks: dict = field(default_factory=dict)

    def add(self, path: str, doc: Doc) -> Packet:
        self.files[path] = signed(doc) if path.lower().endswith(".pdf") else doc
        return self

    def expected(self) -> dict:
        return {"category": self.category, "outcome": self.outcome, "figures": self.figures, "checks": self.checks}


def party(name: str, unit: str, project: str, start: str, end: str, total: str, date: str, **more) -> dict:
    return {"applicant": name, "uscc": uscc(name), "unit": unit, "project": project, "start": start, "end": end,
            "total": total, "date": date, **more}


def ident(p: dict) -> dict:
    return {"applicant_name": p["applicant"], "applicant_uscc": p["uscc"], "recommending_unit": p["unit"]}


# who signs a paper as its issuer: an authority, a firm, a bank, a company (the name up to its suffix)
_ISSUER = re.compile(r"^(?:验收组织单位：)?(\S+?(?:局|厅|委员会|事务所（特殊普通合伙）|事务所（普通合伙）|事务所有限公司|事务所"
                     r"|分所|中心|分中心|测评部|联盟|政府|管委会|有限公司|分行|支行))(?:（盖章）)?(?:\s|$)")


def signed(doc: Doc) -> Doc:
    """A PDF paper whose signature line names its issuer carries the issuer's seal there, as printed and
    stamped papers do; a form signed by no one, or only with a date, carries none."""
    blocks = []
    for block in doc.blocks:
        blocks.append(block)
        found = _ISSUER.match(block[1]) if block[0] == "sign" else None
        if found and not any(b[0] == "stamp" for b in blocks):
            blocks.append(("stamp", found.group(1)))
    return Doc(blocks)
