"""CPU milliseconds per review to build one film's report, as the film grows: aggregation must stay near-linear.

    .venv/bin/python bench/bench_aggregate.py [--sizes 1000 4000 16000]

A film report is recomputed from all of the film's reviews whenever new ones
arrive (the store's film refresh), so a film with 30,000 reviews must not cost
30,000 times more per review than one with 30. This analyzes max(--sizes)
distinct reviews built like `make_corpus.py`'s (a pull-quote, sentences from
Pang & Lee, a rating line; other critics, other names), all declared to be of
one film, then times `aggregate` on the first n of them for each size. Per
review cost that stays flat means linear; one that doubles with each 4x step
means quadratic. A second run gives every review the same credits, in two
spellings (as a big film's critics all name its director and cast): name
merging must stay linear when every name recurs thousands of times.
Results go to bench/results/aggregate.md.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from rich.progress import track

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import DATA, load_pools, review  # noqa: E402
from consensus.ingest.errors import IngestError  # noqa: E402
from consensus.ingest.records import Record, document_from_record, record_from_fields, with_declared_fields  # noqa: E402
from consensus.models import Person, Review  # noqa: E402
from consensus.pipeline import aggregate, analyze  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
FILM = ("The Benchmark Film", 2020)


def film_reviews(count: int, seed: int = 8) -> list[Review]:
    """`count` analyzed reviews of one film, each text different."""
    rng = random.Random(seed)
    pools = load_pools(DATA)
    reviews: list[Review] = []
    seen: set[str] = set()
    for i in track(range(count * 2), description=f"analyzing {count:,} reviews", total=count):
        record = record_from_fields(review(pools, FILM, rng), f"bench-aggregate:{i}")
        if not isinstance(record, Record) or record.text in seen:
            continue
        seen.add(record.text)
        try:
            document = document_from_record(record)
        except IngestError:  # a few generated texts are too short to be reviews; the ingest rejects them too
            continue
        reviews.append(with_declared_fields(analyze(document), record))
        if len(reviews) == count:
            break
    return reviews


# Invented credits, in two spellings critics use for the same people.
SHARED_CREDITS = (
    (("director", "Han Seo-yeon", None), ("actor", "Park Ji-ho", "Detective Kang Min-jae"), ("actor", "Mariam Haddad", "Lina")),
    (("director", "Seo-yeon Han", None), ("actor", "Park Jiho", "Kang Min-jae"), ("actor", "Mariam Hadad", "Lina")),
)


def with_shared_credits(reviews: list[Review]) -> list[Review]:
    """The same reviews, each crediting the same director and cast (spellings alternating)."""
    return [
        review.model_copy(update={"people": [
            Person(name=name, role=role, character=character, mentions=[name], evidence=f"{name} ({role})")  # type: ignore[arg-type]
            for role, name, character in SHARED_CREDITS[i % 2]
        ]})
        for i, review in enumerate(reviews)
    ]


def cpu_seconds(reviews: list[Review]) -> float:
    """CPU time of one `aggregate` call over these reviews of one film."""
    start = time.process_time()
    report = aggregate(reviews)
    seconds = time.process_time() - start
    assert report.reviews == len(reviews), (report.reviews, len(reviews))
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    reviews = film_reviews(sizes[-1])
    lines = [
        "# Film report cost as a film grows",
        "",
        "`bench/bench_aggregate.py`: `aggregate` over the first n reviews of one film (distinct texts built like "
        "`make_corpus.py`'s), CPU time of one call.",
        "",
        "| reviews of the film | aggregate CPU (s) | ms per review | every review credits the same people: CPU (s) | ms per review |",
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    shared = with_shared_credits(reviews)
    for n in sizes:
        own, same = cpu_seconds(reviews[:n]), cpu_seconds(shared[:n])
        lines.append(f"| {n:,} | {own:.2f} | {1000 * own / n:.3f} | {same:.2f} | {1000 * same / n:.3f} |")
        print(lines[-1], flush=True)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "aggregate.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
