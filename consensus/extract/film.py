"""Which film a review is about: title and year (provisional)."""

from __future__ import annotations

from consensus.models import Document, Film


def find_film(document: Document) -> Film:
    """Title and year from headlines, metadata lines and schema.org markup."""
    return Film()
