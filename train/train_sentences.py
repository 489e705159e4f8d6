"""Train the sentence-level sentiment and opinion models shipped as `consensus/resources/sentence_model.npz`.

Data (../shared/data, see its SOURCES.md):
- polarity: Rotten Tomatoes pull-quotes with their Fresh/Rotten verdict, from
  `cs109_critics.csv.gz` (quote, fresh) and `rt_critic_reviews.csv.gz`
  (review_content, review_type).
- opinion (positive-unlabelled): the same pull-quotes (verdicts) against the
  sentences of the Pang & Lee scale reviews and the Rotten Tomatoes film
  synopses (`rt_movies.csv.gz` movie_info), which are mostly plot summary.
  The decision threshold is picked on the dev part of the labelled aspect set
  (tests/fixtures/aspects/labelled.jsonl), never on its test part.

Run: `.venv/bin/python -m train.train_sentences` (deterministic, about a minute).
Evaluations that must not see their test films call `fit()` themselves.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from consensus.extract.sentence_sentiment import RESOURCES, MODEL_FILE, SentenceModel, fit_idf, term_counts, weigh

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("CONSENSUS_SHARED", REPO.parent / "shared")) / "data"
LABELLED = REPO / "tests" / "fixtures" / "aspects" / "labelled.jsonl"
POLARITY_C = 8.0
# Pang & Lee review sentences carry their review's label: noisy (plot lines are labelled too),
# so they count at a fifth of a pull-quote's weight. Chosen by film-grouped CV on the quotes.
DOCUMENT_LABEL_WEIGHT = 0.2
OPINION_C = 1.0


@dataclass(frozen=True)
class Quote:
    """One labelled pull-quote; `film` is the key evaluations split on, `key` locates the row."""

    key: str
    film: str
    title: str
    text: str
    fresh: bool
    score_text: str = ""


def film_key(title: str) -> str:
    """A title reduced to letters and digits, to recognise one film across the two Rotten Tomatoes files."""
    return re.sub(r"[^a-z0-9]+", "", title.lower())


def _csv_rows(path: Path) -> Iterable[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def rt_titles(data: Path = DATA) -> dict[str, str]:
    """rotten_tomatoes_link -> movie_title, from rt_movies.csv.gz."""
    return {row["rotten_tomatoes_link"]: row["movie_title"] for row in _csv_rows(data / "rt_movies.csv.gz")}


def rt_quotes(data: Path = DATA) -> list[Quote]:
    """rt_critic_reviews.csv.gz rows with a quote; key `rt:<row number>`."""
    titles = rt_titles(data)
    quotes = []
    for i, row in enumerate(_csv_rows(data / "rt_critic_reviews.csv.gz")):
        text = (row["review_content"] or "").strip()
        if text and row["review_type"] in ("Fresh", "Rotten"):
            link = row["rotten_tomatoes_link"]
            quotes.append(Quote(f"rt:{i}", link, titles.get(link, link), text, row["review_type"] == "Fresh",
                                (row["review_score"] or "").strip()))
    return quotes


def cs109_quotes(data: Path = DATA) -> list[Quote]:
    """cs109_critics.csv.gz rows with a quote and a fresh/rotten verdict; key `cs109:<row number>`."""
    quotes = []
    for i, row in enumerate(_csv_rows(data / "cs109_critics.csv.gz")):
        text = (row["quote"] or "").strip()
        if text and row["fresh"] in ("fresh", "rotten"):
            quotes.append(Quote(f"cs109:{i}", f"cs109:{row['rtid']}", row["title"], text, row["fresh"] == "fresh"))
    return quotes


def polarity_reviews(data: Path = DATA) -> list[dict[str, str]]:
    """Pang & Lee polarity v2 records: id, label, text (one sentence per line)."""
    with gzip.open(data / "pang_lee_polarity.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def review_sentences(data: Path = DATA) -> list[str]:
    """Ordinary review sentences (opinion and plot mixed) and synopsis sentences (plot).

    From the Pang & Lee *scale* reviews, not the polarity ones: the labelled aspect
    set is drawn from the polarity reviews and must stay unseen.
    """
    from consensus.extract.sentences import split_sentences

    with gzip.open(data / "pang_lee_scale.jsonl.gz", "rt", encoding="utf-8") as handle:
        reviews = [json.loads(line)["text"] for line in handle if line.strip()]
    sentences = [s for text in reviews for s in split_sentences(text) if 4 <= len(s.split()) <= 60]
    for row in _csv_rows(data / "rt_movies.csv.gz"):
        sentences += split_sentences(row["movie_info"] or "")
    return sentences


def labelled_review_sentences(data: Path = DATA) -> list[tuple[str, bool]]:
    """Pang & Lee polarity sentences with their whole review's label (distant supervision)."""
    return [(s, r["label"] == "pos") for r in polarity_reviews(data) for s in r["text"].split("\n")
            if len(s.split()) >= 4]


def fit(quotes: list[Quote], unlabelled: list[str], distant: list[tuple[str, bool]] | None = None,
        opinion_threshold: float = 0.5, with_opinion: bool = True) -> SentenceModel:
    """Both models: polarity from pull-quotes (plus down-weighted review sentences), opinion PU-style."""
    distant = distant or []
    quote_counts = term_counts([q.text for q in quotes])
    other_counts = term_counts(unlabelled)
    idf = fit_idf(sparse.vstack([quote_counts, other_counts]).tocsr())
    x_quotes, x_other = weigh(quote_counts, idf), weigh(other_counts, idf)

    x_distant = weigh(term_counts([s for s, _ in distant]), idf) if distant else x_quotes[:0]
    polarity = LogisticRegression(C=POLARITY_C, max_iter=2000, solver="liblinear")
    polarity.fit(sparse.vstack([x_quotes, x_distant]).tocsr(),
                 np.r_[[q.fresh for q in quotes], [label for _, label in distant]].astype(int),
                 sample_weight=np.r_[np.ones(len(quotes)), np.full(len(distant), DOCUMENT_LABEL_WEIGHT)])

    opinion_coef, opinion_bias = np.zeros_like(idf), 0.0
    if with_opinion:  # evaluations of polarity alone skip it
        opinion = LogisticRegression(C=OPINION_C, max_iter=2000, solver="liblinear", class_weight="balanced")
        opinion.fit(sparse.vstack([x_quotes, x_other]).tocsr(),
                    np.r_[np.ones(x_quotes.shape[0], dtype=int), np.zeros(x_other.shape[0], dtype=int)])
        opinion_coef, opinion_bias = opinion.coef_[0].astype(np.float32), float(opinion.intercept_[0])
    return SentenceModel(
        idf=idf,
        polarity_coef=polarity.coef_[0].astype(np.float32), polarity_bias=float(polarity.intercept_[0]),
        opinion_coef=opinion_coef, opinion_bias=opinion_bias, opinion_threshold=opinion_threshold,
    )


def all_quotes(data: Path = DATA) -> list[Quote]:
    return cs109_quotes(data) + rt_quotes(data)


def held_out_accuracy(quotes: list[Quote], unlabelled: list[str], distant: list[tuple[str, bool]],
                      folds: int = 5) -> float:
    """Fresh/Rotten accuracy of the polarity model, films split into `folds` groups (no film in two)."""
    films = sorted({q.film for q in quotes})
    rng = np.random.default_rng(0)
    fold_of = dict(zip(films, rng.integers(0, folds, len(films))))
    correct = 0
    for fold in range(folds):
        train = [q for q in quotes if fold_of[q.film] != fold]
        test = [q for q in quotes if fold_of[q.film] == fold]
        predicted = fit(train, unlabelled, distant, with_opinion=False).polarity([q.text for q in test]) >= 0.5
        correct += int(sum(p == q.fresh for p, q in zip(predicted, test)))
    return correct / len(quotes)


def choose_opinion_threshold(model: SentenceModel, data: Path = DATA) -> float:
    """The opinion cut-off that best separates opinion from plot sentences in the labelled dev split."""
    if not LABELLED.is_file():
        return 0.5
    from eval.eval_aspects import load_labelled

    items = [i for i in load_labelled(LABELLED, data) if i.split == "dev"]
    if not items:
        return 0.5
    scores = model.opinion([i.text for i in items])
    truth = np.array([i.opinion for i in items])
    candidates = np.unique(np.round(scores, 3))
    # Balanced accuracy: most labelled sentences are opinions, plain accuracy would let plot through.
    balanced = [((scores >= t)[truth].mean() + (scores < t)[~truth].mean()) / 2 for t in candidates]
    return float(candidates[int(np.argmax(balanced))])


def main() -> None:
    quotes = all_quotes()
    unlabelled = review_sentences()
    print(f"pull-quotes: {len(quotes)} from {len({q.film for q in quotes})} films; "
          f"review/synopsis sentences: {len(unlabelled)}")
    distant = labelled_review_sentences()
    accuracy = held_out_accuracy(quotes, unlabelled, distant)
    print(f"Fresh/Rotten accuracy of pull-quotes, 5 folds split by film: {accuracy:.3f}")
    model = fit(quotes, unlabelled, distant)
    threshold = choose_opinion_threshold(model)
    model = SentenceModel(model.idf, model.polarity_coef, model.polarity_bias,
                          model.opinion_coef, model.opinion_bias, threshold)
    RESOURCES.mkdir(parents=True, exist_ok=True)
    model.save(RESOURCES / MODEL_FILE)
    print(f"opinion threshold (labelled dev split): {threshold:.3f}")
    print(f"wrote {RESOURCES / MODEL_FILE} ({(RESOURCES / MODEL_FILE).stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
