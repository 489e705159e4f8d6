"""Sentence splitting that survives reviews (provisional: to be replaced by the opinion work)."""

from __future__ import annotations

import re

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“'‘(A-Z0-9])|\n+")


def split_sentences(text: str) -> list[str]:
    """Split review text into sentences, one paragraph never running into the next."""
    return [s.strip() for s in _SPLIT.split(text) if s and s.strip()]
