"""Evidence page on the ~80-page reference packet (bench/benchmark.py): render time, HTML size, crops.

    python bench/html_bench.py [--out FILE.html]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.benchmark import reference_packet  # noqa: E402
from grantcheck.pipeline import run_packet  # noqa: E402
from grantcheck.report.render import render_html, to_markdown  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        packet = reference_packet(Path(tmp) / "reference")
        started = time.perf_counter()
        report = run_packet(packet)
        verified = time.perf_counter()
        html = render_html(report, packet)
        rendered = time.perf_counter()
        to_markdown(report)
        markdown = time.perf_counter()
    crops = re.findall(r'<image id="crop-\d+"[^>]*href="data:image/webp;base64,([^"]+)"', html)
    pages = sum(d.pages or 0 for d in report.documents)
    print(f"reference packet: {len(report.documents)} files, {pages} pages, outcome {report.outcome}")
    print(f"verify {verified - started:.2f}s  html {rendered - verified:.2f}s  "
          f"markdown {markdown - rendered:.2f}s")
    print(f"html {len(html.encode()) / 1024:.0f} KiB, {len(crops)} crops embedded "
          f"({sum(len(c) for c in crops) * 3 / 4 / 1024:.0f} KiB of images), "
          f"{html.count('<use href=')} crop uses")
    if args.out:
        args.out.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    main()
