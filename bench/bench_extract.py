"""CPU time per review of the people, facts, content-warning and comparison extractors.

    .venv/bin/python bench/bench_extract.py [--n 200] [--words 1000] [--repeat 5] [--profile]

Two corpora: --n real reviews from ../shared/data/pang_lee_scale.jsonl.gz cut or
joined to about --words words (built by `bench_analyze.load_texts`), and the
seed reviews in ../shared/seeds. Inputs the extractors receive from other
modules (the `Document`, the film, the sentence split, the people for
`find_facts`) are prepared before the clock starts, so each row is that
module's own cost, with every name cache emptied first. Times are CPU time (`time.process_time`), the best of
--repeat runs, because wall-clock is noisy on a shared machine. `merge_people`
(the across-review name merging of the report) is timed per film of 8 reviews.
Each module's row includes the sentence split it asks for; the last row runs
the four per-review modules as `analyze` does, where they share that split.
Goal (issue 3): all of these together under 1.5 ms per 1,000-word review.
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
from consensus.aggregate.aliases import merge_people  # noqa: E402
from consensus.extract.comparisons import find_compared_films  # noqa: E402
from consensus.extract.content_warnings import find_content_warnings  # noqa: E402
from consensus.extract.facts import find_facts  # noqa: E402
from consensus.extract.film import find_film  # noqa: E402
from consensus.extract.people import read_people  # noqa: E402
from consensus.extract.sentences import split_sentences  # noqa: E402
from consensus.ingest.document import document_from_bytes  # noqa: E402
from consensus.models import Document, Film, Person  # noqa: E402
from consensus.aggregate import aliases  # noqa: E402
from consensus.extract import comparisons, content_warnings, facts, names, people  # noqa: E402

CACHED_MODULES = (names, aliases, people, facts, content_warnings, comparisons)

SEEDS = DATA.parent / "seeds"
FILM_SIZE = 8  # reviews per film when timing merge_people


class Inputs:
    """Everything the timed extractors need, computed once outside the clock."""

    def __init__(self, docs: list[Document]) -> None:
        self.docs = docs
        self.films: list[Film] = [find_film(d) for d in docs]
        self.sentences: list[list[str]] = [split_sentences(d.text) for d in docs]
        self.people: list[list[Person]] = [read_people(d, f).people for d, f in zip(docs, self.films)]


def _stages(inputs: Inputs) -> dict[str, Callable[[], object]]:
    """One callable per module, each running that module over the whole corpus."""
    rows = list(zip(inputs.docs, inputs.films, inputs.sentences, inputs.people))
    films = [rows[i : i + FILM_SIZE] for i in range(0, len(rows), FILM_SIZE)]
    return {
        "people (read_people)": lambda: [read_people(d, f) for d, f, _, _ in rows],
        "facts (find_facts)": lambda: [find_facts(d, p) for d, _, _, p in rows],
        "content_warnings": lambda: [find_content_warnings(d, s) for d, _, s, _ in rows],
        "comparisons": lambda: [find_compared_films(d, f) for d, f, _, _ in rows],
        "merge_people (per film)": lambda: [merge_people([(d.source, p) for d, _, _, p in film]) for film in films],
        "all four, as analyze runs them": lambda: [_analyze_order(d, f, s) for d, f, s, _ in rows],
    }


def _analyze_order(document: Document, film: Film, sentences: list[str]) -> None:
    """The four per-review extractors in `pipeline.analyze` order (they share one sentence split)."""
    people = read_people(document, film).people
    find_facts(document, people)
    find_content_warnings(document, sentences)
    find_compared_films(document, film)


def _clear_caches() -> None:
    """Empty every `functools.lru_cache` of the timed modules, so no run reuses an earlier run's work."""
    for module in CACHED_MODULES:
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


def _best_cpu_ms(run: Callable[[], object], repeat: int) -> float:
    """Best CPU time of `repeat` runs (each with cold caches), in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        _clear_caches()
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best * 1000


def _table(name: str, inputs: Inputs, repeat: int) -> None:
    n = len(inputs.docs)
    words = sum(len(d.text.split()) for d in inputs.docs) / n
    print(f"\n{name}: {n} reviews, ~{words:.0f} words each; CPU ms, best of {repeat}")
    print(f"{'module':<30} {'ms/review':>10} {'ms/1k words':>12}")
    for stage, run in _stages(inputs).items():
        per_review = _best_cpu_ms(run, repeat) / n
        print(f"{stage:<30} {per_review:>10.3f} {per_review * 1000 / words:>12.3f}")


def _profile(inputs: Inputs) -> None:
    _clear_caches()
    profiler = cProfile.Profile()
    profiler.enable()
    for run in _stages(inputs).values():
        run()
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=200, help="reviews from the Pang & Lee scale set")
    parser.add_argument("--words", type=int, default=1000, help="words per review")
    parser.add_argument("--repeat", type=int, default=5, help="runs per module; the best is reported")
    parser.add_argument("--profile", action="store_true", help="print the hottest functions of one run")
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    corpus = Inputs([document_from_bytes(t.encode(), f"bench/{i}.txt", is_html=False) for i, t in enumerate(load_texts(args.n, args.words))])
    _table("Pang & Lee scale", corpus, args.repeat)
    seeds = sorted(SEEDS.glob("*.txt"))
    if seeds:
        _table("seeds", Inputs([document_from_bytes(p.read_bytes(), str(p), is_html=False) for p in seeds]), args.repeat)
    if args.profile:
        _profile(corpus)


if __name__ == "__main__":
    main()
