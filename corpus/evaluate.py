"""Run verification over a corpus and score it against each packet's expected.json.

outcome accuracy: share of packets whose outcome is the expected one;
figure accuracy: share of expected figures reported with the expected value;
reason recall: share of expected check statuses (the reasons) the report gives;
crashes: packets whose verification raised.
"""

from __future__ import annotations

import json
import logging
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from checklists.schema import Guide
from grantcheck.pipeline import run_packet

log = logging.getLogger("grantcheck.eval")
TOLERANCE = 0.01


@dataclass
class PacketScore:
    name: str
    category: str | None
    outcome_ok: bool
    expected_outcome: str
    outcome: str | None
    figures_ok: int
    figures_total: int
    reasons_ok: int
    reasons_total: int
    seconds: float
    errors: list[str] = field(default_factory=list)
    crashed: bool = False


@dataclass
class CorpusScore:
    packets: list[PacketScore]

    def _ratio(self, ok: int, total: int) -> float:
        return ok / total if total else 1.0

    @property
    def outcome_accuracy(self) -> float:
        return self._ratio(sum(p.outcome_ok for p in self.packets), len(self.packets))

    @property
    def figure_accuracy(self) -> float:
        return self._ratio(sum(p.figures_ok for p in self.packets), sum(p.figures_total for p in self.packets))

    @property
    def reason_recall(self) -> float:
        return self._ratio(sum(p.reasons_ok for p in self.packets), sum(p.reasons_total for p in self.packets))

    @property
    def crashes(self) -> int:
        return sum(p.crashed for p in self.packets)

    def line(self) -> str:
        return (f"packets {len(self.packets)}  outcome {self.outcome_accuracy:.3f}  figures {self.figure_accuracy:.3f}  "
                f"reasons {self.reason_recall:.3f}  crashes {self.crashes}")

    def by_family(self, guide: Guide) -> dict[str, CorpusScore]:
        families: dict[str, list[PacketScore]] = {}
        for packet in self.packets:
            families.setdefault(guide.family_of(packet.category), []).append(packet)
        order = [*guide.families, "未归类"]
        return {name: CorpusScore(families[name]) for name in order if name in families}

    def summary(self, guide: Guide | None = None) -> str:
        rows = [self.line(), ""]
        if guide is not None:
            rows += [f"{name}: {score.line()}" for name, score in self.by_family(guide).items()] + [""]
        for p in self.packets:
            mark = "ok " if p.outcome_ok and not p.errors else "BAD"
            rows.append(f"{mark} {p.name}: {p.outcome} (expected {p.expected_outcome}) "
                        f"figures {p.figures_ok}/{p.figures_total} reasons {p.reasons_ok}/{p.reasons_total} "
                        f"{p.seconds:.2f}s")
            rows.extend(f"      {e}" for e in p.errors)
        return "\n".join(rows)

    def as_dict(self, guide: Guide | None = None) -> dict:
        return {"outcome_accuracy": self.outcome_accuracy, "figure_accuracy": self.figure_accuracy,
                "reason_recall": self.reason_recall, "crashes": self.crashes,
                "families": {name: {"packets": len(score.packets), "outcome_accuracy": score.outcome_accuracy,
                                    "figure_accuracy": score.figure_accuracy, "reason_recall": score.reason_recall,
                                    "crashes": score.crashes}
                             for name, score in (self.by_family(guide).items() if guide else ())},
                "packets": [vars(p) for p in self.packets]}


def _same(expected: object, actual: object) -> bool:
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return abs(expected - actual) <= TOLERANCE
    return expected == actual


def score_packet(packet: Path, expected: dict) -> PacketScore:
    started = time.perf_counter()
    try:
        report = json.loads(run_packet(packet, category=None, label=packet.name).to_json())
    except Exception:  # noqa: BLE001 - a crash is a result to count, not to hide
        return PacketScore(packet.name, expected["category"], False, expected["outcome"], None, 0, len(expected["figures"]), 0,
                           len(expected["checks"]), time.perf_counter() - started,
                           [traceback.format_exc(limit=3)], crashed=True)
    errors = []
    figures_ok = 0
    for name, value in expected["figures"].items():
        got = report["figures"].get(name, {}).get("value")
        if _same(value, got):
            figures_ok += 1
        else:
            errors.append(f"figure {name}: expected {value!r}, got {got!r}")
    statuses = {c["id"]: c["status"] for c in report["checks"]}
    reasons_ok = 0
    for check, status in expected["checks"].items():
        if statuses.get(check) == status:
            reasons_ok += 1
        else:
            errors.append(f"check {check}: expected {status}, got {statuses.get(check)}")
    if report["category"] != expected["category"]:
        errors.append(f"category: expected {expected['category']}, got {report['category']}")
    if report["outcome"] != expected["outcome"]:
        bad = [f"{c['id']}={c['status']}: {c['message']}" for c in report["checks"] if c["status"] != "pass"]
        errors.append("non-passing checks: " + " | ".join(bad))
    return PacketScore(packet.name, expected["category"], report["outcome"] == expected["outcome"], expected["outcome"], report["outcome"],
                       figures_ok, len(expected["figures"]), reasons_ok, len(expected["checks"]),
                       time.perf_counter() - started, errors)


def _packets(corpus: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for expected in sorted(corpus.glob("*.expected.json")):
        name = expected.name.removesuffix(".expected.json")
        for candidate in (corpus / name, corpus / f"{name}.zip"):
            if candidate.exists():
                pairs.append((candidate, expected))
    return pairs


def evaluate_corpus(corpus: Path) -> CorpusScore:
    scores = []
    for packet, expected in _packets(corpus):
        scores.append(score_packet(packet, json.loads(expected.read_text("utf-8"))))
        log.info("%s: %s", packet.name, scores[-1].outcome)
    return CorpusScore(scores)
