"""Where chunks are analyzed: in this process, on a Dask LocalCluster, or on an existing Dask cluster.

A runner turns a lazy stream of chunks into a stream of (chunk, outcomes),
in completion order. The Dask runner keeps at most `window` chunks in
flight: it pulls the next chunk from the stream only when one finishes, so
neither the client nor the scheduler ever holds the whole corpus.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from consensus.scale.work import Item, Outcome, analyze_chunk, analyzer_identity

Chunk = list[Item]

# Chunks in flight per worker thread: one computing, one queued, so no worker waits on the client.
CHUNKS_PER_THREAD = 2
WORKER_WAIT_SECONDS = 60
CONNECT_TIMEOUT = "10s"


class ClusterError(Exception):
    """The Dask cluster cannot be used; the message says which and why."""


class Runner(Protocol):
    shared_filesystem: bool

    def map_chunks(self, chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, list[Outcome]]]: ...


class InProcessRunner:
    """Analyze each chunk in this process, as it is pulled from the stream."""

    shared_filesystem = True

    def map_chunks(self, chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, list[Outcome]]]:
        for chunk in chunks:
            yield chunk, analyze_chunk(chunk)


@dataclass
class DaskRunner:
    """Analyze chunks on a Dask cluster through `client`, `window` chunks in flight at most."""

    client: Any  # distributed.Client
    window: int
    shared_filesystem: bool = True

    def map_chunks(self, chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, list[Outcome]]]:
        from distributed import as_completed

        in_flight: dict[Any, Chunk] = {}
        done = as_completed()
        stream = iter(chunks)
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < self.window:
                chunk = next(stream, None)
                if chunk is None:
                    exhausted = True
                    break
                future = self.client.submit(analyze_chunk, chunk, pure=False)
                in_flight[future] = chunk
                done.add(future)
            if not in_flight:
                return
            future = next(done)
            chunk = in_flight.pop(future)
            yield chunk, _outcomes(future, chunk)
            future.release()


def _outcomes(future: Any, chunk: Chunk) -> list[Outcome]:
    """The chunk's outcomes, or one failure per item when the task itself failed (a worker died)."""
    try:
        return future.result()
    except Exception as exc:  # KilledWorker, CommClosedError, ...: every item of the chunk is reported
        reason = f"the Dask task failed ({type(exc).__name__}: {exc})"
        return [Outcome(item.sha256, item.source, reason=reason) for item in chunk]


@contextmanager
def open_runner(workers: int | None = None, scheduler: str | None = None, probe: Path | None = None) -> Iterator[Runner]:
    """In-process without arguments; a LocalCluster of `workers` processes; or the cluster at `scheduler`.

    `probe` is an input path: the workers of an existing cluster get paths
    only if they can all see it (a shared filesystem), else the file bytes.
    """
    if workers is None and scheduler is None:
        yield InProcessRunner()
        return
    from distributed import Client, LocalCluster

    if scheduler is None:
        with LocalCluster(
            # ":0": any free port for the scheduler's HTTP endpoint, so two ingests never clash on 8787.
            n_workers=workers, threads_per_worker=1, processes=True,
            dashboard_address=":0", silence_logs=logging.ERROR,
        ) as cluster, Client(cluster) as client:
            yield DaskRunner(client, window=CHUNKS_PER_THREAD * (workers or 1))
        return
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
    with client:
        threads = _check_workers(client, scheduler)
        shared = probe is None or _all_see(client, probe)
        yield DaskRunner(client, window=CHUNKS_PER_THREAD * threads, shared_filesystem=shared)


def _check_workers(client: Any, scheduler: str) -> int:
    """Worker threads on the cluster, after checking every worker runs this analyzer."""
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
    except TimeoutError as exc:
        raise ClusterError(f"the Dask scheduler at {scheduler} has no workers (waited {WORKER_WAIT_SECONDS} s)") from exc
    try:
        identities = client.run(analyzer_identity)
    except Exception as exc:
        raise ClusterError(
            f"the workers of {scheduler} cannot run consensus ({type(exc).__name__}: {exc}); "
            "install the same consensus version on every worker"
        ) from exc
    mine = analyzer_identity()
    others = {worker: ident for worker, ident in identities.items() if tuple(ident) != mine}
    if others:
        worker, (version, analyzer) = next(iter(others.items()))
        raise ClusterError(
            f"worker {worker} runs consensus {version} (analyzer {analyzer}), this client {mine[0]} "
            f"(analyzer {mine[1]}); install the same version on every worker"
        )
    return max(1, sum(client.nthreads().values()))


def _all_see(client: Any, probe: Path) -> bool:
    """Whether every worker sees `probe` at the same absolute path (a shared filesystem)."""
    target = str(probe.resolve())
    return all(client.run(os.path.exists, target).values())
