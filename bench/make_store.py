"""Build a synthetic store of many reviews (default 100,000) from the public datasets, for the web bench.

    .venv/bin/python bench/make_store.py [--n 100000] [--db sqlite:///bench/out/store100k.sqlite]

Speed over realism of extraction: Reviews are built directly from dataset
fields, bypassing the analyzer (analysis throughput is measured by
bench_analyze.py and the Dask bench). Texts are real and varied: Rotten
Tomatoes pull quotes (cs109 and the 2020 scrape) and Pang & Lee full reviews,
each used at most a few times and never twice for one film. Films are the
datasets' titles plus numbered "sequels" so the store holds thousands of
films of 5-200 reviews (and one blockbuster of 2,000) like a real catalogue.
Scores follow each text's label (fresh/positive high, rotten/negative low)
with seeded noise; aspects are sampled with the review's text as evidence so
film reports have the size they have in real use.

Writes in batches of 1,000 with the film refresh deferred to the end, then
prints the store's size. Deterministic (seed 7).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from consensus import ANALYZER_VERSION
from consensus.extract.sentiment import polarity_of_score
from consensus.models import ASPECTS, Aspect, Film, Review
from consensus.store import open_store

DATA = Path(os.environ.get("CONSENSUS_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "data"
OUT = Path(__file__).resolve().parent / "out"
SEED = 7


def texts() -> list[tuple[str, str | None, str | None, str, bool]]:
    """(title, critic, outlet, text, positive) from every dataset, in a fixed order."""
    pool: list[tuple[str, str | None, str | None, str, bool]] = []
    with gzip.open(DATA / "cs109_critics.csv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["quote"] and row["fresh"] in ("fresh", "rotten"):
                pool.append((row["title"], row["critic"] or None, row["publication"] or None, row["quote"], row["fresh"] == "fresh"))
    with gzip.open(DATA / "rt_critic_reviews.csv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["review_content"]:
                title = row["rotten_tomatoes_link"].removeprefix("m/").replace("_", " ").title()
                pool.append((title, row["critic_name"] or None, row["publisher_name"] or None, row["review_content"], row["review_type"] == "Fresh"))
    with gzip.open(DATA / "pang_lee_scale.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            pool.append(("", row["author"], None, row["text"], row["label_3class"] == 2))
    with gzip.open(DATA / "pang_lee_polarity.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            pool.append(("", None, None, row["text"], row["label"] == "pos"))
    return pool


def film_sizes(n: int, rng: random.Random) -> list[int]:
    """Review counts per film summing to n: one 2,000-review blockbuster, the rest 5-200 (long tail)."""
    sizes = [min(2000, n)]
    while sum(sizes) < n:
        sizes.append(min(int(rng.paretovariate(1.2) * 5), 200, n - sum(sizes)))
    return sizes


def reviews(n: int) -> Iterator[tuple[Review, str]]:
    rng = random.Random(SEED)
    pool = texts()
    titles = sorted({t for t, *_ in pool if t})
    order = list(range(len(pool)))
    rng.shuffle(order)
    cursor = 0
    for film_no, size in enumerate(film_sizes(n, rng)):
        base = titles[film_no % len(titles)]
        round_ = film_no // len(titles)
        title = base if round_ == 0 else f"{base} {round_ + 1}"
        year = 1950 + (film_no * 7) % 75
        for k in range(size):
            t_title, critic, outlet, text, positive = pool[order[cursor % len(order)]]
            cursor += 1
            score = max(0, min(100, int(rng.gauss(78 if positive else 35, 12))))
            sentences = [s.strip() for s in text.replace("\n", " ").split(". ") if s.strip()]
            quote = (sentences[0] if sentences else text)[:300]
            aspects = [
                Aspect(aspect=a, sentiment=rng.choice(["positive", "positive", "negative", "mixed"]), evidence=rng.choice(sentences or [text])[:300])
                for a in rng.sample(ASPECTS, rng.randint(0, 3))
            ]
            sha = hashlib.sha256(f"{film_no}:{k}:{text}".encode()).hexdigest()
            rated = rng.random() < 0.6
            yield Review(
                source=f"synthetic/{film_no:05d}/{k:04d}.txt", sha256=sha, film=Film(title=title, year=year),
                critic=critic, outlet=outlet, score=score, score_source="rating" if rated else "inferred",
                polarity=polarity_of_score(score), aspects=aspects, pull_quote=quote, analyzer_version=ANALYZER_VERSION,
            ), text


def build(db: str, n: int, batch: int = 1000) -> dict[str, float]:
    store = open_store(db)
    started = time.perf_counter()
    pending: list[tuple[Review, str]] = []
    written = 0
    for item in reviews(n):
        pending.append(item)
        if len(pending) == batch:
            written += store.save_reviews(pending, refresh=False)
            pending = []
    if pending:
        written += store.save_reviews(pending, refresh=False)
    saved = time.perf_counter() - started
    films = store.refresh_films()
    total = time.perf_counter() - started
    store.close()
    return {"reviews": written, "films": films, "write_s": saved, "total_s": total}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", default=None, help="SQLAlchemy URL (default: an SQLite file in bench/out/)")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"error: the public datasets are not here ({DATA}); set CONSENSUS_SHARED")
    OUT.mkdir(parents=True, exist_ok=True)
    db = args.db or f"sqlite:///{OUT / f'store{args.n // 1000}k.sqlite'}"
    result = build(db, args.n)
    print(f"{db}: {result['reviews']:,} reviews, {result['films']:,} films; "
          f"stored in {result['write_s']:.1f} s, film reports in {result['total_s'] - result['write_s']:.1f} s "
          f"({result['reviews'] / result['total_s']:,.0f} reviews/s overall)")


if __name__ == "__main__":
    main()
