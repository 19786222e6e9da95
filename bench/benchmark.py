"""Benchmark (`make bench`): verify against raw pdfplumber on the same files, in the same run.

Packets: the largest corpus packet and a ~80-page reference packet (a 20-page audit report with tables,
30 one-page invoices, 10 certificate pages, a 20-page DOCX). Printed, for the reference packet:

- verify: `grantcheck verify` as a fresh process pinned to one core (start-up and imports included),
  against raw pdfplumber (a fresh process: import, then every PDF's pages' text and tables) — the ratio;
- warm: the same packet verified again in one process (its files met before: the process's content
  cache), against raw pdfplumber's pass in-process; and again with no cache, every file read again;
- two cores: verify with the packet's files read by two workers, against the one-core time;
- peak RSS (the process and its workers) and the import time (`python -X importtime`, largest modules).

Timings vary with the machine's load: each measure is repeated (`--repeat`, default 3), the best kept,
and ratios are taken between measures of the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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

from corpus.builders import write  # noqa: E402
from corpus.documents import audit_report, designation_certificate, invoice, performance_form  # noqa: E402
from corpus.scenarios import scenarios  # noqa: E402
from corpus.spec import Invoice  # noqa: E402

RAW_PDFPLUMBER = """
def raw_pass(paths):
    import pdfplumber
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.extract_tables()
                page.close()
"""

VERIFY = RAW_PDFPLUMBER + """
import inspect, json, resource, sys, time
from pathlib import Path
t0 = time.perf_counter()
from grantcheck.pipeline import run_packet
t1 = time.perf_counter()
packet, workers, warm = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "warm"
options = {"workers": workers} if "workers" in inspect.signature(run_packet).parameters else {}
report = run_packet(packet, **options)
report.to_json()
t2 = time.perf_counter()
result = {"import_s": t1 - t0, "verify_s": t2 - t1, "documents": len(report.documents),
          "pages": sum(d.pages or 0 for d in report.documents), "outcome": report.outcome,
          "workers_supported": bool(options)}
if warm:
    started = time.perf_counter()
    run_packet(packet, **options).to_json()
    result["warm_s"] = time.perf_counter() - started
    if "cache" in inspect.signature(run_packet).parameters:  # every file read again: no cache kept
        from grantcheck.pipeline import ContentCache
        started = time.perf_counter()
        run_packet(packet, cache=ContentCache(max_entries=0), **options).to_json()
        result["reread_s"] = time.perf_counter() - started
    pdfs = sorted(p for p in packet.rglob("*") if p.suffix.lower() == ".pdf")
    raw_pass(pdfs)
    started = time.perf_counter()
    raw_pass(pdfs)
    result["raw_warm_s"] = time.perf_counter() - started
usage = [resource.getrusage(who).ru_maxrss / 1024 for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
result["peak_mb"] = max(usage)
print(json.dumps(result))
"""

RAW_PROCESS = RAW_PDFPLUMBER + """
import sys
from pathlib import Path
raw_pass(sorted(p for p in Path(sys.argv[1]).rglob("*") if p.suffix.lower() == ".pdf"))
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


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(args: list[str], cores: str) -> tuple[float, float, str]:
    """Wall time, CPU time (the process and its workers: what the machine's load does not inflate as
    much), stdout."""
    started, cpu = time.perf_counter(), _cpu_of_children()
    out = subprocess.run(["taskset", "-c", cores, sys.executable, *args], check=True, capture_output=True,
                         text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - started, _cpu_of_children() - cpu, out.stdout


def verify(packet: Path, cores: str = "0", workers: int = 1, warm: bool = False) -> dict:
    wall, cpu, out = _run(["-c", VERIFY, str(packet), str(workers), "warm" if warm else "cold"], cores)
    return {**json.loads(out), "wall_s": wall, "cpu_s": cpu}


def raw_pdfplumber(packet: Path) -> tuple[float, float]:
    wall, cpu, _ = _run(["-c", RAW_PROCESS, str(packet)], "0")
    return wall, cpu


def import_times(top: int = 6) -> tuple[float, list[tuple[float, str]]]:
    """`python -X importtime -c "import grantcheck.cli"`: the total, and the packages that take longest
    (each module's own time, summed by top-level package)."""
    command = ["taskset", "-c", "0", sys.executable, "-X", "importtime", "-c", "import grantcheck.cli"]
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    packages: dict[str, float] = {}
    for line in out.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        package = parts[2].strip().split(".")[0]
        packages[package] = packages.get(package, 0.0) + int(parts[0]) / 1e6
    ranked = sorted(((seconds, name) for name, seconds in packages.items()), reverse=True)
    return sum(packages.values()), ranked[:top]


def best(runs: list[dict], key: str) -> dict:
    return min(runs, key=lambda r: r[key])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    corpus = ROOT / "corpus" / "packets"
    largest = max((p for p in corpus.iterdir() if p.is_dir()),
                  key=lambda p: sum(f.stat().st_size for f in p.rglob("*") if f.is_file()))
    with tempfile.TemporaryDirectory() as tmp:
        reference = reference_packet(Path(tmp) / "reference")
        r = best([verify(largest) for _ in range(repeat)], "wall_s")
        print(f"largest corpus packet  {r['documents']:3d} files {r['pages']:3d} pages  "
              f"verify {r['wall_s']:.2f}s one core  peak {r['peak_mb']:.0f} MB  outcome {r['outcome']}")
        _reference(reference, repeat)
    total, slowest = import_times()
    print(f"imports (grantcheck.cli)  {total:.2f}s  slowest: "
          + ", ".join(f"{name} {seconds:.2f}s" for seconds, name in slowest))


def _reference(reference: Path, repeat: int) -> None:
    one = best([verify(reference) for _ in range(repeat)], "wall_s")
    raw, raw_cpu = min(raw_pdfplumber(reference) for _ in range(repeat))
    warm = best([verify(reference, warm=True) for _ in range(repeat)], "warm_s")
    print(f"reference packet       {one['documents']:3d} files {one['pages']:3d} pages  "
          f"outcome {one['outcome']}")
    print(f"  one core, process    verify {one['wall_s']:.2f}s (imports {one['import_s']:.2f}s)  "
          f"raw pdfplumber {raw:.2f}s  ratio {one['wall_s'] / raw:.2f}x (target <= 0.6)")
    print(f"    same, CPU time     verify {one['cpu_s']:.2f}s  raw pdfplumber {raw_cpu:.2f}s  "
          f"ratio {one['cpu_s'] / raw_cpu:.2f}x")
    print(f"  warm, one core       verify {warm['warm_s']:.2f}s  "
          f"raw pdfplumber in-process {warm['raw_warm_s']:.2f}s  "
          f"ratio {warm['warm_s'] / warm['raw_warm_s']:.2f}x (target <= 0.35)")
    if "reread_s" in warm:
        print(f"  warm, files re-read  verify {warm['reread_s']:.2f}s (no content cache: every file read "
              f"again)  ratio {warm['reread_s'] / warm['raw_warm_s']:.2f}x")
    if one["workers_supported"]:
        two = best([verify(reference, cores="0,1", workers=2) for _ in range(repeat)], "wall_s")
        pair = best([verify(reference, cores="0,1", workers=1) for _ in range(repeat)], "wall_s")
        print(f"  two cores, 2 workers verify {two['wall_s']:.2f}s (CPU {two['cpu_s']:.2f}s: "
              f"{two['cpu_s'] / two['wall_s']:.2f} cores busy)  "
              f"one worker on the same cores {pair['wall_s']:.2f}s  "
              f"ratio to one core {two['wall_s'] / one['wall_s']:.2f}x (target <= 0.6)")
    else:
        print("  two cores            (no --workers in this version)")
    peak = max(one["peak_mb"], warm["peak_mb"])
    print(f"  peak RSS             {peak:.0f} MB (process or worker, target <= 300)")


if __name__ == "__main__":
    main()
