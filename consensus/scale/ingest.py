"""Batch ingest: stream inputs, skip what is stored, analyze on a runner, write in batches.

    inputs ──hash──► skip stored ──chunks──► runner (here or Dask) ──rows──► one writer ──► store
    pending titles ──chunks of keys──► runner (films recomputed, read-only) ──films──► one writer

The client process is the only writer. It commits every `batch_size`
reviews in one transaction, so a crash loses at most the uncommitted batch,
and a rerun skips every review already committed (looked up by sha256 before
anything is analyzed) and analyzes the rest. Film reports are refreshed once
at the end, not after every batch: a film with ten thousand reviews is
aggregated once per run, not once per batch it appears in. The queue of
titles to refresh is in the store, so a refresh cut short is finished by the
rerun (or by the next read).

The client stays cheap: workers return rows already serialized (the client
does no model work) and, when they can read the store, recompute the film
reports too; the client parses and hashes inputs and writes.
Memory stays flat: inputs are streamed, at most the runner's window of chunks
is in flight, and the only per-run bookkeeping is the set of sha256 sent but
not yet committed (to skip a second copy of the same review in this run).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from consensus.ingest.errors import IngestError
from consensus.ingest.records import Record
from consensus.scale.inputs import iter_inputs
from consensus.scale.runners import Chunk, Runner, TaskFailed
from consensus.scale.work import Item, Outcome, analyze_chunk, compute_films_of
from consensus.store.rows import ReviewRow
from consensus.store.store import FilmBatch

BATCH_SIZE = 500
# Reviews per Dask task: big enough that the scheduler's few milliseconds per task are nothing per review.
CHUNK_SIZE = 500
# A chunk travels to a worker in one message: keep it well under Dask's large-message warnings.
CHUNK_MAX_BYTES = 4 * 1024 * 1024
# The summary groups failures by reason; beyond this many distinct reasons the rest are counted together.
MAX_REASONS = 20


class ReviewStore(Protocol):
    """What the ingest needs of `consensus.store.Store`."""

    url: str

    def stored_shas(self, shas: Iterable[str]) -> set[str]: ...
    def save_rows(self, rows: list[ReviewRow], refresh: bool = True) -> int: ...
    def refresh_films(self) -> int: ...
    def pending_titles(self) -> Iterator[list[str]]: ...
    def write_films(self, computed: FilmBatch) -> None: ...
    def refresh_titles(self, keys: list[str]) -> None: ...


class Reporter(Protocol):
    """Where progress and failures go (`consensus.scale.progress.IngestProgress`)."""

    def advance(self, weight: int, reviews: int) -> None: ...
    def status(self, what: str) -> None: ...
    def failure(self, source: str, reason: str) -> None: ...


class _Silent:
    def advance(self, weight: int, reviews: int) -> None:
        pass

    def status(self, what: str) -> None:
        pass

    def failure(self, source: str, reason: str) -> None:
        pass


@dataclass
class IngestSummary:
    analyzed: int = 0  # analyzed in this run
    stored: int = 0  # rows the store inserted or replaced
    skipped: int = 0  # already stored by this analyzer version
    duplicates: int = 0  # same content as an earlier input of this run
    failed: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def describe(self) -> list[str]:
        """The end-of-run summary: one line of counts, then failures grouped by reason."""
        done = self.analyzed + self.skipped + self.duplicates + self.failed
        rate = f", {self.analyzed / self.seconds:,.0f} reviews/s" if self.seconds > 0 and self.analyzed else ""
        lines = [
            f"{done:,} reviews: {self.analyzed:,} analyzed ({self.stored:,} stored), "
            f"{self.skipped:,} skipped as already stored, {self.duplicates:,} duplicates of another input, "
            f"{self.failed:,} failed ({self.seconds:,.1f} s{rate})"
        ]
        lines += [f"  {count:,} failed: {reason}" for reason, count in self.reasons.most_common()]
        return lines

    def add_failure(self, reason: str) -> None:
        self.failed += 1
        if reason in self.reasons or len(self.reasons) < MAX_REASONS:
            self.reasons[reason] += 1
        else:
            self.reasons["other reasons"] += 1


def ingest(
    paths: Iterable[str | Path],
    store: ReviewStore,
    runner: Runner,
    *,
    batch_size: int = BATCH_SIZE,
    chunk_size: int = CHUNK_SIZE,
    reporter: Reporter | None = None,
) -> IngestSummary:
    """Analyze and store every review under `paths` that the store does not hold yet."""
    return _Ingest(store, runner, batch_size, chunk_size, reporter or _Silent()).run(paths)


class _Ingest:
    def __init__(self, store: ReviewStore, runner: Runner, batch_size: int, chunk_size: int, reporter: Reporter) -> None:
        self.store, self.runner, self.reporter = store, runner, reporter
        self.batch_size, self.chunk_size = max(1, batch_size), max(1, chunk_size)
        self.summary = IngestSummary()
        self.in_flight: set[str] = set()  # sha256 sent for analysis and not committed yet
        self.batch: list[Outcome] = []

    def run(self, paths: Iterable[str | Path]) -> IngestSummary:
        started = time.monotonic()
        inputs = iter_inputs(paths, keep_bytes=not self.runner.shared_filesystem)
        try:
            for chunk, outcomes in self.runner.map(analyze_chunk, self._chunks(inputs)):
                self._collect(_failed(chunk, outcomes) if isinstance(outcomes, TaskFailed) else outcomes)
                self.reporter.advance(sum(item.weight for item in chunk), len(chunk))
                while len(self.batch) >= self.batch_size:
                    self._commit(self.batch_size)
        except KeyboardInterrupt:
            self._commit(len(self.batch))  # keep what was analyzed; the rerun does the rest
            raise
        self._commit(len(self.batch))
        self.reporter.status("refreshing film reports")
        self._refresh_films()
        self.summary.seconds = time.monotonic() - started
        return self.summary

    def _chunks(self, inputs: Iterator[Item | IngestError]) -> Iterator[Chunk]:
        """Chunks of items the store does not hold, each checked against the store in one query."""
        for group in self._groups(inputs):
            stored = self.store.stored_shas(item.sha256 for item in group)
            todo: Chunk = []
            for item in group:
                if item.sha256 in stored:
                    self.summary.skipped += 1
                elif item.sha256 in self.in_flight:
                    self.summary.duplicates += 1
                else:
                    self.in_flight.add(item.sha256)
                    todo.append(item)
                    continue
                self.reporter.advance(item.weight, 1)
            if todo:
                yield todo

    def _groups(self, inputs: Iterator[Item | IngestError]) -> Iterator[Chunk]:
        group: Chunk = []
        size = 0
        for item in inputs:
            if isinstance(item, IngestError):
                self._fail(item.source, item.reason)
                continue
            group.append(item)
            size += _payload(item)
            if len(group) >= self.chunk_size or size >= CHUNK_MAX_BYTES:
                yield group
                group, size = [], 0
        if group:
            yield group

    def _refresh_films(self) -> None:
        """Recompute the films of every queued title: on the workers when they can read the store, else here.

        Written in title key order whatever runs them, so two titles that want
        one slug settle it the same way in every mode.
        """
        url = self.store.url
        if self.runner.reads_store(url):
            tasks = ((url, keys) for keys in self.store.pending_titles())
            for (_, keys), computed in self.runner.map(compute_films_of, tasks, ordered=True):
                if isinstance(computed, TaskFailed):
                    self.store.refresh_titles(keys)
                else:
                    self.store.write_films(computed)
        self.store.refresh_films()  # whatever is still queued (all of it when the refresh runs here)

    def _collect(self, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            if outcome.row is None:
                self.in_flight.discard(outcome.sha256)
                self._fail(outcome.source, outcome.reason or "could not be analyzed")
            else:
                self.summary.analyzed += 1
                self.batch.append(outcome)

    def _commit(self, count: int) -> None:
        """Store the first `count` reviews of the batch in one transaction; only then forget their sha256."""
        if not count:
            return
        done, self.batch = self.batch[:count], self.batch[count:]
        rows = [o.row for o in done if o.row is not None]
        self.summary.stored += self.store.save_rows(rows, refresh=False)
        self.in_flight.difference_update(o.sha256 for o in done)

    def _fail(self, source: str, reason: str) -> None:
        self.summary.add_failure(reason)
        self.reporter.failure(source, reason)


def _failed(chunk: Chunk, failure: TaskFailed) -> list[Outcome]:
    """One failure per item of a chunk whose task was lost on the cluster."""
    return [Outcome(item.sha256, item.source, reason=str(failure)) for item in chunk]


def _payload(item: Item) -> int:
    """Bytes the item carries to a worker."""
    if isinstance(item, Record):
        return len(item.text)
    return len(item.raw) if item.raw is not None else 0
