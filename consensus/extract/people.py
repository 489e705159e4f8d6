"""People named by a review and their roles (provisional)."""

from __future__ import annotations

from consensus.models import Document, Film, Person


def find_people(document: Document, film: Film) -> list[Person]:
    return []
