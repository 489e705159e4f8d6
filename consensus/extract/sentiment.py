"""Polarity and inferred 0-100 score of a whole review, with an honest confidence.

The model (`consensus/resources/opinion_model.npz`, built by `train/train_opinion.py`,
card in `opinion_model.md`) is NB-LR (Wang & Manning's NBSVM with a logistic loss) on
binary word uni- and bigrams, each worth its naive-Bayes log-count ratio, the review's
vector scaled to unit length:

- a polarity classifier trained on Pang & Lee polarity v2 and the clearly
  positive / negative reviews of the Pang & Lee scale set, with 15,000 Rotten
  Tomatoes pull-quotes (cs109) as extra, down-weighted examples;
- its log-odds calibrated (on critic-held-out predictions; isotonic or a quantile
  map, whichever transfers better between critics) to the 0-100 scale of CONTRACT.md, so `polarity_of_score`'s 61/40 cut-offs apply.
  One direction serves both: a score regressor trained on the critics' ratings
  learned their personal scales and transferred worse to an unseen critic.

Text is lower-cased and tokenized the same way for the tokenized training
sets and raw web text, so both read alike; `read_opinion` tokenizes once.
Scoring is a sparse dot product over the review's terms, found without building
their strings (`TermIndex`): under a millisecond of CPU per thousand words.

`read_opinion` refuses to guess: too little text, too few opinion words,
mostly quoted dialogue or non-English text give `score=None` (or a
low-confidence score) and a warning sentence.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np

from consensus.extract.bands import band_probability, polarity_of_score
from consensus.extract.verdict import MIN_VERDICT_WORDS, VerdictModel, decide, load_verdict_model
from consensus.models import Polarity

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
MODEL_PATH = RESOURCES / "opinion_model.npz"

# Evidence thresholds of `read_opinion` (documented in opinion_model.md).
MIN_WORDS = 25            # fewer words than this: no score at all
MIN_OPINION_WORDS = 3     # fewer strong opinion terms than this: no score at all
FULL_EVIDENCE_WORDS = 6   # this many opinion terms or more: evidence does not lower confidence
MIN_ENGLISH_SHARE = 0.15  # share of tokens that are common English function words, below: not English
QUOTED_SHARE = 0.5        # share of the text inside quotation marks, above: scored on the rest only
TAIL_SENTENCES = 3        # the review's last sentences also count as a view of their own (the verdict)
TAIL_MARK = "~"           # prefix of a tail-view term (no token contains it)

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*|[.,;:!?()\"]")
_BREAK = frozenset(".,;:!?()\"")
_SENTENCE_END = frozenset(".!?")
_NEGATORS = frozenset({"not", "no", "never", "nothing", "nobody", "none", "nor", "neither", "without",
                       "hardly", "barely", "cannot", "isn't", "wasn't", "don't", "doesn't", "didn't",
                       "aren't", "weren't", "won't", "can't", "couldn't", "wouldn't", "shouldn't"})
_FUNCTION_WORDS = frozenset(
    "the a an and or but of to in on at for with by from as is are was were be been being it its this that "
    "these those he she they we you i his her their our your my me him them us not no so than then there "
    "what which who whom when where why how all any some one more most very just also only even into about "
    "has have had do does did can could would should will may might must if because while".split()
)
_QUOTED = re.compile(r"\"[^\"\n]{1,400}\"|“[^”\n]{1,400}”")


# --------------------------------------------------------------------------- text to terms


def tokens(text: str) -> list[str]:
    """Lower-cased words and clause punctuation; digits and stars dropped (ratings are read elsewhere)."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("''", '"')
    return _WORD.findall(text)


def word_count(text_tokens: list[str]) -> int:
    """How many of `tokens`' tokens are words (not clause punctuation): the length every evidence rule reads."""
    return len(text_tokens) - sum(map(_BREAK.__contains__, text_tokens))


def terms(text: str, negation: bool = True) -> list[str]:
    """The model's terms of a text: `terms_of_tokens` of the whole text, then of its last sentences again,
    each marked with `TAIL_MARK` (`review_terms`).

    This is the analyzer of both training (`train/train_opinion.py`) and inference.
    """
    return review_terms(tokens(text), negation)


def review_terms(words: list[str], negation: bool = True) -> list[str]:
    """Terms of the whole token list plus a second view of its last `TAIL_SENTENCES` sentences.

    Critics usually end on the verdict ("a film to skip", "see it"); words there are worth more than
    the same words in the plot summary, so the tail's terms get weights of their own (`~good`).
    """
    whole, tail = _views(words, negation)
    return whole + [TAIL_MARK + term for term in tail]


def _views(words: list[str], negation: bool = True) -> tuple[list[str], list[str]]:
    """(terms of the whole text, terms of its last `TAIL_SENTENCES` sentences), tokenized once.

    A sentence end resets the clause state (bigrams, negation), so the whole text's terms are the
    head's followed by the tail's: the tail is computed once and reused.
    """
    start = _tail_start(words)
    tail = terms_of_tokens(words[start:], negation)
    return (terms_of_tokens(words[:start], negation) + tail if start else tail), tail


def _tail_start(words: list[str]) -> int:
    """Where the last `TAIL_SENTENCES` sentences begin (0 when the text has no more sentences than that)."""
    found = 0
    for i in range(len(words) - 2, -1, -1):  # a final end mark closes the last sentence, it starts none
        if words[i] in _SENTENCE_END:
            found += 1
            if found == TAIL_SENTENCES:
                return i + 1
    return 0


def terms_of_tokens(words: list[str], negation: bool = True) -> list[str]:
    """`terms` of an already tokenized text (so `read_opinion` tokenizes once)."""
    out: list[str] = []
    append = out.append
    previous: str | None = None
    negated = False
    for token in words:
        if token in _BREAK:
            previous, negated = None, False
            if token == "!" or token == "?":
                append(token)
            continue
        word = "not_" + token if negated else token
        append(word)
        if previous is not None:
            append(previous + " " + word)
        previous = word
        if negation and token in _NEGATORS:
            negated = True
    return out


@dataclass(frozen=True)
class TermIndex:
    """A model's vocabulary keyed by numbers, so `columns` finds a review's terms with a few numpy calls
    instead of building and hashing a string per term (a review's ~2,000 terms looked up in a
    120,000-term dict were most of `read_opinion`'s time).

    A term is one or two *components*, words marked `not_word` where negated (`terms_of_tokens`), of
    one view: 0 the whole review, 1 its tail (`TAIL_MARK` terms). `word_rows` gives each token its row
    in the per-row arrays: the component ids of the word and of its negated form (-1 where the
    vocabulary has neither), and whether the token is a break or a negator; the last row stands for
    every other token. A unigram's column is `unigram_columns[view * n + component]`, a bigram's is
    found by `view * n * n + first * n + second` in the sorted `bigram_keys` (n: the number of components).
    """

    word_rows: dict[str, int]
    components: np.ndarray
    is_break: np.ndarray
    is_negator: np.ndarray
    unigram_columns: np.ndarray
    bigram_keys: np.ndarray
    bigram_columns: np.ndarray
    n_columns: int

    @classmethod
    def of(cls, vocabulary: dict[str, int]) -> "TermIndex":
        """Number the components of the vocabulary's terms and key every term by them (once per model)."""
        ids: dict[str, int] = {}
        views, firsts, seconds, columns = [], [], [], []
        for term, column in vocabulary.items():
            view = int(term.startswith(TAIL_MARK))
            first, _, second = term[view:].partition(" ")
            views.append(view)
            firsts.append(ids.setdefault(first, len(ids)))
            seconds.append(ids.setdefault(second, len(ids)) if second else -1)
            columns.append(column)
        n = len(ids)
        view, first, second, column = (np.array(values, dtype=np.int64) for values in (views, firsts, seconds, columns))
        unigram = second < 0
        unigram_columns = np.full(2 * n, -1, dtype=np.int64)
        unigram_columns[view[unigram] * n + first[unigram]] = column[unigram]
        keys = (view * n + first) * n + second
        order = np.argsort(keys[~unigram])
        # a first key no bigram has, so the search never meets an empty table
        bigram_keys = np.concatenate([[-1], keys[~unigram][order]])
        bigram_columns = np.concatenate([[-1], column[~unigram][order]])

        word_rows: dict[str, int] = {}
        components: list[list[int]] = []
        for component, i in ids.items():
            negated = component.startswith("not_")
            word = component[len("not_"):] if negated else component
            if word in _BREAK and word not in "!?":  # never a term (terms_of_tokens drops it): keep it unknown
                continue
            if word not in word_rows:
                word_rows[word] = len(components)
                components.append([-1, -1])
            components[word_rows[word]][negated] = i
        for word in sorted((_BREAK | _NEGATORS) - word_rows.keys()):
            word_rows[word] = len(components)
            components.append([-1, -1])
        components.append([-1, -1])  # every other token
        words = [*word_rows, ""]
        return cls(
            word_rows, np.array(components, dtype=np.int64),
            np.array([w in _BREAK for w in words]), np.array([w in _NEGATORS for w in words]),
            unigram_columns, bigram_keys, bigram_columns, max(vocabulary.values(), default=-1) + 1,
        )

    def columns(self, words: list[str], tail_start: int) -> np.ndarray:
        """Sorted distinct columns of the terms of `words` (`terms_of_tokens`) in both views: the whole
        text's, and the tail's, which begins at word `tail_start`."""
        n = len(self.unigram_columns) // 2
        rows = np.fromiter(map(self.word_rows.get, words, repeat(-1)), dtype=np.int64, count=len(words))
        is_break, is_negator = self.is_break[rows], self.is_negator[rows]
        # A word is negated when a negator stands before it in its clause (since the last break); a
        # break is never negated.
        negators_so_far = np.cumsum(is_negator)
        before_clause = np.maximum.accumulate(np.where(is_break, negators_so_far, 0))
        negated = negators_so_far - is_negator > before_clause
        parts = self.components[rows, negated.astype(np.intp)]
        known = parts >= 0
        unigrams = np.concatenate([parts[known], parts[tail_start:][known[tail_start:]] + n])
        # Bigram i joins words i and i + 1, neither a break nor unknown ("!" and "?", the breaks
        # that are terms, stand alone); the word before the tail is a break, so no bigram spans both.
        starts = np.flatnonzero(known[1:] & known[:-1] & ~(is_break[1:] | is_break[:-1]))
        keys = parts[starts] * n + parts[starts + 1]
        # Sorted, the keys are searched in table order, faster (only the set of columns found matters).
        keys = np.sort(np.concatenate([keys, keys[starts >= tail_start] + n * n]))
        at = np.minimum(np.searchsorted(self.bigram_keys, keys), len(self.bigram_keys) - 1)
        found = np.concatenate([self.unigram_columns[unigrams], self.bigram_columns[at[self.bigram_keys[at] == keys]]])
        present = np.zeros(self.n_columns, dtype=bool)
        present[found[found >= 0]] = True
        return np.flatnonzero(present)


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class OpinionModel:
    """A fitted NB-LR opinion model (Wang & Manning's NBSVM with a logistic loss) over binary term presence.

    A review's features are its distinct known terms, each worth the term's naive-Bayes log-count ratio
    `nb_ratio` (how much more often it occurs in positive than in negative reviews), the vector scaled to
    unit length when `normalize` (so a short text is not pulled toward the bias). `polarity_logit(x)`
    is the logistic regression's log-odds that the review is positive on those features; the 0-100 score
    is that same log-odds mapped by the monotone knots `calib_x -> calib_y` (isotonic or quantile map, see
    `train.train_opinion.choose_calibration`), fitted on critic-held-out log-odds. `sigma` is the held-out spread of the calibrated score around the truth (for confidence).
    """

    vocabulary: dict[str, int]
    nb_ratio: np.ndarray
    polarity_coef: np.ndarray
    polarity_bias: float
    calib_x: np.ndarray
    calib_y: np.ndarray
    sigma: float
    opinion_terms: frozenset[str]
    normalize: bool = True
    meta: dict = field(default_factory=dict)

    @cached_property
    def tail_vocabulary(self) -> dict[str, int]:
        """term -> column of its tail-view twin (`~term`), so the tail is looked up without building `~` strings."""
        return {t[len(TAIL_MARK):]: i for t, i in self.vocabulary.items() if t.startswith(TAIL_MARK)}

    def vector(self, doc_terms: list[str], tail_terms: list[str] = ()) -> tuple[np.ndarray, np.ndarray]:
        """Indices and values of a document's features: each distinct known term once, worth its NB log-count
        ratio; with `normalize`, the vector is scaled to unit length so short and long texts read alike.

        `tail_terms` are tail-view terms given without their `TAIL_MARK` (as `_views` returns them).
        """
        known = set(map(self.vocabulary.get, doc_terms))
        known.update(map(self.tail_vocabulary.get, tail_terms))
        known.discard(None)
        return self.weigh(np.sort(np.fromiter(known, dtype=np.int64, count=len(known))))

    def weigh(self, index: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """`index` (sorted distinct columns, so the sums are taken in one fixed order) and its NB log-count
        ratios, scaled to unit length with `normalize`."""
        values = self.nb_ratio[index]
        if self.normalize and len(values):
            values = values / np.linalg.norm(values)
        return index, values

    @cached_property
    def term_index(self) -> TermIndex | None:
        """The vocabulary keyed by numbers (`TermIndex`); None when some opinion term is not a whole-view term
        of the vocabulary, as `read_opinion` then counts opinion words from term strings."""
        if not self.opinion_terms <= self.vocabulary.keys() or any(t.startswith(TAIL_MARK) for t in self.opinion_terms):
            return None
        return TermIndex.of(self.vocabulary)

    @cached_property
    def is_opinion_column(self) -> np.ndarray:
        """Per vocabulary column: is it one of `opinion_terms`."""
        flags = np.zeros(len(self.nb_ratio), dtype=bool)
        flags[[self.vocabulary[t] for t in self.opinion_terms if t in self.vocabulary]] = True
        return flags

    def polarity_logit(self, index: np.ndarray, values: np.ndarray) -> float:
        return float(self.polarity_coef[index] @ values + self.polarity_bias)

    def calibrate(self, raw: float | np.ndarray) -> float | np.ndarray:
        """The log-odds on the 0-100 scale (calibration knots, linearly interpolated, clipped at the ends)."""
        return np.interp(raw, self.calib_x, self.calib_y)

    def score_text(self, text: str) -> tuple[float, float]:
        """(calibrated 0-100 score, probability of positive) of one text, with no evidence checks."""
        index, values = self.vector(terms(text))
        logit = self.polarity_logit(index, values)
        return float(self.calibrate(logit)), 1.0 / (1.0 + math.exp(-logit))

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            vocabulary=np.frombuffer("\n".join(sorted(self.vocabulary, key=self.vocabulary.get)).encode(), np.uint8),
            nb_ratio=self.nb_ratio.astype(np.float32),
            polarity_coef=self.polarity_coef.astype(np.float32),
            biases=np.array([self.polarity_bias, self.sigma, float(self.normalize)], dtype=np.float64),
            calib_x=self.calib_x.astype(np.float64), calib_y=self.calib_y.astype(np.float64),
            opinion_terms=np.frombuffer("\n".join(sorted(self.opinion_terms)).encode(), np.uint8),
            meta=np.frombuffer(json.dumps(self.meta, sort_keys=True).encode(), np.uint8),
        )

    @classmethod
    def load(cls, path: Path) -> "OpinionModel":
        with np.load(path, allow_pickle=False) as data:
            words = data["vocabulary"].tobytes().decode().split("\n")
            biases = data["biases"]
            return cls(
                vocabulary={w: i for i, w in enumerate(words)},
                nb_ratio=data["nb_ratio"].astype(np.float64),
                polarity_coef=data["polarity_coef"].astype(np.float64), polarity_bias=float(biases[0]),
                calib_x=data["calib_x"], calib_y=data["calib_y"], sigma=float(biases[1]), normalize=bool(biases[2]),
                opinion_terms=frozenset(data["opinion_terms"].tobytes().decode().split("\n")),
                meta=json.loads(data["meta"].tobytes().decode()),
            )


@lru_cache(maxsize=1)
def load_model() -> OpinionModel | None:
    """The shipped model, loaded once per process; None (and a warning from read_opinion) if it is missing."""
    if not MODEL_PATH.is_file():
        return None
    return OpinionModel.load(MODEL_PATH)


# --------------------------------------------------------------------------- reading one review


@dataclass(frozen=True)
class Opinion:
    score: int | None
    polarity: Polarity
    confidence: float | None = None
    warnings: list[str] = field(default_factory=list)
    positive_probability: float | None = None


def _without_quotes(text: str) -> tuple[str, float]:
    """The text with quoted passages removed, and the share of characters that were inside quotes."""
    own_text, passages = _QUOTED.subn(" ", text)
    quoted = len(text) - len(own_text) + passages  # each passage became one space
    return own_text, quoted / max(1, len(text))


def read_opinion(text: str, sentences: list[str] | None = None, model: OpinionModel | None = None,
                 verdict_model: VerdictModel | None = None, join_verdict: bool = True) -> Opinion:
    """Inferred 0-100 score, polarity and confidence of a review, or `score=None` with a warning when evidence is thin.

    The score is the opinion model's. With `join_verdict`, the verdict model shipped and a text of
    `verdict.MIN_VERDICT_WORDS` words or more (`word_count`) that its gate reads as the kind of page it learned
    from, the polarity is `verdict.decide`'s, the score
    is moved into that polarity's band, and the confidence is the joined probability of that polarity times
    the evidence factor; otherwise the polarity is the score's and the confidence `band_probability` times
    the evidence factor. `sentences` is accepted for the pipeline's signature; both models read the text.
    """
    model = model or load_model()
    if model is None:
        return Opinion(None, "mixed", None, [f"the opinion model is missing ({MODEL_PATH}); run `python -m train` to build it"])

    own_text, quoted_share = _without_quotes(text)
    warnings: list[str] = []
    if quoted_share > QUOTED_SHARE:
        warnings.append(f"the review is mostly quoted dialogue ({quoted_share:.0%} of its text); "
                        "the inferred score rests on the critic's own words only")
        text = own_text

    text_tokens = tokens(text)
    n_words = word_count(text_tokens)
    if n_words < MIN_WORDS:
        warnings.append(f"too little review text to infer a score ({n_words} words)")
        return Opinion(None, "mixed", None, warnings)
    english = sum(map(_FUNCTION_WORDS.__contains__, text_tokens)) / n_words  # no break token is a function word
    if english < MIN_ENGLISH_SHARE:
        warnings.append("the text does not look like English; no score was inferred from it")
        return Opinion(None, "mixed", None, warnings)

    term_index = model.term_index
    if term_index is None:
        plain_terms, tail_terms = _views(text_tokens)
        n_opinion_words = len(model.opinion_terms.intersection(plain_terms))
        index, values = model.vector(plain_terms, tail_terms)
    else:  # the same terms, found without building their strings
        index, values = model.weigh(term_index.columns(text_tokens, _tail_start(text_tokens)))
        n_opinion_words = int(model.is_opinion_column[index].sum())  # opinion terms are whole-view terms
    if n_opinion_words < MIN_OPINION_WORDS:
        warnings.append(f"too few opinion words to infer a score ({n_opinion_words} found)")
        return Opinion(None, "mixed", None, warnings)

    logit = model.polarity_logit(index, values)
    score = float(model.calibrate(logit))
    p_positive = 1.0 / (1.0 + math.exp(-logit))
    evidence = min(1.0, n_opinion_words / FULL_EVIDENCE_WORDS)
    if evidence < 1.0:
        warnings.append(f"little opinion language ({n_opinion_words} opinion words); the inferred score is uncertain")
    if join_verdict and n_words >= MIN_VERDICT_WORDS:
        verdict_model = verdict_model or load_verdict_model()
        if verdict_model is not None and (verdict := decide(text, score, verdict_model)) is not None:
            return Opinion(verdict.score, verdict.polarity, round(verdict.probability * evidence, 3), warnings,
                           round(p_positive, 3))
    rounded = int(round(score))
    return Opinion(rounded, polarity_of_score(rounded), round(band_probability(score, model.sigma) * evidence, 3),
                   warnings, round(p_positive, 3))
