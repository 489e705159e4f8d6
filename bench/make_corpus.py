"""Generate a synthetic corpus of N critic reviews (JSON Lines) from the public datasets, for `bench_batch_ingest.py`.

    .venv/bin/python bench/make_corpus.py --size 100000 [--out /tmp/consensus-bench/reviews-100000.jsonl]

Every review is different: a pull-quote (Rotten Tomatoes / cs109), a run of
sentences from Pang & Lee's reviews (whole paragraphs now and then), and a
rating line in one of the styles critics use (or none), about one of
N/50 films (titles from the datasets, a year each) with a Zipf-like spread
(a few films get thousands of reviews, most get a handful), by a critic and
outlet from the datasets. Deterministic for a given size and seed. The output
holds dataset text, so it is written outside the repository (default: the
system temp folder), never into it.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import random
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
REVIEWS_PER_FILM = 50
RATING_STYLES = ("Rating: {}", "Our rating: {}", "{}", "Verdict: {}", "Grade: {}")


@dataclass
class Pools:
    quotes: list[str]
    sentences: list[str]
    paragraphs: list[str]
    titles: list[str]
    critics: list[tuple[str, str]]
    scores: list[str]


def default_out(size: int) -> Path:
    return Path(tempfile.gettempdir()) / "consensus-bench" / f"reviews-{size}.jsonl"


def load_pools(data: Path) -> Pools:
    """Everything the generator draws from, read once from the datasets."""
    quotes, titles, critics, scores = [], set(), set(), []
    with gzip.open(data / "cs109_critics.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["quote"].strip():
                quotes.append(row["quote"].strip())
            if row["title"].strip():
                titles.add(row["title"].strip())
            if row["critic"].strip() and row["publication"].strip():
                critics.add((row["critic"].strip(), row["publication"].strip()))
    with gzip.open(data / "rt_critic_reviews.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["review_content"].strip():
                quotes.append(row["review_content"].strip())
            if row["review_score"].strip():
                scores.append(row["review_score"].strip())
            if row["critic_name"].strip() and row["publisher_name"].strip():
                critics.add((row["critic_name"].strip(), row["publisher_name"].strip()))
    with gzip.open(data / "rt_movies.csv.gz", "rt", encoding="utf-8") as f:
        titles.update(row["movie_title"].strip() for row in csv.DictReader(f) if row["movie_title"].strip())
    sentences = []
    with gzip.open(data / "pang_lee_polarity.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            for sentence in json.loads(line)["text"].split("\n"):
                if len(sentence.split()) >= 6:
                    sentences.append(sentence.strip().capitalize())
    paragraphs = []
    with gzip.open(data / "pang_lee_scale.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            for paragraph in re.split(r"\n\s*\n|\n", json.loads(line)["text"]):
                if 40 <= len(paragraph.split()) <= 250:
                    paragraphs.append(paragraph.strip())
    return Pools(quotes, sentences, paragraphs, sorted(titles), sorted(critics), scores)


def films(pools: Pools, count: int, rng: random.Random) -> list[tuple[str, int]]:
    """`count` distinct (title, year) films: every title once, then again with other years."""
    out, seen = [], set()
    while len(out) < count:
        film = (rng.choice(pools.titles), rng.randint(1950, 2024))
        if film not in seen:
            seen.add(film)
            out.append(film)
    return out


def review(pools: Pools, film: tuple[str, int], rng: random.Random) -> dict[str, object]:
    title, year = film
    critic, outlet = rng.choice(pools.critics)
    parts = [rng.choice(pools.quotes)]
    if rng.random() < 0.2:
        parts.append(rng.choice(pools.paragraphs))
    parts.append(" ".join(rng.sample(pools.sentences, rng.randint(3, 12))))
    if rng.random() < 0.7:
        parts.append(rng.choice(RATING_STYLES).format(rng.choice(pools.scores)))
    record: dict[str, object] = {"text": "\n\n".join(parts), "title": title, "critic": critic, "outlet": outlet}
    if rng.random() < 0.8:
        record["year"] = year
    return record


def generate(size: int, out: Path, seed: int = 8, data: Path = DATA) -> Path:
    """Write `size` distinct reviews to `out` (JSON Lines)."""
    rng = random.Random(seed)
    pools = load_pools(data)
    catalogue = films(pools, max(1, size // REVIEWS_PER_FILM), rng)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(catalogue))]  # Zipf-like: a long tail of small films
    out.parent.mkdir(parents=True, exist_ok=True)
    seen: set[bytes] = set()
    written = 0
    tmp = out.with_suffix(".partial")
    with tmp.open("w", encoding="utf-8") as f:
        while written < size:
            batch = rng.choices(catalogue, weights=weights, k=min(10_000, size - written))
            for film in batch:
                record = review(pools, film, rng)
                digest = hashlib.sha256(str(record["text"]).encode()).digest()
                if digest in seen:
                    continue
                seen.add(digest)
                record["id"] = f"bench-{written:07d}"
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    tmp.replace(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, required=True, help="how many reviews")
    parser.add_argument("--out", type=Path, help="output JSONL (default: the system temp folder)")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"error: the public datasets are not at {DATA}")
    out = generate(args.size, args.out or default_out(args.size), seed=args.seed)
    print(out)


if __name__ == "__main__":
    main()
