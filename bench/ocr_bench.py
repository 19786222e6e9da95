"""OCR benchmark (not a test): seconds per page on 1 and 2 threads on the outside samples' real scans,
peak memory of a worker that OCRs them, and what a packet without scans pays (imports).

    python bench/ocr_bench.py [--pages N] [--det 960] [--threads 1 2]

Each setting runs in a fresh process: the engine's import and model load are reported apart, a
warm-up page is not counted. Wall time varies with the machine's load; on one thread the CPU
time per page is what an idle core would take.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT.parent / "shared" / "samples" / "packets"

MEASURE = """
import json, resource, sys, time
from pathlib import Path
from ingest import ocr
ocr.DET_LIMIT_SIDE = int(sys.argv[1])
ocr.allow_threads()
from ingest.render import open_pdf, render_page
def render(name):
    with open_pdf(Path(name)) as pdf:
        return render_page(pdf, 1)
t0 = time.perf_counter(); ocr.engine(); load = time.perf_counter() - t0
ocr.ocr_image(render(sys.argv[2]).pixels)  # warm-up: first inference allocates
times, cpu, texts = [], [], {}
for name in sys.argv[2:]:
    ocr._cache.clear()
    raster = render(name)
    t, c = time.perf_counter(), time.process_time()
    result = ocr.ocr_image(raster.pixels)
    times.append(time.perf_counter() - t); cpu.append(time.process_time() - c)
    key = "/".join(Path(name).parts[-2:])
    texts[key] = [round(sum(b.score for b in result.boxes) / max(1, len(result.boxes)), 3), len(result.boxes),
                  "|".join(b.text for b in result.boxes)]
print(json.dumps({"engine_load_s": load, "per_page_s": times, "mean_s": sum(times) / len(times),
                  "cpu_s": sum(cpu) / len(cpu),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "pages": texts}))
"""

NO_SCANS = """
import json, resource, sys, time
t0 = time.perf_counter()
from pathlib import Path
from grantcheck.pipeline import run_packet
run_packet(Path(sys.argv[1]), isolate=False)
loaded = sorted(m for m in ("rapidocr", "onnxruntime", "cv2", "pypdfium2") if m in sys.modules)
print(json.dumps({"verify_s": time.perf_counter() - t0, "ocr_modules_loaded": loaded,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _scans(limit: int) -> list[str]:
    found = sorted(str(p) for p in SAMPLES.glob("ext0*/*营业执照*.pdf"))
    found += [str(SAMPLES / "ext02" / "附件5_项目备案证.pdf"), str(SAMPLES / "ext06" / "工商变更登记通知书.pdf")]
    return [p for p in found if Path(p).exists()][:limit]


def _run(code: str, args: list[str], threads: int = 1) -> dict:
    env = {"PYTHONPATH": str(ROOT), "GRANTCHECK_OCR_THREADS": str(threads), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                         cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=8)
    parser.add_argument("--det", type=int, default=960, help="det input long side")
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dump", help="write each page's recognised text to this JSON file")
    args = parser.parse_args()
    scans = _scans(args.pages)
    if not scans:
        sys.exit(f"no sample scans under {SAMPLES}")
    for threads in args.threads:
        result = _run(MEASURE, [str(args.det), *scans], threads)
        print(f"threads={threads} det={args.det}: {result['mean_s']:.2f} s/page over {len(scans)} pages "
              f"(min {min(result['per_page_s']):.2f}, max {max(result['per_page_s']):.2f}; "
              f"CPU {result['cpu_s']:.2f} s/page); "
              f"engine load {result['engine_load_s']:.2f} s; peak RSS {result['peak_rss_mb']:.0f} MB")
        for name, (score, boxes, _) in result["pages"].items():
            print(f"    {name}: {boxes} boxes, mean score {score}")
        if args.dump:
            Path(args.dump).write_text(json.dumps(result["pages"], ensure_ascii=False, indent=1), "utf-8")
    plain = _run(NO_SCANS, [str(ROOT / "corpus" / "packets" / "sf-01-eligible")])
    print(f"packet without scans: {plain['verify_s']:.2f} s, peak RSS {plain['peak_rss_mb']:.0f} MB, "
          f"OCR modules imported: {plain['ocr_modules_loaded'] or 'none'}")


if __name__ == "__main__":
    main()
