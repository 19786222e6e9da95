"""`verify --category CODE` works for every CONTRACT category on a real packet: a valid report, the
category's own checks, its formula, and for the deferred ones needs_review with the guide's reason."""

from __future__ import annotations

import pytest

from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from extractors.registry import extract
from grantcheck.pipeline import read_documents
from grantcheck.report.model import build_report
from ingest.packet import open_packet
from tests.conftest import CORPUS, validate_report

GUIDE = load_guide("jiangsu-2023")


@pytest.fixture(scope="module")
def read_packet() -> tuple[list, dict]:
    with open_packet(CORPUS / "ct-01-eligible") as packet:
        documents = read_documents(packet, isolate=False)
    return documents, {d.path: extract(d) for d in documents}


@pytest.mark.parametrize("code", sorted(GUIDE.categories))
def test_verify_with_any_category(code: str, read_packet: tuple[list, dict], report_schema: dict) -> None:
    documents, facts = read_packet
    report = build_report("ct-01-eligible", "jiangsu-2023", evaluate_packet(documents, facts, GUIDE, code), documents, [])
    data = validate_report(report.to_json(), report_schema)
    assert data["category"] == code and data["category_source"] == "given"
    own = [c for c in data["checks"] if c["id"].startswith(f"{code}.")]
    category = GUIDE.categories[code]
    if category.deferred:
        assert data["outcome"] == "needs_review"
        assert [c["message"] for c in own] == [f"{category.title}：{category.deferred}"]
        return
    ids = {c["id"] for c in own}
    silent = {f"{code}.{c.id}" for c in category.conditions
              if c.type in ("invoice_dates_within", "parts_min", "statement_against", "focus_min")
              or getattr(c, "when_silent", "review") == "manual"}  # the reviewer's own item where papers are silent
    assert {f"{code}.{c.id}" for c in category.conditions} - ids <= silent  # these speak only when they apply
    assert {f"{code}.material.{m.id}" for m in category.materials if not m.required_if} <= ids
    assert data["subsidy"]["steps"]
    if code != "core-tech":
        assert data["outcome"] != "eligible"  # a core-tech packet does not qualify for another category
