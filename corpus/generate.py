"""Write the synthetic corpus: one folder (or zip) per packet plus its expected.json."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from corpus import category_documents as cd
from corpus.builders import Doc, write
from corpus.documents import DOCUMENTS, FORM_TITLES, certificate, exemption_letter, invoice
from corpus.profiles import AGREEMENT_FACTS, LICENSE_FACTS, PROFILES
from corpus.scans import SCAN_VARIANTS, write_scan_variant
from corpus.scenarios import scenarios
from corpus.spec import Spec

# Documents of the profiled categories: key → (file name, builder)
CATEGORY_DOCUMENTS = {
    "performance_form": ("01-{annex}绩效目标申报表.docx", cd.category_performance_form),
    "application_form": ("00-项目申报书.docx", cd.application_form),
    "statement_audit": ("02-专项审计报告.pdf", cd.statement_audit),
    "start_certificate": ("10-开工证明.pdf", cd.start_certificate),
    "expert_evaluation": ("11-专家评估意见.pdf", cd.expert_evaluation),
    "cooperation_agreement": ("12-实验室共建合作协议.pdf", cd.cooperation_agreement),
    "agreement": ("12-股权转让协议.pdf", cd.share_agreement),
    "registration_notice": ("13-准予变更登记通知书.pdf", cd.registration_notice),
    "contract": ("12-采购合同.pdf", cd.purchase_contract),
    "payment_voucher": ("14-银行付款回单.pdf", cd.payment_voucher),
    "loan_contract": ("15-借款合同.pdf", cd.loan_contract),
    "interest_statement": ("16-银行利息清单.pdf", cd.interest_statement),
    "business_license": ("17-营业执照.pdf", cd.business_license),
    "commitment": ("18-承诺书.pdf", cd.commitment),
    "exemption": ("09-推荐单位说明.pdf", exemption_letter),
}

BROKEN_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj << /Kids [3 0 R"


def _keys(spec: Spec) -> list[str]:
    if spec.category in PROFILES:
        keys = list(PROFILES[spec.category].documents)
    else:
        keys = ["performance_form", "audit_report", "acceptance_opinion", "filing", "eia", "energy"]
        if spec.designation:
            keys.append("designation")
        if spec.improved_indicators is not None:
            keys.append("test_report")
    if spec.exemption:
        keys.append("exemption")
    return [k for k in keys if k not in spec.missing]


def annex_of(spec: Spec) -> str:
    return PROFILES[spec.category].annex if spec.category in PROFILES else FORM_TITLES[spec.category][0]


def _builder(spec: Spec, key: str) -> tuple[str, Callable[[Spec], Doc]]:
    if spec.category in PROFILES and key in CATEGORY_DOCUMENTS:
        return CATEGORY_DOCUMENTS[key]
    return DOCUMENTS[key]


def _write_documents(spec: Spec, folder: Path) -> None:
    for key in _keys(spec):
        if key == "designation" and spec.category in PROFILES:
            for index, (what, region, year) in enumerate(spec.designations, start=1):
                write(certificate(spec, what, region, year), folder / f"04-认定文件-{index}.pdf")
            continue
        pattern, build = _builder(spec, key)
        path = folder / pattern.format(annex=annex_of(spec))
        if key in spec.unreadable:
            path.write_bytes(BROKEN_PDF)
            continue
        doc = build(spec)
        write(doc.restamped(spec.seals[key]) if key in spec.seals else doc, path)
    for code in spec.extra_forms:
        write(cd.application_form(replace(spec, category=code)), folder / f"00-{code}-申报书.docx")
    for index, item in enumerate(spec.invoices, start=1):
        doc: Doc = invoice(spec, item)
        write(doc, folder / "发票" / f"发票-{index:02d}.pdf")


def _money(value: Decimal) -> float:
    return float(round(value, 6))


def _json(value: object) -> object:
    if isinstance(value, Decimal):
        return _money(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _profile_figures(spec: Spec) -> dict[str, object]:
    profile = PROFILES[spec.category]
    stated_by = {"statement_audit": set(profile.audit), "business_license": LICENSE_FACTS,
                 "cooperation_agreement": AGREEMENT_FACTS,
                 "audit_report": {"total_investment", "software_investment"} if profile.uses_standard_audit else set()}
    absent = set().union(*(figures for key, figures in stated_by.items() if key in spec.missing))
    if "application_form" in spec.missing:
        absent |= {f for f in spec.facts if f not in set().union(*stated_by.values())}
    figures = {name: _json(value) for name, value in spec.facts.items() if name not in absent and name != "deals"}
    figures.update(profile.expected_extra)
    if profile.applicant or "application_form" in profile.documents:
        figures["applicant_name"] = spec.applicant
    return figures


def _standard_figures(spec: Spec) -> dict[str, object]:
    figures: dict[str, object] = {
        "completion_date": spec.completion.isoformat(),
        "applicant_name": spec.applicant,
    }
    if "audit_report" not in spec.missing:
        figures["total_investment"] = _money(spec.gross if spec.tax_included_only else spec.total)
        figures["software_investment"] = _money(spec.software)
    if "acceptance_opinion" not in spec.missing:
        figures["acceptance_date"] = spec.acceptance.isoformat()
    return figures


def expected(spec: Spec) -> dict:
    profile = PROFILES.get(spec.category)
    figures = _standard_figures(spec) if profile is None or profile.uses_standard_audit else {}
    if profile is not None:
        figures.update(_profile_figures(spec))
    unique = {(i.code, i.number): i for i in spec.invoices}
    if unique:
        figures["invoice_total"] = _money(sum((i.amount_yuan for i in unique.values()), Decimal(0)) / 10000)
        figures["invoice_count"] = len(unique)
    return {"category": spec.category, "outcome": spec.expected_outcome, "figures": figures,
            "checks": {k if k.startswith("category.") else f"{spec.category}.{k}": v
                       for k, v in spec.expected_checks.items()}}


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
    for variant in SCAN_VARIANTS:  # scanned twins: the same packet, the text twin's expected result
        packets.append(write_scan_variant(root, variant))
        twin = json.loads((root / f"{variant.twin}.expected.json").read_text("utf-8"))
        (root / f"{variant.name}.expected.json").write_text(
            json.dumps(variant.expected(twin), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return packets


if __name__ == "__main__":
    import sys

    for made in generate(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus/packets")):
        print(made)
