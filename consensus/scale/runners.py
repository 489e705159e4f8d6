"""Where work runs: in this process, on a Dask LocalCluster, or on an existing Dask cluster.

A runner maps a function over a lazy stream of payloads (chunks of reviews
to analyze, title keys whose films to recompute) and yields (payload,
result) pairs. The Dask runner keeps at most `window` tasks in flight: it
pulls the next payload from the stream only when a task finishes, so neither
the client nor the scheduler ever holds the whole corpus, and each task is
big (hundreds of reviews) so the scheduler's cost per review is tiny.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy.engine import make_url

from consensus.scale.work import Item, analyzer_identity
from consensus.store.store import can_read

Chunk = list[Item]
P = TypeVar("P")
R = TypeVar("R")

# Tasks in flight per worker thread: one computing, one queued, so no worker waits on the client.
CHUNKS_PER_THREAD = 2
WORKER_WAIT_SECONDS = 60
CONNECT_TIMEOUT = "10s"
# The client process hosts a LocalCluster's scheduler: on a small machine every periodic callback it runs
# is taken from the workers. A batch of large tasks needs none of these often (the defaults check the event
# loop every 20 ms, the cluster's repr every 0.5 s, sample the process every 0.5 s, steal work, move
# replicas, profile every task, and keep old graphs): idle, the client process then costs 0.7% of a core instead of 3%.
QUIET_CLUSTER = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.deploy.cluster-repr-interval": "10s",
    "distributed.client.scheduler-info-interval": "10s",
    "distributed.scheduler.work-stealing": False,
    "distributed.scheduler.active-memory-manager.start": False,
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    # The scheduler keeps its last 100 graphs, payloads included (for the dashboard): ~65 MB of reviews.
    "distributed.diagnostics.computations.max-history": 2,
    # Each process keeps its last N low-level messages for debugging, payloads included (default 1,000: with
    # 500-review tasks that is ~1 GB held in the client and scheduler). 50 keeps the client's memory flat.
    "distributed.admin.low-level-log-length": 50,
}


class ClusterError(Exception):
    """The Dask cluster cannot be used; the message says which and why."""


class TaskFailed(Exception):
    """A task was lost on the cluster (a worker died, say); the result in its place."""


class Runner(Protocol):
    shared_filesystem: bool

    def map(self, fn: Callable[[P], R], payloads: Iterable[P], ordered: bool = False) -> Iterator[tuple[P, R | TaskFailed]]: ...

    def reads_store(self, url: str) -> bool: ...


class InProcessRunner:
    """Run each payload in this process, as it is pulled from the stream."""

    shared_filesystem = True

    def map(self, fn: Callable[[P], R], payloads: Iterable[P], ordered: bool = False) -> Iterator[tuple[P, R | TaskFailed]]:
        for payload in payloads:
            yield payload, fn(payload)

    def reads_store(self, url: str) -> bool:
        """No other process to hand the film refresh to: the store refreshes its films itself."""
        return False


@dataclass
class DaskRunner:
    """Run payloads on a Dask cluster through `client`, `window` tasks in flight at most."""

    client: Any  # distributed.Client
    window: int
    shared_filesystem: bool = True
    local: bool = False  # the workers are this machine's processes (a LocalCluster)
    _readable: dict[str, bool] = field(default_factory=dict)

    def map(self, fn: Callable[[P], R], payloads: Iterable[P], ordered: bool = False) -> Iterator[tuple[P, R | TaskFailed]]:
        """Results in completion order, or in payload order when `ordered` (then a slow task holds back the rest)."""
        from distributed import as_completed

        in_flight: dict[Any, P] = {}
        queue: deque[Any] = deque()
        done = as_completed()
        stream = iter(payloads)
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < self.window:
                try:
                    payload = next(stream)
                except StopIteration:
                    exhausted = True
                    break
                # One bytes object per task: the scheduler forwards it without unpickling a graph of reviews.
                blob = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
                future = self.client.submit(_run_pickled, fn, blob, pure=False)
                in_flight[future] = payload
                (queue.append if ordered else done.add)(future)
            if not in_flight:
                return
            future = queue.popleft() if ordered else next(done)
            payload = in_flight.pop(future)
            yield payload, _result(future)
            future.release()

    def reads_store(self, url: str) -> bool:
        """Whether every worker can open the store at `url` read-only (then the workers refresh film reports).

        A password in the URL never leaves this machine: the workers of a
        remote cluster must reach the database by their own means (.pgpass,
        a service file, a client certificate), or the client refreshes.
        """
        if not self.local and make_url(url).password is not None:
            return False
        if url not in self._readable:
            try:
                self._readable[url] = all(self.client.run(can_read, url).values())
            except Exception:  # a worker that cannot even run the probe cannot read the store
                self._readable[url] = False
        return self._readable[url]


def _run_pickled(fn: Callable[[Any], Any], blob: bytes) -> Any:
    return fn(pickle.loads(blob))


def _result(future: Any) -> Any:
    """The task's result, or TaskFailed when the task itself failed (KilledWorker, CommClosedError, ...)."""
    try:
        return future.result()
    except Exception as exc:
        return TaskFailed(f"the Dask task failed ({type(exc).__name__}: {exc})")


@contextmanager
def open_runner(workers: int | None = None, scheduler: str | None = None, probe: Path | None = None) -> Iterator[Runner]:
    """In-process without arguments; a LocalCluster of `workers` processes; or the cluster at `scheduler`.

    `probe` is an input path: the workers of an existing cluster get paths
    only if they can all see it (a shared filesystem), else the file bytes.
    """
    if workers is None and scheduler is None:
        yield InProcessRunner()
        return
    import dask
    from distributed import Client, LocalCluster

    if scheduler is None:
        # The worker processes get this configuration too (a nanny passes its own on).
        with dask.config.set(QUIET_CLUSTER), LocalCluster(
            # ":0": any free port for the scheduler's HTTP endpoint, so two ingests never clash on 8787.
            n_workers=workers, threads_per_worker=1, processes=True,
            dashboard_address=":0", silence_logs=logging.ERROR,
        ) as cluster, Client(cluster) as client:
            yield DaskRunner(client, window=CHUNKS_PER_THREAD * (workers or 1), local=True)
        return
    try:
        with dask.config.set(QUIET_CLUSTER):  # only the client's own settings apply to a remote cluster
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
