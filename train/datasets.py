"""Loaders for the public datasets in ../shared/data (see its SOURCES.md), shared by train/ and eval/.

Every loader reads the gzip file as published and returns plain typed records;
nothing here is copied into the repository. The data folder is
`$CONSENSUS_SHARED/data`, by default `../shared/data` beside the repository.

- `load_polarity()`: Pang & Lee polarity v2.0, 1,600 whole reviews, pos/neg, fold ids cv000-cv799.
- `load_scale()`: Pang & Lee scale v1.0, 3,279 whole reviews by three critics with a 0-1 rating;
  `clean=True` (default) strips the site boilerplate and the rating stubs that slipped through.
- `load_rt_reviews()`, `load_rt_movies()`, `load_cs109()`: the Rotten Tomatoes CSV files as dict rows.
- `find_overlaps()`: reviews present in both Pang & Lee sets (the same critics posted to the same
  newsgroup), so an evaluation can keep a held-out review out of training in either form.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("CONSENSUS_SHARED", REPO.parent / "shared")) / "data"


@dataclass(frozen=True)
class PolarityReview:
    """One Pang & Lee polarity v2 review: `fold` is the NNN of its cvNNN id (the published 10-fold split is fold // 80)."""

    id: str
    fold: int
    positive: bool
    text: str


@dataclass(frozen=True)
class ScaleReview:
    """One Pang & Lee scale review: `rating` is the critic's rating normalized to 0-1 by the dataset authors."""

    review_id: str
    author: str
    rating: float
    label_3class: int
    label_4class: int
    text: str


def _path(name: str, data_dir: Path | None) -> Path:
    path = (data_dir or DATA_DIR) / name
    if not path.is_file():
        raise FileNotFoundError(f"{path}: dataset file not found (set CONSENSUS_SHARED to the folder holding data/)")
    return path


def _jsonl(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _csv(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_polarity(data_dir: Path | None = None) -> list[PolarityReview]:
    """Pang & Lee polarity v2.0 (lower-cased, tokenized, one sentence per line), in file order."""
    return [
        PolarityReview(id=r["id"], fold=int(r["id"][2:5]), positive=r["label"] == "pos", text=r["text"])
        for r in _jsonl(_path("pang_lee_polarity.jsonl.gz", data_dir))
    ]


def polarity_fold(review: PolarityReview, folds: int = 10) -> int:
    """The published cross-validation fold of a polarity review: cv000-cv079 fold 0, ..., cv720-cv799 fold 9."""
    return review.fold * folds // 800


def load_scale(data_dir: Path | None = None, clean: bool = True) -> list[ScaleReview]:
    """Pang & Lee scale v1.0 whole reviews; `clean` strips boilerplate and leaked ratings (see `clean_scale_text`)."""
    return [
        ScaleReview(
            review_id=str(r["review_id"]), author=r["author"], rating=float(r["rating_norm"]),
            label_3class=int(r["label_3class"]), label_4class=int(r["label_4class"]),
            text=clean_scale_text(r["text"]) if clean else r["text"],
        )
        for r in _jsonl(_path("pang_lee_scale.jsonl.gz", data_dir))
    ]


def load_rt_reviews(data_dir: Path | None = None) -> list[dict[str, str]]:
    """rt_critic_reviews.csv.gz rows (rotten_tomatoes_link, critic_name, review_type, review_score, review_content, ...)."""
    return _csv(_path("rt_critic_reviews.csv.gz", data_dir))


def load_rt_movies(data_dir: Path | None = None) -> list[dict[str, str]]:
    """rt_movies.csv.gz rows (rotten_tomatoes_link, movie_title, tomatometer_rating, critics_consensus, ...)."""
    return _csv(_path("rt_movies.csv.gz", data_dir))


def load_cs109(data_dir: Path | None = None) -> list[dict[str, str]]:
    """cs109_critics.csv.gz rows (critic, fresh, quote, rtid, title, ...); `quote` is often empty."""
    return _csv(_path("cs109_critics.csv.gz", data_dir))


# --------------------------------------------------------------------------- cleaning the scale set

# Lines that belong to the site, not the review: credits, dates, copyright, mail headers, signatures.
_BOILERPLATE_LINE = re.compile(
    r"copyright|\u00a9|=A9|all rights reserved|reviewed on\b|review(?:ed)? written on|opinions expressed are mine"
    r"|x-ramr|x-rt-|x-language|reviewed by\b|^\s*--\s*\w|ozus' world|^\s*_{5,}",
    re.IGNORECASE,
)
_CREDIT_FIELD = re.compile(
    r"\b(?:director|directors|cast|starring|producers?|screenplay|screenwriters?|cinematograph(?:y|er)|music|editor"
    r"|running length|runtime|mpaa classification|release date|u\.s\. availability|u\.s\. distributor"
    r"|aspect ratio|released by)\s*:",
    re.IGNORECASE,
)
# Rating legends ("**** = A must see film.") run to the end of their line.
_LEGEND = re.compile(r"(?:\*+|\b0)\s*=\s*[A-Z].*$", re.MULTILINE)
# Rating stubs left in the text: star runs with halves, "RATING (0 ...", "on the ... scale of 0".
_STARS = re.compile(r"\*{1,5}(?:\s*(?:1/2|\u00bd))?(?=[\s.,;:)!?]|$)|(?<=\s)(?:1/2|\u00bd)\s*\*")
_RATING_STUB = re.compile(
    r"\brating\s*(?::|\().*$|\bon (?:the|a|my) [\w' -]{0,30}scale of \d.*$|\balternative scale\b.*$",
    re.IGNORECASE | re.MULTILINE,
)
_FLAGGED_WORD = re.compile(r"\*(\w+)\*")  # *convincing* emphasis: keep the word


def clean_scale_text(text: str) -> str:
    """The review as a reader would see it: credit blocks, copyright lines, rating legends and leaked ratings removed.

    The dataset authors removed the critic's rating, but legends (`**** = A must see film`), stubs
    (`RATING (0`, `On the ... scale of 0 .`) and ratings in the prose (`I give it ** 1/2`) remain; a
    model trained with them would learn the leaked rating, not the language.
    """
    kept = []
    for line in text.splitlines():
        if _BOILERPLATE_LINE.search(line) or len(_CREDIT_FIELD.findall(line)) >= 2:
            continue
        line = _LEGEND.sub("", line)
        line = _RATING_STUB.sub("", line)
        line = _FLAGGED_WORD.sub(r"\1", line)
        line = _STARS.sub(" ", line)
        if line.strip():
            kept.append(line)
    return "\n".join(kept)


# --------------------------------------------------------------------------- overlap between the two sets


def _shingles(text: str, n: int = 8) -> set[int]:
    words = re.findall(r"[a-z]+", text.lower())
    return {hash(" ".join(words[i:i + n])) for i in range(max(0, len(words) - n + 1))}


def find_overlaps(polarity: list[PolarityReview], scale: list[ScaleReview], share: float = 0.3) -> list[tuple[int, int]]:
    """(polarity index, scale index) pairs that are the same review: over `share` of 8-word shingles in common."""
    index: dict[int, set[int]] = defaultdict(set)
    for j, review in enumerate(scale):
        for h in _shingles(review.text):
            index[h].add(j)
    pairs = []
    for i, review in enumerate(polarity):
        mine = _shingles(review.text)
        counts: dict[int, int] = defaultdict(int)
        for h in mine:
            for j in index.get(h, ()):
                counts[j] += 1
        if counts:
            j, common = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
            if common > share * len(mine):
                pairs.append((i, j))
    return pairs
