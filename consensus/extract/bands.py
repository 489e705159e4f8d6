"""CONTRACT.md's polarity bands of the 0-100 score, in one place: 61-100 positive, 40-60 mixed, 0-39 negative.

Both whole-review readers use them: `sentiment` (an inferred score's polarity, and how sure it is) and
`verdict` (the joined polarity of an unrated review, and its score moved into that polarity's band).
"""

from __future__ import annotations

import math

import numpy as np

from consensus.models import Polarity

POLARITIES: tuple[Polarity, ...] = ("negative", "mixed", "positive")  # in score order
BAND_EDGES: dict[Polarity, tuple[int, int]] = {"negative": (0, 39), "mixed": (40, 60), "positive": (61, 100)}
# The same bands for a score that is not rounded yet: each band ends half a point past its last whole score.
_CUTS = (-math.inf, *(BAND_EDGES[p][1] + 0.5 for p in POLARITIES[:-1]), math.inf)


def polarity_of_score(score: int) -> Polarity:
    """CONTRACT.md: 61-100 positive, 40-60 mixed, 0-39 negative."""
    if score >= BAND_EDGES["positive"][0]:
        return "positive"
    if score >= BAND_EDGES["mixed"][0]:
        return "mixed"
    return "negative"


def normal_cdf(z: float) -> float:
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


def band_probabilities(score: float, sigma: float) -> np.ndarray:
    """P(the true score lies in each band of POLARITIES), for a score read with a normal error of `sigma`.

    The mixed band is 21 points wide: with a wide `sigma` a score just inside it (40 or 60) is still more
    likely to belong to its neighbour, and mixed wins only nearer the middle.
    """
    return np.array([normal_cdf((high - score) / sigma) - normal_cdf((low - score) / sigma)
                     for low, high in zip(_CUTS, _CUTS[1:])])


def band_probability(score: float, sigma: float) -> float:
    """Probability that the true score lies in the same polarity band as `score`, given a normal error of `sigma`."""
    return float(band_probabilities(score, sigma)[POLARITIES.index(polarity_of_score(round(score)))])


def move_into_band(score: float, polarity: Polarity) -> int:
    """The whole score nearest to `score` inside `polarity`'s band (the score itself when it is inside)."""
    low, high = BAND_EDGES[polarity]
    return int(min(max(round(score), low), high))
