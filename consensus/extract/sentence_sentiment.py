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
(arrays only, no pickle), loaded on first use.

Training featurizes with scikit-learn's `HashingVectorizer`; scoring at run
time computes the very same features without its analyzer (`hashed_counts`:
`feature_tokens`, then the compiled core of the vectorizer's own `FeatureHasher` over the uni- and
bigrams) and sums the linear model over them with a few numpy calls per batch,
because the vectorizer's per-call overhead would cost more than the model
itself. `tests/test_sentence_sentiment.py` pins the two together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain, repeat
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction._hashing_fast import transform as hash_features  # FeatureHasher's compiled core
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
MODEL_FILE = "sentence_model.npz"
N_FEATURES = 2**18

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|n't|[!?]|[.,;:()\-–—]")
_NEGATORS = frozenset(
    "not no never nothing nobody none nor neither without hardly barely scarcely n't cannot".split()
)
_NEGATION_ENDS = frozenset([*".,;:!?()-–—", "but", "yet", "though", "although", "however"])
_NEGATION_SPAN = 3

_VECTORIZER = HashingVectorizer(
    n_features=N_FEATURES, token_pattern=r"\S+", lowercase=False, ngram_range=(1, 2),
    alternate_sign=False, norm=None,
)


_NT = re.compile(r"(\w)n't\b")


def _straight_apostrophes(text: str) -> str:
    """Curly apostrophes and backticks as `'`."""
    if not text.isascii():
        text = text.replace("’", "'").replace("‘", "'")
    return text.replace("`", "'") if "`" in text else text


def feature_tokens(text: str) -> list[str]:
    """Lower-cased tokens, with the few words after a negator marked (`not_good`)."""
    text = _straight_apostrophes(text.lower())
    if "n't" in text:
        text = _NT.sub(r"\1 n't", text)
    tokens = _TOKEN.findall(text)
    if _NEGATORS.isdisjoint(tokens):
        return tokens
    # A token is negated when a negator stands at most _NEGATION_SPAN tokens before it with no
    # clause end (punctuation, "but") between; clause ends themselves are never negated.
    out = tokens.copy()
    for at in [i for i, token in enumerate(tokens) if token in _NEGATORS]:
        for i in range(at + 1, min(at + 1 + _NEGATION_SPAN, len(tokens))):
            if tokens[i] in _NEGATION_ENDS:
                break
            out[i] = "not_" + tokens[i]
    return out


def featurize_text(text: str) -> str:
    """`feature_tokens` as the space-separated string the `HashingVectorizer` reads."""
    return " ".join(feature_tokens(text))


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
    weighted = counts.copy()
    weighted.data = weighted.data * idf[weighted.indices]
    return normalize(weighted, copy=False).tocsr()


def gram_counts(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, count) of every distinct uni- and bigram column of each text in the hashed space, sorted by
    row then column: the non-zero cells of `hashed_counts`, before 1 + log.

    The n-grams are hashed by the compiled core of scikit-learn's `FeatureHasher` (faster than looking them up
    in a Python memo of columns, and without its memory); counting the repeats with `np.unique` instead of
    building a scipy matrix and summing its duplicates saves that matrix's fixed cost, which two calls per
    review pay.
    """
    grams = []
    for tokens in map(feature_tokens, texts):
        bigrams = map(" ".join, zip(tokens, tokens[1:]))
        grams.append(zip(chain(tokens, bigrams), repeat(1)))
    columns, starts, _ = hash_features(grams, N_FEATURES, np.float64, alternate_sign=False, seed=0)
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), np.diff(starts))
    cells, counts = np.unique(rows * N_FEATURES + columns, return_counts=True)
    return cells // N_FEATURES, cells % N_FEATURES, counts


def hashed_counts(texts: list[str]) -> sparse.csr_matrix:
    """Raw counts of every uni- and bigram of each text in the hashed space (the `term_counts` columns, before 1 + log)."""
    rows, columns, counts = gram_counts(texts)
    starts = np.searchsorted(rows, np.arange(len(texts) + 1))
    return sparse.csr_matrix((counts.astype(np.float64), columns, starts), shape=(len(texts), N_FEATURES))


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
        return self.score(texts)[0]

    def opinion(self, texts: list[str]) -> np.ndarray:
        """Opinion-ness score in 0-1 for each text (plot summary low, verdicts high)."""
        return self.score(texts)[1]

    def score(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(polarity, opinion) for each text: both models over one featurization.

        Equal (to rounding) to `features(texts) @ coef + bias`, computed over the
        non-zero features only: weight (1 + log tf) * idf per column, the two
        dot products and the L2 norm summed per row with `np.bincount`.
        """
        if not texts:
            return np.zeros(0), np.zeros(0)
        rows, columns, tf = gram_counts(texts)
        # np.take gathers whole rows several times faster than `self._weights[columns]` (same values)
        idf, polarity_weight, opinion_weight = np.take(self._weights, columns, axis=0).T
        sublinear_tf = 1.0 + np.log(tf)
        n = len(texts)
        norm = np.sqrt(np.bincount(rows, np.square(sublinear_tf * idf), minlength=n))
        norm[norm == 0] = 1.0  # a text without features scores the bias alone, as in scikit-learn
        polarity = np.bincount(rows, sublinear_tf * polarity_weight, minlength=n) / norm + self.polarity_bias
        opinion = np.bincount(rows, sublinear_tf * opinion_weight, minlength=n) / norm + self.opinion_bias
        return _sigmoid(polarity), _sigmoid(opinion)

    @cached_property
    def _weights(self) -> np.ndarray:
        """Per column: idf, idf * polarity coefficient, idf * opinion coefficient (float64; exact products)."""
        idf = self.idf.astype(np.float64)
        return np.column_stack([idf, idf * self.polarity_coef, idf * self.opinion_coef])

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


_MEMO: dict[str, tuple[float, float]] = {}
_MEMO_SIZE = 10_000  # shared within a review (aspects, then pull quote); emptied when full


def score_sentences(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(polarity, opinion) of each text with the shipped model, remembering recent texts.

    The aspect finder and the pull-quote picker score the same sentences of a
    review; the memo spares the second featurization. It is emptied when full,
    before looking texts up, so every text is either remembered or scored now.
    """
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.clear()
    missing = list(dict.fromkeys(t for t in texts if t not in _MEMO))
    if missing:
        polarity, opinion = load_model().score(missing)
        _MEMO.update(zip(missing, zip(polarity.tolist(), opinion.tolist())))
    pairs = [_MEMO[t] for t in texts]
    return np.array([p for p, _ in pairs]), np.array([o for _, o in pairs])


def clear_memos() -> None:
    """Forget remembered scores and cues (benchmarks start each run cold)."""
    _MEMO.clear()
    evaluative_cues.cache_clear()


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(np.asarray(z, dtype=np.float64), -30, 30)))


def label(probability: float, margin: float = 0.15) -> str:
    """positive / negative / mixed from P(positive): the middle band is `mixed`."""
    if probability >= 0.5 + margin:
        return "positive"
    if probability <= 0.5 - margin:
        return "negative"
    return "mixed"


__all__ = ["SentenceModel", "ModelMissing", "load_model", "score_sentences", "label", "featurize_text", "term_counts", "evaluative_cues",
           "fit_idf", "weigh"]


# --------------------------------------------------------------------------- evaluative cues
#
# Words critics use to judge (not to narrate). Plot summary is full of sentiment-laden
# story words ("dead", "revenge", "love"), so a general sentiment lexicon cannot tell a
# verdict from a synopsis; these cue lists hold only words that judge the film or its craft.

POSITIVE_CUES = frozenset("""
good great excellent superb terrific wonderful marvelous marvellous brilliant brilliantly outstanding
impressive impressively remarkable remarkably spectacular stunning stunningly gorgeous beautiful
beautifully breathtaking dazzling exquisite masterful masterfully masterpiece triumph triumphant
captivating compelling engaging engrossing gripping riveting absorbing thrilling exhilarating
entertaining enjoyable fun funny hilarious witty clever smart intelligent inventive ingenious ingenuity
creative creativity original fresh refreshing refreshingly effective effectively strong solid sharp
polished stylish slick elegant lovely charming delightful delight delightfully moving touching poignant
powerful potent haunting memorable unforgettable fascinating intriguing convincing convincingly credible
believable nuanced subtle layered rich vivid striking assured confident accomplished skilful skillful
skillfully deft deftly crisp tight taut tense suspenseful atmospheric evocative immersive satisfying
fitting pleasing pleasure rewarding worthwhile worth recommended recommend must-see must-watch
best finest excels excel excelled shines shine shone succeeds succeed succeeded works worked nails
praise commendable admirable admirably well-done well-made well-crafted well-executed well-choreographed
well-acted well-written well-paced well-shot well-edited well-cast fine nicely expertly wonderfully perfectly perfect flawless standout
enjoy enjoyed loved adore adored amazing amazed amazement awesome fantastic phenomenal
electrifying energetic kinetic propulsive brisk fast-paced heartfelt genuine authentic
sincere honest richly palpable depth innovative distinctive spectacle
adept dandy rocks likable likeable endearing humorous hysterically majestic sumptuous vibrant
picturesque handsome decent realized finely-realized top-form top-notch first-rate splendid superbly
audacious bold boldly landmark standout dynamite joyful warm wonderful sparky skill authenticity
""".split())

NEGATIVE_CUES = frozenset("""
bad poor poorly awful terrible horrible dreadful abysmal atrocious lousy weak weakest feeble lame
boring bored bores dull tedious tiresome plodding sluggish slow slowly leisurely lethargic drags dragged
dragging overlong bloated padded meandering aimless pointless meaningless shallow thin flimsy hollow
empty lifeless flat bland forgettable mediocre uninspired unoriginal derivative generic formulaic
predictable cliched clichéd clichés cliches contrived implausible unconvincing unbelievable
ridiculous absurd silly stupid dumb inane preposterous laughable embarrassing awkward clumsy clumsily
messy mess muddled confusing confused incoherent disjointed choppy uneven sloppy shaky jarring
annoying irritating grating obnoxious unpleasant unbearable painful disappointing disappointed
disappointment disappoints letdown fails failed failure falters falls flops misfire misfires missed
wasted waste wastes squandered squanders underused underdeveloped underexplored unexplored
frustrating frustratingly tiresome overwrought overblown overdone heavy-handed melodramatic mawkish
sentimental schmaltzy cheesy cheap tacky hokey corny stilted wooden hammy overacted overacting
miscast flawed flaws problem problems problematic worst dire regrettably unfortunately sadly
difficult hard-to-watch unwatchable incomprehensible lacks lacking lack lacked struggles struggled
overstuffed excessive gratuitous repetitive monotonous numbing exhausting exhausted downside
criticisms criticism complaint complaints nitpick drawback drawbacks mediocrity unremarkable
unspectacular uninteresting uninvolving unfunny unsatisfying disappoint dud mishmash
pathetic despicable dizzying bugged atrocity atrocious awfully lazy inconsistent ludicrous barren absurdity
over-the-top wheel-spinning bore boring tired stale trite hackneyed insipid sugary garish overlit
incomprehensible bombastic lightweight wilted misguided sabotaged dawdles half-baked dreary
suspenseless unlovable stupidity stupefyingly hopeless gaping holes plot-holes off-key distracting
""".split())

HEDGES = frozenset("somewhat slightly bit little fairly rather mildly occasionally sometimes mostly "
                   "largely partly almost perhaps maybe".split())
_CUE_NEGATORS = _NEGATORS | {"isn't", "wasn't", "aren't", "weren't", "doesn't", "didn't", "don't",
                              "won't", "can't", "couldn't", "wouldn't", "never"}
_WELL_DONE = re.compile(r"\bwell (done|made|crafted|executed|acted|written|paced|choreographed|shot|edited|cast)\b")
_AT_BEST = re.compile(r"\bat (?:best|worst)\b")
_GOOD_PREFIX = frozenset("well beautifully superbly expertly brilliantly finely skillfully".split())
_BAD_PREFIX = frozenset("poorly badly ill over under half clumsily".split())
_CUE_TOKEN = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


def _compound(token: str) -> str:
    """`poorly-developed` counts as a fault, `beautifully-shot` as praise, via their first part."""
    if "-" not in token or token in POSITIVE_CUES or token in NEGATIVE_CUES:
        return token
    head = token.split("-", 1)[0]
    return "well-done" if head in _GOOD_PREFIX else "poor" if head in _BAD_PREFIX else token


_CUES = POSITIVE_CUES | NEGATIVE_CUES


@lru_cache(maxsize=16384)
def evaluative_cues(text: str) -> tuple[float, tuple[str, ...]]:
    """Net evaluative weight of `text` (praise > 0, fault < 0) and the cue words found.

    A negator within the three words before a cue flips it ("by no means bad" praises,
    "not convincing" faults); a hedge just before a cue halves it ("a bit disappointed").
    """
    text = text.lower()
    if not text.isascii():
        text = text.replace("’", "'")
    if "well " in text:
        text = _WELL_DONE.sub(r"well-\1", text)
    if "at best" in text or "at worst" in text:
        text = _AT_BEST.sub(" ", text)
    tokens = _CUE_TOKEN.findall(text)
    if "-" in text:
        tokens = [_compound(t) if "-" in t else t for t in tokens]
    if _CUES.isdisjoint(tokens):
        return 0.0, ()
    net = 0.0
    found: list[str] = []
    for i in [i for i, token in enumerate(tokens) if token in _CUES]:
        token = tokens[i]
        sign = 1.0 if token in POSITIVE_CUES else -1.0
        window = tokens[max(0, i - 3):i]
        if any(w in _CUE_NEGATORS or w.endswith("n't") for w in window):
            sign = -sign
        if i and tokens[i - 1] in HEDGES:
            sign *= 0.5
        net += sign
        found.append(token)
    return net, tuple(found)
