"""Train the whole-review opinion model shipped as `consensus/resources/opinion_model.npz`.

Data (../shared/data, see its SOURCES.md; loaders in `train/datasets.py`):
- Pang & Lee polarity v2.0: 1,600 reviews, positive/negative -> the polarity direction;
- Pang & Lee scale v1.0: 3,279 reviews by three critics, rating 0-1 -> the score and its calibration
  (boilerplate and leaked ratings stripped by `clean_scale_text`). Its clearly negative (<= 0.4) and
  clearly positive (>= 0.7) reviews also train the polarity classifier.
Reviews present in both sets are kept once (in the polarity set) for the shipped model.

Model (`fit_opinion`): one TF-IDF space of word uni- and bigrams (`consensus.extract.sentiment.terms`);
a logistic regression for polarity and a ridge regression for the score; the two stacked by a linear
regression fitted on critic-held-out predictions, then calibrated to 0-100 by isotonic regression on
those same held-out predictions. Stacking and calibration never see in-sample predictions.

The score target maps the dataset's 0-1 rating onto CONTRACT.md's bands (`target_score`): the dataset's
3 classes (<= 0.4, 0.41-0.69, >= 0.7) land exactly on negative 0-39, mixed 40-60, positive 61-100.

Run: `.venv/bin/python -m train.train_opinion` (deterministic, under a minute). `eval/eval_opinion.py`
calls `fit_opinion` per fold with the held-out part excluded.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from functools import cached_property

import numpy as np
from scipy import sparse
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge

from consensus.extract.sentiment import MODEL_PATH, OpinionModel, terms
from train.datasets import PolarityReview, ScaleReview, find_overlaps, load_polarity, load_scale

# The dataset's 3-class cut points (<= 0.4 negative, >= 0.7 positive) sent to CONTRACT.md's band edges.
_TARGET_X = (0.0, 0.4, 0.7, 1.0)
_TARGET_Y = (0.0, 39.0, 61.0, 100.0)


def target_score(rating: float | np.ndarray) -> float | np.ndarray:
    """A 0-1 scale-set rating on the 0-100 scale whose 40/61 cut-offs match the dataset's 3 classes."""
    return np.interp(rating, _TARGET_X, _TARGET_Y)


def rating_of_score(score: float | np.ndarray) -> float | np.ndarray:
    """The inverse of `target_score` (to report errors on the dataset's own 0-1 scale as well)."""
    return np.interp(score, _TARGET_Y, _TARGET_X)


@dataclass(frozen=True)
class Config:
    """Hyper-parameters, chosen by cross-validation on training folds only (see opinion_model.md)."""

    min_df: int = 2
    max_features: int = 120_000
    polarity_c: float = 30.0        # inverse regularization of the logistic regression
    ridge_alpha: float = 1.0
    scale_in_polarity: bool = True  # scale reviews <= 0.4 / >= 0.7 as extra polarity examples
    center_by_critic: bool = False  # ridge learns each critic's deviation from their own mean rating
    opinion_quantile: float = 50.0  # opinion words: lexicon words whose model weight is above this percentile


@dataclass
class Corpus:
    """Both datasets as term-count rows over one vocabulary, so cross-validation tokenizes each review once.

    `fit_opinion` chooses its own vocabulary and idf from the rows it is given (never from held-out rows).
    """

    terms: list[str]                # column -> term
    polarity_counts: sparse.csr_matrix
    polarity_labels: np.ndarray     # 1 positive, 0 negative
    scale_counts: sparse.csr_matrix
    scale_ratings: np.ndarray       # 0-1
    scale_groups: np.ndarray        # critic names

    @cached_property
    def column(self) -> dict[str, int]:
        """term -> column."""
        return {t: i for i, t in enumerate(self.terms)}

    def subset(self, polarity_rows: np.ndarray, scale_rows: np.ndarray) -> "Corpus":
        return Corpus(self.terms, self.polarity_counts[polarity_rows], self.polarity_labels[polarity_rows],
                      self.scale_counts[scale_rows], self.scale_ratings[scale_rows], self.scale_groups[scale_rows])


def count_rows(documents: list[list[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    """Term counts of each document, growing `vocabulary` with new terms (columns)."""
    indptr, indices, data = [0], [], []
    for doc in documents:
        counts: dict[int, int] = {}
        for term in doc:
            column = vocabulary.setdefault(term, len(vocabulary))
            counts[column] = counts.get(column, 0) + 1
        indices.extend(counts)
        data.extend(counts.values())
        indptr.append(len(indices))
    return sparse.csr_matrix((np.array(data, dtype=np.float64), np.array(indices), np.array(indptr)))


def tfidf(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Sublinear TF-IDF rows, l2-normalized: the same arithmetic as `OpinionModel.vector` at inference."""
    x = counts.copy()
    x.data = 1.0 + np.log(x.data)
    x = x @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ x)


def choose_vocabulary(counts: sparse.csr_matrix, config: "Config") -> tuple[np.ndarray, np.ndarray]:
    """Columns kept (document frequency >= min_df, then the most frequent max_features) and their smoothed idf."""
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    frequency = np.asarray(counts.sum(axis=0)).ravel()
    keep = np.flatnonzero(df >= config.min_df)
    if len(keep) > config.max_features:
        keep = np.sort(keep[np.argsort(-frequency[keep], kind="stable")[: config.max_features]])
    idf = np.log((1 + counts.shape[0]) / (1 + df[keep])) + 1.0
    return keep, idf


def _polarity_examples(x_pol, y_pol, x_scale, ratings, config: Config):
    if not config.scale_in_polarity or x_scale.shape[0] == 0:
        return x_pol, y_pol
    clear = (ratings <= 0.4) | (ratings >= 0.7)
    return sparse.vstack([x_pol, x_scale[clear]]).tocsr(), np.r_[y_pol, (ratings[clear] >= 0.7).astype(int)]


def _fit_pair(x_pol, y_pol, x_scale, ratings, groups, config: Config) -> tuple[LogisticRegression, Ridge]:
    x, y = _polarity_examples(x_pol, y_pol, x_scale, ratings, config)
    classifier = LogisticRegression(C=config.polarity_c, solver="liblinear", max_iter=1000)
    classifier.fit(x, y)
    target = target_score(ratings)
    if config.center_by_critic:
        for name in set(groups.tolist()):
            target[groups == name] -= target[groups == name].mean()
    regressor = Ridge(alpha=config.ridge_alpha, solver="auto")
    regressor.fit(x_scale, target)
    return classifier, regressor


def _inner_folds(groups: np.ndarray) -> list[np.ndarray]:
    """Held-out index sets for stacking: one per critic, or 5 deterministic folds when there is one critic."""
    names = sorted(set(groups.tolist()))
    if len(names) >= 2:
        return [np.flatnonzero(groups == name) for name in names]
    order = np.random.default_rng(0).permutation(len(groups))
    return [np.sort(order[k::5]) for k in range(5)]


def plateau_centres(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Isotonic steps smoothed: one knot at the middle of each flat run, so nearby reviews do not share one score."""
    xs, ys = [], []
    for value in np.unique(y):
        run = x[y == value]
        xs.append((run.min() + run.max()) / 2)
        ys.append(value)
    return np.array(xs), np.array(ys)


def opinion_vocabulary(vocabulary: list[str], coef: np.ndarray, config: Config) -> frozenset[str]:
    """Unigrams that carry opinion: in the VADER lexicon (|valence| >= 1), with a model weight of the same sign
    (flipped for negated `not_x`) and above the median strength. `read_opinion` counts them as evidence.
    """
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lexicon = SentimentIntensityAnalyzer().lexicon
    unigrams = [i for i, t in enumerate(vocabulary) if " " not in t and t.strip("!?")]
    floor = np.percentile(np.abs(coef[unigrams]), config.opinion_quantile)
    chosen = set()
    for i in unigrams:
        term = vocabulary[i]
        negated = term.startswith("not_")
        valence = lexicon.get(term[4:] if negated else term)
        if valence is None or abs(valence) < 1.0 or abs(coef[i]) < floor:
            continue
        if np.sign(coef[i]) == np.sign(valence) * (-1 if negated else 1):
            chosen.add(term)
    return frozenset(chosen)


def fit_opinion(corpus: Corpus, config: Config = Config(), calibrate: bool = True) -> OpinionModel:
    """Fit the whole model on `corpus` (nothing else is seen): features, both models, stacking, calibration.

    `calibrate=False` skips the critic-held-out stacking and calibration (the score is then the plain ridge
    prediction); the polarity model is the same either way, so polarity-only evaluations use it to save time.
    """
    all_counts = sparse.vstack([corpus.polarity_counts, corpus.scale_counts]).tocsr()
    keep, idf = choose_vocabulary(all_counts, config)
    x_pol = tfidf(corpus.polarity_counts[:, keep], idf)
    x_scale = tfidf(corpus.scale_counts[:, keep], idf)
    y_pol, ratings, groups = corpus.polarity_labels, corpus.scale_ratings, corpus.scale_groups
    target = target_score(ratings)

    # Held-out (critic-out) predictions of both models on the scale set, for stacking and calibration.
    held_out = np.zeros((len(ratings), 2))
    for test in _inner_folds(groups) if calibrate else []:
        train = np.setdiff1d(np.arange(len(ratings)), test)
        classifier, regressor = _fit_pair(x_pol, y_pol, x_scale[train], ratings[train], groups[train], config)
        held_out[test, 0] = regressor.predict(x_scale[test])
        held_out[test, 1] = classifier.decision_function(x_scale[test])
    if calibrate:
        stack = LinearRegression().fit(held_out, target)
        (a, b), intercept = stack.coef_, float(stack.intercept_)
        stacked = held_out @ stack.coef_ + intercept
        isotonic = IsotonicRegression(y_min=0.0, y_max=100.0, out_of_bounds="clip").fit(stacked, target)
        calib_x, calib_y = plateau_centres(isotonic.X_thresholds_, isotonic.y_thresholds_)
        sigma = float(np.std(isotonic.predict(stacked) - target))
    else:
        a, b, intercept = 1.0, 0.0, 0.0
        calib_x, calib_y, sigma = np.array([0.0, 100.0]), np.array([0.0, 100.0]), float("nan")

    classifier, regressor = _fit_pair(x_pol, y_pol, x_scale, ratings, groups, config)
    score_coef = a * regressor.coef_ + b * classifier.coef_[0]
    score_bias = a * regressor.intercept_ + b * classifier.intercept_[0] + intercept

    kept_terms = [corpus.terms[i] for i in keep]
    return OpinionModel(
        vocabulary={t: i for i, t in enumerate(kept_terms)}, idf=idf, polarity_coef=classifier.coef_[0],
        polarity_bias=float(classifier.intercept_[0]), score_coef=score_coef, score_bias=float(score_bias),
        calib_x=calib_x, calib_y=calib_y, sigma=sigma,
        opinion_terms=opinion_vocabulary(kept_terms, classifier.coef_[0], config),
        meta={"config": asdict(config), "stack": [float(a), float(b), intercept],
              "held_out_sigma": sigma, "polarity_reviews": len(y_pol), "scale_reviews": len(ratings)},
    )


def build_corpus(polarity: list[PolarityReview], scale: list[ScaleReview]) -> Corpus:
    """Tokenize both datasets once (`consensus.extract.sentiment.terms`) into count rows over one vocabulary."""
    vocabulary: dict[str, int] = {}
    polarity_counts = count_rows([terms(r.text) for r in polarity], vocabulary)
    scale_counts = count_rows([terms(r.text) for r in scale], vocabulary)
    width = len(vocabulary)
    polarity_counts.resize(polarity_counts.shape[0], width)
    scale_counts.resize(scale_counts.shape[0], width)
    return Corpus(
        terms=sorted(vocabulary, key=vocabulary.get),
        polarity_counts=polarity_counts, polarity_labels=np.array([int(r.positive) for r in polarity]),
        scale_counts=scale_counts, scale_ratings=np.array([r.rating for r in scale]),
        scale_groups=np.array([r.author for r in scale]),
    )


def shipped_corpus() -> tuple[Corpus, int, int]:
    """All of both sets; a scale review that is also in the polarity set is kept only there."""
    polarity, scale = load_polarity(), load_scale()
    duplicates = {j for _, j in find_overlaps(polarity, scale)}
    scale = [r for j, r in enumerate(scale) if j not in duplicates]
    return build_corpus(polarity, scale), len(polarity), len(scale)


def main() -> None:
    started = time.perf_counter()
    corpus, n_polarity, n_scale = shipped_corpus()
    print(f"polarity reviews: {n_polarity}; scale reviews: {n_scale} (reviews also in the polarity set removed)")
    model = fit_opinion(corpus)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    model.save(MODEL_PATH)
    print(f"stacking (ridge, logit, bias): {model.meta['stack']}; held-out score sigma: {model.sigma:.1f}")
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1e6:.1f} MB, {len(model.vocabulary)} terms) "
          f"in {time.perf_counter() - started:.0f} s; metrics: `.venv/bin/python -m eval.eval_opinion`")


if __name__ == "__main__":
    main()
