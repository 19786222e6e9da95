"""One intake: find the packets, verify those not yet verified, compare them, write the results."""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from grantcheck.batch.across import Entry, flag_report, invoice_matches, project_matches
from grantcheck.batch.engines import DaskEngine, LocalEngine, Task, default_workers
from grantcheck.batch.job import timed_out_files
from grantcheck.batch.workbook import Row, write_workbook
from grantcheck.htmlpage import report_html
from grantcheck.registry import Registry, content_hash, job_key

log = logging.getLogger("grantcheck.batch")
REGISTRY_NAME = "grantcheck-registry.sqlite"


class IntakeError(Exception):
    """The intake folder itself cannot be read; message in Chinese."""


@dataclass
class Options:
    intake: Path
    out: Path
    json_dir: Path | None = None
    html_dir: Path | None = None
    workers: int | None = None
    registry: Path | None = None
    engine: str = "local"
    scheduler: str | None = None
    force: bool = False
    guide: str = "jiangsu-2023"
    category: str | None = None
    progress: bool = True
    titles: dict[str, str] = field(default_factory=dict)  # category code → 类别 title, for messages


@dataclass
class Summary:
    packets: int
    verified: int
    skipped: int
    errors: int
    flagged: int
    seconds: float


def discover(intake: Path) -> list[Path]:
    """Every folder or .zip directly inside the intake, by name."""
    if not intake.is_dir():
        raise IntakeError(f"受理目录不存在或不是文件夹：{intake}")
    try:
        children = sorted(intake.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise IntakeError(f"受理目录无法读取：{exc}") from exc
    return [
        p
        for p in children
        if not p.name.startswith(".")
        and ((p.is_dir() and not p.is_symlink()) or (p.is_file() and p.suffix.lower() == ".zip"))
    ]


def output_name(label: str) -> str:
    return label[:-4] if label.lower().endswith(".zip") else label


def _engine(options: Options) -> LocalEngine | DaskEngine:
    workers = options.workers or default_workers()
    if options.engine == "dask":
        return DaskEngine(workers, options.scheduler)
    return LocalEngine(workers)


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("核验材料包"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=Console(stderr=True),
        disable=not enabled,
    )


def _key(packet: Path, options: Options) -> str | OSError:
    try:
        return job_key(content_hash(packet), options.guide, options.category)
    except OSError as exc:
        return exc


def unreadable(label: str, exc: OSError) -> dict[str, Any]:
    return {
        "label": label,
        "report": None,
        "invoices": [],
        "project": None,
        "refused": False,
        "error": f"材料包无法读取：{exc.strerror or exc}",
        "seconds": None,
    }


def _storable(result: dict[str, Any]) -> bool:
    """A report, or a packet refused as such: the same content gives the same answer next time."""
    if timed_out_files(result):
        return False
    return result["report"] is not None or result.get("refused", False)


def _lookup(
    packets: list[Path], options: Options, registry: Registry
) -> tuple[list[str | OSError], list[dict[str, Any] | None], list[bool]]:
    """Each packet's key, and the results known already: cached, or a packet that cannot be read."""
    keys = [_key(p, options) for p in packets]
    results: list[dict[str, Any] | None] = [None] * len(packets)
    skipped = [False] * len(packets)
    for i, key in enumerate(keys):
        if isinstance(key, OSError):
            results[i] = unreadable(packets[i].name, key)
            continue
        cached = None if options.force else registry.cached(key)
        if cached is not None:
            results[i], skipped[i] = dict(cached, label=packets[i].name), True
    return keys, results, skipped


def _run(
    tasks: list[Task], options: Options, progress: Progress, done: int, total: int
) -> list[dict[str, Any]]:
    """The engine's results for the tasks, packets with a timed-out file verified once more alone."""
    results: list[dict[str, Any]] = [{}] * len(tasks)
    bar = progress.add_task("", total=total, completed=done)
    for n, result in _engine(options).run(tasks) if tasks else []:
        results[n] = result
        progress.update(bar, advance=1, description=tasks[n].label)
    again = [n for n, result in enumerate(results) if timed_out_files(result)]
    if again:
        bar = progress.add_task("", total=len(again))
        for m, result in LocalEngine(1).run([tasks[n] for n in again]):
            results[again[m]] = result
            progress.update(bar, advance=1, description=f"重试（单独运行）{tasks[again[m]].label}")
    return results


def verify_all(
    packets: list[Path], options: Options, registry: Registry
) -> tuple[list[dict[str, Any]], list[bool]]:
    keys, results, skipped = _lookup(packets, options, registry)
    todo = [i for i, r in enumerate(results) if r is None]
    verified = set(todo)
    tasks = [Task(str(packets[i].resolve()), packets[i].name, options.guide, options.category) for i in todo]
    with _progress(options.progress) as progress:
        for i, result in zip(
            todo, _run(tasks, options, progress, len(packets) - len(todo), len(packets)), strict=True
        ):
            results[i] = result
    intake = str(options.intake.resolve())
    for i, result in enumerate(results):  # skipped packets: their row is this intake's too
        if result is not None and (skipped[i] or (i in verified and _storable(result))):
            registry.store(str(packets[i].resolve()), str(keys[i]), packets[i].name, intake, result)
    return results, skipped  # type: ignore[return-value]


def compare(
    packets: list[Path], results: list[dict[str, Any]], registry: Registry, titles: dict[str, str]
) -> tuple[list[dict[str, Any] | None], list[dict[str, list[str]]]]:
    sources = [str(p.resolve()) for p in packets]
    entries = [Entry(s, p.name, r) for s, p, r in zip(sources, packets, results, strict=True)]
    entries += [
        Entry(s, label, r, current=False, intake=intake)
        for s, label, intake, r in registry.others(set(sources))
    ]
    invoices, projects = invoice_matches(entries), project_matches(entries, titles)
    reports: list[dict[str, Any] | None] = []
    elsewhere: list[dict[str, list[str]]] = []
    for i, result in enumerate(results):
        matches = invoices.get(i, []) + projects.get(i, [])
        reports.append(flag_report(result["report"], matches) if result["report"] else None)
        claimed: dict[str, list[str]] = {}
        for m in invoices.get(i, []):
            claimed.setdefault(m.documents[0], []).append(m.other.label)
        elsewhere.append(claimed)
    return reports, elsewhere


def _write_outputs(
    packets: list[Path], reports: list[dict[str, Any] | None], options: Options
) -> list[str | None]:
    html_names: list[str | None] = []
    for packet, report in zip(packets, reports, strict=True):
        name = output_name(packet.name)
        if report is not None and options.json_dir:
            options.json_dir.mkdir(parents=True, exist_ok=True)
            (options.json_dir / f"{name}.json").write_text(
                json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8"
            )
        if report is not None and options.html_dir:
            options.html_dir.mkdir(parents=True, exist_ok=True)
            (options.html_dir / f"{name}.html").write_text(report_html(report, packet), encoding="utf-8")
            html_names.append(f"{name}.html")
        else:
            html_names.append(None)
    return html_names


def run_batch(options: Options) -> Summary:
    started = time.monotonic()
    packets = discover(options.intake)
    registry = Registry(options.registry or options.out.parent / REGISTRY_NAME)
    try:
        results, skipped = verify_all(packets, options, registry)
        reports, elsewhere = compare(packets, results, registry, options.titles)
    finally:
        registry.close()
    html_names = _write_outputs(packets, reports, options)
    rows = [
        Row(p.name, r, rep, h, s, e)
        for p, r, rep, h, s, e in zip(packets, results, reports, html_names, skipped, elsewhere, strict=True)
    ]
    write_workbook(rows, options.out)
    return Summary(
        packets=len(packets),
        verified=len(packets) - sum(skipped),
        skipped=sum(skipped),
        errors=sum(r["error"] is not None for r in results),
        flagged=sum(
            1 for rep in reports if rep and any(c["id"].endswith("_across_packets") for c in rep["checks"])
        ),
        seconds=round(time.monotonic() - started, 2),
    )
