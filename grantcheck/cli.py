"""Command line: thin. Parses arguments, calls the pipeline, renders."""

from __future__ import annotations

import json
import logging
import sys
from enum import Enum
from pathlib import Path

import typer

from checklists.loader import GuideError, load_guide
from grantcheck.listing import categories_json, categories_markdown
from grantcheck.pipeline import UnknownCategory, extract_file, run_packet
from grantcheck.report.model import json_value, source_of
from grantcheck.report.render import to_html, to_markdown
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
    workers: int | None = typer.Option(None, "--workers", min=1, help="files read at once (default: cores)"),
) -> None:
    """Verify a packet and print the report."""
    if not packet.exists():
        _fail(f"材料包不存在：{packet}", 2)
    try:
        report = run_packet(packet, guide, category, workers=workers)
    except UnknownCategory as exc:
        known = ", ".join(sorted(load_guide(guide).categories))
        _fail(f"未知类别 {exc}；可用类别：{known}", 2)
    except GuideError as exc:
        _fail(str(exc), 2)
    except PacketError as exc:
        _fail(str(exc), 3)
    rendered = {Format.json: report.to_json, Format.md: lambda: to_markdown(report),
                Format.html: lambda: to_html(report)}[format]()
    _emit(rendered, out)


@app.command()
def extract(
    file: Path = typer.Argument(..., help="one document (PDF, DOCX)"),
    format: Format = typer.Option(Format.json, "--format"),
) -> None:
    """Show one document's kind and every fact found in it, with provenance."""
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
            where = f"第{src['page']}页" if src["page"] else (src["locator"] or "")
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


if __name__ == "__main__":
    app()
