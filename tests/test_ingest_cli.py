"""`consensus ingest`: exit codes, the summary, and a rerun after SIGKILL that stores every review exactly once."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consensus.cli import app
from consensus.store import open_store

CORPUS = Path(__file__).resolve().parent / "fixtures" / "scale_corpus"


def _db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["ingest", *args])
    return result.exit_code, result.stderr


def _records(start: int, stop: int) -> list[str]:
    """Invented reviews, each text different, one JSON line each."""
    moods = ["tender and funny", "slow and muddled", "bold, strange and moving", "handsome but hollow"]
    return [
        json.dumps({
            "id": f"rec-{i:03d}", "title": f"Invented Film {i % 7}", "critic": f"Critic {i % 5}",
            "text": f"Review {i}: this invented film about lighthouse keepers is {moods[i % 4]}, "
                    f"and its cast of unknowns gives it {i} reasons to keep watching until the end.",
        }) + "\n"
        for i in range(start, stop)
    ]


def test_a_clean_ingest_exits_0_and_prints_a_summary(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(CORPUS / "pages", pages)
    (pages / "empty.txt").unlink()
    code, err = _run(str(pages), "--db", _db(tmp_path))
    assert code == 0, err
    assert "7 analyzed" in err and "1 duplicates" in err and "0 failed" in err


def test_failures_exit_1_each_on_stderr_with_its_path_and_reason(tmp_path: Path) -> None:
    code, err = _run(str(CORPUS), "--db", _db(tmp_path))
    assert code == 1
    assert f"{CORPUS / 'pages' / 'empty.txt'}: file is empty" in err
    assert f"{CORPUS / 'reviews.jsonl'}#line-21: not valid JSON" in err
    assert f"{CORPUS / 'reviews.jsonl'}#line-22: record has no `text`" in err
    assert "33 analyzed" in err and "3 failed" in err


def test_a_rerun_skips_what_is_stored(tmp_path: Path) -> None:
    _run(str(CORPUS / "reviews.csv"), "--db", _db(tmp_path))
    code, err = _run(str(CORPUS / "reviews.csv"), "--db", _db(tmp_path))
    assert code == 0
    assert "0 analyzed" in err and "6 skipped as already stored" in err


def test_a_missing_path_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    code, err = _run(str(tmp_path / "nowhere"), "--db", _db(tmp_path))
    assert code == 1 and "no such file or folder" in err


@pytest.mark.parametrize(
    "args, message",
    [
        (["--workers", "0"], "--workers"),
        (["--workers", "2", "--scheduler", "tcp://127.0.0.1:8786"], "not both"),
        (["--db", "nodb://what"], "nodb"),
    ],
)
def test_bad_usage_exits_2_with_a_message(tmp_path: Path, args: list[str], message: str) -> None:
    code, err = _run(str(CORPUS / "reviews.csv"), *args)
    assert code == 2
    assert message in err


def _ingest_process(db: str, *extra: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "consensus.cli", "ingest", "-", "--db", db, "--batch-size", "10", "--chunk-size", "5", *extra]
    return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for(predicate: object, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the ingest did not get that far in time"
        time.sleep(0.05)


def _finish(db: str, lines: list[str]) -> str:
    rerun = subprocess.run(
        [sys.executable, "-m", "consensus.cli", "ingest", "-", "--db", db, "--batch-size", "10", "--chunk-size", "5"],
        input="".join(lines).encode(), capture_output=True, timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr.decode()
    return rerun.stderr.decode()


def _assert_each_stored_once(db: str, lines: list[str]) -> None:
    import hashlib

    expected = {hashlib.sha256(json.loads(line)["text"].encode()).hexdigest() for line in lines}
    with open_store(db) as store:
        assert store.count_reviews() == len(lines)
        assert store.stored_shas(expected) == expected
        films = store.films()
        assert sum(f["reviews"] for f in films) == len(lines)


def test_an_ingest_killed_midway_loses_nothing_and_stores_nothing_twice_when_rerun(tmp_path: Path) -> None:
    db = _db(tmp_path)
    lines = _records(0, 60)
    store = open_store(db)
    process = _ingest_process(db)
    assert process.stdin is not None
    # 35 records: 3 batches of 10 are committed, 5 more are analyzed and held for the next batch.
    process.stdin.write("".join(lines[:35]).encode())
    process.stdin.flush()
    _wait_for(lambda: store.count_reviews() >= 30)
    time.sleep(0.3)  # let it analyze the last 5 and block, waiting for more input
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert store.count_reviews() == 30, "the uncommitted batch was stored (or a committed one lost)"
    store.close()

    err = _finish(db, lines)
    assert "30 analyzed" in err and "30 skipped as already stored" in err
    _assert_each_stored_once(db, lines)


def test_a_client_killed_with_dask_workers_leaves_no_worker_behind_and_a_rerun_completes(tmp_path: Path) -> None:
    import psutil

    db = _db(tmp_path)
    lines = _records(100, 160)
    store = open_store(db)
    process = _ingest_process(db, "--workers", "2")
    assert process.stdin is not None
    process.stdin.write("".join(lines[:35]).encode())
    process.stdin.flush()
    _wait_for(lambda: store.count_reviews() >= 10)
    workers = [c for c in psutil.Process(process.pid).children(recursive=True) if "spawn_main" in " ".join(c.cmdline())]
    assert len(workers) >= 2
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    _, alive = psutil.wait_procs(workers, timeout=30)
    assert not alive, "Dask worker processes outlived their client"
    assert store.count_reviews() < 35
    store.close()

    _finish(db, lines)
    _assert_each_stored_once(db, lines)
