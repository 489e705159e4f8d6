"""The `consensus` command line keeps CONTRACT.md: formats, exit codes, one stderr line per bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

REVIEW_KEYS = {"source", "sha256", "film", "critic", "outlet", "rating", "score", "score_source", "polarity",
               "aspects", "pull_quote", "people", "facts", "content_warnings", "compared_films", "warnings"}
REPORT_KEYS = {"film", "credits", "characters", "people", "reviews", "rated_reviews", "metascore", "provisional",
               "band", "percent_positive", "consensus", "aspects", "disagreements", "content_warnings",
               "compared_films", "review_list"}
EXAMPLES = REPO / "examples"


def consensus(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consensus.cli", *map(str, args)], capture_output=True, text=True, timeout=120, cwd=REPO
    )


def write_review(folder: Path, name: str = "good.txt") -> Path:
    path = folder / name
    path.write_text(
        "Quarry Road (2024) review\n\nDirected by Ana Lucía Ferreira. Quarry Road is a tense, beautifully shot "
        "thriller whose lead performance is superb, though the final act drags a little. The score is haunting "
        "and the editing sharp. Rating: 4/5\n\nBy Tomás Ribeiro\n",
        encoding="utf-8",
    )
    return path


def test_analyze_prints_one_review_per_file_as_json_when_piped(tmp_path: Path) -> None:
    write_review(tmp_path, "a.txt")
    write_review(tmp_path, "b.md")
    result = consensus("analyze", tmp_path)
    assert result.returncode == 0, result.stderr
    reviews = json.loads(result.stdout)
    assert len(reviews) == 2
    assert all(REVIEW_KEYS <= set(r) for r in reviews)


def test_analyze_jsonl_prints_one_line_per_review(tmp_path: Path) -> None:
    write_review(tmp_path)
    result = consensus("analyze", tmp_path, "--format", "jsonl")
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and REVIEW_KEYS <= set(json.loads(lines[0]))


def test_bad_inputs_are_reported_one_line_each_and_the_rest_still_analyzed(tmp_path: Path) -> None:
    good = write_review(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    missing = tmp_path / "missing.txt"
    result = consensus("analyze", good, empty, binary, missing, "--format", "json")
    assert result.returncode == 1
    assert [r["source"] for r in json.loads(result.stdout)] == [str(good)]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    for path in (empty, binary, missing):
        assert any(str(path) in line for line in errors)
    assert "Traceback" not in result.stderr


def test_a_folder_without_review_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n")
    result = consensus("analyze", tmp_path)
    assert result.returncode == 1
    assert "no review files" in result.stderr and str(tmp_path) in result.stderr


def test_bad_usage_exits_2() -> None:
    assert consensus("analyze", "--format", "yaml", "x").returncode == 2
    assert consensus("no-such-command").returncode == 2


def test_report_from_paths_prints_the_film_report_json(tmp_path: Path) -> None:
    write_review(tmp_path)
    result = consensus("report", tmp_path, "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert REPORT_KEYS <= set(report)
    assert report["reviews"] == 1 and report["provisional"] is True


def test_report_text_renders_the_sample_corpus() -> None:
    result = consensus("report", EXAMPLES, "--format", "text")
    assert result.returncode == 0, result.stderr
    assert "Reviews" in result.stdout


def test_report_with_unknown_film_says_so(tmp_path: Path) -> None:
    write_review(tmp_path)
    result = consensus("report", tmp_path, "--film", "No Such Film")
    assert result.returncode == 1
    assert "no film matches" in result.stderr


@pytest.mark.seeds
def test_seed_reviews_keep_the_contract(seeds_dir: Path) -> None:
    result = consensus("analyze", seeds_dir, "--format", "json")
    assert result.returncode == 0, result.stderr
    reviews = json.loads(result.stdout)
    assert len(reviews) == 5
    for r in reviews:
        assert REVIEW_KEYS <= set(r)
        if r["rating"]:
            assert {"text", "value", "scale_max", "score", "evidence"} <= set(r["rating"])


@pytest.mark.seeds
def test_seed_reviews_read_end_to_end_as_issue_3_asks(seeds_dir: Path) -> None:
    """The whole pipeline, with the film it finds (a rating line must survive the film's own title being known)."""
    result = consensus("analyze", seeds_dir, "--format", "json")
    reviews = {Path(r["source"]).name[:3]: r for r in json.loads(result.stdout)}
    assert {(r["film"]["title"], r["film"]["year"]) for r in reviews.values()} == {("Ballerina", 2023)}
    assert {k: r["rating"] and r["rating"]["score"] for k, r in reviews.items()} == {
        "000": 70, "001": None, "002": 70, "003": None, "004": None}
    assert {k: r["critic"] for k, r in reviews.items()} == {
        "000": "Andrew Laoudas", "001": None, "002": "Aluna", "003": "Manfred Selzer", "004": "Jeff Light"}
    assert all(r["score_source"] == "inferred" for k, r in reviews.items() if k in ("001", "003", "004"))


def test_commands_that_only_read_do_not_create_a_store(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "store.sqlite"
    result = consensus("films", "--db", f"sqlite:///{missing}")
    assert result.returncode == 2
    assert "no store at" in result.stderr and str(missing) in result.stderr
    assert not missing.parent.exists()
