"""The critic's own rating of the reviewed film (provisional)."""

from __future__ import annotations

from dataclasses import dataclass, field

from consensus.models import Document, Film, Rating


@dataclass(frozen=True)
class RatingResult:
    rating: Rating | None = None
    warnings: list[str] = field(default_factory=list)


def find_rating(document: Document, film: Film) -> RatingResult:
    """The critic's verdict as written, normalized to 0-100, with the line it came from."""
    return RatingResult()
