"""The crash sweep: every text of ../shared/data through ingest and analyze, failing when anything raises."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest

from eval import eval_sweep

REVIEW = (
    "QUARRY ROAD is a tense, handsome thriller. The director keeps the camera low and the cast sweats convincingly "
    "through a long night, and QUARRY ROAD only loses its nerve in the final act. I liked QUARRY ROAD a lot."
)


def write_data(folder: Path) -> None:
    """A tiny ../shared/data: one review or quote per file, in each file's own format."""
    with gzip.open(folder / "pang_lee_scale.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"review_id": "1", "author": "A", "rating_norm": 0.8, "label_3class": 2, "label_4class": 3,
                             "text": REVIEW}) + "\n")
    with gzip.open(folder / "pang_lee_polarity.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "cv000_1", "label": "pos", "text": REVIEW.lower()}) + "\n")
    for name, column in (("rt_critic_reviews.csv.gz", "review_content"), ("cs109_critics.csv.gz", "quote")):
        with gzip.open(folder / name, "wt", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=[column])
            writer.writeheader()
            writer.writerow({column: "Too short."})


def test_the_sweep_counts_refusals_and_analyses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    write_data(tmp_path)
    monkeypatch.setattr(eval_sweep, "DATA", tmp_path)
    eval_sweep.main()
    out = capsys.readouterr().out
    assert "texts: 4; refused by ingest: 2; analyzed: 2; raised in analyze: 0" in out
    assert "refused, too short to be a review: 2" in out


def test_the_sweep_fails_when_analyze_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    write_data(tmp_path)
    monkeypatch.setattr(eval_sweep, "DATA", tmp_path)

    def broken(document: object) -> None:
        raise AttributeError("'NoneType' object has no attribute 'end'")

    monkeypatch.setattr(eval_sweep, "analyze", broken)
    with pytest.raises(SystemExit):
        eval_sweep.main()
    assert "raised in analyze: 2" in capsys.readouterr().out


def test_the_sweep_skips_without_the_shared_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(eval_sweep, "DATA", tmp_path / "missing")
    eval_sweep.main()
    assert "skipped" in capsys.readouterr().out
