"""Rotten Tomatoes: Fresh/Rotten from the pull-quote alone, and each film's Tomatometer from its reviews.

Data: `rt_critic_reviews.csv.gz` (2,234 reviews of 55 films, complete per film)
and `rt_movies.csv.gz` (the official `tomatometer_rating`). The 55 films are
split into 5 folds; every model is retrained per fold on the cs109 quotes and
the other folds' reviews, with the test films' cs109 quotes removed (matched
by title), so no test film is ever seen in training.

(a) Fresh/Rotten accuracy of single pull-quotes: the sentence model (as
    `train/train_sentences.py` builds it) beside VADER (compound threshold
    chosen on the training folds) and a plain TF-IDF + logistic regression.
(b) Tomatometer MAE: per review, the critic's score string when given
    (parsed by `consensus.extract.ratings.parse_score_string`; Fresh when the
    0-100 score reaches a threshold chosen on the training films, or counted
    as the training films' Fresh rate at that score), the text model
    otherwise; a film's Tomatometer is 100 * Fresh / reviews.

Run: `.venv/bin/python -m eval.eval_rt` (a few minutes on one core).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from train.train_sentences import (
    DATA, Quote, _csv_rows, cs109_quotes, film_key, fit, labelled_review_sentences, review_sentences, rt_quotes,
)

FOLDS = 5


@dataclass(frozen=True)
class FilmRow:
    link: str
    title: str
    tomatometer: float


def films() -> dict[str, FilmRow]:
    rows = {}
    for row in _csv_rows(DATA / "rt_movies.csv.gz"):
        if row["tomatometer_rating"]:
            rows[row["rotten_tomatoes_link"]] = FilmRow(row["rotten_tomatoes_link"], row["movie_title"],
                                                        float(row["tomatometer_rating"]))
    return rows


def score_of(text: str) -> int | None:
    """0-100 score of a Rotten Tomatoes score string, None when absent or unreadable."""
    from consensus.extract.ratings import parse_score_string

    if not text.strip():
        return None
    rating = parse_score_string(text)
    return None if rating is None else rating.score


def vader_compound(texts: list[str]) -> np.ndarray:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    return np.array([analyzer.polarity_scores(t)["compound"] for t in texts])


def tfidf_lr(train: list[Quote], test_texts: list[str]) -> np.ndarray:
    """Baseline: scikit-learn TF-IDF (word 1-2 grams) + logistic regression, default settings."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x = vectorizer.fit_transform([q.text for q in train])
    model = LogisticRegression(max_iter=2000).fit(x, [q.fresh for q in train])
    return model.predict_proba(vectorizer.transform(test_texts))[:, 1]


def best_threshold(values: np.ndarray, fresh: np.ndarray) -> float:
    """The cut-off on `values` that best reproduces Fresh on training data."""
    candidates = np.unique(values)
    accuracy = [((values >= t) == fresh).mean() for t in candidates]
    return float(candidates[int(np.argmax(accuracy))])


def main() -> None:
    if not DATA.is_dir():
        sys.exit(f"eval_rt: the datasets are not here ({DATA} is absent)")
    film_rows = films()
    rt = [q for q in rt_quotes() if q.film in film_rows]
    cs109 = cs109_quotes()
    unlabelled, distant = review_sentences(), labelled_review_sentences()
    links = sorted(film_rows)
    fold_of = dict(zip(links, np.random.default_rng(0).permutation(len(links)) % FOLDS))
    all_rows = _all_reviews(film_rows)

    correct: dict[str, list[bool]] = defaultdict(list)
    per_film: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    thresholds = []
    for fold in range(FOLDS):
        test_links = {link for link in links if fold_of[link] == fold}
        test_titles = {film_key(film_rows[link].title) for link in test_links}
        train = [q for q in cs109 if film_key(q.title) not in test_titles] + \
                [q for q in rt if q.film not in test_links]
        test = [q for q in rt if q.film in test_links]
        truth = np.array([q.fresh for q in test])
        texts = [q.text for q in test]

        model = fit(train, unlabelled, distant, with_opinion=False)
        ours = model.polarity(texts)
        baseline_lr = tfidf_lr(train, texts)
        train_rt = [q for q in rt if q.film not in test_links]
        vader_cut = best_threshold(vader_compound([q.text for q in train_rt]), np.array([q.fresh for q in train_rt]))
        vader = vader_compound(texts)
        correct["sentence model (ours)"] += list((ours >= 0.5) == truth)
        correct["TF-IDF + LR baseline"] += list((baseline_lr >= 0.5) == truth)
        correct["VADER baseline"] += list((vader >= vader_cut) == truth)

        # (b) Tomatometer: score strings where given, text otherwise.
        scored = [(score_of(q.score_text), q.fresh) for q in train_rt]
        known = np.array([(s, f) for s, f in scored if s is not None], dtype=float)
        cut = best_threshold(known[:, 0], known[:, 1].astype(bool))
        thresholds.append(cut)
        fresh_rate = _fresh_rate_by_score(known)
        text_p = dict(zip((q.key for q in test), ours))
        lr_p = dict(zip((q.key for q in test), baseline_lr))
        for row in all_rows:
            if row.film not in test_links:
                continue
            score = score_of(row.score_text)
            by_score = None if score is None else float(score >= cut)
            p_ours, p_lr = text_p.get(row.key), lr_p.get(row.key)
            votes = per_film[row.film]
            votes["truth"].append(float(row.fresh))
            votes["text only (ours)"].append(_vote(None, p_ours))
            votes["score strings + text (ours)"].append(_vote(by_score, p_ours))
            votes["score strings + text (TF-IDF + LR)"].append(_vote(by_score, p_lr))
            votes["score strings + expected text (ours)"].append(_vote(by_score, p_ours, expected=True))
            rate = None if score is None else fresh_rate(score)
            votes["P(fresh | score) + text (ours)"].append(_vote(rate, p_ours))

    print(f"(a) Fresh/Rotten from the pull-quote alone: {len(rt)} reviews of {len(links)} films, "
          f"{FOLDS} folds split by film (goal >= 0.78)")
    print(f"{'system':40} {'accuracy':>9}")
    for name, hits in correct.items():
        print(f"{name:40} {np.mean(hits):9.3f}")
    print()
    print(f"(b) Tomatometer MAE vs the official rating, {len(links)} films, {FOLDS} folds by film (goal <= 5); "
          f"score-string Fresh threshold chosen per fold on training films: {sorted(set(thresholds))}")
    print(f"{'system':40} {'MAE':>6} {'bias':>6}")
    names = [n for n in next(iter(per_film.values())) if n != "truth"]
    official = np.array([film_rows[link].tomatometer for link in per_film])
    recount = np.array([100 * np.mean(v["truth"]) for v in per_film.values()])
    print(f"{'oracle: 100 * Fresh / reviews in file':40} {np.abs(recount - official).mean():6.2f} "
          f"{(recount - official).mean():6.2f}")
    for name in names:
        predicted = np.array([100 * np.nanmean(v[name]) for v in per_film.values()])
        print(f"{name:40} {np.abs(predicted - official).mean():6.2f} {(predicted - official).mean():6.2f}")


@dataclass(frozen=True)
class ReviewRow:
    key: str
    film: str
    fresh: bool
    score_text: str


def _all_reviews(film_rows: dict[str, FilmRow]) -> list[ReviewRow]:
    """Every review row of the evaluated films, with or without a quote (keys match `rt_quotes`)."""
    rows = []
    for i, row in enumerate(_csv_rows(DATA / "rt_critic_reviews.csv.gz")):
        if row["rotten_tomatoes_link"] in film_rows and row["review_type"] in ("Fresh", "Rotten"):
            rows.append(ReviewRow(f"rt:{i}", row["rotten_tomatoes_link"], row["review_type"] == "Fresh",
                                  row["review_score"] or ""))
    return rows


def _fresh_rate_by_score(known: np.ndarray, width: int = 10):
    """P(Fresh | score) on training reviews, scores binned by `width` points (add-one smoothed).

    Critics split on middling scores (a 3/5 is Fresh for some, Rotten for others);
    counting such a review as its bin's Fresh rate instead of a hard call removes
    the bias a single threshold leaves in a film's percentage.
    """
    bins: dict[int, list[float]] = defaultdict(list)
    for score, fresh in known:
        bins[int(round(score / width))].append(fresh)
    rates = {b: (sum(v) + 1) / (len(v) + 2) for b, v in bins.items()}
    return lambda score: rates.get(int(round(score / width)), float(score >= 60))


def _vote(by_score: float | None, p_text: float | None, expected: bool = False) -> float:
    """Fresh (1.0) / Rotten (0.0) for one review; NaN when neither a score nor a quote is there."""
    if by_score is not None:
        return by_score
    if p_text is None:
        return float("nan")
    return float(p_text) if expected else float(p_text >= 0.5)


if __name__ == "__main__":
    main()
