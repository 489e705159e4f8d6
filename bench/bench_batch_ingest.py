"""Batch-ingest benchmark: reviews per second in-process and on 1 and 2 Dask workers, peak memory, store size.

    nice .venv/bin/python bench/bench_batch_ingest.py --sizes 10000 100000     # all three modes at each size
    nice .venv/bin/python bench/bench_batch_ingest.py --sizes 1000000          # the million (generates 1.3 GB of JSONL)

For each size, a corpus of distinct reviews is generated from the public
datasets (`bench/make_corpus.py`, cached in the temp folder), then each mode
runs `consensus ingest corpus.jsonl --db sqlite:///fresh.sqlite [--workers N]`
as a subprocess, exactly as a user would. Memory is the peak resident set
size sampled every 0.2 s: the client (the one writer) and each Dask worker
process, and their CPU seconds (the client's per review is what limits
scaling on a small machine: on 2 cores it competes with the workers). The
rate is end to end (cluster start-up and the final film refresh included).
Results accumulate in bench/results/ingest.json and the table in
bench/results/ingest.md is rewritten from all of them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import default_out, generate  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
MODES = {"inproc": [], "dask1": ["--workers", "1"], "dask2": ["--workers", "2"]}
SAMPLE_SECONDS = 0.2
MB = 1024 * 1024


class PeakUsage(threading.Thread):
    """Peak RSS and CPU seconds of a process and of each Dask worker under it, sampled until it exits."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.client_rss = 0
        self.client_cpu = 0.0
        self.workers: dict[int, tuple[int, float]] = {}  # pid -> (peak rss, cpu seconds)
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.client_rss = max(self.client_rss, self.root.memory_info().rss)
                times = self.root.cpu_times()
                self.client_cpu = times.user + times.system
                for child in self.root.children(recursive=True):
                    # The worker is the spawned process with no spawned child (its parent is the nanny).
                    if "spawn_main" in " ".join(child.cmdline()) and not child.children():
                        rss, cpu = child.memory_info().rss, child.cpu_times()
                        self.workers[child.pid] = (max(self.workers.get(child.pid, (0, 0.0))[0], rss), cpu.user + cpu.system)
            except psutil.Error:
                pass
            self.stop.wait(SAMPLE_SECONDS)


def store_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file())


def startup_cpu(corpus: Path, mode: str, workdir: Path) -> float:
    """Client CPU seconds of an ingest of 20 reviews: start-up and shutdown (imports, cluster), not per review."""
    tiny = workdir / "startup-20.jsonl"
    with corpus.open("rb") as source:
        tiny.write_bytes(b"".join(line for _, line in zip(range(20), source)))
    return float(run_once(tiny, 20, mode, workdir, 500, 500)["client_cpu_s"])


def run_once(corpus: Path, size: int, mode: str, workdir: Path, batch_size: int, chunk_size: int) -> dict[str, object]:
    db = workdir / f"ingest-{size}-{mode}.sqlite"
    for old in db.parent.glob(db.name + "*"):
        old.unlink()
    command = [
        sys.executable, "-m", "consensus.cli", "ingest", str(corpus), "--db", f"sqlite:///{db}",
        "--batch-size", str(batch_size), "--chunk-size", str(chunk_size), *MODES[mode],
    ]
    load = os.getloadavg()[0]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    usage = PeakUsage(process.pid)
    usage.start()
    _, stderr = process.communicate()
    seconds = time.monotonic() - started
    usage.stop.set()
    usage.join()
    summary = re.search(r"([\d,]+) analyzed", stderr)
    if process.returncode not in (0, 1) or not summary:
        raise SystemExit(f"ingest failed ({mode}, {size}):\n{stderr[-2000:]}")
    analyzed = int(summary.group(1).replace(",", ""))
    db_bytes = store_size(db)
    for extra in db.parent.glob(db.name + "*"):
        extra.unlink()
    return {
        "size": size, "mode": mode, "analyzed": analyzed, "seconds": round(seconds, 1),
        "rate": round(analyzed / seconds, 1), "client_mb": round(usage.client_rss / MB),
        "client_cpu_s": round(usage.client_cpu, 1),
        "client_ms_per_review": round(1000 * usage.client_cpu / max(1, analyzed), 3),
        "batch_size": batch_size, "chunk_size": chunk_size,
        "workers_mb": sorted(round(rss / MB) for rss, _ in usage.workers.values()),
        "workers_cpu_s": sorted(round(cpu, 1) for _, cpu in usage.workers.values()),
        "store_mb": round(db_bytes / MB, 1), "load_before": round(load, 2),
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def render(rows: list[dict]) -> str:
    lines = [
        "# Batch ingest benchmark",
        "",
        f"`bench/bench_batch_ingest.py`: {os.cpu_count()} cores, Python {platform.python_version()}, SQLite store, "
        "corpus from `bench/make_corpus.py`; batch/chunk = reviews per store transaction / per Dask task. Rate = reviews analyzed and stored per second of wall "
        "time, end to end (cluster start-up and the final film refresh included). Memory = peak RSS sampled every 0.2 s; "
        "CPU = user+system seconds of the client process itself (for a local cluster it hosts the scheduler too) and of "
        "each worker; client ms/review = client CPU per review analyzed, and in brackets the same after "
        "subtracting the client's fixed start-up and shutdown CPU (an ingest of 20 reviews in the same mode). `load` = 1-minute load average just "
        "before the run: other jobs shared the 2 cores, so rates vary with them.",
        "",
        "| reviews | mode | batch/chunk | rate (reviews/s) | time (s) | client peak (MB) | client CPU (s) | client ms/review "
        "| worker peaks (MB) | worker CPU (s) | store (MB) | load |",
        "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: |",
    ]
    for r in sorted(rows, key=lambda r: (r["size"], list(MODES).index(r["mode"]))):
        workers = ", ".join(str(w) for w in r["workers_mb"]) or "-"
        cpu = ", ".join(str(c) for c in r.get("workers_cpu_s", [])) or "-"
        per_review = r.get("client_ms_per_review", "-")
        if "client_ms_per_review_marginal" in r:
            per_review = f"{per_review} ({r['client_ms_per_review_marginal']})"
        lines.append(
            f"| {r['size']:,} | {r['mode']} | {r.get('batch_size', 500)}/{r.get('chunk_size', 100)} | {r['rate']:,} | "
            f"{r['seconds']:,} | {r['client_mb']:,} | {r.get('client_cpu_s', '-')} | {per_review} | {workers} | {cpu} | "
            f"{r['store_mb']:,} | {r['load_before']} |"
        )
    notes = []
    for size in sorted({r["size"] for r in rows}):
        by_mode = {r["mode"]: r for r in rows if r["size"] == size}
        if "dask1" in by_mode and "dask2" in by_mode:
            notes.append(f"- {size:,} reviews: 2 workers / 1 worker = {by_mode['dask2']['rate'] / by_mode['dask1']['rate']:.2f}x")
    for mode in MODES:
        sizes = sorted(r["size"] for r in rows if r["mode"] == mode)
        if len(sizes) >= 2:
            small, large = (next(r for r in rows if r["size"] == s and r["mode"] == mode) for s in sizes[-2:])
            notes.append(f"- client peak memory, {sizes[-2]:,} -> {sizes[-1]:,} reviews ({mode}): {large['client_mb'] / small['client_mb']:.2f}x")
    return "\n".join(lines + ([""] + notes if notes else [])) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--modes", nargs="+", choices=list(MODES), default=list(MODES))
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--chunk-size", type=int, default=500)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "consensus-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stored = RESULTS / "ingest.json"
    rows = json.loads(stored.read_text()) if stored.exists() else []
    for size in args.sizes:
        corpus = default_out(size)
        if not corpus.exists():
            print(f"generating {size:,} reviews -> {corpus}", flush=True)
            generate(size, corpus)
        for mode in args.modes:
            row = run_once(corpus, size, mode, args.workdir, args.batch_size, args.chunk_size)
            fixed = startup_cpu(corpus, mode, args.workdir)
            row["client_startup_cpu_s"] = round(fixed, 1)
            row["client_ms_per_review_marginal"] = round(1000 * max(0.0, row["client_cpu_s"] - fixed) / max(1, row["analyzed"]), 3)
            print(json.dumps(row), flush=True)
            rows = [r for r in rows if (r["size"], r["mode"]) != (size, mode)] + [row]
            stored.write_text(json.dumps(rows, indent=1) + "\n")
            (RESULTS / "ingest.md").write_text(render(rows))
    print(render(rows))


if __name__ == "__main__":
    main()
