"""`analyze` and `aggregate` are deterministic: the same input gives the same output, byte for byte.

Python randomizes string hashing per process, so set and dict iteration
order can differ between runs; the pipeline must not depend on it. Two
processes with different hash seeds must print identical reviews and reports.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS

CORPORA = [REPO / "examples"] + ([SEEDS] if SEEDS.is_dir() else [])


def run_with_hash_seed(seed: str, *args: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-m", "consensus.cli", *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_reviews_and_reports_do_not_depend_on_hash_order(corpus: Path) -> None:
    for command in ("analyze", "report"):
        first = run_with_hash_seed("1", command, str(corpus), "--format", "json")
        second = run_with_hash_seed("2", command, str(corpus), "--format", "json")
        assert first == second, f"`consensus {command} {corpus.name}` differs between hash seeds"
