"""Benchmark: verify the largest corpus packet and a ~80-page reference packet; print wall time and peak memory.

Reference packet: a 20-page audit report with tables, 30 one-page invoices, 10 certificate
pages and a 20-page DOCX. Each packet is verified in a fresh process pinned to one core, so
the time includes start-up and imports, as a reviewer running the command would see it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.builders import Doc, write  # noqa: E402
from corpus.documents import audit_report, designation_certificate, invoice, performance_form  # noqa: E402
from corpus.scenarios import scenarios  # noqa: E402
from corpus.spec import Invoice  # noqa: E402

MEASURE = """
import json, resource, sys, time
t0 = time.perf_counter()
from grantcheck.pipeline import run_packet
t1 = time.perf_counter()
report = run_packet(__import__("pathlib").Path(sys.argv[1]))
t2 = time.perf_counter()
peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"import_s": t1 - t0, "verify_s": t2 - t1, "peak_mb": max(peak_self, peak_child),
                  "documents": len(report.documents), "pages": sum(d.pages or 0 for d in report.documents),
                  "outcome": report.outcome}))
"""


def reference_packet(folder: Path) -> Path:
    spec = next(s for s in scenarios() if s.name == "sf-01-eligible")
    audit = audit_report(spec)
    for page in range(19):
        audit.page().para(f"附表{page + 2}：设备购置明细（单位：万元）")
        audit.table([["序号", "设备名称", "合同金额", "审定金额（不含税）"]] +
                     [[str(i), f"数控加工中心{i}", f"{100 + i:.2f}", f"{98 + i:.2f}"] for i in range(1, 25)])
    write(audit, folder / "02-专项审计报告.pdf")
    for index in range(30):
        item = Invoice(number=f"{index:08d}", code="3200221130", issued=date(2021, 5, 1),
                       amount_yuan=Decimal("100000") + index)
        write(invoice(spec, item), folder / "发票" / f"发票-{index + 1:02d}.pdf")
    for index in range(10):
        write(designation_certificate(replace(spec, variant=index)), folder / f"证书-{index + 1:02d}.pdf")
    form = performance_form(spec)
    for page in range(19):
        form.page().para(f"第{page + 2}部分：项目实施内容").para("项目建设内容包括智能化设备购置、工业软件部署、系统集成。" * 12)
        form.table([["指标", "目标值", "完成值"]] + [[f"指标{i}", "95%", "96%"] for i in range(12)])
    write(form, folder / "01-绩效目标申报表.docx")
    return folder


def measure(packet: Path) -> dict:
    started = time.perf_counter()
    out = subprocess.run(["taskset", "-c", "0", sys.executable, "-c", MEASURE, str(packet)], check=True,
                         capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    result = json.loads(out.stdout)
    result["wall_s"] = time.perf_counter() - started
    return result


def main() -> None:
    corpus = ROOT / "corpus" / "packets"
    largest = max((p for p in corpus.iterdir() if p.is_dir()),
                  key=lambda p: sum(f.stat().st_size for f in p.rglob("*") if f.is_file()))
    with tempfile.TemporaryDirectory() as tmp:
        reference = reference_packet(Path(tmp) / "reference")
        for name, packet in (("largest corpus packet", largest), ("reference ~80 pages", reference)):
            r = measure(packet)
            print(f"{name:22s} {r['documents']:3d} files {r['pages']:3d} pages  wall {r['wall_s']:.2f}s "
                  f"(imports {r['import_s']:.2f}s, verify {r['verify_s']:.2f}s)  peak {r['peak_mb']:.0f} MB  "
                  f"outcome {r['outcome']}")


if __name__ == "__main__":
    main()
