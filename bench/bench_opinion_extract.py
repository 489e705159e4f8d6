"""CPU time per review of sentence splitting, aspect sentiment and pull-quote picking.

    .venv/bin/python bench/bench_opinion_extract.py [--n 200] [--words 1000] [--repeat 5] [--profile]

Two corpora: --n real reviews from ../shared/data/pang_lee_scale.jsonl.gz cut or
joined to about --words words (built by `bench_analyze.load_texts`), and the
seed reviews in ../shared/seeds (read as the CLI reads them). Each review goes
through the stages in pipeline order (split, aspects, pull quote), so the pull
quote profits from the sentence scores the aspect finder already computed, as
it does in `consensus.pipeline.analyze`; each stage's CPU time is summed on its
own. `score_sentences (cold)` is an extra row: scoring every sentence of a
review with an empty memo, the sentence model's raw cost. Before every run all
memos and `lru_cache`s of the timed modules are emptied, so no run reuses an
earlier run's work. Times are CPU time (`time.process_time`), the best of
--repeat runs, because wall-clock is noisy on a shared machine.
Goal (issue 3): the three stages together under 2 ms per 1,000-word review.
--profile prints the hottest functions (cProfile) of one run on the first corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_analyze import DATA, load_texts  # noqa: E402
from consensus.extract import aspects, quotes, sentence_sentiment, sentences  # noqa: E402
from consensus.extract.aspects import find_aspects  # noqa: E402
from consensus.extract.quotes import pick_pull_quote  # noqa: E402
from consensus.extract.sentence_sentiment import load_model, score_sentences  # noqa: E402
from consensus.extract.sentences import split_sentences  # noqa: E402
from consensus.ingest.document import document_from_bytes  # noqa: E402
from consensus.ingest.reader import read_document  # noqa: E402

CACHED_MODULES = (sentences, sentence_sentiment, aspects, quotes)
SEEDS = DATA.parent / "seeds"
STAGES = ("split_sentences", "find_aspects", "pick_pull_quote")


def _clear_caches() -> None:
    """Empty every memo and `functools.lru_cache` of the timed modules (the loaded model stays)."""
    for module in CACHED_MODULES:
        for name, value in vars(module).items():
            if hasattr(value, "cache_clear") and name != "load_model":
                value.cache_clear()
    sentence_sentiment.clear_memos()


def _pipeline_run(texts: list[str]) -> dict[str, float]:
    """CPU seconds of each stage over all texts, each review going through the stages in pipeline order."""
    spent = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time
    for text in texts:
        started = clock()
        split = split_sentences(text)
        after_split = clock()
        find_aspects(split)
        after_aspects = clock()
        pick_pull_quote(split, "positive")
        done = clock()
        spent["split_sentences"] += after_split - started
        spent["find_aspects"] += after_aspects - after_split
        spent["pick_pull_quote"] += done - after_aspects
    return spent


def _scoring_run(split: list[list[str]]) -> float:
    """CPU seconds to score every sentence of every review with an empty memo."""
    started = time.process_time()
    for review in split:
        score_sentences(review)
    return time.process_time() - started


def _best(run: Callable[[], object], repeat: int) -> list[object]:
    """The results of `repeat` runs, each from cold caches."""
    results = []
    for _ in range(repeat):
        _clear_caches()
        results.append(run())
    return results


def _table(name: str, texts: list[str], repeat: int) -> None:
    n = len(texts)
    words = sum(len(t.split()) for t in texts) / n
    print(f"\n{name}: {n} reviews, ~{words:.0f} words each; CPU ms, best of {repeat}")
    print(f"{'stage':<26} {'ms/review':>10} {'ms/1k words':>12}")
    runs = _best(lambda: _pipeline_run(texts), repeat)
    best = {stage: min(r[stage] for r in runs) * 1000 / n for stage in STAGES}
    for stage in STAGES:
        print(f"{stage:<26} {best[stage]:>10.3f} {best[stage] * 1000 / words:>12.3f}")
    total = min(sum(r.values()) for r in runs) * 1000 / n
    print(f"{'total (best run)':<26} {total:>10.3f} {total * 1000 / words:>12.3f}")
    split = [split_sentences(t) for t in texts]
    scoring = min(_best(lambda: _scoring_run(split), repeat)) * 1000 / n
    print(f"{'score_sentences (cold)':<26} {scoring:>10.3f} {scoring * 1000 / words:>12.3f}")


def _profile(texts: list[str]) -> None:
    _clear_caches()
    profiler = cProfile.Profile()
    profiler.enable()
    _pipeline_run(texts)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=200, help="reviews from the Pang & Lee scale set")
    parser.add_argument("--words", type=int, default=1000, help="words per review")
    parser.add_argument("--repeat", type=int, default=5, help="runs per corpus; the best is reported")
    parser.add_argument("--profile", action="store_true", help="print the hottest functions of one run")
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    load_model()
    corpus = [document_from_bytes(t.encode(), f"bench/{i}.txt", is_html=False).text
              for i, t in enumerate(load_texts(args.n, args.words))]
    _table("Pang & Lee scale", corpus, args.repeat)
    seeds = sorted(SEEDS.glob("*.txt"))
    if seeds:
        _table("seeds", [read_document(p).text for p in seeds], args.repeat)
    if args.profile:
        _profile(corpus)


if __name__ == "__main__":
    main()
