"""Polarity and inferred 0-100 score of a whole review (provisional)."""

from __future__ import annotations

from dataclasses import dataclass, field

from consensus.models import Polarity


@dataclass(frozen=True)
class Opinion:
    score: int | None
    polarity: Polarity
    confidence: float | None = None
    warnings: list[str] = field(default_factory=list)


def polarity_of_score(score: int) -> Polarity:
    """CONTRACT.md: 61-100 positive, 40-60 mixed, 0-39 negative."""
    if score >= 61:
        return "positive"
    if score >= 40:
        return "mixed"
    return "negative"


def read_opinion(text: str, sentences: list[str]) -> Opinion:
    """Inferred score and polarity from the review text."""
    return Opinion(score=None, polarity="mixed")
