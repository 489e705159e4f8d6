"""The ingest progress bar: reviews done, reviews per second, and time left.

The bar's 100% is the inputs' size in bytes, known without reading them
(file sizes), so the time left is right from the start even for a single
million-line JSONL file. It is drawn on stderr, and only on a terminal.
"""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.text import Text


class _RateColumn(ProgressColumn):
    """Reviews per second since the start (the bar's own speed is in bytes)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        reviews = task.fields.get("reviews", 0)
        rate = f"{reviews / elapsed:,.0f} reviews/s" if elapsed > 1 else "… reviews/s"
        return Text(rate, style="progress.data.speed")


class IngestProgress:
    """`advance(bytes, reviews)` as work completes; a no-op off a terminal."""

    def __init__(self, console: Console, total_bytes: int | None) -> None:
        self._bar = Progress(
            TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[reviews]:,} reviews"), _RateColumn(), TimeRemainingColumn(),
            console=console, disable=not console.is_terminal, transient=True,
        )
        self._task = self._bar.add_task("ingesting", total=total_bytes or None, reviews=0)
        self._reviews = 0

    def __enter__(self) -> IngestProgress:
        self._bar.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._bar.stop()

    def advance(self, weight: int, reviews: int) -> None:
        self._reviews += reviews
        self._bar.update(self._task, advance=weight, reviews=self._reviews)

    def status(self, what: str) -> None:
        """What the ingest is doing now, when it is not analyzing (refreshing film reports, say)."""
        self._bar.update(self._task, description=what)

    def failure(self, source: str, reason: str) -> None:
        """One input that could not be analyzed, on its own line above the bar."""
        self._bar.console.print(Text.assemble(("error", "red"), f": {source}: {reason}"), highlight=False, soft_wrap=True)
