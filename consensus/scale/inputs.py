"""What a batch ingest reads, streamed on the client: review files and records, each with its sha256.

The client hashes every input before anything is analyzed, so a rerun can
skip what the store already holds: a review file's sha256 is that of its raw
bytes (reading a file to hash it costs far less than analyzing it), a
record's that of its text (see `consensus.ingest.records`). Folders are
walked one directory at a time in sorted order, so a folder of a million
files is never listed whole and every run sees the inputs in the same order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from consensus.ingest.errors import IngestError
from consensus.ingest.reader import REVIEW_SUFFIXES, has_review_suffix, read_bytes, walk
from consensus.ingest.records import STDIN, is_records_file, iter_records
from consensus.scale.work import FileItem, Item

HTML_SUFFIXES = (".html", ".htm")


def iter_inputs(paths: Iterable[str | Path], keep_bytes: bool = False) -> Iterator[Item | IngestError]:
    """Every review of `paths` (files, folders, records files, `-` for JSONL on stdin), or why one cannot be read.

    `keep_bytes` sends each file's bytes along (for workers that cannot read
    the client's files); otherwise only paths travel.
    """
    for given in paths:
        if str(given) == STDIN:
            yield from iter_records(STDIN)
            continue
        path = Path(given)
        if path.is_dir():
            found = False
            for file in walk(path, is_input_file):
                found = True
                yield from _inputs_of_file(file, keep_bytes)
            if not found:
                kinds = ", ".join(REVIEW_SUFFIXES + (".jsonl", ".csv"))
                yield IngestError(str(given), f"folder holds no review files ({kinds})")
        elif path.is_file():
            yield from _inputs_of_file(path, keep_bytes)
        elif path.exists():
            yield IngestError(str(given), "not a regular file or folder")
        else:
            yield IngestError(str(given), "no such file or folder")


def is_input_file(path: Path) -> bool:
    """A review file or a records file (JSONL/CSV, gzipped or not)."""
    return has_review_suffix(path) or is_records_file(path)


def _inputs_of_file(path: Path, keep_bytes: bool) -> Iterator[Item | IngestError]:
    if is_records_file(path):
        yield from iter_records(path)
        return
    try:
        raw = read_bytes(path)
    except IngestError as exc:
        yield exc
        return
    yield FileItem(
        path=str(path.resolve()),
        source=str(path),
        sha256=hashlib.sha256(raw).hexdigest(),
        weight=len(raw),
        is_html=path.suffix.lower() in HTML_SUFFIXES,
        raw=raw if keep_bytes else None,
    )


def input_size(paths: Iterable[str | Path]) -> int | None:
    """Total bytes the inputs hold (the progress bar's 100%), or None when one is stdin."""
    total = 0
    for given in paths:
        if str(given) == STDIN:
            return None
        path = Path(given)
        files = walk(path, is_input_file) if path.is_dir() else [path] if path.is_file() else []
        for file in files:
            try:
                total += file.stat().st_size
            except OSError:
                pass
    return total
