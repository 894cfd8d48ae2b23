"""The `diplo` command: a thin layer over the library."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress
from sqlalchemy import Engine

from app import db, extract
from app.config import get_settings
from app.explain import extraction_json
from app.ingest import FileOutcome, IngestSummary, forget_paths, ingest_paths, iter_files
from app.ingest_parallel import ingest_parallel

cli = typer.Typer(
    help="diplo: diplomatic events from news, stored and served.", no_args_is_help=True
)
db_cli = typer.Typer(help="Database schema commands.", no_args_is_help=True)
cli.add_typer(db_cli, name="db")
out = Console()
err = Console(stderr=True)


def _engine() -> Engine:
    settings = get_settings()
    engine = db.get_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        statement_timeout_ms=settings.statement_timeout_ms,
    )
    db.upgrade(engine)
    return engine


@db_cli.command("upgrade")
def db_upgrade() -> None:
    """Apply every migration the database lacks."""
    _engine()
    out.print(f"database is current: {get_settings().database_url}")


def _print_summary(summary: IngestSummary) -> None:
    c = summary.counts
    out.print(
        f"documents: {c['new']} new, {c['unchanged']} unchanged, {c['updated']} updated, "
        f"{c['failed']} failed; events stored: {summary.events}"
    )
    for failure in summary.failed:
        err.print(f"[red]failed[/red] {failure.path}: {failure.error}")


@cli.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or directories (searched recursively).")
    ],
    workers: Annotated[
        int, typer.Option(min=1, help="Extraction processes (one writer stores the results).")
    ] = 1,
) -> None:
    """Extract the events of every document under PATHS and store them."""
    engine = _engine()
    # Counting walks the tree once more: only worth it for a progress bar someone sees.
    total = sum(1 for _ in iter_files(paths)) if err.is_terminal else None
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingesting", total=total)

        def advance(_: FileOutcome) -> None:
            progress.advance(task)

        max_bytes = get_settings().max_file_bytes
        if workers > 1:
            summary = ingest_parallel(
                engine, paths, workers=workers, max_bytes=max_bytes, on_file=advance
            )
        else:
            summary = ingest_paths(
                engine,
                paths,
                resources=extract.load_resources(),
                max_bytes=max_bytes,
                on_file=advance,
            )
    _print_summary(summary)
    if summary.failed:
        raise typer.Exit(code=1)


@cli.command()
def forget(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories ingested before.")],
) -> None:
    """Remove documents and their mentions; events no other document reports go too."""
    removed = forget_paths(_engine(), paths)
    out.print(f"documents removed: {len(removed)}")


@cli.command("extract")
def extract_cmd(path: Annotated[Path, typer.Argument(help="One text document.")]) -> None:
    """Print the events of one document as JSON, with the words and rule behind every value."""
    text = path.read_text(encoding="utf-8-sig")
    extraction = extract.run(text, resources=extract.load_resources())
    typer.echo(json.dumps(extraction_json(path.name, extraction), indent=2, ensure_ascii=False))


@cli.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold events, JSON Lines in the guide's format.")],
    docs: Annotated[Path, typer.Option(help="Directory of the gold's documents.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score the extractor against gold (event P/R/F1, date, status, location, people)."""
    from app.evaluate import evaluate_dir

    report = evaluate_dir(gold, docs)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.to_text())


@cli.command()
def info() -> None:
    """Print the version and which build of the extractor runs (compiled or pure Python)."""
    from app import __version__

    typer.echo(f"diplo {__version__}")
    typer.echo(f"extractor: {extract.BUILD}")


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the API with uvicorn (migrations are applied first)."""
    import uvicorn

    _engine()
    uvicorn.run("app.main:app", host=host, port=port)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
