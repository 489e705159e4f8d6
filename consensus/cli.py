"""The `consensus` command line: thin over the library.

Each command parses its arguments, calls `consensus.runner` (which calls the
pipeline), and prints. Exit codes follow CONTRACT.md: 0 success, 1 some inputs
could not be analyzed (each reported on stderr with its path and reason),
2 bad usage.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from consensus import present
from consensus.models import FilmReport, Review
from consensus.pipeline import aggregate_all
from consensus.runner import AnalysisRun, analyze_paths

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Open, automatic film-critic aggregation: raw reviews in, an explainable film report out.",
)
err = Console(stderr=True, soft_wrap=True)  # one line per message, whatever the terminal width


class ReviewFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class ReportFormat(str, Enum):
    json = "json"
    text = "text"
    html = "html"


Paths = Annotated[list[Path], typer.Argument(help="Review files or folders (read recursively: .txt .md .html .htm).")]
DbOption = Annotated[str | None, typer.Option("--db", help="SQLAlchemy URL of the store (default: CONSENSUS_DB or the user data folder).")]


def _report_failures(run: AnalysisRun) -> None:
    for failure in run.failures:
        err.print(f"[red]error[/red]: {escape(failure.source)}: {escape(failure.reason)}", highlight=False, soft_wrap=True)


def _dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _review_json(review: Review) -> dict:
    return review.model_dump(mode="json")


def _report_json(report: FilmReport) -> dict:
    return report.model_dump(mode="json")


@app.command()
def analyze(
    paths: Paths,
    format: Annotated[ReviewFormat | None, typer.Option("--format", "-f", help="json, jsonl or table (default: table on a terminal, json when piped)")] = None,
) -> None:
    """Analyze review files without storing anything: one Review per input file."""
    run = analyze_paths(paths, progress=err)
    _report_failures(run)
    fmt = format or (ReviewFormat.table if sys.stdout.isatty() else ReviewFormat.json)
    if fmt is ReviewFormat.json:
        print(_dump([_review_json(r) for r in run.reviews]))
    elif fmt is ReviewFormat.jsonl:
        for r in run.reviews:
            print(json.dumps(_review_json(r), ensure_ascii=False))
    else:
        present.print_reviews(Console(), run.reviews)
    raise typer.Exit(1 if run.failures else 0)


def _rewrite_consensus(report: FilmReport, url: str, model: str) -> FilmReport:
    """The report with its consensus rewritten by the --llm server, or unchanged (with a warning) on failure."""
    from consensus.aggregate.llm import LLMError, rewrite_consensus

    try:
        return report.model_copy(update={"consensus": rewrite_consensus(report, url, model)})
    except LLMError as exc:
        title = report.film.title or "(unknown film)"
        err.print(f"[yellow]warning[/yellow]: --llm: {escape(title)}: {escape(str(exc))}; keeping the generated sentence",
                  highlight=False, soft_wrap=True)
        return report


@app.command()
def report(
    paths: Annotated[list[Path] | None, typer.Argument(help="Review files or folders; without them, the film is read from the store.")] = None,
    film: Annotated[str | None, typer.Option("--film", help="Only the film with this title.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Only the film of this year.")] = None,
    db: DbOption = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="json, text or html")] = ReportFormat.text,
    llm: Annotated[str | None, typer.Option("--llm", help="OpenAI-compatible server (e.g. http://127.0.0.1:8080) to rewrite the consensus sentence from the same evidence; on any failure the deterministic sentence is kept.")] = None,
    llm_model: Annotated[str, typer.Option("--llm-model", help="Model name sent to the --llm server.")] = "default",
) -> None:
    """The film page: from PATHs (nothing stored), or from the store without them.

    With several films and no --film, `json` prints a list of reports and the
    other formats print one page after another.
    """
    failures = 0
    if paths:
        run = analyze_paths(paths, progress=err)
        _report_failures(run)
        failures = len(run.failures)
        reports = aggregate_all(run.reviews)
    else:
        with _open_store_or_exit(db) as store:
            if film:  # only the matching films' reports, not the whole store's
                reports = [r for f in store.films(film) if (r := store.film_report(f["slug"])) is not None]
            else:
                reports = store.film_reports()
    reports = present.select_reports(reports, film, year)
    if not reports:
        wanted = (f" --film {film!r}" if film else "") + (f" --year {year}" if year else "")
        err.print(f"[red]error[/red]: no film matches{escape(wanted)}", highlight=False, soft_wrap=True)
        raise typer.Exit(1)
    if llm:
        reports = [_rewrite_consensus(r, llm, llm_model) for r in reports]
    if format is ReportFormat.json:
        payload = _report_json(reports[0]) if len(reports) == 1 else [_report_json(r) for r in reports]
        print(_dump(payload))
    elif format is ReportFormat.html:
        from consensus.web.pages import render_report_html

        print(render_report_html(reports))
    else:
        console = Console()
        for rep in reports:
            present.print_report(console, rep)
    raise typer.Exit(1 if failures else 0)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Review files, folders, JSONL/CSV files of reviews (.gz too), or - for JSONL on stdin.")],
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Analyze on a Dask LocalCluster of N worker processes.")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Analyze on the Dask cluster at this address (tcp://HOST:PORT).")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Reviews per store transaction.")] = 500,
    chunk_size: Annotated[int, typer.Option("--chunk-size", min=1, help="Reviews per task sent to a worker.")] = 500,
) -> None:
    """Analyze and store reviews: idempotent and resumable (what is stored is skipped), in batches."""
    from consensus.scale import ClusterError, open_runner
    from consensus.scale import ingest as run_ingest
    from consensus.scale.inputs import input_size
    from consensus.scale.progress import IngestProgress

    if workers is not None and scheduler is not None:
        err.print("error: give --workers (a local cluster) or --scheduler (an existing one), not both", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    store = _open_store_or_exit(db, create=True)
    probe = next((p for p in paths if str(p) != "-" and p.exists()), None)
    try:
        with store, open_runner(workers, scheduler, probe=probe) as runner:
            total = input_size(paths) if err.is_terminal else None
            with IngestProgress(err, total) as progress:
                summary = run_ingest(paths, store, runner, batch_size=batch_size, chunk_size=chunk_size, reporter=progress)
    except ClusterError as exc:
        err.print(f"error: {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        err.print("interrupted: what was analyzed is stored; run the same command again to finish", highlight=False, soft_wrap=True)
        raise typer.Exit(130) from None
    for line in summary.describe():
        err.print(escape(line), highlight=False, soft_wrap=True)
    raise typer.Exit(1 if summary.failed else 0)


class FilmsFormat(str, Enum):
    json = "json"
    table = "table"


def _open_store_or_exit(db: str | None, create: bool = False):  # -> consensus.store.Store
    """The store, or exit 2 with the reason; only `ingest` creates a store that does not exist."""
    from consensus.store import StoreError, open_store

    try:
        return open_store(db, create=create)
    except StoreError as exc:
        err.print(f"error: {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None


@app.command()
def films(
    q: Annotated[str | None, typer.Argument(help="Only films whose title contains this.")] = None,
    db: DbOption = None,
    format: Annotated[FilmsFormat | None, typer.Option("--format", "-f", help="json or table (default: table on a terminal, json when piped)")] = None,
) -> None:
    """List stored films with review count and score (the same list as GET /api/films)."""
    with _open_store_or_exit(db) as store:
        rows = store.films(q)
    fmt = format or (FilmsFormat.table if sys.stdout.isatty() else FilmsFormat.json)
    if fmt is FilmsFormat.json:
        print(_dump(rows))
    else:
        _print_films(Console(), rows)


def _print_films(console: Console, rows: list[dict]) -> None:
    from rich.table import Table

    table = Table(title=f"{len(rows)} film{'' if len(rows) == 1 else 's'}")
    for column, justify in (("score", "right"), ("film", "left"), ("year", "right"), ("reviews", "right"), ("band", "left"), ("slug", "left")):
        table.add_column(column, justify=justify, overflow="fold")
    for row in rows:
        score = "—" if row["metascore"] is None else str(row["metascore"])
        table.add_row(score, escape(row["title"] or "(untitled)"), str(row["year"] or "—"), str(row["reviews"]), row["band"] or "—", row["slug"])
    console.print(table)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """The web app and JSON API over the store."""
    import uvicorn

    from consensus.web.app import create_app

    with _open_store_or_exit(db) as store:
        err.print(f"serving {escape(store.url)} at http://{host}:{port}/  (JSON API: /api/films, docs: /docs)", highlight=False, soft_wrap=True)
        try:
            uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
        except SystemExit:  # uvicorn exits when it cannot listen (e.g. the port is in use); it has logged why
            err.print(f"error: cannot listen on {host}:{port}", highlight=False)
            raise typer.Exit(2) from None


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
