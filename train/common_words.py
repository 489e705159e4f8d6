"""Rebuild consensus/resources/common_words.txt: English words that are usually written lower-case.

    .venv/bin/python -m train.common_words

Why: deciding whether a bare line such as "Final Thoughts" or "Jeff Light" is a
person's name needs to know which capitalised tokens are ordinary words. A word
counts as common when it occurs written in lower case at least MIN_LOWER times
in the Pang & Lee scale reviews (case preserved, 3,279 reviews by three
critics). Names are almost never written in lower case, so they stay out;
"light" or "thoughts" get in. Only the word list ships, no review text.
Deterministic: counts are exact and the list is sorted.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("CONSENSUS_SHARED", REPO.parent / "shared")) / "data"
OUT = REPO / "consensus" / "resources" / "common_words.txt"
MIN_LOWER = 3
TOKEN = re.compile(r"[A-Za-z]+")


def main() -> None:
    lower: Counter[str] = Counter()
    with gzip.open(DATA / "pang_lee_scale.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            for token in TOKEN.findall(json.loads(line)["text"]):
                if token.islower() and len(token) > 1:
                    lower[token] += 1
    words = sorted(w for w, n in lower.items() if n >= MIN_LOWER)
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} common words (lower-case at least {MIN_LOWER} times) -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
