"""Latency of the film page and the API film report under concurrent load, and store ingest throughput.

    .venv/bin/python bench/make_store.py                 # once: 100,000 synthetic reviews in bench/out/
    .venv/bin/python bench/bench_web.py [--db URL] [--pg postgresql+psycopg://...] [--concurrency 16] [--requests 3000]

Serving: starts `consensus serve` on 127.0.0.1 in a subprocess over the store,
then a bounded asyncio/httpx load loop (fixed request count, --seconds cap,
--concurrency connections) requests `/films/{slug}` and `/api/films/{slug}` for
films drawn at random (seed 7) from the whole catalogue, and separately the
largest film. The load loop runs on the same 2-core machine as the server,
so figures are conservative. Goal: film report p95 under 50 ms at 100k reviews.

Ingest: writes --ingest-n synthetic reviews (bench/make_store.py's generator,
analyzer bypassed) into a fresh SQLite file and, with --pg (or
$CONSENSUS_BENCH_PG), a fresh PostgreSQL database, in batches of 500: once
refreshing film reports every batch (the default `save_reviews`), once with the
refresh deferred to the end (`refresh=False` + `refresh_films()`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_store import OUT, reviews  # noqa: E402

from consensus.store import open_store  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "consensus.cli", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/films?q=zzzz", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("error: the server did not start within 60 s")


async def load(base: str, paths: list[str], concurrency: int, seconds: float) -> dict[str, float]:
    """Request every path once with `concurrency` workers; latency percentiles in ms."""
    latencies: list[float] = []
    errors = 0
    queue = list(reversed(paths))
    deadline = time.monotonic() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while queue and time.monotonic() < deadline:
            path = queue.pop()
            started = time.perf_counter()
            response = await client.get(path)
            latencies.append(1000 * (time.perf_counter() - started))
            if response.status_code != 200:
                errors += 1

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    return {"n": len(latencies), "errors": errors, "rps": len(latencies) / elapsed,
            "p50": cuts[49], "p95": cuts[94], "p99": cuts[98], "max": max(latencies)}


WRK_SCRIPT = """
local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %%d %%d %%f %%f %%f %%f %%f\\n", summary.requests, errors,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def wrk_load(base: str, paths: list[str], concurrency: int, seconds: float) -> dict[str, float]:
    """Run Debian's `wrk` (C, light on the CPU it shares with the server) over `paths` in turn."""
    with tempfile.TemporaryDirectory() as tmp:
        listing, script = Path(tmp) / "paths.txt", Path(tmp) / "paths.lua"
        listing.write_text("\n".join(paths) + "\n")
        script.write_text(WRK_SCRIPT % listing)
        out = subprocess.run(
            ["wrk", "-t", "2", "-c", str(concurrency), "-d", f"{int(seconds)}s", "--timeout", "10s", "-s", str(script), base],
            capture_output=True, text=True, check=True,
        ).stdout
    fields = next(line for line in out.splitlines() if line.startswith("RESULT")).split()[1:]
    n, errors, rps, p50, p95, p99, most = (float(f) for f in fields)
    return {"n": int(n), "errors": int(errors), "rps": rps, "p50": p50, "p95": p95, "p99": p99, "max": most}


def run_load(base: str, paths: list[str], concurrency: int, seconds: float, tool: str) -> dict[str, float]:
    if tool == "wrk":
        return wrk_load(base, paths, concurrency, seconds)
    return asyncio.run(load(base, paths, concurrency, seconds))


def bench_serving(db: str, concurrency: int, requests: int, seconds: float, tool: str) -> list[tuple[str, dict[str, float]]]:
    proc, base = start_server(db)
    try:
        films = httpx.get(base + "/api/films", timeout=120).json()
        rng = random.Random(7)
        slugs = [rng.choice(films)["slug"] for _ in range(requests)]
        biggest = max(films, key=lambda f: f["reviews"])
        run_load(base, [f"/films/{s}" for s in slugs[:200]], concurrency, 3, tool)  # warm-up
        api = [f"/api/films/{s}" for s in slugs]
        page = [f"/films/{s}" for s in slugs]
        big = [f"/api/films/{biggest['slug']}"] * (requests // 10)
        big_page = [f"/films/{biggest['slug']}"] * (requests // 10)
        search = [f"/api/films?q={s.split('-')[0]}" for s in slugs[: requests // 10]]
        results = [
            (f"GET /api/films/{{slug}}  (random of {len(films):,} films)", run_load(base, api, concurrency, seconds, tool)),
            (f"GET /films/{{slug}}      (random of {len(films):,} films)", run_load(base, page, concurrency, seconds, tool)),
            (f"GET /api/films/{{slug}}  (largest: {biggest['reviews']:,} reviews)", run_load(base, big, concurrency, seconds, tool)),
            (f"GET /films/{{slug}}      (largest: {biggest['reviews']:,} reviews)", run_load(base, big_page, concurrency, seconds, tool)),
            ("GET /api/films?q=...     (title search)", run_load(base, search, concurrency, seconds, tool)),
        ]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    return results


def ingest_rate(db: str, n: int, refresh: bool, batch: int = 500) -> float:
    store = open_store(db)
    items = list(reviews(n))
    started = time.perf_counter()
    for i in range(0, len(items), batch):
        store.save_reviews(items[i : i + batch], refresh=refresh)
    if not refresh:
        store.refresh_films()
    elapsed = time.perf_counter() - started
    store.close()
    return n / elapsed


def fresh_pg(server: str) -> tuple[str, callable]:
    name = f"consensus_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(server).set(database=name).render_as_string(hide_password=False), drop


def bench_ingest(n: int, pg: str | None) -> list[tuple[str, str, float]]:
    rows = []
    for refresh in (True, False):
        with tempfile.TemporaryDirectory() as tmp:
            rows.append(("SQLite", "every batch" if refresh else "deferred", ingest_rate(f"sqlite:///{tmp}/i.sqlite", n, refresh)))
        if pg:
            url, drop = fresh_pg(pg)
            try:
                rows.append(("PostgreSQL", "every batch" if refresh else "deferred", ingest_rate(url, n, refresh)))
            finally:
                drop()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=f"sqlite:///{OUT / 'store100k.sqlite'}")
    parser.add_argument("--pg", default=os.environ.get("CONSENSUS_BENCH_PG"), help="PostgreSQL server URL for the ingest figures")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--requests", type=int, default=3000, help="distinct request paths per run (httpx: the request count)")
    parser.add_argument("--seconds", type=float, default=15, help="duration (wrk) or cap (httpx) of each load run")
    parser.add_argument("--tool", choices=["wrk", "httpx"], default="wrk" if shutil.which("wrk") else "httpx",
                        help="load generator: wrk (apt-get install wrk) or a bounded httpx asyncio loop")
    parser.add_argument("--ingest-n", type=int, default=20_000)
    parser.add_argument("--skip-ingest", action="store_true")
    args = parser.parse_args()
    url = make_url(args.db)
    if url.get_backend_name() == "sqlite" and not Path(url.database or "").exists():
        sys.exit(f"error: {args.db} does not exist; build it first with bench/make_store.py")
    with open_store(args.db) as store:
        size = store.count_reviews()
    print(f"store: {args.db} ({size:,} reviews); load: {args.tool}, {args.concurrency} concurrent connections from 127.0.0.1, {os.cpu_count()} CPUs shared with the server")
    print(f"{'route':<52} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7} {'errors':>6}")
    for name, r in bench_serving(args.db, args.concurrency, args.requests, args.seconds, args.tool):
        print(f"{name:<52} {r['n']:>8,} {r['rps']:>7.0f} {r['p50']:>7.1f} {r['p95']:>7.1f} {r['p99']:>7.1f} {r['max']:>7.1f} {r['errors']:>6}")
    if not args.skip_ingest:
        print(f"\ningest into the store: {args.ingest_n:,} synthetic reviews, batches of 500 (analysis excluded)")
        print(f"{'back end':<12} {'film reports':<14} {'reviews/s':>10}")
        for backend, mode, rate in bench_ingest(args.ingest_n, args.pg):
            print(f"{backend:<12} {mode:<14} {rate:>10,.0f}")


if __name__ == "__main__":
    main()
