"""Content warnings a viewer would want (provisional)."""

from __future__ import annotations

from consensus.models import ContentWarning, Document


def find_content_warnings(document: Document, sentences: list[str]) -> list[ContentWarning]:
    return []
