"""CPU milliseconds per review for each step of `analyze`, on ~1,000-word text reviews.

    .venv/bin/python bench/bench_stages.py [--n 400] [--words 1000]

Wraps every extraction function `consensus.pipeline.analyze` calls with a CPU
timer (`time.process_time`), analyzes --n distinct reviews (built like
`bench_analyze.py`'s, so no per-text memo is hit) after one warm-up review, and
prints each step's share, largest first. The total is the whole `analyze` call.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import consensus.pipeline as pipeline  # noqa: E402
from bench_analyze import load_texts  # noqa: E402
from consensus.ingest.document import document_from_bytes  # noqa: E402

STEPS = [
    "split_sentences", "find_film", "find_byline", "find_rating", "read_opinion", "read_people", "find_facts",
    "find_content_warnings", "find_aspects", "pick_pull_quote", "find_compared_films", "Review",
]


def timed(name: str, fn: Callable[..., Any], totals: dict[str, float]) -> Callable[..., Any]:
    """`fn`, adding its CPU time to `totals[name]` on every call."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += time.process_time() - start

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=400, help="reviews to analyze")
    parser.add_argument("--words", type=int, default=1000, help="words per review")
    args = parser.parse_args()
    totals: dict[str, float] = defaultdict(float)
    for name in STEPS:
        setattr(pipeline, name, timed(name, getattr(pipeline, name), totals))
    texts = load_texts(args.n + 1, args.words)
    pipeline.analyze(document_from_bytes(texts[0].encode(), "bench/warm-up.txt", is_html=False))
    totals.clear()
    start = time.process_time()
    docs = [document_from_bytes(t.encode(), f"bench/{i}.txt", is_html=False) for i, t in enumerate(texts[1:])]
    totals["document_from_bytes"] = time.process_time() - start
    start = time.process_time()
    for doc in docs:
        pipeline.analyze(doc)
    total = time.process_time() - start
    print(f"{args.n} reviews x ~{args.words} words; CPU ms per review")
    print(f"{'analyze (total)':24s} {total / args.n * 1000:7.3f}")
    for name, seconds in sorted(totals.items(), key=lambda item: -item[1]):
        print(f"  {name:22s} {seconds / args.n * 1000:7.3f}")


if __name__ == "__main__":
    main()
