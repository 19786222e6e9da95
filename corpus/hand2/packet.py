"""A packet: files (relative path → Doc) and the expected result written from the guide."""

from __future__ import annotations

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
        self.files[path] = doc
        return self

    def expected(self) -> dict:
        return {"category": self.category, "outcome": self.outcome, "figures": self.figures, "checks": self.checks}


def party(name: str, unit: str, project: str, start: str, end: str, total: str, date: str, **more) -> dict:
    return {"applicant": name, "uscc": uscc(name), "unit": unit, "project": project, "start": start, "end": end,
            "total": total, "date": date, **more}


def ident(p: dict) -> dict:
    return {"applicant_name": p["applicant"], "applicant_uscc": p["uscc"], "recommending_unit": p["unit"]}
