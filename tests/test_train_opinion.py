"""Training of the whole-review opinion model (`train/train_opinion.py`): how pull-quotes join the reviews.

Tiny invented corpora; held-out accuracy is measured by `python -m eval.eval_opinion`, not here.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from scipy import sparse

from train.train_opinion import Config, fit_nblr

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
