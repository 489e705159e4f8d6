"""Training of the whole-review opinion model (`train/train_opinion.py`): how pull-quotes join the reviews.

Tiny invented corpora; held-out accuracy is measured by `python -m eval.eval_opinion`, not here.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from scipy import sparse

from train.train_opinion import Config, choose_calibration, fit_nblr, quantile_knots

# Columns: 0 "superb", 1 "dreadful", 2 "lush" (a little more common in good reviews), 3 "plot".
REVIEWS = sparse.csr_matrix(np.array([
    [1, 0, 1, 1], [1, 0, 0, 1], [1, 0, 1, 0],   # positive
    [0, 1, 1, 1], [0, 1, 0, 1], [0, 1, 0, 0],   # negative
], dtype=float))
LABELS = np.array([1, 1, 1, 0, 0, 0])
NO_SCALE = sparse.csr_matrix((0, 4))
# Pull-quotes that say "lush" only when Fresh.
QUOTES = sparse.csr_matrix(np.array([[0, 0, 1, 0]] * 6 + [[0, 0, 0, 1]] * 6, dtype=float))
QUOTE_LABELS = np.array([1] * 6 + [0] * 6)


def lush_weight(config: Config, with_quotes: bool) -> float:
    quotes = (QUOTES, QUOTE_LABELS) if with_quotes else (None, None)
    ratio, coef, _ = fit_nblr(REVIEWS, LABELS, NO_SCALE, np.zeros(0), config, *quotes)
    return float(ratio[2] * coef[2])


def test_pull_quotes_teach_the_classifier_what_the_reviews_leave_ambiguous() -> None:
    config = replace(Config(), polarity_c=1.0, nb_alpha=1.0)
    assert lush_weight(config, with_quotes=True) > lush_weight(config, with_quotes=False)


def test_quotes_of_weight_zero_change_nothing() -> None:
    config = replace(Config(), quote_weight=0.0)
    assert lush_weight(config, with_quotes=True) == lush_weight(config, with_quotes=False)


# --------------------------------------------------------------------------- calibration of the score


def _critics_with_noisy_log_odds(seed: int = 0) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """Two invented critics whose scores are mostly clear-cut (0-30 or 70-100) and whose log-odds are noisy."""
    rng = np.random.default_rng(seed)
    target = np.r_[rng.uniform(0, 30, 300), rng.uniform(40, 60, 100), rng.uniform(70, 100, 300)]
    logits = (target - 50) / 10 + rng.normal(0, 4.0, len(target))
    order = rng.permutation(len(target))
    return logits, target, [np.sort(order[:350]), np.sort(order[350:])]


def test_the_quantile_map_gives_held_out_scores_the_spread_of_the_true_scores() -> None:
    logits, target, _ = _critics_with_noisy_log_odds()
    calib_x, calib_y = quantile_knots(logits, target)
    scores = np.interp(logits, calib_x, calib_y)
    assert np.all(np.diff(calib_x) >= 0) and np.all(np.diff(calib_y) >= 0)
    assert abs(np.percentile(scores, 10) - np.percentile(target, 10)) < 1.0
    assert abs(np.percentile(scores, 90) - np.percentile(target, 90)) < 1.0


def test_noisy_log_odds_of_clear_cut_critics_choose_the_quantile_map() -> None:
    # Isotonic regression returns the expected score, which pulls noisy clear-cut reviews into the mixed band.
    logits, target, folds = _critics_with_noisy_log_odds()
    chosen, hits = choose_calibration(logits, target, folds)
    assert chosen == "quantile"
    assert hits["quantile"] > hits["isotonic"]


def test_log_odds_that_rank_scores_perfectly_keep_the_isotonic_calibration() -> None:
    # Both maps put every review in its band; a tie keeps the isotonic calibration.
    target = np.linspace(0, 100, 400)
    folds = [np.arange(0, 400, 2), np.arange(1, 400, 2)]
    chosen, hits = choose_calibration(target / 10 - 5, target, folds)
    assert chosen == "isotonic"
    assert hits["isotonic"] == hits["quantile"]
