"""Review records: JSONL and CSV files streamed one record at a time, bad records reported by line."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

from consensus.ingest.errors import IngestError
from consensus.ingest.records import (
    Record,
    document_from_record,
    is_records_file,
    iter_records,
    record_from_fields,
    with_declared_fields,
)
from consensus.models import Film, Review


def _jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def _review(**fields: object) -> Review:
    return Review(**{"source": "x", "sha256": "0" * 64, "film": Film(), **fields})


def test_records_files_are_recognized_by_suffix_gzipped_or_not() -> None:
    assert is_records_file(Path("a/reviews.jsonl"))
    assert is_records_file(Path("reviews.NDJSON"))
    assert is_records_file(Path("reviews.csv.gz"))
    assert not is_records_file(Path("review.txt"))
    assert not is_records_file(Path("review.html.gz"))


def test_a_jsonl_record_carries_its_fields_and_the_sha256_of_its_text(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "r.jsonl", [{
        "text": "A tender, invented fable about lighthouse keepers.", "id": "k-1", "title": "The Keepers",
        "year": "2019", "critic": "Mara Vell", "outlet": "The Lantern", "url": "https://example.org/k-1", "extra": 3,
    }])
    [record] = list(iter_records(path))
    assert isinstance(record, Record)
    assert record.sha256 == hashlib.sha256(b"A tender, invented fable about lighthouse keepers.").hexdigest()
    assert (record.source, record.title, record.year, record.critic, record.outlet) == ("k-1", "The Keepers", 2019, "Mara Vell", "The Lantern")
    assert record.url == "https://example.org/k-1"
    assert record.location == f"{path}#line-1"


def test_source_is_the_source_field_else_the_id_else_file_and_line(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "r.jsonl", [
        {"text": "one", "source": "site/one.html", "id": "ignored"},
        {"text": "two", "id": 42},
        "",
        {"text": "three"},
    ])
    sources = [r.source for r in iter_records(path)]
    assert sources == ["site/one.html", "42", f"{path}#line-4"]


def test_bad_jsonl_lines_are_reported_with_file_and_line_and_the_rest_still_come(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "r.jsonl", [
        {"text": "first"}, "{not json", "[1, 2]", {"title": "no text"}, {"text": "   "}, {"text": 7}, {"text": "last"},
    ])
    results = list(iter_records(path))
    errors = [(e.source, e.reason) for e in results if isinstance(e, IngestError)]
    assert [r.text for r in results if isinstance(r, Record)] == ["first", "last"]
    assert [source for source, _ in errors] == [f"{path}#line-{n}" for n in (2, 3, 4, 5, 6)]
    assert "not valid JSON" in errors[0][1]
    assert "JSON object" in errors[1][1]
    assert "no `text`" in errors[2][1]


def test_csv_records_span_lines_and_are_located_by_their_first_line(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text('text,title,critic\n"Warm,\nwitty and\nbrief",Paper Kites,Bo Lind\n,Empty,Nobody\nPlain one,,\n', encoding="utf-8")
    results = list(iter_records(path))
    assert isinstance(results[0], Record) and results[0].text == "Warm,\nwitty and\nbrief"
    assert results[0].source == f"{path}#line-2" and results[0].critic == "Bo Lind"
    assert isinstance(results[1], IngestError) and results[1].source == f"{path}#line-5"
    assert isinstance(results[2], Record) and results[2].source == f"{path}#line-6" and results[2].title is None


def test_a_csv_without_a_text_column_is_one_error_naming_its_columns(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("review,title\nsomething,Film\n", encoding="utf-8")
    [error] = list(iter_records(path))
    assert isinstance(error, IngestError) and error.source == str(path)
    assert "no `text` column" in error.reason and "review, title" in error.reason


def test_a_csv_record_with_bytes_that_are_not_utf8_is_reported_alone(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(b"text\ngood one\nbad \xff byte\nanother good\n")
    results = list(iter_records(path))
    assert [r.text for r in results if isinstance(r, Record)] == ["good one", "another good"]
    [error] = [e for e in results if isinstance(e, IngestError)]
    assert error.source == f"{path}#line-3" and "UTF-8" in error.reason


def test_gzipped_files_are_read_as_a_stream(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for i in range(50):
            out.write(json.dumps({"text": f"Invented review number {i}."}) + "\n")
    records = list(iter_records(path))
    assert len(records) == 50 and all(isinstance(r, Record) for r in records)
    assert sum(r.weight for r in records) == path.stat().st_size


def test_a_truncated_gzip_file_reports_the_file_after_the_records_it_could_read(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl.gz"
    data = gzip.compress("".join(json.dumps({"text": f"Review {i} " * 20}) + "\n" for i in range(200)).encode())
    path.write_bytes(data[: len(data) // 2])
    results = list(iter_records(path))
    assert isinstance(results[-1], IngestError) and results[-1].source == str(path)
    assert all(isinstance(r, Record) for r in results[:-1])


def test_a_year_or_is_html_that_makes_no_sense_becomes_a_warning_not_a_failure() -> None:
    record = record_from_fields({"text": "Fine.", "year": "soon", "is_html": "maybe"}, "f.jsonl#line-1")
    assert isinstance(record, Record)
    assert record.year is None and record.is_html is None
    assert len(record.warnings) == 2
    assert record_from_fields({"text": "x", "is_html": "TRUE", "year": 1999}, "l").is_html is True  # type: ignore[union-attr]


def test_a_record_document_hashes_the_text_and_keeps_declared_fields_as_metadata() -> None:
    record = record_from_fields({"text": "<html><body><article><p>An <b>invented</b> review of an invented film: warm and wise, with a fine cast "
                               "and a story that earns its quiet, generous ending.</p></article></body></html>", "is_html": True, "title": "Tide"}, "f#line-1")
    assert isinstance(record, Record)
    document = document_from_record(record)
    assert document.sha256 == record.sha256
    assert document.is_html and "<b>" not in document.text
    assert document.metadata["record"] == {"title": "Tide"}


def test_declared_fields_win_over_what_was_read_and_say_where_they_came_from() -> None:
    record = record_from_fields({"text": "t", "title": "Tide", "critic": "Ada Quill", "url": "https://example.org/t"}, "f#line-1")
    assert isinstance(record, Record)
    read = _review(film=Film(title="Tide", year=2020, evidence="Tide (2020)"), critic="Someone Else")
    review = with_declared_fields(read, record)
    assert (review.film.title, review.film.year) == ("Tide", 2020)  # the year read for the same title is kept
    assert review.critic == "Ada Quill" and "record" in (review.critic_evidence or "")
    assert review.url == "https://example.org/t"


def test_a_year_read_for_another_title_is_not_given_to_the_declared_film() -> None:
    record = record_from_fields({"text": "t", "title": "Tide"}, "f#line-1")
    assert isinstance(record, Record)
    review = with_declared_fields(_review(film=Film(title="Some Other Film", year=1988)), record)
    assert (review.film.title, review.film.year) == ("Tide", None)


def test_a_record_declaring_nothing_leaves_the_review_as_read() -> None:
    record = record_from_fields({"text": "t"}, "f#line-1")
    assert isinstance(record, Record)
    read = _review(critic="Read Critic")
    assert with_declared_fields(read, record) == read
