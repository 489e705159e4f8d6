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
err = Console(stderr=True)


class ReviewFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class ReportFormat(str, Enum):
    json = "json"
    text = "text"
    html = "html"


Paths = Annotated[list[Path], typer.Argument(help="Review files or folders (read recursively: .txt .md .html .htm).")]


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


@app.command()
def report(
    paths: Annotated[list[Path] | None, typer.Argument(help="Review files or folders; without them, the film is read from the store.")] = None,
    film: Annotated[str | None, typer.Option("--film", help="Only the film with this title.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Only the film of this year.")] = None,
    db: Annotated[str | None, typer.Option("--db", help="SQLAlchemy URL of the store (default: CONSENSUS_DB or the user data folder).")] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="json, text or html")] = ReportFormat.text,
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
        from consensus.store import open_store

        store = open_store(db)
        reports = store.film_reports()
    reports = present.select_reports(reports, film, year)
    if not reports:
        wanted = (f" --film {film!r}" if film else "") + (f" --year {year}" if year else "")
        err.print(f"[red]error[/red]: no film matches{escape(wanted)}", highlight=False, soft_wrap=True)
        raise typer.Exit(1)
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


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
