"""Aspect sentiment: what the critic says about the acting, the action, the music... (provisional)."""

from __future__ import annotations

from consensus.models import Aspect


def find_aspects(sentences: list[str]) -> list[Aspect]:
    """Every opinion sentence about an aspect of the film, with its sentiment."""
    return []
