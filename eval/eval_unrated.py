"""Why the polarity of an unrated page goes wrong: the opinion model's log-odds by labelled polarity, and what a score map
fitted on web pages would change.

Reads the labelled review pages of tests/fixtures/review_pages (see eval_pages). For every page whose critic gives no
rating, `consensus.extract.sentiment.read_opinion` reads the page's text with the opinion model alone (without the
verdict model that `consensus analyze` joins to it since 2026-12-07, measured by `eval_verdict`); the table gives,
per labelled polarity, how many pages the opinion model calls positive, mixed and negative, and the quartiles of its
log-odds. Then a check of calibration against discrimination: an isotonic map from the log-odds to the 0-100 score,
fitted on the rated pages of every split but one (their labelled scores) and tried on the unrated pages of the one left
out, split by split, beside the shipped map on the same pages.

    .venv/bin/python -m eval.eval_unrated              # the development splits (dev, dev2, ...)
    .venv/bin/python -m eval.eval_unrated dev12 dev13  # the splits named
"""

from __future__ import annotations

import math
import statistics
import sys
from collections import Counter
from dataclasses import dataclass

from sklearn.isotonic import IsotonicRegression

from consensus.extract.sentiment import polarity_of_score, read_opinion
from consensus.ingest.errors import IngestError
from consensus.ingest.reader import read_document
from consensus.models import Polarity
from eval.eval_pages import FIXTURES, SPLITS, load_labels

POLARITIES = ("positive", "mixed", "negative")


@dataclass(frozen=True)
class Page:
    split: str
    label: str  # the labelled polarity
    score: int | None  # the labelled rating's 0-100 score, None on an unrated page
    log_odds: float | None  # the opinion model's, None when it refuses the text
    shipped: Polarity | None = None  # the polarity `read_opinion` gives it, None when it refuses the text


def read_pages(splits: list[str]) -> list[Page]:
    """Every labelled page of the splits with the opinion model's log-odds on its text."""
    pages = []
    for split in splits:
        for label in load_labels(split):
            try:
                document = read_document(FIXTURES / split / label["file"])
            except IngestError:
                continue
            opinion = read_opinion(document.text, join_verdict=False)
            p = opinion.positive_probability
            log_odds = None if p is None else math.log(max(p, 1e-9) / max(1 - p, 1e-9))
            pages.append(Page(split, label["polarity"], label["score"], log_odds, None if p is None else opinion.polarity))
    return pages


def confusion(pages: list[Page]) -> Counter[tuple[str, str]]:
    """(labelled, opinion model's) polarity of the unrated pages the model reads."""
    return Counter((p.label, p.shipped) for p in pages if p.score is None and p.shipped is not None)


def refit_accuracy(pages: list[Page]) -> tuple[float, float, int]:
    """(shipped map's, refitted map's) accuracy on unrated pages, each split's pages scored by a map fitted on the
    other splits' rated pages; and how many pages."""
    shipped = refitted = total = 0
    for split in sorted({p.split for p in pages}):
        train = [p for p in pages if p.split != split and p.score is not None and p.log_odds is not None]
        test = [p for p in pages if p.split == split and p.score is None and p.log_odds is not None]
        if not train or not test:
            continue
        iso = IsotonicRegression(out_of_bounds="clip").fit([p.log_odds for p in train], [p.score for p in train])
        for p in test:
            refitted += polarity_of_score(int(round(float(iso.predict([p.log_odds])[0])))) == p.label
            shipped += p.shipped == p.label
            total += 1
    return (shipped / total if total else 0.0), (refitted / total if total else 0.0), total


def main(argv: list[str] | None = None) -> None:
    named = [a for a in (sys.argv[1:] if argv is None else argv) if a in SPLITS]  # (`make eval` passes other words)
    splits = named or [s for s in SPLITS if s.startswith("dev")]
    pages = read_pages(splits)
    counts = confusion(pages)
    print(f"Unrated pages of {', '.join(splits)}: labelled polarity (rows) against the opinion model's alone (columns)")
    print(f"{'':10}" + "".join(f"{c:>10}" for c in POLARITIES) + f"{'log-odds quartiles':>26}")
    for label in POLARITIES:
        odds = [p.log_odds for p in pages if p.score is None and p.log_odds is not None and p.label == label]
        quartiles = " / ".join(f"{q:.2f}" for q in statistics.quantiles(odds, n=4)) if len(odds) >= 2 else "-"
        print(f"{label:10}" + "".join(f"{counts[(label, c)]:>10}" for c in POLARITIES) + f"{quartiles:>26}")
    right, total = sum(counts[(c, c)] for c in POLARITIES), sum(counts.values())
    print(f"accuracy {right}/{total}")
    shipped, refitted, n = refit_accuracy(pages)
    if n:
        print(f"score map fitted on the other splits' rated pages (isotonic), {n} unrated pages: "
              f"shipped map {shipped:.3f}, refitted map {refitted:.3f}")
    else:
        print("(one split: no other split's rated pages to fit a score map on)")


if __name__ == "__main__":
    main()
