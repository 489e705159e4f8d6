"""Ingest, which-film and byline on real reviews: what is refused, and how often the critic is right.

    .venv/bin/python -m eval.eval_ingest

1. The not-a-review screen must refuse no real review: it runs on the Pang &
   Lee full reviews, the Rotten Tomatoes and cs109 pull quotes, and on the
   invented non-reviews in tests/fixtures/ingest/not_reviews (which it must
   all refuse).
2. Critic: the Pang & Lee scale set names each review's author (three
   critics), so precision of `find_byline` is measured there; most texts do
   not state the author (the dataset removed it), so the finder should say
   null there rather than guess. Baseline: an explicit "By X"/"Reviewed by X"
   line only, measured in the same run.
3. Film: how often a title (and a year) is found in those reviews. There is
   no gold title, so this is coverage, not accuracy.
None of these texts were used to write the rules' vocabulary except the
common-word list (train/common_words.py), built from the same scale set.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
from collections import Counter
from pathlib import Path

from consensus.extract.critic import find_byline
from consensus.extract.film import find_film
from consensus.ingest.document import document_from_bytes
from consensus.ingest.errors import IngestError
from consensus.ingest.screen import why_not_a_review

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("CONSENSUS_SHARED", REPO.parent / "shared")) / "data"
NOT_REVIEWS = REPO / "tests" / "fixtures" / "ingest" / "not_reviews"
_BASELINE = re.compile(r"^(?:reviewed by|by)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})\s*$", re.IGNORECASE)


def _jsonl(name: str) -> list[dict]:
    with gzip.open(DATA / name, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _csv_column(name: str, column: str) -> list[str]:
    with gzip.open(DATA / name, "rt", encoding="utf-8") as fh:
        return [row[column] for row in csv.DictReader(fh) if row[column].strip()]


def _refusals(texts: list[str]) -> tuple[int, Counter[str]]:
    reasons: Counter[str] = Counter()
    for text in texts:
        problem = why_not_a_review(text)
        if problem:
            reasons[problem.split(" (")[0]] += 1
    return len(texts), reasons


def screen_table() -> None:
    print("Not-a-review screen (consensus/ingest/screen.py)")
    print(f"{'set':44s} {'texts':>7s} {'refused':>8s}  reasons")
    scale = [r["text"] for r in _jsonl("pang_lee_scale.jsonl.gz")]
    polarity = [r["text"] for r in _jsonl("pang_lee_polarity.jsonl.gz")]
    sets = [
        ("Pang & Lee scale, full reviews", scale),
        ("Pang & Lee polarity, full reviews", polarity),
        ("Rotten Tomatoes pull quotes", _csv_column("rt_critic_reviews.csv.gz", "review_content")),
        ("cs109 pull quotes", _csv_column("cs109_critics.csv.gz", "quote")),
        ("invented non-reviews (must all be refused)", [p.read_text(encoding="utf-8") for p in sorted(NOT_REVIEWS.glob("*.txt"))]),
    ]
    for name, texts in sets:
        total, reasons = _refusals(texts)
        refused = sum(reasons.values())
        print(f"{name:44s} {total:7d} {refused:8d}  " + "; ".join(f"{n} {r}" for r, n in reasons.most_common(3)))


def byline_and_film_table() -> None:
    print("\nCritic and film on the Pang & Lee scale set (author = gold critic)")
    rows = _jsonl("pang_lee_scale.jsonl.gz")
    ours: Counter[str] = Counter()
    base: Counter[str] = Counter()
    films: Counter[str] = Counter()
    for row in rows:
        try:
            document = document_from_bytes(row["text"].encode("utf-8"), row["review_id"], is_html=False)
        except IngestError:
            ours["refused"] += 1
            continue
        critic = find_byline(document).critic
        ours["null" if critic is None else "right" if critic == row["author"] else "wrong"] += 1
        guess = next((m.group(1) for line in document.lines if (m := _BASELINE.match(line))), None)
        base["null" if guess is None else "right" if guess == row["author"] else "wrong"] += 1
        film = find_film(document)
        films["title"] += film.title is not None
        films["year"] += film.year is not None
        films["all"] += 1
    print(f"{'method':34s} {'named':>6s} {'right':>6s} {'wrong':>6s} {'precision':>10s} {'null':>6s}")
    for name, counts in (("find_byline", ours), ("baseline: 'By X' line only", base)):
        named = counts["right"] + counts["wrong"]
        precision = counts["right"] / named if named else 0.0
        print(f"{name:34s} {named:6d} {counts['right']:6d} {counts['wrong']:6d} {precision:10.1%} {counts['null']:6d}")
    print(f"find_film: title found in {films['title']}/{films['all']} ({films['title'] / films['all']:.1%}), "
          f"year in {films['year']}/{films['all']} ({films['year'] / films['all']:.1%}); no gold titles, coverage only")


def main() -> None:
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent")
        return
    screen_table()
    byline_and_film_table()


if __name__ == "__main__":
    main()
