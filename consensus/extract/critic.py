"""Who wrote the review and where it was published (provisional)."""

from __future__ import annotations

from dataclasses import dataclass

from consensus.models import Document


@dataclass(frozen=True)
class Byline:
    critic: str | None = None
    critic_evidence: str | None = None
    outlet: str | None = None
    outlet_evidence: str | None = None


def find_byline(document: Document) -> Byline:
    """The critic and outlet as stated by the page; None when not stated, never a guess."""
    return Byline()
