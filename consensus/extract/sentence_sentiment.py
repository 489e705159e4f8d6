"""Sentence- and clause-level sentiment: how positive a sentence is, and whether it is an opinion at all.

Two linear models share one feature space (hashed word uni- and bigrams with
negation marking, TF-IDF weighted):

- `polarity`: P(the sentence praises the film), trained on Rotten Tomatoes
  pull-quotes labelled Fresh/Rotten (short verdict sentences by real critics).
- `opinion`: how much a sentence reads like a verdict rather than plot summary,
  trained positive-unlabelled: pull-quotes (all verdicts) against ordinary
  review sentences (a mix of verdicts and plot summary). Its score ranks
  sentences by opinion-ness; the threshold is chosen on a labelled dev set.

Both are built by `train/train_sentences.py` and shipped as one small `.npz`
(arrays only, no pickle), loaded on first use. Scoring is a sparse dot
product: tens of thousands of sentences a second, no torch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
MODEL_FILE = "sentence_model.npz"
N_FEATURES = 2**18

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|n't|[!?]|[.,;:()\-–—]")
_NEGATORS = frozenset(
    "not no never nothing nobody none nor neither without hardly barely scarcely n't cannot".split()
)
_NEGATION_ENDS = frozenset(".,;:!?()-–—".split() + ["but", "yet", "though", "although", "however"])
_NEGATION_SPAN = 3

_VECTORIZER = HashingVectorizer(
    n_features=N_FEATURES, token_pattern=r"\S+", lowercase=False, ngram_range=(1, 2),
    alternate_sign=False, norm=None,
)


def featurize_text(text: str) -> str:
    """Lower-cased tokens, with the few words after a negator marked (`not_good`)."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"(\w)n't\b", r"\1 n't", text)
    out: list[str] = []
    negated = 0
    for token in _TOKEN.findall(text):
        if token in _NEGATION_ENDS:
            negated = 0
            out.append(token)
            continue
        out.append(f"not_{token}" if negated else token)
        negated = _NEGATION_SPAN if token in _NEGATORS else max(negated - 1, 0)
    return " ".join(out)


def term_counts(texts: list[str]) -> sparse.csr_matrix:
    """Sub-linear term frequencies (1 + log tf) in the hashed feature space."""
    counts = _VECTORIZER.transform([featurize_text(t) for t in texts]).tocsr()
    counts.data = 1.0 + np.log(counts.data)
    return counts


def fit_idf(counts: sparse.csr_matrix) -> np.ndarray:
    """Smoothed inverse document frequency, as scikit-learn's TfidfTransformer computes it."""
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    n = counts.shape[0]
    return (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)


def weigh(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """TF-IDF rows, L2-normalized."""
    return normalize(counts @ sparse.diags(idf), copy=False).tocsr()


@dataclass(frozen=True)
class SentenceModel:
    """The two shipped linear models over one TF-IDF space."""

    idf: np.ndarray
    polarity_coef: np.ndarray
    polarity_bias: float
    opinion_coef: np.ndarray
    opinion_bias: float
    opinion_threshold: float = 0.5

    def features(self, texts: list[str]) -> sparse.csr_matrix:
        return weigh(term_counts(texts), self.idf)

    def polarity(self, texts: list[str]) -> np.ndarray:
        """P(positive verdict) for each text."""
        if not texts:
            return np.zeros(0)
        return _sigmoid(self.features(texts) @ self.polarity_coef + self.polarity_bias)

    def opinion(self, texts: list[str]) -> np.ndarray:
        """Opinion-ness score in 0-1 for each text (plot summary low, verdicts high)."""
        if not texts:
            return np.zeros(0)
        return _sigmoid(self.features(texts) @ self.opinion_coef + self.opinion_bias)

    def score(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(polarity, opinion) for each text, sharing one featurization."""
        if not texts:
            return np.zeros(0), np.zeros(0)
        x = self.features(texts)
        return (_sigmoid(x @ self.polarity_coef + self.polarity_bias),
                _sigmoid(x @ self.opinion_coef + self.opinion_bias))

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path, idf=self.idf.astype(np.float16),
            polarity_coef=self.polarity_coef.astype(np.float16), polarity_bias=self.polarity_bias,
            opinion_coef=self.opinion_coef.astype(np.float16), opinion_bias=self.opinion_bias,
            opinion_threshold=self.opinion_threshold,
        )

    @classmethod
    def read(cls, path: Path) -> "SentenceModel":
        with np.load(path) as arrays:
            return cls(
                idf=arrays["idf"].astype(np.float32),
                polarity_coef=arrays["polarity_coef"].astype(np.float32),
                polarity_bias=float(arrays["polarity_bias"]),
                opinion_coef=arrays["opinion_coef"].astype(np.float32),
                opinion_bias=float(arrays["opinion_bias"]),
                opinion_threshold=float(arrays["opinion_threshold"]),
            )


class ModelMissing(RuntimeError):
    """The shipped sentence model is absent: rebuild it with `python -m train.train_sentences`."""


@lru_cache(maxsize=1)
def load_model() -> SentenceModel:
    """The shipped model, read once on first use."""
    path = RESOURCES / MODEL_FILE
    if not path.is_file():
        raise ModelMissing(f"{path} is missing; rebuild it with `python -m train.train_sentences`")
    return SentenceModel.read(path)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(np.asarray(z, dtype=np.float64), -30, 30)))


def label(probability: float, margin: float = 0.15) -> str:
    """positive / negative / mixed from P(positive): the middle band is `mixed`."""
    if probability >= 0.5 + margin:
        return "positive"
    if probability <= 0.5 - margin:
        return "negative"
    return "mixed"


__all__ = ["SentenceModel", "ModelMissing", "load_model", "label", "featurize_text", "term_counts",
           "fit_idf", "weigh"]
