"""Whole packets: the committed corpus is what the generator writes, and verification scores on it."""

from __future__ import annotations

import json
from checklists.loader import load_guide
from corpus.evaluate import evaluate_corpus
from corpus.generate import expected
from corpus.scenarios import scenarios
from grantcheck.pipeline import run_packet
from tests.conftest import CORPUS, validate_report


def test_committed_expectations_match_the_generator() -> None:
    for spec in scenarios():
        committed = json.loads((CORPUS / f"{spec.name}.expected.json").read_text("utf-8"))
        assert committed == expected(spec), spec.name


# Measured per family (grantcheck eval corpus/packets): outcome, figures, reasons. Each may drop by at most
# MARGIN, so a regression in one family cannot hide behind the others.
MEASURED = {
    "标杆示范": (1.000, 1.000, 1.000),
    "高端化改造升级": (1.000, 1.000, 1.000),
    "工业互联网创新应用": (1.000, 1.000, 1.000),
    "信息技术应用创新": (1.000, 1.000, 1.000),
    "数据产品化": (1.000, 1.000, 1.000),
    "关键核心技术攻关": (1.000, 1.000, 1.000),
    "自主品牌企业培育": (1.000, 1.000, 1.000),
    "绿色化改造与车联网": (1.000, 1.000, 1.000),
    "产业支撑体系建设": (1.000, 1.000, 1.000),
}
MARGIN = 0.02


def test_corpus_scores(report_schema: dict) -> None:
    score = evaluate_corpus(CORPUS)
    assert len(score.packets) >= 103
    assert score.crashes == 0
    outcomes = {p.expected_outcome for p in score.packets}
    assert outcomes == {"eligible", "ineligible", "incomplete", "needs_review"}
    guide = load_guide("jiangsu-2023")
    families = score.by_family(guide)
    assert set(families) == set(MEASURED), score.summary(guide)
    for family, part in families.items():
        got = (part.outcome_accuracy, part.figure_accuracy, part.reason_recall)
        floors = tuple(m - MARGIN for m in MEASURED[family])
        assert all(g >= f for g, f in zip(got, floors, strict=True)), f"{family}: {part.line()}\n{score.summary()}"


def test_every_rule_defined_category_has_an_eligible_a_failing_and_an_incomplete_packet() -> None:
    guide = load_guide("jiangsu-2023")
    outcomes: dict[str, set[str]] = {}
    for spec in scenarios():
        outcomes.setdefault(spec.category, set()).add(spec.expected_outcome)
    ruled = {code for code, c in guide.categories.items() if not c.deferred}
    assert {code for code in ruled if {"eligible", "ineligible", "incomplete"} <= outcomes.get(code, set())} == ruled


def test_every_corpus_report_validates_and_cites_its_figures(report_schema: dict) -> None:
    for packet in sorted(p for p in CORPUS.iterdir() if not p.name.endswith(".json")):
        data = validate_report(run_packet(packet, isolate=False).to_json(), report_schema)
        for name, figure in data["figures"].items():
            if name in ("invoice_duplicates",) or figure["value"] is None:
                continue
            assert figure["sources"], f"{packet.name}: {name} has no provenance"
            for source in figure["sources"]:
                assert source["text"] and source["document"]


def test_unreadable_required_document_makes_packet_incomplete(report_schema: dict) -> None:
    report = run_packet(CORPUS / "ib-04-test-report-unreadable")
    data = validate_report(report.to_json(), report_schema)
    assert data["outcome"] == "incomplete"
    broken = [d for d in data["documents"] if d["status"] == "unreadable"]
    assert broken and broken[0]["error"]
