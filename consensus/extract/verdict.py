"""The verdict of an unrated review, positive, mixed or negative, decided by two readers that fail differently.

The opinion model (`sentiment.py`) was trained on 1990s newsgroup critics and reads them well (62% 3-class
accuracy on an unseen critic), but on the review pages our helper labellers wrote it cannot tell a mixed review
from a positive one ("the first hour is superb; the second half never quite lands" reads as praise). The verdict model
(`consensus/resources/verdict_model.npz`, built by `train/train_verdict.py`, card in `verdict_model.md`) is a
3-class logistic regression on TF-IDF word 1-2-grams, trained on our labelled unrated review pages (where
"second half", "never quite" and "not sure" mark a mixed verdict) and, down-weighted, on the Pang & Lee scale
reviews (so it still knows the older critics' idiom).

`decide` joins them (`sentiment.read_opinion` calls it for texts of `MIN_VERDICT_WORDS` words or more) when the
text reads like the pages the verdict model learned from, and otherwise leaves the opinion model to decide alone:
a second logistic regression on the same features (the gate, `page_likeness`) was trained to tell those pages,
written by helper labellers, from working critics' reviews (the Pang & Lee scale set). It tells them apart
almost perfectly, and real critics' text lands on the critics' side: the five real seed reviews, nearly every
Pang & Lee review and concatenated Rotten Tomatoes pull-quotes. On such text the verdict model hurts (`eval_verdict`
part 3: the concatenated pull-quotes' polarity falls from 0.86 to 0.69 when it joins), so it is trusted only
on the kind of text it was shown to read well. Where it joins, the verdict is the class that maximizes

    log P_verdict(class | text) + WEIGHT * log P(opinion score's true band is class)

where the second term treats the opinion model's 0-100 score as normal with spread `BAND_SIGMA`. `WEIGHT`
and `BAND_SIGMA` were chosen by cross-validation on the development pages (one labeller left out at a time)
and on Pang & Lee (one critic left out), trading the pages' gain against the older critics' loss (card). The
score stays the opinion model's, moved to the nearest score inside the chosen band, so a review's
score and polarity always agree (CONTRACT.md's 61/40 cut-offs, `bands.py`).

Features are computed here as scikit-learn's `TfidfVectorizer(ngram_range=(1, 2), binary=True)` computes
them (lower-cased `\\b\\w\\w+\\b` tokens and their adjacent pairs, each present term worth its idf, the
vector scaled to unit length), equal to its output up to the float32 precision the weights are shipped in, so
the shipped file holds only numbers and running it needs no scikit-learn pickle.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from consensus.extract.bands import POLARITIES, band_probabilities, move_into_band
from consensus.models import Polarity

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
MODEL_PATH = RESOURCES / "verdict_model.npz"

CLASSES: tuple[Polarity, ...] = POLARITIES  # the model's class order (its coefficient rows)
WEIGHT = 0.7        # weight of the opinion score's band log-probability against the verdict model's
BAND_SIGMA = 15.0   # spread of the opinion score around the true score, for that band probability
# The verdict model learned from whole pages of 188 to about 1,000 words; a shorter text (a pull quote, a
# one-paragraph post) is outside what it saw, and the opinion model decides alone. Words as
# `sentiment.word_count` counts them.
MIN_VERDICT_WORDS = 150
# The gate's threshold: the verdict model joins a text the gate gives at least this probability of being a page.
MIN_PAGE_LIKENESS = 0.5

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern


def ngrams(text: str) -> list[str]:
    """Lower-cased word unigrams and adjacent bigrams, in scikit-learn's analyzer's order and spelling."""
    words = _TOKEN.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


@dataclass(frozen=True)
class VerdictModel:
    """A fitted 3-class TF-IDF logistic regression (`coef` has one row per class of `CLASSES`) and its gate.

    The gate (`gate_coef`, `gate_intercept`) is a binary logistic regression on the same features: the log-odds
    that a text is one of the labelled pages the model learned from rather than a working critic's review. A
    model without a gate treats every text as a page.
    """

    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    meta: dict[str, Any] = field(default_factory=dict)
    gate_coef: np.ndarray | None = None
    gate_intercept: float = 0.0

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Sorted columns of a text's distinct known terms and their idf, scaled to unit length."""
        known = set(map(self.vocabulary.get, ngrams(text)))
        known.discard(None)
        columns = np.sort(np.fromiter(known, dtype=np.int64, count=len(known)))
        values = self.idf[columns]
        return columns, (values / np.linalg.norm(values) if len(values) else values)

    def probabilities(self, text: str) -> np.ndarray:
        """P(negative), P(mixed), P(positive) of a text."""
        return self.read(text)[0]

    def page_likeness(self, text: str) -> float:
        """The gate's probability that a text is a page of the kind the model learned from (1.0 without a gate)."""
        return self.read(text)[1]

    def read(self, text: str) -> tuple[np.ndarray, float]:
        """`probabilities` and `page_likeness` of a text, from one pass over its terms."""
        features = self.features(text)
        return self.probabilities_of(*features), self.likeness_of(*features)

    def probabilities_of(self, columns: np.ndarray, values: np.ndarray) -> np.ndarray:
        """`probabilities` from a text's `features`."""
        logits = self.coef[:, columns] @ values + self.intercept
        exp = np.exp(logits - logits.max())
        return exp / exp.sum()

    def likeness_of(self, columns: np.ndarray, values: np.ndarray) -> float:
        """`page_likeness` from a text's `features`."""
        if self.gate_coef is None:
            return 1.0
        return float(1.0 / (1.0 + np.exp(-(self.gate_coef[columns] @ values + self.gate_intercept))))

    def save(self, path: Path) -> None:
        """Plain arrays only (vocabulary as newline-joined text in column order, weights as float32)."""
        gate = {} if self.gate_coef is None else {"gate_coef": self.gate_coef.astype(np.float32),
                                                  "gate_intercept": np.array([self.gate_intercept])}
        np.savez_compressed(
            path,
            vocabulary=np.frombuffer("\n".join(sorted(self.vocabulary, key=self.vocabulary.get)).encode(), np.uint8),
            idf=self.idf.astype(np.float32), coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float64),
            meta=np.frombuffer(json.dumps(self.meta, sort_keys=True).encode(), np.uint8),
            **gate,
        )

    @classmethod
    def load(cls, path: Path) -> "VerdictModel":
        """A model written by `save`."""
        with np.load(path, allow_pickle=False) as data:
            words = data["vocabulary"].tobytes().decode().split("\n")
            return cls(
                vocabulary={w: i for i, w in enumerate(words)},
                idf=data["idf"].astype(np.float64), coef=data["coef"].astype(np.float64),
                intercept=data["intercept"], meta=json.loads(data["meta"].tobytes().decode()),
                gate_coef=data["gate_coef"].astype(np.float64) if "gate_coef" in data.files else None,
                gate_intercept=float(data["gate_intercept"][0]) if "gate_intercept" in data.files else 0.0,
            )


@lru_cache(maxsize=1)
def load_verdict_model() -> VerdictModel | None:
    """The shipped model, loaded once per process; None when it is missing (the opinion model then decides alone)."""
    return VerdictModel.load(MODEL_PATH) if MODEL_PATH.is_file() else None


@dataclass(frozen=True)
class Verdict:
    """The joined reading of one unrated review."""

    polarity: Polarity
    score: int                # the opinion score, moved into the chosen band
    probability: float        # the chosen class's share of the joined distribution


def join(verdict_probabilities: np.ndarray, opinion_score: float,
         weight: float = WEIGHT, sigma: float = BAND_SIGMA) -> np.ndarray:
    """The joined distribution over CLASSES: P_verdict x P_band^weight, renormalized."""
    logs = np.log(np.clip(verdict_probabilities, 1e-12, 1.0)) + weight * np.log(
        np.clip(band_probabilities(opinion_score, sigma), 1e-12, 1.0))  # clipped: a far band's probability underflows
    exp = np.exp(logs - logs.max())
    return exp / exp.sum()


def decide(text: str, opinion_score: float, model: VerdictModel) -> Verdict | None:
    """The joined verdict of `text`, whose opinion-model score is `opinion_score` (0-100), or None when the gate
    says the text is not the kind of page the verdict model learned from (the opinion model then decides alone)."""
    features = model.features(text)
    if model.likeness_of(*features) < MIN_PAGE_LIKENESS:  # (the gate first: most real critics' text stops here)
        return None
    joined = join(model.probabilities_of(*features), opinion_score)
    best = int(np.argmax(joined))
    return Verdict(CLASSES[best], move_into_band(opinion_score, CLASSES[best]), float(joined[best]))
