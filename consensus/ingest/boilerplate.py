"""Remove site boilerplate from review text (provisional)."""

from __future__ import annotations


def strip_boilerplate(text: str) -> str:
    """Drop menus, share buttons, comment prompts, bios and related-post lists; keep the review."""
    return text.strip()
