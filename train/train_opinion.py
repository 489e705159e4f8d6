"""Train the whole-review opinion model shipped as `consensus/resources/opinion_model.npz`.

Data (../shared/data, see its SOURCES.md; loaders in `train/datasets.py`):
- Pang & Lee polarity v2.0: 1,600 reviews, positive/negative -> the polarity direction;
- Pang & Lee scale v1.0: 3,279 reviews by three critics, rating 0-1 -> the score and its calibration
  (boilerplate and leaked ratings stripped by `clean_scale_text`). Its clearly negative (<= 0.4) and
  clearly positive (>= 0.7) reviews also train the polarity classifier.
- cs109 Rotten Tomatoes pull-quotes: 15,467 one-sentence verdicts labelled Fresh/Rotten -> extra examples
  of the polarity classifier, each of weight `Config.quote_weight` (0.3), chosen by nested 2-fold CV inside
  the training folds (opinion_model.md). They never set the vocabulary or the NB ratios.
Reviews present in both sets are kept once (in the polarity set) for the shipped model.

Model (`fit_opinion`): NB-LR (Wang & Manning 2012, NBSVM with a logistic loss) on binary word uni- and
bigrams (`consensus.extract.sentiment.terms`), of the whole review and, as a second view with terms of
their own, of its last three sentences (where critics put the verdict): each present term is worth its
naive-Bayes log-count ratio, each review's vector is scaled to unit length, and a logistic regression on
those features gives the polarity log-odds (the pull-quotes join this regression only; its C is chosen
among 10 / 30 / 100 by a 2-fold CV on the training reviews, `choose_polarity_c`). The 0-100 score is that
log-odds calibrated on critic-held-out predictions (each scale critic predicted by a model trained without
them), so calibration never sees in-sample predictions. Two calibrations compete (`choose_calibration`):
isotonic regression (the expected score given the log-odds) and a quantile map (the log-odds' percentiles
onto the scores' percentiles); the one whose bands transfer better from some training critics to another
ships. A ridge regressor on the ratings was dropped: it learns the training critics' personal scales and
transfers worse to an unseen critic.

The score target maps the dataset's 0-1 rating onto CONTRACT.md's bands (`target_score`): the dataset's
3 classes (<= 0.4, 0.41-0.69, >= 0.7) land exactly on negative 0-39, mixed 40-60, positive 61-100.

Run: `.venv/bin/python -m train.train_opinion` (deterministic, 2-3 minutes on one free core). `eval/eval_opinion.py`
calls `fit_opinion` per fold with the held-out part excluded.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, replace
from functools import cached_property

import numpy as np
from scipy import sparse
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

from consensus.extract.sentiment import MODEL_PATH, OpinionModel, terms
from train.datasets import (PolarityReview, ScaleReview, find_overlaps, load_cs109, load_polarity, load_scale,
                            polarity_fold)

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
    """Hyper-parameters; how they were chosen, and what else was tried, is in opinion_model.md."""

    min_df: int = 2
    max_features: int = 120_000
    polarity_c: float = 30.0        # inverse regularization of the logistic regression (tie-breaker of the choice)
    polarity_c_choices: tuple[float, ...] = (10.0, 30.0, 100.0)  # nested choice among these (`choose_polarity_c`)
    nb_alpha: float = 1.0           # additive smoothing of the naive-Bayes log-count ratio
    normalize: bool = True          # scale each review's NB-weighted vector to unit length
    scale_in_polarity: bool = True  # scale reviews <= 0.4 / >= 0.7 as extra polarity examples
    opinion_quantile: float = 50.0  # opinion words: lexicon words whose model weight is above this percentile
    quote_weight: float = 0.3       # sample weight of a cs109 pull-quote (Fresh/Rotten) among the polarity examples


@dataclass
class Corpus:
    """Both datasets as term-count rows over one vocabulary, so cross-validation tokenizes each review once.

    `fit_opinion` chooses its own vocabulary and NB ratios from the rows it is given (never from held-out rows).
    """

    terms: list[str]                # column -> term
    polarity_counts: sparse.csr_matrix
    polarity_labels: np.ndarray     # 1 positive, 0 negative
    scale_counts: sparse.csr_matrix
    scale_ratings: np.ndarray       # 0-1
    scale_groups: np.ndarray        # critic names
    quote_counts: sparse.csr_matrix  # cs109 Rotten Tomatoes pull-quotes (extra polarity examples)
    quote_labels: np.ndarray        # 1 Fresh, 0 Rotten
    polarity_folds: np.ndarray      # published cross-validation fold (0-9) of each polarity review
    polarity_ids: np.ndarray        # cvNNN_NNNNN id of each polarity review
    scale_twin_ids: np.ndarray      # id of the polarity review each scale review duplicates ("" for none)

    @cached_property
    def column(self) -> dict[str, int]:
        """term -> column."""
        return {t: i for i, t in enumerate(self.terms)}

    def subset(self, polarity_rows: np.ndarray, scale_rows: np.ndarray) -> "Corpus":
        return Corpus(self.terms, self.polarity_counts[polarity_rows], self.polarity_labels[polarity_rows],
                      self.scale_counts[scale_rows], self.scale_ratings[scale_rows], self.scale_groups[scale_rows],
                      self.quote_counts, self.quote_labels, self.polarity_folds[polarity_rows],
                      self.polarity_ids[polarity_rows], self.scale_twin_ids[scale_rows])

    def split_polarity(self, test: np.ndarray) -> tuple["Corpus", np.ndarray]:
        """(training corpus without the polarity rows `test` and without their scale twins, kept scale rows)."""
        held_ids = set(self.polarity_ids[test].tolist())
        scale_rows = np.flatnonzero([twin not in held_ids for twin in self.scale_twin_ids.tolist()])
        return self.subset(np.setdiff1d(np.arange(len(self.polarity_labels)), test), scale_rows), scale_rows


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


def binary(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """Term presence (1.0 where a term occurs at all): NB-LR reads which terms occur, not how often."""
    x = counts.copy()
    x.data = np.ones_like(x.data)
    return x


def choose_vocabulary(counts: sparse.csr_matrix, config: "Config") -> np.ndarray:
    """Columns kept: document frequency >= min_df, then the most frequent max_features (keeps the file small)."""
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    frequency = np.asarray(counts.sum(axis=0)).ravel()
    keep = np.flatnonzero(df >= config.min_df)
    if len(keep) > config.max_features:
        keep = np.sort(keep[np.argsort(-frequency[keep], kind="stable")[: config.max_features]])
    return keep


def nb_ratio(x: sparse.csr_matrix, y: np.ndarray, alpha: float) -> np.ndarray:
    """Naive-Bayes log-count ratio of each column: log of (smoothed share among positives / among negatives)."""
    p = alpha + np.asarray(x[y == 1].sum(axis=0)).ravel()
    q = alpha + np.asarray(x[y == 0].sum(axis=0)).ravel()
    return np.log(p / p.sum()) - np.log(q / q.sum())


def _polarity_examples(x_pol, y_pol, x_scale, ratings, config: Config):
    if not config.scale_in_polarity or x_scale.shape[0] == 0:
        return x_pol, y_pol
    clear = (ratings <= 0.4) | (ratings >= 0.7)
    return sparse.vstack([x_pol, x_scale[clear]]).tocsr(), np.r_[y_pol, (ratings[clear] >= 0.7).astype(int)]


def fit_nblr(x_pol, y_pol, x_scale, ratings, config: Config, x_quotes=None,
             y_quotes=None) -> tuple[np.ndarray, np.ndarray, float]:
    """(NB ratio, logistic weights, bias) of an NB-LR polarity model on binary rows.

    The NB ratios come from whole reviews only; pull-quotes (`x_quotes`, Fresh = 1) join the logistic
    regression as extra examples of weight `config.quote_weight`: 15,000 short verdicts by hundreds of
    critics teach it opinion words the 2,600 long reviews see too rarely.
    """
    x, y = _polarity_examples(x_pol, y_pol, x_scale, ratings, config)
    ratio = nb_ratio(x, y, config.nb_alpha)
    features, weights = nb_features(x, ratio, config.normalize), np.ones(len(y))
    if x_quotes is not None and config.quote_weight > 0 and x_quotes.shape[0]:
        features = sparse.vstack([features, nb_features(x_quotes, ratio, config.normalize)]).tocsr()
        y = np.r_[y, y_quotes]
        weights = np.r_[weights, np.full(x_quotes.shape[0], config.quote_weight)]
    classifier = LogisticRegression(C=config.polarity_c, solver="liblinear", max_iter=1000)
    classifier.fit(features, y, sample_weight=weights)
    return ratio, classifier.coef_[0], float(classifier.intercept_[0])


def nb_features(x: sparse.csr_matrix, ratio: np.ndarray, normalize: bool) -> sparse.csr_matrix:
    """Binary rows scaled by the NB ratio (and to unit length): the arithmetic of `OpinionModel.vector`."""
    x = sparse.csr_matrix(x @ sparse.diags(ratio))
    if normalize:
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        x = sparse.csr_matrix(sparse.diags(1.0 / norms) @ x)
    return x


def nblr_logits(x: sparse.csr_matrix, ratio: np.ndarray, coef: np.ndarray, bias: float,
                normalize: bool) -> np.ndarray:
    """Log-odds of binary rows: the same arithmetic as `OpinionModel.vector` + `polarity_logit` at inference."""
    return nb_features(x, ratio, normalize) @ coef + bias


def _inner_folds(groups: np.ndarray) -> list[np.ndarray]:
    """Held-out index sets for calibration: one per critic, or 5 deterministic folds when there is one critic."""
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


def isotonic_knots(logits: np.ndarray, target: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Knots of E[score | log-odds]: isotonic regression, one knot per flat step (`plateau_centres`)."""
    isotonic = IsotonicRegression(y_min=0.0, y_max=100.0, out_of_bounds="clip").fit(logits, target)
    return plateau_centres(isotonic.X_thresholds_, isotonic.y_thresholds_)


def quantile_knots(logits: np.ndarray, target: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Knots that map each percentile of the log-odds to the same percentile of the score (distribution matching).

    The conditional mean (isotonic) pulls uncertain reviews toward the middle, so its scores crowd the mixed
    band; this map keeps the spread of the critics' own scores, at some cost in absolute error.
    """
    percentiles = np.linspace(0.0, 100.0, 101)
    return np.percentile(logits, percentiles), np.percentile(target, percentiles)


CALIBRATIONS = {"isotonic": isotonic_knots, "quantile": quantile_knots}


def _band(scores: np.ndarray) -> np.ndarray:
    """CONTRACT.md's band of each score: 0 negative, 1 mixed, 2 positive (as `polarity_of_score` of the rounded score)."""
    rounded = np.round(scores)
    return (rounded >= 40).astype(int) + (rounded >= 61).astype(int)


def choose_calibration(held_out: np.ndarray, target: np.ndarray,
                       folds: list[np.ndarray]) -> tuple[str, dict[str, int]]:
    """The calibration (`CALIBRATIONS`) whose bands transfer best to a critic it was not fitted on.

    For each held-out group in `folds` (a critic), each candidate is fitted on the other groups' held-out
    log-odds and scored by how many of this group's reviews land in their true band; the most hits wins
    (ties: isotonic). This is the nested choice of opinion_model.md: only training critics take part.
    """
    hits = {}
    for name, knots in CALIBRATIONS.items():
        hits[name] = 0
        for test in folds:
            rest = np.setdiff1d(np.arange(len(target)), test)
            calib_x, calib_y = knots(held_out[rest], target[rest])
            hits[name] += int((_band(np.interp(held_out[test], calib_x, calib_y)) == _band(target[test])).sum())
    return max(hits, key=lambda name: (hits[name], name == "isotonic")), hits


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


def _nblr_on(corpus: Corpus, config: Config) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, float]]:
    """(vocabulary columns, NB-LR weights) fitted on all of `corpus`: the polarity model of `fit_opinion`."""
    keep = choose_vocabulary(sparse.vstack([corpus.polarity_counts, corpus.scale_counts]).tocsr(), config)
    weights = fit_nblr(binary(corpus.polarity_counts[:, keep]), corpus.polarity_labels,
                       binary(corpus.scale_counts[:, keep]), corpus.scale_ratings, config,
                       binary(corpus.quote_counts[:, keep]), corpus.quote_labels)
    return keep, weights


def choose_polarity_c(corpus: Corpus, config: Config) -> tuple[float, dict[float, int]]:
    """The logistic C (`config.polarity_c_choices`) with the most right answers in a 2-fold CV on `corpus` alone.

    The polarity reviews are split by the parity of their published fold; each half is predicted by the whole
    fitting recipe trained on the other half (plus every scale review that is not a twin of a predicted review,
    and the pull-quotes). Ties keep `config.polarity_c`. Only training data takes part (opinion_model.md).
    """
    hits = dict.fromkeys(config.polarity_c_choices, 0)
    for half in (0, 1):
        test = np.flatnonzero(corpus.polarity_folds % 2 == half)
        train, _ = corpus.split_polarity(test)
        x_test = corpus.polarity_counts[test]
        for c in config.polarity_c_choices:
            keep, weights = _nblr_on(train, replace(config, polarity_c=c))
            logits = nblr_logits(binary(x_test[:, keep]), *weights, config.normalize)
            hits[c] += int(((logits > 0) == corpus.polarity_labels[test]).sum())
    return max(hits, key=lambda c: (hits[c], c == config.polarity_c)), hits


def fit_opinion(corpus: Corpus, config: Config = Config(), calibrate: bool = True) -> OpinionModel:
    """Fit the whole model on `corpus` (nothing else is seen): C, vocabulary, NB-LR, critic-held-out calibration.

    `calibrate=False` skips the calibration (the score is then meaningless); the polarity model is the same
    either way, so polarity-only evaluations use it to save time. With more than one `polarity_c_choices`,
    C is chosen first by `choose_polarity_c` on this corpus.
    """
    c_hits: dict[float, int] = {}
    if len(config.polarity_c_choices) > 1:
        chosen_c, c_hits = choose_polarity_c(corpus, config)
        config = replace(config, polarity_c=chosen_c)
    all_counts = sparse.vstack([corpus.polarity_counts, corpus.scale_counts]).tocsr()
    keep = choose_vocabulary(all_counts, config)
    x_pol = binary(corpus.polarity_counts[:, keep])
    x_scale = binary(corpus.scale_counts[:, keep])
    quotes = (binary(corpus.quote_counts[:, keep]), corpus.quote_labels)
    y_pol, ratings, groups = corpus.polarity_labels, corpus.scale_ratings, corpus.scale_groups
    target = target_score(ratings)

    # Held-out (critic-out) log-odds on the scale set, for the calibration.
    held_out = np.zeros(len(ratings))
    for test in _inner_folds(groups) if calibrate else []:
        train = np.setdiff1d(np.arange(len(ratings)), test)
        weights = fit_nblr(x_pol, y_pol, x_scale[train], ratings[train], config, *quotes)
        held_out[test] = nblr_logits(x_scale[test], *weights, config.normalize)
    calibration, transfer = "none", {}
    if calibrate:
        calibration, transfer = choose_calibration(held_out, target, _inner_folds(groups))
        calib_x, calib_y = CALIBRATIONS[calibration](held_out, target)
        sigma = float(np.std(np.interp(held_out, calib_x, calib_y) - target))
    else:
        calib_x, calib_y, sigma = np.array([-1.0, 1.0]), np.array([0.0, 100.0]), float("nan")

    ratio, coef, bias = fit_nblr(x_pol, y_pol, x_scale, ratings, config, *quotes)
    kept_terms = [corpus.terms[i] for i in keep]
    return OpinionModel(
        vocabulary={t: i for i, t in enumerate(kept_terms)}, nb_ratio=ratio, polarity_coef=coef,
        polarity_bias=bias, calib_x=calib_x, calib_y=calib_y, sigma=sigma, normalize=config.normalize,
        opinion_terms=opinion_vocabulary(kept_terms, ratio * coef, config),
        meta={"config": asdict(config), "held_out_sigma": sigma, "calibration": calibration,
              "calibration_transfer_hits": transfer, "polarity_c_hits": {str(c): n for c, n in c_hits.items()},
              "polarity_reviews": len(y_pol), "scale_reviews": len(ratings),
              "quotes": int(corpus.quote_counts.shape[0])},
    )


def build_corpus(polarity: list[PolarityReview], scale: list[ScaleReview],
                 quotes: list[tuple[str, bool]] | None = None,
                 overlaps: list[tuple[int, int]] | None = None) -> Corpus:
    """Tokenize the datasets once (`consensus.extract.sentiment.terms`) into count rows over one vocabulary.

    `quotes` (text, Fresh) are the cs109 pull-quotes by default (`load_quotes`); the vocabulary is chosen
    from whole reviews only (`fit_opinion`), so a term seen only in quotes is never kept.
    """
    quotes = load_quotes() if quotes is None else quotes
    overlaps = find_overlaps(polarity, scale) if overlaps is None else overlaps
    twin_ids = [""] * len(scale)
    for i, j in overlaps:
        twin_ids[j] = polarity[i].id
    vocabulary: dict[str, int] = {}
    polarity_counts = count_rows([terms(r.text) for r in polarity], vocabulary)
    scale_counts = count_rows([terms(r.text) for r in scale], vocabulary)
    quote_counts = count_rows([terms(text) for text, _ in quotes], vocabulary)
    width = len(vocabulary)
    for counts in (polarity_counts, scale_counts, quote_counts):
        counts.resize(counts.shape[0], width)
    return Corpus(
        terms=sorted(vocabulary, key=vocabulary.get),
        polarity_counts=polarity_counts, polarity_labels=np.array([int(r.positive) for r in polarity]),
        scale_counts=scale_counts, scale_ratings=np.array([r.rating for r in scale]),
        scale_groups=np.array([r.author for r in scale]),
        quote_counts=quote_counts, quote_labels=np.array([int(fresh) for _, fresh in quotes], dtype=int),
        polarity_folds=np.array([polarity_fold(r) for r in polarity], dtype=int),
        polarity_ids=np.array([r.id for r in polarity]), scale_twin_ids=np.array(twin_ids),
    )


def load_quotes() -> list[tuple[str, bool]]:
    """The cs109 Rotten Tomatoes pull-quotes with a Fresh/Rotten verdict: (text, fresh), in file order.

    No Pang & Lee review is among them, and the Rotten Tomatoes evaluation (`eval/eval_rt.py`) does not
    use this model, so they are extra training data for both Pang & Lee evaluations.
    """
    rows = load_cs109()
    return [(r["quote"], r["fresh"] == "fresh") for r in rows if r["quote"].strip() and r["fresh"] in ("fresh", "rotten")]


def shipped_corpus() -> tuple[Corpus, int, int]:
    """All of both sets; a scale review that is also in the polarity set is kept only there."""
    polarity, scale = load_polarity(), load_scale()
    duplicates = {j for _, j in find_overlaps(polarity, scale)}
    scale = [r for j, r in enumerate(scale) if j not in duplicates]
    return build_corpus(polarity, scale, overlaps=[]), len(polarity), len(scale)


def main() -> None:
    started = time.perf_counter()
    corpus, n_polarity, n_scale = shipped_corpus()
    print(f"polarity reviews: {n_polarity}; scale reviews: {n_scale} (reviews also in the polarity set removed)")
    model = fit_opinion(corpus)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    model.save(MODEL_PATH)
    print(f"C {model.meta['config']['polarity_c']:g} (inner 2-fold right answers: {model.meta['polarity_c_hits']}); "
          f"calibration {model.meta['calibration']} (band hits: {model.meta['calibration_transfer_hits']})")
    print(f"held-out score sigma: {model.sigma:.1f}")
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1e6:.1f} MB, {len(model.vocabulary)} terms) "
          f"in {time.perf_counter() - started:.0f} s; metrics: `.venv/bin/python -m eval.eval_opinion`")


if __name__ == "__main__":
    main()
