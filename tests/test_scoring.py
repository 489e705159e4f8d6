"""The numbers on a film page follow Metacritic's conventions (CONTRACT.md)."""

from __future__ import annotations

import pytest

from consensus.aggregate import scoring
from consensus.models import Film, Review


def review(score: int | None, source: str = "r.txt", rated: bool = True, polarity: str = "positive") -> Review:
    return Review(
        source=source, sha256=source, film=Film(title="Quarry Road", year=2024), score=score,
        score_source=None if score is None else ("rating" if rated else "inferred"), polarity=polarity,
    )


@pytest.mark.parametrize(
    ("score", "band"),
    [(100, "universal acclaim"), (81, "universal acclaim"), (80, "generally favorable"), (61, "generally favorable"),
     (60, "mixed or average"), (40, "mixed or average"), (39, "generally unfavorable"), (20, "generally unfavorable"),
     (19, "overwhelming dislike"), (0, "overwhelming dislike"), (None, None)],
)
def test_bands_are_metacritics_film_bands(score: int | None, band: str | None) -> None:
    assert scoring.band_of(score) == band


def test_metascore_weights_inferred_scores_at_half() -> None:
    reviews = [review(80, "a"), review(40, "b", rated=False)]
    assert scoring.metascore(reviews) == round((80 * 1.0 + 40 * 0.5) / 1.5)


def test_metascore_of_rated_reviews_is_their_mean_rounded_half_up() -> None:
    assert scoring.metascore([review(70, "a"), review(75, "b")]) == 73  # 72.5 rounds up, not to even


def test_metascore_ignores_reviews_without_a_score_and_is_none_without_any() -> None:
    assert scoring.metascore([review(None, "a"), review(90, "b")]) == 90
    assert scoring.metascore([review(None, "a")]) is None
    assert scoring.metascore([]) is None


def test_percent_positive_is_share_of_positive_reviews() -> None:
    reviews = [review(80, "a"), review(50, "b", polarity="mixed"), review(20, "c", polarity="negative")]
    assert scoring.percent_positive(reviews) == 33
    assert scoring.percent_positive([]) is None


def test_score_distribution_counts_every_band_highest_first() -> None:
    dist = scoring.score_distribution([review(90, "a"), review(85, "b"), review(50, "c"), review(None, "d")])
    assert [(b.band, b.count) for b in dist] == [
        ("universal acclaim", 2), ("generally favorable", 0), ("mixed or average", 1),
        ("generally unfavorable", 0), ("overwhelming dislike", 0),
    ]
