"""Review records: JSON Lines and CSV files holding one review per record, streamed.

A record is one review with its text and what the file declares about it:

    text      the review (required; plain text, or HTML when `is_html` is true)
    source    how the review is named in reports; else `id`; else `FILE#line-N`
    id        a record id (used as the source when `source` is absent)
    title     the film's title        year    the film's release year
    critic    who wrote it            outlet  where it was published
    url       where it can be read    is_html true/false (default: sniffed from the text)

Unknown fields are ignored. A record's sha256 is the sha256 of its text's
UTF-8 bytes, so the same text is stored once whatever file carries it.
Files are read line by line, never whole: a million-record file costs the
memory of one record. A bad record (invalid JSON, no text) becomes an
`IngestError` naming the file and line, and the records after it still come.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from consensus.aggregate.report import normalize_title
from consensus.ingest.document import document_from_bytes
from consensus.ingest.errors import IngestError
from consensus.ingest.reader import MAX_BYTES
from consensus.models import Document, Film, Review

RECORD_SUFFIXES = (".jsonl", ".ndjson", ".csv")
STDIN = "-"
DECLARED = ("title", "year", "critic", "outlet", "url")
_TRUE = {"1", "true", "yes", "y", "t"}
_FALSE = {"0", "false", "no", "n", "f", ""}


@dataclass(frozen=True, slots=True)
class Record:
    """One review read from a records file, before analysis."""

    source: str
    text: str
    sha256: str
    location: str  # FILE#line-N, for error messages
    weight: int = 0  # bytes of the file this record took, for progress
    title: str | None = None
    year: int | None = None
    critic: str | None = None
    outlet: str | None = None
    url: str | None = None
    is_html: bool | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


def is_records_file(path: Path) -> bool:
    """A `.jsonl`, `.ndjson` or `.csv` file, optionally gzipped (`reviews.jsonl.gz`)."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(RECORD_SUFFIXES)


def record_sha256(text: str) -> str:
    """The identity of a record: sha256 of its text as UTF-8 (what `document_from_bytes` hashes)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def iter_records(path: Path | str) -> Iterator[Record | IngestError]:
    """Every record of a JSONL or CSV file (or JSONL on stdin for `-`), in file order."""
    name = str(path)
    if name == STDIN:
        yield from _jsonl_records(sys.stdin.buffer, "stdin", position=lambda: 0)
        return
    path = Path(path)
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield IngestError(name, f"cannot be read ({exc.strerror or exc})")
        return
    with raw:
        stream: IO[bytes] = gzip.GzipFile(fileobj=raw, mode="rb") if path.name.lower().endswith(".gz") else raw
        parse = _csv_records if path.name.lower().removesuffix(".gz").endswith(".csv") else _jsonl_records
        try:
            yield from parse(stream, name, position=raw.tell)
        except (OSError, EOFError, zlib.error) as exc:  # a truncated or corrupt .gz
            yield IngestError(name, f"cannot be read to the end ({exc})")


def _jsonl_records(stream: IO[bytes], name: str, position: Any) -> Iterator[Record | IngestError]:
    last = position()
    for number, line in enumerate(stream, start=1):
        now = position()
        weight, last = now - last, now
        if not line.strip():
            continue
        location = f"{name}#line-{number}"
        try:
            data = json.loads(line)
        except UnicodeDecodeError:
            yield IngestError(location, "line is not valid UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield IngestError(location, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(data, dict):
            yield IngestError(location, f"a record must be a JSON object, not {type(data).__name__}")
            continue
        yield record_from_fields(data, location, weight)


def _csv_records(stream: IO[bytes], name: str, position: Any) -> Iterator[Record | IngestError]:
    bad_lines: set[int] = set()

    def decoded() -> Iterator[str]:
        for number, line in enumerate(stream, start=1):
            try:
                yield line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                bad_lines.add(number)
                yield line.decode("utf-8", errors="replace")

    csv.field_size_limit(MAX_BYTES)
    reader = csv.DictReader(decoded())
    try:
        columns = reader.fieldnames
    except csv.Error as exc:
        yield IngestError(name, f"not a readable CSV file ({exc})")
        return
    if not columns or "text" not in columns:
        shown = ", ".join(columns or []) or "none"
        yield IngestError(name, f"CSV file has no `text` column (columns: {shown})")
        return
    first_line, last = reader.line_num + 1, position()
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # the reader cannot resync after this: stop the file, say where
            yield IngestError(f"{name}#line-{reader.line_num}", f"not valid CSV ({exc}); the rest of the file is skipped")
            return
        now = position()
        weight, last = now - last, now
        location = f"{name}#line-{first_line}"
        lines = range(first_line, reader.line_num + 1)
        first_line = reader.line_num + 1
        if any(n in bad_lines for n in lines):
            yield IngestError(location, "record is not valid UTF-8")
            continue
        if None in row:  # more cells than columns
            yield IngestError(location, f"record has {len(columns) + len(row[None])} cells for {len(columns)} columns")
            continue
        yield record_from_fields(row, location, weight)


def record_from_fields(data: dict[str, Any], location: str, weight: int = 0) -> Record | IngestError:
    """A Record from one JSON object or CSV row, or an IngestError saying what is wrong with it."""
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return IngestError(location, "record has no `text`" if text in (None, "") else "record's `text` is not a non-empty string")
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        return IngestError(location, f"record's text is {size / 1024 / 1024:.1f} MB, over the {MAX_BYTES // 1024 // 1024} MB limit for one review")
    warnings: list[str] = []
    declared = {key: _text_field(data.get(key)) for key in ("title", "critic", "outlet", "url")}
    year = _year_field(data.get("year"), warnings)
    is_html = _bool_field(data.get("is_html"), warnings)
    source = _text_field(data.get("source")) or _text_field(data.get("id")) or location
    return Record(
        source=source, text=text, sha256=record_sha256(text), location=location, weight=weight,
        year=year, is_html=is_html, warnings=tuple(warnings), **declared,
    )


def _text_field(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = str(value).strip()
    return text or None


def _year_field(value: Any, warnings: list[str]) -> int | None:
    if value is None or value == "":
        return None
    try:
        year = int(str(value).strip())
    except ValueError:
        year = None
    if year is None or not 1870 <= year <= 2100:
        warnings.append(f"The record's year {value!r} is not a film year; it was ignored.")
        return None
    return year


def _bool_field(value: Any, warnings: list[str]) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return None if text == "" else False
    warnings.append(f"The record's is_html {value!r} is not true or false; the text was sniffed instead.")
    return None


def document_from_record(record: Record) -> Document:
    """The Document of a record: its text as the raw bytes, its declared fields as metadata."""
    document = document_from_bytes(record.text.encode("utf-8"), record.source, is_html=record.is_html)
    declared = {key: getattr(record, key) for key in DECLARED if getattr(record, key) is not None}
    metadata = {**document.metadata, "record": declared} if declared else document.metadata
    return document.model_copy(update={"metadata": metadata, "warnings": [*document.warnings, *record.warnings]})


def with_declared_fields(review: Review, record: Record) -> Review:
    """The review with what the record declares (title, year, critic, outlet, url) over what was read.

    The file's author said which film and critic this is; the text can only
    suggest it. An extracted year is kept only when the extracted title is the
    declared one (otherwise it may be another film's year).
    """
    update: dict[str, Any] = {}
    if record.title is not None or record.year is not None:
        title = record.title or review.film.title
        same_film = normalize_title(review.film.title) == normalize_title(title)
        year = record.year if record.year is not None else (review.film.year if same_film else None)
        declared = ", ".join(f"{k}: {v}" for k, v in (("title", record.title), ("year", record.year)) if v is not None)
        update["film"] = Film(title=title, year=year, evidence=f"record {declared}")
    if record.critic is not None:
        update["critic"], update["critic_evidence"] = record.critic, f"record critic: {record.critic}"
    if record.outlet is not None:
        update["outlet"], update["outlet_evidence"] = record.outlet, f"record outlet: {record.outlet}"
    if record.url is not None:
        update["url"] = record.url
    return review.model_copy(update=update) if update else review
