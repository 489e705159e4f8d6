"""The numbers on a film page: Metascore-style weighted score, band, % positive, distribution."""

from __future__ import annotations

from consensus.extract.rating_parse import round_half_up
from consensus.models import BandCount, Review

# A review scored from the critic's own rating counts fully; a score the model
# inferred from the text counts half, because it is an estimate (MAE ~10 points).
RATED_WEIGHT = 1.0
INFERRED_WEIGHT = 0.5
# Metacritic shows a score from 4 reviews up; below that ours is marked provisional.
MIN_REVIEWS_FOR_FINAL = 4

BANDS: tuple[tuple[int, str], ...] = (
    (81, "universal acclaim"),
    (61, "generally favorable"),
    (40, "mixed or average"),
    (20, "generally unfavorable"),
    (0, "overwhelming dislike"),
)


def band_of(score: int | None) -> str | None:
    """Metacritic's film band for a 0-100 score."""
    if score is None:
        return None
    for floor, name in BANDS:
        if score >= floor:
            return name
    return BANDS[-1][1]


def metascore(reviews: list[Review]) -> int | None:
    """Weighted mean of review scores, rated at full weight and inferred at half; None without scores."""
    total = weight = 0.0
    for review in reviews:
        if review.score is None:
            continue
        w = RATED_WEIGHT if review.score_source == "rating" else INFERRED_WEIGHT
        total += w * review.score
        weight += w
    if weight == 0:
        return None
    return round_half_up(total / weight)


def percent_positive(reviews: list[Review]) -> int | None:
    if not reviews:
        return None
    positive = sum(1 for r in reviews if r.polarity == "positive")
    return round_half_up(100 * positive / len(reviews))


def score_distribution(reviews: list[Review]) -> list[BandCount]:
    """How many reviews fall in each band, highest band first (for the page's chart)."""
    counts = {name: 0 for _, name in BANDS}
    for review in reviews:
        name = band_of(review.score)
        if name is not None:
            counts[name] += 1
    return [BandCount(band=name, count=counts[name]) for _, name in BANDS]
