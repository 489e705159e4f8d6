"""Shared fixtures: where the seeds and the public datasets are, skipping with a reason when absent.

../shared (beside the repository) holds real critic reviews and public
datasets. A user's clone has none: tests that need it skip and say why, and
the rest of the suite runs on fixtures kept in tests/fixtures.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CONSENSUS_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed reviews are not here ({SEEDS} is absent: it sits beside the repository in the team's workspace)")
    return SEEDS


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.is_dir():
        pytest.skip(f"the public datasets are not here ({DATA} is absent: it sits beside the repository in the team's workspace)")
    return DATA


def seed(seeds: Path, prefix: str) -> Path:
    """The seed file whose name starts with `prefix` (e.g. '002')."""
    matches = sorted(seeds.glob(f"{prefix}*"))
    assert matches, f"no seed starting with {prefix} in {seeds}"
    return matches[0]
