from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = ROOT / "corpus" / "packets"


@pytest.fixture(scope="session")
def report_schema() -> dict:
    return json.loads((Path(__file__).parent / "report.schema.json").read_text("utf-8"))


def validate_report(report_json: str, schema: dict) -> dict:
    data = json.loads(report_json)
    jsonschema.validate(data, schema)
    return data
