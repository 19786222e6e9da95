"""Command line: thin. Parses arguments, calls the pipeline, renders."""

from __future__ import annotations

import json
import logging
import sys
from enum import Enum
from pathlib import Path
from types import ModuleType

import typer

from checklists.loader import GuideError, load_guide
from grantcheck.listing import categories_json, categories_markdown
from grantcheck.pipeline import UnknownCategory, extract_file, run_packet
from grantcheck.report.model import json_value, source_of
from grantcheck.corrections import CorrectionError, load_corrections, template
from ingest.packet import PacketError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="grantcheck: 江苏省转型升级专项资金申报材料核验")


class Format(str, Enum):
    json = "json"
    md = "md"
    html = "html"


def _emit(text: str, out: Path | None) -> None:
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _render() -> ModuleType:
    """The Markdown and HTML writers (jinja2, the evidence page's crops), imported only for those formats."""
    from grantcheck.report import render

    return render


def _fail(message: str, code: int) -> None:
    typer.echo(f"grantcheck: {message}", err=True)
    raise typer.Exit(code)


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v", help="log progress to stderr")) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


@app.command()
def verify(
    packet: Path = typer.Argument(..., help="folder or .zip of the applicant's files"),
    category: str | None = typer.Option(None, "--category", help="category code (CONTRACT.md)"),
    guide: str = typer.Option("jiangsu-2023", "--guide"),
    format: Format = typer.Option(Format.json, "--format"),
    out: Path | None = typer.Option(None, "--out"),
    corrections: Path | None = typer.Option(None, "--corrections", help="a reviewer's corrections (YAML)"),
    workers: int | None = typer.Option(None, "--workers", min=1, help="files read at once (default: cores)"),
) -> None:
    """Verify a packet and print the report."""
    if not packet.exists():
        _fail(f"材料包不存在：{packet}", 2)
    try:
        changes = load_corrections(corrections) if corrections else None
        report = run_packet(packet, guide, category, corrections=changes, workers=workers)
    except CorrectionError as exc:
        _fail(str(exc), 2)
    except UnknownCategory as exc:
        known = ", ".join(sorted(load_guide(guide).categories))
        _fail(f"未知类别 {exc}；可用类别：{known}", 2)
    except GuideError as exc:
        _fail(str(exc), 2)
    except PacketError as exc:
        _fail(str(exc), 3)
    rendered = {Format.json: report.to_json, Format.md: lambda: _render().to_markdown(report),
                Format.html: lambda: _render().render_html(report, packet)}[format]()
    _emit(rendered, out)


corrections_app = typer.Typer(no_args_is_help=True, help="reviewers' corrections files")
app.add_typer(corrections_app, name="corrections")


@corrections_app.command("init")
def corrections_init(
    packet: Path = typer.Argument(..., help="folder or .zip of the applicant's files"),
    out: Path | None = typer.Option(None, "--out", help="the template to write (default: stdout)"),
    category: str | None = typer.Option(None, "--category"),
    guide: str = typer.Option("jiangsu-2023", "--guide"),
) -> None:
    """Write a corrections template listing every figure with its value and source."""
    if not packet.exists():
        _fail(f"材料包不存在：{packet}", 2)
    try:
        report = run_packet(packet, guide, category)
    except (UnknownCategory, GuideError) as exc:
        _fail(f"无法核验：{exc}", 2)
    except PacketError as exc:
        _fail(str(exc), 3)
    _emit(template(report), out)


@app.command()
def extract(
    file: Path = typer.Argument(..., help="one document (PDF, DOCX, XLSX, OFD, XML, image)"),
    format: Format = typer.Option(Format.json, "--format"),
) -> None:
    """Show one document's kind and every fact found in it, with provenance."""
    from grantcheck.report.words import source_place

    if not file.is_file():
        _fail(f"文件不存在：{file}", 2)
    document, facts = extract_file(file)
    grouped: dict[str, list[dict]] = {}
    for fact in facts:
        grouped.setdefault(fact.name, []).append({
            "value": json_value(fact.value), "unit": fact.unit, "confidence": fact.confidence,
            "sources": [source_of(fact).model_dump()], **({"attrs": fact.attrs} if fact.attrs else {})})
    payload = {"schema": "grantcheck.extract/1", "document": str(file), "kind": document.kind,
               "status": document.status.value, "error": document.error, "pages": document.page_count,
               "facts": {k: v[0] if len(v) == 1 else v for k, v in grouped.items()}}
    if format == Format.json:
        _emit(json.dumps(payload, ensure_ascii=False, indent=2), None)
        return
    lines = [f"# {file.name}", f"- 类型：{document.kind}（{document.kind_confidence:.2f}）",
             f"- 状态：{document.status.value}" + (f"（{document.error}）" if document.error else ""), ""]
    for name, items in grouped.items():
        for item in items:
            src = item["sources"][0]
            where = source_place(src)
            lines.append(f"- **{name}** = {item['value']} {item['unit']}　{where}：“{src['text']}”")
    _emit("\n".join(lines), None)


@app.command()
def categories(
    guide: str = typer.Option("jiangsu-2023", "--guide"),
    format: Format = typer.Option(Format.md, "--format"),
) -> None:
    """List the guide's categories with materials, conditions and subsidy formula."""
    data = load_guide(guide)
    if format == Format.json:
        _emit(json.dumps(categories_json(data), ensure_ascii=False, indent=2), None)
        return
    _emit(categories_markdown(data), None)


@app.command(name="eval")
def evaluate(corpus: Path = typer.Argument(..., help="folder of packets with expected.json files"),
             guide: str = typer.Option("jiangsu-2023", "--guide"),
             format: Format = typer.Option(Format.md, "--format")) -> None:
    """Evaluate verification over a corpus with expected results."""
    from corpus.evaluate import evaluate_corpus

    result = evaluate_corpus(corpus)
    data = load_guide(guide)
    _emit(json.dumps(result.as_dict(data), ensure_ascii=False, indent=2) if format == Format.json
          else result.summary(data), None)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def batch(
    intake: Path = typer.Argument(..., help="folder whose sub-folders and .zip files are packets"),
    out: Path = typer.Option(..., "--out", help="results workbook (.xlsx)"),
    json_dir: Path | None = typer.Option(None, "--json-dir", help="write each report as <packet>.json here"),
    html_dir: Path | None = typer.Option(None, "--html-dir", help="write each report as <packet>.html here"),
    workers: int | None = typer.Option(None, "--workers", min=1, help="parallel packets (default: cores)"),
    registry: Path | None = typer.Option(None, "--registry", help="SQLite registry (default beside --out)"),
    engine: Engine = typer.Option(Engine.local, "--engine"),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address (engine dask)"),
    force: bool = typer.Option(False, "--force", help="verify again packets already verified"),
    category: str | None = typer.Option(None, "--category", help="one category for every packet"),
    guide: str = typer.Option("jiangsu-2023", "--guide"),
) -> None:
    """Verify every packet of an intake folder into one workbook; invoices compared across packets."""
    from grantcheck.batch.engines import EngineError
    from grantcheck.batch.run import IntakeError, Options, run_batch

    data = load_guide(guide)
    if category is not None and category not in data.categories:
        _fail(f"未知类别 {category}；可用类别：{', '.join(sorted(data.categories))}", 2)
    if not intake.is_dir():
        _fail(f"受理目录不存在：{intake}", 2)
    options = Options(intake, out, json_dir, html_dir, workers, registry, engine.value, scheduler, force, guide,
                      category, progress=True, titles={c: v.title for c, v in data.categories.items()})
    try:
        summary = run_batch(options)
    except IntakeError as exc:
        _fail(str(exc), 3)
    except EngineError as exc:
        _fail(str(exc), 2)
    typer.echo(f"共 {summary.packets} 个材料包：核验 {summary.verified}，跳过（已核验）{summary.skipped}，"
               f"出错 {summary.errors}，跨材料包重复 {summary.flagged}；用时 {summary.seconds} 秒 → {out}", err=True)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    data_dir: Path = typer.Option(Path("grantcheck-data"), "--data-dir", help="jobs database and uploads"),
    tokens: Path | None = typer.Option(None, "--tokens", help="TOKEN:SCOPE[:ORG] entries (else GRANTCHECK_TOKENS)"),
    workers: int | None = typer.Option(None, "--workers", min=1, help="verification processes (default: cores)"),
    max_upload_mb: int = typer.Option(200, "--max-upload-mb", min=1),
    max_queue: int = typer.Option(1000, "--max-queue", min=1, help="queued jobs before 429"),
    rate: float = typer.Option(600, "--rate", min=1, help="requests per minute per token"),
    job_timeout: float = typer.Option(600, "--job-timeout", min=1, help="seconds one packet may take"),
) -> None:
    """Serve the upload pre-screening API (FastAPI on uvicorn; jobs in SQLite under --data-dir)."""
    from grantcheck.batch.engines import default_workers
    from grantcheck.service.main import serve as run_service
    from grantcheck.service.tokens import TokenError

    if tokens is not None and not tokens.is_file():
        _fail(f"令牌文件不存在：{tokens}", 2)
    try:
        run_service(host, port, data_dir, tokens, workers or default_workers(), max_upload_bytes=max_upload_mb * 2**20,
                    max_queue=max_queue, rate_per_minute=rate, job_timeout=job_timeout)
    except TokenError as exc:
        _fail(str(exc), 2)


if __name__ == "__main__":
    app()
