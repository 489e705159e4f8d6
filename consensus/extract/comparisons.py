"""Films the critic compares this one to (provisional)."""

from __future__ import annotations

from consensus.models import Document, Film


def find_compared_films(document: Document, film: Film) -> list[str]:
    return []
