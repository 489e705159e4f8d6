"""The pull quote: the one sentence that states the review's verdict (provisional)."""

from __future__ import annotations

from consensus.models import Polarity


def pick_pull_quote(sentences: list[str], polarity: Polarity) -> str | None:
    return None
