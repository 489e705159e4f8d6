"""CONTRACT.md's polarity bands (`consensus.extract.bands`): 61-100 positive, 40-60 mixed, 0-39 negative."""

from __future__ import annotations

import numpy as np
import pytest

from consensus.extract.bands import POLARITIES, band_probabilities, move_into_band, polarity_of_score


@pytest.mark.parametrize("score", range(0, 101))
def test_every_whole_score_has_the_polarity_of_its_band(score: int) -> None:
    expected = "negative" if score <= 39 else "mixed" if score <= 60 else "positive"
    assert polarity_of_score(score) == expected


@pytest.mark.parametrize("sigma", [5.0, 11.6, 15.0])
@pytest.mark.parametrize("score", [0.0, 20.0, 39.5, 50.0, 61.0, 85.0, 100.0])
def test_band_probabilities_are_a_distribution(score: float, sigma: float) -> None:
    p = band_probabilities(score, sigma)
    assert p.shape == (3,) and p.sum() == pytest.approx(1.0) and (p >= 0).all()


def test_the_most_likely_band_is_the_scores_own_in_its_middle_but_not_at_a_narrow_bands_edge() -> None:
    assert POLARITIES[int(np.argmax(band_probabilities(20.0, 15.0)))] == "negative"
    assert POLARITIES[int(np.argmax(band_probabilities(50.0, 15.0)))] == "mixed"
    assert POLARITIES[int(np.argmax(band_probabilities(85.0, 15.0)))] == "positive"
    # mixed is 21 points wide: a score of 40 read with a spread of 15 more likely belongs below it
    assert POLARITIES[int(np.argmax(band_probabilities(40.0, 15.0)))] == "negative"
    assert POLARITIES[int(np.argmax(band_probabilities(40.0, 3.0)))] == "mixed"


@pytest.mark.parametrize(("score", "polarity", "moved"), [
    (75.4, "positive", 75), (75.4, "mixed", 60), (75.4, "negative", 39),
    (12.0, "mixed", 40), (12.0, "positive", 61), (39.6, "negative", 39), (39.6, "mixed", 40), (60.4, "mixed", 60),
])
def test_a_score_moves_to_the_nearest_whole_score_inside_the_band(score: float, polarity: str, moved: int) -> None:
    assert move_into_band(score, polarity) == moved
    assert polarity_of_score(moved) == polarity
