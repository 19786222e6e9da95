"""Write the synthetic corpus: one folder (or zip) per packet plus its expected.json."""

from __future__ import annotations

import json
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

from corpus.builders import Doc, write
from corpus.documents import DOCUMENTS, FORM_TITLES, invoice
from corpus.scenarios import scenarios
from corpus.spec import Spec

BROKEN_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj << /Kids [3 0 R"


def _keys(spec: Spec) -> list[str]:
    keys = ["performance_form", "audit_report", "acceptance_opinion", "filing", "eia", "energy"]
    if spec.designation:
        keys.append("designation")
    if spec.improved_indicators is not None:
        keys.append("test_report")
    if spec.exemption:
        keys.append("exemption")
    return [k for k in keys if k not in spec.missing]


def _write_documents(spec: Spec, folder: Path) -> None:
    annex = FORM_TITLES[spec.category][0]
    for key in _keys(spec):
        pattern, build = DOCUMENTS[key]
        path = folder / pattern.format(annex=annex)
        if key in spec.unreadable:
            path.write_bytes(BROKEN_PDF)
            continue
        write(build(spec), path)
    for index, item in enumerate(spec.invoices, start=1):
        doc: Doc = invoice(spec, item)
        write(doc, folder / "发票" / f"发票-{index:02d}.pdf")


def _money(value: Decimal) -> float:
    return float(round(value, 6))


def expected(spec: Spec) -> dict:
    figures: dict[str, object] = {
        "completion_date": spec.completion.isoformat(),
        "applicant_name": spec.applicant,
    }
    if "audit_report" not in spec.missing:
        figures["total_investment"] = _money(spec.gross if spec.tax_included_only else spec.total)
        figures["software_investment"] = _money(spec.software)
    if "acceptance_opinion" not in spec.missing:
        figures["acceptance_date"] = spec.acceptance.isoformat()
    unique = {(i.code, i.number): i for i in spec.invoices}
    if unique:
        figures["invoice_total"] = _money(sum((i.amount_yuan for i in unique.values()), Decimal(0)) / 10000)
        figures["invoice_count"] = len(unique)
    return {"category": spec.category, "outcome": spec.expected_outcome, "figures": figures,
            "checks": {f"{spec.category}.{k}": v for k, v in spec.expected_checks.items()}}


def _zip(folder: Path) -> Path:
    target = folder.with_suffix(".zip")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), date_time=(2023, 3, 1, 0, 0, 0))
                archive.writestr(info, path.read_bytes(), zipfile.ZIP_DEFLATED)
    shutil.rmtree(folder)
    return target


def generate(root: Path) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    packets = []
    for spec in scenarios():
        folder = root / spec.name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        _write_documents(spec, folder)
        packet = _zip(folder) if spec.zip_packet else folder
        (root / f"{spec.name}.expected.json").write_text(
            json.dumps(expected(spec), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        packets.append(packet)
    return packets


if __name__ == "__main__":
    import sys

    for made in generate(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus/packets")):
        print(made)
