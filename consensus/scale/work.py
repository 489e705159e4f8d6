"""The unit of work of a batch ingest and the function that does it, wherever it runs.

`analyze_chunk` runs in the client process (in-process ingest) or on a Dask
worker; both call the same `consensus.pipeline.analyze`. A chunk is a list of
items: review files (sent by path when the workers share the client's
filesystem, else with their bytes) and records from JSONL/CSV files. Every
item gives exactly one `Outcome`: the review's store row, already serialized
where it was analyzed (so the client, the one writer, does no model work),
or the reason it could not be analyzed. Nothing raises, so one bad review
never costs the others of its chunk. `compute_films_of` is the film refresh
at the end of an ingest, also run on a worker when the workers can read the
store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from consensus import ANALYZER_VERSION, __version__
from consensus.ingest.document import document_from_bytes
from consensus.ingest.errors import IngestError
from consensus.ingest.reader import read_document
from consensus.ingest.records import Record, document_from_record, with_declared_fields
from consensus.store.rows import ReviewRow, review_row
from consensus.store.store import FilmBatch, compute_films


@dataclass(frozen=True, slots=True)
class FileItem:
    """A review file. `path` is absolute (workers have their own working folder); `source` as given."""

    path: str
    source: str
    sha256: str  # of the bytes the client read
    weight: int  # file size, for progress
    is_html: bool | None = None
    raw: bytes | None = None  # set only when the workers cannot read the client's files


Item = FileItem | Record


class Outcome(NamedTuple):  # a tuple: thousands cross from worker to client every second
    """What became of one item. `sha256` is the client's, so it can match its bookkeeping."""

    sha256: str
    source: str
    row: ReviewRow | None = None  # what `reviews` stores (consensus.store.rows.review_row)
    reason: str | None = None


def analyze_item(item: Item) -> Outcome:
    """Read (unless the bytes came along) and analyze one item; a failure is an Outcome with a reason."""
    # Imported here: a client whose workers analyze never loads the analyzer's models.
    from consensus.pipeline import analyze

    try:
        if isinstance(item, Record):
            document = document_from_record(item)
        elif item.raw is not None:
            document = document_from_bytes(item.raw, item.source, is_html=item.is_html)
        else:
            document = read_document(Path(item.path), source=item.source)
    except IngestError as exc:
        return Outcome(item.sha256, item.source, reason=exc.reason)
    try:
        review = analyze(document)
    except Exception as exc:  # an analyzer bug must not cost the user the other reviews
        return Outcome(item.sha256, item.source, reason=f"could not be analyzed ({type(exc).__name__}: {exc})")
    if isinstance(item, Record):
        review = with_declared_fields(review, item)
    return Outcome(item.sha256, item.source, row=review_row(review, document.text))


def analyze_chunk(items: list[Item]) -> list[Outcome]:
    """One Outcome per item, in order."""
    return [analyze_item(item) for item in items]


def compute_films_of(task: tuple[str, list[str]]) -> FilmBatch:
    """(store URL, title keys) -> their films recomputed from the store, read-only (`Store.write_films` stores them)."""
    url, keys = task
    return compute_films(url, keys)


def analyzer_identity() -> tuple[str, str]:
    """(package version, analyzer version) of the process running it: checked on every Dask worker."""
    return __version__, ANALYZER_VERSION
