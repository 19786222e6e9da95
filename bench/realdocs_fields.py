"""Per-file invoice field accuracy on the real public files in ../shared/realdocs.

    PYTHONPATH=. python bench/realdocs_fields.py [--realdocs DIR]

For each invoice file: the fields a person read off it (tests/extractors/realdocs_invoices.py),
how many `grantcheck extract` found, and how many it got right (its first candidate equals
the hand-read value). Files are read in the isolated worker, as `grantcheck verify` does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from extractors.registry import extract
from ingest.classify import classify
from ingest.sandbox import IsolatedReader
from tests.extractors.realdocs_invoices import INVOICES, OCR, REALDOCS, expected_value


def _score(reader: IsolatedReader, root: Path, rel: str) -> tuple[str, int, int, int, list[str]]:
    document = classify(reader.read(root / rel, rel))
    facts: dict[str, list] = {}
    for fact in extract(document):
        facts.setdefault(fact.name, []).append(fact)
    expected = INVOICES[rel]
    found = sum(1 for name in expected if name in facts)
    wrong = [name for name in expected
             if name in facts and facts[name][0].value != expected_value(name, expected[name])]
    missing = [name for name in expected if name not in facts]
    notes = [f"错 {n}" for n in wrong] + [f"缺 {n}" for n in missing]
    if document.status.value not in ("ok", "ocr"):
        notes = [f"{document.error}"]
    return document.status.value, len(expected), found, found - len(wrong), notes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdocs", type=Path, default=REALDOCS)
    root = parser.parse_args().realdocs
    if not root.is_dir():
        print(f"realdocs not found: {root}", file=sys.stderr)
        return 2
    totals = {"all": [0, 0, 0], "text": [0, 0, 0]}
    print("| file | status | expected | found | right | notes |\n|---|---|---|---|---|---|")
    started = time.perf_counter()
    with IsolatedReader() as reader:
        for rel in sorted(INVOICES):
            status, expected, found, right, notes = _score(reader, root, rel)
            scan = " (scan/photo: OCR)" if rel in OCR else ""
            print(f"| {rel}{scan} | {status} | {expected} | {found} | {right} | {'; '.join(notes)} |")
            for key in ("all",) + (() if rel in OCR else ("text",)):
                totals[key] = [a + b for a, b in zip(totals[key], (expected, found, right), strict=True)]
    for key, label in (("text", "PDF/OFD/XML files"), ("all", "all invoice files incl. scans")):
        expected, found, right = totals[key]
        print(f"\n{label}: {right}/{expected} fields right ({right / expected:.1%}), {found} found")
    print(f"\n{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
