"""Throughput and peak memory of `analyze` on ~1,000-word text reviews, on one core.

    .venv/bin/python bench/bench_analyze.py [--n 1000] [--words 1000]

Texts are real reviews from ../shared/data/pang_lee_scale.jsonl.gz, padded or
cut to about --words words, so every text differs. Models are loaded and one
warm-up review is analyzed before the clock starts: the figure excludes
interpreter start-up and model loading, which happen once per process.
Rates are given per CPU second (what the code costs, robust to other jobs on
the machine) and per wall second. Goal (issue 3): 200 reviews/s or more.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import time
from pathlib import Path

from consensus.ingest.document import document_from_bytes
from consensus.pipeline import analyze

DATA = Path(os.environ.get("CONSENSUS_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "data"


def load_texts(n: int, words: int) -> list[str]:
    """n distinct review texts of about `words` words (real reviews, joined when short)."""
    with gzip.open(DATA / "pang_lee_scale.jsonl.gz", "rt", encoding="utf-8") as fh:
        pool = [json.loads(line)["text"] for line in fh]
    texts, i = [], 0
    while len(texts) < n:
        parts, count = [], 0
        while count < words:
            parts.append(pool[i % len(pool)])
            count += len(pool[i % len(pool)].split())
            i += 1
        texts.append(" ".join(" ".join(parts).split(" ")[:words]))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="reviews to analyze")
    parser.add_argument("--words", type=int, default=1000, help="words per review")
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    # Two disjoint sets of texts: analyzing the same text twice would hit per-text memos and flatter the rate.
    both = load_texts(2 * args.n + 1, args.words)
    warm_up, texts, more = both[0], both[1 : args.n + 1], both[args.n + 1 :]
    docs = [document_from_bytes(t.encode(), f"bench/{i}.txt", is_html=False) for i, t in enumerate(texts)]
    analyze(document_from_bytes(warm_up.encode(), "bench/warm-up.txt", is_html=False))  # loads the models
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    wall, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        analyze(doc)
    analyze_wall, analyze_cpu = time.perf_counter() - wall, time.process_time() - cpu

    wall, cpu = time.perf_counter(), time.process_time()
    for i, t in enumerate(more):
        analyze(document_from_bytes(t.encode(), f"bench/more-{i}.txt", is_html=False))
    full_wall, full_cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"reviews: {args.n} x ~{args.words} words, one core (load average before: {os.getloadavg()[0]:.1f})")
    print("                                 per CPU second   per wall second")
    print(f"analyze (extract only):          {args.n / analyze_cpu:10.1f}      {args.n / analyze_wall:10.1f}  reviews/s")
    print(f"ingest + analyze (from bytes):   {args.n / full_cpu:10.1f}      {args.n / full_wall:10.1f}  reviews/s")
    print(f"peak RSS: {peak_mb:.0f} MB (after loading the models: {rss_before / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
