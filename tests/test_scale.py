"""Batch ingest: the same reviews stored in-process, on a Dask LocalCluster and on a `dask scheduler` + `dask worker`.

The Dask tests start real clusters on 127.0.0.1 (worker processes, one
thread each) and compare the store they fill with an in-process run,
review JSON by review JSON.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from consensus.ingest.records import Record
from consensus.scale import ingest, open_runner
from consensus.scale.inputs import iter_inputs
from consensus.scale.ingest import _failed
from consensus.scale.runners import DaskRunner, InProcessRunner, TaskFailed, _result
from consensus.scale.work import FileItem, analyze_chunk, analyze_item, compute_films_of
from consensus.store import Store, open_store

# Invented films, critics and sentences: `pages/` holds 7 review files, a byte-for-byte copy of one and an
# empty file; `reviews.jsonl` 20 records, a broken line and a record without text; `reviews.csv` 6 records.
CORPUS = Path(__file__).resolve().parent / "fixtures" / "scale_corpus"
DISTINCT_REVIEWS = 33
FAILURES = 3  # the empty page, the broken JSON line, the record without text


def _store(tmp_path: Path, name: str) -> Store:
    return open_store(f"sqlite:///{tmp_path / name}.sqlite")


def _contents(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    """(review JSON by sha256, film report JSON by slug): what a reader of the store can see."""
    reviews: dict[str, str] = {}
    reports: dict[str, str] = {}
    for film in store.films():
        report = store.film_report(film["slug"])
        assert report is not None
        reports[film["slug"]] = report.model_dump_json()
        for review in store.reviews_of(film["slug"]):
            assert review.sha256 not in reviews, "a review is stored under two films"
            reviews[review.sha256] = review.model_dump_json()
    return reviews, reports


@pytest.fixture(scope="module")
def in_process_contents(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, str]]:
    with _store(tmp_path_factory.mktemp("inproc"), "store") as store:
        ingest([CORPUS], store, InProcessRunner(), batch_size=4, chunk_size=3)
        return _contents(store)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def dask_scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A `dask scheduler` and one `dask worker` (1 thread) as subprocesses on 127.0.0.1; yields the address."""
    dask = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
    assert dask is not None, "the `dask` command comes with the pinned `distributed` dependency"
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    folder = tmp_path_factory.mktemp("dask")
    logs = (folder / "scheduler.log").open("wb"), (folder / "worker.log").open("wb")
    scheduler = subprocess.Popen(
        [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        cwd=folder, stdout=logs[0], stderr=subprocess.STDOUT,
    )
    # The worker runs in another folder than the client: paths must travel absolute.
    worker = subprocess.Popen(
        [dask, "worker", address, "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard"],
        cwd=tmp_path_factory.mktemp("worker"), stdout=logs[1], stderr=subprocess.STDOUT,
    )
    try:
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(1, timeout=60)
        yield address
    finally:
        _stop(worker)
        _stop(scheduler)
        for log in logs:
            log.close()


# --------------------------------------------------------------------------- in-process


def test_an_ingest_stores_every_distinct_review_once_and_reports_each_failure(tmp_path: Path) -> None:
    failures: list[tuple[str, str]] = []

    class Recorder:
        def advance(self, weight: int, reviews: int) -> None:
            pass

        def status(self, what: str) -> None:
            pass

        def failure(self, source: str, reason: str) -> None:
            failures.append((source, reason))

    with _store(tmp_path, "s") as store:
        summary = ingest([CORPUS], store, InProcessRunner(), batch_size=4, chunk_size=3, reporter=Recorder())
        assert (summary.analyzed, summary.stored, summary.duplicates, summary.failed) == (DISTINCT_REVIEWS, DISTINCT_REVIEWS, 1, FAILURES)
        assert store.count_reviews() == DISTINCT_REVIEWS
    sources = sorted(source for source, _ in failures)
    assert sources == sorted([
        str(CORPUS / "pages" / "empty.txt"), f"{CORPUS / 'reviews.jsonl'}#line-21", f"{CORPUS / 'reviews.jsonl'}#line-22",
    ])
    assert all(reason for _, reason in failures)
    assert sum(summary.reasons.values()) == FAILURES


def test_a_second_run_skips_every_stored_review_and_analyzes_nothing(tmp_path: Path) -> None:
    with _store(tmp_path, "s") as store:
        ingest([CORPUS], store, InProcessRunner())
        before = _contents(store)
        again = ingest([CORPUS], store, InProcessRunner())
        assert (again.analyzed, again.stored, again.skipped) == (0, 0, DISTINCT_REVIEWS + 1)
        assert _contents(store) == before


def test_reviews_stored_by_an_older_analyzer_are_analyzed_again_and_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import consensus.pipeline
    import consensus.store.store

    with _store(tmp_path, "s") as store:
        ingest([CORPUS / "reviews.csv"], store, InProcessRunner())
        for module in (consensus.pipeline, consensus.store.store):
            monkeypatch.setattr(module, "ANALYZER_VERSION", "next")
        again = ingest([CORPUS / "reviews.csv"], store, InProcessRunner())
        assert (again.skipped, again.analyzed, again.stored) == (0, 6, 6)
        reviews, _ = _contents(store)
    assert len(reviews) == 6 and all(json.loads(r)["analyzer_version"] == "next" for r in reviews.values())


def test_records_keep_their_declared_film_and_critic_in_the_store(tmp_path: Path) -> None:
    with _store(tmp_path, "s") as store:
        ingest([CORPUS / "reviews.jsonl"], store, InProcessRunner())
        reviews, _ = _contents(store)
    stored = [json.loads(r) for r in reviews.values()]
    assert len(stored) == 20
    assert {r["film"]["title"] for r in stored} <= {"Moonlit Harbour", "The Paper Kites", "Saltwater Hymn", "Glass Orchard"}
    assert all(r["critic"] and r["outlet"] and r["source"].startswith("inv-") for r in stored)
    assert sum(1 for r in stored if r["url"]) == 4


def test_batches_are_single_transactions_of_the_batch_size_and_films_refresh_once(tmp_path: Path) -> None:
    with _store(tmp_path, "s") as real:
        calls: list[tuple[int, bool]] = []
        refreshes: list[int] = []

        class Spy:
            def __getattr__(self, name: str) -> Any:
                return getattr(real, name)

            def save_rows(self, rows: Any, refresh: bool = True) -> int:
                calls.append((len(rows), refresh))
                return real.save_rows(rows, refresh=refresh)

            def refresh_films(self) -> int:
                refreshes.append(1)
                return real.refresh_films()

        ingest([CORPUS], Spy(), InProcessRunner(), batch_size=5, chunk_size=3)
    assert [n for n, _ in calls] == [5] * 6 + [3]
    assert not any(refresh for _, refresh in calls), "film reports must not be recomputed after every batch"
    assert refreshes == [1]


class _FilmsElsewhere(InProcessRunner):
    """A runner whose 'workers' read the store and recompute film reports (or lose those tasks)."""

    def __init__(self, lose_film_tasks: bool) -> None:
        self.lose = lose_film_tasks

    def reads_store(self, url: str) -> bool:
        return True

    def map(self, fn: Any, payloads: Any, ordered: bool = False) -> Iterator[Any]:
        for payload in payloads:
            yield payload, (TaskFailed("lost") if self.lose and fn is compute_films_of else fn(payload))


@pytest.mark.parametrize("lose", [False, True], ids=["computed-by-readers", "tasks-lost"])
def test_films_recomputed_by_store_readers_are_those_the_store_computes_itself(
    tmp_path: Path, lose: bool, in_process_contents: tuple[dict[str, str], dict[str, str]]
) -> None:
    with _store(tmp_path, "s") as store:
        ingest([CORPUS], store, _FilmsElsewhere(lose), batch_size=4, chunk_size=3)
        assert _contents(store) == in_process_contents


def test_the_in_process_runner_analyzes_one_chunk_at_a_time_as_it_is_pulled() -> None:
    pulled: list[int] = []

    def chunks() -> Iterator[list[Any]]:
        for items in _chunks_of_files(4):
            pulled.append(1)
            yield items

    for done, _ in enumerate(InProcessRunner().map(analyze_chunk, chunks()), start=1):
        assert len(pulled) == done


def _chunks_of_files(count: int) -> Iterator[list[Any]]:
    files = [item for item in iter_inputs([CORPUS / "pages"]) if isinstance(item, FileItem) and item.weight > 0]
    for i in range(count):
        yield [files[i % len(files)]]


def test_workers_without_the_clients_files_get_the_bytes_instead_of_the_path(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    shutil.copy(CORPUS / "pages" / "review-01.txt", page)
    [item] = list(iter_inputs([page], keep_bytes=True))
    assert isinstance(item, FileItem) and item.raw == page.read_bytes()
    page.unlink()  # as on a worker that cannot see the client's disk
    outcome = analyze_item(item)
    assert outcome.row is not None and outcome.row["sha256"] == item.sha256
    assert outcome.row["source"] == str(page)


def test_folders_are_walked_in_name_order_and_a_link_loop_is_walked_once(tmp_path: Path) -> None:
    from consensus.ingest.reader import walk
    from consensus.scale.inputs import is_input_file

    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "b/1.html", "a.jsonl", "c.md", "notes.pdf"):
        (tmp_path / name).write_text("x")
    (tmp_path / "b" / "loop").symlink_to(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path, is_input_file)] == ["a.jsonl", "b/1.html", "b/2.txt", "c.md"]


def test_only_paths_travel_when_the_filesystem_is_shared() -> None:
    items = [i for i in iter_inputs([CORPUS / "pages"]) if isinstance(i, FileItem)]
    assert items and all(i.raw is None and Path(i.path).is_absolute() for i in items)


def test_a_chunk_whose_task_failed_on_the_cluster_fails_each_of_its_reviews() -> None:
    class LostFuture:
        def result(self) -> None:
            raise RuntimeError("worker died")

    failure = _result(LostFuture())
    assert isinstance(failure, TaskFailed)
    record = Record(source="s1", text="t", sha256="a" * 64, location="f#line-1")
    [outcome] = _failed([record], failure)
    assert outcome.row is None and outcome.source == "s1" and "worker died" in (outcome.reason or "")


def test_a_worker_returns_the_row_the_store_would_write_for_the_review() -> None:
    from consensus.ingest.records import document_from_record, with_declared_fields
    from consensus.pipeline import analyze
    from consensus.store.rows import review_row

    record = next(r for r in iter_inputs([CORPUS / "reviews.jsonl"]) if isinstance(r, Record))
    document = document_from_record(record)
    expected = review_row(with_declared_fields(analyze(document), record), document.text)
    [outcome] = analyze_chunk([record])
    assert outcome.row == expected
    assert isinstance(outcome.row["review"], str), "the review travels as its stored JSON"


# --------------------------------------------------------------------------- Dask


def test_a_local_cluster_of_two_worker_processes_stores_what_in_process_stores(
    tmp_path: Path, in_process_contents: tuple[dict[str, str], dict[str, str]]
) -> None:
    with _store(tmp_path, "local") as store, open_runner(workers=2) as runner:
        assert isinstance(runner, DaskRunner) and len(runner.client.nthreads()) == 2
        summary = ingest([CORPUS], store, runner, batch_size=4, chunk_size=3)
        assert (summary.analyzed, summary.failed) == (DISTINCT_REVIEWS, FAILURES)
        contents = _contents(store)
    assert contents[0] == in_process_contents[0]
    assert contents[1] == in_process_contents[1]


def test_a_dask_scheduler_with_a_worker_process_stores_what_in_process_stores(
    tmp_path: Path, dask_scheduler: str, in_process_contents: tuple[dict[str, str], dict[str, str]]
) -> None:
    with _store(tmp_path, "remote") as store, open_runner(scheduler=dask_scheduler, probe=CORPUS) as runner:
        assert isinstance(runner, DaskRunner) and runner.shared_filesystem
        summary = ingest([CORPUS], store, runner, batch_size=4, chunk_size=3)
        assert (summary.analyzed, summary.failed) == (DISTINCT_REVIEWS, FAILURES)
        contents = _contents(store)
    assert contents[0] == in_process_contents[0]
    assert contents[1] == in_process_contents[1]


def test_the_dask_runner_never_has_more_than_its_window_of_chunks_in_flight(dask_scheduler: str) -> None:
    from distributed import Client

    pulled = 0

    def chunks() -> Iterator[list[Any]]:
        nonlocal pulled
        for chunk in _chunks_of_files(12):
            pulled += 1
            yield chunk

    with Client(dask_scheduler, timeout="30s") as client:
        runner = DaskRunner(client, window=3)
        for done, (_, outcomes) in enumerate(runner.map(analyze_chunk, chunks()), start=1):
            assert not isinstance(outcomes, TaskFailed) and outcomes[0].row is not None
            assert pulled - done < 3, "more chunks were pulled than the window allows"
        assert done == 12


def test_an_ordered_map_yields_results_in_payload_order_even_when_later_tasks_finish_first(dask_scheduler: str) -> None:
    from distributed import Client

    files = [item for item in iter_inputs([CORPUS / "pages"]) if isinstance(item, FileItem) and item.weight > 0]
    payloads = [files * 3, files[:1], files[1:2], files[2:3]]  # the first takes longest
    with Client(dask_scheduler, timeout="30s") as client:
        runner = DaskRunner(client, window=3)
        results = list(runner.map(analyze_chunk, payloads, ordered=True))
    assert [payload for payload, _ in results] == payloads
    for payload, outcomes in results:
        assert not isinstance(outcomes, TaskFailed)
        assert [o.sha256 for o in outcomes] == [item.sha256 for item in payload]


def test_workers_that_cannot_open_the_store_leave_the_film_refresh_to_the_client(tmp_path: Path, dask_scheduler: str) -> None:
    from distributed import Client

    missing = tmp_path / "not-there.sqlite"
    with Client(dask_scheduler, timeout="30s") as client:
        runner = DaskRunner(client, window=2)
        assert not runner.reads_store(f"sqlite:///{missing}")
        assert not runner.reads_store("sqlite://"), "an in-memory store is the client's alone"
        assert not runner.reads_store("postgresql+psycopg://ingest:secret@127.0.0.1:1/db"), "a password stays on the client"
    assert not missing.exists(), "probing a store must not create it"


def test_a_missing_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from consensus.scale import ClusterError, runners

    monkeypatch.setattr(runners, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler"):
        with open_runner(scheduler=f"tcp://127.0.0.1:{_free_port()}"):
            pass


def test_no_worker_process_outlives_a_local_cluster() -> None:
    import psutil

    me = psutil.Process(os.getpid())
    before = {c.pid for c in me.children(recursive=True)}
    with open_runner(workers=1) as runner:
        assert isinstance(runner, DaskRunner)
        # multiprocessing's resource tracker lives as long as this process; the workers must not.
        workers = [c for c in me.children(recursive=True) if c.pid not in before and "spawn_main" in " ".join(c.cmdline())]
        assert workers
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert not alive
