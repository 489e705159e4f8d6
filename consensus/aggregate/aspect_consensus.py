"""Aspect consensus: for each aspect of the film, what the reviews say about it, review by review.

A review counts once per aspect. Its *stance* on the aspect is the net sentiment
of all its sentences about that aspect: a critic who praises the acting twice
and faults it once is positive about it; once each way, mixed. The film-level
verdict is what most reviews say, or "split" when praise and fault are both
substantial. Every summary carries the sentences it rests on (one per review).

Deterministic: the result depends only on the set of reviews, never on their order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from consensus.models import Aspect, AspectSummary, EvidenceRef, Review, Sentiment

# A review is positive about an aspect when at least two thirds of what it says
# about it is praise (a mixed sentence counts half), negative at a third or less.
POSITIVE_SHARE = 2 / 3
NEGATIVE_SHARE = 1 / 3
# The verdict is "split" when reviews praise and fault the aspect and the larger
# side is less than twice the smaller (2 vs 1 is a majority, 2 vs 2 or 3 vs 2 a split).
SPLIT_RATIO = 2
MAX_EVIDENCE = 3


@dataclass(frozen=True)
class AspectName:
    """How an aspect is called in a sentence: 'the camera work and editing' (singular) or 'the performances' (plural)."""

    noun: str
    plural: bool = False

    @property
    def it(self) -> str:
        return "them" if self.plural else "it"


PLAIN_NAMES: dict[str, AspectName] = {
    "acting": AspectName("the performances", plural=True),
    "story": AspectName("the story"),
    "characters": AspectName("the characters", plural=True),
    "action": AspectName("the action"),
    "visuals": AspectName("the visuals", plural=True),
    "camera_editing": AspectName("the camera work and editing"),
    "music": AspectName("the music"),
    "sound": AspectName("the sound design"),
    "pacing": AspectName("the pacing"),
    "direction": AspectName("the direction"),
    "dialogue": AspectName("the dialogue"),
    "humor": AspectName("the humor"),
    "ending": AspectName("the ending"),
    "villain": AspectName("the villain"),
    "themes": AspectName("the themes", plural=True),
    "production_design": AspectName("the production design"),
}


def plain_name(aspect: str) -> AspectName:
    """The aspect in plain words, for sentences a reader sees."""
    return PLAIN_NAMES.get(aspect, AspectName("the " + aspect.replace("_", " ")))


@dataclass(frozen=True)
class Stance:
    """One review's net sentiment on one aspect, with the sentences behind it."""

    source: str
    sentiment: Sentiment
    mentions: tuple[Aspect, ...]

    @property
    def praises(self) -> bool:
        return any(m.sentiment == "positive" for m in self.mentions)

    @property
    def faults(self) -> bool:
        return any(m.sentiment == "negative" for m in self.mentions)


def net_sentiment(mentions: list[Aspect] | tuple[Aspect, ...]) -> Sentiment:
    """A review's overall sentiment on an aspect from every sentence it spends on it."""
    weights = {"positive": 1.0, "mixed": 0.5, "negative": 0.0}
    share = sum(weights[m.sentiment] for m in mentions) / len(mentions)
    if share >= POSITIVE_SHARE:
        return "positive"
    if share <= NEGATIVE_SHARE:
        return "negative"
    return "mixed"


def review_key(review: Review) -> tuple[str, str]:
    """The order reviews are read in everywhere in aggregation (source, then content hash)."""
    return (review.source, review.sha256)


def stances_by_aspect(reviews: list[Review]) -> dict[str, list[Stance]]:
    """For each aspect, each review's stance on it (reviews in a stable order)."""
    by_aspect: dict[str, list[Stance]] = {}
    for review in sorted(reviews, key=review_key):
        mentions: dict[str, list[Aspect]] = {}
        for mention in review.aspects:
            mentions.setdefault(mention.aspect, []).append(mention)
        for aspect, said in mentions.items():
            by_aspect.setdefault(aspect, []).append(Stance(review.source, net_sentiment(said), tuple(said)))
    return by_aspect


def verdict_of(positive: int, negative: int, mixed: int) -> Sentiment | str:
    """'split' when praise and fault are both substantial; otherwise what most reviews say (a tie: mixed)."""
    if positive and negative and max(positive, negative) < SPLIT_RATIO * min(positive, negative):
        return "split"
    counts = {"positive": positive, "negative": negative, "mixed": mixed}
    top = max(counts.values())
    leaders = [name for name, n in counts.items() if n == top]
    return leaders[0] if len(leaders) == 1 else "mixed"


_WORD = re.compile(r"[a-z']+")


@lru_cache(maxsize=65536)  # the same sentence is counted for every aspect it carries
def _words(sentence: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(sentence.lower()) if len(w) > 2)


class WordSpread:
    """How many reviews use each word in their sentences on one aspect, counted once per aspect.

    `representative_sentence` ranks a review's sentences by the words the
    *other* reviews use; counting once and leaving out the review's own words
    keeps that linear in the number of reviews, not quadratic.
    """

    def __init__(self, stances: list[Stance]) -> None:
        self._words_of = {id(s): set().union(*(_words(m.evidence) for m in s.mentions)) for s in stances}
        self.counts: Counter[str] = Counter(w for words in self._words_of.values() for w in words)

    def typicality(self, sentence: str, author: Stance) -> float:
        """Mean number of reviews other than `author`'s that use each word of `sentence`."""
        own = self._words_of.get(id(author), set())
        words = _words(sentence)
        return sum(self.counts[w] - (w in own) for w in words) / (len(words) or 1)


def representative_sentence(stance: Stance, spread: WordSpread, author: Stance | None = None) -> str:
    """The review's sentence that best states its stance on the aspect.

    Sentences whose own sentiment is the review's stance come first; among them,
    the one sharing most words with what other reviews say about the aspect
    (the most typical phrasing), then the shorter, then the first written.
    `author` is the stance whose words do not count as the others' (default `stance`).
    """
    candidates = list(dict.fromkeys(m.evidence for m in stance.mentions if m.sentiment == stance.sentiment))
    if not candidates:
        candidates = list(dict.fromkeys(m.evidence for m in stance.mentions))

    def rank(item: tuple[int, str]) -> tuple[float, int, int]:
        index, sentence = item
        return (-spread.typicality(sentence, author or stance), len(sentence), index)

    return min(enumerate(candidates), key=rank)[1]


def pick_evidence(verdict: str, stances: list[Stance]) -> list[EvidenceRef]:
    """One sentence per review, up to MAX_EVIDENCE, from the reviews that carry the verdict first.

    A split shows both sides in turn (praise, fault, praise); otherwise the
    reviews agreeing with the verdict come first, then the others.
    """
    if verdict == "split":
        pros = [s for s in stances if s.sentiment == "positive"]
        cons = [s for s in stances if s.sentiment == "negative"]
        ordered = [s for pair in zip(pros, cons) for s in pair]
        if len(ordered) < MAX_EVIDENCE:  # else the rest is never shown (and `in` on a long list is slow)
            ordered += [s for s in pros + cons if s not in ordered]
    else:
        ordered = [s for s in stances if s.sentiment == verdict] + [s for s in stances if s.sentiment != verdict]
    spread = WordSpread(stances)
    return [EvidenceRef(source=s.source, sentence=representative_sentence(s, spread)) for s in ordered[:MAX_EVIDENCE]]


def aspect_consensus(reviews: list[Review], by_aspect: dict[str, list[Stance]] | None = None) -> list[AspectSummary]:
    """Per aspect: how many reviews are positive, negative, mixed; the verdict; the best evidence.

    Aspects most reviews talk about come first, then by name. `by_aspect` is
    `stances_by_aspect(reviews)` when the caller already has it.
    """
    summaries = []
    for aspect, stances in (stances_by_aspect(reviews) if by_aspect is None else by_aspect).items():
        counts = Counter(s.sentiment for s in stances)
        verdict = verdict_of(counts["positive"], counts["negative"], counts["mixed"])
        summaries.append(
            AspectSummary(
                aspect=aspect,
                positive=counts["positive"],
                negative=counts["negative"],
                mixed=counts["mixed"],
                verdict=verdict,
                evidence=pick_evidence(verdict, stances),
            )
        )
    return sorted(summaries, key=lambda a: (-(a.positive + a.negative + a.mixed), a.aspect))
