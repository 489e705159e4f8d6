"""Run the pipeline over files on disk: the I/O edge shared by the CLI and the web app.

Reads each file, analyzes it, and collects the failures (path and reason)
instead of stopping at the first bad input.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from consensus.ingest.errors import IngestError
from consensus.ingest.reader import find_review_files, read_document
from consensus.models import Review
from consensus.pipeline import analyze

# Below this many files a progress bar is only flicker.
PROGRESS_MIN_FILES = 20


@dataclass
class AnalysisRun:
    reviews: list[Review] = field(default_factory=list)
    failures: list[IngestError] = field(default_factory=list)


def analyze_file(path: Path) -> Review:
    """Read and analyze one file; IngestError for bad input, never another exception."""
    document = read_document(path)
    try:
        return analyze(document)
    except Exception as exc:  # an analyzer bug must not cost the user the other files
        raise IngestError(str(path), f"could not be analyzed ({type(exc).__name__}: {exc})") from exc


def analyze_paths(paths: Iterable[str | Path], progress: Console | None = None) -> AnalysisRun:
    """Analyze every review file under `paths`; a bar on `progress` when it is a terminal."""
    found = find_review_files(paths)
    run = AnalysisRun(failures=list(found.errors))
    show = progress is not None and progress.is_terminal and len(found.files) >= PROGRESS_MIN_FILES
    with Progress(
        TextColumn("analyzing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=progress, disable=not show, transient=True,
    ) as bar:
        task = bar.add_task("analyze", total=len(found.files))
        for path in found.files:
            try:
                run.reviews.append(analyze_file(path))
            except IngestError as exc:
                run.failures.append(exc)
            bar.advance(task)
    return run
